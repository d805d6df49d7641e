import { describe, expect, it } from 'vitest';
import { centroid, cosine, featureVector, ngramsOf, ngramVector, type NgramVector } from './phrasing-ngrams.js';

describe('character n-gram vectors', () => {
  const arrived = centroid(['why has my order not arrived yet?', 'i have not received my order', 'when will my order be delivered?']);
  const cancel = centroid(['can i cancel my order?', 'how do i cancel an order?']);

  /** The centroid as a Map of the phrasings' vectors sums it, in their order, with 64-bit weights. */
  const reference = (phrasings: string[]) => {
    const sum = new Map<number, number>();
    for (const p of phrasings) {
      const { grams, weights } = ngramVector(p);
      grams.forEach((gram, i) => sum.set(gram, (sum.get(gram) ?? 0) + weights[i]!));
    }
    const grams = Uint32Array.from(sum.keys()).sort();
    const weights = Float64Array.from(grams, (gram) => sum.get(gram)!);
    const norm = Math.sqrt(weights.reduce((a, w) => a + w * w, 0));
    return { grams, weights: weights.map((w) => w / norm) };
  };

  it("sums each n-gram in the phrasings' order, as a Map of the phrasings' vectors would, rounded to 32 bits", () => {
    const sets = [
      ['why has my order not arrived yet?', 'i have not received my order', 'when will my order be delivered?', 'order order order'],
      ['can i cancel my order?', 'how do i cancel an order?'],
      ['a b c', 'abc abcd abcde', 'b', 'zzzzzz zz z'],
    ];
    for (const set of sets) {
      const { grams, weights } = reference(set);
      expect(centroid(set)).toEqual({ grams, weights: Float32Array.from(weights) });
    }
  });

  it('keeps a centroid in one buffer of 8 bytes an n-gram, its cosines within 10⁻⁷ of 64-bit weights', () => {
    const phrasings = ['why has my order not arrived yet?', 'i have not received my order', 'when will my order be delivered?'];
    for (const set of [phrasings, phrasings.slice(0, 1)]) {
      const kept = centroid(set);
      expect(kept.grams.buffer).toBe(kept.weights.buffer);
      expect(kept.grams.buffer.byteLength).toBe(8 * kept.grams.length);
      for (const question of ['where is my order', 'order not received', set[0]!]) {
        const asked = ngramVector(question);
        expect(Math.abs(cosine(asked, kept) - cosine(asked, reference(set)))).toBeLessThan(1e-7);
      }
    }
  });

  it('makes the same vectors from n-grams read once as from the text', () => {
    const text = 'why has my order not arrived yet?';
    const grams = ngramsOf(text);
    expect(ngramVector(grams)).toEqual(ngramVector(text));
    expect(featureVector(grams, ['order', 'arriv'])).toEqual(featureVector(text, ['order', 'arriv']));
  });

  it('scores a text against itself 1, and against a text sharing no n-gram 0', () => {
    const text = 'do you deliver to my pincode?';
    expect(cosine(ngramVector(text), centroid([text]))).toBeCloseTo(1, 6);
    expect(cosine(ngramVector('xyzzy'), arrived)).toBe(0);
  });

  it('gives a short vector against a far longer one the sum a merge of the two gives, to the last bit, either way round', () => {
    const merge = (a: NgramVector, b: NgramVector) => {
      let dot = 0;
      for (let i = 0, j = 0; i < a.grams.length && j < b.grams.length; ) {
        if (a.grams[i]! < b.grams[j]!) i++;
        else if (a.grams[i]! > b.grams[j]!) j++;
        else dot += a.weights[i++]! * b.weights[j++]!;
      }
      return dot;
    };
    // Phrasings of many distinct words: thousands of n-grams.
    const word = (i: number) => Array.from({ length: 7 }, (_, k) => String.fromCharCode(97 + ((i * 7 + k * k * 3 + i * k) % 26))).join('');
    const long = centroid(Array.from({ length: 60 }, (_, i) => `how do i reset my password ${word(i)} ${word(i + 100)} ${word(i + 200)}`));
    for (const question of ['reset password', 'how do i change my password?', 'passwort', 'zzz']) {
      const short = ngramVector(question);
      expect(long.grams.length).toBeGreaterThan(8 * short.grams.length);
      expect(cosine(short, long)).toBe(merge(short, long));
      expect(cosine(long, short)).toBe(merge(long, short));
    }
    expect(cosine(ngramVector('reset password'), long)).toBeGreaterThan(0);
  });

  it('finds the entry whose phrasings share the misspelt words', () => {
    const asked = ngramVector('still not recieved, when is it deliverd');
    expect(cosine(asked, arrived)).toBeGreaterThan(cosine(asked, cancel) + 0.1);
  });

  it('takes an entry as the centroid of its phrasings: a length-1 vector, closest to what they share', () => {
    const length = Math.hypot(...cancel.weights);
    // To 32 bits' precision: its weights are rounded so.
    expect(length).toBeCloseTo(1, 6);
    expect(cosine(ngramVector('cancel order'), cancel)).toBeGreaterThan(cosine(ngramVector('can i'), cancel));
  });
});
