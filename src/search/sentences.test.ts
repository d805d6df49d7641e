import { describe, expect, it } from 'vitest';
import { forEachSentence, isTrimmed, leansBack, opensBulletItem, plainBreaks, sentences, type Sentence } from './sentences.js';

/** Each sentence's offsets point at its text in the source. */
const sliced = (raw: string) => sentences(raw).map((s) => raw.slice(s.start, s.end) === s.text);

describe('sentences', () => {
  it('splits at sentence ends, not after abbreviations or before a lower-case or numeric continuation', () => {
    const raw = '  Dr. Smith met the U.S. Army in Jan. 2026, e.g. at noon. Was it 3.5 km away? yes. 12 went. The end.';
    expect(sentences(raw).map((s) => s.text)).toEqual([
      'Dr. Smith met the U.S. Army in Jan. 2026, e.g. at noon.',
      'Was it 3.5 km away? yes. 12 went.',
      'The end.',
    ]);
    expect(sliced(raw).every(Boolean)).toBe(true);
  });

  it('does not split after a street\'s or a title\'s abbreviation before a name, in Spanish, German, Philippine English or Indonesian', () => {
    expect(sentences('Nos vemos en la entrada de Av. Beethoven (Zapopan), junto a la caseta. Hacemos 8 km.', 'es').map((s) => s.text)).toEqual([
      'Nos vemos en la entrada de Av. Beethoven (Zapopan), junto a la caseta.',
      'Hacemos 8 km.',
    ]);
    expect(sentences('La consulta es con la Dra. López y el Lic. Pérez. Llega temprano.', 'es').map((s) => s.text)).toEqual(['La consulta es con la Dra. López y el Lic. Pérez.', 'Llega temprano.']);
    expect(sentences('Schlüssel bei Hr. Bauer. Er ist ab 18 Uhr da.', 'de').map((s) => s.text)).toEqual(['Schlüssel bei Hr. Bauer.', 'Er ist ab 18 Uhr da.']);
    // Philippine English: a Quezon City league's officers and venue, each quoted cut at the title before.
    expect(sentences('Ask our treasurer, Ma. Teresa Dizon. The director is Engr. Ramon Castillo, with Atty. Joy Reyes of Brgy. Teachers Village.', 'en').map((s) => s.text)).toEqual([
      'Ask our treasurer, Ma. Teresa Dizon.',
      'The director is Engr. Ramon Castillo, with Atty. Joy Reyes of Brgy. Teachers Village.',
    ]);
    // A surname: "Ma." after a capitalised word ends its sentence.
    expect(sentences('Our coach is Li Ma. Our captain is Wei Chen.', 'en').map((s) => s.text)).toEqual(['Our coach is Li Ma.', 'Our captain is Wei Chen.']);
    expect(sentences('Final diadakan di Arena Esports Gubeng, Jl. Raya Gubeng No. 47, lantai 2. Datang jam 13.00.', 'id').map((s) => s.text)).toEqual([
      'Final diadakan di Arena Esports Gubeng, Jl. Raya Gubeng No. 47, lantai 2.',
      'Datang jam 13.00.',
    ]);
    expect(sentences('Centrul din Cluj-Napoca este pe Str. Memorandumului 28. Vorbește Ioana Mureșan.', 'ro').map((s) => s.text)).toEqual([
      'Centrul din Cluj-Napoca este pe Str. Memorandumului 28.',
      'Vorbește Ioana Mureșan.',
    ]);
    for (const [lang, text] of [
      ['pl', 'Podręcznik odbierzesz w biurze przy ul. Dietla 45/3 w Krakowie. Zajęcia prowadzi mgr Anna Nowak.'],
      ['cs', 'Klub sídlí na nám. Míru 12 v Praze. Trénuje Mgr. Jana Nováková.'],
      ['sk', 'Dielňa je na nám. Slobody 4 v Bratislave. Vedie ju Ing. Peter Kováč.'],
      ['ru', 'Мы находимся по адресу: ул. Бакунинская, 71. Приходите к 19:00.'],
      ['uk', 'Клуб працює на вул. Хрещатик, 22. Приходьте о 19:00.'],
    ]) {
      const [first] = sentences(text!, lang!).map((s) => s.text);
      expect(first, text).toBe(text!.slice(0, text!.indexOf('. ', text!.search(/\d/)) + 1));
    }
    expect(sentences('Kantor kami di Jl. Jend. Sudirman Kav. 52, Jakarta. Hubungi Sdr. Budi di Gd. Serbaguna.', 'id').map((s) => s.text)).toEqual([
      'Kantor kami di Jl. Jend. Sudirman Kav. 52, Jakarta.',
      'Hubungi Sdr. Budi di Gd. Serbaguna.',
    ]);
    expect(sentences('Sila hubungi En. Ahmad atau Pn. Siti di Syarikat Maju Sdn. Bhd. Pejabat dibuka pukul 9.', 'ms').map((s) => s.text)).toEqual([
      'Sila hubungi En. Ahmad atau Pn. Siti di Syarikat Maju Sdn. Bhd.',
      'Pejabat dibuka pukul 9.',
    ]);
    // Not in another language, where "En." may end a sentence.
    expect(sentences('Lo dijo En. Luego se fue.', 'es').map((s) => s.text)).toEqual(['Lo dijo En.', 'Luego se fue.']);
    // Written after a name, or for a weekday, they end a sentence.
    expect(sentences('Training ist Mo. bis Fr. Wir treffen uns in der Halle.', 'de').map((s) => s.text)).toEqual(['Training ist Mo. bis Fr.', 'Wir treffen uns in der Halle.']);
    expect(sentences('We meet on Park Ave. Bring water.').map((s) => s.text)).toEqual(['We meet on Park Ave.', 'Bring water.']);
  });

  it("opens a sentence with a numbered list item's number at a line's start, and tells which sentences open a bullet item", () => {
    const raw = '1. Be kind. No insults.\n2. No spam.\n10. Mods decide.\n- Level 5: Seedling. Post images.\n  - Indented.\nIt grew to\n3 million.';
    const list = sentences(raw);
    expect(list.map((s) => s.text)).toEqual(['1. Be kind.', 'No insults.', '2. No spam.', '10. Mods decide.', '- Level 5: Seedling.', 'Post images.', '- Indented.', 'It grew to\n3 million.']);
    expect(sliced(raw).every(Boolean)).toBe(true);
    expect(list.map((_, i) => opensBulletItem(raw, list, i))).toEqual([false, false, false, false, true, false, false, false]);
    // Not mid-line, nor where a wrapped line ends before a number: Markdown starts no list there.
    expect(sentences('Read step 2. Then run it.').map((s) => s.text)).toEqual(['Read step 2.', 'Then run it.']);
    expect(sentences('Die Feier findet am\n7. Februar statt.', 'de').map((s) => s.text)).toEqual(['Die Feier findet am\n7. Februar statt.']);
    // Items without a full stop are items too, once a list has started, and "1." starts one after any line.
    expect(sentences('1. Install Node\n2. Run npm ci').map((s) => s.text)).toEqual(['1. Install Node', '2. Run npm ci']);
    expect(sentences('Rules you must follow\n1. No cheating\n2. No selling').map((s) => s.text)).toEqual(['Rules you must follow', '1. No cheating', '2. No selling']);
    expect(sentences('1. Install the tools\n   then restart the app\n2. Run it').map((s) => s.text)).toEqual(['1. Install the tools\n   then restart the app', '2. Run it']);
  });

  it('ends a sentence after the emphasis markers that close it, and keeps a bold item number with its item', () => {
    // ICU cuts after the full stop, before "**": quotes then began "** No NSFW…" or ended "…respectful.**".
    const rules = '**1. Be respectful.** No harassment. Criticism is welcome.\n\n**4. Keep it safe for work.** No NSFW images.';
    expect(sentences(rules).map((s) => s.text)).toEqual(['**1. Be respectful.**', 'No harassment.', 'Criticism is welcome.', '**4. Keep it safe for work.**', 'No NSFW images.']);
    expect(sliced(rules).every(Boolean)).toBe(true);
    expect(sentences('*Note.* Hot. __Warning.__ Cold. ~~Old rule.~~ New rule.').map((s) => s.text)).toEqual(['*Note.*', 'Hot.', '__Warning.__', 'Cold.', '~~Old rule.~~', 'New rule.']);
    // A marker no sentence before leaves open is a bullet, or emphasis opening: it stays where it is.
    expect(sentences('Read this.\n* A bullet item.').map((s) => s.text)).toEqual(['Read this.', '* A bullet item.']);
    expect(sentences('Turn off **Volumetric Snow**. Then restart.').map((s) => s.text)).toEqual(['Turn off **Volumetric Snow**.', 'Then restart.']);
  });

  it('splits a 4,000-sentence paragraph into 4,000 sentences, each at its offset in the text', () => {
    const body = Array.from({ length: 4000 }, (_, i) => `The ${['river', 'council', 'Dr. Lee', 'tram'][i % 4]} plan ${i} was discussed (e.g. by officials) on the “${i}th” day.`);
    const raw = body.join(' ');
    const found = sentences(raw);
    expect(found).toHaveLength(4000);
    let at = 0;
    found.forEach((s, i) => {
      expect(s).toEqual({ start: at, end: at + body[i]!.length, text: body[i] });
      at += body[i]!.length + 1;
    });
  });

  it('splits a long paragraph as it splits each of its parts, whatever falls at a 2,000-character boundary', () => {
    const unit = 'Mr. O’Brien said “no.” (Twice.) It cost 3.5 dollars… Really?! the crowd asked. 😀 Next, e.g. Jan. 5. Done.\n\n';
    const parts = sentences(unit);
    // 300 repeats put each part of the unit across a window boundary; the padding shifts them further.
    for (const pad of [0, 1, 7, 50, 99]) {
      const raw = `Start here${' and here'.repeat(pad)}. ${unit.repeat(300)}`;
      const found = sentences(raw);
      const offset = raw.length - unit.length * 300;
      const expected = Array.from({ length: 300 }, (_, r) => parts.map((s) => ({ start: s.start + offset + r * unit.length, end: s.end + offset + r * unit.length, text: s.text }))).flat();
      expect(found.slice(-expected.length)).toEqual(expected);
    }
  });

  it('decides a break at a window boundary as on the whole text: ICU looks ahead past symbols to a letter', () => {
    // Without a lower-case word after them, the brackets would start a sentence of their own.
    const raw = `${'Word. '.repeat(300)}The end. ${'( '.repeat(300)}apples. Next.`;
    expect(sentences(raw).slice(300).map((s) => s.text)).toEqual([`The end. ${'( '.repeat(300)}apples.`, 'Next.']);
  });

  it('keeps a sentence longer than the segmenter\'s window whole', () => {
    const long = `It ${'goes on and On '.repeat(400)}to the end.`;
    const raw = `${long} Then stops. ${long}`;
    expect(sentences(raw).map((s) => s.text)).toEqual([long, 'Then stops.', long]);
  });

  it('gives sentences one at a time, so a caller can stop early', () => {
    for (const raw of ['One. Two. Three.', `One. Two. ${'Three. '.repeat(400)}`]) {
      const seen: Sentence[] = [];
      forEachSentence(raw, 'en', (s) => seen.push(s) < 2);
      expect(seen).toEqual([{ start: 0, end: 4, text: 'One.' }, { start: 5, end: 9, text: 'Two.' }]);
    }
  });

  it('trims exactly the white space String.prototype.trim does', () => {
    const codes = Array.from({ length: 0x10000 }, (_, c) => c);
    expect(codes.filter((c) => isTrimmed(c) !== (String.fromCharCode(c).trim() === ''))).toEqual([]);
    expect(codes.filter(isTrimmed)).toHaveLength(25);
  });
});

describe('sentences in other scripts', () => {
  it('ends a sentence at a Chinese full stop, a Devanagari danda and an Arabic question mark', () => {
    expect(sentences('北京大学创办于1898年。学校位于海淀区。').map((s) => s.text)).toEqual(['北京大学创办于1898年。', '学校位于海淀区。']);
    expect(sentences('यह पहला वाक्य है। यह दूसरा है।').map((s) => s.text)).toEqual(['यह पहला वाक्य है।', 'यह दूसरा है।']);
    expect(sentences('ما هذا؟ هذا كتاب.').map((s) => s.text)).toEqual(['ما هذا؟', 'هذا كتاب.']);
  });
  it('reads Myanmar\'s little section "၊" as the comma it is, and its section "။" as a full stop', () => {
    expect(sentences('Tournament မှာ Kalahari map ၊ Bermuda ၊ Purgatory map သုံးခုမှာ ကစားပါမယ်။ ဝင်ကြေး ၅၀၀၀ ကျပ်ဖြစ်ပါတယ်။', 'my').map((s) => s.text)).toEqual([
      'Tournament မှာ Kalahari map ၊ Bermuda ၊ Purgatory map သုံးခုမှာ ကစားပါမယ်။',
      'ဝင်ကြေး ၅၀၀၀ ကျပ်ဖြစ်ပါတယ်။',
    ]);
    // Doubled, it is typed for the full stop; at a line's end it closes a list item.
    expect(sentences('ဝင်ကြေး ၅၀၀၀ ကျပ်ဖြစ်ပါတယ်၊၊ ပွဲစဉ်က ည ၈ နာရီ စပါမယ်၊၊', 'my').map((s) => s.text)).toEqual(['ဝင်ကြေး ၅၀၀၀ ကျပ်ဖြစ်ပါတယ်၊၊', 'ပွဲစဉ်က ည ၈ နာရီ စပါမယ်၊၊']);
    expect(sentences('- ဝင်ကြေး ၅၀၀၀ ကျပ်၊\n- ပွဲစဉ်က ည ၈ နာရီ စပါမယ်။', 'my')).toHaveLength(2);
  });
  it('opens a sentence with the opening quote ICU left on the sentence before ("…あります。「Visitor」の方は…")', () => {
    // A VRChat community's trial: the quote of the first sentence ended in "「".
    expect(sentences('トラストランクが「New User」以上である必要があります。「Visitor」（グレー）の方は、まず公開インスタンスで遊んでください。', 'ja').map((s) => s.text)).toEqual([
      'トラストランクが「New User」以上である必要があります。',
      '「Visitor」（グレー）の方は、まず公開インスタンスで遊んでください。',
    ]);
    expect(sentences('会费每年360元。“学生会员”半价。', 'zh').map((s) => s.text)).toEqual(['会费每年360元。', '“学生会员”半价。']);
    // A closing quote after the full stop stays with its sentence.
    expect(sentences('他说：“明天见。”我们走了。', 'zh').map((s) => s.text)).toEqual(['他说：“明天见。”', '我们走了。']);
    expect(sentences('Er sagte: „Wir kommen.“ Dann gingen wir.', 'de').map((s) => s.text)).toEqual(['Er sagte: „Wir kommen.“', 'Dann gingen wir.']);
  });

  it('keeps a bracketed mark after a full stop ("[citation needed]") with its sentence', () => {
    expect(sentences('قام بتمييز واضح بين الكربونات. كما يصف كيفية تقطير مياه البحر للشرب.[\nالتحقق مطلوب]', 'ar').map((s) => s.text)).toEqual(['قام بتمييز واضح بين الكربونات.', 'كما يصف كيفية تقطير مياه البحر للشرب.[\nالتحقق مطلوب]']);
    expect(sentences('他们被杀害。在1550年至1580年期间，法国的改革宗成员通常被称为胡格诺派。[\n需要引证]', 'zh').map((s) => s.text)).toEqual(['他们被杀害。', '在1550年至1580年期间，法国的改革宗成员通常被称为胡格诺派。[\n需要引证]']);
  });
});

describe('scripts that end a sentence with a space', () => {
  // A Thai community's event notice: five clauses set off by spaces, numbers set off by spaces too.
  const notice = 
    'งานพบปะผู้ใช้ประจำปีจะจัดขึ้นที่กรุงเทพมหานครในวันเสาร์ที่ 14 มีนาคม 2569 โดยเปิดให้ลงทะเบียนตั้งแต่เวลาเก้าโมงเช้าที่ชั้นสองของอาคารศูนย์ประชุมแห่งชาติสิริกิติ์ ผู้เข้าร่วมทุกคนจะได้รับเสื้อยืดที่ระลึกและอาหารกลางวันฟรีตลอดทั้งวันโดยไม่มีค่าใช้จ่ายเพิ่มเติมสำหรับสมาชิกที่ชำระค่าธรรมเนียมรายปีเรียบร้อยแล้ว ' +
    'สำหรับผู้ที่ยังไม่ได้เป็นสมาชิกสามารถซื้อบัตรเข้างานได้ในราคา 300 บาทที่หน้างานหรือผ่านทางเว็บไซต์ของชุมชนก่อนวันงานหนึ่งสัปดาห์ ในช่วงบ่ายจะมีการบรรยายเกี่ยวกับการสำรองข้อมูลรูปภาพและการติดตั้งแอปพลิเคชันบนโทรศัพท์มือถือโดยทีมนักพัฒนาหลักของโครงการ ผู้จัดงานขอแนะนำให้เดินทางด้วยรถไฟฟ้าใต้ดินเนื่องจากที่จอดรถบริเวณศูนย์ประชุมมีจำนวนจำกัดมากในวันหยุดสุดสัปดาห์';

  it('cuts a Thai paragraph at spaces between letters into pieces of at least 120 characters', () => {
    const list = sentences(notice, 'th');
    const openings = ['งานพบปะ', 'ผู้เข้าร่วม', 'สำหรับผู้ที่', 'ในช่วงบ่าย', 'ผู้จัดงาน'];
    expect(list.map((s, i) => s.text.startsWith(openings[i]!))).toEqual([true, true, true, true, true]);
    // Not at the spaces around "14 มีนาคม 2569" or "300 บาท": a number is no sentence end.
    expect(list[0]!.text).toContain('วันเสาร์ที่ 14 มีนาคม 2569 โดยเปิด');
    expect(list[2]!.text).toContain('ในราคา 300 บาทที่หน้างาน');
    for (const s of list) expect(s.text).toBe(notice.slice(s.start, s.end));
  });

  it('keeps a short Thai paragraph, and a clause too short to stand alone, in one sentence', () => {
    expect(sentences('ตัวอย่างเช่น อี.ไอ. ดูปองต์ ก่อตั้งโรงงาน', 'th')).toHaveLength(1);
    // The last clause (under 60 characters) stays with the one before.
    expect(sentences(notice.slice(0, notice.indexOf(' ในช่วงบ่าย')) + ' ติดต่อสอบถามได้ที่อีเมล', 'th')).toHaveLength(3);
  });
});

describe('initials of scripts without case', () => {
  it('keeps a Latin initial written in Devanagari, Arabic or Thai with the name it belongs to', () => {
    expect(sentences('इसका अनुवाद जॉन सी. मेसेंजर ने किया। फिर वह छपा।', 'hi')).toHaveLength(2);
    expect(sentences('इतिहासकार फ्रेडरिक डब्ल्यू. मोटे ने लिखा है। यह सही है।', 'hi')).toHaveLength(2);
    expect(sentences('ترجمة جون سي. ميسنجر معروفة. ثم نشرت.', 'ar')).toHaveLength(2);
    expect(sentences('ตัวอย่างเช่น อี.ไอ. ดูปองต์ ก่อตั้งโรงงาน', 'th')).toHaveLength(1);
  });

  it('still ends an Arabic sentence at a short stopword ("قام به." he did it)', () => {
    expect(sentences('هذا ما قام به. ثم غادر المدينة.', 'ar')).toHaveLength(2);
  });
});

describe('German abbreviations', () => {
  it('ends no sentence at "bzw.", "ggf.", "inkl.", "Nr." and their kind', () => {
    // A student council's trial (round BH): quoted to "…PO 2021 bzw." at 1.00.
    expect(sentences('Verbindlich ist die Prüfungsordnung (B.Sc. Informatik PO 2021 bzw. M.Sc. Informatik PO 2022). Wir sind keine Behörde.', 'de')).toHaveLength(2);
    // Opening a sentence too, before a noun: "Inkl. Semesterticket…", "Ggf. Nachweise…" (a review).
    expect(sentences('Der Beitrag kostet 320 Euro. Inkl. Semesterticket seid ihr im ganzen Verbund unterwegs. Ggf. Nachweise per Mail schicken.', 'de').map((s) => s.text)).toEqual([
      'Der Beitrag kostet 320 Euro.',
      'Inkl. Semesterticket seid ihr im ganzen Verbund unterwegs.',
      'Ggf. Nachweise per Mail schicken.',
    ]);
    // "Tel." may end one.
    expect(sentences('Erreichbar sind wir per Mail oder Tel. Die Sprechzeiten stehen unten.', 'de')).toHaveLength(2);
    // Only in German: a Polish or English sentence may end in such letters.
    expect(sentences('We met at Tel. Aviv was next.', 'en')).toHaveLength(2);
  });
});

describe('ordinal numbers written with a full stop', () => {
  it('keeps a German or Turkish date and century in one sentence', () => {
    expect(sentences('Am 7. Februar 2016 fand das Spiel statt. Es war kalt.', 'de').map((s) => s.text)).toEqual(['Am 7. Februar 2016 fand das Spiel statt.', 'Es war kalt.']);
    expect(sentences('Im 19. Jahrhundert wuchs die Stadt. Dann kam der Krieg.', 'de-AT')).toHaveLength(2);
    expect(sentences('Şehir 19. Yüzyılda büyüdü. Sonra savaş geldi.', 'tr')).toHaveLength(2);
  });

  it("keeps a degree's abbreviation inside a bracket in its sentence, and ends one at it outside", () => {
    expect(sentences('Studierende im Bachelor (B.Sc. Informatik) zahlen weniger. Danach kommt nichts.', 'de')).toHaveLength(2);
    expect(sentences('Applicants need a completed B.Sc. The programme lasts three semesters.', 'en')).toHaveLength(2);
    expect(sentences('Bewerben kann sich, wer einen B.Sc. hat. Ein abgeschlossener B.Sc. Bewerbungen sind bis Juli offen.', 'de')).toHaveLength(3);
  });

  it('keeps an ordinal in Markdown emphasis, a bracket or a quote with its noun', () => {
    // A German student council's page (round BH).
    expect(sentences('Der Anmeldezeitraum beginnt am **1. Dezember 2025 um 8:00 Uhr** und endet am **21. Dezember 2025**. Danach ist Schluss.', 'de')).toHaveLength(2);
    expect(sentences('Ihr Stellvertreter ist Jonas Petersen (3. Semester M.Sc.), die Wahl ist im Januar.', 'de')).toHaveLength(1);
    expect(sentences('Das Motto war „19. Jahrhundert“ und alle kamen.', 'de')).toHaveLength(1);
    expect(sentences('Die Mannschaft wurde (am Ende) 3. Danach stieg sie ab.', 'de')).toHaveLength(2);
  });

  it('keeps a Roman ordinal with its name (Turkish writes it before the name), and ends a sentence at one before a new sentence', () => {
    expect(sentences("Köprü 1981'de Kraliçe II. Elizabeth tarafından açıldı. Sonra yol yapıldı.", 'tr')).toHaveLength(2);
    expect(sentences('Zulüm XIV. Louis yönetimine kadar sürdü.', 'tr')).toHaveLength(1);
    expect(sentences('Es regierte Ludwig XIV. Danach kam die Revolution.', 'de')).toHaveLength(2);
  });

  it('still ends a German sentence at a year, or at a number a new sentence follows', () => {
    expect(sentences('Der Zweite Weltkrieg endete 1945. Danach wurde Deutschland geteilt.', 'de')).toHaveLength(2);
    expect(sentences('Gegründet 1990. Umbenannt 1995. Heute ist es ein Museum.', 'de')).toHaveLength(3);
    expect(sentences('Die Mannschaft wurde 3. Danach stieg sie ab.', 'de')).toHaveLength(2);
    expect(sentences('Bandet ble grunnlagt i 1998. Det første albumet kom året etter.', 'no')).toHaveLength(2);
  });

  it('still ends an English sentence at a number', () => {
    expect(sentences('The final score was 24. Denver won.', 'en')).toHaveLength(2);
    expect(sentences('The final score was 24. Denver won.')).toHaveLength(2);
  });
});

describe('plainBreaks', () => {
  const icu = new Intl.Segmenter('en', { granularity: 'sentence' });
  const icuBreaks = (text: string) => [...[...icu.segment(text)].map((s) => s.index), ...(text ? [text.length] : [])];

  it('finds the boundaries Intl.Segmenter finds, on random text of the characters it classifies', () => {
    const supported = Array.from({ length: 0x3000 }, (_, c) => String.fromCharCode(c)).filter((c) => plainBreaks(`a${c}`) !== null);
    // Letters, terminals, closing marks, spaces and newlines, more often than the rest: the rules are about them.
    const common = [...'aab.. ?!"\'()A\n,-5'];
    let seed = 1;
    const random = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x80000000;
    const pick = (chars: string[]) => chars[Math.floor(random() * chars.length)]!;
    const mismatches: string[] = [];
    for (let t = 0; t < 20_000; t++) {
      let text = '';
      for (let i = 1 + Math.floor(random() * 24); i > 0; i--) text += random() < 0.5 ? pick(common) : pick(supported);
      if (plainBreaks(text)!.join() !== icuBreaks(text).join()) mismatches.push(text);
    }
    expect(supported.length).toBeGreaterThan(150);
    expect(mismatches).toEqual([]);
  });

  it('leaves text with a character it does not classify to ICU', () => {
    expect(plainBreaks('A sentence. 北京大学创办于1898年。')).toBeNull();
    expect(plainBreaks('Soft\u00adhyphen.')).toBeNull();
    expect(plainBreaks('“Quoted.” — Then… more. e.g. this')).toEqual(icuBreaks('“Quoted.” — Then… more. e.g. this'));
  });
});

describe('leansBack', () => {
  it('reads a sentence opening with a pronoun, or naming "these" things, as leaning on the one before', () => {
    expect(leansBack('He also describes the distillation of sea-water for drinking.')).toBe(true);
    expect(leansBack('Carbon monoxide poisoning is sometimes treated using these devices.')).toBe(true);
    expect(leansBack('Nevertheless, such a civilian bureaucracy was kept.')).toBe(true);
    expect(leansBack('Dieses Gerät wird bei Vergiftungen eingesetzt.', 'de')).toBe(true);
    expect(leansBack('Это правительство приняло разделение власти.', 'ru')).toBe(true);
    expect(leansBack('وهو أيضا يصف تقطير مياه البحر للشرب.', 'ar')).toBe(true);
    expect(leansBack('他也描述了海水的蒸馏。', 'zh')).toBe(true);
    expect(leansBack('一氧化碳中毒有时使用这些设备治疗。', 'zh')).toBe(true);
    expect(leansBack('這種方法後來傳到歐洲。', 'zh')).toBe(true);
  });

  it('does not read examples, a word merely starting like a pronoun, or a language without a list so', () => {
    expect(leansBack('Chinese advisers such as Liu Bingzhong gave strong influence to the court.')).toBe(false);
    expect(leansBack('Hexagonal cells hold the honey.')).toBe(false);
    expect(leansBack('Theirs was a long reign.')).toBe(false);
    expect(leansBack('Китайские советники, такие как Лю Бинчжун, оказали влияние.', 'ru')).toBe(false);
    expect(leansBack('科学家也描述了海水的蒸馏。', 'zh')).toBe(false);
    expect(leansBack('他也描述了海水的蒸馏。', 'ja')).toBe(false);
  });
});
