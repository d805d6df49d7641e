import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readAs, readAsOthers } from '../language/detect.js';
import { readsKinds, readsWhether } from './answer-type.js';
import { LANGUAGES } from './languages.js';
import { analyzerFor } from './tokenize.js';

const DOC = new URL('../../docs/languages.md', import.meta.url);
const languageName = new Intl.DisplayNames('en', { type: 'language' });


/** How the search reads a language's words, in the doc's words. */
function words(lang: string): string {
  const analyzer = analyzerFor(lang);
  if (analyzer.analysis === 'none') return 'English function words only';
  if (analyzer.analysis === 'unstemmed') return 'stopwords, no stemming';
  return lang === 'en' || LANGUAGES.get(lang)?.stem ? 'stemmed, stopwords' : 'no inflection, stopwords';
}

const yes = (read: boolean): string => (read ? 'yes' : '–');

/** One row per language: its code, English name, how its words are read, and whether its kinds of fact and yes/no questions are. */
function row(lang: string): string {
  const read = analyzerFor(lang).lang;
  const as = read !== lang ? `read as ${read}` : words(lang);
  return `| ${lang} | ${languageName.of(lang) ?? lang} | ${as} | ${yes(readsKinds(read))} | ${yes(readsWhether(read))} |`;
}

/** `doc` without its language names, which come from the ICU data of the Node.js that wrote it. */
const withoutNames = (doc: string): string => doc.replace(/^\| ([a-z]+) \| [^|]+ \|/gm, '| $1 |');

/** docs/languages.md as the search's tables make it. */
function expectedDoc(): string {
  const langs = [...new Set(['en', ...LANGUAGES.keys(), ...readAsOthers()])].sort();
  return [
    '# What the search reads in each language',
    '',
    'Generated from `LANGUAGES` (src/search/languages.ts), `readsKinds` and `readsWhether` (src/search/answer-type.ts)',
    'and `readAs` (src/language/detect.ts); `src/search/languages-doc.test.ts` fails when this file and those differ,',
    'and prints what it should say. The bot\'s own words (labels, buttons, commands) are another matter: see',
    '[Languages](running.md#languages).',
    '',
    '- **words**: "stemmed, stopwords": a question meets an article\'s word in its other forms ("kurset" finds',
    '  "kurs"), and function and question words count as no topic. "no inflection, stopwords": a language whose',
    '  words do not inflect, cut into words where it is written without spaces. "stopwords, no stemming": a',
    '  question meets an article\'s words only in the forms the article writes, so write FAQ questions in the forms',
    '  members use, or give them `Also asked as:` lines. Korean\'s stemming takes the particles off a noun and',
    '  하다, 되다 endings off its verb ("접속하려면" meets "접속"); its other verbs and adjectives meet only in the',
    '  forms written ("빌릴" is no "빌린"), so give FAQ entries `Also asked as:` lines in members\' forms; an',
    '  English term typed in Latin letters ("scrim", "clip") meets no article writing it in Hangul ("스크림",',
    '  "클립"), so write it both ways once, or in an `Also asked as:` line. A language not listed is read with',
    '  English\'s function words only. A stemmer guesses: some forms of a word',
    '  still miss each other (Indonesian "mengumpulkan" and "dikumpulkan", Turkish "almak" and "alabilir", French',
    '  "modo" and "modos"), a verb and its noun are two words ("inscrire", "inscription"), and',
    '  `--explain` shows the term each word was read as; give FAQ entries `Also asked as:` lines in members\' forms.',
    '- **kinds of fact**: questions asking a date, a time, a price, a count or a name prefer a paragraph or answer',
    '  stating one over one that holds no more of the question, and quote the sentence stating it (see [How',
    '  answers are found](how-answers-are-found.md)); elsewhere they are answered from the closest match alone.',
    '- **yes/no**: questions asking whether something is so are read as such: a word of the question no article',
    '  writes weighs more against an answer, so "Do you have karaoke?" is not answered from another yes.',
    '- **region and mixed chat**: a region or script tag (`en-IN`, `pt-BR`, `zh-Hans`) is read as its language. A',
    '  question to English articles may mix in Hinglish, Nigerian Pidgin, Jamaican Patois, Swahili and Sheng, or Tagalog: their',
    '  function and question words count as no topic, and their question words say what is asked ("kab" a date,',
    '  "kitna" a count); their content words ("paisa", "galat") meet no article\'s, so give FAQ entries',
    '  `Also asked as:` lines in them. A question to French articles may mix in Moroccan Darija typed in Latin',
    '  letters, read so too ("wach", "dyal", "3afak" no topic, "chhal" a price or count, "imta" a date, "chkoun"',
    '  a name, and a few everyday words as French: "chhar" mois, "sebt" samedi); Darija in Arabic script meets',
    '  only articles in Arabic.',
    '- **Cantonese**: articles in standard Chinese (`zh-HK`, or `yue`, read as Chinese) are asked in written',
    '  Cantonese too: its particles, negations and question words ("唔", "冇", "咗", "喺", "㗎", "邊度", "點樣")',
    '  count as no topic, "幾時" asks a date, "幾點" a time, "幾多錢" a price, "邊個" a name, and "有冇…",',
    '  "去唔去…", "係咪…" ask whether. Its content words ("睇", "攞", "搵") meet no article\'s: give FAQ entries',
    '  `Also asked as:` lines with them, not with its particles alone.',
    '- **Japanese**: a verb or adjective meets its other forms by its kanji ("届きます", "届いた" as "届"), and a',
    '  loanword typed in hiragana its katakana ("ぽいんと" as "ポイント"). Kanji words typed in hiragana',
    '  ("りょうしゅうしょ" for "領収書") and romaji ("souryou") are not read, and chat\'s endings ("〜たら",',
    '  "〜てる") count as words: give FAQ entries `Also asked as:` lines as members type them.',

    '',
    '| code | language | words | kinds of fact | yes/no |',
    '|---|---|---|---|---|',
    ...langs.map(row),
    '',
  ].join('\n');
}

describe('docs/languages.md', () => {
  it('says what the search reads in each language, as its tables do', () => {
    const expected = expectedDoc();
    expect(withoutNames(readFileSync(DOC, 'utf8')), `docs/languages.md should read:\n${expected}`).toBe(withoutNames(expected));
  });

  it('names each language read as another', () => {
    for (const lang of readAsOthers()) expect(readAs(lang), lang).not.toBe(lang);
  });
});
