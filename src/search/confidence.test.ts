import { describe, expect, it } from 'vitest';
import { confidence, type Signals } from './confidence.js';

const sure: Signals = { coverage: 1, strength: 1, share: 1, phrase: 1, fuzzy: 0, unknown: 0, corrected: 0, untyped: 0, asksOther: 0, numbers: 0, margin: 1, classified: 1 };

describe('confidence', () => {
  it('is full for a candidate holding all of the question strongly', () => {
    expect(confidence(sure)).toBe(1);
  });

  it("loses with the square root of the phrasing classifier's shortfall below 0.3, and nothing above it", () => {
    expect(confidence({ ...sure, classified: 0.3 })).toBe(1);
    expect(confidence({ ...sure, classified: 0.6 })).toBe(1);
    expect(confidence({ ...sure, classified: 0.075 })).toBeCloseTo(0.5, 10);
    expect(confidence({ ...sure, classified: 0 })).toBe(0);
  });

  it('loses most of itself when no article holds the numbers asked about', () => {
    expect(confidence({ ...sure, numbers: 1 })).toBeCloseTo(0.3, 10);
  });
});
