import { describe, expect, it } from 'vitest';
import { boundedNumbers, measuredBy } from './bounds.js';

describe('boundedNumbers', () => {
  it('reads the number nearest a comparison phrase, before or after it, in the text\'s language', () => {
    expect(boundedNumbers('Players must be 16 or older.', 'en')).toEqual(['16']);
    expect(boundedNumbers('You need at least 1,500 followers on Twitch.', 'en')).toEqual(['1500']);
    expect(boundedNumbers('Jeder Spieler darf höchstens Diamant 3 sein.', 'de')).toEqual(['3']);
    expect(boundedNumbers('necesitás tener al menos 14 años', 'es')).toEqual(['14']);
    expect(boundedNumbers('Аккаунт Steam должен быть старше 6 месяцев', 'ru')).toEqual(['6']);
    expect(boundedNumbers('her oyuncunun en az Gold 1 olması gerekir', 'tr')).toEqual(['1']);
    expect(boundedNumbers('Batas usia minimal 17 tahun', 'id')).toEqual(['17']);
    expect(boundedNumbers('Người chơi phải từ 16 tuổi trở lên.', 'vi')).toEqual(['16']);
    expect(boundedNumbers('مستوى حساب كل لاعب في فورتنايت 50 أو أعلى', 'ar')).toEqual(['50']);
    expect(boundedNumbers('参加は18歳以上のみです。', 'ja')).toEqual(['18']);
    expect(boundedNumbers('等级达到30级以上才能报名', 'zh')).toEqual(['30']);
    expect(boundedNumbers('만 16세 이상만 참가할 수 있습니다', 'ko')).toEqual(['16']);
    expect(boundedNumbers('ผู้เล่นต้องมีอายุ 16 ปีขึ้นไป', 'th')).toEqual(['16']);
  });

  it('reads both ends of a range, but not two numbers joined by "and" alone, nor a span of days of a month', () => {
    expect(boundedNumbers('We make custom sizes from 60 to 84 inches.', 'en')).toEqual(['60', '84']);
    expect(boundedNumbers('Each team has between 3 and 5 players.', 'en')).toEqual(['3', '5']);
    expect(boundedNumbers('El envío tarda entre 3 y 5 días.', 'es')).toEqual(['3', '5']);
    expect(boundedNumbers('Größen 60–84 cm', 'de')).toEqual(['60', '84']);
    expect(boundedNumbers('Flights leave from Terminals 2 and 3.', 'en')).toEqual([]);
    expect(boundedNumbers('27 cases of measles between 1 and 20 November.', 'en')).toEqual([]);
    expect(boundedNumbers('The sale runs 3–5 May.', 'en')).toEqual([]);
    expect(boundedNumbers('El festival es de 3 a 5 de mayo.', 'es')).toEqual([]);
    expect(boundedNumbers('Vom 3 bis 5 Mai bleibt das Büro zu.', 'de')).toEqual([]);
    // A range ascends, and Romance "a" joins one only after "de": scores and opening hours are no limits.
    for (const [text, lang] of [['We won 3 to 1.', 'en'], ['Our line is open 9 to 5.', 'en'], ['Ganamos 3 a 1.', 'es']] as const) {
      expect(boundedNumbers(text, lang), text).toEqual([]);
    }
    expect(boundedNumbers('Medidas de 60 a 84 cm.', 'es')).toEqual(['60', '84']);
    // Read in a bounded window: a long run before a range costs no more than a short one.
    expect(boundedNumbers(`${'x'.repeat(20_000)} size 60–84`, 'en')).toEqual(['60', '84']);
  });

  it('reads "16+" and "≥ 50" in any language, but not a phone number\'s plus', () => {
    expect(boundedNumbers('Tournoi 16+ uniquement', 'fr')).toEqual(['16']);
    expect(boundedNumbers('Rang ≥ 50', 'xx')).toEqual(['50']);
    expect(boundedNumbers('Call +49 30 1234567 for help.', 'en')).toEqual([]);
  });

  it('takes the number on the side the phrase points to, in its sentence, and a number grouped by spaces whole', () => {
    expect(boundedNumbers('Season 3 starts on 12 January. Teams need at least 5 players.', 'en')).toEqual(['5']);
    expect(boundedNumbers('Patch 14 is out. Up to you whether you update.', 'en')).toEqual([]);
    expect(boundedNumbers('Doors open at 7 pm. Under the rules, no outside food.', 'en')).toEqual([]);
    expect(boundedNumbers('Le message fait au minimum 1 500 caractères.', 'fr')).toEqual(['1500']);
    expect(boundedNumbers('Sezon 5 altı hafta sürer.', 'tr')).toEqual([]);
    expect(boundedNumbers('18 yaş altı oyuncular veli izni getirir.', 'tr')).toEqual(['18']);
    expect(boundedNumbers('締め切りは15:59までです', 'ja')).toEqual([]);
  });

  it('reads a bound past an abbreviation\'s dot or a label\'s colon, and a clock\'s minutes as none', () => {
    expect(boundedNumbers('Raiders must be 18 yrs. or older.', 'en')).toEqual(['18']);
    expect(boundedNumbers('You need at least Lv. 30 to join raids.', 'en')).toEqual(['30']);
    expect(boundedNumbers('Min age:16+ for voice chat.', 'en')).toEqual(['16']);
    expect(boundedNumbers('Para jugar necesitas 16 años mínimo.', 'es')).toEqual(['16']);
    expect(boundedNumbers('Raids start at 19:00 and last up to 3 hours.', 'en')).toEqual(['3']);
    // A longer word's dot ends the sentence: the next one's number is bound by nothing.
    expect(boundedNumbers('You need at least one friend. Room 12 is open at night.', 'en')).toEqual([]);
    expect(boundedNumbers('Bring up to two guests. 15 seats are reserved.', 'en')).toEqual([]);
  });

  it('needs a number near the phrase, written as a whole word, in its own language', () => {
    expect(boundedNumbers('Flights to Terminals 2 and 3 leave from gate B.', 'en')).toEqual([]);
    expect(boundedNumbers('Read the rules over and over before you join.', 'en')).toEqual([]);
    expect(boundedNumbers('The overlay shows 3 alerts.', 'en')).toEqual([]);
    expect(boundedNumbers('Mute for 15 min after a warning.', 'en')).toEqual([]);
    expect(boundedNumbers('Players must be 16 or older.', 'de')).toEqual([]);
    expect(boundedNumbers('Under the new rules, every match is played on Saturday and the season has twelve rounds, ending 3 May.', 'en')).toEqual([]);
  });
});

describe('measuredBy', () => {
  it('takes a number within an order of magnitude of the bound as measured by it', () => {
    expect(measuredBy('15', '16')).toBe(true);
    expect(measuredBy('60', '144')).toBe(true);
    expect(measuredBy('2200', '500')).toBe(true);
    // An exit code is no measure of a memory limit.
    expect(measuredBy('139', '2')).toBe(false);
    expect(measuredBy('0', '3')).toBe(false);
  });
});
