import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseMarkdown } from '../content/markdown.js';
import { SearchIndex } from '../search/engine.js';
import { openMemoryStore } from '../store/sqlite.js';
import type { Store } from '../store/store.js';
import { ambiguity, learnFrom, reviewCandidates } from './candidates.js';

const RIVER = parseMarkdown(
  [
    '# River clean-up',
    '',
    'Volunteers cleared the east bank on Saturday.',
    '',
    '## FAQ',
    '',
    '### How can I join the next clean-up?',
    'Also asked as:',
    '- How do I volunteer?',
    '',
    'Sign up on the council website before 1 September.',
    '',
    '### Where does the collected plastic go?',
    '',
    'Sorted plastic is sent to the recycling plant in Millbrook.',
    '',
  ].join('\n'),
  'river.md',
  'river',
).article!;
const JOIN = 'river#faq-1';
const PLASTIC = 'river#faq-2';
const index = new SearchIndex([RIVER]);
const at = new Date('2026-06-01T10:00:00Z');

let store: Store;
beforeEach(async () => {
  store = await openMemoryStore();
});
afterEach(() => store.close());

describe('learnFrom', () => {
  it('records an accepted question as a candidate of its FAQ entry, once per member', async () => {
    expect(await learnFrom(store, index, { entry: JOIN, question: 'where do I sign up', userHash: 'a', at }, null)).toBe('recorded');
    expect(await learnFrom(store, index, { entry: JOIN, question: 'where do I sign up', userHash: 'a', at }, null)).toBe('recorded');
    expect(await learnFrom(store, index, { entry: JOIN, question: 'where do I sign up', userHash: 'b', at }, null)).toBe('recorded');
    expect(await store.alternates({})).toMatchObject([{ entry: JOIN, question: 'where do I sign up', members: 2, status: 'pending' }]);
  });

  it('skips paragraphs, entries no longer served, empty text, and words that are already a question or alternate', async () => {
    const skipped = [
      { entry: 'river#p1', question: 'who cleared the bank' },
      { entry: 'river#faq-7', question: 'where do I sign up' },
      { entry: JOIN, question: '' },
      { entry: JOIN, question: 'how can I join the next clean-up' },
      { entry: JOIN, question: 'HOW DO I VOLUNTEER' },
      // A "Did you mean" click from the answer to another entry's own question teaches nothing.
      { entry: JOIN, question: 'Where does the collected plastic go?' },
    ];
    for (const accepted of skipped) expect(await learnFrom(store, index, { ...accepted, userHash: 'a', at }, 1)).toBe('skipped');
    expect(await store.alternates({})).toEqual([]);
  });

  it('approves automatically once LEARN_AUTO_APPROVE distinct members confirmed it', async () => {
    const accept = (userHash: string) => learnFrom(store, index, { entry: JOIN, question: 'where do I sign up', userHash, at }, 2);
    expect(await accept('a')).toBe('recorded');
    expect(await accept('a')).toBe('recorded');
    expect(await accept('b')).toBe('approved');
    expect(await store.alternates({})).toMatchObject([{ status: 'approved', members: 2 }]);
    // Already approved: a third member changes nothing.
    expect(await accept('c')).toBe('recorded');
  });

  it('never approves a flagged candidate automatically', async () => {
    await learnFrom(store, index, { entry: PLASTIC, question: 'what happens after', userHash: 'a', at }, 2);
    expect(await learnFrom(store, index, { entry: JOIN, question: 'what happens after', userHash: 'a', at }, 2)).toBe('recorded');
    expect(await learnFrom(store, index, { entry: JOIN, question: 'what happens after', userHash: 'b', at }, 2)).toBe('recorded');
    expect((await store.alternates({})).map((a) => a.status)).toEqual(['pending', 'pending']);
  });
});

describe('ambiguity', () => {
  it('flags the same words learned for two entries, and words the index answers with another entry', async () => {
    await store.recordAlternate(JOIN, 'what happens after', 'a', at);
    await store.recordAlternate(PLASTIC, 'What happens after?', 'b', at);
    await store.recordAlternate(JOIN, 'where is the collected plastic sent', 'c', at);
    await store.recordAlternate(JOIN, 'where do I sign up', 'd', at);
    const { candidates: reviewed, total } = await reviewCandidates(store, index, 'pending');
    expect(total).toBe(4);
    const flags = Object.fromEntries(reviewed.map((c) => [`${c.entry} ${c.question}`, c.flag]));
    expect(flags).toEqual({
      [`${JOIN} what happens after`]: 'also a candidate for “Where does the collected plastic go?”',
      [`${PLASTIC} What happens after?`]: 'also a candidate for “How can I join the next clean-up?”',
      [`${JOIN} where is the collected plastic sent`]: expect.stringMatching(/^now answered by “Where does the collected plastic go\?” \(\d+%\)$/),
      [`${JOIN} where do I sign up`]: null,
    });
    expect(reviewed.every((c) => c.entryQuestion !== null)).toBe(true);
    // Paged: an offset past the end shows the last page.
    const last = await reviewCandidates(store, index, 'pending', { offset: 40, limit: 3 });
    expect([last.total, last.offset, last.candidates.map((c) => c.id)]).toEqual([4, 3, [reviewed[3]!.id]]);
    expect((await reviewCandidates(store, index, 'pending', { offset: 0, limit: 3 })).candidates).toEqual(reviewed.slice(0, 3));
  });

  it('flags a candidate whose entry is gone, or that is already another entry’s alternate; a rejected rival is no rival', async () => {
    const all = [
      { id: 1, entry: 'river#faq-5', question: 'anything', members: 1, status: 'pending' as const, firstSeen: at, lastSeen: at },
      { id: 2, entry: PLASTIC, question: 'how do I volunteer', members: 1, status: 'pending' as const, firstSeen: at, lastSeen: at },
      { id: 3, entry: PLASTIC, question: 'where do I sign up', members: 1, status: 'rejected' as const, firstSeen: at, lastSeen: at },
      { id: 4, entry: JOIN, question: 'where do I sign up', members: 1, status: 'pending' as const, firstSeen: at, lastSeen: at },
    ];
    expect(ambiguity(all[0]!, all, index)).toBe('its entry is no longer in the articles');
    expect(ambiguity(all[1]!, all, index)).toBe('already how “How can I join the next clean-up?” is asked');
    expect(ambiguity(all[3]!, all, index)).toBeNull();
  });
});
