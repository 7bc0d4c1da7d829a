// Error handlers, after Python/codecs.c: the built-in ones codecs.lookup_error knows, and the call
// a codec makes to a handler with CPython's rules for what it may return
// (unicode_encode_call_errorhandler and unicode_decode_call_errorhandler_writer in unicodeobject.c).
import { unicodeName } from '@pyc-ts/bytecode/unicodenames';
import { CodecError, HandlerPositionError, HandlerTypeError, UnknownErrorHandler } from './errors.js';
import { hex } from './text.js';

/** What a handler gives: the replacement (bytes only when encoding) and where to go on. */
export interface HandlerResult {
  replacement: string | Uint8Array;
  /** Code point (encode) or byte (decode) position; negative counts from the end. */
  resume: number;
}

export type ErrorHandler = (e: CodecError) => HandlerResult;

/**
 * The handlers a codec may apply inline, without calling one (_Py_GetErrorHandler): any other
 * name, namereplace included, is 'other' and goes through callEncodeHandler/callDecodeHandler.
 */
export type ErrorMode =
  'strict' | 'ignore' | 'replace' | 'backslashreplace' | 'surrogateescape' | 'surrogatepass' | 'xmlcharrefreplace' | 'other';

const INLINE_MODES = new Set<string>(
  ['strict', 'ignore', 'replace', 'backslashreplace', 'surrogateescape', 'surrogatepass', 'xmlcharrefreplace']);

export function errorMode(errors: string): ErrorMode {
  return INLINE_MODES.has(errors) ? (errors as ErrorMode) : 'other';
}

const EXCEPTION_NAMES = { encode: 'UnicodeEncodeError', decode: 'UnicodeDecodeError', translate: 'UnicodeTranslateError' };

function wrongExceptionType(e: CodecError): never {
  throw new HandlerTypeError(`don't know how to handle ${EXCEPTION_NAMES[e.kind]} in error callback`);
}

/** The length of the bad run (an exception made in Python may have its end before its start). */
function runLength(e: CodecError): number {
  return Math.max(e.end - e.start, 0);
}

function strictErrors(e: CodecError): never {
  throw e;
}

function ignoreErrors(e: CodecError): HandlerResult {
  return { replacement: '', resume: e.end };
}

function replaceErrors(e: CodecError): HandlerResult {
  if (e.kind === 'decode') return { replacement: '\ufffd', resume: e.end };
  return { replacement: (e.kind === 'encode' ? '?' : '\ufffd').repeat(runLength(e)), resume: e.end };
}

function xmlcharrefreplaceErrors(e: CodecError): HandlerResult {
  if (e.kind !== 'encode') wrongExceptionType(e);
  return { replacement: xmlCharRefs(e.characters(), e.start, e.end), resume: e.end };
}

function backslashreplaceErrors(e: CodecError): HandlerResult {
  if (e.kind === 'decode') {
    const bytes = e.object as Uint8Array;
    let s = '';
    for (let i = e.start; i < e.end; i++) s += '\\x' + hex(bytes[i], 2);
    return { replacement: s, resume: e.end };
  }
  return { replacement: backslashEscapes(e.characters(), e.start, e.end), resume: e.end };
}

function namereplaceErrors(e: CodecError): HandlerResult {
  if (e.kind !== 'encode') wrongExceptionType(e);
  const chars = e.characters();
  let s = '';
  for (let i = e.start; i < e.end; i++) {
    const name = unicodeName(chars[i]);
    s += name === undefined ? backslashEscapes(chars, i, i + 1) : `\\N{${name}}`;
  }
  return { replacement: s, resume: e.end };
}

function surrogateescapeErrors(e: CodecError): HandlerResult {
  if (e.kind === 'translate') wrongExceptionType(e);
  if (e.kind === 'encode') {
    const chars = e.characters();
    const out = new Uint8Array(runLength(e));
    for (let i = e.start; i < e.end; i++) {
      if (chars[i] < 0xdc80 || chars[i] > 0xdcff) throw e; // not a smuggled byte
      out[i - e.start] = chars[i] - 0xdc00;
    }
    return { replacement: out, resume: e.end };
  }
  // Escapes up to 4 bytes, never an ASCII one.
  const bytes = e.object as Uint8Array;
  let s = '';
  let n = 0;
  while (n < 4 && n < e.end - e.start && bytes[e.start + n] >= 0x80) {
    s += String.fromCharCode(0xdc00 + bytes[e.start + n]);
    n++;
  }
  if (n === 0) throw e;
  return { replacement: s, resume: e.start + n };
}

/** The byte order and unit size surrogatepass writes surrogates in, from the codec's name (get_standard_encoding). */
function standardEncoding(encoding: string): { width: 3 | 2 | 4; bigEndian: boolean } | undefined {
  if (encoding === 'CP_UTF8') return { width: 3, bigEndian: false };
  const m = /^utf[-_]?(8|16|32)(?:[-_]?([bl])e)?$/i.exec(encoding);
  if (m === null) return undefined;
  if (m[1] === '8') return m[2] === undefined ? { width: 3, bigEndian: false } : undefined;
  return { width: m[1] === '16' ? 2 : 4, bigEndian: m[2] !== undefined && m[2].toLowerCase() === 'b' };
}

function surrogatepassErrors(e: CodecError): HandlerResult {
  if (e.kind === 'translate') wrongExceptionType(e);
  const standard = standardEncoding(e.encoding);
  if (standard === undefined) throw e;
  const { width, bigEndian } = standard;
  if (e.kind === 'encode') {
    const chars = e.characters();
    const out = new Uint8Array(width * runLength(e));
    let o = 0;
    for (let i = e.start; i < e.end; i++) {
      const c = chars[i];
      if (c < 0xd800 || c > 0xdfff) throw e;
      if (width === 3) {
        out[o++] = 0xe0 | (c >> 12);
        out[o++] = 0x80 | ((c >> 6) & 0x3f);
        out[o++] = 0x80 | (c & 0x3f);
      } else {
        for (let k = 0; k < width; k++) out[o++] = c >> (8 * (bigEndian ? width - 1 - k : k));
      }
    }
    return { replacement: out, resume: e.end };
  }
  // Decodes one surrogate; the codec calls again for the next.
  const p = (e.object as Uint8Array).subarray(e.start);
  let c = 0;
  if (p.length >= width) {
    if (width === 3) {
      if ((p[0] & 0xf0) === 0xe0 && (p[1] & 0xc0) === 0x80 && (p[2] & 0xc0) === 0x80) {
        c = ((p[0] & 0x0f) << 12) + ((p[1] & 0x3f) << 6) + (p[2] & 0x3f);
      }
    } else {
      for (let k = 0; k < width; k++) c = c * 256 + p[bigEndian ? k : width - 1 - k];
    }
  }
  if (c < 0xd800 || c > 0xdfff) throw e;
  return { replacement: String.fromCharCode(c), resume: e.start + width };
}

/** The built-in handlers, by the names codecs.lookup_error knows them. */
export const BUILTIN_ERROR_HANDLERS: ReadonlyMap<string, ErrorHandler> = new Map<string, ErrorHandler>([
  ['strict', strictErrors],
  ['ignore', ignoreErrors],
  ['replace', replaceErrors],
  ['xmlcharrefreplace', xmlcharrefreplaceErrors],
  ['backslashreplace', backslashreplaceErrors],
  ['namereplace', namereplaceErrors],
  ['surrogatepass', surrogatepassErrors],
  ['surrogateescape', surrogateescapeErrors],
]);

function lookupHandler(errors: string, custom: ErrorHandler | undefined): ErrorHandler {
  const handler = custom ?? BUILTIN_ERROR_HANDLERS.get(errors);
  if (handler === undefined) throw new UnknownErrorHandler(errors);
  return handler;
}

function resumeWithin(resume: number, length: number): number {
  if (resume < 0) resume += length;
  if (resume < 0 || resume > length) throw new HandlerPositionError(resume);
  return resume;
}

/**
 * Calls the handler named `errors` on the encode error at chars[start, end) of `text`: `custom`
 * when given (what codecs.register_error registered under the name, which may be a built-in one's),
 * else the built-in handler of that name.
 */
export function callEncodeHandler(
  errors: string, custom: ErrorHandler | undefined, encoding: string, reason: string,
  text: string, chars: Uint32Array, start: number, end: number,
): HandlerResult {
  const handler = lookupHandler(errors, custom);
  const result = handler(new CodecError('encode', encoding, text, start, end, reason, chars));
  return { replacement: result.replacement, resume: resumeWithin(result.resume, chars.length) };
}

/** Calls the handler named `errors` (`custom` when given) on the decode error at data[start, end). */
export function callDecodeHandler(
  errors: string, custom: ErrorHandler | undefined, encoding: string, reason: string,
  data: Uint8Array, start: number, end: number,
): { replacement: string; resume: number } {
  const handler = lookupHandler(errors, custom);
  const result = handler(new CodecError('decode', encoding, data, start, end, reason));
  if (typeof result.replacement !== 'string') {
    throw new HandlerTypeError('decoding error handler must return (str, int) tuple');
  }
  return { replacement: result.replacement, resume: resumeWithin(result.resume, data.length) };
}

/** "&#N;" for each of chars[start, end). */
export function xmlCharRefs(chars: Uint32Array, start: number, end: number): string {
  let s = '';
  for (let i = start; i < end; i++) s += `&#${chars[i]};`;
  return s;
}

/** "\xNN", "\uNNNN" or "\UNNNNNNNN" for each of chars[start, end). */
export function backslashEscapes(chars: Uint32Array, start: number, end: number): string {
  let s = '';
  for (let i = start; i < end; i++) {
    const c = chars[i];
    s += c >= 0x10000 ? '\\U' + hex(c, 8) : c >= 0x100 ? '\\u' + hex(c, 4) : '\\x' + hex(c, 2);
  }
  return s;
}
