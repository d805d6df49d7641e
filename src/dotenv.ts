import { config as loadDotenv } from 'dotenv';

/**
 * Reads `.env` into `process.env`, without overriding the real environment. Its own module, apart from the
 * configuration's schema, so that a terminal tool reading a setting or two never loads zod (issue 15: about
 * 70 ms of a one-shot `ask`).
 */
export function readDotenv(): void {
  // quiet: dotenv otherwise prints a banner on stdout, which would corrupt `ask --json` output.
  loadDotenv({ quiet: true });
}
