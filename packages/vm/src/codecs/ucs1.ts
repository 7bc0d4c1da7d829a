// ASCII and Latin-1, after unicode_encode_ucs1, PyUnicode_DecodeASCII and
// _PyUnicode_DecodeLatin1 in Objects/unicodeobject.c.
import { CodecError } from './errors.js';
import {
  backslashEscapes, callDecodeHandler, callEncodeHandler, errorMode, xmlCharRefs,
  type ErrorHandler, type ErrorMode,
} from './handlers.js';
import { ByteBuilder, TextBuilder, codePointsOf, latin1Text } from './text.js';
import type { DecodeResult } from './utf8.js';

/** Encodes to one byte per character below `limit` (128: 'ascii', 256: 'latin-1'). */
function encodeUCS1(text: string, limit: 128 | 256, errors: string, handler: ErrorHandler | undefined): Uint8Array {
  const encoding = limit === 128 ? 'ascii' : 'latin-1';
  const reason = `ordinal not in range(${limit})`;
  const fast = new Uint8Array(text.length);
  let n = 0;
  for (; n < text.length; n++) {
    const c = text.charCodeAt(n);
    if (c >= limit) break;
    fast[n] = c;
  }
  if (n === text.length) return fast;
  const chars = codePointsOf(text);
  const out = new ByteBuilder(text.length);
  out.pushBytes(fast.subarray(0, n));
  let mode: ErrorMode | undefined;
  let pos = n;
  while (pos < chars.length) {
    if (chars[pos] < limit) {
      out.push(chars[pos++]);
      continue;
    }
    // A run of unencodable characters is one error.
    let start = pos;
    let end = pos + 1;
    while (end < chars.length && chars[end] >= limit) end++;
    mode ??= errorMode(errors);
    switch (mode) {
      case 'strict':
        throw new CodecError('encode', encoding, text, start, end, reason, chars);
      case 'replace':
        out.pushAscii('?'.repeat(end - start));
        pos = end;
        continue;
      case 'ignore':
        pos = end;
        continue;
      case 'backslashreplace':
        out.pushAscii(backslashEscapes(chars, start, end));
        pos = end;
        continue;
      case 'xmlcharrefreplace':
        out.pushAscii(xmlCharRefs(chars, start, end));
        pos = end;
        continue;
      case 'surrogateescape':
        while (start < end && chars[start] >= 0xdc80 && chars[start] <= 0xdcff) out.push(chars[start++] - 0xdc00);
        pos = start;
        if (start === end) continue;
        // The rest of the run goes to the handler, which fails on it.
    }
    const { replacement, resume } = callEncodeHandler(errors, handler, encoding, reason, text, chars, start, end);
    if (typeof replacement === 'string') {
      for (let k = 0; k < replacement.length; k++) {
        if (replacement.charCodeAt(k) >= limit) throw new CodecError('encode', encoding, text, start, end, reason, chars);
      }
      out.pushAscii(replacement);
    } else {
      out.pushBytes(replacement);
    }
    pos = resume;
  }
  return out.result();
}

export function encodeASCII(text: string, errors: string, handler?: ErrorHandler): Uint8Array {
  return encodeUCS1(text, 128, errors, handler);
}

export function encodeLatin1(text: string, errors: string, handler?: ErrorHandler): Uint8Array {
  return encodeUCS1(text, 256, errors, handler);
}

/** Every byte is its own character. */
export function decodeLatin1(data: Uint8Array): DecodeResult {
  return { text: latin1Text(data), consumed: data.length };
}

export function decodeASCII(data: Uint8Array, errors: string, handler?: ErrorHandler): DecodeResult {
  let n = 0;
  while (n < data.length && data[n] < 0x80) n++;
  if (n === data.length) return { text: latin1Text(data), consumed: data.length };
  const out = new TextBuilder();
  out.pushString(latin1Text(data, 0, n));
  let mode: ErrorMode | undefined;
  let s = n;
  while (s < data.length) {
    const c = data[s];
    if (c < 0x80) {
      out.push(c);
      s++;
      continue;
    }
    mode ??= errorMode(errors);
    if (mode === 'replace' || mode === 'surrogateescape') {
      out.push(mode === 'replace' ? 0xfffd : 0xdc00 + c);
      s++;
    } else if (mode === 'ignore') {
      s++;
    } else {
      const { replacement, resume } = callDecodeHandler(errors, handler, 'ascii', 'ordinal not in range(128)', data, s, s + 1);
      out.pushString(replacement);
      s = resume;
    }
  }
  return { text: out.toString(), consumed: data.length };
}
