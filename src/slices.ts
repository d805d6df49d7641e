/**
 * Long work on a thread that also serves, done in slices: `await pause()` between two steps yields to the
 * event loop once `sliceMs` milliseconds (default 5) have passed since the last yield, and returns at once
 * otherwise, so the work holds the thread for about `sliceMs` at a time (index builds, snapshot keys and
 * writes).
 */
export function pacer(sliceMs = 5): () => Promise<void> {
  let since = performance.now();
  return async () => {
    if (performance.now() - since < sliceMs) return;
    await new Promise((resolve) => setImmediate(resolve));
    since = performance.now();
  };
}

/** Runs sliced work (a generator that yields between its steps) to its end at once, with no pause: for a
 * caller that must have the result now (a constructor, a first use, a test). */
export function drain<R>(steps: Generator<void, R>): R {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}
