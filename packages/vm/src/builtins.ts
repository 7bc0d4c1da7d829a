// The builtins module: builtin functions and the builtin types' constructors,
// with CPython's argument checking and messages.

import { PyDict, PyDictView } from './dict.js';
import {
  PyBuiltinFunction,
  PyCell,
  PyFloat,
  PyModule,
  PyFunction,
  PyList,
  PyObject,
  PyTuple,
  PyType,
  Ellipsis,
  NotImplemented,
  boolType,
  dictType,
  floatType,
  intType,
  listType,
  objectType,
  strType,
  tupleType,
  typeOf,
  typeType,
  type BuiltinImpl,
  type PyValue,
} from './objects.js';
import { PyBaseException, exceptionType, exceptionTypes } from './exceptions.js';
import { PyRaise, raise } from './errors.js';
import { asciiRepr, formatValue, pyHash, pyRepr, pyStr, pyTruthy, richCompare, valueId } from './protocols.js';
import { binaryOp, NB_ADD, NB_FLOOR_DIVIDE, NB_REMAINDER, NB_POWER } from './arithmetic.js';
import { PyIterator, deleteAttr, dirOf, getAttr, getIter, iterNext, setAttr, typeConstructors } from './operations.js';
import type { Frame } from './frame.js';
import { ordOf, strLen } from './strings.js';
import { PyRange, makeRange, rangeType } from './range.js';
import { PySet, frozensetType, setFrom, setType } from './set.js';
import { PyBytes, bytesType } from './bytes.js';
import { PyByteArray, bytearrayType } from './bytearray.js';
import { PyComplex, complexType } from './complex.js';
import { PyGenerator } from './generators.js';
import {
  PyInstance,
  PyMethodWrapper,
  PySuper,
  buildClass,
  classmethodType,
  makeProperty,
  propertyType,
  staticmethodType,
  userMethod,
  zeroArgSuper,
} from './classes.js';
import { activeInterpreter, type Interpreter } from './interpreter.js';
import * as num from './numeric/index.js';

/** Where print() writes (and input() reads). */
export interface Output {
  stdout(s: string): void;
  stderr(s: string): void;
  /** The next line of standard input without its newline, or null at end of input. */
  readline?(): string | null;
}

function noKeywords(name: string, kwnames: string[] | null): void {
  if (kwnames && kwnames.length) raise('TypeError', `${name}() takes no keyword arguments`);
}

function exactlyOne(name: string, args: PyValue[], kwnames: string[] | null): PyValue {
  noKeywords(name, kwnames);
  if (args.length !== 1) raise('TypeError', `${name}() takes exactly one argument (${args.length} given)`);
  return args[0];
}

function expectCount(name: string, args: PyValue[], min: number, max: number): void {
  const n = args.length;
  if (n < min) {
    const what = min === max ? `${min}` : `at least ${min}`;
    raise('TypeError', `${name} expected ${what} argument${min === 1 ? '' : 's'}, got ${n}`);
  }
  if (n > max) {
    const what = min === max ? `${max}` : `at most ${max}`;
    raise('TypeError', `${name} expected ${what} argument${max === 1 ? '' : 's'}, got ${n}`);
  }
}

/** Splits a builtin call's arguments into positional ones and a keyword map. */
function splitKeywords(args: PyValue[], kwnames: string[] | null): [PyValue[], Map<string, PyValue>] {
  const kw = new Map<string, PyValue>();
  if (!kwnames || kwnames.length === 0) return [args, kw];
  const npos = args.length - kwnames.length;
  kwnames.forEach((k, i) => kw.set(k, args[npos + i]));
  return [args.slice(0, npos), kw];
}

function toInt(v: PyValue): number | bigint | undefined {
  if (typeof v === 'boolean') return v ? 1 : 0;
  if (typeof v === 'number' || typeof v === 'bigint') return v;
  return undefined;
}

/** Iterates any Python iterable from JS. */
export function* iterate(interp: Interpreter, v: PyValue): Generator<PyValue> {
  if (v instanceof PyList || v instanceof PyTuple) {
    yield* v.items;
    return;
  }
  const it = getIter(v);
  for (let x = iterNext(interp, it); x !== undefined; x = iterNext(interp, it)) yield x;
}

function minmax(interp: Interpreter, name: 'min' | 'max', args: PyValue[], kwnames: string[] | null): PyValue {
  const [pos, kw] = splitKeywords(args, kwnames);
  for (const k of kw.keys()) {
    if (k !== 'key' && k !== 'default') raise('TypeError', `'${k}' is an invalid keyword argument for ${name}()`);
  }
  if (pos.length === 0) raise('TypeError', `${name} expected at least 1 argument, got 0`);
  const key = kw.get('key') ?? null;
  const hasDefault = kw.has('default');
  if (pos.length > 1 && hasDefault) {
    raise('TypeError', `Cannot specify a default for ${name}() with multiple positional arguments`);
  }
  const items = pos.length === 1 ? iterate(interp, pos[0]) : pos[Symbol.iterator]();
  const op = name === 'min' ? 0 : 4; // '<' or '>'
  let best: PyValue = undefined;
  let bestKey: PyValue = undefined;
  for (const item of items) {
    const k = key === null ? item : interp.call(key, [item]);
    if (best === undefined || pyTruthy(richCompare(op, k, bestKey))) {
      best = item;
      bestKey = k;
    }
  }
  if (best === undefined) {
    if (hasDefault) return kw.get('default');
    raise('ValueError', `${name}() arg is an empty sequence`);
  }
  return best;
}

function printImpl(out: Output, args: PyValue[], kwnames: string[] | null): PyValue {
  const [pos, kw] = splitKeywords(args, kwnames);
  let sep = ' ';
  let end = '\n';
  let write = out.stdout;
  for (const [k, v] of kw) {
    if (k === 'sep' || k === 'end') {
      if (v !== null && typeof v !== 'string') {
        raise('TypeError', `${k} must be None or a string, not ${typeOf(v).name}`);
      }
      if (v !== null) {
        if (k === 'sep') sep = v;
        else end = v;
      }
    } else if (k === 'file') {
      if (v !== null) write = fileWriter(out, v);
    } else if (k !== 'flush') {
      raise('TypeError', `'${k}' is an invalid keyword argument for print()`);
    }
  }
  write(pos.map(pyStr).join(sep) + end);
  return null;
}

function fileWriter(out: Output, file: PyValue): (s: string) => void {
  if (file instanceof PyStream) return file.write;
  const write = getAttr(file, 'write');
  return (s) => activeInterpreter().call(write, [s]);
}

const streamType = new PyType('TextIOWrapper', objectType, typeType);
streamType.module = '_io';

/** sys.stdout / sys.stderr: text streams writing to the host. */
export class PyStream extends PyObject {
  constructor(
    readonly name: string,
    readonly write: (s: string) => void,
  ) {
    super(streamType);
  }
}

streamType.dict.set(
  'write',
  new PyBuiltinFunction('write', (args) => {
    const [self, text] = args;
    if (args.length !== 2) raise('TypeError', `TextIOWrapper.write() takes exactly one argument (${args.length - 1} given)`);
    if (typeof text !== 'string') raise('TypeError', `write() argument must be str, not ${typeOf(text).name}`);
    (self as PyStream).write(text);
    return strLen(text);
  }),
);
streamType.dict.set('flush', new PyBuiltinFunction('flush', () => null));

function intConstructor(args: PyValue[], kwnames: string[] | null): PyValue {
  const [pos, kw] = splitKeywords(args, kwnames);
  if (pos.length + kw.size > 2) raise('TypeError', `int() takes at most 2 arguments (${pos.length + kw.size} given)`);
  const x = pos.length > 0 ? pos[0] : kw.get('x');
  const base = pos.length > 1 ? pos[1] : kw.get('base');
  if (x === undefined) {
    if (base !== undefined) raise('TypeError', "int() missing string argument");
    return 0;
  }
  if (base !== undefined) {
    if (typeof x !== 'string') raise('TypeError', "int() can't convert non-string with explicit base");
    const b = toInt(base);
    if (b === undefined) raise('TypeError', `'${typeOf(base).name}' object cannot be interpreted as an integer`);
    return num.parseInt(x, Number(b));
  }
  const i = toInt(x);
  if (i !== undefined) return i;
  if (x instanceof PyFloat) return num.floatToInt(x.v);
  if (typeof x === 'string') return num.parseInt(x, 10);
  raise('TypeError', `int() argument must be a string, a bytes-like object or a real number, not '${typeOf(x).name}'`);
}

function floatConstructor(args: PyValue[], kwnames: string[] | null): PyValue {
  noKeywords('float', kwnames);
  expectCount('float', args, 0, 1);
  if (args.length === 0) return new PyFloat(0);
  const x = args[0];
  if (x instanceof PyFloat) return x;
  const i = toInt(x);
  if (i !== undefined) return new PyFloat(num.intToFloat(i));
  if (typeof x === 'string') return new PyFloat(num.parseFloat(x));
  raise('TypeError', `float() argument must be a string or a real number, not '${typeOf(x).name}'`);
}

function strConstructor(args: PyValue[], kwnames: string[] | null): PyValue {
  const [pos, kw] = splitKeywords(args, kwnames);
  for (const k of kw.keys()) {
    if (k !== 'object' && k !== 'encoding' && k !== 'errors') {
      raise('TypeError', `'${k}' is an invalid keyword argument for str()`);
    }
  }
  if (pos.length + kw.size > 3) raise('TypeError', `str() takes at most 3 arguments (${pos.length + kw.size} given)`);
  const obj = pos.length > 0 ? pos[0] : kw.get('object');
  if (obj === undefined) return '';
  if (pos.length > 1 || kw.has('encoding') || kw.has('errors')) {
    if (!(obj instanceof PyBytes)) raise('TypeError', `decoding to str: need a bytes-like object, ${typeOf(obj).name} found`);
    return new TextDecoder().decode(obj.bytes);
  }
  return pyStr(obj);
}

function boolConstructor(args: PyValue[], kwnames: string[] | null): PyValue {
  noKeywords('bool', kwnames);
  expectCount('bool', args, 0, 1);
  return args.length === 0 ? false : pyTruthy(args[0]);
}

function typeConstructor(args: PyValue[], kwnames: string[] | null): PyValue {
  noKeywords('type', kwnames);
  if (args.length !== 1) raise('TypeError', 'type() takes 1 or 3 arguments');
  return typeOf(args[0]);
}

function isinstanceImpl(args: PyValue[], kwnames: string[] | null): PyValue {
  noKeywords('isinstance', kwnames);
  expectCount('isinstance', args, 2, 2);
  const [obj, cls] = args;
  const t = typeOf(obj);
  const check = (c: PyValue): boolean => {
    if (c instanceof PyType) return t.isSubtypeOf(c);
    if (c instanceof PyTuple) return c.items.some(check);
    raise('TypeError', 'isinstance() arg 2 must be a type, a tuple of types, or a union');
  };
  return check(cls);
}

export function absImpl(args: PyValue[], kwnames: string[] | null): PyValue {
  const x = exactlyOne('abs', args, kwnames);
  const i = toInt(x);
  if (i !== undefined) return num.intAbs(i);
  if (x instanceof PyFloat) return new PyFloat(Math.abs(x.v));
  if (x instanceof PyComplex) {
    const r = Math.hypot(x.real, x.imag);
    if (r === Infinity && Number.isFinite(x.real) && Number.isFinite(x.imag)) raise('OverflowError', 'absolute value too large');
    return new PyFloat(r);
  }
  raise('TypeError', `bad operand type for abs(): '${typeOf(x).name}'`);
}

export function lenImpl(args: PyValue[], kwnames: string[] | null): PyValue {
  const x = exactlyOne('len', args, kwnames);
  if (typeof x === 'string') return strLen(x);
  if (x instanceof PyList || x instanceof PyTuple) return x.items.length;
  if (x instanceof PyDict) return x.size;
  if (x instanceof PyDictView) return x.dict.size;
  if (x instanceof PySet) return x.size;
  if (x instanceof PyBytes) return x.bytes.length;
  if (x instanceof PyRange) return x.length;
  const m = userMethod(x, '__len__');
  if (m !== undefined) return activeInterpreter().call(m, [x]);
  raise('TypeError', `object of type '${typeOf(x).name}' has no len()`);
}

function roundImpl(args: PyValue[], kwnames: string[] | null): PyValue {
  const [pos, kw] = splitKeywords(args, kwnames);
  if (pos.length + kw.size > 2) raise('TypeError', `round() takes at most 2 arguments (${pos.length + kw.size} given)`);
  const x = pos.length > 0 ? pos[0] : kw.get('number');
  if (x === undefined) raise('TypeError', "round() missing required argument 'number' (pos 1)");
  let nd = pos.length > 1 ? pos[1] : kw.get('ndigits');
  if (nd === null) nd = undefined;
  const ndigits = nd === undefined ? undefined : toInt(nd);
  if (nd !== undefined && ndigits === undefined) {
    raise('TypeError', `'${typeOf(nd).name}' object cannot be interpreted as an integer`);
  }
  const i = toInt(x);
  if (i !== undefined) return ndigits === undefined ? i : num.roundInt(i, ndigits);
  if (x instanceof PyFloat) {
    if (ndigits === undefined) return num.roundFloatToInt(x.v);
    return new PyFloat(num.roundFloat(x.v, ndigits));
  }
  raise('TypeError', `type ${typeOf(x).name} doesn't define __round__ method`);
}

function powImpl(args: PyValue[], kwnames: string[] | null): PyValue {
  const [pos, kw] = splitKeywords(args, kwnames);
  if (pos.length + kw.size > 3) raise('TypeError', `pow() takes at most 3 arguments (${pos.length + kw.size} given)`);
  const base = pos.length > 0 ? pos[0] : kw.get('base');
  if (base === undefined) raise('TypeError', "pow() missing required argument 'base' (pos 1)");
  const exp = pos.length > 1 ? pos[1] : kw.get('exp');
  if (exp === undefined) raise('TypeError', "pow() missing required argument 'exp' (pos 2)");
  const mod = pos.length > 2 ? pos[2] : kw.get('mod');
  if (mod === undefined || mod === null) return binaryOp(NB_POWER, base, exp);
  const b = toInt(base);
  const e = toInt(exp);
  const m = toInt(mod);
  if (b === undefined || e === undefined || m === undefined) {
    raise('TypeError', 'pow() 3rd argument not allowed unless all arguments are integers');
  }
  return num.intPowMod(b, e, m);
}

function divmodImpl(args: PyValue[], kwnames: string[] | null): PyValue {
  noKeywords('divmod', kwnames);
  expectCount('divmod', args, 2, 2);
  const [a, b] = args;
  const x = toInt(a);
  const y = toInt(b);
  if (x !== undefined && y !== undefined) return new PyTuple(num.intDivmod(x, y));
  const fa = x !== undefined ? num.intToFloat(x) : a instanceof PyFloat ? a.v : undefined;
  const fb = y !== undefined ? num.intToFloat(y) : b instanceof PyFloat ? b.v : undefined;
  if (fa !== undefined && fb !== undefined) return new PyTuple(num.floatDivmod(fa, fb).map((v: number) => new PyFloat(v)));
  return new PyTuple([binaryOp(NB_FLOOR_DIVIDE, a, b), binaryOp(NB_REMAINDER, a, b)]);
}

function radix(name: string, base: 2 | 8 | 16): BuiltinImpl {
  return (args, kwnames) => {
    const x = exactlyOne(name, args, kwnames);
    const i = toInt(x);
    if (i === undefined) raise('TypeError', `'${typeOf(x).name}' object cannot be interpreted as an integer`);
    return num.intToRadix(i, base);
  };
}

function chrImpl(args: PyValue[], kwnames: string[] | null): PyValue {
  const x = exactlyOne('chr', args, kwnames);
  const i = toInt(x);
  if (i === undefined) raise('TypeError', `'${typeOf(x).name}' object cannot be interpreted as an integer`);
  if (typeof i === 'bigint') raise('OverflowError', 'Python int too large to convert to C int');
  if (i < 0 || i > 0x10ffff) raise('ValueError', 'chr() arg not in range(0x110000)');
  return String.fromCodePoint(i);
}

function ordImpl(args: PyValue[], kwnames: string[] | null): PyValue {
  const x = exactlyOne('ord', args, kwnames);
  if (typeof x !== 'string') raise('TypeError', `ord() expected string of length 1, but ${typeOf(x).name} found`);
  const n = strLen(x);
  if (n !== 1) raise('TypeError', `ord() expected a character, but string of length ${n} found`);
  return ordOf(x);
}

function callableImpl(args: PyValue[], kwnames: string[] | null): PyValue {
  const x = exactlyOne('callable', args, kwnames);
  return x instanceof PyFunction || x instanceof PyBuiltinFunction || x instanceof PyType || userMethod(x, '__call__') !== undefined;
}

function idImpl(args: PyValue[], kwnames: string[] | null): PyValue {
  return valueId(exactlyOne('id', args, kwnames));
}

const FLOAT_TEXT = '(?:(?:\\d(?:_?\\d)*(?:\\.(?:\\d(?:_?\\d)*)?)?|\\.\\d(?:_?\\d)*)(?:[eE][+-]?\\d(?:_?\\d)*)?|[iI][nN][fF](?:[iI][nN][iI][tT][yY])?|[nN][aA][nN])';
const IMAGINARY_ONLY = new RegExp(`^([+-]?)(${FLOAT_TEXT})?[jJ]$`);
const REAL_AND_IMAGINARY = new RegExp(`^([+-]?${FLOAT_TEXT})(?:([+-])(${FLOAT_TEXT})?[jJ])?$`);

/** complex('1+2j'), as complex_subtype_from_string parses it (blanks and one pair of parentheses allowed). */
function parseComplex(text: string): PyComplex {
  let s = text.trim();
  if (s.startsWith('(') && s.endsWith(')')) s = s.slice(1, -1).trim();
  const imag = IMAGINARY_ONLY.exec(s);
  if (imag) return new PyComplex(0, (imag[1] === '-' ? -1 : 1) * (imag[2] ? num.parseFloat(imag[2]) : 1));
  const both = REAL_AND_IMAGINARY.exec(s);
  if (!both) raise('ValueError', 'complex() arg is a malformed string');
  const re = num.parseFloat(both[1]);
  if (both[2] === undefined) return new PyComplex(re, 0);
  return new PyComplex(re, (both[2] === '-' ? -1 : 1) * (both[3] ? num.parseFloat(both[3]) : 1));
}

/** complex(), complex(x), complex(real, imag), complex(str). */
function complexConstructor(args: PyValue[], kwnames: string[] | null): PyValue {
  const [pos, kw] = splitKeywords(args, kwnames);
  for (const k of kw.keys()) if (k !== 'real' && k !== 'imag') raise('TypeError', `complex() got an unexpected keyword argument '${k}'`);
  if (pos.length > 2) raise('TypeError', `complex() takes at most 2 arguments (${pos.length} given)`);
  const real = pos[0] ?? kw.get('real');
  const imag = pos[1] ?? kw.get('imag');
  if (typeof real === 'string') {
    if (imag !== undefined) raise('TypeError', "complex() can't take second arg if first is a string");
    return parseComplex(real);
  }
  if (typeof imag === 'string') raise('TypeError', "complex() second arg can't be a string");
  const parts = (v: PyValue, which: string): [number, number] => {
    if (v instanceof PyComplex) return [v.real, v.imag];
    if (v instanceof PyFloat) return [v.v, 0];
    const i = toInt(v);
    if (i !== undefined) return [num.intToFloat(i), 0];
    raise('TypeError', `complex() ${which} must be a string or a number, not '${typeOf(v).name}'`);
  };
  const [rr, ri] = real === undefined ? [0, 0] : parts(real, 'first argument');
  const [ir, ii] = imag === undefined ? [0, 0] : parts(imag, 'second argument');
  return new PyComplex(rr - ii, ri + ir);
}

/** bytes(), bytes(n), bytes(str, encoding), bytes(iterable of ints), bytes(bytes). */
function bytesConstructor(interp: Interpreter, args: PyValue[], kwnames: string[] | null, name = 'bytes'): PyValue {
  const [pos, kw] = splitKeywords(args, kwnames);
  for (const k of kw.keys()) {
    if (k !== 'source' && k !== 'encoding' && k !== 'errors') raise('TypeError', `'${k}' is an invalid keyword argument for ${name}()`);
  }
  if (pos.length > 3) raise('TypeError', `${name}() takes at most 3 arguments (${pos.length} given)`);
  const source = pos[0] ?? kw.get('source');
  const encoding = pos[1] ?? kw.get('encoding');
  if (source === undefined) {
    if (encoding !== undefined) raise('TypeError', 'encoding without a string argument');
    return new PyBytes(new Uint8Array(0));
  }
  if (typeof source === 'string') {
    if (encoding === undefined) raise('TypeError', 'string argument without an encoding');
    if (typeof encoding !== 'string') raise('TypeError', `bytes() argument 'encoding' must be str, not ${typeOf(encoding).name}`);
    return interp.call(getAttr(source, 'encode'), [encoding]);
  }
  if (encoding !== undefined) raise('TypeError', 'encoding without a string argument');
  if (source instanceof PyBytes) return new PyBytes(source.bytes.slice());
  const n = toInt(source);
  if (n !== undefined) {
    if (n < 0) raise('ValueError', 'negative count');
    return new PyBytes(new Uint8Array(Number(n)));
  }
  const out: number[] = [];
  for (const v of iterate(interp, source)) {
    const b = toInt(v);
    if (b === undefined) raise('TypeError', `'${typeOf(v).name}' object cannot be interpreted as an integer`);
    if (b < 0 || b > 255) raise('ValueError', 'bytes must be in range(0, 256)');
    out.push(Number(b));
  }
  return new PyBytes(Uint8Array.from(out));
}

function listConstructor(interp: Interpreter): BuiltinImpl {
  return (args, kwnames) => {
    noKeywords('list', kwnames);
    expectCount('list', args, 0, 1);
    return new PyList(args.length ? [...iterate(interp, args[0])] : []);
  };
}

function tupleConstructor(interp: Interpreter): BuiltinImpl {
  return (args, kwnames) => {
    noKeywords('tuple', kwnames);
    expectCount('tuple', args, 0, 1);
    if (args.length && args[0] instanceof PyTuple) return args[0];
    return new PyTuple(args.length ? [...iterate(interp, args[0])] : []);
  };
}

function sumImpl(interp: Interpreter, args: PyValue[], kwnames: string[] | null): PyValue {
  const [pos, kw] = splitKeywords(args, kwnames);
  if (pos.length === 0) raise('TypeError', 'sum() takes at least 1 positional argument (0 given)');
  if (pos.length + kw.size > 2) raise('TypeError', `sum() takes at most 2 arguments (${pos.length + kw.size} given)`);
  let acc = pos.length > 1 ? pos[1] : kw.has('start') ? kw.get('start') : 0;
  if (typeof acc === 'string') raise('TypeError', "sum() can't sum strings [use ''.join(seq) instead]");
  for (const x of iterate(interp, pos[0])) acc = binaryOp(NB_ADD, acc, x);
  return acc;
}

function sortedImpl(interp: Interpreter, args: PyValue[], kwnames: string[] | null): PyValue {
  const [pos, kw] = splitKeywords(args, kwnames);
  if (pos.length !== 1) raise('TypeError', `sorted expected 1 argument, got ${pos.length}`);
  const items = [...iterate(interp, pos[0])];
  return new PyList(sortValues(interp, items, kw.get('key') ?? null, pyTruthy(kw.get('reverse') ?? false)));
}

/** list.sort's algorithm contract: stable, comparing with `<` only. */
export function sortValues(interp: Interpreter, items: PyValue[], key: PyValue, reverse: boolean): PyValue[] {
  const keys = key === null ? items : items.map((x) => interp.call(key, [x]));
  const order = items.map((_, i) => i);
  if (reverse) order.reverse();
  order.sort((i, j) => (pyTruthy(richCompare(0, keys[i], keys[j])) ? -1 : pyTruthy(richCompare(0, keys[j], keys[i])) ? 1 : 0));
  if (reverse) order.reverse();
  return order.map((i) => items[i]);
}

function anyAll(interp: Interpreter, name: 'any' | 'all'): BuiltinImpl {
  return (args, kwnames) => {
    const it = exactlyOne(name, args, kwnames);
    for (const x of iterate(interp, it)) {
      if (pyTruthy(x) === (name === 'any')) return name === 'any';
    }
    return name === 'all';
  };
}

function nextImpl(interp: Interpreter, args: PyValue[], kwnames: string[] | null): PyValue {
  noKeywords('next', kwnames);
  expectCount('next', args, 1, 2);
  const it = args[0];
  if (!(it instanceof PyIterator || it instanceof PyGenerator)) {
    raise('TypeError', `'${typeOf(it).name}' object is not an iterator`);
  }
  const v = iterNext(interp, it);
  if (v !== undefined) return v;
  if (args.length > 1) return args[1];
  // A generator's return value travels in the StopIteration, as gen_send_ex does.
  const value = it instanceof PyGenerator ? it.returned : null;
  throw new PyBaseException(exceptionType('StopIteration'), value === null ? [] : [value]);
}

function enumerateImpl(interp: Interpreter, args: PyValue[], kwnames: string[] | null): PyValue {
  const [pos, kw] = splitKeywords(args, kwnames);
  const iterable = pos.length > 0 ? pos[0] : kw.get('iterable');
  if (iterable === undefined) raise('TypeError', "enumerate() missing required argument 'iterable'");
  let n = toInt(pos.length > 1 ? pos[1] : (kw.get('start') ?? 0)) ?? 0;
  const it = getIter(iterable);
  return new PyIterator(() => {
    const v = iterNext(interp, it);
    if (v === undefined) return undefined;
    const t = new PyTuple([n, v]);
    n = binaryOp(NB_ADD, n, 1);
    return t;
  });
}

function zipImpl(interp: Interpreter, args: PyValue[], kwnames: string[] | null): PyValue {
  noKeywords('zip', kwnames);
  const its = args.map(getIter);
  return new PyIterator(() => {
    if (its.length === 0) return undefined;
    const items: PyValue[] = [];
    for (const it of its) {
      const v = iterNext(interp, it);
      if (v === undefined) return undefined;
      items.push(v);
    }
    return new PyTuple(items);
  });
}

function getattrImpl(args: PyValue[], kwnames: string[] | null): PyValue {
  noKeywords('getattr', kwnames);
  expectCount('getattr', args, 2, 3);
  const [obj, name] = args;
  if (typeof name !== 'string') raise('TypeError', `attribute name must be string, not '${typeOf(name).name}'`);
  if (args.length === 2) return getAttr(obj, name);
  try {
    return getAttr(obj, name);
  } catch (e) {
    const isAttributeError =
      (e instanceof PyRaise && e.typeName === 'AttributeError') ||
      (e instanceof PyBaseException && e.type.isSubtypeOf(exceptionType('AttributeError')));
    if (isAttributeError) return args[2];
    throw e;
  }
}

function hasattrImpl(args: PyValue[], kwnames: string[] | null): PyValue {
  noKeywords('hasattr', kwnames);
  expectCount('hasattr', args, 2, 2);
  return getattrImpl([args[0], args[1], NotImplemented], null) !== NotImplemented;
}

function attributeName(name: PyValue): string {
  if (typeof name !== 'string') raise('TypeError', `attribute name must be string, not '${typeOf(name).name}'`);
  return name;
}

function setattrImpl(args: PyValue[], kwnames: string[] | null): PyValue {
  noKeywords('setattr', kwnames);
  expectCount('setattr', args, 3, 3);
  setAttr(args[0], attributeName(args[1]), args[2]);
  return null;
}

function delattrImpl(args: PyValue[], kwnames: string[] | null): PyValue {
  noKeywords('delattr', kwnames);
  expectCount('delattr', args, 2, 2);
  deleteAttr(args[0], attributeName(args[1]));
  return null;
}

function formatImpl(args: PyValue[], kwnames: string[] | null): PyValue {
  noKeywords('format', kwnames);
  expectCount('format', args, 1, 2);
  const spec = args.length > 1 ? args[1] : '';
  if (typeof spec !== 'string') raise('TypeError', `format() argument 2 must be str, not ${typeOf(spec).name}`);
  return formatValue(args[0], 0, spec);
}

/** locals(): the frame's namespace, or a snapshot of its bound fast locals and cells. */
function frameLocals(f: Frame): PyDict {
  if (f.locals !== null) return f.locals;
  const d = new PyDict();
  const names = f.info.code.localsplusnames;
  const kinds = f.info.code.localspluskinds;
  for (let i = 0; i < names.length; i++) {
    let v = f.s[i];
    // Cells and free variables hold their value in a cell (args start out unwrapped).
    if (kinds[i] & 0xc0 && v instanceof PyCell) v = v.v;
    if (v !== undefined) d.setStr(names[i], v);
  }
  return d;
}

/** Builds the builtins namespace for one interpreter. */
export function makeBuiltins(interp: Interpreter, out: Output): PyDict {
  const b = new PyDict();
  const fn = (name: string, impl: BuiltinImpl) => b.setStr(name, new PyBuiltinFunction(name, impl));

  typeConstructors.set(intType, intConstructor);
  typeConstructors.set(floatType, floatConstructor);
  typeConstructors.set(complexType, complexConstructor);
  typeConstructors.set(strType, strConstructor);
  typeConstructors.set(boolType, boolConstructor);
  typeConstructors.set(typeType, typeConstructor);
  typeConstructors.set(listType, listConstructor(interp));
  typeConstructors.set(tupleType, tupleConstructor(interp));
  typeConstructors.set(rangeType, makeRange);
  typeConstructors.set(bytesType, (args, kwnames) => bytesConstructor(interp, args, kwnames));
  typeConstructors.set(bytearrayType, (args, kwnames) => new PyByteArray((bytesConstructor(interp, args, kwnames, 'bytearray') as PyBytes).bytes.slice()));
  for (const frozen of [false, true]) {
    const name = frozen ? 'frozenset' : 'set';
    typeConstructors.set(frozen ? frozensetType : setType, (args, kw) => {
      noKeywords(name, kw);
      expectCount(name, args, 0, 1);
      if (args.length === 0) return new PySet([], frozen);
      // frozenset(f) of an exact frozenset is f itself, as in CPython.
      return frozen && args[0] instanceof PySet && args[0].type === frozensetType ? args[0] : setFrom(args[0], frozen);
    });
  }
  for (const t of [intType, floatType, strType, boolType, typeType, listType, tupleType, dictType, objectType, rangeType, setType, frozensetType, bytesType, bytearrayType, complexType]) {
    b.setStr(t.name, t);
  }
  for (const [name, t] of exceptionTypes) b.setStr(name, t);
  b.setStr('None', null);
  b.setStr('True', true);
  b.setStr('False', false);
  b.setStr('Ellipsis', Ellipsis);
  b.setStr('NotImplemented', NotImplemented);
  b.setStr('__name__', 'builtins');

  fn('print', (args, kw) => printImpl(out, args, kw));
  fn('len', lenImpl);
  fn('abs', absImpl);
  fn('min', (args, kw) => minmax(interp, 'min', args, kw));
  fn('max', (args, kw) => minmax(interp, 'max', args, kw));
  fn('repr', (args, kw) => pyRepr(exactlyOne('repr', args, kw)));
  fn('isinstance', isinstanceImpl);
  fn('round', roundImpl);
  fn('pow', powImpl);
  fn('divmod', divmodImpl);
  fn('hex', radix('hex', 16));
  fn('oct', radix('oct', 8));
  fn('bin', radix('bin', 2));
  fn('chr', chrImpl);
  fn('ord', ordImpl);
  fn('hash', (args, kw) => pyHash(exactlyOne('hash', args, kw)));
  fn('id', idImpl);
  fn('callable', callableImpl);
  typeConstructors.set(dictType, (args, kwnames) => {
    const [pos, kw] = splitKeywords(args, kwnames);
    if (pos.length > 1) raise('TypeError', `dict expected at most 1 argument, got ${pos.length}`);
    const d = new PyDict();
    if (pos.length === 1) {
      const src = pos[0];
      if (src instanceof PyDict) for (const e of src.entries()) d.set(e.key, e.value);
      else {
        let i = 0;
        for (const item of iterate(interp, src)) {
          const kv = [...iterate(interp, item)];
          if (kv.length !== 2) {
            raise('ValueError', `dictionary update sequence element #${i} has length ${kv.length}; 2 is required`);
          }
          d.set(kv[0], kv[1]);
          i++;
        }
      }
    }
    for (const [k, v] of kw) d.setStr(k, v);
    return d;
  });
  typeConstructors.set(objectType, (args, kw) => {
    noKeywords('object', kw);
    if (args.length) raise('TypeError', 'object() takes no arguments');
    return new PyInstance(objectType);
  });
  fn('reversed', (args, kw) => {
    noKeywords('reversed', kw);
    expectCount('reversed', args, 1, 1);
    const v = args[0];
    let items: PyValue[];
    if (v instanceof PyList || v instanceof PyTuple) items = v.items.slice().reverse();
    else if (typeof v === 'string' || v instanceof PyRange || v instanceof PyDict) items = [...iterate(interp, v)].reverse();
    else {
      const m = userMethod(v, '__reversed__');
      if (m !== undefined) return interp.call(m, [v]);
      raise('TypeError', `'${typeOf(v).name}' object is not reversible`);
    }
    let i = 0;
    return new PyIterator(() => (i < items.length ? items[i++] : undefined));
  });
  fn('map', (args, kw) => {
    noKeywords('map', kw);
    if (args.length < 2) raise('TypeError', 'map() must have at least two arguments.');
    const f = args[0];
    const its = args.slice(1).map(getIter);
    return new PyIterator(() => {
      const xs: PyValue[] = [];
      for (const it of its) {
        const x = iterNext(interp, it);
        if (x === undefined) return undefined;
        xs.push(x);
      }
      return interp.call(f, xs);
    });
  });
  fn('filter', (args, kw) => {
    noKeywords('filter', kw);
    expectCount('filter', args, 2, 2);
    const [f, src] = args;
    const it = getIter(src);
    return new PyIterator(() => {
      for (let x = iterNext(interp, it); x !== undefined; x = iterNext(interp, it)) {
        if (pyTruthy(f === null ? x : interp.call(f, [x]))) return x;
      }
      return undefined;
    });
  });
  fn('issubclass', (args, kw) => {
    noKeywords('issubclass', kw);
    expectCount('issubclass', args, 2, 2);
    const [c, cls] = args;
    if (!(c instanceof PyType)) raise('TypeError', 'issubclass() arg 1 must be a class');
    const check = (t: PyValue): boolean => {
      if (t instanceof PyType) return c.isSubtypeOf(t);
      if (t instanceof PyTuple) return t.items.some(check);
      raise('TypeError', 'issubclass() arg 2 must be a class, a tuple of classes, or a union');
    };
    return check(cls);
  });
  fn('vars', (args, kw) => {
    noKeywords('vars', kw);
    expectCount('vars', args, 0, 1);
    if (args.length === 0) return frameLocals(interp.callerFrame!);
    const v = args[0];
    if (v instanceof PyInstance) return v.dict;
    if (v instanceof PyModule) return v.dict;
    raise('TypeError', 'vars() argument must have __dict__ attribute');
  });
  fn('input', (args, kw) => {
    noKeywords('input', kw);
    if (args.length > 1) raise('TypeError', `input expected at most 1 argument, got ${args.length}`);
    if (args.length === 1) out.stdout(pyStr(args[0]));
    const line = out.readline?.() ?? null;
    if (line === null) throw new PyBaseException(exceptionType('EOFError'), ['EOF when reading a line']);
    return line;
  });
  fn('globals', (args, kw) => {
    noKeywords('globals', kw);
    expectCount('globals', args, 0, 0);
    return interp.callerFrame!.globals;
  });
  fn('locals', (args, kw) => {
    noKeywords('locals', kw);
    expectCount('locals', args, 0, 0);
    return frameLocals(interp.callerFrame!);
  });
  fn('dir', (args, kw) => {
    noKeywords('dir', kw);
    expectCount('dir', args, 0, 1);
    if (args.length === 1) return new PyList(dirOf(args[0]));
    return new PyList((frameLocals(interp.callerFrame!).keys() as string[]).sort());
  });
  typeConstructors.set(propertyType, makeProperty);
  typeConstructors.set(staticmethodType, (args) => new PyMethodWrapper(staticmethodType, args[0]));
  typeConstructors.set(classmethodType, (args) => new PyMethodWrapper(classmethodType, args[0]));
  for (const t of [propertyType, staticmethodType, classmethodType]) b.setStr(t.name, t);
  fn('__build_class__', (args, kw) => buildClass(interp, args, kw));
  fn('super', (args, kw) => {
    noKeywords('super', kw);
    if (args.length === 0) return zeroArgSuper(interp.callerFrame);
    if (args.length !== 2 || !(args[0] instanceof PyType)) raise('TypeError', 'super() argument 1 must be a type');
    return new PySuper(args[0], args[1]);
  });
  fn('sum', (args, kw) => sumImpl(interp, args, kw));
  fn('sorted', (args, kw) => sortedImpl(interp, args, kw));
  fn('any', anyAll(interp, 'any'));
  fn('all', anyAll(interp, 'all'));
  fn('iter', (args, kw) => {
    noKeywords('iter', kw);
    expectCount('iter', args, 1, 1);
    return getIter(args[0]);
  });
  fn('next', (args, kw) => nextImpl(interp, args, kw));
  fn('enumerate', (args, kw) => enumerateImpl(interp, args, kw));
  fn('zip', (args, kw) => zipImpl(interp, args, kw));
  fn('getattr', getattrImpl);
  fn('hasattr', hasattrImpl);
  fn('setattr', setattrImpl);
  fn('delattr', delattrImpl);
  fn('format', formatImpl);
  fn('ascii', (args, kw) => asciiRepr(pyRepr(exactlyOne('ascii', args, kw))));
  return b;
}
