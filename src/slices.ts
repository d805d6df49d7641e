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
