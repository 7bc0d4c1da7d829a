// cp1252 through the charmap codec, after PyUnicode_DecodeCharmap and _PyUnicode_EncodeCharmap
// (charmap_encoding_error) in Objects/unicodeobject.c; the table is Lib/encodings/cp1252.py's.
import { CodecError } from './errors.js';
import { callDecodeHandler, callEncodeHandler, errorMode, type ErrorHandler, type ErrorMode } from './handlers.js';
import { ByteBuilder, TextBuilder, codePointsOf } from './text.js';
import type { DecodeResult } from './utf8.js';

const UNDEFINED = 0xfffe; // a byte no character maps to
const REASON = 'character maps to <undefined>';

/** A single-byte code page: the character of each byte, and the byte of each character. */
interface CodePage {
  decoding: Uint16Array;
  encoding: Map<number, number>;
}

function codePage(high: string): CodePage {
  const decoding = new Uint16Array(256);
  for (let b = 0; b < 256; b++) decoding[b] = b < 0x80 ? b : high.charCodeAt(b - 0x80);
  const encoding = new Map<number, number>();
  decoding.forEach((c, b) => { if (c !== UNDEFINED) encoding.set(c, b); });
  return { decoding, encoding };
}

// Bytes 0x80..0xFF; 0x81, 0x8D, 0x8F, 0x90 and 0x9D are undefined, 0xA0..0xFF are Latin-1.
export const CP1252 = codePage(
  '\u20ac\ufffe\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\ufffe\u017d\ufffe'
  + '\ufffe\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\ufffe\u017e\u0178'
  + Array.from({ length: 0x60 }, (_, i) => String.fromCharCode(0xa0 + i)).join(''),
);

export function decodeCharmap(page: CodePage, data: Uint8Array, errors: string, handler?: ErrorHandler): DecodeResult {
  const out = new TextBuilder();
  let s = 0;
  while (s < data.length) {
    const c = page.decoding[data[s]];
    if (c !== UNDEFINED) {
      out.push(c);
      s++;
      continue;
    }
    const { replacement, resume } = callDecodeHandler(errors, handler, 'charmap', REASON, data, s, s + 1);
    out.pushString(replacement);
    s = resume;
  }
  return { text: out.toString(), consumed: data.length };
}

export function encodeCharmap(page: CodePage, text: string, errors: string, handler?: ErrorHandler): Uint8Array {
  const chars = codePointsOf(text);
  const out = new ByteBuilder(chars.length);
  let mode: ErrorMode | undefined;
  let pos = 0;
  while (pos < chars.length) {
    const b = page.encoding.get(chars[pos]);
    if (b !== undefined) {
      out.push(b);
      pos++;
      continue;
    }
    const start = pos;
    let end = pos + 1;
    while (end < chars.length && !page.encoding.has(chars[end])) end++;
    const unencodable = (): CodecError => new CodecError('encode', 'charmap', text, start, end, REASON, chars);
    // Replacement text is encoded with the same map.
    const write = (s: string): void => {
      for (const c of codePointsOf(s)) {
        const mapped = page.encoding.get(c);
        if (mapped === undefined) throw unencodable();
        out.push(mapped);
      }
    };
    mode ??= errorMode(errors);
    if (mode === 'strict') throw unencodable();
    if (mode === 'replace' || mode === 'ignore' || mode === 'xmlcharrefreplace') {
      if (mode !== 'ignore') for (let k = start; k < end; k++) write(mode === 'replace' ? '?' : `&#${chars[k]};`);
      pos = end;
      continue;
    }
    const { replacement, resume } = callEncodeHandler(errors, handler, 'charmap', REASON, text, chars, start, end);
    if (typeof replacement === 'string') write(replacement);
    else out.pushBytes(replacement);
    pos = resume;
  }
  return out.result();
}
