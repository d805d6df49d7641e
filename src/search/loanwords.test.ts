import { describe, expect, it } from 'vitest';
import { englishFirstVowels, englishKeys, englishSingular, firstVowel, lettersSpelled, loanKeys, vowelRank, writesLoans } from './loanwords.js';

/** Whether a loanword whose first vowel is `vowel` may write the English `word` (see `vowelRank`). */
const vowelsAgree = (word: string, vowel: string): boolean => vowelRank(englishFirstVowels(word), vowel) >= 0;
import { normalize } from './fold.js';
import { analyzerFor } from './tokenize.js';

/** A word's first key (its likeliest reading), '' for none. */
const loanKey = (word: string, lang: string): string => loanKeys(word, lang)[0] ?? '';

/** Whether the articles' Hindi `word`, as its term, is read for the English `english` (see the engine's `loanTerm`). */
const reads = (english: string, word: string) => {
  const term = analyzerFor('hi').stem(word);
  const form = englishSingular(english);
  return englishKeys(form).includes(loanKey(term, 'hi')) && vowelsAgree(form, firstVowel(term, 'hi'));
};

describe('English loanwords written in Devanagari', () => {
  it.each([
    ['lobby', 'लॉबी'],
    ['kill', 'किल'],
    ['time', 'टाइम'],
    ['registration', 'रजिस्ट्रेशन'],
    ['scrims', 'स्क्रिम्स'],
    ['tournament', 'टूर्नामेंट'],
    ['prize', 'प्राइज़'],
    ['point', 'पॉइंट'],
    ['champion', 'चैंपियन'],
    ['player', 'प्लेयर'],
    ['youtube', 'यूट्यूब'],
    ['chat', 'चैट'],
    ['page', 'पेज'],
    ['giveaway', 'गिववे'],
    ['position', 'पोजीशन'],
    ['event', 'इवेंट'],
    ['unban', 'अनबैन'],
  ])('reads %s and %s as one key', (english, devanagari) => {
    expect(englishKeys(english)).toContain(loanKey(devanagari, 'hi'));
  });

  it.each([
    ['server', 'सर्वर'],
    ['final', 'फ़ाइनल'],
    ['version', 'वर्ज़न'],
    ['download', 'डाउनलोड'],
    ['computer', 'कम्प्यूटर'],
    ['account', 'अकाउंट'],
    ['times', 'टाइम'],
    ['matches', 'मैच'],
    ['free', 'फ्री'],
  ])('reads %s as the loanword %s', (english, devanagari) => {
    expect(reads(english, devanagari)).toBe(true);
  });

  it.each([
    ['kill', 'खेल'],
    ['call', 'खेल'],
    ['time', 'टीम'],
    ['times', 'टीम'],
    ['right', 'रात'],
    ['not', 'नाइट'],
    ['bad', 'बड़'],
    ['hour', 'हर'],
    ['best', 'बूस्ट'],
    ['wrong', 'वॉर्निंग'],
  ])('does not read %s as %s, a word of the same consonants', (english, devanagari) => {
    expect(reads(english, devanagari)).toBe(false);
  });

  it('keeps apart words that open on a vowel and words that do not', () => {
    expect(englishKeys('free')).not.toContain(loanKey('ऑफर', 'hi'));
    expect(englishKeys('nitro')).not.toContain(loanKey('एंट्री', 'hi'));
  });

  it("reads a first vowel's class as either script writes it", () => {
    expect(englishFirstVowels('time')).toBe('y');
    expect(firstVowel('टाइम', 'hi')).toBe('y');
    expect(englishFirstVowels('kill')).toBe('i');
    expect(firstVowel('किल', 'hi')).toBe('i');
    expect(firstVowel('खेल', 'hi')).toBe('e');
    expect(firstVowel('मैच', 'hi')).toBe('x');
    expect(firstVowel('कप', 'hi')).toBe('h');
    expect(firstVowel('स्क्रिम', 'hi')).toBe('i');
    expect(firstVowel('अकाउंट', 'hi')).toBe('h');
    expect(firstVowel('डाउनलोड', 'hi')).toBe('w');
    // A stem the stemmer cut after its first consonant tells no vowel.
    expect(firstVowel('फ्र', 'hi')).toBe('');
    expect(englishFirstVowels('match')).toContain(firstVowel('मैच', 'hi'));
    expect(englishFirstVowels('scrims')).toBe('i');
  });

  it('reads an "a" after "w" as English says it ("warning", वॉर्निंग)', () => {
    expect(englishFirstVowels('warning')).toContain(firstVowel('वॉर्निंग', 'hi'));
    expect(englishFirstVowels('wallet')).toContain('o');
    expect(englishFirstVowels('wave')).not.toContain('o');
  });

  it('reads an acronym Hindi spells by the letters\' names', () => {
    expect(lettersSpelled('एमवीपी')).toBe('mvp');
    expect(lettersSpelled('आईडी')).toBe('id');
    expect(lettersSpelled('बीजीएमआई')).toBe('bgmi');
    expect(lettersSpelled('एफ़एक्यू')).toBe('faq');
    // A word, or a single letter's name ("जी", the honorific), is none.
    expect(lettersSpelled('जी')).toBeNull();
    expect(lettersSpelled('एक')).toBeNull();
    expect(lettersSpelled('बीच')).toBeNull();
  });

  it('reads Bengali letters as their Devanagari counterparts', () => {
    expect(loanKey('টুর্নামেন্ট', 'bn')).toBe(loanKey('टुर्नामेन्ट', 'hi'));
    expect(englishKeys('tournament')).toContain(loanKey('টুর্নামেন্ট', 'bn'));
    expect(englishKeys('slot')).toContain(loanKey('স্লট', 'bn'));
    // "ভ" writes English's "v", "অ্যা" its "a" of "cat".
    for (const [english, bengali] of [['server', 'সার্ভার'], ['level', 'লেভেল'], ['admin', 'অ্যাডমিন'], ['account', 'অ্যাকাউন্ট']] as const) expect(englishKeys(english), english).toContain(loanKey(bengali, 'bn'));
    expect(firstVowel('কিল', 'bn')).toBe(firstVowel('किल', 'hi'));
    expect(loanKey('টুর্নামেন্ট', 'hi')).toBe('');
  });

  it('reads Telugu letters as their Devanagari counterparts, and Marathi as Hindi', () => {
    expect(loanKey('టోర్నమెంట్', 'te')).toBe(loanKey('टोर्नमेंट', 'hi'));
    for (const [english, telugu] of [['tournament', 'టోర్నమెంట్'], ['entry', 'ఎంట్రీ'], ['squad', 'స్క్వాడ్'], ['match', 'మ్యాచ్']] as const) expect(englishKeys(english), english).toContain(loanKey(telugu, 'te'));
    for (const [english, marathi] of [['port', 'पोर्ट'], ['trial', 'ट्रायल'], ['java', 'जावा']] as const) expect(englishKeys(english), english).toContain(loanKey(marathi, 'mr'));
    expect(loanKey('టోర్నమెంట్', 'hi')).toBe('');
  });

  it('reads the scripts whose blocks parallel Devanagari: Kannada, Gujarati, Gurmukhi, Odia, Malayalam', () => {
    const pairs = [
      ['kn', 'tournament', 'ಟೂರ್ನಮೆಂಟ್'], ['kn', 'team', 'ಟೀಮ್'], ['kn', 'server', 'ಸರ್ವರ್'],
      ['gu', 'tournament', 'ટુર્નામેન્ટ'], ['gu', 'team', 'ટીમ'], ['gu', 'server', 'સર્વર'],
      ['pa', 'tournament', 'ਟੂਰਨਾਮੈਂਟ'], ['pa', 'team', 'ਟੀਮ'], ['pa', 'server', 'ਸਰਵਰ'],
      ['or', 'team', 'ଟିମ୍'],
      // Malayalam's chillus, its "ന്റ" (nt), a final anusvara (m) and the short "e" of English's "er".
      ['ml', 'tournament', 'ടൂർണമെന്റ്'], ['ml', 'team', 'ടീം'], ['ml', 'entry', 'എൻട്രി'], ['ml', 'server', 'സെർവർ'],
    ] as const;
    // Read as the index reads them, normalised (Malayalam's chillus as consonant and virama: see fold.ts).
    for (const [lang, english, written] of pairs) {
      const word = normalize(written);
      expect(loanKeys(word, lang).some((key) => englishKeys(english).includes(key)), `${lang} ${english}`).toBe(true);
      expect(vowelsAgree(english, firstVowel(word, lang)), `${lang} ${english}`).toBe(true);
    }
  });

  it("reads Urdu's consonants as Devanagari's, its ambiguous vowels both ways or not at all", () => {
    const pairs = [['tournament', 'ٹورنامنٹ'], ['player', 'پلیئر'], ['valorant', 'ویلورنٹ'], ['final', 'فائنل'], ['prize', 'پرائز'], ['server', 'سرور'], ['staff', 'اسٹاف'], ['lobby', 'لابی']] as const;
    for (const [english, urdu] of pairs) {
      expect(loanKeys(urdu, 'ur').some((key) => englishKeys(english).includes(key)), english).toBe(true);
      expect(vowelsAgree(english, firstVowel(urdu, 'ur')), english).toBe(true);
    }
    // "ائ" tells a first vowel ("final", फ़ाइनल), which "fun" has not; a bare consonant or "ا" tells none.
    expect(firstVowel('فائنل', 'ur')).toBe(firstVowel('फ़ाइनल', 'hi'));
    expect(vowelsAgree('fun', firstVowel('فائنل', 'ur'))).toBe(false);
    expect(firstVowel('کل', 'ur')).toBe('');
    expect(firstVowel('لابی', 'ur')).toBe('');
  });

  it('reads an English "ou" as "u" only before "r" or "p" ("group", "tournament"), not in "foul" or "bought"', () => {
    expect(vowelsAgree('group', firstVowel('ग्रुप', 'hi'))).toBe(true);
    expect(vowelsAgree('tournament', firstVowel('टूर्नामेंट', 'hi'))).toBe(true);
    expect(vowelsAgree('foul', firstVowel('फुल', 'hi'))).toBe(false);
    expect(vowelsAgree('bought', firstVowel('बूट', 'hi'))).toBe(false);
  });

  it('reads only the languages whose script it knows', () => {
    expect(writesLoans('hi')).toBe(true);
    expect(writesLoans('bn')).toBe(true);
    expect(writesLoans('ru')).toBe(false);
    expect(loanKey('лобби', 'hi')).toBe('');
    expect(englishKeys('लॉबी')).toEqual([]);
  });
});
