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

/** A segment that starts in lower case, or with a digit, continues the sentence before it. */
const CONTINUATION = /^[\p{Ll}\p{N}]/u;

/** Splits text into sentences whose offsets point into it, so a quote is always a slice of the source. */
export function sentences(raw: string): Sentence[] {
  const out: Sentence[] = [];
  for (const { segment, index } of segmenter.segment(raw)) {
    const lead = segment.length - segment.trimStart().length;
    const text = segment.trim();
    if (!text) continue;
    const start = index + lead;
    const end = start + text.length;
    const last = out[out.length - 1];
    if (last && (ABBREVIATION.test(last.text) || CONTINUATION.test(text))) {
      last.end = end;
      last.text = raw.slice(last.start, end);
    } else {
      out.push({ start, end, text });
    }
  }
  return out;
}
