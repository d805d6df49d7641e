/**
 * One long article (issue 16): `npm run bench:long-article [-- SENTENCES]`. A `.md` article of 4,000
 * sentences by default, in one paragraph with no short first paragraph (so the summary is extractive),
 * timed at each step the bot takes with it: parsing, the summary, building the index, the first answer
 * from that paragraph and a second one. CPU milliseconds of this process; a linear pipeline keeps each
 * figure proportional to the article's length (try 8000). Never fails on a figure.
 */
import { parseMarkdown } from '../src/content/markdown.js';
import { detectLanguage } from '../src/language/detect.js';
import { SearchIndex } from '../src/search/engine.js';
import { summarize } from '../src/search/summarize.js';

const SENTENCES = Number(process.argv[2] ?? 4000);
const words = ['river', 'council', 'budget', 'library', 'harbour', 'school', 'market', 'bridge', 'festival', 'station'];
const sentence = (i: number) => `Sentence ${i} says the ${words[i % 10]} plan for ${words[(i * 7) % 10]} changed in year ${1900 + (i % 120)}.`;
const source = `# A very long report\n\n${Array.from({ length: SENTENCES }, (_, i) => sentence(i)).join(' ')}\n`;

const timed = <T>(what: string, run: () => T): T => {
  const start = process.cpuUsage();
  const out = run();
  const used = process.cpuUsage(start);
  console.log(`${what.padEnd(28)} ${((used.user + used.system) / 1000).toFixed(1).padStart(9)} ms`);
  return out;
};

console.log(`One .md article: ${SENTENCES.toLocaleString('en')} sentences, ${(source.length / 1024).toFixed(0)} KB`);
// eld's database loads at the first detection: loaded before the clock starts, so `parse` is the parser's.
detectLanguage('warm-up');
const { article, issues } = timed('parse', () => parseMarkdown(source, 'long.md', 'long'));
if (!article) throw new Error(issues.map((i) => i.message).join('; '));
timed('summary', () => summarize(article));
const index = timed('index build', () => new SearchIndex([article]));
timed('first answer (quote window)', () => index.answer(`What changed for the ${words[3]} plan in year 1950?`));
timed('second answer', () => index.answer(`What changed for the ${words[5]} plan in year 1960?`));
