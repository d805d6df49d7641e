import {
  ButtonStyle,
  ComponentType,
  escapeMarkdown,
  TextInputStyle,
  type APIActionRowComponent,
  type APIButtonComponent,
  type APIEmbed,
  type APIModalInteractionResponseCallbackData,
} from 'discord.js';
import type { Article, ArticleFormat } from '../content/types.js';
import { citation, separateQuote } from '../search/citation.js';
import { translatorFor, type Translate } from '../i18n/index.js';
import type { IndexStats } from '../search/engine.js';
import type { Alternative, Answer } from '../search/types.js';
import type { Reply } from './interaction.js';
import { shownLines } from '../content/soft-breaks.js';
import { cut } from '../text.js';
import { articleKey, entryKey } from './keys.js';
import { EMBED, QUESTION_INPUT_MAX, quoteBlock } from './limits.js';

/**
 * Custom-id prefix of a "Did you mean …?" button; the rest is the entry's key (keys.ts), then `/` and the
 * id of the recorded question it was offered for (absent on buttons from older versions).
 */
export const ALTERNATIVE_BUTTON = 'alt:';

/** A "Did you mean" button's argument: the entry's key and the recorded question's id, null when the button carries none. */
export function alternativeArg(arg: string): { key: string; questionId: string | null } {
  // Question ids are 12 base64url characters (answering.ts), so a key never ends like one by chance.
  const found = /^([\s\S]+)\/([\w-]{12})$/.exec(arg);
  return found ? { key: found[1]!, questionId: found[2]! } : { key: arg, questionId: null };
}
/** Custom-id prefixes of the feedback buttons; the rest is the question id. */
export const HELPFUL = 'fb:1:';
export const NOT_HELPFUL = 'fb:0:';
/** Custom-id prefix of the "Ask about this article" button and its modal; the rest is the article's key (keys.ts). */
export const ASK_ARTICLE = 'ask-article:';
/** The modal's text input. */
export const ASK_ARTICLE_FIELD = 'question';

const BRAND = 0x5865f2;

/**
 * Text of a `.txt` article shows as written (`# 1 on the list` is no heading, `*excluded*` no italics);
 * Markdown keeps its formatting, a `.md` file's soft line breaks shown as the spaces they are (Discord breaks
 * a line at every line break: see `shownLines`).
 */
const asWritten = (from: { format?: ArticleFormat }, text: string): string =>
  from.format === 'text' ? escapeMarkdown(text, { heading: true, bulletedList: true, numberedList: true, maskedLink: true }).replace(/^([ \t]*)>/gm, '$1\\>') : shownLines(text, from.format);

/** A zero-width space: between `<` and `@` (or after `@` of `@everyone`) it keeps the text as typed but no longer a mention. */
const ZWSP = '\u200b';

/**
 * Text shown as typed where Discord would render a mention: `@everyone`, `@here`, `<@id>`, `<@!id>`,
 * `<@&id>`, `<#id>` and `</command:id>` get a zero-width space after the `@` or `<` (as discord.js's
 * `cleanContent` does for `@everyone`). Nobody is pinged either way (mention parsing is disabled, see
 * Reply); this keeps the echo from looking like a mention.
 */
export const unmention = (text: string): string =>
  text.replace(/@(?=everyone|here)/g, `@${ZWSP}`).replace(/<(?=(?:@[!&]?|#)\d+>|\/[^\s<>:]+(?: [^\s<>:]+){0,2}:\d+>)/g, `<${ZWSP}`);

/** The asker's words, shown back safely: Markdown escaped, mentions shown as typed (`unmention`). */
export const echo = (text: string): string => unmention(escapeMarkdown(cut(text.replace(/\s+/g, ' ').trim(), QUESTION_INPUT_MAX)));

/** A slash command as a member of that language types it: `/faq`, `/fragen`. */
export const slash = (t: Translate, command: 'faq' | 'faq-report' | 'faq-learn' | 'subscribe'): string => `/${t(`commands.${command}.name`)}`;

/** A subcommand as a member of that language types it: `/feeds add`, `/feeds hinzufügen`. */
export const slashSubcommand = (t: Translate, command: 'autoanswer' | 'feeds', sub: 'add' | 'remove' | 'list'): string =>
  `/${t(`commands.${command}.name`)} ${t(`commands.${command}.subcommands.${sub}.name`)}`;

/**
 * An answer as a message, labelled in `t`'s language: the embed (the answer, then the Source field: the
 * quote, left out when it is the answer's own text, and its citation), "Did you mean" buttons, and, when
 * `feedbackId` is given, the Helpful / Not helpful buttons for that recorded question. `questionId`, the
 * recorded question, goes on the "Did you mean" buttons, so a click can teach the question's words to the
 * entry chosen (src/learn). `inArticle`: the question was asked about one article ("Ask about this
 * article"), so a miss says "in this article", not "in our articles".
 */
export function answerMessage(
  t: Translate,
  answer: Answer,
  options: { private?: boolean; asked?: string; feedbackId?: string; questionId?: string; inArticle?: boolean } = {},
): Reply {
  const { source } = answer;
  if (!answer.answer || !source) return noAnswerMessage(t, answer.question, answer.alternatives, options);
  // Everything here but the confidence is the article's text, shown as written when it is a .txt file.
  const quote = separateQuote(answer);
  const from = `— ${asWritten(source, citation(source))}`;
  const embed: APIEmbed = {
    color: BRAND,
    title: asWritten(source, answer.matched ?? source.title),
    ...(source.url ? { url: source.url } : {}),
    description: asWritten(source, answer.answer),
    fields: [{ name: t('answer.source'), value: quote === null ? from : quoteBlock(asWritten(source, quote), from, EMBED.fieldValue) }],
    footer: { text: t('answer.confidence', { percent: Math.round(answer.confidence * 100) }) },
  };
  const rows = [alternativeButtons(t, answer.alternatives, options.questionId), options.feedbackId ? feedbackButtons(t, options.feedbackId) : null].filter((r) => r !== null);
  const asked = options.asked ?? answer.question;
  return {
    ...(asked ? { content: t('answer.asked', { question: echo(asked) }) } : {}),
    embeds: [embed],
    ...(rows.length ? { components: rows } : {}),
    private: options.private ?? false,
  };
}

/**
 * The honest no-answer, with the closest FAQ questions: private, so a miss does not clutter the channel.
 * `questionId` goes on the "Did you mean" buttons; `inArticle` says the question was about one article.
 */
export function noAnswerMessage(t: Translate, question: string, alternatives: Alternative[], { questionId, inArticle = false }: { questionId?: string; inArticle?: boolean } = {}): Reply {
  const lines = [
    question.trim()
      ? t(inArticle ? 'answer.notFoundInArticle' : 'answer.notFound', { question: echo(question) })
      : t(inArticle ? 'answer.notFoundInArticleBlank' : 'answer.notFoundBlank'),
  ];
  if (alternatives.length) lines.push('', t('answer.closest'), ...alternatives.map((a) => `• ${escapeMarkdown(a.question)}`));
  else lines.push(t('answer.tryOther', { faq: slash(t, 'faq') }));
  const row = alternativeButtons(t, alternatives, questionId);
  return { content: lines.join('\n'), ...(row ? { components: [row] } : {}), private: true };
}

function alternativeButtons(t: Translate, alternatives: Alternative[], questionId?: string): APIActionRowComponent<APIButtonComponent> | null {
  const buttons: APIButtonComponent[] = alternatives.slice(0, 3).map((a) => ({
    type: ComponentType.Button,
    style: ButtonStyle.Secondary,
    label: t('answer.didYouMean', { question: a.question }),
    custom_id: ALTERNATIVE_BUTTON + entryKey(a.id) + (questionId ? `/${questionId}` : ''),
  }));
  return buttons.length ? { type: ComponentType.ActionRow, components: buttons } : null;
}

function feedbackButtons(t: Translate, questionId: string): APIActionRowComponent<APIButtonComponent> {
  return {
    type: ComponentType.ActionRow,
    components: [
      { type: ComponentType.Button, style: ButtonStyle.Success, label: t('answer.helpful'), emoji: { name: '👍' }, custom_id: HELPFUL + questionId },
      { type: ComponentType.Button, style: ButtonStyle.Secondary, label: t('answer.notHelpful'), emoji: { name: '👎' }, custom_id: NOT_HELPFUL + questionId },
    ],
  };
}

/**
 * An article's summary card: title linked to the article, summary, date and the questions it answers. It
 * is labelled in the article's language (`Article.lang`) when there is a catalogue for it, else in English:
 * the card sits among the article's own words, whoever reads it.
 */
export function summaryEmbed(article: Article, summary: string): APIEmbed {
  const t = translatorFor(article.lang);
  const fields = [];
  if (article.date) fields.push({ name: t('summary.published'), value: article.date, inline: true });
  if (article.site) fields.push({ name: t('summary.source'), value: article.site, inline: true });
  if (article.faq.length) {
    fields.push({ name: t('summary.questions'), value: article.faq.map((f) => `• ${asWritten(article, f.question.text)}`).join('\n') });
  }
  return { color: BRAND, title: asWritten(article, article.title), ...(article.url ? { url: article.url } : {}), description: asWritten(article, summary), fields };
}

/** The summary card with its "Ask about this article" button (in the card's language), as posted to channels and shown by /summary. */
export function summaryMessage(article: Article, summary: string): Omit<Reply, 'private'> {
  const label = translatorFor(article.lang)('summary.ask');
  const button: APIButtonComponent = { type: ComponentType.Button, style: ButtonStyle.Primary, label, custom_id: ASK_ARTICLE + articleKey(article.id) };
  return { embeds: [summaryEmbed(article, summary)], components: [{ type: ComponentType.ActionRow, components: [button] }] };
}

/** The one-question form the button opens, in the language of whoever opened it; its answer comes from that article only. */
export function askArticleModal(t: Translate, article: Article): APIModalInteractionResponseCallbackData {
  return {
    custom_id: ASK_ARTICLE + articleKey(article.id),
    title: t('askForm.title', { title: article.title }),
    components: [
      {
        type: ComponentType.ActionRow,
        components: [
          {
            type: ComponentType.TextInput,
            custom_id: ASK_ARTICLE_FIELD,
            label: t('askForm.label'),
            style: TextInputStyle.Short,
            required: true,
            max_length: QUESTION_INPUT_MAX,
            placeholder: t('askForm.placeholder'),
          },
        ],
      },
    ],
  };
}

/** A command as /help lists it, in the reader's language. */
export interface HelpLine {
  name: string;
  /** A message context-menu command (shown by name, not after a slash). */
  menu?: boolean;
  options: string[];
  /** Its subcommands, each with its options (`/feeds add` `url`); empty for other commands. */
  subcommands?: { name: string; options: string[] }[];
  description: string;
  /** The permission it needs, as Discord's settings name it. */
  permission: string | null;
}

/** What the bot does, every command it has, how much it has indexed, and each feed that is failing (URL and reason), in `t`'s language. */
export function helpMessage(t: Translate, commands: HelpLine[], stats: IndexStats, loadedAt: Date, failingFeeds: readonly { url: string; reason: string }[] = []): Reply {
  const optionList = (options: string[]) => options.map((o) => ` \`${o}\``).join('');
  const line = (c: HelpLine) => {
    // A command of subcommands is used as `/feeds add url`: each subcommand is listed as Discord offers it.
    const subcommands = c.subcommands?.length ? c.subcommands.map((s) => `**/${c.name} ${s.name}**${optionList(s.options)}`).join(' · ') : null;
    const vars = {
      command: subcommands ?? (c.menu ? t('help.menuCommand', { name: c.name }) : `**/${c.name}**`),
      options: subcommands ? '' : optionList(c.options),
      description: c.description,
    };
    return c.permission ? t('help.lineNeeds', { ...vars, permission: c.permission }) : t('help.line', vars);
  };
  const counts = { articles: t('help.articles', { count: stats.articles }), faq: t('help.faq', { count: stats.faq }), paragraphs: t('help.paragraphs', { count: stats.paragraphs }) };
  const description = [
    t('help.intro'),
    '',
    ...commands.map(line),
    '',
    t('help.indexed', counts),
    t('help.loaded', { when: `<t:${Math.floor(loadedAt.getTime() / 1000)}:R>` }),
    ...failingFeeds.map((f) => t('help.feedFailing', { url: f.url, reason: f.reason })),
  ].join('\n');
  return { embeds: [{ color: BRAND, title: t('help.title'), description }], private: true };
}
