import { phrasingKey } from '../content/alternates.js';
import { CODE_FENCE } from '../content/soft-breaks.js';
import { escapeRegExp } from '../text.js';
import { INITIALS, longForm } from './abbreviations.js';
import { clips, openSyllable, spelledLetters } from './korean.js';
import { byNewest } from '../content/order.js';
import { detectLanguage, fitsScript } from '../language/detect.js';
import { drain, pacer } from '../slices.js';
import type { Article, FaqEntry, Passage } from '../content/types.js';
import { InvertedIndex, type FieldSpec, type Hit, type PostingsState, type QueryTerm } from './bm25.js';
import { bestWindow, contextWeight, LOOSE_PREFIX, looseMatches, pairsBySentence, runLengthFactor, sliceSentences, withContext, withPairs, type Window } from './quote.js';
import { leansBack, opensBulletItem, type Sentence } from './sentences.js';
import { compoundSplitters, indexDecompounder, withCompoundParts, type Decompounder } from './compounds.js';
import { HeadingOnlyTerms, headingTerms, topicHeading, type HeadingOnlyTermsState } from './sections.js';
import { analyseArticle, passagesOf, RecentPassages, sentencesHold, Splits, termIdLexicon, textsOf, type Split, type SplitsState } from './splits.js';
import { simplifiedChinese } from './chinese-script.js';
import { confidence, doubted, knownMissCost, otherKind, type Signals, unknownCost, type UnknownAsked } from './confidence.js';
import { smallTalkOf, withoutChatter, type SmallTalk } from './chatter.js';
import { halfWidth } from './half-width.js';
import { writesCodeName, writtenCodeNames } from './code-names.js';
import { boundedNumbers, decimalMeasuredBy, measuredBy } from './bounds.js';
import { DECADE_OR_WORD, numbersWritten, numberWords, offeredAmounts, splitDecades, withDecadesMarked, writtenNumbers, type NumberWords } from './numbers.js';
import { askedCounter, asksWhether, conditionOf, countWords, posesCondition, plainlyAsksWhether, expectedType, headingAnnounces, heldBy, numberValue, openingType, opensAskingWho, sameKind, statesType, type AnswerType, type Held } from './answer-type.js';
import { latinTypedSpellings, latinTypedTerm, latinTypedWholeSpellings, readsLatinTyped, type Vocabulary } from './latin-typed.js';
import { englishFirstVowels, englishKeys, englishSingular, firstVowel, lettersSpelled, loanKeys, vowelRank, writesLoans } from './loanwords.js';
import { cyrillicSpellings } from './romanised.js';
import { analyzerFor, MAX_WORD_LENGTH, type Analyzer, type Lexicon, type Token } from './tokenize.js';
import { fold } from './fold.js';
import { besideDay, monthNamed } from './months.js';
import { Suggester, suggestionFields, type SuggesterState } from './suggest.js';
import { CORRECTED_WEIGHT, TypoCorrector, type TypoState } from './typos.js';
import { dice, trigrams, TrigramSets, type TrigramSetsState, type WordRules } from './trigrams.js';
import { type KatakanaWords, katakanaSpelled, katakanaWordsOf } from './kana.js';
import { centroid, cosine, featureVector, ngramsOf, ngramVector, type NgramVector } from './phrasing-ngrams.js';
import { type ClassifierState, type Example, PhrasingClassifier } from './phrasing-classifier.js';
import { CentroidCache } from './centroid-cache.js';
import { Lru } from './lru.js';
import { TermLanguages, type TermLanguagesState } from './term-languages.js';
import type { Alternative, Answer, AnswerOptions, AnswerSource } from './types.js';

/** Tunable knobs; the defaults were chosen on the seed questions and StackFAQ's dev split (see bench/quality.ts). */
export interface RankingOptions {
  /**
   * BM25F fields of a unit: its FAQ question, then its text (the FAQ answer or the paragraph), then a
   * paragraph's section heading (see `topicHeading`): the heading names the topic of the paragraphs under
   * it, which need not repeat its words ("breaking changes" asked of "## Breaking changes in 2.4.0"); only
   * the heading's words the paragraph does not write (see `headingTerms`, `headingOnly`). In the index, not
   * beside it as article titles are, so that its words are known to the question (not counted unknown), its
   * paragraphs are candidates, and they count as covered; weighed 0.5 without length normalisation (a
   * heading is short, and most units have none), and ranked by `headingWeight`. On test/quality.test.ts's
   * sites with sections, weight 1 or more put "Version 1.8.2 was released…" (under "## Version 1.8.2") over
   * the FAQ entry on 1.8.3. XQuAD, StackFAQ and HINT3 have no sections: unchanged (npm run bench:quality).
   * The text field's b at 0.4, 0.6, 0.9 or 1 (dev script over the bench loaders, XQuAD dev paragraph@1 /
   * answer in quote): en plain unchanged at 0.943 / 0.917, en FAQ mode 0.939 / 0.909 → 0.935 / 0.904 at 0.4,
   * 0.937 / 0.907 at 0.6; paragraph@1 summed over XQuAD's 24 figures moved −0.011 to +0.009.
   */
  fields: FieldSpec[];
  /** BM25 term-frequency saturation. */
  k1: number;
  /** How much a match in the article's title (and tags) adds, relative to the best possible BM25 score. */
  titleWeight: number;
  /**
   * How much a question word that a candidate's article title (or tags) holds counts in the candidate's
   * BM25F strength, against 1 for the other words: `titleWeight` already credits the article with it, and
   * within the article it names the topic every paragraph shares, not the one fact asked ("Who did the
   * National Anthem at Super Bowl 50?" in the article "Super Bowl 50": the paragraph that says "Super Bowl"
   * three times is not the one on the national anthem). With `titleWeight` 0.15 → 0.4, which makes up the
   * article's share, npm run bench:quality, XQuAD dev paragraph@1: en 0.933 → 0.938 plain, 0.935 → 0.939 FAQ
   * mode; de 0.908 → 0.913, el 0.902 → 0.910, es 0.908 → 0.913 plain; vi FAQ mode 0.923 → 0.927; tr plain
   * 0.884 → 0.882 (the largest fall); StackFAQ dev and HINT3 unchanged. 0.3 with `titleWeight` 0.5 took
   * English to 0.940 but Turkish down 0.3 points.
   */
  titleTermWeight: number;
  /**
   * How far a paragraph falls behind, per unit of BM25F score relative to the best possible, the candidate
   * paragraph with the best neighbour: each paragraph counts the better score of its two neighbours (the
   * body paragraphs before and after it in its article, under the same heading). A paragraph goes on with
   * its neighbours' topic, so of two paragraphs holding as much of the question, the one amid the
   * question's topic wins ("How many balls did Josh Norman intercept?": the paragraph on the defence's
   * interceptions, beside another on an interception, over the one on a fumbled ball). Like `ngramWeight`,
   * it re-orders paragraphs among themselves: adding the neighbours' score instead put paragraphs over the
   * seed article's FAQ entries (test/quality.test.ts). Dev script over the bench loaders, XQuAD dev paragraph@1 / answer in quote,
   * 0 → 0.08, plain mode: en 0.940/0.910 → 0.941/0.912, ar 0.900/0.853 → 0.905/0.858, es, ro, ru and tr
   * +0.2 to +0.3 points, hi and vi paragraph@1 +0.1/+0.2, el 0.928/0.879 → 0.926/0.877, th's quote
   * 0.925 → 0.923; FAQ mode: ar 0.909/0.854 → 0.911/0.856, th 0.925/0.927 → 0.929/0.929, vi 0.929/0.876
   * → 0.931/0.878, ro and tr +0.2 points, the rest unchanged; abstained unchanged in every language. 0.12
   * cost ar and zh FAQ mode 0.2–0.4 points, 0.16 more; the two neighbours' mean gained less and cost hi,
   * ro, th and zh up to 0.3 points; an article prior (the share of the question the candidate's whole
   * article holds) changed nothing in en, ar and de. StackFAQ and HINT3 have no paragraphs.
   */
  neighbourWeight: number;
  /**
   * How much the share of the question's idf mass a paragraph's section heading holds (see `topicHeading`)
   * adds, as `titleWeight` adds its article title's match: the heading names the topic of the paragraphs
   * under it. The heading's field (see `fields`) finds them; this ranks them where their sentences do not
   * repeat it ("breaking changes" answered from "How do I change the web port?" at 0.41 by a self-hosted
   * software site's trial, over the bullets of "## Breaking changes in 2.4.0"). Set as `titleWeight`: the
   * benchmarks have no sections, and the trial and test/quality.test.ts's sites with sections told 0.4 from
   * 0.3 and 0.5 in nothing.
   */
  headingWeight: number;
  /** Extra score, relative to the best possible BM25 score, for an FAQ entry over a paragraph. */
  faqBonus: number;
  /**
   * How much score, relative to the best possible BM25 score, an FAQ entry whose answer opens with yes or no
   * (see YES_OR_NO) loses to a question asking how: opened by a word asking how (see `howWords` in
   * languages.ts: "how", "como", "jak", "怎么"…), asking for no kind of fact (see `expectedType`) and not
   * whether something is so (see `asksWhether`). "how do i link my java and bedrock account" is not
   * answered by "Can I play on Bedrock if my account is linked?" ("Yes, once your accounts are linked with
   * /link…"), which shares its words but answers its own yes/no question. A question asking why, what or
   * whether keeps such an entry ("why cant i get money back for crates" → "Are purchases refundable? No."),
   * and so does one asking for a fact ("how much is the tournament" → "Is the tournament free? Yes.",
   * "when is the halloween event" → "Is there a halloween event? No."). The trade: "how can i get my money
   * back for crates" now gets the paragraph on chargebacks rather than that "No." Each candidate's confidence
   * is left as it is, so the answer may be a candidate less sure than the entry it passes.
   * Set on the new-user trials (their questions and expected answers written before any answer), right /
   * wrong / honest abstention / wrong abstention over 25 sites: 2127 / 1893 / 922 / 348 → 2132 / 1888 / 923 /
   * 347 (0.15: 2129 right, 0.5: 2130, with any question word opening the question). Against every question
   * opened by any question word, 0.3 took them to 2134 / 1884 / 924 / 348, but test/quality.test.ts's trial
   * questions "скок стоит участие в турнире" and "quando vai ter evento de halloween" then got another
   * paragraph's wrong answer, and a review found Polish "czy" (whether) and English "why" questions losing a
   * right "No". npm run bench:quality moved no figure (its FAQ answers seldom open with yes or no).
   */
  yesNoCost: number;
  /**
   * How much the best run of 1–3 sentences adds, by the share of the question's idf mass it holds: a fact
   * sits in a sentence, so words found together outrank words scattered over a long text. A paragraph's run
   * of several sentences adds that share less `extraSentenceCost` per sentence past the first, as
   * `bestWindow` rates it, so the same words in one sentence outrank them spread over three. Not an FAQ
   * answer's: StackFAQ dev P@1 fell from 0.797 to 0.792 when its runs were discounted too.
   * npm run bench:quality, XQuAD dev, paragraph@1 / answer in quote, plain and FAQ mode, against the share
   * alone: en 0.940 / 0.910 → 0.943 / 0.913 and 0.937 / 0.907 → 0.939 / 0.909; answer in quote es 0.881 /
   * 0.880 → 0.884 / 0.882, tr 0.861 / 0.876 → 0.864 / 0.880, ar FAQ mode 0.856 → 0.858, de and el FAQ mode
   * +0.2, ro and zh plain +0.2, hi and ru unchanged; de, el and th plain −0.2, vi −0.2 in both modes.
   * Confidence reads the share alone. Half the cost (0.025) gained less (en FAQ mode and ar unchanged).
   * Tried beside the share, on English plain's wrong paragraphs (dev script over the bench loaders, XQuAD
   * dev, en plain paragraph@1 / answer in quote 0.943 / 0.917 before), none kept: term proximity (the idf
   * mass of the question's terms in the heaviest span of 3 consecutive terms of one sentence, paragraphs
   * only) at 0.1 left en plain unchanged, took en FAQ mode 0.939 / 0.909 → 0.941 / 0.911 and el plain
   * paragraph@1 0.930 → 0.935, but cost th FAQ mode 0.4 and ro, vi 0.2 points and failed two of
   * test/quality.test.ts's sites (0.05 and 0.15 gained less); a BM25 of the run's own terms (b 0.75 on its
   * length against the mean sentence's) at 0.1 to 0.4 moved en plain 0 to −0.2 points; the run's share with
   * idf raised to 1.5 or 2 (rare words first), en plain 0.936 / 0.910 and 0.941 / 0.915, the sum over
   * languages down; a bonus of 0.03 to 0.1 for holding the question's rarest term, en plain 0.938 to 0.941
   * paragraph@1. Of English plain's 27 wrong paragraphs, 21 hold less of the question than the paragraph
   * ranked over them, the asker's words being other words ("impacts social norms" asked of "influence is
   * felt in social and cultural circles"); the other 6 hold as much or more and lose on BM25F strength (term
   * frequency, and in 4 the longer paragraph's length norm).
   */
  windowWeight: number;
  /**
   * How much that run adds when the question asks for a date, number or name and the run states one.
   * Counting only a sentence that holds a question word as stating it: XQuAD dev en plain 0.943 / 0.917 →
   * 0.941 / 0.915, FAQ mode 0.939 / 0.909 → 0.937 / 0.907 (paragraph@1 / answer in quote).
   */
  typeWeight: number;
  /** How much an FAQ answer's best run counts, relative to a paragraph's. */
  answerWindow: number;
  /** Share of a run's score each sentence past the first costs: a longer quote must earn its length. */
  extraSentenceCost: number;
  /** How much an FAQ phrasing adds by its idf-weighted F1 with the question: high only when the two ask
   * the same thing, not when they merely share a topic. */
  phraseWeight: number;
  /** How much the FAQ phrasing's character-trigram closeness to the question as typed adds (see `similarity`). */
  fuzzyWeight: number;
  /**
   * How far an FAQ entry falls behind, per unit of cosine, the candidate entry whose phrasings are closest
   * to the question in character n-grams (see `phrasing-ngrams.ts`). The closest keeps its score, so entries
   * are re-ordered among themselves and never gain on paragraphs by it.
   */
  ngramWeight: number;
  /**
   * How far an FAQ entry with alternates falls behind, per unit of probability, the candidate entry the
   * phrasing classifier finds likeliest (see `phrasing-classifier.ts`, learned from the phrasings of the
   * entries that have alternates): like `ngramWeight`, it re-orders those entries among themselves only.
   * StackFAQ's "3 alternates" dev split could not tell: 0.944 of its questions ranked first without the
   * classifier and at 0.5, 0.940 at 0.25 and 0.75, and the classifier alone classified 0.920. 0.5 was kept
   * for what the held-out sets showed: StackFAQ test with 3 alternates P@1 0.885 → 0.894, HINT3 in-scope
   * P@1 0.747 / 0.804 / 0.647 → 0.763 / 0.837 / 0.686 (before entries without alternates were left out of
   * the classifier; 0.680 on powerplay11 after).
   */
  classifierWeight: number;
  /** How much a question word found elsewhere in the corpus, but not in the unit, lowers confidence
   * (a word the corpus never uses counts 1). */
  knownMiss: number;
  /**
   * Below this confidence the engine abstains. bench:calibrate's rule (the highest threshold answering 97 %
   * of the right answers on every in-scope dev part) gave 0.368 while its "3 alternates" parts asked one
   * rotation of each thread's dev paraphrases; on five rotations (1250 questions, not 250) it gives 0.262,
   * that part losing 3.7 points of right answers between 0.20 and 0.35. 0.35 is kept for what the rule does
   * not weigh: out of scope abstained falls (StackFAQ 0.300, with 3 alternates 0.589, XQuAD 0.519 at 0.35;
   * 0.113, 0.416, 0.234 at 0.25) and HINT3's overall accuracy, checked, goes 0.665 / 0.739 / 0.686 → 0.673 /
   * 0.726 / 0.640 at 0.262 (npm run bench:quality).
   */
  threshold: number;
  /** How strongly the body must echo an FAQ answer for a body sentence to be quoted instead. */
  supportThreshold: number;
  /** Candidates re-ranked after the inverted index. */
  candidates: number;
}

export const DEFAULT_RANKING: RankingOptions = {
  fields: [
    { weight: 8, b: 0.75 },
    { weight: 1, b: 0.75 },
    { weight: 0.5, b: 0 },
  ],
  k1: 1.2,
  titleWeight: 0.4,
  titleTermWeight: 0.5,
  neighbourWeight: 0.08,
  headingWeight: 0.4,
  faqBonus: 0.08,
  yesNoCost: 0.3,
  windowWeight: 0.5,
  typeWeight: 0.2,
  extraSentenceCost: 0.05,
  answerWindow: 0.5,
  phraseWeight: 0,
  fuzzyWeight: 0.1,
  ngramWeight: 1,
  classifierWeight: 0.5,
  knownMiss: 0.5,
  threshold: 0.35,
  supportThreshold: 0.45,
  candidates: 30,
};

/**
 * One searchable document: a body paragraph, or one phrasing of an FAQ entry (its question or one of its
 * alternates). An entry's phrasings share its id, and ranking keeps each id once, at its best phrasing.
 */
interface Unit {
  id: string;
  article: Article;
  faq: FaqEntry | null;
  /** The paragraph, or the phrasing of the FAQ entry this document matches on. */
  passage: Passage;
  /** An FAQ entry's phrasings (its question and alternates, in its article's language) as a number: the same
   * for every entry asked with the same phrasings (see `phrasingDistances`); -1 for a paragraph. */
  phrasings: number;
  /** Whether its FAQ entry's answer opens with yes or no (see YES_OR_NO), read once here rather than per question; false for a paragraph. */
  yesOrNo: boolean;
  /** Its document number in the index. */
  doc: number;
}

/** A question analysed once, for every stage that reads it. */
interface Query {
  text: string;
  /** A question typed wholly in Latin letters in a language written in another script (see `romanised` in
   * `analyse`), its words as they read in that script (function words spelled, content words as the terms
   * they spell): what its character n-grams are taken from, as the FAQ phrasings' are. */
  spelled?: string;
  /** The question's language, as it was analysed. */
  analyzer: Analyzer;
  terms: QueryTerm[];
  /** The question's own terms, uncorrected (titles have a vocabulary of their own). */
  stems: string[];
  /** The query's index terms (typos corrected), each once, in the order of `terms`: for matching sentences
   * and phrasings (a split's ids: see `Split`). */
  asked: number[];
  /** The idf of each of `asked`. */
  idfs: number[];
  /** idf mass of the words the corpus knows, and what the unknown ones would weigh. */
  known: number;
  unknown: number;
  /** Two words the corpus also writes as one, asked as that word too (see `joinedTerm`), by index in `asked`: see `Join`. */
  joins: Join[];
  /** How many numbers the question holds, and how many of them no article does ("Terminal 4"). */
  numbers: number;
  unknownNumbers: number;
  /** How many of those unknown numbers are the asker's identifiers (see `askersDetails`, `numbersMissed`). */
  unknownIdentifiers: number;
  /** How many of those unknown numbers are dotted (a version, an address, a decimal: "3.4.1", "94.130.52.18"). */
  unknownDotted: number;
  /** How many of those unknown numbers are a clock's ("9 pm", "22:00"): a unit stating a time answers them (see `numbersMissed`). */
  clocks: number;
  /** The figures a count is asked in, where the question names its counter (Japanese "何人": see `askedCounter`). */
  counter: RegExp | null;
  /** Its verbs with the particles written apart from them (see `separatedVerbs`), read once for the joined words `analyse` asks and `otherParticle`. */
  separated: readonly SeparatedVerb[];
  /**
   * The rest of those unknown numbers, but amounts, clock times and years: quantities of the asker's own,
   * which a bound may measure ("im 15", "i have 1800 elo"; see `numbersMissed`), each with the term of the
   * word naming it where the articles write that word before numbers ("terminal" of "Terminal 4"), else null.
   * A decimal is one where the articles write the word after it after numbers ("1.5 miles"), else it is
   * measured only by a decimal bound near it (see `decimalMeasuredBy`: "rating dropped to 4.4" by "below 4.3"):
   * "version 2.1" is no measure of "maximum note speed 12.0", nor "promo 11.11" of "maximal 3 kali".
   */
  quantities: { number: string; name: string | null; decimalBound?: boolean }[];
  /** The numbers of the question an article writes that name one thing: dotted (a version, an address) or an amount ("£3.99"; see `numbersMissed`). */
  knownExact: string[];
  /**
   * The other numbers of the question an article writes, each after a word that is no stopword, with that
   * word's term: ["code", "1"] of "exited with code 1" (see `numbersMissed`).
   */
  named: [string, string][];
  /** The question's code names, each once (see code-names.ts): a unit that does not write one misses it (see `numbersMissed`). */
  codeNames: string[];
  /** Whether the question asks whether something is so (see `asksWhether`): "Is the IP 94.130.52.18?". */
  whether: boolean;
  /** Whether it plainly asks so (see `plainlyAsksWhether`): a paragraph must be surer to answer it (see `doubted`). */
  plainlyWhether: boolean;
  /** The question's words as read (see `Analyzer.tokens`): its other analyses start from them. */
  tokens: Token[];
  type: AnswerType | null;
  /** The kind of fact the question opens by asking for (see `openingType`), to weigh an FAQ phrasing's against. */
  opens: AnswerType | null;
  /** Share of the known terms that only a typo correction found. */
  corrected: number;
  /** The question's character trigrams, for its closeness to FAQ phrasings as typed; taken at the first
   * FAQ candidate (see `similarity`), so a question only paragraphs answer never reads them. */
  trigrams: Set<number> | null;
  /** Per language, whether the question writes a number in words or a decade, which a sentence may write
   * in figures (see `evidence`); read at the first candidate in that language, as every candidate asks. */
  counts: Map<string, boolean> | null;
  /** Whether the question holds a sentence's name, number or amount (see `heldBy`); made at the first typed sentence read. */
  held: Held | null;
  /** The figures of the question's decades that its tokens lost the endings of ("70" of "the 70's"; see `splitDecades`). */
  decades: ReadonlySet<string>;
}

/**
 * Two words of a question and the one word the corpus writes them as ("office hours" and "office-hours",
 * "log in" and "login"): one thing asked, in either spelling. `at`, the joined word's term, and `parts`,
 * the terms the two words were asked as, each once, by index in `Query.asked`; `apart` when both words
 * were asked as terms of their own (no stopword, none the corpus lacks, not one word said twice), so that
 * the two written apart in one sentence say what the joined word says: a unit holding "back" says nothing
 * of the "backup" of "back up".
 */
interface Join {
  at: number;
  parts: number[];
  apart: boolean;
}

/** The phrasing classifier (see `phrasing-classifier.ts`) and each FAQ entry's class in it, by entry id. */
interface Classifier {
  model: PhrasingClassifier;
  classOf: Map<string, number>;
}

/** The body sentences an FAQ answer was taken from (see `bodySupport`). */
interface Backing {
  passage: Passage;
  window: Window;
}

/** The run of sentences of a unit that best answers the question, and what it holds of it. */
interface Evidence {
  passage: Passage;
  window: Window;
  /** Share of the question's idf mass the run holds, 0 to 1. */
  share: number;
  /** The question asks for a date, number or name and the run states one. */
  typed: boolean;
  /** A sentence of the run stating it holds a word of the question too. */
  typedHolds: boolean;
}

interface Scored {
  unit: Unit;
  hit: Hit;
  score: number;
  confidence: number;
  evidence: Evidence | null;
  /** Share of the question's idf mass its best run of sentences or its phrasing holds, 0 to 1 (0 when not computed). */
  held: number;
  signals: Signals;
  /** Read for the fact asked although out of reach of the first two places (see `rank`). */
  forType?: boolean;
  /** Why a rule put it first over candidates that scored higher (see `promote`). */
  lifted?: Lift;
}

/**
 * Why a rule put a candidate first, over those that scored higher (it then takes the first's score): it
 * states the kind of fact asked (`preferTyped`), writes the number the question writes (`preferExact`), is
 * the first's translation into the asker's language (`preferTranslation`), or is a paragraph stating more
 * of the question than the FAQ entry it backs or outranks (`yieldToBacking`, `yieldToSure`).
 */
export type Lift = 'fact' | 'number' | 'translation' | 'paragraph';

export interface IndexStats {
  articles: number;
  faq: number;
  paragraphs: number;
}

/** One ranked candidate, as `SearchIndex.explain()` reports it. */
export interface Candidate {
  /** Entry or paragraph id (`article#faq-N`, `article#pN`). */
  id: string;
  kind: 'faq' | 'paragraph';
  /** The FAQ question, or the paragraph's text. */
  text: string;
  /** The phrasing it matched on: the question, one of its alternates, or the paragraph. */
  matchedOn: string;
  score: number;
  /** 0 to 1, rounded to 3 decimals; the engine answers with the best candidate when this reaches its threshold. */
  confidence: number;
  /** Whether its confidence, unrounded, reaches the threshold (a 0.34999 is shown 0.35 and is not answered). */
  clears: boolean;
  signals: Signals;
  /** Why a rule put it first over candidates that scored higher, whose score it then shows (see `Lift`); absent where none did. */
  lifted?: Lift;
}

/**
 * What a unit writes of and beside its numbers (see `SearchIndex.numberWordsOf`): `named`, the numbers
 * after each word that is no stopword, as pairs of the word's term and the number, flat ("code", "137",
 * "port", "8096"; see `writesNamed`, `otherNumbersNamed`); `counted`, the terms of the words right after a
 * number ("coins" of "5000 coins"; see `countsAfterNumbers`); `amounts`, its amounts (see
 * `NumberWords.amount`, `writes`). Arrays, not Maps and Sets: a unit writes a few at most, and a warm index
 * holds a record for each unit it ranked and each other unit of their articles (see `namedInArticle`),
 * where a Map of Sets took a hash table each: after a thousand questions at 10k real paragraphs, these
 * records held 0.73 MB as Maps and Sets, 0.36 MB as arrays (by heap snapshots).
 */
interface UnitNumberWords {
  named: readonly string[];
  counted: readonly string[];
  amounts: readonly string[];
}

/** Shared by the units that write none of a `UnitNumberWords` field, most of them. */
const NONE_WRITTEN: readonly string[] = [];
const NO_NUMBER_WORDS: UnitNumberWords = { named: NONE_WRITTEN, counted: NONE_WRITTEN, amounts: NONE_WRITTEN };

/** `words` as a `UnitNumberWords` field keeps them: a copy sized to them (a pushed array keeps room for 16 or more), or the shared empty one. */
const sized = (words: string[]): readonly string[] => (words.length ? words.slice() : NONE_WRITTEN);

/** Whether `named` (a `UnitNumberWords.named`) writes after the word whose term is `name` a number `accept` takes (any, by default). */
function writesNamed(named: readonly string[], name: string, accept: (number: string) => boolean = () => true): boolean {
  for (let i = 0; i < named.length; i += 2) if (named[i] === name && accept(named[i + 1]!)) return true;
  return false;
}
/** Shared by the FAQ phrasings that pose no condition (see `SearchIndex.asksOtherCondition`), nearly all. */
const NO_CONDITION: readonly number[] = [];

/**
 * How the engine read one word of a question (see `SearchIndex.readings`): `term` is the index term it
 * met (several for a compound's parts), null when it met none. `how`: `as written` (its own term),
 * `corrected` (a typo of `term`), `related` (another form: a compound's parts, a name and the number typed
 * against it, an inflection sharing a long prefix, an English word without its prefix ("unregistered" →
 * "regist"), a word of Han characters cut in two, two words the articles write as one), `ignored` (a
 * mistyped question word, a function word of the asker's other language, a pasted order number) or
 * `unknown` (no article uses it: it counts against every answer). Stopwords are left out.
 */
export interface WordReading {
  word: string;
  term: string | null;
  how: 'as written' | 'corrected' | 'related' | 'ignored' | 'unknown';
}

/**
 * The languages of FAQ phrasings that are all chatter, and per language the kinds of small talk FAQ
 * phrasings are (see the engine's `chatterAnswered`).
 */
export interface ChatterAnswered {
  chatter: Set<string>;
  smallTalk: Map<string, Set<SmallTalk>>;
}

/**
 * What a built index is made of besides its articles (see `SearchIndex.state`): typed arrays, the
 * vocabularies and small maps, for `node:v8` serialize.
 */
export interface IndexState {
  ranking: RankingOptions;
  loadedAt: Date;
  index: PostingsState;
  titles: PostingsState;
  typos: TypoState;
  phrasings: Map<string, number>;
  splits: SplitsState;
  phrasingTrigrams: TrigramSetsState;
  headings: HeadingOnlyTermsState;
  questionSearch: SuggesterState;
  titleSearch: SuggesterState;
  classifier: (ClassifierState & { classOf: Map<string, number> }) | null;
  /** Every number the articles write (see `numbersWritten`). */
  numbers: Set<string>;
  /** What FAQ phrasings are chatter and small talk (see `ChatterAnswered`). */
  chatter: ChatterAnswered;
  termLanguages: TermLanguagesState | null;
  /** Per language, the terms of its articles' words stemmed otherwise without their diacritics, by that form (see `unaccented`). */
  unaccented: Map<string, Map<string, string>>;
}

/** A FAQ question offered to autocomplete. */
export interface QuestionChoice {
  id: string;
  question: string;
  article: string;
}

/**
 * Answers questions from a set of articles.
 *
 * A BM25F inverted index (each article analysed in its language, question text weighted over answers and
 * paragraphs) finds candidates fast at any corpus size; their sentences, and the FAQ phrasings' character
 * trigrams (typos and near-verbatim phrasing), then re-score them. Autocomplete is a `Suggester` over the
 * FAQ questions and one over the article titles. The result carries a verbatim quote and a confidence, and
 * is null (an abstention) when the question is not covered well enough.
 */
export class SearchIndex {
  readonly articles: readonly Article[];
  // Set once the articles are indexed (see `indexing`).
  stats!: IndexStats;
  readonly loadedAt: Date;
  private readonly ranking: RankingOptions;
  private readonly index: InvertedIndex;
  /** Article titles and tags, one document per article: kept apart so a title word, repeated in every unit of
   * its article, does not lose its idf there. */
  private readonly titles: InvertedIndex;
  private typos!: TypoCorrector;
  private readonly units: Unit[] = [];
  /** FAQ phrasings by their words, for questions made only of stopwords ("Why now?"). */
  private readonly phrasings = new Map<string, number>();
  /** Per question word of 2 or 3 letters, its long form's term id (null: none); see `longFormOf`. */
  private readonly longForms = new Map<string, number | null>();
  /** Per language, its commonest term per folded form, of the terms diacritics tell apart (see `unaccented`); built at the first word typed without them. */
  private readonly unaccentedTerms = new Map<string, Map<string, number>>();
  /** Per language whose terms are folded, the term of each of its articles' words whose unaccented form is stemmed otherwise, by that form (see `unaccented`). */
  private readonly unaccentedWords = new Map<string, Map<string, string>>();
  /** The character n-gram centroids of ranked FAQ entries' phrasings, by `Unit.phrasings`, as many as `CentroidCache` holds; made once they are numbered. */
  private centroids!: CentroidCache;
  /** See `katakanaWords`. */
  private katakana: KatakanaWords | null = null;
  /** Per language writing English loanwords in its script, its terms by their key (see `loanKeysOf`), made on first use. */
  private readonly loanKeys = new Map<string, LoanKeys>();
  /** While articles are added: `Unit.phrasings` by the entry's language and phrasings' texts. */
  private phrasingSets: Map<string, number> | null = new Map();
  /** The phrasing classifier and each FAQ entry's class in it (null: none, see `classifierTraining`). */
  private classifier: Classifier | null = null;
  private readonly articlesById: Map<string, Article>;
  /** Each article's document number in `titles`: its place in `articles`. */
  private readonly articleNumbers: Map<Article, number>;
  private readonly ranges = new Map<string, [number, number]>();
  /** Every passage's sentences and their terms, analysed when the passage was indexed. */
  private readonly splits: Splits;
  /** By document number, an FAQ phrasing's character trigrams as its article's language reads them (none for a paragraph). */
  private readonly phrasingTrigrams: TrigramSets;
  private readonly support = new Map<string, Backing | null>();
  /** Per split term id, the last `mark` that counted it (see `runAgreement`); made on the first `bodySupport`. */
  private marks: Int32Array | null = null;
  private mark = 0;
  /** The language most articles are written in: the question's when nothing tells it apart. */
  private readonly language: string;
  /** Every language an article is written in (as analysed: ISO 639-1, "en" for unknown). */
  private readonly languages: Set<string>;
  /** Which languages' articles use each term, where they are several (see `ownCorrection`). */
  private readonly termLanguages: TermLanguages | null;
  /** Per question language, the compounds splitter over this index's vocabulary (null where the language does not compound). */
  private readonly decompounders = new Map<Analyzer, Decompounder<number> | null>();
  /** The terms' ids of the condition each FAQ phrasing asks the consequence of, taken on first use (see `asksOtherCondition`). */
  private readonly conditions = new WeakMap<Unit, readonly number[]>();
  /** Whether each question poses a condition of its own (see `posesCondition`), taken at its first FAQ phrasing posing one. */
  private readonly posedConditions = new WeakMap<Query, boolean>();
  /** The kind of fact each FAQ phrasing asks for, taken on first use (see `asksOther`). */
  private readonly phrasingTypes = new WeakMap<Unit, AnswerType | null>();
  /** Each question's words as `otherName` reads them, taken at its first FAQ candidate. */
  private readonly askedWords = new WeakMap<Query, SlotWord[]>();
  /** Each FAQ phrasing's names with the words beside them, taken at its first time as a candidate for first
   * place (see `otherName`): a few strings for a phrasing naming something, a shared empty list for others. */
  private readonly nameSlots = new WeakMap<Unit, readonly NameSlot[]>();
  /** Each question's and FAQ phrasing's verbs with their particles (see `otherParticle`), taken on first use. */
  private readonly particleVerbs = new WeakMap<Query | Unit, ParticleVerbs>();
  /** Per term, whether the articles write it as a name (see `writtenAsName`). */
  private readonly namedTerms = new Lru<string, boolean>(MAX_CACHED_NAMES);
  /** Each question as `evidence` weighs its terms (see `namesWeighed`), taken at its first candidate. */
  private readonly weighedNames = new WeakMap<Query, Query>();
  /** What FAQ phrasings are chatter and small talk, found on first use (see `chatterAnswered`). */
  private chatterLanguages: ChatterAnswered | null = null;
  private numbersKnown: Set<string> | null = null;
  /**
   * Per word's term, whether an article writes it before an identifier-like number (see `namesNumbers`); per
   * term and length of digits, before one number of that length only (`namesIdentifiers`, "\u0000" and the
   * length); per term and number, before that number (`namesNumber`, "\u0000=" and the number).
   */
  private readonly numberNames = new Lru<string, boolean>(MAX_CACHED_NAMES);
  /**
   * Per word's term, whether an article writes it after a number (see `countsAfterNumbers`); and per
   * language, count word and the term of a word it counts, whether an article writes that word after it
   * (see `countWritten`).
   */
  private readonly countedWords = new Lru<string, boolean>(MAX_CACHED_NAMES);
  /**
   * What scans of the units holding a word found, by what was looked for: per joined term and the two words a
   * question joined into it, whether an article writes a word beginning with them (see `joinedTerm`); per
   * term, whether its word is written with an "-ing" (`otherForms`, "g" keys); per language and words,
   * whether an FAQ phrasing asks with them (`phrasingWrites`, "p" keys).
   */
  private readonly writtenJoins = new Lru<string, boolean>(MAX_CACHED_NAMES);
  /** Whether each candidate states an identifier, another number or none, taken on first use (see `numbersMissed`). */
  private readonly numbered = new WeakMap<Unit, 'identifier' | 'number' | 'none'>();
  /** Whether each candidate writes a version, taken on first use (see `statesVersion`). */
  private readonly versioned = new WeakMap<Unit, boolean>();
  /** The numbers each candidate states a bound on, taken on first use (see `bounds`). */
  private readonly bounded = new WeakMap<Unit, readonly string[]>();
  /** The terms of each paragraph's section heading it does not write (see `headingShares`). */
  private readonly headings: HeadingOnlyTerms;
  /** What each candidate states that no translation changes, taken on first use (see `identifiers`). */
  private readonly unitIdentifiers = new WeakMap<Unit, Set<string>>();
  /** The numbers each candidate writes, taken on first use by a question with a known dotted number. */
  private readonly unitNumbers = new WeakMap<Unit, Set<string>>();
  /** Per unit read, what it writes of and beside its numbers (see `numberWordsOf`); per article, its units' `named` merged (see `otherNumbersNamed`). */
  private readonly unitNumberWords = new WeakMap<Unit, UnitNumberWords>();
  private readonly articleNamedNumbers = new WeakMap<Article, Map<string, Set<string>>>();
  /** Each candidate's phrasings and answer, or paragraph and its heading (see `statedTexts`), lower-cased, taken on first use by a question with a code name (see `codeNamesMissed`). */
  private readonly unitText = new WeakMap<Unit, string>();
  private questionSearch: Suggester<QuestionChoice> | null = null;
  private titleSearch: Suggester<Article> | null = null;

  /** `from` is internal: `SearchIndex.build`'s mark (it then indexes the articles itself, in slices) or `SearchIndex.restore`'s state. */
  constructor(articles: readonly Article[], ranking: Partial<RankingOptions> = {}, loadedAt = new Date(), from?: typeof DEFERRED | IndexState) {
    this.articles = articles;
    this.articlesById = new Map(articles.map((a) => [a.id, a]));
    this.articleNumbers = new Map(articles.map((a, n) => [a, n]));
    const languages = articles.map((a) => analyzerFor(a.lang).lang);
    this.languages = new Set(languages);
    this.language = mostCommon(languages) ?? 'en';
    this.termLanguages = from && from !== DEFERRED ? from.termLanguages && TermLanguages.restore(from.termLanguages) : TermLanguages.forArticles(languages);
    this.loadedAt = loadedAt;
    this.ranking = { ...DEFAULT_RANKING, ...ranking };
    if (from && from !== DEFERRED) {
      this.index = InvertedIndex.restore(from.index);
      this.titles = InvertedIndex.restore(from.titles);
      this.typos = TypoCorrector.restore(this.index.terms, from.typos);
      this.phrasings = from.phrasings;
      this.splits = Splits.restore(from.splits, articles, this.index);
      this.phrasingTrigrams = TrigramSets.restore(from.phrasingTrigrams);
      this.headings = HeadingOnlyTerms.restore(from.headings);
      for (const article of articles) this.addArticle(article);
      this.sealPhrasings();
      this.stats = statsOf(articles);
      this.questionSearch = Suggester.restore(this.choiceAt(), from.questionSearch);
      this.titleSearch = Suggester.restore((n) => articles[n]!, from.titleSearch);
      this.classifier = from.classifier ? { model: PhrasingClassifier.restore(from.classifier), classOf: from.classifier.classOf } : null;
      this.numbersKnown = from.numbers;
      this.chatterLanguages = from.chatter;
      for (const [lang, forms] of from.unaccented) this.unaccentedWords.set(lang, forms);
      return;
    }
    this.index = new InvertedIndex(this.ranking.fields, this.ranking.k1, expectedPostings(articles));
    this.titles = new InvertedIndex([{ weight: 1, b: 0.5 }]);
    this.splits = new Splits(this.index);
    this.phrasingTrigrams = new TrigramSets();
    this.headings = new HeadingOnlyTerms();
    if (from === DEFERRED) return;
    drain(this.indexing());
    // Part of the index, as `build` makes it: no member's first question pays for its training.
    this.classifier = drain(this.classifierTraining());
  }

  /**
   * The index `state` was taken from, over the same `articles` (equal, in the same order): it answers,
   * explains and autocompletes exactly as that one did, warmed, without analysing any text. For the index
   * snapshot (src/index-snapshot.ts); a state from another version of this code is not to be restored.
   * The options read only at question time (the threshold) are `ranking`'s, else the defaults, never those
   * it was built with: a threshold set when the snapshot was written and unset since is the default again.
   */
  static restore(articles: readonly Article[], state: IndexState, ranking: Partial<RankingOptions> = {}): SearchIndex {
    return new SearchIndex(articles, { ...state.ranking, threshold: DEFAULT_RANKING.threshold, ...ranking }, state.loadedAt, state);
  }

  /** This index, warmed, as an `IndexState` (shares its arrays: serialize it, never change it). */
  state(): IndexState {
    this.warm();
    return {
      ranking: this.ranking,
      loadedAt: this.loadedAt,
      index: this.index.state(),
      titles: this.titles.state(),
      typos: this.typos.state(),
      phrasings: this.phrasings,
      splits: this.splits.state(),
      phrasingTrigrams: this.phrasingTrigrams.state(),
      headings: this.headings.state(),
      questionSearch: this.questionMatcher().state(),
      titleSearch: this.titleMatcher().state(),
      classifier: this.classifier ? { ...this.classifier.model.state(), classOf: this.classifier.classOf } : null,
      numbers: this.numbersWritten(),
      chatter: this.chatterAnswered(),
      termLanguages: this.termLanguages?.state() ?? null,
      unaccented: this.unaccentedWords,
    };
  }

  /**
   * The same index as `new SearchIndex(articles, ranking, loadedAt).warm()`, built without holding the
   * event loop for more than about `sliceMs` milliseconds at a time (default 5), so the thread keeps
   * answering from the previous index meanwhile: articles are indexed one at a time, the postings frozen,
   * the typo map and the autocomplete matchers filled in steps, the phrasing classifier trained in steps.
   * One article, and a rehash of one of those maps as it grows, still run whole.
   */
  static async build(articles: readonly Article[], ranking: Partial<RankingOptions> = {}, loadedAt = new Date(), { sliceMs = 5 }: { sliceMs?: number } = {}): Promise<SearchIndex> {
    const built = new SearchIndex(articles, ranking, loadedAt, DEFERRED);
    const pause = pacer(sliceMs);
    const run = async <R>(steps: Generator<void, R>): Promise<R> => {
      for (;;) {
        const step = steps.next();
        if (step.done) return step.value;
        await pause();
      }
    };
    await run(built.indexing());
    await run(built.typos.mapping());
    built.questionSearch = await run(built.questionMatching());
    built.titleSearch = await run(built.titleMatching());
    built.classifier = await run(built.classifierTraining());
    built.numbersKnown = await run(built.numbersScanning());
    built.chatterLanguages = await run(built.chatterScanning());
    return built;
  }

  /** Ends the numbering of FAQ entries' phrasings (see `Unit.phrasings`): the centroid cache takes their count. */
  private sealPhrasings(): void {
    this.centroids = new CentroidCache(this.phrasingSets!.size);
    this.phrasingSets = null;
  }

  /** Indexes the articles, yielding after each one and between the steps of freezing (see `build`). */
  private *indexing(): Generator<void> {
    const lexicons = new Map<Analyzer, { lexicon: Lexicon<number>; recent: RecentPassages }>();
    const intern = (term: string) => this.index.intern(term);
    const splitters = yield* compoundSplitters(this.articles);
    for (const article of this.articles) {
      const analyzer = analyzerFor(article.lang);
      let language = lexicons.get(analyzer);
      if (!language) {
        const lexicon = withCompoundParts(termIdLexicon(analyzer, intern), analyzer, splitters.get(analyzer), intern);
        lexicons.set(analyzer, (language = { lexicon, recent: new RecentPassages() }));
      }
      const analysed = analyseArticle(article, analyzer, language.lexicon, language.recent);
      const ids = (p: Passage) => analysed.get(p)!.ids;
      this.titles.add([analyzer.terms([article.title, ...article.tags].join(' '))]);
      const heading = headingTerms(article, analyzer);
      // A section's paragraphs share its heading's terms (see `headingTerms`): numbered once.
      const headingIds = new Map<readonly string[], number[]>();
      const idsOfHeading = (p: Passage) => {
        const terms = heading(p);
        let found = headingIds.get(terms);
        if (!found) headingIds.set(terms, (found = terms.map(intern)));
        return found;
      };
      // A heading's terms a paragraph under it writes name the topic of that paragraph and of the section's
      // first (which opens on it), not of a later sibling holding them only through the heading: "## Check-in
      // y forfeit" over "El check-in abre 30 minutos antes…" and a paragraph on forfeits (see `headingShares`).
      // A section is a run of paragraphs under one heading's words: two sections may share them ("### Check-in"
      // under "## FIFA" and under "## Valorant"), told apart where a paragraph under another heading parts them
      // (passages keep their heading's text, not where it stands).
      const writtenInSection = new Map<Passage, Set<number>>();
      const opening = new Set<Passage>();
      let current: readonly number[] | null = null;
      let written = new Set<number>();
      for (const passage of article.paragraphs) {
        const headed = idsOfHeading(passage);
        if (headed !== current) {
          [current, written] = [headed, new Set()];
          opening.add(passage);
        }
        writtenInSection.set(passage, written);
        for (const id of headed) if (ids(passage).includes(id)) written.add(id);
      }
      const siblingWrites = (p: Passage, id: number) => !opening.has(p) && writtenInSection.get(p)!.has(id);
      this.addArticle(article, (unit) => {
        const fields = fieldsOf(unit, ids, (p) => headingOnly(idsOfHeading(p), (id) => ids(p).includes(id)));
        for (const field of fields) this.termLanguages?.add(analyzer.lang, field);
        if (unit.faq && !fields[0]!.length) this.phrasings.set(analyzer.words(unit.passage.text).join(' '), this.index.size);
        this.index.addIds(fields);
        // What ranking reads of the heading: the terms no sentence of the paragraph holds (its split's, which
        // differ from its index terms where a sentence is read apart for its acronyms).
        const terms = heading(unit.passage);
        this.headings.add(unit.faq ? [] : headingOnly(idsOfHeading(unit.passage), (id, k) => sentencesHold(analysed.get(unit.passage)!, id, terms[k]!) || siblingWrites(unit.passage, id)));
        this.phrasingTrigrams.add(unit.faq ? unit.passage.text : null, trigramRules(analyzer).phrasing);
      });
      this.splits.add(article, analysed);
      yield;
    }
    // An inflected word typed without its diacritics may be stemmed otherwise ("garantia" → "garanti",
    // "garantía" → "garant"): the articles' words whose unaccented form is read so, by that form, of the
    // distinct words the lexicons met.
    for (const [analyzer, { lexicon }] of lexicons) {
      if (!analyzer.foldsTerms) continue;
      const forms = new Map<string, string>();
      for (let entry = 0; entry < lexicon.table.size; entry++) {
        const word = lexicon.table.word(entry);
        if (ASCII_WORD.test(word)) continue;
        const folded = fold(word);
        const id = ASCII_WORD.test(folded) && !forms.has(folded) ? lexicon.content(entry) : null;
        const term = id === null ? null : this.index.term(id);
        if (term !== null && !analyzer.isStopword(folded) && analyzer.stemOnce(folded) !== term) forms.set(folded, term);
      }
      if (forms.size) this.unaccentedWords.set(analyzer.lang, forms);
    }
    this.sealPhrasings();
    this.splits.seal();
    this.phrasingTrigrams.seal();
    this.headings.seal();
    yield* this.index.freezing();
    yield* this.titles.freezing();
    this.typos = new TypoCorrector(this.index.terms);
    this.stats = statsOf(this.articles);
  }

  /** The best answer to `question`, or an abstention (`answer: null`) with the closest FAQ questions. */
  answer(question: string, options: AnswerOptions = {}): Answer {
    const { query, ranked } = this.rank(question, options);
    const best = ranked[0];
    const answered = best !== undefined && best.confidence >= this.ranking.threshold;
    // An abstention's confidence is floored: a 0.34999 is not written 0.35, the threshold it did not reach.
    const confidence = answered ? round(best.confidence) : Math.floor((best?.confidence ?? 0) * 1000) / 1000;
    if (!answered) {
      return { ...abstention(question, confidence), alternatives: alternatives(ranked, null) };
    }
    return { ...this.answerFor(best.unit, question, best.evidence, query), confidence, alternatives: alternatives(ranked, best) };
  }

  /**
   * Builds what the index otherwise builds on first use (the typo map, the numbers the articles write, the
   * languages whose FAQ phrasings are chatter, the autocomplete matchers, the loanword keys of a language
   * writing English words in its script, the English keys of the Latin-letter terms where articles are in a
   * language written in Cyrillic: see `latinLoan`; the katakana words of Japanese articles: see kana.ts), so no member's question pays for it: about a second at 100k
   * paragraphs. Call it before the index serves.
   */
  warm(): this {
    this.typos.map();
    this.numbersWritten();
    this.chatterAnswered();
    this.questionMatcher();
    this.titleMatcher();
    for (const lang of this.languages) if (writesLoans(lang)) this.loanKeysOf(lang);
    if ([...this.languages].some((lang) => CYRILLIC_LANGUAGES.has(lang))) this.loanKeysOf(LATIN);
    if (this.languages.has('ja')) this.katakanaWords();
    return this;
  }

  /** Ids of the ranked candidates for `question`, best first, abstention ignored (for benchmarks' MRR and recall). */
  rankIds(question: string, options: AnswerOptions = {}): string[] {
    return this.rank(question, options).ranked.map((s) => s.unit.id);
  }

  /**
   * Why an answer won: the ranked candidates (FAQ entries and paragraphs, each id once), best first, with
   * their score, their confidence and the signals it was computed from (for calibration, the playground's
   * debug view and editors deciding where an `Also asked as:` line would help).
   */
  explain(question: string, options: AnswerOptions = {}): Candidate[] {
    return this.rank(question, options).ranked.map((s) => ({
      id: s.unit.id,
      kind: s.unit.faq ? 'faq' : 'paragraph',
      text: s.unit.faq ? s.unit.faq.question.text : s.unit.passage.text,
      matchedOn: s.unit.passage.text,
      score: round(s.score),
      confidence: round(s.confidence),
      clears: s.confidence >= this.ranking.threshold,
      signals: s.signals,
      ...(s.lifted ? { lifted: s.lifted } : {}),
    }));
  }

  /**
   * Per id of `ids` (FAQ entries and paragraphs, as `explain` gives them; an unknown id lacks none), the
   * words of `question`, as typed, that it does not hold as the ranking's coverage reads it (an FAQ entry
   * in its question, alternates or answer; a paragraph in itself or its section's heading, not its
   * article's title), of those some article writes (see `readings`). A word read as several terms is held
   * by a candidate holding any of them (an abbreviation or its long form, one part of a compound); words
   * read as one ("log in" as "login") by one holding that or each of them, and then are not listed apart.
   * What an editor adds to make a candidate the answer (`--explain` lists them after each candidate: round
   * AP's admins read the same advice under every answer and could not tell which word to add).
   */
  lacking(question: string, ids: readonly string[], options: AnswerOptions = {}): string[][] {
    const readings: WordReading[] = [];
    const { analyzer } = this.analyse(question, options, readings);
    const termIds = (terms: readonly string[]) => terms.map((t) => this.index.termId(t)).filter((id) => id !== undefined);
    // The words read as an article's: a word no article writes is lacked by every candidate alike.
    const asked = readings.flatMap(({ word, term, how }) => {
      if (term === null || how === 'ignored' || how === 'unknown') return [];
      const words = word.split(' ');
      const shown = words.map((piece) => asWritten(piece, question)).join(' ');
      return [{ word: shown, words, ids: termIds(term.split(/ \+ | /)), each: words.length > 1 ? termIds(words.map((piece) => analyzer.contentTerm(piece) ?? '')) : [] }];
    });
    // A word of words read as one is read with them, not listed apart.
    const together = new Set(asked.flatMap(({ words }) => (words.length > 1 ? words : [])));
    const listed = asked.filter(({ words }) => words.length > 1 || !together.has(words[0]!));
    return ids.map((id) => {
      const docs = this.docsOf(id);
      if (!docs) return [];
      const holds = (term: number) => this.index.holding(term, docs[0], docs[1]) > 0;
      return listed.filter(({ ids: terms, each }) => !terms.some(holds) && !(each.length > 0 && each.every(holds))).map(({ word }) => word);
    });
  }

  /** The documents [from, to) of an FAQ entry's phrasings or of a paragraph, by id; undefined for an unknown id. */
  private docsOf(id: string): [number, number] | undefined {
    const unit = this.unit(id);
    if (!unit) return undefined;
    return [unit.doc, unit.doc + (unit.faq ? 1 + unit.faq.alternates.length : 1)];
  }

  /** The confidence an answer needs (`RankingOptions.threshold`, which ANSWER_THRESHOLD sets); below it `answer` abstains. */
  get threshold(): number {
    return this.ranking.threshold;
  }

  /**
   * What the reading of `question` set aside besides its words' readings (see `readings`): the language it
   * was analysed in (ISO 639-1; see `questionLanguage`) and, in order, its words read as no topic:
   * stopwords, question words, the words of question phrases ("quanto", "o" of "quanto custa o vip") and
   * the hiragana that inflect a Japanese word ("まり" of "閉まります": see tokenize.ts's OKURIGANA_PIECE), and
   * the words `readings` reads only to ignore (chat, the asker's own function words). Chatter around a
   * question ("hi, quick question,") is taken off before and not listed. For `--explain` and the playground:
   * an admin whose member's "custa" was a stopword could not see it. Also the kind of fact it was read as
   * asking (`asks`: see `expectedType`; null for none) and whether it was read as plainly asking whether
   * something is so (`whether`: see `plainlyAsksWhether`): two admins (Armenian, Burmese) could not tell why
   * a paragraph's confidence had fallen.
   */
  setAside(question: string, options: AnswerOptions = {}): { lang: string; leftOut: string[]; asks: AnswerType | null; whether: boolean } {
    const readings: WordReading[] = [];
    const { analyzer, tokens, type, plainlyWhether } = this.analyse(question, options, readings);
    // A word read only as part of two ("take" of "take off" → "takeoff") was read too; one read only to be
    // ignored (chat, the asker's own function words: "wann ist raid" asked of English articles) was left out,
    // as the explanation's "Words read: wann (ignored)" says.
    const ignored = new Set(readings.filter((r) => r.how === 'ignored').map((r) => r.word));
    const read = new Set([...analyzer.queryTerms(tokens).map((t) => t.word), ...readings.filter((r) => r.how !== 'ignored').flatMap((r) => r.word.split(' '))]);
    const leftOut = tokens.map((t) => t.word).filter((word) => !read.has(word) || ignored.has(word)).map((word) => asWritten(word, question));
    return { lang: analyzer.lang, leftOut, asks: type, whether: plainlyWhether };
  }

  /** How each word of `question` was read, in order (see `WordReading`): why a word met no article, or met another word. */
  readings(question: string, options: AnswerOptions = {}): WordReading[] {
    const readings: WordReading[] = [];
    this.analyse(question, options, readings);
    // Each word of a pair read as one ("遊 べ"), and a term of Han characters read from the question's own, as typed:
    // a Japanese admin read "遊べ" as "游 べ → 游", in Simplified characters (a VRChat community's trial).
    const typed = (words: string) => words.split(' ').map((word) => asWritten(word, question)).join(' ');
    return readings.map((reading) => ({ ...reading, word: typed(reading.word), term: reading.term === null ? null : typed(reading.term) }));
  }

  /** The answer of one FAQ entry or paragraph by id (for "did you mean" buttons and `/faq` choices). */
  entryAnswer(id: string, question?: string): Answer | null {
    const unit = this.unit(id);
    if (!unit) return null;
    const asked = question ?? (unit.faq ? unit.faq.question.text : unit.article.title);
    // The member's own question, when there is one, picks the quote's context sentence.
    return { ...this.answerFor(unit, asked, null, question === undefined ? undefined : this.analyse(question, {})), confidence: 1, alternatives: [] };
  }

  article(id: string): Article | undefined {
    return this.articlesById.get(id);
  }

  /** FAQ questions matching `query` with typos tolerated; with an empty query, the newest articles' questions. */
  suggestQuestions(query: string, limit = 25): QuestionChoice[] {
    if (!query.trim()) return this.newestFirst().flatMap((a) => a.faq.map((_, i) => this.choice(a, i))).slice(0, limit);
    // Untrimmed: a space after the last word says it is finished (see `Suggester.search`).
    return this.suggest(this.questionMatcher(), query, limit);
  }

  /** Articles whose title matches `query`, typos tolerated; with an empty query, the newest first. */
  suggestArticles(query: string, limit = 25): Article[] {
    if (!query.trim()) return this.newestFirst().slice(0, limit);
    return this.suggest(this.titleMatcher(), query, limit);
  }

  /** Up to `limit` items matching what the member typed, best first, read in the question's language. */
  private suggest<T>(matcher: Suggester<T>, typed: string, limit: number): T[] {
    return matcher.search(typed, this.questionLanguage(typed, {}), limit);
  }

  private questionMatcher(): Suggester<QuestionChoice> {
    return (this.questionSearch ??= drain(this.questionMatching()));
  }

  private titleMatcher(): Suggester<Article> {
    return (this.titleSearch ??= drain(this.titleMatching()));
  }

  /** Autocomplete of FAQ questions, matched on the question and, less, on its article's title. */
  private questionMatching(): Generator<void, Suggester<QuestionChoice>> {
    return Suggester.building(this.stats.faq, this.choiceAt(), (choice) => suggestionFields(analyzerFor(this.unit(choice.id)!.article.lang), choice.question, choice.article));
  }

  /** Autocomplete of article titles, matched on the title and tags and, less, on the id. */
  private titleMatching(): Generator<void, Suggester<Article>> {
    return Suggester.building(this.articles.length, (n) => this.articles[n]!, (article) => suggestionFields(analyzerFor(article.lang), [article.title, ...article.tags].join(' '), article.id));
  }

  /** The n-th FAQ question in article order, as a choice, by `n` (made on each call; see `Suggester`). */
  private choiceAt(): (n: number) => QuestionChoice {
    // Per article, the number of its first FAQ entry (one more: the total), searched by bisection.
    const firsts = new Int32Array(this.articles.length + 1);
    this.articles.forEach((article, a) => (firsts[a + 1] = firsts[a]! + article.faq.length));
    return (n) => {
      let lo = 0;
      let hi = this.articles.length - 1;
      while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if (firsts[mid]! <= n) lo = mid;
        else hi = mid - 1;
      }
      return this.choice(this.articles[lo]!, n - firsts[lo]!);
    };
  }

  private choice(article: Article, i: number): QuestionChoice {
    return { id: faqId(article, i), question: article.faq[i]!.question.text, article: article.title };
  }

  private newestFirst(): Article[] {
    return [...this.articles].sort(byNewest);
  }

  /**
   * The analyzer of the question's language: the caller's `lang`; else, when the articles are in several
   * languages, the one `detectLanguage` reads in the question (the asker's `locales` as hints) if an
   * article is in it, else the first of `locales` an article is in whose script the question is written
   * in (see `fitsScript`), else Chinese for Han without kana or hangul where an article is in Chinese, else
   * the language most articles are in, unless the question is written in another script, then the first
   * article language whose script it is. A monolingual index never
   * guesses: a short English question read as Dutch would lose its stems. The script decides where eld
   * reads no language of the articles: a trial's "能退款吗" (can I get a refund?) and "升级咋弄啊", four
   * Han characters or five that eld cannot place, were read as English beside English articles, their
   * Chinese particles counted as words no article uses.
   */
  private questionLanguage(question: string, options: AnswerOptions): Analyzer {
    if (options.lang) return analyzerFor(options.lang);
    if (this.languages.size > 1) {
      const romanised = this.romanisedLanguage(question);
      if (romanised !== null) return analyzerFor(romanised);
      const found = detectLanguage(question, { hints: options.locales }).lang;
      if (found !== 'und' && this.languages.has(analyzerFor(found).lang)) return analyzerFor(found);
      const written = (lang: string) => this.languages.has(lang) && fitsScript(question, lang);
      for (const tag of options.locales ?? []) if (written(analyzerFor(tag).lang)) return analyzerFor(tag);
      // Han without kana or hangul is Chinese before it is Japanese or Korean, whatever most articles are in.
      if (HAN_ONLY.test(question) && this.languages.has('zh')) return analyzerFor('zh');
      if (!written(this.language)) for (const lang of this.languages) if (written(lang)) return analyzerFor(lang);
    }
    return analyzerFor(this.language);
  }

  /**
   * Greek, Russian, Ukrainian, Bulgarian, Serbian, Kazakh, Mongolian, Georgian or Armenian (ROMANISED), where the articles are in several languages and `question` is
   * typed wholly in Latin letters as Greeklish or translit (see latin-typed.ts, romanised.ts): the one that
   * reads the most of its words as the articles' words or its function words, if more than as typed and two at least. Language detection takes such a question for
   * English or none ("poso kostizei to vip" of Greek and English articles was read as English, its words all
   * unknown). Null otherwise.
   */
  private romanisedLanguage(question: string): string | null {
    if (NOT_LATIN.test(question) || !LETTER.test(question) || !ROMANISED.some((lang) => this.languages.has(lang))) return null;
    const english = analyzerFor('en');
    const words = question.toLowerCase().match(LATIN_TYPED_WORD) ?? [];
    const asTyped = words.filter((word) => this.index.termId(word) !== undefined || this.index.termId(english.stemOnce(word)) !== undefined).length;
    // A word read as one of the language's terms or, where it is no English one, as one of its stopwords ("poso", "einai", "kak").
    // Russian first: on a tie it wins, as Ukrainian reads the Russian words its members mix in ("kogda", "kak").
    const reads: [string, (word: string) => boolean][] = [
      ['ru', (word) => cyrillicSpellings(word).some((spelling) => this.index.termId(analyzerFor('ru').stemOnce(spelling)) !== undefined)],
      ...ROMANISED.filter(readsLatinTyped).map((lang): [string, (word: string) => boolean] => [lang, (word) => this.romanisedTerm(word, lang, analyzerFor(lang)) !== undefined]),
    ];
    let best: { lang: string; words: number } | null = null;
    for (const [lang, read] of reads) {
      if (!this.languages.has(lang)) continue;
      const native = analyzerFor(lang);
      const stopword = (word: string) => !english.isStopword(word) && functionWordSpelling(word, native) !== undefined;
      const nativeWords = words.filter((word) => read(word) || stopword(word)).length;
      if (nativeWords >= 2 && nativeWords > asTyped && nativeWords > (best?.words ?? 0)) best = { lang, words: nativeWords };
    }
    return best?.lang ?? null;
  }

  /** Registers an article's units (document numbers follow their order), `index` adding each to the postings first. */
  private addArticle(article: Article, index?: (unit: Unit) => void): void {
    const start = this.units.length;
    for (const unit of unitsOf(article, this.phrasingSets!, start)) {
      index?.(unit);
      this.units.push(unit);
    }
    this.ranges.set(article.id, [start, this.units.length]);
  }

  /**
   * The unit of id `id` (an FAQ entry's: its question's), found among its article's (see `faqId`): a map
   * of every unit by id cost a build at 100k paragraphs a thirtieth of its time, for a lookup per button.
   */
  private unit(id: string): Unit | undefined {
    const range = this.ranges.get(articleIdOf(id));
    if (!range) return undefined;
    for (let doc = range[0]; doc < range[1]; doc++) if (this.units[doc]!.id === id) return this.units[doc];
    return undefined;
  }

  /**
   * The question analysed once: its terms with typos corrected, and the idf the whole question would weigh
   * if every word were found: `known` for words the corpus has, `unknown` for the rest. A word the corpus
   * never uses weighs as much as its rarest word, so a question about something else ("the weather in
   * Paris") cannot be covered by its one common word. With `readAs`, each word's reading is pushed there
   * too (see `readings`).
   */
  private analyse(asTyped: string, options: AnswerOptions, readAs?: WordReading[]): Query {
    const typed = halfWidth(asTyped); // "？", "ｉＰｈｏｎｅ１２" read as ASCII by every stage (see `halfWidth`)
    const analyzer = this.questionLanguage(typed, options);
    const { chatter, smallTalk } = this.chatterAnswered();
    const dropsChatter = !chatter.has(analyzer.lang);
    // A word the articles write, as typed or as its term ("datoen" is "dato"'s).
    const written = (word: string) => this.index.termId(word) !== undefined || this.index.termId(analyzer.contentTerm(word.toLowerCase()) ?? '') !== undefined;
    // Hiragana typed for the articles' katakana ("ふりーたいむ" for "フリータイム"; see kana.ts).
    const kana = analyzer.lang === 'ja' ? katakanaSpelled(typed, this.katakanaWords(), (piece) => written(piece) || analyzer.isStopword(piece)) : typed;
    const respelled = analyzer.respelled(kana, written);
    const unframed = dropsChatter ? withoutChatter(respelled, analyzer.lang) : respelled;
    // Small talk asks the articles nothing, unless an FAQ entry is small talk of its kind (a support bot's
    // "Who are you?"); read without its chatter where the index keeps chatter too ("hi, test test").
    const talk = smallTalkOf(dropsChatter ? unframed : withoutChatter(respelled, analyzer.lang), analyzer.lang);
    const question = talk && !smallTalk.get(analyzer.lang)?.has(talk) ? '' : unframed;
    const tokens = analyzer.tokens(question);
    const list = tokens.map((t) => t.word);
    // Russian, Ukrainian, Bulgarian, Serbian, Kazakh, Mongolian, Georgian, Armenian or Greek typed in Latin letters, wholly: a Latin word among Cyrillic or Greek ones is
    // a name or a loanword ("pro", "data", "server").
    const script = OWN_SCRIPT[analyzer.lang];
    const romanised = script && !script.test(question) ? analyzer.lang : null;
    // Its question words read in their own script, as the patterns of the kinds of fact are written ("koly" → "коли"); Greek's patterns read Greeklish.
    const asked = romanised !== null && romanised !== 'el' ? functionWordsSpelled(question, analyzer) : question;
    const type = expectedType(asked, analyzer.lang);
    const query: Query = { text: question, analyzer, terms: [], stems: [], asked: [], idfs: [], known: 0, unknown: 0, joins: [], numbers: 0, unknownNumbers: 0, unknownIdentifiers: 0, unknownDotted: 0, knownExact: [], named: [], codeNames: [...new Set(writtenCodeNames(question))], whether: asksWhether(asked, analyzer.lang), plainlyWhether: plainlyAsksWhether(asked, analyzer.lang), tokens, type, opens: type && openingType(asked, analyzer.lang), corrected: 0, trigrams: null, counts: null, held: null, decades: splitDecades(question), quantities: [], clocks: 0, counter: type === 'number' ? askedCounter(question, analyzer.lang) : null, separated: separatedVerbs(question, analyzer) };
    // The asker's own languages, when no article is in them: a function word of theirs the articles lack
    // ("ist" of "Was ist Mythos?" asked of English articles) is no topic the articles miss.
    const spoken = spokenFunctionWords(question, (options.locales ?? []).map((tag) => analyzerFor(tag)).filter((other) => other.lang !== analyzer.lang && !this.languages.has(other.lang)));
    // Function words typed without their diacritics ("nar", "ar": see `Analyzer.isUnaccentedFunctionWord`), read
    // as such where the word before allows it, and in no join with the next word ("nar ar" is no "narar", which
    // the stemmer cuts to the articles' "når").
    const unaccentedFunction = new Set(list.filter((word, i) => analyzer.isUnaccentedFunctionWord(word, list[i - 1])));
    // Per word, the term the corpus writes it and the next word as, if any ("log in" → "login").
    const joins = list.map((word, i) => (i + 1 < list.length && !unaccentedFunction.has(word) && !unaccentedFunction.has(list[i + 1]!) ? this.joinedTerm(list, i, analyzer) : undefined));
    const spellings = spellingGroups(tokens, (i) => joins[i] !== undefined);
    // Per group, what the words the corpus lacks weigh in each reading (written as one: null until read).
    const missing = spellings.joined.map((known) => ({ apart: 0, joined: known ? 0 : (null as number | null) }));
    // Words offered as alternatives ("copilot/chatgpt"), each group's known once one of them is.
    const alternatives = slashAlternatives(question, analyzer);
    const answered = new Set<number>();
    const unanswered = new Set<number>();
    // The question's numbers with the words beside them and the amounts they are (see `numberWords`), read
    // once for `askersDetails`, `knownExact`, the asker's quantities and `named`; each amount by its number.
    const beside = DIGIT.test(question) ? numberWords(question) : [];
    const amountOf = new Map(beside.flatMap(({ amount }) => (amount === null ? [] : [[amount.slice(0, -1), amount] as const])));
    const details = this.askersDetails(question, analyzer, type, beside, amountOf);
    // A count in figures the articles write in words ("5 grace days" of "five grace days"), by the figure.
    const counts = new Map<string, number>();
    tokens.forEach(({ word }, i) => {
      if (!DIGITS.test(word) || counts.has(word)) return;
      // The word it counts: the next that is no stopword ("3 more friends").
      const after = tokens.slice(i + 1, i + 1 + COUNT_REACH).find((t) => !analyzer.isStopword(t.word))?.word;
      const id = after === undefined ? undefined : this.countWritten(word, after, analyzer);
      if (id !== undefined) counts.set(word, id);
    });
    // Per term of the question's words, the terms it was asked as: what a join is read by (see `Join`).
    // By term, as `queryTerms` gives a term once, with its first word ("offices office hours").
    const askedAs = new Map<string, number[]>();
    // Per word of a question typed in Latin letters (`romanised`), how its language's script writes it (see `Query.spelled`).
    const spelled = new Map<string, string>();
    const kindWords = askedKindWords(list, type, analyzer, (word) => this.index.termId(analyzer.stemOnce(word)) !== undefined, (words) => this.phrasingWrites(words, analyzer));
    for (const { word, term, joined } of analyzer.queryTerms(tokens)) {
      if (kindWords.has(word) || (dropsChatter && analyzer.isChatWord(word, question, typed) && !(analyzer.isChatUnlessWritten(word) && this.index.termId(term) !== undefined))) {
        readAs?.push({ word, term: null, how: 'ignored' });
        continue;
      }
      query.stems.push(term);
      const found = this.index.termId(term) ?? this.index.termId(word);
      // English chat's clipping of words the articles write ("lvl", "vc"), where they lack it as typed, in the
      // plural or singular ("dm" where they write "DMs", which Porter2 leaves "dms"). Read as both where they
      // write it too, as an abbreviation is (see `longFormOf`), it lost the FAQ entry that writes it: "cant
      // join vc help" met "Voice chat gives 10 XP" (a streamer's server trial).
      const clipped = found === undefined ? analyzer.unclipped(word, question, term) : [];
      const longWords = clipped.length && !this.writesNumberOf(word) ? clipped : [];
      const longTerms = longWords.map((long) => this.index.termId(analyzer.stem(long)));
      const longIds = longTerms.filter((id) => id !== undefined);
      // Read so only where the articles write its last word, a compound's head ("address" of "ip address"):
      // "nz" is no "new" alone (a review).
      if (longTerms.at(-1) !== undefined) {
        readAs?.push({ word, term: longIds.map((id) => this.index.term(id)).join(' + '), how: 'related' });
        for (const id of longIds) this.ask(query, id, 1);
        askedAs.set(term, longIds);
        continue;
      }
      // Before typo correction, which would read "wheere" as "wheel": a stopword, typed so, is no topic word.
      const functionWord = found === undefined && romanised !== null ? functionWordSpelling(word, analyzer) : undefined;
      if (functionWord !== undefined) spelled.set(word, functionWord);
      if ((found === undefined && (analyzer.isMistypedStopword(word) || functionWord !== undefined)) || unaccentedFunction.has(word)) {
        readAs?.push({ word, term: null, how: 'ignored' });
        continue;
      }
      // Typed in Latin letters, the articles' word it spells, weighed as a corrected word: a Greeklish word read so
      // with its full weight answered an out-of-scope question ("poso kostizei to parking") of the Greek trial.
      const native = found === undefined && romanised !== null ? this.romanisedTerm(word, romanised, analyzer) : undefined;
      if (native !== undefined) {
        spelled.set(word, this.index.term(native));
        readAs?.push({ word, term: this.index.term(native), how: 'related' });
        query.corrected++;
        this.ask(query, native, CORRECTED_WEIGHT);
        askedAs.set(term, [native]);
        continue;
      }
      // An English word typed in Latin letters where the articles write it in their own script ("lobby",
      // "लॉबी"; see loanwords.ts), weighed as a corrected word, as a word read from another spelling is.
      const loan = found === undefined && romanised === null && writesLoans(analyzer.lang) ? this.loanTerm(word, analyzer.lang) : undefined;
      if (loan !== undefined) {
        readAs?.push({ word, term: this.index.term(loan), how: 'related' });
        query.corrected++;
        this.ask(query, loan, CORRECTED_WEIGHT);
        askedAs.set(term, [loan]);
        continue;
      }
      // Typed without its diacritics: the articles' word written so without its own, else a stopword typed so
      // ("khong"), but in capitals, as a stopword so is a name ("Mennyi RAM-ja van a szervernek?" read "RAM"
      // as Hungarian "rám", on me, and was answered at 1.00 from the players' limit; a Hungarian trial).
      const unaccented = found === undefined && ASCII_WORD.test(word) ? this.unaccented(word, analyzer) : undefined;
      if (found === undefined && unaccented === undefined && analyzer.isUnaccentedStopword(word) && !tokens.some((t) => t.acronym && t.word === word)) {
        readAs?.push({ word, term: null, how: 'ignored' });
        continue;
      }
      const long = found !== undefined && analyzer.english && INITIALS.test(word) && !analyzer.isStopword(word) ? this.longFormOf(word, found, analyzer) : undefined;
      if (long !== undefined) {
        // Read as both: the articles' rare abbreviation still ranks the units that write it, but coverage
        // (and so confidence) is of the long form, as a unit writing either states the same thing.
        readAs?.push({ word, term: `${this.index.term(found!)} + ${this.index.term(long)}`, how: 'related' });
        this.ask(query, long, 1);
        this.ask(query, found!, 1, 0);
        askedAs.set(term, [long]);
        continue;
      }
      const own = found !== undefined && this.termLanguages?.othersOnly(found, analyzer.lang) ? this.typoOf(word, term, analyzer, true) : undefined;
      const exact = own === undefined ? (found ?? this.inOtherLanguage(word, analyzer)) : undefined;
      // A clipping is no typo: "nite" is no "note" where the articles lack "night".
      const id = exact ?? own ?? (unaccented === undefined && !longWords.length ? this.typoOf(word, term, analyzer, false) : undefined);
      const count = counts.get(word);
      const ids = id !== undefined ? [id] : unaccented !== undefined ? [unaccented] : count !== undefined ? [count] : this.otherForms(term, analyzer, word, question);
      if (!ids.length) {
        // A hyphenated run written as one word ("14-åring" as "14åring") that nothing reads: its parts are read
        // on their own, so it is no further unknown word (a Swedish trial's "Får en 14-åring följa med" counted
        // "14åring" and "åring" both against every answer).
        const ignored = analyzer.isMistypedQuestionWord(word) || spoken(word) || details.has(word) || LETTERED_IDENTIFIER.test(word) || joined;
        readAs?.push({ word, term: null, how: ignored ? 'ignored' : 'unknown' });
        if (ignored) continue;
        const alternative = alternatives.get(word);
        if (alternative !== undefined) {
          unanswered.add(alternative);
          continue;
        }
        const spelling = spellings.of.get(word);
        const readings = spelling && missing[spelling.group]!;
        if (!readings) query.unknown += this.index.rarestIdf;
        else if (spelling.joined) readings.joined = (readings.joined ?? 0) + this.index.rarestIdf;
        else readings.apart += this.index.rarestIdf;
        continue;
      }
      const alternative = alternatives.get(word);
      if (alternative !== undefined) answered.add(alternative);
      const spelling = spellings.of.get(word);
      if (spelling?.joined) missing[spelling.group]!.joined ??= 0;
      if (exact === undefined) query.corrected++;
      readAs?.push({ word, term: ids.map((found) => this.index.term(found)).join(' + '), how: exact !== undefined ? 'as written' : id !== undefined ? 'corrected' : 'related' });
      for (const found of ids) this.ask(query, found, exact === undefined ? CORRECTED_WEIGHT : 1);
      askedAs.set(term, ids);
      // A compound the corpus writes is asked as its parts too, as the articles' compounds are indexed.
      if (exact !== undefined) for (const part of this.compoundParts(term, analyzer) ?? []) this.ask(query, part, 1);
    }
    if (spelled.size) query.spelled = respelledWords(question, (word) => spelled.get(word));
    // Two words the corpus writes as one are asked as that word too.
    joins.forEach((id, i) => {
      if (id === undefined) return;
      this.ask(query, id, 1);
      const at = query.asked.indexOf(id);
      const [first, second] = [list[i]!, list[i + 1]!].map((word) => askedAs.get(analyzer.contentTerm(word) ?? '') ?? []) as [number[], number[]];
      const parts = [...new Set([...first, ...second])].map((part) => query.asked.indexOf(part));
      readAs?.push({ word: `${list[i]} ${list[i + 1]}`, term: this.index.term(id), how: 'related' });
      // A word said twice ("tom tom") is no two words apart: holding it once says nothing of the joined word.
      const apart = first.length > 0 && second.length > 0 && !first.some((part) => second.includes(part));
      if (parts.length && !parts.includes(at)) query.joins.push({ at, parts, apart });
    });
    // A verb and its particle written apart ("Wie melde ich mich für die Jugendgruppe an?") are asked as the
    // word they make where the articles write it ("anmelden", "Anmeldung"), counting nothing more toward
    // coverage than the verb; where they write the verb too (not "holt … ab" of "abgeholtem" alone: read so, a
    // fixture site's uncovered "Holt ihr auch Essen bei Restaurants ab?" was answered).
    for (const { verb, particle } of query.separated) {
      const id = this.index.termId(analyzer.contentTerm(`${particle}${verb}`) ?? '');
      if (id === undefined || query.asked.includes(id) || this.index.termId(analyzer.contentTerm(verb) ?? '') === undefined) continue;
      readAs?.push({ word: `${verb} ${particle}`, term: this.index.term(id), how: 'related' });
      this.ask(query, id, 1, 0);
    }
    for (const { apart, joined } of missing) query.unknown += Math.min(apart, joined ?? apart);
    // Of alternatives the articles lack all of, one counts: the question asks about one thing.
    for (const group of unanswered) if (!answered.has(group)) query.unknown += this.index.rarestIdf;
    if (readAs) {
      dropReadApart(readAs, (word) => spellings.of.get(word), missing);
      for (const reading of readAs) if (reading.how === 'unknown' && answered.has(alternatives.get(reading.word) ?? -1)) reading.how = 'ignored';
    }
    query.corrected /= query.terms.length || 1;
    const numbers = new Set(writtenNumbers(question));
    if (type && sameKind(type, 'amount') && analyzer.english) for (const guess of offeredAmounts(question)) numbers.delete(guess);
    query.numbers = numbers.size;
    // A word beside a number, as a term: null for none or a stopword ("im 15" names nothing).
    const wordTerm = (word: string | null) => (word === null || analyzer.isStopword(analyzer.lowerCase(word)) ? null : analyzer.stem(analyzer.lowerCase(word)));
    // What names an unknown number: the word before it, where the articles write that word before numbers
    // ("terminal" of "Terminal 4"; not "age" of "age 15", "rank" of "rank 25").
    const nameOf = (number: string) => {
      let name: string | null = null;
      for (const words of beside) {
        const term = words.number === number ? wordTerm(words.before) : null;
        if (term !== null && this.namedWith(term, () => true)) name = term;
      }
      return name;
    };
    // Whether the word after a number is one the articles write after numbers, what it counts ("1800 elo" of
    // "2,000 ELO"): a year's digits so are a quantity, else a year ("in 2021", "the 2021 summer tournament").
    const counted = (number: string) =>
      beside.some((words) => {
        const term = words.number === number ? wordTerm(words.after) : null;
        return term !== null && this.countsAfterNumbers(term);
      });
    // An identifier of a series the articles name ("FS-15" where they write "FS-14" and "DS-9") asks for
    // one they do not write, whatever else they number 15: none answers it, as none answers "Terminal 4".
    const unwrittenIdentifier = (number: string) =>
      beside.some(({ before, joined, number: named }) => {
        const term = joined && named === number ? wordTerm(before) : null;
        return term !== null && this.namedWith(term, () => true) && !this.namesNumber(term, number) && !this.writesIdentifier(term, before!, number);
      });
    // A clock's hours and minutes ("raid at 22:00 today?", "9 pm") are no quantity of the asker's: read where an unknown number asks.
    let clock: Set<string> | undefined;
    const onClock = (number: string) => (clock ??= new Set([...question.matchAll(CLOCK)].flatMap((match) => [match[1]!, match[2]!].filter(Boolean)))).has(number);
    for (const number of numbers) {
      // A count the articles write in words is no number they lack ("5" of "five").
      if ((this.numbersWritten().has(number) && !unwrittenIdentifier(number)) || counts.has(number)) {
        // Asked whether it costs that much, a unit stating its own amount answers: no, this much.
        const exact = (query.whether ? undefined : amountOf.get(number)) ?? (number.includes('.') ? number : undefined);
        if (exact !== undefined) query.knownExact.push(exact);
        continue;
      }
      query.unknownNumbers++;
      if (details.has(number)) query.unknownIdentifiers++;
      if (number.includes('.')) {
        query.unknownDotted++;
        // A decimal may be a measure as well as a version ("my rating dropped to 4.4", "an order 1.5 miles away").
        if (DECIMAL.test(number) && !details.has(number) && !amountOf.has(number)) query.quantities.push({ number, name: nameOf(number), decimalBound: !counted(number) });
      } else if (onClock(number)) query.clocks++;
      // A price asked ("…cost at €999?") is no measure of the asker's: an amount is what an entry states (see `NumberWords.amount`).
      else if (!details.has(number) && !amountOf.has(number) && !(RECENT_YEAR.test(number) && !counted(number))) query.quantities.push({ number, name: nameOf(number) });
    }
    // A letter of a series the articles name ("A-Jugend" where they write "C-Jugend" and "E-Jugend") asks for
    // one they do not write, as "Terminal 4" does: only the letter tells the teams apart.
    for (const [, letter, apart, word] of analyzer.lowerCase(question).matchAll(LETTERED_WORD)) {
      if (!this.seriesLetter(letter!, word!, analyzer, { apart: !/\p{Pd}/u.test(apart!), unwritten: true })) continue;
      query.numbers++;
      query.unknownNumbers++;
    }
    for (const { before, number } of beside) {
      if (before === null) continue;
      const name = analyzer.lowerCase(before);
      if (!number.includes('.') && this.numbersWritten().has(number) && !analyzer.isStopword(name)) query.named.push([analyzer.stem(name), number]);
    }
    return query;
  }

  /**
   * Whether `letter` before `word` (lower-cased; typed `apart` or with a hyphen) names one of a series the
   * articles write as a letter, a hyphen and that word ("C-Jugend", "E-Jugend"): with `unwritten`, one they
   * do not write (a series they write with two other letters at least), else one they write. A German
   * sports club's trial (round BF) asked "wo trainiert die c jugend", the letter a stopword, and "Wann
   * trainiert die A-Jugend?", a team it has not: both were answered at 1.00 from another team's times,
   * "Jugend" all that was read. Only in the languages of LETTER_WORDS, and typed apart only where the letter
   * is no word of its own ("a team"). Read once per letter and word, from the units holding the word (see
   * `someUnitHolding`).
   */
  private seriesLetter(letter: string, word: string, analyzer: Analyzer, { apart, unwritten }: { apart: boolean; unwritten: boolean }): boolean {
    const words = LETTER_WORDS[analyzer.lang];
    if (words === undefined || !/^[a-z]$/.test(letter) || (apart && words.includes(letter))) return false;
    const term = analyzer.contentTerm(word);
    if (term === null || this.index.termId(term) === undefined) return false;
    if ((this.index.termId(analyzer.stemOnce(letter + word)) !== undefined) === unwritten) return false;
    return this.writtenJoins.get(`l\u0000${unwritten}\u0000${letter}\u0000${word}`, () => {
      const written = new RegExp(`(?<![\\p{L}\\p{N}])([a-z])\\p{Pd}${escapeRegExp(word)}`, 'gu');
      const others = new Set<string>();
      // A series is two other letters at least: one ("e-prescription", "E-Mail") is a word of its own.
      return this.someUnitHolding(term, (unit) =>
        statedTexts(unit).some((text) => {
          for (const [, found] of analyzer.lowerCase(text).matchAll(written)) {
            if (!unwritten && found === letter) return true;
            if (unwritten && found !== letter) others.add(found!);
          }
          return others.size >= 2;
        }),
      );
    });
  }

  /**
   * The term the corpus writes words `i` and `i + 1` of `words` as, joined ("log in" → "login"), stopwords
   * included; never for two stopwords, whose joining makes another word of the language (German "an der"
   * → "ander", other), nor for a one-letter stopword and a word the corpus knows: Russian "в Новом" (in the
   * New…) read as "вновь" (anew); XQuAD ru plain abstained 0.031 → 0.029, nothing else moved; unless it is
   * a letter of a series the articles write so, with a hyphen ("c jugend" of "C-Jugend": see
   * `seriesLetter`). A known word only: "i ndia" is still "india" (a HINT3 query). Nor, but in English,
   * for a longer stopword and any
   * word: a preposition there is a prefix of another word (a Polish roleplay server's trial: "da się grać
   * na padzie?", on a gamepad, read as "napadzie", a heist), where English writes its compounds of them
   * apart too ("in box", "with draw", "up load"); in English, nor for a possessive determiner (an
   * open-source server's trial: "can i sell my plugin" read as the path "./my-plugin"), and for a question
   * word only into a word an article writes beginning with the two ("where abouts" is "whereabouts"; "who
   * led" was read as "whole", of "wholed", in four of XQuAD's English dev questions). npm run
   * bench:quality: words per quote alone moved, in XQuAD's other languages. In English, else the term that is the first word's
   * stem followed by a particle (see PARTICLES): an inflected verb and its particle ("backing up", "logged
   * in", "setting up"), whose inflection the stemmer cannot find inside the joined word ("backingup"), are
   * the noun the articles write ("backup", "login"). That term as it is, not stemmed again: "analysis on"
   * is no "analys" (of "analysed"), nor "listing all" "listal". In every language, stemmed again and after
   * any word, it cost XQuAD ar plain answer in quote 0.873 → 0.869 and tr 0.873 → 0.871 (a stem and the
   * next word made another word's stem). Nor where stemming the two joined took off the second and cut
   * into the first, which finds another word: "франции вне" (outside France) is no "франци" (of "Франциск",
   * Francis), "auto w" no "aut". Outside English, nor for a word and a stopword after it, but an English
   * particle or "by": Spanish "bot se" is no "bots", "pasar el" no "pasarel", "fin de" no the "find" of a
   * command, "par que" no "parque", Italian "ban che" no "banche", Polish "gra nie" no "granie"; German "check
   * in" and "stand by" are still "checkin" and "standby". In English, such a join only into a word an article
   * writes beginning with the two: "every one", "round about", "else where" are "everyone", "roundabout",
   * "elsewhere", but "part is" is no "party" ("I didn't get a part, is there another way to be involved?" got
   * the cast party's fee at 0.83, a theatre company's trial; refused outright, "is every one welcome" lost
   * "Everyone is welcome…", a review). French "rendez vous" is no longer
   * "rendezvous": refusing only stopwords of one or two letters kept it, and brought back the longer ones'
   * wrong joins. npm run bench:quality: XQuAD el paragraph@1 and answer in quote +0.2 points in both modes,
   * ro plain +0.2; trials 2 wrong answers fewer. Two numbers join only as a figure's groups of thousands
   * ("10 000"): a version is split at its dots, and "1.4.0" was read as "14" and "40", meeting other figures (a game
   * studio's trial: "can i downgrade to 1.4.0" got the paragraph on burn damage "from 40 to 32").
   */
  private joinedTerm(words: readonly string[], i: number, analyzer: Analyzer): number | undefined {
    const first = words[i]!;
    const next = words[i + 1]!;
    const apart = analyzer.english ? ENGLISH_POSSESSIVES.has(first) : first.length > 1;
    if (analyzer.isStopword(first) && (analyzer.isStopword(next) || apart || (first.length === 1 && this.index.termId(analyzer.stem(next)) !== undefined && !this.seriesLetter(first, next, analyzer, { apart: true, unwritten: false })))) return undefined;
    if (FIGURE.test(first) && FIGURE.test(next) && next.length !== 3) return undefined;
    const stopwordAfter = analyzer.isStopword(next) && !PARTICLES.has(next) && next !== 'by';
    if (stopwordAfter && !analyzer.english) return undefined;
    const term = analyzer.stemOnce(first + next);
    // Stemming that took the second word off and cut into the first found another word, not the two joined; so
    // did one that took the first word off as prefixes ("כלב למתנ"ס", a dog to the centre, joined is "כלבלמתנס",
    // which Hebrew's proclitic stripping cut to the centre's "תנס" alone: a Haifa community centre's trial).
    const joined = (term.length >= first.length || term === analyzer.stemOnce(first)) && term !== analyzer.stemOnce(next) ? this.index.termId(term) : undefined;
    const id = joined ?? (analyzer.english && PARTICLES.has(next) ? this.index.termId(analyzer.stemOnce(first) + next) : undefined);
    // A question word, or in English a word and a stopword after it, joins only into a word an article writes
    // so ("where abouts", "who ami", "every one", "round about"): "who led" is no "whole", of "wholed", nor
    // "part is" the "parti" of "party".
    const written =
      id === undefined ||
      !analyzer.english ||
      (!analyzer.isQuestionWord(first) && !stopwordAfter) ||
      // A scan of up to MAX_UNITS_READ units (20 ms at 10k long paragraphs, a review measured): once per join.
      this.writtenJoins.get(`${id}\u0000${first}${next}`, () => this.writesIn(id, analyzer, (text) => lettersOf(text).filter((word) => word.startsWith(first + next))));
    return written ? id : undefined;
  }

  /**
   * The compound an English question's 2 or 3 letters abbreviate (term `own`: the articles write the
   * abbreviation too), as the articles write it more often than the abbreviation (see `longForm`): "fb" →
   * "facebook". An abbreviation the articles never write is left alone: "wa" of "wan't" is no "workaround".
   * Cached per word: a scan of the terms starting with its first letter.
   */
  private longFormOf(word: string, own: number, analyzer: Analyzer): number | undefined {
    let long = this.longForms.get(word);
    if (long === undefined) {
      const known = (part: string) => (this.index.termId(part) ?? this.index.termId(analyzer.stem(part))) !== undefined;
      long = longForm(word, this.index.documentFrequency(own), this.typos.startingWith(word[0]!), (id) => this.index.term(id), known, (id) => this.index.documentFrequency(id)) ?? null;
      this.longForms.set(word, long);
    }
    return long ?? undefined;
  }

  /**
   * The term the articles write a count as where a question writes it in figures (`number`, ASCII digits)
   * and they write it only in words, before `after`, the word the question counts (a token's word, no
   * stopword), within COUNT_REACH words ("5 grace days" of "five grace days", "2 accounts" of "two alt
   * accounts", "3 more friends" of "three more friends", "0 points" of "zero points": a university course's
   * trial asked "got 0 but works on my mac"); see `countWords`. Undefined for any other number, or where no
   * article writes the count word so. Only before the counted word: "season 2", "Level 11" name no count,
   * and read as "two", German "elf" (also the Elf race), they met "Season one…" and the level-10 paragraph
   * where the question abstained (a review). Not the other way: a figure's term is any figure's, a version's
   * "2" of "0.7.2" too ("can two clans team up?" met the mod list's versions, a fixture's honest abstention
   * lost). Not in Arabic, whose "اثنين" (two) is also Monday ("الاثنين"): a study group's "…الساعة 2
   * بالليل؟" (at 2 at night) met the Monday sessions at 0.52, where it abstained at 0.08. A scan of the units
   * holding the count word, once per count word and counted word (see `countedWords`).
   */
  private countWritten(number: string, after: string, analyzer: Analyzer): number | undefined {
    if (analyzer.lang === 'ar') return undefined;
    const counted = analyzer.stemOnce(after);
    // A unit writing the counted word holds its term: the others' texts are not read, but for their heading,
    // whose words the article's title repeats are no terms of theirs (see `headingTerms`) (at 100k
    // paragraphs, "a bed of 6.5 feet x 6 feet" read 512 paragraphs holding "six" in 40 ms). A stopword's stem
    // is no term ("five others" of "five other players"): every text is read then.
    const countedId = this.index.termId(counted);
    if (countedId === undefined && !analyzer.isStopword(counted)) return undefined;
    const texts = (unit: Unit): string[] => {
      if (countedId === undefined || this.index.holding(countedId, unit.doc, unit.doc + 1) > 0) return statedTexts(unit);
      const heading = unit.faq ? null : topicHeading(unit.passage);
      return heading === null ? [] : [heading];
    };
    for (const count of countWords(String(Number(number)), analyzer.lang)) {
      const id = this.index.termId(analyzer.stemOnce(count));
      if (id === undefined) continue;
      const before = (text: string) => {
        const words = lettersOf(analyzer.lowerCase(text));
        for (let i = 0; i + 1 < words.length; i++) if (words[i] === count && words.slice(i + 1, i + 1 + COUNT_REACH).some((word) => analyzer.stemOnce(word) === counted)) return true;
        return false;
      };
      if (this.countedWords.get(`${analyzer.lang}\u0000${count}\u0000${counted}`, () => this.someUnitHolding(this.index.term(id), (unit) => texts(unit).some(before)))) return id;
    }
    return undefined;
  }

  /** Whether the articles write `word` in the other number, as a term: "dms" of "dm", "dm" of "dms". */
  private writesNumberOf(word: string): boolean {
    return this.index.termId(word.endsWith('s') ? word.slice(0, -1) : `${word}s`) !== undefined;
  }

  /** Adds term `id` to `query` with `weight`, counting `idf` toward coverage, unless it is asked already. */
  private ask(query: Query, id: number, weight: number, idf = this.index.idf(id)): void {
    if (query.asked.includes(id)) return;
    query.terms.push({ id, weight });
    query.asked.push(id);
    query.idfs.push(idf);
    query.known += idf;
  }

  /**
   * The known terms of a name and the number typed against it ("android14", "iphone15", "win11") where the
   * articles write them apart ("Android 14"): both, or none when either is unknown. Typed so, the question
   * met no article (a Japanese game site's trial: "Android14で起動しない" abstained, "Android 14" was right).
   */
  private gluedParts(name: string, number: string, analyzer: Analyzer, long?: string): number[] {
    const term = analyzer.stem(long ?? name);
    const nameId = this.index.termId(term);
    const numberId = this.index.termId(number);
    // Only as the articles write the two: "HDR10" is a format of its own where they write "HDR" and "10 bits"
    // apart. Read as the word English's letters stand for ("s5", "v4", "ep3"; see `Analyzer.numberedName`), where the
    // articles write no such letter before the number, the number also by its leading part: "v4" is their
    // "Version 4.0".
    const named = nameId !== undefined && numberId !== undefined && this.namedWith(term, (written) => written === number || (long !== undefined && written.startsWith(`${number}.`)));
    if (named) return [nameId, numberId];
    const word = long === undefined ? analyzer.numberedName(name) : undefined;
    return word === undefined ? [] : this.gluedParts(name, number, analyzer, word);
  }

  /**
   * The two known terms an English word the articles lack is made of, where the articles write the two
   * words apart, one after the other ("savefile" of "save file", "crossplay" of "cross play"): English writes
   * many compounds either way, and a game studio's trial's "where is my savefile on pc" abstained. Read in
   * any language for a word of ASCII letters, as members mix English gaming words into their own ("prizepool"
   * of "prize pool" in an Indonesian league's questions, round V). Parts of
   * MIN_APART_HEAD and MIN_APART_TAIL letters or more, the first cut the articles write so as whole words; or an English verb and its particle,
   * read as the verb ("logout" of "log out", the particle a stopword; see `otherParticle`). The reverse,
   * "save file" asked of articles writing "savefile", is a join (see `joinedTerm`).
   */
  private writtenApart(word: string, analyzer: Analyzer): number[] {
    for (let cut = MIN_APART_HEAD; cut <= word.length - MIN_APART_TAIL; cut++) {
      const head = analyzer.stemOnce(word.slice(0, cut));
      const ids = [this.index.termId(head), this.index.termId(analyzer.stemOnce(word.slice(cut)))];
      if (ids[0] === undefined || ids[1] === undefined) continue;
      // As words, the second in any English inflection ("save files"): "app endpoint" writes no "app end". A word
      // with no digit (see `otherForms`) holds no character a pattern reads otherwise.
      const written = new RegExp(`(?<![\\p{L}\\p{N}])${word.slice(0, cut)} ${word.slice(cut)}(?:s|es|ed|d|ing)?(?![\\p{L}\\p{N}])`, 'u');
      if (this.someUnitHolding(head, (unit) => statedTexts(unit).some((text) => written.test(analyzer.lowerCase(text))))) return ids as number[];
    }
    // An English verb glued to its particle, a stopword ("logout", "signup" of "log out", "sign up"): the verb.
    for (const particle of analyzer.english ? PARTICLE_VERB : []) {
      const verb = word.slice(0, -particle.length);
      if (!word.endsWith(particle) || !PHRASAL_VERBS.has(verb)) continue;
      const stem = analyzer.stemOnce(verb);
      const id = this.index.termId(stem);
      const apart = new RegExp(`(?<![\\p{L}])${verb}[ -]${particle}(?![\\p{L}])`, 'u');
      if (id !== undefined && this.someUnitHolding(stem, (unit) => statedTexts(unit).some((text) => apart.test(analyzer.lowerCase(text))))) return [id];
    }
    return [];
  }

  /**
   * Whether an article writes term `id` after the elided `elided` and its apostrophe, in any form ("l'entretien",
   * "d’otage" of "dotages"): only then is a word the articles lack read as the two glued (see
   * `LanguageSpec.gluedElisions`), as "chaine" is no "c'haine", "livre" no "l'ivre", "coffre" no "c'offre".
   * The first person's "j'" is read before any vowel or h ("jannule" of "tu peux annuler"): articles address
   * the reader, and a French word opens with "j" and a vowel seldom where the rest is a word.
   */
  private writesElided(elided: string, id: number, analyzer: Analyzer): boolean {
    const after = new RegExp(`(?<![\\p{L}])${elided}['’](\\p{L}+)`, 'gu');
    return this.writesIn(id, analyzer, (text) => Array.from(text.matchAll(after), (match) => match[1]!));
  }

  /**
   * Whether an article writes term `id` in a word spelled with `standard` (see `LanguageSpec.chatSpellings`):
   * only then is a chat spelling read as the articles' word. "ستايل" (style) respelled "ستائل" has the term
   * of "التالية" (next), and "المايك" (the mic) that of "الماء" (water), which no article writes with "ائ".
   */
  private writesSpelled(standard: string, id: number, analyzer: Analyzer): boolean {
    return this.writesIn(id, analyzer, (text) => lettersOf(text).filter((word) => word.includes(standard)));
  }

  /**
   * Whether a unit holding term `id` writes it as one of `words` (those a reading takes from a unit's
   * lower-cased stated texts, see `statedTexts`): the check `writesElided` and `writesSpelled` make.
   */
  private writesIn(id: number, analyzer: Analyzer, words: (text: string) => string[]): boolean {
    const writes = (text: string) => words(analyzer.lowerCase(text)).some((word) => this.index.termId(analyzer.stemOnce(word)) === id);
    return this.someUnitHolding(this.index.term(id), (unit) => statedTexts(unit).some(writes));
  }

  /**
   * The known terms of a number and the unit typed against it ("4gb", "2gb", "60fps", "10km") where the
   * articles write the unit apart, right after a number ("4 GB de RAM"): both, the unit alone where no
   * article writes the number ("2gb" of articles writing "4 GB"), none where the articles never write the
   * unit after a number. Typed so, the question met no article (a Brazilian trial's "o modpack roda em pc
   * fraco com 2gb" counted "2gb" against every answer). The reverse, "4 GB" asked of articles writing
   * "4GB", is a join (see `joinedTerm`).
   */
  private unitParts(number: string, unit: string, analyzer: Analyzer): number[] {
    const term = analyzer.stemOnce(unit);
    const unitId = this.index.termId(term);
    if (unitId === undefined || !this.countsAfterNumbers(term)) return [];
    const numberId = this.index.termId(number);
    return numberId === undefined ? [unitId] : [numberId, unitId];
  }

  /**
   * The term of the articles a word of a question typed wholly in Latin letters in `lang` spells: in Russian
   * the Cyrillic word one spells ("kupit" → "купит", see romanised.ts), in Greek and Ukrainian the term a
   * Greeklish or translit word spells ("kostizei" → "κοστ", "koshtuye" → "кошт", see latin-typed.ts), in
   * Bulgarian the stem of a whole spelling ("zlaten" → "златн").
   */
  private romanisedTerm(word: string, lang: string, analyzer: Analyzer): number | undefined {
    if (readsLatinTyped(lang)) {
      const whole = latinTypedWholeSpellings(word, lang);
      if (!whole.length) return latinTypedTerm(word, lang, this.vocabulary);
      // Bulgarian's stems rewrite letters: each whole spelling stemmed as the articles' words are ("zlaten" as
      // "златен", "златн"), the commonest term. Not a beginning with an ending left over, as Greek and
      // Ukrainian are read: "banica" (a pastry) was "бан" + "ica", and answered from the ban rules at 0.82.
      let best: number | undefined;
      for (const spelling of whole) {
        const id = this.index.termId(analyzer.stemOnce(spelling));
        if (id !== undefined && (best === undefined || this.vocabulary.frequency(id) > this.vocabulary.frequency(best))) best = id;
      }
      return best;
    }
    for (const spelling of cyrillicSpellings(word)) {
      const id = this.index.termId(spelling) ?? this.index.termId(analyzer.stemOnce(spelling));
      if (id !== undefined) return id;
    }
    return undefined;
  }

  /**
   * The term of the articles in `lang` an English word typed in Latin letters is written as there, as a
   * loanword in their script (see loanwords.ts): of the terms whose key is one of the word's or of the word
   * without a plural's "s" ("teams", "टीम"), and whose first vowel it may be written with ("kill" is किल, not
   * खेल), the commonest. Keys of a single sound ("kick", "id") are not read: too many words share them. And
   * the other way, the acronym a word of their script spells by the letters' names ("एमवीपी", MVP).
   */
  private loanTerm(word: string, lang: string): number | undefined {
    const { keys, vowels } = this.loanKeysOf(lang);
    const letters = lettersSpelled(word);
    if (letters !== null) return this.index.termId(letters);
    // The likelier vowel first ("season" is "సీజన్", not "సెషన్", session), then the commoner term.
    return this.likeliest(
      [...new Set([word, englishSingular(word)])].flatMap((form) => {
        const classes = englishFirstVowels(form);
        return englishKeys(form).flatMap((key) => (keys.get(key) ?? []).map((id): [number, number] => [id, vowelRank(classes, vowels[id]!)]));
      }),
    );
  }

  /** Of `ranked` loanword readings (a term id and its rank, the lower the likelier; a negative rank rules one out), the likeliest, the commoner term on a tie. */
  private likeliest(ranked: Iterable<readonly [id: number, rank: number]>): number | undefined {
    let best: number | undefined;
    let bestRank = Infinity;
    for (const [id, rank] of ranked) {
      if (rank < 0) continue;
      if (best === undefined || rank < bestRank || (rank === bestRank && this.index.documentFrequency(id) > this.index.documentFrequency(best))) {
        best = id;
        bestRank = rank;
      }
    }
    return best;
  }

  /**
   * The articles' term of Latin letters an English word typed in Cyrillic letters as it sounds stands for,
   * where its spelling back (`spelled`, see `latinSpelling`) is not one: of the terms with one of its
   * loanword keys (see loanwords.ts's `englishKeys`: "зум" "zum" is "zoom", "пайтон" "payton" "python",
   * "гітхаб" "githab" "github") and as many vowel sounds (see `syllableCount`: "макс" is no "macos"), whose
   * first vowel it may be written with ("зум" is no "gym", "торт" no "tart"), the likelier
   * vowel first, then the commoner term, as `loanTerm` ranks. A Ukrainian programming school's trial: "зум",
   * "пайтон", "нік" were words in no article.
   */
  private latinLoan(spelled: string): number | undefined {
    const { keys, vowels, syllables } = this.loanKeysOf(LATIN);
    const vowel = spelledVowels(spelled);
    const count = syllableCount(spelled);
    // Of the vowel classes the spelling may stand for, the likeliest the term is written with (see `vowelRank`).
    const rankOf = (classes: string): number => {
      const ranks = [...vowel].map((v) => vowelRank(classes, v)).filter((r) => r >= 0);
      return ranks.length ? Math.min(...ranks) : vowel && classes ? -1 : classes.length;
    };
    return this.likeliest(englishKeys(spelled).flatMap((key) => (keys.get(key) ?? []).filter((id) => syllables![id] === count).map((id): [number, number] => [id, rankOf(vowels[id]!)])));
  }

  /** The katakana words of the articles, titles and tags (see kana.ts); made on first use or by `warm`. */
  private katakanaWords(): KatakanaWords {
    return (this.katakana ??= katakanaWordsOf(this.index.terms, this.titles.terms));
  }

  /**
   * The terms of `lang`'s script by their loanword key, and each one's first vowel by term id (see
   * `loanTerm`); for LATIN, the terms of Latin letters by their English keys, with their first vowels'
   * classes and vowel sounds (see `latinLoan`). Made on first use or by `warm`.
   */
  private loanKeysOf(lang: string): LoanKeys {
    let loans = this.loanKeys.get(lang);
    if (loans) return loans;
    const latin = lang === LATIN;
    const keys = new Map<string, number[]>();
    const vowels: string[] = [];
    const syllables: number[] | undefined = latin ? [] : undefined;
    this.index.terms.forEach((term, id) => {
      const termKeys = (latin ? englishKeys(term) : loanKeys(term, lang)).filter((key) => key.replace('_', '').length >= MIN_LOAN_KEY);
      if (!termKeys.length) return;
      vowels[id] = latin ? englishFirstVowels(term) : firstVowel(term, lang);
      if (syllables) syllables[id] = syllableCount(term);
      for (const key of termKeys) {
        const same = keys.get(key);
        if (same) same.push(id);
        else keys.set(key, [id]);
      }
    });
    this.loanKeys.set(lang, (loans = { keys, vowels, syllables }));
    return loans;
  }

  /**
   * Where the stemmer leaves a word the corpus lacks, the corpus's form of it: the word without a one-letter
   * proclitic of its language (Arabic "لتوضيح" → "توضيح"), an English term typed in Cyrillic as it sounds
   * ("вип" → "vip", see `latinSpelling`; a Russian trial: 7 right answers more of 234, none lost), a French
   * word glued to an elided one as the articles write them ("lentretien" → "entretien", see `writesElided`), a word ending in two consonants with a final vowel
   * of its language (Turkish "marş" → "marşı": see `LanguageSpec.finalVowels`), an English word without a prefix (see
   * `unprefixed`: "interdependencies" → "depend"), in a language that compounds the two known terms
   * a compound is made of ("Probleminstanz" → "probl" + "instanz": see `compoundParts`), else the known term
   * sharing the longest prefix with it (another inflection the stemmer left), of at least MIN_SHARED_PREFIX
   * letters (MIN_ENGLISH_SHARED_PREFIX in English) and SHARED_PREFIX_SHARE of the shorter word
   * ("Passierschein" is not "Passwort"). In English, whose lemmatiser and Porter2 stemmer meet the
   * inflections, what is left are derived forms Porter2 keeps apart ("septicemia" and "septicemic",
   * "starter" and "start"), and the prefix must also make
   * ENGLISH_SHARED_PREFIX_SHARE of the longer word: English writes a compound as one word ("sourdough" is
   * not "sour"). On XQuAD's English dev split (npm run bench:quality) paragraph@1 0.928 → 0.933 plain,
   * 0.929 → 0.935 FAQ mode; StackFAQ zero-shot dev P@1 0.797 → 0.800 (with a share of 0.6). A word of Han
   * characters gets its parts instead (see `hanParts`), and before the prefix a compounding language tries
   * the compounds the word ends (see `compoundEndingIn`). There, no term spelled as a stopword is the prefix
   * form, as no stopword is a compound's part (see `Decompounder`): stopwords open many compounds
   * ("Nachteilsausgleich" was read as "nach", the stem of "nächsten"). A term only another language's
   * articles use must make ENGLISH_SHARED_PREFIX_SHARE of the longer word too: a cognate ("results" of the
   * French "résultats") is worth finding, a false friend sharing four letters is not (a French trial's
   * "comment refuser les cookies ?" was answered from an English paragraph on refunds).
   */
  private otherForms(term: string, analyzer: Analyzer, word: string, question: string): number[] {
    const glued = GLUED_NUMBER.exec(term);
    if (glued && (glued[1]!.length > 1 || analyzer.numberedName(glued[1]!) !== undefined)) return this.gluedParts(glued[1]!, glued[2]!, analyzer);
    const measured = NUMBER_UNIT.exec(term);
    if (measured) return this.unitParts(measured[1]!, measured[2]!, analyzer);
    // An age group ("over-65s", "under-14s") is its age, where the articles write it ("aged 65 and over").
    const group = analyzer.english ? AGE_GROUP.exec(term) : null;
    if (group) {
      const age = this.index.termId(group[1]!);
      return age === undefined ? [] : [age];
    }
    const known = (part: string) => this.index.termId(part) ?? this.index.termId(analyzer.stemOnce(part));
    for (const other of analyzer.ordinalForms(word, term)) {
      const written = known(other);
      if (written !== undefined) return [written];
    }
    // A month typed short beside a day's figure ("el 2 de nov", "16 sept") where the articles write its name
    // (see `monthNamed`, `besideDay`). Not elsewhere: Norwegian "jul" is Christmas too ("nar kommer nye
    // drakter til jul", a fixture's uncovered question, was answered at 0.36 when read as July).
    // The table's lookup first: the pattern is made for a word that abbreviates a month.
    const month = monthNamed(word, analyzer.lang);
    const named = month !== undefined && besideDay(word, question) ? known(month) : undefined;
    if (named !== undefined) return [named];
    const currency = CURRENCY_CODES.get(word);
    const written = currency === undefined ? undefined : known(currency);
    if (written !== undefined) return [written];
    if (/\d/.test(term) || term.length > MAX_WORD_LENGTH) return [];
    // An acronym's plural typed in lower case ("mps", "vms") where the articles write only the acronym ("MP").
    if (ACRONYM_PLURAL.test(word) && !NO_ACRONYM_PLURALS.has(word)) {
      const single = this.index.termId(word.slice(0, -1));
      if (single !== undefined && this.writtenInCapitals(single, word.slice(0, -1))) return [single];
    }
    // An acronym used as an English verb ("rsvped", "dming") where the articles write only the acronym, in capitals.
    const verbed = analyzer.english ? ACRONYM_VERB.exec(word) : null;
    if (verbed && !ENGLISH_ONSETS.has(verbed[1]!)) {
      const acronym = this.index.termId(verbed[1]!);
      if (acronym !== undefined && this.writtenInCapitals(acronym, verbed[1]!)) return [acronym];
    }
    // A name the articles write only with its plus sign (see tokenize.ts's PLUS_NAME): "is disney included"
    // of articles on "Disney+" (0.116 with it unknown).
    const plussed = this.index.termId(`${word}plus`);
    if (plussed !== undefined) return [plussed];
    if (analyzer.proclitics.includes(term[0]!) && term.length > MIN_PROCLITIC_REST) {
      const id = known(term.slice(1));
      if (id !== undefined) return [id];
    }
    for (const elided of analyzer.gluedElisions) {
      const rest = word.startsWith(elided) ? word.slice(elided.length) : '';
      const id = rest.length >= MIN_PROCLITIC_REST ? known(rest) : undefined;
      if (id !== undefined && (elided === 'j' ? VOWEL_OR_H.test(rest) : this.writesElided(elided, id, analyzer))) return [id];
    }
    // Chat's spellings of a word typed as chat types it, in lower case: "Chur" and "Charts" are a town and a
    // list, no Swiss German "Kur(s)" and "Karte" (a review).
    for (const { spelled, standard } of typedCapitalised(word, question) ? [] : analyzer.chatSpelled(word)) {
      const id = known(spelled);
      if (id !== undefined && this.writesSpelled(standard, id, analyzer)) return [id];
    }
    if (CYRILLIC_WORD.test(word)) {
      const id = known(latinSpelling(word));
      if (id !== undefined) return [id];
    }
    if (analyzer.finalVowels && TWO_CONSONANTS_END.test(term)) {
      // The commonest of the forms, as a root takes each case's vowel ("türk" is "türkü" only where no commoner form is).
      const forms = [...analyzer.finalVowels].map((vowel) => this.index.termId(term + vowel)).filter((found) => found !== undefined);
      if (forms.length) return [forms.reduce((a, b) => (this.index.documentFrequency(b) > this.index.documentFrequency(a) ? b : a))];
    }
    if (analyzer.english) {
      // A dropped "g" ("snowin", "liftin", "readin"), where the articles write the word with it.
      const full = `${word}g`;
      const stem = DROPPED_G.test(word) ? analyzer.stemOnce(full) : '';
      const dropped = stem ? this.index.termId(stem) : undefined;
      const read = dropped !== undefined && this.writtenJoins.get(`g\u0000${dropped}`, () => this.writesIn(dropped, analyzer, (text) => lettersOf(text).filter((w) => w.endsWith('ing'))));
      if (read) return [dropped];
      const rest = unprefixed(word, term, (part) => known(part) !== undefined);
      if (rest !== undefined) return [known(rest)!];
    }
    // So too an English word among another language's ("prizepool mingguan brp" of "prize pool").
    if (analyzer.english || ASCII_WORD.test(word)) {
      const apart = this.writtenApart(word, analyzer);
      if (apart.length) return apart;
    }
    const parts = this.compoundParts(term, analyzer);
    if (parts) return parts;
    const compound = analyzer.compoundLinks ? this.compoundEndingIn(term) : undefined;
    if (compound !== undefined) return [compound];
    if (HAN_WORD.test(term)) {
      const parts = this.hanParts(term, analyzer);
      const day = !parts.length && analyzer.lang === 'ja' && term.length > 1 && term.length <= MAX_CLIPPED ? this.index.termId(`${term}${DAY}`) : undefined;
      return day === undefined ? parts : [day];
    }
    if (HANGUL_WORD.test(word)) {
      // "몇" (how many) is written onto its counter ("몇렙", how many levels; "몇시간"): the counter is the word.
      if (word.startsWith(HOW_MANY) && word.length > 1) {
        const counter = known(word.slice(1)) ?? this.clippedFrom(analyzer.stemOnce(word.slice(1)));
        return counter === undefined ? [] : [counter];
      }
      // An acronym spelled by its letters' names ("엠티" for the articles' "MT"), where they write it in capitals.
      for (const acronym of new Set([...spelledLetters(term), ...spelledLetters(word)])) {
        const id = this.index.termId(acronym);
        if (id !== undefined && this.writtenInCapitals(id, acronym)) return [id];
      }
      const parts = this.hanParts(word, analyzer);
      if (parts.length) return parts;
      const clipped = HANGUL_WORD.test(term) ? this.clippedFrom(term) : undefined;
      if (clipped !== undefined) return [clipped];
    }
    const near = this.typos.sharingPrefix(term, analyzer.english ? MIN_ENGLISH_SHARED_PREFIX : MIN_SHARED_PREFIX, SHARED_PREFIX_SHARE, (id) => this.index.documentFrequency(id));
    const foreign = near !== undefined && (this.termLanguages?.othersOnly(near, analyzer.lang) ?? false);
    const prefixed =
      near !== undefined &&
      !(analyzer.compoundLinks && analyzer.isStopword(this.index.term(near))) &&
      !((analyzer.english || foreign) && sharedPrefix(term, this.index.term(near)) < ENGLISH_SHARED_PREFIX_SHARE * Math.max(term.length, this.index.term(near).length));
    if (prefixed) return [near];
    // Last, an English term typed in Cyrillic with other vowels, by its sounds (after the articles' own forms of
    // the word: "кубернетесу" is their "кубер" before it is "Kubernetes"); its stem too, a case ending being a
    // vowel sound more ("зуму", "пайтона", "у гітхабі").
    if (!CYRILLIC_WORD.test(word)) return [];
    const loan = this.latinLoan(latinSpelling(word)) ?? (term !== word && CYRILLIC_WORD.test(term) ? this.latinLoan(latinSpelling(term)) : undefined);
    return loan === undefined ? [] : [loan];
  }

  /**
   * In a language that compounds, the compound the corpus uses most whose last part is `term` and whose
   * first has at least MIN_COMPOUND_HEAD letters: a question's "Anatolien" where the articles say only
   * "Ostanatolien", which `compoundParts` does not split ("Ost" is shorter than a part it takes). Undefined for
   * a term under MIN_COMPOUND_TAIL letters and where no compound ends in it. A scan of the vocabulary, made
   * only for a question word the corpus lacks. XQuAD de (dev script over the bench loaders, answer in quote
   * plain/FAQ mode): 0.866/0.852 → 0.868/0.854, paragraph@1 0.923/0.915 → 0.925/0.917, abstained
   * 1.5/1.8 → 1.3/1.6 %.
   */
  private compoundEndingIn(term: string): number | undefined {
    if (term.length < MIN_COMPOUND_TAIL) return undefined;
    const { terms } = this.index;
    let best: number | undefined;
    let used = 0;
    for (let id = 0; id < terms.length; id++) {
      const known = terms[id]!;
      if (known.length < term.length + MIN_COMPOUND_HEAD || !known.endsWith(term)) continue;
      const frequency = this.index.documentFrequency(id);
      if (frequency > used) [best, used] = [id, frequency];
    }
    return best;
  }

  /**
   * The known terms a word of Han characters the corpus lacks is made of, where Intl.Segmenter cut the
   * question otherwise than the articles: "总共有" (in all there are) of "总共" and "有", "私立中学" of "私立"
   * and "中学", as a question's segments meet the articles' words only as whole words. Each Han character is
   * a morpheme, so the word is cut in two anywhere; a part that is a stopword ("有", "在") is dropped, the
   * other must be a known term. Of several cuts, the one whose parts the corpus uses most (the product of
   * their document frequencies, as `Decompounder` chooses). None where no cut gives known parts. Thai's
   * letters are no morphemes: cutting its words anywhere met words by chance. A Korean word typed without
   * its space is cut so too ("최대인원" as "최대" and "인원", "접속안돼요" as "접속"), each part stemmed,
   * since Korean writes a syllable per morpheme of its Sino-Korean and most native words. XQuAD zh (npm run
   * bench:quality, plain/FAQ mode): answer in quote 0.859/0.854 → 0.868/0.864, paragraph@1 0.900/0.894
   * → 0.904/0.898; with Thai too, th 0.925/0.927 → 0.923/0.925; with both parts known terms, zh 0.866/0.860.
   */
  private hanParts(term: string, analyzer: Analyzer): number[] {
    const two = this.hanCuts(term, analyzer, false);
    // Korean typed with no space at all holds three words or more ("학생할인있음", a K-pop fan community's
    // trial): where no cut in two reads it, a part is cut once more, into words of two syllables or more
    // ("전해줄" is no "전" + "해" + "줄", each a word by chance: a fixture's right answer lost so).
    return two.length || !HANGUL_WORD.test(term) ? two : this.hanCuts(term, analyzer, true, true);
  }

  /**
   * `hanParts`'s cuts of `term` in two, each part a known term (a stopword left out), the commonest; with
   * `deeper`, no part is of one character, and with `cutAgain` a part may be cut in two itself.
   */
  private hanCuts(term: string, analyzer: Analyzer, deeper: boolean, cutAgain = false): number[] {
    let best: number[] = [];
    let bestScore = 0;
    const shortest = deeper ? 2 : 1;
    for (let i = shortest; i <= term.length - shortest; i++) {
      const ids: number[] = [];
      let score = 1;
      for (const part of [term.slice(0, i), term.slice(i)]) {
        // A Hangul syllable alone is a stopword only by chance ("제한", limit, is no "제" + "한").
        if (analyzer.isStopword(part) && !(part.length === 1 && HANGUL_WORD.test(part))) continue;
        const id = this.index.termId(analyzer.stemOnce(part));
        const parts = id !== undefined ? [id] : cutAgain ? this.hanCuts(part, analyzer, true) : [];
        if (!parts.length) {
          score = 0;
          break;
        }
        for (const found of parts) {
          ids.push(found);
          score *= this.index.documentFrequency(found);
        }
      }
      if (ids.length && score > bestScore) [best, bestScore] = [ids, score];
    }
    return best;
  }

  /**
   * The term of the articles in `analyzer`'s language that `word`, typed without diacritics, means: in a
   * language members type so (see `LanguageSpec.unaccentedTyping`), the commonest term written so without
   * its own ("dang" finds "đăng", "giai" "giải"; never another language's term: "cafe" of a Vietnamese
   * question is no French "café"; the terms by their folded form are gathered, per language, at the first
   * such word); else, in a language whose terms are folded (see `Analyzer.foldsTerms`), the term of the
   * articles' word it is where its unaccented form is stemmed otherwise ("garantia" of "garantía", taken
   * when the index was built).
   */
  private unaccented(word: string, analyzer: Analyzer): number | undefined {
    const { lang } = analyzer;
    const form = this.unaccentedWords.get(lang)?.get(word);
    const inflected = form === undefined ? undefined : this.index.termId(form);
    if (!analyzer.unaccentedTyping) return inflected;
    let byForm = this.unaccentedTerms.get(lang);
    if (!byForm) {
      this.unaccentedTerms.set(lang, (byForm = new Map()));
      const { terms } = this.index;
      for (let id = 0; id < terms.length; id++) {
        const folded = fold(terms[id]!);
        if (folded === terms[id] || this.termLanguages?.othersOnly(id, lang)) continue;
        const seen = byForm.get(folded);
        if (seen === undefined || this.index.documentFrequency(id) > this.index.documentFrequency(seen)) byForm.set(folded, id);
      }
    }
    return byForm.get(word) ?? inflected;
  }

  /**
   * The term of the articles a Korean word of up to MAX_CLIPPED syllables clips or contracts (see
   * `clips`), the one they use most: members write "화리" for "화이트리스트" (whitelist), "인벤" for
   * "인벤토리", "섭" for "서버". A scan of the terms sharing its first syllable (without its final, for one
   * syllable), made only for a question word the corpus lacks.
   */
  private clippedFrom(word: string): number | undefined {
    if (word.length > MAX_CLIPPED) return undefined;
    let best: number | undefined;
    let used = 0;
    for (const id of this.typos.startingWith(word.length === 1 ? openSyllable(word) : word[0]!)) {
      const frequency = this.index.documentFrequency(id);
      if (frequency > used && clips(word, this.index.term(id))) [best, used] = [id, frequency];
    }
    return best;
  }

  /**
   * The term another language of the articles reads `word` as, where the question's own language finds
   * none: members of a bilingual server mix their languages ("When is the next wipe?" of German articles
   * that use the loanword, stemmed "wip"; "wie bekomme ich die VIP role?"). The term must be that
   * language's: one of the OTHER_LANGUAGE_PROBE units it weighs most in is written in it, since the
   * languages share one vocabulary (German stems "owner" to the English "own"). Undefined in an index of one
   * language, for a stopword of the other language, and for a word no language of the articles knows.
   */
  private inOtherLanguage(word: string, asked: Analyzer): number | undefined {
    if (this.languages.size < 2) return undefined;
    for (const lang of this.languages) {
      const term = lang === asked.lang ? null : analyzerFor(lang).contentTerm(word);
      const id = term === null ? undefined : this.index.termId(term);
      if (id === undefined) continue;
      const hits = this.index.search([{ id, weight: 1 }], OTHER_LANGUAGE_PROBE);
      if (hits.some((hit) => analyzerFor(this.units[hit.doc]!.article.lang).lang === lang)) return id;
    }
    return undefined;
  }

  /**
   * The term a question's word (or its `term`) is a typo of (see `TypoCorrector.correct`). Where the articles
   * are in several languages, first among the terms of the question's language (see `TermLanguages`): "raspbery
   * pi suport?" asked in English means "raspberri" and "support", not the Portuguese article's "raspberry" and
   * "suport" (the stem of "suportados", which the word is as typed). `ownOnly`: only those; else any term when
   * none of them is near. In an index of one language, as `correct` alone. For a word the question's language
   * does not know, and one that only other languages' articles use: a byte read per question word decides.
   */
  private typoOf(word: string, term: string, asked: Analyzer, ownOnly: boolean): number | undefined {
    const languages = this.termLanguages;
    const own = languages && ((id: number) => !languages.othersOnly(id, asked.lang));
    const first = own ? this.correct([word, term], own) : undefined;
    return ownOnly || first !== undefined ? first : this.correct([word, term]);
  }

  /** The two known terms a compound term is made of, in a language that compounds (see `Decompounder`); null for another word. */
  private compoundParts(term: string, analyzer: Analyzer): [number, number] | null {
    let splitter = this.decompounders.get(analyzer);
    if (splitter === undefined) this.decompounders.set(analyzer, (splitter = indexDecompounder(analyzer, (t) => this.index.termId(t), (id) => this.index.documentFrequency(id))));
    return splitter?.split(term) ?? null;
  }

  /**
   * The languages of FAQ phrasings that are all chatter ("Hi", "Thanks a lot": a support bot's greeting
   * entry), whose chatter is then a topic of this index and stays in questions (see `withoutChatter`), and
   * the kinds of small talk FAQ phrasings are ("Who are you?"), which are then asked (see `smallTalkOf`).
   * Found by `warm` or the first question: every phrasing is read (at 100k real-text benchmark paragraphs,
   * the first question after a start took 60 ms of CPU finding them and 35 ms when `warm` had).
   */
  private chatterAnswered(): ChatterAnswered {
    return (this.chatterLanguages ??= drain(this.chatterScanning()));
  }

  /** What `chatterAnswered` finds, yielding after every CHATTER_SLICE FAQ phrasings (see `build`). */
  private *chatterScanning(): Generator<void, ChatterAnswered> {
    const found: ChatterAnswered = { chatter: new Set(), smallTalk: new Map() };
    let read = 0;
    for (const unit of this.units) {
      if (!unit.faq) continue;
      const { lang } = analyzerFor(unit.article.lang);
      const unframed = withoutChatter(unit.passage.text, lang);
      const talk = unframed === '' ? null : smallTalkOf(unframed, lang);
      if (unframed === '') found.chatter.add(lang);
      else if (talk) found.smallTalk.set(lang, (found.smallTalk.get(lang) ?? new Set()).add(talk));
      if (++read % CHATTER_SLICE === 0) yield;
    }
    return found;
  }

  /** Every number the articles write, whole (see `numbersWritten`), found by `warm`, `build` or the first question that asks one. */
  private numbersWritten(): Set<string> {
    return (this.numbersKnown ??= drain(this.numbersScanning()));
  }

  /** What `numbersWritten` finds, yielding after each article (see `build`). */
  private *numbersScanning(): Generator<void, Set<string>> {
    const known = new Set<string>();
    for (const article of this.articles) {
      // A text without a digit writes no number: skipping it spares the number pattern's scan (a third of
      // a second at 100k paragraphs).
      for (const number of numbersWritten([...textsOf(article)].filter((text) => DIGIT.test(text)))) known.add(number);
      yield;
    }
    return known;
  }

  /**
   * The identifiers of `question` (see IDENTIFIER_DIGITS) that are the asker's detail: an order, phone or
   * tracking number pasted into a question about the process ("where is my box 5532190"), which `analyse`
   * does not count as a topic word the articles lack; `numbersMissed` counts it against an entry that states
   * an identifier of its own. Not one written after a word the articles write an identifier-like number after
   * (see `namesNumbers`): "port 32400" asks about that port where an article writes "port 8096" (a self-hosted
   * software site's trial). Not a quantity either: any number of a question asking how much or how many, an
   * amount, a number followed by a word the articles write after a number (what it counts: "a pack of 10000
   * coins" where an article writes "5000 coins"), or by a counter of a script without spaces ("10000円"); read
   * as order numbers, those were answered at 1.00 from the 5000-coin paragraph (a review). Any word after a
   * number was a first try: "box 5532190 missing" is no count of missings. `beside` is the question's
   * `numberWords`; `amountOf`, its amounts by their numbers ("3.99" → "3.99¤").
   */
  private askersDetails(question: string, analyzer: Analyzer, type: AnswerType | null, beside: readonly NumberWords[], amountOf: ReadonlyMap<string, string>): Set<string> {
    const details = new Set<string>();
    if (!IDENTIFIER_ANYWHERE.test(question) || (type && (sameKind(type, 'number') || sameKind(type, 'amount')))) return details;
    // A stopword names nothing ("pin code no 7021645199"): `namedIn` leaves them out too.
    const names = new Map(beside.flatMap(({ before, number }) => (before === null || analyzer.isStopword(analyzer.lowerCase(before)) ? [] : [[number, analyzer.stem(analyzer.lowerCase(before))] as const])));
    for (const { number, after: next } of beside) {
      // Written without separators, a long number is an identifier (see IDENTIFIER_DIGITS).
      if (!IDENTIFIER_WORD.test(number) || !question.includes(number) || this.numbersWritten().has(number) || amountOf.has(number)) continue;
      if (next !== null && (UNSPACED_START.test(next) || this.countsAfterNumbers(analyzer.stem(analyzer.lowerCase(next))))) continue;
      const name = names.get(number);
      if (name === undefined || !this.namesNumbers(name) || this.namesIdentifiers(name, number.length)) details.add(number);
    }
    return details;
  }

  /**
   * Whether an article writes the word whose term is `name` before a number of NAME_DIGITS digits or more
   * ("port" of "port 8096", "code" of "exit code 137"; see `NumberWords.before`): not "order" of "order 2 or 4
   * boxes", a count, which made "where is my order 48213" abstain (a review). Read from the units holding
   * the word, once per word (a scan of every text cost 0.7 s of CPU at 100k paragraphs: a review).
   */
  private namesNumbers(name: string): boolean {
    return this.numberNames.get(name, () => this.namedWith(name, (number) => number.length >= NAME_DIGITS));
  }

  /**
   * Whether an article writes the word whose term is `name` before a number of `digits` digits, the length of
   * an identifier (see IDENTIFIER_DIGITS): the asker's own of that kind is their detail ("cancel order
   * SS-118302 pls" of a shop writing "Order numbers look like SS-204817" counted "118302", a number no article
   * holds, against every answer and abstained at 0.14; an online bike-parts shop's trial, round Y). One
   * number only, an example: where the articles write several ("Room 10234", "Room 10560"), each names its
   * own thing and the asker's "room 10235" is none of them (a review). One of another length still decides
   * the question ("port 32400" where they write "port 8096"); "port 25566" of "port 25565" is read as the
   * asker's, the price.
   */
  private namesIdentifiers(name: string, digits: number): boolean {
    return this.numberNames.get(`${name}\u0000${digits}`, () => {
      const written = new Set<string>();
      // `writesNamed` stops at the second number of that length: several are no example.
      this.someUnitHolding(name, (unit) => writesNamed(this.numberWordsOf(unit).named, name, (number) => number.length === digits && written.add(number).size > 1));
      return written.size === 1;
    });
  }

  /** Whether an article writes the word whose term is `term` right after a number ("coins" of "5000 coins"), read from the units holding the word, once per word. */
  private countsAfterNumbers(term: string): boolean {
    return this.countedWords.get(term, () => this.someUnitHolding(term, (unit) => this.numberWordsOf(unit).counted.includes(term)));
  }

  /**
   * Whether the articles write identifier `name` `number` ("FS-15", `term` the name's term) in a form that
   * `numberWords` does not pair: joined by another dash or a slash ("FS–15", "FS‑15", "FS/15"), glued
   * ("FS15", a term of its own), or in an article's title (a review). Read from the units holding the name
   * and from the titles, only for a question naming such an identifier.
   */
  private writesIdentifier(term: string, name: string, number: string): boolean {
    if (this.index.termId(`${term}${number}`) !== undefined) return true;
    const written = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(name)}[\\s\\p{Pd}/]?0*${number}(?![\\p{N}])`, 'iu');
    return this.articles.some((article) => written.test(article.title)) || this.someUnitHolding(term, (unit) => statedTexts(unit).some((text) => written.test(text)));
  }

  /** Whether a unit writes the word whose term is `name` right before `number` ("Turma 16"), read once per pair. */
  private namesNumber(name: string, number: string): boolean {
    return this.numberNames.get(`${name}\u0000=${number}`, () => this.namedWith(name, (n) => n === number));
  }

  /** Whether a unit writes the word whose term is `name` right before a number `accept` takes (see `namedIn`). */
  private namedWith(name: string, accept: (number: string) => boolean): boolean {
    return this.someUnitHolding(name, (unit) => writesNamed(this.numberWordsOf(unit).named, name, accept));
  }

  /**
   * Whether `test` holds for a unit holding the term `term`: read from its postings, not from every text,
   * and from the MAX_UNITS_READ that hold it most (a word on every other paragraph of 100k took 0.2 s).
   */
  /**
   * Whether an FAQ phrasing holding the last of `words` (lower-cased, one space apart) writes them so, as
   * `tokens` reads it: a scan of up to MAX_UNITS_READ phrasings, each tokenised, made once per words.
   */
  private phrasingWrites(words: string, analyzer: Analyzer): boolean {
    const last = words.slice(words.lastIndexOf(' ') + 1);
    return this.writtenJoins.get(`p\u0000${analyzer.lang}\u0000${words}`, () =>
      this.someUnitHolding(analyzer.stemOnce(last), (unit) => !!unit.faq && ` ${analyzer.tokens(unit.passage.text).map((t) => t.word).join(' ')} `.includes(` ${words} `)),
    );
  }

  private someUnitHolding(term: string, test: (unit: Unit) => boolean): boolean {
    const id = this.index.termId(term);
    return id !== undefined && this.index.search([{ id, weight: 1 }], Math.min(MAX_UNITS_READ, this.index.documentFrequency(id))).some(({ doc }) => test(this.units[doc]!));
  }

  /** The index's terms as latin-typed.ts reads a word against them: by beginning (the typo map's sorted vocabulary), whole, and by frequency. */
  private get vocabulary(): Vocabulary {
    return {
      begins: (prefix) => this.typos.startingWith(prefix).length > 0,
      term: (text) => this.index.termId(text),
      frequency: (id) => this.index.documentFrequency(id),
    };
  }

  /** A word the corpus lacks, as typed and as its term, may be a typo (see `TypoCorrector.correct`), of a term `accept` takes (default: any). */
  private correct(spellings: readonly string[], accept?: (id: number) => boolean): number | undefined {
    return this.typos.correct(spellings, (id) => this.index.documentFrequency(id), accept);
  }

  private rank(question: string, options: AnswerOptions): { query: Query; ranked: Scored[] } {
    const query = this.analyse(question, options);
    if (!query.terms.length) return { query, ranked: this.verbatim(query, options) };
    const range = options.article === undefined ? undefined : this.ranges.get(options.article);
    if (options.article !== undefined && !range) return { query, ranked: [] };
    const hits = this.index.search(query.terms, this.ranking.candidates, range?.[0], range?.[1], { prune: true });
    if (query.joins.length) for (const hit of hits) hit.covered += this.joinsCovered(query, hit.doc);
    const ceiling = this.index.ceiling(query.terms);
    const { faqBonus, fuzzyWeight, titleWeight, neighbourWeight, windowWeight, typeWeight, phraseWeight } = this.ranking;
    const titleScores = this.titleScores(query);
    const headed = this.headingShares(query);
    const untitled = this.untitledScores(query);
    const entries = this.phrasingDistances(query, hits, options.article);
    const unknown = query.unknown / (query.known + query.unknown || 1);
    // Asked of one article ("Ask about this article"), the member chose its topic.
    const topics = options.article === undefined ? this.topicMarkers(query) : [];
    // The passages the question names, each the only one writing a word of it: read only for a yes/no question,
    // the only one `unknownCost` and `knownMissCost` weigh a word more for. Named by two such words, a passage is
    // on the topic asked whatever other article's topic the question names (see `Signals.otherTopic`).
    const onlyWriters = query.asked.filter((id) => this.index.documentFrequency(id) === 1).map((id) => this.index.search([{ id, weight: 1 }], 1)[0]!.doc);
    const named = new Set(query.whether ? onlyWriters : []);
    const namedTwice = new Set(onlyWriters.filter((doc, i) => onlyWriters.indexOf(doc) !== i));
    const asked: UnknownAsked = query.whether
      ? {
          whether: true,
          specific: named.size > 0,
          numbered: query.numbers > 0 || query.tokens.some((t) => numberValue(t.word, query.analyzer.lang) !== null),
        }
      : NOT_WHETHER;
    const unknownAgainst = (unit: Unit) => unknownCost(asked, !unit.faq) * query.unknown;
    const missAgainst = (unit: Unit, doc: number) => knownMissCost(asked, !unit.faq && !named.has(doc), this.ranking.knownMiss);
    /** What a candidate can gain past its BM25F strength, at most: a run of its sentences holds no more of
     * the question than the whole unit does (a corrected word counts less in `covered`, fully in a run). */
    const bonus = (unit: Unit, hit: Hit) =>
      windowWeight * Math.min(1, hit.covered / CORRECTED_WEIGHT / (query.known || 1)) + (query.type ? typeWeight : 0) + (unit.faq ? faqBonus + fuzzyWeight + phraseWeight : 0);
    const behind = this.neighboursBehind(query.terms, hits, neighbourWeight / ceiling);
    // A question asking how (see `yesNoCost`): opened by a word that asks how, asking no kind of fact, nor whether something is so.
    const asksHow = !query.whether && !query.type && query.tokens.length > 0 && query.analyzer.isHowWord(query.tokens[0]!.word);
    const bounded = hits
      .map((hit) => {
        const unit = this.units[hit.doc]!;
        const heading = headed(unit);
        const strength = untitled(unit.article, hit) / ceiling + titleWeight * titleScores(unit.article) + this.ranking.headingWeight * heading;
        const context = -behind(hit.doc);
        // An FAQ entry's score loses how far its phrasings put it behind the closest entry's, known before its
        // evidence; `otherKind` (at most 1) and `yesNoCost` only lower a positive score, and `otherKind` takes
        // a negative one toward 0, hence the bound of 0.
        const reach = strength + context + bonus(unit, hit);
        return { hit, unit, strength, heading, context, bound: unit.faq ? Math.max(0, reach - entries.behind(unit.id)) : reach };
      })
      .sort((a, b) => b.bound - a.bound);
    // The sentence-level evidence costs most: computed in order of what a candidate could reach, and only
    // while it could still reach the top two (the answer and its margin); the rest are ranked behind on
    // their strength alone, capped by what they could reach, which keeps them behind the two. For a
    // question asking a kind of fact, the two are two entries: an FAQ entry's phrasings are units of one
    // id, and its alternates filled the second place, so the paragraph behind it was never read for the
    // fact (see `preferTyped`). Nor was one behind two entries stating none of it: until a candidate read
    // states the fact, the paragraphs of the first place's article are read too; one stating it keeps the
    // place it had unread, taking no part in the two places' reach, and is promoted only holding as much of
    // the question as the first, or under a heading announcing the fact asked (see `preferTyped`) ("Tot hoe
    // laat kan ik het krachthonk in?" answered "Pas na de krachtintroductie" by "Mag ik zonder begeleiding
    // in het krachthonk trainen?" at 1.00, the paragraph with
    // "tot uiterlijk 21:45" unread; a Dutch rowing club's trial). On the 19 trials of the last rounds (dev),
    // right / wrong: 2,162 / 761 → 2,166 / 757, abstentions unchanged. Any article's: 2,167 / 756, but 8 of
    // the fixtures' right answers lost to a paragraph stating another kind's figure ("¿En qué horario abre la
    // sede?" answered by when the buses leave it); promoted on `preferTyped`'s weaker holds too, 6 of them
    // still lost. Ranked on the score read, FAQ entries and untyped paragraphs read too (a review), the
    // "Did you mean" suggestions of 4 fixture questions changed where their answer did not. npm run
    // bench:quality: XQuAD dev FAQ mode, answer in quote, de 0.870 → 0.872; no other figure moved.
    const top = [-Infinity, -Infinity];
    let topId: string | null = null;
    let typedSeen = false;
    // The article of the candidate in the first place so far.
    let leading: Article | undefined;
    const scored = bounded.map(({ hit, unit, strength, heading, context, bound }): Scored => {
      // Share of the question the unit holds, distinctive words weighing more. A word the corpus knows but
      // this unit lacks counts less against it than one the corpus never uses: people asking in their own
      // words add words the FAQ does not need, while a word foreign to the corpus signals another topic.
      const missed = Math.max(0, query.known - hit.covered);
      const coverage = hit.covered / (hit.covered + missAgainst(unit, hit.doc) * missed + unknownAgainst(unit));
      const signals: Signals = { coverage, strength: Math.min(1, strength), share: 0, phrase: 0, fuzzy: 0, unknown, corrected: query.corrected, untyped: query.type ? 1 : 0, asksOther: 0, otherName: 0, otherParticle: 0, otherTopic: !namedTwice.has(hit.doc) && topics.some((marker) => !this.onTopic(unit.article, marker)) ? 1 : 0, numbers: this.numbersMissed(unit, query), yesNo: unit.yesOrNo ? 1 : 0, margin: 0, classified: unit.faq ? entries.probability(unit.id) : 1, likeliest: unit.faq ? entries.likeliest(unit.id) : 0 };
      const unreadScore = Math.min(bound, strength + context);
      const forType = bound < top[1]!;
      const evidence = forType && (!query.type || typedSeen || unit.faq || unit.article !== leading) ? null : this.evidence(unit, query);
      if (forType && !evidence?.typed) return { unit, hit, score: unreadScore, confidence: 0, evidence: null, held: 0, signals };
      if (evidence?.typed) typedSeen = true;
      const phrasing = unit.faq ? this.phrasingTerms(unit) : null;
      // An FAQ phrasing holding the question's words is as good evidence as a sentence holding them.
      const phrased = phrasing ? held(query, phrasing) / (query.known || 1) : 0;
      // A paragraph's run of sentences holds, besides its own words, those of the heading over it (see `headingShares`).
      const share = Math.max((unit.faq ? this.ranking.answerWindow : 1) * (evidence?.share ?? 0) + heading, phrased);
      const fuzzy = unit.faq ? this.similarity(query, unit, hit.doc) : 0;
      // idf-weighted F1 of the question's terms and the phrasing's: 1 when they ask with the same words.
      const phrase = phrasing ? agreement((t) => query.asked.includes(t), query.known, phrasing, this.index) : 0;
      // A paragraph's words in one sentence outrank the same words spread over three (see `windowWeight`).
      const spread = evidence && !unit.faq ? runLengthFactor(evidence.window.to - evidence.window.from, this.ranking.extraSentenceCost) : 1;
      let score = strength + context + windowWeight * share * spread + (evidence?.typed ? typeWeight * (evidence.typedHolds ? 1 : TYPED_BESIDE) : 0);
      // An FAQ entry asking for another kind of fact, whose answer states none of the kind asked, answers another question.
      if (unit.faq && query.opens && !evidence?.typed) signals.asksOther = this.asksOther(unit, query.opens);
      else if (unit.faq && query.opens && query.opens !== 'name' && this.asksOtherCondition(unit, query)) signals.asksOther = 1;
      if (unit.faq) [signals.otherName, signals.otherParticle] = [this.otherName(unit, query), this.otherParticle(unit, query)];
      if (unit.faq) score = (score + faqBonus + fuzzyWeight * fuzzy + phraseWeight * phrase - entries.behind(unit.id)) * otherKind(signals);
      if (unit.yesOrNo && asksHow) score -= this.ranking.yesNoCost;
      // Read for the fact asked only, a paragraph keeps the place it had unread: `preferTyped` alone may promote it.
      if (forType) score = unreadScore;
      else if (score > top[0]!) [top[0], top[1], topId, leading] = [score, unit.id === topId ? top[1]! : top[0]!, query.type ? unit.id : null, unit.article];
      else if (score > top[1]! && unit.id !== topId) top[1] = score;
      Object.assign(signals, { share: Math.min(1, share), phrase, fuzzy, untyped: query.type && !evidence?.typed ? 1 : 0 });
      return { unit, hit, score, confidence: 0, evidence, held: Math.max(evidence?.share ?? 0, phrased), signals, forType };
    });
    scored.sort((a, b) => b.score - a.score || a.hit.doc - b.hit.doc);
    const seen = new Set<string>();
    const ranked = scored.filter((s) => !seen.has(s.unit.id) && seen.add(s.unit.id));
    const [best, next] = ranked;
    if (best && best.score > 0) best.signals.margin = Math.max(0, Math.min(1, (best.score - (next?.score ?? 0)) / best.score));
    for (const s of ranked) s.confidence = confidence(s.signals);
    const [ledOnScore] = ranked;
    this.yieldToBacking(ranked);
    this.yieldToSure(ranked, query);
    if (query.type) {
      this.preferTyped(ranked, query, headed);
      this.preferLead(ranked, query);
    }
    if (query.knownExact.length) this.preferExact(ranked, query);
    this.preferTranslation(ranked, this.askersLanguage(query, options));
    // Ranked, and promoted, on what they hold of the question; then a paragraph said to answer whether something
    // is so is doubted, unless the question states a number, which is what it asks ("do raids start at 9 pm"
    // of "Raids start at 21:00"), and the numbers signal judges.
    if (query.plainlyWhether && !asked.numbered) {
      for (const s of ranked) if (!s.unit.faq) s.confidence = doubted(s.confidence);
      this.unlessDoubted(ranked, ledOnScore);
    }
    return { query, ranked };
  }

  /**
   * The words of `query` that name an article's topic, each as its term in the units' index and in the
   * titles': a word of an article title (or tag) whose units lie, TOPIC_MARKER_SHARE of them at least, in
   * articles titled with it ("julkonsert" of "Julkonserter och luciatåg 2026"; not "company" of "American
   * Broadcasting Company", which many articles write). Counted from the titled articles' ranges of postings,
   * none visited. A candidate of an article off all such topics answers, likely, a question on another
   * (see `Signals.otherTopic` and `onTopic`).
   */
  private topicMarkers(query: Query): TopicMarker[] {
    // `stems` holds each term once (see `Analyzer.queryTerms`).
    return query.stems.flatMap((term) => {
      const title = this.titles.termId(term);
      const id = title === undefined ? undefined : this.index.termId(term);
      if (id === undefined) return [];
      const titled = this.titles.search([{ id: title!, weight: 1 }], this.titles.documentFrequency(title!)).map(({ doc }) => this.ranges.get(this.articles[doc]!.id)!);
      const inTitled = titled.reduce((n, [from, to]) => n + this.index.holding(id, from, to), 0);
      return inTitled >= TOPIC_MARKER_SHARE * this.index.documentFrequency(id) ? [{ id, title: title! }] : [];
    });
  }

  /** Whether `article` is on the topic `marker` names: titled with its word, or writing it. */
  private onTopic(article: Article, marker: TopicMarker): boolean {
    if (this.titles.scoreOf([{ id: marker.title, weight: 1 }], this.articleNumbers.get(article)!) > 0) return true;
    const [from, to] = this.ranges.get(article.id)!;
    return this.index.holding(marker.id, from, to) > 0;
  }

  /**
   * What `doc` covers of `query` (as `InvertedIndex.search` counts it: each term's idf by its weight) past
   * what it writes, reading each of the question's joins as one thing (see `joinsHeld`).
   */
  private joinsCovered(query: Query, doc: number): number {
    const writes = (i: number) => this.index.scoreOf([{ id: query.asked[i]!, weight: 1 }], doc) > 0;
    const unit = this.units[doc]!;
    // The two words in one sentence, as a run of sentences holds them (see `questionTermsBySentence`):
    // "The office staff answer the phone. Their hours are on the wall." says nothing of office hours.
    const ids = (parts: number[]) => parts.map((i) => query.asked[i]!);
    const together = (parts: number[]) => (unit.faq ? [unit.passage, ...unit.faq.answer] : [unit.passage]).some((passage) => sentenceHolding(this.split(passage), ids(parts)));
    return joinsHeld(query, writes, together).reduce((sum, i) => sum + this.index.idf(query.asked[i]!) * query.terms[i]!.weight, 0);
  }

  /**
   * How far each paragraph among `hits` falls behind the paragraph whose neighbours hold the most of the
   * question (see `neighbourWeight`), by document: `weight` per unit of its better neighbour's BM25F score
   * for `terms`; 0 for an FAQ entry and for that paragraph. Paragraphs are re-ordered among themselves and
   * never gain on FAQ entries by it (adding the neighbours' score instead put paragraphs over the seed
   * article's FAQ entries: test/quality.test.ts).
   */
  private neighboursBehind(terms: QueryTerm[], hits: Hit[], weight: number): (doc: number) => number {
    const context = new Map<number, number>();
    if (!weight) return () => 0;
    let best = 0;
    for (const { doc } of hits) {
      const { article, faq, passage } = this.units[doc]!;
      if (faq) continue;
      let score = 0;
      // A body paragraph's neighbours are the documents beside it that are body paragraphs of its article
      // (an article's FAQ units come before its paragraphs, another article's after them), under the same
      // heading: a heading starts another topic.
      for (const near of [doc - 1, doc + 1]) {
        const unit = this.units[near];
        if (unit && !unit.faq && unit.article === article && unit.passage.section === passage.section) score = Math.max(score, this.index.scoreOf(terms, near));
      }
      context.set(doc, score);
      best = Math.max(best, score);
    }
    return (doc) => {
      const score = context.get(doc);
      return score === undefined ? 0 : weight * (best - score);
    };
  }

  /**
   * The language an answer is best in, where the articles are in several: the question's, as analysed (see
   * `questionLanguage`); null where the asker's `locales` name only other languages, as detection errs on
   * short questions (a German member's "Wipe wann?" read as English), and in an index of one language.
   */
  private askersLanguage(query: Query, options: AnswerOptions): string | null {
    const { lang } = query.analyzer;
    if (this.languages.size < 2) return null;
    if (options.lang || !options.locales?.length) return lang;
    return options.locales.some((tag) => analyzerFor(tag).lang === lang) ? lang : null;
  }

  /**
   * A first candidate in another language than `lang` yields to its translation in `lang`: the first
   * candidate written in `lang` that states every identifier it states (see `identifiers`), of its own kind
   * (FAQ entry or paragraph) if one does, else of any; it takes the first's place, score and confidence, the
   * two saying the same thing. "backup" asked in English got the Portuguese entry "Como faço backup do
   * Reelhaven?" ("Rode `reelhaven backup create`… `config.yml`") at 1.00, and now its English twin "How do I
   * back up Reelhaven?", which a self-hosted software site's trial ranked 16th (at 0.30: its question never
   * says "backup"). Not on confidence: the first's equals, at 1.00, "How do I restore a backup?", which it
   * cannot tell from a translation; a translation needs MIN_SHARED_IDENTIFIERS identifiers, as one number
   * or name may be shared by chance. Where none is in `lang`, the translation into the language most
   * articles are in (the site's own, which its members read most likely) is taken over a third language's
   * ("erro ECONNREFUSED 127.0.0.1:5432 no docker, o que faço?" got the Russian article on a site with no
   * Portuguese one on it); a first candidate in that language stays.
   */
  private preferTranslation(ranked: Scored[], lang: string | null): void {
    const [first] = ranked;
    const written = first && analyzerFor(first.unit.article.lang).lang;
    if (!first || lang === null || written === lang) return;
    const stated = this.identifiers(first.unit);
    if (stated.size < MIN_SHARED_IDENTIFIERS) return;
    let at = -1;
    for (const into of written === this.language ? [lang] : new Set([lang, this.language])) {
      const translates = (s: Scored) => analyzerFor(s.unit.article.lang).lang === into && [...stated].every((id) => this.identifiers(s.unit).has(id));
      at = ranked.findIndex((s) => !s.unit.faq === !first.unit.faq && translates(s));
      if (at < 0) at = ranked.findIndex(translates);
      if (at >= 0) break;
    }
    if (at < 1) return;
    const { confidence } = first;
    promote(ranked, at, 'translation');
    ranked[0]!.confidence = confidence;
  }

  /**
   * What a candidate states that no translation changes, taken on first use: the numbers its FAQ answer or
   * paragraph writes (see `numbersWritten`) and its Markdown code spans (`reelhaven backup create`, `config.yml`).
   */
  private identifiers(unit: Unit): Set<string> {
    let found = this.unitIdentifiers.get(unit);
    if (!found) {
      const passages = unit.faq ? unit.faq.answer : [unit.passage];
      found = numbersWritten(passages.map((p) => p.text));
      for (const { raw } of passages) for (const [, code] of raw.matchAll(CODE_SPAN)) found.add(code!);
      this.unitIdentifiers.set(unit, found);
    }
    return found;
  }

  /**
   * A paragraph promoted over the candidate that led on score (`led`), then doubted under the threshold (see
   * confidence.ts's `doubted`), gives the first place back where that candidate would be answered:
   * "予約をキャンセルするとお金はかかりますか" (does cancelling cost money?) was declined although the FAQ
   * entry "キャンセル料はかかりますか？" stood at 0.45, the paragraph on cancelling promoted over it as surer
   * and stating an amount, then doubted to 0.22 (a Japanese board-game café's trial). Doubting before the
   * promotions did that too, but cost five right answers where a paragraph, still answered once doubted,
   * had taken the place of an entry asking something else ("can i use my bus pass as id to vote" and "What
   * ID do I need to vote?", which does not list the bus pass).
   */
  private unlessDoubted(ranked: Scored[], led: Scored | undefined): void {
    const [first] = ranked;
    if (!led || !first || first === led || first.unit.faq || first.confidence >= this.ranking.threshold || led.confidence < this.ranking.threshold) return;
    ranked.splice(ranked.indexOf(led), 1);
    ranked.unshift(led);
  }

  /**
   * An FAQ entry in first place whose answer a body paragraph states (see `bodySupport`) yields that place
   * to the paragraph when the paragraph's best run of sentences holds more of the question than the entry's
   * question or answer does, and the paragraph would be answered on its own confidence: it says what the
   * entry says, and more of what was asked ("Who fumbled the ball on 3rd-and-9?" against an entry on the
   * same drive that names no player). It takes the entry's score and margin over the rest, the two saying
   * the same thing. On XQuAD's English dev split in FAQ mode this took answer-in-quote from 0.821 to 0.823
   * (npm run bench:quality); yielding also when the paragraph held only the words the entry's answer holds
   * scored 0.833, but put the paragraph over an entry that answers with the same words.
   */
  private yieldToBacking(ranked: Scored[]): void {
    const [first] = ranked;
    if (!first?.unit.faq) return;
    const backing = this.bodySupport(first.unit)?.passage;
    const at = backing ? ranked.findIndex((s) => s.unit.passage === backing) : -1;
    const paragraph = ranked[at];
    if (at < 1 || paragraph!.held <= first.held || paragraph!.confidence < this.ranking.threshold) return;
    promote(ranked, at, 'paragraph');
  }

  /**
   * An FAQ entry in first place yields to the first paragraph ranked after it that holds more of the
   * question in its best run of sentences than the entry's phrasing or answer does, and that is surer: of
   * the entry's own article, as sure as the entry and answerable; of another article, answerable where the
   * entry is not. The entry led on what an FAQ entry gains over a paragraph (its question field weighs 8,
   * the FAQ bonus), often on the article's topic words alone ("Wer gewann den Super Bowl XLIX?" against
   * "Wie alt war Peyton Manning, als er im Super Bowl 50 spielte?"), or on one corrected word ("Wie viele
   * rivalisierende Prinzen waren an der Ermordung Gegens beteiligt?" against an entry on "Gegend").
   * npm run bench:quality, XQuAD dev FAQ mode: answerable paragraphs over unanswerable entries only took
   * abstained down in every language (en 0.022 → 0.016, de 0.039 → 0.028, ru 0.043 → 0.033, tr 0.033 →
   * 0.018); then surer paragraphs of the entry's article, answer in quote en 0.886 → 0.890, de 0.797 →
   * 0.817, el 0.852 → 0.862, es 0.870 → 0.878, th and vi −0.2 points; surer paragraphs of any article as
   * well: de 0.813, ru, th and vi −0.4 points. Plain mode, StackFAQ and HINT3 (no paragraphs) unchanged.
   * Not an entry that would be answered and states the kind of fact asked, in a sentence holding a word of
   * the question (`typedHolds`), to a paragraph stating none: "How much does the reading challenge cost for
   * my two kids?" got "…Each time they bring back two books…" at 0.60 over "Does it cost anything to take
   * part? No. The challenge is completely free" at 0.59 (a library's trial, round BF). The 48 trials of
   * sessions 57–60 (judged by their expected fragments): 2 wrong answers right, none lost; fixtures and
   * XQuAD FAQ mode in all 12 languages unchanged. Any entry stating the kind (`typed`) lost a fixture's row,
   * an entry on a fee ("phí cấp lại là 100.000đ") keeping a count asked ("Nghỉ mấy buổi…").
   */
  private yieldToSure(ranked: Scored[], query: Query): void {
    const [first] = ranked;
    if (!first?.unit.faq) return;
    const { threshold } = this.ranking;
    // An answerable entry stating the kind of fact asked beside the question's words keeps its place from a paragraph stating none.
    const keepsType = (s: Scored) => !(query.type && first.evidence?.typedHolds && !s.evidence?.typed && first.confidence >= threshold);
    // Another article's paragraph only where the entry would not be answered: what an article says of its
    // own topic is weighed against its own entries, not against another article's words.
    const surer = (s: Scored) => s.confidence >= threshold && (s.unit.article === first.unit.article ? s.confidence >= first.confidence : first.confidence < threshold);
    promote(ranked, ranked.findIndex((s) => !s.unit.faq && s.held > first.held && surer(s) && keepsType(s)), 'paragraph');
  }

  /**
   * A question that asks for a date, number or name is answered by a candidate that states one: when the
   * first states none, the best candidate that does takes its place if it holds as much of the question
   * and would be answered on its own confidence ("When did Anthropic call for a pause?" against the FAQ
   * entry "Why is Anthropic calling for an AI pause…?", whose answer has no date, and the paragraph that
   * says "June 5"). npm run bench:quality: XQuAD English FAQ mode paragraph@1 0.921 → 0.919, answer in quote
   * up 0.2 points in FAQ mode for six other languages, StackFAQ "3 alternates" dev P@1 0.904 → 0.900; the
   * rest unchanged. Against an FAQ entry, a paragraph of its own article needs only OWN_ARTICLE_HELD of what
   * the entry holds: the article names the topic the entry's question repeats ("How much does visitor
   * parking cost per hour?" against "Can visitors still park?", answered "Yes, visitors can pay by the hour",
   * and the paragraph "Visitors will pay €2.50 an hour").
   * A paragraph first yielding likewise to a typed paragraph of its own article that holds 0.5, 0.75 or 0.9
   * of what it holds ("When was Kublai's administration running out of money?": "…financial difficulties
   * after 1279") gained nothing: XQuAD dev en plain paragraph@1 0.943 → 0.940 at 0.5, and paragraph@1
   * summed over the 24 figures fell at each. It does yield, as an FAQ entry does, to a paragraph of its
   * article under a heading that announces the kind of fact asked ("## 日時", "## Prices": see
   * `headingAnnounces`), which need not repeat the words of the paragraph that names the event (XQuAD's
   * articles have no headings), even one read only for the fact, out of reach of the first two places (see
   * `rank`): "Quando è la cena di Natale?" got the lead paragraph naming the dinner at 1.00, "La cena si terrà
   * sabato 13 dicembre 2025" under "## Data e orario" unread (a Bologna cooking school's trial; no fixture
   * moved). A lead paragraph (under no heading) yields likewise to one under a heading
   * that holds a word of the question the paragraph does not write: "每周的贡献最低要求是多少" (the weekly
   * minimum contribution) got the lead saying a minimum exists at 1.00, not "每人每周至少要有 1500 点公会贡献"
   * under "## 每周最低贡献" (a Chinese game guild's trial, round AD; right answers of the trials 5,242 →
   * 5,244, none lost). Not a paragraph under another's heading: a Hebrew Minecraft server's shop price gave
   * way to the market's sales tax beside it; nor one that writes no word of the question itself ("how much
   * is alumni membership?" is no "## Membership card: Replacement cards cost €5", a review). Where none of
   * these takes its place, a paragraph first yields to an FAQ entry of its article that states the fact and holds OWN_ENTRY_HELD of what it holds ("quanto costa il
   * test di sicurezza" against the paragraph on who must take the safety test, and the entry "Quanto costa
   * la verifica di sicurezza?", answered "10 euro"); in the same pass as the others, such an entry on a lost
   * certificate's fee took "how many absences lose the certificate" from the entry that says (a fixture).
   * Not such an entry whose question asks another kind of fact (see `asksOther`); taking only those whose
   * question asks the kind asked (by `openingType`) gained, in one pass, 6 (7,997 / 3,944), XQuAD el FAQ
   * mode 0.935 / 0.886. Last, a paragraph first yields to a paragraph of its article stating the fact that
   * holds as much of the question with the article's title, which both hold (see `titleOnlyShare`): "how
   * much is eclipse tier" got the tiers' colours ("Each tier's role has its own colour: … Eclipse is deep
   * purple") at 1.00, not "Eclipse costs $40 a month", in an article titled "Patreon tiers" (a YouTube
   * creator community's trial, round AE). All 52 trial sites, right / wrong: 5,548 / 2,470 → 5,551 /
   * 2,467, none lost; XQuAD unchanged. Before the entry of the first's article, it took a news site's "How
   * much is a one-day ticket for Riverfest?" from the entry giving day passes' price to the festival's budget;
   * with the title credited to the candidate only, a fixture's "api keys expire? and whats the rate limit"
   * went from "keys never expire" to the plans' paragraph, the title holding "rate limits".
   */
  private preferTyped(ranked: Scored[], query: Query, headed: (unit: Unit) => number): void {
    const [first] = ranked;
    const type = query.type!;
    if (!first || first.evidence?.typed || this.asksAsWritten(first, type)) return;
    // Beside a paragraph of its article, a paragraph holds the article's title as much: each is read with it.
    let firstTitled: number | undefined;
    // Within rounding: two sums of the same shares in another order ("cena" + the title's "Natale", "allievi").
    const withTitle = (s: Scored) => s.held + this.titleOnlyShare(s.unit, query) >= first.held + (firstTitled ??= this.titleOnlyShare(first.unit, query)) - SHARE_ROUNDING;
    const titled = (s: Scored) => !first.unit.faq && !s.unit.faq && s.unit.article === first.unit.article && withTitle(s);
    const ownArticle = (s: Scored, held: number) => !s.unit.faq && s.unit.article === first.unit.article && held >= OWN_ARTICLE_HELD * first.held;
    // Such a paragraph holds its heading's words too, as its `share` counts them (see `headingShares`).
    const lead = !first.unit.faq && topicHeading(first.unit.passage) === null;
    const announced = (s: Scored) => {
      const heading = topicHeading(s.unit.passage);
      return heading !== null && (headingAnnounces(heading, type, analyzerFor(s.unit.article.lang).lang) || (lead && headed(s.unit) > 0 && s.held > 0)) && ownArticle(s, s.signals.share);
    };
    // One read only for the fact, out of reach, holds as much of the question with the article's title too:
    // a section dating the summer dinner is no answer to "Quando è la cena di Natale?" (a review).
    const holdsEnough = (s: Scored) => s.held >= first.held || (s.forType ? announced(s) && withTitle(s) : (first.unit.faq !== null && ownArticle(s, s.held)) || announced(s));
    const answers = (s: Scored) => s.evidence?.typed === true && s.confidence >= this.ranking.threshold;
    const at = ranked.findIndex((s) => answers(s) && holdsEnough(s));
    if (at >= 0 || first.unit.faq) return promote(ranked, at, 'fact');
    // The one section of the article the lead opens under a heading naming only the kind of fact asked ("## Data
    // e orario"; not "## Sign-up deadline", another act's date), whose own words are too few of the question to
    // answer it: read with the article's title, as the lead is, it answers as surely (see `titledConfidence`).
    if (lead && first.confidence >= this.ranking.threshold) {
      const sections = ranked.flatMap((s, place) => {
        if (!s.evidence?.typed || s.unit.faq || s.unit.article !== first.unit.article || !this.namesOnlyKind(s.unit, type) || !withTitle(s)) return [];
        const confidence = this.titledConfidence(s, query);
        return confidence >= this.ranking.threshold ? [{ place, confidence }] : [];
      });
      // The lead has no heading, so is never one of them.
      if (sections.length === 1) {
        const { place, confidence } = sections[0]!;
        ranked[place]!.confidence = Math.min(first.confidence, confidence);
        return promote(ranked, place, 'fact');
      }
    }
    // Else, the other way: an entry of a first paragraph's article stating what the paragraph lacks, unless its
    // question asks another kind of fact ("Hur mycket höjs avgiften 2026?" states a year, asked when the fee is due).
    const ownEntry = (s: Scored) => s.unit.faq !== null && s.unit.article === first.unit.article && s.held >= OWN_ENTRY_HELD * first.held && !this.asksOther(s.unit, type);
    const entry = ranked.findIndex((s) => answers(s) && ownEntry(s));
    promote(ranked, entry >= 0 ? entry : ranked.findIndex((s) => answers(s) && !s.forType && titled(s)), 'fact');
  }

  /**
   * A question asking when an article's subject is, every word of it in the article's title ("wen is the charity
   * stream" of "Charity Stream 2027: 24 Hours for SpecialEffect"), is answered by the article's lead (its first
   * paragraph, under no heading), which dates the subject, when the lead states a date and holds as much of the
   * question, as surely, as the paragraph ranked first: a later section's paragraph names the subject in
   * passing, as a channel's name ("Apply in #charity-2027 by 31 January 2027", "Die Ergebnisse … stehen im
   * Kanal #bouldercup", "ab 19 Uhr"), and its shorter text ranked it first (a streamer's and a climbing gym's
   * trials, round BD, both at 1.00). Any kind of fact asked, and a lead less sure than the first, cost four
   * fixtures' right answers: a lead introducing the article states a price or a count in passing ("Ser sócio é
   * o jeito mais barato…" for "Quantos sócios a atlética tem?").
   */
  private preferLead(ranked: Scored[], query: Query): void {
    const [first] = ranked;
    if (query.type !== 'date' || !first || first.unit.faq || !first.evidence?.typed || isLead(first.unit) || this.titleShare(first.unit.article, query) < 1 - SHARE_ROUNDING) return;
    const lead = (s: Scored) => s.unit.article === first.unit.article && isLead(s.unit) && s.evidence?.typed === true;
    promote(ranked, ranked.findIndex((s) => lead(s) && s.confidence >= first.confidence && s.held >= first.held - SHARE_ROUNDING), 'fact');
  }

  /** The share of the question's idf mass that `article`'s title and tags hold. */
  private titleShare(article: Article, query: Query): number {
    return held(query, { has: this.inTitle(article) }) / (query.known || 1);
  }

  /** Whether `article`'s title or tags hold the index's term `id`. */
  private inTitle(article: Article): (id: number) => boolean {
    const doc = this.articleNumbers.get(article)!;
    return (id) => {
      const titleId = this.titles.termId(this.index.term(id));
      return titleId !== undefined && this.titles.scoreOf([{ id: titleId, weight: 1 }], doc) > 0;
    };
  }

  /**
   * A question that writes a version or an amount an article writes (`query.knownExact`) is answered by a
   * candidate that writes it: when the first misses one (see `missesExact`), the first candidate missing none
   * takes its place if it would be answered on its own confidence ("theres a £1 charge on my card what is it"
   * ranked a gift-card paragraph, which writes no £1, over the paragraph on the £1 card check; a meal-kit site's
   * trial). The first kept its place on its words alone, its confidence lowered by the miss (see `numbersMissed`).
   */
  private preferExact(ranked: Scored[], query: Query): void {
    const writesAll = (s: Scored) => !query.knownExact.some((number) => this.missesExact(s.unit, number));
    if (!ranked[0] || writesAll(ranked[0])) return;
    promote(ranked, ranked.findIndex((s) => s.confidence >= this.ranking.threshold && writesAll(s)), 'number');
  }

  /**
   * The share of the question's numbers that no article holds, as `unit`'s `numbers` signal; the asker's
   * identifier among them (see `askersDetails`: a pincode, an order or phone number) counts only against a
   * unit that states an identifier itself (its phrasings and answer, or the paragraph). A quantity decides the
   * question wherever it is asked ("Is Northwind cutting 640 jobs?", "Which flights leave from Terminal 4?"),
   * but an identifier is the asker's detail to an entry that names none ("Can you deliver to 591237?"
   * against "Do you deliver to my pincode?"), and another identifier's answer where the entry names one.
   * Counted against any unit stating a number, a pasted order number kept "where is my box 5532190" from the
   * entry that says when boxes arrive (a meal-kit support site's trial: 1.00 without it, abstained with it).
   * npm run bench:quality: HINT3 overall accuracy 0.642 / 0.731 / 0.688 → 0.657 / 0.733 / 0.689 (real
   * queries naming pincodes); StackFAQ, which has no numbers, and XQuAD unchanged. Any number, quantities
   * too, counted only against a unit stating one took sofmattress to 0.673 but answered test/quality.test.ts's
   * "How much does the Tidy Ultra cost at €999?" from an entry that states no price. Asked whether a
   * dotted number (a version, an address) is right ("Is the IP 94.130.52.18?", "Does version 3.4.1 fix the
   * map?"), a unit that states a number answers with its own: that number misses nothing. Not a count or an
   * identifier: any digit counts as stating a number, so "Do you ship 400 units to Canada?" would be
   * answered by "…within 5 business days". A dotted number an article writes counts as missed by a unit that
   * does not write it: "When will version 1.8.3 be released?" is not answered by "Version 1.8.2 was released
   * on November 20" when the FAQ entry on 1.8.3 exists (a trial on a game community's site: at 0.80). So
   * does an amount an article writes (see `NumberWords.amount`): "theres a £1 charge on my card what is it" is
   * not answered by a gift-card paragraph that writes no £1 (a meal-kit site's trial: at 0.48). Likewise a known number written after a word, where an FAQ entry writes that word with other numbers
   * only: "container exited with code 1" is not answered by "Why does my container exit with code 137?" (a
   * self-hosted software site's trial: at 0.90); asked whether it is so, that entry answers "no, this one".
   * A paragraph, which recalls other numbers of its topic in passing (XQuAD's Arabic paragraphs on Super Bowl
   * 50 name "Super Bowl 33" and "49" but never 50), misses such a number only where another unit names it
   * after that word, as its own thing: "Quando é o Demo Day da Turma 16?" got "O Demo Day da Turma 14 e da
   * Turma 15…" at 0.85 where the schedule names Turma 16 (a Brazilian bootcamp's trial, round BD; no
   * bench:quality figure moved). Read of any paragraph, it cost three fixtures' right answers ("android 9",
   * the asker's phone, of "Android 10") and XQuAD ar plain paragraph@1 0.923 → 0.920. An identifier of a series the articles
   * number, joined by a hyphen ("FS-15" where they write "FS-14"), is a number no article holds, whatever
   * else they number 15 (see `analyse`). A code name of the question (see
   * code-names.ts) counts as one more number, missed by a unit that does not write it. A quantity no article
   * holds (not an amount, not a year) is the asker's own to a unit bounding a number of its scale, and,
   * where a word names it, a number of what that word names (see bounds.ts, `measures`): "em 17 tuoi di thi
   * offline dc k" (I'm 17, can I play offline?) is answered by "…từ 16 tuổi trở lên. Dưới 18 tuổi cần có
   * phụ huynh đồng ý…" (16 and up; under 18 with a parent's consent), which it had declined at 0.16 (a
   * Vietnamese gaming server's trial; a Russian and a Turkish one gained one answer each). A clock time no
   * article holds ("do raids start at 9 pm") is answered by a unit stating its own time ("Raids start at
   * 21:00"), as a version asked about is. npm run bench:quality: no figure moved (XQuAD, StackFAQ and
   * HINT3 ask no such quantity).
   */
  private numbersMissed(unit: Unit, query: Query): number {
    let missedKnown = query.knownExact.length ? query.knownExact.filter((number) => this.missesExact(unit, number)).length : 0;
    if (query.named.length && !query.whether) missedKnown += this.otherNumbersNamed(unit, query);
    const all = query.numbers + query.codeNames.length;
    if (query.codeNames.length) missedKnown += this.codeNamesMissed(unit, query);
    if (!query.unknownNumbers) return missedKnown / (all || 1);
    let states = this.numbered.get(unit);
    if (states === undefined) {
      const texts = statedTexts(unit);
      states = texts.some((text) => IDENTIFIER.test(text)) ? 'identifier' : texts.some((text) => DIGIT.test(text)) ? 'number' : 'none';
      this.numbered.set(unit, states);
    }
    // Asked whether a version or address is right, a unit stating its own answers: no, this one.
    const answered = states !== 'none' && query.whether ? query.unknownDotted : 0;
    // The asker's own quantity ("im 15 can i join"), measured against the bound a unit states ("16 or older").
    // A decimal answered as a version above is not measured again.
    const measurable = (quantity: Query['quantities'][number]) => !(answered && quantity.number.includes('.'));
    const measured = query.quantities.length ? query.quantities.filter((quantity) => measurable(quantity) && this.bounds(unit).some((bound) => this.measures(unit, quantity, bound))).length : 0;
    // Asked whether it is at 9 pm, a unit stating its own time answers: no, at 21:00.
    const timed = query.clocks && statedTexts(unit).some((text) => STATED_CLOCK.test(text)) ? query.clocks : 0;
    return (query.unknownNumbers - answered - measured - timed - (states === 'identifier' ? 0 : query.unknownIdentifiers) + missedKnown) / all;
  }

  /**
   * Whether `unit` misses `number`, a version or an amount an article writes (`query.knownExact`): it does not
   * write it, and, for a version (VERSION), states another version (STATED_VERSION, NAMED_VERSION). A unit stating none is no
   * other version's answer: the version is the asker's detail ("can i restore a backup from 2025.4 on a 2025.2
   * install" of "Can I restore a backup onto a newer version?", abstained at 0.18 in an English trial; 1 right
   * answer more, npm run bench:quality unchanged). An amount or a decimal counts against any unit ("why is
   * there a 1.50 charge on my card" is answered by the paragraph on the €1.50 check, not by an entry stating no
   * price).
   */
  private missesExact(unit: Unit, number: string): boolean {
    return !this.writes(unit, number) && !(VERSION.test(number) && !this.statesVersion(unit));
  }

  /** Whether `unit` writes a version (see STATED_VERSION), read once per unit. */
  private statesVersion(unit: Unit): boolean {
    let states = this.versioned.get(unit);
    if (states === undefined) this.versioned.set(unit, (states = statedTexts(unit).some((text) => STATED_VERSION.test(text) || NAMED_VERSION.test(text))));
    return states;
  }

  /** The numbers `unit` states a bound on (see bounds.ts), read once per unit. */
  private bounds(unit: Unit): readonly string[] {
    let bounds = this.bounded.get(unit);
    if (bounds === undefined) {
      const { lang } = analyzerFor(unit.article.lang);
      this.bounded.set(unit, (bounds = statedTexts(unit).flatMap((text) => boundedNumbers(text, lang))));
    }
    return bounds;
  }

  /**
   * Whether the asker's `quantity` is measured by `unit`'s bound `bound`: of its scale (see `measuredBy`),
   * and where a word names it, a bound `unit` names with that word ("level 25" by "Level 30 or higher"). A
   * named number is a label as often ("Terminal 4", "season 7", "room 5"): measured by any bound of its
   * scale, "Which flights leave from Terminal 4?" was answered at 0.93 by the entry on Terminals 2 and 3 for
   * saying "more than 6 hours", "how long is season 7" by "Season 3 runs for up to 10 weeks" (reviews).
   */
  private measures(unit: Unit, quantity: Query['quantities'][number], bound: string): boolean {
    return (quantity.decimalBound ? decimalMeasuredBy(quantity.number, bound) : measuredBy(quantity.number, bound)) && (quantity.name === null || writesNamed(this.numberWordsOf(unit).named, quantity.name, (number) => number === bound));
  }

  /** How many of the question's code names `unit` does not write (see code-names.ts). */
  private codeNamesMissed(unit: Unit, query: Query): number {
    let text = this.unitText.get(unit);
    if (text === undefined) this.unitText.set(unit, (text = statedTexts(unit).map((stated) => stated.toLowerCase()).join('\n')));
    return query.codeNames.filter((name) => !writesCodeName(text, name)).length;
  }

  /**
   * How many distinct numbers of `query.named` `unit` does not write while it writes their word with other
   * numbers ("code 137" for "code 1"), and its article nowhere writes them after that word: a number the
   * article names elsewhere is its topic ("Super Bowl 50" of a paragraph that recalls "Super Bowl 48"). For a
   * paragraph, only a number another unit writes after that word (see `numbersMissed`).
   */
  private otherNumbersNamed(unit: Unit, query: Query): number {
    const missed = new Set<string>();
    for (const [name, number] of query.named) {
      const { named } = this.numberWordsOf(unit);
      if (!writesNamed(named, name) || writesNamed(named, name, (n) => n === number) || this.numbersOf(unit).has(number)) continue;
      if (this.namedInArticle(unit).get(name)!.has(number)) continue;
      if (unit.faq || this.namesNumber(name, number)) missed.add(number);
    }
    return missed.size;
  }

  /** What `unit` writes of and beside its numbers (see `UnitNumberWords`), taken on first use in one scan (see `numberWords`). */
  private numberWordsOf(unit: Unit): UnitNumberWords {
    let words = this.unitNumberWords.get(unit);
    if (!words) {
      // Sets while scanning (a table's paragraph writes thousands of numbers), arrays once kept.
      const named = new Set<string>();
      const counted = new Set<string>();
      const amounts = new Set<string>();
      const analyzer = analyzerFor(unit.article.lang);
      for (const text of statedTexts(unit)) {
        for (const { before, number, after, amount } of numberWords(text)) {
          if (amount !== null) amounts.add(amount);
          if (after !== null) counted.add(analyzer.stem(analyzer.lowerCase(after)));
          const name = before === null ? null : analyzer.lowerCase(before);
          if (name === null || analyzer.isStopword(name)) continue;
          named.add(`${analyzer.stem(name)}\n${number}`);
        }
      }
      words =
        named.size || counted.size || amounts.size
          ? { named: sized([...named].flatMap((pair) => pair.split('\n'))), counted: sized([...counted]), amounts: sized([...amounts]) }
          : NO_NUMBER_WORDS;
      this.unitNumberWords.set(unit, words);
    }
    return words;
  }

  /** The numbers each unit of `unit`'s article writes after each word, by the word's term (see `UnitNumberWords.named`), merged. */
  private namedInArticle(unit: Unit): Map<string, Set<string>> {
    let named = this.articleNamedNumbers.get(unit.article);
    if (!named) {
      this.articleNamedNumbers.set(unit.article, (named = new Map()));
      const [from, to] = this.ranges.get(unit.article.id)!;
      for (let doc = from; doc < to; doc++) {
        const pairs = this.numberWordsOf(this.units[doc]!).named;
        for (let i = 0; i < pairs.length; i += 2) named.set(pairs[i]!, (named.get(pairs[i]!) ?? new Set()).add(pairs[i + 1]!));
      }
    }
    return named;
  }

  /** Whether `unit` writes `number`, one of `query.knownExact`: an amount as an amount (see `NumberWords.amount`). */
  private writes(unit: Unit, number: string): boolean {
    return /[¤%]$/.test(number) ? this.numberWordsOf(unit).amounts.includes(number) : this.numbersOf(unit).has(number);
  }

  /**
   * The numbers `unit` writes in its phrasings and answer, or its paragraph and the section heading over it
   * (see `topicHeading`: "## Breaking changes in 2.4.0" states the version of its bullets), with a dotted
   * one's leading parts (see `numbersWritten`).
   */
  private numbersOf(unit: Unit): Set<string> {
    let numbers = this.unitNumbers.get(unit);
    if (!numbers) this.unitNumbers.set(unit, (numbers = numbersWritten(statedTexts(unit))));
    return numbers;
  }

  /**
   * Whether FAQ phrasing `unit` asks what follows from a condition (see `conditionOf`) that the question does
   * not touch: the question writes none of the condition's words, and poses no condition of its own (see
   * `posesCondition`: "wie lange warten wir wenn einer fehlt" asks the consequence of another wording of "Was
   * passiert, wenn ein Spieler nicht kommt?"). Read only where the entry's answer states the kind of fact
   * asked (see `rank`): its dates and prices are then the condition's. "Wann ist das Sommerfest?" got "Was
   * passiert beim Sommerfest, wenn es regnet?" ("Die Entscheidung fällt am Vortag um 18:00") at 1.00 over
   * "Das Sommerfest ist am Samstag, 5. Juli" (a Vienna language café's trial). A question writing a word of
   * the condition asks of it as often ("How much is the late fee?" of "What happens if I pay late?", "Was
   * kostet ein neuer Ausweis?" of "Was passiert, wenn ich meinen Ausweis verliere?": a reviewer's probes,
   * ten such lost when one missing word was enough), which cost a running club's trial one answer won so
   * ("¿Cuánto cuesta el programa De 0 a 5K?", lost to "¿Qué pasa si no termino el programa…?"). Read for a
   * question asking a date, a time, a number or an amount, not a name: an outcome names whom and where
   * ("Where does your facebook account go after your death?" is StackFAQ's paraphrase of "What happens to
   * your Facebook account when you die?", which its test split lost so).
   */
  private asksOtherCondition(unit: Unit, query: Query): boolean {
    let condition = this.conditions.get(unit);
    if (condition === undefined) {
      const analyzer = analyzerFor(unit.article.lang);
      const clause = conditionOf(unit.passage.text, analyzer.lang);
      const ids = clause === null ? [] : analyzer.terms(clause).map((term) => this.index.termId(term) ?? -1);
      this.conditions.set(unit, (condition = ids.length ? ids : NO_CONDITION));
    }
    if (!condition.length || condition.some((id) => query.asked.includes(id))) return false;
    let poses = this.posedConditions.get(query);
    if (poses === undefined) this.posedConditions.set(query, (poses = posesCondition(query.text, query.analyzer.lang)));
    return !poses;
  }

  /**
   * 1 when FAQ phrasing `unit` opens by asking for a kind of fact other than `type` (see `openingType`), or
   * for a person (see `opensAskingWho`) where `type` is none, else 0.
   */
  private asksOther(unit: Unit, type: AnswerType): number {
    const asks = this.phrasingType(unit) ?? (opensAskingWho(unit.passage.text, analyzerFor(unit.article.lang).lang) ? 'name' : null);
    return asks !== null && !sameKind(asks, type) ? 1 : 0;
  }

  /**
   * 1 when FAQ phrasing `unit` asks about another thing than the question, by name, in the same place: beside
   * a word both write, the phrasing writes a name the question lacks (capitalised, past its first word) and
   * the question a name the entry nowhere writes (capitalised there past its first word, or a term the
   * articles write capitalised: "в москве" of "Москве"). "Сколько стоит вход на встречу в Москве?" was
   * answered "Бесплатно" at 0.88 by "Сколько стоит вход на встречу в Петербурге?" (a Russian homelab
   * community's trial), "Combien coûte le grade Légende ?" by "Combien coûte le grade Chevalier ?", "Does
   * Driftline work on Roku?" by "Does Driftline work with Netflix?". Not in a language that capitalises
   * every noun (NOUNS_CAPITALISED), nor across languages; else 0.
   */
  private otherName(unit: Unit, query: Query): number {
    const analyzer = analyzerFor(unit.article.lang);
    if (analyzer !== query.analyzer || NOUNS_CAPITALISED.has(analyzer.lang) || !CAPITAL_PAST_FIRST.test(unit.passage.text)) return 0;
    let slots = this.nameSlots.get(unit);
    if (!slots) this.nameSlots.set(unit, (slots = nameSlots(unit.passage.text, analyzer)));
    if (!slots.length) return 0;
    let asked = this.askedWords.get(query);
    if (!asked) this.askedWords.set(query, (asked = slotWords(query.text, analyzer)));
    for (const slot of slots) {
      if (asked.some((word) => word.term === slot.term) || namedOtherwise(asked, slot)) continue;
      for (const [beside, side] of [[slot.before, -1], [slot.after, 1]] as const) {
        const at = beside === null ? -1 : asked.findIndex((word) => word.term === beside);
        const other = at < 0 ? undefined : asked[at - side];
        if (!other || other.term === beside) continue;
        if (!this.entryWrites(unit, other.term) && (other.name || this.writtenAsName(other.term, analyzer))) return 1;
      }
    }
    return 0;
  }

  /**
   * 1 when the FAQ phrasing `unit` writes a verb of the question with another particle and never with the
   * question's: "How do I log out?" (or "logout") for "how do i log in", "How do I sign in?" for "how do i
   * sign up". The particle, a stopword, is all that tells the two apart, and the entry answers another
   * question: "how do i log in" got "How do I log out?" at 1.00 (a Glasgow food bank's trial, round W, read
   * "sign up" as "sign in"). English only (see PARTICLE_VERB); FAQ phrasings only, as a paragraph writing
   * "sign in" may answer "sign up" too (read so, 4 fixtures lost a right answer).
   */
  private otherParticle(unit: Unit, query: Query): number {
    if ((!query.analyzer.english && !SEPARABLE_PARTICLES[query.analyzer.lang]) || analyzerFor(unit.article.lang) !== query.analyzer) return 0;
    const asked = this.verbsWithParticles(query, query.text, query.analyzer);
    if (!asked.size) return 0;
    const written = this.verbsWithParticles(unit, unit.passage.text, query.analyzer);
    for (const [verb, particles] of asked) {
      const other = written.get(verb);
      if (other && ![...particles].some((particle) => other.has(particle))) return 1;
    }
    return 0;
  }

  /**
   * The verbs of `text` (by stem) with the particles written after them: a particle is one closing a phrase
   * or followed by a stopword but a determiner ("log in", "log in to the site", "signing up for it",
   * "sign-up"; not the prepositions of "pay in cash", "data in my sheet", "data on a spreadsheet": StackFAQ dev
   * lost a question to it), or glued ("login", "signup", "checkout"); after a verb of PHRASAL_VERBS only.
   */
  private verbsWithParticles(key: Query | Unit, text: string, analyzer: Analyzer): ParticleVerbs {
    let verbs = this.particleVerbs.get(key);
    if (verbs) return verbs;
    if (!analyzer.english) {
      verbs = separableVerbs('separated' in key ? key.separated : separatedVerbs(text, analyzer), analyzer);
      this.particleVerbs.set(key, verbs);
      return verbs;
    }
    const found = new Map<string, Set<string>>();
    const add = (word: string, written: string) => {
      const stem = analyzer.stemOnce(word);
      const particle = SAME_PARTICLE.get(`${stem} ${written}`) ?? written;
      const set = found.get(stem);
      if (set) set.add(particle);
      else found.set(stem, new Set([particle]));
    };
    const words = Array.from(analyzer.lowerCase(text).replace(HYPHEN_BETWEEN, ' ').matchAll(WORDS_AND_MARKS), ([word]) => word);
    words.forEach((word, i) => {
      const before = words[i - 1];
      const after = words[i + 1];
      if (PARTICLE_VERB.has(word)) {
        const closes = after === undefined || !/^[\p{L}\p{N}]/u.test(after) || (analyzer.isStopword(after) && !DETERMINERS.has(after));
        if (before !== undefined && PHRASAL_VERBS.has(analyzer.stemOnce(before)) && closes) add(before, word);
        return;
      }
      for (const particle of PARTICLE_VERB) {
        const head = word.slice(0, -particle.length);
        if (word.endsWith(particle) && PHRASAL_VERBS.has(head)) add(head, particle);
      }
    });
    // Most texts write none: one shared empty map keeps the cache small (see `nameSlots`).
    verbs = found.size ? found : NO_PARTICLE_VERBS;
    this.particleVerbs.set(key, verbs);
    return verbs;
  }

  /** Whether the FAQ entry of phrasing `unit` writes `term` in a phrasing or its answer: its question's unit indexes them all (see `fieldsOf`). */
  private entryWrites(unit: Unit, term: string): boolean {
    const id = this.index.termId(term);
    if (id === undefined) return false;
    const [from, to] = this.ranges.get(unit.article.id)!;
    for (let doc = from; doc < to; doc++) if (this.units[doc]!.passage === unit.faq!.question) return this.index.scoreOf([{ id, weight: 1 }], doc) > 0;
    return false;
  }

  /** The texts (see `statedTexts`) of the units that weigh term `id` most, NAME_SAMPLE of them at most. */
  private *sampledTexts(id: number): Generator<string> {
    for (const { doc } of this.index.search([{ id, weight: 1 }], NAME_SAMPLE)) yield* statedTexts(this.units[doc]!);
  }

  /** Whether a unit holding term `id` (of the NAME_SAMPLE that weigh it most) writes `acronym` in capitals, as a word. */
  private writtenInCapitals(id: number, acronym: string): boolean {
    const written = new RegExp(`(?<![\\p{L}\\p{N}])${acronym.toUpperCase()}(?![\\p{Lu}\\p{Ll}\\p{N}])`, 'u');
    for (const text of this.sampledTexts(id)) if (written.test(text)) return true;
    return false;
  }

  /**
   * Whether the articles write `term` as a name: in the units holding it (up to NAME_SAMPLE of them), its
   * word capitalised past a sentence's first word at least as often as not.
   */
  private writtenAsName(term: string, analyzer: Analyzer): boolean {
    return this.namedTerms.get(term, () => {
      const id = this.index.termId(term);
      if (id === undefined) return false;
      let named = 0;
      let plain = 0;
      for (const text of this.sampledTexts(id)) {
        for (const word of slotWords(text, analyzer)) if (word.term === term && word.first === false) word.name ? named++ : plain++;
      }
      return named > 0 && named >= plain;
    });
  }

  /** The kind of fact FAQ phrasing `unit` opens by asking for (see `openingType`), taken on first use. */
  private phrasingType(unit: Unit): AnswerType | null {
    let asks = this.phrasingTypes.get(unit);
    if (asks === undefined) this.phrasingTypes.set(unit, (asks = openingType(unit.passage.text, analyzerFor(unit.article.lang).lang)));
    return asks;
  }

  /**
   * Whether the question asks for a name and `s` is an FAQ entry asked as the question is (its phrasing
   * holds the question's words: an idf-weighted F1 of at least SAME_QUESTION_PHRASE) that opens by asking
   * for a name too: its answer names what was asked by its editor's word, where `statesType`, which reads a
   * name by its capital, finds none ("Where is the log file?" → "The log file is called ashfall.log and sits
   * next to the save files"). A game studio's trial: asked word for word, it gave way to "Why does the game
   * keep crashing?", whose answer names "Steam". Not for a date, a number or an amount, which a figure
   * states: an entry "Was kostet das Essen in der Mensa?" answered "Die Preise hängen vom Gericht ab" still
   * yields to the paragraph that writes "2,90 €" (a German trial).
   */
  private asksAsWritten(s: Scored, type: AnswerType): boolean {
    return type === 'name' && s.unit.faq !== null && s.signals.phrase >= SAME_QUESTION_PHRASE && this.phrasingType(s.unit) === 'name';
  }

  /**
   * A question without one word that carries a topic can still be an FAQ question word for word ("Why
   * now?"): that entry answers it, with full confidence. Anything else made only of stopwords abstains.
   */
  private verbatim(query: Query, options: AnswerOptions): Scored[] {
    const doc = this.phrasings.get(query.analyzer.words(query.text).join(' '));
    if (doc === undefined) return [];
    const range = options.article === undefined ? undefined : this.ranges.get(options.article);
    if (options.article !== undefined && (!range || doc < range[0] || doc >= range[1])) return [];
    const signals: Signals = { coverage: 1, strength: 1, share: 1, phrase: 1, fuzzy: 1, unknown: 0, corrected: 0, untyped: 0, asksOther: 0, otherName: 0, otherParticle: 0, otherTopic: 0, numbers: 0, yesNo: 0, margin: 1, classified: 1, likeliest: 0 };
    return [{ unit: this.units[doc]!, hit: { doc, score: 1, covered: 0 }, score: 1, confidence: 1, evidence: null, held: 1, signals }];
  }

  /**
   * The run of 1–3 sentences of a unit's text (a paragraph, or an FAQ answer's blocks) that holds the most
   * of the question, preferring one that states the kind of fact asked for; the names the question writes
   * weigh more (see `namesWeighed`), and a number it writes in words is held by a sentence that writes it in
   * figures, at its full weight (see `looseHolds`): "Which player had five sacks in nine games?" is asked
   * of "Kony Ealy had 5 sacks in 9 games", not of the sentence on the player with the most sacks in games.
   * XQuAD dev (paragraph@1 and answer in quote, plain / FAQ mode): es 0.915 → 0.917 and 0.879 / 0.878 →
   * 0.881 / 0.880; the other eleven languages, StackFAQ and HINT3 unchanged.
   */
  private evidence(unit: Unit, asked: Query): Evidence | null {
    let query = this.weighedNames.get(asked);
    // A name an article's title holds is the topic its paragraphs share, weighed less already (see `titleTermWeight`).
    const named = (term: string) => (this.titles.termId(term) === undefined ? this.index.termId(term) : undefined);
    if (!query) this.weighedNames.set(asked, (query = namesWeighed(asked, named, (id) => this.index.idf(id) / this.index.rarestIdf)));
    const passages = unit.faq ? unit.faq.answer : [unit.passage];
    const analyzer = analyzerFor(unit.article.lang);
    const { lang } = analyzer;
    const mass = query.known || 1;
    // A number the question writes in words is the one a sentence writes in figures (see `looseHolds`).
    query.counts ??= new Map();
    let counts = query.counts.get(lang);
    if (counts === undefined) query.counts.set(lang, (counts = query.tokens.some(({ word }) => !FIGURE.test(word) && numberValue(word, lang) !== null) || query.decades.size > 0));
    let best: Evidence | null = null;
    for (const passage of passages) {
      const split = this.split(passage);
      const typed = typedSentences(query, split, lang);
      const holds = questionTermsBySentence(query, split);
      const numbers = counts ? this.looseHolds(query, split, analyzer, { countsOnly: true }) : undefined;
      const window = bestWindow(split.list.length, runScore(query, holds, typed, this.ranking.typeWeight, numbers), this.ranking.extraSentenceCost);
      if (!window || (best && window.score <= best.window.score)) continue;
      const share = (heldIn(query, holds, window.from, window.to) + (numbers ? looseIn(query, holds, numbers, window.from, window.to) : 0)) / mass;
      best = { passage, window, share, typed: anyIn(typed, window.from, window.to), typedHolds: typedHolding(typed, holds, query, window) };
    }
    return best;
  }

  /**
   * The question's words that the sentences of `split` (a passage in `analyzer`'s language) hold only in
   * another form (see `looseMatches`), for choosing a quote: the question's content words of LOOSE_PREFIX
   * letters or more, each weighing LOOSE_WEIGHT of its term's idf (the rarest term's for a word no article
   * uses), and its numbers in figures or words (see `numberValue`), each weighing its term's full idf: "five"
   * is "5" ("من كان لديه خمسة استحواذات في تسع مباريات…؟", who had five sacks in nine games, of "…حصل على
   * 5 استحواذات في 9 بدايات"). Numbers at full weight, against LOOSE_WEIGHT: XQuAD dev answer in quote (plain
   * / FAQ mode) ar 0.853 / 0.854 → 0.855 / 0.856, el plain 0.879 → 0.881, the other ten languages unchanged.
   * With `countsOnly`, only the numbers the question writes in words (for `evidence`, which ranks).
   * `sentenceWords`: the sentences' words (see `wordsOf`), when the caller has them already.
   */
  private looseHolds(query: Query, split: Split, analyzer: Analyzer, { countsOnly = false, sentenceWords }: { countsOnly?: boolean; sentenceWords?: readonly (readonly string[])[] } = {}): Loose {
    const words: string[] = [];
    const loose: Loose = { asked: [], weights: [], bySentence: [] };
    const value = (word: string) => numberValue(word, analyzer.lang);
    for (const token of query.tokens) {
      // "the 70's", "в 80-х" lost their endings as tokens: each is a decade ("70s", "80s").
      const word = query.decades.has(token.word) ? `${token.word}s` : token.word;
      if (countsOnly && (FIGURE.test(word) || value(word) === null)) continue;
      const term = word.length < LOOSE_PREFIX && value(word) === null ? null : analyzer.contentTerm(token.word);
      if (term === null || words.includes(word)) continue;
      const id = this.index.termId(term);
      const at = id === undefined ? -1 : query.asked.indexOf(id);
      words.push(word);
      loose.asked.push(at);
      // A number written otherwise is the same number: only a shared prefix is weaker evidence than a shared term.
      loose.weights.push((at < 0 ? this.index.rarestIdf : query.idfs[at]!) * (value(word) === null ? LOOSE_WEIGHT : 1));
    }
    // The sentences' words lower-cased as the question's were; stopwords need no filtering, sharing six
    // letters with a question's content word being no stopword's.
    loose.bySentence = words.length ? looseMatches(words, sentenceWords ?? split.list.map((s) => wordsOf(s.text, analyzer)), value) : split.list.map(() => []);
    return loose;
  }

  /** The terms of an FAQ unit's phrasing (its question or one alternate), all its sentences together, each once. */
  private phrasingTerms(unit: Unit): Set<number> {
    const split = this.split(unit.passage);
    return termsOf(split, 0, split.list.length);
  }

  /**
   * What an FAQ entry's phrasings say of it, by entry id, for the entries among `hits`: how far behind the
   * closest entry they put it, 0 for that one (`ngramWeight` per unit of character n-gram cosine with the
   * question below the closest's, plus `classifierWeight` per unit of the phrasing classifier's probability
   * below the likeliest's), and the classifier's probability that the question means it (1 without a
   * classifier).
   */
  private phrasingDistances(query: Query, hits: Hit[], article?: string): { behind: (id: string) => number; probability: (id: string) => number; likeliest: (id: string) => number } {
    // Per entry id, its cosine, then its class and that class's probability: read once here, as rank asks
    // each candidate for them several times.
    const entries = new Map<string, { closeness: number; probability: number; classified: boolean }>();
    let vector: NgramVector | null = null;
    let grams: Uint32Array | null = null;
    // By the phrasings, not the entry: a site repeats an FAQ entry across its articles (the real-text
    // benchmark corpus asks one question of up to 30 copies, each with up to 94 alternates).
    const byPhrasings = new Map<number, number>();
    for (const { doc } of hits) {
      const { id, faq, article, phrasings } = this.units[doc]!;
      if (!faq || entries.has(id)) continue;
      vector ??= ngramVector((grams = ngramsOf(query.analyzer.lowerCase(query.spelled ?? query.text))));
      let closeness = byPhrasings.get(phrasings);
      if (closeness === undefined) byPhrasings.set(phrasings, (closeness = cosine(vector, this.centroids.get(phrasings, () => phrasingCentroid(faq, article)))));
      entries.set(id, { closeness, probability: 1, classified: false });
    }
    const classes = this.classifier?.classOf;
    // The probabilities are read only for entries that are classes: none among the candidates, none needed.
    let classifier: Classifier | null = null;
    for (const id of entries.keys()) {
      if (!classes?.has(id)) continue;
      classifier = this.classifier;
      break;
    }
    const probabilities = classifier?.model.probabilities(featureVector(grams!, query.analyzer.termsOfTokens(query.tokens)));
    const classOf = (id: string) => classifier?.classOf.get(id);
    // A question asked of one article: the probability among that article's entries, not among those it leaves out.
    const within = article === undefined || !probabilities ? 1 : this.articleClasses(article).reduce((sum, c) => sum + probabilities[c]!, 0) || 1;
    const probabilityOf = (c: number | undefined) => (probabilities && c !== undefined ? probabilities[c]! / within : 1);
    let closest = 0;
    let likeliest = 0;
    for (const [id, entry] of entries) {
      const c = classOf(id);
      entry.classified = c !== undefined;
      entry.probability = probabilityOf(c);
      closest = Math.max(closest, entry.closeness);
      if (entry.classified) likeliest = Math.max(likeliest, entry.probability);
    }
    const probability = (id: string) => entries.get(id)?.probability ?? probabilityOf(classOf(id));
    const { ngramWeight, classifierWeight } = this.ranking;
    const behind = (id: string) => {
      const entry = entries.get(id);
      if (!entry) return 0;
      const classified = entry.classified ? classifierWeight * (likeliest - entry.probability) : 0;
      return ngramWeight * (closest - entry.closeness) + classified;
    };
    const first = (id: string) => {
      const entry = entries.get(id);
      const classified = entry ? entry.classified : classOf(id) !== undefined;
      const p = probability(id);
      return classified && p >= likeliest ? p : 0;
    };
    return { behind, probability, likeliest: first };
  }

  /** The classes of an article's FAQ entries in the phrasing classifier, each once. */
  private articleClasses(id: string): number[] {
    const classes = new Set<number>();
    const article = this.articlesById.get(id);
    article?.faq.forEach((_, i) => {
      const c = this.classifier?.classOf.get(faqId(article, i));
      if (c !== undefined) classes.add(c);
    });
    return [...classes];
  }

  /**
   * The phrasing classifier over the FAQ entries that have alternates, trained in steps (see
   * `PhrasingClassifier.training`); null when fewer than two have or they are too many for its budget (see
   * `DEFAULT_CLASSIFIER`). Entries with the same question (in any article, whatever their alternates) are
   * one class, learned from all their phrasings: to the classifier they are one intent, and split they would
   * share its probability out and each look unlikely. An entry with a single phrasing is no class: learned
   * from one example against many, it would lose to the entries with more (StackFAQ dev with half the threads given 3 alternates: the other threads' questions, P@1 0.716 without
   * a classifier, 0.684 with them as classes, 0.719 without), and one phrasing per entry teaches nothing
   * the ranking lacks (zero-shot dev: 0.811 → 0.802 ranked first).
   *
   * A class also learns from its entries' answers, by their index terms only: people asking in their own
   * words use the answer's words ("I'm concerned with my sensitive data being in the trello cloud, is there
   * a private option?" for "Can I host my own instance of Trello?", whose answers speak of private machines),
   * and the answer's words keep the class apart from another asked in the same words. Character n-grams of the answers cost six times the training for no more
   * (StackFAQ dev below). StackFAQ dev with 3 alternates (bench:quality's "3 alternates dev", and each
   * thread's 5 dev paraphrases in four rotations of 3 consecutive ones as alternates, the other 2 asked):
   * P@1 0.924 → 0.932 and 0.846 → 0.860 (ranked first 0.925 → 0.930); bench:calibrate's out-of-scope part
   * with 3 alternates abstained 0.621 → 0.589. Held out: StackFAQ test with 3 alternates 0.862 → 0.870.
   * HINT3 (no answer texts) unchanged. It adds a third to the classifier's training on StackFAQ (0.5 → 0.7 s
   * of CPU for the whole index).
   */
  private *classifierTraining(): Generator<void, Classifier | null> {
    if (!this.articles.some((a) => a.faq.some((entry) => entry.alternates.length))) return null;
    /** Each question (by `phrasingKey`, as check-content compares phrasings): its distinct phrasings and
     * answers, each with its analyser, and its entries' ids. */
    const intents = new Map<string, { phrasings: Map<string, { text: string; analyzer: Analyzer }>; answers: Map<string, Analyzer>; ids: string[] }>();
    // Each text keyed once: a site repeats FAQ entries across its articles, questions and alternates alike.
    const keys = new Map<string, string>();
    const keyOf = (text: string) => {
      let key = keys.get(text);
      if (key === undefined) keys.set(text, (key = phrasingKey(text)));
      return key;
    };
    for (const article of this.articles) {
      const analyzer = analyzerFor(article.lang);
      article.faq.forEach((entry, i) => {
        const key = keyOf(entry.question.text);
        let intent = intents.get(key);
        if (!intent) intents.set(key, (intent = { phrasings: new Map(), answers: new Map(), ids: [] }));
        intent.ids.push(faqId(article, i));
        const answer = entry.answer.map((p) => p.text).join('\n');
        if (answer.trim()) intent.answers.set(answer, analyzer);
        for (const p of [entry.question, ...entry.alternates]) {
          const phrasing = keyOf(p.text);
          if (phrasing && !intent.phrasings.has(phrasing)) intent.phrasings.set(phrasing, { text: p.text, analyzer });
        }
      });
    }
    const classOf = new Map<string, number>();
    const examples: Example[] = [];
    let classes = 0;
    for (const { phrasings, answers, ids } of intents.values()) {
      if (phrasings.size < 2) continue;
      for (const { text, analyzer } of phrasings.values()) examples.push({ vector: featureVector(analyzer.lowerCase(text), analyzer.terms(text)), label: classes });
      for (const [text, analyzer] of answers) examples.push({ vector: featureVector('', analyzer.terms(text)), label: classes });
      for (const id of ids) classOf.set(id, classes);
      classes++;
      yield;
    }
    const model = yield* PhrasingClassifier.training(examples, classes);
    return model && { model, classOf };
  }

  /**
   * How closely the FAQ phrasing `unit` (document `doc`) repeats the question's words as typed, typos and
   * word endings forgiven: the Dice coefficient of their character trigrams, stopwords left out (see
   * `trigrams.ts`), above what counts as near-verbatim: 0 below it, 1 for the same words. The phrasing is read
   * as the question's language reads it: from its trigrams taken at indexing when that is its article's.
   */
  private similarity(query: Query, unit: Unit, doc: number): number {
    const { analyzer } = query;
    const rules = trigramRules(analyzer);
    query.trigrams ??= trigrams(query.text, rules.question);
    const closeness = analyzerFor(unit.article.lang) === analyzer ? this.phrasingTrigrams.dice(query.trigrams, doc) : dice(query.trigrams, unit.passage.text, rules.phrasing);
    return Math.max(0, (closeness - NEAR_VERBATIM) / (1 - NEAR_VERBATIM));
  }

  /**
   * A hit's BM25F score with the question's terms that its article's title or tags hold weighing
   * `titleTermWeight` (see `RankingOptions`), by article and hit: the hit's own score where the title holds
   * none of them. Each article's terms are weighed once per question.
   */
  private untitledScores(query: Query): (article: Article, hit: Hit) => number {
    const { titleTermWeight } = this.ranking;
    const byArticle = new Map<Article, QueryTerm[] | null>();
    const weighed = (article: Article): QueryTerm[] | null => {
      const n = this.articleNumbers.get(article)!;
      let titled = false;
      const terms = query.terms.map((term) => {
        const id = this.titles.termId(this.index.term(term.id));
        if (id === undefined || !this.titles.scoreOf([{ id, weight: 1 }], n)) return term;
        titled = true;
        return { id: term.id, weight: term.weight * titleTermWeight };
      });
      return titled ? terms : null;
    };
    return (article, hit) => {
      if (titleTermWeight === 1) return hit.score;
      let terms = byArticle.get(article);
      if (terms === undefined) byArticle.set(article, (terms = weighed(article)));
      return terms ? this.index.scoreOf(terms, hit.doc) : hit.score;
    };
  }

  /**
   * The share of the question's idf mass each paragraph's section heading holds (see `headingTerms`), 0 to
   * 1, by unit: 0 for an FAQ entry and a paragraph without a heading. Its terms the paragraph does not
   * write are taken when it is indexed (see `HeadingOnlyTerms`), but, past the section's first paragraph,
   * those a sibling writes: new-user trials (Spanish, Japanese, Chinese) 5 right answers more, one
   * uncovered question more answered (meal-kit); the benchmarks have no sections.
   */
  private headingShares(query: Query): (unit: Unit) => number {
    const { headings } = this;
    return ({ doc }) => (headings.size(doc) ? held(query, { has: (id) => headings.has(doc, id) }) / (query.known || 1) : 0);
  }

  /**
   * Whether `unit`'s section heading announces the kind of fact `type` asks (see `headingAnnounces`) with no
   * other word but stopwords: "## Date and time", "## Data e orario", "## 日時"; not "## Sign-up deadline" or
   * "## Prenotazioni: date", the dates of another act than the article's event (a review).
   */
  private namesOnlyKind(unit: Unit, type: AnswerType): boolean {
    const heading = topicHeading(unit.passage);
    const analyzer = analyzerFor(unit.article.lang);
    return heading !== null && headingAnnounces(heading, type, analyzer.lang) && analyzer.words(heading).every((word) => analyzer.isStopword(word) || headingAnnounces(word, type, analyzer.lang));
  }

  /**
   * The confidence of `s`, a paragraph, read with its article's title: the share of the question the title
   * holds and the paragraph does not (see `titleOnlyShare`) added to its coverage and to its run's share, each
   * at most 1. "Che giorno è la cena di Natale degli ex allievi?" of the article so titled: its "## Data e
   * orario" section, "La cena si terrà sabato 13 dicembre 2025.", holds "cena" alone (0.29 on its own, under
   * the threshold) and 0.95 read with the title, while the lead naming the dinner, which states no date, held
   * it all at 0.89 (a Bologna cooking school's trial, round AJ). On the nine trials of rounds AJ to AL and
   * test/quality.test.ts: that question gained, none lost; npm run bench:quality: no figure moved (XQuAD has
   * no headings; StackFAQ's and HINT3's answers are FAQ entries).
   */
  private titledConfidence(s: Scored, query: Query): number {
    const title = this.titleOnlyShare(s.unit, query);
    return confidence({ ...s.signals, coverage: Math.min(1, s.signals.coverage + title), share: Math.min(1, s.signals.share + title) });
  }

  /** The share of `query`'s idf mass that `unit`'s article title holds and the unit does not write. */
  private titleOnlyShare(unit: Unit, query: Query): number {
    const inTitle = this.inTitle(unit.article);
    return held(query, { has: (id) => inTitle(id) && this.index.scoreOf([{ id, weight: 1 }], unit.doc) === 0 }) / (query.known || 1);
  }

  /**
   * How well an article's title and tags match the question, 0 to 1, by article: scored for the articles
   * asked about only (the candidates'), not for every article a title word matches.
   */
  private titleScores(asked: Query): (article: Article) => number {
    const query: QueryTerm[] = [];
    for (const term of asked.stems) {
      const id = this.titles.termId(term);
      if (id !== undefined) query.push({ id, weight: 1 });
    }
    if (!query.length) return () => 0;
    const ceiling = this.titles.ceiling(query);
    return (article) => this.titles.scoreOf(query, this.articleNumbers.get(article)!) / ceiling;
  }

  private answerFor(unit: Unit, question: string, evidence: Evidence | null, query?: Query): Omit<Answer, 'confidence' | 'alternatives'> {
    const { article } = unit;
    if (unit.faq) {
      const answerText = unit.faq.answer.map((p) => p.raw).join('\n\n');
      const support = this.bodySupport(unit);
      // Asked as the entry's phrasing asks, its own answer is the quote, unless the body all but repeats it or
      // the answer leaves the kind of fact asked to the body ("How much are tickets?" answered "Weekend
      // tickets are cheaper than three day tickets"): a body run that only shares its words ("Tickets are
      // non-refundable…" for "Only if the whole festival is cancelled", asked "is the booking fee
      // refundable") quoted what the answer does not say.
      const own = query !== undefined && held(query, this.phrasingTerms(unit)) >= query.known && (!query.type || evidence?.typed === true);
      const backing = support && (support.window.score >= CLOSE_SUPPORT || !own) ? support : null;
      const where = backing?.passage ?? unit.faq.answer[0]!;
      return {
        question,
        answer: answerText,
        kind: 'faq',
        quote: backing ? this.quoteOf(backing.passage, backing.window, unit.article, query, false) : answerText,
        source: source(article, where),
        matched: unit.faq.question.text,
        entry: unit.id,
      };
    }
    // A code block is quoted whole: a window of its lines would cut its fences, and the command with them.
    const read = isCodeBlock(unit.passage) ? unit.passage.raw : evidence ? this.quoteOf(unit.passage, evidence.window, unit.article, query, true) : firstSentences(unit.passage, this.split(unit.passage).list);
    const text = withIntroducedBlock(read, unit.passage, article);
    return { question, answer: text, kind: 'paragraph', quote: text, source: source(article, unit.passage), matched: null, entry: unit.id };
  }

  /** The body sentences that best back an FAQ answer, when they echo it strongly enough; cached per entry. */
  private bodySupport(unit: Unit): Backing | null {
    if (this.support.has(unit.id)) return this.support.get(unit.id)!;
    // The answer's terms as its indexed sentences hold them, where those are read from its text: a Markdown
    // passage's sentences are read from its raw text (see `readable`), which may hold words its text does
    // not (a numbered list's numbers), so its text is analysed again. A term no passage holds (numbered
    // below 0) matches none of the body's, but weighs in the answer all the same.
    const analyzer = analyzerFor(unit.article.lang);
    const answerTerms = new Set<number>();
    const unheld = new Map<string, number>();
    for (const passage of unit.faq!.answer) {
      if (passage.raw === passage.text) {
        const split = this.split(passage);
        for (const id of termsOf(split, 0, split.list.length)) answerTerms.add(id);
        continue;
      }
      for (const term of analyzer.terms(passage.text)) {
        let id = this.splits.termId(term) ?? unheld.get(term);
        if (id === undefined) unheld.set(term, (id = -1 - unheld.size));
        answerTerms.add(id);
      }
    }
    let answerMass = 0;
    for (const t of answerTerms) answerMass += idfOf(this.index, t);
    const inAnswer = (t: number) => answerTerms.has(t);
    const marks = (this.marks ??= new Int32Array(this.splits.idCount));
    let best: Backing | null = null;
    for (const passage of unit.article.paragraphs) {
      const split = this.split(passage);
      const window = bestWindow(split.list.length, runAgreement(split, inAnswer, answerMass, this.index, marks, () => (this.mark = (this.mark + 1) | 0)), undefined, bulletItems(passage, split.list));
      if (window && (!best || window.score > best.window.score)) best = { passage, window };
    }
    const least = NO_ANSWER.test(unit.faq!.answer[0]!.text) ? Math.max(NEGATED_SUPPORT, this.ranking.supportThreshold) : this.ranking.supportThreshold;
    const found = best && best.window.score >= least ? best : null;
    this.support.set(unit.id, found);
    return found;
  }

  /**
   * The verbatim sentences of `passage` that `window` selects, with the neighbours that hold more of the
   * question for their length, or state the kind of fact it asks for, as context (see `withContext`,
   * `contextWeight`). Here the question's words count in other forms too (see `looseHolds`: a shared prefix
   * at LOOSE_WEIGHT, a number written otherwise in full), and with `rechoose` (a paragraph's own best run,
   * not the run backing an FAQ answer) the run is chosen again so, a run gaining for each pair of the
   * question's words it writes as the question does (see PAIR_WEIGHT). Rechosen with its own
   * `extraSentenceCost` (0.03, 0.08, 0.12) or `typeWeight` (0.1, 0.3, 0.5), XQuAD dev answer in quote moved
   * ±0.2 points in English and lost up to 0.8 in German (de FAQ mode at 0.12); with each question term
   * weighed also by how few of the paragraph's sentences hold it, English stayed at 0.917 and the sum over
   * languages fell.
   */
  private quoteOf(passage: Passage, window: Window, article: Article, query: Query | undefined, rechoose: boolean): string {
    const split = this.split(passage);
    const { list, first } = split;
    const items = bulletItems(passage, list);
    if (!query) {
      const quoted = withContext(window, list.length, undefined, undefined, undefined, items);
      return sliceSentences(passage.raw, list, quoted.from, quoted.to);
    }
    const type = query.type;
    const analyzer = analyzerFor(article.lang);
    const holds = questionTermsBySentence(query, split);
    // Read once for the loose matches and, when the run is chosen again, the question's word pairs.
    const sentenceWords = rechoose ? list.map((s) => wordsOf(s.text, analyzer)) : undefined;
    const loose = this.looseHolds(query, split, analyzer, { sentenceWords });
    const run = rechoose ? (bestWindow(list.length, withPairs(runScore(query, holds, typedSentences(query, split, analyzer.lang), this.ranking.typeWeight, loose), questionPairs(query, sentenceWords!, analyzer)), this.ranking.extraSentenceCost, items) ?? window) : window;
    // Not a name: a capitalised word is in most sentences of an article (see `withContext`'s figures).
    const states = type && type !== 'name' ? (i: number) => statesType(list[i]!.text, type, heldOf(query), analyzer.lang, query.counter) : undefined;
    const weight = (i: number) => contextWeight(heldIn(query, holds, i, i + 1) + looseIn(query, holds, loose, i, i + 1), first[i + 1]! - first[i]!);
    const quoted = withContext(run, list.length, weight, states, (i) => leansBack(list[i]!.text, analyzer.lang), items);
    return sliceSentences(passage.raw, list, quoted.from, quoted.to);
  }

  /** A passage's sentences and their terms, analysed when it was indexed (every passage `split` is given is). */
  private split(passage: Passage): Split {
    const split = this.splits.split(passage);
    if (!split) throw new Error(`a passage of no indexed article: ${passage.text.slice(0, 40)}`);
    return split;
  }
}

/**
 * What `unit` states numbers and code names in: an FAQ entry's phrasings and answer, or the paragraph and
 * the section heading over it (see `topicHeading`), which names what its sentences need not repeat ("##
 * Breaking changes in 2.4.0" over its bullets, "## `server.base_url`" over what the key does).
 */
function statedTexts(unit: Unit): string[] {
  if (unit.faq) return [unit.faq.question, ...unit.faq.alternates, ...unit.faq.answer].map((p) => p.text);
  const heading = topicHeading(unit.passage);
  return heading === null ? [unit.passage.text] : [unit.passage.text, heading];
}

/**
 * "Did you mean": up to 3 other FAQ questions among the ranked candidates, best first. Beside an answer,
 * only those within ALTERNATIVE_BAND of its confidence: a near competitor, not any entry sharing a word
 * with a sure answer. Beside an abstention, the closest whatever their confidence (a member's click on one
 * is how a phrasing is learned). A question no candidate matched gets none: autocomplete's fuzzy matches,
 * once offered there, held the right entry for 6 of HINT3's ~1,000 such suggestions, the rest noise.
 */
function alternatives(ranked: Scored[], answered: Scored | null): Alternative[] {
  const seen = new Set<string>(answered?.unit.faq ? [answered.unit.faq.question.text] : []);
  const floor = answered ? answered.confidence - ALTERNATIVE_BAND : -Infinity;
  const out: Alternative[] = [];
  for (const { unit, confidence } of ranked) {
    if (!unit.faq || unit === answered?.unit || seen.has(unit.faq.question.text) || confidence < floor) continue;
    seen.add(unit.faq.question.text);
    out.push({ id: unit.id, question: unit.faq.question.text, article: unit.article.title });
    if (out.length === 3) break;
  }
  return out;
}

/**
 * How far below an answer's confidence an alternative may be. On StackFAQ's dev split, 0.4 kept every
 * wrong answer's right entry that any band kept (47 %) while offering fewer alternatives beside right
 * answers; HINT3 (checked, not tuned on): 2.0–2.3 alternatives per right answer → 1.1–1.6, the right entry
 * beside a wrong answer 73/87/64 % → 69/83/62 %.
 */
const ALTERNATIVE_BAND = 0.4;

/**
 * The share of an untyped FAQ entry's hold on the question that a paragraph of its article stating the
 * fact asked for needs to take its place (see `preferTyped`); likewise, of a first paragraph's hold, a
 * paragraph of its article under a heading that announces the fact (with its heading's words: a Japanese
 * trial's dated paragraph held 0.62 of the opening paragraph's hold, its price list 0 without its heading). On XQuAD dev, FAQ mode: 0.5 and 0.75 both
 * took ru answer in quote 0.858 → 0.860, every other figure of npm run bench:quality unchanged (plain mode,
 * StackFAQ and HINT3 have no such pairs); 0.5 also answered a new-user trial's "How much does visitor
 * parking cost per hour?" with the €2.50 paragraph. Any paragraph, not only an FAQ entry's, at 0.5: XQuAD
 * en plain answer in quote 0.894 → 0.889. 0.3 moved no figure of npm run bench:quality either, and answered
 * a German trial's "was kostet das essen in der mensa" with the paragraph stating "2,90 €" (it holds
 * "kostet" only, the article's title and the entry the rest) rather than the entry's "Die Preise hängen vom
 * Gericht ab" at 1.00.
 */
const OWN_ARTICLE_HELD = 0.3;

/** How far apart two shares of the question (sums of idf ratios) may lie and be equal: floating-point rounding only. */
const SHARE_ROUNDING = 1e-9;

/**
 * The share of a first paragraph's hold on the question that an FAQ entry of its article stating the fact
 * asked for needs to take its place (see `preferTyped`): the paragraph holds the question's words as the
 * article's prose does, the entry its topic in fewer words ("verifica" for "test"). On 71 new-user trials
 * (dev; right / wrong answers), at 0.5: 7,991 / 3,949 → 8,005 / 3,935, 14 gained and none lost. Tried in
 * one pass with `preferTyped`'s other rules: 8,006 / 3,934 at 0.3 (4 lost), 8,005 / 3,935 at 0.45 and 0.5
 * (2 lost: a French students' "Les photos du gala sont en ligne quand ?" and a Vietnamese school's "Nghỉ
 * mấy buổi thì bị mất chứng nhận hoàn thành?"), 8,001 / 3,939 at 0.6; 0.5 for the fewest lost. XQuAD dev
 * FAQ mode (npm run bench:quality's scoring), paragraph@1 / answer in quote: el 0.937 / 0.888 → 0.933 /
 * 0.884, zh answer in quote 0.876 → 0.878, every other language unchanged.
 */
const OWN_ENTRY_HELD = 0.5;

/** How many of the units a term weighs most in show whether another language of the articles uses it (see `inOtherLanguage`). */
const OTHER_LANGUAGE_PROBE = 8;

/** Shortest word found as a compound's last part, and shortest first part before it (see `compoundEndingIn`). */
const MIN_COMPOUND_TAIL = 5;
const MIN_COMPOUND_HEAD = 3;

/** Text with Han characters and no kana or hangul (see `questionLanguage`). */
const HAN_ONLY = /^(?=.*\p{sc=Han})(?!.*[\p{sc=Hiragana}\p{sc=Katakana}\p{sc=Hangul}])/su;
/** A word written in Han characters only (see `hanParts`). */
const HAN_WORD = /^\p{sc=Han}+$/u;
/** Syllables of a clipped or contracted Korean word at most (see `clippedFrom`), and kanji of a Japanese word without its DAY; four rarely are one. */
const MAX_CLIPPED = 3;
/**
 * The kanji for day, which members leave off a Japanese word the articles write with it: "日曜" of "日曜日"
 * (Sunday), "誕生" of "誕生日" (birthday), "記念" of "記念日"; a VTuber fan server's trial abstained on
 * "日曜って配信ある？". Read so for a word of 2 or 3 kanji (up to MAX_CLIPPED) that no two known terms make
 * (see `hanParts`). Not any longer word the kanji open: most two-kanji words are whole words, and "日本"
 * (Japan) met "日本語" (Japanese), "話" (talk) "話題" (topic). Katakana loanwords clipped ("メンシ" of
 * "メンバーシップ") were read so too, their letters in order: in that trial as many uncovered questions were
 * answered as covered ones, and "ガチャの確率は？" (gacha odds) met "ガチャチケット" in test/quality.test.ts's
 * CJK site.
 */
const DAY = '日';

/** Korean's "how many", written onto the counter it asks about (see `otherForms`). */
const HOW_MANY = '몇';
/** A text's words, with their marks, as `lettersOf` reads them. */
const LETTERS = /[\p{L}\p{M}]+/gu;
/** The words of `text`, runs of letters and their marks (see `writesSpelled`, `joinedTerm`). */
const lettersOf = (text: string): string[] => Array.from(text.matchAll(LETTERS), ([word]) => word);
/**
 * An English word typed without the "g" of its "-ing" ("is the warehouse open if its snowin", "hurt ma back
 * liftin a crate", "fridge is readin 10 degrees": a Glasgow food bank's trial, round W, where each counted
 * against every answer), read as the word with it where an article writes an "-ing" word of its stem
 * ("snowing heavily"). Five letters at least, so "bin" is no "bing"; and not where the articles write the
 * stem in other words only: "latin" is no "late" (two reviews).
 */
const DROPPED_G = /^[a-z]{3,}in$/;
/** A word of ASCII letters only: typed without diacritics (see `unaccented`). */
const ASCII_WORD = /^[a-z]+$/;
/** A word of Hangul syllables only, as the question writes it (see `hanParts`). */
const HANGUL_WORD = /^[\uac00-\ud7a3]+$/u;

/** A decimal number: digits, one dot, digits ("4.4", "1.5"), not a version of three parts. */
const DECIMAL = /^\d+\.\d+$/;
/** A digit, as the question's numbers are read (see `analyse`). */
const DIGIT = /\d/;
/** How many words a count may stand before what it counts, in a question or an article (see `countWritten`): "two alt accounts", "3 more friends". */
const COUNT_REACH = 3;
/** A word of ASCII digits only, a count as the tokenizer reads figures. */
const DIGITS = /^[0-9]{1,15}$/;

/** An hour with "am" or "pm" ("9 pm", "7am", "7 a.m."); not "15 am i…", where "am" is the verb ("im 15 am i old enough"). */
const MERIDIEM = '\\s?(?:p\\.?m\\.?|a\\.?m\\.?(?!\\s+i(?![\\p{L}])))(?![\\p{L}])';

/** A clock time asked: its hours and minutes ("22:00", "20h30", "9 pm"; see `Query.clocks`). */
const CLOCK = new RegExp(`(?<![\\d.,:])(\\d{1,2})(?:[:h](\\d{2})(?!\\d)|${MERIDIEM})`, 'giu');

/** A unit's stated time ("21:00", "9 pm"): not "1h30", which is as often a duration ("matches last about 1h30"). */
const STATED_CLOCK = new RegExp(`(?<![\\d.,:])\\d{1,2}(?::\\d{2}(?!\\d)|${MERIDIEM})`, 'iu');

/**
 * A year of the asker's ("who won in 2021?"), not one of their quantities ("i have 1400 followers"; see
 * `Query.quantities`): recent years only, where answer-type.ts's YEAR reads the years an article states
 * from 1000 ("in 1066").
 */
const RECENT_YEAR = /^(?:19|20)\d\d$/;

/** A Markdown code span, its text captured: `config.yml`. */
const CODE_SPAN = /`([^`\n]+)`/g;

/** Identifiers a candidate must share with another language's first candidate to be its translation (see `preferTranslation`). */
const MIN_SHARED_IDENTIFIERS = 2;

/** Digits from which a number is an identifier rather than a quantity (see `numbersMissed`): Indian
 * pincodes have 6, US ZIP codes 5; a year has 4, and quantities that long are written with separators. */
const IDENTIFIER_DIGITS = 5;

/** Digits from which a number after a word names something the way an identifier does: "code 137", "port 8096" (see `namesNumbers`). */
const NAME_DIGITS = 3;
/** Units `someUnitHolding` reads of a word's, at most: a word that names numbers does so in the units that hold it most. */
const MAX_UNITS_READ = 512;
/** Words whose `namesNumbers` or `countsAfterNumbers` answer is kept (an `Lru`: questions with an unknown identifier are rare). */
const MAX_CACHED_NAMES = 1_024;

/** An identifier (see IDENTIFIER_DIGITS) as a word, and as written in a text (see `numbersMissed`). */
const IDENTIFIER_WORD = new RegExp(`^\\d{${IDENTIFIER_DIGITS},}$`);
const IDENTIFIER_ANYWHERE = new RegExp(`\\d{${IDENTIFIER_DIGITS}}`);
/**
 * The one-letter words of the languages whose series' letters (see `seriesLetter`) are read typed apart
 * too ("c jugend"): such a letter is a word of its own ("a team", "y ahora"), a series' letter only before a
 * hyphen. In another language, a letter is read only before a hyphen.
 */
const LETTER_WORDS: Record<string, string> = { de: '', en: 'ai', fr: 'ay', es: 'aeouy', it: 'aeio', pt: 'aeo', nl: 'u', pl: 'aiouwz', cs: 'aikosuvz', sk: 'aikosuvz', sv: 'i', da: 'i', nb: 'i' };
/** A letter before a word, with a hyphen or apart, where a series' letter may stand (see `seriesLetter`): not the "s" of "doctor's", nor a letter of "U.S.". */
const LETTERED_WORD = /(?<![\p{L}\p{N}\p{Pd}'’.])([a-z])(\p{Pd}|\s+)(\p{L}{2,})/gu;

/**
 * An order, booking or tracking number typed with its letters ("NS2519983", "AWB12345678"): a few letters,
 * then an identifier's digits. Where no article writes it, it is the asker's detail, as a bare one is (see
 * `askersDetails`): an Indian mattress brand's trial (round AR) declined "order NS2519983 kab aayega" at
 * 0.10, the word counted against every answer, where "order 2519983" found the tracking entry.
 */
const LETTERED_IDENTIFIER = new RegExp(`^\\p{L}{1,4}\\d{${IDENTIFIER_DIGITS},}$`, 'u');
const IDENTIFIER = new RegExp(`(?<![\\d.,])\\d{${IDENTIFIER_DIGITS},}(?![\\d]|[.,]\\d)`);
/**
 * A version as the question's words read it (see `missesExact`): three dotted parts or more ("1.8.3",
 * "2025.4.0"), or a year and a month ("2025.4"); not a price or a decimal ("1.50", "2.5"), which an asker
 * writes without its currency.
 */
const VERSION_SHAPE = String.raw`\d+(?:\.\d+){2,}|(?:19|20)\d{2}\.\d{1,2}`;
const VERSION = new RegExp(`^(?:${VERSION_SHAPE})$`);
/**
 * A version as a text writes one (see VERSION), a number after "version" or "v" ("v2", "version 3"), or a
 * number of two parts after a name ("Brindle 4.0", "Ubuntu 22.04", "DSM 7.2"; not "Rp 75.000", thousands):
 * "When is Brindle 3.5.0 coming out?" was answered by "Brindle 4.0 is planned for the second quarter of
 * 2026", read as stating no version, over the paragraph giving 3.5.0's date (an open-source tool's trial).
 */
const STATED_VERSION = new RegExp(String.raw`(?<![\d.])(?:${VERSION_SHAPE})(?![\d]|\.\d)|\b(?:version|v)\s?\d`, 'i');
const NAMED_VERSION = /(?<![\p{L}\p{N}])\p{Lu}[\p{L}.]*\s\d+\.\d{1,2}(?![\d]|[.,]\d)/u;

/**
 * About how many postings the units of `articles` make (see `InvertedIndex`'s `expectedPostings`): their
 * passages' characters, CHARS_PER_POSTING to a posting.
 */
function expectedPostings(articles: readonly Article[]): number {
  let chars = 0;
  for (const article of articles) for (const passage of passagesOf(article)) chars += passage.text.length;
  return chars / CHARS_PER_POSTING;
}

/**
 * Characters of text per posting: 12.8 in the speed benchmark's real text, 10.6 in its synthetic corpus
 * (100k paragraphs). Text of shorter words (Chinese) has more postings: its buffers grow as they fill.
 */
const CHARS_PER_POSTING = 10;

/** A language's loanword terms by their key, and their first vowels by term id (see `SearchIndex.loanKeysOf`). */
interface LoanKeys {
  keys: Map<string, number[]>;
  vowels: string[];
  /** For LATIN, each term's vowel sounds (see `syllableCount`). */
  syllables?: number[];
}

/** `loanKeysOf`'s key for the articles' terms of Latin letters, read by their English sounds (see `latinLoan`). */
const LATIN = 'Latn';

/** Languages written in Cyrillic whose members type English terms as they sound (see `latinLoan`). */
const CYRILLIC_LANGUAGES: ReadonlySet<string> = new Set(['ru', 'uk', 'bg', 'sr', 'mk', 'be', 'kk', 'ky', 'mn', 'tg']);

/** The fewest sounds of a key a loanword is read by (see `loanTerm`): one sound ("k" of "kick", "किक") matches any word of it. */
const MIN_LOAN_KEY = 2;

/**
 * Whether a word of the question, as the question's analyzer read it, is a function word of one of the
 * asker's `spoken` languages: one of its stopwords, or a run of up to three of them as they stand in the
 * question read in that language, diacritics folded or not. The question's analyzer may join what another
 * language writes apart: English drops apostrophes, joins hyphens and folds, so French "Qu'est-ce que"
 * reads "quest", "questce", "que" and Italian "Cos'è" "cose".
 */
function spokenFunctionWords(question: string, spoken: readonly Analyzer[]): (word: string) => boolean {
  if (!spoken.length) return () => false;
  const runs = new Set<string>();
  for (const other of spoken) {
    const words = other.tokens(question).map((t) => t.word);
    for (let i = 0; i < words.length; i++) {
      let run = '';
      for (let k = i; k < Math.min(words.length, i + 3) && other.isStopword(words[k]!); k++) {
        run += words[k];
        runs.add(run).add(other.termForm(run));
      }
    }
  }
  return (word) => runs.has(word) || spoken.some((other) => other.isStopword(word));
}

/** The n-gram centroid of an FAQ entry's phrasings (its question and alternates), lower-cased as its article's language does. */
function phrasingCentroid(faq: FaqEntry, article: Article): NgramVector {
  const analyzer = analyzerFor(article.lang);
  return centroid([faq.question, ...faq.alternates].map((p) => analyzer.lowerCase(p.text)));
}

/**
 * Words offered as alternatives, two to four joined by slashes ("copilot/chatgpt", "s3 / minio",
 * "iOS/Android/PC"), not a path's ("/media/movies/Alien.mkv", "src/app/main.ts") nor an address's.
 */
const SLASHED = /(?<![\p{L}\p{N}_/\\.:~-])[\p{L}\p{N}]+(?:\s*\/\s*[\p{L}\p{N}]+){1,3}(?![\p{L}\p{N}_/\\.-])/gu;

/**
 * The question's words offered as alternatives ("can i use copilot/chatgpt for my pr"), each mapped to its
 * group's number, as `analyzer` reads them. A member asks about one of them, so where the articles write
 * one, the others are no topic they lack, and where they write none, the group is one such topic, not
 * several: counted once each, "copilot/chatgpt" took the right FAQ entry's confidence under the threshold
 * (an open-source project's trial: 0.345). Empty for a question without a slash.
 */
function slashAlternatives(question: string, analyzer: Analyzer): Map<string, number> {
  const groups = new Map<string, number>();
  if (!question.includes('/')) return groups;
  let group = 0;
  for (const [run] of question.matchAll(SLASHED)) {
    // A fraction or a date ("1/2", "12/24") offers no alternatives.
    if (/^[\d\s/]+$/.test(run)) continue;
    for (const word of analyzer.words(run)) groups.set(word, group);
    group++;
  }
  return groups;
}

/**
 * The question's words that can be read apart or as one, numbered by group: a hyphenated run
 * ("fax-machine": "fax" and "machine", or "faxmachine") and two words the corpus writes as one (`joined(i)`:
 * words `i` and `i + 1`, "git hub" for "github"); `joined[group]` says whether the corpus writes the group
 * as one. A group's words the corpus lacks count as unknown in the reading that misses less (see
 * `analyse`): "cease-fire" asked of articles that write "ceasefire" misses nothing, "fax-machine" asked of
 * articles that write "fax machine" neither, "fax-zeppelin" misses "zeppelin". Counted in both readings, the
 * spelling the articles do not use took the confidence of StackFAQ's "How can I cross out my text on git
 * hub?" from 0.60 to 0.39.
 */
function spellingGroups(tokens: readonly Token[], joined: (i: number) => boolean): { of: Map<string, { group: number; joined: boolean }>; joined: boolean[] } {
  const of = new Map<string, { group: number; joined: boolean }>();
  const known: boolean[] = [];
  for (let i = 0; i + 1 < tokens.length; i++) {
    if (!joined(i)) continue;
    of.set(tokens[i]!.word, { group: known.length, joined: false }).set(tokens[i + 1]!.word, { group: known.length, joined: false });
    known.push(true);
  }
  for (let i = 0; i < tokens.length; i++) {
    if (!tokens[i]!.hyphen) continue;
    let end = i;
    while (end + 1 < tokens.length && tokens[end]!.hyphen) end++;
    const run = tokens.slice(i, end + 1).map((t) => t.word);
    for (const word of run) of.set(word, { group: known.length, joined: false });
    of.set(run.join(''), { group: known.length, joined: true });
    known.push(false);
    i = end;
  }
  return { of, joined: known };
}

/**
 * Leaves out of `readings` the words the articles lack that count as no miss, their group being read as one
 * word the articles write ("log" of "log in" where they write "login"; see `spellingGroups`).
 */
function dropReadApart(readings: WordReading[], spelling: (word: string) => { group: number } | undefined, missing: readonly { apart: number; joined: number | null }[]): void {
  const readOk = (word: string) => {
    const group = spelling(word)?.group;
    if (group === undefined) return false;
    const { apart, joined } = missing[group]!;
    return Math.min(apart, joined ?? apart) === 0;
  };
  for (let i = readings.length - 1; i >= 0; i--) if (readings[i]!.how === 'unknown' && readOk(readings[i]!.word)) readings.splice(i, 1);
}

/**
 * `word`, as the question's tokens read it (Chinese characters in their Simplified form: see
 * `simplifiedChinese`), as `question` writes it ("时间" → "時間"), for showing an admin how a question was
 * read: two Japanese sites' admins read "Words read: 时间, 场所" as their site being read as Chinese; and
 * Hangul's compatibility jamo as typed ("ㅋㅋ", which NFKC reads as "ᄏᄏ": a K-pop fan community's admin
 * saw another character). As it is where the question writes it so, or writes no such run.
 */
function asWritten(word: string, question: string): string {
  if (question.includes(word) || !RESPELLED.test(word)) return word;
  for (let i = 0; i + word.length <= question.length; i++) {
    const piece = question.slice(i, i + word.length);
    if (simplifiedChinese(piece.normalize('NFKC').toLowerCase()) === word) return piece;
  }
  return word;
}

/** Letters the analysis reads in another form than typed: Han characters (Simplified), Hangul jamo (NFKC reads "ㅋ" as "ᄏ"). */
const RESPELLED = /[\p{sc=Han}\u1100-\u11ff]/u;

/** Whether `unit` is its article's lead: the first paragraph, under no heading. */
const isLead = (unit: Unit): boolean => !unit.faq && unit.passage.paragraph === 1 && unit.passage.section === null;

/** Puts `ranked[at]` first (nothing when `at` < 1) with the first's score and margin over the rest. */
function promote(ranked: Scored[], at: number, why: Lift): void {
  if (at < 1) return;
  const [first] = ranked;
  const [promoted] = ranked.splice(at, 1);
  // The first it passes keeps no reason for a place it has lost.
  first!.lifted = undefined;
  promoted!.lifted = why;
  promoted!.score = first!.score;
  promoted!.signals.margin = first!.signals.margin;
  ranked.unshift(promoted!);
}

const rulesByAnalyzer = new Map<Analyzer, { phrasing: WordRules; question: WordRules }>();

/**
 * How a language's words are read for their trigrams (see `similarity`), made once per analyser: lower-cased,
 * stopwords left out, and from a question also the question words people mistype.
 */
function trigramRules(analyzer: Analyzer): { phrasing: WordRules; question: WordRules } {
  let rules = rulesByAnalyzer.get(analyzer);
  if (!rules) {
    const lower = (text: string) => analyzer.lowerCase(text);
    rules = { phrasing: { lower, skip: (w) => analyzer.isStopword(w) }, question: { lower, skip: (w) => analyzer.isStopword(w) || analyzer.isMistypedQuestionWord(w) } };
    rulesByAnalyzer.set(analyzer, rules);
  }
  return rules;
}

/** Marks the constructor call of `SearchIndex.build`, which indexes the articles itself. */
const DEFERRED = Symbol('deferred');

/**
 * An article's documents in index order: each FAQ entry's question, then its alternates; then its
 * paragraphs. `phrasingSets` numbers the entries' phrasings (see `Unit.phrasings`), and gains the new ones.
 */
function unitsOf(article: Article, phrasingSets: Map<string, number>, first: number): Unit[] {
  const units: Unit[] = [];
  article.faq.forEach((entry, i) => {
    const id = faqId(article, i);
    const key = `${article.lang}\u0000${[entry.question, ...entry.alternates].map((p) => p.text).join('\u0000')}`;
    let phrasings = phrasingSets.get(key);
    if (phrasings === undefined) phrasingSets.set(key, (phrasings = phrasingSets.size));
    const opening = entry.answer[0]?.text ?? '';
    const { lang } = analyzerFor(article.lang);
    // A local yes opens other answers too ("Так, спочатку…", so, first…): read only under a yes-or-no question.
    const yesOrNo = YES_OR_NO.test(opening) || ((LOCAL_YES_OR_NO[lang]?.test(opening) ?? false) && asksWhether(entry.question.text, lang));
    for (const passage of [entry.question, ...entry.alternates]) units.push({ id, article, faq: entry, passage, phrasings, yesOrNo, doc: first + units.length });
  });
  for (const passage of article.paragraphs) units.push({ id: `${article.id}#p${passage.paragraph}`, article, faq: null, passage, phrasings: -1, yesOrNo: false, doc: first + units.length });
  return units;
}

/**
 * The terms of a paragraph's heading (`heading`) that the paragraph does not write (`writes`: whether it
 * writes the heading's `k`-th term, of id `id`): a word it writes is matched there already, and counted twice would lift a paragraph that repeats its heading
 * ("## Version 1.8.2" over "Version 1.8.2 was released…") over one that answers.
 */
function headingOnly(heading: number[], writes: (id: number, k: number) => boolean): number[] {
  if (!heading.length) return heading;
  // A heading has a few terms: scanning the paragraph's for each costs less than a set of them (100k paragraphs).
  return heading.filter((id, k) => !writes(id, k));
}

/**
 * A document's BM25F fields: an FAQ question's are its phrasings, then its answer; an alternate is matched
 * on its own, like a question of its own (folded into the question field it would dilute the question's
 * words by length normalisation); a paragraph has text, then its section's heading (`heading`).
 */
function fieldsOf<T>(unit: Unit, terms: (p: Passage) => T[], heading: (p: Passage) => T[]): T[][] {
  if (!unit.faq) return [[], terms(unit.passage), heading(unit.passage)];
  if (unit.passage !== unit.faq.question) return [terms(unit.passage), []];
  return [joined([unit.faq.question, ...unit.faq.alternates], terms), joined(unit.faq.answer, terms)];
}

/** The terms of `passages` one after another: a single passage's as they are (the index only reads them),
 * else copied in a loop (`flatMap` cost a build at 100k paragraphs a third of a second). */
function joined<T>(passages: readonly Passage[], terms: (p: Passage) => T[]): T[] {
  if (passages.length === 1) return terms(passages[0]!);
  const out: T[] = [];
  for (const passage of passages) for (const term of terms(passage)) out.push(term);
  return out;
}

const statsOf = (articles: readonly Article[]): IndexStats => ({
  articles: articles.length,
  faq: articles.reduce((n, a) => n + a.faq.length, 0),
  paragraphs: articles.reduce((n, a) => n + a.paragraphs.length, 0),
});

function mostCommon(values: string[]): string | undefined {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0];
}

/** FAQ phrasings `chatterScanning` reads between yields: each is a few regular-expression passes, ~10 µs. */
const CHATTER_SLICE = 256;

/** Ids name an entry by article and position, so they survive a reload that leaves the article as it was. */
const faqId = (article: Article, i: number): string => `${article.id}#faq-${i + 1}`;

/** Whether an entry id names an FAQ entry (see `faqId`), not a paragraph (`article#p3`). */
export const isFaqId = (id: string): boolean => /#faq-\d+$/.test(id);

/** The id of the article an entry id (`article#faq-2`, `article#p3`) names an entry of. */
export const articleIdOf = (id: string): string => id.slice(0, id.lastIndexOf('#'));

/** The idf of a split's term (see `Split`): a term the index lacks (only raw texts hold it, or none) weighs as its rarest. */
const idfOf = (index: InvertedIndex, id: number): number => (id >= 0 && id < index.terms.length ? index.idf(id) : index.rarestIdf);

/** idf mass of the question's terms found in `terms`, its joins read in them (see `joinsHeld`): how much of the question they answer. */
function held(query: Query, terms: { has(id: number): boolean }): number {
  const has = (i: number) => terms.has(query.asked[i]!);
  let sum = 0;
  for (let i = 0; i < query.asked.length; i++) if (has(i)) sum += query.idfs[i]!;
  for (const i of joinsHeld(query, has)) sum += query.idfs[i]!;
  return sum;
}

/**
 * The terms of `query.asked` (by index) that its joins add to those `has` says are held (see `Join`): a
 * joined word held holds its two words, and its two words held (`together`, in one sentence where the
 * terms are a unit's: by default, all of them in `has`), where `apart`, the joined word. "when are
 * office hours" asks "office", "hours" and "officehour" (the articles write "office-hours" in a channel
 * name): the paragraph "There are four office hours slots every week: Tuesday at 12:00 PM ET…" missed the
 * third, and "Join the voice channel "office-hours"…" was answered (an online course's trial). npm run
 * bench:quality: StackFAQ zero-shot dev P@1 0.808 → 0.810, XQuAD dev answer in quote up 0.2 points in ar,
 * de and hi and down 0.2 in ru and th plain; with the joins that stemming cut short left out (see
 * `joinedTerm`), ru plain paragraph@1 kept its 0.917. Counting a join once, as the heavier of its two
 * spellings (the question asks one thing), made 9 fewer wrong answers in the new-user trials but lost
 * StackFAQ dev its gain and more (0.806) and a right answer held by the tests ("what is the cut-off time",
 * whose unknown "time" then weighed more); reading only the two words as the joined one, not the joined
 * word as the two, gained no StackFAQ dev query and lost XQuAD answer in quote 0.4 points summed over its 24
 * figures, where this gains 0.6.
 */
function joinsHeld(query: Query, has: (i: number) => boolean, together: (parts: number[]) => boolean = (parts) => parts.every(has)): number[] {
  if (!query.joins.length) return NONE;
  const added: number[] = [];
  for (const { at, parts, apart } of query.joins) {
    if (has(at)) added.push(...parts.filter((i) => !has(i) && !added.includes(i)));
    else if (apart && together(parts) && !added.includes(at)) added.push(at);
  }
  return added;
}

/** What `joinsHeld` adds for a question without joins: nothing, one array shared by every sentence read. */
const NONE: number[] = [];

/** The 32-bit words per sentence of `questionTermsBySentence`'s bits: one bit per term of `query.asked`. */
const holdWords = (query: Query): number => (query.asked.length + 31) >>> 5;

/**
 * Which of the question's terms each sentence of `split` holds, its joins read in it (see `joinsHeld`): per
 * sentence, one bit per term of `query.asked` in `holdWords` 32-bit words, so a run of sentences is matched by or-ing them (see `heldIn`).
 */
function questionTermsBySentence(query: Query, split: Split): Uint32Array {
  const words = holdWords(query);
  const holds = new Uint32Array(split.list.length * words);
  const { ids, first } = split;
  for (let s = 0; s < split.list.length; s++) {
    for (let t = first[s]!, end = first[s + 1]!; t < end; t++) {
      const i = query.asked.indexOf(ids[t]!);
      if (i >= 0) holds[s * words + (i >>> 5)]! |= 1 << (i & 31);
    }
    if (query.joins.length) for (const i of joinsHeld(query, (i) => (holds[s * words + (i >>> 5)]! & (1 << (i & 31))) !== 0)) holds[s * words + (i >>> 5)]! |= 1 << (i & 31);
  }
  return holds;
}

/** Whether one sentence of `split` holds every term of `ids`. */
function sentenceHolding(split: Split, ids: number[]): boolean {
  return split.list.some((_, s) => {
    const terms = termsOf(split, s, s + 1);
    return ids.every((id) => terms.has(id));
  });
}

/** `held` of sentences `[from, to)` together, from `questionTermsBySentence`'s bits (summed in the question's order): a join read within each sentence. */
function heldIn(query: Query, holds: Uint32Array, from: number, to: number): number {
  const words = holdWords(query);
  let sum = 0;
  for (let i = 0; i < query.asked.length; i++) {
    const word = i >>> 5;
    const bit = 1 << (i & 31);
    for (let s = from; s < to; s++) {
      if (holds[s * words + word]! & bit) {
        sum += query.idfs[i]!;
        break;
      }
    }
  }
  return sum;
}

/**
 * The question's words that a passage's sentences hold in another form than its terms' (see
 * `SearchIndex.looseHolds`): per word, its term's index in `query.asked` (-1 for a word no article uses)
 * and its weight (LOOSE_WEIGHT of its idf, a number's full idf); per sentence, the indices of the words it
 * holds so.
 */
interface Loose {
  asked: number[];
  weights: number[];
  bySentence: number[][];
}

/**
 * How much a question word held only in another form counts toward choosing a quote, of its weight. On
 * XQuAD dev (npm run bench:quality, answer in quote, plain / FAQ mode, against none; see LOOSE_PREFIX for
 * what 0.5 gained): at 1, ar, de, es, ru and vi lost up to 0.3 points instead, a shared prefix being weaker
 * evidence than a shared term; at 0.25, de lost 0.2 and el, hi, ru kept less of their gains.
 */
const LOOSE_WEIGHT = 0.5;

/** The words of `text`, lower-cased as `analyzer` lower-cases, a decade one word ("the 1970s", "70'lerde"), stopwords kept. */
const wordsOf = (text: string, analyzer: Analyzer): string[] => analyzer.lowerCase(withDecadesMarked(text)).match(DECADE_OR_WORD) ?? [];

/** Per sentence (its words, see `wordsOf`), how many of the question's word pairs it writes (see `pairsBySentence`). */
function questionPairs(query: Query, sentenceWords: readonly (readonly string[])[], analyzer: Analyzer): number[] {
  return pairsBySentence(wordsOf(query.text, analyzer), sentenceWords, (word) => analyzer.contentTerm(word) !== null);
}

/** A number in figures only: a question's figure meets a sentence's as a term. */
const FIGURE = /^\p{Nd}+$/u;

/**
 * The weight of the words of `loose` that sentences `[from, to)` hold in another form, but for those whose
 * term one of them holds (`holds`, see `questionTermsBySentence`): a word counts once, at its full weight
 * where its term is there.
 */
function looseIn(query: Query, holds: Uint32Array, loose: Loose, from: number, to: number): number {
  const words = holdWords(query);
  const counted = new Set<number>();
  let sum = 0;
  for (let s = from; s < to; s++) {
    for (const w of loose.bySentence[s]!) {
      if (counted.has(w)) continue;
      counted.add(w);
      const at = loose.asked[w]!;
      let exact = false;
      for (let t = from; at >= 0 && t < to && !exact; t++) exact = (holds[t * words + (at >>> 5)]! & (1 << (at & 31))) !== 0;
      if (!exact) sum += loose.weights[w]!;
    }
  }
  return sum;
}

/**
 * How much more than its idf a name the question writes weighs in a run of sentences (see `namesWeighed`).
 * npm run bench:quality, XQuAD dev, answer in quote plain / FAQ mode: en 0.907 / 0.902 → 0.910 / 0.907
 * (paragraph@1 plain 0.936 → 0.940), el 0.863 / 0.876 → 0.869 / 0.880, es plain 0.877 → 0.881, hi +0.3 /
 * +0.4, ru +0.5 / 0, vi +0.3 / +0.2, tr +0.1 / 0 (paragraph@1 +0.4 / +0.3); ar, de, ro, th, zh, StackFAQ
 * and HINT3 unchanged; ru FAQ mode paragraph@1 −0.2. At 2: en 0.910 / 0.909, but ru FAQ mode −0.2 in quote
 * and −0.4 paragraph@1. German, whose every noun is capitalised, lost 0.4 paragraph@1 in FAQ mode at 1.5
 * with every capitalised word weighed: there only a rare one counts (see NOUN_NAME_RARITY). A name an
 * article's title holds weighs as it did: leaving it out took es plain from 0.877 to 0.881 and kept "Who did
 * the national anthem at the Cup Final?" on the anthem.
 */
const NAME_WEIGHT = 1.5;

/** Languages (ISO 639-1) that capitalise every noun: a capital there tells a name only with rarity (see NOUN_NAME_RARITY). */
const NOUNS_CAPITALISED: ReadonlySet<string> = new Set(['de', 'lb']);

/** A term of a text as `otherName` reads it: whether its word is capitalised past a sentence's first word (a name), and whether it opens one. */
interface SlotWord {
  term: string;
  /** Its word as written, without leading punctuation. */
  raw: string;
  name: boolean;
  first: boolean;
}

/**
 * Whether a word of the question may be `slot`'s name written otherwise: one term begins the other (an
 * inflected or clipped name: "SMSku" of "SMS", "Rustis" of "Rust"), or the word, of at most
 * MAX_ABBREVIATION letters, abbreviates the capitalised words around the name, its letters theirs in order
 * from the first ("NLR" of "New Life Rule", "ff" of "Free Fire", "js" of "JavaScript", "fb" of "Facebook":
 * StackFAQ's "Deleting FB acc." is asked of "How do I delete my Facebook account?").
 */
function namedOtherwise(asked: readonly SlotWord[], { term, run }: NameSlot): boolean {
  return asked.some((word) => word.term.startsWith(term) || term.startsWith(word.term) || abbreviates(word.raw.toLowerCase(), run));
}

/** Longest word read as an abbreviation of a name (see `namedOtherwise`). */
const MAX_ABBREVIATION = 5;

/** Whether `short` (2 to MAX_ABBREVIATION letters) is `long`'s first letter, then others of it in order. */
function abbreviates(short: string, long: string): boolean {
  if (short.length < 2 || short.length > MAX_ABBREVIATION || short.length >= long.length || short[0] !== long[0]) return false;
  let at = 1;
  for (let i = 1; i < short.length; i++) {
    at = long.indexOf(short[i]!, at) + 1;
    if (at === 0) return false;
  }
  return true;
}

/** A capital past a text's first word but the pronoun "I": what a name needs (see `otherName`). */
const CAPITAL_PAST_FIRST = /\s(?!I(?![\p{L}\p{N}]))\p{Lu}/u;

/** Units read to tell whether the articles write a term as a name (see `writtenAsName`). */
const NAME_SAMPLE = 20;

/** A name of an FAQ phrasing (see `otherName`): its term, the capitalised words around it run together in lower case, and the terms beside it. */
interface NameSlot {
  term: string;
  run: string;
  before: string | null;
  after: string | null;
}

const NO_SLOTS: readonly NameSlot[] = [];

/** The names `text` writes, each with the terms beside it (see `NameSlot`). */
function nameSlots(text: string, analyzer: Analyzer): readonly NameSlot[] {
  const words = slotWords(text, analyzer);
  const slots: NameSlot[] = [];
  const capital = (i: number) => /^\p{Lu}/u.test(words[i]?.raw ?? '');
  words.forEach(({ term, name }, at) => {
    if (!name) return;
    let from = at;
    while (capital(from - 1)) from--;
    let to = at + 1;
    while (capital(to)) to++;
    const run = words.slice(from, to).map((word) => word.raw.toLowerCase()).join('');
    slots.push({ term, run, before: words[at - 1]?.term ?? null, after: words[at + 1]?.term ?? null });
  });
  // A copy, sized to its slots: the pushed array kept room for 16 or more (the slots a thousand questions
  // kept at 10k real paragraphs, by heap snapshots: 0.82 MB so, 0.52 MB sized).
  return slots.length ? slots.slice() : NO_SLOTS;
}

/** Whether `question` writes `word` (as `tokens` returns it) only with a capital: a name or a noun as written German writes it. */
function typedCapitalised(word: string, question: string): boolean {
  const capital = word.charAt(0).toUpperCase() + word.slice(1);
  return capital !== word && question.includes(capital) && !question.includes(word);
}

/** `text`'s terms in order, as `analyzer` reads each of its space-separated words (see `SlotWord`). */
function slotWords(text: string, analyzer: Analyzer): SlotWord[] {
  const out: SlotWord[] = [];
  let opening = true;
  for (const word of text.split(/\s+/)) {
    const letters = word.replace(/^[^\p{L}\p{N}]+/u, '');
    if (!letters) continue;
    const name = !opening && /^\p{Lu}/u.test(letters);
    // A plain word as `tokens` reads it, stemmed from its cache; the analyser reads one holding an apostrophe, a
    // hyphen or a mark (ten times the time: a question's words are read at each question).
    const plain = /^[\p{L}\p{N}]+(?=[^\p{L}\p{M}\p{N}]*$)/u.exec(letters)?.[0];
    const lower = plain === undefined ? '' : analyzer.lowerCase(plain);
    const terms = plain === undefined ? analyzer.terms(letters) : analyzer.isStopword(lower) ? [] : [analyzer.stem(lower)];
    for (const term of terms) out.push({ term, raw: letters, name, first: opening });
    opening = /[.!?。！？]["'”’»)]*$/u.test(word);
  }
  return out;
}

/**
 * Where every noun is capitalised (NOUNS_CAPITALISED), the least idf, as a share of the corpus's rarest
 * term's, at which a capitalised word of the question is read as a name: a common noun ("Team", "Saison")
 * is in many paragraphs, a name ("Für welche Nation beanspruchte Ribault das Gebiet…?") or a rare noun that
 * says as much which thing is asked about ("Autobahnen") in few: at most 6 of 240 documents, 20 of 10,000.
 * XQuAD dev de (npm run bench:quality, paragraph@1 / answer in quote): plain 0.925 / 0.868 → 0.928 / 0.871,
 * FAQ mode 0.917 / 0.854 → 0.917 / 0.858, the other languages unchanged; the same from 0.65 to 0.7, at 0.8
 * FAQ mode 0.856, at 0.9 0.852. Read so in the other languages that capitalise names, it cost es, el and vi
 * one question each.
 */
const NOUN_NAME_RARITY = 0.7;

/**
 * A capitalised word past the question's first, after a letter, digit or clause mark: a name ("…died of
 * plague in Baghdad?"). The capital comes before the lookbehind so that only capitals look back: looking
 * back from every position took time quadratic in a long run of spaces after a mark.
 */
const NAME_IN_QUESTION = /\p{Lu}(?<=[\p{L}\p{N},;:]\s+\p{Lu})[\p{L}\p{M}]+/gu;

/**
 * `query` with the idf of each term a name of it writes (see NAME_IN_QUESTION; its term by `termId`, which
 * may decline one) times NAME_WEIGHT, and its `known` mass to match: a name says which one thing is asked
 * about, where the question's other words are shared by paragraphs on other things ("How many people, at
 * most, have died of plague in Baghdad?" against "In 1466, perhaps 40,000 people died of the plague in
 * Paris."). In a language of NOUNS_CAPITALISED, only a word whose term's `rarity` (its idf as a share of the
 * rarest term's) reaches NOUN_NAME_RARITY. `query` itself when it writes no such name.
 */
function namesWeighed(query: Query, termId: (term: string) => number | undefined, rarity: (id: number) => number): Query {
  const { analyzer } = query;
  const nouns = NOUNS_CAPITALISED.has(analyzer.lang);
  const named = new Set<number>();
  for (const [word] of query.text.matchAll(NAME_IN_QUESTION)) {
    const term = analyzer.contentTerm(analyzer.lowerCase(word));
    const id = term === null ? undefined : termId(term);
    if (id !== undefined && (!nouns || rarity(id) >= NOUN_NAME_RARITY)) named.add(id);
  }
  if (!named.size) return query;
  let known = 0;
  const idfs = query.idfs.map((idf, i) => {
    const weight = named.has(query.asked[i]!) ? idf * NAME_WEIGHT : idf;
    known += weight;
    return weight;
  });
  return { ...query, idfs, known };
}

/** Which sentences of `split` (in `lang`) state the kind of fact the question asks for; null when it asks for none. */
function typedSentences(query: Query, split: Split, lang: string): readonly boolean[] | null {
  const { type } = query;
  if (!type) return null;
  // Whether a sentence states a date or a time is its own, whatever the question holds: read once per split
  // kept. The date's reading was half the CPU time of the slowest 5 % of questions (a CPU profile of the
  // speed benchmark's real questions at 10k paragraphs), every candidate's sentences read again each time.
  if (type === 'date' || type === 'time') return ((split.stated ??= {})[type] ??= split.list.map((s) => statesType(s.text, type, NOTHING_HELD, lang)));
  const held = heldOf(query);
  return split.list.map((s) => statesType(s.text, type, held, lang, query.counter));
}

/** No word of a question: what `statesType` reads a date or a time against, which holds none. */
const NOTHING_HELD: ReadonlySet<string> = new Set();

/** `query.held`, made at its first use: typed sentences are read for each candidate's passages. */
function heldOf(query: Query): Held {
  return (query.held ??= heldBy(query.tokens.map((t) => t.word), query.analyzer));
}

/**
 * `bestWindow`'s score of a run of sentences for a question: the share of the question's idf mass it holds
 * (`holds`; with `loose`, the words it holds only in another form at their weight there), plus `typeWeight` when
 * one of its sentences states the kind of fact asked for (`typed`). Such a sentence may end a run even when
 * it repeats none of the question's words (then scoring just above 0): the fact often sits in the sentence
 * after the one that names the topic.
 */
function runScore(query: Query, holds: Uint32Array, typed: readonly boolean[] | null, typeWeight: number, loose?: Loose): (from: number, to: number) => number {
  const mass = query.known || 1;
  return (from, to) => {
    const held = (loose ? heldIn(query, holds, from, to) + looseIn(query, holds, loose, from, to) : heldIn(query, holds, from, to)) / mass;
    if (!held) return anyIn(typed, from, to) ? Number.EPSILON : 0;
    return anyIn(typed, from, to) ? held + typeWeight : held;
  };
}

/**
 * The share of `typeWeight` a candidate earns when its run states the kind of fact asked for only in a
 * sentence holding none of the question's words: the fact often sits in the sentence after the one naming
 * the topic, but a weekday or a price beside it is as often another fact's ("Quando c'è il workshop sul
 * panettone?" of "…i workshop sul panettone sono di Chiara Fumagalli. Il martedì pomeriggio la cucina è
 * riservata…", over the calendar's "panettone casalingo a Milano sabato 29 novembre"). XQuAD dev
 * (paragraph@1 / answer in quote): zh plain +0.4 / +0.3 points, de FAQ mode +0.2 / +0.2, el FAQ mode
 * answer in quote +0.2, vi plain +0.1 / +0.1, the other eight languages unchanged; StackFAQ dev 0.810 →
 * 0.811; HINT3 unchanged; the 35 new-user trials 3,972 → 3,976 right, 1,977 → 1,975 wrong. At 0.25 and 0.75
 * es, el or th gained and zh or tr lost; at 0, en lost 0.2.
 */
const TYPED_BESIDE = 0.5;

/** Whether a sentence of `window` that states the kind of fact asked for (`typed`) holds a word of the question (`holds`, see `heldIn`). */
function typedHolding(typed: readonly boolean[] | null, holds: Uint32Array, query: Query, { from, to }: Window): boolean {
  const words = holdWords(query);
  if (typed) for (let i = from; i < to; i++) if (typed[i]) for (let w = 0; w < words; w++) if (holds[i * words + w]) return true;
  return false;
}

/** Whether any of `flags[from]` to `flags[to - 1]` is set (none without flags). */
function anyIn(flags: readonly boolean[] | null, from: number, to: number): boolean {
  if (flags) for (let i = from; i < to; i++) if (flags[i]) return true;
  return false;
}

/**
 * `bestWindow`'s score of a run of `split`'s sentences for `bodySupport`: the `agreement` of the run's
 * distinct terms with an FAQ answer (`inAnswer`, of idf mass `answerMass`). A term is counted once by
 * setting `marks[id]` to a mark `nextMark()` gives, a number no earlier run used, rather than by a set. A run
 * asked right after a shorter one from the same sentence, as `bestWindow` asks them, is that run extended by
 * its further sentences, not read again: its terms are met and summed in the same order, so the score is
 * the same to the bit.
 */
function runAgreement(split: Split, inAnswer: (term: number) => boolean, answerMass: number, index: InvertedIndex, marks: Int32Array, nextMark: () => number): (from: number, to: number) => number {
  let start = -1;
  let end = -1;
  let mark = 0;
  let shared = 0;
  let inWindow = 0;
  return (from, to) => {
    if (from !== start || to < end) {
      start = end = from;
      mark = nextMark();
      shared = inWindow = 0;
    }
    for (let t = split.first[end]!, stop = split.first[to]!; t < stop; t++) {
      const id = split.ids[t]!;
      if (marks[id] === mark) continue;
      marks[id] = mark;
      const w = idfOf(index, id);
      inWindow += w;
      if (inAnswer(id)) shared += w;
    }
    end = to;
    return weightedF1(shared, inWindow, answerMass);
  };
}

/** The distinct terms of sentences `[from, to)` of `split`, in order of first use. */
function termsOf(split: Split, from: number, to: number): Set<number> {
  const terms = new Set<number>();
  for (let t = split.first[from]!, end = split.first[to]!; t < end; t++) terms.add(split.ids[t]!);
  return terms;
}

/**
 * Weighted F1 of shared terms between an FAQ answer (`inAnswer`, its idf mass `answerMass`) and body
 * sentences: 1 when they say the same words.
 */
function agreement(inAnswer: (term: number) => boolean, answerMass: number, window: Iterable<number>, index: InvertedIndex): number {
  let shared = 0;
  let inWindow = 0;
  for (const t of window) {
    const w = idfOf(index, t);
    inWindow += w;
    if (inAnswer(t)) shared += w;
  }
  return weightedF1(shared, inWindow, answerMass);
}

/** F1 of `shared` idf mass as a share of `inWindow` (precision) and of `answerMass` (recall); 0 when nothing is shared. */
function weightedF1(shared: number, inWindow: number, answerMass: number): number {
  if (!shared) return 0;
  const precision = shared / inWindow;
  const recall = shared / answerMass;
  return (2 * precision * recall) / (precision + recall);
}

/**
 * Closeness that counts as near-verbatim: the median of StackFAQ's dev questions against their own thread's
 * question (0.51), while 99 % score below 0.40 against every other thread's. A phrasing sharing one of the
 * question's words ("refund policy for my dog?" against "How do I request a refund?") stays below it. It
 * replaced fuse.js's bitap score, which cost 18 % of `answer()`'s time at 10k paragraphs: on the same run,
 * StackFAQ and HINT3 stayed within half a point, one HINT3 row gaining a point (npm run bench:quality).
 */
const NEAR_VERBATIM = 0.5;

/** Which sentences of `passage` (split into `list`) open a bullet list's item (see `opensBulletItem`); undefined for a passage of one line, which holds no list. */
function bulletItems(passage: Passage, list: readonly Sentence[]): ((sentence: number) => boolean) | undefined {
  return passage.raw.includes('\n') ? (i) => opensBulletItem(passage.raw, list, i) : undefined;
}

/**
 * `quoted`, a paragraph's quote, with the list or code block right after the paragraph when the quote ends
 * the paragraph with the colon that introduces it ("Cameras, lenses and gear the club lends:" and its "-
 * Canon EOS R6…" lines; "Before any upgrade, take a fresh dump by hand:" and its command): alone, the line
 * answered "which cameras can I borrow?" at 1.00 with no camera (a Tehran photography club's trial, round
 * Z). Only the list or block right after it in the file, on the next line or after one blank line (a list
 * typed right under its lead-in, which Markdown reads as a block of its own, was left out), whole, so the
 * quote stays verbatim and complete; a list longer than MAX_LIST_LINES is left to the article, a code block
 * never (see `isCodeBlock`).
 */
function withIntroducedBlock(quoted: string, passage: Passage, article: Article): string {
  if (!INTRODUCES.test(quoted) || !passage.raw.trimEnd().endsWith(quoted.trimEnd())) return quoted;
  const next = article.paragraphs[article.paragraphs.indexOf(passage) + 1];
  const lines = next?.raw.split('\n') ?? [];
  // Right after it in the file, on the next line (a list may open right under its lead-in, as most are typed)
  // or after one blank line: not a list past a heading, in another section (a review).
  const gap = next === undefined ? -1 : next.line - (passage.line + passage.raw.split('\n').length);
  const after = next !== undefined && next.paragraph === passage.paragraph + 1 && next.section === passage.section && (gap === 0 || gap === 1);
  const list = lines.length <= MAX_LIST_LINES && lines.every((line) => LIST_LINE.test(line));
  if (!after || !(list || isCodeBlock(next))) return quoted;
  return `${quoted}${gap ? '\n\n' : '\n'}${next.raw}`;
}

/** Whether `passage` is a fenced code block (its first line opens a fence, its last closes it): quoted whole, never cut. */
function isCodeBlock(passage: Passage): boolean {
  const fence = CODE_FENCE.exec(passage.raw)?.[1];
  return fence !== undefined && passage.raw.trimEnd().endsWith(fence);
}
/** A quote ending in a colon, which introduces what follows. */
const INTRODUCES = /[:：]\s*$/u;
/** A line of a Markdown list: a bullet or a number, or an item's continuation indented under it. */
const LIST_LINE = /^(?:\s*(?:[-*+•]|\d{1,3}[.)])\s+\S|\s{2,}\S)/u;
/** Lines of an introduced list quoted with its lead-in at most (see `withIntroducedBlock`): a longer one, cut, would drop items unseen (a review). */
const MAX_LIST_LINES = 12;

/**
 * The words of `list` (a question's words) that with the question words before them ask the kind of fact
 * (KIND_PHRASES: Greek "πόσο κάνει", Czech "do kolika hodin"), unless an FAQ phrasing writes them so
 * (`phrased`, by the words); and the English words that name the kind of fact asked, a date or a time (and
 * Korean's hour after "몇": see `koreanHourWords`),
 * where they ask it and no article writes them (`written`, by its word), nor another word of the question:
 * closing the question, before "of" or "for", or after "what" or "which" and before a stopword ("agm date",
 * "date of the agm", "what date is the fair"). In no article, "date" counted against every answer, though
 * the question asks a date (a London PTA's trial, round Z: "AGM date" 0.45). Where an article writes the
 * word, it stays a term: left out of "what time does the performance begin?", the FAQ entry asking "What
 * time does the performance start?" lost its match and 7 fixtures a right answer.
 */
function askedKindWords(list: readonly string[], type: AnswerType | null, analyzer: Analyzer, written: (word: string) => boolean, phrased: (words: string) => boolean): ReadonlySet<string> {
  const phrase = KIND_PHRASES[analyzer.lang];
  if (phrase && type !== null) {
    const words = list.filter((word, i) => i > 0 && phrase.asking.test(list.slice(Math.max(0, i - 2), i).join(' ')) && phrase.kind.test(word) && !phrased(`${list[i - 1]} ${word}`));
    if (words.length) return new Set(words);
  }
  if (type !== 'date' && type !== 'time') return NO_KIND_WORDS;
  if (analyzer.lang === 'ko') return koreanHourWords(list, written);
  if (!analyzer.english) return NO_KIND_WORDS;
  // Not beside another word no article writes: "christmas fair date" asks of something the articles lack, and
  // without "date" it got the Summer Fair's date at 0.5 (a review).
  if (list.some((word) => !KIND_WORDS.has(word) && !analyzer.isStopword(word) && !/\d/.test(word) && !written(word))) return NO_KIND_WORDS;
  const words = list.filter((word, i) => {
    const next = list[i + 1];
    return KIND_WORDS.has(word) && (next === undefined || KIND_OF.has(next) || (ASKING_KIND.has(list[i - 1] ?? '') && analyzer.isStopword(next))) && !written(word);
  });
  return words.length ? new Set(words) : NO_KIND_WORDS;
}
/**
 * Korean's hour asked after "몇" (how many) with its particle ("몇 시까지", until what hour; "몇 시에"), where
 * no article writes the word so (see `askedKindWords`): "주말에는 몇 시까지 영업하나요?" was declined with the
 * opening hours first, "시까지" counted against every answer (a Seoul board game café's trial, round AN). Where
 * one does (an FAQ entry asking "동방은 몇 시에 열고 닫나요?"), the word still meets it.
 */
function koreanHourWords(list: readonly string[], written: (word: string) => boolean): ReadonlySet<string> {
  const words = list.filter((word, i) => list[i - 1] === HOW_MANY && KOREAN_HOURS.has(word) && !written(word));
  return words.length ? new Set(words) : NO_KIND_WORDS;
}
const KOREAN_HOURS: ReadonlySet<string> = new Set(['시', '시에', '시까지', '시부터', '시쯤', '시에요', '시예요']);
/**
 * Per language, a verb or noun that with the question words before it (`asking`, the one or two words before
 * it, space apart) asks the kind of fact, however the articles write it, unless an FAQ phrasing asks with
 * the two words (see `askedKindWords`; "Πόσο κάνει το πλοίο μέχρι τη Νάξο;" asks how long the crossing is): Greek "πόσο κάνει" (how much does it cost; "κάνει", it does,
 * met a loyalty card paragraph's "Κάνετε εγγραφή", sign up, and "posa kanei to eisitirio gia santorini" got
 * it over the fares: a Cyclades ferry operator's trial) and Czech "do kolika hodin", "v kolik hodin" (until,
 * at what hour: "hodin" met "o hodinu dřív" of another paragraph, which got three time questions of a Czech
 * e-shop's trial).
 */
const KIND_PHRASES: Readonly<Record<string, { asking: RegExp; kind: RegExp }>> = {
  el: { asking: /(?:^| )(?:πόσο|ποσο|πόσα|ποσα|poso|posa)$/u, kind: /^(?:κάνει|κανει|κάνουν|κανουν|kanei|kanoun|kani)$/u },
  // Not after "kolik" alone: "Kolik hodin trvá kurz?" asks how many hours, its topic (a review).
  cs: { asking: /(?:^| )(?:(?:do|od) kolika|ve? kolik)$/u, kind: /^(?:hodin|hod|hodiny)$/u },
};
const KIND_WORDS: ReadonlySet<string> = new Set(['time', 'times', 'date', 'dates']);
const ASKING_KIND: ReadonlySet<string> = new Set(['what', 'which', 'wat', 'wot', 'wht', 'whats']);
const KIND_OF: ReadonlySet<string> = new Set(['of', 'for']);
const NO_KIND_WORDS: ReadonlySet<string> = new Set();

/** The first two sentences of `passage` (split into `list`), or its first bullet item's one. */
function firstSentences(passage: Passage, list: Sentence[]): string {
  if (!list.length) return passage.raw;
  const to = Math.min(list.length, 2);
  return sliceSentences(passage.raw, list, 0, to === 2 && bulletItems(passage, list)?.(1) ? 1 : to);
}

function source(article: Article, passage: Passage): AnswerSource {
  return {
    id: article.id,
    title: article.title,
    url: article.url,
    file: article.file,
    section: passage.section,
    paragraph: passage.paragraph,
    date: article.date,
    ...(article.format ? { format: article.format } : {}),
  };
}

function abstention(question: string, confidence: number): Omit<Answer, 'alternatives'> {
  return { question, answer: null, kind: null, quote: null, source: null, matched: null, entry: null, confidence };
}

const round = (x: number): number => Math.round(x * 1000) / 1000;

/** English possessive determiners, which never make the first half of a compound (see `joinedTerm`). */
const ENGLISH_POSSESSIVES = new Set(['my', 'your', 'his', 'her', 'its', 'our', 'their']);

/** Shortest word left by a proclitic (an Arabic root has three letters) or a glued elision (see `LanguageSpec.gluedElisions`). */
const MIN_PROCLITIC_REST = 3;
/** A vowel or an h, which an elided "j'" stands before (see `writesElided`). */
const VOWEL_OR_H = /^[aeiouhàâäéèêëîïôöùûü]/;

/**
 * English prefixes that make a word of another on the same topic (negation, degree, relation): people write
 * "unregistered", "multiplayer", "interdependencies" where an FAQ writes "registered", "player",
 * "dependencies". Not "re", "dis", "pre", "under", "de" and "co", whose rests are more often other words
 * ("refund" is no "fund", "discount" no "count", "research" no "search", "understand" no "stand"): read so,
 * an uncovered question was answered from a paragraph on the other word (a game's "Can I get a refund?" at
 * 0.82 from "the studio will fund a voice server"). npm run bench:quality without them and with a rest of
 * five letters: StackFAQ zero-shot dev P@1 0.806 either way, HINT3 curekart (checked) in-scope P@1 0.841 →
 * 0.839, the rest unchanged.
 */
const ENGLISH_PREFIXES = ['inter', 'over', 'anti', 'semi', 'multi', 'non', 'mis', 'sub', 'un'];

/** Letters a word must keep past its prefix: "unlock" is no "lock" ("reply" no "ply"): rests of four letters are mostly words of their own. */
const MIN_PREFIXED_REST = 5;

/**
 * `term` (a stem the corpus lacks) without the first of ENGLISH_PREFIXES whose rest, of MIN_PREFIXED_REST
 * letters or more, `known` takes; undefined where none does. Tried before the shared prefix of
 * `otherForms`, which would read "unregistered" as another word starting "unre". npm run bench:quality,
 * with the first list (13 prefixes, a rest of four letters): StackFAQ zero-shot dev P@1 0.797 → 0.800
 * ("Introducing info about task interdependencies on trello?" met "How do you handle dependencies between
 * cards with Trello?"), XQuAD English abstained 1.5 → 1.3 % plain, 1.8 → 1.6 % FAQ mode, HINT3 curekart
 * in-scope P@1 0.839 → 0.841; nothing fell. See ENGLISH_PREFIXES for what the present list changed.
 */
function unprefixed(word: string, term: string, known: (rest: string) => boolean): string | undefined {
  for (const prefix of ENGLISH_PREFIXES) {
    const rest = term.slice(prefix.length);
    if (prefix === 'un' && !UNDOES_NO_ACTION.test(word)) continue;
    if (term.startsWith(prefix) && rest.length >= MIN_PREFIXED_REST && known(rest)) return rest;
  }
  return undefined;
}

/**
 * The endings of an adjective or a participle, which "un" negates ("unregistered", "unofficial",
 * "unavailable"): the rest is the same topic. Before a bare verb "un" undoes its action ("uninstall",
 * "unsubscribe", "unfollow"), and the articles' word is its opposite: "How do I uninstall Brindle?" was
 * answered at 1.00 by "How do I install Brindle?" (an open-source tool's trial; a VPN's trial had the same
 * uncovered question answered by the install paragraph).
 */
const UNDOES_NO_ACTION = /(ed|able|ible|al|ful|ive|ous|ic|ent|ant|ing)$/;

/** A word of a script that does not space its words: after a number, its counter ("10000円"; see `askersDetails`). */
const UNSPACED_START = /^[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}\p{sc=Thai}]/u;
/**
 * The English particles a verb joins to make a noun ("back up" → "backup", "log in" → "login", "check out"
 * → "checkout", "break down" → "breakdown", "take over" → "takeover", "walk through" → "walkthrough"); see
 * `joinedTerm`. A preposition makes none: "getting from" is no "getfrom".
 */
const PARTICLES = new Set(['up', 'down', 'in', 'out', 'on', 'off', 'over', 'through', 'back', 'away']);
/**
 * The particles `otherParticle` reads after an English verb (see PHRASAL_VERBS), each turning it into another
 * ("log in", "log out"; "sign up", "sign in"). Not "over", "through", "back" or "away", prepositions far more
 * often than particles in what members ask.
 */
const PARTICLE_VERB: ReadonlySet<string> = new Set(['up', 'down', 'in', 'out', 'on', 'off']);
/** "log on" is "log in", "sign off" "sign out" (a review: "how do i log in" lost "How do I log on?"); not "turn on", "turn in". */
const SAME_PARTICLE: ReadonlyMap<string, string> = new Map([
  ['log on', 'in'],
  ['log off', 'out'],
  ['sign on', 'in'],
  ['sign off', 'out'],
]);
/**
 * The verbs (their stems) whose particle `otherParticle` reads: those of accounts, bookings and devices.
 * Any word before a particle was read so at first, and "what floor is the office in?" lost "Which floor is
 * the office on?", "cabin" was "cab in" (a review).
 */
const PHRASAL_VERBS: ReadonlySet<string> = new Set('log sign check set turn switch opt drop pick top cash pay fill hand show back lock power boot shut start clock tap plug print roll warm cool kick sell buy scroll zoom'.split(' '));
/** Words, numbers and runs of other marks (punctuation), for `verbsWithParticles`: a particle before a mark closes a phrase. */
const WORDS_AND_MARKS = /\p{L}+|\p{N}+|[^\p{L}\p{N}\s]+/gu;
/** English determiners: a word opening a noun phrase after "in", "on"… makes them prepositions ("data in my sheet", "on a Google Spreadsheet"). */
const DETERMINERS: ReadonlySet<string> = new Set('a an the my your his her its our their this that these those some any each every all no'.split(' '));
/** A hyphen between two words, read as a space by `verbsWithParticles`: "sign-up" is "sign up". */
const HYPHEN_BETWEEN = /(?<=\p{L})-(?=\p{L})/gu;
/** Per verb's stem, the particles written after it. */
type ParticleVerbs = ReadonlyMap<string, ReadonlySet<string>>;
const NO_PARTICLE_VERBS: ParticleVerbs = new Map();

/**
 * The particles of German, Dutch and the Scandinavian languages that turn a verb into its opposite, by the
 * side they are on: "on" ("melde mich an", "meld me aan", "melde meg på", "logge inn", "logga in") and "off"
 * ("ab", "af", "av", "ut"). All stopwords, so "Hvor melder man seg på kursene?" met "Hva skjer hvis jeg må
 * melde meg av kurset?" at 1.00 (a Bergen climbing gym's trial). Two of one side are one verb ("logge på" is
 * "logge inn", "schalte an" "schalte ein": a review). Not Dutch "op", of "opgeven" (sign up) and "opzeggen"
 * (cancel) alike. A main clause's particle stands at its end, away from its verb ("Wie melde ich mich bei
 * dem Kurs ab?"); in Dutch and the Scandinavian languages also a pronoun or two after it ("melder man seg
 * på kurset", "meld ik me aan voor een les"), and in the Scandinavian ones right after it ("logge ut av
 * appen"). `beside`: read there too; `adjacent`: the particles read right after the verb too, those seldom
 * prepositions ("inn", "ut": not "rabatt på", "medlemskab til studerende", a review; nor Danish "til" and
 * "fra" at all).
 */
const SEPARABLE_PARTICLES: Readonly<Record<string, { on: readonly string[]; off: readonly string[]; beside: boolean; adjacent: readonly string[] }>> = {
  de: { on: ['an', 'ein', 'auf'], off: ['ab', 'aus', 'zu'], beside: false, adjacent: [] },
  nl: { on: ['aan', 'in'], off: ['af', 'uit'], beside: true, adjacent: [] },
  no: { on: ['på', 'inn', 'opp'], off: ['av', 'ut'], beside: true, adjacent: ['inn', 'ut', 'opp'] },
  da: { on: ['på', 'ind'], off: ['af', 'ud'], beside: true, adjacent: ['ind', 'ud'] },
  sv: { on: ['på', 'in', 'upp'], off: ['av', 'ut'], beside: true, adjacent: ['in', 'ut', 'upp'] },
};
/** Stopwords passed back from a particle beside its verb: the pronouns between ("melder man seg på"). */
const PARTICLE_REACH = 2;

/**
 * The verbs of a text (by stem) with the sides of their particles (see SEPARABLE_PARTICLES), from its verbs
 * and particles written apart (`separated`, as `separatedVerbs` reads them): a clause-final particle with the clause's first word that is no stopword ("Wie melde ich
 * mich ab?" → meld: off), in German the first not capitalised past the clause's start where the clause holds
 * small letters (a noun: "Welche Kurse bietet ihr an?" is bietet's, not Kurse's); and where the language
 * reads them so, a particle with the word before it that is no stopword, one to PARTICLE_REACH stopwords
 * back ("Hvordan melder jeg meg på et kurs?" → meld: on; not "ha med på kurset", whose verb is a stopword,
 * nor a Dutch "drie kinderen op de club", a word right before a preposition). A particle after another is a
 * preposition ("logger jeg ut på mobilen"), as is one beside a verb whose clause ends in its particle ("Wie
 * melde ich mich auf der Website ab?").
 */
function separableVerbs(separated: readonly SeparatedVerb[], analyzer: Analyzer): ParticleVerbs {
  const reading = SEPARABLE_PARTICLES[analyzer.lang];
  if (!reading) return NO_PARTICLE_VERBS;
  const found = new Map<string, Set<string>>();
  for (const { verb, particle } of separated) {
    const stem = analyzer.stemOnce(verb);
    const side = reading.on.includes(particle) ? 'on' : 'off';
    const set = found.get(stem);
    if (set) set.add(side);
    else found.set(stem, new Set([side]));
  }
  return found.size ? found : NO_PARTICLE_VERBS;
}

/** A verb and the particle written apart from it, each as written in lower case. */
interface SeparatedVerb {
  verb: string;
  particle: string;
}

/** The verbs of `text` with the particles written apart from them (see `separableVerbs`). */
function separatedVerbs(text: string, analyzer: Analyzer): SeparatedVerb[] {
  const reading = SEPARABLE_PARTICLES[analyzer.lang];
  if (!reading) return [];
  const isParticle = (word: string) => reading.on.includes(word) || reading.off.includes(word);
  const found: SeparatedVerb[] = [];
  for (const clause of text.split(CLAUSE_END)) {
    const written = clause.match(/[\p{L}\p{N}]+/gu) ?? [];
    const words = written.map((word) => analyzer.lowerCase(word));
    const last = words.at(-1);
    // German capitalises its nouns: where the clause is not all capitals, a capitalised word past its first is none.
    const noun = (i: number) => analyzer.lang === 'de' && i > 0 && /^\p{Lu}/u.test(written[i]!) && /\p{Ll}/u.test(clause);
    // A verb that is a stopword ("Wann macht die Halle zu?"): the noun, which the other phrasing writes as well.
    const first = (skipNouns: boolean) => words.findIndex((word, i) => i < words.length - 1 && !analyzer.isStopword(word) && !(skipNouns && noun(i)));
    const nounless = first(true);
    const verbAt = nounless >= 0 ? nounless : first(false);
    const closed = last !== undefined && isParticle(last) && verbAt >= 0 ? analyzer.stemOnce(words[verbAt]!) : null;
    if (closed !== null) found.push({ verb: words[verbAt]!, particle: last! });
    if (!reading.beside) continue;
    words.forEach((word, i) => {
      if (!isParticle(word) || i === words.length - 1) return;
      for (let at = i - 1; at >= Math.max(0, i - 1 - PARTICLE_REACH); at--) {
        if (isParticle(words[at]!)) return;
        if (analyzer.isStopword(words[at]!)) continue;
        if ((reading.adjacent.includes(word) || at < i - 1) && analyzer.stemOnce(words[at]!) !== closed) found.push({ verb: words[at]!, particle: word });
        return;
      }
    });
  }
  return found;
}
/** What ends a clause for `separableVerbs`: a sentence's or a clause's mark. */
const CLAUSE_END = /[.,;:!?¿¡()\n]+/u;

/**
 * A currency's name, as members ask in it, and its ISO 4217 code, as price lists write it ("7.99 EUR"), each
 * to the other, in the languages of the trials: a question word the articles lack is read as the other
 * form where they write it (a game studio's trial: "how much is the dlc in euros" abstained beside
 * "7.99 USD, 7.99 EUR or 6.49 GBP").
 */
const CURRENCY_CODES: ReadonlyMap<string, string> = new Map(
  Object.entries({
    eur: 'euro euros',
    usd: 'dollar dollars dólar dólares dollaro dollari',
    gbp: 'pound pounds libra libras sterling',
    brl: 'reais',
    jpy: 'yen',
    cny: 'yuan rmb renminbi',
    inr: 'rupee rupees',
  }).flatMap(([code, names]): [string, string][] => {
    const all = names.split(' ');
    return [[code, all[0]!], ...all.map((name): [string, string] => [name, code])];
  }),
);

/**
 * Letters of the first and of the second part of an English word the articles write as two (see
 * `writtenApart`): three and four. "pin" of "pincode", Indian English's word for the articles' "pin code" (an
 * Indian mattress brand's trial, round AR: "How do I find out if you deliver at my pincode?" declined at
 * 0.31 with the pin-code entry first); a second part of three made "coverage" "cover age" of "classes cover
 * ages 5 to 12", and "chairman" "chair man" (a review).
 */
const MIN_APART_HEAD = 3;
const MIN_APART_TAIL = 4;

/** The phrase agreement (idf-weighted F1, see `agreement`) from which an FAQ phrasing asks the question as it is asked (see `asksAsWritten`). */
const SAME_QUESTION_PHRASE = 0.8;

/**
 * A number of up to six digits with a unit of one to five letters typed against it (see `unitParts`); not an
 * ordinal's or a decade's ending ("3rd", "19th", "1970s", French "2e", "1er"), which the articles write so.
 */
const NUMBER_UNIT = /^(\d{1,6})(?!(?:st|nd|rd|th|s|e|er|re|ème|eme|o|a)$)(\p{L}{1,5})$/u;
/**
 * An English age group, a number of one to three digits in the plural ("65s" of "over-65s", "14s" of
 * "Under-14s"; see `otherForms`); not a decade ("90s", "10s"), which the articles write so. A regional
 * magazine's trial: "Do over-65s or students get cheaper subscriptions?" abstained, "65s" counting against
 * every answer, where the articles write "aged 65 and over".
 */
const AGE_GROUP = /^(?!\d?0s$)(\d{1,3})s$/;
/** A word with a number of up to four digits typed against it (see `gluedParts`); one letter only where it names a numbered thing (see `Analyzer.numberedName`). */
const GLUED_NUMBER = /^(\p{L}+)(\d{1,4})$/u;

/** A regular expression for a text that opens with one of `words` ("a|b"), a mark after it: "No.", "Oui :", "不行。", "No - …", "नहीं।" (the danda, or "|" typed for it). */
const opensWith = (words: string): RegExp => new RegExp(`^\\s*(?:${words})\\s*(?:[,.!:;—–，。！；।|]|-\\s)`, 'iu');

/** Words that answer no (see YES_OR_NO): Chinese negates the question's verb ("不需要", "没有"). */
const NO_WORDS = 'no|nope|non|nein|não|nao|nee|nie|нет|ні|hayır|hayir|नहीं|जी नहीं|不可以|不能|不是|不会|不會|不需要|不用|没有|沒有|不支持|不支援|不对|不對|不行';

/**
 * An FAQ answer that opens with yes or no, a mark after it ("Yes, …", "Non.", "Oui : …"), in the languages
 * of the trials and their neighbours: not "No refund is possible…" (see `Signals.yesNo`). Chinese answers
 * a yes-or-no question with its verb, or its verb negated ("可以。", "不需要。", "支持，…", "不會。"): a trial's
 * "支持 MySQL 吗" got "可以。官方镜像支持 arm64…" (Raspberry Pi) at 0.36; with these, 3 such answers fewer and no
 * right one lost (its judge, 283 questions: 173 → 176 right or honest). Not Japanese's
 * "はい、": a question's verb there is cut into a kanji the articles may not write alone and its kana ending
 * ("使えますか" → "使", "え"), so a right paraphrase covers less than half of it ("タブレットは使えますか？"
 * of "タブレットで参加できますか？", 0.38: test/quality.test.ts's CJK site). Russian, Polish and Turkish
 * ones ("Нет,", "Да,", "Nie.", "Tak,", "Hayır.", "Evet,"; Ukrainian "Ні."): in those trials wrong answers
 * 72 / 80 / 77 → 69 / 79 / 74, honest abstentions 43 / 31 / 35 → 46 / 32 / 36, right ones unchanged. Not
 * Indonesian "Tidak." (no): a right answer to "…, bener ga tuh" (is that true?) lost in its trial. Hindi's
 * ("हाँ,", "नहीं।", with its full stop, the danda): a cricket fantasy site's trial 102 / 68 / 20 / 24 → 102 /
 * 66 / 20 / 26 (right / wrong / honest / wrong abstentions), and "यूज़रनेम चेंज करने पर रेफरल कोड बदल जाएगा?"
 * quotes the entry's "नहीं, …" rather than a body sentence that does not say no.
 */
const YES_OR_NO = opensWith(`yes|yep|oui|ja|sí|si|sim|да|tak|evet|हाँ|हां|जी हाँ|जी हां|हां जी|हाँ जी|可以|能|是的?|会|會|需要|有|支持|支援|对|對|行|${NO_WORDS}`);

/**
 * Yes and no of a language whose words are other languages' names or words where YES_OR_NO reads every
 * answer: Tagalog "Oo", "Opo", "Hindi" ("Hindi, Tamil…" lists languages in English), read in Tagalog articles
 * only (a Manila Valorant community's trial, round W: "Oo, fully air-conditioned…" answered a wifi question);
 * Ukrainian "Так" (Russian's "so"), in Ukrainian articles only ("Чи є в класі кондиціонер?" got "Так, біля
 * кожного столу є розетка", a Lviv school's trial, round V).
 */
const LOCAL_YES_OR_NO: Readonly<Record<string, RegExp>> = { tl: opensWith('oo|opo|oo po|hindi|hindi po'), uk: opensWith('так') };

/**
 * An FAQ answer that opens with no (NO_WORDS, and the no of languages whose yes YES_OR_NO leaves out:
 * Indonesian, Scandinavian, Vietnamese, Korean, Japanese, Greek, Thai, Arabic): its negation is a stopword,
 * so body sentences sharing its other words state what it denies or the rule it follows from as well as
 * it. Eleven new-user trials' articles back 38 entries (see `bodySupport`); of the six whose sentences
 * state something else in the answer's words, four answer no: "No. EmberCraft is premium only" was quoted as "EmberCraft is a Minecraft
 * survival and minigames network for Java and Bedrock players", "Нет, апелляцию подаёт только сам наказанный
 * игрок" (no, only the punished player appeals) as "one appeal per punishment". Such an answer is quoted from
 * the body only from NEGATED_SUPPORT on, where its sentences say nearly what it says, and only then may their
 * paragraph take its place (see `yieldToBacking`); below, it is quoted as written.
 */
const NO_ANSWER = opensWith(`${NO_WORDS}|tidak|nggak|gak|enggak|nej|nei|không|아니요|아니오|아뇨|いいえ|όχι|ไม่|لا`);
/** The agreement (see `runAgreement`) from which body sentences back an answer that opens with no (see NO_ANSWER): in the trials, such answers' sentences that say it scored 0.67 and 0.94, those saying something else 0.46 to 0.52. */
const NEGATED_SUPPORT = 0.6;
/**
 * The agreement (see `runAgreement`) from which body sentences back an FAQ answer asked as its phrasing asks
 * (see `answerFor`): there they nearly repeat it (XQuAD's FAQ mode, whose answers are the body's sentences,
 * agree at about 1). Below it, such an entry's own answer is quoted: in the 25 trials, 12 quotes gained the
 * fact asked and 2 lost it (a wrong entry, asked in one word, whose body run had happened to state it).
 * Asked otherwise, the body run is quoted as before, where it may state what the entry's answer does not
 * ("How effective is the MMR vaccine?" of "Is the MMR vaccine safe?"): for every question, 18 gained and 4
 * lost, and the news site's quality test lost that one.
 */
const CLOSE_SUPPORT = 0.7;

/**
 * How much a word and the corpus's form of it must share (see `otherForms`): at least 4 first letters, and
 * 70 % of the shorter of the two. Chosen on XQuAD's dev split (npm run bench:quality) with off-topic
 * questions in mind: 4 letters alone took German abstentions from 4.7 % to 3.4 %, but answered
 * "Passierschein" with "Passwort" at 0.82.
 */
const MIN_SHARED_PREFIX = 4;
const SHARED_PREFIX_SHARE = 0.7;
/**
 * In English, the first letters a word and the corpus's form of it must share (see `otherForms`): 5. An
 * English word of four letters is mostly a word of its own, and four letters made it another that begins
 * so: "ever" read as "every", "sing" as "single", "fort" as "forth", "scar" as "scare" (XQuAD's English dev
 * questions, the new-user trials, two reviews). A word clipped to four letters ("pric", "skil") is now
 * unknown too: a common word list (wink-lexicon's 13,500) told too few real words from clippings ("fort",
 * "scar", "stud" are not in it), and an unknown word costs confidence where another word answered wrong.
 */
const MIN_ENGLISH_SHARED_PREFIX = 5;
/**
 * In English, and for another language's term, the share of the longer word the prefix must also make (see `otherForms`). 0.6 also took
 * "discord" for "discount" (a support-site trial's "how do I mute someone on discord?" was answered with the
 * licence prices) and "behave" for "behavior"; 0.7 costs XQuAD English dev paragraph@1 0.938 → 0.936 plain
 * and 0.939 → 0.937 FAQ mode (two questions).
 */
const ENGLISH_SHARED_PREFIX_SHARE = 0.7;

/**
 * An acronym's plural as members type it: consonants, then an "s" ("mps", "vms", "npcs"), which the stemmers
 * keep (Porter2 takes an "s" off only after a vowel). Not a double "s" ("css"), nor "y" ("gyms"), nor one
 * letter and "s" or the sizes "xs", "xxs". Read only where the articles lack the word (see `otherForms`):
 * read so in the index too, "NFTs" and "NFT" as one term, a web3 community's fixture lost "can u refund my
 * stolen nfts" to the mint's refund entry, which writes "NFT".
 */
const ACRONYM_PLURAL = /^(?!x+s$)[bcdfghjklmnpqrtvwxz][bcdfghjklmnpqrstvwxz]{1,4}(?<!s)s$/;
/**
 * An acronym made an English verb as members type it: consonants, then "ed" or "ing" ("rsvped", "dmed",
 * "dming"). A Bengaluru meetup's "I have RSVPed but something came up and I can't make it, what to do?" had
 * no candidate at all, "rsvped" a word no article uses, where every meetup paragraph writes "RSVP" (round
 * AL). Read only where the articles lack the word and write the acronym in capitals (see `otherForms`). Not
 * a bare "d", which ends acronyms of their own ("hdd", "cmd", "tbd" are no "HD", "CM", "TB"), nor "pm", whose
 * capitals are clock times ("8 PM"): a review.
 */
const ACRONYM_VERB = /^(?!pm(?:ed|ing)$)([bcdfghjklmnpqrstvwxz]{2,5})(?:ed|ing)$/;
/**
 * The consonants that open English syllables, so open words ending "ing" or "ed" that are no acronym's
 * ("bring", "thing", "string", "shed", "fled" of articles writing "BR", "TH", "STR"…): an acronym's letters
 * ("rsvp", "dm", "pm") open none.
 */
const ENGLISH_ONSETS: ReadonlySet<string> = new Set(
  'bl br ch cl cr dr dw fl fr gl gn gr kl kn kr ph phr pl pr sc sch scr sh shr sk sl sm sn sp sph spl spr st str sw th thr tr tw wh wr'.split(' '),
);
/**
 * Chat's clippings that look like an acronym's plural: "pcs" (pieces: "how many pcs in a pack" met "Our
 * Discord has a PC channel", a review), "pts" (points), "lbs" (pounds), "ffs", "bts", "pls", "plz".
 */
const NO_ACRONYM_PLURALS: ReadonlySet<string> = new Set(['pcs', 'pts', 'lbs', 'ffs', 'bts', 'pls', 'plz']);

/** A word of the question naming an article's topic (see `topicMarkers`): its term in the units' index and in the titles'. */
interface TopicMarker {
  id: number;
  title: number;
}

/**
 * The share of the units writing a title's word that must lie in articles it titles for it to name their
 * topic (see `topicMarkers`). At 0.5, "company" and "american" then named topics, and XQuAD English dev's
 * answer in quote fell from 0.925 to 0.923 (0.918 with every title word naming a topic); at 1 (every unit)
 * the trials kept a third of the gain (6,626 / 3,325 / 1,237 / 612 at OTHER_TOPIC_COST 0.5).
 */
const TOPIC_MARKER_SHARE = 0.7;

/** What `unknownCost` reads of a question that does not ask whether something is so: nothing else matters. */
const NOT_WHETHER: UnknownAsked = { whether: false, specific: false, numbered: false };

/** A word in Cyrillic letters only. */
const CYRILLIC_WORD = /^\p{sc=Cyrillic}+$/u;
/** A Cyrillic letter anywhere. */
const CYRILLIC = /\p{sc=Cyrillic}/u;
/** A Greek letter anywhere. */
const GREEK = /\p{sc=Greek}/u;
/** A letter of a script other than Latin anywhere, and a letter of any. */
const NOT_LATIN = /(?!\p{sc=Latin})\p{L}/u;
/**
 * The languages a question typed in Latin letters may be read as (see `romanisedLanguage`), each with the
 * script it writes, which such a question has none of. Their order decides a tie.
 */
const OWN_SCRIPT: Record<string, RegExp> = {
  el: GREEK, ru: CYRILLIC, uk: CYRILLIC, bg: CYRILLIC, sr: CYRILLIC, ka: /\p{Script=Georgian}/u, hy: /\p{Script=Armenian}/u, kk: CYRILLIC, mn: CYRILLIC,
};
const ROMANISED = Object.keys(OWN_SCRIPT);
/** A word a question typed in Latin letters may hold: letters (Serbian's and Kazakh's with their diacritics), and the digits Greeklish (3, 8) and Bulgarian chat (4, 6) write letters with. */
const LATIN_TYPED_WORD = /[a-zčćšžđäáğǵıñńöóşçūúüý3468]*[a-zčćšžđäáğǵıñńöóşçūúüý][a-zčćšžđäáğǵıñńöóşçūúüý3468]*/gi;
const LETTER = /\p{L}/u;

/** The spellings in its own script of a word of a question typed in Latin letters in `lang` (see romanised.ts, latin-typed.ts). */
const nativeSpellings = (word: string, lang: string): string[] => (lang === 'ru' ? cyrillicSpellings(word) : latinTypedSpellings(word, lang));

/**
 * The function word of `analyzer`'s language a word typed in Latin letters (lower case) spells ("koly" → "коли"), if any;
 * in Russian, whose translit leaves out the soft sign, also one it spells but for that sign ("skolko" → "сколько": a
 * Minecraft server's trial, round BG, asked "skolko stoit donat legenda", and "skolko" counted against every answer).
 */
const functionWordSpelling = (word: string, analyzer: Analyzer): string | undefined => {
  for (const spelling of nativeSpellings(word, analyzer.lang)) {
    const lower = analyzer.lowerCase(spelling);
    if (analyzer.isStopword(lower)) return spelling;
    const signed = analyzer.lang === 'ru' ? analyzer.signlessStopword(lower) : undefined;
    if (signed !== undefined) return signed;
  }
  return undefined;
};

/** `question` with its Latin-letter words replaced by `spelled(word)` (lower case) where it gives one. */
const respelledWords = (question: string, spelled: (word: string) => string | undefined): string => question.replace(LATIN_TYPED_WORD, (word) => spelled(word.toLowerCase()) ?? word);

/** `question`, typed in Latin letters in `analyzer`'s language, with each word that spells one of its function words so spelled ("koly vaip" → "коли vaip"). */
const functionWordsSpelled = (question: string, analyzer: Analyzer): string => respelledWords(question, (word) => functionWordSpelling(word, analyzer));

/** Latin letters for Cyrillic ones as an English word borrowed into Russian or Ukrainian sounds ("дж" as "j"). */
const LATIN_SOUNDS: Record<string, string> = {
  а: 'a', б: 'b', в: 'v', г: 'g', ґ: 'g', д: 'd', е: 'e', ё: 'e', є: 'ye', ж: 'zh', з: 'z', и: 'i', і: 'i', ї: 'yi', й: 'y', к: 'k', л: 'l', м: 'm',
  н: 'n', о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f', х: 'h', ц: 'ts', ч: 'ch', ш: 'sh', щ: 'sch', ъ: '', ы: 'y', ь: '', э: 'e', ю: 'yu', я: 'ya',
};

/**
 * An English term a member typed in Cyrillic letters as it sounds ("вип" VIP, "ип" IP, "джава" Java,
 * "лаунчер" launcher), spelled back in Latin letters: looked up where the articles lack the word (see
 * `otherForms`), whose Russian trial wrote them in Latin letters ("VIP стоит 149 ₽").
 */
const latinSpelling = (word: string): string => word.replaceAll('дж', 'j').replace(/./gu, (letter) => LATIN_SOUNDS[letter] ?? letter);

/**
 * The classes of English first vowel (see loanwords.ts's `englishFirstVowels`) a Latin spelling of a
 * Cyrillic word (see `latinSpelling`) may stand for: "ay" the "i" of "time" ("пайтон"), "a" a long or short
 * "a", "u" also "ou"; empty where it opens on its vowel or has none, as any.
 */
function spelledVowels(spelled: string): string {
  const at = spelled.search(/(?<=^[^aeiouy]+y?)[aeiou]|(?<=^[^aeiouy]+)y/);
  if (at < 0) return '';
  const vowel = spelled.slice(at);
  return /^a[iy]/.test(vowel) ? 'y' : ({ a: 'ax', u: 'uw', o: 'o', e: 'e', i: 'i', y: 'i' } as Record<string, string>)[vowel[0]!] ?? '';
}

/**
 * How many vowel sounds a lower-case Latin spelling writes: its runs of vowels, not a "y" opening it nor a
 * final "e" after a consonant, which English leaves silent ("youtube" 2, as "ютуб" "yutub"; "macos" 2, not
 * "макс" "maks"; a Cyrillic word's spelling back is read alike: "кафе" is one).
 */
const syllableCount = (spelled: string): number => spelled.replace(/^y/, '').replace(/(?<=[^aeiouy])e$/, '').match(/[aeiouy]+/g)?.length ?? 0;

/** A folded term ending in two consonants, as a root the Turkish stemmer leaves its case vowel on does (see `LanguageSpec.finalVowels`). */
const TWO_CONSONANTS_END = /[^aeiou]{2}$/;

/** How many first letters two words share. */
function sharedPrefix(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n++;
  return n;
}

