// Methods of the builtin container and str types, installed in their type dicts
// (LOAD_METHOD/LOAD_ATTR bind them to the instance).

import { PyDict, PyDictView } from './dict.js';
import {
  PyBuiltinFunction,
  PyFloat,
  PyList,
  PyTuple,
  dictType,
  floatType,
  intType,
  listType,
  strType,
  tupleType,
  typeOf,
  type PyType,
  type PyValue,
} from './objects.js';
import { PyBaseException, exceptionType } from './exceptions.js';
import { raise } from './errors.js';
import { formatValue, pyEq, pyRepr } from './protocols.js';
import { getAttr, getItem } from './operations.js';
import { codePoints, hasSurrogates, strLen } from './strings.js';
import { activeInterpreter } from './interpreter.js';
import { iterate, sortValues } from './builtins.js';
import * as num from './numeric/index.js';
import {
  PySet,
  frozensetType,
  isSubset,
  setDifference,
  setDifferenceUpdate,
  setFrom,
  setIntersection,
  setSymmetricDifference,
  setSymmetricDifferenceUpdate,
  setType,
  setUnion,
} from './set.js';
import { PyBytes, bytesType } from './bytes.js';
import { installSlotWrappers } from './slot_wrappers.js';
import { installNumberMethods } from './number_methods.js';
import { installBytesMethods } from './bytes_methods.js';
import { installByteArrayMethods } from './bytearray.js';
import { installRangeMethods } from './range.js';

const NO_KEYWORDS: Map<string, PyValue> = new Map();

type Method = (self: PyValue, args: PyValue[], kw: Map<string, PyValue>) => PyValue;

export function install(type: PyType, name: string, min: number, max: number, fn: Method, keywords: string[] = [], slot = false): void {
  const impl = (argv: PyValue[], kwnames: string[] | null): PyValue => {
    const nkw = kwnames ? kwnames.length : 0;
    const self = argv[0];
    checkDescriptorSelf(type, name, slot, argv.length - nkw > 0 ? self : undefined);
    const pos = argv.slice(1, argv.length - nkw);
    const kw = nkw === 0 ? NO_KEYWORDS : new Map<string, PyValue>();
    for (let i = 0; i < nkw; i++) {
      const k = kwnames![i];
      if (!keywords.includes(k) && !keywords.includes('**')) {
        if (keywords.length === 0) raise('TypeError', `${type.name}.${name}() takes no keyword arguments`);
        raise('TypeError', `${name}() got an unexpected keyword argument '${k}'`);
      }
      kw.set(k, argv[argv.length - nkw + i]);
    }
    if (pos.length < min || pos.length > max) {
      if (min === max && min === 0) raise('TypeError', `${type.name}.${name}() takes no arguments (${pos.length} given)`);
      if (min === max && min === 1) raise('TypeError', `${type.name}.${name}() takes exactly one argument (${pos.length} given)`);
      if (pos.length < min) raise('TypeError', `${name} expected at least ${min} argument${min === 1 ? '' : 's'}, got ${pos.length}`);
      raise('TypeError', `${name} expected at most ${max} argument${max === 1 ? '' : 's'}, got ${pos.length}`);
    }
    return fn(self, pos, kw);
  };
  type.dict.set(name, new PyBuiltinFunction(name, impl, undefined, type, slot));
}

/** A method taken from its type (str.upper) applies only to instances of that type. */
function checkDescriptorSelf(type: PyType, name: string, slot: boolean, self: PyValue): void {
  if (self === undefined) raise('TypeError', `unbound method ${type.name}.${name}() needs an argument`);
  const t = typeOf(self);
  if (t === type || t.isSubtypeOf(type)) return;
  if (slot) raise('TypeError', `descriptor '${name}' requires a '${type.name}' object but received a '${t.name}'`);
  raise('TypeError', `descriptor '${name}' for '${type.name}' objects doesn't apply to a '${t.name}' object`);
}

function index(v: PyValue, what = 'an integer'): number {
  if (typeof v === 'number') return v;
  if (typeof v === 'boolean') return v ? 1 : 0;
  raise('TypeError', `'${typeOf(v).name}' object cannot be interpreted as ${what}`);
}

/**
 * s[start:end] for the optional start/end of find, count, startswith...: None or
 * missing means the whole string, negatives count from the end (code points).
 * Null when start lies past the end, where even '' is not found.
 */
function searchRange(s: string, start: PyValue, end: PyValue): { text: string; offset: number } | null {
  const points = hasSurrogates(s) ? codePoints(s) : null;
  const len = points ? points.length : s.length;
  const bound = (v: PyValue, dflt: number): number => {
    if (v === undefined || v === null) return dflt;
    if (typeof v !== 'number' && typeof v !== 'bigint' && typeof v !== 'boolean') {
      raise('TypeError', 'slice indices must be integers or None or have an __index__ method');
    }
    const n = Number(v);
    return n < 0 ? Math.max(0, n + len) : Math.min(n, len + 1);
  };
  const a = bound(start, 0);
  const b = Math.min(bound(end, len), len);
  if (a > len) return null;
  const text = points ? points.slice(a, Math.max(a, b)).join('') : s.slice(a, Math.max(a, b));
  return { text, offset: a };
}

function needStr(v: PyValue, what: string): string {
  if (typeof v !== 'string') raise('TypeError', `${what} must be str, not ${typeOf(v).name}`);
  return v;
}

function chars(s: string): string[] {
  return hasSurrogates(s) ? codePoints(s) : s.split('');
}

const WHITESPACE = /^[\s\u001c-\u001f\u0085]+|[\s\u001c-\u001f\u0085]+$/g;

function stripChars(s: string, set: PyValue, left: boolean, right: boolean): string {
  if (set === null || set === undefined) {
    if (left && right) return s.replace(WHITESPACE, '');
    if (left) return s.replace(/^[\s\u001c-\u001f\u0085]+/, '');
    return s.replace(/[\s\u001c-\u001f\u0085]+$/, '');
  }
  const strip = new Set(chars(needStr(set, 'strip arg')));
  const cs = chars(s);
  let a = 0;
  let b = cs.length;
  if (left) while (a < b && strip.has(cs[a])) a++;
  if (right) while (b > a && strip.has(cs[b - 1])) b--;
  return cs.slice(a, b).join('');
}

function splitWhitespace(s: string, maxsplit: number): string[] {
  const out: string[] = [];
  let rest = s.replace(/^\s+/, '');
  while (rest.length > 0) {
    if (maxsplit >= 0 && out.length === maxsplit) {
      out.push(rest);
      return out;
    }
    const m = /\s+/.exec(rest);
    if (!m) {
      out.push(rest);
      break;
    }
    out.push(rest.slice(0, m.index));
    rest = rest.slice(m.index + m[0].length);
  }
  return out;
}

let installed = false;

/** Installs the methods once; key functions run on whichever interpreter is executing. */
export function installMethods(): void {
  if (installed) return;
  installed = true;
  installSlotWrappers();
  installNumberMethods();
  installBytesMethods();
  installRangeMethods();
  const interp = {
    call: (f: PyValue, args: PyValue[]) => activeInterpreter().call(f, args),
  } as unknown as Parameters<typeof sortValues>[0];
  // ---- list ----
  install(listType, '__init__', 0, 1, (self: PyList, args) => {
    self.items = args.length ? [...iterate(interp, args[0])] : [];
    return null;
  });
  install(listType, 'append', 1, 1, (self: PyList, [v]) => {
    self.items.push(v);
    return null;
  });
  install(listType, 'extend', 1, 1, (self: PyList, [it]) => {
    const items = [...iterate(interp, it)];
    for (const v of items) self.items.push(v);
    return null;
  });
  install(listType, 'insert', 2, 2, (self: PyList, [i, v]) => {
    let n = index(i);
    const len = self.items.length;
    if (n < 0) n = Math.max(0, n + len);
    self.items.splice(Math.min(n, len), 0, v);
    return null;
  });
  install(listType, 'pop', 0, 1, (self: PyList, args) => {
    const len = self.items.length;
    if (len === 0) raise('IndexError', 'pop from empty list');
    let n = args.length ? index(args[0]) : -1;
    if (n < 0) n += len;
    if (n < 0 || n >= len) raise('IndexError', 'pop index out of range');
    return self.items.splice(n, 1)[0];
  });
  install(listType, 'remove', 1, 1, (self: PyList, [v]) => {
    const i = self.items.findIndex((x) => x === v || pyEq(x, v));
    if (i < 0) raise('ValueError', 'list.remove(x): x not in list');
    self.items.splice(i, 1);
    return null;
  });
  install(listType, 'index', 1, 1, (self: PyList, [v]) => {
    const i = self.items.findIndex((x) => x === v || pyEq(x, v));
    if (i < 0) raise('ValueError', `${pyRepr(v)} is not in list`);
    return i;
  });
  install(listType, 'count', 1, 1, (self: PyList, [v]) => self.items.filter((x) => x === v || pyEq(x, v)).length);
  install(listType, 'reverse', 0, 0, (self: PyList) => {
    self.items.reverse();
    return null;
  });
  install(listType, 'copy', 0, 0, (self: PyList) => new PyList(self.items.slice()));
  install(listType, 'clear', 0, 0, (self: PyList) => {
    self.items.length = 0;
    return null;
  });
  install(
    listType,
    'sort',
    0,
    0,
    (self: PyList, _args, kw) => {
      self.items = sortValues(interp, self.items, kw.get('key') ?? null, kw.get('reverse') === true);
      return null;
    },
    ['key', 'reverse'],
  );

  // ---- int, float ----
  install(intType, 'bit_length', 0, 0, (self: number | bigint | boolean) => num.bitLength(typeof self === 'boolean' ? (self ? 1 : 0) : self));
  install(floatType, 'is_integer', 0, 0, (self: PyFloat) => Number.isInteger(self.v));

  // ---- tuple ----
  install(tupleType, 'index', 1, 1, (self: PyTuple, [v]) => {
    const i = self.items.findIndex((x) => x === v || pyEq(x, v));
    if (i < 0) raise('ValueError', 'tuple.index(x): x not in tuple');
    return i;
  });
  install(tupleType, 'count', 1, 1, (self: PyTuple, [v]) => self.items.filter((x) => x === v || pyEq(x, v)).length);

  // ---- dict ----
  install(dictType, '__init__', 0, 1, (self: PyDict, args, kw) => {
    const update = dictType.dict.get('update') as PyBuiltinFunction;
    const kwnames = [...kw.keys()];
    return update.call([self, ...args, ...kw.values()], kwnames.length ? kwnames : null);
  }, ['**']);
  install(dictType, 'get', 1, 2, (self: PyDict, [k, d]) => {
    const v = self.get(k);
    return v === undefined ? (d === undefined ? null : d) : v;
  });
  install(dictType, 'keys', 0, 0, (self: PyDict) => new PyDictView('keys', self));
  install(dictType, 'values', 0, 0, (self: PyDict) => new PyDictView('values', self));
  install(dictType, 'items', 0, 0, (self: PyDict) => new PyDictView('items', self));
  install(dictType, 'pop', 1, 2, (self: PyDict, [k, d]) => {
    const v = self.get(k);
    if (v === undefined) {
      if (d !== undefined) return d;
      throw new PyBaseException(exceptionType('KeyError'), [k]);
    }
    self.delete(k);
    return v;
  });
  install(dictType, 'popitem', 0, 0, (self: PyDict) => {
    const entries = [...self.entries()];
    const last = entries[entries.length - 1];
    if (last === undefined) throw new PyBaseException(exceptionType('KeyError'), ['popitem(): dictionary is empty']);
    self.delete(last.key);
    return new PyTuple([last.key, last.value]);
  });
  install(dictType, 'setdefault', 1, 2, (self: PyDict, [k, d]) => {
    const v = self.get(k);
    if (v !== undefined) return v;
    const dv = d === undefined ? null : d;
    self.set(k, dv);
    return dv;
  });
  install(dictType, 'update', 0, 1, (self: PyDict, [other], kw) => {
    if (other instanceof PyDict) for (const e of other.entries()) self.set(e.key, e.value);
    else if (other !== undefined) {
      for (const pair of iterate(interp, other)) {
        const kv = [...iterate(interp, pair)];
        if (kv.length !== 2) raise('ValueError', `dictionary update sequence element has length ${kv.length}; 2 is required`);
        self.set(kv[0], kv[1]);
      }
    }
    for (const [k, v] of kw) self.setStr(k, v);
    return null;
  }, ['**']);
  install(dictType, 'copy', 0, 0, (self: PyDict) => {
    const d = new PyDict();
    for (const e of self.entries()) d.set(e.key, e.value);
    return d;
  });
  install(dictType, 'clear', 0, 0, (self: PyDict) => {
    for (const k of self.keys()) self.delete(k);
    return null;
  });

  // ---- set ----
  install(setType, 'add', 1, 1, (self: PySet, [v]) => {
    self.add(v);
    return null;
  });
  install(setType, 'remove', 1, 1, (self: PySet, [v]) => {
    if (!self.discard(v)) throw new PyBaseException(exceptionType('KeyError'), [v]);
    return null;
  });
  install(setType, 'discard', 1, 1, (self: PySet, [v]) => {
    self.discard(v);
    return null;
  });
  install(setType, 'pop', 0, 0, (self: PySet) => {
    if (self.size === 0) throw new PyBaseException(exceptionType('KeyError'), ['pop from an empty set']);
    return self.table.pop();
  });
  install(setType, 'clear', 0, 0, (self: PySet) => {
    self.table.clear();
    return null;
  });
  install(setType, 'update', 0, Infinity, (self: PySet, args) => {
    for (const other of args) self.update(other);
    return null;
  });
  install(setType, 'intersection_update', 0, Infinity, (self: PySet, args) => {
    self.table.swap((args.length ? args.reduce((acc: PySet, v) => setIntersection(acc, v), self) : self.copy()).table);
    return null;
  });
  install(setType, 'difference_update', 0, Infinity, (self: PySet, args) => {
    for (const other of args) setDifferenceUpdate(self, other);
    return null;
  });
  install(setType, 'symmetric_difference_update', 1, 1, (self: PySet, [other]) => {
    setSymmetricDifferenceUpdate(self, other);
    return null;
  });
  install(setType, 'copy', 0, 0, (self: PySet) => self.copy());
  install(frozensetType, 'copy', 0, 0, (self: PySet) => self);
  for (const t of [setType, frozensetType]) {
    const asSet = (v: PyValue) => (v instanceof PySet ? v : setFrom(v, false));
    install(t, 'union', 0, Infinity, (self: PySet, args) => args.reduce((acc: PySet, v) => (v === self ? acc : setUnion(acc, v)), self.copy()));
    install(t, 'intersection', 0, Infinity, (self: PySet, args) => (args.length ? args.reduce((acc: PySet, v) => setIntersection(acc, v), self) : self.copy()));
    install(t, 'difference', 0, Infinity, (self: PySet, args) => {
      if (args.length === 0) return self.copy();
      const out = setDifference(self, args[0]);
      for (const other of args.slice(1)) setDifferenceUpdate(out, other);
      return out;
    });
    install(t, 'symmetric_difference', 1, 1, (self: PySet, [v]) => setSymmetricDifference(self, v));
    install(t, 'issubset', 1, 1, (self: PySet, [v]) => isSubset(self, asSet(v)));
    install(t, 'issuperset', 1, 1, (self: PySet, [v]) => (v instanceof PySet ? isSubset(v, self) : [...iterate(interp, v)].every((x) => self.has(x))));
    install(t, 'isdisjoint', 1, 1, (self: PySet, [v]) => {
      if (v instanceof PySet) return setIntersection(self, v).size === 0;
      for (const x of iterate(interp, v)) if (self.has(x)) return false;
      return true;
    });
  }

  // ---- bytes ----
  install(bytesType, 'decode', 0, 2, (self: PyBytes, [encoding]) => {
    const enc = encoding === undefined ? 'utf-8' : needStr(encoding, 'decode() argument');
    if (!/^utf-?8$/i.test(enc)) raise('LookupError', `unknown encoding: ${enc}`);
    try {
      return new TextDecoder('utf-8', { fatal: true }).decode(self.bytes);
    } catch {
      raise('ValueError', "'utf-8' codec can't decode bytes");
    }
  });
  install(strType, 'encode', 0, 2, (self: string, [encoding]) => {
    const enc = encoding === undefined ? 'utf-8' : needStr(encoding, 'encode() argument');
    if (!/^utf-?8$/i.test(enc)) raise('LookupError', `unknown encoding: ${enc}`);
    return new PyBytes(new TextEncoder().encode(self));
  });

  // ---- str ----
  install(strType, 'join', 1, 1, (self: string, [it]) => {
    const parts: string[] = [];
    let i = 0;
    for (const x of iterate(interp, it)) {
      if (typeof x !== 'string') raise('TypeError', `sequence item ${i}: expected str instance, ${typeOf(x).name} found`);
      parts.push(x);
      i++;
    }
    return parts.join(self);
  });
  install(strType, 'split', 0, 2, (self: string, [sep, max]) => {
    const maxsplit = max === undefined ? -1 : index(max);
    if (sep === undefined || sep === null) return new PyList(splitWhitespace(self, maxsplit));
    const s = needStr(sep, 'must be str or None, not');
    if (s === '') raise('ValueError', 'empty separator');
    const parts = self.split(s);
    if (maxsplit >= 0 && parts.length > maxsplit + 1) {
      return new PyList([...parts.slice(0, maxsplit), parts.slice(maxsplit).join(s)]);
    }
    return new PyList(parts);
  });
  install(strType, 'strip', 0, 1, (self: string, [c]) => stripChars(self, c, true, true));
  install(strType, 'lstrip', 0, 1, (self: string, [c]) => stripChars(self, c, true, false));
  install(strType, 'rstrip', 0, 1, (self: string, [c]) => stripChars(self, c, false, true));
  install(strType, 'upper', 0, 0, (self: string) => self.toUpperCase());
  install(strType, 'lower', 0, 0, (self: string) => self.toLowerCase());
  install(strType, 'replace', 2, 3, (self: string, [a, b, n]) => {
    const from = needStr(a, 'replace() argument 1');
    const to = needStr(b, 'replace() argument 2');
    let count = n === undefined ? -1 : index(n);
    if (count < 0) return self.split(from).join(to);
    let out = '';
    let rest = self;
    while (count-- > 0) {
      const i = rest.indexOf(from);
      if (i < 0) break;
      out += rest.slice(0, i) + to;
      rest = rest.slice(i + from.length);
      if (from === '') {
        out += rest.slice(0, 1);
        rest = rest.slice(1);
      }
    }
    return out + rest;
  });
  for (const [name, atStart] of [['startswith', true], ['endswith', false]] as const) {
    install(strType, name, 1, 3, (self: string, [p, start, end]) => {
      const r = searchRange(self, start, end);
      const test = (x: PyValue): boolean => {
        if (typeof x !== 'string') raise('TypeError', `tuple for ${name} must only contain str, not ${typeOf(x).name}`);
        return r !== null && (atStart ? r.text.startsWith(x) : r.text.endsWith(x));
      };
      if (p instanceof PyTuple) return p.items.some(test);
      if (typeof p !== 'string') raise('TypeError', `${name} first arg must be str or a tuple of str, not ${typeOf(p).name}`);
      return test(p);
    });
  }
  install(strType, 'count', 1, 3, (self: string, [sub, start, end]) => {
    const t = needStr(sub, 'must be str, not');
    const r = searchRange(self, start, end);
    if (r === null) return 0;
    if (t === '') return strLen(r.text) + 1;
    return r.text.split(t).length - 1;
  });
  install(strType, 'isdigit', 0, 0, (self: string) => self.length > 0 && /^\p{Nd}+$/u.test(self));
  install(strType, 'isalpha', 0, 0, (self: string) => self.length > 0 && /^\p{L}+$/u.test(self));
  install(strType, 'isspace', 0, 0, (self: string) => self.length > 0 && /^\s+$/.test(self));
  install(strType, 'title', 0, 0, (self: string) => self.replace(/\p{L}+/gu, (w) => w[0].toUpperCase() + w.slice(1).toLowerCase()));
  install(strType, 'capitalize', 0, 0, (self: string) => (self ? self[0].toUpperCase() + self.slice(1).toLowerCase() : ''));
  install(strType, 'zfill', 1, 1, (self: string, [w]) => {
    const width = index(w);
    const sign = self[0] === '-' || self[0] === '+' ? self[0] : '';
    const body = sign ? self.slice(1) : self;
    return sign + body.padStart(width - sign.length, '0');
  });
  install(
    strType,
    'expandtabs',
    0,
    1,
    (self: string, [t], kw) => {
      const size = index(t ?? kw.get('tabsize') ?? 8);
      // Columns count code points and restart after each line break, as CPython's unicode_expandtabs.
      let out = '';
      let column = 0;
      for (const ch of self) {
        if (ch === '\t') {
          if (size > 0) {
            const pad = size - (column % size);
            out += ' '.repeat(pad);
            column += pad;
          }
        } else {
          out += ch;
          column = ch === '\n' || ch === '\r' ? 0 : column + 1;
        }
      }
      return out;
    },
    ['tabsize'],
  );
  install(strType, 'center', 1, 2, (self: string, [w, f]) => {
    const width = index(w);
    const fill = f === undefined ? ' ' : needStr(f, 'fill character');
    const n = strLen(self);
    if (width <= n) return self;
    const total = width - n;
    const left = Math.floor(total / 2) + (total & width & 1);
    return fill.repeat(left) + self + fill.repeat(total - left);
  });
  install(strType, 'ljust', 1, 2, (self: string, [w, f]) => self + (f ?? ' ').repeat(Math.max(0, index(w) - strLen(self))));
  install(strType, 'rjust', 1, 2, (self: string, [w, f]) => (f ?? ' ').repeat(Math.max(0, index(w) - strLen(self))) + self);
  install(strType, 'format', 0, Infinity, (self: string, args, kw) => formatString(self, args, kw), ['**']);
  install(strType, 'format_map', 1, 1, (self: string, [mapping]) => formatString(self, [], mapping as PyDict));
  install(strType, 'partition', 1, 1, (self: string, [sep]) => {
    const s = needStr(sep, 'must be str, not');
    if (s === '') raise('ValueError', 'empty separator');
    const i = self.indexOf(s);
    return i < 0 ? new PyTuple([self, '', '']) : new PyTuple([self.slice(0, i), s, self.slice(i + s.length)]);
  });
  install(strType, 'rpartition', 1, 1, (self: string, [sep]) => {
    const s = needStr(sep, 'must be str, not');
    if (s === '') raise('ValueError', 'empty separator');
    const i = self.lastIndexOf(s);
    return i < 0 ? new PyTuple(['', '', self]) : new PyTuple([self.slice(0, i), s, self.slice(i + s.length)]);
  });
  install(strType, 'rsplit', 0, 2, (self: string, [sep, max]) => {
    const maxsplit = max === undefined ? -1 : index(max);
    if (sep === undefined || sep === null) {
      if (maxsplit < 0) return new PyList(splitWhitespace(self, -1));
      const parts = splitWhitespace(chars(self).reverse().join(''), maxsplit);
      return new PyList(parts.map((p) => chars(p).reverse().join('')).reverse());
    }
    const s = needStr(sep, 'must be str or None, not');
    if (s === '') raise('ValueError', 'empty separator');
    const parts = self.split(s);
    if (maxsplit >= 0 && parts.length > maxsplit + 1) {
      return new PyList([parts.slice(0, parts.length - maxsplit).join(s), ...parts.slice(parts.length - maxsplit)]);
    }
    return new PyList(parts);
  });
  install(strType, 'splitlines', 0, 1, (self: string, [keep]) => {
    const out: string[] = [];
    const re = /\r\n|[\n\r\v\f\x1c\x1d\x1e\x85\u2028\u2029]/g;
    let start = 0;
    for (let m = re.exec(self); m !== null; m = re.exec(self)) {
      out.push(self.slice(start, keep === true ? m.index + m[0].length : m.index));
      start = m.index + m[0].length;
    }
    if (start < self.length) out.push(self.slice(start));
    return new PyList(out);
  }, ['keepends']);
  for (const [name, fromRight, strict] of [['find', false, false], ['index', false, true], ['rindex', true, true], ['rfind', true, false]] as const) {
    install(strType, name, 1, 3, (self: string, [sub, start, end]) => {
      const t = needStr(sub, 'must be str, not');
      const r = searchRange(self, start, end);
      const i = r === null ? -1 : fromRight ? r.text.lastIndexOf(t) : r.text.indexOf(t);
      if (i < 0) {
        if (strict) raise('ValueError', 'substring not found');
        return -1;
      }
      return r!.offset + strLen(r!.text.slice(0, i));
    });
  }
  const predicates: [string, (s: string) => boolean][] = [
    ['isupper', (s) => /\p{Lu}/u.test(s) && !/\p{Ll}/u.test(s)],
    ['islower', (s) => /\p{Ll}/u.test(s) && !/\p{Lu}/u.test(s)],
    ['isalnum', (s) => s.length > 0 && /^[\p{L}\p{N}]+$/u.test(s)],
    ['isdecimal', (s) => s.length > 0 && /^\p{Nd}+$/u.test(s)],
    ['isnumeric', (s) => s.length > 0 && /^\p{N}+$/u.test(s)],
    ['istitle', isTitle],
    ['isascii', (s) => /^[\x00-\x7f]*$/.test(s)],
    // Printable: no character of categories Cc, Cf, Cs, Co, Cn, Zl, Zp, Zs other than the space.
    ['isprintable', (s) => !/[\p{Cc}\p{Cf}\p{Cs}\p{Co}\p{Cn}\p{Zl}\p{Zp}]|(?! )\p{Zs}/u.test(s)],
    ['isidentifier', (s) => /^[\p{L}\p{Nl}_][\p{L}\p{Nl}\p{Mn}\p{Mc}\p{Nd}\p{Pc}]*$/u.test(s)],
  ];
  for (const [name, test] of predicates) install(strType, name, 0, 0, (self: string) => test(self));
  install(strType, 'swapcase', 0, 0, (self: string) =>
    chars(self).map((c) => (c === c.toUpperCase() ? c.toLowerCase() : c.toUpperCase())).join(''),
  );
  install(strType, 'casefold', 0, 0, (self: string) => self.toLowerCase());
  install(strType, 'removeprefix', 1, 1, (self: string, [p]) => {
    const t = needStr(p, 'removeprefix() argument');
    return self.startsWith(t) ? self.slice(t.length) : self;
  });
  install(strType, 'removesuffix', 1, 1, (self: string, [p]) => {
    const t = needStr(p, 'removesuffix() argument');
    return t && self.endsWith(t) ? self.slice(0, self.length - t.length) : self;
  });
  // Last: bytearray takes over bytes' methods as they stand now.
  installByteArrayMethods();
}

/**
 * str.format: fields {}, {0}, {name} with .attr and [index] parts, !r/!s/!a and a
 * spec (which may itself contain {} fields); each value goes through format().
 */
function formatString(template: string, args: PyValue[], kw: Map<string, PyValue> | PyDict): string {
  let auto = 0;
  const lookup = (field: string): PyValue => {
    const m = /^([^.[]*)(.*)$/.exec(field)!;
    let v: PyValue;
    if (m[1] === '' || /^\d+$/.test(m[1])) {
      const i = m[1] === '' ? auto++ : Number(m[1]);
      if (i >= args.length) raise('IndexError', `Replacement index ${i} out of range for positional args tuple`);
      v = args[i];
    } else {
      v = kw instanceof PyDict ? kw.getStr(m[1]) : kw.get(m[1]);
      if (v === undefined) throw new PyBaseException(exceptionType('KeyError'), [m[1]]);
    }
    for (const part of m[2].matchAll(/\.([^.[]+)|\[([^\]]*)\]/g)) {
      if (part[1] !== undefined) v = getAttr(v, part[1]);
      else v = getItem(v, /^\d+$/.test(part[2]) ? Number(part[2]) : part[2]);
    }
    return v;
  };
  const expand = (text: string): string =>
    text.replace(/\{\{|\}\}|\{([^{}!:]*)(![rsa])?(?::((?:[^{}]|\{[^{}]*\})*))?\}/g, (m, field: string, conv: string, spec: string) => {
      if (m === '{{') return '{';
      if (m === '}}') return '}';
      const v = lookup(field);
      const conversion = conv === '!s' ? 1 : conv === '!r' ? 2 : conv === '!a' ? 3 : 0;
      return formatValue(v, conversion, spec ? expand(spec) : '');
    });
  return expand(template);
}

/** str.istitle: upper- or titlecase only after uncased characters, lowercase only after cased ones, and some cased. */
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
