// str.format and format() (Objects/stringlib/unicode_format.h and
// PyObject_Format): the template is read as CPython's MarkupIterator reads it,
// fields are looked up as its FieldNameIterator does, each value is formatted
// by its type's __format__.

import { typeOf, type PyValue } from '../objects/object.js';
import { newException, raise } from '../objects/errors.js';
import { strValueOrUndefined } from '../objects/boxed.js';
import * as abs from '../objects/abstract.js';
import { formatStr } from '../numeric/index.js';

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
  let i = 0;
  const n = s.length;
  while (i < n) {
    const start = i;
    let c = '';
    let markupFollows = false;
    while (i < n) {
      c = s[i++];
      if (c === '{' || c === '}') {
        markupFollows = true;
        break;
      }
    }
    const atEnd = i >= n;
    let len = i - start;
    if (markupFollows && c === '}' && (atEnd || s[i] !== '}')) raise('ValueError', "Single '}' encountered in format string");
    if (markupFollows && atEnd && c === '{') raise('ValueError', "Single '{' encountered in format string");
    if (markupFollows && !atEnd) {
      if (s[i] === c) {
        i++;
        markupFollows = false;
      } else {
        len--;
      }
    }
    if (len > 0) yield s.slice(start, start + len);
    if (!markupFollows) continue;
    let count = 1;
    const fieldStart = i;
    let hitSpec = false;
    let specNeedsExpanding = false;
    let done = false;
    while (i < n) {
      const d = s[i++];
      if (d === ':') {
        hitSpec = true;
        count = 1;
      } else if (d === '{') {
        if (hitSpec) specNeedsExpanding = true;
        count++;
      } else if (d === '}') {
        count--;
        if (count === 0) {
          yield parseField(s.slice(fieldStart, i - 1), specNeedsExpanding);
          done = true;
          break;
        }
      }
    }
    if (!done) raise('ValueError', "expected '}' before end of string");
  }
}

/** A field's name, conversion and spec (parse_field). */
function parseField(text: string, specNeedsExpanding: boolean): Field {
  let i = 0;
  let c = '';
  while (i < text.length) {
    c = text[i++];
    if (c === '{') raise('ValueError', "unexpected '{' in field name");
    if (c === '[') {
      while (i < text.length && text[i] !== ']') i++;
      continue;
    }
    if (c === '}' || c === ':' || c === '!') break;
    c = '';
  }
  if (c === '!' || c === ':') {
    const name = text.slice(0, i - 1);
    let conversion: string | null = null;
    if (c === '!') {
      if (i >= text.length) raise('ValueError', 'end of string while looking for conversion specifier');
      conversion = text[i++];
      if (i < text.length) {
        if (text[i++] !== ':') raise('ValueError', "expected ':' after conversion specifier");
      }
    }
    return { name, conversion, spec: text.slice(i), specNeedsExpanding };
  }
  return { name: text, conversion: null, spec: '', specNeedsExpanding };
}

interface Numbering {
  auto: number;
  mode: 'none' | 'auto' | 'manual';
}

/** The value a field names: its first part from args/kwargs, then .attr and [key] parts (FieldNameIterator). */
function lookupField(name: string, args: PyValue[], kwargs: PyValue, numbering: Numbering): PyValue {
  let i = 0;
  while (i < name.length && name[i] !== '.' && name[i] !== '[') i++;
  const first = name.slice(0, i);
  let v: PyValue;
  if (first === '' || /^\d+$/.test(first)) {
    let index: number;
    if (first === '') {
      if (numbering.mode === 'manual') raise('ValueError', 'cannot switch from manual field specification to automatic field numbering');
      numbering.mode = 'auto';
      index = numbering.auto++;
    } else {
      if (numbering.mode === 'auto') raise('ValueError', 'cannot switch from automatic field numbering to manual field specification');
      numbering.mode = 'manual';
      index = Number(first);
    }
    if (index >= args.length) raise('IndexError', `Replacement index ${index} out of range for positional args tuple`);
    v = args[index];
  } else {
    if (kwargs === null) throw newException('KeyError', first);
    if (kwargs instanceof Map) {
      v = kwargs.get(first);
      if (v === undefined) throw newException('KeyError', first);
    } else {
      v = abs.getItem(kwargs, first);
    }
  }
  while (i < name.length) {
    const c = name[i++];
    if (c === '.') {
      const start = i;
      while (i < name.length && name[i] !== '.' && name[i] !== '[') i++;
      const attr = name.slice(start, i);
      if (attr === '') raise('ValueError', 'Empty attribute in format string');
      v = abs.getAttr(v, attr);
    } else if (c === '[') {
      const start = i;
      while (i < name.length && name[i] !== ']') i++;
      if (i >= name.length) raise('ValueError', "Missing ']' in format string");
      const key = name.slice(start, i);
      i++;
      if (key === '') raise('ValueError', 'Empty attribute in format string');
      v = abs.getItem(v, /^\d+$/.test(key) ? Number(key) : key);
      if (i < name.length && name[i] !== '.' && name[i] !== '[') {
        raise('ValueError', "Only '.' or '[' may follow ']' in format field specifier");
      }
    } else {
      raise('ValueError', "Only '.' or '[' may follow ']' in format field specifier");
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

function build(template: string, args: PyValue[], kwargs: PyValue, depth: number, numbering: Numbering): string {
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

/** str.format(*args, **kwargs) and str.format_map(mapping): `kwargs` is a Map or a mapping object. */
export function formatString(template: string, args: PyValue[], kwargs: PyValue): string {
  return build(template, args, kwargs, 2, { auto: 0, mode: 'none' });
}
