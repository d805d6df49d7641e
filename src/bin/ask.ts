import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { toJson, toText } from '../answer-text.js';
import { contentDir, contentLimits, ContentSettingError } from '../content/limits.js';
import { ContentDirError, formatIssue, loadContent } from '../content/load.js';
import { SearchIndex } from '../search/engine.js';
import { readDotenv } from '../dotenv.js';

/** `npm run ask`: answers questions from the articles in the terminal (see README, "Ask from the terminal"). */
const USAGE = `Usage: npm run ask -- [--json] [--content DIR] [QUESTION...]
Answers a question from the articles in DIR (default: $CONTENT_DIR or ./content).
Without a question, answers each line of standard input in turn.`;

async function main(argv: string[]): Promise<number> {
  let args;
  try {
    args = parseArgs({
      args: argv,
      allowPositionals: true,
      options: { json: { type: 'boolean', default: false }, content: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
    });
  } catch (err) {
    process.stderr.write(`${(err as Error).message}\n${USAGE}\n`);
    return 2;
  }
  if (args.values.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  readDotenv();
  const dir = args.values.content ?? contentDir();
  let index: SearchIndex;
  try {
    // Parsed on this thread, not on a worker as the bot does (`loadCatalog`): a one-shot tool has nothing
    // else to answer meanwhile, and a worker would start a second isolate that loads the parsers and eld's
    // database again (issue 15: 0.35 s of CPU and 70 MB of peak memory, of 1.2 s and 240 MB, on the shipped content).
    const content = await loadContent(dir, { limits: contentLimits() });
    for (const issue of content.issues) process.stderr.write(`${formatIssue(issue)}\n`);
    if (content.articles.length === 0) {
      process.stderr.write(`No valid article in ${dir}: add .md or .txt articles there (see README, "Content format").\n`);
      return 2;
    }
    // Not warmed (`SearchIndex.build`): the typo map and the question and title matchers are built at the
    // first question that needs them, which a one-shot question often does not (25 ms of CPU on the shipped
    // content; about a second at 100k paragraphs, by `warm`'s own figure).
    index = new SearchIndex(content.articles, {}, content.loadedAt);
  } catch (err) {
    if (err instanceof ContentSettingError) {
      process.stderr.write(`${err.message}\n`);
      return 2;
    }
    if (!(err instanceof ContentDirError)) throw err;
    process.stderr.write(`The content directory ${dir} does not exist: create it or pass --content DIR.\n`);
    return 2;
  }
  const print = (question: string) => {
    const answer = index.answer(question);
    process.stdout.write(`${args.values.json ? toJson(answer) : `${toText(answer)}\n`}\n`);
  };
  if (args.positionals.length) {
    print(args.positionals.join(' '));
    return 0;
  }
  for await (const line of createInterface({ input: process.stdin, crlfDelay: Infinity })) print(line.trim());
  return 0;
}

process.exitCode = await main(process.argv.slice(2));
