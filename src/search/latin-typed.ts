import { fold } from './fold.js';

/**
 * Languages typed in Latin letters, as members write on a phone or keyboard set to Latin, read against the
 * articles' own terms: Greek ("Greeklish": "poso kostizei to vip", "pote einai to tournoua", "ti wra
 * anoigei"), Ukrainian ("skilky koshtuye vip", "koly vaip", "hto golovnyi admin"), Bulgarian ("kolko
 * struva vip", "kude e servera", "4a6a"), Serbian ("koliko košta vip", "koliko kosta vip"), Georgian ("ra
 * ghirs vip"), Armenian ("erb e turniry"), Kazakh ("qansha turady") and Mongolian ("heden tugrug"). Unlike Russian's
 * translit (see romanised.ts), a Latin letter stands for several letters of theirs: in Greek "i" for ι, η,
 * υ, ει or οι, "o" for ο or ω, "x" for χ or ξ; in Ukrainian "y" for и or й, "h" for х or г (chat writes
 * both "hto" and "golovnyi"), and the soft sign is left out ("skilky", скільки). So a word's spellings are
 * many: they are read letter group by letter group, and only the spellings that stay the beginning of some
 * term are followed (see `latinTypedTerm`).
 */

/** How a language is typed in Latin letters: its letter groups, longest first, and the letters each may stand for (lower case). */
interface Romanisation {
  groups: [string, string[]][];
  /** A word it may write. */
  word: RegExp;
  /** Letters that stand only at a word's end (Greek's final sigma). */
  final?: string;
  /**
   * Whether the language's stems rewrite letters of the word (Bulgarian "златен" → "златн"), so a word's
   * beginning need not spell its stem: its whole spellings are then stemmed too (see `latinTypedWholeSpellings`).
   */
  stemsRewrite?: boolean;
}

const GREEK: Romanisation = {
  groups: [
    ['th', ['θ']], ['ps', ['ψ']], ['ks', ['ξ']], ['ch', ['χ']], ['kh', ['χ']], ['ph', ['φ']],
    ['mp', ['μπ']], ['nt', ['ντ']], ['gk', ['γκ']], ['gg', ['γγ', 'γκ']], ['ts', ['τσ']], ['tz', ['τζ']],
    ['ou', ['ου']], ['ei', ['ει', 'ι', 'η']], ['oi', ['οι', 'ι']], ['ai', ['αι', 'ε']], ['ui', ['υι']],
    ['au', ['αυ']], ['av', ['αυ', 'αβ']], ['af', ['αυ', 'αφ']], ['eu', ['ευ']], ['ev', ['ευ', 'εβ']], ['ef', ['ευ', 'εφ']],
    ['ll', ['λλ', 'λ']], ['mm', ['μμ', 'μ']], ['nn', ['νν', 'ν']], ['ss', ['σσ', 'σ']], ['pp', ['ππ', 'π']], ['tt', ['ττ', 'τ']],
    ['kk', ['κκ', 'κ']], ['rr', ['ρρ', 'ρ']],
    ['a', ['α']], ['b', ['μπ', 'β']], ['c', ['κ', 'σ']], ['d', ['ντ', 'δ']], ['e', ['ε', 'αι', 'η']], ['f', ['φ']], ['g', ['γ', 'γκ']],
    ['h', ['η', 'χ']], ['i', ['ι', 'η', 'υ', 'ει', 'οι']], ['j', ['τζ']], ['k', ['κ']], ['l', ['λ']], ['m', ['μ']], ['n', ['ν']],
    ['o', ['ο', 'ω']], ['p', ['π']], ['q', ['κ']], ['r', ['ρ']], ['s', ['σ', 'ς']], ['t', ['τ']], ['u', ['ου', 'υ']], ['v', ['β']],
    ['w', ['ω']], ['x', ['χ', 'ξ']], ['y', ['υ', 'ι', 'η']], ['z', ['ζ']], ['8', ['θ']], ['3', ['ξ']],
  ],
  // Latin letters, and the digits that stand for θ and ξ between them.
  word: /^[a-z][a-z38]*$/,
  final: 'ς',
};

/**
 * Ukrainian as chat romanises it: the national system's "kh", "zh", "ts", "ye", "yi", "ia"/"ya" beside
 * Russian-style "h" and "g", "iy"/"yi" for ий, "j" for й; the soft sign, which chat leaves out, may follow
 * the consonants it softens.
 */
const UKRAINIAN: Romanisation = {
  groups: [
    ['shch', ['щ']], ['sch', ['щ']], ['zh', ['ж']], ['kh', ['х']], ['ch', ['ч']], ['sh', ['ш']], ['ts', ['ц', 'ць', 'тс']],
    ['ye', ['є', 'е']], ['ie', ['є']], ['je', ['є']], ['yi', ['ї', 'ий']], ['ji', ['ї']], ['yu', ['ю']], ['iu', ['ю']], ['ju', ['ю']],
    ['ya', ['я']], ['ia', ['я']], ['ja', ['я']],
    ['a', ['а']], ['b', ['б']], ['c', ['ц', 'ць', 'к']], ['d', ['д', 'дь']], ['e', ['е', 'є']], ['f', ['ф']], ['g', ['г', 'ґ']],
    ['h', ['х', 'г']], ['i', ['і', 'й', 'ї']], ['j', ['й']], ['k', ['к']], ['l', ['л', 'ль']], ['m', ['м']], ['n', ['н', 'нь']],
    ['o', ['о']], ['p', ['п']], ['q', ['к']], ['r', ['р']], ['s', ['с', 'сь']], ['t', ['т', 'ть']], ['u', ['у']], ['v', ['в']],
    ['w', ['в']], ['x', ['кс', 'х']], ['y', ['и', 'й']], ['z', ['з', 'зь']],
  ],
  word: /^[a-z]+$/,
};

/**
 * Bulgarian as chat types it in Latin letters ("shlyokavitsa"): digits for the letters Latin lacks, "4" for
 * ч, "6" for ш ("4a6a", чаша; "6t" for щ), "q" for я, "w" for в, and ъ written "a", "u" or "y" ("kude",
 * "kade", къде), beside the transliteration's "sht", "zh", "ch", "sh", "ya", "yu".
 */
const BULGARIAN: Romanisation = {
  groups: [
    ['sht', ['щ']], ['6t', ['щ']], ['sh', ['ш']], ['6', ['ш']], ['ch', ['ч']], ['4', ['ч']], ['zh', ['ж']], ['kh', ['х']],
    ['ts', ['ц', 'тс']], ['yu', ['ю']], ['iu', ['ю']], ['ju', ['ю']], ['ya', ['я']], ['ia', ['я']], ['ja', ['я']],
    ['a', ['а', 'ъ']], ['b', ['б']], ['c', ['ц', 'к']], ['d', ['д']], ['e', ['е']], ['f', ['ф']], ['g', ['г']],
    ['h', ['х']], ['i', ['и', 'й']], ['j', ['ж', 'й']], ['k', ['к']], ['l', ['л']], ['m', ['м']], ['n', ['н']],
    ['o', ['о']], ['p', ['п']], ['q', ['я']], ['r', ['р']], ['s', ['с']], ['t', ['т']], ['u', ['у', 'ъ', 'ю']], ['v', ['в']],
    ['w', ['в']], ['x', ['кс', 'х']], ['y', ['ъ', 'й', 'и']], ['z', ['з']],
  ],
  // Latin letters, and the digits that stand for ч and ш among them.
  word: /^[a-z46]*[a-z][a-z46]*$/,
  stemsRewrite: true,
};

/**
 * Serbian in its Latin alphabet (gajica), which maps onto the Cyrillic one letter for letter, as members type
 * it against Cyrillic articles, with its diacritics or without them ("c" for ц, ч or ћ, "s" for с or ш, "z"
 * for з or ж, "dj" for ђ), and Croatian and Bosnian members' ijekavian "ije", "je" for the articles' ekavian
 * "е" ("gdje", где). A Serbian Minecraft server's trial: 35 of its 37 questions typed so met no article.
 */
const SERBIAN: Romanisation = {
  groups: [
    ['ije', ['е', 'ије']], ['lj', ['љ', 'лј']], ['nj', ['њ', 'нј']], ['dž', ['џ']], ['dz', ['џ', 'дз']], ['dj', ['ђ', 'дј']], ['je', ['је', 'е']],
    ['đ', ['ђ']], ['č', ['ч']], ['ć', ['ћ']], ['š', ['ш']], ['ž', ['ж']],
    ['a', ['а']], ['b', ['б']], ['c', ['ц', 'ч', 'ћ']], ['d', ['д']], ['e', ['е']], ['f', ['ф']], ['g', ['г']], ['h', ['х']], ['i', ['и']],
    ['j', ['ј']], ['k', ['к']], ['l', ['л']], ['m', ['м']], ['n', ['н']], ['o', ['о']], ['p', ['п']], ['q', ['к']], ['r', ['р']],
    ['s', ['с', 'ш']], ['t', ['т']], ['u', ['у']], ['v', ['в']], ['w', ['в']], ['x', ['кс']], ['y', ['ј', 'и']], ['z', ['з', 'ж']],
  ],
  word: /^[a-zčćšžđ]+$/,
};

/**
 * Georgian as chat types it in Latin letters ("rogor davregistrirde", "ra ghirs vip", "iwyeba"): its
 * ejectives and aspirates typed alike ("k" for კ, ქ or ყ; "t" for ტ or თ; "ts", "c" for ც or წ), "w" for წ, ჭ
 * or შ, "x", "kh" for ხ, "gh" for ღ. Its endings run longer than a word's beginning that stays a term's
 * ("gatamashebashi"): whole spellings are read too.
 */
const GEORGIAN: Romanisation = {
  groups: [
    ['tch', ['ჭ']], ['sh', ['შ']], ['ch', ['ჩ', 'ჭ']], ['kh', ['ხ']], ['gh', ['ღ']], ['zh', ['ჟ']], ['dz', ['ძ']], ['ts', ['ც', 'წ']],
    ['th', ['თ']], ['ph', ['ფ']], ['dj', ['ჯ']],
    ['a', ['ა']], ['b', ['ბ']], ['c', ['ც', 'წ', 'ჩ']], ['d', ['დ']], ['e', ['ე']], ['f', ['ფ']], ['g', ['გ', 'ღ']], ['h', ['ჰ', 'ხ']],
    ['i', ['ი']], ['j', ['ჯ', 'ჟ']], ['k', ['კ', 'ქ', 'ყ']], ['l', ['ლ']], ['m', ['მ']], ['n', ['ნ']], ['o', ['ო']], ['p', ['პ', 'ფ']],
    ['q', ['ქ', 'ყ']], ['r', ['რ']], ['s', ['ს']], ['t', ['ტ', 'თ']], ['u', ['უ']], ['v', ['ვ']], ['w', ['წ', 'ჭ', 'შ']], ['x', ['ხ']],
    ['y', ['ყ']], ['z', ['ზ', 'ძ']],
  ],
  word: /^[a-z]+$/,
  stemsRewrite: true,
};

/**
 * Armenian as chat types it in Latin letters ("inchqan arji vip-y", "erb e turniry", "vonc grancvem"): "vo" and
 * "o" for ո, "u" for ու, "y" for ը, յ or ե, "j" for ջ, ճ or ժ, "q" for ք, "x" for խ, "gh" for ղ, and one Latin letter for each
 * pair of its plain and aspirated consonants ("k" for կ or ք, "t" for տ or թ). Its endings run long: whole
 * spellings are read too.
 */
const ARMENIAN: Romanisation = {
  groups: [
    ['vo', ['ո', 'վո']], ['ev', ['և', 'եվ']], ['ou', ['ու']], ['sh', ['շ']], ['ch', ['չ', 'ճ']], ['zh', ['ժ']], ['gh', ['ղ']], ['kh', ['խ']], ['dz', ['ձ']], ['ts', ['ց', 'ծ']],
    ['a', ['ա']], ['b', ['բ']], ['c', ['ց', 'ծ', 'չ']], ['d', ['դ']], ['e', ['ե', 'է']], ['f', ['ֆ']], ['g', ['գ', 'ղ']], ['h', ['հ']],
    ['i', ['ի']], ['j', ['ջ', 'ճ', 'ժ']], ['k', ['կ', 'ք']], ['l', ['լ']], ['m', ['մ']], ['n', ['ն']], ['o', ['ո', 'օ']], ['p', ['պ', 'փ']],
    ['q', ['ք']], ['r', ['ր', 'ռ']], ['s', ['ս']], ['t', ['տ', 'թ']], ['u', ['ու']], ['v', ['վ']], ['w', ['վ']], ['x', ['խ']],
    ['y', ['ը', 'յ', 'ե']], ['z', ['զ']],
  ],
  word: /^[a-z]+$/,
  stemsRewrite: true,
};

/**
 * Kazakh in Latin letters: plain ASCII as chat types it ("mausym qashan bastalady", "qansha turady"), and the
 * 2021 alphabet's "ä", "ğ", "ñ", "ö", "ş", "ū", "ü", "ı" (and the 2018 one's acute letters), read as the
 * letters Kazakh's spelling leaves (see `kazakhSpelling` in languages.ts: "қ" read "к", "ұ" "у"), so "q"
 * and "k" are both к. A Kazakh trial: 17 of its 18 questions typed so met no article.
 */
const KAZAKH: Romanisation = {
  groups: [
    ['sh', ['ш']], ['ch', ['ч']], ['zh', ['ж']], ['gh', ['г']], ['kh', ['х']], ['ng', ['н', 'нг']], ['ts', ['ц']],
    ['ya', ['я']], ['yu', ['ю']], ['ia', ['я']], ['iu', ['ю']],
    ['a', ['а']], ['ä', ['а']], ['á', ['а']], ['b', ['б']], ['c', ['ц', 'к']], ['d', ['д']], ['e', ['е']], ['f', ['ф']], ['g', ['г']], ['ğ', ['г']], ['ǵ', ['г']],
    ['h', ['х']], ['i', ['и', 'й', 'ы']], ['ı', ['ы', 'и']], ['j', ['ж', 'й']], ['k', ['к']], ['l', ['л']], ['m', ['м']], ['n', ['н']], ['ñ', ['н']], ['ń', ['н']],
    ['o', ['о']], ['ö', ['о']], ['ó', ['о']], ['p', ['п']], ['q', ['к']], ['r', ['р']], ['s', ['с']], ['ş', ['ш']], ['ç', ['ч']], ['t', ['т']],
    ['u', ['у']], ['ū', ['у']], ['ú', ['у']], ['ü', ['у']], ['v', ['в']], ['w', ['у']], ['x', ['х']], ['y', ['ы', 'й', 'у']], ['ý', ['у']], ['z', ['з']],
  ],
  word: /^[a-zäáğǵıñńöóşçūúüý]+$/,
};

/**
 * Mongolian as its chat types it in Latin letters ("hezee ehleh we", "heden tugrug", "yaaj burtguuleh"): "u"
 * for у, ү or ө, "o" for о or ө, "q" for ө, "v" for в or ү, "w" for в (the "we" of "вэ"), "h", "kh" and "x"
 * for х, "j" for ж, "ts" and "c" for ц, "i" and "y" for и, й or ы. A Mongolian Dota 2 and CS2 community's
 * trial: 32 of its 37 questions typed so met no article; with this, right / wrong / honest abstentions /
 * wrong abstentions 96 / 22 / 39 / 43 → 121 / 26 / 38 / 15.
 */
const MONGOLIAN: Romanisation = {
  groups: [
    ['sh', ['ш']], ['ch', ['ч']], ['kh', ['х']], ['zh', ['ж']], ['ts', ['ц']], ['ya', ['я']], ['yu', ['ю']], ['yo', ['ё']], ['ye', ['е']],
    ['a', ['а']], ['b', ['б']], ['c', ['ц']], ['d', ['д']], ['e', ['э', 'е']], ['f', ['ф']], ['g', ['г']], ['h', ['х']],
    ['i', ['и', 'й', 'ы']], ['j', ['ж', 'й']], ['k', ['к', 'х']], ['l', ['л']], ['m', ['м']], ['n', ['н']], ['o', ['о', 'ө']],
    ['ö', ['ө']], ['p', ['п']], ['q', ['ө']], ['r', ['р']], ['s', ['с']], ['t', ['т']], ['u', ['у', 'ү', 'ө']], ['ü', ['ү']],
    ['v', ['в', 'ү']], ['w', ['в']], ['x', ['х']], ['y', ['ы', 'й', 'ү', 'и']], ['z', ['з']],
  ],
  word: /^[a-zöü]+$/,
};

const ROMANISATIONS: Record<string, Romanisation> = { el: GREEK, uk: UKRAINIAN, bg: BULGARIAN, sr: SERBIAN, ka: GEORGIAN, hy: ARMENIAN, kk: KAZAKH, mn: MONGOLIAN };

/** Whether `lang` (ISO 639-1) is read from Latin letters here. */
export const readsLatinTyped = (lang: string): boolean => lang in ROMANISATIONS;

/** The terms of a vocabulary, looked up by beginning (see `latinTypedTerm`). */
export interface Vocabulary {
  /** Whether some term begins with `prefix`. */
  begins(prefix: string): boolean;
  /** The id of the term `text`, if there is one. */
  term(text: string): number | undefined;
  /** How many units hold term `id` (ties go to the commoner term). */
  frequency(id: number): number;
}

/**
 * The term of `vocabulary` a `word` (lower case) typed in Latin letters writes in `lang` (one of ROMANISATIONS'): the longest
 * term that some spelling of the word's beginning spells out whole, where the rest of the word (an
 * inflection's ending, which the articles' stems leave off: "kostizei" is κοστ|ίζει, "koshtuye" кошт|ує) has
 * at most MAX_ENDING letters and no more than that beginning; a term of MIN_TERM letters at least; on a tie,
 * the commoner term. Spellings are compared without diacritics, as stems are folded (Ukrainian й as и, ї as
 * і). Undefined for a word the language's romanisation does not write, or whose spellings begin no term.
 */
export function latinTypedTerm(word: string, lang: string, vocabulary: Vocabulary): number | undefined {
  const romanisation = ROMANISATIONS[lang];
  if (!romanisation?.word.test(word)) return undefined;
  let best: { id: number; read: number } | undefined;
  const follow = (at: number, spelled: string): void => {
    if (spelled.length >= MIN_TERM || (spelled.length === MIN_TERM - 1 && word.length - at === 1 && VOWEL_ENDING.test(word))) {
      const id = vocabulary.term(spelled);
      const rest = word.length - at;
      if (id !== undefined && rest <= MAX_ENDING && rest <= at && (!best || at > best.read || (at === best.read && vocabulary.frequency(id) > vocabulary.frequency(best.id)))) best = { id, read: at };
    }
    for (const [after, letters] of groupsAt(romanisation, word, at, true)) if (vocabulary.begins(spelled + letters)) follow(after, spelled + letters);
  };
  follow(0, '');
  return best?.id;
}

/**
 * The spellings in `lang` (one of ROMANISATIONS') of a short `word` typed in Latin letters (at most MAX_SPELLED letters),
 * each letter group read every way its romanisation allows (a pair such as "ei" also as its two letters), up
 * to MAX_SPELLINGS of them: for telling its function words ("einai", "gia", "koly", "hto") from its topic
 * words. None for a longer word or one the romanisation does not write.
 */
export function latinTypedSpellings(word: string, lang: string): string[] {
  const romanisation = ROMANISATIONS[lang];
  return romanisation?.word.test(word) && word.length <= MAX_SPELLED ? spellingsOf(romanisation, word, MAX_SPELLINGS) : [];
}

/**
 * Every whole spelling in `lang` of a `word` typed in Latin letters (at most MAX_WHOLE_LETTERS letters, up to
 * MAX_WHOLE_SPELLINGS of them), for a language whose stems rewrite letters (see `Romanisation.stemsRewrite`),
 * to be stemmed as the articles' words are: "zlaten" as "златен", whose stem "златн" no beginning of it spells.
 * None for another language, a longer word or one the romanisation does not write.
 */
export function latinTypedWholeSpellings(word: string, lang: string): string[] {
  const romanisation = ROMANISATIONS[lang];
  return romanisation?.stemsRewrite && romanisation.word.test(word) && word.length <= MAX_WHOLE_LETTERS ? spellingsOf(romanisation, word, MAX_WHOLE_SPELLINGS) : [];
}

/** The spellings of `word`, each letter group read every way `romanisation` allows, up to `limit` of them. */
function spellingsOf(romanisation: Romanisation, word: string, limit: number): string[] {
  const spellings: string[] = [];
  const spell = (at: number, spelled: string): void => {
    if (spellings.length >= limit) return;
    if (at === word.length) return void spellings.push(spelled);
    for (const [after, letters] of groupsAt(romanisation, word, at, false)) spell(after, spelled + letters);
  };
  spell(0, '');
  return spellings;
}

/**
 * The readings of the Latin letter group at `at` in `word`: where the next group starts, and the letters it
 * stands for (a final letter at a word's end only), without their diacritics where `folded`, each once.
 */
function* groupsAt(romanisation: Romanisation, word: string, at: number, folded: boolean): Generator<[number, string]> {
  for (const [latin, options] of romanisation.groups) {
    if (!word.startsWith(latin, at)) continue;
    const after = at + latin.length;
    const read = new Set<string>();
    for (const letters of options) {
      if (letters === romanisation.final && after < word.length) continue;
      const spelled = folded ? FOLDED.get(letters) ?? letters : letters;
      if (read.size < read.add(spelled).size) yield [after, spelled];
    }
  }
}

/** Letters as stems write them, folded (Ukrainian й, ї: see `fold`), made once: only those that change. */
const FOLDED = new Map(
  Object.values(ROMANISATIONS)
    .flatMap(({ groups }) => groups.flatMap(([, options]) => options.map((letters) => [letters, fold(letters)] as const)))
    .filter(([letters, folded]) => letters !== folded),
);

/**
 * Letters of the shortest term a word is read as: shorter stems ("ντ", "γι") meet any word by chance; but one
 * letter shorter for a word of one letter more, a vowel, its ending (see VOWEL_ENDING: "wra", "ora" of "ώρα",
 * stem "ωρ": "ti wra anoigete" counted "wra" against every answer, an Athens board-game café's trial, round Y).
 */
const MIN_TERM = 3;
/** A word's last letter a vowel: the ending a two-letter term may leave ("wra"; not "map" as "ма", "gym" as "γι": a review). */
const VOWEL_ENDING = /[aeiouy]$/;
/** Letters of an inflection's ending the articles' stems leave off (Greek "-ει", "-ουμε", "-ετε", "-ουν"; Ukrainian "-ує", "-ують", "-ами"). */
const MAX_ENDING = 4;
/** The longest word `latinTypedSpellings` spells, and how many spellings it returns at most: function words are short, and a
 * longer one ("navishcho", навіщо) is read as a topic word rather than spelled hundreds of ways. */
const MAX_SPELLED = 6;
const MAX_SPELLINGS = 256;
/** A word `latinTypedWholeSpellings` reads whole, and how many of its spellings: "a", "u", "y" and "i" each stand for two or three letters. */
const MAX_WHOLE_LETTERS = 16;
const MAX_WHOLE_SPELLINGS = 2_048;
