/**
 * English words a member types in Latin letters among words of another script, where the articles write
 * them as loanwords in that script: Hindi ("prime lobby ka time kya hai", "एक kill का कितना point है"
 * against articles writing "लॉबी", "किल", "पॉइंट"). Neither spelling tells how the other is spelt, but both
 * keep the word's consonants: English "time" is "टाइम" and "kill" "किल", its vowels written every way, and
 * Devanagari leaves the inherent "a" unwritten. So both are read as a key of consonant sounds (see
 * `loanKey`), and a word is the articles' term with its key (see the engine's `loanTerm`). A Hindi BGMI
 * community's trial lost 31 of its 150 covered questions to such words, 28 of them declined.
 */

/** Consonant letters of Devanagari by the sound class their English spelling is read as (aspirates as plain). */
const DEVANAGARI: Record<string, string> = {
  क: 'k', ख: 'k', ग: 'g', घ: 'g', ङ: 'n', च: 'c', छ: 'c', ज: 'j', झ: 'j', ञ: 'n', ट: 't', ठ: 't', ड: 'd', ढ: 'd', ण: 'n',
  त: 't', थ: 't', द: 'd', ध: 'd', न: 'n', प: 'p', फ: 'f', ब: 'b', भ: 'b', म: 'm', य: 'y', र: 'r', ल: 'l', ळ: 'l', व: 'v',
  श: 's', ष: 's', स: 's', ह: 'h', 'ं': 'n',
};

/**
 * English spellings of one consonant sound, in the order they are read, each as its sound in capitals (so no
 * later spelling reads it again), or as either of two where English spells both so: "tion" and "sion" as in
 * "registration" (रजिस्ट्रेशन), "ch", "sh", "ph", "ck", a soft "c" before e, i or y, "g" there soft or hard
 * ("page", पेज; "giveaway", गिववे), an "s" between vowels as "s" or "z" ("position", पोजीशन), "x" as "ks",
 * "qu" as "kv"; "w" is Devanagari's व, "z" its ज़ (the nukta read off: see `loanKey`). A consonant's "h"
 * after it is its aspiration, which `DEVANAGARI` reads as the plain consonant.
 */
const ENGLISH_SOUNDS: [RegExp, string, string?][] = [
  [/[ts]ion/g, 'SN'],
  [/t?ch/g, 'C'],
  [/sh/g, 'S'],
  [/ph/g, 'F'],
  [/ck/g, 'K'],
  [/gh/g, ''],
  [/qu/g, 'KV'],
  [/c(?=[eiy])/g, 'S'],
  [/c/g, 'K'],
  [/g(?=[eiy])/g, 'J', 'G'],
  [/(?<=[aeiou])s(?=[aeiou])/g, 'S', 'J'],
  [/q/g, 'K'],
  [/x/g, 'KS'],
  [/w/g, 'V'],
  [/z/g, 'J'],
  [/(?<=[^aeiou])h/g, ''],
  // A nasal before a labial is Devanagari's anusvara ("champion", चैंपियन; "member", मेंबर), read as "n".
  [/m(?=[bp])/g, 'N'],
  // A "y" is a consonant only before a vowel at a word's start ("youtube", "यूट्यूब").
  [/^y(?=[aeiou])/g, 'Y'],
  [/[aeiouy]/g, ''],
];

/** Scripts whose languages write English loanwords, by ISO 639-1 code of the language: the letters of the script, and how its words read as keys. */
const SCRIPTS: Record<string, { letters: RegExp; key: (word: string) => string }> = {
  hi: { letters: /\p{sc=Devanagari}/u, key: devanagariKey },
};

/** Whether the articles in `lang` (ISO 639-1) write English loanwords in their own script, read here. */
export const writesLoans = (lang: string): boolean => lang in SCRIPTS;

/**
 * The keys of a lower-case English `word` in Latin letters: its consonant sounds (see ENGLISH_SOUNDS), one
 * key per way of reading its ambiguous spellings (at most 4), a doubled sound once. "lobby" is "lb",
 * "registration" "rjstrsn". None for a word of other letters.
 */
export function englishKeys(word: string): string[] {
  if (!/^[a-z]+$/.test(word)) return [];
  // A word opening on a vowel opens on one in the other script too ("event", "इवेंट"; "nitro" is no "एंट्री").
  let read = [(/^[aeiou]/.test(word) ? '_' : '') + word];
  for (const [pattern, sound, other] of ENGLISH_SOUNDS) {
    read = read.flatMap((text) => {
      const one = text.replace(pattern, sound);
      return other === undefined || one === text ? [one] : [one, text.replace(pattern, other)];
    });
  }
  return [...new Set(read.map((key) => single(key.toLowerCase())))];
}

/**
 * The key of a word of `lang`'s script (see SCRIPTS): its consonants as the script's reading gives them, a
 * doubled sound once ("लॉबी" is "lb", as "lobby" is; "रजिस्ट्रेशन" "rjstrsn"). Empty for a word of another
 * script or a language not read so.
 */
export function loanKey(word: string, lang: string): string {
  const script = SCRIPTS[lang];
  return script?.letters.test(word) ? single(script.key(word)) : '';
}

/**
 * Devanagari consonants as sound classes, after "_" for a word opening on a vowel: vowels, vowel signs and the
 * virama left out, a nukta read off ("फ़" as "फ"), and "य" but at a word's start, as English writes the glide
 * it spells with a vowel ("प्लेयर", player; "चैंपियन", champion).
 */
function devanagariKey(word: string): string {
  const letters = [...word.normalize('NFD')];
  let consonants = '';
  for (const letter of letters) if (letter !== 'य' || !consonants) consonants += DEVANAGARI[letter] ?? '';
  return (DEVANAGARI_VOWELS[letters[0]!] ? '_' : '') + consonants;
}

/** Devanagari's vowels and vowel signs by the class of English vowel spellings they write (see `firstVowel`). */
const DEVANAGARI_VOWELS: Record<string, string> = {
  अ: 'a', आ: 'a', 'ा': 'a', इ: 'i', ई: 'i', 'ि': 'i', 'ी': 'i', उ: 'u', ऊ: 'u', 'ु': 'u', 'ू': 'u', ए: 'e', ऐ: 'e', 'े': 'e', 'ै': 'e',
  ओ: 'o', औ: 'o', ऑ: 'o', 'ो': 'o', 'ौ': 'o', 'ॉ': 'o', ऋ: 'i', 'ृ': 'i',
};

/**
 * The class of a word's first vowel sound (a, e, i, o or u): of a word in `lang`'s script, its first vowel or
 * vowel sign, or the inherent "a" of a first consonant that has neither after it nor a virama; empty for none.
 */
export function firstVowel(word: string, lang: string): string {
  if (!SCRIPTS[lang]?.letters.test(word)) return '';
  const letters = [...word.normalize('NFD')].filter((letter) => letter !== '\u093c');
  for (let i = 0; i < letters.length; i++) {
    const vowel = DEVANAGARI_VOWELS[letters[i]!];
    if (vowel) return vowel;
    if (!DEVANAGARI[letters[i]!] || letters[i] === 'ं') continue;
    const next = letters[i + 1];
    if (next === '\u094d') continue;
    return (next && DEVANAGARI_VOWELS[next]) || 'a';
  }
  return '';
}

/**
 * English spellings of a first vowel sound, in the order they are tried, and the classes of vowel another
 * script writes for them: "i" before a consonant and a final "e", or "igh", is "ाइ" ("time" टाइम, "night"
 * नाइट), where a plain "i" is "ि" or "ी" ("kill" किल, "team" टीम is "ea"); a short "a" is "ा" or "ै" ("last"
 * लास्ट, "match" मैच); "o" is "ॉ", "ो" or "ा". A word whose first vowel another script writes with another
 * class is another word: "kill" is no "खेल" (game), "time" no "टीम", "best" no "बूस्ट".
 */
const ENGLISH_VOWELS: [RegExp, string][] = [
  [/^(igh|i[^aeiouy]e$|ie$|y[^aeiouy]e$)/, 'a'],
  [/^(ai|ay|ei|ey|a[^aeiouy]e$)/, 'e'],
  [/^(ee|ea|ie|i)/, 'i'],
  [/^(oo)/, 'u'],
  [/^(ou|ow)/, 'aou'],
  [/^(oi|oy)/, 'o'],
  [/^a/, 'ae'],
  [/^e/, 'ei'],
  [/^o/, 'oa'],
  [/^u/, 'au'],
  [/^y/, 'ia'],
];

/**
 * The classes of vowel the first vowel sound of a lower-case English `word` may be written with (see
 * ENGLISH_VOWELS; an "a" after "w" and before "r", "l" or "t" as in "warning", वॉर्निंग, also "o"); empty for
 * a word of none.
 */
export function englishFirstVowels(word: string): string {
  // The first vowel after the first consonants ("y" a vowel but before another at a word's start).
  const at = word.search(/[aeiou]|(?<!^)y/);
  if (at < 0) return '';
  if (/^wa[rlt]/.test(word.slice(at - 1))) return 'oa';
  return ENGLISH_VOWELS.find(([spelling]) => spelling.test(word.slice(at)))?.[1] ?? '';
}

/** The names of the Latin letters as Hindi writes them, nukta read off ("एफ़" as "एफ"), with their other spellings. */
const LETTER_NAMES: [string, string][] = [
  ['ए', 'a'], ['बी', 'b'], ['सी', 'c'], ['डी', 'd'], ['ई', 'e'], ['एफ', 'f'], ['जी', 'g'], ['एच', 'h'], ['आई', 'i'], ['जे', 'j'],
  ['के', 'k'], ['एल', 'l'], ['एम', 'm'], ['एन', 'n'], ['ओ', 'o'], ['पी', 'p'], ['क्यू', 'q'], ['आर', 'r'], ['एस', 's'], ['टी', 't'],
  ['यू', 'u'], ['वी', 'v'], ['डब्ल्यू', 'w'], ['डब्लू', 'w'], ['एक्स', 'x'], ['वाई', 'y'], ['जेड', 'z'],
];

/**
 * The Latin letters a word of Devanagari spells by their names, an acronym typed as it is said ("एमवीपी" is
 * "mvp", "आईडी" "id", "बीजीएमआई" "bgmi"): the first reading that names at least two letters and nothing
 * else, null for none. A Hindi BGMI community's trial asked "एमवीपी किस आधार पर चुना जाता है?" of articles
 * writing "MVP".
 */
export function lettersSpelled(word: string): string | null {
  const text = word.normalize('NFD').replace(/\u093c/g, '');
  const read = (at: number): string | null => {
    if (at === text.length) return '';
    for (const [name, letter] of LETTER_NAMES) {
      if (!text.startsWith(name.normalize('NFD'), at)) continue;
      const rest = read(at + name.normalize('NFD').length);
      if (rest !== null) return letter + rest;
    }
    return null;
  };
  const letters = read(0);
  return letters !== null && letters.length >= 2 ? letters : null;
}

/** `key` with each run of one sound read once ("lobby" has one "b", as "लॉबी" does). */
const single = (key: string): string => key.replace(/(.)\1+/g, '$1');
