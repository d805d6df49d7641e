import { describe, expect, it } from 'vitest';
import { bestWindow, contextWeight, looseMatches, PAIR_WEIGHT, pairsBySentence, sharesStem, withContext, withPairs } from './quote.js';

describe('withContext', () => {
  it('adds the sentence after a one-sentence run', () => {
    expect(withContext({ from: 1, to: 2, score: 1 }, 4)).toEqual({ from: 1, to: 3, score: 1 });
  });

  it('keeps to the run\'s list item', () => {
    // Sentences 1 and 3 open items: [1, 3) is one item.
    const opens = (i: number) => i === 1 || i === 3;
    expect(withContext({ from: 2, to: 3, score: 1 }, 5, undefined, undefined, undefined, opens)).toEqual({ from: 1, to: 3, score: 1 });
    expect(withContext({ from: 1, to: 2, score: 1 }, 5, () => 1, undefined, undefined, opens)).toEqual({ from: 1, to: 3, score: 1 });
    expect(bestWindow(5, (from, to) => (from <= 2 && to >= 4 ? 1 : from === 2 ? 0.5 : 0), 0.1, opens)).toEqual({ from: 2, to: 3, score: 0.5 });
  });

  it('adds the sentence before when the run is the last sentence', () => {
    expect(withContext({ from: 3, to: 4, score: 1 }, 4)).toEqual({ from: 2, to: 4, score: 1 });
  });

  it('adds the sentence before first when the run opens leaning on it, whatever the neighbours hold', () => {
    const held = [0, 2, 0, 5, 0];
    expect(withContext({ from: 2, to: 3, score: 1 }, 5, (i) => held[i]!, undefined, (i) => i === 2)).toEqual({ from: 1, to: 4, score: 1 });
    // "DriftWire is our own protocol… | It is the fastest… | OpenVPN is available… on port 443": asked which port
    // OpenVPN uses, a quote opening on "It is the fastest" named OpenVPN the fastest (an English trial).
    const port = [0, 0, 5, 0];
    expect(withContext({ from: 1, to: 3, score: 1 }, 4, (i) => port[i]!, undefined, (i) => i === 1)).toEqual({ from: 0, to: 3, score: 1 });
  });

  it('adds the neighbour that holds more of the question, the next one on a tie', () => {
    const held = [0, 2, 1, 0, 0];
    expect(withContext({ from: 2, to: 3, score: 1 }, 5, (i) => held[i]!)).toEqual({ from: 1, to: 3, score: 1 });
    expect(withContext({ from: 2, to: 3, score: 1 }, 5, (i) => [1, 1, 3, 1, 1][i]!)).toEqual({ from: 2, to: 5, score: 1 });
    expect(withContext({ from: 1, to: 2, score: 1 }, 5, () => 0)).toEqual({ from: 1, to: 3, score: 1 });
  });

  it('adds a third sentence only when it holds part of the question', () => {
    const held = [1, 0, 3, 0, 0];
    // The sentence before the one-sentence run holds more, then the one before that holds some too.
    expect(withContext({ from: 2, to: 3, score: 1 }, 5, (i) => [0.5, 1, 3, 0, 0][i]!)).toEqual({ from: 0, to: 3, score: 1 });
    // A two-sentence run takes the neighbour holding part of the question, not the one holding none.
    expect(withContext({ from: 1, to: 3, score: 1 }, 5, (i) => held[i]!)).toEqual({ from: 0, to: 3, score: 1 });
    // Neither neighbour holds any: the run stays two sentences.
    expect(withContext({ from: 2, to: 3, score: 1 }, 5, (i) => [0, 0, 3, 0, 0][i]!)).toEqual({ from: 2, to: 4, score: 1 });
  });

  it('gives a weak run (score under 0.7) its third sentence even when that holds none of the question', () => {
    const held = (i: number) => [0, 0, 3, 0, 0][i]!;
    expect(withContext({ from: 2, to: 3, score: 0.5 }, 5, held)).toEqual({ from: 2, to: 5, score: 0.5 });
    expect(withContext({ from: 2, to: 3, score: 0.7 }, 5, held)).toEqual({ from: 2, to: 4, score: 0.7 });
  });

  it('takes as third sentence a neighbour that states the kind of fact asked for, which also wins a tie', () => {
    const states = (i: number) => i === 3;
    // A two-sentence run: neither neighbour holds any of the question, the one after states the fact.
    expect(withContext({ from: 1, to: 3, score: 1 }, 5, () => 0, states)).toEqual({ from: 1, to: 4, score: 1 });
    expect(withContext({ from: 1, to: 3, score: 1 }, 5, () => 0)).toEqual({ from: 1, to: 3, score: 1 });
    // Equal weights: the one stating the fact, even before the run.
    expect(withContext({ from: 4, to: 6, score: 1 }, 7, () => 1, states)).toEqual({ from: 3, to: 6, score: 1 });
    // A neighbour holding more of the question still comes first.
    expect(withContext({ from: 4, to: 5, score: 1 }, 7, (i) => (i === 5 ? 2 : 1), states)).toEqual({ from: 3, to: 6, score: 1 });
  });

  it('never quotes more than three sentences, nor widens a one-sentence paragraph', () => {
    expect(withContext({ from: 1, to: 4, score: 1 }, 6, () => 1)).toEqual({ from: 1, to: 4, score: 1 });
    expect(withContext({ from: 2, to: 3, score: 1 }, 6, () => 1)).toEqual({ from: 2, to: 5, score: 1 });
    expect(withContext({ from: 0, to: 1, score: 1 }, 1, () => 1)).toEqual({ from: 0, to: 1, score: 1 });
  });
});

describe('contextWeight', () => {
  it('is 0 for a sentence holding none of the question, and dilutes what one holds by its length', () => {
    expect(contextWeight(0, 12)).toBe(0);
    expect(contextWeight(2, 1)).toBe(2);
    expect(contextWeight(2, 0)).toBe(2);
    // The same words in 8 terms outweigh them in 30; twice as much in 60 terms does not outweigh once in 8.
    expect(contextWeight(1, 8)).toBeGreaterThan(contextWeight(1, 30));
    expect(contextWeight(1, 8)).toBeGreaterThan(contextWeight(2, 60));
    expect(contextWeight(2, 20)).toBeGreaterThan(contextWeight(1, 8));
  });
});

describe('sharesStem', () => {
  it('pairs forms of one word the stemmer left apart', () => {
    expect(sharesStem('jacksonville', 'jackson')).toBe(true);
    expect(sharesStem('farmaceutic', 'farmaceutice')).toBe(true);
    expect(sharesStem('meerwasser', 'meerwassers')).toBe(true);
  });

  it('needs six shared letters, and 70 % of the shorter word', () => {
    // Five letters: "riverside" is not "riverbank".
    expect(sharesStem('riverside', 'riverbank')).toBe(false);
    // Six letters, all of the shorter word; then six of "marshes", too little of it.
    expect(sharesStem('marsha', 'marshallton')).toBe(true);
    expect(sharesStem('marshes', 'marshallton')).toBe(false);
    expect(sharesStem('harbour', 'harbour')).toBe(true);
  });
});

describe('looseMatches', () => {
  it('lists per sentence the question words one of its words shares a stem with, never a word under six letters', () => {
    const asked = ['marshallton', 'founded', 'town'];
    expect(looseMatches(asked, [['marshallton', 'lies'], ['founder', 'john', 'marshall'], ['towns', 'grew']])).toEqual([[0], [0, 1], []]);
  });

  it('matches a number in figures and in words by its value, whatever its length', () => {
    const value = (w: string) => ({ five: '5', nine: '9', '5': '5', '9': '9' })[w] ?? null;
    expect(looseMatches(['five', 'sacks', 'nine'], [['had', '5', 'sacks', 'in', '9', 'starts'], ['five', 'fumbles'], ['59']], value)).toEqual([[0, 2], [0], []]);
    // Without a reading of numbers, neither matches.
    expect(looseMatches(['five', 'nine'], [['5', '9']])).toEqual([[]]);
  });
});

describe('pairsBySentence', () => {
  const content = (word: string) => !['the', 'as', 'what', 'of', 'a', 'its', 'how', 'an', 'and'].includes(word);

  it('counts the question\'s pairs of a content word and a stopword that a sentence writes adjacent', () => {
    const asked = ['the', 'west', 'saw', 'the', 'east', 'as', 'what'];
    const sentences = [
      ['a', 'geography', 'of', 'the', 'east', 'and', 'the', 'east'],
      ['defining', 'the', 'east', 'as', 'a', 'vision', 'of', 'its', 'inferior'],
    ];
    // "the east" in both, once however often written; "east as" only in the second.
    expect(pairsBySentence(asked, sentences, content)).toEqual([1, 2]);
  });

  it('does not count a pair of two content words, which restates terms the sentence holds already', () => {
    expect(pairsBySentence(['civil', 'disobedience', 'laws'], [['civil', 'disobedience', 'laws']], content)).toEqual([0]);
  });
});

describe('withPairs', () => {
  it('lets the run that writes the question\'s phrase win a tie of held terms, and never scores a run that holds nothing', () => {
    const held = [1, 1, 0];
    const score = withPairs((from, to) => Math.max(...held.slice(from, to)), [2, 3, 1]);
    expect(score(1, 2)).toBeCloseTo(1 + 3 * PAIR_WEIGHT);
    expect(score(2, 3)).toBe(0);
    expect(bestWindow(3, score)).toEqual({ from: 1, to: 2, score: 1 + 3 * PAIR_WEIGHT });
  });
});
