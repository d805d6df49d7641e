/**
 * Which languages' articles use each term of an index shared by several languages, one byte per term: a
 * bit per language, for the LANGUAGE_BITS languages most articles are written in. The languages share one
 * vocabulary, so a question's word can be another language's term by chance (English "suport", mistyped,
 * is the Portuguese stem of "suportados"); this tells the question's own terms from such (see
 * `SearchIndex.analyse`). Built as documents are added, at one OR per term occurrence.
 */
export class TermLanguages {
  /** Per term id, the bits of the languages whose articles use it. */
  private bits: Uint8Array<ArrayBufferLike>;
  private readonly bitOf: Map<string, number>;

  /** For an index of articles in `languages` (one per article, as analysed): null when they are all one. */
  static forArticles(languages: readonly string[]): TermLanguages | null {
    const counts = new Map<string, number>();
    for (const lang of languages) counts.set(lang, (counts.get(lang) ?? 0) + 1);
    return counts.size < 2 ? null : new TermLanguages([...counts.keys()].sort((a, b) => counts.get(b)! - counts.get(a)! || (a < b ? -1 : 1)));
  }

  /** `languages`: the index's languages, most used first (those past LANGUAGE_BITS get no bit). */
  constructor(
    readonly languages: readonly string[],
    bits: Uint8Array<ArrayBufferLike> = new Uint8Array(1 << 10),
  ) {
    this.bitOf = new Map(languages.slice(0, LANGUAGE_BITS).map((lang, i) => [lang, 1 << i]));
    this.bits = bits;
  }

  /** What `restore` takes: the languages in bit order and the bytes (shared, not copied). */
  state(): TermLanguagesState {
    return { languages: this.languages, bits: this.bits };
  }

  static restore(state: TermLanguagesState): TermLanguages {
    return new TermLanguages(state.languages, state.bits);
  }

  /** Records that an article in `lang` uses the terms `ids`. */
  add(lang: string, ids: readonly number[]): void {
    const bit = this.bitOf.get(lang);
    if (bit === undefined) return;
    for (const id of ids) {
      if (id >= this.bits.length) this.grow(id);
      this.bits[id]! |= bit;
    }
  }

  /**
   * Whether term `id` is used only by articles in languages other than `lang`: false for a term some
   * article in `lang` uses, for a term of no recorded language, and whenever `lang` has no bit (an article
   * language past the LANGUAGE_BITS most used, or none): then nothing is known against the term.
   */
  othersOnly(id: number, lang: string): boolean {
    const bit = this.bitOf.get(lang);
    const used = this.bits[id] ?? 0;
    return bit !== undefined && used !== 0 && (used & bit) === 0;
  }

  private grow(id: number): void {
    let size = this.bits.length;
    while (size <= id) size *= 2;
    const bits = new Uint8Array(size);
    bits.set(this.bits);
    this.bits = bits;
  }
}

export interface TermLanguagesState {
  languages: readonly string[];
  bits: Uint8Array<ArrayBufferLike>;
}

/** One byte per term: eight languages. A site in more languages is rare; its others go unchecked. */
export const LANGUAGE_BITS = 8;
