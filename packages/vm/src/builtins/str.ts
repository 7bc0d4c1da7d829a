// str (Objects/unicodeobject.c). A str is a JS string; an instance of a str
// subclass is a PyBoxed holding one. Lengths, indices and order count code points.

import {
  strType,
  typeOf,
  TPFLAGS_BASETYPE,
  TPFLAGS_MATCH_SELF,
  TPFLAGS_UNICODE_SUBCLASS,
  type PyType,
  type PyValue,
} from '../objects/object.js';
import { defineType } from '../objects/typedef.js';
import { exceptionType, isInstanceOfException, raise } from '../objects/errors.js';
import { NotImplemented } from '../objects/singletons.js';
import { PyBoxed, strValueOrUndefined } from '../objects/boxed.js';
import { badArgument } from '../objects/clinic.js';
import * as abs from '../objects/abstract.js';
import { hashStr, strRepr } from '@pyc-ts/bytecode';
import { checkAllocation } from './limits.js';
import { PySlice, sliceRange } from './slice.js';
import { PyTuple } from './tuple.js';
import { PyList } from './list.js';
import { PyDict } from './dict.js';
import { initInstanceExtras } from './object.js';
import { newStrIterator } from './iterators.js';
import { codePoints, hasSurrogates, pointIndex, strCharAt, strLen, unitOffset } from './codepoints.js';
import { percentFormat } from './str_percent.js';
import { formatString, formatStrSpec } from './str_format.js';
import { cString, decodeBytes, encodeText } from './str_codecs.js';
import { PyBytes } from './bytes.js';
import { bufferOf } from './bytes_methods.js';

/** The string of a str or str subclass instance (a method's bound object). */
export function strValue(v: PyValue): string {
  return typeof v === 'string' ? v : (v as PyBoxed).value as string;
}

/** Python's order of two strings: by code point (JS compares UTF-16 units). */
export function strCompare(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    let x = a.charCodeAt(i);
    let y = b.charCodeAt(i);
    if (x !== y) {
      // Surrogates move above the rest of the BMP: that is code point order.
      if (x >= 0xd800 && y >= 0xd800) {
        x = x >= 0xe000 ? x - 0x800 : x + 0x2000;
        y = y >= 0xe000 ? y - 0x800 : y + 0x2000;
      }
      return x - y;
    }
  }
  return a.length - b.length;
}

/** str.isidentifier. */
export function isIdentifier(s: string): boolean {
  return /^[\p{L}\p{Nl}_\u1885\u1886\u2118\u212e\u309b\u309c][\p{L}\p{Nl}\p{Mn}\p{Mc}\p{Nd}\p{Pc}\u00b7\u0387\u1369-\u1371\u19da\u1885\u1886\u2118\u212e\u309b\u309c]*$/u.test(s);
}

function strRichcompare(a: PyValue, b: PyValue, op: number): PyValue {
  const y = strValueOrUndefined(b);
  if (y === undefined) return NotImplemented;
  const x = strValue(a);
  switch (op) {
    case abs.EQ:
      return x === y;
    case abs.NE:
      return x !== y;
  }
  return abs.compareValues(strCompare(x, y), 0, op);
}

function strHash(v: PyValue): number | bigint {
  return hashStr(strValue(v));
}

function strSubscript(self: PyValue, key: PyValue): PyValue {
  const s = strValue(self);
  if (typeof key === 'number' || abs.isIndex(key)) {
    const n = strLen(s);
    let i = typeof key === 'number' ? key : abs.asSsize(key, 'IndexError');
    if (i < 0) i += n;
    if (i < 0 || i >= n) raise('IndexError', 'string index out of range');
    return strCharAt(s, i);
  }
  if (key instanceof PySlice) {
    const cs = hasSurrogates(s) ? codePoints(s) : null;
    const r = sliceRange(key, cs === null ? s.length : cs.length);
    if (r.length <= 0) return '';
    if (r.step === 1) return cs === null ? s.slice(r.start, r.start + r.length) : cs.slice(r.start, r.start + r.length).join('');
    let out = '';
    for (let i = 0, j = r.start; i < r.length; i++, j += r.step) out += cs === null ? s[j] : cs[j];
    return out;
  }
  raise('TypeError', `string indices must be integers, not '${typeOf(key).name}'`);
}

function strConcat(a: PyValue, b: PyValue): PyValue {
  const y = strValueOrUndefined(b);
  if (y === undefined) raise('TypeError', `can only concatenate str (not "${typeOf(b).name}") to str`);
  const x = strValue(a);
  checkAllocation(x.length + y.length);
  return x + y;
}

function strRepeat(self: PyValue, n: number): PyValue {
  const s = strValue(self);
  if (n <= 0 || s.length === 0) return '';
  checkAllocation(s.length * n);
  return s.repeat(n);
}

function strContains(self: PyValue, v: PyValue): boolean {
  const sub = strValueOrUndefined(v);
  if (sub === undefined) raise('TypeError', `'in <string>' requires string as left operand, not ${typeOf(v).name}`);
  return strValue(self).includes(sub);
}

/** str(object='') / str(object=b'', encoding='utf-8', errors='strict'). */
function strNew(type: PyType, argv: PyValue[], base: number, nargs: number, kwnames: string[] | null): PyValue {
  const nkw = kwnames === null ? 0 : kwnames.length;
  if (nargs + nkw > 3) raise('TypeError', `str() takes at most 3 arguments (${nargs + nkw} given)`);
  let obj: PyValue = undefined;
  let encoding: PyValue = undefined;
  let errors: PyValue = undefined;
  if (nargs > 0) obj = argv[base];
  if (nargs > 1) encoding = argv[base + 1];
  if (nargs > 2) errors = argv[base + 2];
  for (let i = 0; i < nkw; i++) {
    const k = kwnames![i];
    const v = argv[base + nargs + i];
    const at = ['object', 'encoding', 'errors'].indexOf(k);
    if (at < 0) raise('TypeError', `'${k}' is an invalid keyword argument for str()`);
    if (at < nargs) raise('TypeError', `argument for str() given by name ('${k}') and position (${at + 1})`);
    if (at === 0) obj = v;
    else if (at === 1) encoding = v;
    else errors = v;
  }
  const enc = encoding === undefined ? undefined : cString(encoding, { fname: 'str', index: 2, name: 'encoding', keyword: true });
  const err = errors === undefined ? undefined : cString(errors, { fname: 'str', index: 3, name: 'errors', keyword: true });
  let s: string;
  if (obj === undefined) s = '';
  else if (enc === undefined && err === undefined) s = abs.str(obj);
  else {
    // PyUnicode_FromEncodedObject.
    if (strValueOrUndefined(obj) !== undefined) raise('TypeError', 'decoding str is not supported');
    const data = bufferOf(obj);
    if (data === undefined) raise('TypeError', `decoding to str: need a bytes-like object, ${typeOf(obj).name} found`);
    s = decodeBytes(data, enc ?? 'utf-8', err ?? 'strict');
  }
  if (type === strType) return s;
  return initInstanceExtras(new PyBoxed(type, s), type);
}

// ---- searching ----

/**
 * s[start:end] for the optional start/end of find, count, startswith...: None
 * means absent, negatives count from the end (code points). Null when start
 * lies past the end, where even '' is not found.
 */
function searchRange(s: string, start: PyValue, end: PyValue): { text: string; offset: number } | null {
  const n = strLen(s);
  const bound = (v: PyValue, dflt: number): number => {
    if (v === undefined || v === null) return dflt;
    if (!abs.isIndex(v)) raise('TypeError', 'slice indices must be integers or None or have an __index__ method');
    const i = abs.index(v);
    const x = typeof i === 'number' ? i : i < 0n ? -Number.MAX_SAFE_INTEGER : Number.MAX_SAFE_INTEGER;
    return x < 0 ? Math.max(0, x + n) : Math.min(x, n + 1);
  };
  const a = bound(start, 0);
  const b = Math.min(bound(end, n), n);
  if (a > n) return null;
  if (a >= b) return { text: '', offset: a };
  return { text: s.slice(unitOffset(s, a), unitOffset(s, b)), offset: a };
}

function needSub(v: PyValue, fname: string): string {
  const s = strValueOrUndefined(v);
  if (s === undefined) raise('TypeError', `must be str, not ${typeOf(v).name}`);
  void fname;
  return s;
}

function find(self: PyValue, sub: PyValue, start: PyValue, end: PyValue, fromRight: boolean): number {
  const s = strValue(self);
  const t = needSub(sub, 'find');
  const r = searchRange(s, start, end);
  if (r === null) return -1;
  const i = fromRight ? r.text.lastIndexOf(t) : r.text.indexOf(t);
  if (i < 0) return -1;
  return r.offset + pointIndex(r.text, i);
}

function count(self: PyValue, sub: PyValue, start: PyValue, end: PyValue): number {
  const s = strValue(self);
  const t = needSub(sub, 'count');
  const r = searchRange(s, start, end);
  if (r === null) return 0;
  if (t === '') return strLen(r.text) + 1;
  let n = 0;
  for (let i = r.text.indexOf(t); i >= 0; i = r.text.indexOf(t, i + t.length)) n++;
  return n;
}

function startsEnds(self: PyValue, prefix: PyValue, start: PyValue, end: PyValue, atStart: boolean): boolean {
  const name = atStart ? 'startswith' : 'endswith';
  const s = strValue(self);
  const r = searchRange(s, start, end);
  const test = (x: PyValue): boolean => {
    const p = strValueOrUndefined(x);
    if (p === undefined) raise('TypeError', `tuple for ${name} must only contain str, not ${typeOf(x).name}`);
    return r !== null && (atStart ? r.text.startsWith(p) : r.text.endsWith(p));
  };
  if (prefix instanceof PyTuple) return prefix.items.some(test);
  if (strValueOrUndefined(prefix) === undefined) {
    raise('TypeError', `${name} first arg must be str or a tuple of str, not ${typeOf(prefix).name}`);
  }
  return test(prefix);
}

// ---- splitting and stripping ----

// Python's whitespace for str.split() and strip(): Unicode White_Space plus the
// information separators \x1c-\x1f, which str.isspace() also counts.
const SPACE_CLASS = '\\t\\n\\v\\f\\r \\x1c-\\x1f\\x85\\xa0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000';
const LEADING_SPACE = new RegExp(`^[${SPACE_CLASS}]+`);
const TRAILING_SPACE = new RegExp(`[${SPACE_CLASS}]+$`);
const SPACE_RUN = new RegExp(`[${SPACE_CLASS}]+`);
const IS_SPACE = new RegExp(`^[${SPACE_CLASS}]+$`);

function splitWhitespace(s: string, maxsplit: number): string[] {
  const out: string[] = [];
  let rest = s.replace(LEADING_SPACE, '');
  while (rest.length > 0) {
    if (maxsplit >= 0 && out.length === maxsplit) {
      out.push(rest);
      return out;
    }
    const m = SPACE_RUN.exec(rest);
    if (m === null) {
      out.push(rest);
      break;
    }
    out.push(rest.slice(0, m.index));
    rest = rest.slice(m.index + m[0].length);
  }
  return out;
}

function rsplitWhitespace(s: string, maxsplit: number): string[] {
  const out: string[] = [];
  let rest = s.replace(TRAILING_SPACE, '');
  while (rest.length > 0) {
    if (maxsplit >= 0 && out.length === maxsplit) {
      out.push(rest);
      break;
    }
    const m = new RegExp(`[${SPACE_CLASS}]+(?=[^${SPACE_CLASS}]*$)`).exec(rest);
    if (m === null) {
      out.push(rest);
      break;
    }
    out.push(rest.slice(m.index + m[0].length));
    rest = rest.slice(0, m.index);
  }
  return out.reverse();
}

function sepArg(v: PyValue): string | null {
  if (v === null) return null;
  const s = strValueOrUndefined(v);
  if (s === undefined) raise('TypeError', `must be str or None, not ${typeOf(v).name}`);
  if (s === '') raise('ValueError', 'empty separator');
  return s;
}

function split(self: PyValue, sepV: PyValue, maxsplit: number): PyList {
  const s = strValue(self);
  const sep = sepArg(sepV);
  if (sep === null) return new PyList(splitWhitespace(s, maxsplit));
  const parts = s.split(sep);
  if (maxsplit >= 0 && parts.length > maxsplit + 1) return new PyList([...parts.slice(0, maxsplit), parts.slice(maxsplit).join(sep)]);
  return new PyList(parts);
}

function rsplit(self: PyValue, sepV: PyValue, maxsplit: number): PyList {
  const s = strValue(self);
  const sep = sepArg(sepV);
  if (sep === null) return new PyList(rsplitWhitespace(s, maxsplit));
  const parts = s.split(sep);
  if (maxsplit >= 0 && parts.length > maxsplit + 1) {
    return new PyList([parts.slice(0, parts.length - maxsplit).join(sep), ...parts.slice(parts.length - maxsplit)]);
  }
  return new PyList(parts);
}

function strip(self: PyValue, chars: PyValue, left: boolean, right: boolean): string {
  let s = strValue(self);
  if (chars === null) {
    if (left) s = s.replace(LEADING_SPACE, '');
    if (right) s = s.replace(TRAILING_SPACE, '');
    return s;
  }
  const set = strValueOrUndefined(chars);
  if (set === undefined) raise('TypeError', `${left && right ? 'strip' : left ? 'lstrip' : 'rstrip'} arg must be None or str`);
  const strip = new Set(codePoints(set));
  const cs = codePoints(s);
  let a = 0;
  let b = cs.length;
  if (left) while (a < b && strip.has(cs[a])) a++;
  if (right) while (b > a && strip.has(cs[b - 1])) b--;
  return cs.slice(a, b).join('');
}

const LINE_BREAK = /\r\n|[\n\r\v\f\x1c\x1d\x1e\x85\u2028\u2029]/g;

function splitlines(self: PyValue, keepends: boolean): PyList {
  const s = strValue(self);
  const out: string[] = [];
  let start = 0;
  LINE_BREAK.lastIndex = 0;
  for (let m = LINE_BREAK.exec(s); m !== null; m = LINE_BREAK.exec(s)) {
    out.push(s.slice(start, keepends ? m.index + m[0].length : m.index));
    start = m.index + m[0].length;
  }
  if (start < s.length) out.push(s.slice(start));
  return new PyList(out);
}

function partition(self: PyValue, sepV: PyValue, fromRight: boolean): PyTuple {
  const s = strValue(self);
  const sep = strValueOrUndefined(sepV);
  if (sep === undefined) raise('TypeError', `must be str, not ${typeOf(sepV).name}`);
  if (sep === '') raise('ValueError', 'empty separator');
  const i = fromRight ? s.lastIndexOf(sep) : s.indexOf(sep);
  if (i < 0) return fromRight ? new PyTuple(['', '', s]) : new PyTuple([s, '', '']);
  return new PyTuple([s.slice(0, i), sep, s.slice(i + sep.length)]);
}

function join(self: PyValue, iterable: PyValue): string {
  const sep = strValue(self);
  const items = abs.toArray(iterable);
  let total = 0;
  for (let i = 0; i < items.length; i++) {
    const x = items[i];
    if (typeof x !== 'string') {
      const s = strValueOrUndefined(x);
      if (s === undefined) raise('TypeError', `sequence item ${i}: expected str instance, ${typeOf(x).name} found`);
      items[i] = s;
    }
    total += items[i].length + sep.length;
  }
  checkAllocation(total);
  return items.join(sep);
}

function replace(self: PyValue, old: string, repl: string, countArg: number): string {
  const s = strValue(self);
  let n = countArg;
  if (n < 0) {
    if (old === '') return codePoints(s).reduce((acc, c) => acc + c + repl, repl);
    return s.split(old).join(repl);
  }
  let out = '';
  let rest = s;
  while (n-- > 0) {
    if (old === '') {
      if (rest.length === 0) {
        out += repl;
        break;
      }
      const c = codePoints(rest.slice(0, 2))[0];
      out += repl + c;
      rest = rest.slice(c.length);
      continue;
    }
    const i = rest.indexOf(old);
    if (i < 0) break;
    out += rest.slice(0, i) + repl;
    rest = rest.slice(i + old.length);
  }
  return out + rest;
}

function fillChar(v: PyValue): string {
  const s = strValueOrUndefined(v);
  if (s === undefined) raise('TypeError', `The fill character must be a unicode character, not ${typeOf(v).name}`);
  if (strLen(s) !== 1) raise('TypeError', 'The fill character must be exactly one character long');
  return s;
}

function pad(self: PyValue, width: number, fill: PyValue, how: 'left' | 'right' | 'center'): PyValue {
  const s = strValue(self);
  const f = fillChar(fill);
  const n = strLen(s);
  if (width <= n) return typeof self === 'string' ? self : s;
  checkAllocation(width);
  const total = width - n;
  if (how === 'left') return s + f.repeat(total);
  if (how === 'right') return f.repeat(total) + s;
  const left = Math.floor(total / 2) + (total & width & 1);
  return f.repeat(left) + s + f.repeat(total - left);
}

function expandtabs(self: PyValue, tabsize: number): string {
  // Columns count code points and restart after each line break, as CPython's unicode_expandtabs.
  let out = '';
  let column = 0;
  for (const ch of strValue(self)) {
    if (ch === '\t') {
      if (tabsize > 0) {
        const padding = tabsize - (column % tabsize);
        out += ' '.repeat(padding);
        column += padding;
      }
    } else {
      out += ch;
      column = ch === '\n' || ch === '\r' ? 0 : column + 1;
    }
  }
  return out;
}

function zfill(self: PyValue, width: number): string {
  const s = strValue(self);
  const n = strLen(s);
  if (width <= n) return s;
  const fill = width - n;
  if (s[0] === '-' || s[0] === '+') return s[0] + '0'.repeat(fill) + s.slice(1);
  return '0'.repeat(fill) + s;
}

// ---- case and classification ----

function isCased(c: string): boolean {
  return /[\p{Lu}\p{Ll}\p{Lt}]/u.test(c) || c.toUpperCase() !== c.toLowerCase();
}

function titleCase(c: string): string {
  // Titlecase differs from uppercase for a few digraphs (Ǆ ǅ ǆ -> ǅ).
  const special: Record<string, string> = { Ǆ: 'ǅ', ǅ: 'ǅ', ǆ: 'ǅ', Ǉ: 'ǈ', ǈ: 'ǈ', ǉ: 'ǈ', Ǌ: 'ǋ', ǋ: 'ǋ', ǌ: 'ǋ', Ǳ: 'ǲ', ǲ: 'ǲ', ǳ: 'ǲ' };
  return special[c] ?? (c === 'ß' ? 'Ss' : c.toUpperCase());
}

function title(self: PyValue): string {
  let out = '';
  let prevCased = false;
  for (const c of strValue(self)) {
    out += prevCased ? c.toLowerCase() : titleCase(c);
    prevCased = isCased(c);
  }
  return out;
}

function capitalize(self: PyValue): string {
  const cs = codePoints(strValue(self));
  if (cs.length === 0) return '';
  return titleCase(cs[0]) + cs.slice(1).join('').toLowerCase();
}

function swapcase(self: PyValue): string {
  let out = '';
  for (const c of strValue(self)) {
    const u = c.toUpperCase();
    out += u !== c ? u : c.toLowerCase();
  }
  return out;
}

function isTitle(s: string): boolean {
  let cased = false;
  let afterCased = false;
  for (const c of s) {
    if (/[\p{Lu}\p{Lt}]/u.test(c)) {
      if (afterCased) return false;
      afterCased = cased = true;
    } else if (/\p{Ll}/u.test(c)) {
      if (!afterCased) return false;
      afterCased = cased = true;
    } else afterCased = false;
  }
  return cased;
}

// Characters whose Numeric_Type is Digit but whose category is not Nd (superscripts, circled digits, ...).
const DIGIT_NOT_DECIMAL = /[\u00b2\u00b3\u00b9\u1369-\u1371\u19da\u2070\u2074-\u2079\u2080-\u2089\u2460-\u2468\u2474-\u247c\u2488-\u2490\u24ea\u24f5-\u24fd\u24ff\u2776-\u277e\u2780-\u2788\u278a-\u2792\u{10a40}-\u{10a43}\u{10e60}-\u{10e68}\u{11052}-\u{1105a}\u{1f100}-\u{1f10a}]/u;

const predicates: Record<string, (s: string) => boolean> = {
  isupper: (s) => /\p{Lu}|\p{Lt}/u.test(s) && !/\p{Ll}/u.test(s),
  islower: (s) => /\p{Ll}/u.test(s) && !/[\p{Lu}\p{Lt}]/u.test(s),
  istitle: isTitle,
  isspace: (s) => IS_SPACE.test(s),
  isdecimal: (s) => s.length > 0 && /^\p{Nd}+$/u.test(s),
  isdigit: (s) => s.length > 0 && [...s].every((c) => /\p{Nd}/u.test(c) || DIGIT_NOT_DECIMAL.test(c)),
  isnumeric: (s) => s.length > 0 && /^[\p{N}\u3007\u3405\u3483\u382a\u3b4d\u4e00\u4e03\u4e07\u4e09\u4e5d\u4e8c\u4e94\u4e96\u4ebf\u4ec0\u4edf\u4ee8\u4f0d\u4f70\u5104\u5146\u5169\u516b\u516d\u5341\u5343-\u5345\u534c\u53c1-\u53c4\u56db\u58f1\u58f9\u5e7a\u5efe\u5eff\u5f0c-\u5f0e\u5f10\u62fe\u634c\u67d2\u6f06\u7396\u767e\u8086\u842c\u8cae\u8cb3\u8d30\u9621\u9646\u964c\u9678\u96f6\uf96b\uf973\uf978\uf9b2\uf9d1\uf9d3\uf9fd\u{20001}\u{20064}\u{200e2}\u{20121}\u{2092a}\u{20983}\u{2098c}\u{2099c}\u{20aea}\u{20afd}\u{20b19}\u{22390}\u{22998}\u{23b1b}\u{2626d}\u{2f890}]+$/u.test(s),
  isalpha: (s) => s.length > 0 && /^\p{L}+$/u.test(s),
  isalnum: (s) => s.length > 0 && [...s].every((c) => /\p{L}/u.test(c) || predicates.isnumeric(c)),
  isidentifier: isIdentifier,
  // Printable: no character of categories Cc, Cf, Cs, Co, Cn, Zl, Zp, Zs other than the space.
  isprintable: (s) => !/[\p{Cc}\p{Cf}\p{Cs}\p{Co}\p{Cn}\p{Zl}\p{Zp}]|(?! )\p{Zs}/u.test(s),
  // eslint-disable-next-line no-control-regex
  isascii: (s) => /^[\x00-\x7f]*$/.test(s),
};

function predicateMethods(): Record<string, (self: PyValue) => boolean> {
  const out: Record<string, (self: PyValue) => boolean> = {};
  for (const [name, test] of Object.entries(predicates)) out[`${name}($self, /)`] = (self: PyValue) => test(strValue(self));
  return out;
}

// ---- translate ----

function translate(self: PyValue, table: PyValue): string {
  let out = '';
  for (const c of strValue(self)) {
    let r: PyValue;
    try {
      r = abs.getItem(table, c.codePointAt(0)!);
    } catch (e) {
      if (isInstanceOfException(e, exceptionType('LookupError'))) {
        out += c;
        continue;
      }
      throw e;
    }
    if (r === null) continue;
    if (typeof r === 'number' || typeof r === 'bigint' || typeof r === 'boolean') {
      const n = Number(r);
      if (n < 0 || n > 0x10ffff) raise('ValueError', 'character mapping must be in range(0x110000)');
      out += String.fromCodePoint(n);
      continue;
    }
    const s = strValueOrUndefined(r);
    if (s === undefined) raise('TypeError', 'character mapping must return integer, None or str');
    out += s;
  }
  return out;
}

function maketrans(x: PyValue, y: PyValue, z: PyValue): PyDict {
  const d = new PyDict();
  if (y === undefined) {
    if (!(x instanceof PyDict)) raise('TypeError', 'if you give only one argument to maketrans it must be a dict');
    for (const e of x.entries()) {
      const k = strValueOrUndefined(e.key);
      if (k !== undefined) {
        if (strLen(k) !== 1) raise('ValueError', 'string keys in translate table must be of length 1');
        d.set(k.codePointAt(0)!, e.value);
      } else if (typeof e.key === 'number' || typeof e.key === 'bigint' || typeof e.key === 'boolean') {
        d.set(e.key, e.value);
      } else {
        raise('TypeError', 'keys in translate table must be strings or integers');
      }
    }
    return d;
  }
  const xs = strValueOrUndefined(x);
  if (xs === undefined) raise('TypeError', 'first maketrans argument must be a string if there is a second argument');
  const ys = strValueOrUndefined(y);
  if (ys === undefined) badArgument({ fname: 'maketrans', index: 2, name: 'y', keyword: false }, 'str', y);
  const xc = codePoints(xs);
  const yc = codePoints(ys);
  if (xc.length !== yc.length) raise('ValueError', 'the first two maketrans arguments must have equal length');
  for (let i = 0; i < xc.length; i++) d.set(xc[i].codePointAt(0)!, yc[i].codePointAt(0)!);
  if (z !== undefined) {
    const zs = strValueOrUndefined(z);
    if (zs === undefined) badArgument({ fname: 'maketrans', index: 3, name: 'z', keyword: false }, 'str', z);
    for (const c of zs) d.set(c.codePointAt(0)!, null);
  }
  return d;
}

defineType(
  {
    name: 'str',
    flags: TPFLAGS_BASETYPE | TPFLAGS_UNICODE_SUBCLASS | TPFLAGS_MATCH_SELF,
    selfValue: strValue,
    slots: {
      tp_repr: (self) => strRepr(strValue(self)),
      tp_str: (self) => (typeof self === 'string' ? self : strValue(self)),
      tp_hash: strHash,
      tp_richcompare: strRichcompare,
      tp_iter: (self) => newStrIterator(strValue(self)),
      tp_new: strNew,
      nb_remainder: (a, b) => (strValueOrUndefined(a) === undefined ? NotImplemented : percentFormat(strValue(a), b)),
      sq_length: (self) => strLen(strValue(self)),
      sq_concat: strConcat,
      sq_repeat: strRepeat,
      sq_item: (self, i) => {
        const s = strValue(self);
        if (i < 0 || i >= strLen(s)) raise('IndexError', 'string index out of range');
        return strCharAt(s, i);
      },
      sq_contains: strContains,
      mp_subscript: strSubscript,
    },
    methods: {
      "encode($self, /, encoding: cstr = 'utf-8', errors: cstr = 'strict')": (self: string, encoding: string, errors: string) =>
        new PyBytes(encodeText(self, encoding, errors)),
      'replace($self, old: str, new: str, count: ssize = -1, /)': replace,
      'split($self, /, sep=None, maxsplit: ssize = -1)': split,
      'rsplit($self, /, sep=None, maxsplit: ssize = -1)': rsplit,
      'join($self, iterable, /)': join,
      'capitalize($self, /)': capitalize,
      'casefold($self, /)': (self: string) => self.toLowerCase().replace(/ß/g, 'ss'),
      'title($self, /)': title,
      "center($self, width: ssize, fillchar=' ', /)": (self: PyValue, w: number, f: PyValue) => pad(self, w, f, 'center'),
      'count($self, sub, start=None, end=None, /)': { impl: count, style: 'varargs', textSignature: false },
      'expandtabs($self, /, tabsize: cint = 8)': expandtabs,
      'find($self, sub, start=None, end=None, /)': {
        impl: (self: PyValue, sub: PyValue, a: PyValue, b: PyValue) => find(self, sub, a, b, false),
        style: 'varargs',
        textSignature: false,
      },
      'partition($self, sep, /)': (self: PyValue, sep: PyValue) => partition(self, sep, false),
      'index($self, sub, start=None, end=None, /)': {
        impl: (self: PyValue, sub: PyValue, a: PyValue, b: PyValue) => {
          const i = find(self, sub, a, b, false);
          if (i < 0) raise('ValueError', 'substring not found');
          return i;
        },
        style: 'varargs',
        textSignature: false,
      },
      "ljust($self, width: ssize, fillchar=' ', /)": (self: PyValue, w: number, f: PyValue) => pad(self, w, f, 'left'),
      'lower($self, /)': (self: string) => self.toLowerCase(),
      'lstrip($self, chars=None, /)': (self: PyValue, c: PyValue) => strip(self, c, true, false),
      'rfind($self, sub, start=None, end=None, /)': {
        impl: (self: PyValue, sub: PyValue, a: PyValue, b: PyValue) => find(self, sub, a, b, true),
        style: 'varargs',
        textSignature: false,
      },
      'rindex($self, sub, start=None, end=None, /)': {
        impl: (self: PyValue, sub: PyValue, a: PyValue, b: PyValue) => {
          const i = find(self, sub, a, b, true);
          if (i < 0) raise('ValueError', 'substring not found');
          return i;
        },
        style: 'varargs',
        textSignature: false,
      },
      "rjust($self, width: ssize, fillchar=' ', /)": (self: PyValue, w: number, f: PyValue) => pad(self, w, f, 'right'),
      'rstrip($self, chars=None, /)': (self: PyValue, c: PyValue) => strip(self, c, false, true),
      'rpartition($self, sep, /)': (self: PyValue, sep: PyValue) => partition(self, sep, true),
      'splitlines($self, /, keepends: bool = False)': splitlines,
      'strip($self, chars=None, /)': (self: PyValue, c: PyValue) => strip(self, c, true, true),
      'swapcase($self, /)': swapcase,
      'translate($self, table, /)': translate,
      'upper($self, /)': (self: string) => self.toUpperCase(),
      'startswith($self, prefix, start=None, end=None, /)': {
        impl: (self: PyValue, p: PyValue, a: PyValue, b: PyValue) => startsEnds(self, p, a, b, true),
        style: 'varargs',
        textSignature: false,
      },
      'endswith($self, suffix, start=None, end=None, /)': {
        impl: (self: PyValue, p: PyValue, a: PyValue, b: PyValue) => startsEnds(self, p, a, b, false),
        style: 'varargs',
        textSignature: false,
      },
      'removeprefix($self, prefix: str, /)': (self: string, p: string) => (self.startsWith(p) ? self.slice(p.length) : self),
      'removesuffix($self, suffix: str, /)': (self: string, p: string) => (p !== '' && self.endsWith(p) ? self.slice(0, self.length - p.length) : self),
      ...predicateMethods(),
      'zfill($self, width: ssize, /)': zfill,
      'format($self, /, *args, **kwargs)': {
        impl: (self: string, args: PyValue[], kwargs: Map<string, PyValue>) => formatString(self, args, kwargs),
        textSignature: false,
      },
      'format_map($self, mapping, /)': {
        impl: (self: string, mapping: PyValue) => formatString(self, [], mapping),
        textSignature: false,
      },
      '__format__($self, format_spec: str, /)': (self: string, spec: string) => formatStrSpec(self, spec),
      '__sizeof__($self, /)': (self: string) => 49 + strLen(self) * (/[^\x00-\xff]/.test(self) ? (/[\ud800-\udfff]/.test(self) ? 4 : 2) : 1),
      '__getnewargs__($self, /)': { impl: (self: string) => new PyTuple([self]), textSignature: false },
    },
    staticmethods: {
      'maketrans(x, y=<unrepresentable>, z=<unrepresentable>, /)': maketrans,
    },
  },
  strType,
);


export { strHash, strRichcompare };
