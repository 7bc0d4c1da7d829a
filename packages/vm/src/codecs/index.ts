// Text codecs for str.encode, bytes.decode, str(b, encoding) and the _codecs module: CPython's
// codecs with its error handlers, over JS strings and Uint8Arrays, independent of the object model.
import type { ErrorHandler } from './handlers.js';
import { UnknownEncoding } from './errors.js';
import { lookupCodec, type CodecInfo } from './registry.js';
import type { DecodeResult } from './utf8.js';

export {
  CodecError, HandlerPositionError, HandlerTypeError, UnknownEncoding, UnknownErrorHandler, codecErrorMessage,
} from './errors.js';
export { BUILTIN_ERROR_HANDLERS, type ErrorHandler, type HandlerResult } from './handlers.js';
export { lookupCodec, normalizeEncodingName, type CodecInfo } from './registry.js';
export type { DecodeResult } from './utf8.js';

function codec(encoding: string): CodecInfo {
  const info = lookupCodec(encoding);
  if (info === undefined) throw new UnknownEncoding(encoding);
  return info;
}

/**
 * `text` encoded with the codec named `encoding`. `handler` handles errors when `errors` names
 * no built-in handler (one registered with codecs.register_error).
 */
export function encode(text: string, encoding: string, errors: string, handler?: ErrorHandler): Uint8Array {
  return codec(encoding).encode(text, errors, handler);
}

/**
 * `data` decoded with the codec named `encoding`. Unless `final`, an incomplete sequence at the
 * end is left unconsumed instead of being an error.
 */
export function decode(
  data: Uint8Array, encoding: string, errors: string, handler?: ErrorHandler, final = true,
): DecodeResult {
  return codec(encoding).decode(data, errors, handler, final);
}
