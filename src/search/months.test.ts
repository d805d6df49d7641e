import { describe, expect, it } from 'vitest';
import { besideDay, monthNamed } from './months.js';

describe('monthNamed', () => {
  it("reads CLDR's abbreviations and a name's first letters as the month, folded, in the language given", () => {
    expect(monthNamed('nov', 'es')).toBe('noviembre');
    expect(monthNamed('sept', 'es')).toBe('septiembre');
    expect(monthNamed('fevr', 'fr')).toBe('février');
    expect(monthNamed('mrt', 'nl')).toBe('maart');
    expect(monthNamed('okt', 'de')).toBe('oktober');
    expect(monthNamed('out', 'pt')).toBe('outubro');
  });

  it('reads no whole name, no letters two months open or a weekday shares, and nothing in a language ICU lacks', () => {
    expect(monthNamed('noviembre', 'es')).toBeUndefined();
    // Spanish "mar" is martes's abbreviation as well as marzo's.
    expect(monthNamed('mar', 'es')).toBeUndefined();
    expect(monthNamed('marz', 'es')).toBe('marzo');
    expect(monthNamed('may', 'en')).toBeUndefined();
    expect(monthNamed('jui', 'fr')).toBeUndefined();
    expect(monthNamed('nov', 'qq')).toBeUndefined();
  });

  it("finds a short month beside a day's figure only", () => {
    expect(besideDay('nov', 'el 2 de nov hay clase o no')).toBe(true);
    expect(besideDay('sept', 'hay clase el 16 sept?')).toBe(true);
    expect(besideDay('dez', 'Ist am 24. Dez offen?')).toBe(true);
    expect(besideDay('sept', 'Is it on the 3rd of sept?')).toBe(true);
    expect(besideDay('nov', 'nov 2 is the date?')).toBe(true);
    expect(besideDay('jul', 'kommer ps5 versjonen til jul?')).toBe(false);
    expect(besideDay('dice', 'che dice la ESN, costa 5 euro?')).toBe(false);
    expect(besideDay('jul', 'er det stengt i jul, den 24?')).toBe(false);
  });
});
