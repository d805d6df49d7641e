/** The page's own address: `<link rel="canonical">`, else `og:url`; only an absolute http(s) URL counts.
 * Stored normalised (spaces and non-ASCII escaped), as Discord rejects an embed URL that is not. */
export function pageUrl(document: Document): string | null {
  const candidates = [
    ...[...document.querySelectorAll('link[rel][href]')]
      .filter((l) => (l.getAttribute('rel') ?? '').toLowerCase().split(/\s+/).includes('canonical'))
      .map((l) => l.getAttribute('href')),
    ...[...document.querySelectorAll('meta[property="og:url"], meta[name="og:url"]')].map((m) => m.getAttribute('content')),
  ];
  for (const candidate of candidates) {
    const url = candidate?.trim() ?? '';
    if (/^https?:\/\//i.test(url) && URL.canParse(url)) return new URL(url).href;
  }
  return null;
}

/** The page's language as `<html lang>` writes it (e.g. `en`, `de-CH`, not checked), with its element; null when absent or empty. */
export function pageLang(document: Document): { lang: string; element: Element } | null {
  const root = document.documentElement?.hasAttribute('lang') ? document.documentElement : document.querySelector('html[lang]');
  const lang = root?.getAttribute('lang')?.trim();
  return root && lang ? { lang, element: root } : null;
}

const MONTH_DAY = /^\s*(\d{4})-(\d{2})-(\d{2})(?![\d])/;
const OFFSET = /(?:([+-])(\d{2}):?(\d{2})|\b(?:Z|GMT|UTC))\s*$/i;

/**
 * The calendar date (YYYY-MM-DD) a timestamp is written in, whatever the server's time zone:
 * `2026-06-05T21:30:00-07:00` is 2026-06-05 (not the next day in UTC), and so is
 * `Fri, 05 Jun 2026 21:30:00 -0700`. A date without a zone is read as written. Null when unreadable.
 */
export function calendarDate(value: string | null | undefined): string | null {
  if (!value) return null;
  const iso = MONTH_DAY.exec(value);
  if (iso) {
    const date = `${iso[1]}-${iso[2]}-${iso[3]}`;
    return new Date(`${date}T00:00:00Z`).toISOString().startsWith(date) ? date : null;
  }
  const time = Date.parse(value);
  if (Number.isNaN(time)) return null;
  const zone = OFFSET.exec(value);
  if (!zone) {
    // Parsed as local time: the local calendar fields are the ones written.
    const local = new Date(time);
    return `${local.getFullYear()}-${pad(local.getMonth() + 1)}-${pad(local.getDate())}`;
  }
  const minutes = zone[1] ? (zone[1] === '-' ? -1 : 1) * (Number(zone[2]) * 60 + Number(zone[3])) : 0;
  return new Date(time + minutes * 60_000).toISOString().slice(0, 10);
}

const pad = (n: number): string => String(n).padStart(2, '0');
