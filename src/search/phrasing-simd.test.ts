import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { TrainingKernel } from './phrasing-simd.js';

/** The loops the kernel runs, written in JavaScript: what its results must equal bit for bit. */
function plainScores(weights: Float32Array, classes: number, rows: Int32Array, values: Float64Array, out: Float64Array): void {
  out.fill(0);
  for (let k = 0; k < rows.length; k++) for (let c = 0; c < classes; c++) out[c] = out[c]! + weights[rows[k]! * classes + c]! * values[k]!;
}

function plainStep(weights: Float32Array, classes: number, rows: Int32Array, values: Float64Array, p: Float64Array, rate: number, decay: number): void {
  for (let k = 0; k < rows.length; k++) {
    for (let c = 0; c < classes; c++) {
      const w = weights[rows[k]! * classes + c]!;
      weights[rows[k]! * classes + c] = w - rate * (p[c]! * values[k]! + decay * w);
    }
  }
}

describe('the training kernel', () => {
  it('scores and steps bit for bit as the JavaScript loops do, for odd and even class counts', () => {
    const phrasing = (rows: number) =>
      fc.array(fc.tuple(fc.integer({ min: 0, max: rows - 1 }), fc.double({ min: 0, max: 1, noNaN: true })), { maxLength: 12 }).map((features) => ({
        rows: Int32Array.from(features, ([row]) => row),
        values: Float64Array.from(features, ([, value]) => value),
      }));
    const problem = fc.record({ rows: fc.integer({ min: 1, max: 20 }), classes: fc.integer({ min: 1, max: 9 }) }).chain(({ rows, classes }) =>
      fc.record({
        rows: fc.constant(rows),
        classes: fc.constant(classes),
        phrasings: fc.array(phrasing(rows), { minLength: 1, maxLength: 4 }),
        seed: fc.array(fc.float({ min: -2, max: 2, noNaN: true }), { minLength: rows * classes, maxLength: rows * classes }),
        rate: fc.double({ min: 0.01, max: 2, noNaN: true }),
      }),
    );
    fc.assert(
      fc.property(problem, ({ rows, classes, phrasings, seed, rate }) => {
        const kernel = new TrainingKernel(rows, classes, phrasings);
        kernel.weights.set(seed);
        const weights = Float32Array.from(seed);
        const p = new Float64Array(classes);
        phrasings.forEach((f, i) => {
          kernel.scores(i);
          plainScores(weights, classes, f.rows, f.values, p);
          expect(Array.from(kernel.p)).toEqual(Array.from(p));
          // A gradient factor per class, the one below 0 as the label's is.
          for (let c = 0; c < classes; c++) kernel.p[c] = p[c] = p[c]! / (1 + Math.abs(p[c]!)) - (c === 0 ? 1 : 0);
          kernel.step(i, rate, 1e-4);
          plainStep(weights, classes, f.rows, f.values, p, rate, 1e-4);
          expect(Array.from(kernel.weights)).toEqual(Array.from(weights));
        });
      }),
    );
  });
});
