import type { Command } from '../command.js';
import { ask } from './ask.js';
import { faq } from './faq.js';
import { faqLearn } from './faq-learn.js';
import { faqReport } from './faq-report.js';
import { help } from './help.js';
import { postSummary } from './post-summary.js';
import { subscribe } from './subscribe.js';
import { subscriptions } from './subscriptions.js';
import { summary } from './summary.js';
import { unsubscribe } from './unsubscribe.js';

/** Every slash command, in the order /help lists them: what deploy-commands registers and the dispatcher runs. */
const ALL = [ask, faq, summary, postSummary, subscribe, unsubscribe, subscriptions, faqReport, faqLearn, help] satisfies readonly Command[];

/** Every slash command, by name. */
export const commands: ReadonlyMap<string, Command> = new Map(ALL.map((command) => [command.name, command]));
