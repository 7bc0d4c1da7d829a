// What bytes and bytearray share (Objects/bytes_methods.c, stringlib): the
// buffer protocol as far as the VM has it, and the methods both types have,
// written once over Uint8Array and given to each type with its own result type.

import { typeOf, type PyValue } from '../objects/object.js';
import { raise } from '../objects/errors.js';
import { NotImplemented } from '../objects/singletons.js';
import { strValueOrUndefined } from '../objects/boxed.js';
import type { MethodDef } from '../objects/typedef.js';
import * as abs from '../objects/abstract.js';
import { bytesRepr, hashBytes } from '@pyc-ts/bytecode';
import { checkAllocation } from './limits.js';
import { PyList } from './list.js';
import { PyTuple } from './tuple.js';
import { PySlice, searchIndices, sliceRange } from './slice.js';
import { PyBytes, bytesType } from './bytes.js';
import { PyMemoryView } from './memoryview.js';

/** A bytes, bytearray or memoryview-backed object: `bytes` is its current contents. */
export interface ByteHolder {
  bytes: Uint8Array;
}

/** The buffer of a bytes-like object (bytes, bytearray, memoryview), or undefined. */
export function bufferOf(v: PyValue): Uint8Array | undefined {
  if (v instanceof PyBytes) return v.bytes;
  if (v instanceof PyMemoryView && !v.released) return v.data();
  return undefined;
}

/** A bytes-like argument's bytes, or TypeError "a bytes-like object is required, not 'str'". */
export function needBuffer(v: PyValue): Uint8Array {
  const b = bufferOf(v);
  if (b === undefined) raise('TypeError', `a bytes-like object is required, not '${typeOf(v).name}'`);
  return b;
}

/** The right operand of bytes/bytearray concatenation: any buffer (bytes_concat, PyByteArray_Concat). */
export function concatOperand(self: PyValue, other: PyValue): Uint8Array {
  const b = bufferOf(other);
  if (b === undefined) raise('TypeError', `can't concat ${typeOf(other).name} to ${typeOf(self).name}`);
  return b;
}

export function bytesEqual(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

export function bytesCompare(a: Uint8Array, b: Uint8Array): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) if (a[i] !== b[i]) return a[i] - b[i];
  return a.length - b.length;
}

export function concatBytes(a: Uint8Array, b: Uint8Array): Uint8Array {
  checkAllocation(a.length + b.length);
  const out = new Uint8Array(a.length + b.length);
  out.set(a);
  out.set(b, a.length);
  return out;
}

export function repeatBytes(a: Uint8Array, n: number): Uint8Array {
  if (n <= 0 || a.length === 0) return new Uint8Array(0);
  checkAllocation(a.length * n);
  const out = new Uint8Array(a.length * n);
  for (let i = 0; i < n; i++) out.set(a, i * a.length);
  return out;
}

export function indexOfBytes(hay: Uint8Array, needle: Uint8Array, from = 0, to = hay.length): number {
  outer: for (let i = from; i + needle.length <= to; i++) {
    for (let j = 0; j < needle.length; j++) if (hay[i + j] !== needle[j]) continue outer;
    return i;
  }
  return -1;
}

export function lastIndexOfBytes(hay: Uint8Array, needle: Uint8Array, from = 0, to = hay.length): number {
  outer: for (let i = to - needle.length; i >= from; i--) {
    for (let j = 0; j < needle.length; j++) if (hay[i + j] !== needle[j]) continue outer;
    return i;
  }
  return -1;
}

/** The items a subscript of bytes selects: an int for an index, a Uint8Array for a slice. */
export function subscriptBytes(b: Uint8Array, key: PyValue, typeName: string): number | Uint8Array {
  if (typeof key === 'number' || abs.isIndex(key)) {
    let i = typeof key === 'number' ? key : abs.asSsize(key, 'IndexError');
    if (i < 0) i += b.length;
    if (i < 0 || i >= b.length) raise('IndexError', `${typeName === 'bytes' ? 'index' : typeName + ' index'} out of range`);
    return b[i];
  }
  if (key instanceof PySlice) {
    const r = sliceRange(key, b.length);
    if (r.length <= 0) return new Uint8Array(0);
    if (r.step === 1) return b.slice(r.start, r.start + r.length);
    const out = new Uint8Array(r.length);
    for (let i = 0, j = r.start; i < r.length; i++, j += r.step) out[i] = b[j];
    return out;
  }
  raise('TypeError', `${typeName} indices must be integers or slices, not ${typeOf(key).name}`);
}

export function richcompareBytes(a: Uint8Array, other: PyValue, op: number): PyValue {
  const b = bufferOf(other);
  if (b === undefined) return NotImplemented;
  if (op === abs.EQ) return bytesEqual(a, b);
  if (op === abs.NE) return !bytesEqual(a, b);
  const c = bytesCompare(a, b);
  return op === abs.LT ? c < 0 : op === abs.LE ? c <= 0 : op === abs.GT ? c > 0 : c >= 0;
}

export { bytesRepr, hashBytes };

/** A byte value from an int argument ("byte must be in range(0, 256)"; bytes() says "bytes"). */
export function byteValue(v: PyValue, what = 'byte'): number {
  if (!abs.isIndex(v)) raise('TypeError', `'${typeOf(v).name}' object cannot be interpreted as an integer`);
  const i = abs.index(v);
  if (typeof i === 'bigint' || i < 0 || i > 255) raise('ValueError', `${what} must be in range(0, 256)`);
  return i;
}

/** `x in b`: an int byte value, or a bytes-like subsequence. */
export function containsBytes(b: Uint8Array, v: PyValue): boolean {
  if (abs.isIndex(v)) return b.includes(byteValue(v));
  return indexOfBytes(b, needBuffer(v)) >= 0;
}

/** The bytes of bytes(x) / bytearray(x) past __bytes__ and encodings: a count, or bytesOfObject's; `what` names the type made. */
export function bytesFromObject(x: PyValue, what: 'bytes' | 'bytearray' = 'bytearray'): Uint8Array {
  if (bufferOf(x) === undefined && abs.isIndex(x)) {
    const n = abs.asSsize(x, 'OverflowError');
    if (n < 0) raise('ValueError', 'negative count');
    checkAllocation(n);
    return new Uint8Array(n);
  }
  if (strValueOrUndefined(x) !== undefined) raise('TypeError', 'string argument without an encoding');
  return bytesOfObject(x, what);
}

/** PyBytes_FromObject: a copy of a buffer, or the values of an iterable of ints (never of a str). */
export function bytesOfObject(x: PyValue, what: 'bytes' | 'bytearray' = 'bytes'): Uint8Array {
  const buf = bufferOf(x);
  if (buf !== undefined) return buf.slice();
  const t = typeOf(x);
  if (strValueOrUndefined(x) !== undefined || (t.tp_iter === null && t.sq_item === null)) raise('TypeError', `cannot convert '${t.name}' object to ${what}`);
  const items: number[] = [];
  const itemWhat = what === 'bytes' ? 'bytes' : 'byte';
  abs.forEach(x, (v) => {
    items.push(byteValue(v, itemWhat));
  });
  return Uint8Array.from(items);
}

/** PyObject_Bytes: what bytes(x) would hold, through __bytes__ first. */
export function objectBytes(x: PyValue): Uint8Array {
  if (x instanceof PyBytes && x.type === bytesType) return x.bytes;
  const conv = typeOf(x).lookup('__bytes__');
  if (conv === undefined) return bytesOfObject(x);
  const r = abs.callSpecialFound(conv, x, []);
  if (!(r instanceof PyBytes) || !r.type.isSubtypeOf(bytesType)) raise('TypeError', `__bytes__ returned non-bytes (type ${typeOf(r).name})`);
  return r.bytes;
}

// ---- the shared methods ----

const ASCII_SPACE = [32, 9, 10, 13, 11, 12];
const isSpace = (c: number) => ASCII_SPACE.includes(c);
const isLower = (c: number) => c >= 97 && c <= 122;
const isUpper = (c: number) => c >= 65 && c <= 90;
const isAlpha = (c: number) => isLower(c) || isUpper(c);
const isDigit = (c: number) => c >= 48 && c <= 57;
const toUpper = (c: number) => (isLower(c) ? c - 32 : c);
const toLower = (c: number) => (isUpper(c) ? c + 32 : c);

/** The needle of find/count/index: bytes-like, or an int byte value. */
function needle(v: PyValue, name: string): Uint8Array {
  if (abs.isIndex(v) && bufferOf(v) === undefined) return Uint8Array.of(byteValue(v));
  const b = bufferOf(v);
  if (b === undefined) raise('TypeError', `argument should be integer or bytes-like object, not '${typeOf(v).name}'`);
  void name;
  return b;
}

function findIn(b: Uint8Array, sub: PyValue, start: PyValue, end: PyValue, right: boolean, name: string): number {
  const n = needle(sub, name);
  const r = searchIndices(start, end, b.length);
  if (r === null) return -1;
  return right ? lastIndexOfBytes(b, n, r[0], r[1]) : indexOfBytes(b, n, r[0], r[1]);
}

function splitBytes(b: Uint8Array, sep: PyValue, maxsplit: number, right: boolean): Uint8Array[] {
  if (sep === null) {
    const out: Uint8Array[] = [];
    if (!right) {
      let i = 0;
      while (maxsplit < 0 || out.length < maxsplit) {
        while (i < b.length && isSpace(b[i])) i++;
        if (i >= b.length) break;
        let j = i;
        while (j < b.length && !isSpace(b[j])) j++;
        out.push(b.slice(i, j));
        i = j;
      }
      while (i < b.length && isSpace(b[i])) i++;
      if (i < b.length) out.push(b.slice(i));
      return out;
    }
    let j = b.length;
    while (maxsplit < 0 || out.length < maxsplit) {
      while (j > 0 && isSpace(b[j - 1])) j--;
      if (j <= 0) break;
      let i = j;
      while (i > 0 && !isSpace(b[i - 1])) i--;
      out.unshift(b.slice(i, j));
      j = i;
    }
    while (j > 0 && isSpace(b[j - 1])) j--;
    if (j > 0) out.unshift(b.slice(0, j));
    return out;
  }
  const s = needBuffer(sep);
  if (s.length === 0) raise('ValueError', 'empty separator');
  const positions: number[] = [];
  for (let i = indexOfBytes(b, s); i >= 0; i = indexOfBytes(b, s, i + s.length)) positions.push(i);
  let cuts = positions;
  if (maxsplit >= 0 && positions.length > maxsplit) cuts = right ? positions.slice(positions.length - maxsplit) : positions.slice(0, maxsplit);
  const out: Uint8Array[] = [];
  let prev = 0;
  for (const p of cuts) {
    out.push(b.slice(prev, p));
    prev = p + s.length;
  }
  out.push(b.slice(prev));
  return out;
}

function stripBytes(b: Uint8Array, chars: PyValue, left: boolean, right: boolean): Uint8Array {
  const set = chars === null || chars === undefined ? null : needBuffer(chars);
  const strip = (c: number) => (set === null ? isSpace(c) : set.includes(c));
  let a = 0;
  let z = b.length;
  if (left) while (a < z && strip(b[a])) a++;
  if (right) while (z > a && strip(b[z - 1])) z--;
  return b.slice(a, z);
}

function mapBytes(b: Uint8Array, f: (c: number, i: number) => number): Uint8Array {
  const out = new Uint8Array(b.length);
  for (let i = 0; i < b.length; i++) out[i] = f(b[i], i);
  return out;
}

function titleBytes(b: Uint8Array): Uint8Array {
  let prevCased = false;
  return mapBytes(b, (c) => {
    const r = prevCased ? toLower(c) : toUpper(c);
    prevCased = isAlpha(c);
    return r;
  });
}

function istitle(b: Uint8Array): boolean {
  let cased = false;
  let prevCased = false;
  for (const c of b) {
    if (isUpper(c)) {
      if (prevCased) return false;
      prevCased = cased = true;
    } else if (isLower(c)) {
      if (!prevCased) return false;
      prevCased = cased = true;
    } else prevCased = false;
  }
  return cased;
}

function fillByte(v: PyValue, name: string): number {
  if (v === undefined) return 32;
  const b = bufferOf(v);
  if (b === undefined || b.length !== 1 || strValueOrUndefined(v) !== undefined) {
    raise('TypeError', `${name}() argument 2 must be a byte string of length 1, not ${typeOf(v).name}`);
  }
  return b[0];
}

function padBytes(b: Uint8Array, width: number, fill: number, how: 'left' | 'right' | 'center'): Uint8Array | null {
  if (width <= b.length) return null;
  checkAllocation(width);
  const total = width - b.length;
  const left = how === 'left' ? 0 : how === 'right' ? total : Math.floor(total / 2) + (total & width & 1);
  const out = new Uint8Array(width).fill(fill);
  out.set(b, left);
  return out;
}

function replaceBytes(b: Uint8Array, old: Uint8Array, repl: Uint8Array, count: number): Uint8Array {
  const parts: Uint8Array[] = [];
  let i = 0;
  let n = count < 0 ? Infinity : count;
  if (old.length === 0) {
    while (n-- > 0 && i <= b.length) {
      parts.push(repl);
      if (i < b.length) parts.push(b.subarray(i, i + 1));
      i++;
    }
    if (i < b.length) parts.push(b.subarray(i));
  } else {
    while (n-- > 0) {
      const j = indexOfBytes(b, old, i);
      if (j < 0) break;
      parts.push(b.subarray(i, j), repl);
      i = j + old.length;
    }
    parts.push(b.subarray(i));
  }
  let total = 0;
  for (const p of parts) total += p.length;
  checkAllocation(total);
  const out = new Uint8Array(total);
  let k = 0;
  for (const p of parts) {
    out.set(p, k);
    k += p.length;
  }
  return out;
}

/** bytes.hex / bytearray.hex / memoryview.hex (with sep and bytes_per_sep). */
export function hexBytes(b: Uint8Array, sep: PyValue, perSep: number): string {
  const hex = Array.from(b, (c) => c.toString(16).padStart(2, '0'));
  if (sep === undefined || b.length === 0) return hex.join('');
  let s: string;
  const ss = strValueOrUndefined(sep);
  if (ss !== undefined) s = ss;
  else {
    const sb = bufferOf(sep);
    if (sb === undefined) raise('TypeError', 'sep must be str or bytes.');
    s = String.fromCharCode(...sb);
  }
  if ([...s].length !== 1) raise('ValueError', 'sep must be length 1.');
  if (s.codePointAt(0)! > 127) raise('ValueError', 'sep must be ASCII.');
  if (perSep === 0) return hex.join('');
  const group = Math.abs(perSep);
  const groups: string[] = [];
  if (perSep > 0) {
    for (let end = hex.length; end > 0; end -= group) groups.unshift(hex.slice(Math.max(0, end - group), end).join(''));
  } else {
    for (let start = 0; start < hex.length; start += group) groups.push(hex.slice(start, start + group).join(''));
  }
  return groups.join(s);
}

/** bytes.fromhex / bytearray.fromhex. */
export function fromHex(s: string): Uint8Array {
  const out: number[] = [];
  let i = 0;
  while (i < s.length) {
    if (s[i] === ' ' || s[i] === '\t' || s[i] === '\n' || s[i] === '\r' || s[i] === '\v' || s[i] === '\f') {
      i++;
      continue;
    }
    const hi = parseInt(s[i], 16);
    const lo = i + 1 < s.length ? parseInt(s[i + 1], 16) : NaN;
    if (Number.isNaN(hi) || !/[0-9a-fA-F]/.test(s[i])) raise('ValueError', `non-hexadecimal number found in fromhex() arg at position ${i}`);
    if (Number.isNaN(lo) || !/[0-9a-fA-F]/.test(s[i + 1])) raise('ValueError', `non-hexadecimal number found in fromhex() arg at position ${i + 1}`);
    out.push(hi * 16 + lo);
    i += 2;
  }
  return Uint8Array.from(out);
}

/**
 * The methods bytes and bytearray share, producing results with `make` (a bytes for bytes, a
 * bytearray for bytearray). `data` reads the bound object's bytes.
 */
export function sharedBytesMethods(data: (self: PyValue) => Uint8Array, make: (b: Uint8Array) => PyValue, typeName: string): Record<string, MethodDef> {
  const varargs = (impl: (...a: PyValue[]) => PyValue): MethodDef => ({ impl, style: 'varargs', textSignature: false });
  const noargs = (f: (b: Uint8Array) => PyValue): MethodDef => ({ impl: (self: PyValue) => f(data(self)), textSignature: false });
  const all = (f: (c: number) => boolean) => (b: Uint8Array) => b.length > 0 && b.every(f);
  return {
    'capitalize($self, /)': noargs((b) => make(mapBytes(b, (c, i) => (i === 0 ? toUpper(c) : toLower(c))))),
    "center($self, width: ssize, fillchar=b' ', /)": (self: PyValue, w: number, f: PyValue) => make(padBytes(data(self), w, fillByte(f, 'center'), 'center') ?? data(self).slice()),
    'count($self, sub, start=None, end=None, /)': varargs((self, sub, start, end) => {
      const b = data(self);
      const n = needle(sub, 'count');
      const r = searchIndices(start, end, b.length);
      if (r === null) return 0;
      if (n.length === 0) return r[1] - r[0] + 1;
      let count = 0;
      for (let i = indexOfBytes(b, n, r[0], r[1]); i >= 0; i = indexOfBytes(b, n, i + n.length, r[1])) count++;
      return count;
    }),
    'endswith($self, suffix, start=None, end=None, /)': varargs((self, p, start, end) => startsEnds(data(self), p, start, end, false)),
    'expandtabs($self, /, tabsize: cint = 8)': (self: PyValue, tabsize: number) => {
      const out: number[] = [];
      let column = 0;
      for (const c of data(self)) {
        if (c === 9) {
          if (tabsize > 0) {
            const pad = tabsize - (column % tabsize);
            for (let i = 0; i < pad; i++) out.push(32);
            column += pad;
          }
        } else {
          out.push(c);
          column = c === 10 || c === 13 ? 0 : column + 1;
        }
      }
      return make(Uint8Array.from(out));
    },
    'find($self, sub, start=None, end=None, /)': varargs((self, sub, a, b) => findIn(data(self), sub, a, b, false, 'find')),
    'hex($self, /, sep=<unrepresentable>, bytes_per_sep: cint = 1)': (self: PyValue, sep: PyValue, per: number) => hexBytes(data(self), sep, per),
    'index($self, sub, start=None, end=None, /)': varargs((self, sub, a, b) => {
      const i = findIn(data(self), sub, a, b, false, 'index');
      if (i < 0) raise('ValueError', 'subsection not found');
      return i;
    }),
    'isalnum($self, /)': noargs(all((c) => isAlpha(c) || isDigit(c))),
    'isalpha($self, /)': noargs(all(isAlpha)),
    'isascii($self, /)': noargs((b) => b.every((c) => c < 128)),
    'isdigit($self, /)': noargs(all(isDigit)),
    'islower($self, /)': noargs((b) => b.some(isLower) && !b.some(isUpper)),
    'isspace($self, /)': noargs(all(isSpace)),
    'istitle($self, /)': noargs(istitle),
    'isupper($self, /)': noargs((b) => b.some(isUpper) && !b.some(isLower)),
    'join($self, iterable_of_bytes, /)': (self: PyValue, it: PyValue) => {
      const sep = data(self);
      const items = abs.sequenceFast(it, 'can only join an iterable');
      const parts = items.map((v, i) => {
        const b = bufferOf(v);
        if (b === undefined) raise('TypeError', `sequence item ${i}: expected a bytes-like object, ${typeOf(v).name} found`);
        return b;
      });
      let total = 0;
      for (const p of parts) total += p.length;
      total += Math.max(0, parts.length - 1) * sep.length;
      checkAllocation(total);
      const out = new Uint8Array(total);
      let k = 0;
      parts.forEach((p, j) => {
        if (j > 0) {
          out.set(sep, k);
          k += sep.length;
        }
        out.set(p, k);
        k += p.length;
      });
      return make(out);
    },
    "ljust($self, width: ssize, fillchar=b' ', /)": (self: PyValue, w: number, f: PyValue) => make(padBytes(data(self), w, fillByte(f, 'ljust'), 'left') ?? data(self).slice()),
    'lower($self, /)': noargs((b) => make(mapBytes(b, toLower))),
    'lstrip($self, bytes=None, /)': (self: PyValue, c: PyValue) => make(stripBytes(data(self), c, true, false)),
    'partition($self, sep, /)': (self: PyValue, sep: PyValue) => {
      const b = data(self);
      const s = needBuffer(sep);
      if (s.length === 0) raise('ValueError', 'empty separator');
      const i = indexOfBytes(b, s);
      if (i < 0) return new PyTuple([make(b.slice()), make(new Uint8Array(0)), make(new Uint8Array(0))]);
      return new PyTuple([make(b.slice(0, i)), make(s.slice()), make(b.slice(i + s.length))]);
    },
    'replace($self, old, new, count: ssize = -1, /)': (self: PyValue, old: PyValue, repl: PyValue, count: number) =>
      make(replaceBytes(data(self), needBuffer(old), needBuffer(repl), count)),
    'removeprefix($self, prefix, /)': (self: PyValue, p: PyValue) => {
      const b = data(self);
      const x = needBuffer(p);
      return make(x.length <= b.length && bytesEqual(b.subarray(0, x.length), x) ? b.slice(x.length) : b.slice());
    },
    'removesuffix($self, suffix, /)': (self: PyValue, p: PyValue) => {
      const b = data(self);
      const x = needBuffer(p);
      return make(x.length > 0 && x.length <= b.length && bytesEqual(b.subarray(b.length - x.length), x) ? b.slice(0, b.length - x.length) : b.slice());
    },
    'rfind($self, sub, start=None, end=None, /)': varargs((self, sub, a, b) => findIn(data(self), sub, a, b, true, 'rfind')),
    'rindex($self, sub, start=None, end=None, /)': varargs((self, sub, a, b) => {
      const i = findIn(data(self), sub, a, b, true, 'rindex');
      if (i < 0) raise('ValueError', 'subsection not found');
      return i;
    }),
    "rjust($self, width: ssize, fillchar=b' ', /)": (self: PyValue, w: number, f: PyValue) => make(padBytes(data(self), w, fillByte(f, 'rjust'), 'right') ?? data(self).slice()),
    'rpartition($self, sep, /)': (self: PyValue, sep: PyValue) => {
      const b = data(self);
      const s = needBuffer(sep);
      if (s.length === 0) raise('ValueError', 'empty separator');
      const i = lastIndexOfBytes(b, s);
      if (i < 0) return new PyTuple([make(new Uint8Array(0)), make(new Uint8Array(0)), make(b.slice())]);
      return new PyTuple([make(b.slice(0, i)), make(s.slice()), make(b.slice(i + s.length))]);
    },
    'rsplit($self, /, sep=None, maxsplit: ssize = -1)': (self: PyValue, sep: PyValue, m: number) => new PyList(splitBytes(data(self), sep, m, true).map(make)),
    'rstrip($self, bytes=None, /)': (self: PyValue, c: PyValue) => make(stripBytes(data(self), c, false, true)),
    'split($self, /, sep=None, maxsplit: ssize = -1)': (self: PyValue, sep: PyValue, m: number) => new PyList(splitBytes(data(self), sep, m, false).map(make)),
    'splitlines($self, /, keepends: int_bool = False)': (self: PyValue, keep: boolean) => {
      const b = data(self);
      const out: PyValue[] = [];
      let start = 0;
      let i = 0;
      while (i < b.length) {
        const c = b[i];
        if (c === 10 || c === 13) {
          const eol = c === 13 && b[i + 1] === 10 ? i + 2 : i + 1;
          out.push(make(b.slice(start, keep ? eol : i)));
          start = i = eol;
        } else i++;
      }
      if (start < b.length) out.push(make(b.slice(start)));
      return new PyList(out);
    },
    'startswith($self, prefix, start=None, end=None, /)': varargs((self, p, start, end) => startsEnds(data(self), p, start, end, true)),
    'strip($self, bytes=None, /)': (self: PyValue, c: PyValue) => make(stripBytes(data(self), c, true, true)),
    'swapcase($self, /)': noargs((b) => make(mapBytes(b, (c) => (isLower(c) ? toUpper(c) : toLower(c))))),
    'title($self, /)': noargs((b) => make(titleBytes(b))),
    "translate($self, table, /, delete=b'')": (self: PyValue, table: PyValue, del: PyValue) => {
      let t: Uint8Array | null = null;
      if (table !== null) {
        t = needBuffer(table);
        if (t.length !== 256) raise('ValueError', 'translation table must be 256 characters long');
      }
      const drop = del === undefined ? null : needBuffer(del);
      const out: number[] = [];
      for (const c of data(self)) if (drop === null || !drop.includes(c)) out.push(t === null ? c : t[c]);
      return make(Uint8Array.from(out));
    },
    'upper($self, /)': noargs((b) => make(mapBytes(b, toUpper))),
    'zfill($self, width: ssize, /)': (self: PyValue, width: number) => {
      const b = data(self);
      if (width <= b.length) return make(b.slice());
      const fill = width - b.length;
      const out = new Uint8Array(width).fill(48);
      if (b[0] === 43 || b[0] === 45) {
        out[0] = b[0];
        out.set(b.subarray(1), fill + 1);
      } else out.set(b, fill);
      return make(out);
    },
  };
  function startsEnds(b: Uint8Array, p: PyValue, start: PyValue, end: PyValue, atStart: boolean): boolean {
    const name = atStart ? 'startswith' : 'endswith';
    const r = searchIndices(start, end, b.length);
    const test = (x: PyValue): boolean => {
      const t = bufferOf(x);
      if (t === undefined) raise('TypeError', `a bytes-like object is required, not '${typeOf(x).name}'`);
      if (r === null) return false;
      const [a, z] = r;
      if (t.length > z - a) return false;
      const at = atStart ? a : z - t.length;
      return bytesEqual(b.subarray(at, at + t.length), t);
    };
    if (p instanceof PyTuple) return p.items.some(test);
    if (bufferOf(p) === undefined) raise('TypeError', `${name} first arg must be bytes or a tuple of bytes, not ${typeOf(p).name}`);
    void typeName;
    return test(p);
  }
}

/** bytes.maketrans / bytearray.maketrans. */
export function maketransBytes(from: PyValue, to: PyValue): Uint8Array {
  const a = needBuffer(from);
  const b = needBuffer(to);
  if (a.length !== b.length) raise('ValueError', 'maketrans arguments must have same length');
  const table = Uint8Array.from({ length: 256 }, (_, i) => i);
  a.forEach((c, i) => (table[c] = b[i]));
  return table;
}
