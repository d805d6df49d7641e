import { describe, expect, it } from 'vitest';
import { smallTalkOf, withoutChatter } from './chatter.js';

describe('withoutChatter', () => {
  it.each([
    ['hi, quick question, how much ram does the server need?', 'how much ram does the server need?'],
    ['Hi all, quick question: how much RAM?', 'how much RAM?'],
    ['sorry if this is a dumb question but how do I sync?', 'how do I sync?'],
    ['sorry if this is dumb but how do i get a refund', 'how do i get a refund'],
    ['Sorry if it sounds stupid, how do I sync?', 'how do I sync?'],
    ['hey guys! how do i reset', 'how do i reset'],
    ['hey guys how do i reset', 'how do i reset'],
    ['hey guys whats the server ip for java', 'whats the server ip for java'],
    ['yo pls how do i join', 'how do i join'],
    // An interjection opening a question, as a greeting does; "oh" elsewhere is office hours (tokenize.ts).
    ['oh, how do i join', 'how do i join'],
    ['oh ok so when is the lab', 'so when is the lab'],
    ['ah i see, what time', 'what time'],
    ['O oh', ''],
    ['oh queue link', 'oh queue link'],
    ['when is oh', 'when is oh'],
    // "lol" is laughter; "LoL", League of Legends, a name.
    ['lol when is the final', 'when is the final'],
    ['LoL 리그 상금 얼마?', 'LoL 리그 상금 얼마?'],
    ['when is the LoL', 'when is the LoL'],
    ['when is the final LOL', 'when is the final'],
    ['does anyone know how to enable 2fa', 'how to enable 2fa'],
    ['so, when is the release', 'when is the release'],
    ['Question: can I pay by card?', 'can I pay by card?'],
    ['quick question how do I log in', 'how do I log in'],
    ['quick q: when is the next cohort', 'when is the next cohort'],
    // The frame of a request.
    ['Is it possible to display the size of a mail in gmail?', 'to display the size of a mail in gmail?'],
    ["What's the easiest way to download a youtube video?", 'to download a youtube video?'],
    ['Is there a way for me to block a user?', 'to block a user?'],
  ])('takes the chatter off the start of %j', (typed, asked) => {
    expect(withoutChatter(typed, 'en')).toBe(asked);
  });

  it.each([
    ['what cards do you take any idea?', 'what cards do you take?'],
    ['how much is it? thanks!', 'how much is it?'],
    ['reset my password please', 'reset my password'],
    ['how do I export logs lol', 'how do I export logs'],
    // The question asked again after it, or a plea for advice.
    ["I'd like to add a size column to my gmail, is this possible?", "I'd like to add a size column to my gmail?"],
    ['I want to delete my account. How do I do that?', 'I want to delete my account?'],
    ["I'd like to import a list of tasks into trello, what's the easiest way to do this?", "I'd like to import a list of tasks into trello?"],
    ['Gmail filters out exe files, is there a way around this?', 'Gmail filters out exe files?'],
    ['Can others read my mail? Any advice?', 'Can others read my mail?'],
    ['I want to mute a thread in gmail, can this be done?', 'I want to mute a thread in gmail?'],
    ['Hosting trello myself, is this an option?', 'Hosting trello myself?'],
    ['My mails get lost. Is there anything I can do?', 'My mails get lost?'],
    // Singapore's closing particles, stacked.
    ['hawker fest this june is which day ah', 'hawker fest this june is which day'],
    ['how to cancel plus ah paiseh', 'how to cancel plus'],
    ['wat time u guys close lah?', 'wat time u guys close?'],
  ])('takes the chatter off the end of %j, keeping it a question', (typed, asked) => {
    expect(withoutChatter(typed, 'en')).toBe(asked);
  });

  it.each(['good morning everyone!', 'thanks', 'lol', 'Hello?'])('leaves nothing of %j', (typed) => {
    expect(withoutChatter(typed, 'en')).toBe('');
  });

  it.each(['Hello world program', 'Hey Jude lyrics', 'How do I ask a question in #support?', 'Is there a question limit?', 'Which ideas made it into 3.4?', 'So what?', 'Is there any help?', 'Where can I find any tips?', 'hi-fi speakers on sale?', 'yo-yo tricks?', 'Dude ranch prices?', 'Is this possible?', 'How can I do this?', 'What are my options?', 'What are my options to get rid of it?', 'Is it possible?', 'What is the best way?', 'Is there a way out?', 'where is Ah Seng Lor Mee', 'is Ah Seng open', 'cash on delivery can or not', 'where is the AH?', 'when can I see Dr Liao', 'how long is the drive from Manali to Leh'])(
    'keeps every word of %j, whose chatter words are its topic',
    (typed) => {
      expect(withoutChatter(typed, 'en')).toBe(typed);
    },
  );

  it('reads the chatter of the question’s language only', () => {
    expect(withoutChatter('Hallo zusammen, wie viel kostet die Lizenz? Danke!', 'de')).toBe('wie viel kostet die Lizenz?');
    expect(withoutChatter('Bonjour à tous, petite question : comment sauvegarder ?', 'fr')).toBe('comment sauvegarder ?');
    // Croatian's chatter serves Serbian and Bosnian, as their members write on the same servers.
    expect(withoutChatter('e ljudi, kolko kosta vip? hvala unaprijed', 'hr')).toBe('kolko kosta vip?');
    expect(withoutChatter('pozdrav svima, gde je server? hvala', 'sr')).toBe('gde je server?');
    expect(withoutChatter('zna li netko kad je turnir', 'bs')).toBe('kad je turnir');
    expect(withoutChatter('hvala na odgovoru', 'hr')).toBe('');
    expect(withoutChatter('здравейте, някой знае ли колко струва вип? мерси предварително', 'bg')).toBe('колко струва вип?');
    expect(withoutChatter('мерси за помощта', 'bg')).toBe('');
    expect(withoutChatter('Hola, ¿cuánto cuesta? gracias', 'es')).toBe('¿cuánto cuesta?');
    expect(withoutChatter('eai galera, qual o ip do server? vlw', 'pt')).toBe('qual o ip do server?');
    expect(withoutChatter('como entra no server kkkk', 'pt')).toBe('como entra no server');
    expect(withoutChatter('como adiciono um feed rss', 'pt')).toBe('como adiciono um feed rss');
    expect(withoutChatter('ciao raga quando apre la sede', 'it')).toBe('quando apre la sede');
    expect(withoutChatter('numero di tel della sede x favore', 'it')).toBe('numero di tel della sede');
    expect(withoutChatter('domanda stupida ma quanto costa la tessera? grazie in anticipo', 'it')).toBe('quanto costa la tessera?');
    expect(withoutChatter('Ciao Italia è un film?', 'it')).toBe('Ciao Italia è un film?');
    expect(withoutChatter('Hallo zusammen, wie viel kostet die Lizenz?', 'en')).toBe('Hallo zusammen, wie viel kostet die Lizenz?');
    // The internet's chatter is every language's.
    expect(withoutChatter('hi, how much is it? lol', 'ja')).toBe('how much is it?');
  });

  it('reads Ukrainian and Russian greetings, "who knows" and thanks as chatter', () => {
    // Left in, "хто знає" asked for a person (a Ukrainian DayZ server's trial).
    expect(withoutChatter('хлопці, хто знає, скільки розглядають апеляцію? дякую', 'uk')).toBe('скільки розглядають апеляцію?');
    expect(withoutChatter('доброго дня всім підкажіть будь ласка скільки коштує віп', 'uk')).toBe('скільки коштує віп');
    expect(withoutChatter('слава україні! коли рестарти на сервері?', 'uk')).toBe('коли рестарти на сервері?');
    expect(withoutChatter('ребят, кто знает, сколько стоит вип? спасибо заранее', 'ru')).toBe('сколько стоит вип?');
    expect(withoutChatter('добрый вечер как зайти на сервер', 'ru')).toBe('как зайти на сервер');
    // A greeting's words may be a topic when no question follows them.
    expect(withoutChatter('Добрий вечір у клубі', 'uk')).toBe('Добрий вечір у клубі');
    expect(smallTalkOf('хто ти такий', 'uk')).toBe('identity');
    expect(smallTalkOf('как тебя зовут', 'ru')).toBe('name');
  });

  it('reads Romanian greetings and thanks as chatter, with and without diacritics', () => {
    // "salut tuturor" met the rules' "…se aplică tuturor jucătorilor" (a Romanian roleplay server's trial).
    expect(withoutChatter('salut tuturor, cum pot dona pt server?', 'ro')).toBe('cum pot dona pt server?');
    expect(withoutChatter('buna, cum raportez un admin care abuzeaza? mersi', 'ro')).toBe('cum raportez un admin care abuzeaza?');
    expect(withoutChatter('Bună seara! când e cursa?', 'ro')).toBe('când e cursa?');
    expect(withoutChatter('mersi frate, m-ai ajutat', 'ro')).toBe('');
    expect(withoutChatter('o intrebare: cat costa vip?', 'ro')).toBe('cat costa vip?');
    expect(withoutChatter('buna ziua de lucru', 'ro')).toBe('buna ziua de lucru');
    // After a figure, "ms" is milliseconds.
    expect(withoutChatter('pingul e sub 20 ms', 'ro')).toBe('pingul e sub 20 ms');
    expect(withoutChatter('cum intru pe server? ms mult', 'ro')).toBe('cum intru pe server?');
  });

  it('reads Finnish greetings, "kysyisin" and thanks as chatter', () => {
    expect(withoutChatter('moi! paljonko vip maksaa?', 'fi')).toBe('paljonko vip maksaa?');
    expect(withoutChatter('hei kysyisin milloin kaamos lan on', 'fi')).toBe('milloin kaamos lan on');
    expect(withoutChatter('tietääkö kukaan, onko lanissa saunaa? kiitos etukäteen', 'fi')).toBe('onko lanissa saunaa?');
    expect(withoutChatter('Hei Hei Monika', 'fi')).toBe('Hei Hei Monika');
  });

  it('reads German chat\'s "vllt ne dumme frage aber" and "hab mal ne frage" as chatter (a German Minecraft server\'s trial)', () => {
    expect(withoutChatter('vllt ne dumme frage aber wie viele homes hat man mit baumeister', 'de')).toBe('wie viele homes hat man mit baumeister');
    expect(withoutChatter('hab mal ne frage wie viel kostet der rang', 'de')).toBe('wie viel kostet der rang');
    expect(withoutChatter('hab ne blöde frage: wie viele homes hat man', 'de')).toBe('wie viele homes hat man');
    expect(withoutChatter('hab da mal ne frage, wie viele homes hat man', 'de')).toBe('wie viele homes hat man');
    expect(withoutChatter('Die kurze Frage ist offen', 'de')).toBe('Die kurze Frage ist offen');
  });

  it('reads Dutch and Polish greetings, "stupid question" preambles and thanks as chatter, keeping a question\'s "czy"', () => {
    expect(withoutChatter('mss stomme vraag maar hoe laat is de borrel op do', 'nl')).toBe('hoe laat is de borrel op do');
    expect(withoutChatter('hoi allemaal, wanneer is de alv? alvast bedankt', 'nl')).toBe('wanneer is de alv?');
    expect(withoutChatter('weet iemand of er een sauna is', 'nl')).toBe('of er een sauna is');
    expect(withoutChatter('głupie pytanie, ile kosztuje karnet?', 'pl')).toBe('ile kosztuje karnet?');
    expect(withoutChatter('siema, ile za wejscie? dzieki z gory', 'pl')).toBe('ile za wejscie?');
    // The second "czy" asks whether: it stays.
    expect(withoutChatter('czy ktoś wie czy jest sauna?', 'pl')).toBe('czy jest sauna?');
    expect(withoutChatter('Pytanie o karnet', 'pl')).toBe('Pytanie o karnet');
    // From a review: "mam", the diminutives, a greeting with no mark after it, "wszystkich"; not "elo", a rating.
    expect(withoutChatter('Mam pytanie: ile kosztuje karnet?', 'pl')).toBe('ile kosztuje karnet?');
    expect(withoutChatter('Mam pytanko: gdzie jest szatnia?', 'pl')).toBe('gdzie jest szatnia?');
    expect(withoutChatter('Dzień dobry kiedy otwarte?', 'pl')).toBe('kiedy otwarte?');
    expect(withoutChatter('Witam wszystkich, czy jest parking?', 'pl')).toBe('czy jest parking?');
    expect(withoutChatter('Elo: ile punktów trzeba mieć?', 'pl')).toBe('Elo: ile punktów trzeba mieć?');
    expect(withoutChatter('Vraagje: wanneer is de alv?', 'nl')).toBe('wanneer is de alv?');
    expect(withoutChatter('Ik heb een vraagje: wanneer is de alv?', 'nl')).toBe('wanneer is de alv?');
    expect(withoutChatter('Hoi allemaal wanneer is de alv?', 'nl')).toBe('wanneer is de alv?');
    expect(withoutChatter('vraag over contributie', 'nl')).toBe('vraag over contributie');
    expect(withoutChatter('Hallo daar', 'nl')).toBe('Hallo daar');
    // A compound's first word, and "czesc", a part as much as a greeting, stay.
    expect(withoutChatter('Vraag-en-antwoord sessie wanneer?', 'nl')).toBe('Vraag-en-antwoord sessie wanneer?');
    expect(withoutChatter('czesc do auta gdzie sprzedac?', 'pl')).toBe('czesc do auta gdzie sprzedac?');
  });

  it('reads thanks to everyone as chatter in each language, as "thanks everyone" in English', () => {
    // A trial's Spanish club: "gracias a todos!!" alone was answered at confidence 1.00 by "…a todos los inscritos".
    expect(withoutChatter('gracias a todos!!', 'es')).toBe('');
    expect(withoutChatter('¿cuánto cuesta el plus? mil gracias chicos', 'es')).toBe('¿cuánto cuesta el plus?');
    expect(withoutChatter('wo finde ich die mods? danke an alle', 'de')).toBe('wo finde ich die mods?');
    expect(withoutChatter('Danke euch allen!', 'de')).toBe('');
    expect(withoutChatter('comment sauvegarder ? merci tout le monde', 'fr')).toBe('comment sauvegarder?');
    expect(withoutChatter('qual o ip do server? obrigado pessoal', 'pt')).toBe('qual o ip do server?');
    expect(withoutChatter('thanks everyone!!', 'en')).toBe('');
  });

  it('reads thanks for the help as chatter in each language', () => {
    // A trial's German modding team: "danke für die hilfe!" alone was answered at 0.47.
    expect(withoutChatter('danke für die hilfe!', 'de')).toBe('');
    expect(withoutChatter('wo liegt die log datei? Vielen Dank für eure schnelle Antwort', 'de')).toBe('wo liegt die log datei?');
    expect(withoutChatter('Thank you so much for your help!', 'en')).toBe('');
    expect(withoutChatter('where can I watch the games? thanks for helping out', 'en')).toBe('where can I watch the games?');
    expect(withoutChatter("merci pour l'aide", 'fr')).toBe('');
    expect(withoutChatter('¿cuánto cuesta? gracias por la ayuda', 'es')).toBe('¿cuánto cuesta?');
    expect(withoutChatter('obrigado pela ajuda', 'pt')).toBe('');
    for (const thanks of ['thanks for the help guys', 'thanks in advance for your help', 'thanks for any help', 'thank you all for the help', 'thanks for your time']) {
      expect(withoutChatter(`how do i link? ${thanks}`, 'en')).toBe('how do i link?');
    }
    expect(withoutChatter('danke für die Hilfe leute', 'de')).toBe('');
    expect(withoutChatter('danke schon mal für eure Hilfe', 'de')).toBe('');
    expect(withoutChatter("merci d'avance pour votre aide", 'fr')).toBe('');
    expect(withoutChatter('gracias de antemano por la ayuda', 'es')).toBe('');
    expect(withoutChatter('obrigado desde já pela atenção', 'pt')).toBe('');
  });

  it('reads a long message of spaces in one pass (a closing is looked for after a mark within a few spaces)', () => {
    // Each start and each lookbehind scanned every space: a 4,000-character message took 32 s.
    const typed = `how${' '.repeat(3996)}x`;
    expect(withoutChatter(typed, 'en')).toBe(typed);
  });

  it.each([
    ['hey guys 👋 how do I get on the whitelist lol', 'how do I get on the whitelist'],
    ['heyyy can someone tell me the ip pls 🙏', 'the ip'],
    ['bro i keep getting kicked when i join wtf 😭', 'i keep getting kicked when i join'],
    ['gg ez, when is the next community raid?', 'when is the next community raid?'],
    ['pls how do i get veteran role ty', 'how do i get veteran role'],
  ])('takes gamer chatter and emoji off %j', (typed, asked) => {
    expect(withoutChatter(typed, 'en')).toBe(asked);
  });

  it('takes the shared chatter off a question in a language with a list of its own', () => {
    expect(withoutChatter('lol wer ist der beste Streamer', 'de')).toBe('wer ist der beste Streamer');
  });

  it('reads chatter in any case, and keeps the question as typed', () => {
    expect(withoutChatter('HEY GUYS! QUICK QUESTION: HOW DO I RESET? THANKS', 'en')).toBe('HOW DO I RESET?');
    expect(withoutChatter('Danke im Voraus', 'de')).toBe('');
    // "İ" lowers to two code units: the question around it is cut where the chatter was, not shifted.
    expect(withoutChatter('Hi all, İstanbul ferry times? Thanks!', 'en')).toBe('İstanbul ferry times?');
    expect(withoutChatter('İzmir ferry times? Thanks!', 'en')).toBe('İzmir ferry times?');
    // The typographic apostrophe phones type.
    expect(withoutChatter('le départ est à quelle heure ? Merci d’avance', 'fr')).toBe('le départ est à quelle heure?');
    expect(withoutChatter('I’m wondering if the pool is open', 'en')).toBe('the pool is open');
  });

  it('takes a bounded number of rounds on a long message', () => {
    const typed = 'lol👋'.repeat(800) + 'x?';
    expect(withoutChatter(typed, 'en').length).toBeGreaterThan(3000);
  });
});

describe('withoutChatter in Chinese and Japanese', () => {
  it.each([
    ['請問一下喔 換手機的話帳號要怎麼轉過去 😭', 'zh', '換手機的話帳號要怎麼轉過去 😭'],
    ['欸欸 月卡到底多少錢啦 XD', 'zh', '月卡到底多少錢啦'],
    ['大家好，请问月卡多少钱？谢谢！', 'zh', '请问月卡多少钱?'],
    ['不好意思，可以退款嗎？感謝', 'zh', '可以退款嗎?'],
    ['ねえねえ、メンテ何時に終わるの？？', 'ja', 'メンテ何時に終わるの??'],
    ['すみません、大会のエントリーっていつまでですか？よろしくお願いします！', 'ja', '大会のエントリーっていつまでですか?'],
    ['こんにちは！ガチャはありますか？ありがとうございます', 'ja', 'ガチャはありますか?'],
    // Laughter typed against the question's last word (a VRChat community's trial: "集会何時からw" abstained where "集会何時から" got 1.00).
    ['集会何時からw', 'ja', '集会何時から'],
    ['集会何時からｗｗ', 'ja', '集会何時から'],
    ['アバター改変OK？草', 'ja', 'アバター改変OK?'],
    ['ワールド巡り何時に終わる（笑）', 'ja', 'ワールド巡り何時に終わる'],
    ['几点开始哈哈哈', 'zh', '几点开始'],
    // Not against a Latin word: "VRCw" may be a name; nor a kanji's grass or smile, nor thanks as a topic (a review).
    ['VRCw', 'ja', 'VRCw'],
    ['森で取れる薬草', 'ja', '森で取れる薬草'],
    ['おすすめの雑草', 'ja', 'おすすめの雑草'],
    ['モナリザの微笑', 'ja', 'モナリザの微笑'],
    ['ｸﾞﾙｰﾌﾟ申請通らん草', 'ja', 'ｸﾞﾙｰﾌﾟ申請通らん'],
    ['怎么向管理员表达感谢', 'zh', '怎么向管理员表达感谢'],
    // Korean laughter and crying typed against the last syllable, or after it (a K-pop fan community's trial).
    ['굿즈 불량왔어ㅠㅠ', 'ko', '굿즈 불량왔어'],
    ['콘서트 언제함ㅋㅋ', 'ko', '콘서트 언제함'],
    ['공구 언제까지 감사합니다', 'ko', '공구 언제까지'],
    ['안녕하세요 굿즈 불량 왔어요', 'ko', '굿즈 불량 왔어요'],
    ['굿즈 불량 왔어요 고맙습니다', 'ko', '굿즈 불량 왔어요'],
    // Not a jamo word after a space, whose jamo are Hangul too (a review: "신청 ㄱㄴ" lost its "ㄴ").
    ['배치 아직 안봤는데 신청 ㄱㄴ?', 'ko', '배치 아직 안봤는데 신청 ㄱㄴ?'],
  ])('takes the chatter off %j (%s)', (typed, lang, asked) => {
    expect(withoutChatter(typed, lang)).toBe(asked);
  });

  it.each([
    ['請問一下', 'zh'],
    ['欸欸', 'zh'],
    ['XD', 'zh'],
    ['謝謝大家！', 'zh'],
    ['ねえねえ', 'ja'],
    ['よろしくお願いします', 'ja'],
    ['すみません！', 'ja'],
  ])('leaves nothing of %j (%s)', (typed, lang) => {
    expect(withoutChatter(typed, lang)).toBe('');
  });

  it('keeps words the chatter is written against: a stretch goes only where a space or punctuation parts it', () => {
    expect(withoutChatter('請問月卡多少錢', 'zh')).toBe('請問月卡多少錢');
    expect(withoutChatter('ありがとうキャンペーンはいつ？', 'ja')).toBe('ありがとうキャンペーンはいつ?');
  });
});

describe('smallTalkOf', () => {
  it.each([
    ['test', 'en', 'test'],
    ['Test test!', 'en', 'test'],
    ['testing 1 2 3', 'en', 'test'],
    ['testing, testing', 'en', 'test'],
    ['test  test', 'en', 'test'],
    ['test :)', 'en', 'test'],
    ['test…', 'en', 'test'],
    ['just testing this bot', 'en', 'test'],
    ['Who made you?', 'en', 'maker'],
    ['who made you :)', 'en', 'maker'],
    ['who r u', 'en', 'identity'],
    ['are you an AI?', 'en', 'identity'],
    ['What’s your name?', 'en', 'name'],
    ['is this thing on?', 'en', 'status'],
    ['what can you do', 'en', 'abilities'],
    ['gg wp everyone', 'en', 'farewell'],
    ['gn all', 'en', 'farewell'],
    ['have a nice weekend everyone', 'en', 'farewell'],
    ['see ya', 'en', 'farewell'],
    ['test', 'ja', 'test'],
    ['brb', 'fr', 'farewell'],
    ['Wer hat dich programmiert?', 'de', 'maker'],
    ['bist du ein Bot?', 'de', 'identity'],
    ['nur ein Test', 'de', 'test'],
    ['schönes Wochenende euch allen', 'de', 'farewell'],
    ["Qui t'a créé ?", 'fr', 'maker'],
    ['es-tu un robot ?', 'fr', 'identity'],
    ['tu es qui ?', 'fr', 'identity'],
    ['bon week-end à tous', 'fr', 'farewell'],
    ['¿Quién te hizo?', 'es', 'maker'],
    ['¿Quién eres tú?', 'es', 'identity'],
    ['probando 1 2 3', 'es', 'test'],
    ['prueba prueba', 'es', 'test'],
    ['¿eres un bot?', 'es', 'identity'],
    ['hasta mañana', 'es', 'farewell'],
    ['chi ti ha creato?', 'it', 'maker'],
    ['sei un bot?', 'it', 'identity'],
    ['buona serata a tutti', 'it', 'farewell'],
    ['quem te criou?', 'pt', 'maker'],
    ['vc é um bot?', 'pt', 'identity'],
    ['qual é seu nome?', 'pt', 'name'],
    ['teste teste', 'pt', 'test'],
    ['teste 123', 'pt', 'test'],
    ['até mais pessoal', 'pt', 'farewell'],
  ])('reads %j (%s) as small talk: %s', (typed, lang, kind) => {
    expect(smallTalkOf(typed, lang)).toBe(kind);
  });

  it.each([
    ['¡Hola! ¿eres un bot?', 'es'],
    ['hola ¿eres un bot?', 'es'],
    ['hey, who made you?', 'en'],
    ['test test lol', 'en'],
  ])('reads %j (%s) as small talk once its chatter is off', (typed, lang) => {
    expect(smallTalkOf(withoutChatter(typed, lang), lang)).not.toBeNull();
  });

  it.each([
    ['How do I test the beta?', 'en'],
    ['test results', 'en'],
    ['who made the map?', 'en'],
    ['who made the warden bot', 'en'],
    // A bot maker's server: "this bot" is its product.
    ['who made this bot?', 'en'],
    ['what can this bot do?', 'en'],
    ['is this bot online?', 'en'],
    ['is the bot down?', 'en'],
    ['are you open on Sundays?', 'en'],
    ['what can you do about a late delivery', 'en'],
    ['What is your refund policy?', 'en'],
    ['ping', 'en'],
    ['Wie kann ich die Beta testen?', 'de'],
    ['¿Quién hizo el mapa?', 'es'],
    // Another language's small talk: "prueba" is a topic word in Portuguese ("prova").
    ['prueba', 'en'],
  ])('reads %j (%s) as a question', (typed, lang) => {
    expect(smallTalkOf(typed, lang)).toBeNull();
  });
});

describe('Swedish, Greek and Hebrew chatter', () => {
  it('takes greetings and thanks off', () => {
    expect(withoutChatter('hej hej nån som vet va garaget kostar', 'sv')).toBe('va garaget kostar');
    expect(withoutChatter('hur länge är bastun öppen? tack på förhand', 'sv')).toBe('hur länge är bastun öppen?');
    expect(withoutChatter('καλημέρα, πότε φεύγει το πλοίο;', 'el')).toBe('πότε φεύγει το πλοίο;');
    expect(withoutChatter('kalimera, pote fevgei to ploio', 'el')).toBe('pote fevgei to ploio');
    expect(withoutChatter('היי מתי פותחים הרשמה לקייטנה תודה מראש', 'he')).toBe('מתי פותחים הרשמה לקייטנה');
    expect(withoutChatter('сәлем, скок стоит перевод? рахмет заранее', 'ru')).toBe('скок стоит перевод?');
  });
  it('keeps a greeting that is the topic', () => {
    expect(withoutChatter('hej då', 'sv')).toBe('hej då');
  });
});
