/**
 * Japanese loanwords typed in hiragana. Articles write them in katakana ("フリータイム", "コーヒー",
 * "ジャッジ"); members on a phone often type the same sounds in hiragana ("ふりーたいむ いくら"), which
 * ICU's segmentation cuts into pieces no article writes ("ふり", "ー", "た", "いむ"). The two scripts spell
 * the same sounds one block apart (Unicode's Hiragana and Katakana blocks, U+3041–U+3096 and U+30A1–U+30F6),
 * so the hiragana spelling of a katakana word is found by shifting it, with no dictionary.
 */

/** Hiragana (and the prolonged sound mark ー, typed with either script) in a run. */
const HIRAGANA_RUN = /[\u3041-\u3096\u30fc]+/gu;

/** Distance from a hiragana letter to the katakana letter of the same sound. */
const KATAKANA_SHIFT = 0x60;

/**
 * Fewest letters of a hiragana spelling read as a katakana word: two-letter hiragana words are everyday
 * words ("ここ", "いる") as often as loanwords ("ぱす"), and a site may write any two katakana letters.
 */
const MIN_RESPELLED = 3;

/** `text` with its hiragana written in katakana ("こーひー" → "コーヒー"); other letters as they are. */
export function katakanaOf(text: string): string {
  let out = '';
  for (const char of text) {
    const code = char.codePointAt(0)!;
    out += code >= 0x3041 && code <= 0x3096 ? String.fromCodePoint(code + KATAKANA_SHIFT) : char;
  }
  return out;
}

/** A word of katakana only (with the prolonged sound mark ー, which is of no script). */
export const KATAKANA_WORD = /^[\p{sc=Katakana}\u30fc]+$/u;

/** The katakana words among some terms (see `katakanaWordsOf`), and the letters in the longest. */
export interface KatakanaWords {
  words: ReadonlySet<string>;
  longest: number;
}

/** The terms of `vocabularies` written in katakana only, of MIN_RESPELLED letters or more. */
export function katakanaWordsOf(...vocabularies: Iterable<string>[]): KatakanaWords {
  const words = new Set<string>();
  let longest = 0;
  for (const terms of vocabularies)
    for (const term of terms)
      if (term.length >= MIN_RESPELLED && KATAKANA_WORD.test(term)) {
        words.add(term);
        longest = Math.max(longest, term.length);
      }
  return { words, longest };
}

/** Text ending in a letter or a digit (a kanji, katakana, Latin letters): hiragana after one are its inflection or a particle. */
const AFTER_WORD = /[\p{L}\p{N}]$/u;

/**
 * `question` with each hiragana spelling of one of `katakana`'s words written as that word: from the start
 * of a run of hiragana, the longest piece of at least MIN_RESPELLED letters whose katakana is such a word,
 * then the same from where it ends, until no piece is one ("ふりーたいむ" → "フリー" + "タイム"). Only where a
 * word starts: not within a run, nor in one right after a letter or a digit, whose hiragana are that word's
 * inflection or a particle ("人が少ないと", too few people, is no "ナイト", night, of a café's "人狼ナイト";
 * nor "レンタルはいくら" a "ハイク", hike). Nor a piece `keep` keeps as typed (a word the articles write in
 * hiragana, a stopword: "いくら", how much, is no "イクラ", salmon roe, on a café's menu).
 */
export function katakanaSpelled(question: string, { words, longest }: KatakanaWords, keep: (hiragana: string) => boolean): string {
  if (!words.size) return question;
  return question.replace(HIRAGANA_RUN, (run: string, at: number) => {
    // Two code units: a kanji outside the Basic Multilingual Plane is a surrogate pair.
    if (AFTER_WORD.test(question.slice(Math.max(0, at - 2), at))) return run;
    const read = (piece: string) => words.has(katakanaOf(piece)) && !keep(piece);
    let out = '';
    let from = 0;
    while (from < run.length) {
      let to = Math.min(run.length, from + longest);
      while (to - from >= MIN_RESPELLED && !read(run.slice(from, to))) to--;
      if (to - from < MIN_RESPELLED) break;
      out += katakanaOf(run.slice(from, to));
      from = to;
    }
    return out + run.slice(from);
  });
}
