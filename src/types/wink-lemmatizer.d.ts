declare module 'wink-lemmatizer' {
  /** wink-lemmatizer's English lemmatizer (a CommonJS module: import its default export). */
  const lemmatizer: {
    /** The base form of an English adjective ("older" → "old", "better" → "good"); other words unchanged. */
    adjective(word: string): string;
    noun(word: string): string;
    verb(word: string): string;
  };
  export default lemmatizer;
}
