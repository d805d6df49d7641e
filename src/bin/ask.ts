import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { CHANGE_KINDS, changeKind, changeText, closestChangeText, readRecordedAnswers, RecordedAnswersError, sameAnswer, type ChangeKind, type RecordedAnswer } from '../answer-compare.js';
import { toJson, toText } from '../answer-text.js';
import { candidatesText, rankedCandidates, readingText, setAsideText, SHOWN_CANDIDATES } from '../candidates.js';
import { alsoAskedLabel } from '../content/alternates.js';
import { collapse } from '../content/blocks.js';
import { contentLimits, type ContentLimits } from '../content/limits.js';
import { ContentDirError, contentDirProblem, formatIssues, loadContent, noArticleMessage, sortIssues } from '../content/load.js';
import { invokedAs, endQuietlyWhenOutputCloses, toolArguments } from '../invocation.js';
import { translatorFor } from '../i18n/index.js';
import { normalizeLanguageTag } from '../language/detect.js';
import { inTraditionalChinese } from '../search/chinese-script.js';
import { questionToAnswer } from '../question.js';
import type { Article, ContentIssue } from '../content/types.js';
import type { Answer } from '../search/types.js';
import { contentDir, dataDir, indexSnapshot, rankingSettings, readDotenv, readSettings, SettingError } from '../env.js';
import { readSnapshot, reusable, snapshotKey, writeSnapshot } from '../index-snapshot.js';
import { articleIdOf, DEFAULT_RANKING, SearchIndex, type RankingOptions } from '../search/engine.js';
import { numberRanges } from '../text.js';

/** `npm run ask`: answers questions from the articles in the terminal (see docs/ask.md). */
const USAGE = `Usage: ${invokedAs('ask')} [--json] [--explain] [--content DIR] [--locale CODE] [--compare FILE | QUESTION...]
Answers a question from the articles in DIR (default: $CONTENT_DIR or ./content); the words after the
options make one question, quoted or not. Without a question, answers each line of standard input in turn,
and after two or more counts on stderr those it found no answer for.
  --json         one JSON object per question per line on stdout: question, answer, kind, quote, source,
                 confidence, alternatives, matched (answer, kind, quote, source and matched null where it
                 found none); with --explain, also read, lang, leftOut, asks, whether and
                 candidates (each with the question's words it lacks)
  --explain      also lists the ${SHOWN_CANDIDATES} best candidates, each with its confidence and score, as the
                 playground's Debug panel does, and how each word of the question was read
  --content DIR  the articles' folder, over $CONTENT_DIR (default ./content)
  --locale CODE  the asker's language as a BCP 47 tag (de, pt-BR, zh-CN), the hint a Discord member's
                 client language gives: it decides a short question's language when its text leaves it open,
                 and what a member would read (no answer, "Did you mean") is printed in that language
                 (default: the question's language, English where the bot has no messages in it)
  --compare FILE asks again the questions of FILE, an earlier --json run, and prints those whose answer
                 changed since, with what it was and what it is now (exit 1 when any did, 0 when none)
Settings read from the environment, as the bot reads them: ANSWER_THRESHOLD (the confidence an answer
needs, default ${DEFAULT_RANKING.threshold}), DATA_DIR (where the index snapshot is kept, default ./data; INDEX_SNAPSHOT=off keeps
none), CONTENT_MAX_FILE_MB. Exit 0 when it ran, abstentions included; 2 with the reason on stderr when
the content or a setting cannot be read (docs/ask.md).`;

async function main(argv: string[]): Promise<number> {
  const args = toolArguments(
    'ask',
    USAGE,
    {
      args: argv,
      allowPositionals: true,
      options: { json: { type: 'boolean', default: false }, explain: { type: 'boolean', default: false }, content: { type: 'string' }, locale: { type: 'string' }, compare: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
    },
    { questions: true },
  );
  if (typeof args === 'number') return args;
  const locale = args.values.locale === undefined ? null : normalizeLanguageTag(args.values.locale);
  if (args.values.locale !== undefined && !locale) {
    process.stderr.write(`--locale must be a language tag such as de, pt-BR or zh-CN (got "${args.values.locale}").\n`);
    return 2;
  }
  const compare = args.values.compare;
  let recorded: RecordedAnswer[] | null = null;
  if (compare !== undefined) {
    const problem = compare === '' ? '--compare takes the file an earlier `npm run ask -- --json` wrote: --compare answers.jsonl.' : args.positionals.length ? `--compare asks the questions of ${compare} again: give no question with it.` : null;
    if (problem) {
      process.stderr.write(`${problem}\n`);
      return 2;
    }
    try {
      recorded = readRecordedAnswers(await readFile(compare), compare);
    } catch (err) {
      if (!(err instanceof RecordedAnswersError) && !(err instanceof Error && 'code' in err)) throw err;
      process.stderr.write(`${err instanceof RecordedAnswersError ? err.message : `${compare} ${unreadable((err as NodeJS.ErrnoException).code)}: pass the file an earlier \`npm run ask -- --json\` wrote.`}\n`);
      return 2;
    }
  }
  // Run bare at a prompt, it would otherwise wait silently for standard input: say so before loading.
  if (!recorded && !args.positionals.length && process.stdin.isTTY) process.stderr.write(`${USAGE}\nType a question and press Enter; Ctrl-D ends.\n`);
  readDotenv();
  const dir = args.values.content ?? contentDir();
  let asked: AskIndex;
  try {
    // Every setting ask reads, checked as the bot checks it: a bad value stops it (exit 2) as it stops `npm start`.
    const [limits, snapshot, ranking] = readSettings(() => contentLimits(), () => indexSnapshot(), () => rankingSettings());
    asked = await askIndex(dir, limits, snapshot === 'on', ranking);
  } catch (err) {
    if (err instanceof SettingError) {
      process.stderr.write(`${err.message}\n`);
      return 2;
    }
    if (!(err instanceof ContentDirError)) throw err;
    process.stderr.write(`The content directory ${dir} ${contentDirProblem(dir)}: create it or pass --content DIR.\n`);
    return 2;
  }
  const { index, issues, save } = asked;
  // An error loses a file's articles, and a warning that FAQ entries are served as text explains an answer
  // given as a paragraph: each is said with its path:line. Other warnings and notices are check-content's to
  // list, counted here in one line: three admins of round AB read the same warnings on every run.
  for (const line of formatIssues(sortIssues(issues.filter((i) => i.severity === 'error' || i.servedAsText)))) process.stderr.write(`${line}\n`);
  const warnings = issues.filter((i) => i.severity === 'warning' && !i.servedAsText).length;
  if (warnings) process.stderr.write(`${warnings} ${issues.some((i) => i.servedAsText) ? 'other ' : ''}content warning${warnings === 1 ? '' : 's'}: npm run check-content lists ${warnings === 1 ? 'it' : 'them'} with path:line.\n`);
  if (index.stats.articles === 0) {
    process.stderr.write(`${noArticleMessage(dir, issues)}\n`);
    return 2;
  }
  const options = locale ? { locales: [locale] } : {};
  const explain = (question: string) => ({ read: index.readings(question, options), candidates: rankedCandidates(index, question, options), ...index.setAside(question, options) });
  // The label check-content tells the admin to write in the entry's article (a Moscow café's admin, told "Также спрашивают:" there, was told "Also asked as:" here).
  const labelOf = (id: string) => alsoAskedLabel(index.article(articleIdOf(id))?.lang ?? null);
  /** The candidates, the readings and the words set aside, as `--explain` prints them under an answer. */
  const explainedText = (explained: ReturnType<typeof explain>) =>
    `${candidatesText(explained.candidates, index.threshold, labelOf, alsoAskedLabel(explained.lang))}\n${readingText(explained.read)}\n${setAsideText(explained)}\n`;
  if (recorded) {
    // Still no answer, only other closest questions: one line each, after the answers that changed.
    const stillUnanswered: string[] = [];
    const written = (answer: Answer) => (text: string) => writtenIn(index.article(answer.source?.id ?? ''), text);
    const { changed, kinds, answered } = compareAnswers(recorded, (question) => index.answer(questionToAnswer(question), options), written, (answer, before, same) => {
      const explained = args.values.explain && (args.values.json || !same) ? explain(answer.question) : undefined;
      if (args.values.json) process.stdout.write(`${toJson(answer, explained, !same)}\n`);
      else if (!same && !explained && changeKind(before, answer) === 'other closest questions') stillUnanswered.push(closestChangeText(before, answer));
      else if (!same) {
        process.stdout.write(`${changeText(before, answer, written(answer))}\n${explained ? explainedText(explained) : ''}\n`);
      }
    });
    if (stillUnanswered.length) process.stdout.write(`Still no answer, other closest questions offered (${stillUnanswered.length}):\n${stillUnanswered.join('\n')}\n\n`);
    process.stderr.write(`${compareSummary(recorded, changed, kinds, answered, compare!)}\n`);
    await save?.();
    return changed.length ? 1 : 0;
  }
  const unanswered: number[] = [];
  const blank: number[] = [];
  let count = 0;
  /** `line`: the question's line of standard input, which the summary names. */
  const print = (question: string, line = 1) => {
    const asked = questionToAnswer(question);
    const answer = index.answer(asked, options);
    // A blank line keeps its place in the output (one answer, or JSON object, per line) but is no question:
    // three admins' lists counted theirs "not found".
    if (!question) blank.push(line);
    else if (answer.answer === null) unanswered.push(line);
    count++;
    const explained = args.values.explain ? explain(asked) : undefined;
    if (args.values.json) {
      process.stdout.write(`${toJson(answer, explained)}\n`);
      return;
    }
    // Without --locale, what a member reads is in the question's language, as most members' client is set to
    // theirs: admins of a Czech, French or Ukrainian site read "I couldn't find that" and took it for the bot's.
    // Chinese in the question's script: a Hong Kong office read its residents' Traditional questions declined in Simplified.
    const lang = (explained ?? index.setAside(asked, options)).lang;
    const t = translatorFor(locale ?? (lang === 'zh' && inTraditionalChinese(asked) ? 'zh-Hant' : lang));
    process.stdout.write(`${toText(answer, t)}\n${explained ? `\n${explainedText(explained)}` : ''}\n`);
  };
  if (args.positionals.length) {
    // Two quoted questions read as one ("who is gm" "when is key night": a raiding guild's admin, round AD;
    // "refund??" "cancel sub": a fitness app's). Each argument holding a space (quoted) or asking, or two
    // asking: not one question quoting names inside it.
    const asking = (words: string) => /[?？]\s*$/.test(words);
    const quoted = args.positionals.length > 1 && args.positionals.every((words) => /\s/.test(words.trim()) || asking(words));
    if (quoted || args.positionals.filter(asking).length > 1)
      process.stderr.write(`note: the words after the options make one question, asked as "${args.positionals.join(' ')}"; to ask several, give one per line on standard input (docs/ask.md).\n`);
    print(args.positionals.join(' '));
  } else {
    for await (const line of createInterface({ input: process.stdin, crlfDelay: Infinity })) print(line.trim(), count + 1);
    if (count > 1) process.stderr.write(`${batchSummary(count - blank.length, unanswered, blank)}\n`);
  }
  // Once the answers are out: the snapshot is for the next question.
  await save?.();
  return 0;
}

/**
 * The last line of a run over several questions, on stderr (standard output stays one answer, or one JSON
 * object, per question): "12 questions: 9 answered, 3 not found (lines 2, 5, 9)", every such line of
 * standard input, three or more in a row as a range ("lines 1–22, 25"). Half of eight new-user trials'
 * admins looked for a way to count the questions their list leaves unanswered without reading every answer;
 * one whose list left 25 of 200 unanswered wanted them all where the first 20 were named. Blank lines are
 * no questions: counted apart ("; 2 blank lines (lines 4, 9)").
 */
function batchSummary(count: number, unanswered: readonly number[], blank: readonly number[]): string {
  const at = (lines: readonly number[]) => (lines.length ? ` (line${lines.length > 1 ? 's' : ''} ${numberRanges(lines)})` : '');
  const blanks = blank.length ? `; ${blank.length} blank line${blank.length > 1 ? 's' : ''}${at(blank)}` : '';
  return `${count} question${count === 1 ? '' : 's'}: ${count - unanswered.length} answered, ${unanswered.length} not found${at(unanswered)}${blanks}`;
}

/**
 * Asks each recorded question again (`ask`) and hands `show` the answer now, its record, and whether a member
 * reads the same (see `sameAnswer`), in the file's order; returns the lines whose answer changed and how
 * many questions it answers now.
 */
function compareAnswers(
  recorded: readonly RecordedAnswer[],
  ask: (question: string) => Answer,
  written: (answer: Answer) => (text: string) => boolean,
  show: (answer: Answer, before: RecordedAnswer, same: boolean) => void,
): { changed: number[]; kinds: Map<ChangeKind, number>; answered: number } {
  const changed: number[] = [];
  const kinds = new Map<ChangeKind, number>();
  let answered = 0;
  for (const before of recorded) {
    const answer = ask(before.question);
    const same = sameAnswer(before, answer);
    if (!same) {
      changed.push(before.line);
      const kind = changeKind(before, answer, written(answer));
      kinds.set(kind, (kinds.get(kind) ?? 0) + 1);
    }
    if (answer.answer !== null) answered++;
    show(answer, before, same);
  }
  return { changed, kinds, answered };
}

/**
 * The last line of `--compare`, on stderr: "3 of 200 answers changed since answers.jsonl (lines 17, 45,
 * 80): 2 another answer, 1 text edited; answered then 150, now 151." (the kinds: see `changeKind`), "None
 * of the 200 answers changed since answers.jsonl.", "The answer did not change since answers.jsonl." for one.
 */
function compareSummary(recorded: readonly RecordedAnswer[], changed: readonly number[], kinds: ReadonlyMap<ChangeKind, number>, answered: number, file: string): string {
  const asked = recorded.filter((r) => r.question !== '').length;
  if (!changed.length) return asked === 1 ? `The answer did not change since ${file}.` : `None of the ${asked} answers changed since ${file}.`;
  const then = recorded.filter((r) => r.answer !== null).length;
  const which = `${changed.length} of ${asked} answers changed`;
  const counted = asked === 1 ? '' : `: ${CHANGE_KINDS.filter((kind) => kinds.has(kind)).map((kind) => `${kinds.get(kind)} ${kind}`).join(', ')}`;
  return `${asked === 1 ? 'The answer changed' : which} since ${file} (line${changed.length > 1 ? 's' : ''} ${numberRanges(changed)})${counted}; answered then ${then}, now ${answered}.`;
}

/** Why a file cannot be read, in words, by its error code ("is a folder, not a file"). */
function unreadable(code: string | undefined): string {
  if (code === 'ENOENT') return 'does not exist';
  if (code === 'EISDIR') return 'is a folder, not a file';
  if (code === 'EACCES' || code === 'EPERM') return 'cannot be read (permission denied)';
  return `cannot be read (${code ?? 'unknown error'})`;
}

interface AskIndex {
  index: SearchIndex;
  issues: ContentIssue[];
  /** Writes the index snapshot for the next run; null when there is none to write. Never rejects. */
  save: (() => Promise<void>) | null;
}

/**
 * The index of the articles in `dir`, restored from the CLI's own index snapshot (`DATA_DIR/index-snapshot/ask`:
 * the bot's indexes learned phrasings and feed articles too) when the files are unchanged since it was
 * written, so a question on unchanged content parses nothing and never loads the parsers or the language
 * detector (nor WordNet's adjectives, unless a word of the question needs them: see `adjectiveBase`); else
 * the files are parsed here (only the changed ones when the
 * snapshot holds the others), and the snapshot is written by `save`. Without `keep` (INDEX_SNAPSHOT=off)
 * it reads and writes none. A snapshot that cannot be read or written is passed over in silence: the answers
 * never depend on it. Throws `ContentDirError` when `dir` is missing.
 */
async function askIndex(dir: string, limits: ContentLimits, keep: boolean, ranking: Partial<RankingOptions>): Promise<AskIndex> {
  const folder = keep ? path.join(dataDir(), 'index-snapshot', 'ask') : null;
  // A folder that cannot be listed has no key: loading it says why.
  const key = folder && (await snapshotKey(dir, { limits, learned: [], extra: [] }, folder).catch(() => null));
  const found = folder && key ? await readSnapshot(folder, key, ranking) : null;
  if (found && !('reason' in found)) return { index: found.index, issues: found.issues, save: null };
  // Parsed on this thread, not on a worker as the bot does (`loadCatalog`): a one-shot tool has nothing
  // else to answer meanwhile, and a worker would start a second isolate that loads the parsers and eld's
  // database again (issue 15: 0.35 s of CPU and 70 MB of peak memory, of 1.2 s and 240 MB, on the shipped content).
  const content = await loadContent(dir, { limits, reuse: key ? reusable(found && 'sources' in found ? found.sources : null, key) : undefined });
  // Not warmed (`SearchIndex.build`): the typo map and the question and title matchers are built at the
  // first question that needs them, which a one-shot question often does not (25 ms of CPU on the shipped
  // content; about a second at 100k paragraphs, by `warm`'s own figure); writing the snapshot warms it.
  const index = new SearchIndex(content.articles, ranking, content.loadedAt);
  const snapshot = { index, issues: content.issues, files: content.files, parsed: content.parsed };
  return { index, issues: content.issues, save: folder && key ? () => writeSnapshot(folder, key, snapshot).catch(() => undefined) : null };
}

endQuietlyWhenOutputCloses();
process.exitCode = await main(process.argv.slice(2));

/** Whether `text` is written in one of `article`'s passages as loaded, runs of white space read as one (a paragraph's answer quotes its sentences so). */
function writtenIn(article: Article | undefined, text: string): boolean {
  if (!article) return false;
  const sought = collapse(text);
  return [...article.paragraphs, ...article.faq.flatMap((entry) => entry.answer)].some((passage) => collapse(passage.raw).includes(sought));
}
