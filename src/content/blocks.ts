/** Names of a section that holds an article's questions and answers. */
export const FAQ_HEADING = /^(?:faqs?|f\.a\.q\.?|questions\s*(?:and|&)\s*answers|q\s*&\s*a|frequently\s+asked\s+questions)\s*:?$/i;

/** A question is short and ends in a question mark; a long paragraph ending in one is an answer. */
export const MAX_QUESTION_LENGTH = 300;
/** A dek (the standfirst under a headline) is a single short paragraph. */
export const MAX_DEK_LENGTH = 300;

export const collapse = (text: string): string => text.replace(/\s+/g, ' ').trim();

export const isQuestion = (text: string): boolean => {
  const t = collapse(text);
  return t.endsWith('?') && t.length <= MAX_QUESTION_LENGTH;
};

/** 1-based line of `offset` in `source`. */
export function lineAt(source: string, offset: number): number {
  let line = 1;
  for (let i = source.indexOf('\n'); i !== -1 && i < offset; i = source.indexOf('\n', i + 1)) line++;
  return line;
}
