import { describe, expect, it } from 'vitest';
import { languageIssues } from './language.js';
import { parseMarkdown } from './markdown.js';
import type { Article } from './types.js';

const article = (id: string, lang: string, langSource: Article['langSource'], langReliable = true): Article => ({
  ...parseMarkdown(`# ${id}\n\nText.\n`, `${id}.md`, id).article!,
  lang,
  langSource,
  langReliable,
});

describe('languageIssues', () => {
  it('warns of the one article detected in another language than all the others, naming theirs', () => {
    const articles = [article('a', 'de', 'declared'), article('b', 'de', 'declared'), article('c', 'de', 'detected'), article('d', 'nl', 'detected')];
    expect(languageIssues(articles)).toEqual([
      { severity: 'warning', file: 'd.md', line: 1, message: 'the article\'s language was detected as "nl", while the other articles are in "de"; if it is in de too, declare it with a front-matter line "lang: de"' },
    ]);
    // Not of one read as theirs (Malay as Indonesian, Norwegian as Bokmål): declared, it would be read the same (a review).
    expect(languageIssues([article('a', 'id', 'declared'), article('b', 'id', 'declared'), article('c', 'id', 'detected'), article('d', 'ms', 'detected')])).toEqual([]);
    expect(languageIssues([article('a', 'nb', 'declared'), article('b', 'nb', 'declared'), article('c', 'nb', 'declared'), article('d', 'no', 'detected')])).toEqual([]);
    // The others named by their tag, not the language they are read as.
    expect(languageIssues([article('a', 'nb', 'declared'), article('b', 'nb', 'declared'), article('c', 'nb', 'declared'), article('d', 'da', 'detected')]).map((i) => i.message)).toEqual([
      'the article\'s language was detected as "da", while the other articles are in "nb"; if it is in nb too, declare it with a front-matter line "lang: nb"',
    ]);
  });

  it('does not warn of a language declared, of a site in several languages, nor beside fewer than three articles', () => {
    expect(languageIssues([article('a', 'en', 'declared'), article('b', 'en', 'declared'), article('c', 'en', 'declared'), article('d', 'fr', 'declared')])).toEqual([]);
    expect(languageIssues([article('a', 'en', 'detected'), article('b', 'en', 'detected'), article('c', 'de', 'detected'), article('d', 'fr', 'detected')])).toEqual([]);
    expect(languageIssues([article('a', 'en', 'detected'), article('b', 'en', 'detected'), article('c', 'fr', 'detected')])).toEqual([]);
    // Regions of one language are one language: "pt-BR" beside "pt".
    expect(languageIssues([article('a', 'pt', 'declared'), article('b', 'pt', 'declared'), article('c', 'pt', 'declared'), article('d', 'pt-BR', 'detected')])).toEqual([]);
  });

  it('warns of an unsure detection as before, once', () => {
    const articles = [article('a', 'en', 'declared'), article('b', 'en', 'declared'), article('c', 'en', 'declared'), article('d', 'es', 'detected', false)];
    expect(languageIssues(articles).map((i) => i.message)).toEqual(['the article\'s language is unsure: detected as "es" from too little or mixed text; declare it with a front-matter line "lang: es"']);
  });
});
