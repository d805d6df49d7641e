import { describe, expect, it } from 'vitest';
import { serialized } from './serial.js';

describe('serialized', () => {
  it('never overlaps runs and folds a burst of calls into one more run', async () => {
    let active = 0;
    let maxActive = 0;
    let runs = 0;
    // Each run waits for this gate, so the burst below surely arrives while the first run is busy.
    let open!: () => void;
    const gate = new Promise<void>((resolve) => (open = resolve));
    const run = serialized(async () => {
      active++;
      maxActive = Math.max(maxActive, active);
      runs++;
      await gate;
      active--;
    });
    const first = run();
    const burst = [run(), run(), run()];
    expect(runs).toBe(1);
    open();
    await Promise.all([first, ...burst]);
    expect(maxActive).toBe(1);
    expect(runs).toBe(2);
    await run();
    expect(runs).toBe(3);
  });

  it('keeps working after a run fails', async () => {
    let calls = 0;
    const run = serialized(async () => {
      calls++;
      if (calls === 1) throw new Error('boom');
    });
    await expect(run()).rejects.toThrow('boom');
    await run();
    expect(calls).toBe(2);
  });
});
