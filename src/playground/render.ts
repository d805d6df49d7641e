/**
 * The playground page as server-rendered HTML: the page shell, channel messages (embeds, buttons,
 * private replies), the "Ask about this article" form, the content panel and the debug panel. Every
 * piece of text is escaped here or by `discordMarkdown`; the page's script only places these fragments.
 */
import path from 'node:path';
import { ButtonStyle, ComponentType, type APIEmbed, type APIModalInteractionResponseCallbackData } from 'discord.js';
import { formatIssue } from '../content/load.js';
import { confidenceShown, readingsShown, setAsideText, type RankedCandidate } from '../candidates.js';
import type { WordReading } from '../search/engine.js';
import type { AnswerType } from '../search/answer-type.js';
import type { Article, ContentIssue } from '../content/types.js';
import type { Answer } from '../search/types.js';
import { BOT_NAME, CHANNEL, MEMBER, type PlaygroundMessage } from './discord.js';
import { discordMarkdown, escapeHtml } from './markdown.js';

/** The locales the language picker offers: Discord's own codes, a few common ones first. */
export const LOCALES: readonly [code: string, label: string][] = [
  ['en-US', 'English (US)'],
  ['en-GB', 'English (UK)'],
  ['de', 'Deutsch'],
  ['es-ES', 'Español'],
  ['fr', 'Français'],
  ['it', 'Italiano'],
  ['nl', 'Nederlands'],
  ['pl', 'Polski'],
  ['pt-BR', 'Português (Brasil)'],
  ['sv-SE', 'Svenska'],
  ['tr', 'Türkçe'],
  ['uk', 'Українська'],
  ['ja', '日本語'],
  ['ko', '한국어'],
  ['zh-CN', '中文（简体）'],
  ['zh-TW', '中文（繁體）'],
];

/** A command as the page's message box knows it: Discord's registration JSON, trimmed to what the box uses. */
/** An option of a command or subcommand: `type` is Discord's option type (3 string, 5 boolean, 7 channel, …). */
export interface BoxOption {
  name: string;
  description: string;
  type: number;
  required: boolean;
  autocomplete: boolean;
}

export interface BoxCommand {
  name: string;
  /** 1 a slash command, 3 a message context-menu command. */
  type: number;
  description: string;
  /** The command's own options; none for a command of subcommands. */
  options: BoxOption[];
  /** Its subcommands (`/feeds add`), each with its own options; none for other commands. */
  subcommands: { name: string; description: string; options: BoxOption[] }[];
}

const time = (ms: number) => new Date(ms).toISOString().slice(11, 16);
const hexColour = (colour: number | undefined) => `#${(colour ?? 0x1e1f22).toString(16).padStart(6, '0')}`;

function embedHtml(embed: APIEmbed): string {
  const title = embed.title ? escapeHtml(embed.title) : '';
  const fields = (embed.fields ?? [])
    .map((f) => `<div class="field${f.inline ? ' inline' : ''}"><div class="field-name">${discordMarkdown(f.name)}</div><div class="field-value">${discordMarkdown(f.value)}</div></div>`)
    .join('');
  return [
    `<div class="embed" style="border-left-color:${hexColour(embed.color)}">`,
    embed.author ? `<div class="embed-author">${escapeHtml(embed.author.name)}</div>` : '',
    title ? `<div class="embed-title">${embed.url ? `<a href="${escapeHtml(embed.url)}" rel="noreferrer noopener" target="_blank">${title}</a>` : title}</div>` : '',
    embed.description ? `<div class="embed-description">${discordMarkdown(embed.description)}</div>` : '',
    fields ? `<div class="embed-fields">${fields}</div>` : '',
    embed.footer || embed.timestamp
      ? `<div class="embed-footer">${[embed.footer ? escapeHtml(embed.footer.text) : '', embed.timestamp ? escapeHtml(embed.timestamp.slice(0, 10)) : ''].filter(Boolean).join(' • ')}</div>`
      : '',
    '</div>',
  ].join('');
}

const BUTTON_STYLES: Record<number, string> = {
  [ButtonStyle.Primary]: 'primary',
  [ButtonStyle.Secondary]: 'secondary',
  [ButtonStyle.Success]: 'success',
  [ButtonStyle.Danger]: 'danger',
  [ButtonStyle.Link]: 'link',
};

function componentsHtml(message: PlaygroundMessage): string {
  const rows = message.components.map((row) => {
    const buttons = row.components.map((c) => {
      if (c.type !== ComponentType.Button || c.style === ButtonStyle.Premium) return '';
      const label = `${c.emoji?.name ? `<span class="emoji" aria-hidden="true">${escapeHtml(c.emoji.name)}</span> ` : ''}${escapeHtml(c.label ?? '')}`;
      const style = BUTTON_STYLES[c.style] ?? 'secondary';
      if (c.style === ButtonStyle.Link) return `<a class="button link" href="${escapeHtml(c.url)}" rel="noreferrer noopener" target="_blank">${label} ↗</a>`;
      if (!('custom_id' in c)) return '';
      return `<button type="button" class="button ${style}" data-custom-id="${escapeHtml(c.custom_id)}"${c.disabled ? ' disabled' : ''}>${label}</button>`;
    });
    return `<div class="row">${buttons.join('')}</div>`;
  });
  return rows.length ? `<div class="components">${rows.join('')}</div>` : '';
}

/** One channel message as a list item; the page replaces it whole when the bot edits it. */
export function messageHtml(message: PlaygroundMessage): string {
  const bot = message.author === 'bot';
  const name = bot ? BOT_NAME : MEMBER.global_name;
  const classes = ['message', bot ? 'from-bot' : 'from-member', message.ephemeral ? 'ephemeral' : ''].filter(Boolean).join(' ');
  return [
    `<li class="${classes}" id="m-${message.id}" data-id="${message.id}" tabindex="-1">`,
    message.invokedBy ? `<div class="invoked"><span class="name">${escapeHtml(MEMBER.global_name)}</span> used <span class="command">${escapeHtml(message.invokedBy)}</span></div>` : '',
    `<div class="avatar" aria-hidden="true">${escapeHtml(name.slice(0, 1).toUpperCase())}</div>`,
    '<div class="body">',
    `<div class="meta"><span class="author">${escapeHtml(name)}</span>${bot ? '<span class="badge">APP</span>' : ''}<time>${time(message.at)}</time>${message.edited ? '<span class="edited">(edited)</span>' : ''}</div>`,
    message.thinking ? `<div class="thinking">${BOT_NAME} is thinking…</div>` : '',
    message.content ? `<div class="content">${discordMarkdown(message.content)}</div>` : '',
    message.embeds.map(embedHtml).join(''),
    componentsHtml(message),
    message.ephemeral ? '<div class="ephemeral-note"><span aria-hidden="true">👁</span> Only you can see this · <button type="button" class="dismiss">Dismiss message</button></div>' : '',
    // The place for message context-menu commands ("Answer from FAQ"): the script fills it when the bot registers any.
    bot ? '' : '<div class="message-apps" data-message-apps></div>',
    '</div></li>',
  ].join('');
}

/** A channel notice from the playground itself (a failed interaction), not from the bot. */
export function noticeHtml(text: string): string {
  return `<li class="message notice" role="alert"><div class="body"><div class="content">⚠️ ${escapeHtml(text)}</div></div></li>`;
}

/** The form a button opens (text inputs, in action rows or label components), for the page's dialog. */
export function modalHtml(modal: APIModalInteractionResponseCallbackData, messageId: string | null): string {
  const inputs: string[] = [];
  const visit = (node: unknown, label: string | null) => {
    if (!node || typeof node !== 'object') return;
    const c = node as { type?: number; custom_id?: string; label?: string; style?: number; required?: boolean; max_length?: number; min_length?: number; placeholder?: string; value?: string; components?: unknown[]; component?: unknown };
    if (c.type === ComponentType.TextInput && c.custom_id) {
      const attrs = [
        `name="${escapeHtml(c.custom_id)}"`,
        c.required === false ? '' : 'required',
        c.max_length ? `maxlength="${c.max_length}"` : '',
        c.min_length ? `minlength="${c.min_length}"` : '',
        c.placeholder ? `placeholder="${escapeHtml(c.placeholder)}"` : '',
      ].filter(Boolean).join(' ');
      const field = c.style === 2 ? `<textarea ${attrs}>${escapeHtml(c.value ?? '')}</textarea>` : `<input type="text" ${attrs} value="${escapeHtml(c.value ?? '')}">`;
      inputs.push(`<label>${escapeHtml(c.label ?? label ?? c.custom_id)}${field}</label>`);
    }
    c.components?.forEach((child) => visit(child, c.label ?? label));
    visit(c.component, c.label ?? label);
  };
  modal.components.forEach((row) => visit(row, null));
  return [
    `<form method="dialog" class="modal-form" data-custom-id="${escapeHtml(modal.custom_id)}"${messageId ? ` data-message-id="${messageId}"` : ''}>`,
    `<h2>${escapeHtml(modal.title)}</h2>`,
    inputs.join(''),
    '<div class="actions"><button type="button" class="cancel">Cancel</button><button type="submit" class="button primary">Submit</button></div>',
    '</form>',
  ].join('');
}

/** A file path as the editor knows it: relative to where the playground runs, when it is inside it. */
const shown = (file: string) => {
  const relative = path.relative(process.cwd(), file);
  return relative && !relative.startsWith('..') && !path.isAbsolute(relative) ? relative : file;
};

export interface PanelState {
  dir: string;
  articles: readonly Article[];
  issues: readonly ContentIssue[];
  /** Articles whose file has errors now: their last good version is still served. */
  kept: readonly Article[];
  loadedAt: Date;
  /** Each article's short key, which the "Preview summary post" button sends as /summary's `article`. */
  keyOf(article: Article): string;
}

/** The side panel: content problems first (with `path:line`), then every article with its FAQ questions. */
export function panelHtml(state: PanelState): string {
  const faq = state.articles.reduce((n, a) => n + a.faq.length, 0);
  const issues = state.issues.map((issue) => {
    const where = `${shown(issue.file)}:${issue.line}`;
    const message = formatIssue(issue).slice(`${issue.file}:${issue.line}: `.length);
    return `<li class="issue ${issue.severity}"><code class="where">${escapeHtml(where)}</code> ${escapeHtml(message)}</li>`;
  });
  const kept = new Set(state.kept);
  const articles = state.articles.map((a) => {
    const questions = a.faq.map((f) => `<li>${escapeHtml(f.question.text)}</li>`).join('');
    return [
      `<li class="article" data-article="${escapeHtml(a.id)}"><details><summary>${escapeHtml(a.title)}</summary>`,
      `<p class="file"><code>${escapeHtml(shown(a.file))}</code>${a.date ? ` · ${escapeHtml(a.date)}` : ''}</p>`,
      kept.has(a) ? '<p class="kept">This file has errors: its last good version is still served.</p>' : '',
      questions ? `<ol class="faq">${questions}</ol>` : '<p class="none">No FAQ questions.</p>',
      `<button type="button" class="button secondary preview" data-preview="${escapeHtml(state.keyOf(a))}">Preview summary post</button>`,
      '</details></li>',
    ].join('');
  });
  return [
    `<h2>Content <small>${state.articles.length} article(s), ${faq} FAQ question(s)</small></h2>`,
    `<p class="loaded">From <code>${escapeHtml(shown(state.dir))}</code>, loaded ${time(state.loadedAt.getTime())} UTC; reloads when files change.</p>`,
    issues.length ? `<h3>Problems</h3><ul class="issues">${issues.join('')}</ul>` : '<p class="ok">No content problems.</p>',
    `<ul class="articles">${articles.join('')}</ul>`,
  ].join('');
}

/** Why the last answer won: what the search layer tells about it. */
export interface LastAnswer {
  question: string;
  /** The article a question was limited to ("Ask about this article"). */
  article: string | null;
  answer: Answer;
  /** Picked from the /faq list: that entry answers, nothing is ranked. */
  picked: boolean;
  /** The ranked candidates, best first (`SearchIndex.explain`). */
  candidates: RankedCandidate[];
  /** How each word of the question was read (`SearchIndex.readings`); none when picked. */
  read: WordReading[];
  /** The language it was read in and the words it set aside (`SearchIndex.setAside`); null when picked. */
  setAside: { lang: string; leftOut: string[]; asks: AnswerType | null; whether: boolean } | null;
}

export function debugHtml(last: LastAnswer | null): string {
  if (!last) return '<h2>Last answer</h2><p class="none">Ask something: why the answer won shows here.</p>';
  const { answer } = last;
  const outcome = answer.answer === null ? 'no answer (abstained)' : answer.kind === 'faq' ? `FAQ: ${answer.matched ?? ''}` : `paragraph: ${answer.source?.title ?? ''} · ¶${answer.source?.paragraph ?? ''}`;
  const list = (items: string[], ordered: boolean) => (items.length ? `<${ordered ? 'ol' : 'ul'}>${items.map((i) => `<li>${escapeHtml(i)}</li>`).join('')}</${ordered ? 'ol' : 'ul'}>` : '<p class="none">none</p>');
  return [
    '<h2>Last answer</h2>',
    '<dl>',
    `<dt>Question</dt><dd>${escapeHtml(last.question)}${last.article ? ` <small>(about ${escapeHtml(last.article)} only)</small>` : ''}</dd>`,
    `<dt>Outcome</dt><dd>${escapeHtml(outcome)}</dd>`,
    `<dt>Confidence</dt><dd class="confidence">${confidenceShown(answer.confidence, answer.answer !== null)}${last.picked ? ' (picked from the list)' : ''}</dd>`,
    `<dt>Did you mean</dt><dd>${list(answer.alternatives.map((a) => a.question), false)}</dd>`,
    last.picked
      ? ''
      : `<dt>Candidates, best first</dt><dd class="legend">Ranked by score; the first is the answer when its confidence clears the threshold, so a higher confidence can rank lower.</dd><dd>${list(
          last.candidates.map((c) => `${c.label} — score ${c.score.toFixed(2)}, confidence ${confidenceShown(c.confidence, c.clears)}${c.matchedOn ? ` (matched on “${c.matchedOn}”)` : ''}${c.lacks.length ? `; lacks ${c.lacks.join(', ')}` : ''}`),
          true,
        )}</dd><dt>Words read</dt><dd class="read">${escapeHtml(readingsShown(last.read))}</dd>${last.setAside ? `<dt>Set aside</dt><dd class="set-aside">${escapeHtml(setAsideText(last.setAside))}</dd>` : ''}`,
    '</dl>',
    last.picked ? '' : '<p class="note">Where the right entry ranks low, add an <code>Also asked as:</code> line under its question in the article.</p>',
  ].join('');
}

/** The whole page: channel, message box, panel. `commands` feed the box's suggestions. */
export function pageHtml(commands: BoxCommand[]): string {
  const locales = LOCALES.map(([code, label]) => `<option value="${code}">${escapeHtml(label)} (${code})</option>`).join('');
  // `<` escaped so no string in the JSON can close the script element.
  const json = JSON.stringify(commands).replace(/</g, '\\u003c');
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>#${CHANNEL.name} · FAQ bot playground</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="/style.css">
</head>
<body>
<div class="app">
  <header class="topbar">
    <h1><span aria-hidden="true">#</span> ${CHANNEL.name}</h1>
    <p class="tagline">FAQ bot playground — a local stand-in for Discord</p>
    <label class="locale">Language <select id="locale">${locales}</select></label>
    <label class="debug-toggle"><input type="checkbox" id="debug-toggle"> Debug</label>
  </header>
  <main class="chat">
    <ol id="messages" aria-live="polite" aria-label="Messages in #${CHANNEL.name}"></ol>
    <form id="composer" autocomplete="off">
      <ul id="suggestions" role="listbox" aria-label="Suggestions" hidden></ul>
      <p id="hint" class="hint" aria-live="polite"></p>
      <input id="box" type="text" role="combobox" aria-controls="suggestions" aria-expanded="false" aria-autocomplete="list"
        aria-label="Message #${CHANNEL.name}" placeholder="Message #${CHANNEL.name} — type / for commands" maxlength="2000">
    </form>
  </main>
  <aside class="side">
    <section id="debug" class="debug" hidden></section>
    <section id="panel" class="panel" aria-label="Content"></section>
  </aside>
</div>
<dialog id="modal" aria-label="Form"></dialog>
<script type="application/json" id="commands">${json}</script>
<script src="/app.js" defer></script>
</body>
</html>
`;
}
