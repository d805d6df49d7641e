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
  श: 's', ष: 's', स: 's', ह: 'h', 'ं': 'n', ऱ: 'r', ऴ: 'l',
};

/**
 * English spellings of one consonant sound, in the order they are read, each as its sound in capitals (so no
 * later spelling reads it again), or as either of two where English spells both so: "tion" as in
 * "registration" (रजिस्ट्रेशन), "sion" so or as in "version" (वर्ज़न), "ch", "sh", "ph", "ck", a soft "c" before e, i or y, "g" there soft or hard
 * ("page", पेज; "giveaway", गिववे), an "s" between vowels as "s" or "z" ("position", पोजीशन), "x" as "ks",
 * "qu" as "kv"; "w" is Devanagari's व but where it closes a vowel ("download", डाउनलोड), "z" its ज़ (the
 * nukta read off: see `loanKey`). A consonant's "h"
 * after it is its aspiration, which `DEVANAGARI` reads as the plain consonant.
 */
const ENGLISH_SOUNDS: [RegExp, string, string?][] = [
  [/tion/g, 'SN'],
  [/(?<=[aeiou])sion/g, 'JN', 'SN'],
  [/sion/g, 'SN', 'JN'],
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
  // A silent letter before another at a word's start ("wrong", "know"), and a "w" closing a vowel ("download", डाउनलोड).
  [/^(w(?=r)|k(?=n))/g, ''],
  [/(?<=[aeiou])w(?![aeiou])/g, ''],
  [/w/g, 'V'],
  [/z/g, 'J'],
  [/(?<=[^aeiou])h/g, ''],
  // A nasal before a labial is Devanagari's anusvara ("champion", चैंपियन; "member", मेंबर), read as "n", or
  // its own letter ("computer", कम्प्यूटर).
  [/m(?=[bp])/g, 'N', 'M'],
  // A "y" is a consonant only before a vowel at a word's start ("youtube", "यूट्यूब").
  [/^y(?=[aeiou])/g, 'Y'],
  [/[aeiouy]/g, ''],
];

/**
 * Scripts whose languages write English loanwords, by ISO 639-1 code of the language: the letters of the
 * script, its words as Devanagari writes them (see `parallel`, `devanagariOfUrdu`; one reading per
 * way of reading an ambiguous letter, the likelier first), whose keys they are read as, and whether it writes
 * some vowels ambiguously or not at all (Urdu: only "ے" and "ائ" tell a first vowel, see `firstVowel`).
 * Nepali writes them in Devanagari as Hindi does ("फाइनल", "स्क्रिम"): a Nepali trial without it, 97 right
 * answers of 150 against 106. Marathi too ("रँक", "पोर्ट", "ट्रायल"): a Marathi Minecraft and BGMI
 * community's trial asked "java edition port number?" and met no article.
 */
const SCRIPTS: Record<string, { letters: RegExp; asDevanagari: (word: string) => string[]; vowelsUntold?: boolean }> = {
  hi: { letters: /\p{sc=Devanagari}/u, asDevanagari: (word) => [word] },
  mr: { letters: /\p{sc=Devanagari}/u, asDevanagari: (word) => [word] },
  ne: { letters: /\p{sc=Devanagari}/u, asDevanagari: (word) => [word] },
  te: { letters: /\p{sc=Telugu}/u, asDevanagari: parallel(0x300) },
  kn: { letters: /\p{sc=Kannada}/u, asDevanagari: parallel(0x380) },
  gu: { letters: /\p{sc=Gujarati}/u, asDevanagari: parallel(0x180) },
  pa: { letters: /\p{sc=Gurmukhi}/u, asDevanagari: parallel(0x100, gurmukhiSpelling) },
  or: { letters: /\p{sc=Oriya}/u, asDevanagari: parallel(0x200, odiaSpelling) },
  ml: { letters: /\p{sc=Malayalam}/u, asDevanagari: parallel(0x400, malayalamSpelling) },
  bn: { letters: /\p{sc=Bengali}/u, asDevanagari: parallel(0x80, bengaliSpelling) },
  ur: { letters: /[\u0600-\u06ff]/u, asDevanagari: devanagariOfUrdu, vowelsUntold: true },
};

/**
 * Urdu's consonants as Devanagari's, by the sound a loanword spells with them ("ٹ" ट, "ڈ" ड, "ق" क, "ص" स,
 * "ذ", "ز", "ض", "ظ" ज, the fricatives "خ", "غ", "ف" as ख, ग, फ), and its long vowels as vowel signs: "ا" ा
 * (अ opening a word, and none before "س" or "ش" and another consonant: "اسٹاف", staff), "آ" आ, "ے" े, "ئ"
 * इ ("فائنل", final, as फ़ाइनल); "ی" य opening a word, else left out, as it writes "i", "e" or "ai" alike
 * ("پلیئر", player); "و" व opening a word, and within one read both ways, left out as the vowel it mostly is
 * ("ٹورنامنٹ", tournament) and as व ("سرور", server). "ھ" (aspiration), "ء", "ع" and the short vowels' marks
 * are left out.
 */
const URDU_DEVANAGARI: Readonly<Record<string, string>> = {
  ب: 'ब', پ: 'प', ت: 'त', ٹ: 'ट', ث: 'स', ج: 'ज', چ: 'च', ح: 'ह', خ: 'ख', د: 'द', ڈ: 'ड', ذ: 'ज', ر: 'र', ڑ: 'ड', ز: 'ज', ژ: 'ज',
  س: 'स', ش: 'श', ص: 'स', ض: 'ज', ط: 'त', ظ: 'ज', غ: 'ग', ف: 'फ', ق: 'क', ک: 'क', ك: 'क', گ: 'ग', ل: 'ल', م: 'म', ن: 'न', ں: 'ं',
  ہ: 'ह', ۃ: 'ह', ه: 'ह', ے: 'े', آ: 'आ', ئ: 'इ',
};
function devanagariOfUrdu(word: string): string[] {
  const letters = [...word];
  const sibilant = URDU_DEVANAGARI[letters[1]!] === 'स' || URDU_DEVANAGARI[letters[1]!] === 'श';
  const prothetic = sibilant && URDU_DEVANAGARI[letters[2]!] !== undefined && letters[2] !== 'ے';
  const spelled = (innerVav: string) =>
    letters
      .map((letter, i) => {
        if (letter === 'ا') return i > 0 ? 'ा' : prothetic ? '' : 'अ';
        if (letter === 'ی' || letter === 'ي') return i === 0 ? 'य' : '';
        if (letter === 'و') return i === 0 ? 'व' : innerVav;
        return URDU_DEVANAGARI[letter] ?? '';
      })
      .join('');
  return letters.includes('و', 1) ? [spelled(''), spelled('व')] : [spelled('')];
}

/**
 * Bengali as Devanagari (see `parallel`; the blocks are 0x80 apart), but as loanwords read: "ভ" is English's
 * "v" ("লেভেল", level, as लेवल; Bengali has no "v" of its own), "্যা" after a consonant and "অ্যা" opening a
 * word its "a" of "cat" ("অ্যাডমিন", admin, as ऐडमिन), and "ৎ", which Devanagari lacks, "त". Bengali admins
 * write English loanwords as Hindi ones do: a Bangladeshi esports community's trial lost 25 covered
 * questions to "tournament", "slot", "trigger" typed in Latin letters.
 */
function bengaliSpelling(word: string): string {
  return word.replace(/^[অএ]্যা/u, 'ऐ').replace(/্যা/gu, '\u0948').replace(/ৎ/gu, 'त').replace(/ভ/gu, 'व');
}

/**
 * A word of a script whose Unicode block parallels Devanagari's, `offset` code points after it (after ISCII):
 * in Devanagari's letters, letter for letter ("టోర్నమెంట్", tournament, is "टोर्नमेंट्"), once
 * `own` has written what the script has of its own; the short "e" and "o" of Telugu, Kannada and Malayalam,
 * which Hindi lacks, as its "ए" and "ओ" ("ఎంట్రీ", entry). Telugu admins write English loanwords so: a Telugu
 * gaming community's trial met none of "tournament", "entry", "squad" typed in Latin letters.
 */
function parallel(offset: number, own: (word: string) => string = (word) => word): (word: string) => string[] {
  const block = offset + 0x900;
  return (word) => [
    own(word)
      .replace(/./gu, (letter) => {
        const code = letter.charCodeAt(0);
        return code >= block && code < block + 0x80 ? String.fromCharCode(code - offset) : letter;
      })
      .replace(/[ऎॆऒॊ]/g, (short) => ({ ऎ: 'ए', 'ॆ': 'े', ऒ: 'ओ', 'ॊ': 'ो' })[short]!),
  ];
}

/** Gurmukhi's tippi (nasal: "ਟੂਰਨਾਮੈਂਟ", tournament) as Devanagari's anusvara; its addak (the next consonant doubled) left out. */
function gurmukhiSpelling(word: string): string {
  return word.replace(/\u0a70/g, '\u0902').replace(/\u0a71/g, '');
}

/** Odia's "ୱ" (wa), which has no counterpart in Devanagari's block, as "व". */
function odiaSpelling(word: string): string {
  return word.replace(/\u0b71/g, '\u0935');
}

/**
 * Malayalam's "ന്റ" as "nt" ("ടൂർണമെന്റ്", tournament; its chillus come as consonant and virama: see fold.ts),
 * "റ" elsewhere as "r" (Devanagari's "ऱ"), a word's final anusvara as "m" ("ടീം", team), and the short "e"
 * it writes English's "er" with as the inherent "a" Hindi writes it with ("സെർവർ", सर्वर, server).
 */
function malayalamSpelling(word: string): string {
  return word.replace(/ന്റ/gu, 'ന്ട').replace(/ം$/u, 'മ്').replace(/െ(?=ര്)/gu, '');
}

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
 * The keys of a word of `lang`'s script (see SCRIPTS), one per reading: its consonants as the script's reading
 * gives them, a doubled sound once ("लॉबी" is "lb", as "lobby" is; "रजिस्ट्रेशन" "rjstrsn"). None for a word of
 * another script or a language not read so.
 */
export function loanKeys(word: string, lang: string): string[] {
  const script = SCRIPTS[lang];
  return script?.letters.test(word) ? [...new Set(script.asDevanagari(word).map((reading) => single(devanagariKey(reading))))] : [];
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

/**
 * Devanagari's vowels and vowel signs by the class of sound English loanwords write with them (see
 * `firstVowel`): "a" for ा (English "last", लास्ट), "x" for ै and ॅ (English short "a": "match", मैच), "e" for
 * े, "i", "u", "o" (ॉ of "lobby" too), and, read with the vowel after them, "y" for ाइ (the "i" of "time",
 * टाइम) and "w" for ाउ (the "ou" of "account", अकाउंट). The inherent "a" of a consonant is "h".
 */
const DEVANAGARI_VOWELS: Record<string, string> = {
  अ: 'h', आ: 'a', 'ा': 'a', इ: 'i', ई: 'i', 'ि': 'i', 'ी': 'i', उ: 'u', ऊ: 'u', 'ु': 'u', 'ू': 'u', ए: 'e', 'े': 'e', ऐ: 'x', 'ै': 'x',
  ऍ: 'x', 'ॅ': 'x', ओ: 'o', औ: 'o', ऑ: 'o', 'ो': 'o', 'ौ': 'o', 'ॉ': 'o', ऋ: 'i', 'ृ': 'i',
};
/** A long "a" and the vowel after it, as one sound: "ाइ" (y), "ाउ" (w). */
const DIPHTHONGS: Record<string, string> = { इ: 'y', ई: 'y', उ: 'w', ऊ: 'w' };

/**
 * The class of a word's first vowel sound (see DEVANAGARI_VOWELS) in `lang`'s script: its first vowel or
 * vowel sign, or the inherent "a" of a first consonant that has neither after it nor a virama; empty for none,
 * or where the word ends on that consonant, as a stem may where the stemmer cut its vowel ("फ्र" of "फ्री").
 */
export function firstVowel(word: string, lang: string): string {
  const script = SCRIPTS[lang];
  if (!script?.letters.test(word)) return '';
  // Urdu's "ا" writes "a" and "o" ("لابی", lobby), a bare consonant any short vowel: only "ے" and "ائ" tell.
  const told = (vowel: string) => (!script.vowelsUntold || vowel === 'e' || vowel === 'y' ? vowel : '');
  const letters = [...script.asDevanagari(word)[0]!.normalize('NFD')].filter((letter) => letter !== '\u093c');
  for (let i = 0; i < letters.length; i++) {
    const vowel = DEVANAGARI_VOWELS[letters[i]!];
    if (vowel) return told(vowel === 'a' ? (DIPHTHONGS[letters[i + 1]!] ?? 'a') : vowel);
    if (!DEVANAGARI[letters[i]!] || letters[i] === 'ं') continue;
    const next = letters[i + 1];
    if (next === '\u094d') continue;
    if (next === undefined) return '';
    const sign = DEVANAGARI_VOWELS[next];
    return told(sign === 'a' ? (DIPHTHONGS[letters[i + 2]!] ?? 'a') : (sign ?? 'h'));
  }
  return '';
}

/**
 * English spellings of a first vowel sound, in the order they are tried, and the classes of vowel (see
 * DEVANAGARI_VOWELS) a loanword writes for them: "i" before a consonant and a final "e", or "igh", is "ाइ"
 * ("time" टाइम, "night" नाइट), and so may one before a consonant and a vowel ("final" फ़ाइनल, "title"), a plain "i"
 * "ि" or "ी" ("kill" किल); "ee", "ea" "ी" or "े" ("team" टीम, "weapon" वेपन); "er", "ir", "ur" before a
 * consonant the inherent "a" ("server" सर्वर, "first" फ़र्स्ट), as an unstressed "e" may be ("registration"
 * रजिस्ट्रेशन); a short "a" "ै" or "ा" ("match" मैच, "last" लास्ट), never the inherent "a", which English
 * writes "u" ("cup" कप); "ou", "ow" "ाउ" or "ो", and "ou" before "r" or "p" "ु" or "ू" too ("group" ग्रुप, "tournament"
 * टूर्नामेंट; not "foul", फुल is "full"); "all" and "wa" before r, l or t "ॉ" ("call" कॉल,
 * "warning" वॉर्निंग). A word whose first vowel is written with another class is another word: "kill" is no
 * "खेल" (game), "time" no "टीम", "right" no "रात", "call" no "खेल".
 */
const ENGLISH_VOWELS: [RegExp, string][] = [
  [/^(igh|i[^aeiouy]e$|ie$|y[^aeiouy]e$)/, 'y'],
  [/^(ai|ay|ei|ey|a[^aeiouy]e$)/, 'e'],
  [/^(ee|ea)/, 'ie'],
  [/^[eiu]r(?![aeiouyr])/, 'h'],
  [/^i(?=[^aeiouy]([aeiouy]|le$))/, 'iy'],
  [/^(ie|i)/, 'i'],
  [/^oo/, 'u'],
  [/^ou(?=[rp])/, 'wou'],
  [/^(ou|ow)/, 'wo'],
  [/^(oi|oy|all)/, 'o'],
  [/^a/, 'xa'],
  [/^e/, 'eih'],
  [/^o/, 'oh'],
  [/^u/, 'hu'],
  [/^y/, 'iy'],
];

/**
 * The classes of vowel the first vowel sound of a lower-case English `word` may be written with (see
 * ENGLISH_VOWELS), read without a plural's "s" ("times" as "time"); empty for a word of none.
 */
export function englishFirstVowels(word: string): string {
  const singular = englishSingular(word);
  // The first vowel after the first consonants ("u" after "q" is none, "y" a vowel but before another at a word's start).
  const at = singular.search(/(?<!q)[aeiou]|(?<!^)y/);
  // None, or one opening the word, which loanwords write every way ("account" अकाउंट, "admin" एडमिन): the key's mark says it opens on a vowel.
  if (at <= 0) return '';
  if (/^wa[rlt]/.test(singular.slice(at - 1))) return 'o';
  return ENGLISH_VOWELS.find(([spelling]) => spelling.test(singular.slice(at)))?.[1] ?? '';
}

/**
 * How likely a loanword's first vowel `vowel` (see `firstVowel`; empty for unknown) is for a lower-case
 * English word of the same key (see `loanKey`) whose first vowel classes are `classes` (see
 * `englishFirstVowels`): its place among them, the likelier first ("ea" reads "i" before "e"); -1 where they
 * lack it, and the loanword cannot write that word; where either is unknown, as likely as any.
 */
export const vowelRank = (classes: string, vowel: string): number => (classes && vowel ? classes.indexOf(vowel) : classes.length);

/**
 * A lower-case English `word` without its plural's ending: "es" after s, x, z, ch or sh ("matches"), else an
 * "s" after another letter ("times" → "time", "teams" → "team"); as it is when shorter than four letters
 * ("bus", "gas").
 */
export function englishSingular(word: string): string {
  if (word.length < 4) return word;
  return /(s|x|z|ch|sh)es$/.test(word) ? word.slice(0, -2) : word.replace(/(?<=[^s])s$/, '');
}

/** The names of the Latin letters as Hindi writes them, nukta read off ("एफ़" as "एफ"), with their other spellings; decomposed (NFD), as `lettersSpelled` reads a word. */
const LETTER_NAMES: [string, string][] = (
  [
    ['ए', 'a'], ['बी', 'b'], ['सी', 'c'], ['डी', 'd'], ['ई', 'e'], ['एफ', 'f'], ['जी', 'g'], ['एच', 'h'], ['आई', 'i'], ['जे', 'j'],
    ['के', 'k'], ['एल', 'l'], ['एम', 'm'], ['एन', 'n'], ['ओ', 'o'], ['पी', 'p'], ['क्यू', 'q'], ['आर', 'r'], ['एस', 's'], ['टी', 't'],
    ['यू', 'u'], ['वी', 'v'], ['डब्ल्यू', 'w'], ['डब्लू', 'w'], ['एक्स', 'x'], ['वाई', 'y'], ['जेड', 'z'],
  ] as [string, string][]
).map(([name, letter]) => [name.normalize('NFD'), letter]);

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
      if (!text.startsWith(name, at)) continue;
      const rest = read(at + name.length);
      if (rest !== null) return letter + rest;
    }
    return null;
  };
  const letters = read(0);
  return letters !== null && letters.length >= 2 ? letters : null;
}

/** `key` with each run of one sound read once ("lobby" has one "b", as "लॉबी" does). */
const single = (key: string): string => key.replace(/(.)\1+/g, '$1');
