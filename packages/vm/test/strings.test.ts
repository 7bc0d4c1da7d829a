// Code-point semantics for str on top of UTF-16 JS strings.
import { describe, expect, it } from 'vitest';
import { strLen, strCharAt, ordOf } from '../src/builtins/codepoints.js';

describe('str by code point', () => {
  const s = 'a\u{1F600}b\u{10000}';
  it('len counts code points', () => {
    expect(strLen(s)).toBe(4);
    expect(strLen('plain')).toBe(5);
    expect(strLen('')).toBe(0);
  });
  it('indexes by code point', () => {
    expect(strCharAt(s, 1)).toBe('\u{1F600}');
    expect(strCharAt(s, 2)).toBe('b');
    expect(strCharAt(s, 3)).toBe('\u{10000}');
  });
  it('ord of an astral character', () => {
    expect(ordOf('\u{1F600}')).toBe(0x1f600);
  });
});
