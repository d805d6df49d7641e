import { describe, expect, it } from 'vitest';
import { confidence, doubted, knownMissCost, type Signals, unknownCost } from './confidence.js';

const sure: Signals = { coverage: 1, strength: 1, share: 1, phrase: 1, fuzzy: 0, unknown: 0, corrected: 0, untyped: 0, asksOther: 0, otherName: 0, otherParticle: 0, otherTopic: 0, numbers: 0, yesNo: 0, margin: 1, classified: 1, likeliest: 0 };

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

  it("is at least the phrasing classifier's probability from 0.9 on, for the entry it finds likeliest", () => {
    const thin = { ...sure, coverage: 0.2, strength: 0.3, share: 0.3, phrase: 0.3 };
    expect(confidence(thin)).toBeCloseTo(0.2 * (0.6 + 0.4 * 0.48), 10);
    expect(confidence({ ...thin, classified: 0.95, likeliest: 0.95 })).toBeCloseTo(0.95, 10);
    // Below 0.9, or behind another candidate (likeliest 0), the classifier lifts nothing.
    expect(confidence({ ...thin, classified: 0.85, likeliest: 0.85 })).toBe(confidence(thin));
    expect(confidence({ ...thin, classified: 0.95, likeliest: 0 })).toBe(confidence(thin));
    // A number no article holds still costs what it costs.
    expect(confidence({ ...thin, classified: 0.95, likeliest: 0.95, numbers: 1 })).toBeCloseTo(0.95 * 0.3, 10);
  });

  it('scales a yes-or-no answer covering less than 0.45 of the question by its share over 0.45', () => {
    const enough = { ...sure, coverage: 0.45 };
    expect(confidence({ ...enough, yesNo: 1 })).toBe(confidence(enough));
    expect(confidence({ ...sure, coverage: 0.3, yesNo: 1 })).toBeCloseTo((confidence({ ...sure, coverage: 0.3 }) * 0.3) / 0.45, 10);
    // Any other answer keeps its confidence however little it covers.
    expect(confidence({ ...sure, coverage: 0.3 })).toBeCloseTo(0.3, 10);
  });

  it('doubts a paragraph asked whether something is so: 1.3 times farther from certainty', () => {
    expect(doubted(1)).toBe(1);
    // 0.5 falls to the default threshold, 0.35; under 1 − 1/1.3 nothing is left.
    expect(doubted(0.5)).toBeCloseTo(0.35, 10);
    expect(doubted(0.2)).toBe(0);
  });

  it('loses most of itself when no article holds the numbers asked about', () => {
    expect(confidence({ ...sure, numbers: 1 })).toBeCloseTo(0.3, 10);
  });
});

describe('unknownCost', () => {
  const about = { whether: true, specific: false, numbered: false };

  it('is 2 against a paragraph for a question asking whether', () => {
    expect(unknownCost(about, true)).toBe(2);
  });

  it("is 1 for a fact question, one naming a passage's own word or a number, and against an FAQ entry", () => {
    expect(unknownCost({ ...about, whether: false }, true)).toBe(1);
    expect(unknownCost({ ...about, specific: true }, true)).toBe(1);
    expect(unknownCost({ ...about, numbered: true }, true)).toBe(1);
    expect(unknownCost(about, false)).toBe(1);
  });
});

describe('knownMissCost', () => {
  const whether = { whether: true, specific: false, numbered: false };

  it('is at least 1 against a paragraph the yes-or-no question does not name', () => {
    expect(knownMissCost(whether, true, 0.5)).toBe(1);
    expect(knownMissCost(whether, true, 1.5)).toBe(1.5);
  });

  it('is knownMiss for a fact question and against a named paragraph or an FAQ entry', () => {
    expect(knownMissCost({ ...whether, whether: false }, true, 0.5)).toBe(0.5);
    expect(knownMissCost(whether, false, 0.5)).toBe(0.5);
  });
});
