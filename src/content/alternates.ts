import { collapse } from './blocks.js';
import { CLOSING_PUNCTUATION, endsAsQuestion, FAQ_HEADINGS, headingKey } from './faq-markers.js';
import type { Article, ContentIssue, FaqEntry, Passage } from './types.js';
import { primaryLanguage, readAs, scriptOf, scriptsOf } from '../language/detect.js';

/**
 * The label of the paragraph, right under an FAQ question, that lists other ways people ask it, by language:
 * `Also asked as:` in any article, or its name in the article's language. Admins who edit in their own
 * language translate it: a German trial's "Auch gefragt als:" and its list were served as the answer, and a
 * Polish admin expected "Zadawane też jako:" to work. Only names that say "also asked" or "other ways to
 * ask": "Similar questions" would list other questions, whose answers differ; nor "other forms", which opens
 * an answer's list as well (Uzbek "Boshqa shakllar:" took a list of payment methods for phrasings, a
 * review): every label is read in every article. Compared as `headingKey`
 * leaves them (case, accents and spaces before the colon do not matter). To add a language, add its names
 * here (docs/content-format.md, "Alternate phrasings"; docs/faq-labels.md is generated from this table).
 */
export const ALSO_ASKED_LABELS: Readonly<Record<string, readonly string[]>> = {
  en: ['Also asked as', 'Other ways to ask'],
  af: ['Ook gevra as', 'Ander maniere om te vra'],
  am: ['እንዲሁም የሚጠየቀው', 'ሌሎች የአጠያየቅ መንገዶች'],
  ar: ['يُسأل أيضاً', 'يُسأل أيضاً بصيغة', 'صيغ أخرى للسؤال', 'صيغ أخرى'],
  az: ['Belə də soruşulur', 'Digər sual formaları'],
  be: ['Таксама пытаюцца', 'Іншыя фармулёўкі'],
  bg: ['Също питат', 'Питат също', 'Други формулировки'],
  bn: ['এভাবেও জিজ্ঞাসা করা হয়', 'প্রশ্নের অন্য রূপ'],
  ca: ['També es pregunta', 'També preguntat com', 'Altres formulacions'],
  cs: ['Také se ptají', 'Taky se ptají', 'Ptají se také', 'Jiné formulace', 'Další formulace'],
  cy: ['Gofynnir hefyd', 'Ffyrdd eraill o ofyn'],
  da: ['Også spurgt som', 'Andre formuleringer'],
  de: ['Auch gefragt als', 'Auch gefragt', 'Ebenfalls gefragt als', 'Andere Formulierungen'],
  el: ['Ρωτούν επίσης', 'Επίσης ρωτούν', 'Άλλες διατυπώσεις'],
  eo: ['Ankaŭ demandata kiel', 'Aliaj manieroj demandi'],
  es: ['También preguntado como', 'También se pregunta como', 'También se pregunta', 'Otras formas de preguntar', 'Otras formulaciones'],
  et: ['Küsitakse ka', 'Teised sõnastused'],
  eu: ['Honela ere galdetzen da', 'Beste formulazio batzuk'],
  fa: ['همچنین پرسیده می‌شود', 'این‌طور هم می‌پرسند', 'این طور هم می پرسند', 'شکل‌های دیگر پرسش'],
  fi: ['Kysytään myös', 'Myös kysytty', 'Muita muotoiluja'],
  fr: ['Aussi demandé', 'Aussi demandé comme', 'Également demandé', 'Également demandé comme', 'Autres formulations'],
  ga: ['Fiafraítear freisin', 'Bealaí eile le fiafraí'],
  gl: ['Tamén se pregunta', 'Outras formulacións'],
  gu: ['આ રીતે પણ પૂછાય છે', 'પૂછવાની અન્ય રીતો'],
  ha: ['Ana kuma tambaya', 'Wasu hanyoyin tambaya'],
  he: ['שואלים גם', 'נשאל גם', 'ניסוחים נוספים', 'דרכים נוספות לשאול'],
  hi: ['यह भी पूछा जाता है', 'ऐसे भी पूछा जाता है', 'दूसरे तरीके से पूछा गया'],
  hr: ['Također pitaju', 'Takodjer pitaju', 'Pitaju i', 'Druge formulacije'],
  hu: ['Így is kérdezik', 'Más megfogalmazások'],
  hy: ['Հարցնում են նաև', 'Այլ ձևակերպումներ'],
  id: ['Juga ditanyakan sebagai', 'Juga ditanyakan'],
  is: ['Einnig spurt', 'Einnig spurt sem', 'Aðrar leiðir til að spyrja'],
  it: ['Chiesto anche come', 'Chiesto anche', 'Anche chiesto come', 'Altre formulazioni', 'Altri modi di chiedere'],
  ja: ['別の聞き方', '他の聞き方', 'ほかの聞き方', '言い換え'],
  ka: ['ასევე კითხულობენ', 'სხვა ფორმულირებები'],
  kk: ['Сондай-ақ сұрайды', 'Басқа тұжырымдар'],
  km: ['សួរផងដែរ', 'របៀបសួរផ្សេងទៀត'],
  kn: ['ಹೀಗೂ ಕೇಳಲಾಗುತ್ತದೆ', 'ಕೇಳುವ ಇತರ ವಿಧಾನಗಳು'],
  ko: ['다른 질문 방식', '다른 표현'],
  ku: ['Wiha jî tê pirsîn', 'Awayên din ên pirsînê'],
  ky: ['Ошондой эле сурашат', 'Башка формулировкалар'],
  lb: ['Och gefrot als', 'Aner Formuléierungen'],
  lo: ['ຖາມແບບອື່ນ', 'ຄຳຖາມແບບອື່ນ'],
  lt: ['Taip pat klausiama', 'Kitos formuluotės'],
  lv: ['Jautā arī', 'Citi formulējumi'],
  mk: ['Исто така прашуваат', 'Други формулации'],
  ml: ['ഇങ്ങനെയും ചോദിക്കാറുണ്ട്', 'ചോദിക്കാനുള്ള മറ്റു വഴികൾ'],
  mn: ['Мөн асуудаг', 'Асуух бусад арга'],
  mr: ['असेही विचारले जाते', 'विचारण्याच्या इतर पद्धती'],
  mt: ['Mistoqsi wkoll', 'Modi oħra kif tistaqsi'],
  my: ['ဒီလိုလည်း မေးကြသည်', 'အခြားမေးပုံများ'],
  nb: ['Også spurt som', 'Andre formuleringer'],
  ne: ['यसरी पनि सोधिन्छ', 'सोध्ने अन्य तरिकाहरू'],
  nl: ['Ook gevraagd als', 'Ook gesteld als', 'Andere formuleringen'],
  or: ['ଏହିପରି ମଧ୍ୟ ପଚରାଯାଏ', 'ପଚାରିବାର ଅନ୍ୟ ଉପାୟ'],
  pa: ['ਇਹ ਵੀ ਪੁੱਛਿਆ ਜਾਂਦਾ ਹੈ', 'ਪੁੱਛਣ ਦੇ ਹੋਰ ਤਰੀਕੇ'],
  pl: ['Zadawane też jako', 'Zadawane także jako', 'Pytanie zadawane też jako', 'Inne sformułowania'],
  ps: ['دا هم پوښتل کېږي', 'د پوښتنې نورې بڼې'],
  pt: ['Também perguntado como', 'Também se pergunta', 'Também perguntam', 'Outras formas de perguntar', 'Outras formulações'],
  ro: ['Întrebat și ca', 'Se mai întreabă', 'Alte formulări'],
  ru: ['Также спрашивают', 'Также спрашивают как', 'Другие формулировки'],
  si: ['මෙසේද අසයි', 'ඇසීමේ වෙනත් ක්‍රම'],
  sk: ['Pýtajú sa aj', 'Tiež sa pýtajú', 'Iné formulácie'],
  sl: ['Sprašujejo tudi', 'Druge formulacije'],
  so: ['Sidoo kale waxaa la weydiiyaa', 'Habab kale oo loo weydiiyo'],
  sq: ['Pyetet edhe si', 'Pyesin gjithashtu', 'Formulime të tjera'],
  sr: ['Takođe pitaju', 'Takodje pitaju', 'Такође питају', 'Druge formulacije', 'Друге формулације'],
  sv: ['Även frågat som', 'Frågas även som', 'Andra formuleringar'],
  sw: ['Pia huulizwa', 'Njia nyingine za kuuliza'],
  ta: ['இப்படியும் கேட்கப்படுகிறது', 'கேட்கும் பிற வழிகள்'],
  te: ['ఇలా కూడా అడుగుతారు', 'అడిగే ఇతర విధానాలు'],
  tg: ['Инчунин мепурсанд', 'Роҳҳои дигари пурсидан'],
  th: ['ถามแบบอื่น', 'คำถามแบบอื่น', 'ถามอีกแบบ'],
  tk: ['Şeýle hem soraýarlar', 'Beýleki sorag görnüşleri'],
  tl: ['Tinatanong din bilang', 'Tinatanong din', 'Ibang paraan ng pagtatanong'],
  tr: ['Şöyle de soruluyor', 'Şöyle de sorulur', 'Diğer sorulma şekilleri'],
  uk: ['Також запитують', 'Також запитують як', 'Інші формулювання'],
  ur: ['یہ بھی پوچھا جاتا ہے', 'پوچھنے کے دیگر طریقے'],
  uz: ['Shunday ham soʻraladi', "Shunday ham so'raladi", 'Soʻrashning boshqa usullari', "So'rashning boshqa usullari"],
  vi: ['Cũng được hỏi là', 'Các cách hỏi khác'],
  yo: ['Wọ́n tún béèrè', 'Àwọn ọ̀nà míì láti béèrè'],
  zh: ['其他问法', '其他問法', '其它问法', '其它問法', '也可以问', '也可以問'],
};

const LABEL_KEYS = new Set(Object.values(ALSO_ASKED_LABELS).flatMap((names) => names.map(headingKey)));
/** A label and its colon (ASCII or full-width; French puts a space, maybe a no-break one, before it). */
const LABEL = /^\s*([^:：\n]{1,60}?)[ \t\u00a0\u202f]*[:：]/u;
/** The same, alone on its line. */
const LABEL_LINE = /^[ \t]*([^:：\n]{1,60}?)[ \t\u00a0\u202f]*[:：][ \t\r]*$/u;
const isLabel = (match: RegExpExecArray | null): boolean => match !== null && LABEL_KEYS.has(headingKey(match[1]!));

/**
 * The `Also asked as:` label `text` opens with, as the file writes it, its colon included ("Aussi demandé :",
 * "別の聞き方："): what messages about its list quote, as an admin who wrote it in their language reads it (a
 * French book club's and a Japanese dojo's admins were told about an "Also asked as:" they had not
 * written). "Also asked as:" where `text` opens with none.
 */
export function writtenLabel(text: string): string {
  const match = LABEL.exec(unemphasised(text));
  return match && isLabel(match) ? match[0].trim() : DEFAULT_LABEL;
}

/** The English label of a list of alternates, read in every language and named where the article's own is unknown or several are written. */
export const DEFAULT_LABEL = 'Also asked as:';

/**
 * The label an article in language `lang` (a BCP 47 tag) writes for other ways to ask, its colon included:
 * its language's first in ALSO_ASKED_LABELS; Bokmål's for Discord's "no" and for Nynorsk, Tagalog's for Filipino, Indonesian's for
 * Malay (which the search reads as Indonesian: an Indonesian league's admin, whose undeclared files were
 * detected as Malay, was told "Also asked as:" for them and "Juga ditanyakan sebagai:" for the others), and
 * the one in Traditional characters for Chinese written so (zh-TW, zh-HK, zh-Hant) and for Cantonese (yue). Null for English and for
 * a language without one ("Also asked as:" is the label there).
 */
export function ownLabel(lang: string): string | null {
  const base = primaryLanguage(lang) ?? lang.toLowerCase();
  const key = base === 'no' || base === 'nn' ? 'nb' : base;
  const labels = base === 'en' ? undefined : (ALSO_ASKED_LABELS[key] ?? ALSO_ASKED_LABELS[readAs(key)]);
  const label = readAs(base) === 'zh' && writesTraditional(lang) ? labels?.find((name) => name.includes('問')) : labels?.[0];
  return label ? `${label}:` : null;
}

/**
 * The FAQ section name to tell an admin to write in an article of language `lang` (a BCP 47 tag): its
 * language's first in FAQ_HEADINGS that is written in the tag's script (Traditional characters for zh-TW,
 * zh-HK, zh-Hant and Cantonese's yue; Cyrillic for uz-Cyrl; none in Gurmukhi for pa-Arab), Bokmål and Nynorsk reading
 * Norwegian's, Filipino Tagalog's, and Serbian in Latin letters and Bosnian Croatian's. Null for English, and where the language has no name in its script: "FAQ" is
 * read in every language.
 */
export function ownFaqHeading(lang: string): string | null {
  const base = primaryLanguage(lang) ?? lang.toLowerCase();
  if (base === 'en') return null;
  const script = scriptOf(lang);
  // Serbian and Bosnian in Latin letters write Croatian's names.
  const key = base === 'nb' || base === 'nn' ? 'no' : (base === 'sr' && script === 'Latn') || base === 'bs' ? 'hr' : base;
  const names = FAQ_HEADINGS[key] ?? FAQ_HEADINGS[readAs(key)] ?? [];
  if (readAs(base) === 'zh') return (writesTraditional(lang) ? names.find((name) => /[見問題與]/u.test(name)) : names[0]) ?? null;
  const scripts = scriptsOf(lang);
  const letters = scripts.length ? new RegExp(`^[${scripts.map((code) => `\\p{Script=${code}}`).join('')}\\P{L}]+$`, 'u') : null;
  return names.find((name) => letters === null || letters.test(name)) ?? null;
}

/** Whether a tag's script is Traditional Chinese (zh-TW, zh-HK, zh-Hant…), as `catalogueFor` reads it with `Intl.Locale`. */
export const writesTraditional = (tag: string): boolean => scriptOf(tag) === 'Hant';

/** The one label to tell an admin to write in an article of language `lang` (null: unknown): its own (see `ownLabel`), else "Also asked as:". */
export const alsoAskedLabel = (lang: string | null): string => (lang === null ? null : ownLabel(lang)) ?? DEFAULT_LABEL;

/** The label to tell an admin to write in a file of language `lang` (see `ownLabel`): its own, or "Also asked as:", or both. */
function labelsFor(lang: string | null): string {
  const own = lang === null ? null : ownLabel(lang);
  return own ? `"${own}" (or "${DEFAULT_LABEL}")` : `"${DEFAULT_LABEL}"`;
}

/**
 * A line as Markdown shows it, bold or italic marks around or in it taken off: "**Aussi demandé :**" is
 * the label as much as "Aussi demandé :" (a reviewer's: the bold label and its list were served as the
 * answer, with no warning).
 */
const unemphasised = (line: string): string => line.replace(/\*\*|__/g, '').replace(/^(\s*)[*_](?=\S)/u, '$1').replace(/(?<=\S)[*_](\s*)$/u, '$1');

/** Whether a block's text opens with an `Also asked as:` label, whatever follows it (an HTML block's is one text). */
export const opensAlsoAsked = (raw: string): boolean => isLabel(LABEL.exec(raw));
/** Whether a line is an `Also asked as:` label and nothing else, bold or not: the first line of the paragraph that lists the alternates. */
export const isAlsoAskedLine = (text: string): boolean => isLabel(LABEL_LINE.exec(unemphasised(text)));
/** One alternate: `- question`; `*` and `+`, Markdown's other bullets, are read too, with a warning. */
const ITEM = /^[ \t]*([-*+])[ \t]+(.*\S)[ \t\r]*$/;
/** A bullet with nothing after it. */
const EMPTY_ITEM = /^[ \t]*[-*+][ \t\r]*$/;

/** A line of a file, as written (no line break), with its 1-based number. */
export interface SourceLine {
  text: string;
  line: number;
}

/** Whether a block's lines are all `- item` lines (a list standing alone under `Also asked as:`). */
export const isItemList = (lines: SourceLine[]): boolean => lines.length > 0 && lines.every((l) => ITEM.test(l.text) || !l.text.trim());

/**
 * The alternates of an `Also asked as:` list: each `- question` line's text after its bullet, at its line.
 * Every other line is warned about with its line: a `* question` or `+ question` is an alternate with the
 * wrong bullet (read as one), anything else is not an alternate and is ignored. None is ever answer text.
 * `lazyLines`: the lines are a .md or .txt file's, where a line right under a list is read as part of it.
 * `label`: the list's label as written (see `writtenLabel`), which the messages quote.
 */
export function alternateLines(lines: SourceLine[], file: string, issues: ContentIssue[], lazyLines = false, label = DEFAULT_LABEL): SourceLine[] {
  const alternates: SourceLine[] = [];
  for (const { text, line } of lines) {
    if (!text.trim()) continue;
    const item = ITEM.exec(text);
    if (!item) {
      // In a .md or .txt file, the answer written on the line right under the list is read as part of it: the
      // Shanghai photography club's admin lost a whole article so (its entry had no answer, an error) and
      // could not tell why from "start it with \"- \"" alone.
      const answer = lazyLines ? ' if it is another way to ask; if it is the answer, leave a blank line before it (a line right under the list is read as part of it)' : '';
      const message = EMPTY_ITEM.test(text)
        ? `this "- " line of "${label}" is empty: write a question after "- ", or remove the line`
        : `"${label}" takes one "- question" per line; this line is not one and is ignored: start it with "- "${answer}`;
      issues.push({ severity: 'warning', file, line, message });
      continue;
    }
    if (item[1] !== '-') {
      issues.push({
        severity: 'warning',
        file,
        line,
        message: `"${label}" takes one "- question" per line; this line starts with "${item[1]}" and is read as an alternate all the same: start it with "- " like the others`,
      });
    }
    alternates.push({ text: item[2]!, line });
  }
  return alternates;
}

/**
 * Adds the `- question` lines of an `Also asked as:` list to `entry.alternates` (see `alternateLines`), and
 * returns the line of the first line under its items that is none, where Markdown reads an answer written
 * with no blank line before it (null: none): an entry left without an answer names it (see `Draft.listedAnswers`).
 * `afterList`: `lines` continue a list read before (a paragraph right under its empty last item). Each
 * alternate's raw text is the question as written after its bullet, at its own line, and `read` gives its
 * plain text and hidden parts (see `Passage`); it shares the question's section and ¶ number (alternates
 * are not blocks of the article, so they do not shift the numbering of what follows). `label`: the list's
 * label as written (see `writtenLabel`).
 */
export function readAlternates(lines: SourceLine[], entry: FaqEntry, file: string, read: (raw: string) => Pick<Passage, 'text' | 'hidden'>, issues: ContentIssue[], label = DEFAULT_LABEL, afterList = false): number | null {
  const had = entry.alternates.length;
  for (const { text: raw, line } of alternateLines(lines, file, issues, true, label)) {
    entry.alternates.push({ raw, ...read(raw), section: entry.question.section, paragraph: entry.question.paragraph, line });
  }
  // The label of the list its last alternate is in: the one the stub of learned phrasings adds to.
  if (entry.alternates.length > had) entry.alsoAsked = label;
  // After an item (or, `afterList`, after the list these lines continue): a line before any is the label's
  // own text, no answer; nor is one indented under an item, the item's wrapped text (a review).
  const first = afterList ? -1 : lines.findIndex((l) => ITEM.test(l.text));
  if (first < 0 && !afterList) return null;
  return lines.slice(first + 1).find((l) => l.text.trim() && !ITEM.test(l.text) && !EMPTY_ITEM.test(l.text) && !/^\s/.test(l.text))?.line ?? null;
}

/** Longest label line read as one: a longer line ending in a colon is an answer's sentence. */
const MAX_LABEL_LENGTH = 60;

/**
 * A warning for each FAQ question of `faq` (an article's entries, in order) followed by a lone "Label:" line
 * that the bot does not know as `Also asked as:` (see `ALSO_ASKED_LABELS`), then by questions, one per line
 * (`- question` or not), or by list items asking the question again without a question mark (see
 * `askedAgain`): other phrasings under a label in another language. They are misread: served as the
 * answer (`.md`), read as a question of their own, leaving the entry without an answer (`.txt`), or read as
 * the next FAQ question (`.html`). The warning names the label of the article's language `lang` (a BCP 47
 * tag, null where unknown) to write instead, beside "Also asked as:".
 */
export const unknownLabels = (faq: readonly FaqEntry[], file: string, lang: string | null): ContentIssue[] =>
  faq.flatMap((entry, i) => unknownLabel(entry, faq[i + 1], file, lang) ?? []);

/** `unknownLabels`' warning for `entry`, `next` being the entry after it; null when what follows its question is anything else. */
function unknownLabel(entry: FaqEntry, next: FaqEntry | undefined, file: string, lang: string | null): ContentIssue | null {
  // Where the label's questions went: the rest of the answer, or the next entry's question.
  const after = entry.answer.length > 1 || !next ? entry.answer : [...entry.answer, next.question];
  const [label = '', ...lines] = (after[0]?.raw ?? '').trim().split('\n');
  if (label.length > MAX_LABEL_LENGTH || !/[:：]\s*$/u.test(label)) return null;
  const questions = (lines.length ? lines : (after[1]?.raw.split('\n') ?? [])).filter((line) => line.trim());
  if (!questions.length || !(questions.every(endsAsQuestion) || askedAgain(questions, entry.question.text))) return null;
  return {
    severity: 'warning',
    file,
    line: after[0]!.line,
    message: `"${label.trim()}" under the question "${entry.question.text}" is not a label the bot knows for other ways to ask it, so it and the questions under it are misread (served as the answer, or read as a question): write ${labelsFor(lang)} instead (docs/faq-labels.md lists the labels read in other languages)`,
  };
}

/**
 * Whether `lines`, each a list item ("- kolik stoji clenstvi"), ask the FAQ `question` again as members type it,
 * without a question mark: each shares a word of four letters or more with it, read without case or
 * diacritics. A Czech esports club's trial (round Z) wrote "Taky se ptají:" and its phrasings were served as
 * the answer unwarned; an answer's own list shares no such word in every item ("Bring:", "- hike snacks",
 * "- water" for "What do I need for the hike?"; a review found one shared "the" enough).
 */
function askedAgain(lines: readonly string[], question: string): boolean {
  const words = (text: string) => new Set(text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().match(/\p{L}{4,}/gu) ?? []);
  const asked = words(question);
  return lines.every((line) => LIST_ITEM.test(line) && [...words(line)].some((word) => asked.has(word)));
}
const LIST_ITEM = /^\s*[-*•]\s+\S/u;

/** The warning for an `Also asked as:` line with no question under it; `label`, the label as written (see `writtenLabel`). */
export const emptyAlternates = (file: string, line: number, label = DEFAULT_LABEL): ContentIssue => ({
  severity: 'warning',
  file,
  line,
  message: `"${label}" lists no question: add one "- question" per line under it, or remove it`,
});

/**
 * The warning for an `Also asked as:` paragraph that stands under no FAQ question. The paragraph and its
 * `- question` lines are then ignored, never served: read as text, they were answers ("Also asked as:" at
 * confidence 1.00 in a Slovak trial whose "## Časté otázky" was no known FAQ heading). `stray` is the
 * question right above it when that question is outside any FAQ section: its FAQ heading was not
 * recognised, which is what to fix. `statement` is the FAQ heading right above it that is no question (a
 * Korean trial's "### 결제했는데 디스코드 역할이 안 들어와요."), which is what to fix: its admin read the
 * two warnings as two faults. `label`: the label as written (see `writtenLabel`).
 */
export function misplacedAlsoAsked(file: string, line: number, stray: string | null, statement?: { text: string; line: number }, label = DEFAULT_LABEL): ContentIssue {
  const message = stray
    ? `"${label}" is under "${stray}", which is not in an FAQ section, so the question is read as text and its "${label}" list is ignored: put them under an FAQ heading ("FAQ", "Questions and answers" or the same in the article's language, see docs/faq-labels.md)`
    : statement
      ? `"${label}" is under the FAQ heading "${statement.text}" (line ${statement.line}), which is not read as a question as it does not end in a question mark, so this list is ignored with it: end that heading with "?" and both are read`
      : `"${label}" belongs right under an FAQ question, before its answer; here it and its list are ignored`;
  return { severity: 'warning', file, line, message };
}

/** Compares two phrasings of a question: case, spacing and closing punctuation do not make them different. */
export const phrasingKey = (text: string): string => collapse(text).toLowerCase().replace(CLOSING_PUNCTUATION, '');

/**
 * Warnings for phrasings that cannot help matching, each with its fix: an FAQ question asked by several
 * entries (in any article; each copy names the others' path:line), and an alternate that repeats its own
 * question, is listed twice, or is another entry's question or alternate (in any article), which makes
 * the two entries ambiguous. Each warning points at the phrasing's line and names the other place.
 */
export function alternateIssues(articles: readonly Article[]): ContentIssue[] {
  const issues: ContentIssue[] = [];
  const questions = new Map<string, { entry: FaqEntry; file: string }>();
  const copies = new Map<string, { entry: FaqEntry; file: string }[]>();
  for (const article of articles) {
    for (const entry of article.faq) {
      const key = phrasingKey(entry.question.text);
      if (!questions.has(key)) questions.set(key, { entry, file: article.file });
      copies.set(key, [...(copies.get(key) ?? []), { entry, file: article.file }]);
    }
  }
  for (const same of copies.values()) {
    if (same.length < 2) continue;
    for (const copy of same) {
      const others = same.filter((o) => o !== copy).map((o) => `${o.file}:${o.entry.question.line}`).join(', ');
      issues.push({
        severity: 'warning',
        file: copy.file,
        line: copy.entry.question.line,
        message: `FAQ question "${copy.entry.question.text}" is also asked at ${others}: the bot answers it with only one of them; ask each differently (say what sets it apart), or merge them into one entry`,
      });
    }
  }
  const alternates = new Map<string, { entry: FaqEntry; file: string; line: number }>();
  for (const article of articles) {
    for (const entry of article.faq) {
      for (const alternate of entry.alternates) {
        const key = phrasingKey(alternate.text);
        const warn = (message: string) => issues.push({ severity: 'warning', file: article.file, line: alternate.line, message });
        const question = questions.get(key);
        const earlier = alternates.get(key);
        if (key === phrasingKey(entry.question.text)) warn(`alternate "${alternate.text}" repeats its own question: remove this line`);
        else if (question && question.entry !== entry) {
          warn(`alternate "${alternate.text}" is the question of another entry (${question.file}:${question.entry.question.line}): the two entries become ambiguous; remove this line, or reword it to say what sets this entry apart`);
        } else if (earlier?.entry === entry) warn(`alternate "${alternate.text}" is listed twice (first at line ${earlier.line}): remove this line`);
        else if (earlier) {
          warn(`alternate "${alternate.text}" is also an alternate of another entry (${earlier.file}:${earlier.line}): the two entries become ambiguous; remove it from one of them`);
        }
        if (!earlier) alternates.set(key, { entry, file: article.file, line: alternate.line });
      }
    }
  }
  return issues;
}
