import type { Command } from '../command.js';
import { answerFromFaq } from './answer-from-faq.js';
import { ask } from './ask.js';
import { autoanswer } from './autoanswer.js';
import { faq } from './faq.js';
import { faqLearn } from './faq-learn.js';
import { faqReport } from './faq-report.js';
import { feeds } from './feeds.js';
import { help } from './help.js';
import { postSummary } from './post-summary.js';
import { subscribe } from './subscribe.js';
import { subscriptions } from './subscriptions.js';
import { summary } from './summary.js';
import { unsubscribe } from './unsubscribe.js';

/** Every slash command, in the order /help lists them: what deploy-commands registers and the dispatcher runs. */
const ALL = [ask, faq, summary, postSummary, subscribe, unsubscribe, subscriptions, feeds, faqReport, faqLearn, help] satisfies readonly Command[];

/** Answering where members ask: auto-answer channels and the message context-menu command, listed last by /help. */
const IN_CHANNELS = [autoanswer, answerFromFaq] satisfies readonly Command[];

/** Every command (slash and context menu), by name. */
export const commands: ReadonlyMap<string, Command> = new Map([...ALL, ...IN_CHANNELS].map((command) => [command.name, command]));
