import { rankedCandidates } from '../candidates.js';
import { entryIdFromKey } from '../discord/keys.js';
import type { SearchIndex } from '../search/engine.js';
import type { AnswerOptions } from '../search/types.js';
import type { LastAnswer } from './render.js';
import { questionToAnswer } from '../question.js';

/**
 * What the debug panel shows for a question the member asked: the same query the bot ran (the handlers
 * strip mentions the same way), asked again of the index the bot serves, read-only, with the same
 * `AnswerOptions` the bot's handler passed (the asker's locales, the article): other options would explain
 * another answer than the one shown. With `mayBeKey` (a /faq value), a value that is an entry key gives
 * that entry, as /faq answers it.
 */
export function explain(index: SearchIndex, question: string, options: AnswerOptions & { mayBeKey?: boolean } = {}): LastAnswer {
  if (options.mayBeKey) {
    const entry = index.entryAnswer(entryIdFromKey(index, question));
    if (entry) return { question: entry.matched ?? entry.question, article: null, answer: entry, picked: true, candidates: [], read: [], setAside: null };
  }
  const query = questionToAnswer(question);
  const { mayBeKey: _, ...scope } = options;
  return {
    question,
    article: options.article ? (index.article(options.article)?.title ?? options.article) : null,
    answer: index.answer(query, scope),
    picked: false,
    candidates: rankedCandidates(index, query, scope),
    read: index.readings(query, scope),
    setAside: index.setAside(query, scope),
  };
}
