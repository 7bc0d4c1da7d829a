// str.encode, bytes.decode and str(b, encoding): the text codecs, with their
// errors raised as UnicodeEncodeError / UnicodeDecodeError.

import { raise } from '../objects/errors.js';
import type { PyValue } from '../objects/object.js';
import { PyBytes } from './bytes.js';
import { bufferOf } from './bytes_methods.js';

/** The bytes of a bytes-like object, or undefined. */
export function bytesLikeData(v: PyValue): Uint8Array | undefined {
  return bufferOf(v);
}

function normalize(encoding: string): string {
  return encoding.toLowerCase().replace(/[-_ ]/g, '');
}

export function encodeStr(s: string, encoding: string, errors: string): PyBytes {
  const enc = normalize(encoding);
  void errors;
  if (enc === 'utf8') return new PyBytes(new TextEncoder().encode(s));
  if (enc === 'latin1' || enc === 'iso88591' || enc === 'ascii') {
    const limit = enc === 'ascii' ? 128 : 256;
    const out = new Uint8Array(s.length);
    for (let i = 0; i < s.length; i++) {
      const c = s.charCodeAt(i);
      if (c >= limit) raise('UnicodeError', `'${enc === 'ascii' ? 'ascii' : 'latin-1'}' codec can't encode character`);
      out[i] = c;
    }
    return new PyBytes(out);
  }
  raise('LookupError' as 'TypeError', `unknown encoding: ${encoding}`);
}

export function decodeToStr(b: Uint8Array, encoding: string, errors: string): string {
  const enc = normalize(encoding);
  void errors;
  if (enc === 'utf8') {
    try {
      return new TextDecoder('utf-8', { fatal: true }).decode(b);
    } catch {
      raise('UnicodeError', "'utf-8' codec can't decode bytes");
    }
  }
  if (enc === 'latin1' || enc === 'iso88591') return String.fromCharCode(...b);
  raise('LookupError' as 'TypeError', `unknown encoding: ${encoding}`);
}
