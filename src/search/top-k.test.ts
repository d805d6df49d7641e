import { describe, expect, it } from 'vitest';
import { prng } from '../../bench/corpus.js';
import { TopK } from './top-k.js';

describe('TopK', () => {
  it('keeps the k best, equal scores by the lower document, whatever the order they are offered in', () => {
    // Scores 0–4 over 40 documents: many equal scores straddle every k.
    const hits = Array.from({ length: 40 }, (_, doc) => ({ doc, score: (doc * 7) % 5, covered: doc }));
    const ranked = [...hits].sort((a, b) => b.score - a.score || a.doc - b.doc);
    const rnd = prng(15);
    for (const k of [1, 3, 8, 9, 17, 40, 50]) {
      for (let round = 0; round < 20; round++) {
        const heap = new TopK(k);
        for (const h of [...hits].sort(() => rnd() - 0.5)) heap.offer(h.doc, h.score, h.covered);
        expect(heap.sorted()).toEqual(ranked.slice(0, k));
        expect(heap.threshold).toBe(k <= hits.length ? ranked[k - 1]!.score : -Infinity);
      }
    }
    expect(new TopK(0).sorted()).toEqual([]);
  });
});
