import { describe, expect, it } from 'vitest';
import { parseMarkdown } from './content/markdown.js';
import { alsoAskedLabel } from './content/alternates.js';
import { candidatesText, confidenceShown, readingText, setAsideText } from './candidates.js';
import { SearchIndex } from './search/engine.js';

const index = new SearchIndex([
  parseMarkdown('# Plans\n\nYou can pause your subscription for up to 12 weeks.\n\nOn the login page, use the email you signed up with.\n', 'plans.md', 'plans').article!,
  parseMarkdown('---\nlang: ja\n---\n# お知らせ\n\n定期メンテナンスは毎週水曜日の14:00から16:00まで行います。\n', 'ja.md', 'ja').article!,
]);

describe('readingText and SearchIndex.readings', () => {
  it('says of each word whether it met an article word as written, as a typo or another form, or none', () => {
    expect(readingText(index.readings('how do i pausee my subscription 5532190 on the island'))).toBe(
      'Words read: pausee → paus (typo), subscription, 5532190 (ignored), island (in no article: counts against every answer)',
    );
    expect(readingText(index.readings('cant log in'))).toBe('Words read: log in → login (another form)');
    expect(readingText(index.readings('メンテナンス何時？'))).toBe('Words read: メンテナンス');
    // Kanji as typed, not in the Simplified form the analysis reads them in, also in a pair read as one ("遊べ").
    const play = new SearchIndex([parseMarkdown('---\nlang: ja\n---\n# ワールド\n\nMacでは遊べません。\n', 'w.md', 'w').article!]);
    expect(readingText(play.readings('Macで遊べますか？'))).not.toMatch(/游/);
    expect(readingText(index.readings('how do i'))).toBe('Words read: none but stopwords.');
    // A Greek word's last sigma shows as written, "ς" (round Y's board-game café saw "μέλουσ").
    expect(readingText([{ word: 'μέλουσ', term: null, how: 'unknown' }, { word: 'κρατήσεισ', term: 'κρατησ', how: 'corrected' }, { word: 'σ', term: null, how: 'unknown' }])).toBe(
      'Words read: μέλους (in no article: counts against every answer), κρατήσεις → κρατησ (typo), σ (in no article: counts against every answer)',
    );
  });
});

describe('candidatesText with no candidate', () => {
  it('says what to do where no paragraph or FAQ entry shares a word with the question', () => {
    // A Brno esports club's admin found no advice under "Candidates: none" (round Z).
    expect(candidatesText([], 0.35)).toBe(
      "Candidates: none (no paragraph or FAQ entry shares a word with the question). To answer it, write the member's word (see the words read below) into the paragraph or FAQ answer that answers it, or list the question under that FAQ entry's `Also asked as:` (a word only in `tags:` finds no candidate by itself).",
    );
    // In the label of the question's language, as every other line names it (round AA's FiveM server).
    expect(candidatesText([], 0.35, () => 'Também perguntado como:', alsoAskedLabel('pt'))).toContain("under that FAQ entry's `Também perguntado como:`");
  });
});

describe('setAsideText and SearchIndex.setAside', () => {
  it('says which language the question was read in and which of its words counted as no topic', () => {
    expect(setAsideText(index.setAside('how do i pause my subscription?'))).toBe('Read as English (en); left out: how, do, i, my');
    // Words show as the question writes them, though the analyser reads kanji simplified (何时).
    expect(index.setAside('メンテナンス何時？')).toMatchObject({ lang: 'ja', leftOut: ['何時'] });
    expect(setAsideText(index.setAside('subscription'))).toBe('Read as English (en); left out: nothing');
    // "log" of "log in" is read, as "login".
    expect(index.setAside('cant log in')).toEqual({ lang: 'en', leftOut: ['cant'], asks: null, whether: false });
    // A code no language has is shown as it is.
    expect(setAsideText({ lang: 'no', leftOut: [] })).toBe('Read as Norwegian (no); left out: nothing');
    expect(setAsideText({ lang: 'xx', leftOut: ['a'] })).toBe('Read as xx; left out: a');
  });
  it('says what the question was read as asking: a kind of fact, or whether something is so', () => {
    // Two trial admins (round BC) could not tell why a paragraph's confidence had fallen.
    expect(setAsideText(index.setAside('how much is the subscription?'))).toBe('Read as English (en); left out: how, much, is, the; asks a price');
    expect(index.setAside('when does the subscription renew?')).toMatchObject({ asks: 'date', whether: false });
    expect(setAsideText(index.setAside('is there a dark mode?'))).toBe('Read as English (en); left out: is, there, a; asks whether something is so (yes/no: a paragraph is held to more)');
    expect(index.setAside('how do i pause my subscription?')).toMatchObject({ asks: null, whether: false });
  });
});

/** A candidate as `rankedCandidates` makes one, labelled by its id. */
const candidate = (id: string, confidence: number, score: number, clears = confidence >= 0.35, lacks: string[] = []) => ({ id, label: id, matchedOn: null, score, confidence, clears, lacks });

describe('candidatesText', () => {
  it('says why a rule put the first there, over a candidate that scored as high', () => {
    const text = candidatesText([{ ...candidate('a#p5', 0.59, 1.12), lifted: 'fact' as const }, candidate('a#faq-4', 1, 1.12)], 0.35).split('\n');
    expect(text[1]).toBe('  1. 0.59  1.12  a#p5  [a#p5]');
    expect(text[2]).toBe('       lifted to first: it states the kind of fact asked (a date, time, number, price or name), which those scored higher do not');
    expect(text[3]).toBe('  2. 1.00  1.12  a#faq-4  [a#faq-4]');
  });

  it('says why there is no answer when a candidate under the first clears the threshold', () => {
    const text = candidatesText([candidate('a#p3', 0, 0.65), candidate('a#faq-2', 0.37, 0.6), candidate('a#faq-1', 0.5, 0.4)], 0.35);
    expect(text.split('\n').at(-1)).toBe(
      "No answer: the first's confidence, 0.00, is under 0.35; number 2 clears it but ranks lower, and only the first is answered. If the first is right, it is lifted by the question's words written in that paragraph (or an FAQ entry asking the question). If number 2 is right, lift it to first: a line `Also asked as:` under that FAQ entry with the question's words.",
    );
    // A paragraph is lifted by its words.
    const paragraph = candidatesText([candidate('a#faq-1', 0.3, 0.9), candidate('a#p2', 0.5, 0.8)], 0.35).split('\n').at(-1);
    // Either may be the right one: a FiveM server's admin, whose right first candidate had a clearing one under it, was told only how to lift that one.
    expect(paragraph).toBe("No answer: the first's confidence, 0.30, is under 0.35; number 2 clears it but ranks lower, and only the first is answered. If the first is right, it is lifted by a line `Also asked as:` under that FAQ entry with the question's words. If number 2 is right, lift it to first: the question's words written in that paragraph (or an FAQ entry asking the question).");
    // The label is the one the entry's article writes, as check-content names it.
    const russian = candidatesText([candidate('a#p3', 0, 0.65), candidate('a#faq-2', 0.37, 0.6)], 0.35, (id) => (id === 'a#faq-2' ? alsoAskedLabel('ru') : 'Also asked as:'));
    expect(russian.split('\n').at(-1)).toContain('lift it to first: a line `Также спрашивают:` under that FAQ entry');
  });

  it('says, when none clears the threshold, what lifts the first; nothing when the first is answered', () => {
    const answered = candidatesText([candidate('a#faq-1', 0.9, 1), candidate('a#p2', 0.5, 0.9)], 0.35);
    expect(answered).not.toContain('No answer');
    // What lifts another candidate over the answer (a Moscow café's admin asked), in the label of the entries' language.
    expect(answered.split('\n').at(-1)).toBe(
      "Answered with number 1. If another is right, lift it to first: for an FAQ entry, a line `Also asked as:` under it with the question's words; for a paragraph, the question's words written in it.",
    );
    // Where candidates list words they lack, the line points to them.
    expect(candidatesText([candidate('a#faq-1', 0.9, 1), candidate('a#p2', 0.5, 0.9, true, ['code'])], 0.35).split('\n').at(-1)).toMatch(/written in it \(after each candidate, the words of the question it lacks\)\.$/);
    expect(candidatesText([candidate('a#faq-1', 0.9, 1)], 0.35)).not.toContain('Answered with');
    expect(candidatesText([candidate('a#p2', 0.2, 1), candidate('a#faq-1', 0.1, 0.9)], 0.35).split('\n').at(-1)).toBe(
      "No answer: the first's confidence, 0.20, is under 0.35. If the first is right, it is lifted by the question's words written in that paragraph (or an FAQ entry asking the question).",
    );
    // Where two decimals would show the threshold for one that does not clear it (a doubted paragraph's
    // 0.34999998, rounded to 0.35), the list and the line say it is under it.
    const under = candidatesText([candidate('a#p1', 0.35, 1, false), candidate('a#faq-1', 0.3497, 0.9, false)], 0.35).split('\n');
    expect(under[1]).toBe('  1. <0.35  1.00  a#p1  [a#p1]');
    expect(under[2]).toBe('  2. <0.35  0.90  a#faq-1  [a#faq-1]');
    expect(under.at(-1)).toBe("No answer: the first's confidence is just under 0.35. If the first is right, it is lifted by the question's words written in that paragraph (or an FAQ entry asking the question).");
  });
});

describe('candidatesText and SearchIndex.lacking: the words a candidate lacks', () => {
  it("lists after each candidate the question's words it does not write, and names them where it says what lifts one", () => {
    // Admins of three trials read the same advice under every answer and could not tell which word to add (round AP).
    const shop = new SearchIndex([
      parseMarkdown(
        '# Coupons and checkout\n\n## Delivery\n\nEach order ships within two days, its tracking code by email.\n\n## FAQ\n\n### Can I use two coupons on one order?\n\nNo, one per order.\n\n### Why is my coupon not working?\n\nAlso asked as:\n- Coupon code is not applying\n\nCheck its expiry date.\n',
        'shop.md',
        'shop',
      ).article!,
    ]);
    const asked = 'can i apply more than one coupon code to an order from my wallet';
    const ids = shop.explain(asked).map((c) => c.id);
    const lacks = Object.fromEntries(shop.lacking(asked, [...ids, 'shop#faq-9']).map((words, i) => [ids[i] ?? 'unknown', words]));
    // An alternate's words are the entry's; the title's no one's, as coverage reads them; "wallet", in no article, no one's.
    expect(lacks).toEqual({ 'shop#faq-1': ['apply', 'code'], 'shop#faq-2': ['order'], 'shop#p1': ['apply', 'coupon'], unknown: [] });
    // As the ranking holds a word (a review's probes): an abbreviation or its long form; words read as one, or
    // each of them, listed once; a heading's word, also where a paragraph under it writes it; a formatted
    // paragraph as the same text unformatted.
    const held = (markdown: string, question: string) => {
      const other = new SearchIndex([parseMarkdown(markdown, 'x.md', 'x').article!]);
      const ids = other.explain(question).map((c) => c.id);
      return Object.fromEntries(other.lacking(question, ids).map((words, i) => [ids[i], words]));
    };
    const social = held('# Social\n\nJoin our Facebook group for news.\n\nThe Facebook page posts events.\n\nOur fb link is in the bio.\n\nFace paint and a book stall at the fair.\n', 'where is the fb group');
    expect([social['x#p1'], social['x#p3']]).toEqual([[], ['group']]);
    expect(held('# Account\n\nLog in with your email address.\n\nThe login page is at example.com.\n', 'how do i log in')).toEqual({ 'x#p1': [], 'x#p2': [] });
    expect(held('# Club\n\n## Parking and lockers\n\nThe parking lot opens at 8.\n\nLockers cost 2 euros a day.\n', 'how much do lockers cost for parking')).toEqual({ 'x#p1': ['cost'], 'x#p2': [] });
    const verein = (card: string) => held(`---\nlang: de\n---\n# Verein\n\nDie ${card} kostet 300 Euro.\n\nEine Karte bekommt man im Büro.\n`, 'Was kostet die Karte?');
    expect(verein('**Jahreskarte**')).toEqual(verein('Jahreskarte'));
    const text = candidatesText([candidate('a#p3', 0, 0.65, false, ['apply']), candidate('a#faq-2', 0.37, 0.6, true, ['apply', 'code'])], 0.35).split('\n');
    expect(text[1]).toBe('  1. 0.00  0.65  a#p3  [a#p3]  lacks: apply');
    expect(text.at(-1)).toBe(
      "No answer: the first's confidence, 0.00, is under 0.35; number 2 clears it but ranks lower, and only the first is answered. If the first is right, it is lifted by the question's words written in that paragraph (it lacks “apply”) (or an FAQ entry asking the question). If number 2 is right, lift it to first: a line `Also asked as:` under that FAQ entry with the question's words (it lacks “apply”, “code”).",
    );
  });
});

describe('confidenceShown', () => {
  it('rounds a confidence that clears the threshold and floors one that does not, as the playground shows them', () => {
    expect([confidenceShown(0.34999998, false), confidenceShown(0.349, false), confidenceShown(0.35, true), confidenceShown(0.996, true)]).toEqual(['0.34', '0.34', '0.35', '1.00']);
  });
});
