const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH = `(${MONTHS.join('|')})[a-z]*\\.?`;
/** `2026-06-05`, alone or starting a timestamp (`2026-06-05T21:30:00-07:00`). */
const ISO_DATE = /^(\d{4})-(\d{1,2})-(\d{1,2})(?=$|[Tt ])/;
/** `5 June 2026`, `Fri, 05 Jun 2026 21:30:00 -0700` (RSS's RFC 822 dates). */
const DAY_MONTH_YEAR = new RegExp(`^(?:[a-z]+,?\\s+)?(\\d{1,2})\\s+${MONTH},?\\s+(\\d{4})\\b`, 'i');
/** `June 5, 2026`. */
const MONTH_DAY_YEAR = new RegExp(`^(?:[a-z]+,?\\s+)?${MONTH}\\s+(\\d{1,2}),?\\s+(\\d{4})\\b`, 'i');

/** A zone at the end of a timestamp Date.parse reads: `+02:00`, `-0700`, `Z`, `GMT`, `UTC`. */
const OFFSET = /(?:([+-])(\d{2}):?(\d{2})|\b(?:Z|GMT|UTC))\s*$/i;

const pad = (n: number): string => String(n).padStart(2, '0');

/** The calendar date written in a timestamp of another form Date.parse reads: its local fields, shifted by its zone if it has one. */
function parsedDate(text: string): string | null {
  const time = Date.parse(text);
  if (Number.isNaN(time)) return null;
  const zone = OFFSET.exec(text);
  if (!zone) {
    // Parsed as local time: the local calendar fields are the ones written.
    const local = new Date(time);
    return `${local.getFullYear()}-${pad(local.getMonth() + 1)}-${pad(local.getDate())}`;
  }
  const minutes = zone[1] ? (zone[1] === '-' ? -1 : 1) * (Number(zone[2]) * 60 + Number(zone[3])) : 0;
  return new Date(time + minutes * 60_000).toISOString().slice(0, 10);
}

/**
 * The calendar date as written, `YYYY-MM-DD`, or null: for every date an article can carry (front matter,
 * an HTML page's `article:published_time` or JSON-LD, a feed item's RSS `pubDate`, Atom `published` /
 * `updated`, `dc:date`, JSON Feed `date_published`). A time and its offset are ignored on purpose: an
 * article dated `2026-06-05T21:30:00-07:00` or `Fri, 05 Jun 2026 21:30:00 -0700` was published on June 5
 * where it was written, whatever the server's time zone (converting it to UTC would show June 6).
 */
export function calendarDate(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const text = value.trim();
  let parts: [string, string, string] | null = null;
  let m: RegExpExecArray | null;
  if ((m = ISO_DATE.exec(text))) parts = [m[1]!, m[2]!, m[3]!];
  else if ((m = DAY_MONTH_YEAR.exec(text))) parts = [m[3]!, String(MONTHS.indexOf(m[2]!.toLowerCase()) + 1), m[1]!];
  else if ((m = MONTH_DAY_YEAR.exec(text))) parts = [m[3]!, String(MONTHS.indexOf(m[1]!.toLowerCase()) + 1), m[2]!];
  if (!parts) return text ? parsedDate(text) : null;
  const [year, month, day] = parts.map(Number) as [number, number, number];
  const date = new Date(Date.UTC(year, month - 1, day));
  // Date.UTC rolls 2026-02-30 over to March: a date that does not round-trip does not exist.
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return date.toISOString().slice(0, 10);
}
