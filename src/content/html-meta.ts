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
