import { config as loadDotenv } from 'dotenv';

let loaded = false;

/**
 * One setting for the terminal tools (ask, check-content, report), from the environment or `.env`. They
 * need no token, so they read only what they use instead of validating the bot's whole configuration.
 */
export function envSetting(name: 'CONTENT_DIR' | 'DATA_DIR' | 'DATABASE_URL', fallback: string): string {
  if (!loaded) {
    // quiet: dotenv otherwise prints a banner on stdout, which would corrupt `--json` output.
    loadDotenv({ quiet: true });
    loaded = true;
  }
  return process.env[name]?.trim() || fallback;
}
