// The failures a codec reports, shaped so the runtime can raise CPython's exceptions from them
// (Objects/exceptions.c for the messages, Python/codecs.c for the lookups).
import { codePointsOf, hex } from './text.js';

/**
 * An unencodable character run or undecodable byte run: UnicodeEncodeError / UnicodeDecodeError;
 * or an untranslatable run (UnicodeTranslateError), which only the error handlers meet here.
 */
export class CodecError extends Error {
  private chars: Uint32Array | undefined;

  constructor(
    readonly kind: 'encode' | 'decode' | 'translate',
    /** The codec's name as CPython's message shows it: 'utf-8', 'latin-1', 'charmap', 'utf-16-le' ... ('' to translate). */
    readonly encoding: string,
    /** The str being encoded or translated, or the bytes being decoded. */
    readonly object: string | Uint8Array,
    /** Code point (encode) or byte (decode) positions of the bad run. */
    readonly start: number,
    readonly end: number,
    readonly reason: string,
    /** The code points of a str object, where the caller has them already. */
    chars?: Uint32Array,
  ) {
    super();
    this.chars = chars;
    this.message = codecErrorMessage(this);
  }

  /** The code points of the str being encoded or translated (positions index these). */
  characters(): Uint32Array {
    if (typeof this.object !== 'string') throw new TypeError('a decode error has no characters');
    this.chars ??= codePointsOf(this.object);
    return this.chars;
  }
}

/** str() of the Unicode error, as UnicodeEncodeError_str, UnicodeDecodeError_str and UnicodeTranslateError_str. */
export function codecErrorMessage(e: CodecError): string {
  const { kind, encoding, start, end, reason } = e;
  if (kind !== 'decode') {
    const chars = e.characters();
    const what = kind === 'encode' ? `'${encoding}' codec can't encode` : "can't translate";
    if (start >= 0 && start < chars.length && end === start + 1) {
      const c = chars[start];
      const escape = c <= 0xff ? '\\x' + hex(c, 2) : c <= 0xffff ? '\\u' + hex(c, 4) : '\\U' + hex(c, 8);
      return `${what} character '${escape}' in position ${start}: ${reason}`;
    }
    return `${what} characters in position ${start}-${end - 1}: ${reason}`;
  }
  const bytes = e.object as Uint8Array;
  if (start >= 0 && start < bytes.length && end === start + 1) {
    return `'${encoding}' codec can't decode byte 0x${hex(bytes[start], 2)} in position ${start}: ${reason}`;
  }
  return `'${encoding}' codec can't decode bytes in position ${start}-${end - 1}: ${reason}`;
}

/** LookupError: no codec has this name. */
export class UnknownEncoding extends Error {
  readonly pythonType = 'LookupError';

  constructor(readonly encoding: string) {
    super(`unknown encoding: ${encoding}`);
  }
}

/** LookupError: no error handler has this name (raised at the first error, as CPython looks it up then). */
export class UnknownErrorHandler extends Error {
  readonly pythonType = 'LookupError';

  constructor(readonly handlerName: string) {
    super(`unknown error handler name '${handlerName}'`);
  }
}

/** IndexError: an error handler said to resume outside the input. */
export class HandlerPositionError extends Error {
  readonly pythonType = 'IndexError';

  constructor(readonly position: number) {
    super(`position ${position} from error handler out of bounds`);
  }
}

/** TypeError: an error handler that cannot handle this kind of error, or that returned the wrong type. */
export class HandlerTypeError extends Error {
  readonly pythonType = 'TypeError';
}

/**
 * The message CPython gives an exception (other than a UnicodeError) that escaped a codec it
 * reached through the codec registry (wrap_codec_error): "encoding with 'NAME' codec failed
 * (TypeError: ...)", NAME as the caller spelled it.
 */
export function codecFailureMessage(
  operation: 'encoding' | 'decoding', encoding: string, pythonType: string, message: string,
): string {
  return `${operation} with '${encoding}' codec failed (${pythonType}: ${message})`;
}
