import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ALSO_ASKED_LABELS, ownLabel } from './alternates.js';
import { FAQ_HEADINGS } from './faq-markers.js';

const DOC = new URL('../../docs/faq-labels.md', import.meta.url);
const FORMAT = new URL('../../docs/content-format.md', import.meta.url);
const languageName = new Intl.DisplayNames('en', { type: 'language' });

/** One row per language, by its code: its English name, the names it is written with as code spans. */
const rows = (table: Readonly<Record<string, readonly string[]>>, colon: string): string[] =>
  Object.entries(table)
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([code, names]) => `| ${code} | ${languageName.of(code) ?? code} | ${names.map((name) => `\`${name}${colon}\``).join(', ')} |`);

/** `doc` without its language names, which come from the ICU data of the Node.js that wrote it. */
const withoutNames = (doc: string): string => doc.replace(/^\| ([a-z]+) \| [^|]+ \|/gm, '| $1 |');

/** docs/faq-labels.md as the tables of src/content make it. */
function expectedDoc(): string {
  return [
    '# FAQ section names and `Also asked as:` labels, by language',
    '',
    'Generated from `FAQ_HEADINGS` (src/content/faq-markers.ts) and `ALSO_ASKED_LABELS` (src/content/alternates.ts);',
    '`src/content/labels-doc.test.ts` fails when this file and those tables differ, and prints what it should say.',
    'Case, accents and a closing colon do not matter.',
    '',
    '## FAQ section names',
    '',
    'A `##` heading (a line of its own in `.txt`, a heading in `.html`) with one of these names opens the FAQ.',
    '',
    '| code | language | names |',
    '|---|---|---|',
    ...rows(FAQ_HEADINGS, ''),
    '',
    '## `Also asked as:` labels',
    '',
    'The first line of the paragraph right under an FAQ question that lists other ways to ask it, one `- question` per line.',
    '`Also asked as:` is read in every article.',
    '',
    '| code | language | labels |',
    '|---|---|---|',
    ...rows(ALSO_ASKED_LABELS, ':'),
    '',
  ].join('\n');
}

describe('docs/faq-labels.md', () => {
  it('has an Also asked as: label for every language it has an FAQ section name for', () => {
    // As an admin is told to write it (Bokmål's for Norwegian, Indonesian's for Malay); English's is "Also asked as:".
    const unlabelled = Object.keys(FAQ_HEADINGS).filter((code) => code !== 'en' && ownLabel(code) === null);
    expect(unlabelled).toEqual([]);
  });

  it('is counted right where docs/content-format.md points to it', () => {
    // Counted by hand, the numbers fell behind the tables: 84 and "30 besides English" for 83 and 81.
    const format = readFileSync(FORMAT, 'utf8').replace(/\s+/g, ' ');
    expect(format).toContain(`An FAQ section is found by its heading, in ${Object.keys(FAQ_HEADINGS).length} languages:`);
    expect(format).toContain(`and in ${Object.keys(ALSO_ASKED_LABELS).filter((code) => code !== 'en').length} languages besides English`);
  });

  it('lists every FAQ section name and Also asked as: label the parsers read, by language', () => {
    expect(withoutNames(readFileSync(DOC, 'utf8'))).toBe(withoutNames(expectedDoc()));
  });
});
