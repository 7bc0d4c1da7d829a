// BINARY_OP and UNARY_* generic paths: dispatch on operand types to the
// numeric package (ints and floats) or the sequence operations. The
// interpreter inlines the small-int fast paths before calling these.

import { FloatPowError, NB_OPS, complexPower, complexProduct, complexQuotient, type Complex } from '@pyc-ts/bytecode';
import { NotImplemented, PyFloat, PyList, PyTuple, dictType, listType, typeOf, type PyValue } from './objects.js';
import { PyDict } from './dict.js';
import { getAttr } from './operations.js';
import { PyInstance, userMethod } from './classes.js';
import { PySet, setInplaceOperation, setOperation } from './set.js';
import { percentFormat } from './percent_format.js';
import { PyComplex } from './complex.js';
import { PyBytes, bytesConcat } from './bytes.js';
import { PyByteArray } from './bytearray.js';
import { activeInterpreter } from './interpreter.js';
import { iterate } from './builtins.js';
import { raise } from './errors.js';
import * as num from './numeric/index.js';

// BINARY_OP's oparg (NB_* in opcode.py); in-place forms are these plus 13.
export const NB_ADD = 0;
export const NB_AND = 1;
export const NB_FLOOR_DIVIDE = 2;
export const NB_LSHIFT = 3;
export const NB_MATRIX_MULTIPLY = 4;
export const NB_MULTIPLY = 5;
export const NB_REMAINDER = 6;
export const NB_OR = 7;
export const NB_POWER = 8;
export const NB_RSHIFT = 9;
export const NB_SUBTRACT = 10;
export const NB_TRUE_DIVIDE = 11;
export const NB_XOR = 12;
const NB_INPLACE = 13;

type Int = number | bigint;

function asInt(v: PyValue): Int | undefined {
  switch (typeof v) {
    case 'number':
    case 'bigint':
      return v;
    case 'boolean':
      return v ? 1 : 0;
  }
  return undefined;
}

function intBinary(op: number, a: Int, b: Int): PyValue {
  switch (op) {
    case NB_ADD:
      return num.intAdd(a, b);
    case NB_SUBTRACT:
      return num.intSub(a, b);
    case NB_MULTIPLY:
      return num.intMul(a, b);
    case NB_FLOOR_DIVIDE:
      return num.intFloorDiv(a, b);
    case NB_REMAINDER:
      return num.intMod(a, b);
    case NB_TRUE_DIVIDE:
      return new PyFloat(num.intTrueDiv(a, b));
    case NB_POWER: {
      const r = num.intPow(a, b);
      return typeof r === 'number' || typeof r === 'bigint' ? r : new PyFloat(r.value);
    }
    case NB_LSHIFT:
      return num.intLshift(a, b);
    case NB_RSHIFT:
      return num.intRshift(a, b);
    case NB_AND:
      return num.intAnd(a, b);
    case NB_OR:
      return num.intOr(a, b);
    case NB_XOR:
      return num.intXor(a, b);
  }
  return undefined;
}

function isNumber(v: PyValue): boolean {
  return asInt(v) !== undefined || v instanceof PyFloat || v instanceof PyComplex;
}

/** An int, float or complex as a complex (complexobject.c's to_complex). */
function toComplex(v: PyValue): Complex {
  if (v instanceof PyComplex) return [v.real, v.imag];
  if (v instanceof PyFloat) return [v.v, 0];
  return [num.intToFloat(asInt(v)!), 0];
}

function complexBinary(op: number, a: Complex, b: Complex): PyValue {
  let r: Complex | FloatPowError | null;
  switch (op) {
    case NB_ADD:
      r = [a[0] + b[0], a[1] + b[1]];
      break;
    case NB_SUBTRACT:
      r = [a[0] - b[0], a[1] - b[1]];
      break;
    case NB_MULTIPLY:
      r = complexProduct(a, b);
      break;
    case NB_TRUE_DIVIDE:
      r = complexQuotient(a, b);
      if (r === null) raise('ZeroDivisionError', 'complex division by zero');
      break;
    case NB_POWER:
      r = complexPower(a, b);
      if (r instanceof FloatPowError) raise(r.type, r.message);
      break;
    default:
      return undefined;
  }
  return new PyComplex(r[0], r[1]);
}

function floatBinary(op: number, a: number, b: number): PyValue {
  switch (op) {
    case NB_ADD:
      return new PyFloat(a + b);
    case NB_SUBTRACT:
      return new PyFloat(a - b);
    case NB_MULTIPLY:
      return new PyFloat(a * b);
    case NB_TRUE_DIVIDE:
      return new PyFloat(num.floatTrueDiv(a, b));
    case NB_FLOOR_DIVIDE:
      return new PyFloat(num.floatFloorDiv(a, b));
    case NB_REMAINDER:
      return new PyFloat(num.floatMod(a, b));
    case NB_POWER: {
      const r = num.floatPow(a, b);
      return typeof r === 'number' ? new PyFloat(r) : new PyComplex(r.real, r.imag);
    }
  }
  return undefined;
}

function isSequence(v: PyValue): boolean {
  return typeof v === 'string' || v instanceof PyList || v instanceof PyTuple || v instanceof PyBytes;
}

function repeat<T>(items: T[], n: PyValue): T[] | undefined {
  const count = asInt(n);
  if (count === undefined) return undefined;
  const c = Number(count);
  const out: T[] = [];
  for (let i = 0; i < c; i++) for (const x of items) out.push(x);
  return out;
}

const SET_OPS: Record<number, '|' | '&' | '-' | '^'> = { [NB_OR]: '|', [NB_AND]: '&', [NB_SUBTRACT]: '-', [NB_XOR]: '^' };

/** A bytes or bytearray like `like` (bytearray + bytes is a bytearray). */
function sameBytesType(like: PyBytes, data: Uint8Array): PyBytes {
  return like instanceof PyByteArray ? new PyByteArray(data) : new PyBytes(data);
}

function sequenceBinary(op: number, a: PyValue, b: PyValue): PyValue {
  if (op === NB_REMAINDER && typeof a === 'string') return percentFormat(a, b);
  if (a instanceof PySet && b instanceof PySet && SET_OPS[op]) return setOperation(SET_OPS[op], a, b);
  if (op === NB_ADD) {
    if (typeof a === 'string' && typeof b === 'string') return a + b;
    if (a instanceof PyList && b instanceof PyList) return new PyList(a.items.concat(b.items));
    if (a instanceof PyTuple && b instanceof PyTuple) return new PyTuple(a.items.concat(b.items));
    if (a instanceof PyBytes && b instanceof PyBytes) return sameBytesType(a, bytesConcat(a.bytes, b.bytes));
    return undefined;
  }
  if (op === NB_MULTIPLY) {
    if (asInt(a) !== undefined && isSequence(b)) {
      [a, b] = [b, a];
    }
    if (typeof a === 'string') {
      const n = asInt(b);
      if (n === undefined) return undefined;
      if (n > 0 && a.length * Number(n) > 0x1fffffe8) raise('MemoryError', '');
      return n > 0 ? a.repeat(Number(n)) : '';
    }
    if (a instanceof PyList) {
      const items = repeat(a.items, b);
      return items && new PyList(items);
    }
    if (a instanceof PyTuple) {
      const items = repeat(a.items, b);
      return items && new PyTuple(items);
    }
    if (a instanceof PyBytes) {
      const items = repeat(Array.from(a.bytes), b);
      return items && sameBytesType(a, Uint8Array.from(items));
    }
  }
  return undefined;
}

/** The generic BINARY_OP. */
export function binaryOp(nb: number, a: PyValue, b: PyValue): PyValue {
  const op = nb >= NB_INPLACE ? nb - NB_INPLACE : nb;
  const x = asInt(a);
  const y = asInt(b);
  let r: PyValue | undefined;
  if (nb >= NB_INPLACE && a instanceof PyList && typeOf(a) === listType) {
    r = listInplace(op, a, b);
    if (r !== undefined) return r;
  }
  if (op === NB_OR && a instanceof PyDict && typeOf(a) === dictType) {
    // dict | dict makes a merged copy; |= updates in place from any mapping or pairs (dict.update).
    if (nb >= NB_INPLACE) return (activeInterpreter().call(getAttr(a, 'update'), [b]), a);
    if (b instanceof PyDict) {
      const out = new PyDict();
      for (const e of a.entries()) out.set(e.key, e.value);
      for (const e of b.entries()) out.set(e.key, e.value);
      return out;
    }
  }
  if (nb >= NB_INPLACE && a instanceof PyByteArray && (op === NB_ADD || op === NB_MULTIPLY)) {
    // += and *= change a bytearray in place.
    const r = sequenceBinary(op, a, b);
    if (r instanceof PyBytes) {
      a.set(r.bytes);
      return a;
    }
  }
  if (nb >= NB_INPLACE && a instanceof PySet && !a.frozen && b instanceof PySet && SET_OPS[op]) {
    return setInplaceOperation(SET_OPS[op], a, b);
  }
  if (x !== undefined && y !== undefined) {
    r = intBinary(op, x, y);
  } else if ((x !== undefined || a instanceof PyFloat) && (y !== undefined || b instanceof PyFloat)) {
    const fa = x !== undefined ? num.intToFloat(x) : (a as PyFloat).v;
    const fb = y !== undefined ? num.intToFloat(y) : (b as PyFloat).v;
    r = floatBinary(op, fa, fb);
  } else if ((a instanceof PyComplex || b instanceof PyComplex) && isNumber(a) && isNumber(b)) {
    r = complexBinary(op, toComplex(a), toComplex(b));
  } else {
    r = sequenceBinary(op, a, b);
  }
  if (r !== undefined) return r;
  if (a instanceof PyInstance || b instanceof PyInstance) {
    r = userBinary(nb, op, a, b);
    if (r !== undefined) return r;
  }
  if (op === NB_MULTIPLY) {
    // A sequence times anything but an int (sq_repeat's index check).
    const other = isSequence(a) ? b : isSequence(b) ? a : undefined;
    if (other !== undefined) raise('TypeError', `can't multiply sequence by non-int of type '${typeOf(other).name}'`);
  }
  if (op === NB_ADD && (typeof a === 'string' || a instanceof PyList || a instanceof PyTuple)) {
    // sq_concat's own message, as for CPython's str, list and tuple.
    const t = typeOf(a).name;
    raise('TypeError', `can only concatenate ${t} (not "${typeOf(b).name}") to ${t}`);
  }
  const sym = NB_OPS[nb][1];
  const shown = op === NB_POWER && nb < NB_INPLACE ? '** or pow()' : sym;
  raise('TypeError', `unsupported operand type(s) for ${shown}: '${typeOf(a).name}' and '${typeOf(b).name}'`);
}

/** list.__iadd__ (extend by any iterable) and list.__imul__: the list itself changes, as aliases see. */
function listInplace(op: number, a: PyList, b: PyValue): PyList | undefined {
  if (op === NB_ADD) {
    const items = [...iterate(activeInterpreter(), b)];
    for (const v of items) a.items.push(v);
    return a;
  }
  if (op === NB_MULTIPLY) {
    const items = repeat(a.items, b);
    if (items === undefined) return undefined;
    a.items = items;
    return a;
  }
  return undefined;
}

const DUNDERS = ['add', 'and', 'floordiv', 'lshift', 'matmul', 'mul', 'mod', 'or', 'pow', 'rshift', 'sub', 'truediv', 'xor'];

/** __iadd__, then __add__, then the right operand's __radd__; undefined if all decline. */
function userBinary(nb: number, op: number, a: PyValue, b: PyValue): PyValue {
  const interp = activeInterpreter();
  const name = DUNDERS[op];
  const attempts: [PyValue, string, PyValue][] = [];
  if (nb >= NB_INPLACE) attempts.push([a, `__i${name}__`, b]);
  attempts.push([a, `__${name}__`, b], [b, `__r${name}__`, a]);
  for (const [self, method, other] of attempts) {
    const m = userMethod(self, method);
    if (m === undefined) continue;
    const r = interp.call(m, [self, other]);
    if (r !== NotImplemented) return r;
  }
  return undefined;
}

export function unaryNegative(v: PyValue): PyValue {
  const x = asInt(v);
  if (x !== undefined) return num.intNeg(x);
  if (v instanceof PyFloat) return new PyFloat(-v.v);
  if (v instanceof PyComplex) return new PyComplex(-v.real, -v.imag);
  const m = userMethod(v, '__neg__');
  if (m !== undefined) return activeInterpreter().call(m, [v]);
  raise('TypeError', `bad operand type for unary -: '${typeOf(v).name}'`);
}

export function unaryPositive(v: PyValue): PyValue {
  const x = asInt(v);
  if (x !== undefined) return x;
  if (v instanceof PyFloat || v instanceof PyComplex) return v;
  raise('TypeError', `bad operand type for unary +: '${typeOf(v).name}'`);
}

export function unaryInvert(v: PyValue): PyValue {
  const x = asInt(v);
  if (x !== undefined) return num.intInvert(x);
  raise('TypeError', `bad operand type for unary ~: '${typeOf(v).name}'`);
}
