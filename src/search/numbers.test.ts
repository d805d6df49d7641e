import { describe, expect, it } from 'vitest';
import { DECADE_OR_WORD, splitDecades, decadeValue, withDecadesMarked, numbersWritten, numberWords, offeredAmounts, writtenNumbers } from './numbers.js';

/** The numbers `text` writes after a word, with that word: [word, number]. */
const namedNumbers = (text: string) => numberWords(text).flatMap(({ before, number }) => (before === null ? [] : [[before, number]]));
/** The amounts `text` writes, each once. */
const writtenAmounts = (text: string) => new Set(numberWords(text).flatMap(({ amount }) => (amount === null ? [] : [amount])));

describe('writtenNumbers', () => {
  it.each([
    ['What was fixed in 3.2?', ['3.2']],
    ['Shoebox v3.4.2 came out on 14 October 2026', ['3.4.2', '14', '2026']],
    ['1,500 people, 1.500 Menschen, 3,5 Millionen, version 2.0', ['1500', '1500', '3.5', '2.0']],
    ['1,000,000 photos', ['1000000']],
    ['flights from Terminal 4, 2016-02-07 at 4:51', ['4', '2016', '02', '07', '4', '51']],
    ['2015年发布', ['2015']],
    ["in the 1970s, the 70's, the ’80s, den 1990er Jahren, den 70ern, в 80-х, 1980-х, 1970'lerde, 70lerde, the 1700's", ['1700']],
    ['los años 70, la década de 1980, 80 के दशक, ในยุค 80, thập niên 80, những năm 1970; năm 1970, 70 cats', ['1970', '70']],
  ])('reads %j whole', (text, numbers) => {
    expect(writtenNumbers(text)).toEqual(numbers);
  });

  it('reads no number inside a name', () => {
    expect(writtenNumbers('the A320, the 4th floor, an mp3 and 10am')).toEqual([]);
  });
});

describe('decadeValue', () => {
  it('reads a decade, with or without its century, as its tens', () => {
    expect(decadeValue('1970s')).toBe('70s');
    expect(decadeValue('70s')).toBe('70s');
    expect(decadeValue("70's")).toBe('70s');
    expect(decadeValue('1970er')).toBe('70s');
    expect(decadeValue('70ern')).toBe('70s');
    expect(decadeValue('1980-х')).toBe('80s');
    expect(decadeValue("80'lerde")).toBe('80s');
    expect(decadeValue('70lerde')).toBe('70s');
  });

  it('reads no decade in a number that does not end a decade, nor in a year without its ending', () => {
    expect(decadeValue('1975s')).toBeNull();
    expect(decadeValue('170s')).toBeNull();
    expect(decadeValue('1970')).toBeNull();
    expect(decadeValue('1900s')).toBeNull();
  });
});

describe('splitDecades', () => {
  it("finds the decades written with an apostrophe or a hyphen before their ending, as the figures a question's words keep", () => {
    expect(splitDecades("Who played on stage in the 70's and the 1980’s?")).toEqual(new Set(['70', '1980']));
    expect(splitDecades("Какая драма дебютировала на ABC в 80-х? 1980'lerde")).toEqual(new Set(['80', '1980']));
    expect(splitDecades('¿Quién interpretó al Doctor Who en los años 70? 80 के दशक')).toEqual(new Set(['70', '80']));
    expect(splitDecades("the 70s, den 70ern, Tim's 70 cats, the 75's, năm 1970")).toEqual(new Set());
  });
});

describe('withDecadesMarked', () => {
  it('writes a decade a word names with an "s", as decadeValue reads it', () => {
    expect(withDecadesMarked('Desde la década de 1970; 1970 के दशक; những năm 1970; năm 1970')).toBe('Desde la década de 1970s; 1970s के दशक; những năm 1970s; năm 1970');
  });
});

describe('DECADE_OR_WORD', () => {
  it('reads a decade with its ending as one word', () => {
    expect("в 1980-х годах, 70'lerde ABC".toLowerCase().match(DECADE_OR_WORD)).toEqual(['в', '1980-х', 'годах', "70'lerde", 'abc']);
  });
});

describe('numbersWritten', () => {
  it('knows the last year of a range written short, not a number that is no later year', () => {
    const known = numbersWritten(['Algiers lost 30 to 50 thousand inhabitants in 1620–21, and again in 1654-57 and 1690 - 91; pages 1998-12.']);
    expect(known.has('1621')).toBe(true);
    expect(known.has('1657')).toBe(true);
    expect(known.has('1691')).toBe(true);
    expect(known.has('1912')).toBe(false);
  });


  it('knows a dotted number and its leading parts, not its other parts', () => {
    const known = numbersWritten(['Fixed in version 3.4.2.', 'Costs 10.5 euros.']);
    expect([...known].sort()).toEqual(['10', '10.5', '3', '3.4', '3.4.2']);
    expect(known.has('2')).toBe(false);
    expect(known.has('3.2')).toBe(false);
  });
});

describe('numberWords: the word before a number', () => {
  it('pairs a number with the word right before it, not with a phrase of a script that does not space its words', () => {
    expect(namedNumbers('Exit code 137 on a Raspberry Pi-5, not in 2019, 127.0.0.1:5432')).toEqual([
      ['code', '137'],
      ['Pi', '5'],
      ['in', '2019'],
    ]);
    expect(namedNumbers('ในปี 1990 และ 2015年')).toEqual([]);
  });

  it('tells a word joined to its number by a hyphen, as an identifier is, from one a space parts from it', () => {
    const joined = (text: string) => numberWords(text).map(({ before, joined }) => [before, joined]);
    expect(joined('FS-15 and DS-9 start after Terminal 4 and code 137')).toEqual([
      ['FS', true],
      ['DS', true],
      ['Terminal', false],
      ['code', false],
    ]);
  });
});

describe('numberWords: the amount a number is', () => {
  it('reads amounts after a currency sign or code and before a currency word or per cent sign, not other numbers', () => {
    expect([...writtenAmounts('my card was charged £3.99 extra on 3 nov')]).toEqual(['3.99¤']);
    expect([...writtenAmounts('Rs 500 off, INR 1,200 cashback, USD 25, 5 euros and 20 % for 3 boxes')]).toEqual(['500¤', '1200¤', '25¤', '5¤', '20%']);
    // Written another way, the same amount: zero cents, a code after it, separators of either convention.
    expect([...writtenAmounts('£5.00, 25 EUR, $1,299.00 and 1.299,00 €, 10000円')]).toEqual(['5¤', '25¤', '1299¤', '10000¤']);
    // A price is not a share.
    expect([...writtenAmounts('is there a 20 € tier? Metal doors hold 20 percent more')]).toEqual(['20¤', '20%']);
    expect([...writtenAmounts('A box feeds 2 or 4 people; version 3.4.2 costs nothing')]).toEqual([]);
    // "rs" inside a word is no rupee sign.
    expect([...writtenAmounts('hours 10 to 6')]).toEqual([]);
  });
});

describe('offeredAmounts', () => {
  it('finds an amount offered as a guess at the answer, not one stated as a fact', () => {
    expect([...offeredAmounts('How much does the Tidy Pro cost, is it €1,299 or maybe 1,199 dollars?')]).toEqual(['1299', '1199']);
    expect([...offeredAmounts('What is the discount, 10 % or 20%?')]).toEqual(['20']);
    expect([...offeredAmounts('How much does the Tidy Ultra cost at €999?')]).toEqual([]);
    expect([...offeredAmounts('Is it version 3.2 or 3.4?')]).toEqual([]);
  });
});

describe('full-width digits and magnitudes', () => {
  it.each([
    ['１．９．０什麼時候出？', ['1.9.0']],
    ['ｉＰｈｏｎｅ　１２', ['12']],
    ['３３０鑽石多少錢？', ['330']],
    ['優勝賞金は10万円です。', ['100000']],
    ['１万円で何ダイヤ？', ['10000']],
    ['獎金 1.5萬、總額 3億', ['15000', '300000000']],
    ['0.25万', ['2500']],
    ['1.23456万', ['12345.6']],
  ])('reads %j as %j', (text, numbers) => {
    expect(writtenNumbers(text)).toEqual(numbers);
  });

  it('knows a full-width version as the ASCII one, with its leading parts', () => {
    expect([...numbersWritten(['バージョン１．８．２'])].sort()).toEqual(['1', '1.8', '1.8.2']);
  });

  it('leaves a version before a magnitude sign as a version', () => {
    expect(writtenNumbers('1.8.2万')).toEqual(['1.8.2']);
  });
});

describe('full-width commas', () => {
  it('reads a full-width comma after an ASCII digit as Chinese punctuation, and between full-width digits as a thousands separator', () => {
    expect(writtenNumbers('台灣地區：60 鑽石 NT$30，330 鑽石 NT$150，1280 鑽石 NT$590。')).toEqual(['60', '30', '330', '150', '1280', '590']);
    expect(writtenNumbers('参加費は１，０００円です')).toEqual(['1000']);
  });
});
