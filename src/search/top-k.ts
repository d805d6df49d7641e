import type { Hit } from './bm25.js';

/**
 * A bounded min-heap keeping the `k` best hits offered: the higher score first and, between equal scores,
 * the lower document number. That total order makes the k kept independent of the order hits are offered
 * in, so a search that scores documents in another order (or skips some) keeps the same k.
 */
export class TopK {
  private readonly hits: Hit[] = [];
  constructor(private readonly k: number) {}

  /** The score a new hit must exceed to enter once `k` are held (a later, higher-numbered document loses a tie); −Infinity before. */
  get threshold(): number {
    return this.hits.length < this.k ? -Infinity : this.hits[0]!.score;
  }

  offer(doc: number, score: number, covered: number): void {
    const hits = this.hits;
    if (hits.length < this.k) {
      hits.push({ doc, score, covered });
      this.up(hits.length - 1);
    } else if (this.k > 0 && worse(hits[0]!, score, doc)) {
      hits[0] = { doc, score, covered };
      this.down(0);
    }
  }

  /** The hits held, best first. */
  sorted(): Hit[] {
    return [...this.hits].sort((a, b) => b.score - a.score || a.doc - b.doc);
  }

  private up(i: number): void {
    const hits = this.hits;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!worse(hits[i]!, hits[parent]!.score, hits[parent]!.doc)) break;
      [hits[parent], hits[i]] = [hits[i]!, hits[parent]!];
      i = parent;
    }
  }

  private down(i: number): void {
    const hits = this.hits;
    for (;;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let min = i;
      if (l < hits.length && worse(hits[l]!, hits[min]!.score, hits[min]!.doc)) min = l;
      if (r < hits.length && worse(hits[r]!, hits[min]!.score, hits[min]!.doc)) min = r;
      if (min === i) return;
      [hits[min], hits[i]] = [hits[i]!, hits[min]!];
      i = min;
    }
  }
}

/** Whether `hit` ranks below document `doc` scoring `score`. */
const worse = (hit: Hit, score: number, doc: number): boolean => hit.score < score || (hit.score === score && hit.doc > doc);
