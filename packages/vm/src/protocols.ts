// The generic (slow-path) object protocols: repr/str, hashing, equality, rich
// comparison, truth, containment. The interpreter inlines the hot cases and
// falls back to these.

import { bytesRepr, complexRepr, floatRepr, hashBytes, hashComplex, hashStr, hashTuple, strRepr } from '@pyc-ts/bytecode';
import {
  PyBuiltinFunction,
  PyCell,
  PyCode,
  PyFloat,
  PyFunction,
  PyList,
  PyMethod,
  PyObject,
  PySingleton,
  NotImplemented,
  PyTuple,
  PyType,
  typeOf,
  type PyValue,
} from './objects.js';
import { PyDict, PyDictView } from './dict.js';
import { PyBaseException } from './exceptions.js';
import { raise } from './errors.js';
import { PyRange } from './range.js';
import { PySet, isSubset } from './set.js';
import { PyBytes, bytesCompare, bytesEqual } from './bytes.js';
import { PyByteArray } from './bytearray.js';
import { PyComplex } from './complex.js';
import { PySlice, sliceRepr } from './slice.js';
import { PyGenerator } from './generators.js';
import { PyInstance, PySuper, userMethod } from './classes.js';
import { activeInterpreter } from './interpreter.js';
import { getIter, iterNext } from './operations.js';
import { formatFloat, formatInt, formatStr, hashInt, hashFloat, intToDecimal } from './numeric/index.js';

// ---- identity ----

const ids = new WeakMap<object, number>();
let nextId = 0x7f0000001000;

/** A stable id() for an object (CPython shows addresses; ours are just unique). */
export function objectId(o: object): number {
  let id = ids.get(o);
  if (id === undefined) {
    ids.set(o, (id = nextId));
    nextId += 0x30;
  }
  return id;
}

const primitiveIds = new Map<unknown, number>();

/** id(v) for any value: immutable primitives have no identity here, so equal values share an id. */
export function valueId(v: PyValue): number {
  if (typeof v === 'object' && v !== null) return objectId(v);
  const key = typeof v === 'string' ? 's' + v : v;
  let id = primitiveIds.get(key);
  if (id === undefined) primitiveIds.set(key, (id = objectId({})));
  return id;
}

function addr(v: PyValue): string {
  return '0x' + valueId(v).toString(16).padStart(12, '0');
}

// ---- repr / str ----

export function pyRepr(v: PyValue): string {
  if (v instanceof PyObject && v.type.heap) {
    const userRepr = userMethod(v, '__repr__');
    if (userRepr !== undefined) return strResult(activeInterpreter().call(userRepr, [v]), '__repr__');
  }
  return builtinRepr(v);
}

/** repr(v) by its builtin type, ignoring a subclass's __repr__ (what list.__repr__(v) gives). */
export function builtinRepr(v: PyValue): string {
  switch (typeof v) {
    case 'number':
      return String(v);
    case 'bigint':
      return intToDecimal(v);
    case 'boolean':
      return v ? 'True' : 'False';
    case 'string':
      return strRepr(v);
  }
  if (v === null) return 'None';
  if (v instanceof PyFloat) return floatRepr(v.v);
  if (v instanceof PyTuple) {
    const items = v.items;
    if (items.length === 1) return '(' + pyRepr(items[0]) + ',)';
    return '(' + items.map(pyRepr).join(', ') + ')';
  }
  if (v instanceof PyList) return reprRecursive(v, () => '[' + v.items.map(pyRepr).join(', ') + ']', '[...]');
  if (v instanceof PyDict) {
    return reprRecursive(
      v,
      () => '{' + Array.from(v.entries(), (e) => pyRepr(e.key) + ': ' + pyRepr(e.value)).join(', ') + '}',
      '{...}',
    );
  }
  if (v instanceof PyBaseException) {
    const args = v.args;
    const inner = args.length === 1 ? pyRepr(args[0]) : args.map(pyRepr).join(', ');
    return `${v.type.name}(${inner})`;
  }
  if (v instanceof PyFunction) return `<function ${v.qualname} at ${addr(v)}>`;
  if (v instanceof PyBuiltinFunction) {
    if (v.owner !== null) return `<${v.slot ? 'slot wrapper' : 'method'} '${v.name}' of '${v.owner.name}' objects>`;
    if (v.self === undefined) return `<built-in function ${v.name}>`;
    return `<built-in method ${v.name} of ${typeOf(v.self).name} object at ${addr(v.self)}>`;
  }
  if (v instanceof PyMethod) {
    const f = v.func;
    if (f instanceof PyBuiltinFunction && f.owner !== null) {
      const kind = f.slot ? `method-wrapper '${f.name}'` : `built-in method ${f.name}`;
      return `<${kind} of ${typeOf(v.self).name} object at ${addr(v.self)}>`;
    }
    return `<bound method ${methodName(f)} of ${pyRepr(v.self)}>`;
  }
  if (v instanceof PyType) return `<class '${v.displayName}'>`;
  if (v instanceof PySingleton) return v.reprText;
  if (v instanceof PyRange) return v.repr();
  if (v instanceof PyComplex) return complexRepr(v.real, v.imag);
  if (v instanceof PyByteArray) return `bytearray(${bytesRepr(v.bytes)})`;
  if (v instanceof PyBytes) return bytesRepr(v.bytes);
  if (v instanceof PySet) {
    const inner = v.items().map(pyRepr).join(', ');
    if (v.frozen) return v.size === 0 ? 'frozenset()' : `frozenset({${inner}})`;
    return v.size === 0 ? 'set()' : reprRecursive(v, () => `{${inner}}`, 'set(...)');
  }
  if (v instanceof PySlice) return sliceRepr(v, pyRepr);
  if (v instanceof PyDictView) return `${v.type.name}([${v.items().map(pyRepr).join(', ')}])`;
  if (v instanceof PyGenerator) return `<generator object ${v.qualname} at ${addr(v)}>`;
  if (v instanceof PyCell) {
    const inner = v.v === undefined ? 'empty' : `${typeOf(v.v).name} object at ${addr(v.v)}`;
    return `<cell at ${addr(v)}: ${inner}>`;
  }
  if (v instanceof PyCode) {
    const c = v.code;
    return `<code object ${c.name} at ${addr(v)}, file "${c.filename}", line ${c.firstlineno}>`;
  }
  if (v instanceof PySuper) return `<super: <class '${v.start.name}'>, <${typeOf(v.obj).name} object>>`;
  if (v instanceof PyObject) return objectRepr(v);
  throw new Error(`repr of a non-Python value (${String(v)})`);
}

/** object.__repr__: the type's name and the object's address, whatever the type. */
export function objectRepr(v: PyValue): string {
  return `<${typeOf(v).displayName} object at ${addr(v)}>`;
}

function methodName(f: PyValue): string {
  if (f instanceof PyFunction) return f.qualname;
  if (f instanceof PyBuiltinFunction) return f.name;
  return '?';
}

const reprActive = new Set<object>();

/** Guards repr of containers that may contain themselves. */
function reprRecursive(o: object, body: () => string, cycle: string): string {
  if (reprActive.has(o)) return cycle;
  reprActive.add(o);
  try {
    return body();
  } finally {
    reprActive.delete(o);
  }
}

function strResult(r: PyValue, method: string): string {
  if (typeof r !== 'string') raise('TypeError', `${method} returned non-string (type ${typeOf(r).name})`);
  return r;
}

export function pyStr(v: PyValue): string {
  if (typeof v === 'string') return v;
  const userStr = userMethod(v, '__str__');
  if (userStr !== undefined) return strResult(activeInterpreter().call(userStr, [v]), '__str__');
  if (v instanceof PyBaseException) return exceptionStr(v);
  return pyRepr(v);
}

export function exceptionStr(e: PyBaseException): string {
  const args = e.args;
  if (args.length === 0) return '';
  if (args.length === 1) {
    // KeyError shows its key as a repr so that KeyError('') is distinguishable.
    if (e.type.name === 'KeyError') return pyRepr(args[0]);
    return pyStr(args[0]);
  }
  return pyRepr(new PyTuple(args));
}

// ---- hashing ----

/** Whether a value hashes (and compares equal) by identity. */
export function hashedByIdentity(v: PyValue): boolean {
  return !(v instanceof PyTuple) && !(v instanceof PySet) && !(v instanceof PyBytes) && !(v instanceof PyInstance && userMethod(v, '__eq__') !== undefined);
}

export function pyHash(v: PyValue): number | bigint {
  switch (typeof v) {
    case 'number':
    case 'bigint':
      return hashInt(v);
    case 'boolean':
      return v ? 1 : 0;
    case 'string':
      return hashStr(v);
  }
  if (v === null) return 0xfca86420 >> 4;
  // A NaN hashes by identity, as in CPython 3.11.
  if (v instanceof PyFloat) return hashFloat(v.v, Math.floor(objectId(v) / 16));
  if (v instanceof PyTuple) return hashTuple(v.items.map(pyHash));
  if (v instanceof PyByteArray) raise('TypeError', "unhashable type: 'bytearray'");
  if (v instanceof PyBytes) return hashBytes(v.bytes);
  if (v instanceof PyComplex) return hashComplex(v.real, v.imag);
  if (v instanceof PyList || v instanceof PyDict || (v instanceof PySet && !v.frozen)) {
    raise('TypeError', `unhashable type: '${typeOf(v).name}'`);
  }
  if (v instanceof PySet) return v.hash();
  if (v instanceof PyInstance) {
    const h = userMethod(v, '__hash__');
    if (h === null || (h === undefined && userMethod(v, '__eq__') !== undefined)) {
      raise('TypeError', `unhashable type: '${typeOf(v).name}'`);
    }
    if (h !== undefined) {
      const r = activeInterpreter().call(h, [v]);
      if (typeof r === 'number' || typeof r === 'bigint') return hashInt(r);
      if (typeof r === 'boolean') return r ? 1 : 0;
      raise('TypeError', '__hash__ method should return an integer');
    }
  }
  return Math.floor(objectId(v) / 16);
}

// ---- equality and comparison ----

const enum Cmp {
  LT = 0,
  LE = 1,
  EQ = 2,
  NE = 3,
  GT = 4,
  GE = 5,
}

export const CMP_SYMBOLS = ['<', '<=', '==', '!=', '>', '>='];

function isNumeric(t: string, v: PyValue): boolean {
  return t === 'number' || t === 'bigint' || t === 'boolean' || v instanceof PyFloat;
}

function numValue(v: PyValue): number | bigint {
  if (typeof v === 'boolean') return v ? 1 : 0;
  if (v instanceof PyFloat) return v.v;
  return v;
}

/** Calls a rich-comparison dunder (or its reflection); undefined when neither side implements it. */
function userCompare(op: number, a: PyValue, b: PyValue): PyValue {
  const names = ['__lt__', '__le__', '__eq__', '__ne__', '__gt__', '__ge__'];
  const reflected = [4, 5, 2, 3, 0, 1];
  const m = userMethod(a, names[op]);
  if (m !== undefined) {
    const r = activeInterpreter().call(m, [a, b]);
    if (r !== NotImplemented) return r;
  }
  const rm = userMethod(b, names[reflected[op]]);
  if (rm !== undefined) {
    const r = activeInterpreter().call(rm, [b, a]);
    if (r !== NotImplemented) return r;
  }
  return undefined;
}

export function pyEq(a: PyValue, b: PyValue): boolean {
  if (a === b) return !(a instanceof PyFloat && Number.isNaN(a.v));
  if (a instanceof PyInstance || b instanceof PyInstance) {
    const r = userCompare(Cmp.EQ, a, b);
    return r === undefined ? false : pyTruthy(r);
  }
  const ta = typeof a;
  const tb = typeof b;
  if (ta === 'string' || tb === 'string') return false;
  if (a instanceof PyComplex || b instanceof PyComplex) {
    // complex_richcompare: the imaginary parts must match, then the real parts (exactly, for an int).
    const [c, other] = a instanceof PyComplex ? [a, b] : [b as PyComplex, a];
    if (other instanceof PyComplex) return c.real === other.real && c.imag === other.imag;
    if (!isNumeric(typeof other, other) || c.imag !== 0) return false;
    return pyEq(new PyFloat(c.real), other);
  }
  if (isNumeric(ta, a) && isNumeric(tb, b)) {
    const x = numValue(a);
    const y = numValue(b);
    if (typeof x === typeof y) return x === y;
    // int vs float or number vs bigint: JS compares these exactly.
    // eslint-disable-next-line eqeqeq
    return x == y;
  }
  if (a instanceof PyTuple && b instanceof PyTuple) return seqEq(a.items, b.items);
  if (a instanceof PyBytes && b instanceof PyBytes) return bytesEqual(a.bytes, b.bytes);
  if (a instanceof PySet && b instanceof PySet) return a.size === b.size && isSubset(a, b);
  if (a instanceof PyList && b instanceof PyList) return seqEq(a.items, b.items);
  if (a instanceof PyDict && b instanceof PyDict) {
    if (a.size !== b.size) return false;
    for (const e of a.entries()) {
      const other = b.get(e.key);
      if (other === undefined || !pyEq(e.value, other)) return false;
    }
    return true;
  }
  return false;
}

function seqEq(x: PyValue[], y: PyValue[]): boolean {
  if (x.length !== y.length) return false;
  for (let i = 0; i < x.length; i++) {
    if (x[i] !== y[i] && !pyEq(x[i], y[i])) return false;
  }
  return true;
}

/** Python's order of two strings: by code point (JS compares UTF-16 units). */
export function strCompare(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    let x = a.charCodeAt(i);
    let y = b.charCodeAt(i);
    if (x !== y) {
      // Move surrogates above the rest of the BMP: that is code point order.
      if (x >= 0xd800 && y >= 0xd800) {
        x = x >= 0xe000 ? x - 0x800 : x + 0x2000;
        y = y >= 0xe000 ? y - 0x800 : y + 0x2000;
      }
      return x - y;
    }
  }
  return a.length - b.length;
}

function orderResult(op: number, c: number): boolean {
  switch (op) {
    case Cmp.LT:
      return c < 0;
    case Cmp.LE:
      return c <= 0;
    case Cmp.GT:
      return c > 0;
    default:
      return c >= 0;
  }
}

/** COMPARE_OP's generic path: returns the comparison's result object. */
export function richCompare(op: number, a: PyValue, b: PyValue): PyValue {
  if (a instanceof PyInstance || b instanceof PyInstance) {
    const r = userCompare(op, a, b);
    if (r !== undefined) return r;
    if (op === Cmp.EQ) return a === b;
    if (op === Cmp.NE) return a !== b;
  }
  if (op === Cmp.EQ) return pyEq(a, b);
  if (op === Cmp.NE) return !pyEq(a, b);
  const ta = typeof a;
  const tb = typeof b;
  if (isNumeric(ta, a) && isNumeric(tb, b)) {
    const x = numValue(a);
    const y = numValue(b);
    // Mixed bigint/number operands: JS relational operators compare these exactly.
    switch (op) {
      case Cmp.LT:
        return x < y;
      case Cmp.LE:
        return x <= y;
      case Cmp.GT:
        return x > y;
      default:
        return x >= y;
    }
  }
  if (ta === 'string' && tb === 'string') return orderResult(op, strCompare(a, b));
  if (a instanceof PyBytes && b instanceof PyBytes) return orderResult(op, bytesCompare(a.bytes, b.bytes));
  if ((a instanceof PyTuple && b instanceof PyTuple) || (a instanceof PyList && b instanceof PyList)) {
    return seqCompare(op, a.items, b.items);
  }
  if (a instanceof PySet && b instanceof PySet) {
    // set_richcompare: proper subset/superset for < and >.
    if (op === Cmp.LT) return a.size < b.size && isSubset(a, b);
    if (op === Cmp.LE) return isSubset(a, b);
    if (op === Cmp.GT) return a.size > b.size && isSubset(b, a);
    return isSubset(b, a);
  }
  raise(
    'TypeError',
    `'${CMP_SYMBOLS[op]}' not supported between instances of '${typeOf(a).name}' and '${typeOf(b).name}'`,
  );
}

function seqCompare(op: number, x: PyValue[], y: PyValue[]): PyValue {
  const n = Math.min(x.length, y.length);
  for (let i = 0; i < n; i++) {
    if (x[i] !== y[i] && !pyEq(x[i], y[i])) return richCompare(op, x[i], y[i]);
  }
  return orderResult(op, x.length - y.length);
}

// ---- truth ----

export function pyTruthy(v: PyValue): boolean {
  switch (typeof v) {
    case 'boolean':
      return v;
    case 'number':
      return v !== 0;
    case 'bigint':
      return true; // normalised: a bigint is never zero
    case 'string':
      return v.length !== 0;
  }
  if (v === null) return false;
  if (v instanceof PyFloat) return v.v !== 0; // NaN is true
  if (v instanceof PyComplex) return v.real !== 0 || v.imag !== 0;
  if (v instanceof PyTuple || v instanceof PyList) return v.items.length !== 0;
  if (v instanceof PyDict) return v.size !== 0;
  if (v instanceof PySet) return v.size !== 0;
  if (v instanceof PyBytes) return v.bytes.length !== 0;
  if (v instanceof PyDictView) return v.dict.size !== 0;
  if (v instanceof PyInstance) {
    const b = userMethod(v, '__bool__');
    if (b !== undefined) {
      const r = activeInterpreter().call(b, [v]);
      if (typeof r !== 'boolean') raise('TypeError', `__bool__ should return bool, returned ${typeOf(r).name}`);
      return r;
    }
    const len = userMethod(v, '__len__');
    if (len !== undefined) return pyTruthy(activeInterpreter().call(len, [v]));
  }
  return true;
}

// ---- containment ----

export function pyContains(container: PyValue, item: PyValue): boolean {
  if (typeof container === 'string') {
    if (typeof item !== 'string') {
      raise('TypeError', `'in <string>' requires string as left operand, not ${typeOf(item).name}`);
    }
    return container.includes(item);
  }
  if (container instanceof PyTuple || container instanceof PyList) {
    for (const x of container.items) if (x === item || pyEq(x, item)) return true;
    return false;
  }
  if (container instanceof PyDict) return container.has(item);
  if (container instanceof PySet) return container.has(item);
  if (container instanceof PyBytes) {
    if (typeof item === 'number') return container.bytes.includes(item);
    if (item instanceof PyBytes) return bytesIndexOf(container.bytes, item.bytes) >= 0;
    raise('TypeError', `a bytes-like object is required, not '${typeOf(item).name}'`);
  }
  if (container instanceof PyDictView) {
    if (container.kind === 'keys') return container.dict.has(item);
    for (const x of container.items()) if (x === item || pyEq(x, item)) return true;
    return false;
  }
  if (container instanceof PyRange) {
    if (typeof item !== 'number') return false;
    const { start, step } = container;
    const k = (item - start) / step;
    return Number.isInteger(k) && k >= 0 && k < container.length;
  }
  const m = userMethod(container, '__contains__');
  if (m !== undefined) return pyTruthy(activeInterpreter().call(m, [container, item]));
  if (userMethod(container, '__iter__') !== undefined) {
    const interp = activeInterpreter();
    const it = getIter(container);
    for (let x = iterNext(interp, it); x !== undefined; x = iterNext(interp, it)) if (x === item || pyEq(x, item)) return true;
    return false;
  }
  raise('TypeError', `argument of type '${typeOf(container).name}' is not iterable`);
}

// ---- formatting ----

/** FORMAT_VALUE / format(): conversion (1 str, 2 repr, 3 ascii) then the format spec. */
export function formatValue(v: PyValue, conversion: number, spec: PyValue): string {
  if (conversion === 1) v = pyStr(v);
  else if (conversion === 2) v = pyRepr(v);
  else if (conversion === 3) v = asciiRepr(pyRepr(v));
  if (spec === '') return pyStr(v);
  return formatWithSpec(v, spec as string);
}

/** format(v, spec) for a non-empty spec (each type's __format__). */
function formatWithSpec(v: PyValue, spec: string): string {
  switch (typeof v) {
    case 'number':
    case 'bigint':
      return formatInt(v, spec);
    case 'boolean':
      return formatInt(v ? 1 : 0, spec, 'bool');
    case 'string':
      return formatStr(v, spec);
  }
  if (v instanceof PyFloat) return formatFloat(v.v, spec);
  const userFormat = userMethod(v, '__format__');
  if (userFormat !== undefined) return strResult(activeInterpreter().call(userFormat, [v, spec]), '__format__');
  raise('TypeError', `unsupported format string passed to ${typeOf(v).name}.__format__`);
}

/** ascii(): repr with non-ASCII characters escaped. */
export function asciiRepr(r: string): string {
  let out = '';
  for (const ch of r) {
    const c = ch.codePointAt(0)!;
    if (c < 0x80) out += ch;
    else if (c < 0x100) out += '\\x' + c.toString(16).padStart(2, '0');
    else if (c < 0x10000) out += '\\u' + c.toString(16).padStart(4, '0');
    else out += '\\U' + c.toString(16).padStart(8, '0');
  }
  return out;
}

function bytesIndexOf(hay: Uint8Array, needle: Uint8Array): number {
  outer: for (let i = 0; i + needle.length <= hay.length; i++) {
    for (let j = 0; j < needle.length; j++) if (hay[i + j] !== needle[j]) continue outer;
    return i;
  }
  return -1;
}
