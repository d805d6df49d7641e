import v8 from 'node:v8';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseMarkdown } from '../content/markdown.js';
import type { Article, Passage } from '../content/types.js';
import { sentences } from './sentences.js';
import { analyseArticle, analysePassage, readable, RecentPassages, Splits, termIdLexicon, type Vocabulary } from './splits.js';
import { LANGUAGES } from './languages.js';
import { analyzerFor } from './tokenize.js';

function article(id: string, markdown: string): Article {
  const { article, issues } = parseMarkdown(markdown, `${id}.md`, id);
  if (!article) throw new Error(issues.map((i) => i.message).join('; '));
  return article;
}

const passage = (raw: string, text = raw): Passage => ({ raw, text, section: null, paragraph: 1, line: 1 });

/** A vocabulary of the terms it is asked for, numbered in order, after `offset` unused ids. */
function vocabulary(offset = 0): Vocabulary & { intern(term: string): number } {
  const terms: string[] = Array.from({ length: offset }, (_, i) => `unused${i}`);
  const ids = new Map<string, number>();
  return {
    terms,
    intern: (term) => ids.get(term) ?? (ids.set(term, terms.length), terms.push(term) - 1),
    termId: (term) => ids.get(term),
    term: (id) => terms[id]!,
  };
}

const english = analyzerFor('en');

/** A passage's ids cut where each sentence's end. */
const bySentence = (ids: number[], ends: number[]) => ends.map((end, i) => ids.slice(i ? ends[i - 1]! : 0, end));

/** `analysePassage` with its ids as the terms they number. */
function analysed(p: Passage) {
  const vocab = vocabulary();
  const found = analysePassage(p, english, termIdLexicon(english, vocab.intern));
  return { ...found, terms: found.ids.map(vocab.term), sentenceTerms: found.sentenceTerms ?? bySentence(found.ids, found.sentenceEnds!).map((ids) => ids.map(vocab.term)) };
}

describe('analysePassage', () => {
  it('gives each sentence the terms of its own text and the passage the terms of its text', () => {
    const cases = [
      'The WHO met. THE COUNCIL IS ANGRY ABOUT THE WHO! Talks on a cease-fire resumed.',
      'IT IS ALL CAPS. REALLY IT IS. The US said no.',
      'One sentence only, with an e-mail address and don\'t-stop words',
      '北京大学创办于1898年。学校位于海淀区。',
      'Hauptstraße in Zürich.  Der 7. Februar 2016 war kalt.\n\nNeuer Absatz.',
    ];
    for (const raw of cases) {
      const found = analysed(passage(raw));
      expect(found.list).toEqual(sentences(raw, 'en'));
      expect(found.sentenceTerms).toEqual(found.list.map((s) => english.terms(s.text)));
      expect(found.terms).toEqual(english.terms(raw));
    }
  });

  it('gives the terms `terms` gives, in any language, whether a sentence is read in place or prepared first', () => {
    // Plain ASCII sentences are read where they stand in the passage, others (apostrophes, letters and
    // punctuation past ASCII, Turkish, languages with number endings) prepared first: both must agree.
    const ascii = ['The', 'WHO', 'US', 'cease', '-', 'fire', "don't", "can't", 'a', 'B', '7', 'WORLD', 'x-ray', '.', '!', '?', ' ', ' ', '\n\n', '1970-x', 'it`s', 'C++', 'R&D', 'VIP-et'];
    const other = ['it’s', '“quoted”', '‘single’', '«guillemets»', '—', '–', '…', '\u00a0', '°', '·', '×', 'Zürich', 'ΠΌΛΗ', 'İstanbul', '1970-х', '北京', 'e\u0301', '™', '½', '🙂', '𝐀', '𐌰', '𠀀', 'straße'];
    const piece = fc.oneof({ arbitrary: fc.constantFrom(...ascii), weight: 12 }, { arbitrary: fc.constantFrom(...other), weight: 1 });
    const text = fc.array(piece, { maxLength: 40 }).map((parts) => parts.join(''));
    fc.assert(
      // Every language: a language's own preparation (number endings, apostrophes within words) must be read alike both ways.
      fc.property(text, fc.constantFrom('en', ...LANGUAGES.keys()), (raw, lang) => {
        const analyzer = analyzerFor(lang);
        const vocab = vocabulary();
        const found = analysePassage(passage(raw), analyzer, termIdLexicon(analyzer, vocab.intern));
        expect(found.ids.map(vocab.term)).toEqual(analyzer.terms(raw));
        const perSentence = found.sentenceEnds ? bySentence(found.ids, found.sentenceEnds).map((ids) => ids.map(vocab.term)) : found.sentenceTerms!;
        expect(perSentence).toEqual(found.list.map((s) => analyzer.terms(s.text)));
      }),
      { numRuns: 1_000 },
    );
  });

  it("analyses the plain text apart when the raw text is Markdown, and its sentences without their links' addresses", () => {
    const [p] = article('a', '# A\n\nSee [the portal](https://portal.example.org/login "Log in"). It opens **today**.\n').paragraphs;
    const found = analysed(p!);
    expect(found.terms).toEqual(english.terms('See the portal. It opens today.'));
    expect(found.list.map((s) => p!.raw.slice(s.start, s.end))).toEqual(['See [the portal](https://portal.example.org/login "Log in").', 'It opens **today**.']);
    expect(found.sentenceTerms).toEqual([english.terms('See the portal.'), english.terms('It opens today.')]);
  });

  it("reads a Markdown paragraph wrapped across lines as its sentences, not its lines, and keeps a list's items apart", () => {
    const [p, list] = article('a', '# A\n\nThe run takes place in Phoenix Park,\nDublin. There is a 5K; entry costs €15 and is free for\nPlus members.\n\n- Bring water\n- Bring a hat\n').paragraphs;
    expect(analysed(p!).list.map((s) => p!.raw.slice(s.start, s.end))).toEqual(['The run takes place in Phoenix Park,\nDublin.', 'There is a 5K; entry costs €15 and is free for\nPlus members.']);
    expect(analysed(list!).list.map((s) => list!.raw.slice(s.start, s.end))).toEqual(['- Bring water', '- Bring a hat']);
  });
});

describe('analyseArticle', () => {
  it('shares the analysis of an FAQ passage repeated across articles, equal to analysing it again, and the vocabulary alike', () => {
    const faq = (id: string) =>
      article(id, `# ${id}\n\nA paragraph of ${id}.\n\n## FAQ\n\n### Can I renew a library card online?\n\nAlso asked as: How do I renew my card?\n\nYes: sign in and press [Renew](https://example.org/renew).\n`);
    const articles = [faq('first'), faq('second'), faq('third')];
    const plain = vocabulary();
    const cached = vocabulary();
    const plainLexicon = termIdLexicon(english, plain.intern);
    const cachedLexicon = termIdLexicon(english, cached.intern);
    const recent = new RecentPassages();
    const analysed = articles.map((a) => [analyseArticle(a, english, plainLexicon), analyseArticle(a, english, cachedLexicon, recent)] as const);
    for (const [k, a] of articles.entries()) {
      const [alone, shared] = analysed[k]!;
      for (const entry of a.faq) for (const p of [entry.question, ...entry.alternates, ...entry.answer]) expect(shared.get(p)).toEqual(alone.get(p));
      for (const p of a.paragraphs) expect(shared.get(p)).toEqual(alone.get(p));
    }
    // Met a second time, an analysis is kept; met again, it is shared.
    const [second, third] = [articles[1]!.faq[0]!, articles[2]!.faq[0]!];
    expect(analysed[2]![1].get(third.answer[0]!)).toBe(analysed[1]![1].get(second.answer[0]!));
    expect(cached.terms).toEqual(plain.terms);
  });
});

describe('Splits', () => {
  const news = article(
    'news',
    `# Library hours

The library on [Market Street](https://city.example.org/library) opens at 8 a.m. It closes at midnight.

Cards are free. Ask at the desk!

5. Fill in the form.
6. Show your ID.

## FAQ

### Do I need a card?

Yes. Cards are free at the desk.
`,
  );

  /** Splits over `articles`, their terms added to `vocab` as an inverted index would add them. */
  function build(articles: Article[], vocab = vocabulary()) {
    const splits = new Splits(vocab);
    const lexicon = termIdLexicon(english, vocab.intern);
    for (const a of articles) splits.add(a, analyseArticle(a, english, lexicon));
    splits.seal();
    return { splits, vocab };
  }

  /** Each passage's sentences and their terms, as analysing it on the spot gives them. */
  const expected = (p: Passage) => {
    const list = sentences(readable(p), 'en');
    return { list, terms: list.map((s) => [...new Set(english.terms(s.text))]) };
  };

  /** A split's sentences and their terms, read back by `splits.term`. */
  const read = (splits: Splits, p: Passage) => {
    const split = splits.split(p)!;
    const terms = split.list.map((_, s) => Array.from({ length: split.first[s + 1]! - split.first[s]! }, (_, t) => splits.term(split.ids[split.first[s]! + t]!)));
    // Each sentence as a plain object: its text is read from the passage on demand.
    return { list: split.list.map(({ start, end, text }) => ({ start, end, text })), terms };
  };

  const passages = (a: Article) => [...a.paragraphs, ...a.faq.flatMap((f) => [f.question, ...f.alternates, ...f.answer])];

  it("gives back every passage as analysing it on the spot does, raw-only words (a list's numbers) included, links' addresses not", () => {
    const { splits } = build([news]);
    for (const p of passages(news)) expect(read(splits, p)).toEqual(expected(p));
    expect(read(splits, news.paragraphs[0]!).terms[0]).not.toContain('exampl');
    expect(read(splits, news.paragraphs[0]!).list[0]!.text).toBe('The library on [Market Street]                                   opens at 8 a.m. It closes at midnight.');
    expect(read(splits, news.paragraphs[2]!).terms).toEqual([['5', 'fill', 'form'], ['6', 'show', 'id']]);
    expect(splits.split(passage('Not indexed.'))).toBeUndefined();
    expect(splits.state().termIds).toBeInstanceOf(Uint16Array);
  });

  it('numbers a raw-only term as the vocabulary does once a later article holds it: one id per term', () => {
    const later = article('later', '# Rooms\n\nRoom 5 is on the first floor.\n');
    const { splits, vocab } = build([news, later]);
    const ids = (p: Passage) => {
      const split = splits.split(p)!;
      return Array.from(split.ids).slice(split.first[0], split.first.at(-1));
    };
    expect(vocab.termId('5')).toBeDefined();
    expect(ids(news.paragraphs[2]!)).toContain(vocab.termId('5'));
    expect(ids(later.paragraphs[0]!)).toContain(vocab.termId('5'));
    expect(splits.termId('5')).toBe(vocab.termId('5'));
    expect(splits.termId('6')).toBeGreaterThanOrEqual(vocab.terms.length);
    expect(splits.term(splits.termId('6')!)).toBe('6');
  });

  it('gives the same split again, read in any order, past more passages than it keeps (and fresh after sealing)', () => {
    const long = article('long', `# Long\n\n${Array.from({ length: 2_100 }, (_, i) => `Paragraph ${i} talks of item${i % 97}. It ends here.`).join('\n\n')}\n`);
    const vocab = vocabulary();
    const splits = new Splits(vocab);
    splits.add(long, analyseArticle(long, english, termIdLexicon(english, vocab.intern)));
    const first = long.paragraphs[0]!;
    const before = splits.split(first)!;
    splits.seal();
    expect(splits.split(first)).not.toBe(before);
    expect(splits.split(first)!.ids).toBe(splits.state().termIds);
    const all = long.paragraphs;
    for (const p of [...all, ...[...all].reverse(), ...all.filter((_, i) => i % 3 === 0)]) expect(read(splits, p)).toEqual(expected(p));
  });

  it('keeps term ids in 32 bits when the vocabulary outgrows 16, and restores from its state', () => {
    const { splits, vocab } = build([news], vocabulary(70_000));
    expect(splits.state().termIds).toBeInstanceOf(Int32Array);
    const restored = Splits.restore(v8.deserialize(v8.serialize(splits.state())), [news], vocab);
    for (const p of passages(news)) expect(read(restored, p)).toEqual(expected(p));
  });
});
