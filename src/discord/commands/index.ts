import type { Command } from '../context.js';
import * as ask from './ask.js';
import * as faq from './faq.js';
import * as help from './help.js';
import * as postSummary from './post-summary.js';
import * as summary from './summary.js';

/** Every slash command, by name: what deploy-commands registers and the router dispatches to. */
export const commands: ReadonlyMap<string, Command> = new Map(
  ([ask, faq, summary, postSummary, help] as Command[]).map((command) => [command.data.name, command]),
);
