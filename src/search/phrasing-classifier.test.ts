import v8 from 'node:v8';
import { describe, expect, it } from 'vitest';
import { drain } from '../slices.js';
import { type ClassifierOptions, type Example, PhrasingClassifier } from './phrasing-classifier.js';
import { featureVector } from './phrasing-ngrams.js';
import { analyzerFor } from './tokenize.js';

const english = analyzerFor('en');
const vector = (text: string) => featureVector(english.lowerCase(text), english.terms(text));
const intents = [
  ['where is my order', 'track my order', 'has my order shipped', 'order status please'],
  ['cancel my order', 'I want to cancel the order', 'stop my order', 'call off the order'],
  ['refund my money', 'when do I get my refund', 'money back please', 'refund status'],
];
const examples: Example[] = intents.flatMap((phrasings, label) => phrasings.map((text) => ({ vector: vector(text), label })));

const train = (from: Example[], classes: number, options: Partial<ClassifierOptions> = {}): PhrasingClassifier | null => drain(PhrasingClassifier.training(from, classes, options));

const likeliest = (model: PhrasingClassifier, text: string) => {
  const p = model.probabilities(vector(text));
  return p.indexOf(Math.max(...p));
};

describe('PhrasingClassifier', () => {
  const model = train(examples, 3)!;

  it('learns which words tell the entries apart, not the words they share', () => {
    // "order" is in two intents' phrasings: "stop" and "track" decide.
    expect(likeliest(model, 'stop the order')).toBe(1);
    expect(likeliest(model, 'track the order')).toBe(0);
    expect(likeliest(model, 'a refund for my order')).toBe(2);
    const p = model.probabilities(vector('stop the order'));
    expect(p.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 10);
    expect(p[1]).toBeGreaterThan(0.5);
  });

  it('trains the same weights from the same phrasings, and a restored classifier gives the same probabilities', () => {
    expect(train(examples, 3)!.state().weights).toEqual(model.state().weights);
    const restored = PhrasingClassifier.restore(v8.deserialize(v8.serialize(model.state())));
    for (const text of ['stop the order', 'refund please', 'nothing it knows']) expect(restored.probabilities(vector(text))).toEqual(model.probabilities(vector(text)));
  });

  it('gives every class the same probability for a question sharing no feature with the phrasings', () => {
    expect([...model.probabilities(vector('xyzzy'))]).toEqual([1 / 3, 1 / 3, 1 / 3]);
  });

  it('yields between steps of its training, many times for a larger FAQ', () => {
    const many: Example[] = Array.from({ length: 40 }, (_, label) =>
      ['how do I', 'where can I', 'can I still', 'is it possible to'].map((start) => ({ vector: vector(`${start} configure setting number ${label} of module ${label * 7}`), label })),
    ).flat();
    let yields = 0;
    const steps = PhrasingClassifier.training(many, 40);
    while (!steps.next().done) yields++;
    // 160 phrasings of about 80 features, 40 classes, 30 epochs: about 3·10⁷ multiply-adds, a yield every 5·10⁵.
    expect(yields).toBeGreaterThan(30);
  });

  it('learns nothing with fewer than two classes, or beyond its work budget', () => {
    expect(train(examples.filter((e) => e.label === 0), 1)).toBeNull();
    expect(train(examples, 3, { maxWork: 1000 })).toBeNull();
  });

  it('keeps the most common features when the weights would pass maxWeights', () => {
    const small = train(examples, 3, { maxWeights: 30 })!;
    expect(small.state().features.length).toBe(10);
    expect(small.state().weights.length).toBe(30);
    // The word "order", in seven of the twelve phrasings, is among them.
    const order = vector('order').grams;
    expect([...small.state().features].filter((f) => order.includes(f)).length).toBeGreaterThan(0);
  });
});
