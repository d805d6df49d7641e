import { describeError, type Logger } from '../log.js';

/**
 * Whether a failure to reach Discord may pass by itself: a network error (`ECONNREFUSED`, `ENOTFOUND`,
 * `EAI_AGAIN` for DNS, `ETIMEDOUT`, undici's `UND_ERR_*`), a request that timed out, or Discord's own trouble (5xx, 429). A
 * rejected token, a refused intent or any other answer from Discord is not: retrying would not help.
 */
export function isTransient(err: unknown): boolean {
  const { code, status, name } = (err ?? {}) as { code?: unknown; status?: unknown; name?: unknown };
  if (typeof status === 'number') return status >= 500 || status === 429;
  if (name === 'AbortError') return true;
  // Node's system errors are upper case (ECONNREFUSED); discord.js's own codes are PascalCase (TokenInvalid).
  return typeof code === 'string' && /^(?:E[A-Z]+(?:_[A-Z]+)*|UND_ERR_[A-Z_]+)$/.test(code);
}

/** How long `whenReachable` waits after the first failed attempt (ms), and at most between two attempts. */
export const RETRY = { firstDelayMs: 1_000, maxDelayMs: 60_000 };

/**
 * `attempt()`'s result, retried while Discord cannot be reached (`isTransient`): a bot started before the
 * network is up, or during an outage, connects when it can instead of exiting. Each failed attempt is
 * logged (warn, `could not reach Discord; retrying`) with the wait before the next, which doubles from
 * `firstDelayMs` up to `maxDelayMs` (default `RETRY`). Rejects with the first failure that is not
 * transient, such as a rejected token.
 */
export async function whenReachable<T>(attempt: () => Promise<T>, log: Logger, { firstDelayMs, maxDelayMs } = RETRY): Promise<T> {
  for (let tries = 1, wait = firstDelayMs; ; tries++, wait = Math.min(wait * 2, maxDelayMs)) {
    try {
      return await attempt();
    } catch (err) {
      if (!isTransient(err)) throw err;
      log.warn({ attempt: tries, retryInMs: wait, err: describeError(err) }, 'could not reach Discord; retrying');
      await new Promise((resolve) => setTimeout(resolve, wait));
    }
  }
}
