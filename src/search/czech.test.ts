import { describe, expect, it } from 'vitest';
import { czechStem, slovakStem } from './czech.js';
import { fold } from './fold.js';
import { analyzerFor } from './tokenize.js';

/** The stem of a word as the Czech analyser reads it: lower-cased and folded first. */
const stem = (word: string) => czechStem(fold(word.toLowerCase()));

describe('czechStem', () => {
  it.each([
    ['server', 'serveru', 'serverem', 'servery', 'serverech', 'serverům'],
    ['ban', 'banu', 'banem', 'bany', 'banů'],
    ['cena', 'ceny', 'ceně', 'cenu', 'cenou'],
    ['hráč', 'hráči', 'hráče', 'hráčů', 'hráčům', 'hráčem'],
    ['pravidla', 'pravidel', 'pravidlo', 'pravidlech', 'pravidlům'],
    ['kanál', 'kanálu', 'kanálům', 'kanály', 'kanálech'],
    ['Praha', 'Praze', 'Prahu'],
    ['moderátor', 'moderátora', 'moderátorem', 'moderátoři', 'moderátorů'],
    ['whitelist', 'whitelistu', 'whitelistem'],
  ])('reads the cases of "%s" as one stem', (...forms) => {
    expect(new Set(forms.map(stem)).size).toBe(1);
  });

  it('reads a word typed without diacritics as the written one', () => {
    const pairs: [string, string][] = [['stojí', 'stoji'], ['měsíce', 'mesice'], ['hráčům', 'hracum'], ['kanálech', 'kanalech']];
    for (const [written, typed] of pairs) expect(stem(typed)).toBe(stem(written));
  });

  it('leaves a word of three letters whole, and keeps words apart that differ in their stem', () => {
    expect(stem('den')).toBe('den');
    expect(stem('bez')).toBe('bez');
    // Folded, the paper's "št" → "sk" would read every "-st" so: the game Rust is no "rusky" (in Russian).
    expect(stem('rust')).not.toBe(stem('rusky'));
    expect(stem('místo')).not.toBe(stem('miska'));
    expect(stem('vip')).toBe('vip');
    expect(stem('ban')).not.toBe(stem('bank'));
    expect(stem('server')).not.toBe(stem('servis'));
  });
});

describe('Czech analysis', () => {
  const cs = analyzerFor('cs');
  it('reads question words, chat and the frame of a question as no topic, with or without diacritics', () => {
    expect(cs.terms('Kolik stojí VIP na měsíc?')).toEqual(cs.terms('kolik stoji vip na mesic'));
    expect(cs.terms('jj díky, kdy je restart serveru?')).toEqual(cs.terms('restart server'));
  });
  it('reads the package\'s "ted\'" as "teď" (now), typed with or without its háček', () => {
    expect(cs.terms('je ted server offline?')).toEqual(cs.terms('server offline'));
    expect(cs.terms('je teď server offline?')).toEqual(cs.terms('server offline'));
  });
  it('keeps the numbers and the time words of the stopword list as terms', () => {
    expect(cs.terms('ban na dva dny')).toContain(cs.terms('dva')[0]);
    expect(cs.terms('dnes večer')).toHaveLength(2);
    // "další" (next) too, as English keeps "next" (a Brno esports club's trial, round Z).
    expect(cs.terms('Kdy bude další LAN?')).toEqual(cs.terms('další LAN'));
    expect(cs.terms('další LAN')).toHaveLength(2);
  });
});

describe('slovakStem', () => {
  const sk = (word: string) => slovakStem(fold(word.toLowerCase()));
  it.each([
    ['server', 'servera', 'serveri', 'serverom', 'serveroch', 'serverov'],
    ['odvolanie', 'odvolania', 'odvolaniu', 'odvolaním'],
    ['pravidlo', 'pravidlá', 'pravidlách', 'pravidlom'],
    ['ban', 'banu', 'banom', 'banov'],
  ])('reads the cases of "%s" as one stem, Slovak endings too', (...forms) => {
    expect(new Set(forms.map(sk)).size).toBe(1);
  });
  it('reads what Czech and Slovak share as Czech does', () => {
    for (const word of ['serverem', 'hráči', 'ceny', 'kanálech']) expect(sk(word)).toBe(stem(word));
  });
});

describe('Slovak analysis', () => {
  const sk = analyzerFor('sk');
  it("reads the package's mis-decoded stopwords as Slovak writes them, question words and chat as no topic", () => {
    expect(sk.terms('čo je VIP a keď ho kúpim, koľko stojí?')).toEqual(sk.terms('vip kúpim stojí'));
    expect(sk.terms('ahojte, kolko stoji vip pls')).toEqual(sk.terms('stojí vip'));
  });
});
