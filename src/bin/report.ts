import { existsSync } from 'node:fs';
import path from 'node:path';
import pino from 'pino';
import { loadCatalog } from '../catalog.js';
import { toolSetting } from '../config.js';
import { contentDir, rankingSettings, readSettings, SettingError, settingPlace } from '../env.js';
import { contentLimits } from '../content/limits.js';
import { ContentDirError, contentDirProblem } from '../content/load.js';
import { keptFeedArticles } from '../feeds/reader.js';
import { buildReport } from '../report/build.js';
import { learnedRows, NO_LEARNED, renderLearnedStub, renderLearnedText } from '../report/learned.js';
import { invokedAs, endQuietlyWhenOutputCloses, toolArguments } from '../invocation.js';
import { checkOutputPath, OutputPathError, writeOutput } from '../report/output.js';
import { NO_QUESTIONS, renderHtml, renderStub, renderText, stubQuestions } from '../report/render.js';
import { SearchIndex } from '../search/engine.js';
import { DataDirError, openStore } from '../store/open.js';
import type { Store } from '../store/store.js';

/** `npm run report`: what members asked, from the store, for editors (see docs/what-members-ask.md). */
const USAGE = `Usage: ${invokedAs('report')} [--days N] [--json] [--html FILE] [--stub FILE]
       ${invokedAs('report')} --learned [--json] [--stub FILE]
What members asked over the last N days (default 30), from the bot's store (DATABASE_URL, else DATA_DIR/bot.sqlite):
  --json        the report as JSON on stdout
  --html FILE   a self-contained HTML page with the answer rate per day and the unanswered questions
  --stub FILE   a Markdown FAQ stub with one empty ### question per unanswered cluster, to fill in
  --learned     instead: the phrasings learned from members (pending, approved, rejected), checked against CONTENT_DIR;
                with --stub FILE, the "Also asked as:" lines that put the approved ones into the content files`;

async function main(argv: string[]): Promise<number> {
  const args = toolArguments('report', USAGE, {
    args: argv,
    options: { days: { type: 'string', default: '30' }, json: { type: 'boolean', default: false }, learned: { type: 'boolean', default: false }, html: { type: 'string' }, stub: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
  });
  if (typeof args === 'number') return args;
  const { values } = args;
  if (values.learned && values.html) {
    process.stderr.write(`--html reports questions, not learned phrasings: leave out --html or --learned.\n${USAGE}\n`);
    return 2;
  }
  const days = Number(values.days);
  if (!Number.isInteger(days) || days < 1) {
    process.stderr.write(`--days must be a whole number of days, 1 or more (got "${values.days}").\n`);
    return 2;
  }
  let dataDir, databaseUrl;
  try {
    // The catalog `--learned` loads reads the content limit and the threshold: checked here, before any work.
    [dataDir, databaseUrl] = readSettings(() => toolSetting('DATA_DIR'), () => toolSetting('DATABASE_URL') || undefined, () => contentLimits(), () => rankingSettings());
  } catch (err) {
    if (!(err instanceof SettingError)) throw err;
    process.stderr.write(`${err.message}\n`);
    return 2;
  }
  try {
    // Before any work: a file that cannot be written, or would land among the articles, stops the run.
    if (values.html) checkOutputPath('--html', values.html, contentDir());
    if (values.stub) checkOutputPath('--stub', values.stub, contentDir());
  } catch (err) {
    if (!(err instanceof OutputPathError)) throw err;
    process.stderr.write(`${err.message}\n`);
    return 2;
  }
  // A DATA_DIR that does not exist is a wrong setting, not a bot that has recorded nothing yet.
  if (!databaseUrl && !existsSync(dataDir)) {
    process.stderr.write(`DATA_DIR points to ${dataDir}, which does not exist, so there is no store to report on: set DATA_DIR to the bot's data folder, in ${settingPlace('DATA_DIR')}.\n`);
    return 2;
  }
  if (!databaseUrl && !existsSync(path.join(dataDir, 'bot.sqlite'))) {
    if (values.learned) process.stdout.write(values.json ? `${JSON.stringify({ learned: [], message: NO_LEARNED })}\n` : `${NO_LEARNED}\n`);
    else process.stdout.write(values.json ? `${JSON.stringify({ questions: 0, message: NO_QUESTIONS })}\n` : `${NO_QUESTIONS}\n`);
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
    if (values.learned) return await learned(store, values);
    const report = await buildReport(store, { days });
    if (values.html) writeOutput('--html', values.html, renderHtml(report));
    // An empty stub would be an article without questions, served and posted as a summary: none is written.
    const stubbed = stubQuestions(report).length;
    if (values.stub && stubbed) writeOutput('--stub', values.stub, renderStub(report));
    process.stdout.write(`${values.json ? JSON.stringify(report) : renderText(report)}\n`);
    if (values.html) process.stderr.write(`HTML report written to ${values.html}\n`);
    if (values.stub) process.stderr.write(stubbed ? `FAQ stub with ${stubbed} question(s) written to ${values.stub}\n` : `No unanswered question over the last ${days} day(s): no FAQ stub written to ${values.stub}.\n`);
    return 0;
  } catch (err) {
    if (!(err instanceof OutputPathError)) throw err;
    process.stderr.write(`${err.message}\n`);
    return 2;
  } finally {
    await store.close();
  }
}

/**
 * `--learned`: every learned phrasing with its status, entry and flag; with `--stub FILE`, the lines that
 * put the approved ones into the content files, written to FILE (never into the content, checked by the
 * caller), or nothing when there is nothing to paste. The content is read for the entries' questions and
 * places; without it the list still prints, but no stub is written. Throws `OutputPathError` when FILE
 * cannot be written.
 */
async function learned(store: Store, values: { json: boolean; stub?: string | undefined }): Promise<number> {
  const dir = contentDir();
  // The bot serves the articles its feeds brought beside the files: their phrasings are no orphans.
  const feedArticles = keptFeedArticles(path.join(toolSetting('DATA_DIR'), 'feeds'));
  let index = new SearchIndex(feedArticles);
  try {
    index = (await loadCatalog(dir, [], [], feedArticles)).index;
  } catch (err) {
    if (!(err instanceof ContentDirError)) throw err;
    const message = `CONTENT_DIR points to ${dir}, which ${contentDirProblem(dir)}: set CONTENT_DIR to the bot's content folder`;
    if (values.stub) {
      process.stderr.write(`${message} to write the stub.\n`);
      return 2;
    }
    process.stderr.write(`${message} to see each phrasing's question and flags.\n`);
  }
  const rows = await learnedRows(store, index);
  if (values.stub) {
    const feedIds = new Set(feedArticles.map((a) => a.id));
    const stub = renderLearnedStub(rows, index.articles.filter((a) => !feedIds.has(a.id)), feedArticles);
    if (stub) writeOutput('--stub', values.stub, stub);
    process.stderr.write(
      stub
        ? `"Also asked as:" lines for the approved phrasings not yet in the content written to ${values.stub}\n`
        : `No approved phrasing to add: every one is already in the content files, or none is approved yet; no stub written to ${values.stub}.\n`,
    );
  }
  process.stdout.write(`${values.json ? JSON.stringify({ learned: rows }) : renderLearnedText(rows)}\n`);
  return 0;
}

endQuietlyWhenOutputCloses();
process.exitCode = await main(process.argv.slice(2));
