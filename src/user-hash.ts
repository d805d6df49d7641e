import { createHash, randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/**
 * Hashes Discord user ids with a secret salt kept in `DATA_DIR`, so logs and stored feedback can tell
 * users apart over time without holding an id anyone could look up.
 */
export function userHasher(dataDir: string): (userId: string) => string {
  const file = path.join(dataDir, 'user-hash.salt');
  let salt: string;
  try {
    salt = readFileSync(file, 'utf8').trim();
  } catch {
    salt = '';
  }
  if (!salt) {
    mkdirSync(dataDir, { recursive: true });
    try {
      salt = randomBytes(32).toString('hex');
      // wx: when several processes (shards) start on a fresh DATA_DIR, the first salt written wins.
      writeFileSync(file, `${salt}\n`, { mode: 0o600, flag: 'wx' });
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
      salt = readFileSync(file, 'utf8').trim();
    }
  }
  return (userId) => createHash('sha256').update(`${salt}:${userId}`).digest('hex').slice(0, 16);
}
