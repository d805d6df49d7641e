import { describe, expect, it } from 'vitest';
import { pacer } from './slices.js';

/** Whether a setImmediate callback queued before `steps` ran while they did. */
async function yieldedDuring(steps: () => Promise<void>): Promise<boolean> {
  let ran = false;
  setImmediate(() => (ran = true));
  await steps();
  return ran;
}

describe('pacer', () => {
  it('yields to the event loop once its slice is used up', async () => {
    const pause = pacer(0);
    expect(await yieldedDuring(() => pause())).toBe(true);
  });

  it('returns without yielding while its slice lasts', async () => {
    const pause = pacer(Number.POSITIVE_INFINITY);
    expect(
      await yieldedDuring(async () => {
        for (let i = 0; i < 1000; i++) await pause();
      }),
    ).toBe(false);
  });
});
