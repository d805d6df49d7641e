import { describe, expect, it } from 'vitest';
import { monthNamed } from './months.js';

describe('monthNamed', () => {
  it("reads CLDR's abbreviations and a name's first letters as the month, folded, in the language given", () => {
    expect(monthNamed('nov', 'es')).toBe('noviembre');
    expect(monthNamed('sept', 'es')).toBe('septiembre');
    expect(monthNamed('fevr', 'fr')).toBe('février');
    expect(monthNamed('mrt', 'nl')).toBe('maart');
    expect(monthNamed('okt', 'de')).toBe('oktober');
    expect(monthNamed('out', 'pt')).toBe('outubro');
  });

  it('reads no whole name, no letters two months open, and nothing in a language ICU lacks', () => {
    expect(monthNamed('noviembre', 'es')).toBeUndefined();
    expect(monthNamed('may', 'en')).toBeUndefined();
    expect(monthNamed('jui', 'fr')).toBeUndefined();
    expect(monthNamed('nov', 'qq')).toBeUndefined();
  });
});
