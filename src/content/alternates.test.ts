import { describe, expect, it } from 'vitest';
import { isAlsoAskedLine, opensAlsoAsked, ownFaqHeading, ownLabel, writtenLabel } from './alternates.js';
import { isFaqHeading } from './faq-markers.js';
import { parseHtml } from './html.js';
import { parseMarkdown } from './markdown.js';
import { parseTxt } from './txt.js';
import type { ParseResult } from './types.js';

const markdown = (label: string) => `# Mitgliedschaft\n\n## Häufige Fragen\n\n### Wie kündige ich?\n\n${label}\n- Wie beende ich mein Abo?\n- Kann ich austreten?\n\nSchreib eine E-Mail an den Vorstand.\n`;
const txt = (label: string) => `Mitgliedschaft\n\nDie Mitgliedschaft kostet 20 Euro.\n\nHäufige Fragen\n\nWie kündige ich?\n\n${label}\n- Wie beende ich mein Abo?\n- Kann ich austreten?\n\nSchreib eine E-Mail an den Vorstand.\n`;
const html = (label: string) =>
  `<html><head><title>Mitgliedschaft</title></head><body><h1>Mitgliedschaft</h1><p>Die Mitgliedschaft kostet 20 Euro.</p>\n<h2>Häufige Fragen</h2>\n<h3>Wie kündige ich?</h3>\n<p>${label}</p>\n<ul><li>Wie beende ich mein Abo?</li><li>Kann ich austreten?</li></ul>\n<p>Schreib eine E-Mail an den Vorstand.</p></body></html>`;
const formats: [string, (label: string) => ParseResult][] = [
  ['.md', (label) => parseMarkdown(markdown(label), 'a.md', 'a')],
  ['.txt', (label) => parseTxt(txt(label), 'a.txt', 'a')],
  ['.html', (label) => parseHtml(html(label), 'a.html', 'a')],
];

describe('Also asked as: labels', () => {
  it('reads the label in the languages of ALSO_ASKED_LABELS, whatever its case, accents and space before the colon', () => {
    for (const line of ['Also asked as:', 'ALSO ASKED AS:', 'Auch gefragt als:', 'Autres formulations :', 'Aussi demandé\u00a0:', 'Zadawane też jako:', 'Zadawane tez jako:', 'Chiesto anche come:', '別の聞き方：', '其他問法:', 'Также спрашивают:', 'Şöyle de soruluyor:', 'يُسأل أيضاً:', 'يسأل أيضا:', 'यह भी पूछा जाता है:', 'ถามแบบอื่น:', 'Také se ptají:', 'Take se ptaji:', 'Ρωτούν επίσης:', 'Így is kérdezik:', 'Se mai întreabă:', 'Taip pat klausiama:', 'Također pitaju:', 'Също питат:']) {
      expect([line, isAlsoAskedLine(line)]).toEqual([line, true]);
    }
    for (const line of ['Also asked as: Are pets allowed?', 'Similar questions:', 'Auch:', 'Also asked as', 'Note:']) expect([line, isAlsoAskedLine(line)]).toEqual([line, false]);
    // An HTML block is one text: the label opens it, its phrasings may follow on the same line.
    expect(opensAlsoAsked('Auch gefragt als: - Wie beende ich mein Abo?')).toBe(true);
    expect(opensAlsoAsked('Auch wenn du kündigst: die Gebühr bleibt.')).toBe(false);
  });

  it('takes a German label\'s list as alternates in every format, never as the answer (a trial served "Auch gefragt als:" as one)', () => {
    for (const [format, parse] of formats) {
      const { article, issues } = parse('Auch gefragt als:');
      expect([format, issues]).toEqual([format, []]);
      const entry = article!.faq[0]!;
      expect([format, entry.alternates.map((p) => p.text), entry.answer.map((p) => p.text)]).toEqual([
        format,
        ['Wie beende ich mein Abo?', 'Kann ich austreten?'],
        ['Schreib eine E-Mail an den Vorstand.'],
      ]);
    }
  });

  it('takes an Arabic label\'s list of chat phrasings, without a question mark, as alternates (an Arabic trial\'s "يُسأل أيضاً:" was served as the answer)', () => {
    const source = '# الأسعار\n\n## الأسئلة الشائعة\n\n### كم سعر الساعة؟\n\nيُسأل أيضاً:\n- الساعه بكم\n- سعر الساعة كم\n\nالساعة بـ 15 ريالاً.\n';
    const { article, issues } = parseMarkdown(source, 'a.md', 'a');
    expect(issues).toEqual([]);
    expect(article!.faq[0]!.alternates.map((p) => p.text)).toEqual(['الساعه بكم', 'سعر الساعة كم']);
    expect(article!.faq[0]!.answer.map((p) => p.text)).toEqual(['الساعة بـ 15 ريالاً.']);
  });

  it('reads the labels round Z\'s admins wrote: Czech "Taky se ptají:", Persian "این‌طور هم می‌پرسند:"', () => {
    const czech = parseMarkdown('---\nlang: cs\n---\n# Klub\n\n## Časté dotazy\n\n### Kolik stojí členství?\n\nTaky se ptají:\n- kolik stoji clenstvi\n\n450 Kč za pololetí.\n', 'c.md', 'c');
    expect([czech.issues, czech.article!.faq[0]!.alternates.map((p) => p.text)]).toEqual([[], ['kolik stoji clenstvi']]);
    for (const label of ['این‌طور هم می‌پرسند:', 'این طور هم می پرسند:', 'همچنین پرسیده می‌شود:']) {
      const persian = parseMarkdown(`---\nlang: fa\n---\n# انجمن\n\n## سوالات متداول\n\n### آدرس دفتر انجمن کجاست؟\n\n${label}\n- دفتر کجاست\n\nخیابان انقلاب، پلاک ۱۲.\n`, 'p.md', 'p');
      expect([label, persian.issues, persian.article!.faq[0]!.alternates.map((p) => p.text)]).toEqual([label, [], ['دفتر کجاست']]);
    }
    expect(ownLabel('fa')).toBe('همچنین پرسیده می‌شود:');
  });

  it('reads a label in every language it reads an FAQ section in: Hebrew "שואלים גם:" (a Minecraft server\'s admin wrote it, and its list was served as the answer)', () => {
    const hebrew = parseMarkdown('---\nlang: he\n---\n# השרת\n\n## שאלות נפוצות\n\n### מה האייפי של השרת?\n\nשואלים גם:\n- מה האיפי\n- איך נכנסים לשרת\n\nplay.gefen.co.il\n', 'h.md', 'h');
    expect([hebrew.issues, hebrew.article!.faq[0]!.alternates.map((p) => p.text), hebrew.article!.faq[0]!.answer.map((p) => p.text)]).toEqual([[], ['מה האיפי', 'איך נכנסים לשרת'], ['play.gefen.co.il']]);
    expect([ownLabel('he'), ownLabel('sk'), ownLabel('ca'), ownLabel('sw')]).toEqual(['שואלים גם:', 'Pýtajú sa aj:', 'També es pregunta:', 'Pia huulizwa:']);
    // Not "other forms", which opens an answer's list as well (a review: Uzbek "Boshqa shakllar:" over payment methods).
    for (const line of ['Boshqa shakllar:', 'Бусад хэлбэрүүд:', 'Other forms:']) expect(opensAlsoAsked(line), line).toBe(false);
  });

  it('warns, with its line, about a label it does not know followed by questions, in every format', () => {
    for (const [format, parse, line] of formats.map(([f, p], i) => [f, p, [7, 9, 4][i]] as const)) {
      const { issues } = parse('Ähnliche Fragen:');
      expect([format, issues.filter((i) => i.severity === 'warning')]).toEqual([
        format,
        [{ severity: 'warning', file: `a${format}`, line, message: expect.stringContaining('"Ähnliche Fragen:" under the question "Wie kündige ich?" is not a label the bot knows') }],
      ]);
    }
  });

  it('warns about a label it does not know followed by list items asking the question again without a question mark, not about an answer\'s own list', () => {
    const czech = parseMarkdown('---\nlang: cs\n---\n# Klub\n\n## Časté dotazy\n\n### Kolik stojí členství?\n\nLidi se ptají i:\n- kolik stoji clenstvi\n- cena clenstvi\n\n450 Kč za pololetí.\n', 'c.md', 'c');
    expect(czech.issues.map((i) => i.message)).toEqual([expect.stringContaining('"Lidi se ptají i:" under the question "Kolik stojí členství?" is not a label the bot knows')]);
    const list = parseMarkdown('# Hikes\n\n## FAQ\n\n### What should I bring?\n\nYou need:\n- water\n- a torch\n\nAnd good boots.\n', 'h.md', 'h');
    expect(list.issues).toEqual([]);
    // Nor where one item shares a word with the question, or only "the" (a review).
    const hike = parseMarkdown('# Hikes\n\n## FAQ\n\n### What do I need for the hike?\n\nBring:\n- hike snacks\n- water\n\nSteps:\n- Pay the fee\n- Meet the guide\n', 'k.md', 'k');
    expect(hike.issues).toEqual([]);
  });

  it('names, for a label it does not know, the label of the article\'s language to write, beside "Also asked as:"', () => {
    const [, parse] = formats[0]!;
    expect(parse('Ähnliche Fragen:').issues[0]!.message).toContain('write "Auch gefragt als:" (or "Also asked as:") instead');
    const english = parseMarkdown('# Membership\n\n## FAQ\n\n### How do I cancel?\n\nAsked too:\n- How do I quit?\n\nEmail the board.\n', 'e.md', 'e');
    expect(english.issues[0]!.message).toContain('write "Also asked as:" instead');
    // As check-content's note names it: Bokmål's for Discord's "no", Traditional characters for zh-TW.
    const traditional = parseMarkdown('---\nlang: zh-TW\n---\n# 入會\n\n## 常見問題\n\n### 需要自備道服嗎？\n\n其他的問法：\n- 道服要自己買嗎？\n\n需要。\n', 't.md', 't');
    expect(traditional.issues[0]!.message).toContain('write "其他問法:" (or "Also asked as:") instead');
    expect([ownLabel('no'), ownLabel('nn'), ownLabel('zh-HK'), ownLabel('zh-CN'), ownLabel('pt-BR'), ownLabel('en-GB'), ownLabel('xx')]).toEqual(['Også spurt som:', 'Også spurt som:', '其他問法:', '其他问法:', 'Também perguntado como:', null, null]);
    // Cantonese is read as Chinese, written in Traditional characters.
    expect([ownLabel('yue'), ownLabel('yue-Hans')]).toEqual(['其他問法:', '其他问法:']);
    // Malay is read as Indonesian: its files are told Indonesian's label, which they are read with.
    expect([ownLabel('ms'), ownLabel('id')]).toEqual(['Juga ditanyakan sebagai:', 'Juga ditanyakan sebagai:']);
    // Filipino is written with Tagalog's label ("tl" is canonicalised "fil").
    expect([ownLabel('fil'), ownLabel('tl')]).toEqual(['Tinatanong din bilang:', 'Tinatanong din bilang:']);
  });

  it('quotes the label as the file writes it in the warnings on its list (a French admin was told about an "Also asked as:" she had not written)', () => {
    expect(writtenLabel('Aussi demandé :')).toBe('Aussi demandé :');
    expect(writtenLabel('別の聞き方：')).toBe('別の聞き方：');
    expect(writtenLabel('Also asked as:')).toBe('Also asked as:');
    const french = (list: string) => `# Adhésion\n\n## Questions fréquentes\n\n### Comment adhérer ?\n\nAussi demandé :\n${list}\n\nEn ligne.\n`;
    expect(parseMarkdown(french('- Comment devenir membre ?\nComment s\'inscrire ?'), 'f.md', 'f').issues.map((i) => i.message)).toEqual([
      expect.stringMatching(/^"Aussi demandé :" takes one "- question" per line; this line is not one and is ignored/),
    ]);
    const txtFile = 'Adhésion\n\nLe texte.\n\nQuestions fréquentes\n\nComment adhérer ?\n\nAussi demandé :\n- \n\nEn ligne.\n';
    expect(parseTxt(txtFile, 'f.txt', 'f').issues.map((i) => i.message)).toEqual([
      'this "- " line of "Aussi demandé :" is empty: write a question after "- ", or remove the line',
      '"Aussi demandé :" lists no question: add one "- question" per line under it, or remove it',
    ]);
    const misplaced = parseMarkdown('# Adhésion\n\nLe texte.\n\nAussi demandé :\n- Comment adhérer ?\n', 'm.md', 'm');
    expect(misplaced.issues.map((i) => i.message)).toEqual(['"Aussi demandé :" belongs right under an FAQ question, before its answer; here it and its list are ignored']);
    const { issues } = parseHtml(html('Auch gefragt als:').replace('<ul><li>Wie beende ich mein Abo?</li><li>Kann ich austreten?</li></ul>', ''), 'a.html', 'a');
    expect(issues.map((i) => i.message)).toContain('"Auch gefragt als:" lists no question: add one "- question" per line under it, or remove it');
  });

  it('reads a label written in bold or italics as the label, in .md and .txt files', () => {
    for (const label of ['**Aussi demandé :**', '__Also asked as:__', '*Auch gefragt als:*', '**Also asked as**:']) {
      const [, md] = formats[0]!;
      const [, txt] = formats[1]!;
      for (const parse of [md, txt]) {
        const { article, issues } = parse(label);
        expect([label, issues, article!.faq[0]!.alternates.length, article!.faq[0]!.answer.map((p) => p.text)]).toEqual([label, [], 2, ['Schreib eine E-Mail an den Vorstand.']]);
      }
    }
    expect(writtenLabel('**Aussi demandé :**')).toBe('Aussi demandé :');
    expect(isAlsoAskedLine('**Note:**')).toBe(false);
  });

  it('leaves an answer that introduces a list of anything but questions alone', () => {
    const source = '# T\n\n## FAQ\n\n### How do I pay?\n\nWe take:\n- cards\n- cash\n\n### Is it free?\n\nNote:\n\nNo, it costs 5 euros.\n';
    expect(parseMarkdown(source, 'a.md', 'a').issues).toEqual([]);
  });
});

describe('ownFaqHeading', () => {
  it("names the article's language's FAQ heading in the tag's script, or none where only \"FAQ\" fits", () => {
    const cases: [string, string | null][] = [
      ['ru', 'Часто задаваемые вопросы'], ['zh', '常见问题'], ['zh-TW', '常見問題'], ['sr', 'Често постављана питања'], ['sr-Latn', 'Često postavljana pitanja'],
      ['uz-Cyrl', 'Кўп бериладиган саволлар'], ['nb', 'Ofte stilte spørsmål'], ['fil', 'Mga madalas itanong'], ['pa-Arab', null], ['mn-Mong', null], ['ja-JP', 'よくある質問'], ['yue', '常見問題'], ['en-GB', null], ['xx', null],
    ];
    for (const [tag, name] of cases) expect(ownFaqHeading(tag), tag).toBe(name);
    for (const [, name] of cases) if (name) expect(isFaqHeading(name), name).toBe(true);
  });
});
