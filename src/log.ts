import pino, { type Logger } from 'pino';

export type { Logger };

/**
 * Paths pino blanks out wherever they appear in a log line. The token must never reach a log: it is
 * redacted by name here, and the bot never logs its config or REST headers whole.
 */
const REDACT = [
  'token',
  '*.token',
  'DISCORD_TOKEN',
  '*.DISCORD_TOKEN',
  'authorization',
  '*.authorization',
  'headers.authorization',
  '*.headers.authorization',
  'config.DISCORD_TOKEN',
];

/** JSON lines on stdout; pretty output only in development, where a person reads them. */
export function createLogger(level: string, nodeEnv?: string, destination?: pino.DestinationStream): Logger {
  const options: pino.LoggerOptions = { level, redact: { paths: REDACT, censor: '[redacted]' }, base: { app: 'faq-bot' } };
  if (nodeEnv === 'development' && !destination) {
    return pino({ ...options, transport: { target: 'pino-pretty', options: { colorize: true } } });
  }
  return destination ? pino(options, destination) : pino(options);
}

/**
 * The loggable part of an error. Discord REST errors carry the request URL, which for interaction
 * replies contains the interaction token, so URLs are blanked and only name, message, status, code and
 * method are kept.
 */
export function describeError(err: unknown): Record<string, unknown> {
  if (!(err instanceof Error)) return { message: String(err) };
  const { status, code, method } = err as { status?: number; code?: number | string; method?: string };
  return { name: err.name, message: err.message.replace(/https?:\/\/\S+/g, '[url]'), status, code, method };
}
