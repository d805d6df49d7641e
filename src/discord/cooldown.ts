/**
 * A per-user sliding window: at most `max` questions in any `windowMs`. Keeps only recent timestamps,
 * so memory stays bounded by the number of users active in the last window.
 */
export class Cooldown {
  private readonly recent = new Map<string, number[]>();

  constructor(
    private readonly max: number,
    private readonly windowMs: number,
    private readonly now: () => number = Date.now,
  ) {}

  /** Records a question; returns 0 when allowed, else how many ms until the user may ask again. */
  take(userId: string): number {
    const now = this.now();
    const times = (this.recent.get(userId) ?? []).filter((t) => now - t < this.windowMs);
    if (times.length >= this.max) {
      this.recent.set(userId, times);
      return this.windowMs - (now - times[0]!);
    }
    times.push(now);
    this.recent.set(userId, times);
    if (this.recent.size > 10_000) this.prune(now);
    return 0;
  }

  private prune(now: number): void {
    for (const [user, times] of this.recent) if (times.every((t) => now - t >= this.windowMs)) this.recent.delete(user);
  }
}
