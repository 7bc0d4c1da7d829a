// str constants by code point. A str constant is a JS string whenever one can hold it, read by
// code point; only a str with a high surrogate directly followed by a low one (two code points
// that a JS string would read as one) is a StrConst. These build and take apart str constants so
// that each comes out in the form that fits: two equal str constants always have the same form.

import { StrConst, type PyConst } from './code.js';

/** A str constant: a JS string, or a StrConst where a JS string cannot hold it. */
export type PyStr = string | StrConst;

export function isStr(c: PyConst): c is PyStr {
  return typeof c === 'string' || c instanceof StrConst;
}

const isHigh = (c: number) => c >= 0xd800 && c <= 0xdbff;
const isLow = (c: number) => c >= 0xdc00 && c <= 0xdfff;

/** The JS string of `points`, whose UTF-16 units are those of each code point in turn. */
function unitsOf(points: readonly number[]): string {
  let s = '';
  // In chunks, to stay within the argument limits of a call.
  for (let i = 0; i < points.length; i += 0x2000) s += String.fromCodePoint(...points.slice(i, i + 0x2000));
  return s;
}

/** The str of these code points: a JS string unless a high surrogate directly precedes a low one. */
export function strFromCodePoints(points: readonly number[]): PyStr {
  for (let i = 1; i < points.length; i++) {
    if (isLow(points[i]) && isHigh(points[i - 1])) return new StrConst([...points]);
  }
  return unitsOf(points);
}

export function strCodePoints(s: PyStr): number[] {
  return typeof s === 'string' ? Array.from(s, (ch) => ch.codePointAt(0)!) : [...s.codePoints];
}

/** len(s): its number of code points. */
export function strLength(s: PyStr): number {
  if (typeof s !== 'string') return s.codePoints.length;
  let n = s.length;
  for (let i = 1; i < s.length; i++) if (isLow(s.charCodeAt(i)) && isHigh(s.charCodeAt(i - 1))) n--;
  return n;
}

/**
 * The JS string with the UTF-16 units of `s`. For a StrConst that is a different str (its split
 * pairs read as astral characters): only for hosts that have no exact form for such a str.
 */
export function strUnits(s: PyStr): string {
  return typeof s === 'string' ? s : unitsOf(s.codePoints);
}

/** a + b. Where a ends in a lone high surrogate and b starts with a lone low one, they stay two code points. */
export function strConcat(a: PyStr, b: PyStr): PyStr {
  if (typeof a === 'string' && typeof b === 'string') {
    if (!isHigh(a.charCodeAt(a.length - 1)) || !isLow(b.charCodeAt(0))) return a + b;
  }
  if (a === '') return b;
  if (b === '') return a;
  return new StrConst([...strCodePoints(a), ...strCodePoints(b)]);
}

/** s * n, for n >= 0. */
export function strRepeat(s: PyStr, n: number): PyStr {
  if (n <= 0) return '';
  if (typeof s === 'string' && (n === 1 || !isLow(s.charCodeAt(0)) || !isHigh(s.charCodeAt(s.length - 1)))) {
    return s.repeat(n);
  }
  const points = strCodePoints(s);
  const out: number[] = [];
  for (let i = 0; i < n; i++) for (const cp of points) out.push(cp);
  return new StrConst(out);
}

/** s[i] for 0 <= i < len(s): one code point, always a JS string. */
export function strAt(s: PyStr, i: number): string {
  return String.fromCodePoint(typeof s === 'string' ? Array.from(s)[i].codePointAt(0)! : s.codePoints[i]);
}

/** Python's == between two str constants. */
export function strEquals(a: PyStr, b: PyStr): boolean {
  if (typeof a === 'string' || typeof b === 'string') return a === b; // a StrConst is never equal to a JS string
  return a.codePoints.length === b.codePoints.length && a.codePoints.every((cp, i) => cp === b.codePoints[i]);
}
