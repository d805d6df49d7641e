import { describe, expect, it } from 'vitest';
import { parseMarkdown } from '../content/markdown.js';
import type { Article } from '../content/types.js';
import { drain } from '../slices.js';
import { compoundSplitters, Decompounder, withCompoundParts } from './compounds.js';
import { SearchIndex } from './engine.js';
import { analyzerFor } from './tokenize.js';
import { WordTable } from './word-table.js';

const german = analyzerFor('de');
/** A word's term, as an index of German articles holds it. */
const term = (word: string): string => german.terms(word)[0]!;

/** A decompounder over `words` (their terms, each used `counts[term]` times, else once). */
function over(words: string[], counts: Record<string, number> = {}): Decompounder<string> {
  const vocabulary = new Set(words.map((w) => term(w)));
  return new Decompounder(german, (term) => (vocabulary.has(term) ? term : undefined), (term) => counts[term] ?? 1);
}

function article(id: string, markdown: string): Article {
  const { article } = parseMarkdown(markdown, `${id}.md`, id);
  return { ...article!, lang: 'de' };
}

describe('Decompounder', () => {
  it('splits a compound into two known words, the last as its term, across a linking element', () => {
    expect(over(['Problem', 'Instanzen']).split(term('Probleminstanzen'))).toEqual(['probl', 'instanz']);
    // Linking "s", "es", "n", "en": Regierung|s|behörde, Staat|es|gebiet, Sonne|n|licht, Patient|en|rezept.
    // "Regierung" has the term of "regieren" (see germanStem).
    expect(over(['Regierung', 'Behörde']).split(term('Regierungsbehörden'))).toEqual(['regi', 'behord']);
    expect(over(['Staat', 'Gebiet']).split(term('Staatesgebiet'))).toEqual(['staat', 'gebiet']);
    expect(over(['Sonne', 'Licht']).split(term('Sonnenlicht'))).toEqual(['sonn', 'licht']);
    expect(over(['Patient', 'Rezept']).split(term('Patientenrezept'))).toEqual(['patient', 'rezept']);
  });

  it('splits a Dutch compound across its linking elements, a part of 3 letters too', () => {
    const dutch = analyzerFor('nl');
    const term = (word: string) => dutch.terms(word)[0]!;
    const over = (words: string[]) => {
      const vocabulary = new Set(words.map(term));
      return new Decompounder(dutch, (t) => (vocabulary.has(t) ? t : undefined), () => 1);
    };
    // Stad|s|bestuur, boek|en|kast, contributie|betaling; dame|s|team only with its link (the stemmer keeps "dames").
    expect(over(['stad', 'bestuur']).split(term('stadsbestuur'))).toEqual([term('stad'), term('bestuur')]);
    expect(over(['dame', 'team']).split(term('damesteam'))).toEqual([term('dame'), term('team')]);
    expect(over(['boek', 'kast']).split(term('boekenkast'))).toEqual([term('boek'), term('kast')]);
    expect(over(['contributie', 'betaling']).split(term('contributiebetaling'))).toEqual([term('contributie'), term('betaling')]);
    expect(over(['stad']).split(term('stadsbestuur'))).toBeNull();
    // Its parts may have 3 letters, where German's need 4 (see DUTCH_COMPOUND_PART).
    expect(over(['ski', 'reis']).split(term('skireis'))).toEqual([term('ski'), term('reis')]);
    expect(over(['ov', 'kaart']).split(term('ovkaart'))).toBeNull();
  });

  it('splits a Danish and a Norwegian compound across their linking elements, and no Swedish one', () => {
    const split = (lang: string, words: string[], compound: string) => {
      const analyzer = analyzerFor(lang);
      const vocabulary = new Set(words.map((word) => analyzer.terms(word)[0]!));
      return new Decompounder(analyzer, (t) => (vocabulary.has(t) ? t : undefined), () => 1).split(analyzer.terms(compound)[0]!);
    };
    const danish = (word: string) => analyzerFor('da').terms(word)[0]!;
    // Topreb|s|kursus, jul|e|frokost, top|reb.
    expect(split('da', ['topreb', 'kursus'], 'toprebskursus')).toEqual([danish('topreb'), danish('kursus')]);
    expect(split('da', ['jul', 'frokost'], 'julefrokost')).toEqual([danish('jul'), danish('frokost')]);
    expect(split('da', ['top', 'reb'], 'topreb')).toEqual([danish('top'), danish('reb')]);
    // Norwegian's parts are of 4 letters, as German's (see languages.ts's NORWEGIAN_LINKS).
    expect(split('nb', ['garderobe', 'skap'], 'garderobeskap')).toEqual([analyzerFor('nb').terms('garderobe')[0], analyzerFor('nb').terms('skap')[0]]);
    expect(split('nb', ['ski', 'skole'], 'skiskole')).toBeNull();
    // Swedish and Finnish set no linking elements: splits cost their trials right answers (see LanguageSpec.compoundLinks).
    expect(analyzerFor('sv').compoundLinks).toBeUndefined();
    expect(analyzerFor('fi').compoundLinks).toBeUndefined();
  });

  it('splits nothing into a part of under four letters (German\'s shortest), a stopword, or a word the corpus lacks', () => {
    // "Baum" + "Art": "Art" is too short to be told from a piece of another word.
    expect(over(['Baum', 'Art']).split(term('Baumarten'))).toBeNull();
    // "unter" is a stopword, not the first part of "Unternehmen".
    expect(over(['unter', 'nehmen']).split(term('Unternehmen'))).toBeNull();
    // The stem of "Regen" is "reg": too short, though "Regen" has five letters.
    expect(over(['Regen', 'Wald']).split(term('Regenwald'))).toBeNull();
    expect(over(['Problem']).split(term('Probleminstanz'))).toBeNull();
    expect(over(['1970', 'Jahre']).split('1970jahr')).toBeNull();
  });

  it('takes the split whose parts the corpus uses most', () => {
    const words = ['Staat', 'Staatsober', 'Oberhaupt', 'Haupt'];
    expect(over(words, { oberhaupt: 5 }).split(term('Staatsoberhaupt'))).toEqual(['staat', 'oberhaupt']);
    expect(over(words, { staatsob: 5, haupt: 5 }).split(term('Staatsoberhaupt'))).toEqual(['staatsob', 'haupt']);
  });
});

describe('compoundSplitters and withCompoundParts', () => {
  const apotheke = article('apotheke', '# Apotheke\n\nDie Apothekengesetzgebung regelt die Lagerung.\n\nEine Apotheke lagert Medikamente.\n\nDie Gesetzgebung ist streng.\n');
  const english = { ...article('pharmacy', '# Pharmacy\n\nPharmacy law is strict.\n'), lang: 'en' };

  it("gives an article's compound its parts as terms, split against the articles' vocabulary", () => {
    const splitters = drain(compoundSplitters([apotheke, english]));
    expect([...splitters.keys()]).toEqual([german]);
    const names: string[] = [];
    const intern = (term: string) => (names.includes(term) ? names.indexOf(term) : names.push(term) - 1);
    const table = new WordTable();
    const lexicon = withCompoundParts(
      { table, content: (entry) => intern(german.contentTerm(table.word(entry))!), stem: (entry) => intern(german.stem(table.word(entry))) },
      german,
      splitters.get(german),
      intern,
    );
    expect(lexicon.parts!(table.find('apothekengesetzgebung')).map((id) => names[id])).toEqual(['apothek', 'gesetzgeb']);
    expect(lexicon.parts!(table.find('apotheke'))).toEqual([]);
  });

  it('leaves the lexicon of a language that does not compound as it is', () => {
    const lexicon = { table: new WordTable(), content: () => 0, stem: () => 0 };
    expect(withCompoundParts(lexicon, analyzerFor('en'), undefined, () => 0)).toBe(lexicon);
  });

  it('answers a question that writes apart the words an article writes as one compound', () => {
    const index = new SearchIndex([apotheke, article('wetter', '# Wetter\n\nMorgen regnet es in Berlin.\n')]);
    const [first] = index.explain('Was sagt die Gesetzgebung der Apotheken?', { lang: 'de' });
    expect(first?.id).toBe('apotheke#p1');
    expect(first?.signals.coverage).toBe(1);
  });

  it('asks a compound the articles write as its parts too', () => {
    const strict = article('streng', '# Streng\n\nDie Apothekengesetzgebung ist streng.\n');
    const storage = article('lager', '# Lager\n\nDie Gesetzgebung für jede Apotheke regelt die Lagerung von Medikamenten.\n');
    const ranked = new SearchIndex([strict, storage]).explain('Was ist die Apothekengesetzgebung?', { lang: 'de' });
    expect(ranked.map((c) => c.id)).toEqual(['streng#p1', 'lager#p1']);
  });
});
