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
import { hashStr, isPrintable, strRepr } from '@pyc-ts/bytecode';
import { checkAllocation } from './limits.js';
import { PySlice, searchIndices, sliceRange } from './slice.js';
import { PyTuple } from './tuple.js';
import { PyList } from './list.js';
import { PyDict } from './dict.js';
import { initInstanceExtras } from './object.js';
import { newStrIterator } from './iterators.js';
import { codePoints, codePointValues, hasSurrogates, pointIndex, strCharAt, strLen, unitOffset } from './codepoints.js';
import { percentFormat } from './str_percent.js';
import * as uc from './unicodectype.js';
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
  else if (enc === undefined && err === undefined) {
    const r = abs.strObject(obj);
    if (type === strType) return r; // str(x) is what __str__ returned, even a str subclass instance
    s = strValueOrUndefined(r)!;
  } else {
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
 * lies past end (clamped to the string's end), where even '' is not found (ADJUST_INDICES callers).
 */
function searchRange(s: string, start: PyValue, end: PyValue): { text: string; offset: number } | null {
  const r = searchIndices(start, end, strLen(s));
  if (r === null) return null;
  const [a, b] = r;
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
  // Not found: the object itself, even of a subclass (stringlib's partition).
  if (i < 0) return fromRight ? new PyTuple(['', '', self]) : new PyTuple([self, '', '']);
  return new PyTuple([s.slice(0, i), sep, s.slice(i + sep.length)]);
}

function join(self: PyValue, iterable: PyValue): string {
  const sep = strValue(self);
  // PySequence_Fast's items (a list's or tuple's own, so they are read, not changed).
  const items = abs.sequenceFast(iterable, 'can only join an iterable');
  const parts = new Array<string>(items.length);
  let total = 0;
  for (let i = 0; i < items.length; i++) {
    const x = items[i];
    const s = typeof x === 'string' ? x : strValueOrUndefined(x);
    if (s === undefined) raise('TypeError', `sequence item ${i}: expected str instance, ${typeOf(x).name} found`);
    parts[i] = s;
    total += s.length + sep.length;
  }
  checkAllocation(total);
  return parts.join(sep);
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

// ---- case and classification (unicodeobject.c over unicodectype.c's tables) ----

/** Σ lowers to final ς after a cased letter (case-ignorables skipped) not followed by one (handle_capital_sigma). */
function lowerSigma(cps: number[], i: number): string {
  let j = i - 1;
  while (j >= 0 && uc.isCaseIgnorable(cps[j])) j--;
  let final = j >= 0 && uc.isCased(cps[j]);
  if (final) {
    j = i + 1;
    while (j < cps.length && uc.isCaseIgnorable(cps[j])) j++;
    final = j === cps.length || !uc.isCased(cps[j]);
  }
  return final ? '\u03c2' : '\u03c3';
}

/** lower_ucs4: the lowercase of cps[i] in its context. */
function lowerAt(cps: number[], i: number): string {
  return cps[i] === 0x3a3 ? lowerSigma(cps, i) : uc.toLowerFull(cps[i]);
}

function lower(self: PyValue): string {
  const s = strValue(self);
  // eslint-disable-next-line no-control-regex
  if (/^[\x00-\x7f]*$/.test(s)) return s.toLowerCase();
  const cps = codePointValues(s);
  let out = '';
  for (let i = 0; i < cps.length; i++) out += lowerAt(cps, i);
  return out;
}

function upper(self: PyValue): string {
  const s = strValue(self);
  // eslint-disable-next-line no-control-regex
  if (/^[\x00-\x7f]*$/.test(s)) return s.toUpperCase();
  let out = '';
  for (const cp of codePointValues(s)) out += uc.toUpperFull(cp);
  return out;
}

function casefold(self: PyValue): string {
  let out = '';
  for (const cp of codePointValues(strValue(self))) out += uc.toFoldedFull(cp);
  return out;
}

function title(self: PyValue): string {
  const cps = codePointValues(strValue(self));
  let out = '';
  let prevCased = false;
  for (let i = 0; i < cps.length; i++) {
    out += prevCased ? lowerAt(cps, i) : uc.toTitleFull(cps[i]);
    prevCased = uc.isCased(cps[i]);
  }
  return out;
}

function capitalize(self: PyValue): string {
  const cps = codePointValues(strValue(self));
  let out = cps.length > 0 ? uc.toTitleFull(cps[0]) : '';
  for (let i = 1; i < cps.length; i++) out += lowerAt(cps, i);
  return out;
}

function swapcase(self: PyValue): string {
  const cps = codePointValues(strValue(self));
  let out = '';
  for (let i = 0; i < cps.length; i++) {
    const c = cps[i];
    out += uc.isUpper(c) ? lowerAt(cps, i) : uc.isLower(c) ? uc.toUpperFull(c) : String.fromCodePoint(c);
  }
  return out;
}

/** Whether all cased characters are lowercase and there is one (unicode_islower_impl). */
function isLowerStr(s: string): boolean {
  let cased = false;
  for (const cp of codePointValues(s)) {
    if (uc.isUpper(cp) || uc.isTitle(cp)) return false;
    if (uc.isLower(cp)) cased = true;
  }
  return cased;
}

function isUpperStr(s: string): boolean {
  let cased = false;
  for (const cp of codePointValues(s)) {
    if (uc.isLower(cp) || uc.isTitle(cp)) return false;
    if (uc.isUpper(cp)) cased = true;
  }
  return cased;
}

/** Uppercase and titlecase letters only after uncased characters, lowercase ones only after cased (unicode_istitle_impl). */
function isTitleStr(s: string): boolean {
  let cased = false;
  let previousIsCased = false;
  for (const cp of codePointValues(s)) {
    if (uc.isUpper(cp) || uc.isTitle(cp)) {
      if (previousIsCased) return false;
      previousIsCased = cased = true;
    } else if (uc.isLower(cp)) {
      if (!previousIsCased) return false;
      previousIsCased = cased = true;
    } else previousIsCased = false;
  }
  return cased;
}

/** Whether s is non-empty and every code point passes the test. */
function allPoints(s: string, test: (cp: number) => boolean): boolean {
  if (s.length === 0) return false;
  for (const c of s) if (!test(c.codePointAt(0)!)) return false;
  return true;
}

/** str.isidentifier (PyUnicode_IsIdentifier). */
export function isIdentifier(s: string): boolean {
  const cps = codePointValues(s);
  if (cps.length === 0 || !(uc.isXidStart(cps[0]) || cps[0] === 0x5f)) return false;
  for (let i = 1; i < cps.length; i++) if (!uc.isXidContinue(cps[i])) return false;
  return true;
}

const predicates: Record<string, (s: string) => boolean> = {
  isupper: isUpperStr,
  islower: isLowerStr,
  istitle: isTitleStr,
  isspace: (s) => IS_SPACE.test(s),
  isdecimal: (s) => allPoints(s, uc.isDecimal),
  isdigit: (s) => allPoints(s, uc.isDigit),
  isnumeric: (s) => allPoints(s, uc.isNumeric),
  isalpha: (s) => allPoints(s, uc.isAlpha),
  isalnum: (s) => allPoints(s, uc.isAlnum),
  isidentifier: isIdentifier,
  isprintable: (s) => s.length === 0 || allPoints(s, isPrintable),
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
      'casefold($self, /)': casefold,
      'title($self, /)': title,
      "center($self, width: ssize, fillchar=' ', /)": (self: PyValue, w: number, f: PyValue) => pad(self, w, f, 'center'),
      'count($self, sub, start=None, end=None, /)': { impl: count, style: 'varargs', textSignature: false },
      'expandtabs($self, /, tabsize: cint = 8)': expandtabs,
      'find($self, sub, start=None, end=None, /)': {
        impl: (self: PyValue, sub: PyValue, a: PyValue, b: PyValue) => find(self, sub, a, b, false),
        style: 'varargs',
        textSignature: false,
      },
      'partition($self, sep, /)': { impl: (self: PyValue, sep: PyValue) => partition(self, sep, false), rawSelf: true },
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
      'lower($self, /)': lower,
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
      'rpartition($self, sep, /)': { impl: (self: PyValue, sep: PyValue) => partition(self, sep, true), rawSelf: true },
      'splitlines($self, /, keepends: int_bool = False)': splitlines,
      'strip($self, chars=None, /)': (self: PyValue, c: PyValue) => strip(self, c, true, true),
      'swapcase($self, /)': swapcase,
      'translate($self, table, /)': translate,
      'upper($self, /)': upper,
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
        impl: (self: string, mapping: PyValue) => formatString(self, null, mapping),
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
