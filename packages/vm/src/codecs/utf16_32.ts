// UTF-16 and UTF-32, after _PyUnicode_EncodeUTF16/32 and PyUnicode_DecodeUTF16/32Stateful in
// Objects/unicodeobject.c. Byte order -1 is little-endian, 1 big-endian, 0 native (little) with
// a BOM written when encoding and honoured when decoding.
import { CodecError } from './errors.js';
import { callDecodeHandler, callEncodeHandler, type ErrorHandler } from './handlers.js';
import { ByteBuilder, TextBuilder, codePointsOf, hasLoneSurrogate, isAscii } from './text.js';
import type { DecodeResult } from './utf8.js';

export type ByteOrder = -1 | 0 | 1;

const SURROGATES = 'surrogates not allowed';

function isSurrogate(c: number): boolean {
  return c >= 0xd800 && c <= 0xdfff;
}

/** Encodes to UTF-16 (width 2) or UTF-32 (width 4); each surrogate is an error of its own. */
export function encodeWide(
  text: string, width: 2 | 4, byteorder: ByteOrder, errors: string, handler?: ErrorHandler,
): Uint8Array {
  const encoding = `utf-${width * 8}${byteorder < 0 ? '-le' : byteorder > 0 ? '-be' : ''}`;
  const bigEndian = byteorder > 0;
  const out = new ByteBuilder(text.length * width + width);
  const unit = (u: number): void => {
    for (let k = 0; k < width; k++) out.push((u >>> (8 * (bigEndian ? width - 1 - k : k))) & 0xff);
  };
  const character = (c: number): void => {
    if (width === 2 && c >= 0x10000) {
      unit(0xd800 + ((c - 0x10000) >> 10));
      unit(0xdc00 + ((c - 0x10000) & 0x3ff));
    } else {
      unit(c);
    }
  };
  if (byteorder === 0) unit(0xfeff);
  if (width === 2 && !hasLoneSurrogate(text)) {
    for (let i = 0; i < text.length; i++) unit(text.charCodeAt(i));
    return out.result();
  }
  const chars = codePointsOf(text);
  let pos = 0;
  while (pos < chars.length) {
    if (!isSurrogate(chars[pos])) {
      character(chars[pos++]);
      continue;
    }
    const { replacement, resume } = callEncodeHandler(errors, handler, encoding, SURROGATES, text, chars, pos, pos + 1);
    if (typeof replacement === 'string') {
      if (!isAscii(replacement)) throw new CodecError('encode', encoding, text, pos, pos + 1, SURROGATES, chars);
      for (let k = 0; k < replacement.length; k++) unit(replacement.charCodeAt(k));
    } else {
      // Bytes are written as they are, but only whole units.
      if (replacement.length % width !== 0) throw new CodecError('encode', encoding, text, pos, pos + 1, SURROGATES, chars);
      out.pushBytes(replacement);
    }
    pos = resume;
  }
  return out.result();
}

/**
 * The byte order a byte order mark at the start of `data` gives (-1 little-endian, 1 big-endian),
 * or 0 where there is none, in UTF-16 (width 2) or UTF-32 (width 4).
 */
export function byteOrderMark(data: Uint8Array, width: 2 | 4): ByteOrder {
  if (data.length < width) return 0;
  const [a, b, c, d] = data;
  if (width === 2) return a === 0xff && b === 0xfe ? -1 : a === 0xfe && b === 0xff ? 1 : 0;
  if (a === 0xff && b === 0xfe && c === 0 && d === 0) return -1;
  return a === 0 && b === 0 && c === 0xfe && d === 0xff ? 1 : 0;
}

export function decodeUTF16(
  data: Uint8Array, byteorder: ByteOrder, errors: string, handler: ErrorHandler | undefined, final: boolean,
): DecodeResult {
  const end = data.length;
  const bo = byteorder === 0 ? byteOrderMark(data, 2) : byteorder;
  let q = byteorder === 0 && bo !== 0 ? 2 : 0;
  if (q === end) return { text: '', consumed: end };
  const [hi, lo] = bo > 0 ? [0, 1] : [1, 0];
  const encoding = bo > 0 ? 'utf-16-be' : 'utf-16-le';
  const out = new TextBuilder();
  for (;;) {
    let reason = '';
    while (end - q >= 2) {
      const ch = (data[q + hi] << 8) | data[q + lo];
      q += 2;
      if (!isSurrogate(ch)) {
        out.push(ch);
        continue;
      }
      if (ch >= 0xdc00) {
        reason = 'illegal encoding';
        break;
      }
      if (end - q < 2) {
        reason = 'unexpected end of data';
        break;
      }
      const ch2 = (data[q + hi] << 8) | data[q + lo];
      q += 2;
      if (ch2 < 0xdc00 || ch2 > 0xdfff) {
        reason = 'illegal UTF-16 surrogate';
        break;
      }
      out.push(0x10000 + ((ch - 0xd800) << 10) + (ch2 - 0xdc00));
    }
    let start: number;
    let bad: number;
    if (reason === '') {
      // Fewer than two bytes left.
      if (q === end || !final) break;
      reason = 'truncated data';
      start = q;
      bad = end;
    } else if (reason === 'unexpected end of data') {
      q -= 2;
      if (!final) break;
      start = q;
      bad = end;
    } else if (reason === 'illegal encoding') {
      start = q - 2;
      bad = q;
    } else {
      // Only the high surrogate is bad: the unit after it is decoded again.
      start = q - 4;
      bad = q - 2;
    }
    const { replacement, resume } = callDecodeHandler(errors, handler, encoding, reason, data, start, bad);
    out.pushString(replacement);
    q = resume;
  }
  return { text: out.toString(), consumed: q };
}

export function decodeUTF32(
  data: Uint8Array, byteorder: ByteOrder, errors: string, handler: ErrorHandler | undefined, final: boolean,
): DecodeResult {
  const end = data.length;
  const bo = byteorder === 0 ? byteOrderMark(data, 4) : byteorder;
  let q = byteorder === 0 && bo !== 0 ? 4 : 0;
  if (q === end) return { text: '', consumed: end };
  const bigEndian = bo > 0;
  const encoding = bigEndian ? 'utf-32-be' : 'utf-32-le';
  const out = new TextBuilder();
  for (;;) {
    let ch = 0;
    while (end - q >= 4) {
      ch = bigEndian
        ? data[q] * 0x1000000 + ((data[q + 1] << 16) | (data[q + 2] << 8) | data[q + 3])
        : data[q + 3] * 0x1000000 + ((data[q + 2] << 16) | (data[q + 1] << 8) | data[q]);
      if (isSurrogate(ch) || ch >= 0x110000) break;
      out.push(ch);
      q += 4;
    }
    let reason: string;
    let bad: number;
    if (end - q >= 4) {
      reason = isSurrogate(ch) ? 'code point in surrogate code point range(0xd800, 0xe000)' : 'code point not in range(0x110000)';
      bad = q + 4;
    } else {
      if (q === end || !final) break;
      reason = 'truncated data';
      bad = end;
    }
    const { replacement, resume } = callDecodeHandler(errors, handler, encoding, reason, data, q, bad);
    out.pushString(replacement);
    q = resume;
  }
  return { text: out.toString(), consumed: q };
}
