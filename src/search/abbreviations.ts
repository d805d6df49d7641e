/**
 * Abbreviations made of a compound's initials: "fb" of "facebook" (face + book). A short word the articles
 * write rarely, or not at all, is read as the compound they write more often whose parts, each a word of
 * theirs, start with its letters in order. The articles themselves supply the long form: an abbreviation no
 * compound of theirs spells stays as it is (and unknown where they lack it).
 */

/** Letters of a word read as initials: 2 or 3 Latin letters ("fb", "yt"); a longer word is rarely one. */
export const INITIALS = /^[a-z]{2,3}$/;

/** Letters of each part of a compound: "face" + "book"; shorter parts ("per" + "man" of "permanent") meet words by chance. */
export const MIN_PART = 4;

const DIGIT = /\d/;

/**
 * Whether `word` can be cut into `letters.length` parts, each of at least MIN_PART letters and `known`,
 * the i-th starting with `letters[i]`: `splitsAs("facebook", "fb", known)` with "face" and "book" known.
 */
export function splitsAs(word: string, letters: string, known: (part: string) => boolean): boolean {
  if (word[0] !== letters[0]) return false;
  if (letters.length === 1) return word.length >= MIN_PART && known(word);
  for (let cut = MIN_PART; cut <= word.length - MIN_PART * (letters.length - 1); cut++) {
    if (word[cut] === letters[1] && known(word.slice(0, cut)) && splitsAs(word.slice(cut), letters.slice(1), known)) return true;
  }
  return false;
}

/**
 * The long form of `word` among `candidates` (term ids; `termOf` gives each one's term, and any that does
 * not start with the word's first letter is passed over): of the compounds `word` spells the initials of
 * (see `splitsAs`), the one `frequency` (documents per term id) rates highest, and only when it rates it
 * above `own` (the word's own frequency): articles that write "FB" more than "Facebook" mean their own
 * thing by it. Not a term holding a figure, which is no compound of words: an address's "cs241-admin" read
 * "how to be a ca" (a course assistant) as "cs241admin", and the paragraph giving it answered at 1.00 (a
 * university course's trial). Undefined for a word that is not 2 or 3 letters.
 */
export function longForm(word: string, own: number, candidates: Iterable<number>, termOf: (id: number) => string, known: (part: string) => boolean, frequency: (id: number) => number): number | undefined {
  if (!INITIALS.test(word)) return undefined;
  let best: number | undefined;
  let used = own;
  for (const id of candidates) {
    const term = termOf(id);
    if (term[0] !== word[0] || term.length < MIN_PART * word.length || DIGIT.test(term)) continue;
    const times = frequency(id);
    if (times > used && splitsAs(term, word, known)) [best, used] = [id, times];
  }
  return best;
}
