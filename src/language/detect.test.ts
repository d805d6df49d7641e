import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { detectLanguage, normalizeLanguageTag, primaryLanguage } from './detect.js';

describe('detectLanguage', () => {
  it('detects long texts in many languages and scripts, reliably', () => {
    const texts: Record<string, string> = {
      en: 'The central library on Market Street will open from eight in the morning until midnight, Monday to Friday, from next month. Readers need a library card after eight in the evening.',
      de: 'Die Zentralbibliothek in der Marktstraße öffnet ab nächstem Monat montags bis freitags von acht Uhr morgens bis Mitternacht. Nach zwanzig Uhr brauchen Leser einen Bibliotheksausweis.',
      es: 'La biblioteca central de la calle del Mercado abrirá de ocho de la mañana a medianoche, de lunes a viernes, a partir del mes que viene. Después de las ocho hace falta el carné.',
      ru: 'Центральная библиотека на Рыночной улице со следующего месяца будет открыта с восьми утра до полуночи с понедельника по пятницу. После восьми вечера нужен читательский билет.',
      zh: '市场街的中央图书馆将从下个月起，每周一至周五从早上八点开放到午夜。晚上八点以后，读者需要持借书证入馆。',
      ja: 'マーケット通りの中央図書館は、来月から月曜日から金曜日まで、朝八時から深夜零時まで開館します。午後八時以降は図書館カードが必要です。',
      th: 'ห้องสมุดกลางบนถนนตลาดจะเปิดตั้งแต่แปดโมงเช้าจนถึงเที่ยงคืน วันจันทร์ถึงวันศุกร์ ตั้งแต่เดือนหน้าเป็นต้นไป หลังสองทุ่มผู้อ่านต้องใช้บัตรห้องสมุด',
      ar: 'ستفتح المكتبة المركزية في شارع السوق أبوابها من الثامنة صباحا حتى منتصف الليل، من الاثنين إلى الجمعة، اعتبارا من الشهر المقبل. بعد الثامنة مساء يحتاج القراء إلى بطاقة المكتبة.',
      hi: 'मार्केट स्ट्रीट पर स्थित केंद्रीय पुस्तकालय अगले महीने से सोमवार से शुक्रवार तक सुबह आठ बजे से आधी रात तक खुला रहेगा। रात आठ बजे के बाद पाठकों को पुस्तकालय कार्ड की आवश्यकता होगी।',
      el: 'Η κεντρική βιβλιοθήκη στην οδό Αγοράς θα είναι ανοιχτή από τις οκτώ το πρωί έως τα μεσάνυχτα, Δευτέρα έως Παρασκευή, από τον επόμενο μήνα.',
    };
    for (const [lang, text] of Object.entries(texts)) expect([lang, detectLanguage(text)]).toEqual([lang, { lang, reliable: true }]);
  });

  it('detects short questions in many languages and scripts', () => {
    const questions: Record<string, string> = {
      en: 'When does the library open on Saturday?',
      de: 'Wann öffnet die Bibliothek am Samstag?',
      es: '¿Cuándo abre la biblioteca el sábado?',
      pt: 'Quando a biblioteca abre no sábado?',
      ru: 'Когда открывается библиотека в субботу?',
      zh: '图书馆星期六几点开门？',
      ja: '図書館は土曜日の何時に開きますか？',
      th: 'ห้องสมุดเปิดกี่โมงในวันเสาร์',
      ar: 'متى تفتح المكتبة يوم السبت؟',
      hi: 'पुस्तकालय शनिवार को कब खुलता है?',
      el: 'Πότε ανοίγει η βιβλιοθήκη το Σάββατο;',
    };
    for (const [lang, text] of Object.entries(questions)) expect([lang, detectLanguage(text).lang]).toEqual([lang, lang]);
  });

  it('tells languages eld lacks by their letters: Khmer, Burmese, Sinhala by script, Kazakh and Mongolian by their Cyrillic letters', () => {
    expect(detectLanguage('តើការចុះឈ្មោះចូលរួមការប្រកួតត្រូវចំណាយប៉ុន្មាន?')).toEqual({ lang: 'km', reliable: true });
    expect(detectLanguage('ပြိုင်ပွဲဝင်ကြေး ဘယ်လောက်လဲ')).toEqual({ lang: 'my', reliable: true });
    expect(detectLanguage('ක්‍රීඩාව කවදා ද?')).toEqual({ lang: 'si', reliable: true });
    expect(detectLanguage('Турнирге тіркеу қашан басталады? Жарна 5000 теңге.')).toEqual({ lang: 'kk', reliable: true });
    // One Kazakh word in a short question: told, unreliably, so the member's locale decides.
    expect(detectLanguage('Вип неше тұрады?')).toEqual({ lang: 'kk', reliable: false });
    // Mongolian: ө and ү, and none of Kazakh's, Kyrgyz's or Buryat's other letters.
    expect(detectLanguage('Лигийн бүртгэл 3 сарын 1-нд эхэлнэ. Бүртгэлийн хураамж нэг багт 50,000 төгрөг бөгөөд QPay-ээр төлнө. Тоглолтууд орой бүр 20:00 цагт эхэлнэ.')).toEqual({ lang: 'mn', reliable: true });
    // Russian and Ukrainian naming a Kazakh or a Kazakh town (names are capitalised), Uzbek writing қ without
    // Kazakh's other letters, Bashkir's ҡ: not Kazakh.
    expect(detectLanguage('Қайрат Нұрланов выиграл турнир в Алматы в прошлом году, сообщили организаторы лиги.').lang).toBe('ru');
    expect(detectLanguage('Когда турнир в Ақтөбе?').lang).toBe('ru');
    expect(detectLanguage('Коли гра з командою Ақтөбе?').lang).toBe('uk');
    expect(detectLanguage('Когда начнётся турнир по CS2 в Улан-Баторе, в Өвөрхангай?').lang).toBe('ru');
    expect(detectLanguage('Ўзбекистон қаерда жойлашган?').lang).not.toBe('kk');
    expect(detectLanguage('Һаумыһығыҙ, ҡалай йәшәйһегеҙ?').lang).not.toBe('kk');
    // Uzbek: "oʻ" and "gʻ" typed with any apostrophe, in two words or more; in Cyrillic, "ў" beside "қ".
    expect(detectLanguage("Roʻyxatdan oʻtish qachon boshlanadi? To'lov Click orqali bo'ladi.")).toEqual({ lang: 'uz', reliable: true });
    expect(detectLanguage('Турнир қачон бўлади?').lang).toBe('uz');
    expect(detectLanguage("It's five o'clock, let's go.").lang).toBe('en');
    expect(detectLanguage('Бу гарадскі тэатр ўзнагароджаны.').lang).toBe('be');
    // Nepali, which eld reads as Hindi: its copulas and question words outnumber Hindi's.
    expect(detectLanguage('ग्रान्ड फाइनल कहिले हुन्छ?')).toEqual({ lang: 'ne', reliable: true });
    expect(detectLanguage('फाइनल कब है?').lang).toBe('hi');
    // Mostly Latin words around one Khmer word: the script does not tell.
    expect(detectLanguage('MLBB weekly cup ថ្ងៃណា?').lang).not.toBe('km');
  });

  it("lets the member's locale decide a short question the text leaves open", () => {
    // eld scores Marathi a hair above Hindi on this Hindi question (the same script and many shared words).
    expect(detectLanguage('राष्ट्रगान किसने गाया?').lang).toBe('mr');
    expect(detectLanguage('राष्ट्रगान किसने गाया?', { hints: ['hi'] })).toEqual({ lang: 'hi', reliable: false });
    // One word, read unreliably as Spanish: a Brazilian client makes it Portuguese.
    expect(detectLanguage('Horario?')).toEqual({ lang: 'es', reliable: false });
    expect(detectLanguage('Horario?', { hints: ['pt-BR', 'en-US'] })).toEqual({ lang: 'pt', reliable: false });
    // Two Han characters: Chinese or Japanese, as the client says; the guild's locale comes second.
    expect(detectLanguage('登录').lang).toBe('und');
    expect(detectLanguage('登录', { hints: ['zh-CN'] }).lang).toBe('zh');
    expect(detectLanguage('登录', { hints: ['ja', 'zh-CN'] }).lang).toBe('ja');
    expect(detectLanguage('登录', { hints: ['en-US', 'zh-TW'] }).lang).toBe('zh');
    // A Latin-script name in a Chinese question: eld reads it as some Latin-script language, unsure; the
    // client says Chinese.
    const mixed = detectLanguage('Sky Digital是什么时候推出的？');
    expect(mixed.reliable).toBe(false);
    expect(mixed.lang).not.toBe('zh');
    expect(detectLanguage('Sky Digital是什么时候推出的？', { hints: ['zh-CN'] })).toEqual({ lang: 'zh', reliable: false });
    // No letters at all.
    expect(detectLanguage('2026?')).toEqual({ lang: 'und', reliable: false });
    expect(detectLanguage('2026?', { hints: ['pt-BR'] })).toEqual({ lang: 'pt', reliable: false });
  });

  it('never lets a hint override text that is clearly another language', () => {
    expect(detectLanguage('Was kostet das Ticket?', { hints: ['en-US'] })).toEqual({ lang: 'de', reliable: true });
    const long = 'Wie viele Menschen haben im vergangenen Jahr die neue Fußgängerbrücke über den Mühlkanal benutzt, und wann wird sie erweitert?';
    expect(detectLanguage(long, { hints: ['en-US', 'en-GB'] })).toEqual({ lang: 'de', reliable: true });
    expect(detectLanguage('Quem é o autor?', { hints: ['es-ES'] }).lang).toBe('pt');
    // A hint in another script is never taken, however short the text.
    expect(detectLanguage('图书馆星期六几点开门？', { hints: ['en-US'] }).lang).toBe('zh');
    expect(detectLanguage('登录', { hints: ['en-US'] }).lang).toBe('und');
    expect(detectLanguage('Когда открывается библиотека?', { hints: ['de'] }).lang).toBe('ru');
  });

  it('ignores malformed hints', () => {
    expect(detectLanguage('2026', { hints: ['pt_BR', '', 'english', 'de-CH'] }).lang).toBe('de');
  });
});

describe('normalizeLanguageTag and primaryLanguage', () => {
  it('keeps a well-formed tag whole, in canonical case, and gives its primary language', () => {
    expect(normalizeLanguageTag('de-CH')).toBe('de-CH');
    expect(normalizeLanguageTag(' de-ch ')).toBe('de-CH');
    expect(normalizeLanguageTag('zh-hans')).toBe('zh-Hans');
    expect(normalizeLanguageTag('EN-us')).toBe('en-US');
    expect(normalizeLanguageTag('sr-Latn-RS')).toBe('sr-Latn-RS');
    expect(normalizeLanguageTag('iw')).toBe('he');
    expect(primaryLanguage('de-CH')).toBe('de');
    expect(primaryLanguage('zh-Hans')).toBe('zh');
    expect(primaryLanguage('pt-BR')).toBe('pt');
    expect(primaryLanguage('yue')).toBe('yue');
  });

  it('is null for what is not a language tag', () => {
    for (const bad of ['pt_BR', 'english', '', '  ', 'x-klingon', 'und', 'de--CH', '12']) {
      expect([bad, normalizeLanguageTag(bad)]).toEqual([bad, null]);
      expect([bad, primaryLanguage(bad)]).toEqual([bad, null]);
    }
  });
});

describe("eld's database", () => {
  it('is loaded at the first detection, not by importing the engine or the parsers', () => {
    // In a fresh process: this one's may have detected already. Without require(esm) (Node < 20.19) it is
    // imported at start, and there is nothing to check.
    if (!process.features.require_module) return;
    const code = `
      import { createRequire } from 'node:module';
      const required = () => Object.keys(createRequire(process.cwd() + '/').cache).some((file) => /[\\\\/]eld[\\\\/]/.test(file));
      await import('./src/search/engine.ts');
      await import('./src/content/load.ts');
      const { detectLanguage } = await import('./src/language/detect.ts');
      const before = required();
      const { lang } = detectLanguage('Die Zentralbibliothek öffnet ab nächstem Monat bis Mitternacht.');
      console.log(JSON.stringify({ before, lang, after: required() }));`;
    const run = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', code], {
      cwd: path.resolve(import.meta.dirname, '../..'),
      encoding: 'utf8',
    });
    expect(run.stderr).toBe('');
    expect(JSON.parse(run.stdout)).toEqual({ before: false, lang: 'de', after: true });
  }, 60_000);
});
