/**
 * Wraps `task` so runs never overlap: calls made during a run are folded into one more run after it,
 * and their promise resolves once that run is done. For work triggered in bursts (file changes,
 * subscriptions) where only the latest state matters.
 */
export function serialized(task: () => Promise<void>): () => Promise<void> {
  let running: Promise<void> | null = null;
  let again = false;
  return () => {
    if (running) {
      again = true;
      return running;
    }
    running = (async () => {
      try {
        do {
          again = false;
          await task();
        } while (again);
      } finally {
        running = null;
      }
    })();
    return running;
  };
}
