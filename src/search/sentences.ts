import { analyzerFor } from './tokenize.js';

/** A sentence of a passage: `[start, end)` are offsets into the passage's raw text, trimmed of spaces. */
export interface Sentence {
  start: number;
  end: number;
  text: string;
}

const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });

/**
 * Abbreviations after which a full stop does not end a sentence ("Dr. Smith", "c. 1455", "John C.
 * Messenger", "the U.S. Army"): a single letter, or a short title, month or Latin abbreviation. ICU's
 * sentence rules split after them, which cut quotes in the middle of a name or a date.
 */
const ABBREVIATION = /(?:^|[\s(.])(?:\p{L}|Mr|Mrs|Ms|Dr|St|Jr|Sr|Prof|Gen|Col|Lt|Sgt|Capt|Rev|Gov|Sen|Rep|No|Nos|Vol|Fig|vs|etc|ca|approx|cf|al|Inc|Ltd|Co|Corp|Mt|Ft|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|e\.g|i\.e)\.$/u;
/**
 * The end of a sentence that ABBREVIATION and INITIAL need: their longest matches (" approx.", a Devanagari
 * initial of four letters with their marks) are under 16 characters, so a longer tail can only start with
 * `^` at the sentence's real start. Testing the tail keeps a long run of merged segments linear.
 */
const ABBREVIATION_TAIL = 16;

/**
 * A Latin initial written in a script without case, with its full stop ("जॉन सी. मेसेंजर", "جون سي. ميسنجر",
 * Thai "อี.ไอ. ดูปองต์"): the letter's name, one or two letters of such a script (up to four in Devanagari,
 * whose consonant clusters spell "डब्ल्यू", W), or a short abbreviation ("डॉ.", Dr.). ICU splits after it as
 * after any full stop, and there is no capital to tell a name from a new sentence; Hindi and Thai end their
 * sentences without one (a danda, a space), Arabic's short words that do end a sentence are stopwords
 * ("له", "به"), which `eachSentence` checks in the passage's language. The letters are captured.
 */
const INITIAL = /(?:^|[\s(.])((?:\p{Lo}\p{M}*){1,2}|(?:[\u0904-\u0939\u0958-\u0961\u0972-\u097f]\p{M}*){3,4})\.$/u;

/** A segment that starts in lower case, or with a digit, continues the sentence before it. */
const CONTINUATION = /^[\p{Ll}\p{N}]/u;

/**
 * Languages that write an ordinal number with a full stop ("am 7. Februar", "im 19. Jahrhundert", Turkish
 * "19. yüzyıl"), by their ISO 639-1 codes. ICU's rules split after them, which cut a German date from its
 * month; yet a sentence there also ends in a number ("Der Krieg endete 1945.", "Sie wurde 3. Danach…").
 * So a number of up to three digits (days, months, centuries, ranks; never a year) and its full stop end
 * no sentence when the next word is no stopword: a month or a noun follows an ordinal, while a new sentence
 * mostly opens with an article, a pronoun or an adverb.
 */
const ORDINAL_FULL_STOP = new Set(['cs', 'da', 'de', 'et', 'fi', 'fo', 'hr', 'hu', 'is', 'lv', 'nb', 'nn', 'no', 'pl', 'sk', 'sl', 'sr', 'tr']);
/**
 * A sentence's last word is a number of up to three digits, or in Roman numerals, with its full stop: those
 * languages write a ruler's ordinal so, Turkish before the name ("Kraliçe II. Elizabeth", "XIV. Louis").
 */
const ORDINAL = /(?:^|\s)(?:\d{1,3}|[IVXLC]{2,})\.$/u;
/** The first word of a segment. */
const FIRST_WORD = /^[\p{L}\p{M}]+/u;

/** Longest stretch of text handed to the segmenter at once (see `segments`). */
const MAX_WINDOW = 2000;
const LETTER = /\p{L}/u;

/**
 * ICU's sentence segments of `raw` with offsets into it, found window by window: Intl.Segmenter's iterator
 * costs time in proportion to the whole string at every step (measured on Node 20: 4,000 sentences in one
 * paragraph take 4 s at once, 0.1 s in windows), so it only ever sees 2,000 characters. Of each window the
 * last segments, up to one holding a letter, are segmented again with what follows: ICU decides a break by
 * looking ahead to the next letter, so every break kept was decided as on the whole text. `cut` marks a
 * segment ended only by the window (no sentence end in 2,000 characters); the next one continues it.
 */
function* segments(raw: string): Generator<{ segment: string; index: number; cut: boolean }> {
  let start = 0;
  while (raw.length - start > MAX_WINDOW) {
    let end = start + MAX_WINDOW;
    // Never split a surrogate pair (an emoji).
    const code = raw.charCodeAt(end - 1);
    if (code >= 0xd800 && code <= 0xdbff) end--;
    const found = [...segmenter.segment(raw.slice(start, end))];
    let keep = found.length - 1;
    while (keep > 0 && !LETTER.test(found[keep]!.segment)) keep--;
    if (keep === 0) {
      // One sentence fills the window: cut it at its last space (else anywhere) and carry on.
      const window = raw.slice(start, end);
      const space = window.search(/\s\S*$/);
      const cut = space > 0 ? space : window.length;
      yield { segment: window.slice(0, cut), index: start, cut: true };
      start += cut;
      continue;
    }
    for (let i = 0; i < keep; i++) yield { segment: found[i]!.segment, index: start + found[i]!.index, cut: false };
    start += found[keep]!.index;
  }
  for (const { segment, index } of segmenter.segment(raw.slice(start))) yield { segment, index: start + index, cut: false };
}

/**
 * The sentences of `raw`, one at a time, with offsets into it, so a quote is always a slice of the source:
 * ICU's segments, with a segment after an abbreviation or an initial of a script without case (see
 * INITIAL; not one of `lang`'s stopwords), or, in a language `lang` names that writes ordinals so, after an
 * ordinal number (see ORDINAL_FULL_STOP), or starting in lower case or with a digit, joined to the sentence
 * before it. `lang` is an ISO 639-1 code or BCP 47 tag (default: none, so no stopwords and no ordinals).
 * Linear in the text's length; a caller that needs the first few stops early.
 */
export function* eachSentence(raw: string, lang?: string): Generator<Sentence> {
  const analyzer = lang ? analyzerFor(lang) : null;
  const ordinals = analyzer !== null && ORDINAL_FULL_STOP.has(lang!.toLowerCase().split('-')[0]!);
  const stopword = (word: string): boolean => !!analyzer?.isStopword(analyzer.lowerCase(word));
  /** Whether `text` opens as the rest of a sentence whose last word is an ordinal, not as a new sentence. */
  const afterOrdinal = (text: string): boolean => {
    const word = FIRST_WORD.exec(text)?.[0];
    return !!word && !stopword(word);
  };
  /** Whether a sentence ends in an initial of a script without case (see INITIAL). */
  const initial = (tail: string): boolean => {
    const letters = INITIAL.exec(tail)?.[1];
    return letters !== undefined && !stopword(letters);
  };
  let last: Sentence | null = null;
  let open = false;
  for (const { segment, index, cut } of segments(raw)) {
    const lead = segment.length - segment.trimStart().length;
    const text = segment.trim();
    if (!text) continue;
    const start = index + lead;
    const end = start + text.length;
    const tail = last && last.text.length > ABBREVIATION_TAIL ? last.text.slice(-ABBREVIATION_TAIL) : last?.text;
    if (last && (open || ABBREVIATION.test(tail!) || initial(tail!) || CONTINUATION.test(text) || (ordinals && ORDINAL.test(tail!) && afterOrdinal(text)))) {
      last.end = end;
      last.text = raw.slice(last.start, end);
    } else {
      if (last) yield last;
      last = { start, end, text };
    }
    open = cut;
  }
  if (last) yield last;
}

/** Every sentence of `raw` (see `eachSentence`). */
export const sentences = (raw: string, lang?: string): Sentence[] => [...eachSentence(raw, lang)];
