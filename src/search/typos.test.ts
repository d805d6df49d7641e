import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { distance, letterMoved, likelyEdit, oneEditApart, TypoCorrector } from './typos.js';

describe('TypoCorrector', () => {
  const vocabulary = ['strikethrough', 'facebook', 'account', 'accounts', 'delete', 'cat'];
  const corrector = new TypoCorrector(vocabulary);
  const fix = (w: string) => corrector.candidates(w).map((id) => vocabulary[id]);

  it('finds terms one insertion, deletion, substitution or transposition away', () => {
    expect(fix('stikethrough')).toEqual(['strikethrough']);
    expect(fix('facebok')).toEqual(['facebook']);
    expect(fix('dleete')).toEqual(['delete']);
    expect(fix('acount').sort()).toEqual(['account']);
  });

  it('leaves short words and far-off words alone', () => {
    expect(fix('cta')).toEqual([]);
    expect(fix('zzzzzz')).toEqual([]);
  });

  it('finds exactly the terms a scan of the vocabulary finds, over thousands of terms sharing hash buckets', () => {
    const letters = 'abcdefghij';
    const many = Array.from({ length: 6000 }, (_, i) => [...String(i * 7919).padStart(6, '0')].map((d) => letters[Number(d)]).join(''));
    const big = new TypoCorrector(many);
    for (const word of ['abcdef', many[10]!.slice(1), many[20]! + 'a', many[30]!.replace(/^(.)(.)(.)/, '$1$3$2')]) {
      const scanned = many.flatMap((term, id) => (term.length >= 4 && distance(word, term) <= 1 ? [id] : []));
      expect(big.candidates(word).sort((a, b) => a - b)).toEqual([...new Set(scanned)].sort((a, b) => a - b));
    }
  });

  it('lists the terms starting with a prefix, in code-unit order, and none else', () => {
    const terms = ['abd', 'b', 'ab', 'aa', 'abc', 'a', 'ac', 'abé'];
    const corrector = new TypoCorrector(terms);
    expect([...corrector.startingWith('ab')].map((id) => terms[id])).toEqual(['ab', 'abc', 'abd', 'abé']);
    expect([...corrector.startingWith('a')].map((id) => terms[id])).toEqual(['a', 'aa', 'ab', 'abc', 'abd', 'abé', 'ac']);
    expect([...corrector.startingWith('abz')]).toEqual([]);
    expect([...corrector.startingWith('c')]).toEqual([]);
  });

  it('finds the same terms past 65,536 terms, where term ids no longer fit in 16 bits', () => {
    // Numbers are never corrected: spell each id in letters.
    const many = Array.from({ length: 70_000 }, (_, i) => `term${[...i.toString(26)].map((d) => String.fromCharCode(97 + parseInt(d, 26))).join('')}x`);
    const big = new TypoCorrector(many);
    const last = many.length - 1;
    expect(big.candidates(many[last]!.slice(0, -1)).map((id) => many[id])).toContain(many[last]);
    expect(big.candidates(`${many[66_000]!}y`)).toContain(66_000);
    expect([...big.startingWith(many[last]!)]).toEqual([last]);
  });

  it('corrects to the longer of two equally common terms, as for a left-out letter', () => {
    const names = ['shell', 'shelley'];
    expect(names[new TypoCorrector(names).correct('shelly', () => 1)!]).toBe('shelley');
    // A left-out letter is a likelier slip than a "y" added after an "l", even toward a commoner term.
    expect(names[new TypoCorrector(names).correct('shelly', (id) => (id === 0 ? 2 : 1))!]).toBe('shelley');
  });

  it('corrects to a term fingers or spelling would mistype so before a commoner one', () => {
    const terms = ['consol', 'control'];
    const typos = new TypoCorrector(terms);
    const common = (id: number) => (terms[id] === 'consol' ? 10 : 1);
    expect(terms[typos.correct('contol', common)!]).toBe('control');
    // An unlikely slip still corrects where no likely one does.
    expect(terms[typos.correct('conmol', common)!]).toBe('consol');
  });

  it('corrects a letter moved out of its place where no term is one edit away', () => {
    const names = ['gandhi', 'gandalf'];
    expect(names[new TypoCorrector(names).correct('ghandi', () => 1)!]).toBe('gandhi');
    // Across more than MAX_LETTER_MOVE letters it is no slip: "ghandi" with its last "i" moved across four.
    expect(new TypoCorrector(['ghandi']).correct('gihand', () => 1)).toBeUndefined();
  });

  it('corrects one edit of any spelling (the word, then its stem) before a moved letter of the first', () => {
    // A support bot's training data wrote "receiev" beside the commoner "receive": the word "recieve" is
    // "receiev" only with a letter moved, its stem "reciev" one edit from both stems.
    const terms = ['receiev', 'receiv'];
    const typos = new TypoCorrector(terms);
    const common = (id: number) => (terms[id] === 'receiv' ? 5 : 1);
    expect(terms[typos.correct(['recieve', 'reciev'], common)!]).toBe('receiv');
    expect(terms[typos.correct('recieve', common)!]).toBe('receiev');
  });

  it.each([
    ['contol', 'control', true, 'a letter left out'],
    ['cnotrol', 'control', true, 'two letters swapped'],
    ['controll', 'control', true, 'a letter typed twice'],
    ['contrpol', 'control', true, "a neighbouring key's letter beside it"],
    ['contril', 'control', true, "a neighbouring key's letter for it"],
    ['definately', 'definitely', true, 'a vowel for a vowel'],
    ['anyeige', 'anzeige', true, 'QWERTZ: y where z is'],
    ['winner', 'winter', false, 'a far letter for it'],
    ['brother', 'bother', false, 'a far letter added'],
    ['κόσμοσ', 'κόσμος', true, 'letters outside a-z'],
  ])('likelyEdit(%s, %s) is %s: %s', (typed, intended, likely) => {
    expect(likelyEdit(typed, intended)).toBe(likely);
  });

  it('computes the optimal string alignment distance', () => {
    expect(distance('kitten', 'sitting')).toBe(3);
    expect(distance('ab', 'ba')).toBe(1);
    expect(distance('', 'abc')).toBe(3);
  });

  it('tells one edit apart as the distance does, in one pass', () => {
    // Few letters, so near strings (runs, swaps, one letter more) come up often.
    const word = fc.string({ unit: fc.constantFrom('a', 'b', 'c'), maxLength: 7 });
    fc.assert(fc.property(word, word, (a, b) => oneEditApart(a, b) === distance(a, b) <= 1), { numRuns: 5000 });
    expect(oneEditApart('abcd', 'acbd')).toBe(true);
    expect(oneEditApart('abcd', 'abd')).toBe(true);
    expect(oneEditApart('abcd', 'abdc')).toBe(true);
    expect(oneEditApart('abcd', 'badc')).toBe(false);
  });

  it('tells a letter moved across two or three others, two edits apart', () => {
    const word = fc.string({ unit: fc.constantFrom('a', 'b', 'c'), maxLength: 7 });
    fc.assert(fc.property(word, word, (a, b) => !letterMoved(a, b) || (distance(a, b) === 2 && letterMoved(b, a))), { numRuns: 5000 });
    expect(letterMoved('ghandi', 'gandhi')).toBe(true);
    expect(letterMoved('abcde', 'bcade')).toBe(true);
    expect(letterMoved('abcde', 'acbde')).toBe(false); // one swap: one edit
    expect(letterMoved('abcdef', 'bcdeaf')).toBe(false); // across four letters
    expect(letterMoved('abcdef', 'badcef')).toBe(false); // two swaps
  });
});
