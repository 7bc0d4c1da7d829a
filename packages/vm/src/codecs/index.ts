// Text codecs for str.encode, bytes.decode, str(b, encoding) and the _codecs module: CPython's
// codecs with its error handlers, over JS strings and Uint8Arrays, independent of the object model.
import type { ErrorHandler } from './handlers.js';
import {
  HandlerPositionError, HandlerTypeError, UnknownEncoding, UnknownErrorHandler, codecFailureMessage,
} from './errors.js';
import { lookupCodec, normalizeEncodingName, type CodecInfo } from './registry.js';
import type { DecodeResult } from './utf8.js';

export {
  CodecError, HandlerPositionError, HandlerTypeError, UnknownEncoding, UnknownErrorHandler, codecErrorMessage,
  codecFailureMessage,
} from './errors.js';
export { BUILTIN_ERROR_HANDLERS, type ErrorHandler, type HandlerResult } from './handlers.js';
export { lookupCodec, normalizeEncodingName, type CodecInfo } from './registry.js';
export type { DecodeResult } from './utf8.js';
export { byteOrderMark } from './utf16_32.js';

function codec(encoding: string): CodecInfo {
  const info = lookupCodec(encoding);
  if (info === undefined) throw new UnknownEncoding(encoding);
  return info;
}

const SHORTCUTS = new Set(['utf8', 'utf_8', 'utf16', 'utf_16', 'utf32', 'utf_32', 'ascii', 'us_ascii', 'latin1', 'latin_1',
  'iso_8859_1', 'iso8859_1']);

/**
 * Whether str.encode and bytes.decode reach the codec named `encoding` through the codec registry,
 * and so wrap the exceptions other than UnicodeErrors that escape it (see codecFailureMessage);
 * the names of the common codecs are shortcuts to them (PyUnicode_AsEncodedString, PyUnicode_Decode).
 */
export function viaCodecRegistry(encoding: string): boolean {
  return !SHORTCUTS.has(normalizeEncodingName(encoding));
}

/** Runs a codec, wrapping the handler failures it raises itself as CPython does on the registry path. */
function wrapped<T>(operation: 'encoding' | 'decoding', encoding: string, run: () => T): T {
  if (!viaCodecRegistry(encoding)) return run();
  try {
    return run();
  } catch (e) {
    if (e instanceof UnknownErrorHandler || e instanceof HandlerTypeError || e instanceof HandlerPositionError) {
      e.message = codecFailureMessage(operation, encoding, e.pythonType, e.message);
    }
    throw e;
  }
}

/**
 * `text` encoded with the codec named `encoding`, as str.encode. `handler`, when given, is what
 * the name `errors` is registered to with codecs.register_error (when that is not the built-in
 * handler of the name); an exception it throws passes through unwrapped (see viaCodecRegistry).
 */
export function encode(text: string, encoding: string, errors: string, handler?: ErrorHandler): Uint8Array {
  const info = codec(encoding);
  return wrapped('encoding', encoding, () => info.encode(text, errors, handler));
}

/**
 * `data` decoded with the codec named `encoding`, as bytes.decode. Unless `final`, an incomplete
 * sequence at the end is left unconsumed instead of being an error, and failures are not wrapped,
 * as with the codec's own decoding function (_codecs.utf_8_decode ...) that incremental decoders call.
 */
export function decode(
  data: Uint8Array, encoding: string, errors: string, handler?: ErrorHandler, final = true,
): DecodeResult {
  const info = codec(encoding);
  if (!final) return info.decode(data, errors, handler, final);
  return wrapped('decoding', encoding, () => info.decode(data, errors, handler, final));
}
