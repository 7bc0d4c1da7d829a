// unicode_escape and raw_unicode_escape, after PyUnicode_AsUnicodeEscapeString,
// _PyUnicode_DecodeUnicodeEscapeInternal and their raw counterparts in Objects/unicodeobject.c.
// Their encoders cannot fail. The DeprecationWarning CPython gives for an unknown escape is not
// reported.
import { lookupUnicodeName } from '@pyc-ts/bytecode/unicodenames';
import { backslashEscapes, callDecodeHandler, type ErrorHandler } from './handlers.js';
import { ByteBuilder, TextBuilder, codePointsOf, latin1Text } from './text.js';
import type { DecodeResult } from './utf8.js';

export function encodeUnicodeEscape(text: string): Uint8Array {
  const chars = codePointsOf(text);
  const out = new ByteBuilder(chars.length);
  for (let i = 0; i < chars.length; i++) {
    const c = chars[i];
    if (c >= 0x20 && c < 0x7f) out.pushAscii(c === 0x5c ? '\\\\' : String.fromCharCode(c));
    else if (c === 0x09) out.pushAscii('\\t');
    else if (c === 0x0a) out.pushAscii('\\n');
    else if (c === 0x0d) out.pushAscii('\\r');
    else out.pushAscii(backslashEscapes(chars, i, i + 1));
  }
  return out.result();
}

export function encodeRawUnicodeEscape(text: string): Uint8Array {
  const chars = codePointsOf(text);
  const out = new ByteBuilder(chars.length);
  for (let i = 0; i < chars.length; i++) {
    if (chars[i] < 0x100) out.push(chars[i]);
    else out.pushAscii(backslashEscapes(chars, i, i + 1));
  }
  return out.result();
}

// The character after the backslash of \\ \' \" \b \f \t \n \r \v \a, and the one each stands for.
const SIMPLE_ESCAPES: Record<number, number> = {
  0x5c: 0x5c, 0x27: 0x27, 0x22: 0x22, 0x62: 0x08, 0x66: 0x0c, 0x74: 0x09, 0x6e: 0x0a, 0x72: 0x0d, 0x76: 0x0b, 0x61: 0x07,
};

function hexValue(b: number): number {
  if (b >= 0x30 && b <= 0x39) return b - 0x30;
  if (b >= 0x61 && b <= 0x66) return b - 0x61 + 10;
  if (b >= 0x41 && b <= 0x46) return b - 0x41 + 10;
  return -1;
}

/** An escape's text and where it ends, or why it failed: the data ended inside it, or it is bad. */
type Escape = { text: string; end: number } | { reason: string; end: number; incomplete: boolean };

/** The escape whose backslash is data[start]; `raw` knows only \u and \U. */
function escapeAt(data: Uint8Array, start: number, raw: boolean): Escape {
  let s = start + 1;
  if (s >= data.length) return { reason: '\\ at end of string', end: s, incomplete: true };
  const e = data[s++];
  if (!raw) {
    if (e === 0x0a) return { text: '', end: s }; // backslash-newline
    const simple = SIMPLE_ESCAPES[e];
    if (simple !== undefined) return { text: String.fromCharCode(simple), end: s };
    if (e >= 0x30 && e <= 0x37) {
      let ch = e - 0x30;
      for (let k = 0; k < 2 && s < data.length && data[s] >= 0x30 && data[s] <= 0x37; k++) ch = ch * 8 + data[s++] - 0x30;
      return { text: String.fromCharCode(ch), end: s };
    }
    if (e === 0x4e) return namedEscape(data, s);
  }
  const count = e === 0x75 ? 4 : e === 0x55 ? 8 : e === 0x78 && !raw ? 2 : 0;
  // Unknown escapes keep their backslash.
  if (count === 0) return { text: '\\' + String.fromCharCode(e), end: s };
  const reason = `truncated \\${String.fromCharCode(e)}${'X'.repeat(count)} escape`;
  let ch = 0;
  for (let k = 0; k < count; k++, s++) {
    if (s >= data.length) return { reason, end: s, incomplete: true };
    const v = hexValue(data[s]);
    if (v < 0) return { reason, end: s, incomplete: false };
    ch = ch * 16 + v;
  }
  if (ch > 0x10ffff) return { reason: raw ? '\\Uxxxxxxxx out of range' : 'illegal Unicode character', end: s, incomplete: false };
  return { text: String.fromCodePoint(ch), end: s };
}

/** \N{name}, from after the N. */
function namedEscape(data: Uint8Array, s: number): Escape {
  const reason = 'malformed \\N character escape';
  if (s >= data.length) return { reason, end: s, incomplete: true };
  if (data[s] !== 0x7b) return { reason, end: s, incomplete: false };
  const nameStart = ++s;
  while (s < data.length && data[s] !== 0x7d) s++;
  if (s >= data.length) return { reason, end: s, incomplete: true };
  if (s === nameStart) return { reason, end: s, incomplete: false };
  const cp = lookupUnicodeName(latin1Text(data, nameStart, s));
  if (cp === undefined) return { reason: 'unknown Unicode character name', end: s + 1, incomplete: false };
  return { text: String.fromCodePoint(cp), end: s + 1 };
}

function decodeEscapes(
  data: Uint8Array, raw: boolean, errors: string, handler: ErrorHandler | undefined, final: boolean,
): DecodeResult {
  const encoding = raw ? 'rawunicodeescape' : 'unicodeescape';
  const out = new TextBuilder();
  let s = 0;
  while (s < data.length) {
    const c = data[s];
    // For raw, a backslash that ends the data is itself, once no more can follow.
    if (c !== 0x5c || (raw && final && s + 1 === data.length)) {
      out.push(c);
      s++;
      continue;
    }
    const escape = escapeAt(data, s, raw);
    if ('text' in escape) {
      out.pushString(escape.text);
      s = escape.end;
      continue;
    }
    if (escape.incomplete && !final) return { text: out.toString(), consumed: s };
    const { replacement, resume } = callDecodeHandler(errors, handler, encoding, escape.reason, data, s, escape.end);
    out.pushString(replacement);
    s = resume;
  }
  return { text: out.toString(), consumed: s };
}

export function decodeUnicodeEscape(data: Uint8Array, errors: string, handler: ErrorHandler | undefined, final: boolean): DecodeResult {
  return decodeEscapes(data, false, errors, handler, final);
}

export function decodeRawUnicodeEscape(data: Uint8Array, errors: string, handler: ErrorHandler | undefined, final: boolean): DecodeResult {
  return decodeEscapes(data, true, errors, handler, final);
}
