import path from 'node:path';
import { parseArgs, type ParseArgsConfig } from 'node:util';

/**
 * How the running terminal tool was started, for its usage line: `node dist/cli.js` or `node
 * dist/bin/report.js` when the compiled file was run (the path as given, relative to the working folder
 * when it lies inside it), else `npm run <script> --` (the TypeScript source runs through its npm script).
 */
export function invokedAs(script: string, argv1: string | undefined = process.argv[1]): string {
  if (!argv1 || !/\.[cm]?js$/.test(argv1)) return `npm run ${script} --`;
  const relative = path.relative(process.cwd(), argv1);
  return `node ${relative.startsWith('..') || path.isAbsolute(relative) ? argv1 : relative}`;
}

/**
 * The sentence for arguments `node:util`'s `parseArgs` refused (`err`), for the tool run as `script`: its
 * own message, except for an unknown option where a question is allowed, whose hint Node words with an
 * unbalanced quote; ours shows the whole command: `npm run ask -- -- "--bogus"`.
 */
export function argumentsError(err: unknown, script: string, { questions = false } = {}): string {
  const { code, message } = err as { code?: string; message: string };
  const unknown = code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' ? /^Unknown option '([^']+)'/.exec(message)?.[1] : undefined;
  if (unknown === undefined) return message.replace(/\.?$/, '.');
  const hint = questions ? ` A question that starts with "-" goes after "--", as in: ${invokedAs(script)} -- "${unknown}"` : '';
  return `Unknown option '${unknown}'.${hint}`;
}

/**
 * The command line of the terminal tool `script`, read by node:util's `parseArgs` with `config` (whose
 * options hold `help: { type: 'boolean', short: 'h' }`): what `parseArgs` returns; or the exit code when
 * the tool has answered already: 0 after `usage` on stdout for --help, 2 after the refused arguments'
 * sentence (see `argumentsError`, with `questions`) and `usage` on stderr.
 */
export function toolArguments<T extends ParseArgsConfig>(script: string, usage: string, config: T, { questions = false } = {}): ReturnType<typeof parseArgs<T>> | number {
  let parsed;
  try {
    parsed = parseArgs(config);
  } catch (err) {
    process.stderr.write(`${argumentsError(err, script, { questions })}\n${usage}\n`);
    return 2;
  }
  if ((parsed.values as { help?: boolean }).help) {
    process.stdout.write(`${usage}\n`);
    return 0;
  }
  return parsed;
}

/**
 * Makes a terminal tool end quietly, with exit code 0, when whatever reads its standard output stops
 * reading (`npm run ask -- --json < questions.txt | head`): a write to the closed pipe fails with EPIPE,
 * which Node reports as an unhandled error with its stack trace; the answers already written are all the
 * reader wanted. Any other error of `stream` is thrown.
 */
export function endQuietlyWhenOutputCloses(stream: NodeJS.WriteStream = process.stdout): void {
  stream.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code !== 'EPIPE') throw err;
    process.exit(0);
  });
}
