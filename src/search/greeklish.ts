/**
 * Greek typed in Latin letters ("Greeklish": "poso kostizei to vip", "pote einai to tournoua", "ti wra
 * anoigei"), as Greek members write on a phone or keyboard set to Latin. Unlike Russian's translit (see
 * romanised.ts), a Latin letter stands for several Greek ones ("i" for ι, η, υ, ει or οι; "o" for ο or ω;
 * "x" for χ or ξ; "b" for β or μπ), so a word's Greek spellings are many: they are read against the
 * articles' own terms, letter group by letter group, and only the spellings that stay the beginning of some
 * term are followed (see `greeklishTerm`).
 */

/** Latin letter groups, longest first, and the Greek letters each may stand for (lower case, no accents). */
const GROUPS: [string, string[]][] = [
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
];

/** A word Greeklish may write: Latin letters, and the digits that stand for θ and ξ between them. */
const GREEKLISH_WORD = /^[a-z][a-z38]*$/;

/** The terms of a vocabulary, looked up by beginning (see `greeklishTerm`). */
export interface Vocabulary {
  /** Whether some term begins with `prefix`. */
  begins(prefix: string): boolean;
  /** The id of the term `text`, if there is one. */
  term(text: string): number | undefined;
  /** How many units hold term `id` (ties go to the commoner term). */
  frequency(id: number): number;
}

/**
 * The term of `vocabulary` a Greeklish `word` (lower case) writes: the longest term that some Greek spelling
 * of the word's beginning spells out whole, where the rest of the word (an inflection's ending, which the
 * articles' stems leave off: "kostizei" is κοστ|ίζει) has at most MAX_ENDING letters and no more than that
 * beginning; a term of MIN_TERM letters at least; on a tie, the commoner term. Undefined for a word that is no
 * Greeklish (other letters, or none of its spellings begins a term).
 */
export function greeklishTerm(word: string, vocabulary: Vocabulary): number | undefined {
  if (!GREEKLISH_WORD.test(word)) return undefined;
  let best: { id: number; read: number } | undefined;
  const follow = (at: number, greek: string): void => {
    if (greek.length >= MIN_TERM) {
      const id = vocabulary.term(greek);
      const rest = word.length - at;
      if (id !== undefined && rest <= MAX_ENDING && rest <= at && (!best || at > best.read || (at === best.read && vocabulary.frequency(id) > vocabulary.frequency(best.id)))) best = { id, read: at };
    }
    for (const [after, letters] of groupsAt(word, at)) if (vocabulary.begins(greek + letters)) follow(after, greek + letters);
  };
  follow(0, '');
  return best?.id;
}

/**
 * The Greek spellings of a short Greeklish `word` (at most MAX_SPELLED letters), each letter group read every
 * way GROUPS allows (a pair such as "ei" also as its two letters), up to MAX_SPELLINGS of them: for telling
 * its function words ("einai", "gia", "mou", "na") from its topic words. None for a longer word or one that
 * is no Greeklish.
 */
export function greeklishSpellings(word: string): string[] {
  if (!GREEKLISH_WORD.test(word) || word.length > MAX_SPELLED) return [];
  const spellings: string[] = [];
  const spell = (at: number, greek: string): void => {
    if (spellings.length >= MAX_SPELLINGS) return;
    if (at === word.length) return void spellings.push(greek);
    for (const [after, letters] of groupsAt(word, at)) spell(after, greek + letters);
  };
  spell(0, '');
  return spellings;
}

/** The readings of the Latin letter group at `at` in `word`: where the next group starts, and the Greek letters it stands for (ς at a word's end only). */
function* groupsAt(word: string, at: number): Generator<[number, string]> {
  for (const [latin, options] of GROUPS) {
    if (!word.startsWith(latin, at)) continue;
    const after = at + latin.length;
    for (const letters of options) if (letters !== 'ς' || after === word.length) yield [after, letters];
  }
}

/** Letters of the shortest term a Greeklish word is read as: shorter stems ("ντ", "γι") meet any word by chance. */
const MIN_TERM = 3;
/** Letters of an inflection's ending the articles' stems leave off ("-ει", "-ουμε", "-ετε", "-ουν"). */
const MAX_ENDING = 4;
/** The longest word `greeklishSpellings` spells, and how many spellings it returns at most. */
const MAX_SPELLED = 6;
const MAX_SPELLINGS = 256;
