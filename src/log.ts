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
