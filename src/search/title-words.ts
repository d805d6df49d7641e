import type { Article } from '../content/types.js';
import { simplifiedChinese } from './chinese-script.js';
import { analyzerFor, UNSPACED } from './tokenize.js';

/**
 * The words of each article's title that no paragraph, section heading or FAQ entry (question, alternate or
 * answer) of `articles` writes, compared as index terms of each text's language ("årsstämman" is
 * "Årsstämma"), as the title writes them, in its order, where the title's first word that is no stopword is
 * one (a title names its subject first; "Garage och parkeringsplatser – kö och avgifter" is on what its text
 * says, its "avgifter" a detail); a word with a digit (the numbers signal reads those) or of one letter is
 * left out. Only the titles of `among` (all of `articles` by default) are read; articles with none such
 * are left out.
 *
 * A title's words rank its article's paragraphs but count toward no passage's confidence (see
 * docs/how-answers-are-found.md), so a question asking with such a word counts it as a word no article
 * holds, against every answer: a Swedish housing cooperative's admin (round BG) wrote "Årsstämma 2025" as a
 * title whose text says "föreningsstämma" and "stämman", and "När är årsstämman?" got no answer at all.
 */
export function titleOnlyWords(articles: readonly Article[], among: readonly Article[] = articles): { article: Article; words: string[] }[] {
  const written = new Set<string>();
  for (const article of articles) {
    const analyzer = analyzerFor(article.lang);
    const add = (text: string | null) => {
      if (text) for (const term of analyzer.terms(text)) written.add(term);
    };
    const sections = new Set<string | null>();
    for (const passage of [...article.paragraphs, ...article.faq.flatMap((entry) => [entry.question, ...entry.alternates, ...entry.answer])]) {
      add(passage.text);
      sections.add(passage.section);
    }
    for (const section of sections) add(section);
  }
  const found: { article: Article; words: string[] }[] = [];
  for (const article of among) {
    const analyzer = analyzerFor(article.lang);
    const words = new Set<string>();
    let first = true;
    for (const [word, shown] of titleWords(article.title, (text) => analyzer.words(text))) {
      const terms = /\d/.test(word) || ONE_LETTER.test(word) ? [] : analyzer.terms(word);
      if (!terms.length) continue;
      if (!terms.some((term) => written.has(term))) words.add(shown);
      else if (first) break;
      first = false;
    }
    if (words.size) found.push({ article, words: [...words] });
  }
  return found;
}

/**
 * Each word of `title` as `words` reads it (lower case, folded, Simplified), with how the title writes it:
 * a word of a script written without spaces as its characters stand there (Simplified characters stand
 * one for one for the Traditional ones), any other the whole run of letters it is read from ("Überblick",
 * "Донат-ранги" for each of its parts).
 */
function* titleWords(title: string, words: (text: string) => string[]): Generator<[string, string]> {
  for (const run of title.split(/[^\p{L}\p{M}\p{N}'’-]+/u)) {
    const read = run ? words(run) : [];
    if (read.length < 2 || !UNSPACED.test(run)) {
      for (const word of read) yield [word, run];
      continue;
    }
    const simplified = simplifiedChinese(run);
    let from = 0;
    for (const word of read) {
      const at = simplified.indexOf(word, from);
      yield [word, at < 0 ? word : run.slice(at, at + word.length)];
      if (at >= 0) from = at + word.length;
    }
  }
}

/** A word of one letter of an alphabet ("Plan B"): no member asks with it alone. */
const ONE_LETTER = /^[\p{sc=Latin}\p{sc=Cyrillic}\p{sc=Greek}]$/u;
