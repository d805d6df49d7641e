import { analyzerFor, type Analyzer } from './tokenize.js';

/** A sentence of a passage: `[start, end)` are offsets into the passage's raw text, trimmed of spaces. */
export interface Sentence {
  start: number;
  end: number;
  text: string;
}

const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });

/**
 * Abbreviations after which a full stop does not end a sentence ("Dr. Smith", "c. 1455", "John C.
 * Messenger", "the U.S. Army"): a single letter, or a short title, month or Latin abbreviation; and, as
 * Spanish writes them before a name, a street's ("Av. Patria", "Avda.", "Calz.", "Pza.") and a title's
 * ("Dra.", "Sra.", "Srta.", "Lic.", "Ing.", "Arq.", "Mtro.", "Mtra.", "Sta." for Santa), German's "Hr."
 * (Herr), Philippine English's titles and places ("Engr.", "Atty.", "Sto." for Santo, "Brgy." for Barangay;
 * "Hon.", "Ma." for Maria as TITLE_OR_SURNAME reads them: "Dennis Ocampo is Vice President and takes over
 * when Carla is away. Ma." was a whole answer, a Quezon City league's trial), and in Indonesian and Malay
 * text those of LOCAL_ABBREVIATIONS. ICU's sentence rules split after them, which cut quotes in the middle of a name or a date: a
 * running club's meeting point "en la entrada de Av. Beethoven (Zapopan)" was quoted "…en la entrada de
 * Av." (a Mexican trial). Not those written after a name, which end sentences ("…on Park Ave. Bring
 * water."), nor German "Fr.", Freitag as often as Frau ("Mo. bis Fr. Wir treffen uns…"). One followed by a
 * lower-case word or a digit continues its sentence already (see CONTINUATION).
 */
const ABBREVIATION =
  /(?:^|[\s(.])(?:\p{L}|Mr|Mrs|Ms|Dr|St|Jr|Sr|Prof|Gen|Col|Lt|Sgt|Capt|Rev|Gov|Sen|Rep|No|Nos|Vol|Fig|vs|etc|ca|approx|cf|al|Inc|Ltd|Co|Corp|Mt|Ft|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|e\.g|i\.e|Av|Avda|Calz|Pza|Dra|Sra|Srta|Lic|Ing|Arq|Mtro|Mtra|Sta|Hr|Engr|Atty|Sto|Brgy)\.$/u;
/**
 * A degree's abbreviation ("B.Sc.", "M.Sc.", "Ph.D.") inside a bracket it opens or follows, which ends no
 * sentence there: a German student council's page (round BH) was quoted to "…eures Studiengangs (B.Sc.".
 * Outside a bracket it may end one ("Applicants need a completed B.Sc. The programme lasts…", a review).
 */
const DEGREE = /(?:^|[\s(.])(?:Sc|Ph)\.$/u;
/** A bracket opened and not closed in `text`. */
const UNCLOSED_BRACKET = /\([^)]*$/u;
/**
 * Titles that are also surnames, abbreviations only where no capitalised word stands before them: "account name
 * Ma. Teresa Dizon", "the Hon. Secretary", not "Our coach is Li Ma.", "…by Yo-Yo Ma.", "go to Mr. Hon." (a review).
 */
const TITLE_OR_SURNAME = /(?:^|[\s(])(?<!\p{Lu}[\p{L}'’-]*\.?\s)(?:Ma|Hon)\.$/u;
/**
 * Per language the analyser reads (Malay is read as Indonesian), the abbreviations written before a name
 * besides ABBREVIATION's: Indonesian and Malay addresses' ("Jl.", "Jln." Jalan, "Jend." Jenderal, "Gg." Gang,
 * "Gd." Gedung, "Perum." Perumahan, "Kp.", "Kg." Kampung, "Kec." Kecamatan, "Kel." Kelurahan, "Kab."
 * Kabupaten, "Tmn." Taman) and titles' ("Bpk." Bapak, "Sdr." Saudara, "Ir." Insinyur, "Hj." Haji or Hajah,
 * "Hjh." Hajah, "En." Encik, "Pn." Puan), and a company's "Sdn." (Sendirian, before "Bhd."): "…Arena Esports
 * Gubeng, Jl. Raya Gubeng No. 47…" was quoted from "Raya Gubeng No. 47" (an Indonesian trial). Short words of
 * other languages' sentences' ends ("En."), hence read in these only. Romanian addresses' and titles' ("Str." Strada,
 * "Bd." Bulevardul, "Șos." Șoseaua, "Spl." Splaiul, "Cal." Calea, "Pța." Piața, "Al." Aleea, "Bl.", "Sc.", "Ap.",
 * "Et." of a block of flats, "Jud." Județul, "Mun." Municipiul, "Sect." Sectorul, "Dl." Domnul, "Dna." Doamna,
 * "Ing.", "Conf."): "Centrul din Cluj-Napoca este pe Str. Memorandumului 28" was quoted to "…este pe Str."
 * (a Romanian energy supplier's trial). Polish, Czech, Slovak, Russian and Ukrainian addresses' and titles', written
 * in lower case before a capitalised name ("ul." ulica, "al." aleja, "pl." plac, "os." osiedle, "św." święty,
 * "im." imienia, "mgr", "inż.", "dr"; "nám." náměstí, "tř." třída, "Mgr.", "MUDr."; "ул." улица, "пр.",
 * "просп." проспект, "пл." площадь; "вул." вулиця): "…w naszym biurze przy ul. Dietla 45/3 w Krakowie" was
 * quoted to "…przy ul." at 1.00 (a Kraków language school's trial, round BE, four answers). German's, which
 * end no sentence, in lower case or opening one ("bzw." beziehungsweise, "ggf." gegebenenfalls, "evtl.",
 * "inkl.", "exkl.", "zzgl.", "vgl.", "sog."; not "Tel.", which ends "…per Mail oder Tel."): "…die
 * Prüfungsordnung eures Studiengangs (B.Sc. Informatik PO 2021 bzw. M.Sc. Informatik PO 2022)" was quoted
 * to "…PO 2021 bzw." at 1.00 (a student council's trial, round BH).
 */
const LOCAL_ABBREVIATIONS: Readonly<Record<string, RegExp>> = {
  id: /(?:^|[\s(.])(?:Jl|Jln|Jend|Gg|Gd|Perum|Kp|Kg|Kec|Kel|Kab|Tmn|Bpk|Sdr|Ir|Hj|Hjh|En|Pn|Sdn)\.$/u,
  ro: /(?:^|[\s(.])(?:Str|Bd|Bdul|B-dul|Șos|Şos|Sos|Spl|Cal|Pța|Pţa|Pta|Al|Bl|Sc|Ap|Et|Jud|Mun|Sect|Dl|Dna|Dra|Ing|Conf)\.$/u,
  de: /(?:^|[\s(.])(?:[Bb]zw|[Gg]gf|[Ee]vtl|[Ii]nkl|[Ee]xkl|[Zz]zgl|[Vv]gl|[Ss]og)\.$/u,
  pl: /(?:^|[\s(.])(?:ul|al|pl|os|św|im|gen|mgr|inż|dr|prof|ks|płk)\.$/u,
  cs: /(?:^|[\s(.])(?:ul|nám|tř|nábř|sv|Mgr|MUDr|PhDr|JUDr|RNDr|doc)\.$/u,
  sk: /(?:^|[\s(.])(?:ul|nám|nábr|sv|Mgr|MUDr|PhDr|JUDr|RNDr|doc)\.$/u,
  ru: /(?:^|[\s(.])(?:ул|пр|просп|пл|пер|наб|им|св)\.$/u,
  uk: /(?:^|[\s(.])(?:вул|просп|пл|пров|бул|наб|ім|св)\.$/u,
};

/**
 * The end of a sentence that ABBREVIATION and INITIAL need: their longest matches (" approx.", a Devanagari
 * initial of four letters with their marks) are under 16 characters, so a longer tail can only start with
 * `^` at the sentence's real start. Testing the tail keeps a long run of merged segments linear.
 */
const ABBREVIATION_TAIL = 16;

/**
 * A Latin initial written in a script without case, with its full stop ("जॉन सी. मेसेंजर", "جون سي. ميسنجر",
 * Thai "อี.ไอ. ดูปองต์"): the letter's name, one or two letters of such a script (up to four in Devanagari,
 * whose consonant clusters spell "डब्ल्यू", W), or a short abbreviation ("डॉ.", Dr.). ICU splits after it as
 * after any full stop, and there is no capital to tell a name from a new sentence; Hindi and Thai end their
 * sentences without one (a danda, a space), Arabic's short words that do end a sentence are stopwords
 * ("له", "به"), which `forEachSentence` checks in the passage's language. The letters are captured.
 */
const INITIAL = /(?:^|[\s(.])((?:\p{Lo}\p{M}*){1,2}|(?:[\u0904-\u0939\u0958-\u0961\u0972-\u097f]\p{M}*){3,4})\.$/u;

/**
 * A sentence "ending" in a mark Unicode counts as a sentence terminator (STerm) that its script uses as a
 * comma: Myanmar's little section "၊". ICU cut "Kalahari map ၊ Bermuda ၊ Purgatory map သုံးခုမှာ…" after
 * each map, and a Burmese trial's quote of the three maps named one. Not doubled ("၊၊", typed for the full
 * stop "။"), nor at a line's end (a list item's), where it ends the sentence.
 */
const COMMA_TERMINAL = /(?<!\u104a)\u104a$/u;

/** A segment that starts in lower case, or with a digit, continues the sentence before it. */
const CONTINUATION = /^[\p{Ll}\p{N}]/u;
/** A numbered list item's number ("2.", "10)", in bold: "**3."), which may open a sentence at a line's start (see `JoinedSentences`). */
const ITEM_NUMBER = /^(?:\*{1,3}|_{1,3})?\d{1,3}[.)](?=\s|$)/;
/** A list's first item's number, which opens a list after any line (CommonMark: only "1." interrupts a paragraph). */
const FIRST_ITEM = /^(?:\*{1,3}|_{1,3})?1[.)](?=\s|$)/;
/**
 * Markdown emphasis markers opening a segment, then a space: they close the emphasis of the sentence before
 * ("**Be respectful.** No harassment…", which ICU cuts after the full stop), where it left one open.
 */
const CLOSING_EMPHASIS = /^(\*{1,3}|_{1,3}|~~)(?=\s|$)/;
/** A segment that is only an item's number: ICU ends a sentence after "1." and the item's text follows. */
const ITEM_NUMBER_ONLY = new RegExp(`${ITEM_NUMBER.source}$`);
/** A sentence's end: its mark, and any closing quote or bracket after it. */
const SENTENCE_END = /[.!?:;。！？]['"’”)\]]*$/u;
/** A bullet list item's marker, as its first sentence opens with it (see `opensBulletItem`). */
const BULLET = /^[-*+•](?=\s)/;
/**
 * A sentence that ends in an opening bracket: a mark after its full stop ("…للشرب.[التحقق مطلوب]",
 * "…als Hugenotten bezeichnet.[Literaturangabe benötigt]", citation needed) that ICU cut in two, leaving a
 * quote ending in "[" and a "sentence" of the mark's words. The segment after it closes the mark.
 */
const OPEN_BRACKET = /[[(（【［]$/u;
/** Opening quotes and brackets that open a sentence's first words, not a mark on the sentence before (see `JoinedSentences.add`). */
const OPENING_QUOTE = /[「『“‘«〈《〔]$/u;

/**
 * Languages that write an ordinal number with a full stop ("am 7. Februar", "im 19. Jahrhundert", Turkish
 * "19. yüzyıl"), by their ISO 639-1 codes. ICU's rules split after them, which cut a German date from its
 * month; yet a sentence there also ends in a number ("Der Krieg endete 1945.", "Sie wurde 3. Danach…").
 * So a number of up to three digits (days, months, centuries, ranks; never a year) and its full stop end
 * no sentence when the next word is no stopword: a month or a noun follows an ordinal, while a new sentence
 * mostly opens with an article, a pronoun or an adverb.
 */
const ORDINAL_FULL_STOP = new Set(['cs', 'da', 'de', 'et', 'fi', 'fo', 'hr', 'hu', 'is', 'lv', 'nb', 'nn', 'no', 'pl', 'sk', 'sl', 'sr', 'tr']);
/**
 * A sentence's last word is a number of up to three digits, or in Roman numerals, with its full stop: those
 * languages write a ruler's ordinal so, Turkish before the name ("Kraliçe II. Elizabeth", "XIV. Louis").
 * Also inside a bracket, a quote or Markdown's emphasis: a German student council's page (round BH) wrote
 * "beginnt am **1. Dezember 2025 um 8:00 Uhr**" and "Jonas Petersen (3. Semester M.Sc.)", and both were
 * quoted from or to the ordinal.
 */
const ORDINAL = /(?:^|[\s([{*_„"“‘«])(?:\d{1,3}|[IVXLC]{2,})\.$/u;
/** The first word of a segment. */
const FIRST_WORD = /^[\p{L}\p{M}]+/u;

/**
 * Thai and Lao end a sentence with a space, not a mark, so ICU's segmenter gives a paragraph as one sentence
 * (XQuAD th dev: every quote a whole paragraph, 743 characters on average). The space also sets off clauses,
 * names and numbers, so `spacedSentences` cuts only at a space between two letters of the script, once the
 * piece before it holds SPACED_SENTENCE characters and the rest half as many. Set on XQuAD th dev, plain
 * answer in quote / characters per quote: 60 → 0.788 / 292, 80 → 0.825 / 347, 120 → 0.877 / 443 (English's
 * quotes: 457), 160 → 0.894 / 532; not cutting before a conjunction ("ซึ่ง", "และ") or at double spaces
 * did no better for the length.
 */
const SPACED_SCRIPT = /[\p{sc=Thai}\p{sc=Lao}]/u;
const SPACED_BREAK = new RegExp(`(?<=${SPACED_SCRIPT.source}\\p{M}*)\\s+(?=${SPACED_SCRIPT.source})`, 'gu');
const SPACED_SENTENCE = 120;

/** Longest stretch of text handed to the segmenter at once (see `segments`). */
const MAX_WINDOW = 2000;
const LETTER = /\p{L}/u;

/**
 * ICU's sentence segments of `raw` with offsets into it, found window by window: Intl.Segmenter's iterator
 * costs time in proportion to the whole string at every step (measured on Node 20: 4,000 sentences in one
 * paragraph take 4 s at once, 0.1 s in windows), so it only ever sees 2,000 characters. Of each window the
 * last segments, up to one holding a letter, are segmented again with what follows: ICU decides a break by
 * looking ahead to the next letter, so every break kept was decided as on the whole text. `cut` marks a
 * segment ended only by the window (no sentence end in 2,000 characters); the next one continues it. For
 * the texts `plainBreaks` cannot split: longer than a window, or holding other characters.
 */
function* segments(raw: string): Generator<{ segment: string; index: number; cut: boolean }> {
  let start = 0;
  while (raw.length - start > MAX_WINDOW) {
    let end = start + MAX_WINDOW;
    // Never split a surrogate pair (an emoji).
    const code = raw.charCodeAt(end - 1);
    if (code >= 0xd800 && code <= 0xdbff) end--;
    const found = [...segmenter.segment(raw.slice(start, end))];
    let keep = found.length - 1;
    while (keep > 0 && !LETTER.test(found[keep]!.segment)) keep--;
    if (keep === 0) {
      // One sentence fills the window: cut it at its last space (else anywhere) and carry on.
      const window = raw.slice(start, end);
      const space = window.search(/\s\S*$/);
      const cut = space > 0 ? space : window.length;
      yield { segment: window.slice(0, cut), index: start, cut: true };
      start += cut;
      continue;
    }
    for (let i = 0; i < keep; i++) yield { segment: found[i]!.segment, index: start + found[i]!.index, cut: false };
    start += found[keep]!.index;
  }
  for (const { segment, index } of segmenter.segment(raw.slice(start))) yield { segment, index: start + index, cut: false };
}

/** Unicode's Sentence_Break classes (UAX #29) of the characters `plainBreaks` reads; the rest are Other. */
const enum Kind {
  Other,
  CR,
  LF,
  Sp,
  Lower,
  Upper,
  Numeric,
  ATerm,
  STerm,
  Close,
  SContinue,
  /** A character `plainBreaks` does not classify: ICU decides. */
  Unknown,
}

/**
 * Sentence_Break classes of U+0000 to U+00FF (the Unicode Character Database's SentenceBreakProperty.txt),
 * minus what `plainBreaks` leaves to ICU: control characters, Latin-1 symbols and the soft hyphen (Format).
 */
const LATIN1: Uint8Array = (() => {
  const kinds = new Uint8Array(256).fill(Kind.Unknown);
  const set = (chars: string, kind: Kind) => {
    for (const c of chars) kinds[c.charCodeAt(0)] = kind;
  };
  for (let c = 0x20; c < 0x7f; c++) kinds[c] = Kind.Other;
  set('\t\v\f \u00a0', Kind.Sp);
  set('\r', Kind.CR);
  set('\n', Kind.LF);
  for (let c = 0x61; c <= 0x7a; c++) kinds[c] = Kind.Lower;
  for (let c = 0x41; c <= 0x5a; c++) kinds[c] = Kind.Upper;
  for (let c = 0x30; c <= 0x39; c++) kinds[c] = Kind.Numeric;
  for (let c = 0xc0; c <= 0xde; c++) kinds[c] = Kind.Upper;
  for (let c = 0xdf; c <= 0xff; c++) kinds[c] = Kind.Lower;
  set('\u00d7\u00f7', Kind.Other);
  set('.', Kind.ATerm);
  set('!?', Kind.STerm);
  set('"\'()[]{}\u00ab\u00bb', Kind.Close);
  set(',-:;', Kind.SContinue);
  return kinds;
})();

/** Typographic quotes, dashes and the ellipsis, which real text uses as often as their ASCII forms. */
const PUNCTUATION = new Map<number, Kind>([
  [0x2018, Kind.Close],
  [0x2019, Kind.Close],
  [0x201c, Kind.Close],
  [0x201d, Kind.Close],
  [0x2013, Kind.SContinue],
  [0x2014, Kind.SContinue],
  [0x2026, Kind.Other],
]);

const kindOf = (code: number): Kind => (code < 256 ? LATIN1[code]! : (PUNCTUATION.get(code) ?? Kind.Unknown));

/** Ends a paragraph (UAX #29's ParaSep; NEL and the Unicode separators are left to ICU). */
const paraSep = (k: Kind): boolean => k === Kind.CR || k === Kind.LF;
const terminal = (k: Kind): boolean => k === Kind.ATerm || k === Kind.STerm;
/** What SB8 looks past, after a full stop, for a lower-case letter (UAX #29: not OLetter, Upper, Lower, ParaSep or SATerm). */
const notLetter = (k: Kind): boolean => k !== Kind.Lower && k !== Kind.Upper && !paraSep(k) && !terminal(k);

/**
 * ICU's sentence boundaries in `raw` (0 and its length included), found by UAX #29's rules SB3 to SB11 in
 * plain JavaScript; null when `raw` holds a character they are not written for here (outside Latin-1 but
 * for typographic quotes, dashes and the ellipsis; a control character), which ICU then segments.
 * Intl.Segmenter costs about 3 µs a sentence, more than analysing it: this is what lets every passage be
 * split when it is indexed. sentences.test.ts checks it against Intl.Segmenter on random text.
 */
export function plainBreaks(raw: string): number[] | null {
  const n = raw.length;
  if (!n) return [];
  const breaks = [0];
  // One pass that both checks every character and finds the ends (two regular expressions, one for each,
  // took twice as long, a match array per end).
  for (let j = 0; j < n; j++) {
    const end = kindAt(raw, j);
    if (end === Kind.Unknown) return null;
    if (paraSep(end)) {
      // SB3, SB4: after a paragraph separator, CR LF being one.
      if (!(end === Kind.CR && raw.charCodeAt(j + 1) === 0x0a) && j + 1 < n) breaks.push(j + 1);
      continue;
    }
    if (!terminal(end)) continue;
    // SB6 to SB11 decide each boundary after the terminal at j, its closing marks and its spaces (SATerm Close* Sp*).
    let spaced = false;
    for (let i = j + 1; i < n; i++) {
      const after = kindAt(raw, i);
      if (breaksAt(raw, i, end, spaced, after)) {
        breaks.push(i);
        break;
      }
      if (after === Kind.Sp) spaced = true;
      else if (after !== Kind.Close || spaced) break;
    }
  }
  breaks.push(n);
  return breaks;
}

// plainBreaks' helpers sit out here, not as closures in it: it runs once per passage indexed.
const kindAt = (raw: string, i: number): Kind => kindOf(raw.charCodeAt(i));

/** Whether a sentence of `raw` ends at `i`, after a terminal of kind `end`, its closing marks and (`spaced`) spaces. */
function breaksAt(raw: string, i: number, end: Kind, spaced: boolean, after: Kind): boolean {
  const n = raw.length;
  const before = kindAt(raw, i - 1);
  if (before === Kind.ATerm && after === Kind.Numeric) return false; // SB6
  if (before === Kind.ATerm && i >= 2 && (kindAt(raw, i - 2) === Kind.Upper || kindAt(raw, i - 2) === Kind.Lower) && after === Kind.Upper) return false; // SB7
  if (end === Kind.ATerm) {
    let k = i;
    while (k < n && notLetter(kindAt(raw, k))) k++;
    if (k < n && kindAt(raw, k) === Kind.Lower) return false; // SB8
  }
  if (after === Kind.SContinue || terminal(after)) return false; // SB8a
  if (!spaced && after === Kind.Close) return false; // SB9
  return after !== Kind.Sp && !paraSep(after); // SB9, SB10; else SB11
}

/**
 * The sentences of `raw`, in order, with offsets into it, so a quote is always a slice of the source:
 * ICU's segments, with a segment after an abbreviation or an initial of a script without case (see
 * INITIAL; not one of `lang`'s stopwords) or an opening bracket (see OPEN_BRACKET), or, in a language
 * `lang` names that writes ordinals so, after an ordinal number (see ORDINAL_FULL_STOP), or starting in
 * lower case or with a digit, joined to the sentence before it. `lang` is an ISO 639-1 code or BCP 47 tag
 * (none: no stopwords and no ordinals). `visit` takes each sentence; when it returns false, no more are
 * read (a caller that needs the first few). Linear in the text's length.
 *
 * A loop and a callback, not generators: with each segment passed through three of them, splitting the
 * speed benchmark's 100k-paragraph corpus (650k sentences) took a third longer.
 */
export function forEachSentence(raw: string, lang: string | undefined, visit: (sentence: Sentence) => boolean | void): void {
  const joined = new JoinedSentences(raw, lang);
  const breaks = raw.length <= MAX_WINDOW ? plainBreaks(raw) : null;
  if (breaks) {
    // Plain text holds no script that ends a sentence with a space (see `spacedSentences`).
    for (let i = 0; i + 1 < breaks.length; i++) {
      const done = joined.add(breaks[i]!, breaks[i + 1]!, false);
      if (done && visit(done) === false) return;
    }
  } else {
    for (const { segment, index, cut } of spacedSentences(segments(raw))) {
      const done = joined.add(index, index + segment.length, cut);
      if (done && visit(done) === false) return;
    }
  }
  const last = joined.last;
  if (last) visit(last);
}

/** Every sentence of `raw` (see `forEachSentence`). */
export function sentences(raw: string, lang?: string): Sentence[] {
  const out: Sentence[] = [];
  forEachSentence(raw, lang, (sentence) => {
    out.push(sentence);
  });
  return out;
}

/** The sentences of a text as `forEachSentence` joins its segments, segment by segment. */
class JoinedSentences {
  private readonly analyzer: Analyzer | null;
  private readonly ordinals: boolean;
  /** The sentence being joined: complete once a segment does not join it. */
  last: Sentence | null = null;
  /** Whether the next segment joins `last` whatever it is (a segment cut by the window, an item's number alone). */
  private open = false;
  /** Whether a numbered list has started: its later numbers open items after any line. */
  private numbered = false;
  /** The abbreviations of the passage's language besides ABBREVIATION's (see LOCAL_ABBREVIATIONS). */
  private readonly abbreviation: RegExp | null | undefined;

  constructor(
    private readonly raw: string,
    lang: string | undefined,
  ) {
    this.analyzer = lang ? analyzerFor(lang) : null;
    this.ordinals = this.analyzer !== null && ORDINAL_FULL_STOP.has(lang!.toLowerCase().split('-')[0]!);
    this.abbreviation = this.analyzer && LOCAL_ABBREVIATIONS[this.analyzer.lang];
  }

  /**
   * Takes the segment `raw[from, to)` (`cut`: ended only by the segmenter's window); returns the sentence it
   * completes, if it opens one, else null.
   */
  add(from: number, to: number, cut: boolean): Sentence | null {
    const { raw, last, analyzer } = this;
    // Trimmed as String.prototype.trim would, without making the untrimmed segment.
    let start = from;
    let end = to;
    while (start < end && isTrimmed(raw.charCodeAt(start))) start++;
    while (end > start && isTrimmed(raw.charCodeAt(end - 1))) end--;
    if (start === end) return null;
    const c = raw.charCodeAt(start);
    // Tested only after "*", "_" or "~": every segment of every passage passes here.
    const closing = last && (c === 0x2a || c === 0x5f || c === 0x7e) ? CLOSING_EMPHASIS.exec(raw.slice(start, Math.min(end, start + 4))) : null;
    if (closing && opensEmphasis(last!.text, closing[1]!)) {
      // The markers end the sentence before, so a quote of either shows no stray "**".
      last!.end = start + closing[1]!.length;
      last!.text = raw.slice(last!.start, last!.end);
      start = last!.end;
      while (start < end && isTrimmed(raw.charCodeAt(start))) start++;
      if (start === end) return null;
    }
    // An opening quote or bracket ICU left on the sentence before opens this one: UAX #29 counts it a closing
    // mark after a terminal ("…以上である必要があります。「" and "Visitor」（グレー）の方は…", a VRChat
    // community's trial, whose quote ended in "「").
    // Only against this sentence's first letter: German's “ and ‘, Swedish's «, close a quotation, and a space follows them.
    if (last && last.end === start && OPENING_QUOTE.test(last.text)) {
      let k = last.end;
      while (k > last.start && OPENING_QUOTE.test(raw[k - 1]!)) k--;
      let kept = k;
      while (kept > last.start && isTrimmed(raw.charCodeAt(kept - 1))) kept--;
      if (kept > last.start && SENTENCE_END.test(raw.slice(last.start, kept))) {
        last.end = kept;
        last.text = raw.slice(last.start, kept);
        start = k;
      }
    }
    const text = raw.slice(start, end);
    const tail = last && last.text.length > ABBREVIATION_TAIL ? last.text.slice(-ABBREVIATION_TAIL) : last?.text;
    // A numbered item's number at a line's start opens its item, though it starts with a digit: read as a
    // continuation, "2." ended item 1's last sentence and item 2 lost its number (a streamer's server trial:
    // "… money. 10. Mods have the final word" quoted across two rules). As Markdown starts a list: "1." after
    // any line, another number after a sentence's end or once the list has started; a line wrapped before a
    // number goes on ("…is on March\n3. Registration…", "findet am\n7. Februar statt").
    const item: boolean = ITEM_NUMBER.test(text) && (last === null || (lineStart(raw, start, last) && (this.numbered || FIRST_ITEM.test(text) || SENTENCE_END.test(last.text))));
    let done: Sentence | null = null;
    if (last && !item && (this.open || ABBREVIATION.test(tail!) || TITLE_OR_SURNAME.test(tail!) || this.abbreviation?.test(tail!) || (DEGREE.test(tail!) && UNCLOSED_BRACKET.test(last.text)) || initial(tail!, analyzer) || OPEN_BRACKET.test(tail!) || (COMMA_TERMINAL.test(tail!) && !lineStart(raw, start, last)) || CONTINUATION.test(text) || (this.ordinals && ORDINAL.test(tail!) && afterOrdinal(text, analyzer)))) {
      last.end = end;
      last.text = raw.slice(last.start, end);
    } else {
      done = last;
      this.last = { start, end, text };
    }
    // An item's number alone ("1.") takes the segment after it, its item's first sentence.
    this.open = cut || (item && ITEM_NUMBER_ONLY.test(text));
    this.numbered ||= item;
    return done;
  }
}

/** Whether `text` leaves an emphasis of `marker` ("**", "_", "~~") open: it holds an odd number of runs of exactly that marker. */
function opensEmphasis(text: string, marker: string): boolean {
  const c = marker[0] === '*' ? '\\*' : marker[0]!;
  return (text.match(new RegExp(`(?<!${c})${c}{${marker.length}}(?!${c})`, 'g'))?.length ?? 0) % 2 === 1;
}

/**
 * Whether UTF-16 code unit `c` is white space as String.prototype.trim reads it: ECMAScript's WhiteSpace
 * (tab, vertical tab, form feed, the byte order mark, every space separator) and LineTerminator.
 */
export const isTrimmed = (c: number): boolean =>
  c === 0x20 || (c >= 0x09 && c <= 0x0d) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;

/** `pieces` (segments of a text), each in a script that ends sentences with a space cut there (see SPACED_SCRIPT). */
function* spacedSentences(pieces: Iterable<{ segment: string; index: number; cut: boolean }>): Generator<{ segment: string; index: number; cut: boolean }> {
  for (const piece of pieces) {
    const { segment, index } = piece;
    if (segment.length < 2 * SPACED_SENTENCE || !SPACED_SCRIPT.test(segment)) {
      yield piece;
      continue;
    }
    let from = 0;
    SPACED_BREAK.lastIndex = 0;
    for (let m = SPACED_BREAK.exec(segment); m; m = SPACED_BREAK.exec(segment)) {
      if (m.index - from < SPACED_SENTENCE || segment.length - m.index < SPACED_SENTENCE / 2) continue;
      yield { segment: segment.slice(from, m.index), index: index + from, cut: false };
      from = m.index + m[0].length;
    }
    yield { segment: segment.slice(from), index: index + from, cut: piece.cut };
  }
}

// JoinedSentences' helpers sit out here, not as closures in it: it runs once per passage indexed.

/** Whether `raw`'s text from `start` opens a line: a line break stands between it and the sentence before (`last`). */
const lineStart = (raw: string, start: number, last: Sentence): boolean => raw.lastIndexOf('\n', start - 1) >= last.end;

const stopword = (word: string, analyzer: Analyzer | null): boolean => !!analyzer?.isStopword(analyzer.lowerCase(word));

/** Whether `text` opens as the rest of a sentence whose last word is an ordinal, not as a new sentence. */
function afterOrdinal(text: string, analyzer: Analyzer | null): boolean {
  const word = FIRST_WORD.exec(text)?.[0];
  return !!word && !stopword(word, analyzer);
}

/**
 * Whether sentence `i` of `list` (the sentences of `raw`) opens a bullet list's item: it starts a line,
 * unindented, with a bullet ("- Level 10: Sapling."). A quote keeps to one such item (see `bestWindow`,
 * `withContext`): a label list's items are each their own fact. An indented bullet is part of its parent
 * item ("1. Install the tools:\n   - Node 20"), and a numbered list's items may be quoted together: they
 * are steps, and the step asked about follows another.
 */
export function opensBulletItem(raw: string, list: readonly Sentence[], i: number): boolean {
  const { start, text } = list[i]!;
  return BULLET.test(text) && (start === 0 || raw[start - 1] === '\n');
}

/** Whether a sentence ends in an initial of a script without case (see INITIAL). */
function initial(tail: string, analyzer: Analyzer | null): boolean {
  const letters = INITIAL.exec(tail)?.[1];
  return letters !== undefined && !stopword(letters, analyzer);
}

/**
 * Per language (ISO 639-1), the words by which a sentence leans on the one before it: a personal or
 * demonstrative pronoun or a possessive opening it ("He also describes…", "Dieses Gerät…"), or a plural
 * demonstrative before a word anywhere in it ("…treated using these devices"). A singular "this" is left
 * out there ("this year"), and "such as", "такие как" introduce examples rather than refer back. Hindi's
 * ("वह", "इन") cost XQuAD hi dev 0.2 points of answer in quote in FAQ mode (see `withContext`): none.
 */
const LEANS_BACK: Record<string, RegExp> = Object.fromEntries([
  ...Object.entries({
    en: ['he|she|it|they|this|these|those|his|her|its|their|such', 'these|those|such(?! as)'],
    de: ['er|sie|es|dies|diese[rsnm]?|sein(?:e[rsnm]?)?|ihr(?:e[rsnm]?)?', 'diese[rnm]?|solche[rsnm]?'],
    es: ['él|ella|ellos|ellas|este|esta|esto|estos|estas|su|sus', 'estos|estas|esos|esas|tales'],
    ro: ['el|ea|ei|ele|acesta|aceasta|acestea|aceștia|acest|această', 'aceste|acești|aceștia|acestea|astfel de'],
    ru: ['он|она|оно|они|это|этот|эта|эти|его|её|ее|их', 'эти|этих|этим|этими'],
    el: ['αυτός|αυτή|αυτό|αυτοί|αυτές|αυτά|αυτ[οή]ς', 'αυτ(?:ές|οί|ά|ών|ούς) (?:οι|τα|τις|τους|των)'],
    tr: ['o|bu|bunlar|onlar|bunu|onun|bunun|onların', 'bu|bunlar|bu tür'],
    ar: ['هو|هي|هم|هذا|هذه|هؤلاء|ذلك|تلك|وهو|وهي|وهم|وهذا|وهذه', 'هذه|هؤلاء|تلك|هذين|هاتين'],
  }).map(([lang, [openers, determiners]]) => [lang, new RegExp(`^(?:${openers})(?![\\p{L}\\p{M}])|(?<![\\p{L}\\p{M}])(?:${determiners}) \\p{L}`, 'iu')]),
  // Chinese writes no spaces, so no word boundary tells a pronoun: one opening the sentence ("他的《医学宝鉴》…",
  // "这是…") or a plural or kind demonstrative anywhere ("…使用这些设备"), in either script. XQuAD zh dev answer
  // in quote 0.871 / 0.868 → 0.876 / 0.870 (plain / FAQ mode), no other language moved.
  ['zh', /^(?:他|她|它|这|這|该|該|此)|(?:这些|這些|那些|此类|此類|这类|這類|这种|這種)/u],
]);

/**
 * Whether `text`, a sentence in `lang` (ISO 639-1; false for a language LEANS_BACK lacks), refers to what
 * the sentence before it names (see LEANS_BACK), so a quote that opens with it should include that one.
 */
export function leansBack(text: string, lang = 'en'): boolean {
  return LEANS_BACK[lang]?.test(text) ?? false;
}
