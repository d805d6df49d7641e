import { collapse } from './blocks.js';

/**
 * What marks an FAQ in any language: the names of an FAQ section, and the question marks of each script.
 *
 * No maintained package lists FAQ section names by language, so this table is ours. It covers every
 * language eld detects (src/language/detect.ts), Indonesian and Irish, which the analysis knows, and the
 * widely written languages eld lacks, which detect.ts tells by their letters (Kazakh, Khmer, Burmese,
 * Sinhala, Mongolian) or an article declares with `lang:` (Nepali, Swahili, Uzbek, Kyrgyz, Macedonian, …):
 * a section under a name it lacks is
 * read as text, its entries lost (a Slovak trial's "## Časté otázky", a Malay one's "## Soalan lazim", a
 * Bengali one's "## সচরাচর জিজ্ঞাসিত প্রশ্ন": 18 FAQ entries of 43 read; a Kazakh one's "## Жиі қойылатын
 * сұрақтар": none of 31).
 * Each name is the one publishers use as a section heading (the
 * usual translation of "Frequently asked questions" and of "Questions and answers"). Compared as
 * `headingKey` leaves them, so case and accents do not matter: "HAUFIGE FRAGEN" is "Häufige Fragen".
 * To add a language, add its names here (docs/content-format.md, "FAQ section names"; docs/faq-labels.md is generated
 * from this table).
 */
export const FAQ_HEADINGS: Readonly<Record<string, readonly string[]>> = {
  en: ['FAQ', 'FAQs', 'F.A.Q.', 'F.A.Q', 'Q&A', 'Q & A', 'Q and A', 'Questions and answers', 'Questions & answers', 'Frequently asked questions'],
  af: ['Algemene vrae', 'Gereelde vrae', 'Vrae en antwoorde'],
  am: ['ተደጋግመው የሚጠየቁ ጥያቄዎች', 'ጥያቄና መልስ'],
  ar: ['الأسئلة الشائعة', 'أسئلة شائعة', 'الأسئلة المتكررة', 'أسئلة متكررة', 'الأسئلة المتداولة', 'أسئلة وأجوبة', 'سؤال وجواب'],
  az: ['Tez-tez verilən suallar', 'Tez-tez soruşulan suallar', 'Sual-cavab', 'Suallar və cavablar'],
  be: ['Частыя пытанні', 'Пытанні і адказы'],
  bg: ['Често задавани въпроси', 'Въпроси и отговори'],
  bn: ['সাধারণ জিজ্ঞাসা', 'সচরাচর জিজ্ঞাসিত প্রশ্ন', 'প্রায়শই জিজ্ঞাসিত প্রশ্ন', 'প্রায়শই জিজ্ঞাসিত প্রশ্নাবলী', 'প্রশ্ন ও উত্তর', 'প্রশ্নোত্তর'],
  ca: ['Preguntes freqüents', 'Preguntes i respostes'],
  cs: ['Často kladené otázky', 'Časté dotazy', 'Otázky a odpovědi'],
  cy: ['Cwestiynau cyffredin', 'Cwestiynau ac atebion'],
  da: ['Ofte stillede spørgsmål', 'Spørgsmål og svar'],
  de: ['Häufige Fragen', 'Häufig gestellte Fragen', 'Fragen und Antworten', 'Oft gestellte Fragen'],
  el: ['Συχνές ερωτήσεις', 'Ερωτήσεις και απαντήσεις'],
  eo: ['Oftaj demandoj', 'Demandoj kaj respondoj'],
  es: ['Preguntas frecuentes', 'Preguntas más frecuentes', 'Preguntas y respuestas'],
  et: ['Korduma kippuvad küsimused', 'KKK', 'Küsimused ja vastused'],
  eu: ['Ohiko galderak', 'Maiz egiten diren galderak', 'Galderak eta erantzunak'],
  fa: ['سوالات متداول', 'سؤالات متداول', 'پرسش‌های متداول', 'پرسش و پاسخ'],
  fi: ['Usein kysytyt kysymykset', 'UKK', 'Kysymyksiä ja vastauksia', 'Kysymykset ja vastaukset'],
  fr: ['Questions fréquentes', 'Questions fréquemment posées', 'Foire aux questions', 'Questions-réponses', 'Questions et réponses'],
  ga: ['Ceisteanna coitianta', 'Ceisteanna agus freagraí'],
  gl: ['Preguntas frecuentes', 'Preguntas e respostas'],
  gu: ['વારંવાર પૂછાતા પ્રશ્નો', 'પ્રશ્નો અને જવાબો', 'સવાલ-જવાબ', 'પ્રશ્નોત્તરી'],
  ha: ['Tambayoyin da ake yawan yi', 'Tambaya da amsa'],
  he: ['שאלות נפוצות', 'שאלות ותשובות'],
  hi: ['अक्सर पूछे जाने वाले प्रश्न', 'अक्सर पूछे जाने वाले सवाल', 'सामान्य प्रश्न', 'प्रश्न और उत्तर', 'प्रश्नोत्तर', 'सवाल-जवाब', 'सवाल और जवाब'],
  hr: ['Često postavljana pitanja', 'Česta pitanja', 'Pitanja i odgovori'],
  hu: ['Gyakran ismételt kérdések', 'GYIK', 'Kérdések és válaszok'],
  hy: ['Հաճախ տրվող հարցեր', 'Հարցեր և պատասխաններ'],
  id: ['Pertanyaan yang sering diajukan', 'Pertanyaan umum', 'Tanya jawab'],
  is: ['Algengar spurningar', 'Spurt og svarað', 'Spurningar og svör'],
  it: ['Domande frequenti', 'Domande e risposte'],
  ja: ['よくある質問', 'よくあるご質問', '質問と回答', 'Q&A'],
  ka: ['ხშირად დასმული კითხვები', 'კითხვები და პასუხები'],
  // Kazakh as written, and as typed on a Russian keyboard (see `kazakhSpelling` in src/search/languages.ts).
  kk: ['Жиі қойылатын сұрақтар', 'Жиі қойылатын сұрақ', 'Сұрақ-жауап', 'Сұрақтар мен жауаптар', 'Жиі койылатын сурактар', 'Жии койылатын сурактар', 'Сурак-жауап', 'Сурактар мен жауаптар'],
  km: ['សំណួរដែលសួរញឹកញាប់', 'សំណួរញឹកញាប់', 'សំណួរ និង ចម្លើយ', 'សំណួរ-ចម្លើយ', 'សំណួរចម្លើយ'],
  kn: ['ಪದೇ ಪದೇ ಕೇಳಲಾಗುವ ಪ್ರಶ್ನೆಗಳು', 'ಪದೇ ಪದೇ ಕೇಳುವ ಪ್ರಶ್ನೆಗಳು', 'ಸಾಮಾನ್ಯವಾಗಿ ಕೇಳುವ ಪ್ರಶ್ನೆಗಳು', 'ಸಾಮಾನ್ಯ ಪ್ರಶ್ನೆಗಳು', 'ಪ್ರಶ್ನೋತ್ತರ', 'ಪ್ರಶ್ನೆ-ಉತ್ತರ'],
  ko: ['자주 묻는 질문', '질문과 답변', '묻고 답하기'],
  ku: ['Pirsên pir tên kirin', 'Pirs û bersiv'],
  ky: ['Көп берилүүчү суроолор', 'Суроо-жооп', 'Суроолор жана жооптор'],
  lb: ['Heefeg gestallte Froen', 'Froen an Äntwerten'],
  lo: ['ຄຳຖາມທີ່ພົບເລື້ອຍ', 'ຄຳຖາມທີ່ພົບເລື້ອຍໆ', 'ຖາມ-ຕອບ', 'ຖາມຕອບ', 'ຄຳຖາມ-ຄຳຕອບ'],
  lt: ['Dažnai užduodami klausimai', 'Dažniausiai užduodami klausimai', 'DUK', 'Klausimai ir atsakymai'],
  lv: ['Biežāk uzdotie jautājumi', 'BUJ', 'Jautājumi un atbildes'],
  mk: ['Често поставувани прашања', 'Прашања и одговори'],
  ml: ['പതിവ് ചോദ്യങ്ങൾ', 'പതിവായി ചോദിക്കുന്ന ചോദ്യങ്ങൾ', 'ചോദ്യോത്തരങ്ങൾ', 'സംശയങ്ങൾ'],
  mn: ['Түгээмэл асуулт', 'Түгээмэл асуултууд', 'Түгээмэл асуулт хариулт', 'Асуулт хариулт'],
  mr: ['वारंवार विचारले जाणारे प्रश्न', 'नेहमी विचारले जाणारे प्रश्न', 'प्रश्नोत्तरे', 'प्रश्न आणि उत्तरे'],
  ms: ['Soalan lazim', 'Soalan-soalan lazim', 'Soalan yang kerap ditanya', 'Soalan kerap ditanya', 'Soal jawab'],
  mt: ['Mistoqsijiet frekwenti', 'Mistoqsijiet u tweġibiet'],
  my: ['မေးလေ့ရှိသော မေးခွန်းများ', 'မကြာခဏ မေးလေ့ရှိသော မေးခွန်းများ', 'အမေးအဖြေ', 'မေးခွန်းနှင့် အဖြေများ'],
  ne: ['बारम्बार सोधिने प्रश्नहरू', 'प्रायः सोधिने प्रश्नहरू', 'प्रश्न र उत्तर', 'प्रश्नोत्तर'],
  nl: ['Veelgestelde vragen', 'Veel gestelde vragen', 'Vragen en antwoorden'],
  no: ['Ofte stilte spørsmål', 'Spørsmål og svar'],
  or: ['ବାରମ୍ବାର ପଚରାଯାଉଥିବା ପ୍ରଶ୍ନ', 'ପ୍ରଶ୍ନୋତ୍ତର'],
  pa: ['ਅਕਸਰ ਪੁੱਛੇ ਜਾਂਦੇ ਸਵਾਲ', 'ਅਕਸਰ ਪੁੱਛੇ ਜਾਣ ਵਾਲੇ ਸਵਾਲ', 'ਸਵਾਲ-ਜਵਾਬ', 'ਸਵਾਲ ਜਵਾਬ', 'ਸਵਾਲ ਅਤੇ ਜਵਾਬ'],
  pl: ['Najczęściej zadawane pytania', 'Często zadawane pytania', 'Częste pytania', 'Najczęstsze pytania', 'Pytania i odpowiedzi'],
  ps: ['پوښتنې او ځوابونه', 'عامې پوښتنې'],
  pt: ['Perguntas frequentes', 'Dúvidas frequentes', 'Perguntas e respostas'],
  ro: ['Întrebări frecvente', 'Întrebări și răspunsuri'],
  ru: ['Часто задаваемые вопросы', 'Частые вопросы', 'Популярные вопросы', 'Вопросы и ответы', 'Вопрос-ответ', 'ЧаВо'],
  si: ['නිතර අසන ප්‍රශ්න', 'නිතර අහන ප්‍රශ්න', 'නිතර ඇසෙන ප්‍රශ්න', 'ප්‍රශ්න සහ පිළිතුරු'],
  sk: ['Často kladené otázky', 'Časté otázky', 'Otázky a odpovede'],
  sl: ['Pogosta vprašanja', 'Pogosto zastavljena vprašanja', 'Vprašanja in odgovori'],
  so: ["Su'aalaha inta badan la is weydiiyo", "Su'aalo iyo jawaabo"],
  sq: ['Pyetje të shpeshta', 'Pyetjet më të shpeshta', 'Pyetje dhe përgjigje'],
  sr: ['Често постављана питања', 'Честа питања', 'Питања и одговори'],
  sv: ['Vanliga frågor', 'Frågor och svar'],
  sw: ['Maswali yanayoulizwa mara kwa mara', 'Maswali ya mara kwa mara', 'Maswali na majibu'],
  ta: ['அடிக்கடி கேட்கப்படும் கேள்விகள்', 'கேள்வி பதில்', 'கேள்விகளும் பதில்களும்'],
  te: ['తరచుగా అడిగే ప్రశ్నలు', 'ప్రశ్నలు మరియు జవాబులు', 'ప్రశ్నలు - జవాబులు', 'సందేహాలు - సమాధానాలు'],
  tg: ['Саволҳои маъмул', 'Саволу ҷавоб', 'Савол ва ҷавоб'],
  th: ['คำถามที่พบบ่อย', 'คำถามและคำตอบ', 'ถาม-ตอบ', 'ถามตอบ'],
  tk: ['Köp soralýan soraglar', 'Sorag-jogap'],
  tl: ['Mga madalas itanong', 'Madalas itanong', 'Mga madalas na tanong', 'Madalas na tanong', 'Mga madalas na katanungan', 'Mga karaniwang tanong', 'Mga tanong at sagot'],
  // "SSS" (Sıkça Sorulan Sorular) is how Turkish sites head their FAQ: a university club's trial wrote it first;
  // a basketball league's wrote "Sıkça Sorulanlar" and "Merak Edilenler" (what people wonder about).
  tr: ['Sıkça sorulan sorular', 'Sık sorulan sorular', 'Sıkça sorulanlar', 'Sık sorulanlar', 'Merak edilenler', 'Merak edilen sorular', 'SSS', 'Soru ve cevaplar', 'Sorular ve cevaplar', 'Soru-cevap'],
  uk: ['Часті питання', 'Часті запитання', 'Поширені запитання', 'Поширені питання', 'Питання та відповіді', 'Питання і відповіді', 'Запитання та відповіді', 'Запитання і відповіді'],
  ur: ['اکثر پوچھے گئے سوالات', 'عمومی سوالات', 'سوال و جواب', 'سوالات و جوابات'],
  uz: ["Ko'p beriladigan savollar", 'Koʻp beriladigan savollar', "Ko'p so'raladigan savollar", 'Savol-javob', 'Savollar va javoblar', 'Кўп бериладиган саволлар', 'Савол-жавоб'],
  vi: ['Câu hỏi thường gặp', 'Hỏi đáp', 'Hỏi và đáp', 'Câu hỏi và trả lời'],
  yo: ['Àwọn ìbéèrè tí a máa ń béèrè', 'Ìbéèrè àti ìdáhùn'],
  zh: ['常见问题', '常見問題', '常见问题解答', '常見問題解答', '常见问答', '问答', '問答', '问与答', '問與答', '问题解答', '問題解答', '常見問答'],
};

/**
 * A heading's comparison form: compatibility-decomposed (full-width `ＦＡＱ` is `FAQ`), lower case, without
 * accents (Latin, Greek and Cyrillic combining marks U+0300–U+036F, Arabic harakat, Hebrew points; never
 * the marks that make Indic, Thai or Japanese letters), Turkish `ı` read as `i`, Vietnamese `đ` as `d`,
 * joiners dropped, every apostrophe alike (Uzbek "Ko‘p", "Koʻp", "Ko'p"), hyphens and spaces alike, and a
 * closing colon ignored.
 */
export function headingKey(text: string): string {
  return collapse(
    text
      .normalize('NFKD')
      .replace(/[\u0300-\u036f\u0591-\u05c7\u064b-\u0652\u0670]/g, '')
      .toLowerCase()
      .replace(/ı/g, 'i')
      .replace(/đ/g, 'd')
      .replace(/ς/g, 'σ')
      .replace(/[\u200c\u200d]/g, '')
      .replace(/[’‘ʼʻ`´]/g, "'")
      .replace(/[-‐‑–—_]/g, ' ')
      .replace(/[:：]+\s*$/, ''),
  );
}

/**
 * "And" in the languages whose FAQ_HEADINGS name one with it ("Fragen und Antworten"): written "&" too, as
 * English's "Questions & answers" is listed ("## Fragen & Antworten" was read as no FAQ heading, its
 * questions as text, in a Hamburg chess club's trial).
 */
const AND_WORDS: Readonly<Record<string, string>> = { cs: 'a', da: 'og', de: 'und', es: 'y', fr: 'et', it: 'e', no: 'og', nl: 'en', pl: 'i', pt: 'e', sv: 'och' };

const HEADING_KEYS = new Set(
  Object.entries(FAQ_HEADINGS).flatMap(([lang, names]) =>
    names.flatMap((name) => {
      const key = headingKey(name);
      const and = AND_WORDS[lang];
      return and && key.includes(` ${and} `) ? [key, key.replace(` ${and} `, ' & ')] : [key];
    }),
  ),
);

/**
 * Whether a heading (or a line standing alone in a `.txt` article) opens an FAQ section, in any language of
 * `FAQ_HEADINGS`: a name, or a name with another in brackets after it ("తరచుగా అడిగే ప్రశ్నలు (FAQ)", "FAQ
 * (ಪದೇ ಪದೇ ಕೇಳುವ ಪ್ರಶ್ನೆಗಳು)": Telugu and Kannada trials' headings, whose entries were served as paragraphs).
 */
export function isFaqHeading(text: string): boolean {
  const key = headingKey(text);
  if (HEADING_KEYS.has(key)) return true;
  const named = NAME_AND_NAME.exec(key);
  return named !== null && HEADING_KEYS.has(named[1]!) && HEADING_KEYS.has(named[2]!);
}

/** A name and another in brackets after it, as headingKey has read them. */
const NAME_AND_NAME = /^(.+?) ?\( ?(.+?) ?\)$/;

/**
 * Question marks that end a question, by Unicode name: QUESTION MARK, GREEK QUESTION MARK (U+037E), ARABIC
 * QUESTION MARK, ETHIOPIC QUESTION MARK, LIMBU QUESTION MARK, INTERROBANG, DOUBLE QUESTION MARK,
 * QUESTION EXCLAMATION MARK, EXCLAMATION QUESTION MARK, REVERSED QUESTION MARK (`⸮`), VAI QUESTION MARK,
 * BAMUM QUESTION MARK, PRESENTATION FORM FOR VERTICAL QUESTION MARK, SMALL QUESTION MARK, FULLWIDTH
 * QUESTION MARK (`？`), CHAKMA QUESTION MARK. Spanish `¿…?` ends in `?`.
 */
const QUESTION_MARKS = '?\u037e\u061f\u1367\u1945\u203d\u2047\u2048\u2049\u2e2e\ua60f\ua6f7\ufe16\ufe56\uff1f\u{11143}';
/** Closing quotes, brackets and spaces that may follow the question mark: `“为什么？”`, `(why?)`. */
const CLOSERS = `[\\s\\p{Pe}\\p{Pf}"'»›」』]*`;
const ENDS_IN_QUESTION_MARK = new RegExp(`[${QUESTION_MARKS}]${CLOSERS}$`, 'u');
/**
 * Greek writes its question mark as `;`, and most keyboards type the ASCII semicolon for it: a text with a
 * Greek word (two Greek letters or more) that ends in `;` asks, whatever word comes before the mark, as
 * Greek questions end on English words and figures as often as on Greek ones ("Πόσο κοστίζει το VIP;",
 * "Μπορώ να κάνω αίτηση αν είμαι 15;": a Greek gaming server's trial had 17 of its 35 FAQ questions served
 * as article text when only a Greek word before the mark counted).
 */
const ENDS_IN_SEMICOLON = new RegExp(`;${CLOSERS}$`, 'u');
const GREEK_WORD = /\p{Script=Greek}{2}/u;
/**
 * Armenian puts its question mark `՞` on the stressed vowel of the asked word, and ends the sentence with
 * its full stop `։` (often typed as `:`): a question has `՞` in its last sentence.
 */
const ARMENIAN_QUESTION = /\u055e[^\u0589:]*[\u0589:]?$/u;

/**
 * Burmese ends a question with a particle, then its full stop "။", and no question mark: "လား" or formal
 * "လော" (yes or no), or "လဲ" or formal "နည်း" (what, when, how much) after a question word ("ဘာ", "ဘယ်",
 * clipped "ဘလောက်", formal "မည်"); a polite word may follow ("ဗျ", "ခင်ဗျာ", "ရှင်", "နော်"). A Burmese
 * trial's "ဝင်ကြေး ဘယ်လောက်လဲ။" headings were "not a question", 4 FAQ entries of one article lost. Not a
 * word that merely ends in the syllable "လဲ" ("အပြောင်းအလဲ", changes; "ပုလဲ", pearl).
 */
const BURMESE_QUESTION = /(?:လား|လော|(?:ဘာ|ဘယ်|ဘလောက်|ဘတော့|မည်)[^]*(?:လဲ|နည်း))(?:\s*(?:ခင်ဗျာ|ဗျာ|ဗျ|ရှင်|နော်))?[\s\u104a\u104b]*$/u;

/** A question is short and ends in a question mark; a long paragraph ending in one is an answer. */
export const MAX_QUESTION_LENGTH = 300;

/** Whether text ends as a question does in its script: `?`, `？`, `؟`, Greek `;`, Armenian `՞`, Burmese `လား။`, Ethiopic `፧`, `⸮`, … */
export function endsAsQuestion(text: string): boolean {
  const t = text.trimEnd();
  return ENDS_IN_QUESTION_MARK.test(t) || (ENDS_IN_SEMICOLON.test(t) && GREEK_WORD.test(t)) || ARMENIAN_QUESTION.test(t) || BURMESE_QUESTION.test(t);
}

/** Whether a block is an FAQ question: at most `MAX_QUESTION_LENGTH` characters, ending as a question. */
export const isQuestion = (text: string): boolean => {
  const t = collapse(text);
  return t.length <= MAX_QUESTION_LENGTH && endsAsQuestion(t);
};

/** Closing punctuation of a phrasing: spaces, `.`, `!`, `。`, `！`, Burmese `။` and any question mark. */
export const CLOSING_PUNCTUATION = new RegExp(`[\\s.!。！;\u104b${QUESTION_MARKS}]+$`, 'u');
