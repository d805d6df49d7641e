/**
 * How every adapter reads a member's question (the bot's commands, buttons and forms, auto-answer posts,
 * the HTTP endpoint, the playground and `npm run ask`), so one wording gets one answer wherever it is typed.
 */

/**
 * Discord's mention syntax: `<@id>`, `<@!id>` (user), `<@&id>` (role), `<#id>` (channel), `@everyone`,
 * `@here`. It is addressing, not the question; members paste it into the terminal and the playground too.
 * `@here` inside an address (`press@here.example`) is a word of the question, kept.
 */
const MENTION = /<(?:@[!&]?|#)\d+>|(?<![\w.@-])@(?:everyone|here)\b(?![.-]\w)/g;

/**
 * A custom emoji as Discord sends it: `<:name:id>`, `<a:name:id>` (animated). Decoration, not the question:
 * its id reads as a number no article holds and an underscored name as a code name none writes (see
 * src/search/code-names.ts): "how do I back up the server? <:party_parrot:…>" fell from 1.00 to 0.33, an
 * abstention, and with `<:pepe:…>` to 0.64.
 */
const CUSTOM_EMOJI = /<a?:\w+:\d+>/g;

/**
 * The text to answer from a question as a member typed it: mentions and custom emoji removed and whitespace
 * runs (line breaks included) collapsed to one space, trimmed. `''` when nothing is left. Call it before `answer()`.
 */
export const questionToAnswer = (typed: string): string => typed.replace(MENTION, ' ').replace(CUSTOM_EMOJI, ' ').replace(/\s+/g, ' ').trim();

/**
 * Whether a question as typed holds a word: a letter or digit once mentions and custom emoji are removed.
 * `""`, `<@123>`, `???` hold none; they are not questions the articles could answer, so they are no gap in
 * the report.
 */
export const hasWords = (typed: string): boolean => /[\p{L}\p{N}]/u.test(questionToAnswer(typed));
