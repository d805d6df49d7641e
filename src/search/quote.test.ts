import { describe, expect, it } from 'vitest';
import { withContext } from './quote.js';

describe('withContext', () => {
  it('adds the sentence after a one-sentence run', () => {
    expect(withContext({ from: 1, to: 2, score: 1 }, 4)).toEqual({ from: 1, to: 3, score: 1 });
  });

  it('adds the sentence before when the run is the last sentence', () => {
    expect(withContext({ from: 3, to: 4, score: 1 }, 4)).toEqual({ from: 2, to: 4, score: 1 });
  });

  it('adds the neighbour that holds more of the question, the next one on a tie', () => {
    const held = [0, 2, 1, 0];
    expect(withContext({ from: 2, to: 3, score: 1 }, 4, (i) => held[i]!)).toEqual({ from: 1, to: 3, score: 1 });
    expect(withContext({ from: 1, to: 2, score: 1 }, 4, (i) => held[i]!)).toEqual({ from: 1, to: 3, score: 1 });
    expect(withContext({ from: 1, to: 2, score: 1 }, 4, () => 1)).toEqual({ from: 1, to: 3, score: 1 });
  });

  it('leaves a longer run, and a one-sentence paragraph, as they are', () => {
    expect(withContext({ from: 0, to: 2, score: 1 }, 4)).toEqual({ from: 0, to: 2, score: 1 });
    expect(withContext({ from: 0, to: 1, score: 1 }, 1)).toEqual({ from: 0, to: 1, score: 1 });
  });
});
