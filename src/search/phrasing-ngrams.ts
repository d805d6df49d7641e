import { FNV_OFFSET, fnv1a, fnvStep } from './hash.js';
import { WORD } from './trigrams.js';

/**
 * How close a question is to an FAQ entry's phrasings as people type them: the cosine of character n-gram
 * vectors (n = 3 to 5, within words padded by a space on each side, as scikit-learn's `char_wb` analyzer and
 * Rasa's intent featurizers take them; Manning, Raghavan and Schütze, "Introduction to Information
 * Retrieval", 2008, §6.3). An entry's vector is the centroid of its phrasings' unit vectors (its question,
 * `Also asked as:` alternates and approved learned phrasings): an entry asked in many ways is matched by what
 * its phrasings share, and a typo, an inflection or a word written apart ("recieved", "arived", "git hub")
 * still shares most of its n-grams.
 *
 * Weights are sublinear term frequencies (1 + ln tf) with no idf, so a vector needs nothing but its own
 * text: centroids are computed when an entry is first a candidate, never for the whole index. On StackFAQ's
 * dev split, idf-weighted n-grams did no better (3 alternates P@1 0.936 against 0.948 without; zero-shot
 * 0.806 against 0.811). N-grams are 32-bit FNV-1a hashes: a rare collision only blurs one similarity.
 */

/** A unit vector of n-grams: the hashes ascending, and their weights (32-bit in a centroid: see `centroid`). */
export interface NgramVector {
  grams: Uint32Array;
  weights: Float64Array | Float32Array;
}

/** The unit vector of `text` (lower-cased as its language does), or of its n-grams as `ngramsOf` gave them (sorted in place). */
export const ngramVector = (text: string | Uint32Array): NgramVector => vectorOf(typeof text === 'string' ? ngramsOf(text) : text);

/**
 * The unit vector of `text`'s n-grams (as `ngramVector` takes them; or the n-grams `ngramsOf` gave, left as
 * they are) and of its index `terms`, each term one more feature: what `PhrasingClassifier` reads, whole
 * words telling entries apart where n-grams blur them.
 */
export function featureVector(text: string | Uint32Array, terms: readonly string[]): NgramVector {
  const grams = typeof text === 'string' ? ngramsOf(text) : text;
  const all = new Uint32Array(grams.length + terms.length);
  all.set(grams);
  // A leading control character keeps a word's hash apart from any n-gram's: n-grams hold only word characters and spaces.
  terms.forEach((term, i) => (all[grams.length + i] = fnv1a(`\u0001${term}`)));
  return vectorOf(all);
}

/** Hashes, repeats included, as a unit vector of sublinear frequencies (1 + ln tf). */
function vectorOf(hashes: Uint32Array): NgramVector {
  const all = hashes.sort();
  // Equal hashes sit side by side once sorted: one entry each, weighted by how often it occurs.
  let distinct = 0;
  for (let i = 0; i < all.length; i++) if (i === 0 || all[i] !== all[i - 1]) distinct++;
  const grams = new Uint32Array(distinct);
  const weights = new Float64Array(distinct);
  for (let i = 0, at = -1; i < all.length; i++) {
    if (i === 0 || all[i] !== all[i - 1]) grams[++at] = all[i]!;
    weights[at] = weights[at]! + 1;
    if (i + 1 === all.length || all[i + 1] !== all[i]) weights[at] = 1 + Math.log(weights[at]!);
  }
  return { grams, weights: toUnitLength(weights) };
}

/**
 * The centroid of `phrasings`' unit vectors (each lower-cased as its language does), scaled to length 1,
 * its weights rounded to 32 bits and held with its n-grams in one buffer: the engine keeps a centroid per
 * candidate entry, 8 bytes an n-gram where two arrays of 64-bit weights took 12 and an array more (1,289
 * bytes an entry of the speed benchmark's synthetic FAQ, 68 n-grams, against 884; the heap after warm-up
 * at 10k paragraphs is most of its centroids). A cosine then differs from the 64-bit one by 10⁻⁷ at most.
 */
export function centroid(phrasings: readonly string[]): NgramVector {
  return compact(phrasings.length === 1 ? ngramVector(phrasings[0]!) : sum(phrasings));
}

/** `vector`'s n-grams and its weights rounded to 32 bits, in one buffer. */
function compact({ grams, weights }: NgramVector): NgramVector {
  const n = grams.length;
  const buffer = new ArrayBuffer(8 * n);
  const out = { grams: new Uint32Array(buffer, 0, n), weights: new Float32Array(buffer, 4 * n, n) };
  out.grams.set(grams);
  out.weights.set(weights);
  return out;
}

/** The unit-length sum of several phrasings' unit vectors (see `centroid`). */
function sum(phrasings: readonly string[]): NgramVector {
  const vectors = phrasings.map(ngramVector);
  // Each n-gram's weights summed in the phrasings' order, in an open-addressing table of typed arrays (a Map
  // of numbers cost a centroid most of its time): the n-grams are hashes already, their low bits the slot.
  const size = 2 ** Math.ceil(Math.log2(2 * vectors.reduce((n, v) => n + v.grams.length, 0) + 1));
  const mask = size - 1;
  const keys = new Uint32Array(size);
  const sums = new Float64Array(size);
  const used = new Uint8Array(size);
  const slotOf = (gram: number) => {
    let slot = gram & mask;
    while (used[slot] && keys[slot] !== gram) slot = (slot + 1) & mask;
    return slot;
  };
  let distinct = 0;
  for (const { grams, weights } of vectors) {
    for (let i = 0; i < grams.length; i++) {
      const slot = slotOf(grams[i]!);
      if (used[slot]) sums[slot] = sums[slot]! + weights[i]!;
      else {
        used[slot] = 1;
        keys[slot] = grams[i]!;
        sums[slot] = weights[i]!;
        distinct++;
      }
    }
  }
  const grams = new Uint32Array(distinct);
  for (let slot = 0, n = 0; slot < size; slot++) if (used[slot]) grams[n++] = keys[slot]!;
  grams.sort();
  return { grams, weights: toUnitLength(Float64Array.from(grams, (gram) => sums[slotOf(gram)]!)) };
}

/** `weights` divided by their Euclidean length (left as they are when all are 0). */
function toUnitLength(weights: Float64Array): Float64Array {
  let squares = 0;
  for (const weight of weights) squares += weight * weight;
  const norm = Math.sqrt(squares) || 1;
  for (let i = 0; i < weights.length; i++) weights[i] = weights[i]! / norm;
  return weights;
}

/**
 * Cosine of two unit vectors, 0 to 1: the products of their shared n-grams summed in ascending order. A
 * question's few hundred n-grams against the centroid of an entry asked in dozens of ways (thousands): each
 * of the shorter's n-grams is looked for in the longer by galloping (exponential, then binary search), as
 * in merging sorted lists of very different lengths (Bentley and Yao, 1976); the same pairs in the same
 * order as a merge, so the same sum.
 */
export function cosine(a: NgramVector, b: NgramVector): number {
  // No array to pick them: a question takes a cosine per candidate FAQ entry.
  const aShort = a.grams.length <= b.grams.length;
  const short = aShort ? a : b;
  const long = aShort ? b : a;
  if (long.grams.length < GALLOP_FROM * short.grams.length) return merged(a, b);
  const grams = long.grams;
  const n = grams.length;
  let dot = 0;
  let j = 0;
  for (let i = 0; i < short.grams.length && j < n; i++) {
    const x = short.grams[i]!;
    if (grams[j]! < x) {
      // Gallop to a range (lo, hi] holding the first gram ≥ x, then halve it.
      let step = 1;
      let lo = j;
      let hi = j + 1;
      while (hi < n && grams[hi]! < x) {
        lo = hi;
        step *= 2;
        hi = lo + step;
      }
      if (hi > n) hi = n;
      while (lo + 1 < hi) {
        const mid = (lo + hi) >>> 1;
        if (grams[mid]! < x) lo = mid;
        else hi = mid;
      }
      j = hi;
    }
    if (j < n && grams[j] === x) dot += aShort ? short.weights[i]! * long.weights[j++]! : long.weights[j++]! * short.weights[i]!;
  }
  return dot;
}

/**
 * Cosine of two unit vectors of about the same length: a merge of their ascending n-grams. Each step
 * advances past the smaller n-gram (both when equal) by adding comparisons, not by branching on them: which
 * of two hashes is smaller is a coin toss the processor mispredicts half the time, and branching on it cost
 * 1.7 times as long (0.72 µs against 0.42 µs a merge of a 60- and a 70-n-gram vector, Node 20); the products
 * are summed in the same order, so the cosine is the same to the bit.
 */
function merged(a: NgramVector, b: NgramVector): number {
  const { grams: aGrams, weights: aWeights } = a;
  const { grams: bGrams, weights: bWeights } = b;
  let dot = 0;
  for (let i = 0, j = 0; i < aGrams.length && j < bGrams.length; ) {
    const x = aGrams[i]!;
    const y = bGrams[j]!;
    if (x === y) dot += aWeights[i]! * bWeights[j]!;
    i += Number(x <= y);
    j += Number(y <= x);
  }
  return dot;
}

/** How many times longer one vector must be than the other for `cosine` to gallop through it rather than merge. */
const GALLOP_FROM = 8;

/** Shortest and longest n-gram. */
const MIN_N = 3;
const MAX_N = 5;

/**
 * Every n-gram of `text`'s words, repeats included, as FNV-1a hashes: each word is read as if padded by a
 * space on each side, and the hash of a start position's 3-, 4- and 5-gram taken in one pass. For a text
 * both `ngramVector` and `featureVector` are made of, read once.
 */
export function ngramsOf(text: string): Uint32Array {
  // A word of L code units has L start positions of up to 3 n-grams each: 3 per code unit of the text at most.
  const out = new Uint32Array(3 * text.length);
  let n = 0;
  // WORD's own `exec` and offsets into `text`: `matchAll` (an iterator, a copy of the regex, a string and a
  // closure per word) took three times as long (3.1 against 0.9 µs for a question of the speed benchmark).
  WORD.lastIndex = 0;
  for (let match = WORD.exec(text); match; match = WORD.exec(text)) {
    const from = match.index - 1;
    const length = match[0].length + 2;
    for (let i = 0; i + MIN_N <= length; i++) {
      let hash = FNV_OFFSET;
      for (let k = i; k < i + MAX_N && k < length; k++) {
        hash = fnvStep(hash, k === 0 || k === length - 1 ? SPACE : text.charCodeAt(from + k));
        if (k - i + 1 >= MIN_N) out[n++] = hash >>> 0;
      }
    }
  }
  return out.subarray(0, n);
}

const SPACE = 0x20;
