/**
 * `text` cut to at most `max` characters (UTF-16 code units, as Discord counts): unchanged up to the cut,
 * which ends with an ellipsis. Never splits a surrogate pair (an emoji), which Discord would reject as
 * invalid text. With `atWord`, the cut falls back to the last space when one lies in the second half, so
 * no word is broken (summaries, terminal tables).
 */
export function cut(text: string, max: number, { atWord = false }: { atWord?: boolean } = {}): string {
  if (text.length <= max) return text;
  let end = Math.max(0, max - 1);
  const last = text.charCodeAt(end - 1);
  if (last >= 0xd800 && last <= 0xdbff) end--;
  let kept = text.slice(0, end);
  if (atWord) {
    const space = kept.lastIndexOf(' ');
    if (space > max / 2) kept = kept.slice(0, space);
  }
  return `${kept.trimEnd()}…`;
}

/** Ascending numbers, three or more in a row as a range: [1, 2, 3, 5, 6] → "1–3, 5, 6" (lines a list names). */
export function numberRanges(numbers: readonly number[]): string {
  const parts: string[] = [];
  for (let i = 0; i < numbers.length; ) {
    let j = i;
    while (j + 1 < numbers.length && numbers[j + 1] === numbers[j]! + 1) j++;
    parts.push(...(j - i >= 2 ? [`${numbers[i]}–${numbers[j]}`] : numbers.slice(i, j + 1).map(String)));
    i = j + 1;
  }
  return parts.join(', ');
}

/** `text` with every character a regular expression reads as syntax escaped, to match it literally inside a pattern. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
