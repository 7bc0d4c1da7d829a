// Codec lookup by name, after codecs.lookup: _Py_normalize_encoding (Objects/unicodeobject.c),
// then Lib/encodings/__init__.py's search_function with the aliases of Lib/encodings/aliases.py
// that name a codec supported here.
import type { ErrorHandler } from './handlers.js';
import { decodeCharmap, encodeCharmap, CP1252 } from './charmap.js';
import { decodeRawUnicodeEscape, decodeUnicodeEscape, encodeRawUnicodeEscape, encodeUnicodeEscape } from './escapes.js';
import { decodeASCII, decodeLatin1, encodeASCII, encodeLatin1 } from './ucs1.js';
import { decodeUTF16, decodeUTF32, encodeWide, type ByteOrder } from './utf16_32.js';
import { decodeUTF8, decodeUTF8Sig, encodeUTF8, encodeUTF8Sig, type DecodeResult } from './utf8.js';

export interface CodecInfo {
  /** CPython's name for the codec (codecs.lookup(name).name). */
  readonly name: string;
  encode(text: string, errors: string, handler?: ErrorHandler): Uint8Array;
  decode(data: Uint8Array, errors: string, handler: ErrorHandler | undefined, final: boolean): DecodeResult;
}

/** UTF-16 or UTF-32 (`size` bytes a unit) in one byte order: -1 little, 1 big, 0 native with a BOM. */
function wideCodec(name: string, size: 2 | 4, order: ByteOrder): CodecInfo {
  const decode = size === 2 ? decodeUTF16 : decodeUTF32;
  return {
    name,
    encode: (t, e, h) => encodeWide(t, size, order, e, h),
    decode: (d, e, h, f) => decode(d, order, e, h, f),
  };
}

/** The codecs by their module name in Lib/encodings. */
const CODECS: ReadonlyMap<string, CodecInfo> = new Map<string, CodecInfo>([
  ['utf_8', { name: 'utf-8', encode: encodeUTF8, decode: decodeUTF8 }],
  ['utf_8_sig', { name: 'utf-8-sig', encode: encodeUTF8Sig, decode: decodeUTF8Sig }],
  ['utf_16', wideCodec('utf-16', 2, 0)],
  ['utf_16_le', wideCodec('utf-16-le', 2, -1)],
  ['utf_16_be', wideCodec('utf-16-be', 2, 1)],
  ['utf_32', wideCodec('utf-32', 4, 0)],
  ['utf_32_le', wideCodec('utf-32-le', 4, -1)],
  ['utf_32_be', wideCodec('utf-32-be', 4, 1)],
  ['ascii', { name: 'ascii', encode: encodeASCII, decode: (d, e, h) => decodeASCII(d, e, h) }],
  ['latin_1', { name: 'iso8859-1', encode: encodeLatin1, decode: (d) => decodeLatin1(d) }],
  ['cp1252', {
    name: 'cp1252',
    encode: (t, e, h) => encodeCharmap(CP1252, t, e, h),
    decode: (d, e, h) => decodeCharmap(CP1252, d, e, h),
  }],
  ['unicode_escape', { name: 'unicode-escape', encode: (t) => encodeUnicodeEscape(t), decode: decodeUnicodeEscape }],
  ['raw_unicode_escape', {
    name: 'raw-unicode-escape',
    encode: (t) => encodeRawUnicodeEscape(t),
    decode: decodeRawUnicodeEscape,
  }],
]);

/** encodings.aliases entries naming the modules above. */
const ALIASES: ReadonlyMap<string, string> = new Map(Object.entries({
  '646': 'ascii', 'ansi_x3.4_1968': 'ascii', 'ansi_x3_4_1968': 'ascii', 'ansi_x3.4_1986': 'ascii',
  'cp367': 'ascii', 'csascii': 'ascii', 'ibm367': 'ascii', 'iso646_us': 'ascii', 'iso_646.irv_1991': 'ascii',
  'iso_ir_6': 'ascii', 'us': 'ascii', 'us_ascii': 'ascii',
  '1252': 'cp1252', 'windows_1252': 'cp1252',
  '8859': 'latin_1', 'cp819': 'latin_1', 'csisolatin1': 'latin_1', 'ibm819': 'latin_1', 'iso8859': 'latin_1',
  'iso8859_1': 'latin_1', 'iso_8859_1': 'latin_1', 'iso_8859_1_1987': 'latin_1', 'iso_ir_100': 'latin_1',
  'l1': 'latin_1', 'latin': 'latin_1', 'latin1': 'latin_1',
  'u16': 'utf_16', 'utf16': 'utf_16',
  'unicodebigunmarked': 'utf_16_be', 'utf_16be': 'utf_16_be',
  'unicodelittleunmarked': 'utf_16_le', 'utf_16le': 'utf_16_le',
  'u32': 'utf_32', 'utf32': 'utf_32',
  'utf_32be': 'utf_32_be', 'utf_32le': 'utf_32_le',
  'u8': 'utf_8', 'utf': 'utf_8', 'utf8': 'utf_8', 'utf8_ucs2': 'utf_8', 'utf8_ucs4': 'utf_8', 'cp65001': 'utf_8',
}));

/**
 * The name codecs.lookup searches for: ASCII letters and digits lower-cased, '.' kept, and every
 * run of other characters (non-ASCII ones too) one '_' between them.
 */
export function normalizeEncodingName(name: string): string {
  let out = '';
  let punct = false;
  for (const ch of name) {
    if (/^[A-Za-z0-9.]$/.test(ch)) {
      if (punct && out !== '') out += '_';
      out += ch.toLowerCase();
      punct = false;
    } else {
      punct = true;
    }
  }
  return out;
}

/** The codec `name` names, if it is one supported here. */
export function lookupCodec(name: string): CodecInfo | undefined {
  const normalized = normalizeEncodingName(name);
  const alias = ALIASES.get(normalized) ?? ALIASES.get(normalized.replace(/\./g, '_'));
  for (const module of alias === undefined ? [normalized] : [alias, normalized]) {
    if (module.includes('.')) continue; // not a module name
    const codec = CODECS.get(module);
    if (codec !== undefined) return codec;
  }
  return undefined;
}
