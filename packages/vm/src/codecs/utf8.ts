// UTF-8 and UTF-8 with signature, after unicode_encode_utf8 / unicode_decode_utf8 in
// Objects/unicodeobject.c and their stringlib loops (Objects/stringlib/codecs.h), and
// Lib/encodings/utf_8_sig.py.
import { CodecError } from './errors.js';
import {
  backslashEscapes, callDecodeHandler, callEncodeHandler, errorMode, xmlCharRefs,
  type ErrorHandler, type ErrorMode,
} from './handlers.js';
import { ByteBuilder, TextBuilder, codePointsOf, hasLoneSurrogate, isAscii } from './text.js';

export interface DecodeResult {
  text: string;
  /** Bytes decoded; short of the input only when not final and it ends inside a sequence. */
  consumed: number;
}

const SURROGATES = 'surrogates not allowed';

const encoder = new TextEncoder();
const strictDecoder = new TextDecoder('utf-8', { fatal: true });

export function encodeUTF8(text: string, errors: string, handler?: ErrorHandler): Uint8Array {
  // Only lone surrogates fail, and only they make TextEncoder's output differ from CPython's.
  if (!hasLoneSurrogate(text)) return encoder.encode(text);
  const chars = codePointsOf(text);
  const out = new ByteBuilder(text.length * 3);
  let mode: ErrorMode | undefined;
  let i = 0;
  while (i < chars.length) {
    const c = chars[i];
    if (c < 0xd800 || c > 0xdfff) {
      writeUTF8(out, c);
      i++;
      continue;
    }
    // A run of surrogates is one error.
    let start = i;
    let end = i + 1;
    while (end < chars.length && chars[end] >= 0xd800 && chars[end] <= 0xdfff) end++;
    mode ??= errorMode(errors);
    switch (mode) {
      case 'replace':
        out.pushAscii('?'.repeat(end - start));
        i = end;
        continue;
      case 'ignore':
        i = end;
        continue;
      case 'surrogatepass':
        for (let k = start; k < end; k++) writeUTF8(out, chars[k]);
        i = end;
        continue;
      case 'backslashreplace':
        out.pushAscii(backslashEscapes(chars, start, end));
        i = end;
        continue;
      case 'xmlcharrefreplace':
        out.pushAscii(xmlCharRefs(chars, start, end));
        i = end;
        continue;
      case 'surrogateescape':
        while (start < end && chars[start] >= 0xdc80 && chars[start] <= 0xdcff) out.push(chars[start++] - 0xdc00);
        if (start === end) {
          i = end;
          continue;
        }
        // The rest of the run goes to the handler, which fails on it.
    }
    const { replacement, resume } = callEncodeHandler(errors, handler, 'utf-8', SURROGATES, text, chars, start, end);
    if (typeof replacement === 'string') {
      if (!isAscii(replacement)) throw new CodecError('encode', 'utf-8', text, start, end, SURROGATES, chars);
      out.pushAscii(replacement);
    } else {
      out.pushBytes(replacement);
    }
    i = resume;
  }
  return out.result();
}

function writeUTF8(out: ByteBuilder, c: number): void {
  if (c < 0x80) {
    out.push(c);
  } else if (c < 0x800) {
    out.push(0xc0 | (c >> 6));
    out.push(0x80 | (c & 0x3f));
  } else if (c < 0x10000) {
    out.push(0xe0 | (c >> 12));
    out.push(0x80 | ((c >> 6) & 0x3f));
    out.push(0x80 | (c & 0x3f));
  } else {
    out.push(0xf0 | (c >> 18));
    out.push(0x80 | ((c >> 12) & 0x3f));
    out.push(0x80 | ((c >> 6) & 0x3f));
    out.push(0x80 | (c & 0x3f));
  }
}

// What sequenceAt finds where no character is: the data ends inside a sequence, the byte can
// start none, or the sequence's k-th byte (INVALID_CONTINUATION - k + 1) is bad.
const UNEXPECTED_END = -1;
const INVALID_START = -2;
const INVALID_CONTINUATION = -3;

function isContinuation(b: number): boolean {
  return (b & 0xc0) === 0x80;
}

/**
 * The character of the multi-byte sequence at d[s], or why there is none. Shortest forms only,
 * no surrogates, nothing above U+10FFFF; a sequence cut short by the end is checked as far as it
 * goes (stringlib's utf8_decode).
 */
function sequenceAt(d: Uint8Array, s: number, end: number): number {
  const ch = d[s];
  if (ch < 0xc2) return INVALID_START; // a continuation byte, or C0/C1 which could only spell ASCII
  if (ch < 0xe0) {
    if (end - s < 2) return UNEXPECTED_END;
    if (!isContinuation(d[s + 1])) return INVALID_CONTINUATION;
    return ((ch & 0x1f) << 6) | (d[s + 1] & 0x3f);
  }
  if (ch < 0xf0) {
    const c2 = d[s + 1];
    // E0 needs A0..BF after it (else overlong), ED 80..9F (else a surrogate).
    const badSecond = end - s >= 2 && (!isContinuation(c2) || (c2 < 0xa0 ? ch === 0xe0 : ch === 0xed));
    if (badSecond) return INVALID_CONTINUATION;
    if (end - s < 3) return UNEXPECTED_END;
    if (!isContinuation(d[s + 2])) return INVALID_CONTINUATION - 1;
    return ((ch & 0x0f) << 12) | ((c2 & 0x3f) << 6) | (d[s + 2] & 0x3f);
  }
  if (ch < 0xf5) {
    const c2 = d[s + 1];
    // F0 needs 90..BF after it (else overlong), F4 80..8F (else above U+10FFFF).
    const badSecond = end - s >= 2 && (!isContinuation(c2) || (c2 < 0x90 ? ch === 0xf0 : ch === 0xf4));
    if (badSecond) return INVALID_CONTINUATION;
    if (end - s >= 3 && !isContinuation(d[s + 2])) return INVALID_CONTINUATION - 1;
    if (end - s < 4) return UNEXPECTED_END;
    if (!isContinuation(d[s + 3])) return INVALID_CONTINUATION - 2;
    return ((ch & 0x07) << 18) | ((c2 & 0x3f) << 12) | ((d[s + 2] & 0x3f) << 6) | (d[s + 3] & 0x3f);
  }
  return INVALID_START;
}

export function decodeUTF8(data: Uint8Array, errors: string, handler: ErrorHandler | undefined, final: boolean): DecodeResult {
  // Valid input decodes the same everywhere (TextDecoder drops a leading BOM, CPython keeps it).
  let text: string | undefined;
  try {
    text = strictDecoder.decode(data);
  } catch {
    text = undefined;
  }
  if (text !== undefined) {
    if (data[0] === 0xef && data[1] === 0xbb && data[2] === 0xbf) text = '\ufeff' + text;
    return { text, consumed: data.length };
  }
  const out = new TextBuilder();
  const end = data.length;
  let mode: ErrorMode | undefined;
  let s = 0;
  while (s < end) {
    const ch = data[s];
    if (ch < 0x80) {
      out.push(ch);
      s++;
      continue;
    }
    const found = sequenceAt(data, s, end);
    if (found >= 0) {
      out.push(found);
      s += found < 0x800 ? 2 : found < 0x10000 ? 3 : 4;
      continue;
    }
    let reason: string;
    let bad: number; // the end of the bad bytes
    if (found === UNEXPECTED_END) {
      if (!final) break;
      reason = 'unexpected end of data';
      bad = end;
    } else if (found === INVALID_START) {
      reason = 'invalid start byte';
      bad = s + 1;
    } else {
      // A surrogate's first two bytes at the end may be completed by surrogatepass.
      if (!final && found === INVALID_CONTINUATION && ch === 0xed && end - s === 2 && data[s + 1] >= 0xa0 && data[s + 1] <= 0xbf) break;
      reason = 'invalid continuation byte';
      bad = s + INVALID_CONTINUATION - found + 1;
    }
    mode ??= errorMode(errors);
    if (mode === 'ignore') {
      s = bad;
    } else if (mode === 'replace') {
      out.push(0xfffd);
      s = bad;
    } else if (mode === 'surrogateescape') {
      for (; s < bad; s++) out.push(0xdc00 + data[s]);
    } else {
      const { replacement, resume } = callDecodeHandler(errors, handler, 'utf-8', reason, data, s, bad);
      out.pushString(replacement);
      s = resume;
    }
  }
  return { text: out.toString(), consumed: s };
}

const BOM = [0xef, 0xbb, 0xbf];

export function encodeUTF8Sig(text: string, errors: string, handler?: ErrorHandler): Uint8Array {
  const body = encodeUTF8(text, errors, handler);
  const out = new Uint8Array(body.length + 3);
  out.set(BOM);
  out.set(body, 3);
  return out;
}

/** Decodes past a leading BOM (positions in errors count from after it, as utf_8_sig.decode's do). */
export function decodeUTF8Sig(data: Uint8Array, errors: string, handler: ErrorHandler | undefined, final: boolean): DecodeResult {
  // Not final, a prefix of the BOM may be the start of one (utf_8_sig.IncrementalDecoder).
  if (!final && data.length < 3 && data.every((b, i) => b === BOM[i])) return { text: '', consumed: 0 };
  if (data[0] === BOM[0] && data[1] === BOM[1] && data[2] === BOM[2]) {
    const rest = decodeUTF8(data.slice(3), errors, handler, final);
    return { text: rest.text, consumed: rest.consumed + 3 };
  }
  return decodeUTF8(data, errors, handler, final);
}
