import { describe, expect, it } from 'vitest';
import { parseMarkdown } from '../content/markdown.js';
import type { Article } from '../content/types.js';
import { HeadingOnlyTerms, headingTerms, topicHeading } from './sections.js';
import { analyzerFor } from './tokenize.js';

function article(markdown: string): Article {
  const { article, issues } = parseMarkdown(markdown, 'a.md', 'a');
  if (!article) throw new Error(issues.map((i) => i.message).join('; '));
  return article;
}

const upgrade = article(
  '# Upgrading to 2.4\n\nRead this first.\n\n## Breaking changes in 2.4.0\n\nPostgreSQL 13 is no longer supported.\n\n### General notes\n\nBack up first.\n\n## FAQ\n\n### Can I downgrade?\n\nNo.\n',
);

describe('topicHeading', () => {
  it("is the section's heading, none before the first heading or in an FAQ section", () => {
    expect(upgrade.paragraphs.map(topicHeading)).toEqual([null, 'Breaking changes in 2.4.0', 'General notes']);
    expect(topicHeading(upgrade.faq[0]!.question)).toBeNull();
    expect(topicHeading(upgrade.faq[0]!.answer[0]!)).toBeNull();
  });
});

describe('headingTerms', () => {
  it("leaves out the title's terms and the words that arrange a page", () => {
    const terms = headingTerms(upgrade, analyzerFor('en'));
    const en = analyzerFor('en');
    expect(terms(upgrade.paragraphs[0]!)).toEqual([]);
    // The title's terms ("upgrad", and "2.4"'s) are left out.
    const titled = en.terms('Upgrading to 2.4');
    expect(terms(upgrade.paragraphs[1]!)).toEqual(en.terms('Breaking changes in 2.4.0').filter((term) => !titled.includes(term)));
    expect(terms(upgrade.paragraphs[1]!)).toEqual(expect.arrayContaining(en.terms('Breaking changes')));
    expect(terms(upgrade.paragraphs[2]!)).toEqual([]);
    // Analysed once per heading: its paragraphs share the terms.
    expect(terms(upgrade.paragraphs[1]!)).toBe(terms(upgrade.paragraphs[1]!));
  });

  it("keeps every word of a heading in another language than English", () => {
    const de = { ...article('# Eventkalender\n\n## General-Probe und Wipe\n\nAm Donnerstag.\n'), lang: 'de' };
    expect(headingTerms(de, analyzerFor('de'))(de.paragraphs[0]!)).toEqual(analyzerFor('de').terms('General-Probe und Wipe'));
  });
});

describe('HeadingOnlyTerms', () => {
  it("holds each document's terms once, past growing and sealing and through its state", () => {
    const terms = new HeadingOnlyTerms();
    const many = Array.from({ length: 300 }, (_, i) => i);
    for (const ids of [[], [4, 9, 4], [], many]) terms.add(ids);
    terms.seal();
    for (const read of [terms, HeadingOnlyTerms.restore(terms.state())]) {
      expect([0, 1, 2, 3].map((doc) => read.size(doc))).toEqual([0, 2, 0, 300]);
      expect([read.has(1, 4), read.has(1, 9), read.has(1, 5), read.has(0, 4), read.has(3, 299), read.has(2, 0)]).toEqual([true, true, false, false, true, false]);
    }
  });
});
