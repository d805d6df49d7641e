import type { ArticleFormat } from '../content/types.js';

/** Where an answer's quote comes from. */
export interface AnswerSource {
  id: string;
  title: string;
  url: string | null;
  file: string;
  section: string | null;
  paragraph: number;
  date: string | null;
  /** The article's `format`: `text` is shown exactly as written (adapters escape it); absent means `markdown`. */
  format?: ArticleFormat;
}

/** Another FAQ entry the asker may have meant. */
export interface Alternative {
  /** Entry id, for `SearchIndex.entryAnswer()`. */
  id: string;
  question: string;
  article: string;
}

export interface Answer {
  question: string;
  /** The FAQ answer, or the sentences of the best paragraph; null when the engine abstains. */
  answer: string | null;
  kind: 'faq' | 'paragraph' | null;
  /** Verbatim text of the article supporting the answer. */
  quote: string | null;
  source: AnswerSource | null;
  /** The FAQ question matched, when `kind` is `faq`. */
  matched: string | null;
  /** Id of the matched entry, when it answered. */
  entry: string | null;
  confidence: number;
  alternatives: Alternative[];
}

export interface AnswerOptions {
  /** Search only this article (by id). */
  article?: string;
  /** The question's language as a BCP 47 tag ("de", "pt-BR"); default: detected (see `locales`). */
  lang?: string;
  /**
   * The asker's languages as BCP 47 tags, most likely first: a Discord interaction's `locale` (the member's
   * client language), then the server's `guild_locale`. Hints for detecting a short question's language
   * when the articles are in several.
   */
  locales?: string[];
}
