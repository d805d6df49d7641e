import { contentLimits, describeLimits, type ContentLimits } from '../content/limits.js';
import { allIssues, ContentDirError, contentDirProblem, formatIssue, loadContent, noArticleMessage } from '../content/load.js';
import { contentDir, readDotenv, SettingError } from '../env.js';

/**
 * A progress line on stderr for big folders: what will be checked, up front, then files done so far,
 * redrawn in place at most every 100 ms. Only the announcement is printed when stderr is not a terminal
 * (CI logs get one line, not thousands).
 */
function progressReporter(dir: string, limits: ContentLimits, stream = process.stderr) {
  let shownAt = 0;
  let drawn = false;
  return {
    update(done: number, total: number): void {
      if (done === 0) {
        stream.write(`Checking ${total} article file(s) under ${dir} (limits: ${describeLimits(limits)}).\n`);
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
 * `npm run check-content [-- DIR]`: the content report for publishers' CI; exit 1 when any file has an error,
 * exit 2 with `noArticleMessage` when no article is valid (what `ask` stops with: nothing could be served).
 * Prints each served file's language (`path: language de (declared)`), then every problem (by file, then
 * line), then a summary.
 */
async function main(dir: string): Promise<number> {
  let limits;
  try {
    limits = contentLimits();
  } catch (err) {
    if (!(err instanceof SettingError)) throw err;
    console.error(err.message);
    return 2;
  }
  const progress = progressReporter(dir, limits);
  try {
    const content = await loadContent(dir, { limits, onProgress: progress.update });
    progress.end();
    const { articles, files } = content;
    for (const a of articles) console.log(`${a.file}: language ${a.lang} (${a.langSource}${a.langReliable ? '' : ', unsure'})`);
    const issues = allIssues(content);
    for (const issue of issues) console.log(formatIssue(issue));
    const errors = issues.filter((i) => i.severity === 'error').length;
    const faq = articles.reduce((n, a) => n + a.faq.length, 0);
    const paragraphs = articles.reduce((n, a) => n + a.paragraphs.length, 0);
    console.log(
      `${dir}: ${files} file(s), ${articles.length} article(s) served (${faq} FAQ entries, ${paragraphs} paragraphs), ` +
        `${errors} error(s), ${issues.length - errors} warning(s).`,
    );
    if (articles.length === 0) {
      console.error(noArticleMessage(dir));
      return 2;
    }
    return errors ? 1 : 0;
  } catch (err) {
    if (!(err instanceof ContentDirError)) throw err;
    console.error(`The content directory ${dir} ${contentDirProblem(dir)}: create it or pass its path (npm run check-content -- DIR).`);
    return 2;
  }
}

readDotenv();
process.exitCode = await main(process.argv[2] ?? contentDir());
