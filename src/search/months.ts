import { escapeRegExp } from '../text.js';
import { fold } from './fold.js';

/**
 * Months written short, as members type them in chat ("el 2 de nov hay clase", "16 sept", "dic"), by the
 * names CLDR gives a language (`Intl.DateTimeFormat`'s, in Node's ICU data): its abbreviations, without
 * their full stop ("nov", "févr", "mrt"), and the first three and four letters of each month's name ("sep",
 * "sept", "fev"), folded, each to the month's name in lower case ("noviembre"). Not letters that name a
 * weekday there too (Spanish "mar", martes as well as marzo) or open two months' names (French "jui"). A
 * Mexican academy's trial (round BH) asked "el 2 de nov hay clase o no" of a page writing "El 2 de
 * noviembre sí hay clases", and "nov", a word no article writes, counted against every answer.
 */
const byLanguage = new Map<string, ReadonlyMap<string, string>>();

/** Letters of a month's name read as its abbreviation: "sep", "sept"; fewer are other words ("ma", "ju"). */
const ABBREVIATED = [3, 4];

/**
 * The name of the month (lower case, as the language writes it) that `word` (lower case) abbreviates in
 * `lang` (an ISO 639-1 code; an unknown one has none), or undefined: "nov" → "noviembre" in Spanish, "fevr"
 * → "février" in French. A month's whole name is no abbreviation of it.
 */
export function monthNamed(word: string, lang: string): string | undefined {
  let months = byLanguage.get(lang);
  if (!months) byLanguage.set(lang, (months = abbreviations(lang)));
  return months.get(fold(word));
}

/**
 * Whether `question` writes `word` (lower case, as its tokens read it) beside a day's figure, as a date
 * writes a month: right after one, a preposition between at most ("el 2 de nov", "16 sept", "24. dez",
 * "3rd of sept"), or right before one ("nov 2", "sept 16th"). Elsewhere such letters are other words:
 * Norwegian "til jul" is Christmas, Italian "che dice" says, and "kommer ps5 versjonen til jul?" writes
 * a figure that is no day (a review).
 */
export function besideDay(word: string, question: string): boolean {
  const letters = escapeRegExp(word);
  return new RegExp(`(?<![\\p{L}\\p{N}])\\p{Nd}{1,2}(?:\\.|st|nd|rd|th|er|e)?\\s+(?:(?:de|del|di|du|of)\\s+)?${letters}(?![\\p{L}])|(?<![\\p{L}])${letters}\\.?\\s+\\p{Nd}{1,2}(?![\\p{N}])`, 'iu').test(question);
}

function abbreviations(lang: string): ReadonlyMap<string, string> {
  const out = new Map<string, string>();
  const excluded = new Set<string>();
  let long: Intl.DateTimeFormat;
  let short: Intl.DateTimeFormat;
  try {
    long = new Intl.DateTimeFormat(lang, { month: 'long', timeZone: 'UTC' });
    short = new Intl.DateTimeFormat(lang, { month: 'short', timeZone: 'UTC' });
  } catch {
    return out;
  }
  // ICU answers a language it lacks with its root locale's (English-like or "M11") names: those are no one's.
  if (!Intl.DateTimeFormat.supportedLocalesOf([lang]).length) return out;
  // 2021-03-01 was a Monday: a week of dates names each weekday, long and short.
  for (const style of ['long', 'short'] as const) {
    const weekdays = new Intl.DateTimeFormat(lang, { weekday: style, timeZone: 'UTC' });
    for (let day = 1; day <= 7; day++) excluded.add(fold(nameOn(weekdays, new Date(Date.UTC(2021, 2, day)))));
  }
  for (let month = 0; month < 12; month++) {
    const date = new Date(Date.UTC(2021, month, 15));
    const name = nameOn(long, date);
    if (!/^\p{L}+$/u.test(name)) continue;
    for (const form of [nameOn(short, date), ...ABBREVIATED.map((n) => name.slice(0, n))]) {
      const key = fold(form);
      if (form.length < ABBREVIATED[0]! || form.length >= name.length || !/^\p{L}+$/u.test(form)) continue;
      // French "jui" opens "juin" and "juillet": the letters of two months name neither.
      if (out.has(key) && out.get(key) !== name) excluded.add(key);
      out.set(key, name);
    }
  }
  for (const key of excluded) out.delete(key);
  return out;
}

/** The name `format` gives `date`, in lower case, without an abbreviation's full stop ("nov." → "nov"). */
const nameOn = (format: Intl.DateTimeFormat, date: Date): string => format.format(date).toLowerCase().replace(/\.$/, '');
