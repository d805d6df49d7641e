import { writtenNumbers } from './numbers.js';

/**
 * The numbers a text bounds: limits a member's own number is measured against ("Players must be 16 or
 * older" → 16; "mindestens Platin 2" → 2; "Tuổi tối thiểu là 16" → 16; "18歳以上" → 18), in the canonical
 * form `writtenNumbers` gives. Asked "im 15 can i join the cup", the number is the asker's, in no article,
 * and the rule that bounds it is the answer; counted as a number no article holds (see the engine's
 * `numbersMissed`), it declined such questions in eleven of fifteen new-user trials' languages ("عمري 15
 * اقدر اشارك", "tengo 13 puedo jugar la copa?", "gw 16 thn bisa daftar mod ga", "faceit level 5im lige
 * girebilir miyim").
 *
 * A bounded number is the nearest number within BOUND_REACH characters of one of its language's comparison
 * phrases (BOUNDS), on either side, or one written with a sign ("16+", "≥ 50"). A language without a list
 * (or a text in another) is read by its signs only.
 */
export function boundedNumbers(text: string, lang: string): string[] {
  if (!DIGIT.test(text)) return [];
  const found: string[] = [];
  for (const pattern of [SIGNS, patterns.get(lang)]) {
    if (!pattern) continue;
    for (const match of text.matchAll(pattern)) found.push(...writtenNumbers(match.groups!.before ?? match.groups!.after!));
  }
  return found;
}

/**
 * Whether `number`, the asker's, is of the scale of `bound`: within a factor of SCALE of it. A bound on a
 * memory limit ("at least 2 GB") is no measure of an exit code ("code 139"; a self-hosted software site's
 * trial); a limit of 16 years, of 500 followers or of 144 Hz is one of 15 years, 600 followers or 60 Hz.
 */
export function measuredBy(number: string, bound: string): boolean {
  const [a, b] = [Number(number), Number(bound)];
  return a > 0 && b > 0 && Math.max(a, b) <= SCALE * Math.min(a, b);
}

/** How many times larger than the other one of two numbers of a scale may be: one order of magnitude. */
const SCALE = 10;

/** How far, in characters, a comparison phrase may be from the number it bounds: "mindestens Diamant 3", "at least level 30 in BGMI". */
const BOUND_REACH = 24;

const DIGIT = /\d/;

/** A number as the nearest to a bound takes it: digits, with thousands separators or a decimal part. */
const NUMBER = '\\d(?:[\\d.,]*\\d)?';

/** "16+" (not "+49 30…", a phone number), "≥ 50", "≤ 3". */
const SIGNS = new RegExp(`(?<before>${NUMBER})\\s?(?:\\+(?![\\s-]?\\d)|[≥≤])|[≥≤]\\s?(?<after>${NUMBER})`, 'gu');

/**
 * Comparison phrases by language (lower case; matched case-insensitively, as whole words in spaced
 * scripts). Short words that are also other words are left out where they name something else near a
 * number: English "min" (minutes), Turkish "az" alone (few).
 */
const BOUNDS: Readonly<Record<string, readonly string[]>> = {
  en: ['at least', 'at most', 'minimum', 'maximum', 'max', 'or more', 'or older', 'or higher', 'or above', 'or over', 'or less', 'or fewer', 'or younger', 'or lower', 'or below', 'and up', 'and above', 'and over', 'and older', 'over', 'under', 'above', 'below', 'older than', 'younger than', 'more than', 'less than', 'fewer than', 'up to', 'no more than', 'no less than', 'not more than', 'exceed', 'exceeds'],
  de: ['mindestens', 'höchstens', 'maximal', 'minimal', 'mind', 'ab', 'über', 'unter', 'bis zu', 'oder älter', 'oder höher', 'oder mehr', 'und älter', 'und höher', 'nicht mehr als', 'weniger als', 'mehr als', 'älter als', 'jünger als', 'überschreiten'],
  es: ['al menos', 'como mínimo', 'mínimo', 'como máximo', 'máximo', 'o más', 'o mayor', 'o mayores', 'mayores de', 'mayor de', 'menores de', 'menor de', 'más de', 'menos de', 'hasta', 'no más de', 'superar', 'superior a', 'inferior a', 'a partir de'],
  pt: ['pelo menos', 'no mínimo', 'mínimo', 'no máximo', 'máximo', 'ou mais', 'acima de', 'abaixo de', 'maiores de', 'maior de', 'menores de', 'menor de', 'mais de', 'menos de', 'até', 'a partir de', 'ultrapassar', 'superior a', 'inferior a'],
  fr: ['au moins', 'au minimum', 'minimum', 'au maximum', 'maximum', 'ou plus', 'plus de', 'moins de', "jusqu'à", 'au-delà de', 'au-dessus de', 'en dessous de', 'dépasser', 'supérieur à', 'inférieur à', 'à partir de'],
  it: ['almeno', 'minimo', 'massimo', 'al massimo', 'o più', 'più di', 'meno di', 'fino a', 'oltre', 'sopra i', 'sotto i', 'superiore a', 'inferiore a', 'a partire da', 'non più di', 'superare'],
  nl: ['minimaal', 'maximaal', 'minstens', 'hoogstens', 'ten minste', 'ouder dan', 'jonger dan', 'meer dan', 'minder dan', 'vanaf', 'boven', 'onder', 'of ouder', 'of hoger', 'of meer', 'tot'],
  ru: ['не менее', 'не меньше', 'не более', 'не больше', 'минимум', 'максимум', 'старше', 'младше', 'от', 'до', 'больше', 'меньше', 'выше', 'ниже', 'более', 'менее', 'превышать', 'превышает'],
  uk: ['не менше', 'не більше', 'мінімум', 'максимум', 'старше', 'молодше', 'від', 'до', 'більше', 'менше', 'вище', 'нижче'],
  pl: ['co najmniej', 'minimum', 'minimalnie', 'maksymalnie', 'maksimum', 'najwyżej', 'powyżej', 'poniżej', 'ponad', 'od', 'do', 'więcej niż', 'mniej niż', 'nie więcej niż', 'przekraczać', 'przekroczyć'],
  tr: ['en az', 'en fazla', 'en çok', 'minimum', 'maksimum', 'üzeri', 'üstü', 'altı', 'fazla', 'geçmemeli', 'geçemez', 'büyük', 'küçük'],
  id: ['minimal', 'maksimal', 'minimum', 'maksimum', 'paling sedikit', 'paling banyak', 'sedikitnya', 'lebih dari', 'kurang dari', 'di atas', 'di bawah', 'ke atas', 'ke bawah', 'tidak lebih dari', 'maks'],
  vi: ['tối thiểu', 'tối đa', 'ít nhất', 'nhiều nhất', 'trở lên', 'trở xuống', 'dưới', 'trên', 'hơn', 'không quá', 'vượt quá'],
  ar: ['على الأقل', 'كحد أدنى', 'كحد أقصى', 'الحد الأدنى', 'الحد الأقصى', 'أو أكثر', 'أو أعلى', 'أو أقل', 'أقل من', 'أكثر من', 'فوق', 'تحت', 'لا يقل', 'لا يزيد', 'يتجاوز', 'حتى'],
  el: ['τουλάχιστον', 'μέγιστο', 'ελάχιστο', 'πάνω από', 'κάτω από', 'έως', 'μέχρι'],
  ro: ['cel puțin', 'minim', 'maxim', 'peste', 'sub', 'până la', 'mai mult de', 'mai puțin de'],
  hi: ['कम से कम', 'अधिकतम', 'न्यूनतम', 'से अधिक', 'से कम', 'से ऊपर', 'से नीचे', 'तक'],
  ja: ['以上', '以下', '未満', '超', '最低', '最大', '最高', 'まで', '以内'],
  zh: ['以上', '以下', '至少', '最少', '最多', '最低', '最高', '不超过', '超过', '低于', '高于', '未满', '满', '以内', '不少于', '不低于'],
  ko: ['이상', '이하', '미만', '초과', '최소', '최대', '까지', '이내'],
  th: ['ขึ้นไป', 'อย่างน้อย', 'ไม่เกิน', 'ไม่ต่ำกว่า', 'สูงสุด', 'ขั้นต่ำ', 'ต่ำกว่า', 'มากกว่า', 'น้อยกว่า', 'เกิน', 'ภายใน'],
};

/** Languages written without spaces between words, or (Korean) with particles glued to them ("이상만", 16 or more only): their phrases are matched anywhere. */
const UNSPACED = new Set(['ja', 'zh', 'th', 'ko']);

const escaped = (phrase: string) => phrase.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+');

/** Per language, a phrase of BOUNDS and the nearest number within BOUND_REACH characters after it (`after`) or before it (`before`). */
const patterns = new Map(
  Object.entries(BOUNDS).map(([lang, phrases]) => {
    const alternatives = phrases.map(escaped).join('|');
    const phrase = UNSPACED.has(lang) ? `(?:${alternatives})` : `(?<![\\p{L}\\p{M}])(?:${alternatives})(?![\\p{L}\\p{M}])`;
    const between = `[^\\n\\d]{0,${BOUND_REACH}}`;
    return [lang, new RegExp(`${phrase}${between}(?<after>${NUMBER})|(?<before>${NUMBER})${between}${phrase}`, 'giu')] as const;
  }),
);
