import { describe, expect, it } from 'vitest';
import { type AnswerType, askedCounter, asksWhether, conditionOf, expectedType, plainlyAsksWhether, headingAnnounces, heldBy, numberValue, openingType, opensAskingWho, posesCondition, sameKind, statesType, withoutPhoneNumbers } from './answer-type.js';
import { looseMatches } from './quote.js';
import { analyzerFor } from './tokenize.js';

describe('expectedType in English chat', () => {
  it('reads a time named after its topic, with no question word, as asking a time', () => {
    for (const question of ['kidsclub time sat', 'dev stream time?', 'last entry time foundry', 'off peak times??', 'wat time u open sat', 'What are your opening times?']) {
      expect(expectedType(question), question).toBe('time');
    }
  });

  it('reads a date or deadline named after its topic, with no question word, as asking a date', () => {
    for (const question of ['agm date', 'build contest deadline?', 'date of the agm', 'release dates']) expect(expectedType(question), question).toBe('date');
    for (const question of ['is my profile up to date', 'out of date map', 'profile up-to-date', 'missed the entry deadline', 'late entry after deadline', 'no deadline']) expect(expectedType(question), question).toBe(null);
    // Its answer states the day by its ordinal: "the 20th of each month", not a floor.
    expect(statesType('The group order closes on the 20th of each month.', 'date', new Set())).toBe(true);
    expect(statesType('Entries close on the 25th.', 'date', new Set())).toBe(true);
    for (const sentence of ['The office is on the 3rd floor.', 'The lounge is on the 1st and 2nd floors.', 'Parking is on the 2nd-floor deck.', 'You qualify by the 3rd or 4th round.']) expect(statesType(sentence, 'date', new Set()), sentence).toBe(false);
    expect(statesType('We meet on the 2nd at 19:00.', 'date', new Set())).toBe(true);
  });

  it('leaves a number of times, a span, a time zone and a question that says what it asks', () => {
    for (const question of ['Can I be in two clans at the same time?', 'Is there a discount for first-time advertisers?', 'time limit for a turn', 'first time here', 'Is there a campaign for Australian time zones?', 'How can I reserve time on Big Red?']) {
      expect(expectedType(question), question).toBe(null);
    }
    expect(expectedType('What is the price of laser time?')).toBe('amount');
  });
});

describe('expectedType in other languages', () => {
  it('reads each language\'s question words, also before punctuation', () => {
    expect(expectedType('А это кто?', 'ru')).toBe('name');
    expect(expectedType('Ποιος;', 'el')).toBe('name');
    expect(expectedType('كم؟', 'ar')).toBe('number');
    expect(expectedType('Kaç kişi katıldı?', 'tr')).toBe('number');
    expect(expectedType('Kimdir bu?', 'tr')).toBe('name');
    for (const question of ['mvp fiyati ne kadar', 'unban kac tl', 'VIP kaça?', 'Bedwars ödülü ne kadar?']) expect(expectedType(question, 'tr'), question).toBe('amount');
    expect(expectedType('saat kaça kadar açık', 'tr')).toBe('time');
    expect(expectedType('ABC dört notalı çan sesi hala nerede kullanılmaktadır?', 'tr')).toBe('name');
    for (const question of ['Kulübün merkezi neresidir?', 'Turnuva nerededir?', 'Toplantı neredeydi?']) expect(expectedType(question, 'tr'), question).toBe('name');
    expect(expectedType("Yedi Yıl Savaşı'nda çatışma ne kadar sürdü?", 'tr')).toBe('number');
    expect(expectedType('¿Cua\u0301ndo abre?', 'es')).toBe('date');
  });

  it('reads "what is the date", "the deadline", "the opening hours", "the price" as asking a date or a price in each language', () => {
    const asked: [string, string, string][] = [
      ['fr', 'Quelle est la date du festival La Grande Partie ?', 'date'],
      ['fr', 'Quels sont les horaires du dimanche ?', 'date'],
      ['es', '¿Cuál es la fecha límite?', 'date'],
      ['it', "Qual è l'orario del club?", 'date'],
      ['pt', 'Qual é o prazo de inscrição?', 'date'],
      ['de', 'Was ist die Anmeldefrist?', 'date'],
      ['de', 'Wie sind die Öffnungszeiten?', 'date'],
      ['de', 'Was ist der Preis für die Mitgliedschaft?', 'amount'],
      ['nl', 'Wat zijn de openingstijden?', 'date'],
      ['pl', 'Jaki jest termin zapisów?', 'date'],
      ['pl', 'Jaka jest cena członkostwa?', 'amount'],
      ['cs', 'Jaká je otevírací doba?', 'date'],
      ['ru', 'Какой дедлайн регистрации?', 'date'],
    ];
    for (const [lang, question, type] of asked) expect([question, expectedType(question, lang)]).toEqual([question, type]);
    // Not any "what is the …": a duration, a place or a thing asks none of these.
    for (const [lang, question] of [['fr', 'Quel est le nom du club ?'], ['de', 'Was ist das Passwort?'], ['es', '¿Cuál es la dirección?']]) expect([question, expectedType(question!, lang)]).toEqual([question, null]);
  });

  it('reads Czech date, time, price and count questions, with or without diacritics, and its dates, hours and prices', () => {
    expect(expectedType('Kdy je závod?', 'cs')).toBe('date');
    expect(expectedType('prihlaska na zavod do kdy', 'cs')).toBe('date');
    expect(expectedType('V kolik hodin začíná jízda?', 'cs')).toBe('time');
    expect(expectedType('do kolika vyzvednout dite z treninku', 'cs')).toBe('time');
    expect(expectedType('kolik stoji dolomity', 'cs')).toBe('amount');
    expect(expectedType('Kolik se platí za členství?', 'cs')).toBe('amount');
    expect(expectedType('kolik lidi max ve skupine', 'cs')).toBe('number');
    expect(expectedType('Kdo vede skupinu A?', 'cs')).toBe(null);
    for (const sentence of ['Závod se jede v sobotu 17. května.', 'Přihlášky do 30. června.', 'Trénink začíná v 16 hodin.']) expect(statesType(sentence, 'date', new Set(), 'cs'), sentence).toBe(true);
    expect(statesType('Sobotní jízda měří 120 km.', 'date', new Set(), 'cs')).toBe(false);
    for (const sentence of ['Servis stojí 350,- Kč.', 'Startovné je 300 Kc.', 'Záloha je 3 000 korun.']) expect(statesType(sentence, 'amount', new Set(), 'cs'), sentence).toBe(true);
    expect(statesType('Ve skupině jede nejvýše dvanáct jezdců, v juniorech čtyři.', 'number', new Set(), 'cs')).toBe(true);
  });

  it('reads Polish and Italian price and time questions, and their dates and prices', () => {
    expect(expectedType('kiedy jest turniej', 'pl')).toBe('date');
    expect(expectedType('o ktorej startuje event', 'pl')).toBe('time');
    // Until what time: "do której" (a Kraków climbing gym's trial).
    expect(expectedType('Do której trwa nocne wspinanie?', 'pl')).toBe('time');
    expect(expectedType('blok po zmroku do ktorej', 'pl')).toBe('time');
    expect(expectedType('Od której otwarte?', 'pl')).toBe('time');
    // Which group, which room: no time.
    expect(expectedType('Do której grupy należę?', 'pl')).toBeNull();
    expect(expectedType('do której sali iść', 'pl')).toBeNull();
    // Not a rule on the next word's ending: "pory" (time of day), "zawody", "treningi" follow a time asked.
    for (const q of ['Do której pory?', 'O której zawody?', 'O której treningi?', 'Do której czynny?']) expect(expectedType(q, 'pl'), q).toBe('time');
    expect(expectedType('od ktorej strony wejscie', 'pl')).toBeNull();
    expect(expectedType('ile kosztuje vip', 'pl')).toBe('amount');
    expect(expectedType('ile osob moze byc na dzialce', 'pl')).toBe('number');
    expect(statesType('VIP kosztuje 19,99 zł miesięcznie.', 'amount', new Set(), 'pl')).toBe(true);
    expect(statesType('Na działce może być 5 osób.', 'amount', new Set(), 'pl')).toBe(false);
    expect(statesType('価格は1,500円（税込）です。', 'amount', new Set(), 'ja')).toBe(true);
    expect(statesType('3月14日はルカの誕生日です！', 'amount', new Set(), 'ja')).toBe(false);
    expect(statesType('優勝賞金は10万円です。', 'amount', new Set(), 'ja')).toBe(true);
    expect(statesType('参加費は1万5千円です。', 'amount', new Set(), 'ja')).toBe(true);
    expect(statesType('奖金为5万元。', 'amount', new Set(), 'zh')).toBe(true);
    expect(statesType('Turniej odbędzie się w sobotę 14 grudnia.', 'date', new Set(), 'pl')).toBe(true);
    expect(expectedType('a che ora è il check-in', 'it')).toBe('time');
    expect(expectedType('quanto costa il vip', 'it')).toBe('amount');
    expect(expectedType('quanti giocatori per squadra', 'it')).toBe('number');
    for (const question of ['In che giorni si fa la verifica di sicurezza?', 'corso da primo che giorno e', 'In quale mese apre la falesia?', 'quali giorni siete aperti', 'in che giornata si corre la gara', 'Che anno è stata fondata la palestra?', 'In quali anni si è tenuta la gara?']) {
      expect(expectedType(question, 'it'), question).toBe('date');
      expect(asksWhether(question, 'it'), question).toBe(false);
    }
    // Chat asks who last ("tesoriera chi e?"), and writes "ki" for "chi"; "chi" inside a clause asks nothing.
    for (const question of ['tesoriera chi e?', 'pianista chi è', 'ki e il maestro del coro', 'Chi dirige il coro giovanile?']) expect(expectedType(question, 'it'), question).toBe('name');
    for (const question of ["c'è chi dice di no", 'il coro giovanile per chi è?', 'Per chi è il coro giovanile?', 'dipende da chi è']) expect(expectedType(question, 'it'), question).toBeNull();
    // Chat's "anno" for "hanno" (have): a yes-or-no question, no year asked.
    expect(expectedType('quelli che anno fatto il corso base devono rifare la verifica?', 'it')).toBeNull();
    expect(statesType('Il torneo si gioca sabato 14 dicembre.', 'date', new Set(), 'it')).toBe(true);
    expect(statesType('Il check-in apre 30 minuti prima.', 'date', new Set(), 'it')).toBe(false);
    // A price of nothing answers a price question in any language.
    expect(statesType('La quota di iscrizione è gratuita per tutti i tornei.', 'amount', new Set(), 'it')).toBe(true);
    expect(statesType('Udział w turnieju jest darmowy.', 'amount', new Set(), 'pl')).toBe(true);
  });

  it('reads an abbreviated month, or "May", as a date only beside a figure or after a preposition, in any language', () => {
    for (const sentence of ['It opens Jan 5.', 'It opens 5 Sept 2026.', 'It opens in May.', 'In May we ride.', 'It ends mid-May.', 'By Dec. 3 it closes.', 'Opens in March.']) {
      expect(statesType(sentence, 'date', new Set(), 'en'), sentence).toBe(true);
    }
    // A person named Jan, a modal "May", a place: no date.
    expect(statesType("La final es retransmetrà amb narració d'en Jan «Jandrac» Soler.", 'date', new Set(), 'ca')).toBe(false);
    expect(statesType('May I join the league?', 'date', new Set(), 'en')).toBe(false);
    expect(statesType('Mar del Plata hosted the cup.', 'date', new Set(), 'es')).toBe(false);
  });

  it('reads Catalan date, time, price, count and name questions as members type them, and its dates and times', () => {
    expect(expectedType('Quan és la fase de grups de la Copa?', 'ca')).toBe('date');
    expect(expectedType('fins quan em puc inscriure', 'ca')).toBe('date');
    expect(expectedType('a quina hora són els directes', 'ca')).toBe('time');
    expect(expectedType('quant costa el rang drac', 'ca')).toBe('amount');
    expect(expectedType('qnt val el rank', 'ca')).toBe('amount');
    expect(expectedType('Quants membres té el Discord?', 'ca')).toBe('number');
    expect(expectedType('Qui organitza la Copa?', 'ca')).toBe('name');
    expect(expectedType('Què guanya el primer?', 'ca')).toBeNull();
    expect(statesType('La fase de grups es juga el dissabte 21 de març.', 'date', new Set(), 'ca')).toBe(true);
    expect(statesType('Els directes comencen a les 20 h.', 'time', new Set(), 'ca')).toBe(true);
    expect(statesType('Hi ha places per a 16 equips.', 'date', new Set(), 'ca')).toBe(false);
    expect(headingAnnounces('Dates i horaris', 'date', 'ca')).toBe(true);
    expect(headingAnnounces('Preus', 'amount', 'ca')).toBe(true);
  });

  it('reads Lithuanian date, time, price and count questions, typed with or without its letters, and its dates', () => {
    expect(expectedType('statybu konkursas iki kada', 'lt')).toBe('date');
    expect(expectedType('Kuriomis dienomis žaidžiamos lygos rungtynės?', 'lt')).toBe('date');
    expect(expectedType('kelinta valanda prasideda mix', 'lt')).toBe('time');
    expect(expectedType('kiek kainuoja vip', 'lt')).toBe('amount');
    expect(expectedType('Keliese galima dalyvauti konkurse?', 'lt')).toBe('number');
    expect(expectedType('Kas bus, jei neateisiu?', 'lt')).toBeNull();
    expect(statesType('Konkursas baigiasi gegužės 15 d.', 'date', new Set(), 'lt')).toBe(true);
    expect(statesType('Mix vakarai vyksta penktadieniais nuo 19 val.', 'time', new Set(), 'lt')).toBe(true);
    expect(statesType('Komandoje gali būti du žaidėjai.', 'date', new Set(), 'lt')).toBe(false);
    expect(headingAnnounces('Datos', 'date', 'lt')).toBe(true);
    expect(headingAnnounces('Kainos', 'amount', 'lt')).toBe(true);
  });

  it('reads Slovenian date, time, price, count and name questions as members type them, and its dates', () => {
    expect(expectedType('kdaj je finale pokala', 'sl')).toBe('date');
    expect(expectedType('Do kdaj so odprte prijave?', 'sl')).toBe('date');
    expect(expectedType('Ob kateri uri je ARAM večer?', 'sl')).toBe('time');
    expect(expectedType('koliko stane vip', 'sl')).toBe('amount');
    expect(expectedType('Koliko članov ima Discord strežnik?', 'sl')).toBe('number');
    expect(expectedType('Kdo vodi turnir?', 'sl')).toBe('name');
    expect(statesType('Finale bo v soboto, 29. marca, ob 18. uri.', 'date', new Set(), 'sl')).toBe(true);
    expect(statesType('Sredi mesta stoji grad.', 'date', new Set(), 'sl')).toBe(false);
    expect(headingAnnounces('Cenik', 'amount', 'sl')).toBe(true);
  });

  it('reads Estonian date, time, price, count and name questions, and its dates', () => {
    expect(expectedType('lan millal', 'et')).toBe('date');
    expect(expectedType('checkin mis kell lahti laheb', 'et')).toBe('time');
    expect(expectedType('mis maksab vip', 'et')).toBe('amount');
    expect(expectedType('Kui suur on liiga auhinnafond?', 'et')).toBe('number');
    expect(expectedType('Kes on liiga peasponsor?', 'et')).toBe('name');
    expect(statesType('LAN toimub laupäeval, 14. märtsil kell 10.', 'date', new Set(), 'et')).toBe(true);
    expect(statesType('Klannis võib olla kuni viis mängijat.', 'date', new Set(), 'et')).toBe(false);
    expect(headingAnnounces('Hinnad', 'amount', 'et')).toBe(true);
  });

  it('reads Dutch, Swedish, Danish, Norwegian, Ukrainian and Hindi price, time, count and name questions as members type them', () => {
    const asked: [string, string, string | null][] = [
      ['nl', 'wanneer krijg ik mijn beta key', 'date'],
      ['nl', 'hoe laat is de finale', 'time'],
      ['nl', 'op welke dag is de stream', 'date'],
      ['nl', 'wat kost de knuffel', 'amount'],
      ['nl', 'hoeveel kost een dagkaart', 'amount'],
      ['nl', 'hoe duur is verzending naar belgië', 'amount'],
      ['nl', 'hoe oud moet ik zijn voor de beta', 'number'],
      ['nl', 'hoe lang duurt een ban', 'number'],
      ['nl', 'wie presenteert de molenpraat', 'name'],
      ['nl', 'met wie kan ik praten over een ban', 'name'],
      // "wie" joining a clause, and "waar" (also "true"), ask no fact.
      ['nl', 'is dit de plek waar ik moet zijn', null],
      ['nl', 'weet iemand of wie wint een prijs krijgt', null],
      // "hoe laat ik…" asks how to get something done (the verb "laten"); "wanneer" after a comma joins a clause.
      ['nl', 'hoe laat ik de bot berichten sturen', null],
      ['nl', 'wat gebeurt er, wanneer mijn key verloopt', null],
      ['nl', 'hoelang duurt een ban', 'number'],
      ['nl', 'welk jaar kwam de game uit', 'date'],
      ['nl', 'om hoeveel uur begint het', 'time'],
      ['sv', 'hur dags öppnar tvättstugan', 'time'],
      ['sv', 'vilka tider får man borra i lägenheten', 'date'],
      ['sv', 'när är årsmötet', 'date'],
      ['sv', 'vad kostar en garageplats', 'amount'],
      ['sv', 'hur mycket är depositionen', 'amount'],
      ['sv', 'hur mycket tid har man i tvättstugan', 'number'],
      ['sv', 'hur gamla måste barnen vara', 'number'],
      ['sv', 'kan man tvätta när som helst', null],
      ['sv', 'kan vem som helst boka festlokalen', null],
      ['sv', 'hur stora är förråden', 'number'],
      ['sv', 'vem är ordförande', 'name'],
      ['sv', 'Vad heter vaktmästaren?', 'name'],
      ['da', 'Hvad hedder viceværten?', 'name'],
      ['no', 'Hva heter vaktmesteren?', 'name'],
      ['da', 'Hvad hedder det på engelsk?', null],
      ['sv', 'Vad heter det på engelska?', null],
      ['sv', 'finns det gym i huset', null],
      ['da', 'hvornår er der introkursus', 'date'],
      ['da', 'hvad tid åbner hallen i weekenden', 'time'],
      ['da', 'hvad koster et klippekort', 'amount'],
      ['da', 'hvor meget koster toprebskurset', 'amount'],
      ['da', 'hvor længe gælder klippekortet', 'number'],
      ['da', 'hvem er formand', 'name'],
      ['da', 'er der åbent på søndag', null],
      ['da', 'hvor gamle skal børnene være', 'number'],
      ['da', 'må hvem som helst klatre', null],
      ['no', 'hva tid åpner hallen', 'time'],
      ['no', 'hvor mye koster sesongkortet', 'amount'],
      ['no', 'hvor mange plasser er det', 'number'],
      ['no', 'hvem er leder', 'name'],
      // Nynorsk and dialect: "kva kostar", "kor mykje", "kva tid", "kven", "ka koste".
      ['no', 'Kva kostar eit årskort?', 'amount'],
      ['no', 'Kor mykje kostar det?', 'amount'],
      ['no', 'ka koste et årskort', 'amount'],
      ['no', 'Kva tid opnar hallen?', 'time'],
      ['no', 'Kven er dagleg leiar?', 'name'],
      ['no', 'kor lenge varer kurset', 'number'],
      // "når" and "när" of a clause ask no date: opening one before the question, or after a word asking something else.
      ['no', 'Når stenger resepsjonen?', 'date'],
      ['no', 'julebord når', 'date'],
      ['no', 'Vet du når jeg kan hente kortet?', 'date'],
      ['no', 'noen som vet når julebordet er?', 'date'],
      ['no', 'Når jeg melder meg på, får jeg bekreftelse på e-post?', null],
      ['no', 'Hva gjør jeg når kortet ikke virker?', null],
      ['no', 'Hvor blir det varslet når hallen holder stengt?', null],
      ['sv', 'När börjar kören?', 'date'],
      ['sv', 'nar ar konserten', 'date'],
      ['sv', 'Vad gör jag när jag glömt kortet?', null],
      ['sv', 'När jag är sjuk, vem ringer jag?', 'name'],
      // A second review's: a clause ends at a comma; "og når" asks; a noun subject's clause before a question; no comma; Nynorsk.
      ['no', 'Hva gjør jeg, når kortet ikke virker?', null],
      ['no', 'Hvor og når er julebordet?', 'date'],
      ['no', 'Hva skjer hvis jeg glemmer kortet eller når jeg kommer for sent?', null],
      ['no', 'Når kortet ikke virker, hvem kontakter jeg?', 'name'],
      ['no', 'Når åpner hallen, er det kl 7?', 'date'],
      ['no', 'Når de nye kursene starter?', 'date'],
      ['sv', 'När den nya kursen börjar?', 'date'],
      ['no', 'Kva gjer eg når kortet ikkje verkar?', null],
      ['no', 'Kor tid opnar hallen?', 'time'],
      ['uk', 'коли мітап у львові', 'date'],
      ['uk', 'о котрій заняття sql', 'time'],
      ['uk', 'до котрої здавати домашку', 'date'],
      ['uk', 'скільки коштує курс', 'amount'],
      ['uk', 'почім квиток', 'amount'],
      ['uk', 'скільки людей в групі', 'number'],
      ['uk', 'як довго триває курс', 'number'],
      ['uk', 'хто викладає девопс', 'name'],
      ['uk', 'а що робити, коли нема світла', null],
      ['uk', 'будь-коли можна писати?', null],
      ['uk', 'хто-небудь знає, де чат', null],
      ['uk', 'у якому році заснована школа', 'date'],
      ['uk', 'скільки буде коштувати курс', 'amount'],
      // Russian question words mixed in (surzhyk).
      ['uk', 'когда турнір начинається', 'date'],
      // Finnish, with and without ä and ö.
      ['fi', 'milloin lipunmyynti alkaa', 'date'],
      ['fi', 'mihin aikaan checkin', 'time'],
      ['fi', 'paljonko vip maksaa', 'amount'],
      ['fi', 'mita maksaa lanilippu', 'amount'],
      ['fi', 'kuinka monta konepaikkaa lanissa on', 'number'],
      ['fi', 'kuka järjestää lanit', 'name'],
      ['fi', 'mihin aikaa sauna aukee lauantaina', 'time'],
      // Hungarian with and without its accents; "ki" opening the question, not as a verb's prefix.
      ['hu', 'mikor van a banyasz est?', 'date'],
      ['hu', 'hánykor kezdődik az event', 'time'],
      ['hu', 'Mennyibe kerül a VIP rang egy hónapra?', 'amount'],
      ['hu', 'mennyi az ara a legenda rangnak', 'amount'],
      ['hu', 'hanyan lehetnek fent egyszerre', 'number'],
      ['hu', 'ki moderalja a dc-t?', 'name'],
      ['hu', 'Ki van kapcsolva a PvP?', null],
      ['hu', 'mibe tegyem a cuccokat?', null],
      ['hu', 'mibe kerül a VIP?', 'amount'],
      // "mennyi" beside a noun of money asks a price; beside another, a count or measure.
      ['hu', 'Mennyi a kaució?', 'amount'],
      ['hu', 'mennyi a kesedelmi dij ha kesok', 'amount'],
      ['hu', 'diak tagdij mennyi', 'amount'],
      ['hu', 'Mennyi az MVP-rank ára?', 'amount'],
      ['hu', 'mennyi a nyomtatas a tanuloszobaban', 'number'],
      ['hu', 'Mennyi idő alatt javítják meg a hibát?', 'number'],
      ['hu', 'Mennyi vizet vigyek nyáron?', 'number'],
      // Not where "mennyi" asks a time beside it, or of a prize ("díj" is a prize too).
      ['hu', 'A kaució mennyi idő alatt jön vissza?', 'number'],
      ['hu', 'kauciot mennyi nap alatt kapom vissza', 'number'],
      ['hu', 'Mennyi díjat nyert a csapat?', 'number'],
      ['hu', 'Mennyi a díjnyertes csapat pontszáma?', 'number'],
      // A price per year or a fee in a possessive form still is one.
      ['hu', 'Mennyi a tagdíj évente?', 'amount'],
      ['hu', 'Mennyi a kolidíjam?', 'amount'],
      // Hinglish question words typed among Hindi.
      ['hi', 'रूम id kab मिलेगा', 'date'],
      ['hi', 'entry fee kitni है', 'amount'],
      ['hu', 'kinek kell irni ha bugot talalok', 'name'],
      // Romanian with and without diacritics.
      ['ro', 'cand e cursa', 'date'],
      ['ro', 'cat costa vip platinum', 'amount'],
      ['ro', 'Cât costă VIP-ul?', 'amount'],
      ['ro', 'la ce ora e restart', 'time'],
      ['ro', 'câți helperi are serverul?', 'number'],
      ['ro', 'cn e ownerul?', 'name'],
      ['uk', 'во сколько аірдроп', 'time'],
      ['uk', 'сколько стоит вип', 'amount'],
      ['hi', 'मैच कितने बजे शुरू होगा', 'time'],
      ['hi', 'एंट्री फीस कितनी है', 'amount'],
      ['hi', 'दोस्त को बुलाने पर कितने रुपये मिलते हैं', 'amount'],
      ['hi', 'कितने लोग जीतते हैं', 'number'],
      ['hi', 'कितनी फीस लगती है', 'amount'],
      ['hi', 'कौन सी तारीख को फ़ाइनल है', 'date'],
      // "क्या" here asks whether.
      ['hi', 'फीस क्या रिफंड होगी', null],
    ];
    for (const [lang, question, type] of asked) expect(expectedType(question, lang), question).toBe(type);
    const stated: [string, 'date' | 'number' | 'amount', string, boolean][] = [
      ['Geselecteerde spelers krijgen op maandag 1 december een key.', 'date', 'nl', true],
      ['De finale begint om 19 uur.', 'date', 'nl', true],
      ['Een ban duurt 24 uur.', 'date', 'nl', false],
      ['Je krijgt een ban van 24 uur.', 'date', 'nl', false],
      ['Verwerking kan tot 48 uur duren.', 'date', 'nl', false],
      ['Мітап відбудеться 8 листопада у Львові.', 'date', 'uk', true],
      ['Заняття щоп’ятниці о 7 вечора.', 'date', 'uk', true],
      ['Курс триває 7 годин.', 'date', 'uk', false],
      ['Заняття по середах.', 'date', 'uk', true],
      ['Серед учасників є новачки.', 'date', 'uk', false],
      ['Четверо студентів пройшли четвертий модуль.', 'date', 'uk', false],
      ['हर मैच शाम 7 बजे से होता है।', 'date', 'hi', true],
      // A month's name with a day is left out (see HINDI_DATE).
      ['फ़ाइनल 12 दिसंबर को है।', 'date', 'hi', false],
      ['हर टीम में 11 खिलाड़ी होते हैं।', 'date', 'hi', false],
      ['Курс триває шість тижнів.', 'number', 'uk', true],
    ];
    for (const [sentence, type, lang, states] of stated) expect(statesType(sentence, type, new Set(), lang), sentence).toBe(states);
  });

  it("reads a figure with any currency sign before or after it (₹, ₴, ₽, ₺), or Hindi's and Ukrainian's currency words, as an amount", () => {
    const sentences: [string, string, boolean][] = [
      ['मेगा कॉन्टेस्ट का पहला इनाम ₹15,000 है।', 'hi', true],
      ['रेफ़रल बोनस 100 रुपये है।', 'hi', true],
      ['पहला इनाम 15 हज़ार रुपये है।', 'hi', true],
      ['एंट्री Rs. 500 की है।', 'hi', true],
      ['The annual membership fee is Rs. 1,500.', 'en', true],
      ['A late fee of Rs 200 applies.', 'en', true],
      ['Kit ki qeemat 4500 rupay hai.', 'en', true],
      ['We play RS3 on Fridays.', 'en', false],
      ['बोनस १०० रुपये है।', 'hi', true],
      ['Квиток коштує 1 200 грн.', 'uk', true],
      // Russian's currency words are left out (see LANGUAGE_AMOUNTS).
      ['VIP стоит 199 рублей.', 'ru', false],
      ['Квиток коштує 200 ₴.', 'uk', true],
      ['VIP стоит 399 ₽ в месяц.', 'ru', true],
      ['Bilet 150 ₺.', 'tr', true],
      ['La entrada general cuesta ARS 15.000 y la entrada VIP cuesta ARS 42.000.', 'es', true],
      ['Laravel 10 requires PHP 8 or later.', 'en', false],
      ['हर रन पर 1 पॉइंट मिलता है।', 'hi', false],
      ['У групі 24 студенти.', 'uk', false],
    ];
    for (const [sentence, lang, states] of sentences) expect(statesType(sentence, 'amount', new Set(), lang), sentence).toBe(states);
  });

  it('reads Vietnamese and Turkish question words typed without their diacritics', () => {
    expect(expectedType('giai dau may gio', 'vi')).toBe('time');
    expect(expectedType('giveaway khi nao', 'vi')).toBe('date');
    expect(expectedType('vip bao nhieu tien', 'vi')).toBe('amount');
    expect(expectedType('le phi bn', 'vi')).toBe('amount');
    expect(expectedType('Khóa Foundation học phí bao nhiêu?', 'vi')).toBe('amount');
    expect(expectedType('một đội bao nhiêu người', 'vi')).toBe('number');
    expect(statesType('Các gói có giá 30 triệu Bảng mỗi năm.', 'amount', new Set(), 'vi')).toBe(true);
    expect(statesType('Học viên Foundation tham gia Speaking Club miễn phí.', 'amount', new Set(), 'vi')).toBe(true);
    expect(statesType('Giải đấu diễn ra vào thứ Bảy 14/12 lúc 20h.', 'date', new Set(), 'vi')).toBe(true);
    expect(statesType('Mỗi đội gồm 5 người chơi.', 'date', new Set(), 'vi')).toBe(false);
    expect(expectedType('takim kac kisi olmali', 'tr')).toBe('number');
    expect(expectedType('cekilis hangi gun', 'tr')).toBe('date');
    expect(expectedType('turnuva saat kacta', 'tr')).toBe('time');
    // "kaçta" alone asks the time as "saat kaçta" does; "kaç" and "kaçıncı" still count.
    for (const question of ['ilk mac kacta basliyo', 'Turnuva kaçta başlıyor?']) expect(expectedType(question, 'tr'), question).toBe('date');
    expect(expectedType('Kaçıncı sırada bitirdik?', 'tr')).toBe('number');
    // Not a fraction's "kaçta", nor a price's or a level's.
    for (const question of ['nüfusun kaçta kaçı kentte yaşıyor', 'oyuncuların kaçta biri yabancı', 'yüzde kaçta', 'Dolar kaçta?', 'token fiyati kacta', 'seviye kaçta silah açılıyor']) expect(expectedType(question, 'tr'), question).toBe('number');
    expect(expectedType('bao giờ mở đăng ký', 'vi')).toBe('date');
    // A duration, a score, ordinals and a count are no dates (review).
    expect(statesType('Hoàn tiền trong 24h.', 'date', new Set(), 'vi')).toBe(false);
    expect(statesType('Czwarty gracz dostaje nagrodę.', 'date', new Set(), 'pl')).toBe(false);
    expect(statesType('Gramy w czwartek.', 'date', new Set(), 'pl')).toBe(true);
    expect(statesType('Premi alle 3 squadre migliori.', 'date', new Set(), 'it')).toBe(false);
    expect(statesType('Il torneo inizia alle 21.', 'date', new Set(), 'it')).toBe(true);
  });

  it('reads Indonesian question words as members type them', () => {
    expect(expectedType('kapan pendaftaran turnamen dibuka', 'id')).toBe('date');
    expect(expectedType('jadwal scrim jam brp', 'id')).toBe('time');
    expect(expectedType('berapa biaya daftar turnamen', 'id')).toBe('amount');
    expect(expectedType('harganya brp kak', 'id')).toBe('amount');
    expect(expectedType('Biaya kelas Data Science berapa?', 'id')).toBe('amount');
    expect(expectedType('telat bayar cicilan dendanya brp', 'id')).toBe('amount');
    // Paying, dues, rent and "htm" (harga tiket masuk) with "brp" after them; "berapa" before paying counts people.
    for (const question of ['bayar jam onsite brp bro', 'htm temu gamedev brp ya', 'iuran bulanan berapa?', 'sewa meja brp sejam']) expect(expectedType(question, 'id'), question).toBe('amount');
    expect(expectedType('berapa orang yang bayar', 'id')).toBe('number');
    for (const question of ['sewa konsol maksimal berapa orang?', 'iuran dibayar berapa kali setahun?', 'sewa meja minimal berapa jam?']) expect(expectedType(question, 'id'), question).toBe('number');
    expect(expectedType('satu tim berapa orang', 'id')).toBe('number');
    expect(expectedType('siapa admin turnamen', 'id')).toBe('name');
    expect(expectedType('gimana cara daftar', 'id')).toBeNull();
    expect(statesType('Biaya pendaftaran adalah Rp 25.000 per tim.', 'amount', new Set(), 'id')).toBe(true);
    expect(statesType('VIP harganya 50 ribu sebulan.', 'amount', new Set(), 'id')).toBe(true);
    expect(statesType('Tim terdiri dari 5 pemain.', 'amount', new Set(), 'id')).toBe(false);
    expect(statesType('Scrim diadakan setiap Selasa dan Kamis.', 'date', new Set(), 'id')).toBe(true);
    expect(statesType('Setiap voice channel dibatasi 5 orang.', 'date', new Set(), 'id')).toBe(false);
  });

  it('reads Tagalog question words as members type them, and Taglish\'s English ones', () => {
    expect(expectedType('kelan po yung giveaway', 'tl')).toBe('date');
    expect(expectedType('Anong oras ang scrim?', 'tl')).toBe('time');
    expect(expectedType('magkano ang vip', 'tl')).toBe('amount');
    expect(expectedType('Ilan ang players kada team?', 'tl')).toBe('number');
    expect(expectedType('sino admin dito', 'tl')).toBe('name');
    expect(expectedType('How much yung registration fee?', 'tl')).toBe('amount');
    expect(expectedType('pano mag apply', 'tl')).toBeNull();
    expect(statesType('Ang registration fee ay 500 pesos kada team.', 'amount', new Set(), 'tl')).toBe(true);
    expect(statesType('Ang VIP ay Php 150 kada buwan.', 'amount', new Set(), 'tl')).toBe(true);
    expect(statesType('Ang bot ay gawa sa PHP 8.', 'amount', new Set(), 'tl')).toBe(false);
    expect(statesType('Lima ang players kada team.', 'amount', new Set(), 'tl')).toBe(false);
    expect(statesType('May scrim tuwing Martes at Huwebes.', 'date', new Set(), 'tl')).toBe(true);
    expect(statesType('Ang grand finals ay sa March 8.', 'date', new Set(), 'tl')).toBe(true);
    expect(statesType('Bawal ang toxic sa chat.', 'date', new Set(), 'tl')).toBe(false);
  });

  it('reads Albanian question words, typed with "ë" and "ç" or without them', () => {
    expect(expectedType('Kur fillon turneu?', 'sq')).toBe('date');
    expect(expectedType('sa kushton vip', 'sq')).toBe('amount');
    expect(expectedType('Sa lojtarë ka një ekip?', 'sq')).toBe('number');
    expect(expectedType('kush eshte pronari i serverit', 'sq')).toBe('name');
    expect(expectedType('ne sa ore fillon eventi', 'sq')).toBe('time');
    // "ku" (where) is answered by a channel or a menu, which names no one.
    expect(expectedType('ku aplikohet per whitelist', 'sq')).toBeNull();
    expect(statesType('VIP kushton 1.000 lekë në muaj.', 'amount', new Set(), 'sq')).toBe(true);
  });

  it('reads Nepali question words, written and typed in Latin letters, and its dates', () => {
    expect(expectedType('ग्रान्ड फाइनल कहिले हुन्छ?', 'ne')).toBe('date');
    expect(expectedType('scrim kati baje huncha', 'ne')).toBe('time');
    expect(expectedType('इन्ट्री कति हो?', 'ne')).toBe('amount');
    expect(expectedType('एउटा टिममा कति खेलाडी?', 'ne')).toBe('number');
    expect(statesType('ग्रान्ड फाइनल माघ २९ गते हुन्छ।', 'date', new Set(), 'ne')).toBe(true);
  });

  it('reads Marathi and Telugu question words, written and typed in Latin letters, and their dates', () => {
    expect(expectedType('बिल्ड बॅटल कोणत्या वारी असते', 'mr')).toBe('date');
    expect(expectedType('clan trials kadhi astat', 'mr')).toBe('date');
    expect(expectedType('एंट्री फी किती आहे भाऊ', 'mr')).toBe('amount');
    expect(expectedType('प्लॉट किती मोठा मिळतो', 'mr')).toBe('number');
    expect(expectedType('सर्व्हरचा owner कोण आहे', 'mr')).toBe('name');
    expect(statesType('शनिवारी दुपारी 4:00 ते 6:00 बिल्ड बॅटल असते.', 'date', new Set(), 'mr')).toBe(true);
    // "मे" (May) is a month alone, not the opening of "मेंबर".
    expect(statesType('सर्व मेंबर्सना रँक मिळतो.', 'date', new Set(), 'mr')).toBe(false);
    expect(expectedType('మోడ్ అప్లికేషన్స్ ఎప్పుడు ఓపెన్ అవుతాయి', 'te')).toBe('date');
    expect(expectedType('వీక్ డేస్ లో రెండో రూమ్ ఎన్నింటికి', 'te')).toBe('time');
    expect(expectedType('ఎంట్రీ ఫీజు ఎంత?', 'te')).toBe('amount');
    expect(expectedType('సర్వర్ కి ఎన్ని బూస్ట్ లు ఉన్నాయి', 'te')).toBe('number');
    expect(expectedType('హెడ్ మోడ్ ఎవరు', 'te')).toBe('name');
    expect(statesType('LAN మీటప్ మే 24, 2026 ఆదివారం హైదరాబాద్ లో.', 'date', new Set(), 'te')).toBe(true);
  });

  it('reads Kannada and Gujarati question words, and their dates', () => {
    expect(expectedType('ನಮ್ಮ ಕಪ್ ಫೈನಲ್ ಯಾವ ದಿನ', 'kn')).toBe('date');
    expect(expectedType('ಮೀಟಪ್ ಎಷ್ಟು ಗಂಟೆಗೆ ಶುರು', 'kn')).toBe('time');
    expect(expectedType('ಮೀಟಪ್ ಟಿಕೆಟ್ ದರ ಎಷ್ಟು', 'kn')).toBe('amount');
    expect(expectedType('ಒಂದು ಸ್ಕ್ವಾಡ್ ನಲ್ಲಿ ಎಷ್ಟು ಜನ', 'kn')).toBe('number');
    expect(expectedType('ಸರ್ವರ್ ಓನರ್ ಯಾರು', 'kn')).toBe('name');
    expect(statesType('ಫೈನಲ್ 23 ಮಾರ್ಚ್ ರಾತ್ರಿ 8 ಗಂಟೆಗೆ.', 'date', new Set(), 'kn')).toBe(true);
    expect(expectedType('નવરાત્રી ફેસ્ટ ક્યારે છે', 'gu')).toBe('date');
    expect(expectedType('એન્ટ્રી ફી કેટલી છે', 'gu')).toBe('amount');
    expect(statesType('ફાઇનલ 12 જુલાઈ, શનિવારે રાત્રે 9 વાગ્યે.', 'date', new Set(), 'gu')).toBe(true);
  });

  it('reads Lao question words, written without spaces, and amounts in kip', () => {
    expect(expectedType('rov season ໃໝ່ເລີ່ມມື້ໃດ', 'lo')).toBe('date');
    expect(expectedType('scrim ເລີ່ມຈັກໂມງ', 'lo')).toBe('time');
    expect(expectedType('campus league ທີ 3 ໄດ້ເງິນຈັກ', 'lo')).toBe('amount');
    expect(expectedType('ຫ້ອງ custom ຮັບໄດ້ຈັກທີມ', 'lo')).toBe('number');
    expect(expectedType('ໃຜເປັນຄົນກວດ rank', 'lo')).toBe('name');
    expect(statesType('ຄ່າສະໝັກ 100,000 ກີບ ຕໍ່ທີມ.', 'amount', new Set(), 'lo')).toBe(true);
    expect(statesType('ແຈກຂອງວັນທີ 7 ຕຸລາ 2025.', 'date', new Set(), 'lo')).toBe(true);
  });

  it('reads Khmer question words, written without spaces, and amounts in riel', () => {
    expect(expectedType('តើការប្រកួតចាប់ផ្តើមថ្ងៃណា?', 'km')).toBe('date');
    expect(expectedType('scrim ម៉ោងប៉ុន្មានបង', 'km')).toBe('time');
    expect(expectedType('តើថ្លៃចូលរួម Battle Royale Cup ប៉ុន្មាន?', 'km')).toBe('amount');
    expect(expectedType('ក្រុមមួយមានអ្នកលេងប៉ុន្មាននាក់?', 'km')).toBe('number');
    expect(expectedType('អ្នកណាជាម្ចាស់ server?', 'km')).toBe('name');
    expect(statesType('ថ្លៃចុះឈ្មោះគឺ 20,000 រៀល ក្នុងមួយក្រុម។', 'amount', new Set(), 'km')).toBe(true);
    // Finnish "millä tahansa", "milloin tahansa" (any, anytime) ask no question word's fact.
    expect(asksWhether('Voiko saunaan tulla millä tahansa kellonaikaan?', 'fi')).toBe(true);
    expect(asksWhether('Voiko saunaan tulla milloin tahansa?', 'fi')).toBe(true);
    expect(asksWhether('Voiko kuka tahansa varata saunan?', 'fi')).toBe(true);
    expect(expectedType('Voiko kuka tahansa varata saunan?', 'fi')).toBeNull();
    expect(asksWhether('Millä bussilla pääsee saunalle?', 'fi')).toBe(false);
    expect(asksWhether('អាចលេងលើ emulator បានទេ?', 'km')).toBe(true);
    expect(asksWhether('ipad លេងបានអត់', 'km')).toBe(true);
    expect(asksWhether('ខ្ញុំ login មិនបានទេ', 'km')).toBe(false);
    expect(asksWhether('តើខ្ញុំមិនអាចលេងលើ emulator បានទេ?', 'km')).toBe(true);
    // A counter after "ប៉ុន្មាន" counts: "how many teams" is no price, though the question names the prize pool.
    expect(expectedType('prize pool មានក្រុមប៉ុន្មាន?', 'km')).toBe('number');
    expect(expectedType('ប្រាក់រង្វាន់ចែកឲ្យអ្នកលេងប៉ុន្មាននាក់?', 'km')).toBe('number');
  });

  it('reads a yes-or-no question plainly asked: not a statement lacking a question word, nor one offering alternatives', () => {
    expect(plainlyAsksWhether('Can I transfer my membership to a friend?')).toBe(true);
    expect(plainlyAsksWhether('What time does it open?')).toBe(false);
    expect(plainlyAsksWhether('hay sesion en nochebuena?', 'es')).toBe(true);
    // Spanish, Portuguese, Russian and Ukrainian read it by its lack of a question word: a statement lacks one too.
    expect(asksWhether('falta una cosa en mi pedido', 'es')).toBe(true);
    for (const question of ['Je na noční jízdě povinná reflexní vesta?', 'muzu prijet na elektrokole', 'Zda klub půjčuje trenažéry?']) expect(asksWhether(question, 'cs'), question).toBe(true);
    for (const question of ['Kolik stojí dres?', 'jak se stat clenem', 'Proc nemuzu jet?', 'Jakej je limit?']) expect(asksWhether(question, 'cs'), question).toBe(false);
    // Hungarian: a verb in the mood of "may", or a closing question mark with no question word ("ki", who, included).
    for (const question of ['Elhozhatom a kutyámat?', 'kaphatok vipet', 'Feloldják a bant, ha a szüleim írnak a staffnak?']) expect(asksWhether(question, 'hu'), question).toBe(true);
    for (const question of ['Ki foglalkozik a hackerekkel a staffból?', 'Mi a szerver IP címe?', 'mennyi a vip']) expect(asksWhether(question, 'hu'), question).toBe(false);
    // Greek (accented, unaccented, Greeklish) and Romanian (with or without diacritics) likewise.
    for (const [question, lang] of [['Μπορώ να φέρω το παιδί μου;', 'el'], ['Υπαρχει παρκινγκ;', 'el'], ['mporo na ferw to paidi mou', 'el'], ['Pot primi certificatul prin posta?', 'ro'], ['Există wifi la sediu?', 'ro']])
      expect(asksWhether(question!, lang), question).toBe(true);
    for (const [question, lang] of [['Πώς γράφομαι σε τουρνουά;', 'el'], ['pou einai to magazi', 'el'], ['Cât durează perioada de probă?', 'ro'], ['unde e sediul', 'ro']]) expect(asksWhether(question!, lang), question).toBe(false);
    // Read by its lack of a question word: without a question mark it may tell a problem; "nebo" offers alternatives.
    expect(plainlyAsksWhether('brzdy mi piskaji po servisu', 'cs')).toBe(false);
    expect(plainlyAsksWhether('Jede se v sobotu nebo v neděli?', 'cs')).toBe(false);
    expect(plainlyAsksWhether('Je v klubovně sprcha?', 'cs')).toBe(true);
    expect(plainlyAsksWhether('falta una cosa en mi pedido', 'es')).toBe(false);
    expect(plainlyAsksWhether('nao consigo ver os canais do discord', 'pt')).toBe(false);
    expect(plainlyAsksWhether('есть тг канал?', 'ru')).toBe(true);
    // Each asks whether, to asksWhether: offering alternatives, it asks which.
    for (const [question, lang] of [['Pelataanko MR12 vai MR15?', 'fi'], ['is the final bo3 or bo5', 'en'], ['формат групп бо1 или бо3?', 'ru']] as const) {
      expect(asksWhether(question, lang)).toBe(true);
      expect(plainlyAsksWhether(question, lang)).toBe(false);
    }
    expect(plainlyAsksWhether('北京有聚会吗', 'zh')).toBe(true);
    // Japanese: closed by "か" or a question mark, with no question word; a statement is none.
    expect(asksWhether('防犯カメラはありますか？', 'ja')).toBe(true);
    expect(asksWhether('クレカ使える?', 'ja')).toBe(true);
    expect(asksWhether('ポイントはいつまで使えますか？', 'ja')).toBe(false);
    expect(asksWhether('駐輪場はどこですか', 'ja')).toBe(false);
    expect(asksWhether('会員証なくした', 'ja')).toBe(false);
    // Korean: closed by a question mark or by "나요", "까요", "니까", "가요", "냐", with no question word.
    expect(asksWhether('성수 팝업스토어 주차 되나요', 'ko')).toBe(true);
    expect(asksWhether('서버에 음악봇 있어요?', 'ko')).toBe(true);
    expect(asksWhether('뷰잉 파티 참가 비용이 어떻게 되나요?', 'ko')).toBe(false);
    expect(asksWhether('이번 시즌 경기 해설진 누구예요?', 'ko')).toBe(false);
    expect(asksWhether('멤버십 역할 안 생겨요', 'ko')).toBe(false);
    expect(plainlyAsksWhether('3판 2선승이에요 아니면 단판이에요?', 'ko')).toBe(false);
    // Turkish by its question particle, typed with or without its letters; Indonesian by "apakah", a closing
    // "gak", "belum" or question mark; neither holding a question word (Malay's read with Indonesian's).
    for (const question of ['Sunucuda SkyWars modu var mı?', 'Ban itirazını İngilizce yazabilir miyim?', 'oyunda tpa var mi']) expect(asksWhether(question, 'tr'), question).toBe(true);
    for (const question of ['Survival haritası ne zaman sıfırlanacak?', 'Seviye sistemi hangi bot ile çalışıyor, MEE6 mı?', 'hangi versiyonu önerirsiniz']) expect(asksWhether(question, 'tr'), question).toBe(false);
    for (const question of ['Ada kelas offline di Jogja gak?', 'LMS bisa dibuka di HP?', 'Apakah ada diskon', 'Biaya kelas udah termasuk PPN belum']) expect(asksWhether(question, 'id'), question).toBe(true);
    for (const question of ['Kapan Demo Day Batch 13?', 'Materi minggu pertama Fullstack apa aja?', 'EMS recruitment buka bila?']) expect(asksWhether(question, 'id'), question).toBe(false);
    // Tagalog by its particle "ba" ("bang" before a verb, typed "b"), holding no question word.
    for (const question of ['May wifi ba sa venue?', 'Pwede bang mag-stream?', 'pede b mag dala ng mouse', 'Kailangan ko bang mag-register ulit?']) expect(asksWhether(question, 'tl'), question).toBe(true);
    for (const question of ['Saan ba ang venue?', 'magkano ba entry', 'Kailan ang LAN?', 'Saang branch ba ang finals?', 'Panu ba mag register?', 'Oras ng laro ng Team B?']) expect(asksWhether(question, 'tl'), question).toBe(false);
    // Thai by a closing "ไหม" (typed "มั้ย", "ป่าว"…) and Vietnamese by a closing "không" ("ko") or "chưa", a
    // particle after it or not; neither holding a question word ("กี่" of "เกี่ยว", about, is none).
    for (const question of ['ใช้หูฟังบลูทูธแข่งได้ไหม', 'รอบชิงที่ MBK มีที่จอดรถให้ไหมครับ', 'แชมป์ได้ถ้วยด้วยมั้ย🏆', 'ได้ป่าวอ่ะ', 'ข่าวเกี่ยวกับทัวร์มีไหม']) expect(asksWhether(question, 'th'), question).toBe(true);
    for (const question of ['รอบชิงมีคนพากย์ไทยมั้ย ใครพากย์', 'แข่งวันไหนครับ', 'ค่าสมัครกี่บาท', 'ไม่ได้รับอีเมล']) expect(asksWhether(question, 'th'), question).toBe(false);
    for (const question of ['Có lớp học cuối tuần không?', 'co duoc hoan tien ko a', 'Đã có kết quả thi thử chưa ạ']) expect(asksWhether(question, 'vi'), question).toBe(true);
    for (const question of ['Lớp học lúc mấy giờ, có muộn không?', 'ai dạy lớp tối ko', 'Em không vào được lớp']) expect(asksWhether(question, 'vi'), question).toBe(false);
    expect(expectedType('ข่าวเกี่ยวกับทัวร์', 'th')).toBe(null);
    // Hindi by "क्या" / "kya" opening (not "क्या है", what is) or closing it, Arabic by "هل" or a dialect's
    // opening ("فيه", "ممكن", "ينفع"); neither holding another question word ("من" and "أي" are also "from", "any").
    for (const question of ['क्या मैं अकेले hackathon में भाग ले सकता हूँ?', 'fees refundable hai kya', 'kya hostel milega']) expect(asksWhether(question, 'hi'), question).toBe(true);
    for (const question of ['क्या है prize?', 'hostel ka rent kitna h bhai', 'क्या कब होगा']) expect(asksWhether(question, 'hi'), question).toBe(false);
    for (const question of ['هل يوجد موقف سيارات؟', 'فيه لبس ممنوع', 'هل فيه أي خصم للطلاب من الجامعة؟']) expect(asksWhether(question, 'ar'), question).toBe(true);
    for (const question of ['كم سعر الساعة', 'هل تعرف متى يفتح الفرع؟', 'من هو المدير']) expect(asksWhether(question, 'ar'), question).toBe(false);
    // German by its opening verb, French by "est-ce que", an inverted subject or a closing question mark,
    // Italian by its opening verb or a closing question mark; none holding a question word.
    expect(asksWhether('Kann ich die Domain umziehen?', 'de')).toBe(true);
    expect(asksWhether('gibt es ein backup', 'de')).toBe(true);
    expect(asksWhether('kostenlos ausprobieren?', 'de')).toBe(true);
    expect(asksWhether('backups wie lange?', 'de')).toBe(false);
    expect(asksWhether('Wie kann ich die Domain umziehen?', 'de')).toBe(false);
    expect(asksWhether('Est-ce que le parking est gratuit ?', 'fr')).toBe(true);
    expect(asksWhether('Y a-t-il un parking ?', 'fr')).toBe(true);
    // The "qu'" of "est-ce qu'il" asks nothing; typed without the hyphen, "est ce que" still asks whether.
    expect(asksWhether("Est-ce qu'il y a un vestiaire au gala ?", 'fr')).toBe(true);
    expect(asksWhether("est ce qu'on peut venir en jean", 'fr')).toBe(true);
    expect(asksWhether("qu'est-ce qu'il faut apporter ?", 'fr')).toBe(false);
    expect(asksWhether("est-ce que c'est combien ?", 'fr')).toBe(false);
    expect(asksWhether('le vip est payant ?', 'fr')).toBe(true);
    expect(asksWhether("Qu'est-ce que le grade VIP ?", 'fr')).toBe(false);
    expect(asksWhether('cb coûte le vip ?', 'fr')).toBe(false);
    expect(asksWhether("C'è un parcheggio?", 'it')).toBe(true);
    expect(asksWhether('posso portare il mio cavalletto', 'it')).toBe(true);
    expect(asksWhether('Quando inizia il concorso?', 'it')).toBe(false);
    expect(plainlyAsksWhether('Le tournoi est en ligne ou sur place ?', 'fr')).toBe(false);
    // Polish by "czy", an opening verb ("można", typed "mozna") or a closing question mark; "czy" past the opening is "or".
    expect(plainlyAsksWhether('Czy mogę przyjechać autem na zlot?', 'pl')).toBe(true);
    expect(plainlyAsksWhether('mozna palic na torze', 'pl')).toBe(true);
    expect(asksWhether('Ile kosztuje składka?', 'pl')).toBe(false);
    expect(plainlyAsksWhether('zlot w sobotę czy w niedzielę?', 'pl')).toBe(false);
  });

  it('reads Urdu question words, and Roman Urdu\'s as Hinglish\'s', () => {
    expect(expectedType('گرینڈ فائنل کب ہے؟', 'ur')).toBe('date');
    expect(expectedType('فائنل کتنے بجے ہے؟', 'ur')).toBe('time');
    expect(expectedType('وی آئی پی کتنے کا ہے؟', 'ur')).toBe('amount');
    expect(expectedType('ایک ٹیم میں کتنے players ہوتے ہیں؟', 'ur')).toBe('number');
    expect(expectedType('ایڈمن کون ہے؟', 'ur')).toBe('name');
    expect(expectedType('tournament kab hai', 'ur')).toBe('date');
    expect(statesType('رجسٹریشن فیس پانچ سو روپے (Rs. 500) ہے۔', 'amount', new Set(), 'ur')).toBe(true);
    expect(statesType('فائنل اتوار رات 8 بجے ہوگا۔', 'date', new Set(), 'ur')).toBe(true);
    expect(statesType('ٹیم میں چار کھلاڑی ہوتے ہیں۔', 'date', new Set(), 'ur')).toBe(false);
  });

  it('reads Azerbaijani question words, typed with its letters or without them', () => {
    expect(expectedType('Turnir nə vaxt başlayır?', 'az')).toBe('date');
    expect(expectedType('turnir ne vaxt baslayir', 'az')).toBe('date');
    expect(expectedType('turnir saat neçədə başlayır', 'az')).toBe('time');
    expect(expectedType('VIP neçəyədir?', 'az')).toBe('amount');
    expect(expectedType('komandada neçə oyunçu olur', 'az')).toBe('number');
    expect(expectedType('serverin sahibi kimdir', 'az')).toBe('name');
    expect(asksWhether('VIP-i PayPal ilə almaq olar?', 'az')).toBe(true);
    expect(asksWhether('Turnirdə coach iştirak edə bilər?', 'az')).toBe(true);
    expect(statesType('VIP ayda 10 manatdır.', 'amount', new Set(), 'az')).toBe(true);
    // "necə" (how) is no "neçə" (how many), "kimi" (like) no "kim" (who).
    expect(expectedType('Qeydiyyatdan necə keçmək olar?', 'az')).toBeNull();
    expect(expectedType('VIP kimi status var?', 'az')).toBeNull();
    expect(statesType('Komandada 5 oyunçu olur.', 'amount', new Set(), 'az')).toBe(false);
  });

  it('reads Serbian and Croatian question words in either script, typed without diacritics too', () => {
    expect(expectedType('Колико кошта VIP?', 'sr')).toBe('amount');
    expect(expectedType('koliko kosta vip', 'sr')).toBe('amount');
    expect(expectedType('колико слотова има сервер', 'sr')).toBe('number');
    expect(expectedType('kad je restart', 'sr')).toBe('date');
    expect(expectedType('у колико сати почиње турнир', 'sr')).toBe('time');
    expect(expectedType('tko je vlasnik servera', 'hr')).toBe('name');
    // Croatian "di" (where), "koliko stoji" (how much does it cost), "kolika je članarina" (what is the fee).
    expect(expectedType('di je klub', 'hr')).toBe('name');
    expect(expectedType('kolko stoji tecaj', 'hr')).toBe('amount');
    expect(expectedType('Kolika je članarina za godinu dana?', 'hr')).toBe('amount');
    expect(expectedType('Koliko stoje vezovi?', 'hr')).toBe('amount');
    expect(expectedType('ca kosta tecaj jedrenja', 'hr')).toBe('amount');
    expect(expectedType('šta košta članarina', 'sr')).toBe('amount');
    // "ča stoji" is "what does it say", no price (a review).
    expect(expectedType('ča stoji na ploči', 'hr')).toBeNull();
    expect(expectedType('kako da se prijavim', 'sr')).toBeNull();
    expect(statesType('VIP кошта 500 динара месечно.', 'amount', new Set(), 'sr')).toBe(true);
    expect(statesType('VIP košta 500 din mesečno.', 'amount', new Set(), 'sr')).toBe(true);
    expect(statesType('Турнир се игра сваког петка.', 'date', new Set(), 'sr')).toBe(true);
    expect(statesType('Турнир се игра у PvP арени.', 'date', new Set(), 'sr')).toBe(false);
    // Not a word a weekday's or month's name begins: a quarter-final, funds, a master, a junior team.
    for (const text of ['Четвртфинале се игра у PvP арени.', 'Sredstva se uplaćuju preko PayPal-a.', 'Majstor je glavni admin.', 'Junior tim igra posebno.']) {
      expect(statesType(text, 'date', new Set(), 'sr'), text).toBe(false);
    }
    expect(statesType('Finale je u subotu, 1. jula.', 'date', new Set(), 'sr')).toBe(true);
  });

  it('does not read a question word inside another word, or a relative pronoun, as one', () => {
    expect(expectedType('Kimlik doğrulama nasıl yapılır?', 'tr')).toBeNull();
    expect(expectedType('Mesajları kaçırmamak için ne yapmalıyım?', 'tr')).toBeNull();
    expect(expectedType('几乎所有用户都能用吗？', 'zh')).toBeNull();
    expect(expectedType('Comment supprimer un message qui a été épinglé ?', 'fr')).toBeNull();
    expect(expectedType('Qui a fondé la société ?', 'fr')).toBe('name');
  });
});

describe('expectedType: the question word that asks', () => {
  it('reads "what" or "which" and a noun for a named thing as asking a name, after one word that is no verb', () => {
    expect(expectedType('What player punched the ball in from the 2?')).toBe('name');
    expect(expectedType('Which NASA location came around last to the idea?')).toBe('name');
    expect(expectedType('What historical figure was Jacksonville named after?')).toBe('name');
    expect(expectedType('Which cities were founded by the Romans?')).toBe('name');
    expect(expectedType('What was team spirit like?')).toBeNull();
    expect(expectedType('What percentage of players were injured?')).toBe('amount');
    expect(expectedType('What type of music did he play?')).toBeNull();
  });

  it('reads Greek "which" as asking a name, but not before a noun for a kind, a way, a term or a reason', () => {
    expect(expectedType('Ποιος έγραψε το βιβλίο;', 'el')).toBe('name');
    expect(expectedType('Ποια ομάδα κέρδισε;', 'el')).toBe('name');
    expect(expectedType('Ποιος τύπος πολιτικής ανυπακοής είναι μεγαλύτερης κλίμακας;', 'el')).toBeNull();
    expect(expectedType('Ποιο είδος μουσικής έπαιζε;', 'el')).toBeNull();
    expect(expectedType('Με ποιον τρόπο λειτουργεί;', 'el')).toBeNull();
    expect(expectedType('Ποιος όρος χρησιμοποιείται;', 'el')).toBeNull();
  });

  it('reads "how often", "how far" and their kind as asking a number in German and Russian too', () => {
    expect(expectedType('Wie oft kam es in Venedig zu Pestausbrüchen?', 'de')).toBe('number');
    expect(expectedType('Wie weit ist der Bahnhof?', 'de')).toBe('number');
    expect(expectedType('Wie lang ist die Brücke?', 'de')).toBe('number');
    expect(expectedType('Wie funktioniert das?', 'de')).toBeNull();
    expect(expectedType('Как часто ходит автобус?', 'ru')).toBe('number');
    expect(expectedType('Как работает автобус?', 'ru')).toBeNull();
  });

  it('reads a price asked with chat\'s "whats" and a word before the noun of price, and chat\'s "whens", as asked', () => {
    for (const question of ['hey guys whats the booking fee on tix?', 'what is the booking fee', "what's the ticket price"]) expect(expectedType(question), question).toBe('amount');
    expect(expectedType('whens the grand final of winter cup')).toBe('date');
    // Not a word that merely starts so ("whatsapp").
    expect(expectedType('whatsapp the booking fee question to us')).toBeNull();
  });

  it('reads "when" closing a question typed as keywords as asking a date ("newbie ride when"), not "when" within one', () => {
    for (const question of ['newbie ride when', 'next workshop when?', 'committee meeting when ??']) expect(expectedType(question), question).toBe('date');
    // Not after another question word, nor a request to be told ("remind me when").
    for (const question of ['what happens when it rains', 'what do i do when', 'what should i bring when', 'remind me when', 'ping us when']) expect(expectedType(question), question).toBeNull();
  });

  it('reads a discount, a deposit or dues asked with "what" as an amount, not whether there is one', () => {
    for (const question of ["What discount do members get at Ladd's Wheel House?", 'what discounts do members get', 'whats the student discount', 'what are the dues', "what's the deposit for a locker"]) expect(expectedType(question), question).toBe('amount');
    // Not whether there is one, nor its code, policy or use.
    for (const question of ['is there a discount for students', "what's the discount code for members?", 'what is the discount coupon code', 'what is the deposit refund policy', 'what deposit methods do you accept', 'what are the dues used for', 'what do discounts apply to', 'what is due on friday']) expect(expectedType(question), question).toBeNull();
  });

  it('reads a price asked in keywords, with no question word, and not an extra cost, which may be none', () => {
    for (const question of ['bday party price', 'price of the family plan?', 'extra guest pass cost', 'locker fees']) expect(expectedType(question), question).toBe('amount');
    for (const question of ['saturday delivery extra cost?', 'any hidden fees', 'how do i change the price', 'can i see prices', 'price match policy']) expect(expectedType(question), question).toBeNull();
  });

  it('reads "when" as asking only where the question opens with it, not where it joins a clause', () => {
    expect(expectedType('When was the bridge built?')).toBe('date');
    expect(expectedType('How and when did the plague reach Europe?')).toBe('date');
    expect(expectedType('How old was Peyton Manning when he played in Super Bowl 50?')).toBe('number');
    expect(expectedType('What is it called when people refuse to pay taxes?')).toBeNull();
    expect(expectedType('Who was the leader when the Franks entered the valley?')).toBe('name');
  });

  it('takes the first question word in every language: a later one joins a clause', () => {
    expect(expectedType('Сколько лет было Мэннингу, когда он играл в Суперкубке?', 'ru')).toBe('number');
    expect(expectedType('Между какими улицами когда-то жили купцы?', 'ru')).toBeNull();
    expect(expectedType('Когда был построен мост?', 'ru')).toBe('date');
    expect(expectedType('Ce satelit se folosea atunci când s-a lansat Sky Digital?', 'ro')).toBeNull();
  });

  it('reads "in what year", "which century" and their kind as asking a date in each language', () => {
    const asked: [string, string][] = [
      ['¿En qué año se creó el sistema de carreteras?', 'es'],
      ['In welchem Jahrzehnt schloss ABC den Übergang ab?', 'de'],
      ['Welches Jahr war das?', 'de'],
      ['في أي عام تم إصدار الأغنية؟', 'ar'],
      ['В каком году была создана сеть?', 'ru'],
      ['În ce an a fost lansată piesa?', 'ro'],
      ['Veba hangi yıllarda görüldü?', 'tr'],
      ['Ποιο έτος ψηφίστηκε ο νόμος;', 'el'],
      ['अंतरराज्यीय राजमार्ग प्रणाली किस वर्ष बनाई गई थी?', 'hi'],
      ['ABC đã hoàn thành việc chuyển đổi trong thập kỷ nào?', 'vi'],
      ['在哪个世纪，传教士建立了教会学校?', 'zh'],
      ['โจเซฟ พรีสต์ลีย์ รู้จักออกซิเจนในปีใด', 'th'],
    ];
    for (const [question, lang] of asked) expect(expectedType(question, lang), question).toBe('date');
    // English asks the same in the plural.
    expect(expectedType('During which years was the plague present in Islamic countries?')).toBe('date');
    expect(expectedType('In what decades was Dudley Simpson most active?')).toBe('date');
    expect(expectedType('Which centuries saw the most outbreaks?')).toBe('date');
    // A word that only starts like one: "tarihi" (historic), "Güney" (south).
    expect(expectedType('Hangi tarihi imparatorluk kültürel emperyalizmi kullandı?', 'tr')).toBeNull();
    expect(expectedType('Hangi Güney Afrika yasası iki tür okulu tanıdı?', 'tr')).toBeNull();
  });
});

describe('conditionOf', () => {
  it('reads the condition a question asks the consequence of, and whether a question poses one of its own', () => {
    expect(conditionOf('Was passiert beim Sommerfest, wenn es regnet?', 'de')).toBe(' es regnet?');
    expect(conditionOf('¿Qué pasa si no termino el programa?', 'es')).toBe(' no termino el programa?');
    expect(conditionOf('What happens if I miss a payment?')).toBe(' i miss a payment?');
    expect(conditionOf('What happens at the AGM?')).toBe(null);
    // Opening on the condition itself.
    expect(conditionOf('What if it rains?')).toBe(' it rains?');
    expect(conditionOf('Wat als ik te laat ben?', 'nl')).toBe(' ik te laat ben?');
    expect(conditionOf("Qu'est-ce qui se passe si je suis en retard ?", 'fr')).toBe(' je suis en retard ?');
    expect(conditionOf('Wann ist das Sommerfest?', 'de')).toBe(null);
    expect(posesCondition('When is the party?')).toBe(false);
    expect(posesCondition('How much do I pay if I cancel?')).toBe(true);
    expect(posesCondition('wie lange warten wir wenn einer fehlt', 'de')).toBe(true);
    expect(posesCondition('cuando es la posada', 'es')).toBe(false);
    // Read from the question's start only: a long text is read once, not from each of its words.
    expect(posesCondition(`${'a '.repeat(20_000)}b`, 'pt')).toBe(false);
  });
});

describe('statesType', () => {
  it('reads a Turkish number word opening a sentence on its dotted capital ("İki hafta.")', () => {
    expect(statesType('İki hafta. Sırada bekleyen yoksa bir hafta daha uzatabilirsiniz.', 'number', new Set(), 'tr')).toBe(true);
    // A name opening on it is still a name.
    expect(statesType('Gözlem kampı İzmir yakınında yapılır.', 'name', new Set(), 'tr')).toBe(true);
    // Elsewhere the letter is no "i": a Turkish name in an English sentence states no number.
    expect(statesType('İki is our mascot.', 'number', new Set(), 'en')).toBe(false);
  });

  it('reads a German name as two capitalised words in a row, where every noun is capitalised, for "wer ist"', () => {
    expect(expectedType('Wer ist der Kassier?', 'de')).toBe('name');
    expect(expectedType('wer is die obfrau', 'de')).toBe('name');
    expect(expectedType('Wer ist unser Kassier?', 'de')).toBe('name');
    expect(expectedType('Wer entscheidet, wie Land genutzt werden darf?', 'de')).toBe(null);
    expect(expectedType('Wer ist bei der Mitgliederversammlung stimmberechtigt?', 'de')).toBe(null);
    const name = (sentence: string) => statesType(sentence, 'name', new Set(), 'de');
    expect(name('Kassier ist Dragan Jovanović, Schriftführerin ist Amélie Durand.')).toBe(true);
    expect(name('Wir treffen uns im Café Rosenbaum.')).toBe(true);
    expect(name('Dort wird der Vorstand gewählt und der Kassier legt die Abrechnung vor.')).toBe(false);
    expect(name('Die Mitglieder zahlen jeden Monat. Jeden Mittwoch gibt es Kuchen.')).toBe(false);
    // Not where a sentence starts, which capitalises its first word, nor the polite "Sie", "Ihre".
    expect(name('Neue Mitglieder zahlen den Beitrag beim Kassier. Heute Abend gibt es Kuchen.')).toBe(false);
    expect(name('Bringen Sie Ihre Karte mit.')).toBe(false);
    expect(name('Ansprechpartnerin: Lena Gruber.')).toBe(true);
  });

  it('reads Romanian prices in lei and bani as amounts', () => {
    expect(statesType('VIP Bronze – 25 de lei pe lună.', 'amount', new Set(), 'ro')).toBe(true);
    expect(statesType('100 de monede costă 10 lei.', 'amount', new Set(), 'ro')).toBe(true);
    expect(statesType('VIP Gold – 100 Lei pe lună.', 'amount', new Set(), 'ro')).toBe(true);
    expect(statesType('Au venit 25 de leii.', 'amount', new Set(), 'ro')).toBe(false);
  });

  it('reads Hungarian prices in forints, months and weekdays with their endings, and hours "órakor"', () => {
    expect(statesType('A VIP rang ára 1 490 Ft havonta.', 'amount', new Set(), 'hu')).toBe(true);
    expect(statesType('Egy claimblokk 10 forintba kerül.', 'amount', new Set(), 'hu')).toBe(true);
    expect(statesType('A Halloween PvP-tornát október 31-én rendezzük.', 'date', new Set(), 'hu')).toBe(true);
    expect(statesType('Minden pénteken tartjuk a Bányász estét.', 'date', new Set(), 'hu')).toBe(true);
    expect(statesType('A büntetés 2 óra némítás.', 'date', new Set(), 'hu')).toBe(false);
    expect(statesType('A verseny 19 órakor kezdődik.', 'time', new Set(), 'hu')).toBe(true);
  });

  it('reads a share taken off a price as a discount, the price only of a question asking a discount', () => {
    const states = (sentence: string, question: string, lang = 'en') => {
      const analyzer = analyzerFor(lang);
      return statesType(sentence, 'amount', heldBy(analyzer.words(question), analyzer), lang);
    };
    expect(states('Groups of 10 or more get 15% off adult tickets when they book by phone.', 'How much is an adult ticket?')).toBe(false);
    expect(states('Groups of 10 or more get 15% off adult tickets when they book by phone.', 'How much is the group discount?')).toBe(true);
    expect(states('Adult tickets cost $32.', 'How much is an adult ticket?')).toBe(true);
    expect(states('Members get 10% off and pay $20.', 'How much do members pay?')).toBe(true);
    expect(states('Mitglieder erhalten 20 % Rabatt auf alle Kurse.', 'Was kostet ein Kurs?', 'de')).toBe(false);
    // Written other ways (a review): "percent", words between, "save" before.
    for (const sentence of ['Groups of 10 get 15 percent off adult tickets.', 'Groups of 10 get a 15% group discount on adult tickets.', 'Groups save 15% on adult tickets.', 'Groups of 10 or more get a 15% group booking discount.', 'Members get a 20% early bird discount.']) {
      expect(states(sentence, 'How much is an adult ticket?'), sentence).toBe(false);
    }
    expect(states('Students get 20% off with a valid student card.', 'how much less do students pay')).toBe(true);
    // A charge or a part of a sum is no discount.
    for (const sentence of ['10% is taken off every prize pool to cover server costs.', 'The marketplace keeps a 5% cut off each sale.', 'We recommend saving 10% of your pay each month.']) {
      expect(states(sentence, 'How much do the organisers keep?'), sentence).toBe(true);
    }
    // A share that is no discount states one: "how much did turnout fall?"
    expect(states('Turnout fell by 15% last year.', 'How much did turnout fall?')).toBe(true);
    // In other languages' words for it (round X), the price again where the question asks a discount.
    for (const [lang, sentence, question, discount] of [
      ['vi', 'Thành viên được giảm 10% khi mua áo câu lạc bộ.', 'phí thành viên bao nhiêu', 'thành viên được giảm bao nhiêu'],
      ['vi', 'Thành viên được giảm giá 10% khi mua áo.', 'áo giá bao nhiêu', 'giảm giá bao nhiêu'],
      ['th', 'สมาชิกได้ส่วนลด 10% ที่ร้านรองเท้าพันธมิตร', 'ค่าสมาชิกเท่าไร', 'ส่วนลดเท่าไร'],
      ['id', 'Anggota dapat diskon 10% untuk jersey.', 'harga jersey berapa', 'diskon berapa'],
      ['ko', '회원은 10% 할인을 받습니다.', '회비 얼마예요', '할인 얼마예요'],
      ['ja', '会員は10%オフになります。', '会費はいくら', '割引はいくら'],
    ] as const) {
      expect(states(sentence, question, lang), sentence).toBe(false);
      expect(states(sentence, discount, lang), `${sentence} / ${discount}`).toBe(true);
    }
    // Written other ways (a review), and a rise is no discount.
    for (const [lang, sentence] of [['th', 'สมาชิกลดราคา 20% ทุกรายการ'], ['id', 'Anggota dapat potongan harga 10%.'], ['ja', '会員は10%の割引があります。'], ['ko', '회원은 10%의 할인을 받습니다.']] as const) expect(states(sentence, 'ราคาเท่าไร', lang), sentence).toBe(false);
    expect(states('会費は10%引き上げになります。', '会費はいくら', 'ja')).toBe(true);
    // A word that is no discount asks none: "potongan rambut" is a haircut, "ลดน้ำหนัก" weight loss.
    expect(states('Anggota dapat diskon 10% untuk jersey.', 'harga potongan rambut berapa', 'id')).toBe(false);
    expect(states('สมาชิกได้ส่วนลด 10% ที่ร้านรองเท้า', 'ลดน้ำหนักเท่าไร', 'th')).toBe(false);
    expect(states('Phí thành viên là 300.000đ mỗi năm.', 'phí thành viên bao nhiêu', 'vi')).toBe(true);
  });

  it('reads a Romanian date by its month or weekday, and no "când" after "ce se întâmplă" as asking one', () => {
    for (const sentence of ['Duminică, 21 iunie, urcăm pe Vlădeasa.', 'Plecăm sâmbătă la 7.', 'Termenul de depunere este 25 mai.', 'Ne vedem sambata.']) expect(statesType(sentence, 'date', new Set(), 'ro'), sentence).toBe(true);
    // "mai" (more) without a day, "luni" (months) are no dates.
    for (const sentence of ['Costă mai mult.', 'Cardul e valabil 3 luni.', 'Costă 7 mai puțin.', 'Sediul e pe strada 1 Mai.']) expect(statesType(sentence, 'date', new Set(), 'ro'), sentence).toBe(false);
    expect(statesType('Ne vedem vinerea la cabană.', 'date', new Set(), 'ro')).toBe(true);
    for (const question of ['salut ce faci când mergem pe Vlădeasa', 'Am citit ce trebuie. Când mergem pe Vlădeasa?']) expect(expectedType(question, 'ro'), question).toBe('date');
    expect(expectedType('Când mergem pe Vlădeasa?', 'ro')).toBe('date');
    for (const question of ['Ce se intampla cu cadetii cand fac 18 ani?', 'Ce trebuie sa fac cand vad un urs?']) expect(expectedType(question, 'ro'), question).toBeNull();
  });

  it('reads a Persian "کیه" after a role as who, asking no date; after an event as when', () => {
    for (const question of ['مسئول پیاده‌روی‌ها کیه؟', 'راهنمای سفر کویر کیه؟', 'مدرس کارگاه نورپردازی پرتره کیه؟']) expect(expectedType(question, 'fa'), question).toBeNull();
    for (const question of ['کارگاه کیه؟', 'کی شروع میشه', 'نمایشگاه از کی شروع میشه؟', 'عکاسی شب کیه؟', 'مدرسه کیه؟']) expect(expectedType(question, 'fa'), question).toBe('date');
  });

  it('reads no date or time in a phone number', () => {
    for (const sentence of ['For any emergency, call the fest control room at +91 20 6600 1234.', 'Call us on 0141 552 1998.', 'Call the office at (212) 555-2019.', 'Ring 0044 141 496 0018.', 'Phone 020 7946 0958.']) {
      for (const type of ['date', 'time'] as const) expect(statesType(sentence, type, new Set()), `${type}: ${sentence}`).toBe(false);
    }
    // A date written in three groups, and figures in a row, are no phone number.
    for (const sentence of ['The fest opens on 2026-02-13.', 'The fest opens on 13.02.2026.', 'Call before 2026.', 'The fest opens on 09.02.2026.']) expect(statesType(sentence, 'date', new Set()), sentence).toBe(true);
    // A number still, what "what number do I call" asks.
    expect(statesType('Call us on 0141 552 1998.', 'number', new Set())).toBe(true);
    expect(withoutPhoneNumbers('Tel. +49 30 1234567, ab 9:30.')).toBe(`Tel. ${' '.repeat(14)}, ab 9:30.`);
    // Clock and date ranges are no phone numbers (a review).
    for (const sentence of ['Open 09.00-17.00 every day.', 'Breakfast 08.30-10.30.']) expect(statesType(sentence, 'time', new Set()), sentence).toBe(true);
    expect(withoutPhoneNumbers('Closed 01 02 2026.')).toBe('Closed 01 02 2026.');
    // Groups without a phone number's marks are left: an IBAN's, a US number's without its area code in brackets.
    for (const text of ['IBAN RO49 BTRL 0080 1205 H123 45XX', 'IT60 X054 2811 1010 0000', 'Call 555-123-4567.']) expect(withoutPhoneNumbers(text)).toBe(text);
  });

  it('reads figures a word names a number as no year, and a monthly window of days as a date (Romanian)', () => {
    expect(statesType('Puteți trimite indexul și prin SMS la numărul 1745.', 'date', new Set(), 'ro')).toBe(false);
    expect(statesType('Text STOP to number 2020 to stop.', 'date', new Set())).toBe(false);
    expect(statesType('The club was founded in 1745.', 'date', new Set())).toBe(true);
    expect(statesType('În fiecare lună, între zilele 20 și 27, inclusiv.', 'date', new Set(), 'ro')).toBe(true);
    expect(statesType('Plata se face pe 5 ale fiecărei luni.', 'date', new Set(), 'ro')).toBe(true);
    expect(statesType('Am avut 20 de zile de vacanță.', 'date', new Set(), 'ro')).toBe(false);
    // An eight-hour day, the first day of a list, a price per month are no dates (a review).
    for (const sentence of ['Cititorul de contor are ziua de 8 ore.', 'Sunt 30 de locuri în ziua 1.', 'Ziua 5 a turneului este liberă.', 'Abonamentul de 150 a fiecărei luni se plătește online.']) expect(statesType(sentence, 'date', new Set(), 'ro'), sentence).toBe(false);
  });

  it('reads the name or figure a question asks about, read as the question\'s words, as no new fact ("Артём" typed "артем", "Zürich" "zurich")', () => {
    const stated = (lang: string, sentence: string, question: string, type: 'name' | 'number' | 'amount' = 'name') => {
      const analyzer = analyzerFor(lang);
      const said = analyzer.words(question);
      return statesType(sentence, type, heldBy(said, analyzer), lang);
    };
    const named = (lang: string, sentence: string, question: string) => stated(lang, sentence, question);
    expect(named('ru', 'Сервером владеет Артём.', 'Кто такой Артём?')).toBe(false);
    expect(named('ru', 'Сервером владеет Артём.', 'Кто такой Артем?')).toBe(false);
    expect(named('pl', 'Serwer prowadzi Paweł.', 'Kim jest Paweł?')).toBe(false);
    expect(named('en', 'The office is in Zürich.', 'Where is the Zürich office?')).toBe(false);
    expect(named('en', 'The office is run by Anna in Zürich.', 'Where is the Zürich office?')).toBe(true);
    // A match is read as the question's words are: "Anna's" is "anna", Turkish "İstanbul'da" is "istanbul".
    expect(named('en', "Our office hosts Anna's team.", "Who leads Anna's team?")).toBe(false);
    expect(named('tr', "Final İstanbul'da oynanacak.", 'Final İstanbul maçını kim kazandı?')).toBe(false);
    // A figure: its groups in the question's order, not only somewhere in it.
    expect(stated('en', 'The hall holds 1,000 people.', 'Does the hall hold 1,000 or more people?', 'number')).toBe(false);
    expect(stated('en', 'Over 1,000,000 players joined.', 'How many players got 1,000 points?', 'number')).toBe(true);
    expect(stated('en', 'The trip takes 2.5 hours.', 'How many hours from gate 2 to platform 5?', 'number')).toBe(true);
    // An amount as written: "$10" is no question's "10 keys".
    expect(stated('en', '10 keys cost $10.', 'How much do 10 keys cost?', 'amount')).toBe(true);
  });

  it('reads a count, not a vague plural ("hundreds of homes"), as the number a "how many" question asks for', () => {
    const number = (sentence: string) => statesType(sentence, 'number', new Set(), 'en');
    expect(number('Hundreds of homes lost their water supply.')).toBe(false);
    expect(number('Thousands of fans and dozens of stalls filled the quay.')).toBe(false);
    expect(number('About 1,200 homes lost their supply.')).toBe(true);
    expect(number('Two hundred homes lost their supply.')).toBe(true);
    expect(number('The fund reached three million pounds.')).toBe(true);
    // In every language with number words: a magnitude in the plural says no count, one after a count does.
    expect(statesType('Тысячи людей пришли на площадь.', 'number', new Set(), 'ru')).toBe(false);
    expect(statesType('Две тысячи людей пришли на площадь.', 'number', new Set(), 'ru')).toBe(true);
    expect(statesType('Des millions de fans ont regardé.', 'number', new Set(), 'fr')).toBe(false);
    expect(statesType('Cientos de hugonotes emigraron.', 'number', new Set(), 'es')).toBe(false);
    expect(statesType('Dos millones de personas votaron.', 'number', new Set(), 'es')).toBe(true);
  });

  it('reads a numeral written as one word as a count ("doscientos", "zweihundertfünfzig"), not a word that holds one ("Jahrhundert")', () => {
    for (const [sentence, lang] of [
      ['Doscientos hugonotes emigraron.', 'es'],
      ['Veinticinco equipos juegan.', 'es'],
      ['Vieram quinhentas pessoas.', 'pt'],
      ['Sono venuti trecento tifosi.', 'it'],
      ['Пришли двести человек.', 'ru'],
      ['Прийшли двісті людей.', 'uk'],
      ['Es kamen zweihundertfünfzig Leute.', 'de'],
      ['Es kamen fünfundzwanzig Leute.', 'de'],
    ] as const) {
      expect(statesType(sentence, 'number', new Set(), lang)).toBe(true);
    }
    expect(statesType('Das Jahrhundert war lang.', 'number', new Set(), 'de')).toBe(false);
  });

  it('reads "a.m." and "pm" as a time only after a number ("am" is a verb, and German\'s "on the")', () => {
    for (const time of ['The ferry leaves at 9 p.m.', 'Doors open at 10am.', 'Last entry 6 PM sharp.']) expect(statesType(time, 'date', new Set()), time).toBe(true);
    for (const none of ['I am not sure what the PM said.', 'Das Stadtfest findet am Flussufer statt.']) expect(statesType(none, 'date', new Set()), none).toBe(false);
  });
  it('reads "once" as a number only as a frequency, not as a conjunction', () => {
    expect(statesType('It meets once a month.', 'number', new Set())).toBe(true);
    expect(statesType('Construction is planned for next year once contractors are appointed.', 'number', new Set())).toBe(false);
  });
  it('reads no date in a version or a decimal whose first figures look like a year', () => {
    for (const sentence of ['Version 2025.4.0 is out with a new Assist pipeline.', 'The index rose to 1999.5 points.']) expect(statesType(sentence, 'date', new Set()), sentence).toBe(false);
    expect(statesType('Hearthline 2025.4.0 was released in 2025.', 'date', new Set())).toBe(true);
    for (const [sentence, lang] of [['Die Version erschien am 2.4.2025.', 'de'], ['Released on 12.3.2025.', 'en'], ['Вышла 2.4.2025.', 'ru']]) expect(statesType(sentence!, 'date', new Set(), lang), sentence).toBe(true);
  });

  it('reads the euro as each language inflects or spells it after a figure', () => {
    for (const [sentence, lang] of [['Lippu maksaa 35 euroa.', 'fi'], ['voit ostaa 25 euron Ruokapassin', 'fi'], ['Pilet maksab 20 eurot.', 'et'], ['Ulaz košta 20 eura.', 'hr'], ['Κοστίζει 20 ευρώ.', 'el'], ['Biļete maksā 20 eiro.', 'lv'], ['Vstopnina stane 20 evrov.', 'sl'], ['Costs 20 euros.', 'en']])
      expect(statesType(sentence!, 'amount', new Set(), lang), sentence).toBe(true);
    expect(statesType('20 Europeans came.', 'amount', new Set())).toBe(false);
  });

  it('reads no year in an amount whose figures look like one', () => {
    for (const [sentence, lang] of [['冠军奖金 1000 元，另送一张黑曜年卡。', 'zh'], ['Entry costs €1500.', 'en'], ['The fee is 2000 dollars.', 'en'], ['Kaution 1200 CHF.', 'de'], ['Kaution CHF 1200.', 'de'], ['Entry costs EUR 1500.', 'en'], ['Вхід 1500 грн.', 'uk'], ['Belépő 1500 Ft.', 'hu'], ['Giá 1500 đ', 'vi']])
      expect(statesType(sentence!, 'date', new Set(), lang), sentence).toBe(false);
    for (const [sentence, lang] of [['卡坦岛杯在 2025 年 4 月 19 日举行，冠军奖金 1000 元。', 'zh'], ['In 1850 it cost $2000.', 'en'], ['Costs €1500 in 2025.', 'en']]) expect(statesType(sentence!, 'date', new Set(), lang), sentence).toBe(true);
  });

  it('reads no time of day in a price or a decimal, for a date as for a time', () => {
    for (const sentence of ['The Foundry server costs $11.99 a month.', 'Gold costs 19,99 € a month and Silver £14.50.', 'The rating average is 11.99 this season.'])
      for (const type of ['date', 'time'] as const) expect(statesType(sentence, type, new Set()), `${type}: ${sentence}`).toBe(false);
    for (const sentence of ['Doors open at 19.00.', 'Sign-ups close at 9:30 on Friday.']) for (const type of ['date', 'time'] as const) expect(statesType(sentence, type, new Set()), `${type}: ${sentence}`).toBe(true);
  });

  it('reads no year as a number: "how many times" is not answered by a date', () => {
    expect(statesType('Plague occurred in Venice 22 times between 1361 and 1528.', 'number', new Set(['how', 'many', 'times']))).toBe(true);
    expect(statesType("Late outbreaks included the Great Plague of Vienna in 1679.", 'number', new Set(['how', 'many', 'times']))).toBe(false);
  });
  it('reads Egyptian "امتى" (when) as a date question', () => {
    expect(expectedType('اخر يوم تسجيل فورتنايت امتى', 'ar')).toBe('date');
    // Egyptian "بكام" (for how much), "كام" before a price's noun ask a price; "كام", "قد ايه" alone a count.
    expect(expectedType('الاشتراك الشهرى بكام', 'ar')).toBe('amount');
    expect(expectedType('كم سعر الاشتراك الشهري؟', 'ar')).toBe('amount');
    expect(expectedType('السن كام عشان اشترك', 'ar')).toBe('number');
    expect(expectedType('الاشتراك الشهري كام', 'ar')).toBe('amount');
    expect(expectedType('التذكرة كام؟', 'ar')).toBe('amount');
    expect(expectedType('الكورس مدته كام', 'ar')).toBe('number');
    expect(expectedType('التسجيلات بتفضل موجوده قد ايه', 'ar')).toBe('number');
  });

  it('reads Russian "во сколько" (at what time) as asking a time of day and "сколько стоит" (how much is it) a price, not a count', () => {
    for (const question of ['во сколько миксы', 'со скольки можно заходить']) expect(expectedType(question, 'ru'), question).toBe('time');
    // "до скольки" asks a deadline as often, given as a day: a date, which a clock states too.
    expect(expectedType('до скольки открыт сервер', 'ru')).toBe('date');
    for (const question of ['сколько стоит вип', 'скок стоит вип', 'вип почем', 'какая цена на вип']) expect(expectedType(question, 'ru'), question).toBe('amount');
    expect(expectedType('сколько игроков в команде', 'ru')).toBe('number');
    // What is paid or earned is a price too (a Ukrainian school's "Скільки платять стажистам?").
    expect(expectedType('сколько платят стажёрам', 'ru')).toBe('amount');
    expect(expectedType('Скільки платять стажистам у компаніях-партнерах?', 'uk')).toBe('amount');
    expect(expectedType('скільки заробляє ментор', 'uk')).toBe('amount');
  });

  it('reads a Russian time question after a greeting, but not one that counts or asks a price ("во сколько раз", "со скольки лет")', () => {
    for (const question of ['ребят, во сколько миксы', 'привет, во сколько начало турнира']) expect(expectedType(question, 'ru'), question).toBe('time');
    expect(expectedType('скажите, до скольки работает поддержка', 'ru')).toBe('date');
    for (const question of ['во сколько раз больше урон', 'со скольки лет можно играть', 'до скольки человек в пати', 'со скольки лвл можно в клан', 'до скольки символов можно ник']) expect(expectedType(question, 'ru'), question).toBe('number');
    for (const question of ['во сколько обойдётся вип', 'во сколько мне обойдётся вип', 'сколько у вас стоит вип']) expect(expectedType(question, 'ru'), question).toBe('amount');
    // "когда" after a comma still joins a clause.
    expect(expectedType('Сколько лет было Мэннингу, когда он играл в Суперкубке?', 'ru')).toBe('number');
  });

  it('reads no time where the same words ask something else ("timing out", "the required hours", "كم ساعة", "ขั้นตอนไหน", "may cai")', () => {
    for (const question of ['my bot keeps timing out', 'how do i fix audio timing in obs', 'what are the required hours for the helper role', 'whats the hours requirement', 'how early access works', 'how late-game scaling works', 'what does deadline mean']) {
      expect(expectedType(question), question).not.toBe('date');
    }
    expect(expectedType('what is the timing for the scrims')).toBe('date');
    for (const question of ['what are your hours of operation', 'what are the staff hours', 'scrim timings?', 'what are your timings', 'bhai timing batao scrim ka']) expect(expectedType(question), question).toBe('date');
    for (const question of ['what hours do i need to play for helper', 'what timing offset should i use for audio sync']) expect(expectedType(question), question).not.toBe('date');
    expect(expectedType('what are the age limits')).toBe('number');
    expect(expectedType('كم ساعة تستغرق البطولة', 'ar')).toBe('number');
    for (const question of ['ติดขั้นตอนไหนครับ', 'อนิเมะตอนไหนสนุกสุด']) expect(expectedType(question, 'th'), question).toBeNull();
    for (const question of ['may cai game bi loi', 'may con lag ko ae', 'may ngay nay server lag qua']) expect(expectedType(question, 'vi'), question).toBeNull();
    expect(expectedType('me sale error desde cuando actualicé, que hago', 'es')).toBeNull();
    // After a greeting, "hasta cuando" still opens the question.
    expect(expectedType('hola, hasta cuando hay para inscribirse', 'es')).toBe('date');
    expect(expectedType('giai dau keo dai may ngay', 'vi')).toBe('number');
  });

  it('reads a clock time written as a figure and its word as a time: "um 18 Uhr", "в 8 вечера", "الساعة 8", "2 ทุ่ม"', () => {
    const none = new Set<string>();
    expect(statesType('Das Turnier beginnt um 18 Uhr.', 'date', none, 'de')).toBe(true);
    expect(statesType('Миксы начинаются в 8 вечера.', 'date', none, 'ru')).toBe(true);
    expect(statesType('Старт в 20 часов.', 'date', none, 'ru')).toBe(true);
    expect(statesType('Нужно наиграть 8 часов.', 'date', none, 'ru')).toBe(false);
    // A duration or a rate is no time of day: "мут на 3 дня" (3 days), "раз в 24 часа" (once a day).
    for (const sentence of ['За неявку мут на 3 дня.', 'Рекламу можно постить раз в 24 часа.', 'Разница в 3 часа с Москвой.']) expect(statesType(sentence, 'date', none, 'ru'), sentence).toBe(false);
    expect(statesType('تبدأ البطولة الساعة 8', 'date', none, 'ar')).toBe(true);
    for (const sentence of ['تبدأ 10 صباحًا', 'ينتهي 9 مساءا', 'الساعة ٨']) expect(statesType(sentence, 'date', none, 'ar'), sentence).toBe(true);
    // Around the clock, metres and a page are no time.
    for (const sentence of ['الدعم متاح على مدار الساعة 24/7', 'المسافة 5 م', 'انظر الصفحة 3 ص']) expect(statesType(sentence, 'date', none, 'ar'), sentence).toBe(false);
    expect(statesType('เริ่ม 2 ทุ่ม', 'date', none, 'th')).toBe(true);
    expect(statesType('แข่ง 2 ชั่วโมง', 'date', none, 'th')).toBe(false);
  });

  it('reads an Arabic month beside a figure, after "شهر", and a weekday after "يوم" or "أيام" as a date ("١٥ نوفمبر", "تشرين الثاني", "جانفي")', () => {
    const none = new Set<string>();
    for (const sentence of [
      'تُعقد الامتحانات مرتين: الأول يوم ١٥ نوفمبر والثاني يوم ٢٠ ديسمبر.',
      'الحفل في 3 تشرين الثاني',
      'بدأ في ١٢ أوت',
      'في نوفمبر 2025',
      'في شهر مارس',
      'نلتقي يوم الخميس',
      'تُعقد جلسة أونلاين كل يوم ثلاثاء',
      'أيام السبت والاثنين والأربعاء',
    ])
      expect(statesType(sentence, 'date', none, 'ar'), sentence).toBe(true);
    for (const sentence of ['١٥ من نوفمبر', 'كل جمعة بعد صلاة الفجر', 'يوم الاتنين', '3 تشرين ثاني', '١٢ غشت']) expect(statesType(sentence, 'date', none, 'ar'), sentence).toBe(true);
    // Alone, "مارس" is also "he practised"; "أب" is a father; a weekday naming sessions dates nothing; a day and a
    // month name a city or a street; a month before a count or a model's number is none (a review).
    for (const sentence of [
      'مارس الرياضة كل يوم',
      'أب وابنه',
      'يدير جلسات السبت المرشد أحمد سامي',
      'جاء أحد الأعضاء',
      'في مدينة 6 أكتوبر بجوار الجامعة',
      'شارع 26 يوليو',
      'واتس آب 0551234567',
      'نيسان 370',
      'مارس 3 رياضات',
      'جيب معك 2 ماي',
      'الكابتن جوان 10',
      'يوم أحد الأعضاء',
      'كل أيام الأحد عشر',
    ])
      expect(statesType(sentence, 'date', none, 'ar'), sentence).toBe(false);
    // A month is no time of day.
    expect(statesType('الأول يوم ١٥ نوفمبر', 'time', none, 'ar')).toBe(false);
  });

  it('reads a time asked with a count word as asking a time in every language ("um wie viel Uhr", "الساعة كم", "กี่โมง")', () => {
    for (const question of ['um wie viel uhr startet das turnier', 'ab wieviel uhr ist einlass', 'wie spät beginnt der stream']) expect(expectedType(question, 'de'), question).toBe('time');
    expect(expectedType('wie viele spieler pro team', 'de')).toBe('number');
    for (const question of ['الساعه كم البطولة', 'كم الساعة يبدأ السيرفر']) expect(expectedType(question, 'ar'), question).toBe('time');
    expect(expectedType('كم لاعب في الفريق', 'ar')).toBe('number');
    for (const question of ['ปิดรับสมัครทัวร์กี่โมงครับ', 'เริ่มกี่ทุ่ม']) expect(expectedType(question, 'th'), question).toBe('time');
    expect(expectedType('ทีมละกี่คน', 'th')).toBe('number');
  });

  it('reads the time, day and count questions members type in chat ("may h", "timing", "hasta cuando", "ตอนไหน")', () => {
    for (const question of ['doi pubg tap may h', 'scrim lq may h bat dau v ae']) expect(expectedType(question, 'vi'), question).toBe('time');
    expect(expectedType('doi pubg can tuyen may nguoi', 'vi')).toBe('number');
    // "may" alone is "máy" (a machine) as often as "mấy".
    expect(expectedType('may tinh cua em bi lag', 'vi')).toBeNull();
    expect(expectedType('สคริมมีวันไหนบ้างครับ', 'th')).toBe('date');
    for (const question of ['bgmi scrim timing kya h aaj', 'winter cup registration last date kya hai']) expect(expectedType(question), question).toBe('date');
    for (const question of ['minimum age for winter cup?', 'whats the age limit for this server']) expect(expectedType(question), question).toBe('number');
    expect(expectedType('hasta cuando hay para inscribirse a la copa??', 'es')).toBe('date');
    expect(expectedType('w jakich godzinach odpisujecie na tickety', 'pl')).toBe('date');
  });

  it('reads "how late", "by when", "what are the opening hours" and "whats the deadline" as asking a time or a date', () => {
    for (const question of ['how late is the hollow open', 'how early can i arrive', 'by when do i need to pay', 'till when is the sale', 'what are your support hours in singapore time', 'what hours is the shop open', "what's the date of the final", 'whats the deadline']) {
      expect(expectedType(question), question).toBe('date');
    }
    expect(expectedType('what is the time limit')).toBeNull();
  });

  it('reads "скок" (сколько, how many) as Russian chat types it', () => {
    expect(expectedType('скок эло нужно для 10 лвл', 'ru')).toBe('number');
    expect(expectedType('скока длится мут', 'ru')).toBe('number');
  });

  it('reads the fact a Hinglish question asks for from its Hindi question words', () => {
    expect(expectedType('grand finals kab hai')).toBe('date');
    expect(expectedType('vip ka price kitna hai')).toBe('amount');
    expect(expectedType('winter cup me kitne teams register kar sakte')).toBe('number');
    expect(expectedType('server ka owner kaun hai')).toBe('name');
    expect(expectedType('workshop kahan hoga?')).toBe('name');
    expect(expectedType('lab kidhar hai bhai')).toBe('name');
  });

  it('reads an amount from figures or a magnitude, not from a count in words or a bare year', () => {
    expect(expectedType('How much is the budget?')).toBe('amount');
    expect(expectedType('How many councillors voted?')).toBe('number');
    for (const amount of ['The budget totals €148.6 million.', 'It costs $1500.', 'Prices rose by half.', 'It costs ten euros.', 'The fine is 1500 euros.', 'Permits are free.', 'Tax rises 3.2 per cent.', 'Shipping is free over $60.', 'We offer free shipping.', 'Entry is free for members.', 'Shoebox is a free and open-source photo app.', "It's a free account.", 'Free for members.', 'The workshop is FREE.', 'Admission: Free', 'Children under 12: Free', 'Kids get in Free!', 'Entry is Free for members.'])
      expect(statesType(amount, 'amount', new Set()), amount).toBe(true);
    for (const none of ['Two councillors opposed it.', 'The council passed its 2027 budget after a four-hour debate.', 'Tickets are sold in Hall 2.', 'Meet at 12 Mill Lane on 10 December.', 'COVID-19 cases rose.', 'MVP+ gives 12 homes and a free crate key every month.', 'Boosters get an extra entry and a free role colour.', 'Stridely has three plans: Free, Plus and Family.', 'The Free plan keeps one connected device.', 'Plans: Free, Plus and Family.', 'Three plans: Plus, Family and Free.', 'The plans are Free, Plus and Family.', 'Upgrade from its Free plan.', 'You can switch back to Free.'])
      expect(statesType(none, 'amount', new Set()), none).toBe(false);
    expect(statesType('Two councillors opposed it.', 'number', new Set())).toBe(true);
  });
  it('reads a German price question as asking an amount, and a price written with the sign after it as one', () => {
    for (const question of ['Was kostet das Essen in der Mensa?', 'Wie teuer ist die Mensa?', 'Wie viel kostet ein Kaffee?', 'Wieviel zahlen Gäste?', 'Welche Gebühr fällt an?', 'Wie hoch ist die Säumnisgebuehr?', 'Wie hoch ist der Semesterbeitrag?'])
      expect(expectedType(question, 'de'), question).toBe('amount');
    // Not every "wie hoch" or "wie viele" asks a price.
    expect(expectedType('Wie hoch ist der Turm?', 'de')).toBe('number');
    expect(expectedType('Wie viele Bücher kann ich ausleihen?', 'de')).toBe('number');
    expect(statesType('Das Tagesgericht kostet für Studierende 2,90 €.', 'amount', new Set(), 'de')).toBe(true);
    expect(statesType('Die Miete stieg um 20 Prozent.', 'amount', new Set(), 'de')).toBe(true);
    expect(statesType('Die Preise hängen vom Gericht ab.', 'amount', new Set(), 'de')).toBe(false);
  });
  it('reads Brazilian Portuguese price, time and count questions as members type them', () => {
    for (const question of ['quanto custa o vip', 'qnt custa o vip?', 'qual o valor do vip ouro', 'quanto que custa o vip', 'o vip custa quanto', 'qnto custa', 'quanto tá o vip']) expect(expectedType(question, 'pt'), question).toBe('amount');
    for (const question of ['que horas é o concurso de build', 'que hora começa']) expect(expectedType(question, 'pt'), question).toBe('time');
    for (const question of ['qnd começa o evento de natal', 'qual o horário do evento', 'qdo abre a wl', 'qndo é o evento']) expect(expectedType(question, 'pt'), question).toBe('date');
    for (const question of ['qnt de ram preciso pro modpack', 'quantas homes eu tenho', 'quanto é o limite de homes', 'qntas vagas tem', 'qtas facções existem']) expect(expectedType(question, 'pt'), question).toBe('number');
    expect(expectedType('qm é o dono do server', 'pt')).toBe('name');
    expect(statesType('O VIP Bronze custa R$ 19,90 por mês.', 'amount', new Set(), 'pt')).toBe(true);
  });

  it('reads Portuguese "quem", Italian "quando" and French "quand" as asking, but where they join a clause inside the question', () => {
    const cases: [string, string, string | null][] = [
      ['pt', 'Quem puxa o rolê de street de quinta?', 'name'],
      ['pt', 'o prêmio é para quem?', 'name'],
      ['pt', 'para quem é o prêmio?', 'name'],
      ['pt', 'o organizador é quem mesmo?', 'name'],
      ['pt', 'No campeonato, quem faz as inscrições?', 'name'],
      ['pt', 'Oi, tudo bem? Quem organiza?', 'name'],
      ['pt', '🙂 qm é o dono do server', 'name'],
      ['pt', 'falo com quem pra pegar a chave?', 'name'],
      ['it', 'Quando è la cena di Natale?', 'date'],
      ['it', 'La cena di Natale quando è?', 'date'],
      ['it', 'il corso quando inizia?', 'date'],
      ['it', 'le iscrizioni quando sono?', 'date'],
      ['it', 'la cena è quando esattamente?', 'date'],
      ['it', 'Ho una domanda. quando è la cena?', 'date'],
      ['it', '🎄 quando è la cena?', 'date'],
      ['fr', 'Quand est le tournoi ?', 'date'],
      ['fr', 'le tournoi commence quand ? 🤔', 'date'],
      ['fr', "Et le tournoi, quand est-ce qu'il commence ?", 'date'],
      ['fr', 'Savez-vous quand ça ouvre ?', 'date'],
      // Inside a clause they join it: "for those who have none", "when I rent the kitchen", "when I like" (two
      // trials' questions, answered with a shop's name and the opening hours); "quand même" is "anyway".
      ['pt', 'O coletivo empresta skate para quem não tem?', null],
      ['pt', 'As sessões são só para quem é associado?', null],
      ['it', 'posso portarmi il mio forno x la pizza quando affitto la cucina?', null],
      ['fr', 'Je peux venir quand je veux ?', null],
      ['fr', "C'est quand même possible de venir sans réserver ?", null],
      // Portuguese "quando" is read anywhere still, and "onde", Italian "dove" ask no name (see otherPatternsMade's pt).
      ['pt', 'A Fibra Vale dá desconto quando fico sem internet?', 'date'],
      ['pt', 'Onde abro um ticket?', null],
      ['it', 'Dove si fa la cena di Natale?', null],
    ];
    for (const [lang, question, type] of cases) expect(expectedType(question, lang), question).toBe(type);
  });

  it('reads Spanish price, time, count, name and place questions as members type them, accents left out', () => {
    for (const question of ['cuanto cuesta la entrada a la lan', 'cuánto sale el pase pro', 'cuanto gana el campeon', 'la inscripción sale cuánto', 'q precio tiene', 'cual es el precio del pase']) expect(expectedType(question, 'es'), question).toBe('amount');
    for (const question of ['cuando es la lan', 'que dia es la final', 'y cuando abre el check in']) expect(expectedType(question, 'es'), question).toBe('date');
    for (const question of ['a q hora arranca el torneo', 'a que hora es la final', '¿A qué hora abre?']) expect(expectedType(question, 'es'), question).toBe('time');
    for (const question of ['cuantos puntos da ganar un torneo', 'cuántos jugadores por equipo']) expect(expectedType(question, 'es'), question).toBe('number');
    for (const question of ['quien gano la final', 'donde es la lan', 'dónde queda el recinto']) expect(expectedType(question, 'es'), question).toBe('name');
    for (const question of ['¿donde es la lan?', '¿quien es el admin?']) expect(expectedType(question, 'es'), question).toBe('name');
    expect(expectedType('¿cuando empieza?', 'es')).toBe('date');
    expect(expectedType('en cuanto tiempo llega el pedido', 'es')).toBe('number');
    // Not a conjunction or a relative pronoun within the question, nor "en cuanto a" (as for).
    for (const question of ['que pasa cuando no llego', 'en cuanto a las reglas, se puede pausar', 'el equipo donde juego puede pausar']) expect(expectedType(question, 'es'), question).toBeNull();
  });

  it('reads a figure with an ISO currency code after it as an amount, not a code before a figure', () => {
    expect(statesType('La entrada general cuesta 350 MXN.', 'amount', new Set(), 'es')).toBe(true);
    expect(statesType('Cuesta 19.900 COP al mes en Colombia.', 'amount', new Set(), 'es')).toBe(true);
    expect(statesType('Son 5 dólares al mes.', 'amount', new Set(), 'es')).toBe(true);
    expect(statesType('The site runs on PHP 8 with 2 workers.', 'amount', new Set())).toBe(false);
    for (const sentence of ['Buy 2 AMD cards.', 'It needs Laravel 10 PHP 8.', 'Open the 3 CAD files.']) expect(statesType(sentence, 'amount', new Set()), sentence).toBe(false);
  });

  it('reads French price and time questions as members type them, and a time or a day of a month written the French way', () => {
    for (const question of ['Combien coûte la cyclo ?', 'combien coute la cyclo des volcans', "c'est combien l'adhésion", 'ca coute combien ?', 'Quel est le prix du grand parcours ?', 'quels tarifs pour les ateliers ?'])
      expect(expectedType(question, 'fr'), question).toBe('amount');
    for (const question of ['À quelle heure part le grand parcours ?', 'a quelle heure faut passer au col ?']) expect(expectedType(question, 'fr'), question).toBe('time');
    for (const question of ["qd est ce qu'on recupere les dossards ?", "la cyclo c'est quel jour cette annee", 'En quelle année le club a-t-il été fondé ?'])
      expect(expectedType(question, 'fr'), question).toBe('date');
    expect(expectedType('Combien de places reste-t-il ?', 'fr')).toBe('number');
    // Typed without the apostrophe.
    expect(expectedType('cest combien le pass', 'fr')).toBe('amount');
    // "Est à combien" asks a speed, a limit or a count as often as a price: no price.
    for (const question of ['la vitesse sur le chemin est à combien ?', "la limite d'otages est a combien", 'On est à combien ?', "à combien est-ce qu'on peut venir ?"]) expect(expectedType(question, 'fr'), question).toBe('number');
    expect(expectedType('les anges gardiens cest qui', 'fr')).toBe('name');
    // "où" asks a place, which an event's page writes as often without a capital ("au km 35") as with one.
    expect(expectedType('où sont les ravitaillements ?', 'fr')).toBeNull();
    for (const sentence of ['Départ à 7 h 30 du Mont-Dore.', 'Ouvert de 14h à 18h45.', 'Retrait des dossards le 12 juin.', "L'adhésion court du 1er septembre au 31 août.", 'Les portes ouvrent dès 8 h.'])
      expect(statesType(sentence, 'date', new Set(), 'fr'), sentence).toBe(true);
    for (const sentence of ['Le club roule le dimanche.', 'La montée fait 8 km à 7 %.', 'Le parcours compte 3 heures de montée.', 'La montée dure 2 h.', 'Comptez 3 h de route.', 'Ouvert 24 h sur 24.', 'Il a gagné en 3 h 12 min.'])
      expect(statesType(sentence, 'date', new Set(), 'fr'), sentence).toBe(false);
    // A distance or a prize is no price.
    for (const question of ["c'est combien de km le grand parcours ?", 'Quel prix Nobel a-t-il reçu ?'])
      expect(expectedType(question, 'fr'), question).not.toBe('amount');
    expect(expectedType('quel prix pour le grand parcours ?', 'fr')).toBe('amount');
  });
  it('reads a count written out in the sentence\'s language, or in another script\'s digits', () => {
    expect(statesType('وتمتد الغابة عبر تسع دول.', 'number', new Set(), 'ar')).toBe(true);
    expect(statesType('Der Wald erstreckt sich über neun Länder.', 'number', new Set(), 'de')).toBe(true);
    expect(statesType('Der Wald erstreckt sich über viele Länder.', 'number', new Set(), 'de')).toBe(false);
    expect(statesType('जंगल ९ देशों में फैला है।', 'number', new Set(), 'hi')).toBe(true);
    // "one" is each language's indefinite article, and a number word the question holds is no answer.
    expect(statesType('Ein Wald in Brasilien.', 'number', new Set(), 'de')).toBe(false);
    expect(statesType('Neun Länder teilen ihn.', 'number', new Set(['neun']), 'de')).toBe(false);
  });
  it('reads no name in a month\'s or weekday\'s capital', () => {
    expect(statesType('Polling day is Thursday 10 December.', 'name', new Set())).toBe(false);
    expect(statesType('The vote is on Monday’s agenda.', 'name', new Set())).toBe(false);
    expect(statesType('Polling day is Thursday, says Grace Lim.', 'name', new Set())).toBe(true);
  });
  it('reads no name in a code\'s capital letters ("A3", "H21", "COVID-19")', () => {
    expect(statesType('Ja, notarkivarien kan kopiera dina noter i A3.', 'name', new Set(), 'sv')).toBe(false);
    expect(statesType('Both the H21 and G15 classes start at ten.', 'name', new Set())).toBe(false);
    expect(statesType('Masks against COVID-19 are handed out.', 'name', new Set())).toBe(false);
    expect(statesType('Körens notarkivarie heter Gunnar Ek.', 'name', new Set(), 'sv')).toBe(true);
    // A footnote's mark is no code's figure.
    expect(statesType('The choir was founded by Gunnar Ek¹ in 1987.', 'name', new Set())).toBe(true);
  });
  it('finds a name whose capital is not ASCII', () => {
    expect(statesType('Компанию основал Пётр Иванов в городе.', 'name', new Set())).toBe(true);
    expect(statesType('The shop was founded by Ömer Şahin.', 'name', new Set())).toBe(true);
  });
});

describe('opensAskingWho', () => {
  it('reads a German or Hungarian question opening on "who" that asks no name', () => {
    expect(openingType('Wer darf beim Abschlussrennen mitfahren?', 'de')).toBeNull();
    expect(opensAskingWho('Wer darf beim Abschlussrennen mitfahren?', 'de')).toBe(true);
    expect(opensAskingWho('„Wem gehört die Hütte?“', 'de')).toBe(true);
    expect(opensAskingWho('Kik indulhatnak a versenyen?', 'hu')).toBe(true);
    // Further in, a clause's; a word that begins so, another word; Hungarian's verb prefix "ki" ("Ki lehet
    // cserélni…", can it be exchanged) and chat's "wen" for "wenn" (a review).
    expect(opensAskingWho('Wann weiß ich, wer mitfahren darf?', 'de')).toBe(false);
    expect(opensAskingWho('Ki lehet cserélni a jegyet?', 'hu')).toBe(false);
    expect(opensAskingWho('Wen ich kündige, was passiert?', 'de')).toBe(false);
    expect(opensAskingWho('Werden die Startnummern verlost?', 'de')).toBe(false);
    expect(opensAskingWho('Who may enter?', 'en')).toBe(false);
  });
});

describe('openingType', () => {
  it('reads the kind of fact a question opens by asking for', () => {
    expect(openingType('Who leads the Carlow park project 32?')).toBe('name');
    expect(openingType('How much will the park cost?')).toBe('amount');
    expect(openingType('In what year did it open?')).toBe('date');
    expect(openingType('¿Cuándo abre?', 'es')).toBe('date');
    expect(openingType('Wie viele Menschen kamen?', 'de')).toBe('number');
  });

  it('ignores a question word further in, which is usually a clause\'s', () => {
    expect(openingType('What happens to my account when I die?')).toBeNull();
    expect(openingType('How can I find out when I subscribed?')).toBeNull();
    expect(openingType('Why is the company calling for a pause?')).toBeNull();
    expect(openingType('When gmail sends my mails to the archive, what does it mean?')).toBeNull();
    expect(openingType("When's the library open?")).toBe('date');
    expect(openingType('When’s the library open?')).toBe('date');
    expect(openingType('“When does it open?”')).toBe('date');
    expect(openingType('Where do my emails go when I archive them?')).toBe('name');
    expect(openingType('Can I see how many votes there were?')).toBeNull();
  });
});

describe('expectedType of English questions', () => {
  it('reads "when" that opens the question or a sentence of it, after a greeting, or after a verb of asking', () => {
    for (const q of ['Hi! When did the company call for a pause?', 'So when did it happen?', 'Do you know when the company called?', '“When did it open?”', 'Quick question: when does it ship?', 'Any idea when it ships?', 'How and when did it start?'])
      expect(expectedType(q), q).toBe('date');
    expect(expectedType('What is it called when it rains?')).toBeNull();
    expect(expectedType('How old was he when he played?')).toBe('number');
  });

  it('skips an opening "when" or "where" clause up to its comma', () => {
    expect(expectedType('When I move house, who do I tell?')).toBe('name');
    expect(expectedType('When gmail archives my mails, what does it mean?')).toBeNull();
    expect(expectedType('When does it open, and where?')).toBe('date');
  });

  it('asks for an amount with "how much", "how expensive" and a price or cost, not for a duration', () => {
    for (const q of ['How much is it?', 'What is the price of Tidy?', "What's the cost of a permit?", 'What does a permit cost?', 'How expensive is it?'])
      expect(expectedType(q), q).toBe('amount');
    expect(expectedType('How much longer will it take?')).toBe('number');
  });

  it('asks for a measure, not a price, with "how much" and memory, storage, notice or a game\'s points', () => {
    for (const q of ['How much RAM does a dedicated server need?', 'how much storage space do i need', 'How much notice do I have to give?', 'how much xp for level 10', 'How much memory does it use?'])
      expect(expectedType(q), q).toBe('number');
    for (const q of ['how much is the game rn', 'How much for a day pass?', 'how much do members pay', 'how much money do i need', 'how much luggage fee', 'how much data plan cost', 'how much room rent'])
      expect(expectedType(q), q).toBe('amount');
  });
});

describe('numberValue', () => {
  it('reads a Turkish ordinal as the figure a question writes it with ("10. serisi" of "Onuncu seri")', () => {
    const value = (word: string) => numberValue(word, 'tr');
    expect(looseMatches(['10'], [['dokuzuncu', 've', 'onuncu', 'doktorların'], ['yeni', 'seri']], value)).toEqual([[0], []]);
  });

  it('reads a figure, and a count word of the language, as the number it writes', () => {
    expect(numberValue('nine')).toBe('9');
    expect(numberValue('9')).toBe('9');
    expect(numberValue('09')).toBe('9');
    expect(numberValue('twenty')).toBe('20');
    expect(numberValue('fifty')).toBe('50');
    expect(numberValue('1967', 'de')).toBe('1967');
    expect(numberValue('neun', 'de')).toBe('9');
    expect(numberValue('двух', 'ru')).toBe('2');
    // Russian words reach it with "ё" read as "е" (see languages.ts's russianYo).
    expect(numberValue('четырех', 'ru')).toBe('4');
    expect(numberValue('onuncu', 'tr')).toBe('10');
    expect(numberValue('τρεις', 'el')).toBe('3');
    expect(numberValue('पाँच', 'hi')).toBe('5');
  });

  it('reads a decade, with or without its century, as its tens (see decadeValue)', () => {
    expect(numberValue('1970s')).toBe('70s');
    expect(numberValue('70s')).toBe('70s');
    expect(numberValue('1970er', 'de')).toBe('70s');
    expect(numberValue('1975s')).toBeNull();
  });

  it("reads no number in another word, nor in another language's count words, nor in another language's 'one'", () => {
    expect(numberValue('nineteenth')).toBeNull();
    expect(numberValue('once')).toBeNull();
    expect(numberValue('3rd')).toBeNull();
    expect(numberValue('nine', 'de')).toBeNull();
    expect(numberValue('neun')).toBeNull();
    expect(numberValue('ein', 'de')).toBeNull();
    expect(numberValue('uno', 'es')).toBeNull();
    expect(numberValue('nine', 'zh')).toBeNull();
  });
});

describe('sameKind', () => {
  it('lets an amount and a number answer each other, and nothing else', () => {
    expect(sameKind('amount', 'number')).toBe(true);
    expect(sameKind('date', 'date')).toBe(true);
    expect(sameKind('date', 'number')).toBe(false);
    expect(sameKind('name', 'amount')).toBe(false);
  });
});

describe('asksWhether', () => {
  it.each([
    ['en', 'Is the IP 94.130.52.18?', true],
    ['en', 'does version 3.4.1 fix the map?', true],
    ['en', "Can't I pay by card?", true],
    ['en', '“Do I need BetterStorage 2.4?”', true],
    ['en', 'Which flights leave from Terminal 4?', false],
    ['en', 'Island hopping: how far is it?', false],
    ['en', 'Who can join?', false],
    ['pt', 'tem pvp no server?', true],
    ['pt', 'o servidor aceita pirata', true],
    ['pt', 'qual o ip do servidor?', false],
    ['pt', 'como q entra no bedrock', false],
    ['es', 'hay wifi en la lan', true],
    ['es', 'se puede fumar en la sede?', true],
    ['es', 'che cuanto sale el pase en argentina', false],
    ['es', 'donde es la lan', false],
    ['es', '¿Por qué no me han pagado?', false],
    ['es', 'pierdo el lugar si llego cuando ya cerró el check-in?', true],
    ['zh', '北京有聚会吗？', true],
    ['zh', '聚會有沒有直播', true],
    ['zh', '聚会在哪里', false],
    // Cantonese: "A唔A", "有冇", "係咪" ask whether; "幾時" when (a Hong Kong housing estate's trial).
    ['zh', '穿梭巴士去唔去機場？', true],
    ['zh', '停車場有冇單車位？', true],
    ['zh', '搭shuttle帶貓得唔得', true],
    ['zh', '維修基金係咪都會跟住加？', true],
    ['zh', '管理費幾時要交㗎', false],
    ['zh', '會所有無得泊車', true],
    ['zh', '泳池開咗未', true],
    ['zh', '有无数人排队', false],
    // Taiwan's chat: "ㄇ" for 嗎 (a food-delivery app's trial, round AS).
    ['zh', '悠游卡可以付款ㄇ', true],
    ['ru', 'есть ли бедрок версия', true],
    ['ru', 'можно играть на маке?', true],
    ['ru', 'скока стоит вип', false],
    ['ru', 'как зайти на сервер', false],
    ['uk', 'чи є вайп', true],
    ['uk', 'коли вайп', false],
    ['es', '¿donde es la lan?', false],
    ['es', 'a q hora empieza', false],
    ['es', 'y cuando empieza', false],
    ['es', 'en cuanto tiempo llega el pedido', false],
    ['pt', 'qnts slots tem o server', false],
    ['zh', '你知道什么时候开始吗', false],
    ['zh', '支不支持 MySQL', true],
    ['zh', '是否支持退款', true],
    ['zh', '能退款吗？！', true],
    ['zh', '能退款吗~', true],
    ['zh', '这个按钮干嘛', false],
    ['zh', '聚会会讲什么', false],
    ['zh', '能退款么', true],
    ['nl', 'is er wifi in de appartementen', true],
    ['nl', 'Mag je roken in de kelder?', true],
    ['nl', 'kan ik mijn account verwijderen', true],
    ['nl', 'gaat de contributie omhoog', true],
    ['nl', 'wanneer is de alv', false],
    ['nl', 'hoe kan ik betalen', false],
    ['nl', 'kan ik vragen wanneer de bus vertrekt', false],
    ['nl', 'kantine open?', false],
    ['sv', 'finns det gym i huset', true],
    ['sv', 'får man borra på söndagar', true],
    ['sv', 'ingår kabel-tv i avgiften?', true],
    ['sv', 'är det någon som vet när årsmötet är', false],
    ['sv', 'vad kostar en garageplats', false],
    ['da', 'er der åbent på søndag', true],
    ['da', 'må man klatre barfodet', true],
    ['da', 'kan man leje en hjelm', true],
    ['da', 'er der nogen der ved hvornår kurset starter', false],
    ['da', 'hvad koster et klippekort', false],
    // A yes/no frame around a question word asks for a fact ("does anyone know what it costs").
    ['da', 'er der nogen der ved hvad det koster', false],
    ['sv', 'är det någon som vet hur man bokar tvättstugan', false],
    ['nl', 'is er iemand die weet wat de skireis kost', false],
    ['no', 'finnes det garderobeskap', true],
    ['no', 'er det noen som vet hva det koster', false],
    ['fi', 'onko lanissa saunaa', true],
    ['fi', 'voiko lipun siirtää kaverille', true],
    ['fi', 'onks servuil salasanaa', true],
    ['fi', 'verkko ei toimi', false],
    ['fi', 'voiko joku kertoa milloin cup on', false],
    ['hu', 'Lehet-e éves előfizetést venni a VIP-re?', true],
    ['hu', 'van spawn védelem?', true],
    ['hu', 'Szabad-e más nyelven írni a chatben?', true],
    ['hu', 'van vki aki tudja mikor lesz event', false],
    ['hu', 'a pvp ki van kapcsolva', false],
    ['hu', 'Ki van kapcsolva a PvP?', true],
  ])('reads a %s yes/no question: %j is %s', (lang, question, expected) => {
    expect(asksWhether(question, lang)).toBe(expected);
  });

  it('reads only the languages it knows the yes-or-no questions of', () => {
    expect(asksWhether('Is the IP 94.130.52.18?', 'lt')).toBe(false);
    expect(asksWhether('Gibt es Wifi?', 'lt')).toBe(false);
    expect(asksWhether('Czy jest wifi?', 'lt')).toBe(false);
  });
});

describe('Greek questions as members type them', () => {
  it('reads the time, price, count, place and date questions Greek members type, with or without accents and in Greeklish', () => {
    const asked: [string, string | null][] = [
      ['Τι ώρα ξεκινάει το τουρνουά;', 'time'],
      ['τι ωρα ανοιγει το lan', 'time'],
      ['ti wra ksekinaei to tournoua', 'time'],
      ['Πόσο κοστίζει το VIP;', 'amount'],
      ['ποσο κανει η εισοδος', 'amount'],
      ['poso kostizei to vip', 'amount'],
      ['Πόσοι παίκτες χωράνε;', 'number'],
      ['posa atoma xwrane', 'number'],
      ['Πού γίνεται το LAN party;', 'name'],
      ['που γινεται το lan', 'name'],
      ['pou ginetai to lan party', 'name'],
      ['ποτε ειναι το τουρνουα', 'date'],
      ['pote einai to tournoua', 'date'],
      ['Ποιο κύριο χαρακτηριστικό έχει;', null],
      ['Είναι ο server που έπεσε;', null],
    ];
    for (const [question, type] of asked) expect(expectedType(question, 'el'), question).toBe(type);
  });
});

describe('an amount in a currency written after its figure', () => {
  it('finds prices in crowns and millions, dong, baht, lira and riyal, and shares in each language\'s word for per cent, not a currency named without a figure', () => {
    const stated: [string, string, boolean][] = [
      ['Depositionen på 1 000 kronor betalas med Swish.', 'sv', true],
      ['Una stampa a colori costa 15 centesimi.', 'it', true],
      ['Una fotocopia cuesta 50 céntimos.', 'es', true],
      ['A taxa é de 50 centavos.', 'pt', true],
      ['La photocopie coûte 20 centimes.', 'fr', true],
      ['Le centime est une pièce.', 'fr', false],
      ['Styrelsen föreslår att byta alla fönster till en kostnad av cirka 3,2 miljoner kronor.', 'sv', true],
      ['Medlemskontingentet er 395 kroner om måneden.', 'da', true],
      ['En enkeltbillet koster 130 kr. for voksne.', 'da', true],
      ['Medlemskontingenten er 650 kroner i året.', 'no', true],
      ['Kronor och kroner är valutor.', 'sv', false],
      ['Gói VIP giá 99.000đ một tháng.', 'vi', true],
      ['ราคาบัตร 1,000 บาท', 'th', true],
      ['VIP üyelik aylık 89 TL.', 'tr', true],
      ['السعر 60 ريال في الشهر', 'ar', true],
      ['Från den 1 januari höjs månadsavgiften med 4 procent.', 'sv', true],
      ['Kontingenten øker med 3 prosent.', 'no', true],
      ['La cuota sube un 5 por ciento.', 'es', true],
      ['Цены выросли на 5 процентов.', 'ru', true],
      // A magnitude's or currency's letters end where a letter of any script follows, not only an ASCII one:
      // "12 måneder" is no 12 million, "2 kö" no 2 thousand.
      ['Du kan søge orlov fra dit medlemskab i op til 12 måneder.', 'da', false],
      ['Terminen är 4 månader lång.', 'sv', false],
      ['Det finns 2 köer till kassan.', 'sv', false],
      ['Der Verein hat 12 Männer und 9 Frauen.', 'de', false],
      ['Die Blüten sind schön.', 'de', false],
      // A figure typed against a word of a script written without spaces still opens an amount.
      ['入会費1,000円が別にかかります。', 'ja', true],
      ['Budgeten är 3 m kronor.', 'sv', true],
    ];
    for (const [sentence, lang, states] of stated) expect(statesType(sentence, 'amount', new Set(), lang), sentence).toBe(states);
    // Nor does an English count word inside another language's word ("ten" of "Blüten", "Tüten").
    for (const sentence of ['Die Blüten sind schön.', 'Bring eigene Tüten mit.']) expect(statesType(sentence, 'number', new Set(), 'de'), sentence).toBe(false);
    expect(statesType('We have ten tables.', 'number', new Set())).toBe(true);
  });
});

describe('a time of day', () => {
  it('reads "what time", "hoe laat", "a qué hora" as asking a time of day, but not a time zone, period or time of year', () => {
    const asked: [string, string, string | null][] = [
      ['en', 'what time do the polls close', 'time'],
      ['en', 'At what time does the ferry leave?', 'time'],
      ['en', 'what time zone are match times shown in', 'date'],
      ['en', 'what time of year is best for the festival', 'date'],
      ['en', 'when do the polls close', 'date'],
      ['nl', 'hoe laat vertrekt de bus', 'time'],
      ['nl', 'hoe laat ik mijn fiets repareren', null],
      ['sv', 'hur dags börjar stämman', 'time'],
      ['da', 'hvad tid åbner hallen', 'time'],
      ['no', 'hva tid er barnetreningen', 'time'],
      ['de', 'um wie viel uhr beginnt die versammlung', 'time'],
      ['el', 'posa kanei to eisitirio', 'amount'],
      ['el', 'πόσα κάνει το εισιτήριο', 'amount'],
      ['pl', 'o której startuje event', 'time'],
      ['id', 'playoff hari minggu jam berapa', 'time'],
      ['id', 'lapangan per jam berapa?', 'amount'],
      ['id', 'per jam berapa kak', 'amount'],
      ['id', 'sewa lapangan perjam berapa', 'amount'],
      ['id', 'per tim berapa orang?', 'number'],
      ['id', 'sewa lapangan per jam berapa ya kak?', 'amount'],
      ['ru', 'во сколько разминка', 'time'],
      ['ru', 'во сколько летом открывается клуб', 'time'],
      ['uk', 'о котрій починаються заняття', 'time'],
      ['uk', 'з котрої години відкрита будівля', 'time'],
      ['uk', 'коли починаються заняття', 'date'],
      ['ru', 'во сколько начинается турнир', 'time'],
      ['ru', 'в котором часу сбор', 'time'],
      ['ru', 'во сколько раз больше очков', 'number'],
      ['ru', 'со скольки лет можно играть', 'number'],
      ['id', 'jam berapa turnamennya mulai', 'time'],
      ['tr', 'ilk maç saat kaçta', 'time'],
      ['ko', '몇 시에 시작해요', 'time'],
      ['ko', '몇 시간 걸려요', 'number'],
    ];
    for (const [lang, question, type] of asked) expect(expectedType(question, lang), question).toBe(type);
  });

  it('finds a time of day in a clock\'s figures, "am" and "pm", "kl. 19" and each language\'s words, not in a price, a decimal, a year or a day', () => {
    const stated: [string, string, boolean][] = [
      ['The main burst at about 3.20am on Monday.', 'en', true],
      ['Polling stations will be open from 7am to 10pm.', 'en', true],
      ['Matches start at 8:00 p.m. Eastern Time.', 'en', true],
      ['The fireworks start at midnight.', 'en', true],
      ['This main was laid in the 1870s.', 'en', false],
      ['An adult return will rise from £14.50 to £16.80.', 'en', false],
      ['The average was 2.505 goals a game.', 'en', false],
      ['Polling day is Thursday 11 June.', 'en', false],
      ['Stämman börjar kl. 18.30 i föreningslokalen.', 'sv', true],
      ['Kallelsen skickas ut senast den 23 april.', 'sv', false],
      ['De bus vertrekt om 20 uur.', 'nl', true],
      ['Die Versammlung beginnt um 19 Uhr.', 'de', true],
      ['El torneo empieza a las 19 hora de Madrid.', 'es', true],
      ['Le départ est à 8 h.', 'fr', true],
      ['Il check-in apre alle 21.', 'it', true],
      ['Turniej zaczyna się o 18.', 'pl', true],
      ['Turnamen mulai pukul 19.', 'id', true],
      ['比赛晚上8点开始。', 'zh', true],
      ['오후 8시에 시작합니다.', 'ko', true],
    ];
    for (const [sentence, lang, states] of stated) expect(statesType(sentence, 'time', new Set(), lang), sentence).toBe(states);
  });

  it('answers a time question with a date and a date question with a time: the two are one kind', () => {
    expect(sameKind('time', 'date')).toBe(true);
    expect(sameKind('date', 'time')).toBe(true);
    expect(sameKind('time', 'number')).toBe(false);
  });
});

describe('Chinese in both scripts and Japanese', () => {
  it('reads a Traditional question word as its Simplified form', () => {
    const asked: [string, string | null][] = [
      ['聖誕節活動幾號開始？', 'date'],
      ['跨年直播是幾點？', 'time'],
      ['春節活動什麼時候開始？', 'date'],
      ['圣诞活动什么时候开始？', 'date'],
      ['跨年直播是几点？', 'time'],
      ['違規幾次會被永久封鎖？', 'number'],
      ['３３０鑽石多少錢？', 'amount'],
      ['幾乎所有人都能玩嗎？', null],
      ['可以綁定 Twitter 帳號嗎？', null],
    ];
    for (const [question, type] of asked) expect(expectedType(question, 'zh'), question).toBe(type);
  });

  it('reads Chinese question words as members type them: 啥时候, 多久, 多长时间, 多大, 多少钱', () => {
    const asked: [string, string | null][] = [
      ['作品啥时候交', 'date'],
      ['升级要多久', 'number'],
      ['10万张照片迁移要多长时间', 'number'],
      ['开人脸识别要多大内存', 'number'],
      ['杰克逊维尔离迈阿密有多远?', 'number'],
      ['拾光云多少钱', 'amount'],
      ['专业版的价格是多少？', 'amount'],
      ['温室效应多大程度上要归咎于二氧化碳？', null],
      ['这个多少块', 'amount'],
      ['月卡多少美金', 'amount'],
      ['有很多长期会员吗', null],
      ['怎么开启多重验证', null],
      ['神秘博士多久独自旅行一次？', null],
    ];
    for (const [question, type] of asked) expect(expectedType(question, 'zh'), question).toBe(type);
  });

  it('reads Cantonese question words as Hong Kong members type them: 幾時, 幾點, 幾多錢, 幾錢, 幾多, 邊個, 邊位', () => {
    const asked: [string, string | null][] = [
      ['管理費幾時要交㗎', 'date'],
      ['club house幾點開門', 'time'],
      ['訪客泊車幾多錢？', 'amount'],
      ['掉大件垃圾几钱一件', 'amount'],
      ['會所有幾多個羽毛球場', 'number'],
      ['會所經理係邊位？', 'name'],
      ['邊個負責收管理費', 'name'],
      ['點樣申請月租車位', null],
      // Mandarin's "边" of a side: "旁边位置" (side seats), "这边个人信息" (personal data here).
      ['旁边位置还有空吗', null],
      ['这边个人信息怎么修改？', null],
    ];
    for (const [question, type] of asked) expect(expectedType(question, 'zh'), question).toBe(type);
  });

  it('reads a count in Chinese numerals before a measure word as a number, and a price in 元 as an amount', () => {
    for (const sentence of ['北美大陆战争历时六年。', '需要两个小时。', '共有三百名队员。', '10 万张照片大约需要 15 分钟。']) {
      expect(statesType(sentence, 'number', new Set(), 'zh'), sentence).toBe(true);
    }
    for (const sentence of ['有一些问题。', '一个应用只能连接一个服务器。', '万一失败了，请联系我们。']) {
      expect(statesType(sentence, 'number', new Set(), 'zh'), sentence).toBe(false);
    }
    expect(statesType('基础版每年 98 元。', 'amount', new Set(), 'zh')).toBe(true);
  });

  it('reads "谁" and "哪位" as asking a name, stated by a foreign name written with an interpunct', () => {
    expect(expectedType('谁设计了美国广播公司1998年的新平面设计？', 'zh')).toBe('name');
    expect(expectedType('哪位黑豹队后卫在第三档进攻中被判拉人？', 'zh')).toBe('name');
    expect(expectedType('誰負責新建築工程？', 'zh')).toBe('name');
    expect(expectedType('美国广播公司的新平面设计是什么？', 'zh')).toBeNull();
    expect(expectedType('谁知道怎么退款？', 'zh')).toBeNull();
    for (const question of ['谁能告诉我怎么退款', '谁可以帮我看看']) expect(expectedType(question, 'zh'), question).toBeNull();
    expect(expectedType('有谁用过这个插件吗？', 'zh')).toBeNull();
    for (const sentence of ['新的平面设计由皮塔德·沙利文完成。', '市长W·海顿·伯恩斯负责新建筑工程。', '指挥官约瑟夫•库隆•德•朱蒙维尔被杀。']) {
      expect(statesType(sentence, 'name', new Set(), 'zh'), sentence).toBe(true);
    }
    for (const sentence of ['美国广播公司在1998年推出了新的平面设计。', 'ABC 推出了新的平面设计。']) {
      expect(statesType(sentence, 'name', new Set(), 'zh'), sentence).toBe(false);
    }
  });

  it('reads no number in a figure written on a Latin letter: a version or a name', () => {
    expect(statesType('从 v1.100 以前的版本升级，需要先升级到 v1.100。', 'number', new Set(), 'zh')).toBe(false);
    expect(statesType('Upgrade to v1.108 first; it plays mp3 files.', 'number', new Set())).toBe(false);
    expect(statesType('Version 2 plays 3 formats.', 'number', new Set())).toBe(true);
  });

  it('reads Japanese question words: when, what time, how many, how much (a price)', () => {
    const asked: [string, string | null][] = [
      ['イベントいつ?', 'date'],
      ['エントリーの締め切りはいつですか？', 'date'],
      ['メンテナンスは何時に終わりますか？', 'time'],
      ['コラボは何日まで？', 'date'],
      ['クリエイターの条件は登録者何人？', 'number'],
      ['大会に出るには何レベル必要？', 'number'],
      ['メンテは何時間かかる？', 'number'],
      ['330ダイヤはいくら？', 'amount'],
      ['メンバーシップの値段おしえて', 'amount'],
      ['いつもラグがあるのはなぜ？', null],
      ['ログインボーナスで何がもらえますか？', null],
    ];
    for (const [question, type] of asked) expect(expectedType(question, 'ja'), question).toBe(type);
    expect(openingType('いつまでですか？', 'ja')).toBe('date');
  });

  it('reads Chinese and Japanese dates and times as dates, in the sentence\'s language only', () => {
    for (const [sentence, lang] of [
      ['エントリー期間は2027年1月10日から1月20日までです。', 'ja'],
      ['12月10日の14:00から18:00まで定期メンテナンスを行います。', 'ja'],
      ['毎週水曜日に更新します。', 'ja'],
      ['活動從 12 月 18 日開始。', 'zh'],
      ['直播晚上8点开始。', 'zh'],
    ]) expect(statesType(sentence!, 'date', new Set(), lang), sentence).toBe(true);
    expect(statesType('参加費は無料です。', 'date', new Set(), 'ja')).toBe(false);
    // Japanese counts points and items with 点: no hour.
    for (const sentence of ['10点満点で評価します。', '3点セットで販売します。']) expect(statesType(sentence, 'date', new Set(), 'ja'), sentence).toBe(false);
    expect(statesType('需要 800 枚雪花代幣。', 'date', new Set(), 'zh')).toBe(false);
    expect(statesType('We met on 5月.', 'date', new Set(), 'en')).toBe(false);
  });
});

describe('headingAnnounces', () => {
  it('reads the headings that announce a date or time, or a price, in each language', () => {
    expect(headingAnnounces('Date and time', 'date', 'en')).toBe(true);
    expect(headingAnnounces('Date and time', 'time', 'en')).toBe(true);
    expect(headingAnnounces('Prices', 'amount', 'en')).toBe(true);
    expect(headingAnnounces('日時', 'date', 'ja')).toBe(true);
    expect(headingAnnounces('開催日時', 'time', 'ja')).toBe(true);
    expect(headingAnnounces('プランと料金', 'amount', 'ja')).toBe(true);
    expect(headingAnnounces('Termine', 'date', 'de')).toBe(true);
    expect(headingAnnounces('Ціни', 'amount', 'uk')).toBe(true);
    expect(headingAnnounces('日程', 'date', 'zh')).toBe(true);
    expect(headingAnnounces('Plans and prices', 'amount', 'en')).toBe(true);
    expect(headingAnnounces('Data și ora', 'date', 'ro')).toBe(true);
    expect(headingAnnounces('Prețuri', 'amount', 'ro')).toBe(true);
    expect(headingAnnounces('Päivämäärä ja aika', 'date', 'fi')).toBe(true);
    expect(headingAnnounces('Hinnat', 'amount', 'fi')).toBe(true);
    expect(headingAnnounces('Időpontok', 'date', 'hu')).toBe(true);
    expect(headingAnnounces('Rangok és árak', 'amount', 'hu')).toBe(true);
  });

  it('reads no kind in headings that only contain such a word, or announce another kind', () => {
    expect(headingAnnounces('Updates', 'date', 'en')).toBe(false);
    expect(headingAnnounces('Staff', 'name', 'en')).toBe(false);
    expect(headingAnnounces('Prices', 'date', 'en')).toBe(false);
    expect(headingAnnounces('Sometimes', 'date', 'en')).toBe(false);
    expect(headingAnnounces('Dates', 'date', 'xx')).toBe(false);
    for (const [heading, lang] of [['When to contact staff', 'en'], ['Time limits', 'en'], ['Nossos valores', 'pt'], ['Her zaman saygılı ol', 'tr'], ['Programul VIP', 'ro'], ['Ігровий час', 'uk'], ['BAN期間', 'ja'], ['待ち時間', 'ja']]) {
      expect(headingAnnounces(heading!, 'date', lang!) || headingAnnounces(heading!, 'amount', lang!), heading).toBe(false);
    }
  });
});

describe('questions typed as keywords', () => {
  it('reads a price or date noun opening or closing a question with no question word, in a language other than English', () => {
    expect(expectedType('jukola pris', 'sv')).toBe('amount');
    expect(expectedType('namn på tröjan kostnad', 'sv')).toBe('amount');
    expect(expectedType('km datum', 'sv')).toBe('date');
    // The closing noun as a preposition's object: a receipt for the fee, no price; after a conjunction, a
    // number or "år" (year, folded as "är" is), asked.
    expect(expectedType('kvitto pa medlemsavgift', 'sv')).toBeNull();
    for (const [question, lang] of [['pris på medlemskap', 'sv'], ['kurs och pris', 'sv'], ['ungdomar under 18 år pris', 'sv'], ['anmeldung und preis', 'de'], ['club van 100 kosten', 'nl']]) expect(expectedType(question!, lang), question).toBe('amount');
    expect(expectedType('konserter alla datum', 'sv')).toBe('date');
    // Swedish typed without å, ä and ö asks as it does with them; "hur nar jag…" (how do I reach) asks no date.
    expect(expectedType('nar e stamrepen', 'sv')).toBe('date');
    expect(expectedType('hur manga ar har koren funnits', 'sv')).toBe('number');
    expect(expectedType('hur nar jag styrelsen', 'sv')).toBeNull();
    expect(expectedType('jag nar inte styrelsen', 'sv')).toBeNull();
    expect(expectedType('vilket ar grundades koren', 'sv')).toBe('date');
    expect(expectedType('hur lang ar repetitionen', 'sv')).toBe('number');
    // Past an article, the preposition still takes the closing noun ("a receipt for the fee").
    for (const [question, lang] of [['quittung für die startgebühr', 'de'], ['terugbetaling van de inschrijfkosten', 'nl'], ['kvittering på startavgift', 'no'], ['kvittering pa deltagergebyr', 'da']]) expect(expectedType(question!, lang), question).toBeNull();
    expect(expectedType('tid tisdagsträning', 'sv')).toBe('date');
    expect(expectedType('lawinenkurs preis', 'de')).toBe('amount');
    expect(expectedType('camera oscura prezzo', 'it')).toBe('amount');
    expect(expectedType('walking football kosten', 'nl')).toBe('amount');
    // A compound ending in a price's noun, where nouns compound so.
    expect(expectedType('startavgift?', 'sv')).toBe('amount');
    expect(expectedType('kurs teilnahmegebühr', 'de')).toBe('amount');
  });

  it('reads no kind where such a noun is inside the question, a question word asks, or the question asks whether', () => {
    expect(expectedType('licens kostnad vuxen', 'sv')).toBeNull();
    expect(expectedType('Ingår middagen i priset?', 'sv')).toBeNull();
    expect(expectedType('Gibt es Rabatt auf den Preis?', 'de')).toBeNull();
    expect(expectedType('Vad kostar klubbjackan?', 'sv')).toBe('amount');
    // Not a compound's ending in a language whose nouns do not compound so, nor in English (its own patterns read it).
    expect(expectedType('tavlingsprezzo', 'it')).toBeNull();
    expect(expectedType('schedule sync', 'en')).toBeNull();
    expect(expectedType('startavgift', 'xx')).toBeNull();
    // The closing word first.
    expect(expectedType('avgift sista datum', 'sv')).toBe('date');
    expect(expectedType('datum avgift', 'sv')).toBe('amount');
  });
});

describe('askedCounter', () => {
  it('reads the counter a Japanese question asks a count in, and a sentence stating that count', () => {
    const people = askedCounter('さくら杯何人まで出れる', 'ja');
    expect(people).not.toBeNull();
    expect(statesType('先着32名です。', 'number', new Set(), 'ja', people)).toBe(true);
    expect(statesType('最大３２人です。', 'number', new Set(), 'ja', people)).toBe(true);
    // Another counter's figure, a date's, counts no people.
    expect(statesType('2027年1月16日（土）20:00開始です。', 'number', new Set(), 'ja', people)).toBe(false);
    expect(statesType('保護ブロックは2,000個です。', 'number', new Set(), 'ja', people)).toBe(false);
    // "何分" asks a count of minutes: a figure before "分" states it, not a fraction's "分の" nor a clock time's minutes.
    const minutes = askedCounter('液タブは1人何分使えますか', 'ja');
    expect(statesType('1人45分までです。', 'number', new Set(), 'ja', minutes)).toBe(true);
    expect(statesType('部費の3分の1は備品代です。', 'number', new Set(), 'ja', minutes)).toBe(false);
    expect(statesType('受付は10時30分に閉まります。', 'number', new Set(), 'ja', minutes)).toBe(false);
    expect(statesType('受付は10:30分まで。', 'number', new Set(), 'ja', minutes)).toBe(false);
    expect(statesType('途中で10分の休憩があります。', 'number', new Set(), 'ja', minutes)).toBe(true);
    expect(statesType('1人1時間までです。', 'number', new Set(), 'ja', minutes)).toBe(true);
    // "何分の1" asks a fraction, which any figure states; "何分のコース" asks minutes.
    expect(askedCounter('何分の1が返金されますか', 'ja')).toBeNull();
    expect(askedCounter('何分のコースがありますか', 'ja')).not.toBeNull();
    // A count after a label's colon is stated ("定員：12人").
    expect(statesType('定員：12人（先着順）', 'number', new Set(), 'ja', people)).toBe(true);
    expect(askedCounter('いくつある？', 'ja')).toBeNull();
    expect(askedCounter('how many people', 'en')).toBeNull();
  });
});

describe('Hebrew questions', () => {
  it('ask a date, a price, a count or a name by their question words, "ו" (and) written onto them', () => {
    expect(expectedType('מתי מתחיל הטורניר?', 'he')).toBe('date');
    expect(expectedType('ומתי נגמרת העונה', 'he')).toBe('date');
    expect(expectedType('כמה עולה דרגת VIP?', 'he')).toBe('amount');
    expect(expectedType('כמה שחקנים יש בשרת?', 'he')).toBe('number');
    expect(expectedType('מי המנהל של השרת?', 'he')).toBe('name');
    expect(expectedType('איך מתחברים לשרת?', 'he')).toBe(null);
    expect(expectedType('מיהו הבעלים?', 'he')).toBe('name');
    expect(expectedType('באיזה שעה מתחיל האירוע?', 'he')).toBe('date');
    // "Whoever", "who can", and "כמה" inside a question ("a few") ask no kind of fact.
    expect(expectedType('מי שמנצח מקבל פרס?', 'he')).toBe(null);
    expect(expectedType('מי יכול לעזור לי עם הבאן?', 'he')).toBe(null);
    expect(expectedType('איך מוסיפים כמה חברים לקלאן', 'he')).toBe(null);
  });
  it('are yes/no questions when opened by "האם", "יש", "אפשר"', () => {
    expect(asksWhether('יש pvp בשרת?', 'he')).toBe(true);
    expect(asksWhether('האם אפשר לשלם בביט?', 'he')).toBe(true);
    expect(asksWhether('מתי יש מבצע?', 'he')).toBe(false);
    expect(asksWhether('אחי יש pvp בשרת?', 'he')).toBe(true);
    // Telling, not asking: "I have a problem", "I have no access", "I need help".
    expect(asksWhether('יש לי בעיה, לא מצליח להתחבר', 'he')).toBe(false);
    expect(asksWhether('אין לי גישה לחדר הזה', 'he')).toBe(false);
    expect(asksWhether('צריך עזרה עם הרישום', 'he')).toBe(false);
  });
  it('state a date by a month beside a number, or a weekday after "ב" or "יום"', () => {
    expect(statesType('הטורניר מתקיים ב-15 ביוני.', 'date', new Set(), 'he')).toBe(true);
    expect(statesType('האירוע חוזר בשבת.', 'date', new Set(), 'he')).toBe(true);
    expect(statesType('הטורניר מתקיים בשרת.', 'date', new Set(), 'he')).toBe(false);
    // Yoni the admin, "to sit in the lobby", "with great energy".
    for (const text of ['יוני המנהל אחראי על האירועים.', 'אפשר לשבת בלובי.', 'הם עבדו במרץ רב.']) expect(statesType(text, 'date', new Set(), 'he'), text).toBe(false);
  });
});

describe('Persian questions', () => {
  it('ask a date, a time, a count or a name by their question words', () => {
    expect(expectedType('تورنمنت کی شروع میشه؟', 'fa')).toBe('date');
    expect(expectedType('سرور ساعت چند ریست میشه؟', 'fa')).toBe('time');
    expect(expectedType('VIP چنده؟', 'fa')).toBe('number');
    expect(expectedType('سازنده سرور چه کسی است؟', 'fa')).toBe('name');
  });
  it('state a date by a Solar Hijri month beside a number, a weekday or the hour, not by a month name alone', () => {
    expect(statesType('فینال ۱۵ آذر برگزار می‌شود.', 'date', new Set(), 'fa')).toBe(true);
    expect(statesType('ریست هر جمعه انجام می‌شود.', 'date', new Set(), 'fa')).toBe(true);
    // "تیر" is a shot, "مهر" kindness.
    expect(statesType('هر تیر ۲ دمیج دارد.', 'date', new Set(), 'fa')).toBe(false);
  });
});

describe('Bulgarian questions', () => {
  it('ask a date, a time, a price, a count or a name by their question words', () => {
    expect(expectedType('кога е турнирът?', 'bg')).toBe('date');
    expect(expectedType('в колко часа е рестартът', 'bg')).toBe('time');
    expect(expectedType('колко струва сребърният вип?', 'bg')).toBe('amount');
    expect(expectedType('колко играчи има на сървъра?', 'bg')).toBe('number');
    expect(expectedType('кой ръководи екипа?', 'bg')).toBe('name');
  });
  it('state a price in лв. or евро', () => {
    expect(statesType('Сребърният VIP струва 20 лв. на месец.', 'amount', new Set(), 'bg')).toBe(true);
    expect(statesType('Сребърният VIP дава 20 слота.', 'amount', new Set(), 'bg')).toBe(false);
  });
});

describe('Hebrew prices', () => {
  it('are figures before "ש"ח" (with either mark or none), "₪" or "שקלים"', () => {
    for (const sentence of ['הכרטיסים עולים 25 ש"ח לילד.', 'הכרטיסים עולים 25 ש״ח לילד.', 'מחיר 40 שקלים.', 'עולה 150 ₪.']) expect(statesType(sentence, 'amount', new Set(), 'he'), sentence).toBe(true);
    expect(statesType('נפגשים ב-25 בחודש.', 'amount', new Set(), 'he')).toBe(false);
  });
});

describe('Persian yes-or-no questions', () => {
  it('are opened by "آیا" or a modal, or closed by "دارید", "هست", with no question word', () => {
    for (const question of ['کلاس یوگای آنلاین دارید؟', 'آیا استخر برای آقایان هم باز است؟', 'پارکینگ دارین', 'در رختکن سشوار هست؟', 'می‌توانم دوستم را بیاورم؟']) expect(asksWhether(question, 'fa'), question).toBe(true);
    for (const question of ['استخر کجا است؟', 'چه کلاس‌هایی دارید؟', 'شهریه چقدر است؟', 'تابستون هم پیاده‌روی ساعت هفت و نیم شروع میشه؟', 'TLauncher ساپورت میشه؟']) expect(asksWhether(question, 'fa'), question).toBe(false);
  });
});

describe('Slovak and Latvian kinds of fact, Bulgarian and Latvian yes/no (round AY trials)', () => {
  it('reads Slovak dates, times, prices and counts, with or without diacritics', () => {
    expect(expectedType('Kde a kedy bude členská schôdza?', 'sk')).toBe('date');
    expect(expectedType('o kolkej otvarate dielnu', 'sk')).toBe('time');
    for (const question of ['kolko stoji rocne clenstvo', 'Koľko zaplatím za elektrobicykel?', 'za kolko je prilba']) expect(expectedType(question, 'sk'), question).toBe('amount');
    expect(expectedType('Koľko bicyklov si môžem požičať naraz?', 'sk')).toBe('number');
  });
  it('reads the dates, hours and number words Slovak sentences state', () => {
    for (const sentence of ['Schôdza bude v sobotu 14. marca 2026.', 'Dielňa je otvorená vo štvrtok.', 'Začíname o 10. hodine.']) expect(statesType(sentence, 'date', new Set(), 'sk'), sentence).toBe(true);
    // "stred" (the centre) is no Wednesday.
    expect(statesType('Stanica je v strede mesta.', 'date', new Set(), 'sk')).toBe(false);
    expect(statesType('Naraz si môžete požičať najviac dva bicykle.', 'number', new Set(), 'sk')).toBe(true);
  });
  it('reads Latvian dates, times, prices and counts, with or without diacritics', () => {
    expect(expectedType('kad ir trenini u12', 'lv')).toBe('date');
    expect(expectedType('Līdz cikiem jāpiesakās treniņam?', 'lv')).toBe('time');
    for (const question of ['cik maksa biedra nauda berniem', 'Cik maksā dalība turnīrā?']) expect(expectedType(question, 'lv'), question).toBe('amount');
    expect(expectedType('Cik spēlētāju ir komandā?', 'lv')).toBe('number');
    for (const sentence of ['Jāsamaksā līdz 30. septembrim.', 'Treniņi notiek otrdienās un ceturtdienās.', 'Sākums plkst. 18.']) expect(statesType(sentence, 'date', new Set(), 'lv'), sentence).toBe(true);
    expect(statesType('Biedra nauda ir 35 eiro mēnesī.', 'amount', new Set(), 'lv')).toBe(true);
  });
  it('reads Bulgarian "ли" and Latvian "vai" as asking whether, not where a question word asks', () => {
    for (const question of ['Мога ли да си донеса собствен стол?', 'moje li da vodq gosti', 'Дали има паркинг?']) expect(asksWhether(question, 'bg'), question).toBe(true);
    for (const question of ['Колко струва пропуск?', 'Кога ли ще отворите?', 'kolko li struva']) expect(asksWhether(question, 'bg'), question).toBe(false);
    for (const question of ['Vai pieaugušajiem ir vasaras nometne?', 'vai ir kāda atlaide?']) expect(asksWhether(question, 'lv'), question).toBe(true);
    for (const question of ['Kur ir zāle?', 'Vai zina, kad sākas?', 'Jaunieši vai pieaugušie?']) expect(asksWhether(question, 'lv'), question).toBe(false);
  });
});

/** What a language's questions ask and its sentences state: each question of `asks` asks its kind, each sentence of `states` states it. */
interface KindsRead {
  lang: string;
  asks: Partial<Record<AnswerType, string[]>>;
  /** Questions that ask no kind of fact. */
  asksNone?: string[];
  states: Partial<Record<AnswerType, string[]>>;
  /** Sentences that state no date (why, in a comment beside each language). */
  undated: string[];
}

describe('kinds of fact and yes/no questions of the languages read least (rounds AZ and BA trials)', () => {
  const read: KindsRead[] = [
    {
      lang: 'uz',
      asks: {
        date: ['Kiberxavfsizlik kursi qachon boshlanadi?', 'kurs oplata qachongacha', "Qabul testi qaysi sanalarda o'tkaziladi?"],
        time: ['ertalabki smena soat nechida'],
        amount: ['Frontend kursi oyiga qancha turadi?', 'python kurs nechpul', 'Kirish testi necha pul turadi?'],
        number: ['grant nechta beriladi'],
        name: ["Dizayn kursini kim o'qitadi?"],
      },
      states: {
        date: ["Testlar 6-sentabr kunlari o'tkaziladi.", "Qishki ta'til 5-yanvargacha davom etadi.", 'Darslar shanba kunlari soat 10 da.', "Darslar shanba kunlari bo'ladi.", '20-martdan dars yo\'q.'],
        amount: ["Kurs oyiga 950 000 so'm turadi.", 'Qabul testi mutlaqo bepul.', "12 oyga 10 foiz qo'shiladi."],
        number: ["Guruhda o'n ikki kishi bor."],
      },
      // "may" is May only after a day's figure: an English word too; "marta" is "times".
      undated: ['Siz may be kerak.', 'Kursni 2 marta qayta topshirish mumkin.'],
    },
    {
      lang: 'bn',
      asks: {
        date: ['সদস্য সংগ্রহ অভিযান কবে থেকে কবে পর্যন্ত চলবে?', 'tournament kobe', 'নিবন্ধনের শেষ দিন কোনটা?'],
        time: ['সেশন কয়টায় শুরু হয়?'],
        amount: ['বার্ষিক চাঁদা কত টাকা?', 'membership fee koto'],
        number: ['সংঘে এখন মোট কতজন সদস্য আছে?', 'আপত্তি কতক্ষণের মধ্যে জানাতে হবে?'],
      },
      states: {
        date: ['বাংলা সেশন হয় প্রতি শনিবার বিকেল ৩টা থেকে।', 'ফাইনাল ১৪ মার্চ।', 'বৈঠক সন্ধ্যা ৬টায়।'],
        amount: ['বার্ষিক চাঁদা ৬০০ টাকা।', 'দর্শকদের জন্য প্রবেশ বিনামূল্যে।'],
      },
      // "৩২টি দল" (32 teams) is a count, no hour.
      undated: ['মোট ৩২টি দল অংশ নিতে পারবে।'],
    },
    {
      lang: 'ta',
      asks: {
        date: ['முகாம் பதிவுக்குக் கடைசி தேதி எப்போது?', 'camp eppo start'],
        time: ['பயிற்சி எத்தனை மணிக்கு தொடங்கும்?'],
        amount: ['பெண்கள் பேட்சுக்கு மாதக் கட்டணம் எவ்வளவு?', 'fees evlo'],
        number: ['ஒரு பேட்சில் எத்தனை மாணவர்கள்?'],
      },
      states: {
        date: ['நிறைவு விழா மே 29 சனிக்கிழமை காலை 8 மணிக்கு நடைபெறும்.', 'பதிவு 10 ஆம் தேதி முடியும்.'],
        amount: ['மாதக் கட்டணம் ₹1,800.', 'முதல் வகுப்பு இலவசம்.'],
      },
      // "48 மணி நேரம்" (48 hours) is a duration.
      undated: ['48 மணி நேரத்துக்குள் தெரிவிக்கவும்.'],
    },
    {
      lang: 'ka',
      asks: {
        date: ['როდის არის ყაზბეგის ექსპედიცია?', 'rodis aris kazbegis eqspedicia'],
        time: ['მწვერვალზე ასვლის დღეს რომელ საათზე გავდივართ?'],
        amount: ['ბორჯომის ორდღიანი ლაშქრობა რა ღირს?', 'transporti ra girs wevrebistvis'],
        number: ['გუნდში რამდენი კაცი უნდა'],
      },
      states: {
        date: ['ექსპედიცია 18-დან 24 ივლისამდე გაიმართება.', 'ოფისი ღიაა სამშაბათს.', 'შეხვედრა 19:00 საათზე.', 'ავანსი 1 მარტს.'],
        amount: ['ფასი 70 ლარი.', 'პირველი ლაშქრობა უფასოა.'],
      },
      // "მარტო" (alone) is no March.
      undated: ['მარტო ნუ წახვალთ.'],
    },
    {
      lang: 'kk',
      asks: {
        date: ['Модераторларды қашан іріктейді?', 'ребят лан турик кашан болады'],
        time: ['Лига ойындары сағат нешеде басталады?'],
        amount: ['турикке взнос канша', 'Жарна қанша?'],
        number: ['Серверде қанша адам бар?'],
        name: ['Турнирдің бас төрешісі кім?'],
      },
      states: {
        date: ['Маусым 2025 жылғы 12 қарашада басталады.', 'Ойындар сенбі күні өтеді.', 'Басталуы сағат 19-да.'],
        amount: ['Жарна 25 000 теңге.', 'Алғашқы кеңес тегін.'],
      },
      // "8-маусым" is the eighth season, no June.
      undated: ['8-маусым ережелері.'],
    },
    {
      lang: 'hy',
      asks: {
        date: ['Ե՞րբ է Մասիս Օփենը', 'երբ ա օփենը', 'erb e mrcashary', 'Երբվանի՞ց է գործում ակումբը'],
        time: ['Ժամը քանիսի՞ն է սկսվում բլիցը'],
        amount: ['Ինչքա՞ն արժե մասնակցությունը', 'inchqan e andamavchary'],
        number: ['Քանի՞ տուր կա օփենում'],
        name: ['Ո՞վ է գլխավոր մրցավարը'],
      },
      states: {
        date: ['Մրցաշարը կանցկացվի մայիսի 9-ից 18-ը։', 'Բլից երեկոները հինգշաբթի են։', 'Մայիսի 13-ը հանգստյան օր է։'],
        amount: ['Անդամավճարը 8 000 դրամ է։', 'Մուտքն անվճար է։', 'Անվճար է մուտքը։'],
      },
      // "մարտ" (March) is no "մարտական" (combat), nor is a bare figure an hour.
      undated: ['Սա մարտական խաղ չէ։'],
    },
    {
      lang: 'eu',
      asks: {
        date: ['noiz da txapelketako finala', 'Maila-proben emaitzak noiz jakinaraziko dira?'],
        time: ['Txapelketako finalerdiak zer ordutan hasten dira?'],
        amount: ['Zenbat kostatzen da pilota bat?', 'zenbat da kuota'],
        number: ['Zenbat bazkide ditu klubak?'],
        name: ['Nor da klubeko presidentea?'],
      },
      states: {
        date: ['Finala maiatzaren 15ean jokatuko da.', 'Entrenamenduak larunbatean dira, arratsaldeko 7etan.'],
        amount: ['Urteko kuota 60 euro da.', 'Lehen entrenamendua doan da.'],
      },
      // "7 urte" (7 years) is no hour.
      undated: ['Haurrek 7 urte bete behar dituzte.'],
    },
    {
      lang: 'my',
      asks: {
        date: ['ဆုငွေ ဘယ်တော့ ရမလဲ', 'ပထမဆုံးပွဲ ဘယ်နေ့ စကန်မှာလဲ'],
        time: ['ပွဲတွေ ဘယ်အချိန် စကန်လဲ'],
        amount: ['အနီကတ် ရရင် ဒဏ်ငွေ ဘယ်လောက် ပေးရမလဲ', 'team fee ဘယ်လောက်လဲ'],
        number: ['နိုင်ငံခြားသား ကစားသမား ဘယ်နှစ်ယောက် ထည့်လို့ရလဲ'],
      },
      // "ဘယ်လောက်" alone asks how much of anything: "rank ဘယ်လောက်" a rank, no count.
      asksNone: ['Monthly Cup ဝင်ဖို့ rank ဘယ်လောက် ရှိရမလဲ?'],
      states: {
        date: ['ဖေဖော်ဝါရီလ ၁၅ ရက်နေ့တွင် စတင်မည်။', 'ပွဲများကို နံနက် ၇ နာရီတွင် ကန်မည်။'],
        amount: ['ဒဏ်ငွေ ၂၀,၀၀၀ ကျပ် ပေးရမည်။'],
      },
      // "၄၈ နာရီအတွင်း" (within 48 hours) is a duration.
      undated: ['၄၈ နာရီအတွင်း တင်ပြရမည်။'],
    },
  ];
  it.each(read)('reads what $lang questions ask and its sentences state', ({ lang, asks, asksNone = [], states, undated }) => {
    for (const [type, questions] of Object.entries(asks)) for (const question of questions) expect(expectedType(question, lang), question).toBe(type);
    for (const question of asksNone) expect(expectedType(question, lang), question).toBeNull();
    for (const [type, sentences] of Object.entries(states)) for (const sentence of sentences) expect(statesType(sentence, type as AnswerType, new Set(), lang), sentence).toBe(true);
    for (const sentence of undated) expect(statesType(sentence, 'date', new Set(), lang), sentence).toBe(false);
  });
  it('reads Uzbek "-mi", Bangla questions without a question word and the Kazakh particle as asking whether', () => {
    for (const question of ['Ingliz tili kursi ham bormi?', "Testni uydan onlayn topshirsa bo'ladimi?", 'karyera kuni kirish pullikmi']) expect(asksWhether(question, 'uz'), question).toBe(true);
    for (const question of ['Kurs qachon boshlanadi?', 'Grant olish uchun nima qilishim kerak?', 'nechta savol bormi']) expect(asksWhether(question, 'uz'), question).toBe(false);
    for (const question of ['সাত কলেজের শিক্ষার্থীরা কি সদস্য হতে পারে?', 'থাকার জায়গা আছে?']) expect(asksWhether(question, 'bn'), question).toBe(true);
    for (const question of ['বার্ষিক চাঁদা কত টাকা?', 'ফাইনাল কোথায় হবে?', 'Custom room এ teaming করলে কি হবে?', 'আপত্তি কতক্ষণের মধ্যে জানাতে হবে?']) expect(asksWhether(question, 'bn'), question).toBe(false);
    for (const question of ['Серверде басқа ойындарға арналған арналар бар ма?', 'Турнирде пауза алуға бола ма?', 'коуч сертификат бере ме']) expect(asksWhether(question, 'kk'), question).toBe(true);
    for (const question of ['LAN турнир қайда өтеді?', 'канша турады ма']) expect(asksWhether(question, 'kk'), question).toBe(false);
  });
  it('reads yes/no questions (Urdu "کیا", Marathi "का", Telugu "-ా", Kannada "-ಏ", Estonian "kas", Albanian "a", Armenian, Nepali, Basque, Burmese "လား"), and what in them asks something else', () => {
    const whether: Record<string, [string[], string[]]> = {
      // Uzbek's "-mi", not a noun's possessive ("ismi", its name).
      uz: [['Ingliz tili kursi ham bormi?'], ['Frontend ustozining ismi?', 'Kursning amaliy qismi?']],
      // Bangla: "কি" closing a question of a word or two asks what it is.
      bn: [['সাত কলেজের শিক্ষার্থীরা কি সদস্য হতে পারে?'], ['মোশন কি?', 'ড্রেস কোড কি?']],
      // Kazakh: "кимоно" holds no "кім" (who).
      kk: [['Кимоно сатып алуға бола ма?'], ['Төреші кім?']],
      // Urdu's "کیا" opening or closing; not "کیا ہے" (what is), nor beside another question word.
      ur: [['کیا سفری گرانٹ میں ویزا فیس بھی شامل ہوتی ہے؟', 'membership ka refund mil sakta h kya'], ['NRC کی رجسٹریشن کی آخری تاریخ کیا ہے؟', 'کیا ہے لیب کا وقت؟', 'workshop kab hai kya']],
      // Marathi's closing "का"; "का" opening asks why.
      mr: [['रात्री फ्लडलाइटमध्ये सामने होणार आहेत का?', 'skyblock la whitelist lagte ka'], ['का बदलले नियम?', 'सामना कधी आहे का?']],
      te: [['గేమ్‌ఆన్ అరీనా దగ్గర బైక్ పార్కింగ్ ఉందా?', 'duo scrims kuda untaya', 'parking unda?'], ['కప్ ఎంట్రీ ఫీజు ఎంత?', 'ఎప్పుడు మొదలవుతుంది?', 'రిజిస్ట్రేషన్ ఎప్పటిలోగా?', 'ఫీజు ఎవరికి కట్టాలా?']],
      // Armenian with its mark "՞" on the word asked about, or typed without it.
      // "ինչ որ" (some), "քանի որ" (because) and "որը" past the opening ask nothing.
      hy: [['Ակումբի մոտ ավտոկայանատեղի կա՞', 'usanoxneri hamar skidka ka', 'Կա՞ ինչ որ զեղչ ուսանողների համար', 'Կարո՞ղ եմ մասնակցել, քանի որ անդամ չեմ', 'Կա՞ մրցաշար, որը բաց է բոլորի համար'], ['Ե՞րբ է օփենը', 'inchqan e andamavchary', 'Որը՞ է գլխավոր մրցաշարը']],
      et: [['Kas kevadsemestril on ka proovilaager?'], ['Mis kell algavad katsed?', 'Kas teate, kus proov on?']],
      sq: [['A ka dush me ujë të ngrohtë në Bujtinën Marashi?', 'a ka dyqan ushqimi ne theth'], ['Sa kushton anëtarësia?', 'A e dini kur nisemi?']],
      // Kannada's "-ಏ"; not beside a question word.
      kn: [['ಸ್ಕಂದಗಿರಿಯಲ್ಲಿ ಶೌಚಾಲಯ ಇದೆಯೇ?', 'bus alli charging point ideya'], ['ಕುಮಾರ ಪರ್ವತ ಚಾರಣ ಯಾವಾಗ ಇದೆಯೇ?', 'ಶುಲ್ಕ ಎಷ್ಟು?']],
      ne: [['ख्वप फुटसल एरिनामा कार पार्किङ छ?', 'venue ma ambulance huncha'], ['अर्को सिजनको लिग कहिले हुन्छ?', 'लिगको फेसबुक पेजको नाम के हो?']],
      eu: [['Frontoian wifirik ba al dago?', 'Emakumeen taldeak txapelketetan parte hartzen du?'], ['Noiz da txapelketako finala?', 'Zenbat balio du kuotak?']],
      // Burmese closed by "လား"; one closed by "လဲ" asks a fact.
      // "ဘာမှ" (anything) and "ဘာသာ" (language) hold no "ဘာ" (what).
      my: [['မှတ်ပုံတင်ကြေးကို ဒေါ်လာနဲ့ ပေးလို့ရလား', 'ဘာမှ ပေးစရာ မလိုဘူးလား', 'မြန်မာ ဘာသာနဲ့ ရေးလို့ရလား'], ['ဘယ်ကွင်းမှာ ကန်မလား', 'ဒဏ်ငွေ ဘယ်လောက်လဲ']],
    };
    for (const [lang, [asking, notAsking]] of Object.entries(whether)) {
      for (const question of asking) expect(asksWhether(question, lang), question).toBe(true);
      for (const question of notAsking) expect(asksWhether(question, lang), question).toBe(false);
    }
  });
  it('reads Urdu "آخری تاریخ" and Marathi "तारीख कोणती" as asking a date; Georgian "რამდენიმე" (several) and Armenian "քանի որ" (because) as asking no count', () => {
    expect(expectedType('შეიძლება რამდენიმე ადამიანის დარეგისტრირება?', 'ka')).toBeNull();
    expect(expectedType('Կարո՞ղ եմ մասնակցել, քանի որ անդամ չեմ', 'hy')).toBeNull();
    expect(expectedType('NRC کی رجسٹریشن کی آخری تاریخ کیا ہے؟', 'ur')).toBe('date');
    expect(expectedType('nrc registration ki last date kya h', 'ur')).toBe('date');
    expect(expectedType('संघ नोंदणीची शेवटची तारीख कोणती?', 'mr')).toBe('date');
  });
});

describe('French chat', () => {
  it('reads "c combien" as asking a price', () => {
    expect(expectedType('c combien par jour anyway', 'fr')).toBe('amount');
    expect(expectedType('combien de places par groupe', 'fr')).toBe('number');
  });
});
