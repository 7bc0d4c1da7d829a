// int(str, base) and float(str) as CPython 3.11 parses them (PyLong_FromString,
// float_from_string_inner): ASCII whitespace around, non-ASCII spaces and
// decimal digits first mapped to ASCII, single underscores between digits.

import { strRepr } from '@pyc-ts/bytecode';
import { raise } from '../objects/errors.js';
import { intNeg, normInt, type Int } from './int_ops.js';
import { decimalValue, isDecimal } from '../builtins/unicodectype.js';
import { currentInterpreter } from '../objects/state.js';

/** sys.int_info.default_max_str_digits: the limit on decimal conversions until sys.set_int_max_str_digits. */
export const MAX_STR_DIGITS = 4300;

/** The running interpreter's limit on decimal digits in int <-> str conversions; 0 means none. */
export function maxStrDigits(): number {
  return currentInterpreter()?.intMaxStrDigits ?? MAX_STR_DIGITS;
}

const NON_ASCII_SPACE = /[\x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]/;

/**
 * _PyUnicode_TransformDecimalAndSpaceToASCII: non-ASCII whitespace becomes ' ',
 * non-ASCII decimal digits their ASCII digit, anything else non-ASCII '?'.
 */
function toAscii(s: string): string {
  if (!/[^\x00-\x7f]/.test(s)) return s;
  let out = '';
  for (const ch of s) {
    if (ch.charCodeAt(0) < 128) out += ch;
    else if (NON_ASCII_SPACE.test(ch)) out += ' ';
    else if (isDecimal(ch.codePointAt(0)!)) out += String(decimalValue(ch.codePointAt(0)!));
    else out += '?';
  }
  return out;
}

function isAsciiSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13);
}

function digitValue(c: number): number {
  if (c >= 48 && c <= 57) return c - 48;
  if (c >= 97 && c <= 122) return c - 87;
  if (c >= 65 && c <= 90) return c - 55;
  return 99;
}

function invalidLiteral(s: string, base: number): never {
  raise('ValueError', `invalid literal for int() with base ${base}: ${strRepr(s).slice(0, 200)}`);
}

/** int(s, base). */
export function parseInt(s: string, base: number): Int {
  if ((base !== 0 && base < 2) || base > 36) raise('ValueError', 'int() base must be >= 2 and <= 36, or 0');
  const t = toAscii(s);
  const n = t.length;
  let i = 0;
  while (i < n && isAsciiSpace(t.charCodeAt(i))) i++;
  let negative = false;
  if (t[i] === '+') i++;
  else if (t[i] === '-') {
    negative = true;
    i++;
  }
  let errorIfNonzero = false;
  const b = base;
  if (base === 0) {
    const p = t[i + 1];
    if (t[i] !== '0') base = 10;
    else if (p === 'x' || p === 'X') base = 16;
    else if (p === 'o' || p === 'O') base = 8;
    else if (p === 'b' || p === 'B') base = 2;
    else {
      errorIfNonzero = true; // C-style octal "012" is invalid, but "00" is zero
      base = 10;
    }
  }
  if (t[i] === '0') {
    const p = t[i + 1];
    if (
      (base === 16 && (p === 'x' || p === 'X')) ||
      (base === 8 && (p === 'o' || p === 'O')) ||
      (base === 2 && (p === 'b' || p === 'B'))
    ) {
      i += 2;
      if (t[i] === '_') i++; // one underscore may follow the prefix
    }
  }
  const start = i;
  let digits = 0;
  let prevUnderscore = true; // no leading underscore
  for (; i < n; i++) {
    const c = t.charCodeAt(i);
    if (c === 95) {
      if (prevUnderscore) invalidLiteral(s, b);
      prevUnderscore = true;
      continue;
    }
    if (digitValue(c) >= base) break;
    digits++;
    prevUnderscore = false;
  }
  if (digits === 0 || prevUnderscore) invalidLiteral(s, b);
  const end = i;
  const limit = maxStrDigits();
  if ((base & (base - 1)) !== 0 && limit > 0 && digits > limit) {
    raise(
      'ValueError',
      `Exceeds the limit (${limit} digits) for integer string conversion: value has ${digits} digits; use sys.set_int_max_str_digits() to increase the limit`,
    );
  }
  while (i < n && isAsciiSpace(t.charCodeAt(i))) i++;
  if (i !== n) invalidLiteral(s, b);
  let body = t.slice(start, end);
  if (body.includes('_')) body = body.replace(/_/g, '');
  let value: Int;
  if (base === 10 && digits <= 15) value = Number(body);
  else value = normInt(parseBigInt(body, base));
  if (errorIfNonzero && value !== 0) invalidLiteral(s, b);
  return negative ? intNeg(value) : value;
}

function parseBigInt(digits: string, base: number): bigint {
  switch (base) {
    case 10:
      return BigInt(digits);
    case 16:
      return BigInt('0x' + digits);
    case 8:
      return BigInt('0o' + digits);
    case 2:
      return BigInt('0b' + digits);
  }
  // Other bases: chunks of digits that stay exact as numbers.
  const chunk = Math.floor(Math.log(2 ** 50) / Math.log(base));
  const bigBase = BigInt(base);
  let r = 0n;
  for (let i = 0; i < digits.length; i += chunk) {
    const part = digits.slice(i, i + chunk);
    r = r * bigBase ** BigInt(part.length) + BigInt(globalThis.parseInt(part, base));
  }
  return r;
}

const FLOAT_SYNTAX = /^[+-]?(?:(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?|inf|infinity|nan)$/i;

/**
 * float(s) of a str; of a bytes-like object when `shown` is given: its bytes as latin-1 text (no Unicode
 * spaces or digits then), and its repr for the error message.
 */
export function parseFloat(s: string, shown?: string): number {
  const bad = shown ?? strRepr(s);
  let t = shown === undefined ? toAscii(s) : s;
  let a = 0;
  let z = t.length;
  while (a < z && isAsciiSpace(t.charCodeAt(a))) a++;
  while (z > a && isAsciiSpace(t.charCodeAt(z - 1))) z--;
  t = t.slice(a, z);
  if (t.includes('_')) t = withoutUnderscores(t, 'float', bad);
  if (!FLOAT_SYNTAX.test(t)) raise('ValueError', `could not convert string to float: ${bad}`);
  const c = t.charCodeAt(t.length - 1) | 0x20;
  if (c === 0x6e) return NaN; // "nan": the sign of a NaN is not observable
  if (c === 0x66 || c === 0x79) return t[0] === '-' ? -Infinity : Infinity;
  return Number(t); // correctly rounded
}

/** Underscores only between two digits (_Py_string_to_number_with_underscores); `what` and `shown` make the error. */
function withoutUnderscores(t: string, what: string, shown: string): string {
  const bad = () => raise('ValueError', `could not convert string to ${what}: ${shown}`);
  let out = '';
  let prev = '';
  for (const ch of t) {
    if (ch === '_') {
      if (!(prev >= '0' && prev <= '9')) bad();
    } else {
      if (prev === '_' && !(ch >= '0' && ch <= '9')) bad();
      out += ch;
    }
    prev = ch;
  }
  if (prev === '_') bad();
  return out;
}

// The longest float at the start of a string, as PyOS_string_to_double finds it (no blanks before it).
const FLOAT_PREFIX = /^[+-]?(?:(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?|infinity|inf|nan)/i;

/**
 * complex(s) as [real, imag] (complex_from_string_inner): <float>, <float>j, <float><signed float>j, and
 * the older <float><sign>j, <sign>j and j; blanks around, and one pair of parentheses.
 */
export function parseComplex(s: string): [number, number] {
  let t = toAscii(s);
  if (t.includes('_')) t = withoutUnderscores(t, 'complex', strRepr(s));
  const malformed = (): never => raise('ValueError', 'complex() arg is a malformed string');
  let i = 0;
  const skipSpace = () => {
    while (i < t.length && isAsciiSpace(t.charCodeAt(i))) i++;
  };
  const float = (): number | undefined => {
    const m = FLOAT_PREFIX.exec(t.slice(i));
    if (m === null) return undefined;
    i += m[0].length;
    return parseFloat(m[0]);
  };
  const isJ = () => t[i] === 'j' || t[i] === 'J';
  let x = 0;
  let y = 0;
  skipSpace();
  const bracket = t[i] === '(';
  if (bracket) {
    i++;
    skipSpace();
  }
  const z = float();
  if (z !== undefined) {
    if (t[i] === '+' || t[i] === '-') {
      x = z;
      const sign = t[i];
      const w = float();
      if (w !== undefined) y = w;
      else {
        y = sign === '+' ? 1 : -1;
        i++;
      }
      if (!isJ()) malformed();
      i++;
    } else if (isJ()) {
      i++;
      y = z;
    } else x = z;
  } else {
    if (t[i] === '+' || t[i] === '-') y = t[i++] === '+' ? 1 : -1;
    else y = 1;
    if (!isJ()) malformed();
    i++;
  }
  skipSpace();
  if (bracket) {
    if (t[i] !== ')') malformed();
    i++;
    skipSpace();
  }
  if (i !== t.length) malformed();
  return [x, y];
}
