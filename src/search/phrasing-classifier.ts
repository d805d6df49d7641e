import type { NgramVector } from './phrasing-ngrams.js';
import { TrainingKernel, type Features } from './phrasing-simd.js';

/**
 * Which FAQ entry a question means, learned from the ways each entry is asked (its question, its
 * `Also asked as:` alternates, its approved learned phrasings) and from its answers' index terms (the
 * engine's `classifierTraining` gives the examples): multinomial logistic regression (softmax
 * regression; Jurafsky and Martin, "Speech and Language Processing", 3rd ed., ch. 5) over the phrasings'
 * feature vectors (`featureVector`: character n-grams and index terms), trained by stochastic gradient
 * descent with L2 weight decay. It is what intent engines (Rasa's TF-IDF and DIET featurizers, LUIS) learn
 * from training phrasings: a word or n-gram that only one entry's phrasings use weighs for that entry, and
 * one that many entries share weighs little, which a centroid of each entry's phrasings cannot tell.
 *
 * Weights are a dense matrix, one row of `classes` weights per feature seen in training: features × classes
 * 32-bit floats, at most `maxWeights` (the most common features are kept when there are more).
 */
export class PhrasingClassifier {
  private constructor(
    /** The feature hashes, in the order of their rows in `weights`. */
    private readonly features: Uint32Array,
    /** Row of each feature hash in `weights`. */
    private readonly rows: FeatureRows,
    private readonly weights: Float32Array,
    /** How many classes (entries) the classifier tells apart. */
    readonly classes: number,
  ) {}

  /**
   * Trains on `examples` (each phrasing's vector and its class, 0 to `classes` − 1), yielding after about
   * SLICE_WORK multiply-adds so a caller can pause in between. Null when there is nothing to tell
   * apart (fewer than two classes) or the phrasings cannot be learned within `options`' budget (see
   * `ClassifierOptions.maxWork`).
   */
  static *training(examples: readonly Example[], classes: number, options: Partial<ClassifierOptions> = {}): Generator<void, PhrasingClassifier | null> {
    const { epochs, learningRate, l2, maxWeights, maxWork } = { ...DEFAULT_CLASSIFIER, ...options };
    if (classes < 2) return null;
    const kept = featureRows(examples, Math.floor(maxWeights / classes));
    const rows = new FeatureRows(kept);
    const data = examples.map(({ vector, label }) => ({ label, ...restrict(vector, rows) }));
    // Each phrasing learned reads and updates its features' rows: two multiply-adds per feature and class.
    const work = 2 * data.reduce((sum, x) => sum + x.rows.length, 0) * classes;
    if (!kept.length || work * epochs > maxWork) return null;
    yield;
    const kernel = new TrainingKernel(kept.length, classes, data);
    const order = data.map((_, i) => i);
    for (let epoch = 0; epoch < epochs; epoch++) {
      shuffle(order, epoch);
      for (let next = 0; next < order.length; yield) next = learnSlice(kernel, data, order, next, learningRate, l2);
    }
    return new PhrasingClassifier(kept, rows, kernel.weights.slice(), classes);
  }

  /** A classifier as `state` gave it. */
  static restore(state: ClassifierState): PhrasingClassifier {
    return new PhrasingClassifier(state.features, new FeatureRows(state.features), state.weights, state.classes);
  }

  /** What this classifier is made of, for the index snapshot (shares its arrays: never change them). */
  state(): ClassifierState {
    return { features: this.features, weights: this.weights, classes: this.classes };
  }

  /** Each class's probability for a question's vector (`featureVector`), 0 to 1, summing to 1. */
  probabilities(vector: NgramVector): Float64Array {
    const { rows, values } = restrict(vector, this.rows);
    return this.softmax(rows, values, new Float64Array(this.classes));
  }

  /** Softmax of the classes' scores for the features at `rows` with `values`, written into `out`. */
  private softmax(rows: Int32Array, values: Float64Array, out: Float64Array): Float64Array {
    // Read into locals: V8 then keeps them in registers through the loops.
    const { classes, weights } = this;
    out.fill(0);
    for (let k = 0; k < rows.length; k++) {
      const base = rows[k]! * classes;
      const x = values[k]!;
      for (let c = 0; c < classes; c++) out[c] = out[c]! + weights[base + c]! * x;
    }
    return normalized(out);
  }
}

/**
 * Stochastic gradient descent on the phrasings `data[order[from]]`, `data[order[from + 1]]`, … (held by
 * `kernel` in the same order as `data`) until about SLICE_WORK multiply-adds are done or `order` ends;
 * returns where it stopped. Per phrasing: the softmax of its class scores (as `softmax` takes it), then the
 * cross-entropy gradient of softmax regression, (p − y)·x, with weight decay on the rows x touches.
 */
function learnSlice(kernel: TrainingKernel, data: readonly { label: number; rows: Int32Array }[], order: readonly number[], from: number, learningRate: number, l2: number): number {
  const { p } = kernel;
  let done = 0;
  let i = from;
  while (i < order.length && done < SLICE_WORK) {
    const n = order[i++]!;
    const { label, rows } = data[n]!;
    kernel.scores(n);
    normalized(p);
    p[label] = p[label]! - 1;
    kernel.step(n, learningRate, l2);
    done += 2 * rows.length * p.length;
  }
  return i;
}

/** `scores` made a softmax in place: each one's exponential (less the largest, against overflow) over their sum. */
function normalized(scores: Float64Array): Float64Array {
  let max = -Infinity;
  for (let c = 0; c < scores.length; c++) max = Math.max(max, scores[c]!);
  let sum = 0;
  for (let c = 0; c < scores.length; c++) sum += scores[c] = Math.exp(scores[c]! - max);
  for (let c = 0; c < scores.length; c++) scores[c] = scores[c]! / sum;
  return scores;
}

/** One phrasing to learn from: its `featureVector` and its class. */
export interface Example {
  vector: NgramVector;
  label: number;
}

/** A trained classifier's arrays (see `PhrasingClassifier.state`). */
export interface ClassifierState {
  features: Uint32Array;
  weights: Float32Array;
  classes: number;
}

export interface ClassifierOptions {
  /** Passes over the phrasings. */
  epochs: number;
  /** Step size of stochastic gradient descent. */
  learningRate: number;
  /** Weight decay (L2 regularisation) per step. */
  l2: number;
  /** Most weights (features × classes) kept; the rarest features go first. */
  maxWeights: number;
  /** Most multiply-adds training may take (2 × epochs × features read × classes); beyond it, no classifier. */
  maxWork: number;
}

/**
 * Chosen on StackFAQ's dev split with 3 alternates (bench/quality.ts): 30 epochs at step 1 and decay 1e-4
 * classify 0.920 of the dev paraphrases not used as alternates on their own (5 epochs: 0.912, 10: 0.916;
 * 10 at step 0.5: 0.924, but the ranking with it put 0.936 of them first, against 0.944 with these).
 * 4 M weights are 16 MB. StackFAQ's 719 entries with 3 alternates (125 questions, 500 phrasings, 1.1 M
 * weights) took 5·10⁸ multiply-adds, 2.2 s of CPU on the benchmarks' 2-core machine in JavaScript (about a
 * quarter of that in the SIMD kernel, phrasing-simd.ts); with their 719 answers' terms as examples too
 * (1.5 M weights), 6.6·10⁸. The budget allows 1.5 times that, beyond which an FAQ is ranked without the
 * classifier.
 */
export const DEFAULT_CLASSIFIER: ClassifierOptions = { epochs: 30, learningRate: 1, l2: 1e-4, maxWeights: 4 * 2 ** 20, maxWork: 1e9 };

/** Multiply-adds between two yields of `training`: about 0.5 ms on the benchmarks' 2-core machine (2 ms in JavaScript). */
const SLICE_WORK = 500_000;

/** The features the examples hold, in the order of their rows: the `max` most common ones when there are more. */
function featureRows(examples: readonly Example[], max: number): Uint32Array {
  const counts = new Map<number, number>();
  for (const { vector } of examples) for (const gram of vector.grams) counts.set(gram, (counts.get(gram) ?? 0) + 1);
  return Uint32Array.from(counts.size <= max ? counts.keys() : [...counts].sort((a, b) => b[1] - a[1] || a[0] - b[0]).slice(0, max).map(([gram]) => gram));
}

/**
 * The row of each feature hash: open addressing over typed arrays, at most half full, a hash's low bits its
 * first slot (features are FNV-1a hashes already). A question's vector is a few hundred features looked up
 * here; in a Map, half of them (hashes from 2³¹ on) are boxed numbers, and the lookups took about two fifths
 * of `probabilities`' time (a CPU profile of the speed benchmark's real-text questions at 10k paragraphs).
 */
class FeatureRows {
  private readonly keys: Uint32Array;
  /** Row + 1 per slot, 0 for an empty one. */
  private readonly rows: Int32Array;
  private readonly mask: number;

  /** `features`: distinct hashes, in the order of their rows. */
  constructor(features: Uint32Array) {
    const size = 2 ** Math.ceil(Math.log2(2 * features.length + 1));
    this.keys = new Uint32Array(size);
    this.rows = new Int32Array(size);
    this.mask = size - 1;
    features.forEach((gram, row) => {
      let slot = gram & this.mask;
      while (this.rows[slot]) slot = (slot + 1) & this.mask;
      this.keys[slot] = gram;
      this.rows[slot] = row + 1;
    });
  }

  /** The row of `gram`, -1 when it has none. */
  row(gram: number): number {
    const { keys, rows, mask } = this;
    for (let slot = gram & mask; rows[slot]; slot = (slot + 1) & mask) if (keys[slot] === gram) return rows[slot]! - 1;
    return -1;
  }
}

/** A vector's features that have rows, as rows and values. */
function restrict(vector: NgramVector, rows: FeatureRows): Features {
  const at = new Int32Array(vector.grams.length);
  const values = new Float64Array(vector.grams.length);
  let kept = 0;
  for (let i = 0; i < vector.grams.length; i++) {
    const row = rows.row(vector.grams[i]!);
    if (row < 0) continue;
    at[kept] = row;
    values[kept++] = vector.weights[i]!;
  }
  return { rows: at.subarray(0, kept), values: values.subarray(0, kept) };
}

/** Fisher–Yates shuffle of `order` in place, seeded by `seed` (a linear congruential generator): the same
 * phrasings train the same weights. */
function shuffle(order: number[], seed: number): void {
  let state = Math.imul(seed + 1, 2654435761) >>> 0;
  for (let i = order.length - 1; i > 0; i--) {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    // The high bits: a power-of-two modulus leaves the low bits of a linear congruential generator short cycles.
    const j = Math.floor((state / 2 ** 32) * (i + 1));
    [order[i], order[j]] = [order[j]!, order[i]!];
  }
}
