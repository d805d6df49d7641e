import v8 from 'node:v8';
import { describe, expect, it } from 'vitest';
import { prng } from '../../bench/corpus.js';
import { InvertedIndex, type QueryTerm } from './bm25.js';

function build(docs: string[][][]) {
  const index = new InvertedIndex([
    { weight: 3, b: 0.5 },
    { weight: 1, b: 0.75 },
  ]);
  for (const d of docs) index.add(d);
  index.freeze();
  const q = (...words: string[]) => words.map((w) => ({ id: index.termId(w)!, weight: 1 }));
  return { index, q };
}

describe('InvertedIndex', () => {
  const { index, q } = build([
    [[], ['apple', 'banana', 'cherry']],
    [['apple'], ['durian']],
    [[], ['banana', 'banana', 'banana', 'eggplant']],
    [[], ['fig']],
  ]);

  it('ranks a match in the heavier field first, and rarer terms above common ones', () => {
    expect(index.search(q('apple'), 10).map((h) => h.doc)).toEqual([1, 0]);
    expect(index.search(q('banana', 'fig'), 10)[0]!.doc).toBe(3);
  });

  it('saturates term frequency: repeating a word helps, but less each time', () => {
    const [repeated, once] = index.search(q('banana'), 10);
    expect(repeated!.doc).toBe(2);
    expect(repeated!.score / once!.score).toBeLessThan(2);
  });

  it('reports the idf mass of the query terms each document covers', () => {
    const hit = index.search(q('apple', 'cherry'), 10).find((h) => h.doc === 0)!;
    expect(hit.covered).toBeCloseTo(index.idf(index.termId('apple')!) + index.idf(index.termId('cherry')!), 5);
  });

  it('keeps scores below the ceiling and restricts to a range of documents', () => {
    const query = q('apple', 'banana');
    for (const h of index.search(query, 10)) expect(h.score).toBeLessThan(index.ceiling(query));
    expect(index.search(query, 10, 2, 4).map((h) => h.doc)).toEqual([2]);
  });

  it('returns only the k best, and nothing is left over for the next query', () => {
    expect(index.search(q('banana'), 1)).toHaveLength(1);
    const first = index.search(q('fig'), 10);
    expect(index.search(q('fig'), 10)).toEqual(first);
  });

  it('refuses documents after freezing', () => {
    expect(() => index.add([[], ['late']])).toThrow(/frozen/);
    expect(() => index.intern('late')).toThrow(/frozen/);
    expect(index.intern('fig')).toBe(index.termId('fig'));
  });

  it('indexes documents given as interned ids as it indexes their terms', () => {
    const byIds = new InvertedIndex([
      { weight: 3, b: 0.5 },
      { weight: 1, b: 0.75 },
    ]);
    for (const d of [[[], ['apple', 'banana', 'cherry']], [['apple'], ['durian']], [[], ['banana', 'banana', 'banana', 'eggplant']], [[], ['fig']]]) {
      byIds.addIds(d.map((field) => field.map((term) => byIds.intern(term))));
    }
    byIds.freeze();
    expect(byIds.state()).toEqual(index.state());
  });

  it('restores from its state, through v8 serialize, an index that searches and refuses documents as it does', () => {
    const restored = InvertedIndex.restore(v8.deserialize(v8.serialize(index.state())));
    for (const words of [['apple'], ['banana', 'fig'], ['apple', 'cherry', 'durian'], ['eggplant']]) {
      expect(restored.search(q(...words), 10)).toEqual(index.search(q(...words), 10));
      expect(restored.search(q(...words), 10, 1, 3)).toEqual(index.search(q(...words), 10, 1, 3));
      expect(restored.search(q(...words), 1, 0, 4, { prune: true, minPostings: 0 })).toEqual(index.search(q(...words), 1));
    }
    expect([restored.terms, restored.size, restored.rarestIdf, restored.termId('fig')]).toEqual([index.terms, index.size, index.rarestIdf, index.termId('fig')]);
    expect(() => restored.add([[], ['late']])).toThrow(/frozen/);
    expect(() => new InvertedIndex([{ weight: 1, b: 0.5 }]).state()).toThrow(/not frozen/);
  });
});

describe('InvertedIndex.search with prune', () => {
  it('returns the same hits as scoring every posting: documents, scores, covered and order, ties included', () => {
    let boundaryTies = 0;
    for (let seed = 1; seed <= 30; seed++) {
      const rnd = prng(seed);
      const below = (n: number) => Math.floor(rnd() * n);
      // Zipf-like terms, so some lists span many blocks and others few; a fifth of the documents repeat
      // an earlier one, whose scores then tie.
      const field = () => Array.from({ length: 1 + below(12) }, () => `t${Math.floor(300 * rnd() ** 3)}`);
      const docs: string[][][] = [];
      for (let n = 500 + below(2500); docs.length < n; ) docs.push(docs.length && rnd() < 0.2 ? docs[below(docs.length)]! : [rnd() < 0.3 ? field() : [], field()]);
      const { index } = build(docs);
      for (let i = 0; i < 40; i++) {
        // Repeated terms, typo-corrected weights and ignored ones, one article's range, k from 1 to past the matches.
        const query: QueryTerm[] = Array.from({ length: 1 + below(6) }, () => ({ id: Math.floor(index.terms.length * rnd() ** 2), weight: [1, 1, 1, 0.6, 0][below(5)]! }));
        const k = [1, 2, 5, 10, 30, 100, 5000][below(7)]!;
        const [from, to] = rnd() < 0.3 ? [below(index.size), below(index.size)].sort((a, b) => a - b) : [0, index.size];
        const all = index.search(query, index.size, from, to);
        const best = index.search(query, k, from, to);
        expect(best).toEqual(all.slice(0, k));
        expect(index.search(query, k, from, to, { prune: true, minPostings: 0 })).toEqual(best);
        if (all[k] && all[k]!.score === all[k - 1]!.score) boundaryTies++;
      }
    }
    // The random queries do put equal scores on both sides of the k-th place, where the order of ties decides.
    expect(boundaryTies).toBeGreaterThan(20);
  });
});

describe('InvertedIndex.scoreOf', () => {
  it('gives each document the score search gives it, to the bit, and 0 to one that matches none', () => {
    for (let seed = 1; seed <= 10; seed++) {
      const rnd = prng(seed);
      const below = (n: number) => Math.floor(rnd() * n);
      const field = () => Array.from({ length: 1 + below(12) }, () => `t${Math.floor(200 * rnd() ** 3)}`);
      const { index } = build(Array.from({ length: 200 + below(800) }, () => [rnd() < 0.3 ? field() : [], field()]));
      for (let i = 0; i < 20; i++) {
        // Repeated terms and typo-corrected or ignored weights, as a question's terms come.
        const query: QueryTerm[] = Array.from({ length: 1 + below(6) }, () => ({ id: Math.floor(index.terms.length * rnd() ** 2), weight: [1, 1, 0.6, 0][below(4)]! }));
        const scores = new Map(index.search(query, index.size).map((h) => [h.doc, h.score]));
        for (let doc = 0; doc < index.size; doc++) expect(index.scoreOf(query, doc)).toBe(scores.get(doc) ?? 0);
      }
    }
  });
});

describe('InvertedIndex.holding', () => {
  it('counts the documents of a range that hold a term, as search finds them', () => {
    const rnd = prng(7);
    const { index } = build(Array.from({ length: 500 }, () => [[], Array.from({ length: 1 + Math.floor(rnd() * 8) }, () => `t${Math.floor(60 * rnd() ** 2)}`)]));
    for (let id = 0; id < index.terms.length; id++) {
      const from = Math.floor(rnd() * 250);
      const to = from + Math.floor(rnd() * 250);
      expect(index.holding(id, from, to)).toBe(index.search([{ id, weight: 1 }], index.size, from, to).length);
      expect(index.holding(id)).toBe(index.documentFrequency(id));
    }
    expect(index.holding(0, 100, 100)).toBe(0);
  });
});
