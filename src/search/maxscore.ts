import type { Hit } from './bm25.js';
import { TopK } from './top-k.js';

/** Postings per block whose highest impact is kept (Ding & Suel 2011 use 64 to 128): a power of two. */
const BLOCK_SHIFT = 6;
const BLOCK = 1 << BLOCK_SHIFT;

/** A frozen index's postings: per term id, its documents (ascending) and impacts from `offsets[id]` to `offsets[id + 1]`. */
export interface Postings {
  offsets: Int32Array;
  postingDocs: Int32Array;
  impacts: Float32Array;
}

/** One query term's postings to score: those in `[lo, hi)`, each impact times `weight` (its idf × query weight). */
export interface ScoredList {
  id: number;
  weight: number;
  lo: number;
  hi: number;
}

/**
 * Upper bounds on the impacts of a frozen index's posting lists: each term's highest impact, and the
 * highest of each block of 64 consecutive postings (block maxima, Ding & Suel 2011). Four bytes per block
 * (1/128 of the 8 bytes its postings take) and eight per term: 2.7 MB beside the postings' 308 MB on the
 * speed benchmark's 1M-paragraph corpus (40M postings, 30k terms), computed in 0.1 s of CPU.
 */
export class ImpactBounds {
  /** Per term id, its highest impact. */
  readonly termMax: Float32Array;
  /** Per term id, its first block's number in `blockMax`; the last entry is the number of blocks. */
  readonly blockStart: Int32Array;
  /** Per block, the highest impact among its postings. */
  readonly blockMax: Float32Array;

  private readonly postings: Postings;

  /** Bounds for `postings`, to fill with `computing` before use. */
  constructor(postings: Postings) {
    const { offsets } = postings;
    const terms = offsets.length - 1;
    this.postings = postings;
    this.termMax = new Float32Array(terms);
    this.blockStart = new Int32Array(terms + 1);
    for (let id = 0; id < terms; id++) this.blockStart[id + 1] = this.blockStart[id]! + ((offsets[id + 1]! - offsets[id]! + BLOCK - 1) >> BLOCK_SHIFT);
    this.blockMax = new Float32Array(this.blockStart[terms]!);
  }

  /** Computes the maxima, yielding after about every `slice` postings (as `InvertedIndex.freezing` does). */
  *computing(slice = 1 << 16): Generator<void> {
    const { offsets, impacts } = this.postings;
    let since = 0;
    for (let id = 0; id + 1 < offsets.length; id++) {
      const end = offsets[id + 1]!;
      let most = 0;
      for (let b = this.blockStart[id]!, p = offsets[id]!; p < end; b++) {
        let max = 0;
        for (const stop = Math.min(p + BLOCK, end); p < stop; p++) if (impacts[p]! > max) max = impacts[p]!;
        this.blockMax[b] = max;
        if (max > most) most = max;
        if ((since += BLOCK) < slice) continue;
        since = 0;
        yield;
      }
      this.termMax[id] = most;
    }
  }

  /** Heap the bounds take, in bytes. */
  get bytes(): number {
    return this.termMax.byteLength + this.blockStart.byteLength + this.blockMax.byteLength;
  }
}

/**
 * The `k` best documents for the summed weighted impacts of `lists`, best first, exactly as scoring every
 * posting would give them (same documents, scores, `covered` and order, ties to the lower document), found
 * while skipping documents that cannot enter the top k: MaxScore (Turtle & Flood 1995, "Query evaluation:
 * strategies and optimizations", IP&M 31(6)) over block maxima (Ding & Suel 2011, "Faster top-k document
 * retrieval using block-max indexes", SIGIR), the combination Mallia et al. 2019 (ECIR) call block-max
 * MaxScore.
 *
 * Documents are visited in ascending order. The lists whose bounds together stay at or below the k-th
 * score so far are non-essential: a document only they hold cannot enter, so candidates come from the
 * other, essential lists only, and each candidate looks up the non-essential lists, highest bound first,
 * until its bound (what it has so far plus the block maxima and bounds of the lists left) falls to the
 * k-th score. The k-th score starts from a primed lower bound (see `primedThreshold`) rather than from
 * nothing. A document that survives has looked up every list, so its `covered` is exact, and its score
 * is summed in the lists' order in single precision, as the exhaustive search's Float32Array accumulators
 * sum it. Bounds are compared with the k-th score shrunk by m × 2⁻²² (m lists): each of the m
 * single-precision sums rounds by at most 2⁻²⁴ of the total, so a document skipped scores at most the
 * k-th score, and loses the tie to the document already held, which has a lower number.
 */
export function maxScoreTopK({ offsets, postingDocs: docs, impacts }: Postings, bounds: ImpactBounds, lists: readonly ScoredList[], k: number): Hit[] {
  const m = lists.length;
  if (k <= 0 || !m) return [];
  const pos = new Int32Array(m);
  const end = new Int32Array(m);
  const base = new Int32Array(m);
  const firstBlock = new Int32Array(m);
  const weight = new Float64Array(m);
  const upper = new Float64Array(m);
  const gained = new Float64Array(m);
  const present = new Uint8Array(m);
  lists.forEach(({ id, weight: w, lo, hi }, i) => {
    pos[i] = lo;
    end[i] = hi;
    base[i] = offsets[id]!;
    firstBlock[i] = bounds.blockStart[id]!;
    weight[i] = w;
    upper[i] = w * bounds.termMax[id]!;
  });
  // Lists by bound, lowest first; `below[j]` bounds what the first j of them add together.
  const order = Array.from({ length: m }, (_, i) => i).sort((a, b) => upper[a]! - upper[b]! || a - b);
  const below = new Float64Array(m + 1);
  for (let j = 0; j < m; j++) below[j + 1] = below[j]! + upper[order[j]!]!;
  const slack = 1 - m * 2 ** -22;
  const heap = new TopK(k);
  let threshold = -Infinity;
  // The bar never falls below the primed threshold; a document must score below that one, not merely at
  // it (a lower-numbered document than its sample's k-th may tie it), so its margin is doubled.
  const primed = primedThreshold(docs, impacts, pos, end, weight, order, k);
  const floor = primed > 0 ? primed * (1 - m * 2 ** -21) : -Infinity;
  let bar = floor;
  let essential = 0;
  while (essential < m && below[essential + 1]! <= bar) essential++;
  for (;;) {
    let doc = 0x7fffffff;
    for (let t = essential; t < m; t++) {
      const i = order[t]!;
      if (pos[i]! < end[i]! && docs[pos[i]!]! < doc) doc = docs[pos[i]!]!;
    }
    if (doc === 0x7fffffff) break;
    let partial = 0;
    for (let t = essential; t < m; t++) {
      const i = order[t]!;
      present[i] = 0;
      const p = pos[i]!;
      if (p >= end[i]! || docs[p] !== doc) continue;
      gained[i] = weight[i]! * impacts[p]!;
      partial += gained[i]!;
      present[i] = 1;
      pos[i] = p + 1;
    }
    let alive = true;
    for (let t = essential - 1; t >= 0; t--) {
      const i = order[t]!;
      present[i] = 0;
      if (partial + below[t + 1]! <= bar) {
        alive = false;
        break;
      }
      const hi = end[i]!;
      let p = pos[i]!;
      if (p < hi && docs[p]! < doc) {
        if (docs[hi - 1]! < doc) {
          pos[i] = hi;
          continue;
        }
        // The block holding the first posting at or after `doc`: its maximum may rule the document out
        // before the search within it.
        let block = (p - base[i]!) >> BLOCK_SHIFT;
        let last = base[i]! + ((block + 1) << BLOCK_SHIFT) - 1;
        while (last < hi - 1 && docs[last]! < doc) {
          block++;
          last += BLOCK;
        }
        p = Math.max(p, base[i]! + (block << BLOCK_SHIFT));
        if (partial + weight[i]! * bounds.blockMax[firstBlock[i]! + block]! + below[t]! <= bar) {
          pos[i] = p;
          alive = false;
          break;
        }
        p = seek(docs, p, Math.min(last, hi - 1), doc);
        pos[i] = p;
      }
      if (p >= hi || docs[p] !== doc) continue;
      gained[i] = weight[i]! * impacts[p]!;
      partial += gained[i]!;
      present[i] = 1;
    }
    if (!alive || partial <= bar) continue;
    let score = 0;
    let covered = 0;
    for (let i = 0; i < m; i++) {
      if (!present[i]) continue;
      score = Math.fround(score + gained[i]!);
      covered = Math.fround(covered + weight[i]!);
    }
    heap.offer(doc, score, covered);
    if (heap.threshold === threshold) continue;
    threshold = heap.threshold;
    bar = Math.max(floor, threshold * slack);
    while (essential < m && below[essential + 1]! <= bar) essential++;
  }
  return heap.sorted();
}

/** Documents scored in full to prime the threshold, per document kept. */
const PRIMING_PER_HIT = 8;

/**
 * The k-th best score among a sample of the documents: the first `PRIMING_PER_HIT × k` of the lists with
 * the highest bounds (`order`, lowest bound first), taking list after list until the sample is that large;
 * −Infinity when the sample holds fewer than k. It is a lower bound on the final k-th score, so candidates
 * are ruled out from the start rather than once k documents are held (an initial threshold, as in Kane &
 * Tompa 2018, "Split-lists and initial thresholds for WAND-based search", SIGIR). Scores are summed as the
 * search sums them, each document once.
 */
function primedThreshold(docs: Int32Array, impacts: Float32Array, pos: Int32Array, end: Int32Array, weight: Float64Array, order: number[], k: number): number {
  const wanted = PRIMING_PER_HIT * k;
  const sample: number[] = [];
  for (let t = order.length - 1; t >= 0 && sample.length < wanted; t--) {
    const i = order[t]!;
    for (let p = pos[i]!, stop = Math.min(end[i]!, p + wanted - sample.length); p < stop; p++) sample.push(docs[p]!);
  }
  sample.sort((a, b) => a - b);
  const at = pos.slice();
  const scores: number[] = [];
  for (let s = 0; s < sample.length; s++) {
    const doc = sample[s]!;
    if (doc === sample[s - 1]) continue;
    let score = 0;
    for (let i = 0; i < at.length; i++) {
      const hi = end[i]!;
      if (at[i]! >= hi || docs[hi - 1]! < doc) {
        at[i] = hi;
        continue;
      }
      const p = (at[i] = seek(docs, at[i]!, hi - 1, doc));
      if (docs[p] === doc) score = Math.fround(score + weight[i]! * impacts[p]!);
    }
    scores.push(score);
  }
  return scores.length < k ? -Infinity : scores.sort((a, b) => b - a)[k - 1]!;
}

/**
 * The first position in `[from, last]` whose document is at least `doc`, given that `docs[last]` is:
 * galloping from `from` (Bentley & Yao 1976), a few steps where the next match is near, as in a long list.
 */
function seek(docs: Int32Array, from: number, last: number, doc: number): number {
  let lo = from;
  let step = 1;
  while (lo + step < last && docs[lo + step]! < doc) {
    lo += step;
    step <<= 1;
  }
  let hi = Math.min(lo + step, last);
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (docs[mid]! < doc) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
