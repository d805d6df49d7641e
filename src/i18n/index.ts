import i18next from 'i18next';
import bg from './locales/bg.json' with { type: 'json' };
import cs from './locales/cs.json' with { type: 'json' };
import da from './locales/da.json' with { type: 'json' };
import de from './locales/de.json' with { type: 'json' };
import el from './locales/el.json' with { type: 'json' };
import en from './locales/en.json' with { type: 'json' };
import es from './locales/es.json' with { type: 'json' };
import fi from './locales/fi.json' with { type: 'json' };
import fr from './locales/fr.json' with { type: 'json' };
import hi from './locales/hi.json' with { type: 'json' };
import hr from './locales/hr.json' with { type: 'json' };
import hu from './locales/hu.json' with { type: 'json' };
import indonesian from './locales/id.json' with { type: 'json' };
import it from './locales/it.json' with { type: 'json' };
import ja from './locales/ja.json' with { type: 'json' };
import ko from './locales/ko.json' with { type: 'json' };
import lt from './locales/lt.json' with { type: 'json' };
import nl from './locales/nl.json' with { type: 'json' };
import norwegian from './locales/no.json' with { type: 'json' };
import pl from './locales/pl.json' with { type: 'json' };
import ptBR from './locales/pt-BR.json' with { type: 'json' };
import ro from './locales/ro.json' with { type: 'json' };
import ru from './locales/ru.json' with { type: 'json' };
import sv from './locales/sv.json' with { type: 'json' };
import th from './locales/th.json' with { type: 'json' };
import tr from './locales/tr.json' with { type: 'json' };
import uk from './locales/uk.json' with { type: 'json' };
import vi from './locales/vi.json' with { type: 'json' };
import zhCN from './locales/zh-CN.json' with { type: 'json' };
import zhTW from './locales/zh-TW.json' with { type: 'json' };

/**
 * The message catalogues: every word the bot says to members, one file per language in `locales/`, English
 * the source and the fallback. Keys are i18next's: nested objects, `{{name}}` placeholders, and plural
 * forms as `key_one`, `key_few`, `key_many`, `key_other` (the categories of `Intl.PluralRules` for that
 * language), picked by the `count` variable.
 */
export const CATALOGUES = { en, de, es, fr, 'pt-BR': ptBR, ru, 'zh-CN': zhCN, 'zh-TW': zhTW, ja, ko, pl, it, id: indonesian, nl, tr, vi, th, hi, uk, el, ro, cs, sv, hu, da, fi, no: norwegian, bg, hr, lt } as const;
export type CatalogueId = keyof typeof CATALOGUES;
export const CATALOGUE_IDS = Object.keys(CATALOGUES) as CatalogueId[];

/** `a.b.c` for every string of a catalogue shape; a plural family (`x_one`, `x_other`) is named `x`. */
type Paths<T> = {
  [K in keyof T & string]: T[K] extends string ? (K extends `${infer Base}_${'zero' | 'one' | 'two' | 'few' | 'many' | 'other'}` ? Base : K) : `${K}.${Paths<T[K]>}`;
}[keyof T & string];

/** A message of the catalogue, as English names it: `tsc` refuses a key that English lacks. */
export type MessageKey = Paths<typeof en>;
/** Values for a message's placeholders; `count` also picks its plural form. */
export type MessageVars = Record<string, string | number>;
/** A catalogue's messages: the text of `key` with `vars` filled in, English where the catalogue lacks it. */
export type Translate = (key: MessageKey, vars?: MessageVars) => string;

const i18n = i18next.createInstance();
void i18n.init({
  initAsync: false,
  resources: Object.fromEntries(CATALOGUE_IDS.map((id) => [id, { translation: CATALOGUES[id] }])),
  lng: 'en',
  fallbackLng: 'en',
  supportedLngs: CATALOGUE_IDS,
  // Catalogue ids are matched exactly (catalogueFor maps any tag to one): no `pt` from `pt-BR`.
  load: 'currentOnly',
  // Discord renders Markdown, not HTML: values go in as they are (each caller escapes what it echoes).
  interpolation: { escapeValue: false },
  returnNull: false,
  returnEmptyString: false,
});

const translators = new Map<CatalogueId, Translate>(
  CATALOGUE_IDS.map((id) => {
    const fixed = i18n.getFixedT(id);
    return [id, (key: MessageKey, vars?: MessageVars) => fixed(key, vars ?? {})];
  }),
);

/**
 * The catalogue for a BCP 47 language tag: a Discord locale (`de`, `es-419`, `pt-BR`, `zh-TW`, see
 * discord.js's `Locale`) or an article's language (`de-CH`, `pt`, `zh-Hans`). Its language picks it, with
 * two exceptions: Portuguese reads the Brazilian catalogue (Discord's only Portuguese), and Chinese the
 * Simplified one or, where the tag's script is Traditional (`zh-TW`, `zh-HK`, `zh-Hant`, Cantonese's `yue`), the Traditional
 * one (Taiwan's words: 訊息, 伺服器, 貼文). English for anything else, a missing tag or one that is not BCP 47.
 */
export function catalogueFor(tag: string | null | undefined): CatalogueId {
  if (!tag) return 'en';
  let locale: Intl.Locale;
  try {
    locale = new Intl.Locale(tag).maximize();
  } catch {
    return 'en';
  }
  switch (locale.language) {
    case 'pt':
      return 'pt-BR';
    // Cantonese (yue) is written in Traditional characters in Hong Kong, in Simplified ones elsewhere.
    case 'zh':
    case 'yue':
      return locale.script === 'Hant' ? 'zh-TW' : 'zh-CN';
    // Norwegian: Discord's "no" is Bokmål, which articles declare as "nb" (Nynorsk "nn" is read so too).
    case 'nb':
    case 'nn':
      return 'no';
    default:
      return CATALOGUE_IDS.find((id) => id === locale.language) ?? 'en';
  }
}

/** The messages in the language of `tag` (see catalogueFor), English where there is no catalogue for it. */
export const translatorFor = (tag: string | null | undefined): Translate => translators.get(catalogueFor(tag))!;

/** English: for what the operator reads (deploy-commands' output) and the default a command is registered with. */
export const english: Translate = translators.get('en')!;

/** Whether English has a message at `key`: what is looked up by a path built at run time (commands.ts). */
const hasMessage = (key: string): boolean => i18n.exists(key, { lng: 'en', fallbackLng: false });

/**
 * The text of a key built at run time (a command's name or description), in the catalogue `id`. Throws
 * when English lacks it: a command without its catalogue entries is a bug to find at start-up.
 */
export function messageAt(id: CatalogueId, key: string, vars?: MessageVars): string {
  if (!hasMessage(key)) throw new Error(`the message catalogue has no ${key}: add it to src/i18n/locales/*.json`);
  return translators.get(id)!(key as MessageKey, vars);
}
