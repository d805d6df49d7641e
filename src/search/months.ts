import { fold } from './fold.js';

/**
 * Months written short, as members type them in chat ("el 2 de nov hay clase", "sept", "dic"), by the
 * names CLDR gives a language (`Intl.DateTimeFormat`'s, in Node's ICU data): its abbreviations, without
 * their full stop ("nov", "févr", "mrt"), and the first three and four letters of each month's name ("sep",
 * "sept", "novi"), folded, each to the month's name in lower case ("noviembre"). A Mexican academy's trial
 * (round BH) asked "el 2 de nov hay clase o no" of a page writing "El 2 de noviembre sí hay clases", and
 * "nov", a word no article writes, counted against every answer.
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

function abbreviations(lang: string): ReadonlyMap<string, string> {
  const out = new Map<string, string>();
  const shared = new Set<string>();
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
  for (let month = 0; month < 12; month++) {
    const date = new Date(Date.UTC(2021, month, 15));
    const name = long.format(date).toLowerCase();
    if (!/^\p{L}+$/u.test(name)) continue;
    const forms = [short.format(date).toLowerCase().replace(/\.$/, ''), ...ABBREVIATED.map((n) => name.slice(0, n))];
    for (const form of forms) {
      const key = fold(form);
      if (form.length < ABBREVIATED[0]! || form.length >= name.length || !/^\p{L}+$/u.test(form)) continue;
      // French "jui" opens "juin" and "juillet": the letters of two months name neither.
      if (out.has(key) && out.get(key) !== name) shared.add(key);
      out.set(key, name);
    }
  }
  for (const key of shared) out.delete(key);
  return out;
}
