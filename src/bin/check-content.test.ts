import { symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runScript } from '../../test/run-script.js';
import { tempDir } from '../../test/temp-dir.js';

const folder = (files: Record<string, string>): string => {
  const dir = tempDir('faq-check-');
  for (const [name, text] of Object.entries(files)) writeFileSync(path.join(dir, name), text);
  return dir;
};

describe('npm run check-content', () => {
  it('says up front what it checks, draws no progress when stderr is not a terminal, and reports limits hit', async () => {
    const dir = folder({ 'a.md': '---\nid: a\n---\n# A\n\nText.\n', 'big.md': `# Big\n\n${'x'.repeat(2048)}\n` });
    symlinkSync('.', path.join(dir, 'loop'));
    const run = runScript('src/bin/check-content.ts', { CONTENT_MAX_FILE_MB: '0.001' }, { args: [dir] });
    expect(await run.exited).toBe(1);
    // The report's first line, on stdout with it: a log keeping stdout and stderr apart shows it first.
    expect(run.stdout().split('\n')[0]).toBe(`Checking 2 article file(s) under ${dir} (limits: 1.02 KB per file, 10000 files, 16 folder levels, Markdown nesting depth 32).`);
    expect(run.output()).not.toContain('\r');
    expect(run.stdout()).toContain(`${path.join(dir, 'big.md')}:1: error: the file is 2.01 KB, over the 1.02 KB limit (CONTENT_MAX_FILE_MB); it is skipped`);
    expect(run.stdout()).toContain('2 file(s), 1 article(s) served');
  });

  it('explains how to pin an article known by its title, in one line for a folder of such articles, as notices', async () => {
    const detail = (what: string) => `to change a title later without posting its summary again, first add ${what} between two "---" lines at its top (see docs/content-format.md#article-identity)`;
    const named = detail('"id: " and the file\'s name without its extension');
    const run = runScript('src/bin/check-content.ts', {}, { args: [folder({ 'a.md': '# A Title\n\nText.\n' })] });
    expect(await run.exited).toBe(0);
    // What the missing line costs and when to add it: no "nothing to fix", no "front matter" to a file without.
    expect(run.stdout()).toContain(`a.md:1: notice: no "id:", so the title keeps the article one; ${named}\n`);
    expect(run.stdout()).not.toMatch(/nothing to fix|front matter/);
    const three = runScript('src/bin/check-content.ts', {}, { args: [folder({ 'a.md': '# A\n\nText.\n', 'My B.md': '# B\n\nText.\n', 'c.md': '---\nid: c\n---\n# C\n\nText.\n', 'd.md': '# D\n\nText.\n' })] });
    expect(await three.exited).toBe(0);
    const lines = three.stdout().split('\n');
    // The line to add is named beside a file only where its id is not the file's name.
    expect(lines.filter((line) => line.includes('"id:'))).toEqual([
      expect.stringMatching(/My B\.md:1: notice: no "id:", so the title keeps the article one: its line is "id: my-b"; to change a title later without posting its summary again, first add the "id:" line named here between/),
      `notice: 2 files: no "id:", so the title keeps the article one (a.md, d.md); ${named}`,
    ]);
    // Advice, not a fault: counted apart from the warnings (here on the language of three words), as lines.
    expect(three.stdout()).toContain('4 article(s) served (0 FAQ entries, 4 paragraphs), 0 error(s), 4 warning(s), 2 notice(s).');
  });

  it("gives a notice, at the title's line, for a title whose subject no passage of the folder writes", async () => {
    const dir = folder({
      'stamma.md': '---\nid: stamma\nlang: sv\n---\n# Årsstämma 2025\n\nFöreningsstämman hålls torsdagen den 22 maj 2025 klockan 18.30 i föreningslokalen.\n',
      'tvatt.md': '---\nid: tvatt\nlang: sv\n---\n# Tvättstugan\n\nTvättstugan bokas på tavlan i entrén, högst två pass i veckan.\n',
    });
    const run = runScript('src/bin/check-content.ts', {}, { args: [dir] });
    expect(await run.exited).toBe(0);
    expect(run.stdout()).toContain(`${path.join(dir, 'stamma.md')}:5: notice: title words no passage writes: "Årsstämma"; a title's words rank its article's paragraphs but count toward no answer's confidence`);
    expect(run.stdout()).not.toContain('tvatt.md:5: notice');
    expect(run.stdout()).toContain('0 error(s), 0 warning(s), 1 notice(s).');
    // One file checked among its folder's: the folder's passages count, its own title alone is read.
    const one = runScript('src/bin/check-content.ts', {}, { args: [path.join(dir, 'stamma.md')] });
    expect(await one.exited).toBe(0);
    expect(one.stdout()).toContain(`${path.join(dir, 'stamma.md')}:5: notice: title words no passage writes: "Årsstämma"`);
    const other = runScript('src/bin/check-content.ts', {}, { args: [path.join(dir, 'tvatt.md')] });
    expect(await other.exited).toBe(0);
    expect(other.stdout()).not.toContain('notice');
  });

  it('checks one article file within its folder, reporting that file only', async () => {
    const dir = folder({ 'a.md': '# A\n\nText.\n', 'b.md': '---\nid: b\n---\n# B\n\nText.\n\n## FAQ\n\n### Is it open?\n\nYes.\n', 'c.md': '---\nid: c\n---\n# C\n\n## FAQ\n\n### Is it open?\n\nNo.\n', 'notes.json': '{}' });
    const run = runScript('src/bin/check-content.ts', {}, { args: ['--show', path.join(dir, 'b.md')] });
    expect(await run.exited).toBe(0);
    const out = run.stdout();
    expect(out.split('\n')[0]).toMatch(new RegExp(`^Checking ${path.join(dir, 'b.md').replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} among the 3 article file\\(s\\) of its folder \\(limits: `));
    expect(out).toContain(`${path.join(dir, 'b.md')}: "B", 1 paragraph(s), 1 FAQ entry`);
    // The duplicate question is found against c.md; a.md's own warning and lines are not b.md's.
    expect(out).toMatch(/b\.md:\d+: warning: .*Is it open\?/);
    expect(out).not.toContain('a.md');
    expect(out).toContain(`${path.join(dir, 'b.md')}: 1 file(s), 1 article(s) served (1 FAQ entry, 1 paragraph)`);
    const other = runScript('src/bin/check-content.ts', {}, { args: [path.join(dir, 'notes.json')] });
    expect(await other.exited).toBe(2);
    expect(other.output()).toContain('notes.json is not served: not an article file (.md, .txt, .html or .htm).');
  });

  it("prints each file's language, declared or detected, and its FAQ entries with their heading, whether the search analyses it, and warns when detection is unsure", async () => {
    const dir = folder({
      'bad.md': '---\nid: bad\nlang: Deutsch\n---\n# Das Nachtbad öffnet wieder\n\nDas Hallenbad am Stadtpark öffnet ab Juni jeden Freitag bis Mitternacht.\n',
      'ch.md': '---\nid: ch\nlang: de-ch\n---\n# Grüezi\n\nText.\n',
      'en.html': '<html><head><title>Pool reopens</title></head><body><article><h1>Pool reopens</h1><p>The indoor pool by the city park reopens in June, every Friday until midnight, and children under six swim for free.</p></article></body></html>',
      'numbers.md': '---\nid: numbers\n---\n# 2026\n\n42\n',
      'short.md': '---\nid: short\n---\n# Horario\n\nHorario.\n',
      'et.md': '---\nid: et\n---\n# Serveri reeglid\n\nServeris on keelatud kasutada pettusi ja häkke. Reeglite rikkumine toob kaasa alalise keelu terveks aastaks.\n',
      'am.md': '---\nid: am\n---\n# የሰርቨር ህጎች\n\nበሰርቨሩ ላይ ማጭበርበር እና ሃክ መጠቀም የተከለከለ ነው። ህጎችን መጣስ ቋሚ እገዳ ያስከትላል።\n',
      'it.md': '---\nid: it\n---\n# La sede di Bologna\n\nLa cucina di Bologna è in via del Pratello 41/B, a dieci minuti dalla stazione centrale.\n\n## Domande frequenti\n\n### Posso arrivare in macchina?\n\nSì, ma il parcheggio più vicino è a pagamento.\n\n### La sede è accessibile in sedia a rotelle?\n\nSì, con un ascensore dal cortile.\n',
    });
    const run = runScript('src/bin/check-content.ts', {}, { args: [dir] });
    expect(await run.exited).toBe(0);
    const at = (name: string) => path.join(dir, name);
    const lines = run.stdout().split('\n');
    expect(lines).toEqual(
      expect.arrayContaining([
        `${at('bad.md')}: language de (detected); no FAQ entries`,
        `${at('ch.md')}: language de-CH (declared); no FAQ entries`,
        // The FAQ entries found and the heading they were found under, in the article's language.
        `${at('it.md')}: language it (detected); 2 FAQ entries under "Domande frequenti"`,
        `${at('en.html')}: language en (detected); no FAQ entries`,
        `${at('numbers.md')}: language und (detected, unsure); no FAQ entries`,
        `${at('short.md')}: language es (detected, unsure); no FAQ entries`,
        // Estonian, which the search reads with its stopwords but no stemmer: said, as "language et" alone reads as support.
        `${at('et.md')}: language et (detected), read with its stopwords but without stemming: a question meets its words only in the forms the article writes; "Also asked as:" lines help; no FAQ entries`,
        // Amharic, which eld knows and the search reads with English's function words only.
        `${at('am.md')}: language am (detected), read without stemming or stopwords of its own: a question meets its words only in the forms the article writes; "Also asked as:" lines help; no FAQ entries`,
        `${at('bad.md')}:3: warning: front matter "lang" should be a BCP 47 language tag such as de, pt-BR or zh; the language is detected from the text instead`,
        `${at('numbers.md')}:1: warning: the article's language could not be detected from its text; declare it with a front-matter line "lang: xx" (a BCP 47 tag such as de or pt-BR)`,
        `${at('short.md')}:1: warning: the article's language is unsure: detected as "es" from too little or mixed text; declare it with a front-matter line "lang: es"`,
      ]),
    );
    expect(lines.filter((l) => l.includes('language is unsure') || l.includes('could not be detected'))).toHaveLength(2);
  });

  it('says once, after its files, how the search reads a language it does not fully analyse', async () => {
    const text = 'Serveris on keelatud kasutada pettusi ja häkke. Reeglite rikkumine toob kaasa alalise keelu terveks aastaks.';
    const dir = folder({ 'a.md': `---\nid: a\n---\n# Reeglid\n\n${text}\n`, 'b.md': `---\nid: b\n---\n# Keelud\n\n${text}\n` });
    const run = runScript('src/bin/check-content.ts', {}, { args: [dir] });
    expect(await run.exited).toBe(0);
    const lines = run.stdout().split('\n');
    expect(lines).toEqual(expect.arrayContaining([`${path.join(dir, 'a.md')}: language et (detected); no FAQ entries`, `${path.join(dir, 'b.md')}: language et (detected); no FAQ entries`]));
    expect(lines.filter((line) => line.includes('without stemming'))).toEqual([
      'note, for the 2 files above in et: read with its stopwords but without stemming: a question meets its words only in the forms the article writes; "Also asked as:" lines help',
    ]);
  });

  it('says once, after its files, what the search does not read of questions in their language', async () => {
    const dir = folder({
      // Catalan: kinds of fact read, yes/no questions not; Estonian: both read; Amharic: neither.
      'ca.md': '---\nid: ca\n---\n# Assajos\n\nAssagem cada dimarts i dijous a les vuit del vespre al local de la colla, al carrer Major.\n',
      'et.md': '---\nid: et\n---\n# Serveri reeglid\n\nServeris on keelatud kasutada pettusi ja häkke. Reeglite rikkumine toob kaasa alalise keelu terveks aastaks.\n',
      'am.md': '---\nid: am\n---\n# የሰርቨር ህጎች\n\nበሰርቨሩ ላይ ማጭበርበር እና ሃክ መጠቀም የተከለከለ ነው። ህጎችን መጣስ ቋሚ እገዳ ያስከትላል።\n',
    });
    const run = runScript('src/bin/check-content.ts', {}, { args: [dir] });
    expect(await run.exited).toBe(0);
    const notes = run.stdout().split('\n').filter((line) => line.includes('see docs/languages.md'));
    expect(notes).toEqual([
      `note, for ${path.join(dir, 'am.md')} (am): a question asking a date, a price, a count or a name is answered from the passage sharing most of its words, not from the sentence stating one; a yes/no question ("is there…?", "can I…?") is answered as any other, by the passage sharing most of its words, which may say neither yes nor no (see docs/languages.md)`,
      `note, for ${path.join(dir, 'ca.md')} (ca): a yes/no question ("is there…?", "can I…?") is answered as any other, by the passage sharing most of its words, which may say neither yes nor no (see docs/languages.md)`,
    ]);
  });

  it("names the language's own `Also asked as:` label once, where its files have FAQ entries but list no other phrasings", async () => {
    const faq = (alternates: string) => `# Klub\n\nČlenský příspěvek je 1 200 Kč na rok a platí se převodem do konce března.\n\n## Časté dotazy\n\n### Kolik stojí členství?\n${alternates}\n1 200 Kč ročně.\n`;
    const bare = folder({ 'a.md': `---\nid: a\nlang: cs\n---\n${faq('')}`, 'b.md': `---\nid: b\nlang: cs\n---\n${faq('')}`.replace('Kolik stojí členství?', 'Jak zaplatím?') });
    const run = runScript('src/bin/check-content.ts', {}, { args: [bare] });
    expect(await run.exited).toBe(0);
    expect(run.stdout().split('\n').filter((line) => line.includes('other ways members ask'))).toEqual([
      'note, for the 2 files above in cs: other ways members ask an FAQ question go right under it, as "Také se ptají:" (or "Also asked as:") and one "- question" per line',
    ]);
    // Once one of them lists some, the admin knows the label: no note.
    const listed = folder({ 'a.md': `---\nid: a\nlang: cs\n---\n${faq('\nTaké se ptají:\n- kolik je clenstvi\n')}` });
    const again = runScript('src/bin/check-content.ts', {}, { args: [listed] });
    expect(await again.exited).toBe(0);
    expect(again.stdout()).not.toContain('other ways members ask');
  });

  it('says a language read as another is read so, and that mixing the two changes nothing', async () => {
    const dir = folder({
      'a.md': '---\nid: a\nlang: ms\n---\n# Peraturan\n\nAhli dilarang menggunakan cheat dalam perlawanan.\n',
      'b.md': '---\nid: b\nlang: id\n---\n# Aturan\n\nAnggota dilarang memakai cheat saat pertandingan.\n',
    });
    const run = runScript('src/bin/check-content.ts', {}, { args: [dir] });
    expect(await run.exited).toBe(0);
    const lines = run.stdout().split('\n');
    expect(lines).toEqual(expect.arrayContaining([`${path.join(dir, 'a.md')}: language ms (declared), read as id; no FAQ entries`, `${path.join(dir, 'b.md')}: language id (declared); no FAQ entries`]));
    expect(lines.filter((line) => line.startsWith('note, for'))).toEqual([`note, for ${path.join(dir, 'a.md')} (ms): read as id, the two alike, so questions and articles in either meet as in one language`]);
  });

  it("names Chinese in Traditional characters' own label", async () => {
    const faq = '# 會員\n\n會費每年 360 元。\n\n## 常見問題\n\n### 會費多少錢？\n\n每年 360 元。\n';
    const dir = folder({ 'a.md': `---\nid: a\nlang: zh-TW\n---\n${faq}` });
    const run = runScript('src/bin/check-content.ts', {}, { args: [dir] });
    expect(await run.exited).toBe(0);
    expect(run.stdout()).toContain('as "其他問法:" (or "Also asked as:")');
  });

  it('says a note once for the files of one language under its tags ("cs" and "cs-CZ")', async () => {
    const faq = `# Klub\n\nČlenský příspěvek je 1 200 Kč na rok a platí se převodem do konce března.\n\n## Časté dotazy\n\n### Kolik stojí členství?\n\n1 200 Kč ročně.\n`;
    const dir = folder({ 'a.md': `---\nid: a\nlang: cs\n---\n${faq}`, 'b.md': `---\nid: b\nlang: cs-CZ\n---\n${faq.replace('Kolik stojí členství?', 'Jak zaplatím?')}` });
    const run = runScript('src/bin/check-content.ts', {}, { args: [dir] });
    expect(await run.exited).toBe(0);
    expect(run.stdout().split('\n').filter((line) => line.startsWith('note, for'))).toEqual([
      'note, for the 2 files above in cs, cs-CZ: other ways members ask an FAQ question go right under it, as "Také se ptají:" (or "Also asked as:") and one "- question" per line',
    ]);
  });

  it('stops with one sentence and exit 2 on a malformed CONTENT_MAX_FILE_MB', async () => {
    const run = runScript('src/bin/check-content.ts', { CONTENT_MAX_FILE_MB: 'lots' }, { args: [folder({ 'a.md': '# A\n\nText.\n' })] });
    expect(await run.exited).toBe(2);
    expect(run.output().trim()).toBe('CONTENT_MAX_FILE_MB must be a positive number of megabytes (default 20), not "lots": fix it in the environment, which overrides .env.');
  });

  it('stops with exit 2 and the sentence ask stops with when no article is valid: an empty folder, or every file failing', async () => {
    const cases: [Record<string, string>, string][] = [
      [{}, 'add .md, .txt, .html or .htm articles there (see docs/content-format.md).'],
      [{ 'broken.md': '---\ntitle: "Unclosed\n---\n# B\n\nText.\n' }, 'each article file there has an error, listed above; fix them (see docs/content-format.md).'],
    ];
    for (const [files, advice] of cases) {
      const dir = folder(files);
      const run = runScript('src/bin/check-content.ts', {}, { args: [dir] });
      expect(await run.exited).toBe(2);
      expect(run.stdout()).toContain('0 article(s) served');
      expect(run.output()).toContain(`No valid article in ${dir}: ${advice}`);
    }
  });

  it('lists the problems of each file by line, its own and the id and language warnings alike', async () => {
    const dir = folder({
      'a.md': '---\ntags: {x: 1}\n---\n# Ferry times in summer\n\nThe ferry leaves every hour from the harbour, from six in the morning.\n\n## FAQ\n\n### Opening hours\n\nNine to five.\n',
    });
    const run = runScript('src/bin/check-content.ts', {}, { args: [dir] });
    expect(await run.exited).toBe(0);
    const lines = run.stdout().split('\n').filter((l) => l.startsWith(`${path.join(dir, 'a.md')}:`) && !l.includes(': language '));
    expect(lines.map((l) => Number(l.split(':')[1]))).toEqual([1, 2, 10]);
  });

  it('prints with --show what was read from each file: title, paragraphs and FAQ entries with ¶, line and section, and never the page chrome', async () => {
    const page = [
      '<html lang="en"><head><title>Pool reopens | Riverside Daily</title><meta property="og:site_name" content="Riverside Daily"></head><body>',
      '<nav><a href="/">Home</a> <a href="/news">News</a></nav><div class="cookie-banner"><p>We use cookies to measure our audience.</p></div>',
      '<article><h1>Pool reopens</h1>',
      '<p>The indoor pool by the city park reopens in June, every Friday until midnight, and children under six swim for free all summer long.</p>',
      '<h2>FAQ</h2>',
      '<h3>How much is a ticket?</h3>',
      '<p>Also asked as:</p><ul><li>What does a swim cost?</li></ul>',
      '<p>Adults pay four euros.</p>',
      '</article></body></html>',
    ].join('\n');
    const dir = folder({ 'pool.html': page });
    const run = runScript('src/bin/check-content.ts', {}, { args: ['--show', dir] });
    expect(await run.exited).toBe(0);
    const file = path.join(dir, 'pool.html');
    const lines = run.stdout().split('\n');
    const from = lines.indexOf(`${file}: "Pool reopens", 1 paragraph(s), 1 FAQ entry`);
    expect(from).toBeGreaterThan(0);
    expect(lines.slice(from + 1, from + 5)).toEqual([
      '  ¶1 line 4: The indoor pool by the city park reopens in June, every Friday until midnight, and children under s…',
      '  Q ¶2 line 6 [FAQ]: How much is a ticket?',
      '    also asked as (line 7): What does a swim cost?',
      '    A ¶3 line 8 [FAQ]: Adults pay four euros.',
    ]);
    expect(run.stdout()).not.toContain('cookies');
    const plain = runScript('src/bin/check-content.ts', {}, { args: [dir] });
    expect(await plain.exited).toBe(0);
    expect(plain.stdout()).not.toContain('¶1');
  });

  it('prints with --show in the order of the file, a paragraph after an FAQ entry after it', async () => {
    const dir = folder({ 'sync.md': '---\nid: sync\n---\n# Sync\n\nIntro.\n\n## FAQ\n\n### How do I sync?\n\nOpen the app.\n\n### Resync steps\n\nGo to Settings.\n' });
    const run = runScript('src/bin/check-content.ts', {}, { args: ['--show', dir] });
    expect(await run.exited).toBe(0);
    const lines = run.stdout().split('\n');
    const from = lines.indexOf(`${path.join(dir, 'sync.md')}: "Sync", 2 paragraph(s), 1 FAQ entry`);
    expect(lines.slice(from + 1, from + 5)).toEqual(['  ¶1 line 6: Intro.', '  Q ¶2 line 10 [FAQ]: How do I sync?', '    A ¶3 line 12 [FAQ]: Open the app.', '  ¶4 line 16 [FAQ]: Go to Settings.']);
  });

  it('takes the folder as --content DIR, as ask does, or bare; prints its usage on --help and on an unknown option', async () => {
    const dir = folder({ 'a.md': '---\nid: a\n---\n# A\n\nText.\n' });
    const flagged = runScript('src/bin/check-content.ts', {}, { args: ['--content', dir] });
    expect(await flagged.exited).toBe(0);
    expect(flagged.stdout()).toContain(`${dir}: 1 file(s), 1 article(s) served`);
    const help = runScript('src/bin/check-content.ts', {}, { args: ['--help'] });
    expect(await help.exited).toBe(0);
    expect(help.stdout()).toContain('Usage: npm run check-content -- [--show] [--content DIR | DIR | FILE]');
    const unknown = runScript('src/bin/check-content.ts', {}, { args: ['--contnet', dir] });
    expect(await unknown.exited).toBe(2);
    expect(unknown.output()).toContain("Unknown option '--contnet'.");
    expect(unknown.output()).toContain('Usage: npm run check-content --');
    const two = runScript('src/bin/check-content.ts', {}, { args: ['--content', dir, dir] });
    expect(await two.exited).toBe(2);
    expect(two.output()).toContain('check-content checks one folder');
  });
});
