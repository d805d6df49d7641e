import type { Command } from '../context.js';
import * as ask from './ask.js';
import * as faq from './faq.js';
import * as faqReport from './faq-report.js';
import * as help from './help.js';
import * as postSummary from './post-summary.js';
import * as subscribe from './subscribe.js';
import * as subscriptions from './subscriptions.js';
import * as summary from './summary.js';
import * as unsubscribe from './unsubscribe.js';

/** Every slash command, by name: what deploy-commands registers and the router dispatches to. */
export const commands: ReadonlyMap<string, Command> = new Map(
  ([ask, faq, summary, postSummary, subscribe, unsubscribe, subscriptions, faqReport, help] as Command[]).map((command) => [command.data.name, command]),
);
