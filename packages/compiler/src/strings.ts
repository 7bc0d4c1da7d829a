// String and bytes literal decoding (escapes, prefixes), after CPython's
// Parser/string_parser.c.
import { BytesConst, strFromCodePoints, type PyStr } from '@pyc-ts/bytecode';
import { lookupUnicodeName } from '@pyc-ts/bytecode/unicodenames';

/** Thrown for a bad escape, with CPython's message after "(unicode error) " or "(value error) " (`kind`). */
export class StringDecodeError extends Error {
  constructor(readonly kind: 'unicode error' | 'value error', message: string) {
    super(message);
  }
}

/**
 * The unicode-escape codec's error for the escape at s[start, end), where end is where CPython's
 * decoder stopped. It decodes a copy of the literal text in which each non-ASCII character is a
 * \UXXXXXXXX escape (10 bytes) and a backslash before one, or at the end, is \u005c (6), so the
 * positions it reports count that copy's bytes.
 */
function escapeError(s: string, start: number, end: number, reason: string): StringDecodeError {
  const at = (index: number): number => {
    let n = 0;
    for (let j = 0; j < index; j++) {
      const c = s.charCodeAt(j);
      if (c === 92 && j + 1 < index) {
        // An escape's backslash: the character after it is copied with it, unless non-ASCII.
        if (s.charCodeAt(j + 1) >= 0x80) n += 6;
        else { n += 2; j++; }
      } else if (c >= 0x80) {
        n += 10;
        if (c >= 0xd800 && c <= 0xdbff) j++;
      } else n++;
    }
    return n;
  };
  return new StringDecodeError('unicode error', `'unicodeescape' codec can't decode bytes in position ${at(start)}-${at(end) - 1}: ${reason}`);
}

export interface StringParts {
  prefix: string; // lower-cased
  body: string; // between the quotes
  bodyStart: number; // index of body in the token image
}

export function splitStringToken(image: string): StringParts {
  let i = 0;
  while (image[i] !== '"' && image[i] !== "'") i++;
  const prefix = image.slice(0, i).toLowerCase();
  const q = image[i];
  const triple = image[i + 1] === q && image[i + 2] === q && image.length >= i + 6;
  const ql = triple ? 3 : 1;
  return { prefix, body: image.slice(i + ql, image.length - ql), bodyStart: i + ql };
}

const SIMPLE: Record<string, string> = {
  '\n': '', '\\': '\\', "'": "'", '"': '"', a: '\x07', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t', v: '\v',
};

/**
 * Decodes the escapes of a (non-raw) str literal body: a StrConst where escapes give a high
 * surrogate followed by a low one ('\\ud83d\\ude00'), which a JS string would pair up.
 */
export function decodeStrEscapes(s: string): PyStr {
  if (s.indexOf('\\') < 0) return s;
  let out = '';
  let escapedSurrogates: Set<number> | null = null; // their indexes in `out`
  let i = 0;
  const n = s.length;
  while (i < n) {
    const bs = s.indexOf('\\', i);
    if (bs < 0) { out += s.slice(i); break; }
    out += s.slice(i, bs);
    i = bs + 1;
    if (i >= n) throw escapeError(s, bs, n, '\\ at end of string');
    const c = s[i];
    const simple = SIMPLE[c];
    if (simple !== undefined) { out += simple; i++; continue; }
    if (c >= '0' && c <= '7') {
      let j = i;
      while (j < n && j < i + 3 && s[j] >= '0' && s[j] <= '7') j++;
      out += String.fromCodePoint(parseInt(s.slice(i, j), 8));
      i = j;
      continue;
    }
    if (c === 'x' || c === 'u' || c === 'U') {
      const len = c === 'x' ? 2 : c === 'u' ? 4 : 8;
      let j = i + 1;
      while (j < n && j < i + 1 + len && isHexDigit(s.charCodeAt(j))) j++;
      // The decoder stops at the first character that is no hex digit.
      if (j < i + 1 + len) throw escapeError(s, bs, j, `truncated \\${c}${'X'.repeat(len)} escape`);
      const cp = parseInt(s.slice(i + 1, j), 16);
      if (cp > 0x10ffff) throw escapeError(s, bs, j, 'illegal Unicode character');
      if (cp >= 0xd800 && cp <= 0xdfff) (escapedSurrogates ??= new Set()).add(out.length);
      out += String.fromCodePoint(cp);
      i = j;
      continue;
    }
    if (c === 'N') {
      // \N{name}; the decoder stops after 'N' without a '{', at the end without a '}', at an
      // empty name's '}', and after the '}' of a name it doesn't know.
      if (s[i + 1] !== '{') throw escapeError(s, bs, i + 1, 'malformed \\N character escape');
      const close = s.indexOf('}', i + 2);
      if (close < 0) throw escapeError(s, bs, n, 'malformed \\N character escape');
      if (close === i + 2) throw escapeError(s, bs, close, 'malformed \\N character escape');
      const cp = lookupUnicodeName(s.slice(i + 2, close));
      if (cp === undefined) throw escapeError(s, bs, close + 1, 'unknown Unicode character name');
      out += String.fromCodePoint(cp);
      i = close + 1;
      continue;
    }
    // Unknown escapes keep their backslash.
    out += '\\';
  }
  return escapedSurrogates === null ? out : strFromCodePoints(exactCodePoints(out, escapedSurrogates));
}

/**
 * The code points of `text`, where the surrogates at the `escaped` indexes are code points of
 * their own: '\\ud83d\\ude00' (two escapes) is two code points, a JS string would pair them.
 */
function exactCodePoints(text: string, escaped: Set<number>): number[] {
  const out: number[] = [];
  for (let k = 0; k < text.length; k++) {
    const c = text.charCodeAt(k);
    const d = text.charCodeAt(k + 1);
    if (c >= 0xd800 && c <= 0xdbff && d >= 0xdc00 && d <= 0xdfff && !escaped.has(k) && !escaped.has(k + 1)) {
      out.push(((c - 0xd800) << 10) + (d - 0xdc00) + 0x10000);
      k++;
    } else {
      out.push(c);
    }
  }
  return out;
}

function isHexDigit(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 70) || (c >= 97 && c <= 102);
}

/** Decodes a bytes literal body (raw or not, ASCII only) to bytes. */
export function decodeBytes(s: string, raw: boolean): BytesConst {
  const out: number[] = [];
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c !== 92 || raw) { out.push(c); continue; }
    const d = s[i + 1];
    if (d === undefined) throw new StringDecodeError('value error', `Trailing \\ in string`);
    const simple = SIMPLE[d];
    if (simple !== undefined) {
      if (simple !== '') out.push(simple.charCodeAt(0));
      i++;
    } else if (d >= '0' && d <= '7') {
      let j = i + 1;
      while (j < s.length && j < i + 4 && s[j] >= '0' && s[j] <= '7') j++;
      out.push(parseInt(s.slice(i + 1, j), 8) & 0xff);
      i = j - 1;
    } else if (d === 'x') {
      const hex = s.slice(i + 2, i + 4);
      if (hex.length < 2 || !isHexDigit(hex.charCodeAt(0)) || !isHexDigit(hex.charCodeAt(1))) {
        throw new StringDecodeError('value error', `invalid \\x escape at position ${i}`);
      }
      out.push(parseInt(hex, 16));
      i += 3;
    } else {
      out.push(92);
    }
  }
  return new BytesConst(Uint8Array.from(out));
}
