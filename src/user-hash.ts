import { createHash, randomBytes } from 'node:crypto';

/** A fresh secret for `userHasher`; the store keeps the first one ever offered (`Store.userHashSalt`). */
export const newSalt = (): string => randomBytes(32).toString('hex');

/**
 * Hashes Discord user ids with the store's secret salt, so logs and stored feedback can tell members
 * apart over time, across every process sharing the store, without holding an id anyone could look up.
 */
export function userHasher(salt: string): (userId: string) => string {
  return (userId) => createHash('sha256').update(`${salt}:${userId}`).digest('hex').slice(0, 16);
}
