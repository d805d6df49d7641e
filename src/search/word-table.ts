import { fnv1a } from './hash.js';

/**
 * Where an analysis numbers the words it reads (see `Analyzer.termsOfParts`): a `WordTable`, one number per
 * distinct word, for a build; a `WordList`, one per occurrence, for a single short text.
 */
export interface Words {
  /** The number of `word`. */
  find(word: string): number;
  /** The number of `text[start, end)` lower-cased: see `WordTable.ascii`. */
  ascii(text: string, start: number, end: number, hash: number, upper: boolean): number;
  /** Word `n`. */
  word(n: number): string;
  /** How many words it holds, numbered 0 to `size - 1`. */
  readonly size: number;
}

/**
 * Distinct words, numbered 0, 1, 2, … in order of first sight, and found from a text's characters: an ASCII
 * word is looked up where it stands in the text, lower-cased on the fly (see `ascii`), so its thousands of
 * occurrences in a corpus make no string and no Map lookup; a word's string is made once, at its first.
 * Open addressing over typed arrays, the words' characters kept one after another, so a lookup compares a
 * few contiguous code units rather than a string somewhere on the heap. For `Analyzer.termsOfParts` (see
 * `Lexicon`), where looking words up in a Map by a fresh string for each occurrence cost more than the rest
 * of their analysis (issue 15).
 */
export class WordTable implements Words {
  /** Word number + 1 per slot, 0 for an empty slot; a power of two, at most half full. */
  private slots: Int32Array;
  /** Per word: its hash (FNV-1a of its code units, as `find` computes it), where its characters end in `chars`, and its string. */
  private hashes: Int32Array;
  private ends: Int32Array;
  private chars: Uint16Array;
  private readonly words: string[] = [];

  /** `expected`: about how many words it will hold (it grows past them). */
  constructor(expected = 16) {
    const size = 2 ** Math.ceil(Math.log2(Math.max(4, expected)));
    this.slots = new Int32Array(2 * size);
    this.hashes = new Int32Array(size);
    this.ends = new Int32Array(size);
    this.chars = new Uint16Array(8 * size);
  }

  /** Word `n`. */
  word(n: number): string {
    return this.words[n]!;
  }

  /** How many words it holds, numbered 0 to `size - 1`. */
  get size(): number {
    return this.words.length;
  }

  /** The number of `word`, numbered now when the table has not met it. */
  find(word: string): number {
    // Signed, as `hashes` holds them and `ascii` is given them.
    const hash = fnv1a(word) | 0;
    const mask = this.slots.length - 1;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const found = this.slots[slot]! - 1;
      if (found < 0) return this.insert(slot, hash, word);
      if (this.hashes[found] === hash && this.words[found] === word) return found;
    }
  }

  /**
   * The number of `text[start, end)` lower-cased, a run of ASCII letters and digits (`upper`: it holds an
   * upper-case letter), whose lower-cased code units hash to `hash` (FNV-1a, as `fnv1a` takes it and the
   * caller read them); numbered now when the table has not met it.
   */
  ascii(text: string, start: number, end: number, hash: number, upper: boolean): number {
    const mask = this.slots.length - 1;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const found = this.slots[slot]! - 1;
      if (found < 0) {
        const word = text.slice(start, end);
        return this.insert(slot, hash, upper ? word.toLowerCase() : word);
      }
      if (this.hashes[found] === hash && this.holds(found, text, start, end)) return found;
    }
  }

  /** Whether word `n` is `text[start, end)` lower-cased (ASCII). */
  private holds(n: number, text: string, start: number, end: number): boolean {
    const from = n ? this.ends[n - 1]! : 0;
    if (this.ends[n]! - from !== end - start) return false;
    for (let i = 0; i < end - start; i++) {
      const c = text.charCodeAt(start + i);
      if (this.chars[from + i] !== (c >= 0x41 && c <= 0x5a ? c | 0x20 : c)) return false;
    }
    return true;
  }

  private insert(slot: number, hash: number, word: string): number {
    const n = this.words.length;
    const from = n ? this.ends[n - 1]! : 0;
    if (n === this.hashes.length) {
      this.hashes = grown(this.hashes, 2 * n);
      this.ends = grown(this.ends, 2 * n);
    }
    if (from + word.length > this.chars.length) this.chars = grown(this.chars, Math.max(2 * this.chars.length, from + word.length));
    for (let i = 0; i < word.length; i++) this.chars[from + i] = word.charCodeAt(i);
    this.words.push(word);
    this.hashes[n] = hash;
    this.ends[n] = from + word.length;
    this.slots[slot] = n + 1;
    if (2 * (n + 1) > this.slots.length) this.rehash();
    return n;
  }

  private rehash(): void {
    const slots = new Int32Array(this.slots.length * 2);
    const mask = slots.length - 1;
    for (let n = 0; n < this.words.length; n++) {
      let slot = this.hashes[n]! & mask;
      while (slots[slot] !== 0) slot = (slot + 1) & mask;
      slots[slot] = n + 1;
    }
    this.slots = slots;
  }
}

/** A copy of `array`, `length` long (zeros past its end). */
export function grown<T extends Uint16Array | Int32Array | Float64Array>(array: T, length: number): T {
  const copy = new (array.constructor as new (n: number) => T)(length);
  copy.set(array);
  return copy;
}

/**
 * The words of one short text (a question, a title) in the order read, each occurrence numbered anew: no
 * lookup and no typed array, what a text of a few words analysed once needs (see `Words`).
 */
export class WordList implements Words {
  private readonly words: string[] = [];

  find(word: string): number {
    return this.words.push(word) - 1;
  }

  ascii(text: string, start: number, end: number, _hash: number, upper: boolean): number {
    const word = text.slice(start, end);
    return this.find(upper ? word.toLowerCase() : word);
  }

  word(n: number): string {
    return this.words[n]!;
  }

  get size(): number {
    return this.words.length;
  }
}
