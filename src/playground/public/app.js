// The playground page's script: the message box (commands, options, autocomplete), buttons, forms and
// the live channel. Every piece of HTML it places was rendered and escaped by the server.
'use strict';

const $ = (id) => document.getElementById(id);
const commands = JSON.parse($('commands').textContent);
const slashCommands = commands.filter((c) => c.type === 1);
// Message context-menu commands ("Answer from FAQ"): offered on members' messages once the bot has any.
const messageCommands = commands.filter((c) => c.type === 3);
const box = $('box');
const list = $('suggestions');
const hint = $('hint');
const messages = $('messages');
const panel = $('panel');
const debug = $('debug');
const modal = $('modal');
const locale = $('locale');

/** Autocomplete picks, by "command option": the page shows the choice's name, the bot gets its value. */
const picked = new Map();
let items = [];
let selected = 0;
let autocompleteSeq = 0;
/** Lines sent so far: a refusal gives its line back only when no other was sent after it. */
let sendSeq = 0;

async function post(route, body) {
  try {
    const res = await fetch(`/api/${route}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ ...body, locale: locale.value }) });
    return await res.json();
  } catch (err) {
    return { error: `The playground is not reachable (${err.message}).` };
  }
}

const escapeRe = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The box's text as a command: `/name`, then, for a command of subcommands, the subcommand's name
 * (`/feeds add`), then option values. `option: value` names an option; text before any name fills the
 * first option, so `/ask What is Mythos?` works as typed. `specs` are the options that may be typed.
 */
function parse(text) {
  const m = /^\/(\S*)(\s[\s\S]*)?$/.exec(text);
  if (!m) return null;
  const command = slashCommands.find((c) => c.name === m[1].toLowerCase()) || null;
  // Still typing the name: `command` is set only when the name is complete, so `/help` can be sent as is.
  if (m[2] === undefined || !command) return { name: m[1], command, typing: m[2] === undefined, options: {} };
  let rest = m[2].slice(1);
  let offset = m[1].length + 2;
  let sub = null;
  if (command.subcommands.length) {
    const s = /^(\S*)(\s[\s\S]*)?$/.exec(rest);
    sub = command.subcommands.find((c) => c.name === s[1].toLowerCase()) || null;
    // Still typing the subcommand (or none matches): the page offers the subcommands. As with the command's
    // name, `sub` is set once the name is complete, so `/feeds list` can be sent as is.
    if (s[2] === undefined || !sub) return { name: command.name, command, sub, subName: s[1], typingSub: s[2] === undefined, typing: false, options: {}, specs: [] };
    rest = s[2].slice(1);
    offset += s[1].length + 1;
  }
  const specs = sub ? sub.options : command.options;
  const names = specs.map((o) => o.name);
  let current = names[0] || null;
  let start = 0;
  const parts = [];
  if (names.length) {
    const marker = new RegExp(`(?:^|\\s)(${names.map(escapeRe).join('|')}):\\s*`, 'g');
    let match;
    while ((match = marker.exec(rest))) {
      parts.push([current, rest.slice(start, match.index)]);
      current = match[1];
      start = marker.lastIndex;
    }
  }
  parts.push([current, rest.slice(start)]);
  const options = {};
  for (const [name, value] of parts) if (name && value.trim()) options[name] = value.trim();
  return { name: command.name, command, sub, specs, typing: false, options, current, currentText: rest.slice(start), currentStart: offset + start };
}

/** What the page posts for a parsed command: its name, subcommand (when it has one) and options. */
const commandBody = (parsed) => ({ name: parsed.command.name, ...(parsed.sub ? { subcommand: parsed.sub.name } : {}), options: values(parsed) });

/** `/feeds add` for a subcommand, else `/feeds`. */
const usedName = (parsed) => `/${parsed.command.name}${parsed.sub ? ` ${parsed.sub.name}` : ''}`;

/** Option values as the bot gets them: an autocomplete pick sends its value, not the name shown. */
function values(parsed) {
  const out = {};
  for (const [name, text] of Object.entries(parsed.options)) {
    const pick = picked.get(`${usedName(parsed)} ${name}`);
    out[name] = pick && pick.name === text ? pick.value : text;
  }
  return out;
}

function show(newItems) {
  items = newItems;
  selected = 0;
  list.replaceChildren(
    ...items.map((item, i) => {
      const li = document.createElement('li');
      li.id = `suggestion-${i}`;
      li.setAttribute('role', 'option');
      li.innerHTML = '<span class="label"></span><span class="detail"></span>';
      li.querySelector('.label').textContent = item.label;
      li.querySelector('.detail').textContent = item.detail || '';
      li.addEventListener('mousedown', (e) => {
        e.preventDefault();
        choose(i);
      });
      return li;
    }),
  );
  list.hidden = items.length === 0;
  box.setAttribute('aria-expanded', String(!list.hidden));
  highlight();
}

function highlight() {
  [...list.children].forEach((li, i) => li.setAttribute('aria-selected', String(i === selected)));
  if (items.length) box.setAttribute('aria-activedescendant', `suggestion-${selected}`);
  else box.removeAttribute('aria-activedescendant');
}

/** Applies a suggestion. A command leads on to its options' suggestions; a value closes the list, as in Discord. */
function choose(i) {
  const item = items[i];
  if (!item) return;
  item.apply();
  box.focus();
  void update({ suggest: item.leadsOn === true });
}

/** Replaces the option being typed with `text`. */
function fill(parsed, text) {
  box.value = `${box.value.slice(0, parsed.currentStart)}${text}`;
}

function optionHint(parsed) {
  if (parsed.command.subcommands.length && !parsed.sub) {
    return `/${parsed.command.name} — ${parsed.command.description} · subcommands: ${parsed.command.subcommands.map((c) => c.name).join(', ')}`;
  }
  const description = parsed.sub ? parsed.sub.description : parsed.command.description;
  const opts = parsed.specs.map((o) => `${o.name}${o.required ? '*' : ''}${o.name === parsed.current ? ' ←' : ''}`);
  return `${usedName(parsed)} — ${description}${opts.length ? ` · options: ${opts.join(', ')} (type name: value; * required)` : ''}`;
}

async function update({ suggest = true } = {}) {
  // Every change of the box makes the suggestions asked for before it stale, whether or not it asks again.
  const seq = ++autocompleteSeq;
  const parsed = parse(box.value);
  hint.classList.remove('error');
  if (!parsed) {
    hint.textContent = '';
    return show([]);
  }
  if (parsed.typing) {
    hint.textContent = 'Commands';
    return show(
      slashCommands
        .filter((c) => c.name.startsWith(parsed.name.toLowerCase()))
        .map((c) => ({ label: `/${c.name}`, detail: c.description, leadsOn: true, apply: () => (box.value = `/${c.name} `) })),
    );
  }
  if (!parsed.command) {
    hint.textContent = `The bot has no command /${parsed.name}.`;
    return show([]);
  }
  hint.textContent = optionHint(parsed);
  if (!suggest) return show([]);
  if (parsed.command.subcommands.length && (!parsed.sub || parsed.typingSub)) {
    const typed = parsed.subName.toLowerCase();
    return show(
      parsed.command.subcommands
        .filter((c) => c.name.startsWith(typed))
        .map((c) => ({ label: `/${parsed.command.name} ${c.name}`, detail: c.description, leadsOn: true, apply: () => (box.value = `/${parsed.command.name} ${c.name} `) })),
    );
  }
  const spec = parsed.specs.find((o) => o.name === parsed.current);
  if (!spec) return show([]);
  if (spec.type === 5) {
    return show(['true', 'false'].map((v) => ({ label: v, detail: spec.description, apply: () => fill(parsed, v) })));
  }
  if (spec.type === 7) return show([{ label: '#faq', detail: 'this channel', apply: () => fill(parsed, '#faq') }]);
  if (!spec.autocomplete) return show([]);
  const result = await post('autocomplete', { ...commandBody(parsed), focused: spec.name });
  if (seq !== autocompleteSeq) return; // the box changed since: a newer update shows what fits it
  if (result.error) {
    hint.textContent = result.error;
    hint.classList.add('error');
    return show([]);
  }
  show(
    result.choices.map((c) => ({
      label: c.name,
      detail: '',
      apply: () => {
        picked.set(`${usedName(parsed)} ${spec.name}`, c);
        fill(parsed, c.name);
      },
    })),
  );
}

async function send() {
  const text = box.value.trim();
  if (!text) return;
  const parsed = parse(text);
  if (parsed && !parsed.command) {
    hint.textContent = `The bot has no command /${parsed.name}.`;
    hint.classList.add('error');
    return;
  }
  const body = parsed ? commandBody(parsed) : { content: text };
  const picks = new Map(picked);
  const sent = ++sendSeq;
  // Cleared as it is sent, as Discord's composer is: a reply that comes late must not clear what the
  // member has typed since.
  box.value = '';
  picked.clear();
  void update();
  const result = await post(parsed ? 'command' : 'say', body);
  if (!result.error) return;
  // A refused line comes back to be mended, unless the member has sent or started another since: then a
  // notice in the channel quotes it, and the hint stays the one of what is being typed.
  if (box.value || sent !== sendSeq) {
    notice(`Not sent: “${text}”: ${result.error}`);
    return;
  }
  hint.textContent = result.error;
  hint.classList.add('error');
  box.value = text;
  for (const [key, pick] of picks) picked.set(key, pick);
}

/** A notice of the page's own in the channel, laid out as the server's for a failed interaction. */
function notice(text) {
  const content = document.createElement('div');
  content.className = 'content';
  content.textContent = `⚠️ ${text}`;
  const body = document.createElement('div');
  body.className = 'body';
  body.append(content);
  const item = document.createElement('li');
  item.className = 'message notice';
  item.setAttribute('role', 'alert');
  item.append(body);
  messages.append(item);
  scrollDown();
}

box.addEventListener('input', () => void update());
box.addEventListener('keydown', (e) => {
  const open = !list.hidden && items.length > 0;
  if (open && (e.key === 'ArrowDown' || e.key === 'ArrowUp')) {
    e.preventDefault();
    selected = (selected + (e.key === 'ArrowDown' ? 1 : items.length - 1)) % items.length;
    highlight();
  } else if (open && (e.key === 'Tab' || (e.key === 'Enter' && !e.shiftKey))) {
    e.preventDefault();
    choose(selected);
  } else if (open && e.key === 'Escape') {
    show([]);
  } else if (e.key === 'Enter' && !e.shiftKey) {
    e.preventDefault();
    void send();
  }
});
box.addEventListener('blur', () => setTimeout(() => show([]), 150));
$('composer').addEventListener('submit', (e) => {
  e.preventDefault();
  void send();
});

function openModal(html) {
  modal.innerHTML = html;
  modal.showModal();
  modal.querySelector('input, textarea')?.focus();
}

modal.addEventListener('submit', (e) => {
  e.preventDefault();
  const form = e.target;
  const fields = Object.fromEntries(new FormData(form).entries());
  modal.close();
  void post('modal', { customId: form.dataset.customId, messageId: form.dataset.messageId || null, fields });
});
modal.addEventListener('click', (e) => {
  if (e.target.closest('.cancel')) modal.close();
});

document.addEventListener('click', async (e) => {
  const target = e.target.closest('button');
  if (!target) return;
  const message = target.closest('.message');
  if (target.classList.contains('dismiss')) {
    message?.remove();
  } else if (target.dataset.customId && message) {
    target.disabled = true;
    const result = await post('button', { messageId: message.dataset.id, customId: target.dataset.customId });
    target.disabled = false;
    if (result.modal) openModal(result.modal);
  } else if (target.dataset.preview) {
    await post('command', { name: 'summary', options: { article: target.dataset.preview } });
  } else if (target.dataset.messageCommand && message) {
    await post('message-command', { name: target.dataset.messageCommand, messageId: message.dataset.id });
  }
});

/** Fills the "Apps" place of members' messages with the bot's message commands, when it has any. */
function decorate(root) {
  if (!messageCommands.length) return;
  for (const place of root.querySelectorAll('[data-message-apps]')) {
    place.replaceChildren(
      ...messageCommands.map((c) => {
        const button = document.createElement('button');
        button.type = 'button';
        button.className = 'button secondary';
        button.dataset.messageCommand = c.name;
        button.textContent = `Apps › ${c.name}`;
        return button;
      }),
    );
  }
}

function place(html) {
  const template = document.createElement('template');
  template.innerHTML = html;
  const element = template.content.firstElementChild;
  decorate(template.content);
  return element;
}

const nearBottom = () => messages.scrollHeight - messages.scrollTop - messages.clientHeight < 120;
const scrollDown = () => (messages.scrollTop = messages.scrollHeight);

/** Replaces the panel, keeping open the articles that were open. */
function setPanel(html) {
  const open = new Set([...panel.querySelectorAll('li.article details[open]')].map((d) => d.parentElement.dataset.article));
  panel.innerHTML = html;
  for (const li of panel.querySelectorAll('li.article')) if (open.has(li.dataset.article)) li.querySelector('details').open = true;
}

const events = new EventSource('/events');
events.addEventListener('reset', (e) => {
  const data = JSON.parse(e.data);
  messages.innerHTML = data.messages;
  decorate(messages);
  setPanel(data.panel);
  debug.innerHTML = data.debug;
  scrollDown();
  document.body.dataset.connected = 'true';
});
events.addEventListener('message', (e) => {
  const { id, html } = JSON.parse(e.data);
  const follow = nearBottom();
  const element = place(html);
  const existing = document.getElementById(`m-${id}`);
  if (existing) existing.replaceWith(element);
  else messages.append(element);
  if (follow || !existing) scrollDown();
});
events.addEventListener('notice', (e) => {
  messages.append(place(JSON.parse(e.data).html));
  scrollDown();
});
events.addEventListener('panel', (e) => setPanel(JSON.parse(e.data)));
events.addEventListener('debug', (e) => (debug.innerHTML = JSON.parse(e.data).html));
events.addEventListener('error', () => delete document.body.dataset.connected);

$('debug-toggle').addEventListener('change', (e) => (debug.hidden = !e.target.checked));
