import type { Article } from '../content/types.js';
import { analyzerFor } from './tokenize.js';

/**
 * The words of each article's title that no paragraph, section heading or FAQ entry (question, alternate or
 * answer) of `articles` writes, compared as index terms of each text's language ("årsstämman" is
 * "Årsstämma"), as the title writes them, in its order, where the title's first word that is no stopword is
 * one (a title names its subject first; "Garage och parkeringsplatser – kö och avgifter" is on what its text
 * says, its "avgifter" a detail); a word with a digit (the numbers signal reads those) or of one letter is
 * left out. Articles with none are left out.
 *
 * A title's words rank its article's paragraphs but count toward no passage's confidence (see
 * docs/how-answers-are-found.md), so a question asking with such a word counts it as a word no article
 * holds, against every answer: a Swedish housing cooperative's admin (round BG) wrote "Årsstämma 2025" as a
 * title whose text says "föreningsstämma" and "stämman", and "När är årsstämman?" got no answer at all.
 */
export function titleOnlyWords(articles: readonly Article[]): { article: Article; words: string[] }[] {
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
  for (const article of articles) {
    const analyzer = analyzerFor(article.lang);
    const words = new Set<string>();
    let first = true;
    for (const word of analyzer.words(article.title)) {
      const terms = /\d/.test(word) || ONE_LETTER.test(word) ? [] : analyzer.terms(word);
      if (!terms.length) continue;
      if (!terms.some((term) => written.has(term))) words.add(asWritten(article.title, word));
      else if (first) break;
      first = false;
    }
    if (words.size) found.push({ article, words: [...words] });
  }
  return found;
}

/** A word of one letter of an alphabet ("Plan B"): no member asks with it alone. */
const ONE_LETTER = /^[\p{sc=Latin}\p{sc=Cyrillic}\p{sc=Greek}]$/u;

/** `word` (lower-cased by the analyzer) as `title` writes it, where its letters are found there. */
function asWritten(title: string, word: string): string {
  const at = title.toLowerCase().indexOf(word);
  return at < 0 ? word : title.slice(at, at + word.length);
}
