import { ownLabel, writesTraditional } from '../content/alternates.js';
import { contentLimits, describeLimits, type ContentLimits } from '../content/limits.js';
import type { Article, ContentIssue, Passage } from '../content/types.js';
import { statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { allIssues, ContentDirError, contentDirProblem, formatIssues, isArticleFile, loadContent, noArticleMessage, noticeLines, sortIssues } from '../content/load.js';
import { contentDir, readDotenv, SettingError } from '../env.js';
import { invokedAs, endQuietlyWhenOutputCloses, toolArguments } from '../invocation.js';
import { primaryLanguage } from '../language/detect.js';
import { readsKinds, readsWhether } from '../search/answer-type.js';
import { titleOnlyWords } from '../search/title-words.js';
import { analyzerFor } from '../search/tokenize.js';

const USAGE = `Usage: ${invokedAs('check-content')} [--show] [--content DIR | DIR | FILE]
Checks the articles in DIR (default: $CONTENT_DIR or ./content) as the bot would load them: prints each
file's language and FAQ entries, then every error, warning and notice with path:line, then a summary. Given one article FILE,
checks its folder and reports that file only (a duplicate id or FAQ question is one against the others). Exit 0: no error; 1: some
file has an error (the rest are served); 2: nothing can be served (given a FILE: that file is not), or a setting is wrong.
  --show   also prints what was read from each file: its title, each paragraph and FAQ entry (question,
           "Also asked as:" alternates, answer) with its ¶ number, line and section, the start of its text`;

/**
 * After the language of an article the search does not fully analyse (see `Analyzer.analysis`): an admin
 * reading "language sr (detected)" would take it for support.
 */
const NOT_ANALYSED = {
  full: '',
  unstemmed: ', read with its stopwords but without stemming: a question meets its words only in the forms the article writes; "Also asked as:" lines help',
  none: ', read without stemming or stopwords of its own: a question meets its words only in the forms the article writes; "Also asked as:" lines help',
};

/**
 * Each article's `path: language de (declared)` line, with how the search reads its language where it does
 * not fully analyse it (NOT_ANALYSED); that explanation, shared by several files of one language, is given
 * once after them (a Catalan site's ten files each repeated it). Files are one language by their tag's
 * base ("de" and "de-AT", "zh" and "zh-CN": three trial admins saw one note twice, once per tag, and asked
 * whether "de-AT" was another language); a note on one file names it (a Chinese admin's "for the file above
 * in zh-CN", printed after ten files, named none).
 */
function languageLines(articles: readonly Article[]): string[] {
  const byLang = new Map<string, Article[]>();
  for (const a of articles) byLang.set(baseLanguage(a.lang), [...(byLang.get(baseLanguage(a.lang)) ?? []), a]);
  const lines = articles.map((a) => {
    const analyzer = analyzerFor(a.lang);
    const how = NOT_ANALYSED[analyzer.analysis];
    // Malay is read as Indonesian (and Filipino as Tagalog): an Indonesian guild's admin saw eight of ten
    // articles "ms (detected)" and could not tell whether that mattered.
    const as = readAsAnother(a.lang, analyzer.lang) ? `, read as ${analyzer.lang}` : '';
    return `${a.file}: language ${a.lang} (${a.langSource}${a.langReliable ? '' : ', unsure'})${as}${byLang.get(baseLanguage(a.lang))!.length > 1 ? '' : how}; ${faqFound(a)}`;
  });
  for (const [base, files] of byLang) {
    const analyzer = analyzerFor(files[0]!.lang);
    const how = NOT_ANALYSED[analyzer.analysis];
    const tags = [...new Set(files.map((a) => a.lang))].join(', ');
    const which = files.length === 1 ? `${files[0]!.file} (${tags})` : `the ${files.length} files above in ${tags}`;
    if (files.length > 1 && how) lines.push(`note, for ${which}: ${how.slice(2)}`);
    if (readAsAnother(base, analyzer.lang)) lines.push(`note, for ${which}: read as ${analyzer.lang}, the two alike, so questions and articles in either meet as in one language`);
    const unread = unreadQuestions(analyzer.lang);
    if (unread) lines.push(`note, for ${which}: ${unread} (see docs/languages.md)`);
    const label = alsoAskedHint(files);
    if (label) lines.push(`note, for ${which}: other ways members ask an FAQ question go right under it, as "${label}" (or "Also asked as:") and one "- question" per line`);
  }
  return lines;
}

/**
 * What the search does not read of questions in `lang` (see `readsKinds`, `readsWhether`), as a sentence, or
 * null: new admins of Basque, Malayalam, Georgian and Kannada sites (rounds AZ to BB) read the README's
 * promise that a question asking a date or a price is answered from the sentence stating one, and learnt only
 * from their wrong answers that their language was not read so.
 */
function unreadQuestions(lang: string): string | null {
  const kinds = readsKinds(lang);
  const whether = readsWhether(lang);
  if (kinds && whether) return null;
  const facts = 'a question asking a date, a price, a count or a name is answered from the passage sharing most of its words, not from the sentence stating one';
  const yesNo = 'a yes/no question ("is there…?", "can I…?") is answered as any other, by the passage sharing most of its words, which may say neither yes nor no';
  return [kinds ? null : facts, whether ? null : yesNo].filter((said) => said !== null).join('; ');
}

/**
 * The `Also asked as:` label in the language of `articles` (one language's, as `languageLines` groups them)
 * where they have FAQ entries but none lists other phrasings, else null: three of four admins of a trial round
 * (Czech, Finnish, Russian) found their language's label only by following the README to docs/faq-labels.md,
 * or not at all. None for English, whose label the README shows.
 */
function alsoAskedHint(articles: readonly Article[]): string | null {
  if (!articles.some((a) => a.faq.length) || articles.some((a) => a.faq.some((e) => e.alternates.length))) return null;
  // Chinese's label in Traditional characters only where every article of the group writes them.
  const [first] = articles;
  return ownLabel(articles.every((a) => writesTraditional(a.lang)) ? first!.lang : baseLanguage(first!.lang));
}

/**
 * How many FAQ entries an article has and under which headings (`4 FAQ entries under "Domande
 * frequenti"`): four of five admins of a trial round, writing the heading in their language, could not
 * tell from the language line alone whether their FAQ section was found.
 */
function faqFound(article: Article): string {
  const n = article.faq.length;
  if (!n) return 'no FAQ entries';
  const count = `${n} FAQ entr${n === 1 ? 'y' : 'ies'}`;
  const headings = [...new Set(article.faq.map((e) => e.question.section).filter((h): h is string => Boolean(h)))];
  if (!headings.length) return count;
  return headings.length <= 2 ? `${count} under ${headings.map((h) => `"${h}"`).join(' and ')}` : `${count} under ${headings.length} headings`;
}

/** Whether articles in `lang` are read with another language's analysis (`read`): not a region's ("de-CH") nor an unknown one's. */
const readAsAnother = (lang: string, read: string): boolean => lang !== 'und' && baseLanguage(lang) !== read;

/** A BCP 47 tag's language, lower-cased: "de" of "de-AT", "zh" of "zh-Hant-TW" (an article's tag is well-formed). */
const baseLanguage = (tag: string): string => primaryLanguage(tag) ?? tag.toLowerCase();

/** How much of a passage's text `--show` prints: enough to recognise it. */
const SHOWN_CHARS = 100;

/** `text`, cut to SHOWN_CHARS characters (code points: an emoji is not split) with "…". */
const shown = (text: string): string => {
  const chars = Array.from(text);
  return chars.length > SHOWN_CHARS ? `${chars.slice(0, SHOWN_CHARS - 1).join('')}…` : text;
};
const where = (p: Passage): string => `¶${p.paragraph} line ${p.line}${p.section ? ` [${p.section}]` : ''}`;

/**
 * What the bot read from an article, for `--show`: a publisher checks that a saved page's menus and
 * banners were left out and its FAQ found, entry by entry, without reading the parser's code.
 */
function readFrom(article: Article): string[] {
  // In the file's order: an FAQ entry before a paragraph, or a paragraph in the FAQ section, where it stands.
  const blocks = [
    ...article.paragraphs.map((p) => ({ at: p.paragraph, lines: [`  ${where(p)}: ${shown(p.text)}`] })),
    ...article.faq.map(({ question, alternates, answer }) => ({
      at: question.paragraph,
      lines: [`  Q ${where(question)}: ${shown(question.text)}`, ...alternates.map((a) => `    also asked as (line ${a.line}): ${shown(a.text)}`), ...answer.map((a) => `    A ${where(a)}: ${shown(a.text)}`)],
    })),
  ].sort((a, b) => a.at - b.at);
  return [`${article.file}: "${article.title}", ${article.paragraphs.length} paragraph(s), ${article.faq.length} FAQ entr${article.faq.length === 1 ? 'y' : 'ies'}`, ...blocks.flatMap((b) => b.lines)];
}

/**
 * What will be checked, up front, as the report's first line on stdout (on stderr, a log that keeps the two
 * apart printed it after the report: six new admins read it as output out of order), then, on stderr
 * when it is a terminal, the files done so far, redrawn in place at most every 100 ms (CI logs get no
 * thousands of lines).
 */
function progressReporter(dir: string, file: string | null, limits: ContentLimits, stream = process.stderr, announce = process.stdout) {
  let shownAt = 0;
  let drawn = false;
  return {
    update(done: number, total: number): void {
      if (done === 0) {
        // One file is checked among the others of its folder, which its id and questions are compared with:
        // "Checking 10 article file(s)" told a game community's admin the file given was not the one checked.
        const what = file && isArticleFile(file) ? `${file} among the ${total} article file(s) of its folder` : `${total} article file(s) under ${dir}`;
        announce.write(`Checking ${what} (limits: ${describeLimits(limits)}).\n`);
        return;
      }
      if (!stream.isTTY || (Date.now() - shownAt < 100 && done < total)) return;
      shownAt = Date.now();
      drawn = true;
      stream.write(`\r${done}/${total} files checked (${Math.floor((done / total) * 100)}%)`);
    },
    end(): void {
      if (drawn) stream.write('\r\x1b[K');
    },
  };
}

/**
 * A line for each file an error keeps from being served, beside the served files' language lines: an
 * indie game's admin, whose FAQ question without an answer skipped its file, learnt it only from "9
 * article(s) served" and the file missing from the list.
 */
function skippedLines(articles: readonly Article[], issues: readonly ContentIssue[]): string[] {
  const served = new Set(articles.map((a) => a.file));
  const errors = new Map<string, number>();
  // Article files only: a folder's error (unreadable, too deep, past the file limit) skips no one file.
  for (const i of issues) if (i.severity === 'error' && !served.has(i.file) && isArticleFile(i.file)) errors.set(i.file, (errors.get(i.file) ?? 0) + 1);
  return [...errors].map(([file, n]) => `${file}: not served: ${n > 1 ? `the ${n} errors below skip` : 'the error below skips'} the whole file`);
}

/**
 * A notice for each article whose title opens with words no paragraph, heading or FAQ entry of the folder
 * writes (see `titleOnlyWords`), at the title's line: a Swedish housing cooperative's admin (round BG) titled
 * a page "Årsstämma 2025" whose text says "föreningsstämma", and "När är årsstämman?" got no answer at all,
 * the check saying nothing. `among`: the articles whose titles are checked (one file's, checked among
 * its folder's), all by default.
 */
function titleWordNotices(articles: readonly Article[], among: readonly Article[] = articles): ContentIssue[] {
  return titleOnlyWords(articles, among).map(({ article, words }) => {
    const quoted = words.map((word) => `"${word}"`).join(', ');
    return {
      severity: 'notice',
      file: article.file,
      line: article.titleLine ?? 1,
      message: `title words no passage writes: ${quoted}`,
      detail:
        "a title's words rank its article's paragraphs but count toward no answer's confidence, so a question asking with such a word counts it as a word no article holds, against every answer; write it in the paragraph or FAQ entry that says what it names, or add it to an FAQ entry's \"Also asked as:\" lines",
      fix: quoted,
    };
  });
}

/**
 * `npm run check-content [-- [--content] DIR]`: the content report for publishers' CI; exit 1 when any file has an error,
 * exit 2 with `noArticleMessage` when no article is valid (what `ask` stops with: nothing could be served).
 * Prints each served file's language (`path: language de (declared)`), then every problem (by file, then
 * line), then a summary.
 */
async function main(target: string, show: boolean): Promise<number> {
  // One article is checked within its folder, as the bot serves it: ids and FAQ questions are compared there.
  const file = statSync(target, { throwIfNoEntry: false })?.isFile() ? resolve(target) : null;
  const dir = file ? dirname(target) : target;
  const mine = <T extends { file: string }>(all: readonly T[]): readonly T[] => (file ? all.filter((x) => resolve(x.file) === file) : all);
  let limits;
  try {
    limits = contentLimits();
  } catch (err) {
    if (!(err instanceof SettingError)) throw err;
    console.error(err.message);
    return 2;
  }
  const progress = progressReporter(dir, file && target, limits);
  try {
    const content = await loadContent(dir, { limits, onProgress: progress.update });
    progress.end();
    const articles = mine(content.articles);
    const issues = sortIssues([...mine(allIssues(content)), ...titleWordNotices(content.articles, articles)]);
    for (const line of languageLines(articles)) console.log(line);
    for (const line of skippedLines(articles, issues)) console.log(line);
    if (show) for (const a of articles) console.log(readFrom(a).join('\n'));
    for (const line of formatIssues(issues)) console.log(line);
    const count = (severity: ContentIssue['severity']) => issues.filter((i) => i.severity === severity).length;
    const [errors, notices] = [count('error'), noticeLines(issues)];
    const faq = articles.reduce((n, a) => n + a.faq.length, 0);
    const paragraphs = articles.reduce((n, a) => n + a.paragraphs.length, 0);
    console.log(
      `${target}: ${file ? 1 : content.files} file(s), ${articles.length} article(s) served (${faq} FAQ entr${faq === 1 ? 'y' : 'ies'}, ${paragraphs} paragraph${paragraphs === 1 ? '' : 's'}), ` +
        `${errors} error(s), ${count('warning')} warning(s)${notices ? `, ${notices} notice(s)` : ''}.`,
    );
    if (articles.length === 0) {
      console.error(file ? `${target} is not served: ${issues.length ? 'see its errors above' : 'not an article file (.md, .txt, .html or .htm)'}.` : noArticleMessage(dir, issues));
      return 2;
    }
    return errors ? 1 : 0;
  } catch (err) {
    if (!(err instanceof ContentDirError)) throw err;
    console.error(`The content directory ${dir} ${contentDirProblem(dir)}: create it or pass its path (${invokedAs('check-content')} --content DIR).`);
    return 2;
  }
}

/** The folder or article file to check from the command line (`--content DIR`, as `ask` takes it, or a bare `DIR` or `FILE`) and `--show`, or an exit code. */
function commandLine(argv: string[]): { folder: string; show: boolean } | number {
  const args = toolArguments('check-content', USAGE, {
    args: argv,
    allowPositionals: true,
    options: { content: { type: 'string' }, show: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } },
  });
  if (typeof args === 'number') return args;
  const given = [...(args.values.content === undefined ? [] : [args.values.content]), ...args.positionals];
  if (given.length > 1) {
    process.stderr.write(`check-content checks one folder or file; got ${given.map((g) => `"${g}"`).join(', ')}.\n${USAGE}\n`);
    return 2;
  }
  readDotenv();
  return { folder: given[0] ?? contentDir(), show: args.values.show === true };
}

endQuietlyWhenOutputCloses();
const command = commandLine(process.argv.slice(2));
process.exitCode = typeof command === 'number' ? command : await main(command.folder, command.show);
