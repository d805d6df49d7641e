import { toolSetting } from '../config.js';
import { ContentDirError, formatIssue, loadContent } from '../content/load.js';

/** `npm run check-content [-- DIR]`: the content report for publishers' CI; exit 1 when any file has an error. */
async function main(dir: string): Promise<number> {
  try {
    const { articles, issues, files } = await loadContent(dir);
    for (const issue of issues) console.log(formatIssue(issue));
    const errors = issues.filter((i) => i.severity === 'error').length;
    const faq = articles.reduce((n, a) => n + a.faq.length, 0);
    const paragraphs = articles.reduce((n, a) => n + a.paragraphs.length, 0);
    console.log(
      `${dir}: ${files} file(s), ${articles.length} article(s) served (${faq} FAQ entries, ${paragraphs} paragraphs), ` +
        `${errors} error(s), ${issues.length - errors} warning(s).`,
    );
    return errors ? 1 : 0;
  } catch (err) {
    if (!(err instanceof ContentDirError)) throw err;
    console.error(`The content directory ${dir} does not exist: create it or pass its path (npm run check-content -- DIR).`);
    return 2;
  }
}

process.exitCode = await main(process.argv[2] ?? toolSetting('CONTENT_DIR'));
