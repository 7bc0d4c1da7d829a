// str constants by code point: a JS string where one can hold the str, a StrConst where a high
// surrogate directly precedes a low one. Expected values are Python's (len, +, *, [i], ==).
import { describe, expect, it } from 'vitest';
import {
  StrConst, constEquals, reprConst, strAt, strCodePoints, strConcat, strEquals, strFromCodePoints, strLength, strRepeat, strUnits,
} from '../src/index.js';

const pair = new StrConst([0xd83d, 0xde00]); // '\ud83d\ude00' written as two escapes

describe('str constants', () => {
  it('are JS strings unless a high surrogate directly precedes a low one', () => {
    expect(strFromCodePoints([0x61, 0x1f600, 0xd83d])).toBe('a\u{1f600}\ud83d');
    expect(strFromCodePoints([0xde00, 0xd83d])).toBe('\ude00\ud83d');
    expect(strFromCodePoints([0xd83d, 0xde00])).toEqual(pair);
    expect(strCodePoints('\u{1f600}\ud800')).toEqual([0x1f600, 0xd800]);
    expect(strCodePoints(pair)).toEqual([0xd83d, 0xde00]);
  });

  it('count, join, repeat and index by code point', () => {
    expect([strLength(pair), strLength('\u{1f600}'), strLength('\ude00\ud83d')]).toEqual([2, 1, 2]);
    // '\ud83d' + '\ude00' is the two code points; 'a\ud83d' + 'b' and '\ude00' + '\ud83d' are plain text.
    expect(strConcat('\ud83d', '\ude00')).toEqual(pair);
    expect(strConcat('a\ud83d', 'b')).toBe('a\ud83db');
    expect(strConcat('\ude00', '\ud83d')).toBe('\ude00\ud83d');
    expect(strConcat(pair, '')).toBe(pair);
    expect(strConcat('x', pair)).toEqual(new StrConst([0x78, 0xd83d, 0xde00]));
    // '\ude00\ud83d' * 2 has a high surrogate before a low one where the copies meet.
    expect(strRepeat('\ude00\ud83d', 2)).toEqual(new StrConst([0xde00, 0xd83d, 0xde00, 0xd83d]));
    expect(strRepeat('\ude00\ud83d', 1)).toBe('\ude00\ud83d');
    expect(strRepeat('ab', 3)).toBe('ababab');
    expect(strRepeat(pair, 0)).toBe('');
    expect(strRepeat(pair, 2)).toEqual(new StrConst([0xd83d, 0xde00, 0xd83d, 0xde00]));
    expect([strAt(pair, 0), strAt(pair, 1), strAt('a\u{1f600}', 1)]).toEqual(['\ud83d', '\ude00', '\u{1f600}']);
  });

  it('compare, print and convert as the str they are', () => {
    expect(strEquals(pair, new StrConst([0xd83d, 0xde00]))).toBe(true);
    expect(strEquals(pair, '\u{1f600}')).toBe(false);
    expect(constEquals(pair, new StrConst([0xd83d, 0xde00]))).toBe(true);
    expect(constEquals(pair, '\u{1f600}')).toBe(false);
    expect(reprConst(pair)).toBe("'\\ud83d\\ude00'");
    expect(reprConst('\u{1f600}')).toBe("'\u{1f600}'");
    expect(strUnits(pair)).toBe('\u{1f600}');
  });
});
