import { describe, expect, it } from 'vitest';
import { FNV_OFFSET, fnvStep } from './hash.js';
import { WordTable } from './word-table.js';

/** `WordTable.ascii` of `text[start, end)`, hashed as the scanner hashes it (lower-cased). */
function ascii(table: WordTable, text: string, start = 0, end = text.length): number {
  let hash = FNV_OFFSET;
  for (let i = start; i < end; i++) hash = fnvStep(hash, text.charCodeAt(i) | (/[A-Z]/.test(text[i]!) ? 0x20 : 0));
  return table.ascii(text, start, end, hash, /[A-Z]/.test(text.slice(start, end)));
}

describe('WordTable', () => {
  it('numbers words in order of first sight, an ASCII word as its lower-cased string', () => {
    const table = new WordTable();
    expect(ascii(table, 'The cat', 0, 3)).toBe(0);
    expect(ascii(table, 'The cat', 4, 7)).toBe(1);
    expect(table.find('the')).toBe(0);
    expect(ascii(table, 'THE')).toBe(0);
    expect(table.find('zürich')).toBe(2);
    expect([0, 1, 2].map((n) => table.word(n))).toEqual(['the', 'cat', 'zürich']);
  });

  it('keeps every word apart as it grows far past its first size', () => {
    const table = new WordTable(4);
    const words = Array.from({ length: 20_000 }, (_, i) => `w${(i * 7919).toString(36)}`);
    words.forEach((word, n) => expect(table.find(word)).toBe(n));
    words.forEach((word, n) => expect(ascii(table, ` ${word.toUpperCase()} `, 1, word.length + 1)).toBe(n));
    expect(table.find('w')).toBe(words.length);
  });
});
