/**
 * Czech light stemming: Dolamic and Savoy's light stemmer ("Indexing and stemming approaches for the Czech
 * language", Information Processing and Management 45(6), 2009), the one Lucene's Czech analyser uses. It
 * takes off one case ending (Czech writes seven cases on nouns and adjectives: "server", "serveru",
 * "serverem"), then a possessive suffix, then evens out the consonant changes and the mobile "e" of the stem
 * ("hráč", "hráči"; "pravidla", "pravidel"). Snowball has no Czech stemmer, and nlp.js's (@nlpjs/lang-cs)
 * leaves short words whole ("banu" is no "ban", "ceny" no "cena"), which the questions of a Czech
 * community's trial are full of.
 *
 * Written for words without diacritics (the endings below are folded), as many members type Czech
 * ("kolik stoji vip"): words reach it folded (`LanguageSpec.spelling`), which Dolamic and Savoy found
 * does retrieval no harm. An ending goes only where enough of the word remains (the paper's lengths).
 */

/** Case endings by how long a word must be, counted in letters, for each to go (longest endings first). */
type CaseEndings = readonly (readonly [minimum: number, endings: readonly string[]])[];

const CASE_ENDINGS: CaseEndings = [
  [8, ['atech']],
  [7, ['etem', 'atum']],
  [6, ['ech', 'ich', 'eho', 'emi', 'emu', 'ete', 'eti', 'iho', 'imi', 'imu', 'ach', 'ata', 'aty', 'ych', 'ama', 'ami', 'ove', 'ovi', 'ymi']],
  [5, ['em', 'es', 'im', 'um', 'at', 'am', 'os', 'us', 'ym', 'mi', 'ou']],
  [4, ['a', 'e', 'i', 'o', 'u', 'y']],
];

/**
 * Slovak's: Czech's declension with endings of its own, added at the same lengths: locative plural "-och",
 * "-iach" ("serveroch", "pravidlách" folded "pravidlach" is Czech's too), instrumental and dative "-om"
 * ("serverom"), the feminine "-ej" ("tej istej"), genitive plural "-ov" ("banov"), and "-ia", "-ie", "-iu"
 * of nouns in "-ie" ("odvolanie", "odvolania", "odvolaniu"). Neither Snowball nor npm has a Slovak stemmer.
 */
const SLOVAK_CASE_ENDINGS: CaseEndings = CASE_ENDINGS.map(([minimum, endings]) => {
  const own: Record<number, string[]> = { 7: ['iach'], 6: ['och'], 5: ['om', 'ej', 'ov', 'ia', 'ie', 'iu'] };
  return [minimum, [...(own[minimum] ?? []), ...endings]] as const;
});

/** Possessive suffixes ("Novákův", "Janin"), on a word of at least 6 letters once its case ending is gone. */
const POSSESSIVES = ['ov', 'in', 'uv'];

/** `word`'s light stem (lower-cased and folded, see the module comment); a word of 3 letters or fewer as it is. */
export const czechStem = (word: string): string => lightStem(word, CASE_ENDINGS);

/** A Slovak word's light stem: Czech's with Slovak's own case endings (see SLOVAK_CASE_ENDINGS). */
export const slovakStem = (word: string): string => lightStem(word, SLOVAK_CASE_ENDINGS);

function lightStem(word: string, caseEndings: CaseEndings): string {
  if (word.length <= 3) return word;
  let stem = word;
  for (const [minimum, endings] of caseEndings) {
    if (stem.length < minimum) continue;
    const ending = endings.find((e) => stem.endsWith(e));
    if (ending) {
      stem = stem.slice(0, -ending.length);
      break;
    }
  }
  if (stem.length >= 6 && POSSESSIVES.some((p) => stem.endsWith(p))) stem = stem.slice(0, -2);
  return normalizeStem(stem);
}

/**
 * The stem's last consonants as one: "c" → "k" ("hráč", "hráče", folded "hrac"), "z" → "h" ("Praha",
 * "Praze"), and the mobile "e" before a final consonant dropped ("pravidel" → "pravidl", as "pravidla"). The
 * paper's normalisation, less what folding makes wrong: its "čt" → "ck" and "št" → "sk" would read every
 * folded "-st" so ("rust" as "rusky", "místo" as "miska"), and its "ů" → "o" cannot be told from "u".
 */
function normalizeStem(stem: string): string {
  const last = stem.at(-1);
  if (last === 'c') return `${stem.slice(0, -1)}k`;
  if (last === 'z') return `${stem.slice(0, -1)}h`;
  if (stem.length > 1 && stem.at(-2) === 'e') return stem.slice(0, -2) + last;
  return stem;
}
