import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { alternateIssues } from '../content/alternates.js';
import { parseHtml } from '../content/html.js';
import { parseMarkdown } from '../content/markdown.js';
import { parseTxt } from '../content/txt.js';
import type { Article } from '../content/types.js';
import { SearchIndex } from '../search/engine.js';
import { openMemoryStore } from '../store/sqlite.js';
import type { Store } from '../store/store.js';
import { learnedRows, NO_LEARNED, renderLearnedStub, renderLearnedText } from './learned.js';

const TXT = ['City Library Extends Opening Hours', '', 'The library stays open until midnight.', '', 'FAQ', '', 'Do I need a library card?', '', 'Yes, after 8 p.m.', '', 'Will the café stay open late?', '', 'No. It closes at 7 p.m.', ''].join('\n');
const MD = ['# River clean-up', '', 'Volunteers cleared the bank.', '', '## FAQ', '', '### How can I join?', 'Also asked as:', '- How do I volunteer?', '', 'Sign up online.', ''].join('\n');
const files: Record<string, string> = { 'library.txt': TXT, 'river.md': MD };
const parse = (sources: Record<string, string>): Article[] =>
  Object.entries(sources).map(([file, text]) => (file.endsWith('.md') ? parseMarkdown(text, file, file.split('.')[0]!) : parseTxt(text, file, file.split('.')[0]!)).article!);

/** Does what the stub tells an editor to do: inserts each block's lines after the line it names (with blank lines around a new list). */
function applyStub(stub: string, sources: Record<string, string>): Record<string, string> {
  const edited = Object.fromEntries(Object.entries(sources).map(([f, t]) => [f, t.split('\n')]));
  const blocks = stub.split('\n\n').filter((b) => b.startsWith('== ') && /^== \S+:\d+ /.test(b));
  // Bottom-up, so earlier line numbers stay right.
  const parsed = blocks.map((b) => {
    const [head, ...lines] = b.trim().split('\n');
    const [, file, line] = /^== (\S+):(\d+) /.exec(head!)!;
    return { file: file!, line: Number(line), lines: head!.includes('right under') ? ['', ...lines, ''] : lines };
  });
  for (const b of parsed.sort((x, y) => y.line - x.line)) edited[b.file]!.splice(b.line, 0, ...b.lines);
  return Object.fromEntries(Object.entries(edited).map(([f, l]) => [f, l.join('\n')]));
}

let store: Store;
beforeEach(async () => {
  store = await openMemoryStore();
});
afterEach(() => store.close());

describe('npm run report -- --learned', () => {
  it('lists every learned phrasing, pending first, with its entry and flag', async () => {
    const index = new SearchIndex(parse(files));
    expect(renderLearnedText(await learnedRows(store, index))).toBe(NO_LEARNED);
    const at = new Date();
    await store.recordAlternate('river#faq-1', 'where do I sign up', 'a', at);
    await store.recordAlternate('library#faq-1', 'is a card needed at night', 'a', at);
    await store.recordAlternate('library#faq-1', 'is a card needed at night', 'b', at);
    await store.recordAlternate('gone#faq-1', 'old question', 'a', at);
    const id = async (question: string) => (await store.alternates({})).find((a) => a.question === question)!.id;
    await store.setAlternateStatus(await id('where do I sign up'), 'approved');
    await store.setAlternateStatus(await id('old question'), 'rejected');
    const rows = await learnedRows(store, index);
    expect(rows.map((r) => [r.status, r.question, r.members, r.entryQuestion, r.file, r.line])).toEqual([
      ['pending', 'is a card needed at night', 2, 'Do I need a library card?', 'library.txt', 7],
      ['approved', 'where do I sign up', 1, 'How can I join?', 'river.md', 7],
      ['rejected', 'old question', 1, null, null, null],
    ]);
    const text = renderLearnedText(rows);
    expect(text).toContain('pending: 1   approved: 1   rejected: 1');
    expect(text).toMatch(/pending\s+2\s+is a card needed at night\s+Do I need a library card\?/);
    expect(text).toContain('gone#faq-1 (no longer served)');
  });

  it('writes the "Also asked as:" lines that, pasted as told, put the approved phrasings into the content', async () => {
    const at = new Date();
    const learned = [
      ['library#faq-1', 'is a card needed at night'],
      ['library#faq-1', 'Can I get in without a card?'],
      ['river#faq-1', 'where do I sign up'],
      ['river#faq-1', 'how do i volunteer'],
      ['gone#faq-3', 'an orphan'],
      ['library#faq-2', 'still pending'],
    ];
    for (const [entry, question] of learned) await store.recordAlternate(entry!, question!, 'a', at);
    for (const a of await store.alternates({})) if (a.question !== 'still pending') await store.setAlternateStatus(a.id, 'approved');
    const articles = parse(files);
    const stub = renderLearnedStub(await learnedRows(store, new SearchIndex(articles)), articles);
    expect(stub).toContain('== library.txt:7 — right under the question “Do I need a library card?”, with a blank line before and after\nAlso asked as:\n- is a card needed at night\n- Can I get in without a card?\n');
    expect(stub).toContain('== river.md:9 — after this last line of the "Also asked as:" list of “How can I join?”\n- where do I sign up\n');
    expect(stub).not.toContain('how do i volunteer');
    expect(stub).not.toContain('still pending');
    expect(stub).toContain('- an orphan (gone#faq-3)');

    const edited = parse(applyStub(stub!, files));
    expect(edited.map((a) => a.faq.map((e) => e.alternates.map((x) => x.text)))).toEqual([
      [['is a card needed at night', 'Can I get in without a card?'], []],
      [['How do I volunteer?', 'where do I sign up']],
    ]);
    // Nothing else moved: the same answers, paragraphs and citations.
    expect(edited.map((a) => [a.paragraphs, a.faq.map((e) => [e.question.paragraph, e.answer.map((p) => p.text)])])).toEqual(
      articles.map((a) => [a.paragraphs, a.faq.map((e) => [e.question.paragraph, e.answer.map((p) => p.text)])]),
    );
    expect(alternateIssues(edited)).toEqual([]);
    // Once pasted, there is nothing left to add.
    expect(renderLearnedStub(await learnedRows(store, new SearchIndex(edited)), edited)).toContain('Nothing to add to the content files: every approved phrasing of their entries is already in them.');
  });

  it('names a list by the label its file writes, and starts a new one with the label the article writes', async () => {
    const french = { 'club.md': ['# Adhésion', '', 'Le club compte 80 membres.', '', '## FAQ', '', '### Comment adhérer ?', 'Aussi demandé :', '- Comment devenir membre ?', '', 'En ligne.', '', '### Combien coûte la cotisation ?', '', '25 euros.', ''].join('\n') };
    const at = new Date();
    await store.recordAlternate('club#faq-1', "comment on s'inscrit", 'a', at);
    await store.recordAlternate('club#faq-2', 'cest combien', 'a', at);
    for (const a of await store.alternates({})) await store.setAlternateStatus(a.id, 'approved');
    const articles = parse(french);
    const stub = renderLearnedStub(await learnedRows(store, new SearchIndex(articles)), articles)!;
    expect(stub).toContain('== club.md:9 — after this last line of the "Aussi demandé :" list of “Comment adhérer ?”\n- comment on s\'inscrit\n');
    expect(stub).toContain('right under the question “Combien coûte la cotisation ?”, with a blank line before and after\nAussi demandé :\n- cest combien\n');
    const edited = parse(applyStub(stub, french));
    expect(edited[0]!.faq.map((e) => e.alternates.map((x) => x.text))).toEqual([['Comment devenir membre ?', "comment on s'inscrit"], ['cest combien']]);
    expect(alternateIssues(edited)).toEqual([]);
  });

  it('gives <li> items for an HTML list of alternates, which check-content reads back (a "- " line pasted there is warned about)', async () => {
    const html = ['<html><head><title>Club</title></head><body><h1>Club</h1><p>Le club compte 80 membres.</p>', '<h2>FAQ</h2>', '<h3>Comment adhérer ?</h3>', '<p>Aussi demandé :</p>', '<ul>', '<li>Comment devenir membre ?</li>', '</ul>', '<p>En ligne.</p>', '</body></html>', ''].join('\n');
    await store.recordAlternate('club#faq-1', 'Q&A: comment on entre ?', 'a', new Date());
    for (const a of await store.alternates({})) await store.setAlternateStatus(a.id, 'approved');
    const articles = [parseHtml(html, 'club.html', 'club').article!];
    const stub = renderLearnedStub(await learnedRows(store, new SearchIndex(articles)), articles)!;
    expect(stub).toContain('== club.html:6 — after this last line of the "Aussi demandé :" list of “Comment adhérer ?”\n<li>Q&amp;A: comment on entre ?</li>\n');
    const edited = applyStub(stub, { 'club.html': html })['club.html']!;
    expect(parseHtml(edited, 'club.html', 'club').article!.faq[0]!.alternates.map((x) => x.text)).toEqual(['Comment devenir membre ?', 'Q&A: comment on entre ?']);
    const pasted = parseHtml(html.replace('</ul>', '- Comment on entre ?\n</ul>'), 'club.html', 'club');
    expect(pasted.issues.map((i) => [i.line, i.message])).toEqual([[7, '"- Comment on entre ?" stands in the "Aussi demandé :" list outside an item and is ignored: write it as <li>Comment on entre ?</li>']]);
  });

  it('names the approved phrasings of feed articles apart, as staying in the store', async () => {
    const feed = parseHtml(
      `<html><head><title>Night Tram</title></head><body><article><h1>Night Tram</h1><p>The night tram runs until two.</p><h2>FAQ</h2><details><summary>Can I take my bicycle?</summary><p>Yes, after ten.</p></details></article></body></html>`,
      'data/feeds/articles/feed-0123456789abcdef.html',
      'feed-0123456789abcdef',
    ).article!;
    await store.recordAlternate('feed-0123456789abcdef#faq-1', 'may I bring my bike', 'a', new Date());
    await store.setAlternateStatus((await store.alternates({}))[0]!.id, 'approved');
    const articles = parse(files);
    const rows = await learnedRows(store, new SearchIndex([...articles, feed]));
    expect(rows.map((r) => [r.question, r.entryQuestion])).toEqual([['may I bring my bike', 'Can I take my bicycle?']]);
    const stub = renderLearnedStub(rows, articles, [feed]);
    expect(stub).toContain('== Approved for articles read from feeds, which are no files to edit (the bot keeps them in the store; nothing to paste):\n- may I bring my bike (Can I take my bicycle?)\n');
    // The feed's phrasing is in no file: the stub never says it is already in the content.
    expect(stub).toContain('Nothing to add to the content files: no approved phrasing is for an entry of theirs.');
    expect(stub).not.toContain('already in');
    expect(stub).not.toContain('no longer in the content');
    expect(stub!.endsWith(')\n')).toBe(true);
  });
});
