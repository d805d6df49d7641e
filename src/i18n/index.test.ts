import { Locale, type APIApplicationCommandOption, type RESTPostAPIApplicationCommandsJSONBody } from 'discord.js';
import { describe, expect, it } from 'vitest';
import { commands } from '../discord/commands/index.js';
import { CATALOGUE_IDS, CATALOGUES, catalogueFor, english, translatorFor, type CatalogueId } from './index.js';

const PLURAL = /_(zero|one|two|few|many|other)$/;

/** Every string of a catalogue by its dotted path. */
function flatten(node: unknown, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(node as Record<string, unknown>)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.set(path, value);
    else for (const [k, v] of flatten(value, path)) out.set(k, v);
  }
  return out;
}

/** The catalogue's messages: a plural family (`x_one`, `x_other`) is one message `x`, with its forms. */
function messages(id: CatalogueId): Map<string, Map<string, string>> {
  const out = new Map<string, Map<string, string>>();
  for (const [path, text] of flatten(CATALOGUES[id])) {
    const form = PLURAL.exec(path)?.[1] ?? '';
    const base = form ? path.slice(0, -form.length - 1) : path;
    if (!out.has(base)) out.set(base, new Map());
    out.get(base)!.set(form, text);
  }
  return out;
}

const placeholders = (text: string): string[] => [...new Set([...text.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]!))].sort();

describe('catalogueFor', () => {
  it("maps Discord's locales to a catalogue, English for the languages without one", () => {
    const mapped = Object.fromEntries(Object.values(Locale).map((l) => [l, catalogueFor(l)]));
    expect(mapped).toMatchObject({
      'en-US': 'en',
      'en-GB': 'en',
      de: 'de',
      'es-ES': 'es',
      'es-419': 'es',
      fr: 'fr',
      'pt-BR': 'pt-BR',
      ru: 'ru',
      'zh-CN': 'zh-CN',
      'zh-TW': 'zh-TW',
      ja: 'ja',
      ko: 'ko',
      pl: 'pl',
      it: 'it',
      id: 'id',
      'sv-SE': 'sv',
      hu: 'hu',
      uk: 'uk',
      fi: 'fi',
      no: 'no',
      bg: 'bg',
      hr: 'hr',
      lt: 'lt',
    });
    // Every catalogue is some Discord locale's.
    expect(new Set(Object.values(mapped))).toEqual(new Set(CATALOGUE_IDS));
  });

  it("maps an article's BCP 47 language by its language and script", () => {
    const cases: [string | null | undefined, CatalogueId][] = [
      ['de', 'de'],
      ['de-CH', 'de'],
      ['DE-at', 'de'],
      ['es-MX', 'es'],
      ['fr-CA', 'fr'],
      ['pt', 'pt-BR'],
      ['pt-PT', 'pt-BR'],
      ['ru-RU', 'ru'],
      ['zh', 'zh-CN'],
      ['zh-Hans', 'zh-CN'],
      ['zh-SG', 'zh-CN'],
      ['zh-TW', 'zh-TW'],
      ['zh-HK', 'zh-TW'],
      ['zh-Hant', 'zh-TW'],
      ['zh-Hant-CN', 'zh-TW'],
      ['yue', 'zh-TW'],
      ['yue-Hans', 'zh-CN'],
      ['ja-JP', 'ja'],
      ['ko-KR', 'ko'],
      ['ko-Kore', 'ko'],
      ['pl-PL', 'pl'],
      ['it-IT', 'it'],
      ['it-CH', 'it'],
      ['id-ID', 'id'],
      // ISO 639-2/3 codes, as some language detectors give them, are canonicalized to the BCP 47 ones.
      ['deu', 'de'],
      ['cmn', 'zh-CN'],
      ['jpn', 'ja'],
      ['kor', 'ko'],
      ['pol', 'pl'],
      ['ita', 'it'],
      ['ind', 'id'],
      ['en-GB', 'en'],
      ['nl-BE', 'nl'],
      ['tr-TR', 'tr'],
      ['vi', 'vi'],
      ['th', 'th'],
      ['sv', 'sv'],
      ['fi', 'fi'],
      ['nb', 'no'],
      ['nn-NO', 'no'],
      ['et', 'en'],
      ['', 'en'],
      [null, 'en'],
      [undefined, 'en'],
      ['not a language tag', 'en'],
      ['x', 'en'],
    ];
    for (const [tag, id] of cases) expect([tag, catalogueFor(tag)]).toEqual([tag, id]);
  });
});

describe('the catalogues', () => {
  const en = messages('en');

  it.each(CATALOGUE_IDS.filter((id) => id !== 'en'))('%s has every message of English, and nothing else', (id) => {
    const theirs = messages(id);
    expect([...theirs.keys()].sort()).toEqual([...en.keys()].sort());
  });

  it.each(CATALOGUE_IDS)('%s has exactly the plural forms its language needs, with the same placeholders as English', (id) => {
    const categories = new Intl.PluralRules(id).resolvedOptions().pluralCategories;
    for (const [key, forms] of messages(id)) {
      const source = en.get(key);
      if (!source) continue;
      const expected = [...new Set([...source.values()].flatMap(placeholders))].sort();
      if (source.has('')) expect([key, [...forms.keys()]]).toEqual([key, ['']]);
      else expect([key, [...forms.keys()].sort()]).toEqual([key, [...categories].sort()]);
      for (const text of forms.values()) expect([key, placeholders(text)]).toEqual([key, expected]);
    }
  });

  it('holds no empty message', () => {
    for (const id of CATALOGUE_IDS) for (const [path, text] of flatten(CATALOGUES[id])) expect([id, path, text.trim().length > 0]).toEqual([id, path, true]);
  });

  it('picks the plural form by count, per language', () => {
    expect([1, 2, 5].map((count) => translatorFor('ru')('learn.members', { count }))).toEqual(['1 участник', '2 участника', '5 участников']);
    expect([1, 2].map((count) => english('learn.members', { count }))).toEqual(['1 member', '2 members']);
    expect(translatorFor('ja')('learn.members', { count: 1 })).toBe('メンバー 1 人');
    expect([1, 2].map((count) => translatorFor('ko')('learn.members', { count }))).toEqual(['멤버 1명', '멤버 2명']);
    // Polish has one, few, many and other (a fraction); Italian one, many (a million: "di") and other.
    expect([1, 2, 5, 22, 1.5].map((count) => translatorFor('pl')('learn.members', { count }))).toEqual(['1 osoba', '2 osoby', '5 osób', '22 osoby', '1.5 osoby']);
    expect([1, 2, 1000000].map((count) => translatorFor('it')('learn.members', { count }))).toEqual(['1 membro', '2 membri', '1000000 di membri']);
    expect([1, 2].map((count) => translatorFor('id')('learn.members', { count }))).toEqual(['1 anggota', '2 anggota']);
  });

  it('fills placeholders with the value as given: no HTML escaping, and no placeholders or nesting read inside a value', () => {
    expect(english('answer.didYouMean', { question: 'Is <b>Tom & Jerry</b> {{x}} $t(answer.source)?' })).toBe('Did you mean: Is <b>Tom & Jerry</b> {{x}} $t(answer.source)?');
  });
});

/** Every name, description and their localizations of a registered command, with where they are. */
interface Named {
  where: string;
  kind: 'slash' | 'option' | 'message';
  name: string;
  names: Record<string, string>;
  description: string | undefined;
  descriptions: Record<string, string>;
  children: Named[];
}

function named(where: string, kind: Named['kind'], item: RESTPostAPIApplicationCommandsJSONBody | APIApplicationCommandOption): Named {
  const options = ('options' in item ? (item.options ?? []) : []) as APIApplicationCommandOption[];
  return {
    where,
    kind,
    name: item.name,
    names: (item.name_localizations ?? {}) as Record<string, string>,
    description: 'description' in item ? item.description : undefined,
    descriptions: ('description_localizations' in item ? (item.description_localizations ?? {}) : {}) as Record<string, string>,
    children: options.map((o) => named(`${where} ${o.name}`, 'option', o)),
  };
}

const registered = [...commands.values()].map((c) => named(c.name, c.type, c.toJSON()));
const everything = (list: Named[]): Named[] => list.flatMap((n) => [n, ...everything(n.children)]);
/** Discord's rule for chat-input command and option names (Application Commands > Application Command Naming). */
const CHAT_INPUT_NAME = /^[-_'\p{L}\p{N}\p{sc=Deva}\p{sc=Thai}]{1,32}$/u;
const LOCALIZED = Object.values(Locale).filter((l) => catalogueFor(l) !== 'en');

describe("the commands' localizations", () => {
  it('are registered for every Discord locale with a catalogue other than English, on every command, subcommand and option', () => {
    expect(LOCALIZED.sort()).toEqual(['bg', 'cs', 'da', 'de', 'el', 'es-419', 'es-ES', 'fi', 'fr', 'hi', 'hr', 'hu', 'id', 'it', 'ja', 'ko', 'lt', 'nl', 'no', 'pl', 'pt-BR', 'ro', 'ru', 'sv-SE', 'th', 'tr', 'uk', 'vi', 'zh-CN', 'zh-TW']);
    for (const n of everything(registered)) {
      expect([n.where, Object.keys(n.names).sort()]).toEqual([n.where, LOCALIZED]);
      if (n.kind !== 'message') expect([n.where, Object.keys(n.descriptions).sort()]).toEqual([n.where, LOCALIZED]);
    }
    expect(registered.find((c) => c.name === 'ask')).toMatchObject({ names: { de: 'fragen', 'es-419': 'preguntar', ja: '質問', ko: '질문', pl: 'zapytaj', it: 'chiedi', id: 'tanya' }, descriptions: { fr: 'Posez une question sur nos articles' } });
  });

  it("keep Discord's name rules: lower case, its character set, 1–32 characters; a menu command's name 1–32 characters", () => {
    for (const n of everything(registered)) {
      for (const [locale, name] of Object.entries(n.names)) {
        const where = `${n.where} [${locale}] "${name}"`;
        if (n.kind === 'message') expect([where, name.length >= 1 && name.length <= 32 && name.trim() === name]).toEqual([where, true]);
        else expect([where, CHAT_INPUT_NAME.test(name) && name === name.toLowerCase()]).toEqual([where, true]);
      }
    }
  });

  it('keep every description within 1–100 characters', () => {
    for (const n of everything(registered).filter((x) => x.kind !== 'message')) {
      for (const [locale, text] of Object.entries({ en: n.description ?? '', ...n.descriptions })) {
        expect([`${n.where} [${locale}]`, text.length >= 1 && text.length <= 100, text.includes('{{')]).toEqual([`${n.where} [${locale}]`, true, false]);
      }
    }
  });

  it('never give two commands, or two options of one command, the same name in one language', () => {
    const clashes = (siblings: Named[]) =>
      ['en', ...LOCALIZED].flatMap((locale) => {
        const names = siblings.map((s) => (locale === 'en' ? s.name : s.names[locale]));
        return names.filter((name, i) => names.indexOf(name) !== i).map((name) => `${locale}: ${name}`);
      });
    expect(clashes(registered.filter((c) => c.kind === 'slash'))).toEqual([]);
    expect(clashes(registered.filter((c) => c.kind === 'message'))).toEqual([]);
    for (const n of everything(registered)) expect([n.where, clashes(n.children)]).toEqual([n.where, []]);
  });
});
