import { ImpactBounds, maxScoreTopK, type Postings, type ScoredList } from './maxscore.js';
import { TopK } from './top-k.js';

/** How one field of a document counts: `weight` scales its term frequencies, `b` its length normalisation. */
export interface FieldSpec {
  weight: number;
  b: number;
}

/** A query term and how much it counts (1 for a typed word, less for a typo-corrected one). */
export interface QueryTerm {
  id: number;
  weight: number;
}

/** What a frozen index is made of (see `InvertedIndex.state`): typed arrays and the vocabulary, structured-cloneable. */
export interface PostingsState {
  fields: FieldSpec[];
  k1: number;
  vocabulary: string[];
  docCount: number;
  offsets: Int32Array;
  postingDocs: Int32Array;
  impacts: Float32Array;
  idfs: Float32Array;
}

export interface Hit {
  doc: number;
  score: number;
  /** Sum of idf × weight of the query terms the document contains: how much of the query it covers. */
  covered: number;
}

/**
 * A BM25F inverted index over documents made of a few weighted fields.
 *
 * Documents are added once, then `freeze()` turns the postings into flat typed arrays of precomputed
 * per-posting impacts, so a query is a few linear scans with no allocation beyond its result heap.
 * Field weights are fixed at freeze time, which is what lets impacts be precomputed.
 */
export class InvertedIndex {
  private readonly fields: FieldSpec[];
  private readonly k1: number;
  private readonly termIds = new Map<string, number>();
  private readonly vocabulary: string[] = [];
  /** Postings while documents are added, in document order: term, document and per-field counts, in
   * flat typed arrays grown by doubling, so adding allocates no per-term or per-document objects. */
  private pendingTerms: Int32Array;
  private pendingDocs: Int32Array;
  private pendingTfs: Uint16Array;
  private pending = 0;
  /** Per term id: the last document that used it, and that document's posting slot. */
  private lastDoc = new Int32Array(1 << 10).fill(-1);
  private lastSlot = new Int32Array(1 << 10);
  private fieldLengths: number[][];
  private docCount = 0;

  private offsets = new Int32Array(0);
  private postingDocs = new Int32Array(0);
  private impacts = new Float32Array(0);
  private idfs = new Float32Array(0);
  private scores = new Float32Array(0);
  private covered = new Float32Array(0);
  private touched = new Int32Array(0);
  /** Block maxima of the impacts, for `search`'s `prune` option (made by `freeze` and `restore`). */
  private bounds: ImpactBounds | null = null;

  /**
   * `expectedPostings`: how many postings (a term's first use in a document) to make room for at once
   * (default 1,024); past them the buffers double, and each doubling copies them (7 % of building the
   * speed benchmark's real-text index at 100k paragraphs, 5.7M postings).
   */
  constructor(fields: FieldSpec[], k1 = 1.2, expectedPostings = 1 << 10) {
    this.fields = fields;
    this.k1 = k1;
    this.fieldLengths = fields.map(() => []);
    const room = Math.max(1 << 10, Math.ceil(expectedPostings));
    this.pendingTerms = new Int32Array(room);
    this.pendingDocs = new Int32Array(room);
    this.pendingTfs = new Uint16Array(room * fields.length);
  }

  /** The frozen index's state, to store in a snapshot (`node:v8` serialize); throws before `freeze`. */
  state(): PostingsState {
    if (!this.offsets.length) throw new Error('the index is not frozen');
    const { fields, k1, vocabulary, docCount, offsets, postingDocs, impacts, idfs } = this;
    return { fields, k1, vocabulary, docCount, offsets, postingDocs, impacts, idfs };
  }

  /** A frozen index that answers exactly as the one `state` was taken from. */
  static restore(state: PostingsState): InvertedIndex {
    const index = new InvertedIndex(state.fields, state.k1);
    state.vocabulary.forEach((term, id) => index.termIds.set(term, id));
    const { vocabulary, docCount, offsets, postingDocs, impacts, idfs } = state;
    Object.assign(index, { vocabulary, docCount, offsets, postingDocs, impacts, idfs });
    index.releasePending(state.docCount);
    index.bounds = new ImpactBounds(index.postings);
    for (const _ of index.bounds.computing()) continue;
    return index;
  }

  get size(): number {
    return this.docCount;
  }

  /** Adds a document given the terms of each of its fields; returns its number (0, 1, 2, … in order). */
  add(fieldTerms: string[][]): number {
    return this.addIds(fieldTerms.map((list) => list.map((term) => this.intern(term))));
  }

  /**
   * The id of `term`, numbered now (the next id) when the index has not seen it: for documents given as ids
   * (see `addIds`). Numbering a term a document then lacks would change the vocabulary: intern only terms
   * that documents will hold, in the order they will hold them.
   */
  intern(term: string): number {
    const id = this.termIds.get(term);
    if (id !== undefined) return id;
    if (this.offsets.length) throw new Error('the index is frozen');
    return this.newTerm(term);
  }

  /** `add` with each field's terms given by id (see `intern`). */
  addIds(fieldIds: readonly (readonly number[])[]): number {
    if (this.offsets.length) throw new Error('the index is frozen');
    const doc = this.docCount++;
    const F = this.fields.length;
    for (let f = 0; f < F; f++) {
      const list = fieldIds[f] ?? [];
      this.fieldLengths[f]!.push(list.length);
      for (const id of list) {
        let slot = this.lastSlot[id]!;
        if (this.lastDoc[id] !== doc) {
          if (this.pending === this.pendingDocs.length) this.grow();
          slot = this.pending++;
          this.lastDoc[id] = doc;
          this.lastSlot[id] = slot;
          this.pendingTerms[slot] = id;
          this.pendingDocs[slot] = doc;
        }
        this.pendingTfs[slot * F + f]!++;
      }
    }
    return doc;
  }

  private newTerm(term: string): number {
    const id = this.vocabulary.length;
    this.termIds.set(term, id);
    this.vocabulary.push(term);
    if (id === this.lastDoc.length) {
      const lastDoc = new Int32Array(id * 2).fill(-1);
      lastDoc.set(this.lastDoc);
      this.lastDoc = lastDoc;
      const lastSlot = new Int32Array(id * 2);
      lastSlot.set(this.lastSlot);
      this.lastSlot = lastSlot;
    }
    return id;
  }

  private grow(): void {
    const grown = <T extends Int32Array | Uint16Array>(a: T, make: (n: number) => T): T => {
      const b = make(a.length * 2);
      b.set(a);
      return b;
    };
    this.pendingTerms = grown(this.pendingTerms, (n) => new Int32Array(n));
    this.pendingDocs = grown(this.pendingDocs, (n) => new Int32Array(n));
    this.pendingTfs = grown(this.pendingTfs, (n) => new Uint16Array(n));
  }

  /** Computes impacts and idf; the index answers queries from then on. */
  freeze(): void {
    for (const _ of this.freezing()) continue;
  }

  /**
   * `freeze` in steps: yields after every `slice` postings (default 65,536, about 2 ms), so a caller
   * building an index beside one that serves can let the event loop run in between.
   */
  *freezing(slice = 1 << 16): Generator<void> {
    const n = this.docCount;
    const F = this.fields.length;
    const V = this.vocabulary.length;
    const total = this.pending;
    const avg = this.fieldLengths.map((lengths) => lengths.reduce((a, b) => a + b, 0) / Math.max(1, n) || 1);
    // Counting sort of the postings by term; documents stay in ascending order within a term.
    this.offsets = new Int32Array(V + 1);
    for (let p = 0; p < total; p++) {
      this.offsets[this.pendingTerms[p]! + 1]!++;
      if ((p + 1) % slice === 0) yield;
    }
    for (let id = 0; id < V; id++) this.offsets[id + 1]! += this.offsets[id]!;
    const next = this.offsets.slice(0, V);
    this.postingDocs = new Int32Array(total);
    this.impacts = new Float32Array(total);
    this.idfs = new Float32Array(V);
    for (let id = 0; id < V; id++) {
      const df = this.offsets[id + 1]! - this.offsets[id]!;
      this.idfs[id] = Math.log(1 + (n - df + 0.5) / (df + 0.5));
    }
    // Per field, each document's length normalisation (BM25's 1 - b + b * length / average), once per document.
    // A loop, not Float64Array.from with a mapping function: a call per document cost 100k paragraphs ~40 ms.
    const norms = this.fields.map(({ b }, f) => {
      const lengths = this.fieldLengths[f]!;
      const out = new Float64Array(lengths.length);
      for (let doc = 0; doc < lengths.length; doc++) out[doc] = 1 - b + (b * lengths[doc]!) / avg[f]!;
      return out;
    });
    const weights = this.fields.map(({ weight }) => weight);
    for (let p = 0; p < total; p++) {
      const doc = this.pendingDocs[p]!;
      let tf = 0;
      for (let f = 0; f < F; f++) {
        const count = this.pendingTfs[p * F + f]!;
        if (count) tf += (weights[f]! * count) / norms[f]![doc]!;
      }
      const at = next[this.pendingTerms[p]!]!++;
      this.postingDocs[at] = doc;
      this.impacts[at] = (tf * (this.k1 + 1)) / (tf + this.k1);
      if ((p + 1) % slice === 0) yield;
    }
    this.releasePending(n);
    this.bounds = new ImpactBounds(this.postings);
    yield* this.bounds.computing(slice);
  }

  /** Drops what adding documents needed and makes the per-query scratch arrays of `n` documents. */
  private releasePending(n: number): void {
    this.pendingTerms = new Int32Array(0);
    this.pendingDocs = new Int32Array(0);
    this.pendingTfs = new Uint16Array(0);
    this.lastDoc = new Int32Array(0);
    this.lastSlot = new Int32Array(0);
    this.fieldLengths = [];
    this.scores = new Float32Array(n);
    this.covered = new Float32Array(n);
    this.touched = new Int32Array(n);
  }

  termId(term: string): number | undefined {
    return this.termIds.get(term);
  }

  term(id: number): string {
    return this.vocabulary[id]!;
  }

  get terms(): readonly string[] {
    return this.vocabulary;
  }

  documentFrequency(id: number): number {
    return this.offsets[id + 1]! - this.offsets[id]!;
  }

  idf(id: number): number {
    return this.idfs[id]!;
  }

  /** The idf of a term only one document holds: the most a known word can weigh. */
  get rarestIdf(): number {
    return Math.log(1 + (this.docCount - 0.5) / 1.5);
  }

  /** The highest score a document can reach for these terms (each impact is below k1 + 1). */
  ceiling(query: QueryTerm[]): number {
    return query.reduce((sum, q) => sum + q.weight * this.idfs[q.id]! * (this.k1 + 1), 0);
  }

  /**
   * The `k` best documents for `query`, best first (equal scores: the lower document number first);
   * `from`/`to` restrict the search to a range of document numbers (documents of one article are added
   * together, so an article is a range).
   *
   * `prune` (default false) skips documents that cannot enter the k best (block-max MaxScore: see
   * `maxScoreTopK`) and returns exactly the same hits, when the query's terms hold at least `minPostings`
   * postings in the range (default PRUNE_FROM). It pays where k is far below the number of matches: a
   * caller wanting every match (k at least the documents) gains nothing from it.
   */
  search(query: QueryTerm[], k: number, from = 0, to = this.docCount, { prune = false, minPostings = PRUNE_FROM }: { prune?: boolean; minPostings?: number } = {}): Hit[] {
    const lists = this.lists(query, from, to);
    if (prune && lists.reduce((n, { lo, hi }) => n + hi - lo, 0) >= minPostings) return maxScoreTopK(this.postings, this.bounds!, lists, k);
    const { scores, covered, touched } = this;
    let count = 0;
    for (const { weight: idf, lo, hi } of lists) {
      for (let p = lo; p < hi; p++) {
        const doc = this.postingDocs[p]!;
        if (covered[doc] === 0) touched[count++] = doc;
        scores[doc]! += idf * this.impacts[p]!;
        covered[doc]! += idf;
      }
    }
    const heap = new TopK(k);
    for (let i = 0; i < count; i++) {
      const doc = touched[i]!;
      heap.offer(doc, scores[doc]!, covered[doc]!);
      scores[doc] = 0;
      covered[doc] = 0;
    }
    return heap.sorted();
  }

  /**
   * `doc`'s score for `query`, exactly as `search` would give it (0 when it holds none of the terms): each
   * term's postings binary-searched, so scoring a few known documents visits none of the other matches.
   */
  scoreOf(query: QueryTerm[], doc: number): number {
    let score = 0;
    for (const { id, weight } of query) {
      if (weight <= 0) continue;
      const end = this.offsets[id + 1]!;
      const at = firstFrom(this.postingDocs, this.offsets[id]!, end, doc);
      // Summed in `search`'s order and, as its Float32Array does, rounded to 32 bits at each step.
      if (at < end && this.postingDocs[at] === doc) score = Math.fround(score + this.idfs[id]! * weight * this.impacts[at]!);
    }
    return score;
  }

  /** How many documents in [from, to) hold term `id`: its postings there, binary-searched, none visited. */
  holding(id: number, from = 0, to = this.docCount): number {
    const [lo, hi] = this.narrow(this.offsets[id]!, this.offsets[id + 1]!, from, to);
    return hi - lo;
  }

  /** The postings each query term of positive weight scores, in query order, within [from, to). */
  private lists(query: QueryTerm[], from: number, to: number): ScoredList[] {
    const lists: ScoredList[] = [];
    for (const { id, weight } of query) {
      if (weight <= 0) continue;
      let lo = this.offsets[id]!;
      let hi = this.offsets[id + 1]!;
      if (from > 0 || to < this.docCount) [lo, hi] = this.narrow(lo, hi, from, to);
      lists.push({ id, weight: this.idfs[id]! * weight, lo, hi });
    }
    return lists;
  }

  private get postings(): Postings {
    return { offsets: this.offsets, postingDocs: this.postingDocs, impacts: this.impacts };
  }

  /** Postings of one term are sorted by document: binary-search the slice that falls in [from, to). */
  private narrow(lo: number, hi: number, from: number, to: number): [number, number] {
    return [firstFrom(this.postingDocs, lo, hi, from), firstFrom(this.postingDocs, lo, hi, to)];
  }
}

/** The first position in `[lo, hi)` of the ascending `docs` whose document is `target` or later (`hi` if none). */
function firstFrom(docs: Int32Array, lo: number, hi: number, target: number): number {
  let a = lo;
  let b = hi;
  while (a < b) {
    const mid = (a + b) >> 1;
    if (docs[mid]! < target) a = mid + 1;
    else b = mid;
  }
  return a;
}

/**
 * Postings from which `search`'s `prune` skips documents; below, scoring every posting is faster. On the
 * speed benchmark's synthetic corpora (answer()'s queries at 1k, 10k and 100k paragraphs, k = 30) the
 * pruned search took 1.3× the exhaustive one's CPU time at 8k–16k postings and 0.6× at 16k–32k.
 */
export const PRUNE_FROM = 1 << 14;
