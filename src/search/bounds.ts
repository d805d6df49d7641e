import { statesType } from './answer-type.js';
import { asWords } from './languages.js';
import { writtenNumbers } from './numbers.js';
import { escapeRegExp } from '../text.js';

/**
 * The numbers a text bounds: limits a member's own number is measured against ("Players must be 16 or
 * older" → 16; "mindestens Platin 2" → 2; "Tuổi tối thiểu là 16" → 16; "18歳以上" → 18). Asked "im 15 can i
 * join the cup", the number is the asker's, in no article, and the rule that bounds it is the answer;
 * counted as a number no article holds (see the engine's `numbersMissed`), it declined such questions in
 * eleven of fifteen new-user trials' languages ("عمري 15 اقدر اشارك", "tengo 13 puedo jugar la copa?", "gw
 * 16 thn bisa daftar mod ga", "faceit level 5im lige girebilir miyim").
 *
 * A bound is one of its language's comparison phrases (BOUNDS) and the nearest number on the side the
 * phrase points to: after "at least", "mindestens", "tối thiểu"; before "or older", "以上", "이상", within
 * BOUND_REACH characters in the same sentence (a dot after a word of up to three letters ends an
 * abbreviation: "18 yrs. or older", "Lv. 30"); or a number written with a sign ("16+", "≥ 50"). A language
 * without a list (or a text in another) is read by its signs only.
 */
export function boundedNumbers(text: string, lang: string): string[] {
  if (!DIGIT.test(text)) return [];
  const found: string[] = [];
  // A number grouped by spaces is read whole ("1 500").
  const numbersOf = (written: string) => writtenNumbers(written.replace(SPACED_THOUSANDS, '$1'));
  for (const pattern of [SIGNS, patterns.get(lang)]) {
    if (!pattern) continue;
    for (const match of text.matchAll(pattern)) found.push(...numbersOf(match.groups!.before ?? match.groups!.after!));
  }
  const ends = (match: RegExpMatchArray) => {
    const [low, high] = [match.groups!.low!, match.groups!.high!].map((end) => numbersOf(end)[0]);
    if (low === undefined || high === undefined || !(Number(low) < Number(high))) return;
    const [from, to] = [match.index!, match.index! + match[0].length];
    const around = text.slice(Math.max(0, from - RANGE_DATE_REACH), Math.min(text.length, to + RANGE_DATE_REACH));
    if (!datesIn(around, lang)) found.push(low, high);
  };
  for (const match of text.matchAll(DASHED_RANGE)) ends(match);
  const range = ranges.get(lang);
  if (range) for (const match of text.matchAll(range.pattern)) if (range.accepted(match)) ends(match);
  return found;
}

/**
 * Whether `number`, the asker's, is of the scale of `bound`: within a factor of `scale` (default SCALE)
 * of it. A limit of 16 years, of 500 followers or of 144 Hz is one of 15 years, 600 followers or 60 Hz;
 * the trials' askers' numbers were within a factor of 4.4 of the bounds that answered them (1,500 and
 * 2,200 ELO against a difference "не должна превышать 500"), while a bound on a memory limit ("at least 2
 * GB") is no measure of an exit code ("code 139": 70 times as large).
 */
export function measuredBy(number: string, bound: string, scale = SCALE): boolean {
  const [a, b] = [Number(number), Number(bound)];
  return a > 0 && b > 0 && Math.max(a, b) <= scale * Math.min(a, b);
}

/**
 * Whether `number`, a decimal of the asker's that names nothing the articles count after numbers ("my
 * rating dropped to 4.4"), is measured by `bound`: only a decimal bound within a factor of DECIMAL_SCALE
 * of it ("below 4.3"). A rating, a ratio or a grade is asked near its limit (a food-delivery trial); at
 * SCALE, a Japanese trial's "バージョン２．１はいつ？" (when is version 2.1?) was answered from "raised the
 * maximum note speed to 12.0".
 */
export const decimalMeasuredBy = (number: string, bound: string): boolean => bound.includes('.') && measuredBy(number, bound, DECIMAL_SCALE);

/** How many times larger than the other a decimal quantity and its decimal bound may be (see `decimalMeasuredBy`). */
const DECIMAL_SCALE = 2;

/** How many times larger than the other one of two numbers of a scale may be: one order of magnitude. */
const SCALE = 10;

/**
 * How far, in characters, a comparison phrase may be from the number it bounds: the trials' bounds held up
 * to 16 between them ("at least level 30", "mindestens Diamant 3", "en az FACEIT seviye 6").
 */
const BOUND_REACH = 24;

const DIGIT = /\d/;

/**
 * A number as a bound takes it: digits, with thousands separators (a space too: "1 500 caractères", "3 000
 * zł") or a decimal part; not from within a longer run of digits and separators, which it would otherwise
 * try from every digit (quadratic: 5 s for 24,000 characters of "0,1,2,…" or of "123 123 …"); not a
 * clock's minutes ("19:00").
 */
const NUMBER = '(?<![\\d.,]|\\d[ \\u00a0\\u202f])\\d{1,3}(?:[ \\u00a0\\u202f]\\d{3})+(?![\\d.,])|(?<![\\d.,]|\\d:)\\d(?:[\\d.,]*\\d)?';

/** A space grouping thousands ("1 500"), dropped before the number is read. */
const SPACED_THOUSANDS = /(\d)[ \u00a0\u202f](?=\d{3})/g;

/** "16+" (not "+49 30…", a phone number), "≥ 50", "≤ 3". */
const SIGNS = new RegExp(`(?<before>${NUMBER})\\s?(?:\\+(?![\\s-]?\\d)|[≥≤])|[≥≤]\\s?(?<after>${NUMBER})`, 'gu');

/**
 * Comparison phrases by language (lower case; matched case-insensitively, as whole words in spaced
 * scripts): `leading` a number ("at least 16"), `trailing` it ("16 or older"). Words that are also other words
 * near a number are left out: English "min" (minutes), Turkish "az" (few) and "altı" but in "yaş altı"
 * (under the age; "altı hafta" is six weeks), Japanese "超" (very).
 */
const BOUNDS: Readonly<Record<string, { leading: readonly string[]; trailing: readonly string[] }>> = {
  en: {
    leading: ['at least', 'at most', 'minimum', 'maximum', 'max', 'over', 'under', 'above', 'below', 'older than', 'younger than', 'more than', 'less than', 'fewer than', 'up to', 'no more than', 'no less than', 'not more than', 'exceed', 'exceeds'],
    trailing: ['or more', 'or older', 'or higher', 'or above', 'or over', 'or less', 'or fewer', 'or younger', 'or lower', 'or below', 'and up', 'and above', 'and over', 'and older', 'minimum', 'maximum', 'max'],
  },
  de: {
    leading: ['mindestens', 'höchstens', 'maximal', 'minimal', 'mind.', 'max.', 'ab', 'über', 'unter', 'bis zu', 'nicht mehr als', 'weniger als', 'mehr als', 'älter als', 'jünger als'],
    trailing: ['oder älter', 'oder höher', 'oder mehr', 'und älter', 'und höher', 'überschreiten'],
  },
  es: {
    leading: ['al menos', 'como mínimo', 'mínimo', 'como máximo', 'máximo', 'mayores de', 'mayor de', 'menores de', 'menor de', 'más de', 'menos de', 'hasta', 'no más de', 'superior a', 'inferior a', 'a partir de'],
    trailing: ['o más', 'o mayor', 'o mayores', 'o menos', 'como mínimo', 'como máximo', 'mínimo', 'máximo'],
  },
  pt: {
    leading: ['pelo menos', 'no mínimo', 'mínimo', 'no máximo', 'máximo', 'acima de', 'abaixo de', 'maiores de', 'maior de', 'menores de', 'menor de', 'mais de', 'menos de', 'até', 'a partir de', 'superior a', 'inferior a'],
    trailing: ['ou mais', 'ou menos', 'no mínimo', 'no máximo', 'mínimo', 'máximo'],
  },
  fr: {
    leading: ['au moins', 'au minimum', 'minimum', 'au maximum', 'maximum', 'plus de', 'moins de', "jusqu'à", 'au-delà de', 'au-dessus de', 'en dessous de', 'supérieur à', 'inférieur à', 'à partir de'],
    trailing: ['ou plus', 'ou moins', 'minimum', 'maximum', 'et plus'],
  },
  it: {
    leading: ['almeno', 'minimo', 'massimo', 'al massimo', 'più di', 'meno di', 'fino a', 'oltre', 'sopra i', 'sotto i', 'superiore a', 'inferiore a', 'a partire da', 'non più di'],
    trailing: ['o più', 'o meno', 'in su', 'minimo', 'massimo', 'al massimo'],
  },
  nl: {
    leading: ['minimaal', 'maximaal', 'minstens', 'hoogstens', 'ten minste', 'ouder dan', 'jonger dan', 'meer dan', 'minder dan', 'vanaf', 'boven', 'onder', 'tot'],
    trailing: ['of ouder', 'of hoger', 'of meer', 'en ouder'],
  },
  ru: {
    leading: ['не менее', 'не меньше', 'не более', 'не больше', 'минимум', 'максимум', 'старше', 'младше', 'от', 'до', 'больше', 'меньше', 'выше', 'ниже', 'более', 'менее', 'превышать', 'превышает'],
    trailing: ['и выше', 'и старше', 'и больше', 'и ниже', 'минимум', 'максимум'],
  },
  uk: {
    leading: ['не менше', 'не більше', 'мінімум', 'максимум', 'старше', 'молодше', 'від', 'до', 'більше', 'менше', 'вище', 'нижче'],
    trailing: ['і вище', 'і старше', 'і більше', 'мінімум', 'максимум'],
  },
  pl: {
    leading: ['co najmniej', 'minimum', 'minimalnie', 'maksymalnie', 'maksimum', 'najwyżej', 'powyżej', 'poniżej', 'ponad', 'od', 'do', 'więcej niż', 'mniej niż', 'nie więcej niż'],
    trailing: ['lub więcej', 'i więcej', 'lub starsi', 'i starsi', 'minimum', 'maksimum'],
  },
  tr: {
    leading: ['en az', 'en fazla', 'en çok', 'minimum', 'maksimum'],
    trailing: ['üzeri', 've üzeri', 'veya üzeri', 've üstü', 'üstü', 'yaş altı', 'fazla', 'geçmemeli', 'geçemez', 'büyük', 'küçük'],
  },
  id: {
    leading: ['minimal', 'maksimal', 'minimum', 'maksimum', 'paling sedikit', 'paling banyak', 'sedikitnya', 'lebih dari', 'kurang dari', 'di atas', 'di bawah', 'tidak lebih dari', 'maks'],
    trailing: ['ke atas', 'ke bawah', 'atau lebih'],
  },
  vi: {
    leading: ['tối thiểu', 'tối đa', 'ít nhất', 'nhiều nhất', 'dưới', 'trên', 'hơn', 'không quá', 'vượt quá'],
    trailing: ['trở lên', 'trở xuống'],
  },
  ar: {
    leading: ['على الأقل', 'كحد أدنى', 'كحد أقصى', 'الحد الأدنى', 'الحد الأقصى', 'أقل من', 'أكثر من', 'فوق', 'تحت', 'لا يقل عن', 'لا يزيد عن', 'يتجاوز'],
    trailing: ['أو أكثر', 'أو أعلى', 'أو أقل', 'فما فوق', 'على الأقل', 'كحد أدنى', 'كحد أقصى'],
  },
  el: { leading: ['τουλάχιστον', 'μέγιστο', 'ελάχιστο', 'πάνω από', 'κάτω από', 'έως', 'μέχρι'], trailing: ['και άνω', 'και πάνω'] },
  ro: { leading: ['cel puțin', 'minim', 'maxim', 'peste', 'sub', 'până la', 'mai mult de', 'mai puțin de'], trailing: ['sau mai mult', 'și peste'] },
  hi: { leading: ['कम से कम', 'अधिकतम', 'न्यूनतम'], trailing: ['से अधिक', 'से कम', 'से ऊपर', 'से नीचे', 'या अधिक', 'तक'] },
  ja: { leading: ['最低', '最大', '最高'], trailing: ['以上', '以下', '未満', 'まで', '以内'] },
  zh: { leading: ['至少', '最少', '最多', '最低', '最高', '不超过', '超过', '低于', '高于', '未满', '满', '不少于', '不低于'], trailing: ['以上', '以下', '以内'] },
  ko: { leading: ['최소', '최대'], trailing: ['이상', '이하', '미만', '초과', '까지', '이내'] },
  th: { leading: ['อย่างน้อย', 'ไม่เกิน', 'ไม่ต่ำกว่า', 'สูงสุด', 'ขั้นต่ำ', 'ต่ำกว่า', 'มากกว่า', 'น้อยกว่า', 'เกิน'], trailing: ['ขึ้นไป', 'ลงมา'] },
};

const escaped = (phrase: string) => escapeRegExp(phrase).replace(/ /g, '\\s+');

/**
 * A range's two ends bound it as a limit does ("custom sizes from 60 to 84 inches", "entre 3 y 5 días",
 * "60–84"): an Indian mattress brand's trial (round AR) declined "custom size milega kya 75 inch", its "75"
 * counted as a number no article holds against the paragraph stating the range, which answered it without
 * the number at 1.00. By language, the words between the two numbers (`to`), and those that join them only
 * after a word opening the range (`and`: "between 2 and 3", not "Terminals 2 and 3"; Romance "a", "à" only
 * after "de", "da", "desde": "ganamos 3 a 1" is a score); an en dash between two numbers in any language (a
 * hyphen joins dates, scores and phone numbers). A range ascends: "won 3 to 1", "open 9 to 5" are no limits
 * (a review: "my line has been down 12 days" was answered from "open 9 to 5" at 0.44). Nor is a span of days
 * with its month within RANGE_DATE_REACH characters ("between 1 and 20 November", "de 3 a 5 de mayo").
 */
const RANGES: Readonly<Record<string, { to: readonly string[]; and: readonly (readonly [opening: string, and: string])[] }>> = {
  en: { to: ['to'], and: [['between', 'and']] },
  de: { to: ['bis'], and: [['zwischen', 'und']] },
  es: { to: ['hasta'], and: [['entre', 'y'], ['de', 'a'], ['desde', 'a']] },
  pt: { to: ['até'], and: [['entre', 'e'], ['de', 'a']] },
  fr: { to: [], and: [['entre', 'et'], ['de', 'à']] },
  it: { to: [], and: [['tra', 'e'], ['fra', 'e'], ['da', 'a']] },
  nl: { to: ['tot'], and: [['tussen', 'en']] },
};
/** Characters read around a range for its month (see RANGES): "de mayo", "Mai", "November". */
const RANGE_DATE_REACH = 16;
const NO_WORDS: ReadonlySet<string> = new Set();
/** The months of RANGES' languages, and their abbreviations: a range beside one is a span of days. */
const MONTH_NAMES: Readonly<Record<string, string>> = {
  // Not "may" (a verb; answer-type.ts reads "3 May" as a date) nor "mar".
  en: 'january february march april june july august september october november december jan feb apr jun jul aug sep sept oct nov dec',
  de: 'januar februar märz april mai juni juli august september oktober november dezember jan feb mär apr jun jul aug sep sept okt nov dez',
  es: 'enero febrero marzo abril mayo junio julio agosto septiembre setiembre octubre noviembre diciembre',
  pt: 'janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro',
  fr: 'janvier février mars avril mai juin juillet août septembre octobre novembre décembre',
  it: 'gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre',
  nl: 'januari februari maart april mei juni juli augustus september oktober november december',
};
const months = new Map(Object.entries(MONTH_NAMES).map(([lang, names]) => [lang, new RegExp(asWords(names.split(' ').join('|'), lang), 'iu')] as const));
/** Whether `text` names a month or states a date in `lang` (or English). */
const datesIn = (text: string, lang: string): boolean => (months.get(lang) ?? months.get('en')!).test(text) || statesType(text, 'date', NO_WORDS, lang);
const DASHED_RANGE = new RegExp(`(?<low>${NUMBER})\\s?–\\s?(?<high>${NUMBER})`, 'gu');
const ranges = new Map(
  Object.entries(RANGES).map(([lang, { to, and }]) => {
    const words = (list: readonly string[]) => [...new Set(list)].map(escaped).join('|');
    const opening = `(?:(?<opening>${words(and.map(([word]) => word))})\\s+)?`;
    const pattern = new RegExp(asWords(`${opening}(?<low>${NUMBER})\\s+(?<between>${words([...to, ...and.map(([, word]) => word)])})\\s+(?<high>${NUMBER})`, lang), 'giu');
    const joins = new Set(and.map(([opening, word]) => `${opening} ${word}`));
    // "and" joins a range only after its opening word; "to" joins one anywhere.
    const accepted = (match: RegExpMatchArray) => to.includes(match.groups!.between!.toLowerCase()) || joins.has(`${match.groups!.opening?.toLowerCase()} ${match.groups!.between!.toLowerCase()}`);
    return [lang, { pattern, accepted }] as const;
  }),
);

/**
 * Per language, a phrase of BOUNDS and the nearest number on its side within BOUND_REACH characters of
 * the same sentence (no digit, "!", "?", ";" or sentence's dot between them): `after` a leading phrase,
 * `before` a trailing one.
 */
const patterns = new Map(
  Object.entries(BOUNDS).map(([lang, { leading, trailing }]) => {
    // Korean's particles glue to a phrase ("이상만", 16 or more only): its phrases, like unspaced ones, are matched anywhere.
    const phrase = (phrases: readonly string[]) => asWords(phrases.map(escaped).join('|'), lang);
    // A dot ends the sentence but after a word of up to three letters, an abbreviation's ("yrs.", "Lv.").
    const between = `(?:[^\\n\\d.!?;。！？；]|(?<=(?:^|[^\\p{L}])\\p{L}{1,3})\\.){0,${BOUND_REACH}}?`;
    return [lang, new RegExp(`${phrase(leading)}${between}(?<after>${NUMBER})|(?<before>${NUMBER})${between}${phrase(trailing)}`, 'giu')] as const;
  }),
);
