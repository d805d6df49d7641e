/**
 * The systems `npm run bench` times, each indexing the same units (every FAQ entry's question, alternates
 * and answer; every paragraph) and answering the same questions: ours, its BM25 core, and the JavaScript
 * search libraries a bot like this could be built on, each with its documented defaults.
 */
import { Document } from 'flexsearch';
import Fuse from 'fuse.js';
import lunr from 'lunr';
import MiniSearch from 'minisearch';
import { create, insertMultiple, search as oramaSearch } from '@orama/orama';
import type { Article } from '../src/content/types.js';
import { SearchIndex } from '../src/search/engine.js';
import { FUSE_OPTIONS, plainBm25, type PlainUnit } from './systems.js';

/** How many results a library is asked for: what a bot would look at to pick its answer. */
const LIMIT = 10;

/**
 * A built system: `ask` answers one question and returns how many results it found (ours: 1 for an
 * answer, 0 for an abstention); `warm`, when present, builds what the system builds lazily.
 */
export interface Built {
  ask(question: string): number | Promise<number>;
  warm?(): void;
}

export interface SpeedSystem {
  /** The name `--system` takes. */
  key: string;
  /** The name the report prints. */
  name: string;
  /** The largest corpus (in paragraphs) it is run on; larger ones are skipped, giving `why`. */
  maxSize?: { paragraphs: number; why: string };
  /** Indexes `articles` (ours) or `units` (the others: the same texts, flattened). May be asynchronous. */
  build(articles: readonly Article[], units: readonly PlainUnit[]): Built | Promise<Built>;
}

/** The question and answer fields of every unit, with its position as id (FlexSearch's advice: numeric ids). */
const docs = (units: readonly PlainUnit[]) => units.map((u, id) => ({ id, question: u.question, answer: u.answer }));

/**
 * A FlexSearch Document index with the default encoder and "strict" tokenizer. Its search is an AND of the
 * question's words by default, which few questions pass (every word, "how" and "the" included, in one
 * unit); `suggest` lets units missing some words through, as a bot needs. Both are timed.
 */
function flexsearch(units: readonly PlainUnit[], suggest: boolean): Built {
  const index = new Document({ document: { id: 'id', index: ['question', 'answer'] } });
  for (const doc of docs(units)) index.add(doc);
  return { ask: (q) => index.search(q, { limit: LIMIT, suggest, merge: true }).length };
}

export const SPEED_SYSTEMS: SpeedSystem[] = [
  {
    key: 'ours',
    name: 'answer()',
    build(articles) {
      const index = new SearchIndex(articles);
      return { ask: (q) => (index.answer(q).entry === null ? 0 : 1), warm: () => void index.warm() };
    },
  },
  {
    key: 'bm25',
    name: 'BM25 core',
    build(articles, units) {
      const search = plainBm25(units, articles[0]?.lang);
      return { ask: (q) => search(q, LIMIT).length };
    },
  },
  {
    key: 'flexsearch',
    name: 'FlexSearch',
    build: (_, units) => flexsearch(units, true),
  },
  {
    key: 'flexsearch-and',
    name: 'FlexSearch AND',
    build: (_, units) => flexsearch(units, false),
  },
  {
    key: 'minisearch',
    name: 'MiniSearch',
    build(_, units) {
      // Default BM25+ over both fields, OR of the words, no prefix or fuzzy matching; it returns every match.
      const index = new MiniSearch({ fields: ['question', 'answer'] });
      index.addAll(docs(units));
      return { ask: (q) => index.search(q).slice(0, LIMIT).length };
    },
  },
  {
    key: 'lunr',
    name: 'lunr',
    build(_, units) {
      const index = lunr(function () {
        this.ref('id');
        this.field('question');
        this.field('answer');
        for (const doc of docs(units)) this.add(doc);
      });
      // `index.search` parses lunr's query syntax, which a question's ":" or "-" breaks; its tokenizer and
      // trimmer (the first steps of lunr's indexing pipeline) make the same words terms of an OR query.
      return { ask: (q) => index.query((query) => query.term(lunr.tokenizer(q).map((t) => lunr.trimmer(t)), {})).slice(0, LIMIT).length };
    },
  },
  {
    key: 'orama',
    name: 'Orama',
    async build(_, units) {
      // Default full-text mode (BM25), English tokenizer; insertMultiple is the documented bulk import.
      const db = create({ schema: { question: 'string', answer: 'string' } as const });
      await insertMultiple(db, docs(units).map((d) => ({ ...d, id: String(d.id) })));
      return {
        async ask(q) {
          return (await oramaSearch(db, { term: q, limit: LIMIT })).hits.length;
        },
      };
    },
  },
  {
    key: 'fuse',
    name: 'fuse.js',
    maxSize: { paragraphs: 10_000, why: 'fuse.js scans every unit with bitap: minutes per question past 10k' },
    build(_, units) {
      const fuse = new Fuse(docs(units), FUSE_OPTIONS);
      return { ask: (q) => fuse.search(q, { limit: LIMIT }).length };
    },
  },
];
