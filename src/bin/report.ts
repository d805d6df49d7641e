import { existsSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import pino from 'pino';
import { toolSetting } from '../config.js';
import { buildReport } from '../report/build.js';
import { NO_QUESTIONS, renderHtml, renderStub, renderText } from '../report/render.js';
import { DataDirError, openStore } from '../store/open.js';

/** `npm run report`: what members asked, from the store, for editors (see README, "See what your members ask"). */
const USAGE = `Usage: npm run report -- [--days N] [--json] [--html FILE] [--stub FILE]
What members asked over the last N days (default 30), from the bot's store (DATABASE_URL, else DATA_DIR/bot.sqlite):
  --json        the report as JSON on stdout
  --html FILE   a self-contained HTML page with the answer rate per day and the unanswered questions
  --stub FILE   a Markdown FAQ stub with one empty ### question per unanswered cluster, to fill in`;

async function main(argv: string[]): Promise<number> {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: { days: { type: 'string', default: '30' }, json: { type: 'boolean', default: false }, html: { type: 'string' }, stub: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
    }));
  } catch (err) {
    process.stderr.write(`${(err as Error).message}\n${USAGE}\n`);
    return 2;
  }
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const days = Number(values.days);
  if (!Number.isInteger(days) || days < 1) {
    process.stderr.write(`--days must be a whole number of days, 1 or more (got "${values.days}").\n`);
    return 2;
  }
  const dataDir = toolSetting('DATA_DIR');
  const databaseUrl = toolSetting('DATABASE_URL') || undefined;
  if (!databaseUrl && !existsSync(path.join(dataDir, 'bot.sqlite'))) {
    process.stdout.write(values.json ? `${JSON.stringify({ questions: 0, message: NO_QUESTIONS })}\n` : `${NO_QUESTIONS}\n`);
    return 0;
  }
  let store;
  try {
    store = await openStore({ DATA_DIR: dataDir, DATABASE_URL: databaseUrl }, pino({ level: 'warn' }, pino.destination(2)));
  } catch (err) {
    if (!(err instanceof DataDirError)) throw err;
    process.stderr.write(`${err.message}.\n`);
    return 2;
  }
  try {
    const report = await buildReport(store, { days });
    if (values.html) writeFileSync(values.html, renderHtml(report));
    if (values.stub) writeFileSync(values.stub, renderStub(report));
    process.stdout.write(`${values.json ? JSON.stringify(report) : renderText(report)}\n`);
    if (values.html) process.stderr.write(`HTML report written to ${values.html}\n`);
    if (values.stub) process.stderr.write(`FAQ stub with ${report.gaps.filter((g) => !g.question.startsWith('(')).length} question(s) written to ${values.stub}\n`);
    return 0;
  } finally {
    await store.close();
  }
}

process.exitCode = await main(process.argv.slice(2));
