/**
 * Language detectors compared on XQuAD dev: `npm run bench:language [-- --xquad DIR]`.
 *
 * XQuAD holds the same 120 paragraphs and 612 questions professionally translated into 12 languages
 * (ar de el en es hi ro ru th tr vi zh), so every language is measured on the same content. Prints one table,
 * every detector side by side: per language the share of questions and of paragraphs detected right (a
 * question is a few words, what members type, so that column decides), then CPU time per call, time to load,
 * and install size (the package and its dependencies in node_modules).
 *
 * The project depends on the chosen detector only; to measure the others too, install them without saving
 * (`npm install --no-save` with `CANDIDATE_VERSIONS`, the command is printed; `npm prune` removes them again).
 * A detector that is not installed is listed as skipped. The last columns are the project's own
 * `detectLanguage` (the chosen detector plus its thresholds) without a hint, with the member's locale as the
 * hint (pt-BR style: the question's language with a region), and with a wrong hint (en-US; de-DE for English
 * questions), showing what hints gain on short questions and that a wrong one costs little.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { DEFAULT_XQUAD } from './xquad.js';

const { values: args } = parseArgs({ options: { xquad: { type: 'string', default: DEFAULT_XQUAD } } });
const root = resolve(import.meta.dirname, '..');
const LANGS = ['ar', 'de', 'el', 'en', 'es', 'hi', 'ro', 'ru', 'th', 'tr', 'vi', 'zh'] as const;

/** ISO 639-3 (franc, lande) and English names (lingua) of the data set's languages, to ISO 639-1. */
const ISO3: Record<string, string> = {
  arb: 'ar', ara: 'ar', deu: 'de', ell: 'el', eng: 'en', spa: 'es', hin: 'hi', ron: 'ro', rus: 'ru',
  tha: 'th', tur: 'tr', vie: 'vi', cmn: 'zh', zho: 'zh',
};
const NAMES: Record<string, string> = {
  Arabic: 'ar', German: 'de', Greek: 'el', English: 'en', Spanish: 'es', Hindi: 'hi', Romanian: 'ro',
  Russian: 'ru', Thai: 'th', Turkish: 'tr', Vietnamese: 'vi', Chinese: 'zh',
};
/** `zh-Hant`, `zh-Latn` -> `zh`: only the language counts here. */
const primary = (code: string | undefined): string => (code ?? '').split('-')[0]!.toLowerCase();

/** The versions measured; the project depends on eld only. */
const CANDIDATE_VERSIONS = [
  'eld@2.1.0', 'tinyld@1.3.4', 'franc-min@6.2.0', 'franc@6.2.0', 'cld3-asm@4.0.0', 'lande@1.0.10', 'languagedetect@2.0.0', 'cld@2.10.1',
  '@bluzzi/lingua@1.5.0',
];

/** A detector: the ISO 639-1 code it gives `text` ('' when none); `hint` is a Discord locale, used by ours only. */
type Detect = (text: string, hint?: string) => string | Promise<string>;

interface Candidate {
  name: string;
  /** Packages whose install size is counted (with their dependencies). */
  packages: string[];
  load: () => Promise<Detect>;
}

/** Imports by a computed name, so the bench type-checks and runs whether or not a candidate is installed. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
const load = (name: string): Promise<any> => import(name);

/** Candidates that differ only by entry point (eld's four databases, tinyld's two, franc's two builds):
 * `[name, entry point]` each; the package is the entry point's first segment. */
const entryPoints = <T>(names: [string, string][], read: (module: T) => Detect): Candidate[] =>
  names.map(([name, entry]) => ({ name, packages: [entry.split('/')[0]!], load: async () => read(await load(entry)) }));

const CANDIDATES: Candidate[] = [
  ...entryPoints<{ eld: { detect: (t: string) => { language: string } } }>(
    [['eld-L', 'eld/large'], ['eld-M', 'eld/medium'], ['eld-S', 'eld/small'], ['eld-XS', 'eld/extrasmall']],
    ({ eld }) => (t) => eld.detect(t).language,
  ),
  ...entryPoints<{ detect: (t: string) => string }>([['tinyld', 'tinyld'], ['tinyld-H', 'tinyld/heavy']], ({ detect }) => (t) => detect(t)),
  ...entryPoints<{ franc: (t: string) => string }>([['franc-min', 'franc-min'], ['franc', 'franc']], ({ franc }) => (t) => ISO3[franc(t)] ?? ''),
  {
    name: 'cld3-asm',
    packages: ['cld3-asm'],
    load: async () => {
      const { loadModule } = await load('cld3-asm');
      const identifier = (await loadModule()).create(0, 1000);
      return (t) => primary(identifier.findLanguage(t).language);
    },
  },
  {
    name: 'cld2',
    packages: ['cld'],
    load: async () => {
      const cld = (await load('cld')).default;
      return async (t) => primary((await cld.detect(t).catch(() => null))?.languages[0]?.code);
    },
  },
  {
    name: 'lande',
    packages: ['lande'],
    load: async () => {
      const lande = (await load('lande')).default;
      return (t) => ISO3[lande(t)[0]?.[0]] ?? '';
    },
  },
  {
    name: 'langdetect',
    packages: ['languagedetect'],
    load: async () => {
      const LanguageDetect = (await load('languagedetect')).default;
      const detector = new LanguageDetect();
      detector.setLanguageType('iso2');
      return (t) => detector.detect(t, 1)[0]?.[0] ?? '';
    },
  },
  {
    name: 'lingua',
    packages: ['@bluzzi/lingua'],
    load: async () => {
      const { LanguageDetectorBuilder } = await load('@bluzzi/lingua');
      const detector = LanguageDetectorBuilder.fromAllLanguages().build();
      return (t) => NAMES[detector.detectLanguageOf(t) ?? ''] ?? '';
    },
  },
];

interface Squad {
  data: { paragraphs: { context: string; qas: { question: string }[] }[] }[];
}

/** Bytes of a folder, links not followed. */
function folderBytes(dir: string): number {
  let total = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) total += folderBytes(path);
    else if (entry.isFile()) total += statSync(path).size;
  }
  return total;
}

/** Install size of packages and their dependencies, each counted once (the hoisted copy in node_modules). */
function installBytes(packages: string[]): number {
  const seen = new Set<string>();
  const stack = [...packages];
  let total = 0;
  while (stack.length) {
    const name = stack.pop()!;
    if (seen.has(name)) continue;
    seen.add(name);
    const dir = join(root, 'node_modules', name);
    if (!existsSync(dir)) continue;
    total += folderBytes(dir);
    const manifest = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { dependencies?: Record<string, string> };
    stack.push(...Object.keys(manifest.dependencies ?? {}));
  }
  return total;
}

/** Per language, the share of `texts` detected as it; and the mean CPU time per call in microseconds. */
async function score(detect: Detect, texts: Map<string, string[]>, hint?: (lang: string) => string): Promise<{ share: Map<string, number>; all: number; micros: number }> {
  const share = new Map<string, number>();
  let right = 0;
  let calls = 0;
  let cpu = 0;
  for (const [lang, list] of texts) {
    let hits = 0;
    for (const text of list) {
      const start = process.cpuUsage();
      const got = await detect(text, hint?.(lang));
      const used = process.cpuUsage(start);
      cpu += used.user + used.system;
      if (got === lang) hits++;
    }
    share.set(lang, hits / list.length);
    right += hits;
    calls += list.length;
  }
  return { share, all: right / calls, micros: cpu / calls };
}

const dir = resolve(root, args.xquad);
if (!LANGS.every((l) => existsSync(join(dir, `xquad.${l}.dev.json`)))) {
  console.log(`Language detection bench: skipped, XQuAD is not at ${args.xquad} (pass --xquad DIR).`);
  process.exit(0);
}
const questions = new Map<string, string[]>();
const paragraphs = new Map<string, string[]>();
for (const lang of LANGS) {
  const data = JSON.parse(readFileSync(join(dir, `xquad.${lang}.dev.json`), 'utf8')) as Squad;
  const ps = data.data.flatMap((a) => a.paragraphs);
  paragraphs.set(lang, ps.map((p) => p.context));
  questions.set(lang, ps.flatMap((p) => p.qas.map((q) => q.question)));
}

interface Column {
  name: string;
  q: Awaited<ReturnType<typeof score>>;
  p: Awaited<ReturnType<typeof score>> | null;
  loadMs: number | null;
  /** Memory the loaded detector keeps (JS heap plus external buffers such as WebAssembly memory), after a
   * full GC; null without --expose-gc (the npm script passes it). */
  heapBytes: number | null;
  bytes: number | null;
}
const columns: Column[] = [];
const notes: string[] = [];
const gc = (globalThis as { gc?: () => void }).gc;
const heapNow = (): number | null => {
  if (!gc) return null;
  gc();
  const { heapUsed, external } = process.memoryUsage();
  return heapUsed + external;
};
for (const c of CANDIDATES) {
  const heapBefore = heapNow();
  const start = performance.now();
  let detect: Detect;
  try {
    detect = await c.load();
    await detect('warm up');
  } catch {
    notes.push(`${c.name}: skipped, ${c.packages.join(', ')} not installed.`);
    continue;
  }
  const loadMs = performance.now() - start;
  const heapAfter = heapNow();
  const heapBytes = heapBefore === null || heapAfter === null ? null : heapAfter - heapBefore;
  columns.push({ name: c.name, q: await score(detect, questions), p: await score(detect, paragraphs), loadMs, heapBytes, bytes: installBytes(c.packages) });
}
// Imported only now, so that the candidates' load times above include loading their data.
const { detectLanguage } = await import('../src/language/detect.js');
const ours: Detect = (text, hint) => detectLanguage(text, { hints: hint ? [hint] : [] }).lang;
const REGION: Record<string, string> = { en: 'en-US', es: 'es-ES', zh: 'zh-CN', de: 'de-DE' };
/** For each language, the locale of a neighbour that detectors confuse it with: the hint at its most misleading. */
const NEIGHBOUR: Record<string, string> = {
  ar: 'fa', de: 'nl', el: 'bg', en: 'nl', es: 'pt-BR', hi: 'mr', ro: 'it', ru: 'uk', th: 'lo', tr: 'az', vi: 'id', zh: 'ja',
};
columns.push({ name: 'ours', q: await score(ours, questions), p: await score(ours, paragraphs), loadMs: null, heapBytes: null, bytes: null });
columns.push({ name: 'ours+hint', q: await score(ours, questions, (l) => REGION[l] ?? l), p: null, loadMs: null, heapBytes: null, bytes: null });
const wrong = (l: string) => (l === 'en' ? 'de-DE' : 'en-US');
columns.push({ name: 'ours+wrong', q: await score(ours, questions, wrong), p: await score(ours, paragraphs, wrong), loadMs: null, heapBytes: null, bytes: null });
const near = (l: string) => NEIGHBOUR[l]!;
columns.push({ name: 'ours+near', q: await score(ours, questions, near), p: await score(ours, paragraphs, near), loadMs: null, heapBytes: null, bytes: null });

const pct = (v: number | undefined) => (v === undefined ? '' : `${(v * 100).toFixed(1)}`);
const num = (v: number | null | undefined, digits = 0) => (v === null || v === undefined ? '-' : v.toFixed(digits));
const width = 12;
const cell = (s: string) => s.padStart(width);
const line = (label: string, values: string[]) => console.log(`${label.padEnd(22)}|${values.map(cell).join('')}`);
line('% right (q / para)', columns.map((c) => c.name));
console.log('-'.repeat(22 + width * columns.length + 1));
for (const lang of LANGS) line(lang, columns.map((c) => `${pct(c.q.share.get(lang))}/${c.p ? pct(c.p.share.get(lang)) : '-'}`));
line('all questions', columns.map((c) => pct(c.q.all)));
line('worst lang, questions', columns.map((c) => pct(Math.min(...c.q.share.values()))));
line('all paragraphs', columns.map((c) => (c.p ? pct(c.p.all) : '-')));
line('µs/question (CPU)', columns.map((c) => num(c.q.micros, 1)));
line('µs/paragraph (CPU)', columns.map((c) => (c.p ? num(c.p.micros) : '-')));
line('load, ms', columns.map((c) => num(c.loadMs)));
line('memory kept, MB', columns.map((c) => (c.heapBytes === null ? '-' : (c.heapBytes / 1e6).toFixed(1))));
line('install, MB', columns.map((c) => (c.bytes === null ? '-' : (c.bytes / 1e6).toFixed(2))));
console.log('');
for (const n of notes) console.log(n);
if (notes.length) console.log(`To measure them too: npm install --no-save ${CANDIDATE_VERSIONS.join(' ')} (npm prune removes them).`);
console.log(`XQuAD dev: ${[...questions.values()].reduce((n, l) => n + l.length, 0)} questions and ${[...paragraphs.values()].reduce((n, l) => n + l.length, 0)} paragraphs in ${LANGS.length} languages.`);
console.log('A cell is the share detected right, questions / paragraphs; "und" or another language is wrong. eld-L/M/S/XS:');
console.log('eld/large, medium, small, extrasmall; tinyld-H: tinyld/heavy; cld2: the native `cld` package (compiled at install).');
console.log('ours: src/language/detect.ts (eld/extrasmall with hints). +hint: the locale of the text\'s own language');
console.log('(en-US, de-DE, pt-BR style); +wrong: en-US (de-DE for English); +near: a neighbour language\'s locale');
console.log('(uk for Russian, nl for German, pt-BR for Spanish, mr for Hindi, ...), the most misleading hint.');
console.log('memory kept: JS heap plus external buffers after a full GC, before and after each load; a few MB either way');
console.log('is noise (a negative value is garbage of the previous candidates collected only then).');
