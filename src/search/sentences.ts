/** A sentence of a passage: `[start, end)` are offsets into the passage's raw text, trimmed of spaces. */
export interface Sentence {
  start: number;
  end: number;
  text: string;
}

const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });

/** Splits text into sentences whose offsets point into it, so a quote is always a slice of the source. */
export function sentences(raw: string): Sentence[] {
  const out: Sentence[] = [];
  for (const { segment, index } of segmenter.segment(raw)) {
    const lead = segment.length - segment.trimStart().length;
    const text = segment.trim();
    if (text) out.push({ start: index + lead, end: index + lead + text.length, text });
  }
  return out;
}
