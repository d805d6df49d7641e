import { stem as porter2 } from 'porter2';
import { eng } from 'stopword';
import { primaryLanguage, readAs } from '../language/detect.js';
import { adjectiveBase } from './adjective-base.js';
import { ENGLISH_AUXILIARIES, HINGLISH_CHAT, howWords, LANGUAGES, PATOIS_CHAT, PATOIS_UNLESS_WRITTEN, PIDGIN_CHAT, SHENG_CHAT, TAGLISH_CHAT, TAGLISH_MARKERS, questionPhraseGuards, questionPhrases, questionWords, ENGLISH_ORDINALS, SOCIAL_CLIPPINGS, SPELLING_ONLY, UNSTEMMED, unlistedSpec, type LanguageSpec, type Ordinals } from './languages.js';
import { chineseWeekdays, HAN_NUMERAL, hanNumeralDateAt, simplifiedChinese } from './chinese-script.js';
import { ASCII, fold, normalize } from './fold.js';
import { FNV_OFFSET, fnvStep } from './hash.js';
import { oneEditApart } from './typos.js';
import { WordList, type Words } from './word-table.js';
import { KATAKANA_WORD } from './kana.js';

/**
 * Words that carry no topic in an English question. The `stopword` package's English list misses several
 * question words ("when", "why", "whom", "whose"), which matter here because every query is a question:
 * "when" was a term, so "when?" alone was answered at confidence 1 by an FAQ question that says it. Also
 * auxiliaries, filler, contractions typed without apostrophes, and the pronouns the list lacks ("us",
 * "its"): as terms, "supporting us" matched the acronym of "Is there a US server?" at confidence 1 (a
 * new-user trial), since an acronym is looked up as its lower-case word.
 */
const ENGLISH_STOPWORDS = [
  ...eng,
  ...questionWords('en'),
  ...ENGLISH_AUXILIARIES,
  ...'do did would could should may might must also just get got there here about tell know want need please anyone someone something thing things one ones s t us its'.split(' '),
  // Pronouns the package's list lacks: every reflexive but "himself", "she", the possessives but "mine" (a topic word: mines, mining).
  ...'she hers herself itself myself ours ourselves yours yourself yourselves theirs themselves themself oneself'.split(' '),
  // Contractions typed without their apostrophe; "theres", "heres" too, stemmed to "there", "here", which no
  // index holds: "ken if theres a wee jam in july?" read "theres" as a typo of "three" and got a team-size
  // paragraph (a game jam's trial).
  ...'dont doesnt didnt isnt arent wasnt werent cant couldnt wouldnt shouldnt wont hasnt havent hadnt im ive youre youve theyre thats whats theres heres hes shes weve theyve'.split(' '),
];

/**
 * What English chat writes around a question that says nothing of its topic: "u", "ur", "urself", "r" (you,
 * your, yourself, are), "pls", "thx", "rn", "lol", "idk", "tbh", "gonna". Dropped from questions only (see
 * `Analyzer.isChatWord`: not "R" or "RN" typed in capitals, a language or a framework), whether or not the
 * articles write the word, unless they answer chatter (a support bot's "Hi, thanks?" entry; see the
 * engine's `chatterAnswered`): as topic words they cost covered questions their confidence where the articles lack
 * them (a streamer's server trial: 12 of its 13 wrong abstentions held one, "do u get xp in vc"), and met
 * what the articles write where they have them ("where r the logs" answered from a `chown -R` paragraph, an
 * open-source project's trial). chatter.ts drops the greetings and thanks that open or close a question;
 * these stand anywhere in it. Not "y", "xd" or "wtf": a Minecraft "Y level", Adobe XD and a game's WTF
 * folder are typed in lower case too. "ok", "okay" as well: unknown to most sites, "is harbour fest ok for
 * someone in a wheelchair" abstained at 0.21 (eight new-user trials: one right answer more and one wrong
 * answer fewer; npm run bench:quality: StackFAQ zero-shot dev P@1 0.810 → 0.811, the rest unchanged).
 * Forms of address as well as "bruh": "bro", "bruv", "dude" ("when is raid bro" counted "bro" against every
 * answer, as a word no article uses); "fr", "frfr" (for real) as "ngl" (a creator community's trial, round
 * AE: "does wren actually play at game night fr"), "fr" only where no article writes it ("the FR server").
 * Scots' "ma" (my), "tae" (to), "dae" (do), "nae" (no) as Glasgow members type them ("can ma wean come wi me",
 * "who do i speak tae about the rota": a food bank's trial, round W), only where no article writes them
 * (ENGLISH_CHAT_UNLESS_WRITTEN: "what do i need for the ma" of a university's MA lost its answer, a review).
 * Indian English's courtesy "kindly" ("kindly share details") and its "revert" (reply: "pls revert"), the latter
 * only where no article writes it (git's revert), as a Bengaluru meetup's members type them: "r there any
 * scholarships for kubeday? kindly share details" abstained with "kindly" a topic word (round AL).
 * Australian chat's "heaps" (very), "reckon" and "aint", as a Brisbane gaming community's members type them
 * ("ping is heaps cooked rn why": each counted against every answer, round AO), the first two only where
 * no article writes them, and not typed with a capital past a question's start (a review: "can I import my
 * data from Reckon?", an accounting product, got the MYOB and Xero paragraph). Not "keen" nor "cooked" ("do
 * you stock keen sandals?", "do you sell cooked prawns?" turn on them: a review).
 * Singapore's and Malaysia's particles "lah", "leh" and its "paiseh" (sorry), "sian" (fed up), and "guys" of
 * "u guys", as a Singapore food-delivery app's members type them ("my chicken rice missing the egg leh how to
 * claim" abstained at 0.30, "leh" counted against every answer; round AU); "lah", "leh", "sian" and "guys"
 * only where no article writes them (its stem: "guy" too), and not typed with a capital past the question's
 * start (Leh in Ladakh, a Sian who teaches, "Guys and Dolls": a review, a theatre's fixture). The particles
 * that close a question ("ah", "lor", "meh") are chatter.ts's, as "ah" and "lor" are names inside one ("Ah
 * Seng Lor Mee"). And "n" (and), "w" (with), "tmrw", "tmr" (tomorrow) as an MMO's young players type them
 * ("my acc got hacked n now im banned wat do", "wat time does maint end tmrw": each a word no article uses;
 * round AW), only where no article writes them (where one writes "tomorrow", ENGLISH_CLIPPINGS reads "tmrw"
 * as it). Not "nah" (of "…or nah"): an esports league's fixture holds "is vesper op or nah" to an
 * abstention, which the word no article writes gave.
 */
const ENGLISH_CHAT = new Set(
  'u ur ure urself urselves r ya yall pls plz plox thx thnx thanx ty tysm tyvm rn lol lmao lmfao rofl idk idc dunno lemme kinda btw bruh bro bruv dude fr frfr tbh ngl smh omg omfg ikr imo imho fyi gonna wanna gotta cuz coz tho abt ok okay ma tae dae nae kindly revert aint heaps reckon lah leh paiseh sian guys n w tmrw tmr'.split(' '),
);
/**
 * "OK" saying that something is: after "is", "it's", "be" ("is it OK to", "would it be OK if", "is that
 * OK?"), opening the question or a sentence or clause of it ("Thanks! OK, …", "…, OK?"), or closing a
 * question that asks whether ("Is a Raspberry Pi OK?"); never after a verb pressing it ("click OK", "press
 * OK": a review), nor in "the OK button".
 */
const OK_SAID = new RegExp(
  String.raw`(?:(?:^|[^\p{L}'’])(?:is|it['’]?s|that['’]?s|be|are|am|was|were|seems?|sounds?|looks?)\s+(?:it\s+|that\s+|this\s+)?|^\W*|[.!?,;]\s*)ok(?![\p{L}])|^\W*(?:is|are|am|would|will|can|could|do|does)(?![\p{L}])[^?]*(?<![\p{L}])(?<!\b(?:press|click|hit|tap|select|choose|push)(?:es|ed|ing|s)?\s+)ok\W*$`,
  'iu',
);
/** The chat dropped from an English question: its own (ENGLISH_CHAT) and what members mix in (languages.ts's HINGLISH_CHAT, PIDGIN_CHAT, PATOIS_CHAT, SHENG_CHAT; TAGLISH_CHAT in a Taglish question). */
const ENGLISH_QUESTION_CHAT: ReadonlySet<string> = new Set([...ENGLISH_CHAT, ...HINGLISH_CHAT, ...PIDGIN_CHAT, ...PATOIS_CHAT, ...SHENG_CHAT]);
/**
 * Prefixes joined by a hyphen that make the word another one ("vice-président", "ex-president",
 * "вице-президент", "Vize-Präsident"): the word after one is no term of its own, only the joined form is
 * ("vicepresident"), so "Qui est le président du BDE ?" is not answered by "Le gala est organisé par Hugo
 * Bessière, vice-président chargé des événements" (at 1.00 in a Toulouse student union's trial, round BD).
 */
const OTHER_ONE_PREFIXES: ReadonlySet<string> = new Set(['vice', 'vize', 'wice', 'ex', 'вице', 'экс', 'віце', 'екс']);

/** A run of letters and digits: a word of languages.ts's TAGLISH_MARKERS stands whole when one is it. */
const ALPHANUMERIC_RUN = /[\p{L}\p{M}\p{N}]+/gu;
/** Of ENGLISH_QUESTION_CHAT, the words that are chat only where no article writes them (see `Analyzer.isChatUnlessWritten`): "ma" is an MA too, "tae" Tae Bo's, "fr" the FR server's, "aaya" Indian English's nanny (a review), "revert" git's, "na" N/A's, Pidgin's "sha" a commit's SHA, Swahili's "pia" a VPN's PIA, "iko", "sasa", "sema", "mambo" names, Tagalog's "sa" the SA region, "ang", "kay" names, "lang" a page's lang, "dito" a telco, "jan", "kc", "d2", "lng" (a review). */
const ENGLISH_CHAT_UNLESS_WRITTEN: ReadonlySet<string> = new Set(['ma', 'tae', 'dae', 'nae', 'fr', 'aaya', 'revert', 'na', 'sha', 'pia', 'iko', 'sasa', 'sema', 'mambo', 'sa', 'ang', 'kay', 'lang', 'din', 'rin', 'muna', 'dito', 'jan', 'kc', 'd2', 'lng', 'heaps', 'reckon', 'lah', 'leh', 'sian', 'guys', 'n', 'w', 'tmrw', 'tmr', ...PATOIS_UNLESS_WRITTEN]);

/**
 * English chat's spellings of question words: "wen s5" asks when season 5 starts, and read as a typo of
 * "when" only (see `Analyzer.isMistypedQuestionWord`), it asked no date (a Minecraft network's trial answered
 * it from another paragraph on season 5). And their contractions typed without the apostrophe: "whos",
 * "hows", "wheres" were topic words ("how", "where" once stemmed), "wats" one no article writes (another
 * Minecraft server's trial declined "wats the server ip"), and "whos tobias" asked for no name. "hw" only
 * before the word it asks with ("hw much r adult tix" asked no price, and got the group discount: a Toronto
 * theatre's trial), and not before "do", "can" or "to", as a student writes "hw" for homework ("what hw do we
 * have", "any hw to submit": a review).
 */
const ENGLISH_RESPELLINGS: ReadonlyMap<string, string> = new Map(
  Object.entries({
    wen: 'when', wat: 'what', wut: 'what', wot: 'what', wher: 'where', whr: 'where', wich: 'which',
    whats: "what's", wats: "what's", wuts: "what's", whos: "who's", wheres: "where's", whens: "when's", hows: "how's", whys: "why's",
    'hw much': 'how much', 'hw many': 'how many', 'hw long': 'how long', 'hw often': 'how often', 'hw old': 'how old',
    // Nigerian Pidgin's and Swahili's, typed among English words (see languages.ts's PIDGIN_CHAT, SHENG_CHAT).
    // Jamaican Patois's (see languages.ts's PATOIS_CHAT).
    wah: 'what', weh: 'where',
    wetin: 'what', lini: 'when', wapi: 'where', nani: 'who', 'saa ngapi': 'what time', 'bei gani': 'how much', 'ni ngapi': 'how much', ngapi: 'how many', kuna: 'is there',
  }),
);
/** Tagalog's question words, read as English's in a Taglish question (see languages.ts's TAGLISH_CHAT); not "san", of San Juan. */
const TAGLISH_RESPELLINGS: ReadonlyMap<string, string> = new Map(
  Object.entries({
    kelan: 'when', kailan: 'when', kln: 'when', magkano: 'how much', mgkano: 'how much', magkanu: 'how much', sino: 'who', ilan: 'how many', ilang: 'how many',
    'anong oras': 'what time', 'ano oras': 'what time', saan: 'where', nasaan: 'where', asan: 'where', nasan: 'where', paano: 'how', pano: 'how', panu: 'how', bakit: 'why', bkt: 'why', ano: 'what', anong: 'what',
    'gaano katagal': 'how long', meron: 'is there', mayroon: 'is there', pwede: 'can', puwede: 'can', pede: 'can', pwd: 'can',
  }),
);

/** A run of letters (see `LanguageSpec.typedLetters`). */
const LETTERS_RUN = /[\p{L}\p{M}]+/gu;

/** The words of a language's respellings (see `Analyzer.respelled`) standing whole in a text, in any case. */
const wholeWords = (words: ReadonlyMap<string, string>): RegExp => new RegExp(`(?<![\\p{L}\\p{N}_])(?:${[...words.keys()].join('|')})(?![\\p{L}\\p{N}_])`, 'giu');
const TAGLISH_RESPELLED = { words: TAGLISH_RESPELLINGS, pattern: wholeWords(TAGLISH_RESPELLINGS) };
/** Tagalog's words that are also English words, abbreviations or names (TAGLISH_CHAT, the one-word TAGLISH_RESPELLINGS). */
const TAGLISH_WORDS: ReadonlySet<string> = new Set([...TAGLISH_CHAT, ...[...TAGLISH_RESPELLINGS.keys()].filter((word) => !word.includes(' '))]);
/**
 * Whether an English question is Taglish: it writes a word of TAGLISH_MARKERS, or two of TAGLISH_WORDS ("ilan
 * po max na participants sa clinic?"); not "who approves a po?", "when did the first sino japanese war
 * start?", "do you have ilang ilang oil?".
 */
function isTaglish(question: string): boolean {
  // Word by word: a pattern of the markers with lookarounds took 3 % of an English question's CPU time (a CPU
  // profile of the speed benchmark's real questions at 10k paragraphs, the middle 40 % by time).
  for (const [word] of question.matchAll(ALPHANUMERIC_RUN)) if (TAGLISH_MARKERS.has(word.toLowerCase())) return true;
  const found = new Set<string>();
  for (const [word] of question.matchAll(LETTERS_RUN)) if (TAGLISH_WORDS.has(word.toLowerCase()) && found.add(word.toLowerCase()).size === 2) return true;
  return false;
}

/**
 * The words English chat clips or abbreviates, as articles write them: "lvl" level, "vc" voice chat, "yt"
 * YouTube, "insta" Instagram, "mc" Minecraft, "tourney" tournament, "nite" night, "tix" tickets, "min" minimum, "hr" hour,
 * "2fa" and "mfa" two- and multi-factor authentication, "tue", "thurs", "fri", "sat" the weekdays (not "mon",
 * "wed" and "sun", words of their own), "ip" a game server's address, "aussie" Australian, "est" Eastern
 * time (a Minecraft server's trial: "wats the server ip" against "The server address is…", "build battle
 * time in est" against "…8 pm UK time, which is 3 pm Eastern"). Read so only where the articles lack the word as typed, and in the
 * plural or singular (see the engine's `analyse`): a server whose articles write "VC", "DMs" or "10 min"
 * means that. A word with two common readings on Discord servers is left as typed: "sub" (subscriber,
 * subscription), "mod" (moderator, a game's mod), "ig" (Instagram, in game), "pw" (password, a game's title);
 * "min" (also minute) and "hr" (also human resources) are read so all the same, for "min stake?" and "how
 * many hrs a week" (three English trials; every bench:quality figure unchanged). "acc" is "account" though an
 * osu! server means accuracy: left as typed, StackFAQ 3 alternates dev P@1 fell 0.936 → 0.932 (abstained
 * 0.024 → 0.028; npm run bench:quality) and a streamer's trial lost "can i sell my fortnite acc here".
 * A course's words as students type them: "oh" office hours, "lec" lecture, "prereq", "uni", "dept",
 * "appt" (not "hw", which Indian English chat types for "how", nor "req", a request as often: "how long
 * does my whitelist req take"; a university course's trial: "when is oh", "oh queue link", "is lec
 * mandatory" abstained at 0.00); "oh" as an interjection opens a question as a greeting does, and goes
 * with its chatter (see chatter.ts). An address's "st", "rd", "ave" (street, road, avenue), "nz" New Zealand,
 * "p2w" pay to win, and Australian chat's "arvo", "brekkie", "servo" (a service station), as a town
 * newspaper's readers and a Brisbane gaming community's members type them ("how long is the high st gonna be
 * shut", "is the lan near the servo on gympie rd", "do hoodies ship to nz": round AO). "wknd", "wkend"
 * (weekend) and "mtg" (meeting), as a library's members typed them ("is the history talk on a wknd?",
 * round BF: "wknd" counted against every answer).
 */
const ENGLISH_CLIPPINGS = new Map(
  Object.entries({
    ...SOCIAL_CLIPPINGS,
    mc: 'minecraft',
    lvl: 'level', lvls: 'levels', vc: 'voice chat', vcs: 'voice chats', acc: 'account', accs: 'accounts', acct: 'account',
    tourney: 'tournament', tourneys: 'tournaments', nite: 'night', tonite: 'tonight', msg: 'message', msgs: 'messages', tix: 'tickets',
    pic: 'picture', pics: 'pictures', pfp: 'profile picture', info: 'information', perma: 'permanent', permaban: 'permanent ban',
    permabanned: 'permanently banned', unsub: 'unsubscribe', vid: 'video', vids: 'videos', ppl: 'people', bday: 'birthday',
    sched: 'schedule', mins: 'minutes', secs: 'seconds', yr: 'year', yrs: 'years', wk: 'week', wks: 'weeks', tmrw: 'tomorrow',
    wknd: 'weekend', wknds: 'weekends', wkend: 'weekend', wkends: 'weekends', mtg: 'meeting', mtgs: 'meetings',
    tmr: 'tomorrow', convo: 'conversation', admin: 'administrator', admins: 'administrators', repo: 'repository',
    repos: 'repositories', docs: 'documentation', config: 'configuration', db: 'database', env: 'environment',
    auth: 'authentication', dm: 'direct message', dms: 'direct messages', '2fa': 'two factor authentication', mfa: 'multi factor authentication',
    tue: 'tuesday', tues: 'tuesday', thu: 'thursday', thur: 'thursday', thurs: 'thursday',
    fri: 'friday', sat: 'saturday',
    hr: 'hour', hrs: 'hours', min: 'minimum', ip: 'ip address', aussie: 'australian', aussies: 'australians', est: 'eastern',
    oh: 'office hours', lec: 'lecture', lecs: 'lectures',
    prereq: 'prerequisite', prereqs: 'prerequisites', uni: 'university', dept: 'department',
    appt: 'appointment', appts: 'appointments',
    st: 'street', rd: 'road', ave: 'avenue', arvo: 'afternoon', brekkie: 'breakfast', servo: 'service station',
    nz: 'new zealand', p2w: 'pay to win', bp: 'battle pass',
  }),
);

/**
 * Where an English clipping is another word, by the clipping: "OH" in capitals after "to", "in", "from"
 * (Ohio: "do you ship to OH?"), "st" naming a saint ("st johns", past a function word or opening the
 * question: "bridge st" is a street), and "oh" before what follows an interjection ("my vm crashed oh no", "oh
 * wait", "oh god"): read as office hours, each met a contact paragraph's "office hours" (a review). Not
 * "OH" elsewhere, nor "oh, i…", "oh so…", "come to oh", which students type for office hours (a second
 * review: "when is OH this week" abstained).
 */
const NOT_CLIPPED: ReadonlyMap<string, readonly RegExp[]> = new Map([
  // "st" opening a question or after a function word names a saint ("is st johns open on sunday", "mass at st marys"): a review.
  ['st', [/(?:^|(?<![\p{L}\p{N}])(?:at|in|on|to|from|of|the|near|by|for|is|does|do|when|what|where|how|whats|wheres)\s+)st\.?\s+\p{L}/iu]],
  [
    'oh',
    [
      /(?<![\p{L}\p{N}])(?:[Tt]o|[Ii]n|[Ff]rom)\s+OH(?![\p{L}\p{N}])/u,
      /(?<![\p{L}\p{N}])oh+[\s,!.]+(?:no|ok|okay|wait|god|well|yeah|yes|nvm|man|dear|cool|nice|thanks|thx|ty|wow|damn)(?![\p{L}\p{N}])/iu,
    ],
  ],
]);

/**
 * The letters English chat types before a number for the numbered thing the articles name in full: "wen
 * s5" (season 5), "when is v4" (version 4), "ep3", "ch12", "lvl10". Read so only where the articles do not
 * write the letters before that number and write the word before it (see the engine's `gluedParts`): a
 * Minecraft network's trial's "wen s5" abstained, and an open-source project's "when is v4??" did too where
 * the roadmap says "Version 4.0 is not expected before 2028".
 */
const NUMBERED_NAMES = new Map(
  Object.entries({ s: 'season', szn: 'season', v: 'version', ver: 'version', ep: 'episode', ch: 'chapter', pt: 'part', lv: 'level', lvl: 'level', t: 'tier', wk: 'week' }),
);

/**
 * English sentence adverbs that hedge or weigh a statement, about something else than the word they are
 * made from: Porter2 stems "reportedly" as "report", so a paragraph on what pharmacists "reportedly" may do
 * held the whole of "Who was the medical report written for?" (XQuAD English), over the one on the report
 * to the king of France; "interestingly" is "interest", "importantly" "import", "evidently" "evidence".
 * Kept as written; manner adverbs ("repeatedly", "excitedly") still meet their verb.
 */
const HEDGES = new Set(
  'reportedly allegedly supposedly purportedly reputedly presumedly assumedly admittedly avowedly professedly confessedly advisedly decidedly markedly undoubtedly assuredly evidently interestingly accordingly surprisingly presumably importantly hopefully thankfully fortunately unfortunately'.split(' '),
);

/**
 * How words become terms of type T (see `Analyzer.termsOfParts`): the analyzer's term strings, or what an
 * index numbers them by. Each must agree with `Analyzer.contentTerm` and `Analyzer.stem`.
 */
export interface Lexicon<T> {
  /** Where the words of the texts analysed with it are numbered (they are given by number). */
  readonly table: Words;
  /** The term of word `entry` not written as an acronym; null for a stopword. */
  content(entry: number): T | null;
  /** The term of word `entry` written as an acronym, or of hyphenated words joined. */
  stem(entry: number): T;
  /** The terms of the parts of compound word `entry`, emitted after its own term (see compounds.ts); none by default. */
  parts?(entry: number): readonly T[];
}

/** One word of a text as written: `word` lower-cased, and whether it was written as an acronym. */
export interface Token {
  word: string;
  /** Written in capitals ("WHO", "US") in a text that is not shouting: a name, never a stopword. */
  acronym: boolean;
  /** Joined to the next token by a hyphen ("cease-fire", "e-mail"). */
  hyphen: boolean;
  /** Inflects the word before it, as Japanese hiragana after kanji do (see OKURIGANA_PIECE): no term of a question. */
  inflection: boolean;
}

/** The word a term came from, and whether it is a run of hyphenated words written as one (see `Analyzer.termsOf`). */
interface SourceWord {
  word: string;
  joined: boolean;
}

/**
 * Where a Hangul syllable meets a digit typed after it, or a run of jamo (see `scan`): chat's "ㅠㅠ", "ㅋㅋ"
 * typed against a word mid-question ("굿즈 불량왔어ㅠㅠ 교환돼요?", a review), which NFKC reads as
 * conjoining jamo, a word of their own and no topic (see JAMO_ONLY).
 */
const HANGUL_WORD_END = /(?<=\p{sc=Hangul})(?=\d)|(?<=[\uac00-\ud7a3])(?=[\u1100-\u11ff\u3131-\u318e])/u;

/** A word (letters with their combining marks: Devanagari and Thai vowel signs are marks), and the hyphen joining it to the next one. */
const WORD = /[\p{L}\p{M}\p{N}]+(-(?=[\p{L}\p{M}\p{N}]))?/gu;
/**
 * The plus signs ending a name ("MVP+", "VIP+", "Disney+", "C++"), read as its word "plus" written onto it
 * ("mvpplus"): a name with the sign is another name than without it, and dropped, "how much is mvp+" was
 * answered from "The winner gets MVP for free" at 1.00 (a Minecraft network's trial, where MVP and MVP+ are
 * two ranks of the store). Not after a digit ("13+", an age or a count), nor before a word ("a+b"); before a
 * number, apart from it ("C++17": "cplusplus", "17").
 */
const PLUS_NAME = /(?<=\p{L})\+{1,2}(?![\p{L}\p{M}+])/gu;
/**
 * Initials joined by an ampersand ("D&D", "Q&A", "R&D", "AT&T", "B&B"), read as one word with "n" for the
 * sign ("dnd", "qna"), as chat types them: split at the sign, "D&D" was two letters no question word met, and
 * "when is dnd", "d&d what day" missed the weekly D&D night (a board-game café's trial). Parts of one or two
 * letters only: "rock&roll" stays two words.
 */
const AMPERSAND_INITIALS = /(?<![\p{L}\p{N}&])\p{L}{1,2}(?:&\p{L}{1,2})+(?![\p{L}\p{N}&])/gu;
/** A hyphen and up to three letters after a digit, and no more letters: a number's ending ("10-й", "1970-х", "al 12-lea"). */
const NUMBER_SUFFIX = /(?<=\d)-\p{L}{1,3}(?![\p{L}\p{M}\p{N}])/gu;
/**
 * A word of Hangul letters (jamo) alone, as NFKC makes them: Korean writes laughter, tears and short replies
 * so ("ㅋㅋ", "ㅠㅠ", "ㅇㅇ" yes), never a topic.
 */
const JAMO_ONLY = /^[\u1100-\u11ff\u3131-\u318e]+$/u;
/** Scripts written without spaces between words: a run of them is split into words by ICU's dictionaries. */
export const UNSPACED = /[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}\p{sc=Thai}\p{sc=Lao}\p{sc=Khmer}\p{sc=Myanmar}]/u;

/**
 * How a language's text becomes index terms: words (Unicode word boundaries, and Intl.Segmenter's
 * dictionary segmentation for scripts without spaces, whatever the language), case folded, stopwords
 * dropped (an acronym is kept: "the WHO" is not "who"), stemmed, diacritics folded; each hyphenated
 * compound is also written as one word, so "cease-fire", "ceasefire" and "e-mail"/"email" meet.
 *
 * English keeps its own finer steps: comparatives and superlatives lemmatised before the Porter2 stem
 * ("older" → "old"), contractions losing their clitic ("don't" → "do"), diacritics folded before stemming.
 * Get one with `analyzerFor`.
 */
export class Analyzer {
  /** ISO 639-1 code of the language ("en" also for text of unknown language). */
  readonly lang: string;
  private readonly spec: LanguageSpec | null;
  private readonly stopwords: Set<string>;
  /** Letters in the longest of `stopwords`: no word longer by two or more is one of them mistyped. */
  private readonly longestStopword: number;
  /** The stopwords folded, for a word typed without diacritics (see `LanguageSpec.unaccentedTyping`). */
  private readonly unaccentedStopwords: Set<string> | null;
  /** The question words written with diacritics, folded (see `isUnaccentedQuestionWord`). */
  private readonly unaccentedQuestionWords: Set<string> | null;
  /** `LanguageSpec.unaccentedFunctionWords` folded, each with the words after which it is another word (see `isUnaccentedFunctionWord`). */
  private readonly unaccentedFunctionWords: Map<string, ReadonlySet<string>> | null;
  /** The stopwords a word's stem is compared with too (see `LanguageSpec.stemmedStopwords`). */
  private readonly stemmedStopwords: Set<string> | null;
  private readonly questionWords: Set<string>;
  private readonly howWords: Set<string>;
  /** Chat's spellings of the language's question words and the pattern that finds them; null where it has none. */
  private readonly respellings: { words: ReadonlyMap<string, string>; pattern: RegExp } | null;
  /** The language's question phrases (see `questionPhrases`) by their first word: Chinese has some 300. */
  private readonly questionPhrases = new Map<string, string[][]>();
  /** Stems of words `contentTerms` does not hold (see `stem`). */
  private readonly stems = new Map<string, string>();
  private readonly contentTerms = new Map<string, string | null>();
  /** The language's endings after a hyphen on any word (see `LanguageSpec.hyphenEndings`), null for none. */
  private readonly endingsAfterHyphen: RegExp | null;
  /** The tokens `termsOfParts` reads, reused from call to call (it is never called from within itself). */
  private readonly scratch = new TokenBuffer();
  private readonly segmenter: Intl.Segmenter;
  /** The stopwords written with a soft or hard sign, by their spelling without it (see `signlessStopword`), made on first use. */
  private signless: Map<string, string> | null = null;
  /** Each ordinal term's other forms (see `ordinalForms`), made on first use. */
  private ordinalTerms: Map<string, string[]> | null = null;

  constructor(lang: string) {
    this.lang = lang;
    this.spec = lang === 'en' ? null : (LANGUAGES.get(lang) ?? unlistedSpec(lang));
    this.stopwords = new Set((this.spec?.stopwords ?? ENGLISH_STOPWORDS).map((w) => this.normal(w)));
    this.longestStopword = Math.max(0, ...[...this.stopwords].map((w) => w.length));
    this.unaccentedStopwords = this.spec?.unaccentedTyping ? new Set([...this.stopwords].map(fold)) : null;
    this.stemmedStopwords = this.spec?.stemmedStopwords ? new Set(this.spec.stemmedStopwords.map((w) => this.normal(w))) : null;
    this.questionWords = new Set(questionWords(lang).map((w) => this.normal(w)));
    this.howWords = new Set(howWords(lang).map((w) => this.normal(w)));
    // Not where diacritics tell the articles' words apart (Vietnamese "dau" is "đâu", where, or "đầu", head).
    this.unaccentedQuestionWords = this.spec?.unaccentedTyping && this.spec.fold ? new Set([...this.questionWords].filter((w) => !ASCII.test(w)).map(fold)) : null;
    this.unaccentedFunctionWords = this.unaccentedQuestionWords && new Map(Object.entries(this.spec?.unaccentedFunctionWords ?? {}).map(([word, after]) => [fold(word), new Set(after)]));
    const respellings = this.spec === null ? ENGLISH_RESPELLINGS : this.spec.respellings;
    this.respellings = respellings ? { words: respellings, pattern: wholeWords(respellings) } : null;
    for (const phrase of questionPhrases(lang).map((words) => words.map((w) => this.written(w)))) {
      const starting = this.questionPhrases.get(phrase[0]!);
      if (starting) starting.push(phrase);
      else this.questionPhrases.set(phrase[0]!, [phrase]);
    }
    this.segmenter = new Intl.Segmenter(lang, { granularity: 'word' });
    this.endingsAfterHyphen = this.spec?.hyphenEndings ? new RegExp(`(?<=[\\p{L}\\p{N}])-(?:${this.spec.hyphenEndings})(?![\\p{L}\\p{M}\\p{N}])`, 'giu') : null;
  }

  /**
   * How the language is analysed: 'full' for English and a language of LANGUAGES (a stemmer where it
   * inflects, stopwords, question words); 'unstemmed' for one read with its stopwords but no stemmer (see
   * UNSTEMMED: Croatian, Serbian, Bengali, Tagalog, Urdu), whose words meet an article only in the very forms
   * it writes ("serveru" is no "server"); 'none' for one eld detects but LANGUAGES lacks (Amharic, Malayalam),
   * which also counts its function and question words as topics, English's aside.
   */
  get analysis(): 'full' | 'unstemmed' | 'none' {
    if (this.spec === null || (LANGUAGES.has(this.lang) && !UNSTEMMED.has(this.lang) && !SPELLING_ONLY.has(this.lang))) return 'full';
    return UNSTEMMED.has(this.lang) ? 'unstemmed' : 'none';
  }

  /**
   * Whether its terms are folded after stemming (`LanguageSpec.fold`): a word typed without its diacritics
   * then meets the same term unless the stemmer reads its ending otherwise ("garantia" → "garanti",
   * "garantía" → "garant"), which the engine mends from the articles' words (see its `unaccented`).
   */
  get foldsTerms(): boolean {
    return this.spec?.fold ?? false;
  }

  /** Whether members type the language without its diacritics (see `LanguageSpec.unaccentedTyping`). */
  get unaccentedTyping(): boolean {
    return this.spec?.unaccentedTyping ?? false;
  }

  /** The linking elements of the language's compounds, undefined when it does not compound (see `LanguageSpec.compoundLinks`). */
  get compoundLinks(): readonly string[] | undefined {
    return this.spec?.compoundLinks;
  }

  /** The shortest part of the language's compounds, when it sets one (see `LanguageSpec.compoundPart`). */
  get compoundPart(): number | undefined {
    return this.spec?.compoundPart;
  }

  /** Elided words members glue to the next (see `LanguageSpec.gluedElisions`). */
  get gluedElisions(): readonly string[] {
    return this.spec?.gluedElisions ?? [];
  }

  /** One-letter prefixes a word may carry (see `LanguageSpec.proclitics`). */
  get proclitics(): string {
    return this.spec?.proclitics ?? '';
  }

  /**
   * `word` as its language's chat spellings stand for it (see `LanguageSpec.chatSpellings`): each spelling
   * that changes it, with the articles' letters it put in (`standard`).
   */
  chatSpelled(word: string): { spelled: string; standard: string }[] {
    return (this.spec?.chatSpellings ?? []).map(([pattern, standard]) => ({ spelled: word.replace(pattern, standard), standard })).filter(({ spelled }) => spelled !== word);
  }

  /** Vowels a suffix may leave at a word's end (see `LanguageSpec.finalVowels`). */
  get finalVowels(): string {
    return this.spec?.finalVowels ?? '';
  }

  get english(): boolean {
    return this.spec === null;
  }

  /** Whether `word`, a chat word (see `isChatWord`), is a word of its own where the articles write it (English's ENGLISH_CHAT_UNLESS_WRITTEN, another language's `LanguageSpec.chatUnlessWritten`). */
  isChatUnlessWritten(word: string): boolean {
    return this.spec === null ? ENGLISH_CHAT_UNLESS_WRITTEN.has(word) : (this.spec.chatUnlessWritten?.has(word) ?? false);
  }

  /**
   * Whether `word` (as `tokens` returns it) is chat around a question (English's ENGLISH_CHAT, TAGLISH_CHAT where
   * `asTyped`, the question before `respelled`, is Taglish; another language's `LanguageSpec.chat`), where
   * `typed` is the question as written: a word of one or two letters
   * typed in capitals in a question that is not shouted is not ("R", "RN": a language, a framework; "UR
   * code", a QR code mistyped), but "OK" where it says that something is ("Is it OK to DM a maintainer?"
   * counted "OK" against every answer: a CLI tool's trial, round AH; not "the OK button", a review: see
   * OK_SAID); nor a longer one typed with a capital after a small letter ("LoL", a Korean esports club's
   * main game, read as laughter); nor one of `isChatUnlessWritten`'s typed with a capital past the question's
   * first word ("Reckon", German "Halt").
   */
  isChatWord(word: string, typed: string, asTyped = typed): boolean {
    const chat = this.spec === null ? ENGLISH_QUESTION_CHAT.has(word) || (TAGLISH_CHAT.has(word) && isTaglish(asTyped)) : this.spec.chat?.has(word);
    if (!chat) return false;
    if (typed === typed.toUpperCase() || (word === 'ok' && OK_SAID.test(typed))) return true;
    // Written in capitals (one or two letters: "R", "RN"), or with a capital after a small letter ("LoL"), it
    // is a name or an acronym; "LOL", "IDK" in capitals are chat still.
    const found = new RegExp(`(?<![\\p{L}\\p{N}])${word}(?![\\p{L}\\p{N}])`, 'iu').exec(typed);
    if (found === null) return true;
    const written = found[0];
    // A word that is chat only where no article writes it, typed with a capital past the question's start, is
    // a name or a noun: "Reckon" (an accounting product), German "Halt" (a stop) against the particle "halt".
    if (this.isChatUnlessWritten(word) && /^\p{Lu}/u.test(written) && /\p{L}/u.test(typed.slice(0, found.index))) return false;
    return !(word.length <= 2 ? written === written.toUpperCase() : /\p{Ll}.*\p{Lu}/u.test(written));
  }

  /**
   * `question` with chat's spellings of question words written out (English "wen" → "when", see
   * ENGLISH_RESPELLINGS; other languages' `LanguageSpec.respellings`, French "cb" → "combien"), where typed
   * in lower case (a contraction also capitalised: "Whos") and `known(word)` (the articles write it) is false: "Wat Arun", a "wot" role of articles
   * on World of Tanks, a French shop's "CB" (carte bancaire) stay. As it is in a language without them. The
   * language's idioms are rewritten first (see `LanguageSpec.idioms`: Spanish "cuánto sale" is "cuánto cuesta"),
   * then a word `known` rejects whose typed letters written out (see `LanguageSpec.typedLetters`: Danish
   * "paa" → "på") are a stopword or a word `known` takes.
   */
  respelled(typed: string, known: (word: string) => boolean): string {
    const question = this.spec?.idioms?.(typed) ?? typed;
    const typedLetters = this.spec?.typedLetters;
    const lettered = typedLetters
      ? question.replace(LETTERS_RUN, (word) => {
          // A stopword as typed is a word of the language ("noe", something: not "nø").
          if (known(word) || this.isStopword(word.toLowerCase())) return word;
          const written = typedLetters(word);
          return written !== word && (this.isStopword(written.toLowerCase()) || known(written)) ? written : word;
        })
      : question;
    const respelled = this.respellings ? this.respell(lettered, this.respellings, known) : lettered;
    return this.spec === null && isTaglish(respelled) ? this.respell(respelled, TAGLISH_RESPELLED, known) : respelled;
  }

  /** `lettered` with the words of `words` (by `pattern`) written out as `respelled` writes them. */
  private respell(lettered: string, { words, pattern }: { words: ReadonlyMap<string, string>; pattern: RegExp }, known: (word: string) => boolean): string {
    return lettered.replace(pattern, (word, at: number) => {
      const lower = word.toLowerCase();
      const out = words.get(lower)!;
      if (known(word)) return word;
      if (word === lower) return out;
      if (word !== lower[0]!.toUpperCase() + lower.slice(1)) return word;
      // Capitalised, read so only where no name is spelt so: a contraction typed without its apostrophe, as
      // phones do ("Whos tobias"); a phrase ("Hw much"); outside English, whose chat spellings are names too
      // ("Wat Arun"), a word opening the question, as phones write a first word ("Nerde oynanacak").
      const opening = this.spec !== null && !/[\p{L}\p{N}]/u.test(lettered.slice(0, at));
      return APOSTROPHE.test(out) || out.includes(' ') || opening ? out[0]!.toUpperCase() + out.slice(1) : word;
    });
  }

  /** The word English chat's `letters` stand for before a number ("s" of "s5": "season"; see NUMBERED_NAMES); undefined in other languages. */
  numberedName(letters: string): string | undefined {
    return this.spec === null ? NUMBERED_NAMES.get(letters) : undefined;
  }

  /**
   * The words chat's `word` clips (see ENGLISH_CLIPPINGS, `LanguageSpec.clippings`), as `tokens` returns
   * them; none where the language has none, or where `question` uses the word otherwise (see NOT_CLIPPED).
   * Where chat writes endings on the language's clippings (`LanguageSpec.endingsOnClippings`: "화욜에", on
   * Tuesday), those `term`, the word's term, clips when it only takes an ending off the word.
   */
  unclipped(word: string, question = '', term?: string): string[] {
    if (this.spec === null && NOT_CLIPPED.get(word)?.some((pattern) => pattern.test(question))) return [];
    const clippings = this.spec === null ? ENGLISH_CLIPPINGS : this.spec.clippings;
    const long = clippings?.get(word) ?? (this.spec?.endingsOnClippings && term !== undefined && word.startsWith(term) ? clippings?.get(term) : undefined);
    return long?.split(' ') ?? [];
  }

  /**
   * The index term of a word as `tokens` returns it. English: comparatives and superlatives brought to
   * their base form ("better" → "good", by WordNet's rules as `adjectiveBase` applies them, which leave
   * nouns such as "teacher" alone), then the Porter2 stem. Other languages: the language's Snowball stem,
   * then diacritics folded. Cached: a corpus has far fewer distinct words than tokens.
   */
  stem(word: string): string {
    let s = this.contentTerms.get(word) ?? this.stems.get(word);
    if (s === undefined) {
      s = this.stemOf(word);
      if (this.stems.size < MAX_CACHED_STEMS && word.length <= MAX_WORD_LENGTH) this.stems.set(word, s);
    }
    return s;
  }

  private stemOf(word: string): string {
    if (word.length > MAX_WORD_LENGTH) return word;
    if (!this.spec) return HEDGES.has(word) ? word : porter2(adjectiveBase(word));
    let s = this.spec.before ? this.spec.before(word) : word;
    if (this.spec.stem) s = this.spec.stem(s);
    return this.spec.fold ? fold(s) : s;
  }

  /**
   * `stem` without keeping the word in the cache: for strings a question makes (two of its words joined, see
   * the engine's `joinedTerm`; the parts of a word the articles lack, see its `otherForms`), which a
   * long-running bot would otherwise add to the cache with every new question, up to MAX_CACHED_STEMS
   * (about 50 MB). Such a string is seldom asked twice.
   */
  stemOnce(word: string): string {
    return this.contentTerms.get(word) ?? this.stems.get(word) ?? this.stemOf(word);
  }

  /**
   * The term of a word as `tokens` returns it, not written as an acronym: its stem, null for a stopword.
   * Cached as `stem` is, in one lookup for both: the analysis of a text is mostly these.
   */
  contentTerm(word: string): string | null {
    let term = this.contentTerms.get(word);
    if (term === undefined) {
      term = this.isStopword(word) ? null : this.stemOf(word);
      if (this.contentTerms.size < MAX_CACHED_STEMS && word.length <= MAX_WORD_LENGTH) this.contentTerms.set(word, term);
    }
    return term;
  }

  /**
   * A word as `tokens` returns it, in the form index terms take: folded where the language folds (English
   * words are folded already). For the word being typed in autocomplete, whose terms it may begin.
   */
  termForm(word: string): string {
    return this.spec?.fold ? fold(word) : word;
  }

  /** Whether `word`, as `tokens` returns it (normalised and lower-cased), is one of the language's stopwords. */
  isStopword(word: string): boolean {
    const written = this.listed(word);
    if (this.stopwords.has(written) || JAMO_ONLY.test(word)) return true;
    if (this.stemmedStopwords?.has(this.stemOnce(word))) return true;
    // A stopword carrying a one-letter proclitic is one too (Arabic "والتي" and which, "فإن", "لهذا"): the lists hold the bare words.
    return written.length > 1 && this.proclitics.includes(written[0]!) && this.stopwords.has(written.slice(1));
  }

  /**
   * The stopword `word` spells but for the soft and hard signs (ь, ъ) it leaves out, as Russian typed in Latin
   * letters does (see romanised.ts: "skolko" is "сколко", of "сколько"); undefined for any other word.
   */
  signlessStopword(word: string): string | undefined {
    this.signless ??= new Map([...this.stopwords].filter((stopword) => /[ьъ]/.test(stopword)).map((stopword) => [stopword.replace(/[ьъ]/g, ''), stopword]));
    return this.signless.get(word);
  }

  /**
   * Whether `word`, as `tokens` returns it, is one of the language's question words (see `questionWords` in
   * languages.ts), as written (folded where the stopwords are): none of `isStopword`'s other readings (a
   * proclitic, a stem, a word typed without its diacritics). For English joins (see the engine's `joinedTerm`).
   */
  isQuestionWord(word: string): boolean {
    return this.questionWords.has(this.listed(word));
  }

  /** Whether `word`, as `tokens` returns it, asks how (see `howWords` in languages.ts), read as `isQuestionWord` reads a word. */
  isHowWord(word: string): boolean {
    return this.howWords.has(this.listed(word));
  }

  /**
   * `word`, as `tokens` returns it, as the stopword and question word lists are compared with: as written
   * (folded, "ändern" would be the stopword "andern" and "Größe" "große"); folded only where the list is
   * written without diacritics (Greek's: see `LanguageSpec.foldedStopwords`).
   */
  private listed(word: string): string {
    return this.spec?.foldedStopwords ? fold(word) : word;
  }

  /**
   * Whether `word`, typed without any diacritic in a language members type so (see
   * `LanguageSpec.unaccentedTyping`), after `previous` (the question's word before it, if any), is one of its
   * question words or of the function words its spec lists (see `LanguageSpec.unaccentedFunctionWords`)
   * written without its diacritics: Swedish chat's "nar" is "när" (when) and "ar" is "är" (is), however the
   * articles write "når" (reach) and "år" (year), which fold to them too ("nar e stamrepen" was answered
   * "Mejla styrelsen…", the entry "Hur når jag styrelsen?"; a Swedish choir's trial). Not after another
   * question word ("hur nar jag…" is "hur når jag…", how do I reach), nor after a word that makes a listed
   * function word the other word ("per ar" is "per år"). Not where diacritics tell words apart: Vietnamese
   * "dau" is "đâu" or "đầu".
   */
  isUnaccentedFunctionWord(word: string, previous?: string): boolean {
    if (this.isUnaccentedQuestionWord(word)) return previous === undefined || !this.isQuestionWord(previous);
    const after = this.unaccentedFunctionWords?.get(word);
    return after !== undefined && ASCII.test(word) && (previous === undefined || (!after.has(previous) && !/^\d+$/.test(previous)));
  }

  /** Whether `word` is, of `isUnaccentedFunctionWord`'s, a question word ("nar", not "ar"). */
  isUnaccentedQuestionWord(word: string): boolean {
    return this.unaccentedQuestionWords !== null && ASCII.test(word) && this.unaccentedQuestionWords.has(word);
  }

  /**
   * Whether `word`, typed without any diacritic in a language members type so (see
   * `LanguageSpec.unaccentedTyping`), is a stopword written without its diacritics ("khong", "o dau" of
   * "không", "ở đâu"). Asked only of a word no article term folds to (see the engine's `unaccented`):
   * "dang" is "đăng" (to post) where the articles write it, though "đang" is a stopword.
   */
  isUnaccentedStopword(word: string): boolean {
    return this.unaccentedStopwords !== null && ASCII.test(word) && this.unaccentedStopwords.has(word);
  }

  /**
   * Whether `word` (as `tokens` returns it) is one of the language's question words with one typo: two
   * neighbouring letters swapped, one letter left out, one added or one mistyped ("waht", "hwo", "wht",
   * "whhat", "whst"), the commonest typos of the shortest words. Left in, it would count as a topic the
   * articles never mention; callers ask only about words the articles lack. Never a typo of the first letter
   * nor in a word of under three letters, as in typo correction (see `TypoCorrector.correct`); of a
   * three-letter question word only a swap ("hwo"), since one more, fewer or other letter makes real words
   * ("howl", "hot"). Question words only: one edit of other stopwords makes real words ("form" of "from").
   */
  isMistypedQuestionWord(word: string): boolean {
    if (word.length < 3) return false;
    for (const asked of this.questionWords) {
      if (asked.length < 3 || asked[0] !== word[0] || asked === word || !oneEditApart(asked, word)) continue;
      if (asked.length >= 4 || sameLetters(asked, word)) return true;
    }
    return false;
  }

  /**
   * Whether `word` (as `tokens` returns it) is a stopword of at least MIN_MISTYPED_STOPWORD letters with one
   * letter added within it, not before its first nor after its last ("wheere", "threre", "antother"): a typo
   * of a word that says nothing of the topic, so no topic the articles lack. Added letters only: one swapped,
   * left out or mistyped makes real words of the longer stopwords too ("world" of "would", "while" of
   * "whale"); one added, rarely ("thorough" of "through"), except at the end, where languages put their
   * endings. Read before typo correction (see `SearchIndex.analyse`): StackFAQ dev P@1 0.805 → 0.806.
   */
  isMistypedStopword(word: string): boolean {
    if (word.length <= MIN_MISTYPED_STOPWORD || word.length > this.longestStopword + 1) return false;
    for (let i = 1; i < word.length - 1; i++) {
      const without = word.slice(0, i) + word.slice(i + 1);
      if (this.stopwords.has(without)) return true;
    }
    return false;
  }

  /** `text` lower-cased as `tokens` lower-cases its words (NFKC; Turkish dotted and dotless i; Greek final sigma; English folds diacritics). */
  lowerCase(text: string): string {
    return this.spec ? this.lower(normalize(text)) : this.lower(fold(text));
  }

  /**
   * The words of `text`, NFKC-normalised and lower-cased. English folds diacritics and special letters
   * ("Zürich" → "zurich") and drops contractions' clitics ("I'd" → "i", "it's" → "it") so they fall to
   * the stopword list instead of becoming words like "id"; other languages split at apostrophes (French
   * "l'équipe" → "l", "équipe") and keep diacritics for the stemmer.
   */
  tokens(text: string): Token[] {
    const table = new WordList();
    const tokens = new TokenBuffer();
    const shouted = shouting(this.scan(text, table, tokens), tokens.count);
    const out: Token[] = [];
    for (let i = 0; i < tokens.count; i++) out.push({ word: table.word(tokens.entries[i]!), acronym: tokens.acronym(i, shouted), hyphen: tokens.hyphen(i), inflection: tokens.inflection(i) });
    return out;
  }

  /**
   * Reads the words of `text` (see `tokens`) onto `into`, numbered in `table`, each one's `acronym` as
   * written, whether the text is shouting or not; returns how many are in capitals.
   */
  private scan(text: string, table: Words, into: TokenBuffer): number {
    const written = this.spec ? this.hyphenEndings(normalize(text)) : ASCII.test(text) ? text : fold(normalize(text));
    const plussed = written.includes('+') ? written.replace(PLUS_NAME, (plus, at: number) => `${'plus'.repeat(plus.length)}${/\d/.test(written[at + plus.length] ?? '') ? ' ' : ''}`) : written;
    const ampersands = plussed.includes('&') ? plussed.replace(AMPERSAND_INITIALS, (initials) => initials.replaceAll('&', 'n')) : plussed;
    const base = this.spec?.apostropheInWord && IN_WORD_APOSTROPHE.test(ampersands) ? ampersands.replace(IN_WORD_APOSTROPHES, '') : ampersands;
    // Every replacement is of an apostrophe: most texts have none to look for.
    const prepared = !APOSTROPHE.test(base)
      ? base
      : this.spec
        ? base.replace(this.spec.apostropheSuffix ? /(?<=[\p{L}\p{N}]|\p{N}\.)['’][\p{L}\p{M}]*|['’]/gu : /['’]/g, ' ')
        : base
            .replace(/\b(ca|wo)n['’]t\b/gi, (_, w: string) => (w.toLowerCase() === 'ca' ? 'can' : 'will'))
            .replace(/n['’]t\b|['’](s|d|ll|m|re|ve)\b/gi, '')
            .replace(/['’]/g, '');
    const from = into.count;
    if (this.plainAscii) {
      const capitals = scanAscii(prepared, 0, prepared.length, table, into, false);
      if (capitals >= 0) return capitals;
      into.count = from;
    }
    let capitals = 0;
    WORD.lastIndex = 0;
    for (let m = WORD.exec(prepared); m; m = WORD.exec(prepared)) {
      const hyphen = m[1] !== undefined;
      const raw = hyphen ? m[0].slice(0, -1) : m[0];
      if (!UNSPACED.test(raw)) {
        // A number typed against a Hangul word's end is a word of its own ("경고2번이면", at warning 2;
        // "다이아2", Diamond 2), as the articles write it apart; what follows a number is its counter ("2번").
        // So is a run of jamo typed against it ("왔어ㅠㅠ").
        if (!HANGUL_WORD_END.test(raw)) capitals += this.push(raw, hyphen, table, into, isCommand(prepared, 0, m.index, m.index + raw.length));
        else {
          const parts = raw.split(HANGUL_WORD_END);
          parts.forEach((part, i) => (capitals += this.push(part, hyphen && i === parts.length - 1, table, into)));
        }
        continue;
      }
      let last = '';
      const words = [...unspacedWords(this.segmenter, this.chinese(raw) ? chineseWeekdays(simplifiedChinese(raw)) : raw)];
      for (let i = 0; i < words.length; i++) {
        const word = words[i]!;
        // A date in Han numerals is the figures the articles write it in ("三月" as "3月").
        const date = HAN_NUMERAL.test(word) ? hanNumeralDateAt(words, i) : null;
        if (date) {
          for (const part of date.parts) capitals += this.push(part, false, table, into);
          i += date.taken - 1;
          last = words[i]!;
          continue;
        }
        capitals += this.push(word, false, table, into);
        if (ENDS_IN_HAN.test(last) && OKURIGANA_PIECE.test(word)) into.flags[into.count - 1]! |= INFLECTION;
        last = word;
      }
      if (hyphen && into.count > from) into.flags[into.count - 1]! |= HYPHEN;
    }
    return capitals;
  }

  /**
   * Whether `run` (of a script written without spaces) is Chinese, segmented in Simplified characters so
   * that Traditional and Simplified text segment alike ("聖誕節" is one word, "圣诞节" two): in Chinese, or
   * with no kana in another language than Japanese (a Chinese question read as English for want of a
   * reliable language). Japanese is segmented as written: ICU's dictionary knows its words in its own
   * characters ("賞品", not "赏品"); its words are folded one by one (see `lower`).
   */
  private chinese(run: string): boolean {
    return this.lang === 'zh' || (this.lang !== 'ja' && !KANA.test(run));
  }

  /** Pushes the word `raw`, as written, onto `into` (kept as an acronym is where it is in capitals or names a `command`): 1 when it is in capitals, else 0. */
  private push(raw: string, hyphen: boolean, table: Words, into: TokenBuffer, command = false): number {
    const caps = raw.length >= 2 && raw !== raw.toLowerCase() && raw === raw.toUpperCase();
    into.push(table.find(this.lower(raw)), caps || command, hyphen);
    return caps ? 1 : 0;
  }

  /**
   * `text` without the endings its language writes after a hyphen: after a number ("1970-х" → "1970"; see
   * `LanguageSpec.numberSuffix`), or after any word ("VIP-et" → "VIP"; see `LanguageSpec.hyphenEndings`).
   */
  private hyphenEndings(text: string): string {
    const numbers = this.spec?.numberSuffix ? text.replace(NUMBER_SUFFIX, '') : text;
    return this.endingsAfterHyphen && numbers.includes('-') ? numbers.replace(this.endingsAfterHyphen, '') : numbers;
  }

  /** Lower-cased words of `text` (see `tokens`). */
  words(text: string): string[] {
    return this.tokens(text).map((t) => t.word);
  }

  /**
   * The other forms of a question's `word` (lower case), whose term is `term`, if it is an ordinal number's
   * (see `Ordinals`; English's, or the language's `LanguageSpec.ordinals`): a word's figures ("седьмого",
   * term "седьм" → "7"; "fourth" → "4th"), and a figure with an ending its words' terms ("4th" → "fourth",
   * "7e" → "septiem"); empty for any other word. A word is looked up by its term where the language's
   * ordinals inflect, else as listed.
   */
  ordinalForms(word: string, term: string): readonly string[] {
    const ordinals: Ordinals | undefined = this.spec === null ? ENGLISH_ORDINALS : this.spec.ordinals;
    if (!ordinals) return [];
    if (!this.ordinalTerms) {
      const map = new Map<string, string[]>();
      const add = (from: string, to: string) => {
        const forms = map.get(from);
        if (!forms) map.set(from, [to]);
        else if (!forms.includes(to)) forms.push(to);
      };
      const cardinals = new Set(ordinals.cardinals ? this.terms(ordinals.cardinals) : []);
      ordinals.words.forEach((forms, i) => {
        const figures = ordinals.figures(i + 1);
        for (const form of forms ? forms.split(' ') : []) {
          const [formTerm] = this.terms(form);
          if (formTerm === undefined || cardinals.has(formTerm)) continue;
          for (const figure of figures) {
            add(ordinals.inflected ? formTerm : form, figure);
            if (/\p{L}/u.test(figure)) add(figure, formTerm);
          }
        }
      });
      this.ordinalTerms = map;
    }
    return this.ordinalTerms.get(ordinals.inflected || /\d/.test(word) ? term : word) ?? [];
  }

  /** Index terms of `text`. */
  terms(text: string): string[] {
    const table = new WordList();
    const tokens = new TokenBuffer();
    const shouted = shouting(this.scan(text, table, tokens), tokens.count);
    const out: string[] = [];
    this.termsOf(tokens, 0, tokens.count, shouted, this.strings(table), out);
    return out;
  }

  /**
   * The terms of the text the `parts` of `text` make (`[start, end)` each) parted by white space (as `terms`
   * gives them for it, in `lexicon`'s form), each word analysed once; and where each part's terms end among
   * them, when they make the whole's one after another (null when the whole and a part differ on shouting,
   * so on acronyms: analyse those parts with `terms`). A passage's and its sentences'.
   */
  termsOfParts<T>(text: string, parts: readonly { start: number; end: number }[], lexicon: Lexicon<T>): { whole: T[]; ends: number[] | null } {
    const tokens = this.scratch;
    tokens.count = 0;
    // A part of plain ASCII (no apostrophe, no plus sign, no ampersand: see PLUS_NAME, AMPERSAND_INITIALS) is read where it stands: nothing in `scan`'s preparation changes it.
    // Not in a language whose preparation changes more: its endings after a hyphen, or ` and ‘ joining two letters (see IN_WORD_APOSTROPHE).
    const direct = this.plainAscii && !this.spec?.numberSuffix && !this.endingsAfterHyphen && !this.spec?.apostropheInWord;
    // Where each part's tokens end, and how many of them are in capitals.
    const tokenEnds: number[] = [];
    const capitals: number[] = [];
    for (const { start, end } of parts) {
      const from = tokens.count;
      // `scanAscii` gives up at an apostrophe: a part holding one goes to `scan` without being read twice.
      let caps = direct && !holds(text, "'", start, end) && !holds(text, '+', start, end) && !holds(text, '&', start, end) ? scanAscii(text, start, end, lexicon.table, tokens, true) : -1;
      if (caps < 0) {
        tokens.count = from;
        caps = this.scan(text.slice(start, end), lexicon.table, tokens);
      }
      capitals.push(caps);
      tokenEnds.push(tokens.count);
    }
    const shouted = shouting(capitals.reduce((a, b) => a + b, 0), tokens.count);
    const alike = tokenEnds.every((end, k) => shouting(capitals[k]!, end - (k ? tokenEnds[k - 1]! : 0)) === shouted);
    const whole: T[] = [];
    // Read in the whole's shouting, each part's terms are the part's own where it shouts alike.
    const ends = tokenEnds.map((end, k) => {
      this.termsOf(tokens, k ? tokenEnds[k - 1]! : 0, end, shouted, lexicon, whole);
      return whole.length;
    });
    return { whole, ends: alike ? ends : null };
  }

  /**
   * Distinct terms of a query's `tokens` (see `tokens`, whose words the caller reads too), each with the word
   * it came from (a typo is corrected on the word, not its stem) and whether that word is a run of hyphenated
   * words written as one ("ceasefire" of "cease-fire"). The words of the language's question
   * phrases ("ne zaman", "welche Art") are left out where the whole phrase occurs (see `questionPhrases`).
   */
  queryTerms(tokens: Token[]): { word: string; term: string; joined: boolean }[] {
    const { table, buffer } = bufferOf(this.withoutQuestionPhrases(tokens).filter((t) => !t.inflection));
    const terms: string[] = [];
    const words: SourceWord[] = [];
    this.termsOf(buffer, 0, buffer.count, false, this.strings(table), terms, words);
    const seen = new Map<string, SourceWord>();
    terms.forEach((term, i) => {
      if (!seen.has(term)) seen.set(term, words[i]!);
    });
    return [...seen].map(([term, { word, joined }]) => ({ word, term, joined }));
  }

  /** The index terms of the text `tokens` (see `tokens`) were read from: what `terms` gives for it, without reading it again. */
  termsOfTokens(tokens: Token[]): string[] {
    const { table, buffer } = bufferOf(tokens);
    const out: string[] = [];
    // Each token's `acronym` already says whether its text was shouting.
    this.termsOf(buffer, 0, buffer.count, false, this.strings(table), out);
    return out;
  }

  /** `tokens` without the words of each question phrase they hold in full (an acronym is never one), but after a guard word (see `questionPhraseGuards`). */
  private withoutQuestionPhrases(tokens: Token[]): Token[] {
    if (!this.questionPhrases.size) return tokens;
    const dropped = new Set<number>();
    const guards = questionPhraseGuards(this.lang);
    for (let i = 0; i < tokens.length; i++) {
      if (i > 0 && guards.has(tokens[i - 1]!.word)) continue;
      for (const phrase of this.questionPhrases.get(tokens[i]!.word) ?? []) {
        if (phrase.every((w, k) => tokens[i + k]?.word === w && !tokens[i + k]!.acronym)) for (let k = 0; k < phrase.length; k++) dropped.add(i + k);
      }
    }
    return dropped.size ? tokens.filter((_, i) => !dropped.has(i)) : tokens;
  }

  /**
   * The terms of tokens `[from, to)` pushed onto `out` (and the word each came from onto `words`, when
   * given, and whether it is such a run): each word's, then its compound parts' (when `lexicon` has
   * `parts`), and each run of hyphenated words joined ("cease-fire" → "ceasefire"; not two figures, "4-5").
   */
  private termsOf<T>(tokens: TokenBuffer, from: number, to: number, shouted: boolean, lexicon: Lexicon<T>, out: T[], words?: SourceWord[]): void {
    const { table } = lexicon;
    for (let i = from; i < to; i++) {
      const entry = tokens.entries[i]!;
      const acronym = tokens.acronym(i, shouted);
      const term = acronym ? lexicon.stem(entry) : lexicon.content(entry);
      // A vice-president is no president: after such a prefix, the word is read only in the joined form.
      const prefixed = i > from && tokens.hyphen(i - 1) && OTHER_ONE_PREFIXES.has(table.word(tokens.entries[i - 1]!));
      if (term !== null && !prefixed) {
        out.push(term);
        words?.push({ word: table.word(entry), joined: false });
        if (lexicon.parts && !acronym) {
          for (const part of lexicon.parts(entry)) {
            out.push(part);
            words?.push({ word: table.word(entry), joined: false });
          }
        }
      }
      if (tokens.hyphen(i) && !(i > from && tokens.hyphen(i - 1))) {
        let j = i;
        let joined = table.word(entry);
        let content = term !== null;
        while (tokens.hyphen(j) && j + 1 < to) {
          const next = tokens.entries[++j]!;
          joined += table.word(next);
          content ||= tokens.acronym(j, shouted) || lexicon.content(next) !== null;
        }
        // "est-ce", "что-то": stopwords joined by a hyphen are still no topic. Nor are two figures joined: "4-5
        // ans", "2025-2026", "3-1" are ranges and scores, and "45" another number (a Montreal daycare's trial,
        // round AY); three are a name ("4-3-3", the "3-2-1" rule), told from "3-4-3" so.
        const range = j === i + 1 && DIGITS_ONLY.test(table.word(entry)) && DIGITS_ONLY.test(table.word(tokens.entries[j]!));
        if (j > i && content && !range) {
          out.push(lexicon.stem(table.find(joined)));
          words?.push({ word: joined, joined: true });
        }
      }
    }
  }

  /** Terms as strings, from this analyzer's caches, of the words of `table`. */
  private strings(table: Words): Lexicon<string> {
    return { table, content: (entry) => this.contentTerm(table.word(entry)), stem: (entry) => this.stem(table.word(entry)) };
  }

  /**
   * Whether an ASCII word is read as its plain lower case (see `scanAscii`): not where `lower` respells one
   * (`dottedI`, German "ue": see `LanguageSpec.spellsAscii`). Russian's "ё" cost its ASCII words this path,
   * 1.9× the time of analysing them (a review).
   */
  private get plainAscii(): boolean {
    return !this.dottedI && !this.spec?.spellsAscii;
  }

  /** Turkish and Azerbaijani write the dotted and dotless i as two letters: "I" → "ı", "İ" → "i". */
  private get dottedI(): boolean {
    return this.lang === 'tr' || this.lang === 'az';
  }

  /**
   * Lower case (see `dottedI`), Chinese characters in one script (see `simplifiedChinese`: in every language,
   * so a Chinese word read as another language's still meets the articles'), then the language's optional
   * marks go (see `LanguageSpec.spelling`).
   */
  private lower(word: string): string {
    const lower = this.dottedI ? word.toLocaleLowerCase(this.lang) : word.toLowerCase();
    // Greek writes σ as ς at a word's end; lower-casing a capital Σ gives either, so both are σ.
    const letters = ASCII.test(lower) ? lower : simplifiedChinese(lower.replace(/ς/g, 'σ'));
    return this.spec?.spelling ? this.spec.spelling(letters) : letters;
  }

  /**
   * A word as a question's tokens write it: normalised as text is (see `normalize`) and lower-cased (see
   * `lower`), diacritics kept. NFKC alone left a list's Thai sara am apart, so "ทำไม" (why) typed was never
   * the question word, nor "ทำ", "นำ", "สำหรับ" stopwords (a Thai RoV server's trial).
   */
  private written(word: string): string {
    return this.lower(normalize(word));
  }

  /** A stopword list's word as `isStopword` compares it: as written (English: also folded, as its words are). */
  private normal(word: string): string {
    const lower = this.written(word);
    return !this.spec || this.spec.foldedStopwords ? fold(lower) : lower;
  }
}

const APOSTROPHE = /['’]/;
/** An apostrophe as typed between two letters of a word (see `LanguageSpec.apostropheInWord`): ', ’, ʼ (U+02BC), ʻ (U+02BB, Uzbek's), ‘ or `. */
const IN_WORD_APOSTROPHE = /(?<=\p{L})['’ʼ‘`ʻ](?=\p{L})/u;
const IN_WORD_APOSTROPHES = new RegExp(IN_WORD_APOSTROPHE.source, 'gu');

/** Whether `text[start, end)` holds `char` (a search in native code, no substring made). */
function holds(text: string, char: string, start: number, end: number): boolean {
  const at = text.indexOf(char, start);
  return at >= 0 && at < end;
}

/** ASCII letters and digits: what WORD matches of ASCII text. */
const isWordChar = (c: number): boolean => (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39);

/**
 * Punctuation past ASCII that NFKC and folding (see `normalize`, `fold`) leave punctuation ("…" becomes
 * "...", the no-break space a space), no apostrophe and no hyphen: a word ends at it whether the text is
 * prepared or not, so `scanAscii` may read a text holding it in place. Dashes, quotes and signs of edited
 * text: on the speed benchmark's real text (Wikipedia paragraphs), the characters that most often sent a
 * sentence from the one-pass scan to the prepared one.
 */
const KEPT_APART = new Set([0xa0, 0xab, 0xb0, 0xb7, 0xbb, 0xd7, 0x2013, 0x2014, 0x2018, 0x201c, 0x201d, 0x2026]);

/** A letter, mark or digit: what WORD's words are made of. */
const WORD_CHAR = /[\p{L}\p{M}\p{N}]/u;
/** Per UTF-16 code unit past ASCII, as `separates` met it: 0 not yet, 1 part of WORD's words, 2 not. */
const wordCharsPastAscii = new Uint8Array(0x10000);

/**
 * Whether `c`, past ASCII, ends a word and begins none, as WORD reads it: punctuation and spaces (typographic
 * quotes, dashes, the ellipsis, a no-break space). Never a surrogate: a character past U+FFFF may be a letter.
 */
function separates(c: number): boolean {
  if (c >= 0xd800 && c <= 0xdfff) return false;
  if (!wordCharsPastAscii[c]) wordCharsPastAscii[c] = WORD_CHAR.test(String.fromCharCode(c)) ? 1 : 2;
  return wordCharsPastAscii[c] === 2;
}

/**
 * The words of `text[start, end)` as `Analyzer.scan` finds them with WORD and lower-cases them (but for
 * Turkish and Azerbaijani), pushed onto `into` as numbered in `table`, when every word is ASCII (punctuation
 * past ASCII may come between them): the words of most texts analysed, read in one pass with no regular
 * expression, each hashed as it is read (a `WordTable` then makes no string but a word's first). Returns how many are
 * in capitals, or -1 at the first letter, mark or digit past ASCII (`into` then holds part of the words);
 * `strict`, at the first character past ASCII but punctuation `scan`'s preparation keeps apart (see
 * `KEPT_APART`), and at an apostrophe: a text read so reads as `scan` would read it prepared.
 */
function scanAscii(text: string, start: number, end: number, table: Words, into: TokenBuffer, strict: boolean): number {
  let capitals = 0;
  const n = end;
  let i = start;
  while (i < n) {
    let c = text.charCodeAt(i);
    if (!isWordChar(c)) {
      if (c > 0x7f && (strict ? !KEPT_APART.has(c) : !separates(c))) return -1;
      if (strict && c === 0x27) return -1;
      i++;
      continue;
    }
    const first = i;
    let upper = false;
    let lower = false;
    let hash = FNV_OFFSET;
    for (; i < n; i++) {
      c = text.charCodeAt(i);
      if (c >= 0x41 && c <= 0x5a) upper = true;
      else if (c >= 0x61 && c <= 0x7a) lower = true;
      else if (c < 0x30 || c > 0x39) break;
      hash = fnvStep(hash, c >= 0x41 && c <= 0x5a ? c | 0x20 : c);
    }
    if (i < n && c > 0x7f && (strict ? !KEPT_APART.has(c) : !separates(c))) return -1;
    // A letter past ASCII after a hyphen ends the scan when it is reached, as WORD's lookahead would join it.
    const hyphen = i + 1 < n && c === 0x2d && isWordChar(text.charCodeAt(i + 1));
    // As `lower` and `scan` read it: in capitals when it has an upper-case letter and no lower-case one.
    const acronym = i - first >= 2 && upper && !lower;
    if (acronym) capitals++;
    into.push(table.ascii(text, first, i, hash, upper), acronym || isCommand(text, start, first, i), hyphen);
    if (hyphen) i++;
  }
  return capitals;
}

/**
 * Whether the word at `text[first, end)` is a chat command: a slash before it that opens a word, at
 * `start` or after a space or an opening bracket or quote, and no slash after it ("/me", "/do", "/home"; not
 * "and/or", "km/h", a path's "/etc/hosts"). Such a word is kept as an acronym is, a stopword too: a FiveM
 * server's "oq é o /me" read as stopwords only and abstained at 0.00, though an FAQ entry explains /me.
 */
function isCommand(text: string, start: number, first: number, end: number): boolean {
  if (first - 1 < start || text.charCodeAt(first - 1) !== 0x2f || text.charCodeAt(end) === 0x2f) return false;
  return first - 1 === start || COMMAND_OPENER.test(text[first - 2]!);
}
const COMMAND_OPENER = /[\s(["'`“‘«]/u;

/** Hiragana or katakana: a run of Han characters holding them is Japanese. */
const KANA = /[\p{sc=Hiragana}\p{sc=Katakana}]/u;

/**
 * The words ICU's dictionary segmentation finds in `run` (a run of a script written without spaces), with
 * the pieces ICU cuts a katakana loanword into joined again: lacking the word, its dictionary cuts it into
 * short words it has ("クリエイター" → "クリ", "エイ", "ター"; "サブスクリプション" into five;
 * "エミュレーター" → "エミュレータ", "ー"), which weighed like three words and matched any other word
 * holding one. Katakana pieces next to each other are one word where either is shorter than
 * MIN_KATAKANA_WORD; two longer ones are words ICU knows, kept apart as it cut them ("プレイヤー",
 * "レベル" of "プレイヤーレベル", asked as "何レベル"), and a compound it knows stays whole ("コラボイベント").
 */
function* unspacedWords(segmenter: Intl.Segmenter, run: string): Generator<string> {
  if (!DICTIONARY_SCRIPT.test(run)) yield* segmentedWords(segmenter, run);
  else
    for (const piece of run.match(SCRIPT_RUNS)!) {
      const particle = THAI_CLOSING_A.exec(piece);
      yield* segmentedWords(segmenter, particle ? piece.slice(0, particle.index) : piece);
      if (particle) yield particle[0];
    }
}

/**
 * Thai members' closing particle "อ่ะ" / "อะ", which ICU's dictionary glues to the consonant before it:
 * "วันไหนอ่ะ" (which day?) → "วัน", "ไห", "นอ่ะ"; "ได้ป่าวอ่ะ" → "ได้", "ป่า", "วอ่ะ" (a Thai RoV server's
 * trial). Cut off first, but where "เ" opens the syllable it closes ("เยอะ", a lot; "เถอะ", let's).
 */
const THAI_CLOSING_A = /(?<=[\u0e01-\u0e2e][\u0e31\u0e34-\u0e3a\u0e47-\u0e4e]*)(?<!\u0e40[\u0e01-\u0e2e][\u0e48-\u0e4b]*)\u0e2d\u0e48?\u0e30$/u;

/** Thai, Lao, Khmer and Myanmar: scripts ICU segments by dictionary, as it does Han and kana. */
const DICTIONARY_SCRIPTS = '\\p{sc=Thai}\\p{sc=Lao}\\p{sc=Khmer}\\p{sc=Myanmar}';
const DICTIONARY_SCRIPT = new RegExp(`[${DICTIONARY_SCRIPTS}]`, 'u');

/**
 * A run cut where letters of DICTIONARY_SCRIPT meet others or digits (theirs too): ICU's dictionary keeps
 * Latin letters and digits typed against Thai in the Thai word ("ส่งkerryหรือflashคะ" one word, "สมัคร100บาท"
 * another), where it cuts Han and kana from them ("抽卡pc版" → 抽, 卡, pc, 版). Members type so: a Thai RoV
 * server's trial lost 35 of 206 questions to such words, read as words no article holds.
 */
const SCRIPT_RUNS = new RegExp(`(?:(?!\\p{Nd})[${DICTIONARY_SCRIPTS}])+|(?:\\p{Nd}|(?![${DICTIONARY_SCRIPTS}])[^])+`, 'gu');

/** The words ICU's segmentation finds in `run`, katakana pieces joined (see `unspacedWords`). */
function* segmentedWords(segmenter: Intl.Segmenter, run: string): Generator<string> {
  let katakana = '';
  let last = '';
  for (const s of segmenter.segment(run)) {
    const piece = s.isWordLike && KATAKANA_WORD.test(s.segment) ? s.segment : '';
    if (piece && katakana && (piece.length < MIN_KATAKANA_WORD || last.length < MIN_KATAKANA_WORD)) {
      katakana += piece;
      last = piece;
      continue;
    }
    if (katakana) yield katakana;
    katakana = last = piece;
    if (!piece && s.isWordLike) yield s.segment;
  }
  if (katakana) yield katakana;
}

/**
 * The katakana words ICU cuts a loanword it lacks into are mostly one or two characters ("クリ", "ン", "プ");
 * the loanwords it knows are longer ("ゲーム", "レベル", "ログイン").
 */
const MIN_KATAKANA_WORD = 3;

const ACRONYM = 1;
const HYPHEN = 2;
/** A word of figures alone (see `termsOf`). */
const DIGITS_ONLY = /^\p{Nd}+$/u;
/** A word that inflects the word before it (see OKURIGANA_PIECE): a word of the question, no term of it. */
const INFLECTION = 4;

const ENDS_IN_HAN = /\p{sc=Han}$/u;

/**
 * The hiragana ICU cuts off a Japanese verb's or adjective's kanji as a word of their own, one or two of
 * them: "閉まります" → 閉, まり, ます; "貯まります" → 貯, まり, ます; "使えます" → 使, え, ます. As terms
 * they met any other verb inflected alike: a Japanese board-game café's "何時に開いて何時に閉まりますか"
 * (when do you open and close) was answered at 0.40 by "ポイントはどうやって貯まりますか？", the two sharing
 * only "まり". After kanji, one or two hiragana are mostly such an ending or a particle (は, の, に, です:
 * stopwords already); the kanji carry the meaning, as `japaneseStem` keeps them of a verb ICU leaves whole
 * ("届き"). Read by the word before, not by the word itself: after kana the same endings stay terms ("たい"
 * of "知りたい"; see languages.ts's JAPANESE_EXTRA), and a word of one or two hiragana after kanji is lost
 * ("そば" of "駅そば"). Still a word of the question, so a question word typed against a noun is read
 * ("大会いつ"). A question's only: an article's stay its terms, which a question typed in kana alone meets
 * ("おしえて" of "教えて"); left out of the articles' terms too, three such questions of the quality fixtures
 * lost their right answers.
 * The two Japanese trials, right / wrong / honest / wrong abstentions: 182 / 95 / 52 / 71 → 185 / 97 / 51 / 67.
 */
const OKURIGANA_PIECE = /^\p{sc=Hiragana}{1,2}$/u;

/**
 * A text's words as `Analyzer.termsOf` reads them, in typed arrays with no object per word: per token its
 * number in a `Words`, whether it is written as an acronym (as written: see `acronym`) and whether a
 * hyphen joins it to the next.
 */
class TokenBuffer {
  // Small enough for V8 to keep on its heap (64 bytes): most texts analysed one at a time are a few words.
  entries = new Int32Array(16);
  flags = new Uint8Array(16);
  count = 0;

  push(entry: number, acronym: boolean, hyphen: boolean): void {
    if (this.count === this.entries.length) {
      const entries = new Int32Array(2 * this.count);
      entries.set(this.entries);
      this.entries = entries;
      const flags = new Uint8Array(2 * this.count);
      flags.set(this.flags);
      this.flags = flags;
    }
    this.entries[this.count] = entry;
    this.flags[this.count++] = (acronym ? ACRONYM : 0) | (hyphen ? HYPHEN : 0);
  }

  /** Whether token `i` counts as an acronym: written in capitals in a text that is not `shouted`. */
  acronym(i: number, shouted: boolean): boolean {
    return !shouted && (this.flags[i]! & ACRONYM) !== 0;
  }

  hyphen(i: number): boolean {
    return (this.flags[i]! & HYPHEN) !== 0;
  }

  /** Whether token `i` inflects the word before it (see OKURIGANA_PIECE). */
  inflection(i: number): boolean {
    return (this.flags[i]! & INFLECTION) !== 0;
  }
}

/** `tokens` as `Analyzer.termsOf` reads them, numbered in a `WordList`. */
function bufferOf(tokens: readonly Token[]): { table: WordList; buffer: TokenBuffer } {
  const table = new WordList();
  const buffer = new TokenBuffer();
  for (const t of tokens) buffer.push(table.find(t.word), t.acronym, t.hyphen);
  return { table, buffer };
}

/** A text mostly in capitals is shouting, not acronyms. */
const shouting = (capitals: number, tokens: number): boolean => capitals * 2 > tokens;

/** The stem cache's bound: a corpus has far fewer distinct words. */
const MAX_CACHED_STEMS = 500_000;

/**
 * Longer "words" (a hash, a run of one letter, a URL's path) are no words: they are kept as written, never
 * stemmed (the stemmers' suffix rules take time quadratic in a word's length: 2 s for 20,000 letters), never
 * cached, split into compound parts or looked up by their near spellings.
 */
export const MAX_WORD_LENGTH = 40;

/** Letters of the shortest stopword read through an added letter (see `Analyzer.isMistypedStopword`). */
const MIN_MISTYPED_STOPWORD = 5;

const analyzers = new Map<string, Analyzer>();
const byTag = new Map<string, Analyzer>();


/**
 * The analyzer of a language given as a BCP 47 tag ("de", "pt-BR", "zh-Hans"); English for null, "und"
 * or a malformed tag, and a language read as another (see `readAs`) as that one. One per language, shared, so its
 * stem cache serves every index; looked up by the tag as given, since the engine asks once per candidate.
 */
export function analyzerFor(tag: string | null | undefined): Analyzer {
  const key = tag ?? '';
  let analyzer = byTag.get(key);
  if (!analyzer) {
    const found = primaryLanguage(key);
    const lang = found === null || found === 'und' ? 'en' : readAs(found);
    analyzer = analyzers.get(lang);
    if (!analyzer) analyzers.set(lang, (analyzer = new Analyzer(lang)));
    byTag.set(key, analyzer);
  }
  return analyzer;
}

const english = analyzerFor('en');

/** English index terms of `text` (see `Analyzer.terms`). */
export const terms = (text: string): string[] => english.terms(text);

/** Whether two words hold the same letters, in any order: one edit apart, they differ by a swap. */
const sameLetters = (a: string, b: string): boolean => [...a].sort().join('') === [...b].sort().join('');
