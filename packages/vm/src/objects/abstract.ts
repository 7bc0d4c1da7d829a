// The abstract object protocols (CPython's object.c and abstract.c): attribute
// access, repr/str/hash, comparison, truth, arithmetic, subscription, length,
// iteration and containment, each through the operands' type slots. The
// interpreter inlines the fast cases (small ints, floats) and calls these for
// the rest; builtin types' methods call them for their operands.

import { exceptionType, isInstanceOfException, raise, type PyBaseException } from './errors.js';
import { PyObject, PyFloat, typeOf, floatType, listType, tupleType, typeType, TPFLAGS_TYPE_SUBCLASS, type PyType, type PyValue, type BinaryFunc } from './object.js';
import { Ellipsis, NotImplemented } from './singletons.js';
import { intValueOrUndefined, strValueOrUndefined, type Int } from './boxed.js';
import { vectorcall, call0, call1 } from './call.js';
import { currentInterpreter } from './state.js';
import { attributeError } from '../builtins/exceptions.js';
import { typeInstanceCheck } from '../builtins/type.js';
import { unionMembers } from '../builtins/union.js';
import { PyDict } from '../builtins/dict.js';
import { newSeqIterator } from '../builtins/iterators.js';
import { hashInt } from '../numeric/index.js';
import { strRepr } from '@pyc-ts/bytecode';
import { PyList } from '../builtins/list.js';
import { PyTuple } from '../builtins/tuple.js';
import { checkAllocation } from '../builtins/limits.js';
import { warn } from '../builtins/warnings.js';

export { vectorcall, call, call0, call1, call2, callSpecial, callSpecialFound } from './call.js';

/** Whether a value is a type object (an instance of type or of a metaclass). */
export function isType(v: PyValue): v is PyType {
  return v instanceof PyObject && (v.type.flags & TPFLAGS_TYPE_SUBCLASS) !== 0;
}

// ---- recursion through native code (Py_EnterRecursiveCall) ----

/** Counts a level of native recursion against the recursion limit, as CPython does for repr, comparisons and calls. */
export function enterRecursiveCall(where: string): void {
  const i = currentInterpreter();
  // Runtime code called by the host outside of any run (a dict used from JS) counts nothing.
  if (i === null) return;
  if (++i.depth > i.recursionLimit) {
    i.depth--;
    raise('RecursionError', `maximum recursion depth exceeded${where}`);
  }
}

export function leaveRecursiveCall(): void {
  const i = currentInterpreter();
  if (i !== null) i.depth--;
}

// ---- attributes ----

/** The attribute name of a str or str subclass instance; TypeError otherwise. */
export function attributeName(v: PyValue): string {
  const s = strValueOrUndefined(v);
  if (s === undefined) raise('TypeError', `attribute name must be string, not '${typeOf(v).name}'`);
  return s;
}

/** getattr(obj, name). */
export function getAttr(obj: PyValue, name: string): PyValue {
  const t = typeOf(obj);
  const f = t.tp_getattro;
  if (f === null) throw attributeError(`'${t.name}' object has no attribute '${name}'`, name, obj);
  return f(obj, name);
}

/** getattr(obj, name, <missing>): undefined instead of AttributeError (CPython's _PyObject_LookupAttr). */
export function getAttrOrUndefined(obj: PyValue, name: string): PyValue {
  const t = typeOf(obj);
  const f = t.tp_getattro;
  if (f === genericGetAttr) return genericGetAttrOrUndefined(obj, name);
  if (f === null) return undefined;
  try {
    return f(obj, name);
  } catch (e) {
    if (isInstanceOfException(e, exceptionType('AttributeError'))) return undefined;
    throw e;
  }
}

/** PyMapping_Keys for a mapping that is not a dict: its keys() as an array, with CPython's error for a non-iterable result. */
export function mappingKeys(o: PyValue): PyValue[] {
  const keys = call0(getAttr(o, 'keys'));
  if (typeOf(keys).tp_iter === null && typeOf(keys).sq_item === null) {
    raise('TypeError', `${typeOf(o).name}.keys() returned a non-iterable (type ${typeOf(keys).name})`);
  }
  return toArray(keys);
}

/** How call errors name a callable (_PyObject_FunctionStr): 'mod.C.f()', 'len()' for builtins, else str(x). */
export function functionStr(x: PyValue): string {
  const qualname = getAttrOrUndefined(x, '__qualname__');
  if (qualname === undefined) return str(x);
  const module = getAttrOrUndefined(x, '__module__');
  if (module !== undefined && module !== null && richCompareBool(module, 'builtins', NE)) return `${str(module)}.${str(qualname)}()`;
  return `${str(qualname)}()`;
}

/** setattr(obj, name, value), or delattr when value is undefined. */
export function setAttr(obj: PyValue, name: string, value: PyValue): void {
  const t = typeOf(obj);
  const f = t.tp_setattro;
  if (f === null) {
    const has = t.tp_getattro !== null && getAttrOrUndefined(obj, name) !== undefined;
    const what = value === undefined ? 'del' : 'assign to';
    if (has) raise('AttributeError', `'${t.name}' object attribute '${name}' is read-only`);
    raise('TypeError', `'${t.name}' object has no attributes (${what} .${name})`);
  }
  f(obj, name, value);
}

/** Whether a descriptor found on a type is a data descriptor (defines __set__ or __delete__). */
export function isDataDescriptor(d: PyValue): boolean {
  return typeOf(d).tp_descr_set !== null;
}

/** object.__getattribute__ (PyObject_GenericGetAttr). */
export function genericGetAttr(obj: PyValue, name: string): PyValue {
  const v = genericLookup(obj, name, false);
  if (v !== undefined) return v;
  throw attributeError(`'${typeOf(obj).name}' object has no attribute '${name}'`, name, obj);
}

/** PyObject_GenericGetAttr, returning undefined where the attribute is missing (suppress=1). */
export function genericGetAttrOrUndefined(obj: PyValue, name: string): PyValue {
  return genericLookup(obj, name, true);
}

/** _PyObject_GenericGetAttrWithDict: data descriptors, then the instance dict, then other class attributes. */
function genericLookup(obj: PyValue, name: string, suppress: boolean): PyValue {
  const t = typeOf(obj);
  const descr = t.lookup(name);
  let get = null;
  if (descr !== undefined) {
    const dt = typeOf(descr);
    get = dt.tp_descr_get;
    if (get !== null && dt.tp_descr_set !== null) return suppress ? getOrUndefined(get, descr, obj, t) : get(descr, obj, t);
  }
  const dict = obj instanceof PyObject ? obj.dict : undefined;
  if (dict !== undefined) {
    const v = dict.getStr(name);
    if (v !== undefined) return v;
  }
  if (get !== null) return suppress ? getOrUndefined(get, descr, obj, t) : get(descr, obj, t);
  return descr;
}

/** A descriptor's __get__, with its AttributeError read as "missing". */
function getOrUndefined(get: (d: PyValue, o: PyValue, t: PyValue) => PyValue, descr: PyValue, obj: PyValue, t: PyType): PyValue {
  try {
    return get(descr, obj, t);
  } catch (e) {
    if (isInstanceOfException(e, exceptionType('AttributeError'))) return undefined;
    throw e;
  }
}

/** object.__setattr__ / __delattr__ (PyObject_GenericSetAttr). */
export function genericSetAttr(obj: PyValue, name: string, value: PyValue): void {
  const t = typeOf(obj);
  const descr = t.lookup(name);
  if (descr !== undefined) {
    const set = typeOf(descr).tp_descr_set;
    if (set !== null) {
      set(descr, obj, value);
      return;
    }
  }
  let dict = obj instanceof PyObject ? obj.dict : undefined;
  if (dict === undefined && t.hasDict && obj instanceof PyObject) {
    // Some objects make their __dict__ on first use.
    if (value === undefined) throw attributeError(`'${t.name}' object has no attribute '${name}'`, name, obj);
    dict = obj.dict = new PyDict();
  }
  if (dict === undefined) {
    if (descr === undefined) throw attributeError(`'${t.name}' object has no attribute '${name}'`, name, obj);
    raise('AttributeError', `'${t.name}' object attribute '${name}' is read-only`);
  }
  if (value === undefined) {
    if (!dict.delete(name)) throw attributeError(`'${t.name}' object has no attribute '${name}'`, name, obj);
  } else {
    dict.setStr(name, value);
  }
}

// ---- repr, str, hash ----

/** repr(v) as a JS string. */
export function repr(v: PyValue): string {
  if (typeof v === 'string') return strRepr(v);
  return strValueOrUndefined(reprObject(v))!;
}

/** PyObject_Repr: what __repr__ returned, checked to be a str; a str subclass instance stays one. */
export function reprObject(v: PyValue): PyValue {
  if (typeof v === 'string') return strRepr(v);
  const f = typeOf(v).tp_repr!;
  enterRecursiveCall(' while getting the repr of an object');
  try {
    return strResult(f(v), '__repr__');
  } finally {
    leaveRecursiveCall();
  }
}

/** str(v) as a JS string. */
export function str(v: PyValue): string {
  if (typeof v === 'string') return v;
  return strValueOrUndefined(strObject(v))!;
}

/** PyObject_Str: what __str__ returned, checked to be a str; a str subclass instance stays one. */
export function strObject(v: PyValue): PyValue {
  if (typeof v === 'string') return v;
  const t = typeOf(v);
  const f = t.tp_str ?? t.tp_repr!;
  enterRecursiveCall(' while getting the str of an object');
  try {
    return strResult(f(v), '__str__');
  } finally {
    leaveRecursiveCall();
  }
}

/** What a __repr__ or __str__ returned, or TypeError when it is not a str. */
function strResult(r: PyValue, method: string): PyValue {
  if (typeof r !== 'string' && strValueOrUndefined(r) === undefined) raise('TypeError', `${method} returned non-string (type ${typeOf(r).name})`);
  return r;
}

/** ascii(v): repr with non-ASCII characters escaped. */
export function ascii(v: PyValue): string {
  return asciiEscape(repr(v));
}

/** PyObject_ASCII: the repr itself when it is all ASCII (a str subclass instance stays one). */
export function asciiObject(v: PyValue): PyValue {
  const r = reprObject(v);
  const s = strValueOrUndefined(r)!;
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) > 0x7f) return asciiEscape(s);
  return r;
}

export function asciiEscape(r: string): string {
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

/** hash(v). */
export function hash(v: PyValue): number | bigint {
  const f = typeOf(v).tp_hash;
  if (f === null) raise('TypeError', `unhashable type: '${typeOf(v).name}'`);
  return f(v);
}

/** What __hash__ returned, as the hash value: itself if it fits a C Py_ssize_t, else the int's own hash. */
export function hashResult(r: PyValue): number | bigint {
  const i = intValueOrUndefined(r);
  if (i === undefined) raise('TypeError', '__hash__ method should return an integer');
  if (typeof i === 'number') return i === -1 ? -2 : i;
  return i >= SSIZE_MIN && i <= SSIZE_MAX ? i : hashInt(i);
}

// ---- comparison ----

export const LT = 0;
export const LE = 1;
export const EQ = 2;
export const NE = 3;
export const GT = 4;
export const GE = 5;
const SWAPPED = [GT, GE, EQ, NE, LT, LE];
export const CMP_SYMBOLS = ['<', '<=', '==', '!=', '>', '>='];

/** Py_RETURN_RICHCOMPARE: x <op> y of two numbers (an int and a bigint compare by value). */
export function compareValues(x: number | bigint, y: number | bigint, op: number): boolean {
  switch (op) {
    case LT:
      return x < y;
    case LE:
      return x <= y;
    case EQ:
      // eslint-disable-next-line eqeqeq
      return x == y;
    case NE:
      // eslint-disable-next-line eqeqeq
      return x != y;
    case GT:
      return x > y;
    default:
      return x >= y;
  }
}

/** a <op> b: the result object (do_richcompare). */
export function richCompare(a: PyValue, b: PyValue, op: number): PyValue {
  enterRecursiveCall(' in comparison');
  try {
    return doRichCompare(a, b, op);
  } finally {
    leaveRecursiveCall();
  }
}

function doRichCompare(v: PyValue, w: PyValue, op: number): PyValue {
  const vt = typeOf(v);
  const wt = typeOf(w);
  let checkedReverse = false;
  if (vt !== wt && wt.isSubtypeOf(vt) && wt.tp_richcompare !== null) {
    checkedReverse = true;
    const r = wt.tp_richcompare(w, v, SWAPPED[op]);
    if (r !== NotImplemented) return r;
  }
  if (vt.tp_richcompare !== null) {
    const r = vt.tp_richcompare(v, w, op);
    if (r !== NotImplemented) return r;
  }
  if (!checkedReverse && wt.tp_richcompare !== null) {
    const r = wt.tp_richcompare(w, v, SWAPPED[op]);
    if (r !== NotImplemented) return r;
  }
  if (op === EQ) return v === w;
  if (op === NE) return v !== w;
  raise('TypeError', `'${CMP_SYMBOLS[op]}' not supported between instances of '${vt.name}' and '${wt.name}'`);
}

/** a <op> b as a JS boolean (PyObject_RichCompareBool: identity implies equality). */
export function richCompareBool(a: PyValue, b: PyValue, op: number): boolean {
  if (a === b) {
    if (op === EQ) return true;
    if (op === NE) return false;
  }
  const r = richCompare(a, b, op);
  return r === true || (r !== false && isTrue(r));
}

/** a == b, as containers compare their items. */
export function eq(a: PyValue, b: PyValue): boolean {
  if (a === b) return true;
  const r = richCompare(a, b, EQ);
  return r === true || (r !== false && isTrue(r));
}

// ---- truth ----

/** bool(v) (PyObject_IsTrue). */
export function isTrue(v: PyValue): boolean {
  if (v === true) return true;
  if (v === false || v === null) return false;
  switch (typeof v) {
    case 'number':
      return v !== 0;
    case 'string':
      return v.length !== 0;
    case 'bigint':
      return true;
  }
  const t = (v as PyObject).type;
  if (t.nb_bool !== null) return t.nb_bool(v);
  if (t.mp_length !== null) return t.mp_length(v) !== 0;
  if (t.sq_length !== null) return t.sq_length(v) !== 0;
  return true;
}

// ---- numbers ----

// BINARY_OP's oparg (NB_* in opcode.py); the in-place forms are these plus 13.
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
export const NB_INPLACE = 13;
/** The operator each NB_* code names in a TypeError; ** is shared with pow() (ternary_op). */
const NB_SYMBOLS = ['+', '&', '//', '<<', '@', '*', '%', '|', '** or pow()', '>>', '-', '/', '^'];

/** The number slot of a binary operator (NB_* code) on a type. */
function binarySlot(t: PyType, op: number): BinaryFunc | null {
  switch (op) {
    case NB_ADD:
      return t.nb_add;
    case NB_AND:
      return t.nb_and;
    case NB_FLOOR_DIVIDE:
      return t.nb_floor_divide;
    case NB_LSHIFT:
      return t.nb_lshift;
    case NB_MATRIX_MULTIPLY:
      return t.nb_matrix_multiply;
    case NB_MULTIPLY:
      return t.nb_multiply;
    case NB_REMAINDER:
      return t.nb_remainder;
    case NB_OR:
      return t.nb_or;
    case NB_POWER:
      return t.nb_power as BinaryFunc | null;
    case NB_RSHIFT:
      return t.nb_rshift;
    case NB_SUBTRACT:
      return t.nb_subtract;
    case NB_TRUE_DIVIDE:
      return t.nb_true_divide;
    default:
      return t.nb_xor;
  }
}

function inplaceSlot(t: PyType, op: number): BinaryFunc | null {
  switch (op) {
    case NB_ADD:
      return t.nb_inplace_add;
    case NB_AND:
      return t.nb_inplace_and;
    case NB_FLOOR_DIVIDE:
      return t.nb_inplace_floor_divide;
    case NB_LSHIFT:
      return t.nb_inplace_lshift;
    case NB_MATRIX_MULTIPLY:
      return t.nb_inplace_matrix_multiply;
    case NB_MULTIPLY:
      return t.nb_inplace_multiply;
    case NB_REMAINDER:
      return t.nb_inplace_remainder;
    case NB_OR:
      return t.nb_inplace_or;
    case NB_POWER:
      return t.nb_inplace_power as BinaryFunc | null;
    case NB_RSHIFT:
      return t.nb_inplace_rshift;
    case NB_SUBTRACT:
      return t.nb_inplace_subtract;
    case NB_TRUE_DIVIDE:
      return t.nb_inplace_true_divide;
    default:
      return t.nb_inplace_xor;
  }
}

/** binary_op1: the operands' slots in the order subclassing calls for; NotImplemented if neither takes them. */
function binaryOp1(v: PyValue, w: PyValue, op: number): PyValue {
  const vt = typeOf(v);
  const wt = typeOf(w);
  const slotv = binarySlot(vt, op);
  let slotw = vt !== wt ? binarySlot(wt, op) : null;
  if (slotw === slotv) slotw = null;
  const pow = op === NB_POWER;
  if (slotv !== null) {
    if (slotw !== null && wt.isSubtypeOf(vt)) {
      const x = pow ? (slotw as unknown as (a: PyValue, b: PyValue, c: PyValue) => PyValue)(v, w, null) : slotw(v, w);
      if (x !== NotImplemented) return x;
      slotw = null;
    }
    const x = pow ? (slotv as unknown as (a: PyValue, b: PyValue, c: PyValue) => PyValue)(v, w, null) : slotv(v, w);
    if (x !== NotImplemented) return x;
  }
  if (slotw !== null) {
    const x = pow ? (slotw as unknown as (a: PyValue, b: PyValue, c: PyValue) => PyValue)(v, w, null) : slotw(v, w);
    if (x !== NotImplemented) return x;
  }
  return NotImplemented;
}

function binopTypeError(v: PyValue, w: PyValue, symbol: string): never {
  const vt = typeOf(v);
  const wt = typeOf(w);
  if (symbol === '>>' && vt.name === 'builtin_function_or_method' && (v as { name?: string }).name === 'print') {
    raise(
      'TypeError',
      `unsupported operand type(s) for >>: '${vt.name}' and '${wt.name}'. Did you mean "print(<message>, file=<output_stream>)"?`,
    );
  }
  raise('TypeError', `unsupported operand type(s) for ${symbol}: '${vt.name}' and '${wt.name}'`);
}

/** BINARY_OP's general path: `op` is its oparg (in-place forms included). */
export function binaryOp(v: PyValue, w: PyValue, op: number): PyValue {
  if (op >= NB_INPLACE) return inplaceOp(v, w, op - NB_INPLACE);
  const r = binaryOp1(v, w, op);
  if (r !== NotImplemented) return r;
  if (op === NB_ADD) {
    const concat = typeOf(v).sq_concat;
    if (concat !== null) return concat(v, w);
  } else if (op === NB_MULTIPLY) {
    const vr = typeOf(v).sq_repeat;
    if (vr !== null) return sequenceRepeat(vr, v, w);
    const wr = typeOf(w).sq_repeat;
    if (wr !== null) return sequenceRepeat(wr, w, v);
  }
  binopTypeError(v, w, NB_SYMBOLS[op]);
}

function sequenceRepeat(repeat: (s: PyValue, n: number) => PyValue, seq: PyValue, n: PyValue): PyValue {
  if (typeOf(n).nb_index === null) raise('TypeError', `can't multiply sequence by non-int of type '${typeOf(n).name}'`);
  return repeat(seq, asSsize(n, 'OverflowError'));
}

function inplaceOp(v: PyValue, w: PyValue, op: number): PyValue {
  const islot = inplaceSlot(typeOf(v), op);
  if (islot !== null) {
    const x = op === NB_POWER ? (islot as unknown as (a: PyValue, b: PyValue, c: PyValue) => PyValue)(v, w, null) : islot(v, w);
    if (x !== NotImplemented) return x;
  }
  const r = binaryOp1(v, w, op);
  if (r !== NotImplemented) return r;
  const vt = typeOf(v);
  if (op === NB_ADD) {
    const f = vt.sq_inplace_concat ?? vt.sq_concat;
    if (f !== null) return f(v, w);
  } else if (op === NB_MULTIPLY) {
    const f = vt.sq_inplace_repeat ?? vt.sq_repeat;
    if (f !== null) return sequenceRepeat(f, v, w);
    const wr = typeOf(w).sq_repeat;
    if (wr !== null) return sequenceRepeat(wr, w, v);
  }
  binopTypeError(v, w, op === NB_POWER ? '**=' : NB_SYMBOLS[op] + '=');
}

/** pow(base, exp, mod) with a modulus (ternary_op); with mod None this is base ** exp. */
export function power(v: PyValue, w: PyValue, z: PyValue): PyValue {
  if (z === null) return binaryOp(v, w, NB_POWER);
  const vt = typeOf(v);
  const wt = typeOf(w);
  const slotv = vt.nb_power;
  let slotw = wt !== vt ? wt.nb_power : null;
  if (slotw === slotv) slotw = null;
  if (slotv !== null) {
    if (slotw !== null && wt.isSubtypeOf(vt)) {
      const x = slotw(v, w, z);
      if (x !== NotImplemented) return x;
      slotw = null;
    }
    const x = slotv(v, w, z);
    if (x !== NotImplemented) return x;
  }
  if (slotw !== null) {
    const x = slotw(v, w, z);
    if (x !== NotImplemented) return x;
  }
  const zslot = typeOf(z).nb_power;
  if (zslot !== null && zslot !== slotv && zslot !== slotw) {
    const x = zslot(v, w, z);
    if (x !== NotImplemented) return x;
  }
  raise('TypeError', `unsupported operand type(s) for ** or pow(): '${vt.name}', '${wt.name}', '${typeOf(z).name}'`);
}

function unaryError(symbol: string, v: PyValue): never {
  raise('TypeError', `bad operand type for ${symbol}: '${typeOf(v).name}'`);
}

export function negative(v: PyValue): PyValue {
  const f = typeOf(v).nb_negative;
  return f !== null ? f(v) : unaryError('unary -', v);
}

export function positive(v: PyValue): PyValue {
  const f = typeOf(v).nb_positive;
  return f !== null ? f(v) : unaryError('unary +', v);
}

export function invert(v: PyValue): PyValue {
  const f = typeOf(v).nb_invert;
  return f !== null ? f(v) : unaryError('unary ~', v);
}

export function absolute(v: PyValue): PyValue {
  const f = typeOf(v).nb_absolute;
  return f !== null ? f(v) : unaryError('abs()', v);
}

/** operator.index(v) (PyNumber_Index): an int, through __index__. */
export function index(v: PyValue): Int {
  const i = intValueOrUndefined(v);
  if (i !== undefined) return i;
  const f = typeOf(v).nb_index;
  if (f === null) raise('TypeError', `'${typeOf(v).name}' object cannot be interpreted as an integer`);
  return intResult('__index__', f(v));
}

/** What __index__ or __int__ returned, checked: an int subclass instance (bool too) is deprecated but accepted. */
export function intResult(slot: '__index__' | '__int__', r: PyValue): Int {
  const ri = intValueOrUndefined(r);
  if (ri === undefined) raise('TypeError', `${slot} returned non-int (type ${typeOf(r).name})`);
  if (typeof r !== 'number' && typeof r !== 'bigint') {
    warn(
      'DeprecationWarning',
      `${slot} returned non-int (type ${typeOf(r).name}).  The ability to return an instance of a strict subclass of int is deprecated, and may be removed in a future version of Python.`,
      1,
    );
  }
  return ri;
}

/** Whether v can be used as an index (has nb_index). */
export function isIndex(v: PyValue): boolean {
  const t = typeof v;
  return t === 'number' || t === 'boolean' || t === 'bigint' || typeOf(v).nb_index !== null;
}

const SSIZE_MAX = 9223372036854775807n;
const SSIZE_MIN = -9223372036854775808n;

/**
 * PyNumber_AsSsize_t: v as an index-sized integer. Past the C range, the named exception (CPython's
 * OverflowError or IndexError), or clamped when `overflow` is null. Values beyond 2**53 stay exact
 * only as far as a JS number can hold them; callers use them as sizes and positions.
 */
export function asSsize(v: PyValue, overflow: 'OverflowError' | 'IndexError' | null): number {
  if (typeof v === 'number') return v;
  const i = index(v);
  if (typeof i === 'number') return i;
  if (i > SSIZE_MAX || i < SSIZE_MIN) {
    if (overflow === null) return i < 0n ? -Number.MAX_VALUE : Number.MAX_VALUE;
    raise(overflow, `cannot fit '${typeOf(v).name}' into an index-sized integer`);
  }
  return Number(i);
}

/** What __len__ returned, checked as CPython checks it. */
export function lengthResult(r: PyValue): number {
  const n = index(r);
  if (n < 0) raise('ValueError', '__len__() should return >= 0');
  if (typeof n === 'bigint') raise('OverflowError', `cannot fit 'int' into an index-sized integer`);
  return n;
}

// ---- containers ----

/** len(v) (PyObject_Size). */
export function len(v: PyValue): number {
  const t = typeOf(v);
  if (t.sq_length !== null) return t.sq_length(v);
  if (t.mp_length !== null) return t.mp_length(v);
  raise('TypeError', `object of type '${t.name}' has no len()`);
}

/** operator.length_hint(v, default) (PyObject_LengthHint). */
export function lengthHint(v: PyValue, dflt: number): number {
  const t = typeOf(v);
  if (t.sq_length !== null || t.mp_length !== null) {
    try {
      return len(v);
    } catch (e) {
      if (!isInstanceOfException(e, exceptionType('TypeError'))) throw e;
    }
  }
  const hint = t.lookup('__length_hint__');
  if (hint === undefined) return dflt;
  const r = vectorcall(hint, [v], 0, 1, null);
  if (r === NotImplemented) return dflt;
  if (intValueOrUndefined(r) === undefined) raise('TypeError', `__length_hint__ must be an integer, not ${typeOf(r).name}`);
  const n = asSsize(r, 'OverflowError');
  if (n < 0) raise('ValueError', '__length_hint__() should return >= 0');
  return n;
}

/** v[key] (PyObject_GetItem). */
export function getItem(v: PyValue, key: PyValue): PyValue {
  const t = typeOf(v);
  if (t.mp_subscript !== null) return t.mp_subscript(v, key);
  if (t.sq_item !== null) {
    if (isIndex(key)) return sequenceGetItem(v, asSsize(key, 'IndexError'));
    raise('TypeError', `sequence index must be integer, not '${typeOf(key).name}'`);
  }
  if (isType(v)) {
    const classGetItem = getAttrOrUndefined(v, '__class_getitem__');
    if (classGetItem !== undefined && classGetItem !== null) return vectorcall(classGetItem, [key], 0, 1, null);
    raise('TypeError', `type '${v.name}' is not subscriptable`);
  }
  raise('TypeError', `'${t.name}' object is not subscriptable`);
}

/** PySequence_GetItem: a negative index counts from the end. */
export function sequenceGetItem(v: PyValue, i: number): PyValue {
  const t = typeOf(v);
  if (t.sq_item === null) raise('TypeError', `'${t.name}' object does not support indexing`);
  if (i < 0 && t.sq_length !== null) i += t.sq_length(v);
  return t.sq_item(v, i);
}

/** v[key] = value, or del v[key] when value is undefined. */
export function setItem(v: PyValue, key: PyValue, value: PyValue): void {
  const t = typeOf(v);
  if (t.mp_ass_subscript !== null) {
    t.mp_ass_subscript(v, key, value);
    return;
  }
  if (t.sq_ass_item !== null) {
    if (!isIndex(key)) raise('TypeError', `sequence index must be integer, not '${typeOf(key).name}'`);
    let i = asSsize(key, 'IndexError');
    if (i < 0 && t.sq_length !== null) i += t.sq_length(v);
    t.sq_ass_item(v, i, value);
    return;
  }
  if (value === undefined) {
    if (t.mp_subscript !== null || t.sq_item !== null) raise('TypeError', `'${t.name}' object doesn't support item deletion`);
    raise('TypeError', `'${t.name}' object does not support item deletion`);
  }
  if (t.mp_subscript !== null || t.sq_item !== null) raise('TypeError', `'${t.name}' object does not support item assignment`);
  raise('TypeError', `'${t.name}' object does not support item assignment`);
}

/** iter(v) (PyObject_GetIter). */
export function getIter(v: PyValue): PyValue {
  const t = typeOf(v);
  const f = t.tp_iter;
  if (f === null) {
    if (t.sq_item !== null && t.mp_subscript === null) return newSeqIterator(v);
    if (t.sq_item !== null) return newSeqIterator(v);
    raise('TypeError', `'${t.name}' object is not iterable`);
  }
  const it = f(v);
  if (!isIterator(it)) raise('TypeError', `iter() returned non-iterator of type '${typeOf(it).name}'`);
  return it;
}

/** Empty tp_iternext of a class with __iter__ but no __next__ (_PyObject_NextNotImplemented). */
export function nextNotImplemented(v: PyValue): never {
  raise('TypeError', `'${typeOf(v).name}' object is not iterable`);
}

/** Whether v is an iterator (PyIter_Check): it has a tp_iternext that is not the empty one. */
export function isIterator(v: PyValue): boolean {
  const f = typeOf(v).tp_iternext;
  return f !== null && f !== nextNotImplemented;
}

/** An iterator over a sequence through __getitem__ (the fallback of iter()). */
export function sequenceIterator(v: PyValue): PyValue {
  if (typeOf(v).sq_item === null) raise('TypeError', `'${typeOf(v).name}' object is not iterable`);
  return newSeqIterator(v);
}

/** next(it): the next item, or undefined when exhausted. */
export function iterNext(it: PyValue): PyValue {
  const f = typeOf(it).tp_iternext;
  if (f === null) raise('TypeError', `'${typeOf(it).name}' object is not an iterator`);
  return f(it);
}

/** Calls fn on every item of an iterable. */
export function forEach(iterable: PyValue, fn: (v: PyValue) => void): void {
  const it = getIter(iterable);
  const next = typeOf(it).tp_iternext!;
  for (let v = next(it); v !== undefined; v = next(it)) fn(v);
}

/** The items of an iterable as a new JS array. */
export function toArray(iterable: PyValue): PyValue[] {
  const fast = fastItems(iterable);
  if (fast !== undefined) return fast.slice();
  const out: PyValue[] = [];
  const limit = currentInterpreter()?.maxAllocation ?? Infinity;
  forEach(iterable, (v) => {
    // An endless iterator ends in MemoryError, as CPython's does once memory runs out.
    if (out.length >= limit) checkAllocation(out.length + 1);
    out.push(v);
  });
  return out;
}

/** The items array of an exact list or tuple (not to be modified), or undefined (PySequence_Fast's shortcut). */
export function fastItems(v: PyValue): PyValue[] | undefined {
  if (v instanceof PyList && v.type === listType) return v.items;
  if (v instanceof PyTuple && v.type === tupleType) return v.items;
  return undefined;
}

/**
 * The items of an iterable as an array (PySequence_Fast): an exact list's or tuple's own items (not to be
 * modified), else a new array; `message` replaces the TypeError of an object that is not iterable.
 */
export function sequenceFast(v: PyValue, message: string): PyValue[] {
  const fast = fastItems(v);
  if (fast !== undefined) return fast;
  let it: PyValue;
  try {
    it = getIter(v);
  } catch (e) {
    if (isInstanceOfException(e, exceptionType('TypeError'))) raise('TypeError', message);
    throw e;
  }
  const out: PyValue[] = [];
  const next = typeOf(it).tp_iternext!;
  for (let x = next(it); x !== undefined; x = next(it)) out.push(x);
  return out;
}

/** item in container (PySequence_Contains). */
export function contains(container: PyValue, item: PyValue): boolean {
  const f = typeOf(container).sq_contains;
  if (f !== null) return f(container, item);
  return iterSearchContains(container, item);
}

/** Containment by iteration (_PySequence_IterSearch). */
export function iterSearchContains(container: PyValue, item: PyValue): boolean {
  let it: PyValue;
  try {
    it = getIter(container);
  } catch (e) {
    if (isInstanceOfException(e, exceptionType('TypeError'))) {
      raise('TypeError', `argument of type '${typeOf(container).name}' is not iterable`);
    }
    throw e;
  }
  const next = typeOf(it).tp_iternext!;
  for (let v = next(it); v !== undefined; v = next(it)) if (eq(v, item)) return true;
  return false;
}

// ---- conversions used across the builtins ----

/** float(v) for a number, through __float__ or __index__ (PyFloat_AsDouble). */
export function asDouble(v: PyValue): number {
  if (v instanceof PyFloat) return v.v;
  if (typeof v === 'number') return v;
  const t = typeOf(v);
  if (t.nb_float !== null) return floatResult(t, t.nb_float(v));
  if (t.nb_index !== null) return intToDouble(index(v));
  raise('TypeError', `must be real number, not ${t.name}`);
}

/** What a type's __float__ returned, checked: a float subclass instance is deprecated but accepted. */
export function floatResult(t: PyType, r: PyValue): number {
  if (!(r instanceof PyFloat)) raise('TypeError', `${t.name}.__float__ returned non-float (type ${typeOf(r).name})`);
  if (r.type !== floatType) {
    warn(
      'DeprecationWarning',
      `${t.name}.__float__ returned non-float (type ${r.type.name}).  The ability to return an instance of a strict subclass of float is deprecated, and may be removed in a future version of Python.`,
      1,
    );
  }
  return r.v;
}

/** An int as the nearest float; OverflowError when too large. */
export function intToDouble(i: Int): number {
  if (typeof i === 'number') return i;
  const d = Number(i);
  if (!Number.isFinite(d)) raise('OverflowError', 'int too large to convert to float');
  return d;
}

let stopValue: PyValue = null;

/** Records the value of a StopIteration an iterator slot turned into "exhausted" (for SEND). */
export function setStopValue(v: PyValue): void {
  stopValue = v;
}

/** The value of the last StopIteration an iterator slot swallowed, reset to None. */
export function takeStopValue(): PyValue {
  const v = stopValue;
  stopValue = null;
  return v;
}

/** Whether an exception is a StopIteration, for code that turns it into "exhausted". */
export function isStopIteration(e: unknown): e is PyBaseException {
  return isInstanceOfException(e, exceptionType('StopIteration'));
}

// ---- isinstance and issubclass (PyObject_IsInstance, PyObject_IsSubclass) ----

/** isinstance(obj, cls) (PyObject_IsInstance). */
export function isInstance(obj: PyValue, cls: PyValue): boolean {
  if (typeOf(obj) === cls) return true;
  if (isType(cls) && typeOf(cls) === typeType) return typeInstanceCheck(cls, obj);
  const union = unionMembers(cls);
  if (union !== undefined) cls = new PyTuple(union);
  if (cls instanceof PyTuple) {
    enterRecursiveCall(' in __instancecheck__');
    try {
      return cls.items.some((c) => isInstance(obj, c));
    } finally {
      leaveRecursiveCall();
    }
  }
  const checker = lookupSpecial(cls, '__instancecheck__');
  if (checker !== undefined) {
    enterRecursiveCall(' in __instancecheck__');
    try {
      return isTrue(call1(checker, obj));
    } finally {
      leaveRecursiveCall();
    }
  }
  if (isType(cls)) return typeInstanceCheck(cls, obj);
  if (getAttrOrUndefined(cls, '__bases__') === undefined) {
    raise('TypeError', 'isinstance() arg 2 must be a type, a tuple of types, or a union');
  }
  const icls = getAttrOrUndefined(obj, '__class__');
  return icls !== undefined && abstractIsSubclass(icls, cls);
}

/** issubclass(derived, cls) (PyObject_IsSubclass). */
export function isSubclass(derived: PyValue, cls: PyValue): boolean {
  if (isType(cls) && typeOf(cls) === typeType) {
    if (derived === cls) return true;
    return recursiveIsSubclass(derived, cls);
  }
  const union = unionMembers(cls);
  if (union !== undefined) cls = new PyTuple(union);
  if (cls instanceof PyTuple) {
    enterRecursiveCall(' in __subclasscheck__');
    try {
      return cls.items.some((c) => isSubclass(derived, c));
    } finally {
      leaveRecursiveCall();
    }
  }
  const checker = lookupSpecial(cls, '__subclasscheck__');
  if (checker !== undefined) {
    enterRecursiveCall(' in __subclasscheck__');
    try {
      return isTrue(call1(checker, derived));
    } finally {
      leaveRecursiveCall();
    }
  }
  return recursiveIsSubclass(derived, cls);
}

function recursiveIsSubclass(derived: PyValue, cls: PyValue): boolean {
  if (isType(cls) && isType(derived)) return derived.isSubtypeOf(cls);
  if (!isType(derived) && getAttrOrUndefined(derived, '__bases__') === undefined) raise('TypeError', 'issubclass() arg 1 must be a class');
  if (!isType(cls) && unionMembers(cls) === undefined && getAttrOrUndefined(cls, '__bases__') === undefined) {
    raise('TypeError', 'issubclass() arg 2 must be a class, a tuple of classes, or a union');
  }
  return abstractIsSubclass(derived, cls);
}

/** Subclassing by __bases__, for objects that are not types (abstract_issubclass). */
function abstractIsSubclass(derived: PyValue, cls: PyValue): boolean {
  for (;;) {
    if (derived === cls) return true;
    const bases = getAttrOrUndefined(derived, '__bases__');
    if (!(bases instanceof PyTuple) || bases.items.length === 0) return false;
    if (bases.items.length === 1) {
      derived = bases.items[0];
      continue;
    }
    return bases.items.some((b) => abstractIsSubclass(b, cls));
  }
}

/** A special method looked up on the type and bound to obj (_PyObject_LookupSpecial); undefined if absent. */
export function lookupSpecial(obj: PyValue, name: string): PyValue {
  const t = typeOf(obj);
  const found = t.lookup(name);
  if (found === undefined) return undefined;
  const get = typeOf(found).tp_descr_get;
  return get === null ? found : get(found, obj, t);
}


export { Ellipsis, NotImplemented };
