// printf-style formatting: str % args (Objects/unicodeobject.c, PyUnicode_Format),
// and bytes % args (Objects/bytesobject.c, _PyBytes_FormatEx), which reads the
// same format language over the bytes seen as latin-1 text.

import { PyFloat, typeOf, type PyValue } from '../objects/object.js';
import { raise } from '../objects/errors.js';
import { intValueOrUndefined, strValueOrUndefined, type Int } from '../objects/boxed.js';
import * as abs from '../objects/abstract.js';
import { percentFloat, percentInt } from '../numeric/index.js';
import { PyTuple } from './tuple.js';
import { strLen, codePoints } from './codepoints.js';
import { bufferOf } from './bytes_methods.js';
import { PyBytes } from './bytes.js';

/** Whether `%` reads its argument as a mapping: anything subscriptable but a tuple or str. */
function isMapping(v: PyValue, bytes: boolean): boolean {
  if (v instanceof PyTuple || typeOf(v).mp_subscript === null) return false;
  return bytes ? bufferOf(v) === undefined : strValueOrUndefined(v) === undefined;
}

/** An int for %d %i %u (any number, truncated) or %o %x %X (through __index__). */
function intArg(v: PyValue, conv: string): Int {
  const i = intValueOrUndefined(v);
  if (i !== undefined) return i;
  const t = typeOf(v);
  if (conv === 'o' || conv === 'x' || conv === 'X') {
    if (t.nb_index === null) raise('TypeError', `%${conv} format: an integer is required, not ${t.name}`);
    return abs.index(v);
  }
  if (t.nb_index === null && t.nb_int === null && t.nb_float === null) {
    raise('TypeError', `%${conv} format: a real number is required, not ${t.name}`);
  }
  const r = abs.call1(typeOf(0), v);
  return intValueOrUndefined(r)!;
}

function floatArg(v: PyValue): number {
  if (v instanceof PyFloat) return v.v;
  return abs.asDouble(v);
}

function charArg(v: PyValue, bytes: boolean): string {
  if (bytes) {
    const b = bufferOf(v);
    if (b !== undefined) {
      if (b.length !== 1) raise('TypeError', '%c requires an integer in range(256) or a single byte');
      return String.fromCharCode(b[0]);
    }
    if (!abs.isIndex(v)) raise('TypeError', '%c requires an integer in range(256) or a single byte');
    const i = abs.index(v);
    if (typeof i === 'bigint' || i < 0 || i > 255) raise('OverflowError', '%c arg not in range(256)');
    return String.fromCharCode(i);
  }
  const s = strValueOrUndefined(v);
  if (s !== undefined) {
    if (strLen(s) !== 1) raise('TypeError', '%c requires int or char');
    return s;
  }
  if (!abs.isIndex(v)) raise('TypeError', '%c requires int or char');
  const i = abs.index(v);
  if (typeof i === 'bigint' || i < 0 || i > 0x10ffff) raise('OverflowError', '%c arg not in range(0x110000)');
  return String.fromCodePoint(i);
}

function padText(body: string, flags: string, width: number): string {
  const n = width - strLen(body);
  if (n <= 0) return body;
  return flags.includes('-') ? body + ' '.repeat(n) : ' '.repeat(n) + body;
}

/** %b and %s of bytes % args: a bytes-like object or __bytes__, as latin-1 text (format_obj, which names %b for both). */
function bytesArg(v: PyValue): string {
  let b = bufferOf(v);
  if (b === undefined) {
    const conv = typeOf(v).lookup('__bytes__');
    if (conv !== undefined) b = bufferOf(abs.callSpecialFound(conv, v, []));
  }
  if (b === undefined) {
    raise('TypeError', `%b requires a bytes-like object, or an object that implements __bytes__, not '${typeOf(v).name}'`);
  }
  return latin1(b);
}

export function latin1(b: Uint8Array): string {
  let s = '';
  for (let i = 0; i < b.length; i += 8192) s += String.fromCharCode(...b.subarray(i, i + 8192));
  return s;
}

/** bytes % args, on the bytes' latin-1 text. */
export function bytesPercentFormat(format: Uint8Array, args: PyValue): Uint8Array {
  const text = percentFormat(latin1(format), args, true);
  const out = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) out[i] = text.charCodeAt(i);
  return out;
}

/** format % args (bytes: the latin-1 text of a bytes format). */
export function percentFormat(format: string, args: PyValue, bytes = false): string {
  // The arguments being consumed: the tuple's items, or a single value; after a %(key) the key's value
  // alone, as in CPython's unicode_format_arg_parse (so '%(a)s %s' runs out of arguments).
  let current = args;
  let tuple = args instanceof PyTuple ? args.items : null;
  let arglen = tuple !== null ? tuple.length : -1;
  let argidx = tuple !== null ? 0 : -2;
  const dict = isMapping(args, bytes) ? args : null;
  const nextArg = (): PyValue => {
    if (tuple !== null) {
      if (argidx < arglen) return tuple[argidx++];
    } else if (argidx === -2) {
      argidx = -1;
      return current;
    }
    raise('TypeError', 'not enough arguments for format string');
  };
  let out = '';
  let i = 0;
  const n = format.length;
  while (i < n) {
    const pct = format.indexOf('%', i);
    if (pct < 0) {
      out += format.slice(i);
      break;
    }
    out += format.slice(i, pct);
    i = pct + 1;
    if (i >= n) raise('ValueError', 'incomplete format');
    if (format[i] === '%') {
      out += '%';
      i++;
      continue;
    }
    if (format[i] === '(') {
      if (dict === null) raise('TypeError', 'format requires a mapping');
      let depth = 1;
      const start = ++i;
      while (i < n && depth > 0) {
        if (format[i] === '(') depth++;
        else if (format[i] === ')') depth--;
        i++;
      }
      if (depth > 0) raise('ValueError', 'incomplete format key');
      const key = format.slice(start, i - 1);
      current = abs.getItem(dict, bytes ? new PyBytes(Uint8Array.from(key, (ch) => ch.charCodeAt(0))) : key);
      tuple = null;
      arglen = -1;
      argidx = -2;
    }
    let flags = '';
    while (i < n && '-+ #0'.includes(format[i])) flags += format[i++];
    let width = -1;
    if (format[i] === '*') {
      i++;
      const w = nextArg();
      if (intValueOrUndefined(w) === undefined) raise('TypeError', '* wants int');
      width = Number(intValueOrUndefined(w));
      if (width < 0) {
        flags += '-';
        width = -width;
      }
    } else {
      const m = /^\d+/.exec(format.slice(i));
      if (m !== null) {
        width = Number(m[0]);
        i += m[0].length;
      }
    }
    let precision = -1;
    if (format[i] === '.') {
      i++;
      if (format[i] === '*') {
        i++;
        const p = nextArg();
        if (intValueOrUndefined(p) === undefined) raise('TypeError', '* wants int');
        precision = Math.max(0, Number(intValueOrUndefined(p)));
      } else {
        const m = /^\d+/.exec(format.slice(i));
        precision = m === null ? 0 : Number(m[0]);
        if (m !== null) i += m[0].length;
      }
    }
    while (i < n && 'hlL'.includes(format[i])) i++;
    if (i >= n) raise('ValueError', 'incomplete format');
    const c = codePoints(format.slice(i, i + 2))[0];
    i += c.length;
    const v = nextArg();
    switch (c) {
      case 'b':
      case 's':
      case 'r':
      case 'a': {
        if (c === 'b' && !bytes) {
          raise('ValueError', `unsupported format character 'b' (0x62) at index ${strLen(format.slice(0, i)) - 1}`);
        }
        let body = bytes ? (c === 'b' || c === 's' ? bytesArg(v) : abs.ascii(v)) : c === 's' ? abs.str(v) : c === 'r' ? abs.repr(v) : abs.ascii(v);
        if (precision >= 0) body = codePoints(body).slice(0, precision).join('');
        out += padText(body, flags, width);
        break;
      }
      case 'c':
        out += padText(charArg(v, bytes), flags, width);
        break;
      case 'd':
      case 'i':
      case 'u':
      case 'o':
      case 'x':
      case 'X': {
        const x = intArg(v, c);
        const effective = flags.includes('-') ? flags.replace(/0/g, '') : flags;
        out += percentInt(x, c === 'i' || c === 'u' ? 'd' : c, effective, width, precision);
        break;
      }
      case 'e':
      case 'E':
      case 'f':
      case 'F':
      case 'g':
      case 'G': {
        const effective = flags.includes('-') ? flags.replace(/0/g, '') : flags;
        out += percentFloat(floatArg(v), c, effective, width, precision);
        break;
      }
      default: {
        const code = c.codePointAt(0)!;
        const shown = code > 32 && code < 127 ? c : '?';
        raise('ValueError', `unsupported format character '${shown}' (0x${code.toString(16)}) at index ${strLen(format.slice(0, i)) - 1}`);
      }
    }
  }
  if (argidx < arglen && dict === null) raise('TypeError', 'not all arguments converted during string formatting');
  return out;
}
