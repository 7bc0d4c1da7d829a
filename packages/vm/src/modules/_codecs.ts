// The _codecs module (Modules/_codecsmodule.c): the error handler registry, encode and decode
// through the codec registry, and the functions of the text codecs the runtime has, each giving
// (result, length consumed). Not here: the codec search functions (register, unregister, lookup,
// whose CodecInfo comes from Lib/codecs.py), the byte-string escapes, utf-7 and charmap.

import type { PyValue } from '../objects/object.js';
import type { MethodDef } from '../objects/typedef.js';
import { strValueOrUndefined } from '../objects/boxed.js';
import { badArgument } from '../objects/clinic.js';
import * as abs from '../objects/abstract.js';
import { byteOrderMark, type CodecInfo, type DecodeResult } from '../codecs/index.js';
import { PyBytes } from '../builtins/bytes.js';
import { needBuffer } from '../builtins/bytes_methods.js';
import { strLen } from '../builtins/codepoints.js';
import { PyTuple } from '../builtins/tuple.js';
import { cString, encodeText, lookupErrorHandler, registerErrorHandler, runCodec } from '../builtins/str_codecs.js';
import { defineModule } from './registry.js';

/**
 * The prefix of the _codecs functions each codec's encode and decode are (Lib/encodings), by the
 * codec's name: the names their argument errors show.
 */
const CODEC_FUNCTIONS: Record<string, string> = {
  'utf-8': 'utf_8', 'utf-8-sig': 'utf_8', 'utf-16': 'utf_16', 'utf-16-le': 'utf_16_le', 'utf-16-be': 'utf_16_be',
  'utf-32': 'utf_32', 'utf-32-le': 'utf_32_le', 'utf-32-be': 'utf_32_be', 'iso8859-1': 'latin_1', ascii: 'ascii',
  cp1252: 'charmap', 'unicode-escape': 'unicode_escape', 'raw-unicode-escape': 'raw_unicode_escape',
};

/** The escape decoders take a str too, as its UTF-8 (Py_buffer(accept={str, buffer})). */
function acceptsStr(codec: CodecInfo): boolean {
  return codec.name === 'unicode-escape' || codec.name === 'raw-unicode-escape';
}

/** Runs a codec's encode function (the registry's encode, or <codec>_encode) on `obj`. */
function encodeWith(encoding: string, viaRegistry: boolean, obj: PyValue, errors: string): Uint8Array {
  return runCodec('encoding', encoding, viaRegistry, errors, (codec, handler) => {
    const text = strValueOrUndefined(obj);
    if (text === undefined) badArgument({ fname: `${CODEC_FUNCTIONS[codec.name]}_encode`, index: 1, name: 'str', keyword: false }, 'str', obj);
    return codec.encode(text, errors, handler);
  });
}

/** Runs a codec's decode function on `obj`. */
function decodeWith(encoding: string, viaRegistry: boolean, obj: PyValue, errors: string, final: boolean): DecodeResult {
  return runCodec('decoding', encoding, viaRegistry, errors, (codec, handler) => {
    const text = acceptsStr(codec) ? strValueOrUndefined(obj) : undefined;
    const data = text === undefined ? needBuffer(obj) : encodeText(text, 'utf-8', 'strict');
    return codec.decode(data, errors, handler, final);
  });
}

/** What <codec>_encode(str, errors=None) gives: (bytes, characters consumed), the codec reached directly. */
function encodeAs(encoding: string, text: string, errors: string | null): PyTuple {
  return new PyTuple([new PyBytes(encodeWith(encoding, false, text, errors ?? 'strict')), strLen(text)]);
}

function encoder(encoding: string): MethodDef {
  return (text: string, errors: string | null) => encodeAs(encoding, text, errors);
}

/** <codec>_decode(data, errors=None[, final]): (str, bytes consumed); `final` absent where the codec has no state. */
function decoder(encoding: string): MethodDef {
  return (obj: PyValue, errors: string | null, final: PyValue = true) => {
    const { text, consumed } = decodeWith(encoding, false, obj, errors ?? 'strict', abs.isTrue(final));
    return new PyTuple([text, consumed]);
  };
}

/** The UTF-16 or UTF-32 codec of a byte order: 0 a BOM (written, or read if there is one), below 0 little-endian, above big-endian. */
function wideCodec(bits: 16 | 32, byteorder: number): string {
  return `utf-${bits}${byteorder < 0 ? '-le' : byteorder > 0 ? '-be' : ''}`;
}

/** utf_16_encode and utf_32_encode. */
function wideEncoder(bits: 16 | 32): MethodDef {
  return (text: string, errors: string | null, byteorder: number) => encodeAs(wideCodec(bits, byteorder), text, errors);
}

/** utf_16_ex_decode and utf_32_ex_decode: (str, bytes consumed, the byte order given or read from a BOM). */
function wideDecoder(bits: 16 | 32): MethodDef {
  return {
    impl: (obj: PyValue, errors: string | null, byteorder: number, final: number | boolean) => {
      const { text, consumed } = decodeWith(wideCodec(bits, byteorder), false, obj, errors ?? 'strict', abs.isTrue(final));
      const read = byteorder === 0 ? byteOrderMark(needBuffer(obj), bits === 16 ? 2 : 4) : byteorder;
      return new PyTuple([text, consumed, read]);
    },
    // As CPython's docstring wraps it.
    textSignature: '($module, data, errors=None, byteorder=0, final=False,\n                 /)',
  };
}

const ERRORS_DOC = `errors may be given to set a
different error handling scheme.  Default is 'strict' meaning that encoding
errors raise a ValueError.  Other possible values are 'ignore', 'replace'
and 'backslashreplace' as well as any other name registered with
codecs.register_error that can handle ValueErrors.`;

defineModule({
  name: '_codecs',
  functions: {
    'register_error($module, errors: cstr, handler, /)': {
      impl: (name: string, handler: PyValue) => {
        registerErrorHandler(name, handler);
        return null;
      },
      doc: `Register the specified error handler under the name errors.

handler must be a callable object, that will be called with an exception
instance containing information about the location of the encoding/decoding
error and must return a (replacement, new position) tuple.`,
    },
    'lookup_error($module, name, /)': {
      impl: (name: PyValue) => lookupErrorHandler(cString(name, { fname: 'lookup_error', index: 0, name: 'name', keyword: false })),
      doc: `lookup_error(errors) -> handler

Return the error handler for the specified error handling name or raise a
LookupError, if no handler exists under this name.`,
    },
    "encode($module, /, obj, encoding: cstr = 'utf-8', errors: cstr = 'strict')": {
      impl: (obj: PyValue, encoding: string, errors: string) => new PyBytes(encodeWith(encoding, true, obj, errors)),
      doc: `Encodes obj using the codec registered for encoding.\n\nThe default encoding is 'utf-8'.  ${ERRORS_DOC}`,
    },
    "decode($module, /, obj, encoding: cstr = 'utf-8', errors: cstr = 'strict')": {
      impl: (obj: PyValue, encoding: string, errors: string) => decodeWith(encoding, true, obj, errors, true).text,
      doc: `Decodes obj using the codec registered for encoding.\n\nDefault encoding is 'utf-8'.  ${ERRORS_DOC}`,
    },
    'utf_8_encode($module, str: str, errors: cstr_or_none = None, /)': encoder('utf-8'),
    'utf_8_decode($module, data, errors: cstr_or_none = None, final: cint = False, /)': decoder('utf-8'),
    'utf_16_encode($module, str: str, errors: cstr_or_none = None, byteorder: cint = 0, /)': wideEncoder(16),
    'utf_16_decode($module, data, errors: cstr_or_none = None, final: cint = False, /)': decoder('utf-16'),
    'utf_16_ex_decode($module, data, errors: cstr_or_none = None, byteorder: cint = 0, final: cint = False, /)': wideDecoder(16),
    'utf_16_le_encode($module, str: str, errors: cstr_or_none = None, /)': encoder('utf-16-le'),
    'utf_16_le_decode($module, data, errors: cstr_or_none = None, final: cint = False, /)': decoder('utf-16-le'),
    'utf_16_be_encode($module, str: str, errors: cstr_or_none = None, /)': encoder('utf-16-be'),
    'utf_16_be_decode($module, data, errors: cstr_or_none = None, final: cint = False, /)': decoder('utf-16-be'),
    'utf_32_encode($module, str: str, errors: cstr_or_none = None, byteorder: cint = 0, /)': wideEncoder(32),
    'utf_32_decode($module, data, errors: cstr_or_none = None, final: cint = False, /)': decoder('utf-32'),
    'utf_32_ex_decode($module, data, errors: cstr_or_none = None, byteorder: cint = 0, final: cint = False, /)': wideDecoder(32),
    'utf_32_le_encode($module, str: str, errors: cstr_or_none = None, /)': encoder('utf-32-le'),
    'utf_32_le_decode($module, data, errors: cstr_or_none = None, final: cint = False, /)': decoder('utf-32-le'),
    'utf_32_be_encode($module, str: str, errors: cstr_or_none = None, /)': encoder('utf-32-be'),
    'utf_32_be_decode($module, data, errors: cstr_or_none = None, final: cint = False, /)': decoder('utf-32-be'),
    'unicode_escape_encode($module, str: str, errors: cstr_or_none = None, /)': encoder('unicode-escape'),
    'unicode_escape_decode($module, data, errors: cstr_or_none = None, final: cint = True, /)': decoder('unicode-escape'),
    'raw_unicode_escape_encode($module, str: str, errors: cstr_or_none = None, /)': encoder('raw-unicode-escape'),
    'raw_unicode_escape_decode($module, data, errors: cstr_or_none = None, final: cint = True, /)': decoder('raw-unicode-escape'),
    'latin_1_encode($module, str: str, errors: cstr_or_none = None, /)': encoder('latin-1'),
    'latin_1_decode($module, data, errors: cstr_or_none = None, /)': decoder('latin-1'),
    'ascii_encode($module, str: str, errors: cstr_or_none = None, /)': encoder('ascii'),
    'ascii_decode($module, data, errors: cstr_or_none = None, /)': decoder('ascii'),
  },
});
