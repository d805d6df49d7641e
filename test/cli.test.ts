import { existsSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROCESS_TEST_MS, runScript } from './run-script.js';
import { tempDir } from './temp-dir.js';

const CONTENT = path.resolve('content');
const ask = (args: string[], input: string | null = null, env: Record<string, string> = {}) => runScript('src/bin/ask.ts', env, { args, input });

describe('npm run ask', { timeout: PROCESS_TEST_MS }, () => {
  it('answers one question for a person: the answer, its source line, and the quote only when it differs', async () => {
    const run = ask(['--content', CONTENT, 'What', 'is', 'Mythos?']);
    expect(await run.exited).toBe(0);
    const out = run.stdout();
    // The seed's quote for this answer is the answer's own text: shown once.
    expect(out.split("Mythos is Anthropic's most capable AI model")).toHaveLength(2);
    expect(out).not.toMatch(/^> /m);
    expect(out).toMatch(/^— Anthropic Deploys Offensive AI at NSA While Calling for a Global Pause · .*¶\d+/m);
  });

  it('says so when two quoted questions are read as one, and not for a question typed unquoted', async () => {
    const two = ask(['--content', CONTENT, 'What is Mythos?', 'Who reported the NSA story?']);
    expect(await two.exited).toBe(0);
    expect(two.output()).toContain('note: the words after the options make one question, asked as "What is Mythos? Who reported the NSA story?"; to ask several, give one per line on standard input');
    const short = ask(['--content', CONTENT, 'mythos??', 'nsa story']);
    expect(await short.exited).toBe(0);
    expect(short.output()).toContain('note: the words after the options make one question, asked as "mythos?? nsa story"');
    const unquoted = ask(['--content', CONTENT, 'What', 'is', 'Mythos?']);
    expect(await unquoted.exited).toBe(0);
    expect(unquoted.output()).not.toContain('note:');
  });

  it('answers each line of standard input as one JSON object per line, in order', async () => {
    const run = ask(['--json'], 'What is Mythos?\n\nWhat is the weather in Paris?\nWho reported the NSA story?\n', { CONTENT_DIR: CONTENT });
    expect(await run.exited).toBe(0);
    const lines = run.stdout().trim().split('\n');
    expect(lines).toHaveLength(4);
    const [mythos, blank, weather, who] = lines.map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(Object.keys(mythos!)).toEqual(['question', 'answer', 'kind', 'quote', 'source', 'confidence', 'alternatives', 'matched']);
    expect(Object.keys(mythos!.source as object)).toEqual(['id', 'title', 'url', 'file', 'section', 'paragraph']);
    expect(mythos).toMatchObject({ question: 'What is Mythos?', kind: 'faq', source: { id: 'anthropic-nsa-offensive-ai-global-pause' }, matched: 'What is Mythos and how does it differ from standard Claude?' });
    expect(who!.matched).toBeNull();
    for (const abstained of [blank, weather]) expect(abstained).toMatchObject({ answer: null, kind: null, quote: null, source: null });
    expect(Array.isArray(weather!.alternatives)).toBe(true);
    expect(who!.answer).toContain('Financial Times');
    // Counted on stderr, stdout staying one JSON object per line: which lines of the list found no answer.
    expect(run.output()).toContain('3 questions: 2 answered, 1 not found (line 3); 1 blank line (line 2)\n');
    const one = ask(['--content', CONTENT], 'What is Mythos?\n');
    expect(await one.exited).toBe(0);
    expect(one.output()).not.toMatch(/questions?: \d+ answered/);
    // One line unanswered is named so, and every one of many, three or more in a row as a range.
    const single = ask(['--json', '--content', CONTENT], 'What is Mythos?\nxyzzy plugh\n');
    expect(await single.exited).toBe(0);
    expect(single.output()).toContain('2 questions: 1 answered, 1 not found (line 2)\n');
    const many = ask(['--json', '--content', CONTENT], `${'xyzzy plugh\n'.repeat(22)}\n`);
    expect(await many.exited).toBe(0);
    expect(many.output()).toContain('22 questions: 0 answered, 22 not found (lines 1–22); 1 blank line (line 23)\n');
  });

  it('with --explain, lists the ranked candidates with confidence and score and how each word was read, in text and as the last JSON fields', async () => {
    const text = ask(['--content', CONTENT, '--explain', 'What is Mythos?']);
    expect(await text.exited).toBe(0);
    expect(text.stdout()).toMatch(/^Candidates \(confidence: how much of the question it covers, 0 to 1; score: how closely its words match, which ranks them\); the first is the answer when its confidence is 0\.35 or more:\n {2}1\. 1\.00 {2}\d+\.\d\d {2}What is Mythos[^\n]*\? {2}\[anthropic-nsa-offensive-ai-global-pause#faq-\d+\]$/m);
    const json = ask(['--json', '--explain', '--content', CONTENT], 'What is Mythos?\nHow do I bake a pause cake?\nWhen was Mythos announced?\nIs Mythos open source?\n');
    expect(await json.exited).toBe(0);
    const [mythos, cake, when, whether] = json.stdout().trim().split('\n').map((l) => JSON.parse(l) as { answer: string | null; confidence: number; candidates: Record<string, unknown>[] });
    expect(Object.keys(mythos!).slice(-6)).toEqual(['read', 'lang', 'leftOut', 'asks', 'whether', 'candidates']);
    expect(mythos).toMatchObject({ lang: 'en', leftOut: ['what', 'is'], asks: null, whether: false });
    // What the text's "Read as" line says it was read as asking, as fields (the docs' `asks` and `whether`).
    expect(when).toMatchObject({ asks: 'date', whether: false });
    expect(whether).toMatchObject({ asks: null, whether: true });
    expect(Object.keys(mythos!.candidates[0]!)).toEqual(['id', 'label', 'matchedOn', 'score', 'confidence', 'clears', 'lacks']);
    // The answer writes the word the question asks ("Mythos"), which it lacks none of.
    expect(mythos!.candidates[0]!.lacks).toEqual([]);
    expect(mythos!.candidates[0]).toMatchObject({ label: expect.stringMatching(/^What is Mythos/), confidence: mythos!.confidence });
    // An abstention is explained too: its candidates (the article sharing "pause") are what fell short.
    expect(cake!.answer).toBeNull();
    expect(cake!.candidates.length).toBeGreaterThan(0);
    expect(cake!.candidates[0]!.confidence).toBe(cake!.confidence);
    expect(cake!.candidates.every((c) => (c.confidence as number) < 0.35)).toBe(true);
    // How each word was read: "bake" and "cake" meet no article, which is why it abstained.
    expect((cake as unknown as { read: unknown[] }).read).toEqual([
      { word: 'bake', term: null, how: 'unknown' },
      { word: 'pause', term: 'paus', how: 'as written' },
      { word: 'cake', term: null, how: 'unknown' },
    ]);
    expect(text.stdout()).toMatch(/^Words read: mythos$/m);
  });

  it('ends quietly, with exit code 0, when whatever reads its output stops reading (as `| head` does)', async () => {
    const run = ask(['--json', '--content', CONTENT], 'What is Mythos?\n'.repeat(2000));
    run.proc.stdout!.once('data', () => run.proc.stdout!.destroy());
    expect(await run.exited).toBe(0);
    expect(run.output()).not.toMatch(/EPIPE|Error/);
  });

  it('keeps stdout pure JSON while content problems go to stderr with path:line', async () => {
    const dir = tempDir('faq-cli-');
    writeFileSync(path.join(dir, 'good.md'), '# Good\n\n## FAQ\n\n### Is it good?\n\nYes, it is good.\n');
    writeFileSync(path.join(dir, 'bad.md'), '# Bad\n\n## FAQ\n\n### Unanswered?\n');
    const run = ask(['--json', '--content', dir, 'is it good?']);
    expect(await run.exited).toBe(0);
    expect(JSON.parse(run.stdout()).answer).toBe('Yes, it is good.');
    expect(run.output()).toContain(`${path.join(dir, 'bad.md')}:5: error: FAQ question has no answer`);
    // A notice (good.md pins no "id:") is check-content's advice, not news on every question asked.
    expect(run.output()).not.toContain('no "id:"');
    // Warnings are counted in one line, not repeated on every run (three admins of round AB).
    writeFileSync(path.join(dir, 'twice.md'), '# Twice\n\n## FAQ\n\n### Is it twice?\n\nYes.\n\n### Is it twice?\n\nYes.\n');
    const warned = ask(['--content', dir, 'is it twice?']);
    expect(await warned.exited).toBe(0);
    expect(warned.output()).toMatch(/\b\d+ content warnings?: npm run check-content lists (?:it|them) with path:line\.\n/);
    expect(warned.output()).not.toContain('twice.md:');
    // But a warning that FAQ entries are served as article text, which explains an answer, in full (a review).
    writeFileSync(path.join(dir, 'refunds.md'), '# Refunds\n\n## FAQ\n\n### Refunds\n\nWithin 14 days.\n');
    const served = ask(['--content', dir, 'refunds']);
    expect(await served.exited).toBe(0);
    expect(served.output()).toContain(`${path.join(dir, 'refunds.md')}:5: warning: FAQ heading "Refunds" is not a question`);
    expect(served.output()).toMatch(/\b\d+ other content warnings?: npm run check-content/);
  });

  it('keeps an index snapshot in DATA_DIR/index-snapshot/ask: the next question is answered from it, and a changed file is read again', async () => {
    const dir = tempDir('faq-cli-');
    const data = tempDir('faq-cli-data-');
    const ferry = (time: string) => `# Ferry\n\n## FAQ\n\n### When does the ferry leave?\n\nAt ${time}, from the harbour.\n`;
    writeFileSync(path.join(dir, 'ferry.md'), ferry('nine'));
    writeFileSync(path.join(dir, 'library.md'), '# Library\n\n## FAQ\n\n### When does the library open?\n\nAt eight.\n');
    const answer = async (env: Record<string, string> = {}) => {
      const run = ask(['--json', '--content', dir, 'When does the ferry leave?'], null, { DATA_DIR: data, ...env });
      expect(await run.exited).toBe(0);
      return JSON.parse(run.stdout()) as { answer: string };
    };
    const snapshot = path.join(data, 'index-snapshot', 'ask', 'index.snapshot');
    const first = await answer();
    expect(first.answer).toBe('At nine, from the harbour.');
    expect(existsSync(snapshot)).toBe(true);
    expect(await answer()).toEqual(first);
    writeFileSync(path.join(dir, 'ferry.md'), ferry('ten'));
    expect((await answer()).answer).toBe('At ten, from the harbour.');
    const off = tempDir('faq-cli-data-');
    expect((await answer({ DATA_DIR: off, INDEX_SNAPSHOT: 'off' })).answer).toBe('At ten, from the harbour.');
    expect(existsSync(path.join(off, 'index-snapshot'))).toBe(false);
  });

  it('with --compare FILE, asks an earlier --json run\'s questions again and prints those whose answer changed (exit 1), or none (exit 0)', async () => {
    const dir = tempDir('faq-cli-');
    const data = tempDir('faq-cli-data-');
    const env = { DATA_DIR: data };
    const ferry = (time: string) => `# Ferry\n\nThe ferry to the island leaves from pier 3.\n\n## FAQ\n\n### When does the ferry leave?\n\nAt ${time}, from the harbour.\n`;
    writeFileSync(path.join(dir, 'ferry.md'), ferry('nine'));
    writeFileSync(path.join(dir, 'library.md'), '# Library\n\n## FAQ\n\n### When does the library open?\n\nAt eight.\n');
    const before = ask(['--json', '--content', dir], 'When does the ferry leave?\n\nWhen does the library open?\nIs there a sauna?\n', env);
    expect(await before.exited).toBe(0);
    const file = path.join(data, 'before.jsonl');
    writeFileSync(file, before.stdout());
    const same = ask(['--content', dir, '--compare', file], null, env);
    expect(await same.exited).toBe(0);
    expect(same.stdout()).toBe('');
    expect(same.output().trim()).toBe(`None of the 3 answers changed since ${file}.`);
    writeFileSync(path.join(dir, 'ferry.md'), ferry('ten'));
    const changed = ask(['--content', dir, '--compare', file], null, env);
    expect(await changed.exited).toBe(1);
    expect(changed.stdout()).toBe('Line 1 (text edited): When does the ferry leave?\n  before: When does the ferry leave? (confidence 1.00): At nine, from the harbour.\n  now:    When does the ferry leave? (confidence 1.00): At ten, from the harbour.\n\n');
    expect(changed.output()).toContain(`1 of 3 answers changed since ${file} (line 1): 1 text edited; answered then 2, now 2.\n`);
    // With --json, every question's answer as --json writes it, and whether it changed: the next run's FILE.
    const json = ask(['--json', '--content', dir, '--compare', file], null, env);
    expect(await json.exited).toBe(1);
    const lines = json.stdout().trim().split('\n').map((l) => JSON.parse(l) as { answer: string | null; changed: boolean });
    expect(lines.map((l) => [l.answer, l.changed])).toEqual([['At ten, from the harbour.', true], [null, false], ['At eight.', false], [null, false]]);
    // A FILE that is no --json output, or a question beside --compare: one sentence, exit 2.
    writeFileSync(file, 'When does the ferry leave?\n');
    const bad = ask(['--content', dir, '--compare', file], null, env);
    expect(await bad.exited).toBe(2);
    expect(bad.output().trim()).toBe(`${file}:1 is not JSON: --compare reads what \`npm run ask -- --json\` wrote, one object per line.`);
    const missing = ask(['--content', dir, '--compare', path.join(data, 'none.jsonl')], null, env);
    expect(await missing.exited).toBe(2);
    expect(missing.output().trim()).toBe(`${path.join(data, 'none.jsonl')} does not exist: pass the file an earlier \`npm run ask -- --json\` wrote.`);
    const folder = ask(['--content', dir, '--compare', data], null, env);
    expect(await folder.exited).toBe(2);
    expect(folder.output().trim()).toBe(`${data} is a folder, not a file: pass the file an earlier \`npm run ask -- --json\` wrote.`);
    const empty = ask(['--content', dir, '--compare='], null, env);
    expect(await empty.exited).toBe(2);
    expect(empty.output().trim()).toBe('--compare takes the file an earlier `npm run ask -- --json` wrote: --compare answers.jsonl.');
    const both = ask(['--content', dir, '--compare', file, 'When', 'does', 'it', 'leave?'], null, env);
    expect(await both.exited).toBe(2);
    expect(both.output().trim()).toBe(`--compare asks the questions of ${file} again: give no question with it.`);
  });

  it("with --compare, calls a paragraph's answer quoting other sentences of its unchanged text an other quote, and its text changed an edit", async () => {
    const dir = tempDir('faq-cli-');
    const env = { DATA_DIR: tempDir('faq-cli-data-') };
    const pool = (hour: string) => `# Pool\n\nThe pool opens at ${hour}. It closes at\nmidnight on Fridays. Entry is free for members.\n`;
    writeFileSync(path.join(dir, 'pool.md'), pool('8'));
    const run = ask(['--json', '--content', dir, 'When does the pool open?'], null, env);
    expect(await run.exited).toBe(0);
    const now = JSON.parse(run.stdout()) as { answer: string };
    expect(now.answer).toBe('The pool opens at 8. It closes at\nmidnight on Fridays.');
    // As an earlier run quoted it: with the sentence after it.
    const file = path.join(tempDir('faq-cli-data-'), 'before.jsonl');
    const quoted = 'The pool opens at 8. It closes at\nmidnight on Fridays. Entry is free for members.';
    writeFileSync(file, `${JSON.stringify({ ...now, answer: quoted, quote: quoted })}\n`);
    const other = ask(['--content', dir, '--compare', file], null, env);
    expect(await other.exited).toBe(1);
    expect(other.stdout()).toMatch(/^Line 1 \(other quote\): When does the pool open\?/);
    writeFileSync(path.join(dir, 'pool.md'), pool('9'));
    const edited = ask(['--content', dir, '--compare', file], null, env);
    expect(await edited.exited).toBe(1);
    expect(edited.stdout()).toMatch(/^Line 1 \(text edited\): When does the pool open\?/);
  });

  it('takes the asker\'s language with --locale, as a Discord interaction\'s locale, and refuses a malformed tag', async () => {
    const hinted = ask(['--json', '--content', CONTENT, '--locale', 'de', 'Was ist Mythos?']);
    const bare = ask(['--json', '--content', CONTENT, 'Was ist Mythos?']);
    expect(await hinted.exited).toBe(0);
    expect(await bare.exited).toBe(0);
    // Read as German, "ist" is a function word, not a topic the articles miss.
    expect(JSON.parse(hinted.stdout())).toMatchObject({ kind: 'faq', confidence: 1 });
    expect(JSON.parse(bare.stdout())).toMatchObject({ answer: null });
    // What a member would read is printed as Discord words it in the asker's language.
    const missed = ask(['--content', CONTENT, '--locale', 'de', 'Wie backe ich Brot?']);
    expect(await missed.exited).toBe(0);
    expect(missed.stdout()).toContain('Q: Wie backe ich Brot?\nDazu habe ich in unseren Artikeln nichts gefunden.\n');
    // Without --locale, in the language the question was read in: Czech articles, a Czech question.
    const czech = ask(['--content', path.resolve('test/fixtures/smp-cs'), 'je na serveru bazén']);
    expect(await czech.exited).toBe(0);
    expect(czech.stdout()).toContain('Q: je na serveru bazén\nV našich článcích jsem to nenašel.\n');
    // A Chinese question in the script it is written in: Traditional characters, Taiwan's and Hong Kong's words.
    const traditional = ask(['--content', path.resolve('test/fixtures/guild-zh-tw'), '公會有賣珍珠奶茶嗎？']);
    const simplified = ask(['--content', path.resolve('test/fixtures/guild-zh-tw'), '公会有卖珍珠奶茶吗？']);
    expect([await traditional.exited, await simplified.exited]).toEqual([0, 0]);
    expect(traditional.stdout()).toContain('\n我在我們的文章中沒有找到相關內容。\n');
    expect(simplified.stdout()).toContain('\n我在我们的文章中没有找到相关内容。\n');
    const bad = ask(['--content', CONTENT, '--locale', 'pt_BR', 'Was ist Mythos?']);
    expect(await bad.exited).toBe(2);
    expect(bad.output().trim()).toBe('--locale must be a language tag such as de, pt-BR or zh-CN (got "pt_BR").');
    const help = ask(['--help']);
    expect(await help.exited).toBe(0);
    expect(help.stdout()).toMatch(/^Usage: npm run ask -- \[--json\] \[--explain\] \[--content DIR\] \[--locale CODE\] \[--compare FILE \| QUESTION\.\.\.\]\n/);
    // Every option the usage line names is explained below it.
    for (const option of ['--json', '--explain', '--content DIR', '--locale CODE', '--compare FILE']) expect(help.stdout()).toMatch(new RegExp(`\\n  ${option} `));
    // And the settings it reads and its exit codes (a university course's admin found them only in docs/ask.md).
    for (const setting of ['ANSWER_THRESHOLD', 'DATA_DIR', 'INDEX_SNAPSHOT', 'CONTENT_MAX_FILE_MB', 'Exit 0']) expect(help.stdout()).toContain(setting);
  });

  it('exits 2 with one plain sentence when the content directory is missing or empty', async () => {
    const missing = ask(['--content', '/no/such/dir', 'hello']);
    expect(await missing.exited).toBe(2);
    expect(missing.output().trim()).toBe('The content directory /no/such/dir does not exist: create it or pass --content DIR.');
    // A file given for the folder is named as such; check-content checks that one article within its folder.
    const file = path.join(CONTENT, 'anthropic-nsa-offensive-ai-global-pause.txt');
    const asked = ask(['--content', file, 'hello']);
    expect(await asked.exited).toBe(2);
    expect(asked.output().trim()).toBe(`The content directory ${file} is a file, not a folder: create it or pass --content DIR.`);
    const checked = runScript('src/bin/check-content.ts', {}, { args: [file] });
    expect(await checked.exited).toBe(0);
    expect(checked.output()).toContain(`${file}: 1 file(s), 1 article(s) served`);
    const empty = ask(['--content', tempDir('faq-empty-'), 'hello']);
    expect(await empty.exited).toBe(2);
    expect(empty.output().trim()).toMatch(/^No valid article in .*: add \.md, \.txt, \.html or \.htm articles there/);
  });

  it('says "not covered" below ANSWER_THRESHOLD, from a new index and from the snapshot alike, and refuses a bad value', async () => {
    const dir = tempDir('faq-cli-');
    const data = tempDir('faq-cli-data-');
    writeFileSync(path.join(dir, 'ferry.md'), '# Ferry\n\n## FAQ\n\n### When does the ferry leave?\n\nAt nine, from the harbour.\n');
    writeFileSync(path.join(dir, 'library.md'), '# Library\n\n## FAQ\n\n### When does the library open?\n\nAt eight.\n');
    const answer = async (env: Record<string, string>) => {
      const run = ask(['--json', '--content', dir, 'ferry from the island'], null, { DATA_DIR: data, ...env });
      expect(await run.exited).toBe(0);
      return JSON.parse(run.stdout()) as { answer: string | null; confidence: number };
    };
    // Half the question ("island" is in no article): answered at the default 0.35 (which writes the snapshot), not at 0.6.
    expect(await answer({})).toMatchObject({ answer: 'At nine, from the harbour.', confidence: 0.5 });
    expect(existsSync(path.join(data, 'index-snapshot', 'ask', 'index.snapshot'))).toBe(true);
    expect((await answer({ ANSWER_THRESHOLD: '0.6' })).answer).toBeNull();
    expect((await answer({ ANSWER_THRESHOLD: '0.6', INDEX_SNAPSHOT: 'off' })).answer).toBeNull();
    const bad = ask(['--content', dir, 'ferry'], null, { ANSWER_THRESHOLD: '60' });
    expect(await bad.exited).toBe(2);
    expect(bad.output().trim()).toBe('ANSWER_THRESHOLD must be a number from 0.1 to 1, the confidence an answer needs (higher: fewer answers, each surer; default 0.35), not "60": fix it in the environment, which overrides .env.');
  });

  it('exits 2 with one plain sentence, no stack trace, when CONTENT_MAX_FILE_MB is malformed', async () => {
    const run = ask(['--content', CONTENT, 'What is Mythos?'], null, { CONTENT_MAX_FILE_MB: 'lots' });
    expect(await run.exited).toBe(2);
    expect(run.output().trim()).toBe('CONTENT_MAX_FILE_MB must be a positive number of megabytes (default 20), not "lots": fix it in the environment, which overrides .env.');
    expect(run.stdout()).toBe('');
  });

  it('validates INDEX_SNAPSHOT as npm start does, and names every bad setting at once', async () => {
    const run = ask(['--content', CONTENT, 'What is Mythos?'], null, { INDEX_SNAPSHOT: 'maybe', CONTENT_MAX_FILE_MB: '0' });
    expect(await run.exited).toBe(2);
    expect(run.output().trim().split('\n')).toEqual([
      'CONTENT_MAX_FILE_MB must be a positive number of megabytes (default 20), not "0": fix it in the environment, which overrides .env.',
      'INDEX_SNAPSHOT must be on, which keeps a snapshot of the index in DATA_DIR/index-snapshot, or off (default on), not "maybe": fix it in the environment, which overrides .env.',
    ]);
    expect(run.stdout()).toBe('');
  });
});

describe('npm run check-content', { timeout: PROCESS_TEST_MS }, () => {
  it('passes on the shipped content and fails, with path:line, on broken files', async () => {
    const ok = runScript('src/bin/check-content.ts', {}, { args: [CONTENT] });
    expect(await ok.exited).toBe(0);
    expect(ok.output()).toContain('1 article(s) served (4 FAQ entries, 6 paragraphs), 0 error(s), 0 warning(s)');
    // Every file failing leaves nothing to serve: exit 2, as the bot's tools stop on such a folder.
    const brokenDir = path.resolve('test/fixtures/broken');
    const broken = runScript('src/bin/check-content.ts', {}, { args: [brokenDir] });
    expect(await broken.exited).toBe(2);
    expect(broken.output()).toMatch(/missing-answer\.txt:7: error: FAQ question has no answer/);
    // Each skipped file says so on its own line, beside the served files' language lines.
    expect(broken.output()).toContain(`${path.join(brokenDir, 'missing-answer.txt')}: not served: the error below skips the whole file`);
    expect(broken.output()).toContain('0 article(s) served');
    expect(broken.output()).toContain(`No valid article in ${brokenDir}: each article file there has an error, listed above; fix them`);
  });
});
