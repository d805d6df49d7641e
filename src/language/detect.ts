/**
 * The language of a text (an article, a member's question), and BCP 47 language tags.
 *
 * Detection is eld's (Efficient Language Detector, n-gram scores over 60 languages), chosen by measurement:
 * `npm run bench:language` compares it with tinyld, franc, CLD2/CLD3, lande and others on XQuAD's 12 languages,
 * where its extra-small database detects 99.0 % of the questions (a few words each) and 100 % of the
 * paragraphs: with the member's locale as hint 99.8 % (worst language 99.2 %, Hindi), as the small, medium
 * and large ones do, in 28 MB of heap (small 44 MB, 62 MB more resident memory; large 139 MB), loaded in a
 * little over half the small one's time.
 * Shared by src/content (each article's language) and src/search (each question's).
 */
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import type { eld as Eld } from 'eld/extrasmall';

const load = createRequire(import.meta.url);
let detector: typeof Eld | null = null;
// Node before 20.19 cannot require an ES module: there eld is imported at start, as it always was.
if (!process.features.require_module) detector = (await import('eld/extrasmall')).eld;

/**
 * eld with its extra-small database, loaded at the first detection (issue 15): compiling the database takes
 * about 0.2 s and 80 MB more peak resident memory (a node process importing it: 124 MB, one that does not:
 * 42 MB), which a thread that never detects a language need not pay: the bot's, when its articles are in
 * one language and parsed on the content worker. eld ships as ES modules only, so its entry is resolved as
 * an import would resolve it, then required synchronously.
 */
const eld = (): typeof Eld => (detector ??= (load(fileURLToPath(import.meta.resolve('eld/extrasmall'))) as { eld: typeof Eld }).eld);

/** A detected language: `lang` is lowercase ISO 639-1 (`de`, `zh`), or `und` when the text does not tell. */
export interface DetectedLanguage {
  lang: string;
  /**
   * True when the text alone settles the language: eld's own test (at least 3 of its n-grams in the text,
   * and a top score of at least 3/4 of that language's average) passed, and no hint had to decide.
   */
  reliable: boolean;
}

export interface DetectOptions {
  /**
   * Languages the context suggests, most likely first, as BCP 47 tags: for a question, the Discord
   * interaction's `locale` (the member's client language, e.g. `pt-BR`) then the server's `guild_locale`.
   * Malformed tags are ignored. See `detectLanguage` for when a hint decides.
   */
  hints?: string[];
}

/**
 * A hint decides between candidates whose eld scores are at most this far apart (scores run 0-1).
 * Measured on XQuAD dev questions (`npm run bench:language`, columns ours+hint / ours+near): 0.002 lifts
 * the share right with the member's own locale as hint from 99.1 % to 99.8 % (Hindi read as Marathi,
 * Chinese naming something in Latin letters read as a Latin-script language), while a locale of the
 * closest neighbour language (Ukrainian for Russian, Marathi for Hindi, whose eld scores differ in the
 * third decimal even for clear text) costs less than wider gaps would: 0.01 takes those from 97 % to 92 %.
 */
const HINT_SCORE_GAP = 0.002;

/**
 * Texts longer than this (characters) are judged on the text alone: a paragraph is evidence enough, yet
 * neighbour languages' scores stay as close as on a question. Measured on XQuAD dev: without this limit, a
 * Marathi hint takes Hindi paragraphs from 98.3 % to 92.5 % right; with it, questions lose nothing.
 */
const HINT_MAX_CHARS = 200;

/**
 * Only the first this many characters are read. The language of a long article is settled well before:
 * eld gets 99.9 % of XQuAD's paragraphs (about 700 characters each) right. It bounds the cost, eld reading
 * about 5 characters per microsecond: a fifth of a millisecond per article, 2 s over 10,000 files, on the
 * loading thread.
 */
export const MAX_DETECT_CHARS = 1_000;

/**
 * The language `text` is written in.
 *
 * The text decides when it is clear. A hint (see `DetectOptions.hints`), taken in order, decides only when it
 * fits the text's script (an `en-US` hint never turns Chinese or Cyrillic text English) and the text is short
 * (at most 200 characters) and ambiguous: eld finds no language or no reliable one, or scores the hint's
 * language within 0.002 of its best. So a short Portuguese-or-Spanish question from a `pt-BR` client is
 * Portuguese, and a long German question from an `en-US` client stays German. A text with no letters (a
 * number, an emoji) takes the first hint, unreliably, else `und`.
 */
export function detectLanguage(text: string, options: DetectOptions = {}): DetectedLanguage {
  const sample = text.length > MAX_DETECT_CHARS ? text.slice(0, MAX_DETECT_CHARS) : text;
  const hints = (options.hints ?? []).map(primaryLanguage).filter((h): h is string => h !== null);
  const told = toldByLetters(sample);
  const hint = told && !told.reliable ? hints.find((h) => fitsScript(sample, h)) : undefined;
  if (told && (hint === undefined || hint === told.lang)) return told;
  const result = eld().detect(sample);
  const nepali = DEVANAGARI_READ.has(result.language) ? nepaliByWords(sample) : null;
  if (nepali) return nepali;
  const found = result.language || 'und';
  const reliable = found !== 'und' && result.isReliable();
  if (!hints.length || sample.length > HINT_MAX_CHARS) return { lang: found, reliable };
  const scores = result.getScores() as Record<string, number>;
  const best = scores[found] ?? 0;
  for (const hint of hints) {
    if (hint === found) return { lang: found, reliable };
    if (!fitsScript(sample, hint)) continue;
    const score = scores[hint];
    if (!reliable || (score !== undefined && best - score <= HINT_SCORE_GAP)) return { lang: hint, reliable: false };
  }
  return { lang: found, reliable };
}

/**
 * Languages eld does not detect whose letters tell them (ISO 639-1), for text mostly in them (see
 * `toldByLetters`): Khmer, Burmese and Sinhala, by their scripts, each written mostly in its own; eld read
 * Khmer and Burmese articles as English or Tagalog, "unsure", and told their admins to declare `lang: en`
 * (Khmer and Burmese trials).
 */
const SCRIPT_LANGUAGES: readonly [RegExp, string][] = [
  [/\p{Script=Khmer}/u, 'km'],
  [/\p{Script=Myanmar}/u, 'my'],
  [/\p{Script=Sinhala}/u, 'si'],
];
const TOLD_SCRIPTS = /[\p{Script=Khmer}\p{Script=Myanmar}\p{Script=Sinhala}]/u;
/**
 * Cyrillic languages eld does not detect, by the letters of theirs Russian lacks (eld read a Kazakh and a
 * Mongolian trial's articles as Russian, Belarusian, Ukrainian or Bulgarian, most of them reliably):
 * - Kazakh writes "ұ", which no other language does, or "қ" or "ғ" beside "ә", "ң", "ө", "ү" or "і" (Uzbek
 *   and Tajik write қ and ғ without those; Tatar, Kyrgyz, Ukrainian and Belarusian those without қ and ғ).
 * - Mongolian writes "ө" and "ү" and none of the other letters above, nor Kyrgyz's "ң" or Buryat's "һ".
 * - Uzbek in Cyrillic writes "ў" beside "қ", "ғ" or "ҳ" (Belarusian writes ў without them).
 * Bashkir, which writes "ҡ", "ҙ" or "ҫ", is neither.
 */
const LETTERED: readonly { lang: string; text: RegExp; word: RegExp }[] = [
  { lang: 'uz', text: /ў[^]*[қғҳ]|[қғҳ][^]*ў/iu, word: /[ўқғҳ]/iu },
  { lang: 'kk', text: /ұ|[қғ][^]*[әңөүі]|[әңөүі][^]*[қғ]/iu, word: /[әғқңөұүһі]/iu },
  { lang: 'mn', text: /^(?![^]*[әғқңұһіҗҡҙҫўҳҷӣӯ])[^]*[өү]/iu, word: /[өү]/iu },
];
const NOT_LETTERED = /[ҡҙҫ]/iu;
/**
 * Words that write such a letter, not counting capitalised ones (names: a Russian question "Когда турнир в
 * Ақтөбе?" stays Russian): two or more tell the language reliably; one does in a short text where it is this
 * share of the Cyrillic words at least ("Вип неше тұрады?"), the member's locale deciding (see `detectLanguage`).
 */
const LETTERED_MIN_SHARE = 0.2;

/**
 * Uzbek in Latin letters: its letters "oʻ" and "gʻ", typed with any apostrophe, inside uncapitalised words
 * ("roʻyxatdan oʻtish", "bo'ladi"). eld spread an Uzbek trial's articles over Spanish, Swedish, Italian,
 * English and Turkish, each unsure, and told its admin to declare them so. English's "o'clock" is one.
 */
const UZBEK_LATIN = /(?<![\p{L}\p{M}])\p{Ll}*[og][ʻʼ‘’'`]\p{Ll}/gu;

/** The language `text`'s letters tell (see SCRIPT_LANGUAGES, LETTERED, UZBEK_LATIN) and whether reliably, or null. */
function toldByLetters(text: string): DetectedLanguage | null {
  if (TOLD_SCRIPTS.test(text)) {
    for (const [script, lang] of SCRIPT_LANGUAGES) if (script.test(text) && fitsScript(text, lang)) return { lang, reliable: true };
    return null;
  }
  if ((text.match(UZBEK_LATIN)?.length ?? 0) >= 2) return { lang: 'uz', reliable: true };
  const told = LETTERED.find(({ text: letters }) => letters.test(text));
  if (!told || NOT_LETTERED.test(text)) return null;
  let cyrillic = 0;
  let lettered = 0;
  for (const { segment, isWordLike } of wordsOf(text)) {
    if (!isWordLike || !CYRILLIC.test(segment)) continue;
    cyrillic++;
    if (told.word.test(segment) && segment[0] === segment[0]!.toLowerCase()) lettered++;
  }
  return lettered >= 2 || (lettered === 1 && lettered >= LETTERED_MIN_SHARE * cyrillic) ? { lang: told.lang, reliable: lettered >= 2 } : null;
}
const CYRILLIC = /\p{Script=Cyrillic}/u;

/**
 * Nepali, which eld lacks and reads as Hindi or Marathi (the same script, many shared words; a Nepali trial's
 * articles were all Hindi, with no warning): told by its copulas, postpositions and question words ("छ",
 * "हुन्छ", "लाई", "गर्न", "कति", "कहिले", "पनि") outnumbering Hindi's ("है", "में", "नहीं", "कितना",
 * "कब", "भी"). Two of them or more tell it reliably.
 */
const NEPALI_WORDS = new Set('छ छन् छैन हुन्छ हुन्छन् हुँदैन हुदैन हुन्न लाई गर्न गर्नु गर्ने गरेको कति कहिले कसरी होइन भने भयो पनि हुने'.split(' '));
const HINDI_WORDS = new Set('है हैं था थे थी में नहीं कितना कितने कितनी कब कैसे और भी करना करें'.split(' '));
const DEVANAGARI_READ = new Set(['hi', 'mr']);

/** `text` as Nepali (see NEPALI_WORDS), or null. */
function nepaliByWords(text: string): DetectedLanguage | null {
  let nepali = 0;
  let hindi = 0;
  for (const { segment, isWordLike } of wordsOf(text)) {
    if (!isWordLike) continue;
    if (NEPALI_WORDS.has(segment)) nepali++;
    else if (HINDI_WORDS.has(segment)) hindi++;
  }
  return nepali > hindi ? { lang: 'ne', reliable: nepali >= 2 } : null;
}

/**
 * A BCP 47 tag in its canonical form (`de-ch` -> `de-CH`, `zh-hans` -> `zh-Hans`, `iw` -> `he`), kept whole
 * for display; null when it is not a well-formed tag with an ISO 639 language (2 or 3 letters): `pt_BR`,
 * `english`, an empty string, and `und` (it declares nothing). Subtags are not checked against the
 * registry, so a well-formed `xx` passes.
 */
export function normalizeLanguageTag(tag: string): string | null {
  let canonical: string | undefined;
  try {
    canonical = Intl.getCanonicalLocales(tag.trim())[0];
  } catch {
    return null;
  }
  // BCP 47 also allows 5-8 letter language subtags, reserved for registration and never used in practice:
  // `english` is a mistake, not a language.
  return canonical && /^[a-z]{2,3}$/.test(new Intl.Locale(canonical).language) ? canonical : null;
}

/** The primary language subtag of a BCP 47 tag, lowercase (`de-CH` -> `de`, `zh-Hans` -> `zh`), or null when malformed. */
export function primaryLanguage(tag: string): string | null {
  const canonical = normalizeLanguageTag(tag);
  return canonical === null ? null : new Intl.Locale(canonical).language;
}

/**
 * Languages read as another: Malay (ms) as Indonesian (id), Filipino (fil, as ICU writes "tl") as Tagalog (tl),
 * Norwegian Bokmål (nb) and Nynorsk (nn) as Norwegian (no), Cantonese (yue, whose articles Hong Kong writes in
 * standard Chinese; see languages.ts's CANTONESE_EXTRA for its chat) as Chinese (zh). Norwegian is one language to eld, which says "no"
 * of both written standards: read apart, articles declared "nb" met every detected question as another
 * language's, and a site with some files declared and some detected was two languages (a Bergen climbing
 * gym's trial: putting every file on one tag changed 11 of 200 answers). Malay and Indonesian are two standards of one language, sharing
 * its affixes (meN-, ber-, di-, -kan, -nya), which the Indonesian Snowball stemmer takes off, and most of its
 * function words; and eld, which detects every article's and question's language (src/language/detect.ts),
 * knows Malay but not Indonesian, so it reads Indonesian text as Malay. An Indonesian gaming server's trial
 * (one article of nine without a `lang:` line, detected as Malay): half its questions were read as Malay,
 * without stopwords or stems, their slang and question words counting against every answer. Right / wrong /
 * honest abstentions / wrong abstentions 66 / 50 / 49 / 38 → 85 / 68 / 40 / 10: 28 answerable questions
 * abstained on are answered (20 of them right), and 10 uncovered ones that abstained as misread are
 * answered from the topic's paragraph, as Indonesian questions beside declared articles were already.
 */
const READ_AS: ReadonlyMap<string, string> = new Map([['ms', 'id'], ['fil', 'tl'], ['nb', 'no'], ['nn', 'no'], ['yue', 'zh']]);

/**
 * The language `lang` (a primary language subtag) is read as (see READ_AS): itself for most. The search
 * analyses it so, and an article in it without FAQ names or an `Also asked as:` label of its own is told
 * that language's (Malay's labels are Indonesian's; Filipino's names and labels Tagalog's).
 */
export const readAs = (lang: string): string => READ_AS.get(lang) ?? lang;

/** The languages read as another (see READ_AS), for docs/languages.md. */
export const readAsOthers = (): string[] => [...READ_AS.keys()];

/** A tag's likely script (ISO 15924: "Latn", "Cyrl", "Hant"), from CLDR's likely subtags through Intl; null where Intl cannot tell or the tag is malformed. */
export function scriptOf(tag: string): string | null {
  try {
    return new Intl.Locale(tag).maximize().script ?? null;
  } catch {
    return null;
  }
}

/**
 * Unicode scripts (ISO 15924) in which a language is written, from CLDR's likely subtags through Intl (`ru` ->
 * Cyrl, `ja` -> Jpan). Jpan and Kore are mixtures of scripts; Han covers both Chinese scripts. None for a
 * malformed tag.
 */
export function scriptsOf(lang: string): string[] {
  const script = scriptOf(lang);
  if (script === 'Jpan') return ['Hani', 'Hira', 'Kana'];
  if (script === 'Kore') return ['Hang', 'Hani'];
  if (script === 'Hans' || script === 'Hant') return ['Hani'];
  return script ? [script] : [];
}

const scriptPatterns = new Map<string, RegExp | null>();
/**
 * Words by Unicode's rules plus ICU's dictionaries, so Chinese, Japanese and Thai split into words too;
 * made at the first text that needs it, as making it took ~20 ms of every start (issue 15).
 */
let segmenter: Intl.Segmenter | null = null;
const wordsOf = (text: string): Intl.Segments => (segmenter ??= new Intl.Segmenter(undefined, { granularity: 'word' })).segment(text);
const LETTER = /\p{L}/u;

/**
 * True when at least half of the text's words are in a script `lang` is written in, or it has no words.
 * Words rather than letters: one Han character is a word where a Latin word takes five letters, so
 * `Sky Digital是什么时候推出的？` (2 Latin words, 5 Chinese) is Chinese text.
 */
export function fitsScript(text: string, lang: string): boolean {
  let pattern = scriptPatterns.get(lang);
  if (pattern === undefined) {
    const scripts = scriptsOf(lang);
    pattern = scripts.length ? new RegExp(`[${scripts.map((s) => `\\p{Script=${s}}`).join('')}]`, 'u') : null;
    scriptPatterns.set(lang, pattern);
  }
  if (!pattern) return false;
  let words = 0;
  let fitting = 0;
  for (const { segment, isWordLike } of wordsOf(text)) {
    const letter = isWordLike ? LETTER.exec(segment)?.[0] : undefined;
    if (!letter) continue;
    words++;
    if (pattern.test(letter)) fitting++;
  }
  return fitting * 2 >= words;
}
