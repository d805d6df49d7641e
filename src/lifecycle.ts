import { loadConfig, type Config, type NeededSetting } from './config.js';
import { SettingError } from './env.js';
import { describeError, type Logger } from './log.js';

/** The sentence for a token Discord refuses (401), wherever it is first used. */
export const TOKEN_REJECTED = 'Discord rejected DISCORD_TOKEN: copy a fresh token from the developer portal (Bot > Reset Token) into .env.';

/**
 * How long a stopping process may take to close its connection and finish in-flight posts before it
 * exits anyway. Supervisors wait longer (systemd 90 s, Docker 10 s) before SIGKILL; an abandoned post is
 * safe, since its ledger claim goes stale and the resend carries the same nonce.
 */
export const SHUTDOWN_GRACE_MS = 4_000;

/** Stops start-up with one plain sentence and exit code 2: a setting is wrong, not the code. */
export function refuse(sentence: string): never {
  process.stderr.write(`${sentence.replace(/\.?$/, '.')}\n`);
  process.exit(2);
}

/** `value`, or exit 2 with the sentences of the `SettingError` (a `ConfigError` included) it threw or rejected with; other errors pass. */
export async function orRefuse<T>(value: Promise<T> | (() => T)): Promise<T> {
  try {
    return await (typeof value === 'function' ? value() : value);
  } catch (err) {
    if (err instanceof SettingError) refuse(err.message);
    throw err;
  }
}

/** The validated configuration, with the settings the entry point `needed`, or exit 2 with the sentences that say what to fix. */
export const configOrExit = (env: NodeJS.ProcessEnv = process.env, needed: readonly NeededSetting[] = []): Promise<Config> => orRefuse(() => loadConfig(env, { needed }));

/**
 * SIGINT/SIGTERM (what systemd, Docker and Ctrl-C send) run `close` once, then flush the logs and exit
 * 0; if `close` takes over `graceMs` the process exits 0 anyway, with a warning. Also logs unhandled
 * rejections: a Discord or handler failure never takes the process down.
 */
export function shutDownOnSignals(log: Logger, close: () => Promise<unknown>, graceMs = SHUTDOWN_GRACE_MS): void {
  let closing = false;
  const shutdown = (signal: NodeJS.Signals) => {
    if (closing) return;
    closing = true;
    log.info({ signal }, 'shutting down');
    const late = setTimeout(() => {
      log.warn({ graceMs }, 'shutdown took too long; exiting without waiting further');
      exit();
    }, graceMs);
    const exit = () => {
      clearTimeout(late);
      log.flush();
      process.exit(0);
    };
    close().then(
      () => {
        log.info({ signal }, 'closed cleanly');
        exit();
      },
      (err: unknown) => {
        log.error({ err: describeError(err) }, 'error while shutting down');
        exit();
      },
    );
  };
  // `on`, not `once`: a second signal (systemd signals a shard and its manager signals it too) must not
  // fall through to Node's default, which kills the process mid-close.
  process.on('SIGINT', shutdown);
  process.on('SIGTERM', shutdown);
  process.on('unhandledRejection', (err) => log.error({ err: describeError(err) }, 'unhandled rejection'));
}
