// str.format and format() (Objects/stringlib/unicode_format.h and
// PyObject_Format): the template is read as CPython's MarkupIterator reads it,
// fields are looked up as its FieldNameIterator does, each value is formatted
// by its type's __format__.

import { typeOf, type PyValue } from '../objects/object.js';
import { newException, raise } from '../objects/errors.js';
import { strValueOrUndefined } from '../objects/boxed.js';
import * as abs from '../objects/abstract.js';
import { formatStr } from '../numeric/index.js';
import { decimalValue, isDecimal } from './unicodectype.js';

/** format(value, spec) as a JS string. */
export function formatObject(value: PyValue, spec: string): string {
  return strValueOrUndefined(formatObjectValue(value, spec))!;
}

/** PyObject_Format: what __format__ returned, checked to be a str; a str subclass instance stays one. */
export function formatObjectValue(value: PyValue, spec: string): PyValue {
  if (spec === '') {
    if (typeof value === 'string') return value;
    if (typeof value === 'number' || typeof value === 'bigint') return abs.str(value);
  }
  const t = typeOf(value);
  const method = t.lookup('__format__');
  if (method === undefined) raise('TypeError', `Type ${t.name} doesn't define __format__`);
  const r = abs.callSpecialFound(method, value, [spec]);
  if (strValueOrUndefined(r) === undefined) raise('TypeError', `__format__ must return a str, not ${typeOf(r).name}`);
  return r;
}

/** str.__format__. */
export function formatStrSpec(s: string, spec: string): string {
  return spec === '' ? s : formatStr(s, spec);
}

interface Field {
  name: string;
  conversion: string | null;
  spec: string;
  specNeedsExpanding: boolean;
}

/** Splits a template into literal text and fields (MarkupIterator_next). */
function* markup(s: string): Generator<string | Field> {
  const at = { i: 0 };
  const n = s.length;
  while (at.i < n) {
    const start = at.i;
    let c = '';
    let markupFollows = false;
    while (at.i < n) {
      c = s[at.i++];
      if (c === '{' || c === '}') {
        markupFollows = true;
        break;
      }
    }
    const atEnd = at.i >= n;
    let len = at.i - start;
    if (c === '}' && (atEnd || s[at.i] !== '}')) raise('ValueError', "Single '}' encountered in format string");
    if (atEnd && c === '{') raise('ValueError', "Single '{' encountered in format string");
    if (!atEnd) {
      if (s[at.i] === c) {
        at.i++;
        markupFollows = false;
      } else {
        len--;
      }
    }
    if (len > 0) yield s.slice(start, start + len);
    if (markupFollows) yield parseField(s, at);
  }
}

/**
 * A field's name, conversion and spec (parse_field), read from `s` at `at.i`, just after its '{';
 * leaves `at.i` after the field's closing '}'. The spec runs to the '}' that balances the braces in it.
 */
function parseField(s: string, at: { i: number }): Field {
  const n = s.length;
  const nameStart = at.i;
  let c = '';
  while (at.i < n) {
    c = s[at.i++];
    if (c === '{') raise('ValueError', "unexpected '{' in field name");
    if (c === '[') {
      while (at.i < n && s[at.i] !== ']') at.i++;
      continue;
    }
    if (c === '}' || c === ':' || c === '!') break;
  }
  const name = s.slice(nameStart, at.i - 1);
  if (c !== '!' && c !== ':') {
    if (c !== '}') raise('ValueError', "expected '}' before end of string");
    return { name, conversion: null, spec: '', specNeedsExpanding: false };
  }
  let conversion: string | null = null;
  if (c === '!') {
    if (at.i >= n) raise('ValueError', 'end of string while looking for conversion specifier');
    conversion = String.fromCodePoint(s.codePointAt(at.i)!);
    at.i += conversion.length;
    if (at.i < n) {
      const d = s[at.i++];
      if (d === '}') return { name, conversion, spec: '', specNeedsExpanding: false };
      if (d !== ':') raise('ValueError', "expected ':' after conversion specifier");
    }
  }
  const specStart = at.i;
  let specNeedsExpanding = false;
  let count = 1;
  while (at.i < n) {
    const d = s[at.i++];
    if (d === '{') {
      specNeedsExpanding = true;
      count++;
    } else if (d === '}' && --count === 0) {
      return { name, conversion, spec: s.slice(specStart, at.i - 1), specNeedsExpanding };
    }
  }
  raise('ValueError', "unmatched '{' in format spec");
}

/** get_integer: a field name part's value when it is all decimal digits (any script's), else -1. */
function fieldInteger(text: string): number {
  if (text === '') return -1;
  let n = 0;
  for (const ch of text) {
    const cp = ch.codePointAt(0)!;
    if (!isDecimal(cp)) return -1;
    n = n * 10 + decimalValue(cp);
    if (n > Number.MAX_SAFE_INTEGER) raise('ValueError', 'Too many decimal digits in format string');
  }
  return n;
}

interface Numbering {
  auto: number;
  mode: 'none' | 'auto' | 'manual';
}

/**
 * The value a field names: its first part from args (null for format_map) or kwargs, then .attr and [key]
 * parts (get_field_object, FieldNameIterator).
 */
function lookupField(name: string, args: PyValue[] | null, kwargs: PyValue, numbering: Numbering): PyValue {
  let i = 0;
  while (i < name.length && name[i] !== '.' && name[i] !== '[') i++;
  const first = name.slice(0, i);
  let index = fieldInteger(first);
  if (first === '' || index !== -1) {
    if (first === '') {
      if (numbering.mode === 'manual') raise('ValueError', 'cannot switch from manual field specification to automatic field numbering');
      numbering.mode = 'auto';
      index = numbering.auto++;
    } else {
      if (numbering.mode === 'auto') raise('ValueError', 'cannot switch from automatic field numbering to manual field specification');
      numbering.mode = 'manual';
    }
  }
  let v: PyValue;
  if (index === -1) {
    if (kwargs === null) throw newException('KeyError', first);
    if (kwargs instanceof Map) {
      v = kwargs.get(first);
      if (v === undefined) throw newException('KeyError', first);
    } else {
      v = abs.getItem(kwargs, first);
    }
  } else {
    if (args === null) raise('ValueError', 'Format string contains positional fields');
    if (index >= args.length) raise('IndexError', `Replacement index ${index} out of range for positional args tuple`);
    v = args[index];
  }
  while (i < name.length) {
    const c = name[i++];
    const start = i;
    if (c === '.') {
      while (i < name.length && name[i] !== '.' && name[i] !== '[') i++;
    } else if (c === '[') {
      while (i < name.length && name[i] !== ']') i++;
      if (i >= name.length) raise('ValueError', "Missing ']' in format string");
    } else {
      raise('ValueError', "Only '.' or '[' may follow ']' in format field specifier");
    }
    const part = name.slice(start, i);
    if (c === '[') i++;
    if (part === '') raise('ValueError', 'Empty attribute in format string');
    if (c === '.') {
      v = abs.getAttr(v, part);
    } else {
      const key = fieldInteger(part);
      v = abs.getItem(v, key === -1 ? part : key);
    }
  }
  return v;
}

function convert(v: PyValue, conversion: string): PyValue {
  switch (conversion) {
    case 'r':
      return abs.repr(v);
    case 's':
      return abs.str(v);
    case 'a':
      return abs.ascii(v);
  }
  const code = conversion.codePointAt(0)!;
  if (code >= 32 && code < 127) raise('ValueError', `Unknown conversion specifier ${conversion}`);
  raise('ValueError', `Unknown conversion specifier \\x${code.toString(16)}`);
}

function build(template: string, args: PyValue[] | null, kwargs: PyValue, depth: number, numbering: Numbering): string {
  if (depth <= 0) raise('ValueError', 'Max string recursion exceeded');
  let out = '';
  for (const part of markup(template)) {
    if (typeof part === 'string') {
      out += part;
      continue;
    }
    let v = lookupField(part.name, args, kwargs, numbering);
    if (part.conversion !== null) v = convert(v, part.conversion);
    const spec = part.specNeedsExpanding ? build(part.spec, args, kwargs, depth - 1, numbering) : part.spec;
    out += formatObject(v, spec);
  }
  return out;
}

/**
 * str.format(*args, **kwargs) and str.format_map(mapping) (args null): `kwargs` is a Map or a mapping object.
 * Specs nest two levels deep, as PEP 3101 says.
 */
export function formatString(template: string, args: PyValue[] | null, kwargs: PyValue): string {
  return build(template, args, kwargs, 2, { auto: 0, mode: 'none' });
}
