import { resolve } from 'node:path';
import { parseArgs } from 'node:util';

/** The corpora `npm run bench` can run on (see corpus.ts and realtext.ts). */
export const CORPORA = ['synthetic', 'real'] as const;
export type CorpusName = (typeof CORPORA)[number];

/** Paragraphs per corpus when `--size` is not given: 1M takes minutes per system, so it is asked for. */
export const DEFAULT_SIZES = [1_000, 10_000, 100_000];
/** Child processes run at once: on a 2-core machine two halve the wall time, and CPU time stays each one's own. */
export const DEFAULT_JOBS = 2;
/** The folder holding xquad/, stackfaq/ and hint3/, relative to the project root. */
export const DEFAULT_DATASETS = '../shared/datasets';

export interface SpeedOptions {
  sizes: number[];
  corpora: CorpusName[];
  /** System keys (see speed-systems.ts); all when `--system` is not given. */
  systems: string[];
  /** Absolute path of the data sets folder. */
  datasets: string;
  /** Systems measured at once, each in its own process. */
  jobs: number;
  /** Times each system is measured per corpus and size, in rounds of every system in turn (see speed.ts's `medianRound`). */
  rounds: number;
  /** Set in the child processes the benchmark starts: measure one corpus, size and system, and report it. */
  child: boolean;
  /** With `child`: a quick measure (build, three questions) from which a larger size's cost is predicted. */
  probe: boolean;
}

/** `"1000,10k"`-style lists: comma-separated, blanks ignored. */
const list = (value: string): string[] =>
  value
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);

/** A count written `1000000`, `1_000_000`, `100k` or `1m`; null when it is not a positive whole number. */
export function parseCount(text: string): number | null {
  const match = /^(\d[\d_]*)([km]?)$/i.exec(text.trim());
  if (!match) return null;
  const n = Number(match[1]!.replace(/_/g, '')) * ({ k: 1_000, m: 1_000_000 }[match[2]!.toLowerCase()] ?? 1);
  return Number.isSafeInteger(n) && n > 0 ? n : null;
}

/**
 * `npm run bench` flags: `--size LIST` (paragraphs, e.g. `1000,10000` or `1m`), `--corpus synthetic|real`
 * (a list; default both), `--system LIST` (of `known`; default all), `--datasets DIR` (default
 * `../shared/datasets` from `root`), `--jobs N` (default DEFAULT_JOBS), `--rounds N` (default 1). Throws an
 * Error whose message is one sentence naming the bad flag.
 */
export function parseSpeedOptions(argv: string[], known: readonly string[], root: string): SpeedOptions {
  const { values } = parseArgs({
    args: argv,
    options: {
      size: { type: 'string', multiple: true },
      corpus: { type: 'string', multiple: true },
      system: { type: 'string', multiple: true },
      datasets: { type: 'string', default: DEFAULT_DATASETS },
      jobs: { type: 'string', default: String(DEFAULT_JOBS) },
      rounds: { type: 'string', default: '1' },
      child: { type: 'boolean', default: false },
      probe: { type: 'boolean', default: false },
    },
    strict: true,
  });
  const sizes = values.size?.flatMap(list).map((s) => {
    const n = parseCount(s);
    if (n === null) throw new Error(`--size takes paragraph counts such as 1000,10000 or 1m, not "${s}".`);
    return n;
  });
  const jobs = parseCount(values.jobs);
  if (jobs === null) throw new Error(`--jobs takes a number of processes such as 1 or 2, not "${values.jobs}".`);
  const rounds = parseCount(values.rounds);
  if (rounds === null) throw new Error(`--rounds takes how many times to measure each system, such as 3, not "${values.rounds}".`);
  const pick = <T extends string>(flag: string, given: string[] | undefined, allowed: readonly T[]): T[] => {
    const names = given?.flatMap(list) ?? [...allowed];
    const bad = names.find((n) => !allowed.includes(n as T));
    if (bad !== undefined) throw new Error(`--${flag} takes ${allowed.join(', ')}, not "${bad}".`);
    return [...new Set(names)] as T[];
  };
  return {
    sizes: sizes?.length ? [...new Set(sizes)] : DEFAULT_SIZES,
    corpora: pick('corpus', values.corpus, CORPORA),
    systems: pick('system', values.system, known),
    datasets: resolve(root, values.datasets),
    jobs,
    rounds,
    child: values.child,
    probe: values.probe,
  };
}
