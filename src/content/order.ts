import type { Article } from './types.js';

/** Newest first by date; undated articles after dated ones; ties by id, so the order is stable. */
export function byNewest(a: Article, b: Article): number {
  return (b.date ?? '').localeCompare(a.date ?? '') || a.id.localeCompare(b.id);
}
