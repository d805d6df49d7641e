/**
 * Answer quality on the seed article: the questions in fixtures/questions.jsonl were written by hand
 * (paraphrases of each FAQ question, body-only facts, keywords, typos, shouting, and out-of-scope
 * questions that must be abstained on).
 */
import { readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadCatalog } from '../src/catalog.js';
import type { SearchIndex } from '../src/search/engine.js';
import type { Answer } from '../src/search/types.js';

interface Case {
  question: string;
  /** A regular expression the answer or its quote matches; null where the bot must abstain. */
  expect: string | null;
  /**
   * Abstaining is right too: where the articles half-cover the question, or where a paragraph answers a
   * yes-or-no question with less confidence than such answers need (see confidence.ts's WHETHER_PARAGRAPH_DOUBT).
   */
  orAbstain?: boolean;
  kind: string;
}

const cases: Case[] = readFileSync('test/fixtures/questions.jsonl', 'utf8')
  .split('\n')
  .filter((l) => l.trim())
  .map((l) => JSON.parse(l) as Case);

const collapse = (s: string) => s.replace(/\s+/g, ' ').trim();
const fileTexts = new Map<string, string>();
/**
 * The invariant: a quote is an exact substring of its file once runs of whitespace are collapsed; of a
 * saved web page, of its visible text (entities decoded, tags dropped), which a reader sees and can find,
 * without its whitespace (list items the quote sets on lines of their own may be written end to end).
 */
function quoteIsVerbatim(answer: Answer): boolean {
  if (!answer.quote || !answer.source) return answer.answer === null;
  const { file } = answer.source;
  const page = /\.html?$/i.test(file);
  let text = fileTexts.get(file);
  if (text === undefined) {
    const source = readFileSync(file, 'utf8');
    fileTexts.set(file, (text = page ? (parseHTML(source).document.body?.textContent ?? '').replace(/\s+/g, '') : collapse(source)));
  }
  return text.includes(page ? answer.quote.replace(/\s+/g, '') : collapse(answer.quote));
}

describe('answer quality on the seed article', () => {
  let index: SearchIndex;
  let results: { c: Case; a: Answer }[];
  beforeAll(async () => {
    index = (await loadCatalog('content')).index;
    results = cases.map((c) => ({ c, a: index.answer(c.question) }));
  });

  it('answers at least 95% of in-scope questions right at rank 1', () => {
    const inScope = results.filter(({ c }) => c.expect !== null);
    const wrong = inScope.filter(({ c, a }) => !(a.answer?.includes(c.expect!) || a.quote?.includes(c.expect!)));
    const rate = 1 - wrong.length / inScope.length;
    expect(rate, `missed: ${wrong.map(({ c, a }) => `${c.question} -> ${a.answer?.slice(0, 60) ?? 'abstained'}`).join(' | ')}`).toBeGreaterThanOrEqual(0.95);
  });

  it('quotes the sentence that states the fact for every who/when/which/how-many question on the body', () => {
    const facts = results.filter(({ c }) => c.kind === 'fact');
    expect(facts.length).toBeGreaterThanOrEqual(10);
    for (const { c, a } of facts) expect(a.quote, c.question).toContain(c.expect);
  });

  it('abstains on at least 90% of out-of-scope questions', () => {
    const outOfScope = results.filter(({ c }) => c.expect === null);
    const answered = outOfScope.filter(({ a }) => a.answer !== null);
    expect(1 - answered.length / outOfScope.length, `answered: ${answered.map(({ c }) => c.question).join(' | ')}`).toBeGreaterThanOrEqual(0.9);
  });

  it('quotes every answer verbatim from its file, with a confidence in [0, 1]', () => {
    for (const { c, a } of results) {
      expect(quoteIsVerbatim(a), c.question).toBe(true);
      expect(a.confidence).toBeGreaterThanOrEqual(0);
      expect(a.confidence).toBeLessThanOrEqual(1);
      expect(a.alternatives.length).toBeLessThanOrEqual(3);
    }
  });
});

describe('answers on content the tests did not tune on', () => {
  let index: SearchIndex;
  beforeAll(async () => {
    index = (await loadCatalog('test/fixtures/articles')).index;
  });

  it('answers FAQ and body questions from .md and .txt articles, quoting verbatim', () => {
    const asked: [string, string][] = [
      ['how do I sign up for the clean-up', 'Sign up on the council website'],
      ['what happens to the plastic that was collected', 'regional recycling plant'],
      ['can I swim in the river', 'bathing-water limit'],
      ['do I need a library card for the late study rooms', 'entry is by library card only'],
      ['when does the cafe close', '7 p.m.'],
      ['how much does the library extension cost', '£180,000'],
      ['shopping trolleys', '14 shopping trolleys'],
    ];
    for (const [q, expected] of asked) {
      const a = index.answer(q);
      expect(`${a.answer} ${a.quote}`, q).toContain(expected);
      expect(quoteIsVerbatim(a), q).toBe(true);
    }
  });

  it('quotes Markdown paragraphs as written in the file', () => {
    const a = index.answer('plastic bottles two tonnes');
    expect(a.kind).toBe('paragraph');
    expect(a.quote).toContain('**two tonnes**');
    expect(quoteIsVerbatim(a)).toBe(true);
  });

  it('searches one article only when asked to', () => {
    const everywhere = index.answer('how do I sign up');
    expect(everywhere.source?.id).toBe('river-cleanup-2026');
    const restricted = index.answer('how do I sign up', { article: 'library-hours' });
    expect(restricted.source?.id ?? 'library-hours').toBe('library-hours');
    expect(index.answer('anything', { article: 'no-such-article' }).answer).toBeNull();
  });

  it('abstains on an empty or stopword-only question', () => {
    expect(index.answer('').answer).toBeNull();
    expect(index.answer('what is the').answer).toBeNull();
  });
});

/**
 * Sites written by new-user trials, each with every question of its trial that the bot answered right or
 * abstained on honestly (`expect` is a regular expression, read ignoring case, that the answer or its quote
 * matches; null for an abstention). The trials' wrong answers are not listed: they are the work left.
 * - news: 11 articles (9 English, one German, one Spanish) with FAQs whose answers leave the facts to the body;
 * - support: a photo-backup app's 10 support articles (one French), asked as members of its server ask:
 *   short, misspelled and chatty questions, 40 % of them about what the articles do not cover;
 * - gaming: a survival-game community's 9 articles, 4 in German, asked in German, English and a mix of both
 *   (IPs, versions, event times, prices; questions whose number is in no article);
 * - cjk: a rhythm game's community, 9 articles in Traditional Chinese, Japanese and English, asked in both
 *   Chinese scripts, Japanese, English and mixes, with full-width digits, chatter and no spaces;
 * - selfhosted: a self-hosted media server's 10 articles (one Russian, one Portuguese), asked with pasted
 *   errors, config keys, environment variables, versions and ports, in English, Russian and Portuguese;
 * - esports-tr, gaming-id, roleplay-pl: a Turkish esports fan server's 9 articles, an Indonesian gaming
 *   community's 9 (one .txt without `lang:`, detected as Malay) and a Polish GTA roleplay server's 10,
 *   asked as their members type: without diacritics, with chat's greetings, slang and verb forms;
 * - gaming-hinglish: an Indian gaming server's 8 articles in English, asked mostly in Hinglish (Hindi typed
 *   in Latin letters around English words: "bhai scrims kab hai");
 * - cs2-ru, minecraft-pt, creators-es, vtuber-ja: a Russian CS2 community's 9 articles, a Brazilian
 *   Minecraft server's 10, a Latin American creator community's 10 and a Japanese VTuber fan server's 9,
 *   asked as their members type: chat's fillers and clippings ("скок", "тг", "cel", "mic"), Russian in
 *   Latin letters ("kak kupit vip"), casual Japanese endings ("…なんだっけ");
 * - stream-de, roleplay-fr, gaming-vi, gaming-ar: a German streamer's server's 9 articles, a French GTA
 *   roleplay server's 10, a Vietnamese mobile gaming community's 10 and a Gulf and Egyptian gaming
 *   server's 9, asked in chat's German, French without apostrophes ("cest", "lentretien"), Vietnamese
 *   without diacritics and dialect Arabic;
 * - gacha-zh, clan-ko, rov-th, fanta-it: a Chinese gacha game community's 9 articles, a Korean League of
 *   Legends and Valorant clan's 9, a Thai RoV and Free Fire server's 9 and an Italian fantasy football
 *   community's 9, asked in chat's Chinese (pinyin abbreviations, Traditional characters now and then), Korean
 *   without its spaces, Thai with English words and digits typed against it ("ส่งkerryหรือflashคะ") and
 *   Italian without accents ("perche", "lasta");
 * - saas-en, course-en, crypto-en: a SaaS product's support server's 9 articles, a coding bootcamp's 10 and
 *   a web3 game's 9, asked in chat's English (pasted errors, "quick q", "min stake?", "wen mint");
 * - local-news-en, festival-en, shop-es: a US town newspaper's 9 news stories (votes, budgets, closures,
 *   results, some with an FAQ), a UK music festival's 9 pages and a Spanish keyboard shop's 10, asked by
 *   readers, ticket holders and customers (British slang, Spain's Spanish typed without accents: "garantia");
 * - student-nl: a Dutch student association's 9 articles, asked in chat's Dutch and Flemish ("ff", "ofzo",
 *   "kunde gij"), with compounds written apart ("leden vergadering") and yes/no questions opening with a verb;
 * - coop-sv, climbing-da, skiclub-nb: a Swedish housing co-op's 9 articles, a Danish climbing club's 9 and a
 *   Norwegian ski club's 9, asked as their members type ("nån som vet", "hur dags", "er der nogen der ved",
 *   "hva tid"), with compounds written apart and yes/no questions on what the articles do not say. Answers
 *   the trials counted right that open with a "Ja" or "Nej" stating the opposite of the fact are left out
 *   (two Danish, one Swedish; two Dutch ones matched only by their quote);
 * - tandem-es, league-en, harbour-news-en: a Latin American and Spanish language-exchange club's 10 articles,
 *   an amateur esports league's 12 and a British seaside town's 11 news stories (fares, votes, closures, with
 *   FAQs), asked as their members and readers type ("q hora", "cuanta peña", "tac pauses?", "ferry price to
 *   the island?"). Their trials judged an answer right by its FAQ question too: such answers are listed by
 *   their entry's answer;
 * - gaming-el, boardgames-en: a Greek gaming server's 9 articles (Minecraft, FiveM, tournaments, a LAN party),
 *   whose FAQ questions end in Greek's ";" after Latin words and figures ("Πόσο κοστίζει το VIP;"), asked
 *   with and without accents, in Greeklish ("poso kostizei to vip") and with chat's fillers ("ρε παιδιά");
 *   and a British board-game café's 9, asked in chat's English ("do u take cash", "can i book for tonite").
 *   A right answer opening with a "No" that its own exception contradicts ("can i bring a bday cake" → "No,
 *   outside food is not allowed, except birthday cakes") is left out;
 * - dayz-uk, minecraft-ja: a Ukrainian DayZ server's 10 articles, asked in Ukrainian as members type it (the
 *   apostrophe typed any way or left out, Russian words mixed in: "сколько стоит вип", "когда турнір
 *   начинається"), in Latin letters ("skilky koshtuye vip", "koly vaip") and with chat's greetings; and a
 *   Japanese Minecraft server's 10, asked politely and casually, with chat's clippings ("鯖", "メンテ",
 *   "ログボ"), full-width letters and English words. Two Ukrainian answers opening with a "Ні" the question
 *   did not ask for, and one lenient Japanese one, are left out;
 * - roleplay-ro: a Romanian FiveM roleplay server's 10 articles, asked with and without diacritics, with the
 *   old cedilla letters, chat's abbreviations and greetings ("salut, o intrebare, cat costa vip gold?");
 * - esports-fi: a Finnish CS2 community's 10 articles, asked in written and spoken Finnish ("onks servuil
 *   salasanaa", "mä oon faceit lvl 2 voinks pelaa pugeja"), without ä and ö, and with greetings;
 * - bgmi-hi: a Hindi BGMI esports community's 10 articles in Devanagari, asked in Hindi with English words
 *   typed in Latin letters ("night lobby कितने बजे होती है", "prime lobby ka time kya hai") or written in
 *   Devanagari ("रजिस्ट्रेशन"), as members chat;
 * - smp-hu: a Hungarian Minecraft SMP server's 10 articles, asked in written and chat Hungarian, without
 *   accents ("mikor van a banyasz est?"), with endings on English words ("VIP-et", "a PvP-t", "vote-ért")
 *   and chat's abbreviations ("vki megmondja h…");
 * - smp-cs: a Czech Minecraft server's 10 articles, asked in written Czech, without diacritics ("kolik stoji
 *   vip"), in spoken Czech with chat's words ("jj", "mmt", "díky") and with Czech endings on English words
 *   ("whitelistu", "banu");
 * - studio-zh: a Chinese indie game studio's 10 articles, asked in written and chat Chinese ("咋", "啥",
 *   "有没有大佬知道"), with English words ("beta怎么报名") and in other words than the articles';
 * - rp-sk: a Slovak FiveM roleplay server's 10 articles, asked in written Slovak, without diacritics, in
 *   chat with Czech words mixed in ("kolik", "jak dlho") and with Slovak endings on English words ("bannu");
 * - gaming-he: an Israeli Minecraft server's 10 articles, asked in written and chat Hebrew ("אחי מישהו
 *   יודע"), with proclitics on other words than the articles' ("כשהשרת", "ובבנק") and on English ones ("הport");
 * - gaming-fa: a Persian gaming community's 10 articles, asked in written and chat Persian ("چنده", "میشه"),
 *   from an Arabic keyboard ("كي"), in Finglish and with English words (most of those two still missed);
 * - cs2-bg: a Bulgarian gaming community's 10 articles, asked in written and chat Bulgarian, typed in Latin
 *   letters ("kolko struva vip", "4a6a") and with English words (mostly still missed): before its stemmer was
 *   mended, no Bulgarian site loaded.
 * - esports-tl: a Filipino Mobile Legends community's 10 articles, asked in Tagalog, in Taglish ("How much yung
 *   registration fee for the cup?") and in its chat ("kelan po ba giveaway", "san po", "pwede"): before Tagalog
 *   had stopwords, its particles and English's function words counted against every answer.
 * - rp-ms: a Malaysian FiveM roleplay server's 10 articles under "## Soalan lazim" (no FAQ heading before),
 *   asked in written Malay, in Malaysian chat ("keje teksi dpt bape") and with English words; read by the
 *   Indonesian analyser.
 * - esports-bn: a Bangladeshi esports community's 10 articles under "## সচরাচর জিজ্ঞাসিত প্রশ্ন" and
 *   "## প্রশ্নোত্তর", asked in written and chat Bengali, with English words its articles write in Bengali
 *   letters ("tournament", টুর্নামেন্ট) and in Banglish ("vip er dam koto").
 * - craft-sr: a Serbian Minecraft and FiveM community's 10 articles in Cyrillic, asked in Cyrillic and in
 *   Latin letters, with and without diacritics ("koliko kosta vip") and in Croatian ("tko je vlasnik").
 * - cs2-az: an Azerbaijani CS2 and GTA RP community's 10 articles, asked in written Azerbaijani, without its
 *   letters ("ne vaxtdir", "qiymeti"), with endings after a hyphen ("server-lərə") and with Turkish and
 *   Russian chat.
 * - esports-ur: a Pakistani esports community's 10 articles, asked in written and chat Urdu, with English
 *   words its articles write in Urdu letters ("final", فائنل) and in Roman Urdu ("admin kaun hai").
 * - rp-sq: an Albanian FiveM community's 10 articles, asked in written Albanian, without "ë" and "ç", in
 *   Kosovar chat ("qka osht rdm") and with English words.
 * - gamers-ka: a Georgian gaming community's 10 articles, asked in Georgian, in its chat, with English words
 *   ("server-ზე") and typed in Latin letters ("ra ghirs vip", "turniri rodis aris").
 * - gamers-hy: an Armenian gaming community's 10 articles, their FAQ questions marked with "՞" inside a word
 *   ("Ե՞րբ"), asked without it, with English words ("VIP-ը") and typed in Latin letters ("erb e turniry").
 * - rp-lv: a Latvian GTA RP and CS2 community's 10 articles, asked in written Latvian, without its diacritics
 *   ("cik maksa vip"), with Russian words and with English ones (those the articles do not write still abstain).
 * - esports-my: a Myanmar Free Fire and Mobile Legends community's 10 articles, two under "## မေးလေ့ရှိသော
 *   မေးခွန်းများ" and one with questions ending "လဲ။" (no question mark), asked in Burmese, in its chat and
 *   with English words (Burmese typed in Latin letters still abstains).
 * - esports-km: a Cambodian Mobile Legends and PUBG community's 10 articles, two under "## សំណួរដែលសួរញឹកញាប់",
 *   asked in Khmer (written without spaces), in its chat and with English words (Khmer typed in Latin letters
 *   still abstains).
 * - gaming-ta: a Tamil gaming community's 10 articles (BGMI, Free Fire, a Minecraft SMP), asked in written and
 *   spoken Tamil, with English words ("squad-க்கு") and in Tanglish ("mvp ku evlo kudupinga").
 * - esports-kk: a Kazakh CS2 and Dota 2 community's 10 articles under "## Жиі қойылатын сұрақтар", asked in
 *   Kazakh, typed on a Russian keyboard ("вип канша"), in Latin letters ("qansha turady") and with Russian
 *   and English words.
 * - esports-mn: a Mongolian Dota 2 and CS2 community's 10 articles, asked in Mongolian, in its chat, with
 *   English words and typed in Latin letters ("vip hed ve", "hotsorvol yah we").
 * - esports-ne: a Nepali PUBG Mobile and Free Fire community's 10 articles, asked in Nepali, in its chat,
 *   with English words its articles write in Devanagari ("फाइनल") and in Roman Nepali ("scrim kati baje huncha").
 * - esports-uz: an Uzbek CS2 and PUBG Mobile community's 10 articles in the Latin alphabet, asked with "oʻ",
 *   "o'" or "o", in Cyrillic ("Финал қаерда бўлади?"), with Russian and English words.
 */
describe.each([
  { site: 'a news site', folder: 'news', least: 100 },
  { site: 'a support site', folder: 'support', least: 150 },
  { site: 'a bilingual gaming community', folder: 'gaming', least: 130 },
  { site: 'a Chinese, Japanese and English community', folder: 'cjk', least: 130 },
  { site: "a self-hosted software project's community", folder: 'selfhosted', least: 150 },
  { site: 'a Turkish esports community', folder: 'esports-tr', least: 100 },
  { site: 'an Indonesian gaming community', folder: 'gaming-id', least: 120 },
  { site: 'a Polish roleplay server', folder: 'roleplay-pl', least: 115 },
  { site: 'an Indian gaming server asked in Hinglish', folder: 'gaming-hinglish', least: 120 },
  { site: 'a Russian CS2 community', folder: 'cs2-ru', least: 120 },
  { site: 'a Brazilian Minecraft server', folder: 'minecraft-pt', least: 120 },
  { site: 'a Latin American creator community', folder: 'creators-es', least: 105 },
  { site: 'a Japanese VTuber fan server', folder: 'vtuber-ja', least: 115 },
  { site: "a German streamer's server", folder: 'stream-de', least: 100 },
  { site: 'a French roleplay server', folder: 'roleplay-fr', least: 110 },
  { site: 'a Vietnamese mobile gaming community', folder: 'gaming-vi', least: 100 },
  { site: 'a Gulf and Egyptian gaming server', folder: 'gaming-ar', least: 95 },
  { site: 'a Chinese gacha game community', folder: 'gacha-zh', least: 105 },
  { site: 'a Korean League of Legends and Valorant clan', folder: 'clan-ko', least: 105 },
  { site: 'a Thai RoV and Free Fire server', folder: 'rov-th', least: 105 },
  { site: 'an Italian fantasy football community', folder: 'fanta-it', least: 110 },
  { site: "a SaaS product's support server", folder: 'saas-en', least: 130 },
  { site: "a coding bootcamp's community", folder: 'course-en', least: 100 },
  { site: "a web3 game's community", folder: 'crypto-en', least: 120 },
  { site: "a town newspaper's readers", folder: 'local-news-en', least: 95 },
  { site: "a music festival's server", folder: 'festival-en', least: 105 },
  { site: "a Spanish keyboard shop's community", folder: 'shop-es', least: 120 },
  { site: 'a Dutch student association', folder: 'student-nl', least: 120 },
  { site: 'a Swedish housing co-op', folder: 'coop-sv', least: 130 },
  { site: 'a Danish climbing club', folder: 'climbing-da', least: 130 },
  { site: 'a Norwegian ski club', folder: 'skiclub-nb', least: 130 },
  { site: 'a language-exchange club', folder: 'tandem-es', least: 95 },
  { site: 'an amateur esports league', folder: 'league-en', least: 95 },
  { site: "a seaside town's news readers", folder: 'harbour-news-en', least: 95 },
  { site: 'a Greek gaming server asked in Greek and Greeklish', folder: 'gaming-el', least: 150 },
  { site: "a board-game café's community", folder: 'boardgames-en', least: 135 },
  { site: 'a Ukrainian DayZ server asked in Ukrainian, surzhyk and Latin letters', folder: 'dayz-uk', least: 145 },
  { site: 'a Japanese Minecraft server', folder: 'minecraft-ja', least: 125 },
  { site: 'a Romanian roleplay server asked with and without diacritics', folder: 'roleplay-ro', least: 125 },
  { site: 'a Finnish CS2 community asked in written and spoken Finnish', folder: 'esports-fi', least: 120 },
  { site: 'a Hindi BGMI community asked in Hindi mixed with English', folder: 'bgmi-hi', least: 125 },
  { site: 'a Hungarian Minecraft server asked with and without accents', folder: 'smp-hu', least: 130 },
  { site: 'a Czech Minecraft server asked with and without diacritics', folder: 'smp-cs', least: 154 },
  { site: "a Chinese indie game studio's community", folder: 'studio-zh', least: 141 },
  { site: 'a Slovak roleplay server asked with and without diacritics', folder: 'rp-sk', least: 145 },
  { site: 'an Israeli gaming server asked in Hebrew', folder: 'gaming-he', least: 144 },
  { site: 'a Persian gaming community', folder: 'gaming-fa', least: 116 },
  { site: 'a Bulgarian gaming community', folder: 'cs2-bg', least: 120 },
  { site: 'a Filipino esports community asked in Tagalog and Taglish', folder: 'esports-tl', least: 150 },
  { site: 'a Malaysian roleplay server asked in Malay and its chat', folder: 'rp-ms', least: 135 },
  { site: 'a Bangladeshi esports community asked in Bengali, English and Banglish', folder: 'esports-bn', least: 120 },
  { site: 'a Serbian gaming community asked in Cyrillic and Latin letters', folder: 'craft-sr', least: 140 },
  { site: 'an Azerbaijani gaming community asked with and without its letters', folder: 'cs2-az', least: 140 },
  { site: 'a Pakistani esports community asked in Urdu, English and Roman Urdu', folder: 'esports-ur', least: 120 },
  { site: 'an Albanian roleplay community asked with and without its letters', folder: 'rp-sq', least: 150 },
  { site: 'a Georgian gaming community asked in Georgian and Latin letters', folder: 'gamers-ka', least: 125 },
  { site: 'an Armenian gaming community asked in Armenian and Latin letters', folder: 'gamers-hy', least: 130 },
  { site: 'a Latvian roleplay community asked with and without diacritics', folder: 'rp-lv', least: 145 },
  { site: 'a Myanmar esports community asked in Burmese and its chat', folder: 'esports-my', least: 120 },
  { site: 'a Cambodian esports community asked in Khmer and its chat', folder: 'esports-km', least: 120 },
  { site: 'a Tamil gaming community asked in Tamil, English and Tanglish', folder: 'gaming-ta', least: 140 },
  { site: 'a Kazakh esports community asked in Kazakh, Russian-keyboard Kazakh and Latin letters', folder: 'esports-kk', least: 105 },
  { site: 'a Mongolian esports community asked in Mongolian and Latin letters', folder: 'esports-mn', least: 150 },
  { site: 'a Nepali esports community asked in Nepali, English and Roman Nepali', folder: 'esports-ne', least: 130 },
  { site: 'an Uzbek esports community asked in Latin and Cyrillic letters', folder: 'esports-uz', least: 140 },
  { site: 'a Telugu gaming community asked in Telugu, English and Tenglish', folder: 'gaming-te', least: 100 },
  { site: 'a Marathi Minecraft and BGMI community asked in Marathi, English and Roman Marathi', folder: 'minecraft-mr', least: 100 },
  { site: 'a Lao mobile gaming community', folder: 'gaming-lo', least: 100 },
  { site: 'a Sri Lankan gaming community asked in Sinhala, English and Singlish', folder: 'gaming-si', least: 95 },
  { site: "an online mattress and furniture shop's customer support", folder: 'shop-en', least: 125 },
  { site: 'a Kannada gaming community asked in Kannada, English and Kanglish', folder: 'gaming-kn', least: 80 },
  { site: 'a Gujarati gaming community asked in Gujarati, English and Gujlish', folder: 'gaming-gu', least: 80 },
  { site: 'a Punjabi gaming community asked in Gurmukhi, English and Latin letters', folder: 'gaming-pa', least: 90 },
  { site: 'a Malayalam gaming community asked in Malayalam, English and Manglish', folder: 'gaming-ml', least: 80 },
  { site: "a food-delivery app's customer and courier support", folder: 'delivery-en', least: 140 },
  { site: "an indie game studio's community (patch notes, rules, merch, modding)", folder: 'indie-en', least: 125 },
  { site: 'a Catalan Minecraft and Valorant community', folder: 'minecraft-ca', least: 125 },
  { site: 'a Croatian esports and FiveM roleplay community', folder: 'esports-hr', least: 110 },
  { site: 'a Lithuanian CS2 and Minecraft community', folder: 'gaming-lt', least: 115 },
  { site: 'a Slovenian Minecraft and League of Legends community', folder: 'minecraft-sl', least: 120 },
  { site: 'an Estonian CS2 and Rust community', folder: 'gaming-et', least: 125 },
  { site: 'a Dungeons & Dragons play-by-post and voice-session server', folder: 'ttrpg-en', least: 120 },
  { site: "a consumer VPN's support server", folder: 'vpn-en', least: 130 },
  { site: 'a German Minecraft and ARK server', folder: 'gameserver-de', least: 100 },
  { site: "a climbing and fitness gym chain's members", folder: 'gym-en', least: 115 },
  { site: 'a bilingual (English and Spanish) mobile game community, each member asking in their own language', folder: 'mobile-en-es', least: 85 },
  { site: 'a French Minecraft server', folder: 'minecraft-fr', least: 120 },
  { site: "an open-source static-site generator's community", folder: 'ssg-en', least: 140 },
  { site: "a Japanese trading-card shop's community", folder: 'tcgshop-ja', least: 100 },
  { site: "a Taiwanese mobile MMORPG guild's server, in Traditional Chinese", folder: 'guild-zh-tw', least: 125 },
  { site: "a regional magazine's reader community", folder: 'magazine-en', least: 125 },
  { site: "a German web-hosting company's customers", folder: 'webhost-de', least: 125 },
  { site: 'a French board-game café and association', folder: 'boardgames-fr', least: 130 },
  { site: 'a community makerspace', folder: 'makerspace-en', least: 130 },
  { site: 'an Italian photography club', folder: 'photoclub-it', least: 120 },
  { site: 'a Polish car club', folder: 'carclub-pl', least: 130 },
  { site: "a Brazilian fibre internet provider's customers", folder: 'isp-pt', least: 130 },
  { site: "an Argentine football supporters' club", folder: 'supporters-es', least: 130 },
  { site: "a university students' society", folder: 'society-en', least: 120 },
  { site: "a Korean esports team's fan server, asked casually in Korean", folder: 'fanclub-ko', least: 110 },
  { site: 'a Russian-speaking homelab and self-hosting community', folder: 'homelab-ru', least: 119 },
  { site: 'a Dutch amateur football club', folder: 'football-nl', least: 130 },
  { site: "an indie survival game's player community", folder: 'survival-en', least: 133 },
  { site: "a tabletop wargaming store's community", folder: 'wargaming-en', least: 131 },
  { site: "a Mexican streamer's community, asked in its chat", folder: 'streamer-mx', least: 128 },
  { site: 'a Turkish Minecraft and Valorant server, asked with and without Turkish letters', folder: 'gaming-tr', least: 106 },
  { site: "an Indonesian programming course's students", folder: 'course-id', least: 122 },
  { site: 'a Korean K-pop fan community, asked casually in Korean', folder: 'fandom-ko', least: 121 },
  { site: 'a Turkish university computer club, asked with and without Turkish letters', folder: 'club-tr', least: 122 },
  { site: 'an Indonesian mobile game guild, asked in its chat', folder: 'guild-id', least: 126 },
  { site: "a project-management SaaS product's customers", folder: 'saas-support-en', least: 137 },
  { site: 'an Italian home-cooking school, asked with and without accents', folder: 'cooking-it', least: 140 },
  { site: 'a Brazilian Minecraft roleplay server, asked in its chat', folder: 'rp-pt', least: 121 },
  { site: 'a Thai RoV student league, asked with members\' particles', folder: 'league-th', least: 120 },
  { site: 'a Vietnamese IELTS study group, asked with and without diacritics', folder: 'ielts-vi', least: 123 },
  { site: "a city marathon's runners", folder: 'marathon-en', least: 130 },
  { site: 'a Thai university dormitory and student union, asked with members\' particles', folder: 'dorm-th', least: 148 },
  { site: 'a Vietnamese Liên Quân clan, asked in teen code', folder: 'clan-vi', least: 128 },
  { site: "a Spanish padel club's members", folder: 'padel-es', least: 134 },
  { site: "an open-source note-taking app's users and contributors", folder: 'notes-en', least: 131 },
  { site: 'an Indian college tech fest, asked in Hindi and Hinglish', folder: 'techfest-hi', least: 111 },
  { site: 'an Arabic gaming café in Riyadh and Cairo, asked in dialect', folder: 'cafe-ar', least: 126 },
  { site: "a German Alpine club section's members", folder: 'alpine-de', least: 110 },
  { site: 'a French amateur astronomy association', folder: 'astro-fr', least: 132 },
  { site: 'a Czech cycling club, asked with and without diacritics', folder: 'cycling-cs', least: 110 },
  { site: 'a Finnish LAN party, asked as members type', folder: 'lanparty-fi', least: 135 },
  { site: 'a Ukrainian programming school, with English terms typed in Cyrillic', folder: 'school-uk', least: 130 },
  { site: 'a Chinese board-game café, asked in its chat', folder: 'boardgames-zh', least: 137 },
  { site: "a Czech university students' association", folder: 'students-cs', least: 115 },
  { site: 'a Finnish floorball club', folder: 'floorball-fi', least: 116 },
  { site: 'a Russian DevOps community, with English terms typed in Cyrillic', folder: 'devops-ru', least: 116 },
  { site: 'a Chinese online programming bootcamp', folder: 'bootcamp-zh', least: 140 },
  { site: 'a Greek board-game club, asked with and without accents and in Greeklish', folder: 'boardgames-el', least: 120 },
  { site: 'a Romanian first-aid association, asked with and without diacritics', folder: 'firstaid-ro', least: 133 },
  { site: 'a Hungarian Minecraft community, asked as teenagers type', folder: 'minecraft-hu', least: 101 },
  { site: 'a Swedish orienteering club', folder: 'orienteering-sv', least: 109 },
  { site: "a self-hosted photo-library app's users", folder: 'photolibrary-en', least: 144 },
  { site: 'a Hungarian hiking association, asked with and without accents', folder: 'hiking-hu', least: 123 },
  { site: 'a Norwegian youth football club', folder: 'football-nb', least: 131 },
  { site: 'a Swedish community choir', folder: 'choir-sv', least: 104 },
  { site: 'a UK community theatre group', folder: 'theatre-en', least: 119 },
  { site: "an open-source Python library's developers", folder: 'pylib-en', least: 150 },
  { site: 'a German chess club', folder: 'chess-de', least: 124 },
  { site: "a Spanish language academy's students, asked without accents too", folder: 'academy-es', least: 124 },
  { site: 'a Danish rowing club, asked with "aa" for "å" too', folder: 'rowing-da', least: 128 },
  { site: 'an English Minecraft survival server', folder: 'smp-en', least: 137 },
  { site: 'a Japanese board-game café', folder: 'boardgamecafe-ja', least: 118 },
  { site: 'a French student association, asked in SMS spelling too', folder: 'students-fr', least: 125 },
  { site: 'a Norwegian student housing co-op', folder: 'housing-nb', least: 130 },
  { site: 'a Japanese university anime circle', folder: 'animeclub-ja', least: 118 },
  { site: 'an American cycling club', folder: 'cycling-en', least: 136 },
  { site: 'a Québec amateur hockey league', folder: 'hockey-fr', least: 133 },
  { site: 'a Leeds allotment association', folder: 'allotments-en', least: 135 },
  { site: 'a Leipzig food-sharing network, asked with "ue" for "ü" too', folder: 'foodsharing-de', least: 136 },
  { site: 'a Bologna climbing gym', folder: 'climbing-it', least: 128 },
  { site: 'a Seoul university dance club, asked in chat spelling too', folder: 'danceclub-ko', least: 126 },
  { site: 'a Portland cycling club', folder: 'bikeclub-en', least: 128 },
  { site: 'a São Paulo coworking space, asked without accents too', folder: 'coworking-pt', least: 126 },
  { site: 'a Utrecht student rowing club', folder: 'rowing-nl', least: 128 },
  { site: 'an Osaka board-game café, asked with loanwords in hiragana too', folder: 'gamecafe-ja', least: 121 },
  { site: "an indie co-op game's Discord, asked in chat shorthand too", folder: 'coopgame-en', least: 172 },
  { site: 'a Guadalajara running club, asked in Mexican chat spelling too', folder: 'runningclub-es', least: 129 },
  { site: 'a Vienna language café, asked in Austrian German too', folder: 'sprachcafe-de', least: 128 },
  { site: 'a Shanghai photography club', folder: 'photoclub-zh', least: 132 },
  { site: 'a Manchester tabletop role-playing Discord', folder: 'dicecollective-en', least: 150 },
  { site: 'a Valencia padel club, asked in Spain chat spelling too', folder: 'padelclub-es', least: 166 },
  { site: 'a Munich Alpine club section, asked with Bavarian words too', folder: 'alpenverein-de', least: 117 },
  { site: 'a Leeds woodworking and makerspace co-op', folder: 'woodshop-en', least: 128 },
  { site: 'a Lyon book club and second-hand bookshop, asked in French chat spelling too', folder: 'bookclub-fr', least: 109 },
  { site: 'a São Paulo cycling group, asked in Brazilian chat spelling too', folder: 'pedal-pt', least: 125 },
  { site: 'an Osaka judo dojo, asked as typed on phones too', folder: 'judo-ja', least: 110 },
  { site: 'a Turin community choir, asked in Italian chat spelling too', folder: 'choir-it', least: 120 },
  { site: 'a Hamburg chess club, asked without umlauts too', folder: 'chessclub-de', least: 116 },
  { site: 'a Buenos Aires chess club, asked in Argentine chat spelling too', folder: 'ajedrez-es', least: 120 },
  { site: 'a Busan university esports club, asked in Korean chat spelling too', folder: 'esportsclub-ko', least: 117 },
  { site: "an early-access survival game's Discord, asked as gamers type too", folder: 'earlyaccess-en', least: 113 },
  { site: 'a Kraków climbing gym, asked without Polish diacritics too', folder: 'climbinggym-pl', least: 119 },
  { site: 'a Moscow board-game café, asked in Russian chat spelling too', folder: 'boardgamecafe-ru', least: 128 },
  { site: 'a Utrecht student rowing club, asked in Dutch chat shorthand too', folder: 'roeiclub-nl', least: 149 },
  { site: 'a Leeds classic car club, asked in chat shorthand too', folder: 'carclub-en', least: 130 },
  { site: 'an Izmir amateur basketball league, asked without Turkish letters too', folder: 'basketball-tr', least: 134 },
  { site: 'an Uppsala choir, asked without å, ä and ö too', folder: 'kor-sv', least: 107 },
  { site: 'a Toronto community theatre, asked in chat shorthand too', folder: 'playhouse-en', least: 123 },
  { site: 'a Surabaya Mobile Legends league, asked in Indonesian chat shorthand too', folder: 'mlbbcup-id', least: 130 },
  { site: 'a Lviv volunteer programming school, asked in Ukrainian chat spelling too', folder: 'codeschool-uk', least: 138 },
  { site: 'a Glasgow food bank, asked in Scots and chat shorthand too', folder: 'foodbank-en', least: 124 },
  { site: 'a Manila Valorant community, asked in Taglish chat too', folder: 'valorant-tl', least: 120 },
  { site: 'a Cairo study group, asked in Egyptian Arabic and Arabizi too', folder: 'studygroup-ar', least: 113 },
  { site: 'a Hanoi weekend cycling club, asked without Vietnamese diacritics too', folder: 'cyclingclub-vi', least: 135 },
  { site: 'a Bangkok running club, asked in casual Thai chat too', folder: 'runclub-th', least: 138 },
  { site: 'a Pune college tech fest, asked in Hinglish and Devanagari too', folder: 'techfest-hinglish', least: 170 },
  { site: 'an online bicycle-parts shop, asked as customers write to a support bot', folder: 'bikeshop-en', least: 168 },
  { site: 'a Cluj hiking club, asked without Romanian diacritics too', folder: 'drumetii-ro', least: 158 },
  { site: 'an Athens board-game café, asked in Greeklish and without accents too', folder: 'boardgamecafe-el', least: 133 },
  { site: 'a Tehran photography club, asked in colloquial Persian and Finglish too', folder: 'photoclub-fa', least: 141 },
  { site: 'a Brno esports club, asked without Czech diacritics too', folder: 'esportclub-cs', least: 132 },
  { site: "a London primary school's parents' association, asked as parents type on their phones", folder: 'pta-en', least: 145 },
  { site: "a university systems programming course's server, asked as students type at 2 a.m.", folder: 'cs241-en', least: 135 },
  { site: 'a Brazilian FiveM roleplay city, asked in Brazilian chat shorthand too', folder: 'fivem-pt', least: 154 },
  { site: 'an Israeli Minecraft survival server, asked in Hebrew slang too', folder: 'minecraft-he', least: 139 },
  { site: "a regional news site's readers, asking about its stories", folder: 'ledger-en', least: 124 },
  { site: 'an Argentine football fan club, asked with voseo and lunfardo too', folder: 'hinchada-es', least: 149 },
  { site: 'a Japanese VRChat community, asked in casual Japanese too', folder: 'vrchat-ja', least: 133 },
  { site: "a shipping-label API's developer support server, asked as developers type", folder: 'parcelbeam-en', least: 173 },
  { site: 'a German Minecraft server, asked in German chat too', folder: 'blockheim-de', least: 122 },
  { site: 'a Korean K-pop fan community, asked in casual Korean too', folder: 'starlight-ko', least: 160 },
  { site: 'a Curitiba skateboarding collective, asked in Brazilian chat spelling too', folder: 'skatecollective-pt', least: 50 },
  { site: 'a Hanoi badminton club, asked without Vietnamese diacritics too', folder: 'badminton-vi', least: 47 },
  { site: "a Bologna cooking school's alumni, asked in Italian chat spelling too", folder: 'cookingalumni-it', least: 44 },
  { site: 'a Zürich ultimate frisbee club, asked in Swiss German chat too', folder: 'frisbee-de', least: 46 },
  { site: 'a Santiago trekking club, asked in Chilean chat too', folder: 'trekking-es', least: 53 },
  { site: 'an Edinburgh game jam community, asked as gamers type too', folder: 'gamejam-en', least: 42 },
  { site: 'an Ericeira surf club, asked in European Portuguese chat too', folder: 'surfclub-pt', least: 55 },
  { site: 'a Montréal community garden, asked in Québécois chat too', folder: 'communitygarden-fr', least: 57 },
  { site: 'a Bengaluru developer meetup, asked in Indian English and Hinglish too', folder: 'devmeetup-en', least: 58 },
  { site: "a Berlin tenants' association, asked in everyday German too", folder: 'tenants-de', least: 39 },
  { site: "a Lagos university's tech alumni, asked in Nigerian Pidgin too", folder: 'techalumni-pcm', least: 60 },
  { site: 'a Nairobi running club, asked in Swahili and Sheng too', folder: 'runners-sw', least: 49 },
  { site: 'a Quezon City badminton league, its English articles asked in Taglish too', folder: 'badmintonleague-taglish', least: 53 },
  { site: "a Jakarta game developers' community, asked in Jakarta chat too", folder: 'gamedev-id', least: 50 },
  { site: 'an Istanbul astronomy club, asked without Turkish letters too', folder: 'astronomy-tr', least: 49 },
  { site: 'a Seoul board game café, asked in Korean chat too', folder: 'boardgamecafe-ko', least: 45 },
  { site: "a Lahore university's robotics society, its English articles asked in Roman Urdu too", folder: 'robotics-urdu', least: 56 },
  { site: "a Cairo photographers' community, asked in Egyptian Arabic too", folder: 'photographers-arz', least: 50 },
  { site: "a budgeting app's support server, asked as hurried customers type", folder: 'budgetapp-en', least: 52 },
  { site: 'an English market town newspaper whose stories end with an FAQ', folder: 'townnews-en', least: 45 },
  { site: 'an Indian online coding school, asked in Indian English and Hinglish too', folder: 'codingschool-enin', least: 65 },
  { site: 'an Australian gaming community, asked in Australian chat too', folder: 'gamingau-en', least: 51 },
  { site: "a Belo Horizonte medical students' athletic association, asked in Brazilian chat too", folder: 'atletica-ptbr', least: 49 },
  { site: 'a Valencia padel club, asked in Spain\'s chat too', folder: 'padelvlc-es', least: 58 },
  { site: 'a Berlin pen-and-paper role-playing club, asked in chat German too', folder: 'penpaper-de', least: 51 },
  { site: 'a Lyon local news site whose articles end with an FAQ', folder: 'lyonnews-fr', least: 49 },
  { site: "an Indian online pharmacy's customer support, asked in Indian English, Hinglish and SMS style too", folder: 'pharmacy-enin', least: 55 },
  { site: "a fantasy cricket app's players, asked in Indian English and Hinglish too", folder: 'fantasy-enin', least: 53 },
  { site: 'a Franconian regional newspaper whose stories end with an FAQ, asked in chat German too', folder: 'localnews-de', least: 49 },
  { site: "a Chengdu housing estate's residents, asked in colloquial Chinese too", folder: 'community-zh', least: 56 },
  { site: "a prepaid mobile carrier's customer support, asked as customers type in a hurry", folder: 'mobileplan-en', least: 52 },
  { site: 'an Osaka cram school, asked in casual Japanese and hiragana too', folder: 'juku-ja', least: 54 },
  { site: "a Seoul apartment complex's residents, asked in casual Korean too", folder: 'apartment-ko', least: 46 },
  { site: "a Bangkok condominium's residents, asked in chat Thai too", folder: 'condo-th', least: 64 },
  { site: "a Hong Kong housing estate's residents, asked in written Cantonese too", folder: 'estate-yue', least: 62 },
  { site: "an Indian mattress brand's customer support, asked in Indian English and Hinglish too", folder: 'mattress-enin', least: 58 },
  { site: "a Mexican digital bank's users, asked in Mexican chat Spanish too", folder: 'fintech-mx', least: 48 },
  { site: "a Japanese kitchenware shop's customers, asked in casual Japanese too", folder: 'kitchenshop-ja', least: 50 },
  { site: "a Turkish online fashion shop's customers, asked without Turkish letters too", folder: 'fashionshop-tr', least: 48 },
  { site: "a Taiwanese food-delivery app's users, asked in Taiwan's chat too", folder: 'delivery-tw', least: 50 },
  { site: "a Vietnamese home internet provider's customers, asked without diacritics too", folder: 'isp-vi', least: 56 },
  { site: "a Saudi grocery-delivery app's customers, asked in Gulf Arabic too", folder: 'grocery-ar', least: 52 },
  { site: "a Polish parcel-locker company's customers, asked without Polish letters too", folder: 'parcels-pl', least: 57 },
  { site: "a Brazilian gym chain's members, asked in Brazilian chat too", folder: 'gym-ptbr', least: 53 },
  { site: "a French mutual health insurer's members, asked in SMS French too", folder: 'mutuelle-fr', least: 47 },
  { site: "an Indonesian e-wallet's users, asked in chat Indonesian too", folder: 'ewallet-id', least: 56 },
  { site: 'a Russian online exam-prep school, asked in chat Russian and Latin letters too', folder: 'onlineschool-ru', least: 48 },
  { site: 'a north Indian coaching institute, asked in Hindi and Hinglish', folder: 'coaching-hi', least: 49 },
  { site: 'a Tyrolean ski school, asked in Austrian chat German too', folder: 'skischool-at', least: 44 },
  { site: 'a Buenos Aires coworking space, asked in Rioplatense chat Spanish too', folder: 'cowork-ar', least: 55 },
  { site: 'a Casablanca youth football academy, asked in French and Darija', folder: 'academy-ma', least: 47 },
  { site: "a Singapore hawker-food delivery app's users, asked in Singlish too", folder: 'hawker-sg', least: 54 },
  { site: "a Dutch energy supplier's customers, asked in chat Dutch too", folder: 'energy-nl', least: 53 },
  { site: "an Italian dental clinic chain's patients, asked in chat Italian too", folder: 'dental-it', least: 58 },
  { site: "a Cyclades ferry operator's passengers, asked in Greeklish too", folder: 'ferry-el', least: 58 },
  { site: "a Stockholm housing co-op's residents, asked in chat Swedish too", folder: 'brf-sv', least: 49 },
  { site: "a Ukrainian online school's students, asked with surzhyk and Latin i too", folder: 'courses-uk', least: 42 },
  { site: "a Romanian energy supplier's customers, asked without diacritics too", folder: 'power-ro', least: 61 },
  { site: "a Czech electronics e-shop's customers, asked without diacritics too", folder: 'eshop-cs', least: 56 },
  { site: "a Haifa community centre's residents, asked in chat Hebrew too", folder: 'matnas-he', least: 43 },
  { site: "a Cairo online shop's customers, asked in Egyptian Arabic and Arabizi too", folder: 'eshop-eg', least: 36 },
  { site: "a Tehran women's gym's members, asked in colloquial Persian and Finglish too", folder: 'gym-ir', least: 52 },
  { site: 'a Zurich climbing club, asked in Swiss German chat too', folder: 'club-ch', least: 55 },
  { site: "a Turkish fibre provider's customers, asked without Turkish letters too", folder: 'isp-tr', least: 57 },
  { site: "an indie MMO's young players, asked in gamer chat too", folder: 'mmo-en', least: 58 },
  { site: "a Kazakhstan digital bank's customers, asked in Russian with Kazakh words too", folder: 'bank-kz', least: 50 },
  { site: "an Antwerp youth movement's parents and leaders, asked in Flemish chat too", folder: 'youth-be', least: 47 },
  { site: 'a Lahore tuition academy, asked in Roman Urdu too', folder: 'academy-pk', least: 42 },
  { site: 'a Kingston carnival band, asked in Jamaican Patois too', folder: 'carnival-jm', least: 51 },
  { site: 'a Seoul K-pop dance academy, asked in Korean teen chat too', folder: 'kpop-ko', least: 51 },
  { site: "a Ho Chi Minh City English centre's students, asked in Vietnamese teencode too", folder: 'english-vn', least: 48 },
  { site: 'a Bratislava bike-share co-operative, asked in Slovak without diacritics too', folder: 'bikeshare-sk', least: 33 },
  { site: 'a Sofia coworking space, asked in Bulgarian in Latin letters too', folder: 'coworking-bg', least: 47 },
  { site: 'a Split sailing school, asked in Croatian without diacritics and Dalmatian too', folder: 'sailing-hr', least: 43 },
  { site: 'a Riga basketball club, asked in Latvian without diacritics too', folder: 'basketball-lv', least: 38 },
  { site: "a Montreal daycare centre's parents, asked in Québec French too", folder: 'daycare-qc', least: 36 },
  { site: 'a Buenos Aires futsal league, asked in Rioplatense chat too', folder: 'futsal-ar', least: 50 },
  { site: 'a Dhaka debating society, asked in Banglish too', folder: 'debate-bn', least: 32 },
  { site: 'a Chennai cricket academy, asked in Tanglish too', folder: 'cricket-ta', least: 32 },
  { site: 'a Kochi photography club, asked in Manglish too', folder: 'photo-ml', least: 26 },
  { site: 'a Tbilisi hiking club, asked in Georgian typed in Latin letters too', folder: 'hiking-ka', least: 33 },
  { site: 'an Almaty Dota 2 community, asked in Kazakh typed on a Russian keyboard too', folder: 'dota-kk', least: 39 },
  { site: 'a Tashkent IT school, asked in Uzbek without its apostrophes too', folder: 'itcourse-uz', least: 39 },
  { site: 'a Karachi robotics society, asked in Roman Urdu too', folder: 'robotics-ur', least: 35 },
  { site: 'a Pune gully-cricket league, asked in Roman Marathi too', folder: 'cricket-mr', least: 40 },
  { site: 'a Hyderabad BGMI community, asked in Tenglish too', folder: 'bgmi-te', least: 42 },
  { site: 'a Yerevan chess club, asked in Armenian typed in Latin letters too', folder: 'chess-hy', least: 43 },
  { site: 'a Yangon amateur football league, asked in casual Burmese too', folder: 'football-my', least: 47 },
  { site: 'a Barcelona castellers colla, asked in Catalan chat too', folder: 'castells-ca', least: 41 },
  { site: 'an Ahmedabad garba group, asked in Roman Gujarati too', folder: 'garba-gu', least: 37 },
  { site: 'a Bengaluru trekking club, asked in Kanglish too', folder: 'trek-kn', least: 29 },
  { site: 'a Kathmandu futsal league, asked in Roman Nepali too', folder: 'futsal-ne', least: 31 },
  { site: 'a Tirana hiking club, asked in Albanian chat too', folder: 'hiking-sq', least: 40 },
  { site: 'a Tartu student choir, asked in Estonian chat too', folder: 'choir-et', least: 43 },
  { site: 'a Donostia pelota club, asked in Basque chat too', folder: 'pelota-eu', least: 43 },
  { site: 'an Astana chess club, asked in Kazakh without its letters too', folder: 'chess-kk', least: 41 },
  { site: 'a Samarkand youth football academy, asked in Uzbek chat too', folder: 'football-uz', least: 48 },
  { site: 'a Chittagong coding bootcamp, asked in Banglish too', folder: 'bootcamp-bn', least: 35 },
  { site: 'a Lahore club cricket team, asked in Roman Urdu too', folder: 'cricket-ur', least: 40 },
  { site: 'a Gyumri folk-dance school, asked in Armenian typed in Latin letters too', folder: 'dance-hy', least: 42 },
  { site: 'a Mandalay Mobile Legends community, asked in casual Burmese too', folder: 'mlbb-my', least: 44 },
  { site: "a Twitch streamer's community, asked in lowercase chat too", folder: 'streamteam-en', least: 42 },
  { site: "a Minecraft modpack's support server, asked with pasted errors too", folder: 'modpack-en', least: 44 },
  { site: 'a Buenos Aires amateur football league, asked in Rioplatense chat too', folder: 'liga-es', least: 44 },
  { site: 'a Brazilian online coding bootcamp, asked in Brazilian chat too', folder: 'curso-ptbr', least: 50 },
  { site: 'a Leipzig climbing and bouldering gym, asked without umlauts too', folder: 'kletterhalle-de', least: 51 },
  { site: "a Toulouse engineering school's student union, asked in French SMS chat too", folder: 'bde-fr', least: 53 },
  { site: "a self-hosted photo library's Discord, asked with pasted commands too", folder: 'oss-en', least: 34 },
  { site: "a UK university's anime and gaming society, asked in student chat too", folder: 'animesoc-en', least: 40 },
  { site: 'a Pune student hackathon, asked in Indian English and Hinglish too', folder: 'hackathon-enin', least: 45 },
  { site: 'a Turin CrossFit box, asked in Italian chat too', folder: 'palestra-it', least: 40 },
  { site: 'a Kraków online English school, asked without Polish letters too', folder: 'kurs-pl', least: 52 },
  { site: "a Utrecht animal shelter's volunteers, asked in Dutch chat too", folder: 'dierenasiel-nl', least: 41 },
  { site: "an Istanbul university photography club, asked in Turkish without its letters too", folder: 'photoclub-tr', least: 45 },
  { site: 'an Indonesian Roblox game-developer community, asked in Indonesian chat slang too', folder: 'robloxdev-id', least: 55 },
  { site: "a doujin circle's fans before Comiket, asked in casual Japanese too", folder: 'doujin-ja', least: 43 },
  { site: "a small-town English library's saved web pages, asked in chat shorthand too", folder: 'library-en', least: 46 },
  { site: "a Bavarian sports club's saved web pages, asked in German chat too", folder: 'sportverein-de', least: 39 },
  { site: 'a Ukrainian GTA V roleplay server, asked in surzhyk chat too', folder: 'gtarp-uk', least: 45 },
  { site: 'a Korean Valorant clan, asked in Korean chat with English game terms too', folder: 'valorant-ko', least: 44 },
  { site: "a Hanoi university volunteering club, asked in Vietnamese without diacritics too", folder: 'volunteer-vi', least: 44 },
  { site: 'a Russian Minecraft survival server, asked in Russian gamer slang too', folder: 'minecraft-ru', least: 43 },
  { site: 'a Filipino Mobile Legends community, asked in Taglish too', folder: 'mlbbcommunity-tl', least: 43 },
  { site: "a Swedish housing cooperative's saved web pages, asked without å, ä, ö too", folder: 'bostad-sv', least: 47 },
  { site: 'a Taipei board-game café, asked in Taiwanese chat too', folder: 'boardgamecafe-zh', least: 46 },
  { site: "a survival game studio's support server (crashes, refunds, saves), asked in gamer shorthand too", folder: 'driftwood-en', least: 43 },
  { site: 'a Mexican online English academy, asked in Mexican chat Spanish too', folder: 'englishacademy-mx', least: 47 },
  { site: "a Brazilian CS2 team's fan community, asked in Brazilian chat Portuguese too", folder: 'torcida-ptbr', least: 40 },
  { site: 'a German computer science student council, asked in German student chat too', folder: 'fachschaft-de', least: 46 },
  { site: "a French Twitch streamer's community, asked in SMS-style French too", folder: 'twitch-fr', least: 42 },
  { site: 'a Bologna Erasmus student association, asked in Italian chat too', folder: 'esn-it', least: 40 },
])('answers on $site written by a new-user trial', ({ folder, least }) => {
  const asked: Case[] = readFileSync(`test/fixtures/${folder}-questions.jsonl`, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as Case);
  let index: SearchIndex;
  beforeAll(async () => {
    index = (await loadCatalog(`test/fixtures/${folder}`)).index;
  });

  it('answers each with the fact asked for, quoted verbatim, or abstains where the articles do not say', () => {
    const wrong: string[] = [];
    for (const c of asked) {
      const a = index.answer(c.question);
      const right = a.answer === null ? c.expect === null || c.orAbstain === true : c.expect !== null && new RegExp(c.expect, 'i').test(`${a.answer} ${a.quote}`);
      if (!right || !quoteIsVerbatim(a)) wrong.push(`${c.kind}: ${c.question} → ${a.answer === null ? 'abstained' : `${a.quote ?? a.answer} (${a.confidence})`}`);
    }
    expect(wrong).toEqual([]);
    expect(asked.length).toBeGreaterThan(least);
  });
});
