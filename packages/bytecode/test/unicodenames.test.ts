// Unicode names as CPython 3.11's unicodedata gives them; the codec goldens (namereplace,
// unicode_escape's \N{...}) check many more against CPython.
import { describe, expect, it } from 'vitest';
import { lookupUnicodeName, unicodeName } from '@pyc-ts/bytecode/unicodenames';

describe('unicode names', () => {
  it('names code points from the table and by rule', () => {
    expect(unicodeName(0xe9)).toBe('LATIN SMALL LETTER E WITH ACUTE');
    expect(unicodeName(0x1f600)).toBe('GRINNING FACE');
    expect(unicodeName(0xf900)).toBe('CJK COMPATIBILITY IDEOGRAPH-F900');
    expect(unicodeName(0x18b00)).toBe('KHITAN SMALL SCRIPT CHARACTER-18B00');
    expect(unicodeName(0xd7a3)).toBe('HANGUL SYLLABLE HIH');
    expect(unicodeName(0x20000)).toBe('CJK UNIFIED IDEOGRAPH-20000');
    expect(unicodeName(0x17000)).toBeUndefined(); // Tangut has no names in 3.11's unicodedata
    expect(unicodeName(0x31350)).toBeUndefined();
    expect(unicodeName(0xd800)).toBeUndefined();
  });
  it('names the private-use code points CPython gives aliases and named sequences', () => {
    expect(unicodeName(0xf0000)).toBe('NULL');
    expect(unicodeName(0xf0000 + 469)).toBe('VS256');
    expect(unicodeName(0xf0000 + 470)).toBeUndefined();
    expect(unicodeName(0xf0200)).toBe('KEYCAP NUMBER SIGN');
    expect(unicodeName(0xf0200 + 460)).toBe('MODIFIER LETTER EXTRA-LOW EXTRA-HIGH CONTOUR TONE BAR');
  });
  it('looks names up as \\N{...} does', () => {
    expect(lookupUnicodeName('latin capital letter a')).toBe(0x41);
    expect(lookupUnicodeName('LATIN CAPITAL LETTER GHA')).toBe(0x1a2); // an alias
    expect(lookupUnicodeName('byte order mark')).toBe(0xfeff);
    expect(lookupUnicodeName('KEYCAP NUMBER SIGN')).toBeUndefined(); // named sequences are not characters
    expect(lookupUnicodeName('lat\u0131n capital letter a')).toBeUndefined(); // ASCII case only
    expect(lookupUnicodeName('CJK UNIFIED IDEOGRAPH-04E00')).toBe(0x4e00);
    expect(lookupUnicodeName('CJK UNIFIED IDEOGRAPH-4e00')).toBeUndefined();
    expect(lookupUnicodeName('cjk unified ideograph-4E00')).toBeUndefined();
    expect(lookupUnicodeName('CJK UNIFIED IDEOGRAPH-0041')).toBeUndefined();
    expect(lookupUnicodeName('cjk compatibility ideograph-f900')).toBe(0xf900);
    expect(lookupUnicodeName('TANGUT IDEOGRAPH-17000')).toBeUndefined();
    expect(lookupUnicodeName('HANGUL SYLLABLE GGAGG')).toBe(0xae4e);
    expect(lookupUnicodeName('HANGUL SYLLABLE A')).toBe(0xc544);
    expect(lookupUnicodeName('HANGUL SYLLABLE ')).toBeUndefined();
    expect(lookupUnicodeName('hangul syllable GA')).toBeUndefined();
  });
  it('looks up every name it gives', () => {
    for (let cp = 0; cp < 0xf0000; cp++) {
      const name = unicodeName(cp);
      if (name !== undefined && lookupUnicodeName(name) !== cp) expect([cp, name]).toBe('found');
    }
  });
});
