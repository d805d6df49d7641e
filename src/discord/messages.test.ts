import { describe, expect, it } from 'vitest';
import { parseMarkdown } from '../content/markdown.js';
import { parseTxt } from '../content/txt.js';
import { SearchIndex } from '../search/engine.js';
import { answerFixture as answer } from '../search/fixtures/answer.js';
import { CATALOGUE_IDS, english, translatorFor } from '../i18n/index.js';
import { answerMessage, echo, noAnswerMessage, summaryEmbed, summaryMessage } from './messages.js';

describe('summaryEmbed', () => {
  it('shows text from a .txt article as written, and keeps Markdown formatting from a .md one', () => {
    const txt = parseTxt('Top *excluded* picks\n\n# 1 on the list is _new_.\n\nFAQ\n\n> Is - this - kept?\n\nYes.\n', 'a.txt', 'a').article!;
    const card = summaryEmbed(txt, txt.summary!);
    expect(card.title).toBe('Top \\*excluded\\* picks');
    expect(card.description).toBe('\\# 1 on the list is \\_new\\_.');
    expect(card.fields?.find((f) => f.name.startsWith('Questions'))?.value).toBe('• \\> Is - this - kept?');
    const md = parseMarkdown('# Top *excluded* picks\n\nThe **best** ones.\n', 'b.md', 'b').article!;
    expect(summaryEmbed(md, 'The **best** ones.')).toMatchObject({ title: 'Top excluded picks', description: 'The **best** ones.' });
  });
});

describe('summaryMessage', () => {
  const article = (lang: string) => ({
    ...parseMarkdown('---\ndate: 2026-05-14\n---\n# Clean-up\n\nVolunteers met.\n\n## FAQ\n\n### Can I join?\n\nYes.\n', 'c.md', 'c').article!,
    site: 'Riverside Daily',
    lang,
  });
  const labels = (lang: string) => {
    const card = summaryMessage(article(lang), 'Volunteers met.');
    const button = card.components![0]!.components[0]!;
    return [...card.embeds![0]!.fields!.map((f) => f.name), 'label' in button ? button.label : ''];
  };

  it("labels the card in the article's language when there is a catalogue for it", () => {
    expect(labels('de-CH')).toEqual(['Veröffentlicht', 'Quelle', 'Fragen, die dieser Artikel beantwortet', 'Frage zu diesem Artikel stellen']);
    expect(labels('pt')).toEqual(['Publicado em', 'Fonte', 'Perguntas que este artigo responde', 'Perguntar sobre este artigo']);
    expect(labels('ja')).toEqual(['公開日', '出典', 'この記事が答える質問', 'この記事について質問']);
    expect(labels('zh-TW')).toEqual(['發布日期', '來源', '本文回答的問題', '就本文提問']);
    expect(labels('ko-KR')).toEqual(['게시일', '출처', '이 글에서 답하는 질문', '이 글에 대해 질문하기']);
    expect(labels('pl-PL')).toEqual(['Opublikowano', 'Źródło', 'Pytania, na które odpowiada ten artykuł', 'Zapytaj o ten artykuł']);
    expect(labels('it')).toEqual(['Pubblicato', 'Fonte', 'Domande a cui risponde questo articolo', 'Fai una domanda su questo articolo']);
    expect(labels('id-ID')).toEqual(['Diterbitkan', 'Sumber', 'Pertanyaan yang dijawab artikel ini', 'Tanya tentang artikel ini']);
  });

  it('labels it in English for an unknown language, or one without a catalogue', () => {
    const english = ['Published', 'Source', 'Questions this article answers', 'Ask about this article'];
    for (const lang of ['und', 'en-GB', 'et', 'not a tag']) expect(labels(lang)).toEqual(english);
  });
});

describe('answerMessage', () => {
  it('shows a quote that is the answer’s own text once, whatever its whitespace: the answer, then only its source', () => {
    const embed = answerMessage(english, answer('The library opens\nat 8 a.m.', ' The library opens at  8 a.m.')).embeds![0]!;
    expect(embed.description).toBe('The library opens at 8 a.m.');
    expect(embed.fields).toEqual([{ name: 'Source', value: '— Title · Hours · ¶3' }]);
  });

  it('shows a different quote as a > block above its source', () => {
    const embed = answerMessage(english, answer('Yes.', 'Entry is by card only.\n\nGuests sign in.')).embeds![0]!;
    expect(embed.description).toBe('Yes.');
    expect(embed.fields).toEqual([{ name: 'Source', value: '> Entry is by card only.\n> \n> Guests sign in.\n— Title · Hours · ¶3' }]);
  });

  it("shows a Markdown article's wrapped lines as the sentences they are, its list items each on a line", () => {
    const md = parseMarkdown(
      '# Calibration\n\nTo get accurate pace without GPS, calibrate your\nstride length in Settings. Health Connect is built\ninto Android 14.\n\nYou need:\n- a phone with\n  Android 14\n- a watch\n',
      'c.md',
      'c',
    ).article!;
    const index = new SearchIndex([md]);
    const wrapped = answerMessage(english, index.answer('How do I calibrate my stride length?')).embeds![0]!;
    expect(wrapped.description).toBe('To get accurate pace without GPS, calibrate your stride length in Settings. Health Connect is built into Android 14.');
    const quoted = answerMessage(english, { ...index.answer('How do I calibrate my stride length?'), answer: 'Yes.' }).embeds![0]!;
    expect(quoted.fields![0]!.value).toBe('> To get accurate pace without GPS, calibrate your stride length in Settings. Health Connect is built into Android 14.\n— Calibration · ¶1');
    const list = answerMessage(english, answer('Yes.', md.paragraphs[2]!.raw)).embeds![0]!;
    expect(list.fields![0]!.value).toBe('> - a phone with Android 14\n> - a watch\n— Title · Hours · ¶3');
  });
});

describe('answerMessage on a .txt article', () => {
  it('shows the answer, the matched question, the quote and the citation as written, not as Markdown', () => {
    const txt = parseTxt(
      'Top *excluded* picks\n\n# 1 on the list is the *excluded* river walk.\n\nThe museum opens at noon on Sundays.\n\nFAQ\n\nWhich walk is *excluded*?\n\n# 1 on the list: the river walk.\n',
      'a.txt',
      'a',
    ).article!;
    const index = new SearchIndex([txt]);
    const faq = answerMessage(english, index.answer('Which walk is excluded?')).embeds![0]!;
    expect(faq.title).toBe('Which walk is \\*excluded\\*?');
    expect(faq.description).toBe('\\# 1 on the list: the river walk.');
    const paragraph = answerMessage(english, index.answer('What is number one on the list of river walks?')).embeds![0]!;
    expect(paragraph.description).toBe('\\# 1 on the list is the \\*excluded\\* river walk.');
    expect(paragraph.fields).toEqual([{ name: 'Source', value: '— Top \\*excluded\\* picks · ¶1' }]);
    const quoted = answerMessage(english, { ...index.answer('Which walk is excluded?'), quote: '# 1 on the list is the *excluded* river walk.' }).embeds![0]!;
    expect(quoted.fields![0]!.value).toBe('> \\# 1 on the list is the \\*excluded\\* river walk.\n— Top \\*excluded\\* picks · ¶1');
  });

  it('keeps the formatting of a Markdown article', () => {
    const md = parseMarkdown('# Picks\n\nThe **best** walk is by the river.\n', 'b.md', 'b').article!;
    expect(answerMessage(english, new SearchIndex([md]).answer('Which walk is the best?')).embeds![0]!.description).toBe('The **best** walk is by the river.');
  });
});

describe('noAnswerMessage', () => {
  it('says "in this article" for a question asked about one article, in every catalogue', () => {
    const inEnglish = noAnswerMessage(english, 'Who won?', [], { inArticle: true }).content;
    expect(inEnglish).toMatch(/^I couldn't find that in this article: “Who won\?”\./);
    expect(noAnswerMessage(english, '', [], { inArticle: true }).content).toMatch(/^I couldn't find that in this article\./);
    expect(noAnswerMessage(english, 'Who won?', []).content).toMatch(/^I couldn't find that in our articles/);
    for (const id of CATALOGUE_IDS) {
      const t = translatorFor(id);
      for (const question of ['Who won?', '']) {
        const scoped = noAnswerMessage(t, question, [], { inArticle: true }).content!.split('\n')[0];
        expect(scoped, `${id} ${JSON.stringify(question)}`).not.toBe(noAnswerMessage(t, question, []).content!.split('\n')[0]);
        if (question) expect(scoped).toContain(question);
      }
    }
    expect(noAnswerMessage(translatorFor('de'), 'Wer?', [], { inArticle: true }).content).toMatch(/^Dazu habe ich in diesem Artikel nichts gefunden/);
  });
});

describe('echo', () => {
  /** What Discord's client renders as a mention (users, nicknames, roles, channels, commands, @everyone, @here). */
  const MENTION = /@(?:everyone|here)|<(?:@[!&]?|#)\d+>|<\/[^\s<>:]+(?: [^\s<>:]+){0,2}:\d+>/;

  it('shows every kind of mention as typed, never as a mention', () => {
    for (const typed of ['@everyone', '@here', '<@123456789012345678>', '<@!123456789012345678>', '<@&123456789012345678>', '<#123456789012345678>', '</ask:123456789012345678>', '</feeds add:123456789012345678>']) {
      const shown = echo(`hey ${typed} what?`);
      expect(shown, typed).not.toMatch(MENTION);
      expect(shown.replace(/\u200b/g, ''), typed).toBe(`hey ${typed} what?`);
    }
  });

  it('leaves text that is no mention as it was, Markdown escaped', () => {
    expect(echo('mail me@example.com about <b>tags</b>, 3 < 4 and **bold**')).toBe('mail me@example.com about <b>tags</b>, 3 < 4 and \\*\\*bold\\*\\*');
  });
});
