import { describe, expect, it } from 'vitest';
import { phrasingKey } from './alternates.js';
import { endsAsQuestion, FAQ_HEADINGS, isFaqHeading, isQuestion } from './faq-markers.js';

describe('isFaqHeading', () => {
  it('knows an FAQ heading in each language the project supports', () => {
    const headings = [
      'FAQ',
      'FAQs:',
      'Q&A',
      'Frequently Asked Questions',
      'Questions and answers',
      'Häufige Fragen',
      'Häufig gestellte Fragen',
      'Preguntas frecuentes',
      'Questions fréquentes',
      'Foire aux questions',
      'SSS',
      'Domande frequenti',
      'Veelgestelde vragen',
      'Perguntas frequentes',
      'Vanliga frågor',
      'Часто задаваемые вопросы',
      '常见问题',
      '常見問題',
      'よくある質問',
      'الأسئلة الشائعة',
      'Συχνές ερωτήσεις',
      'अक्सर पूछे जाने वाले प्रश्न',
      'Întrebări frecvente',
      'คำถามที่พบบ่อย',
      'Sıkça sorulan sorular',
      'Sıkça Sorulanlar',
      'Merak Edilenler',
      'Câu hỏi thường gặp',
      'Часті запитання',
      'Питання і відповіді',
      'Поширені питання',
    ];
    expect(headings.filter((h) => !isFaqHeading(h))).toEqual([]);
    for (const lang of ['ar', 'de', 'el', 'en', 'es', 'hi', 'ro', 'ru', 'th', 'tr', 'vi', 'zh', 'fr', 'it', 'nl', 'pt', 'sv', 'ja']) {
      expect(FAQ_HEADINGS[lang]?.length, lang).toBeGreaterThan(0);
    }
  });

  it('knows an FAQ heading in every language eld detects', async () => {
    const { eld } = await import('eld/extrasmall');
    const detected = Object.values(eld.info().Languages as Record<string, string>);
    expect(detected.length).toBeGreaterThan(50);
    expect(detected.filter((lang) => !FAQ_HEADINGS[lang]?.length)).toEqual([]);
    for (const h of ['Soalan Lazim', 'সচরাচর জিজ্ঞাসিত প্রশ্ন', 'প্রশ্নোত্তর', 'Mga Madalas Itanong', 'اکثر پوچھے گئے سوالات', 'அடிக்கடி கேட்கப்படும் கேள்விகள்']) {
      expect(isFaqHeading(h), h).toBe(true);
    }
  });

  it('reads "&" for the "and" of a name, as "Questions & answers" is read (a German chess club wrote "Fragen & Antworten")', () => {
    for (const h of ['Fragen & Antworten', 'Preguntas & respuestas', 'Domande & risposte', 'Questions & réponses', 'Frågor & svar', 'Vragen & antwoorden', 'Spørsmål & svar']) expect(isFaqHeading(h), h).toBe(true);
    for (const h of ['Fragen & Tipps', 'Fragen &', 'Antworten & Fragen']) expect(isFaqHeading(h), h).toBe(false);
  });

  it('knows the FAQ headings of widely written languages eld does not detect, declared with `lang:`', () => {
    // Kazakh, Khmer and Burmese trials: their admins' headings, under which every entry was read as text.
    for (const lang of ['kk', 'km', 'my', 'ne', 'si', 'sw', 'uz', 'ky', 'mn', 'mk']) expect(FAQ_HEADINGS[lang]?.length, lang).toBeGreaterThan(0);
    for (const h of ['Жиі қойылатын сұрақтар', 'Жиі койылатын сурактар', 'សំណួរដែលសួរញឹកញាប់', 'မေးလေ့ရှိသော မေးခွန်းများ', "Ko'p beriladigan savollar", 'Ko‘p beriladigan savollar', 'Koʼp beriladigan savollar']) {
      expect(isFaqHeading(h), h).toBe(true);
    }
  });

  it('ignores case, accents, full-width letters and a closing colon', () => {
    for (const h of ['HÄUFIGE FRAGEN', 'haufige fragen', 'Haeufige Fragen'.replace('ae', 'a'), 'PREGUNTAS FRECUENTES:', 'questions frequentes', 'ＦＡＱ', '常见问题：', 'SIKÇA SORULAN SORULAR', 'ΣΥΧΝΕΣ ΕΡΩΤΗΣΕΙΣ', 'Questions - réponses']) {
      expect(isFaqHeading(h), h).toBe(true);
    }
  });

  it('knows the headings of the Lao, Marathi, Sinhala, Telugu, Kannada, Gujarati, Punjabi and Malayalam trials, and a name with another in brackets', () => {
    for (const h of ['ຄຳຖາມທີ່ພົບເລື້ອຍໆ', 'ຖາມຕອບ', 'ຄຳຖາມ-ຄຳຕອບ', 'प्रश्न आणि उत्तरे', 'නිතර අහන ප්‍රශ්න', 'නිතර ඇසෙන ප්‍රශ්න', 'సందేహాలు - సమాధానాలు', 'ప్రశ్నలు - జవాబులు', 'తరచుగా అడిగే ప్రశ్నలు (FAQ)', 'Frequently Asked Questions (FAQs)', 'Q&A (FAQ)']) {
      expect(isFaqHeading(h), h).toBe(true);
    }
    // Lithuanian's "most frequently asked", a Lithuanian trial's heading, whose entries were read as text.
    expect(isFaqHeading('Dažniausiai užduodami klausimai')).toBe(true);
    for (const h of ['ಪದೇ ಪದೇ ಕೇಳುವ ಪ್ರಶ್ನೆಗಳು', 'FAQ (ಪದೇ ಪದೇ ಕೇಳುವ ಪ್ರಶ್ನೆಗಳು)', 'ಪ್ರಶ್ನೆ-ಉತ್ತರ', 'સવાલ-જવાબ', 'ਸਵਾਲ ਅਤੇ ਜਵਾਬ', 'ਅਕਸਰ ਪੁੱਛੇ ਜਾਣ ਵਾਲੇ ਸਵਾਲ', 'സംശയങ്ങൾ']) {
      expect(isFaqHeading(h), h).toBe(true);
    }
    // Only a name with another in brackets.
    expect(isFaqHeading('Rules (FAQ)')).toBe(false);
  });

  it('is not fooled by a sentence that mentions questions', () => {
    for (const h of ['Frequently asked questions about this article', 'Questions remain', 'Fragen', 'The FAQ is below.']) expect(isFaqHeading(h), h).toBe(false);
  });
});

describe('isQuestion', () => {
  it("ends in any script's question mark", () => {
    const questions = [
      'When does the ferry leave?',
      '¿Cuándo sale el ferry?',
      '渡轮什么时候开？',
      'متى تغادر العبارة؟',
      'Πότε φεύγει το πλοίο;',
      'Πότε φεύγει το πλοίο\u037e',
      'Ե՞րբ է մեկնում լաստանավը։',
      'መርከቡ መቼ ይነሳል፧',
      'Really⸮',
      '“为什么要暂停？”',
      'Why now?)',
      // Burmese: a question particle and the full stop.
      'MLBB Cup ဝင်ကြေး ဘယ်လောက်လဲ။',
      'Emulator နဲ့ ဆော့လို့ ရလား။',
      'Emulator နဲ့ ဆော့လို့ ရလား',
    ];
    expect(questions.filter((q) => !isQuestion(q))).toEqual([]);
    for (const q of ['ဝင်ကြေး ဘယ်လောက်လဲဗျ။', 'Emulator ရှိလား ခင်ဗျာ။', 'ဝင်ကြေးမည်မျှ ကျသနည်း။']) expect(endsAsQuestion(q), q).toBe(true);
    // A statement, and words that merely end in the syllable "လဲ" (changes, a pearl), are not questions.
    for (const s of ['ဝင်ကြေး ၅၀၀၀ ကျပ်ဖြစ်ပါတယ်။', 'Season 5 အပြောင်းအလဲ', 'ပုလဲ']) expect(endsAsQuestion(s), s).toBe(false);
  });

  it('reads a semicolon as a question mark only in Greek, whatever word ends the question, and keeps the length limit', () => {
    for (const question of ['Πόσο κοστίζει το VIP;', 'Μπορώ να κάνω αίτηση αν είμαι 15;', 'Τι γίνεται αν πάρω warn;', 'Πότε ξεκινάει το EA FC 25 τουρνουά;»']) expect(isQuestion(question), question).toBe(true);
    expect(endsAsQuestion('Open Monday to Friday; closed on weekends;')).toBe(false);
    expect(endsAsQuestion('Set the timeout to 5 µs;')).toBe(false);
    expect(endsAsQuestion('The ferry leaves at nine.')).toBe(false);
    expect(isQuestion(`${'Is this long? '.repeat(30)}Really?`)).toBe(false);
  });

  it('compares phrasings without their closing question mark, in any script', () => {
    expect(phrasingKey('渡轮什么时候开？')).toBe(phrasingKey('渡轮什么时候开'));
    expect(phrasingKey('متى تغادر العبارة؟')).toBe('متى تغادر العبارة');
  });
});
