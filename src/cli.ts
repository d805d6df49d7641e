import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { loadCatalog } from './catalog.js';
import { envSetting } from './settings.js';
import { ContentDirError, formatIssue } from './content/load.js';
import type { SearchIndex } from './search/engine.js';
import { citation } from './search/citation.js';
import type { Answer } from './search/types.js';

const USAGE = `Usage: npm run ask -- [--json] [--content DIR] [QUESTION...]
Answers a question from the articles in DIR (default: $CONTENT_DIR or ./content).
Without a question, answers each line of standard input in turn.`;

/** The `--json` line: one object per question, with exactly these fields, in this order. */
export function toJson(a: Answer): string {
  const source = a.source && {
    id: a.source.id,
    title: a.source.title,
    url: a.source.url,
    file: a.source.file,
    section: a.source.section,
    paragraph: a.source.paragraph,
  };
  return JSON.stringify({
    question: a.question,
    answer: a.answer,
    kind: a.kind,
    quote: a.quote,
    source,
    confidence: a.confidence,
    alternatives: a.alternatives.map((alt) => alt.question),
  });
}

export function toText(a: Answer): string {
  const lines: string[] = [];
  if (a.answer === null || !a.source) {
    lines.push(`Q: ${a.question}`, "I couldn't find that in our articles.");
    if (a.alternatives.length) lines.push('Closest questions we can answer:', ...a.alternatives.map((alt) => `  - ${alt.question}`));
    return lines.join('\n');
  }
  lines.push(`Q: ${a.question}`);
  if (a.matched) lines.push(`Matched: ${a.matched}`);
  lines.push('', a.answer, '', ...a.quote!.split('\n').map((l) => `> ${l}`));
  lines.push(`— ${citation(a.source)}${a.source.url ? ` <${a.source.url}>` : ''}  (confidence ${a.confidence.toFixed(2)})`);
  if (a.alternatives.length) lines.push('Did you mean:', ...a.alternatives.map((alt) => `  - ${alt.question}`));
  return lines.join('\n');
}

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
  const dir = args.values.content ?? envSetting('CONTENT_DIR', './content');
  let index: SearchIndex;
  try {
    const catalog = await loadCatalog(dir);
    for (const issue of catalog.issues) process.stderr.write(`${formatIssue(issue)}\n`);
    if (catalog.index.stats.articles === 0) {
      process.stderr.write(`No valid article in ${dir}: add .md or .txt articles there (see README, "Content format").\n`);
      return 2;
    }
    index = catalog.index;
  } catch (err) {
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
