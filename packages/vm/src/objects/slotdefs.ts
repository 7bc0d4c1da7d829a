// The table that ties each slot to its dunder names (CPython's slotdefs in
// typeobject.c), and what follows from it:
// - a builtin type shows each slot it defines as a slot wrapper (int.__add__),
//   whose `wrapper` calls the slot with the Python-level arguments;
// - a class statement's type gets, for each slot, either the builtin slot
//   function it inherits unchanged, or the generic `heap` function that looks
//   up and calls its dunder (update_one_slot), again whenever a dunder is
//   assigned on the class later.

import { exceptionType, isInstanceOfException, raise } from './errors.js';
import { NotImplemented } from './singletons.js';
import { PyBuiltinFunction, PyWrapperDescr } from './descriptors.js';
import { callFound } from './call.js';
import { PyType, typeOf, type PyValue } from './object.js';
import * as abs from './abstract.js';
import { strValueOrUndefined } from './boxed.js';
import { newException } from './errors.js';

/** The slot fields of PyType. */
export type SlotName = Extract<keyof PyType, `${'tp' | 'nb' | 'sq' | 'mp' | 'am'}_${string}`>;

/** How a slot wrapper calls its slot: (self, the other positional arguments, keyword names, the slot function). */
export type Wrapper = (self: PyValue, argv: PyValue[], base: number, nargs: number, kwnames: string[] | null, fn: Function) => PyValue;

export interface Slotdef {
  readonly name: string;
  readonly slot: SlotName;
  /** The slot function of a class that defines the dunder in Python; null where CPython leaves the slot empty. */
  readonly heap: Function | null;
  /** Null for dunders that have no slot wrapper (__getattr__, __del__). */
  readonly wrapper: Wrapper | null;
  /** The slot wrapper's docstring, with its signature line. */
  readonly doc: string;
  /** Whether the wrapper takes keyword arguments (__call__, __init__). */
  readonly keywords: boolean;
}

// ---- checking a slot wrapper's arguments ----

function checkNumArgs(nargs: number, n: number): void {
  if (nargs !== n) raise('TypeError', `expected ${n} argument${n === 1 ? '' : 's'}, got ${nargs}`);
}

/** PyArg_UnpackTuple(args, "", min, max): its messages start with a space. */
function unpackTuple(nargs: number, min: number, max: number): void {
  if (nargs < min) raise('TypeError', ` expected ${min === max ? '' : 'at least '}${min} argument${min === 1 ? '' : 's'}, got ${nargs}`);
  if (nargs > max) raise('TypeError', ` expected ${min === max ? '' : 'at most '}${max} argument${max === 1 ? '' : 's'}, got ${nargs}`);
}

function attrName(v: PyValue): string {
  const s = strValueOrUndefined(v);
  if (s === undefined) raise('TypeError', `attribute name must be string, not '${typeOf(v).name}'`);
  return s;
}

/** The index a sequence slot wrapper passes on: negative ones count from the end (wrap_sq_item's getindex). */
function sequenceIndex(self: PyValue, v: PyValue): number {
  let i = abs.asSsize(v, 'OverflowError');
  if (i < 0) {
    const len = typeOf(self).sq_length;
    if (len !== null) i += len(self);
  }
  return i;
}

const W = {
  unary: ((self, _a, _b, n, _k, fn) => (checkNumArgs(n, 0), fn(self))) as Wrapper,
  binary: ((self, a, b, n, _k, fn) => (checkNumArgs(n, 1), fn(self, a[b]))) as Wrapper,
  // The number slots' own wrapper (wrap_binaryfunc_l): the same call, but told apart from sq_concat's
  // when a class decides whether it can inherit a builtin slot function unchanged.
  binaryL: ((self, a, b, n, _k, fn) => (checkNumArgs(n, 1), fn(self, a[b]))) as Wrapper,
  binaryR: ((self, a, b, n, _k, fn) => (checkNumArgs(n, 1), fn(a[b], self))) as Wrapper,
  ternary: ((self, a, b, n, _k, fn) => (unpackTuple(n, 1, 2), fn(self, a[b], n > 1 ? a[b + 1] : null))) as Wrapper,
  ternaryR: ((self, a, b, n, _k, fn) => (unpackTuple(n, 1, 2), fn(a[b], self, n > 1 ? a[b + 1] : null))) as Wrapper,
  inquiry: ((self, _a, _b, n, _k, fn) => (checkNumArgs(n, 0), fn(self))) as Wrapper,
  len: ((self, _a, _b, n, _k, fn) => (checkNumArgs(n, 0), fn(self))) as Wrapper,
  hash: ((self, _a, _b, n, _k, fn) => (checkNumArgs(n, 0), fn(self))) as Wrapper,
  indexArg: ((self, a, b, n, _k, fn) => (checkNumArgs(n, 1), fn(self, abs.asSsize(a[b], 'OverflowError')))) as Wrapper,
  sqItem: ((self, a, b, n, _k, fn) => (checkNumArgs(n, 1), fn(self, sequenceIndex(self, a[b])))) as Wrapper,
  sqSetItem: ((self, a, b, n, _k, fn) => (checkNumArgs(n, 2), fn(self, sequenceIndex(self, a[b]), a[b + 1]), null)) as Wrapper,
  sqDelItem: ((self, a, b, n, _k, fn) => (checkNumArgs(n, 1), fn(self, sequenceIndex(self, a[b]), undefined), null)) as Wrapper,
  contains: ((self, a, b, n, _k, fn) => (checkNumArgs(n, 1), fn(self, a[b]))) as Wrapper,
  setItem: ((self, a, b, n, _k, fn) => (checkNumArgs(n, 2), fn(self, a[b], a[b + 1]), null)) as Wrapper,
  delItem: ((self, a, b, n, _k, fn) => (checkNumArgs(n, 1), fn(self, a[b], undefined), null)) as Wrapper,
  getattr: ((self, a, b, n, _k, fn) => (checkNumArgs(n, 1), fn(self, attrName(a[b])))) as Wrapper,
  setattr: ((self, a, b, n, _k, fn) => {
    unpackTuple(n, 2, 2);
    const name = attrName(a[b]);
    hackcheck(self, fn, '__setattr__');
    fn(self, name, a[b + 1]);
    return null;
  }) as Wrapper,
  delattr: ((self, a, b, n, _k, fn) => {
    checkNumArgs(n, 1);
    const name = attrName(a[b]);
    hackcheck(self, fn, '__delattr__');
    fn(self, name, undefined);
    return null;
  }) as Wrapper,
  call: ((self, a, b, n, k, fn) => fn(self, a, b, n, k)) as Wrapper,
  next: ((self, _a, _b, n, _k, fn) => {
    checkNumArgs(n, 0);
    const v = fn(self);
    if (v === undefined) throw newException('StopIteration');
    return v;
  }) as Wrapper,
  descrGet: ((self, a, b, n, _k, fn) => {
    unpackTuple(n, 1, 2);
    const obj = a[b] === null ? undefined : a[b];
    const type = n < 2 || a[b + 1] === null ? undefined : a[b + 1];
    if (obj === undefined && type === undefined) raise('TypeError', '__get__(None, None) is invalid');
    return fn(self, obj, type);
  }) as Wrapper,
  descrSet: ((self, a, b, n, _k, fn) => (checkNumArgs(n, 2), fn(self, a[b], a[b + 1]), null)) as Wrapper,
  descrDelete: ((self, a, b, n, _k, fn) => (checkNumArgs(n, 1), fn(self, a[b], undefined), null)) as Wrapper,
  init: ((self, a, b, n, k, fn) => (fn(self, a, b, n, k), null)) as Wrapper,
  richcmp: (op: number): Wrapper => (self, a, b, n, _k, fn) => (checkNumArgs(n, 1), fn(self, a[b], op)),
};

/**
 * object.__setattr__ applied to an object whose type overrides setattr at the C level in another
 * way (CPython's hackcheck): refuses, for example, object.__setattr__(int, 'x', 1).
 */
function hackcheck(self: PyValue, fn: Function, what: string): void {
  let t: PyType | null = typeOf(self);
  while (t !== null && t.heap) t = t.base;
  if (t !== null && t.tp_setattro !== fn) {
    raise('TypeError', `can't apply this ${what} to ${t.name} object`);
  }
}

// ---- the slot functions of classes that define dunders in Python ----

/** Looks a special method up on type(self) and calls it; undefined when the type lacks it. */
function callMaybe(self: PyValue, name: string, args: PyValue[]): PyValue {
  const t = typeOf(self);
  const found = t.lookup(name);
  if (found === undefined) return undefined;
  const argv = [self, ...args];
  return callFound(found, self, t, argv, 0, argv.length, null);
}

/** Calls a special method that the type must have (its slot was filled because of it). */
function callRequired(self: PyValue, name: string, args: PyValue[]): PyValue {
  const r = callMaybe(self, name, args);
  if (r === undefined) raise('AttributeError', name);
  return r;
}

function slot_tp_repr(self: PyValue): PyValue {
  return callRequired(self, '__repr__', []);
}
function slot_tp_str(self: PyValue): PyValue {
  return callRequired(self, '__str__', []);
}
function slot_tp_hash(self: PyValue): number | bigint {
  const t = typeOf(self);
  const found = t.lookup('__hash__');
  if (found === null || found === undefined) raise('TypeError', `unhashable type: '${t.name}'`);
  const r = callFound(found, self, t, [self], 0, 1, null);
  return abs.hashResult(r);
}
function slot_tp_call(self: PyValue, argv: PyValue[], base: number, nargs: number, kwnames: string[] | null): PyValue {
  const t = typeOf(self);
  const found = t.lookup('__call__');
  if (found === undefined) raise('TypeError', `'${t.name}' object is not callable`);
  const args = [self];
  for (let i = 0; i < nargs + (kwnames === null ? 0 : kwnames.length); i++) args.push(argv[base + i]);
  return callFound(found, self, t, args, 0, nargs + 1, kwnames);
}
/** __getattribute__, then __getattr__ when it raises AttributeError. */
function slot_tp_getattr_hook(self: PyValue, name: string): PyValue {
  const t = typeOf(self);
  const getattr = t.lookup('__getattr__');
  const getattribute = t.lookup('__getattribute__');
  if (getattribute instanceof PyWrapperDescr && getattribute.wrapped === abs.genericGetAttr) {
    // The usual case: object's lookup, without making the AttributeError __getattr__ would swallow.
    const r = abs.genericGetAttrOrUndefined(self, name);
    if (r !== undefined) return r;
    if (getattr === undefined) return abs.genericGetAttr(self, name);
    return callFound(getattr, self, t, [self, name], 0, 2, null);
  }
  try {
    return callFound(getattribute, self, t, [self, name], 0, 2, null);
  } catch (e) {
    if (getattr === undefined || !isInstanceOfException(e, exceptionType('AttributeError'))) throw e;
    return callFound(getattr, self, t, [self, name], 0, 2, null);
  }
}
function slot_tp_setattro(self: PyValue, name: string, value: PyValue): void {
  if (value === undefined) callRequired(self, '__delattr__', [name]);
  else callRequired(self, '__setattr__', [name, value]);
}
const RICHCMP_NAMES = ['__lt__', '__le__', '__eq__', '__ne__', '__gt__', '__ge__'];
function slot_tp_richcompare(self: PyValue, other: PyValue, op: number): PyValue {
  const r = callMaybe(self, RICHCMP_NAMES[op], [other]);
  return r === undefined ? NotImplemented : r;
}
function slot_tp_iter(self: PyValue): PyValue {
  const t = typeOf(self);
  const found = t.lookup('__iter__');
  if (found === null) raise('TypeError', `'${t.name}' object is not iterable`);
  if (found === undefined) return abs.sequenceIterator(self);
  return callFound(found, self, t, [self], 0, 1, null);
}
function slot_tp_iternext(self: PyValue): PyValue {
  try {
    return callRequired(self, '__next__', []);
  } catch (e) {
    if (isInstanceOfException(e, exceptionType('StopIteration'))) {
      // The value of a StopIteration matters where an iterator drives `yield from` or `await`.
      abs.setStopValue(e.args.items.length > 0 ? e.args.items[0] : null);
      return undefined;
    }
    throw e;
  }
}
function slot_tp_descr_get(self: PyValue, obj: PyValue, type: PyValue): PyValue {
  return callRequired(self, '__get__', [obj === undefined ? null : obj, type === undefined ? null : type]);
}
function slot_tp_descr_set(self: PyValue, obj: PyValue, value: PyValue): void {
  if (value === undefined) callRequired(self, '__delete__', [obj]);
  else callRequired(self, '__set__', [obj, value]);
}
function slot_tp_init(self: PyValue, argv: PyValue[], base: number, nargs: number, kwnames: string[] | null): void {
  const t = typeOf(self);
  const found = t.lookup('__init__');
  const args = [self];
  for (let i = 0; i < nargs + (kwnames === null ? 0 : kwnames.length); i++) args.push(argv[base + i]);
  const r = callFound(found, self, t, args, 0, nargs + 1, kwnames);
  if (r !== null) raise('TypeError', `__init__() should return None, not '${typeOf(r).name}'`);
}
function slot_tp_new(type: PyType, argv: PyValue[], base: number, nargs: number, kwnames: string[] | null): PyValue {
  const found = abs.getAttr(type, '__new__');
  const args: PyValue[] = [type];
  for (let i = 0; i < nargs + (kwnames === null ? 0 : kwnames.length); i++) args.push(argv[base + i]);
  return abs.vectorcall(found, args, 0, nargs + 1, kwnames);
}
function slot_am_await(self: PyValue): PyValue {
  return callRequired(self, '__await__', []);
}
function slot_am_aiter(self: PyValue): PyValue {
  return callRequired(self, '__aiter__', []);
}
function slot_am_anext(self: PyValue): PyValue {
  return callRequired(self, '__anext__', []);
}

type SlotAccess = (t: PyType) => Function | null;

/**
 * A binary number slot for heap types (SLOT1BINFULL): tries self's __op__ and other's __rop__ in
 * the order the operands' types call for.
 */
function binaryFull(op: string, rop: string, slotOf: SlotAccess, slotFn?: () => Function): (a: PyValue, b: PyValue) => PyValue {
  const fn = (self: PyValue, other: PyValue): PyValue => {
    // The function a type's slot holds when it is this one (for __pow__, the ternary slot wrapping it).
    const mine = slotFn === undefined ? fn : slotFn();
    const st = typeOf(self);
    const ot = typeOf(other);
    let doOther = st !== ot && slotOf(ot) === mine;
    if (slotOf(st) === mine) {
      if (doOther && ot.isSubtypeOf(st) && methodIsOverloaded(st, ot, rop)) {
        const r = callMaybe(other, rop, [self]);
        if (r !== undefined && r !== NotImplemented) return r;
        doOther = false;
      }
      const r = callMaybe(self, op, [other]);
      if ((r !== undefined && r !== NotImplemented) || st === ot) return r === undefined ? NotImplemented : r;
    }
    if (doOther) {
      const r = callMaybe(other, rop, [self]);
      return r === undefined ? NotImplemented : r;
    }
    return NotImplemented;
  };
  return fn;
}

/** Whether the subclass's __rop__ differs from the one it inherits from the other operand's type. */
function methodIsOverloaded(left: PyType, right: PyType, name: string): boolean {
  const b = right.lookup(name);
  if (b === undefined) return false;
  const a = left.lookup(name);
  if (a === undefined) return true;
  return a !== b;
}

/** slot_nb_power: a three-argument pow() calls only self's __pow__. */
function powerSlot(binary: (a: PyValue, b: PyValue) => PyValue): (a: PyValue, b: PyValue, c: PyValue) => PyValue {
  return (self, other, mod) => {
    if (mod === null) return binary(self, other);
    if (typeOf(self).nb_power === slot_nb_power) {
      const r = callMaybe(self, '__pow__', [other, mod]);
      return r === undefined ? NotImplemented : r;
    }
    return NotImplemented;
  };
}
const slot_nb_power_binary = binaryFull('__pow__', '__rpow__', (t) => t.nb_power, () => slot_nb_power);
const slot_nb_power = powerSlot(slot_nb_power_binary);

function unarySlot(name: string): (self: PyValue) => PyValue {
  return (self) => callRequired(self, name, []);
}

/** An in-place slot (SLOT1): self's __iop__, or NotImplemented. */
function inplaceSlot(name: string): (a: PyValue, b: PyValue) => PyValue {
  return (self, other) => {
    const r = callMaybe(self, name, [other]);
    return r === undefined ? NotImplemented : r;
  };
}
function slot_nb_inplace_power(self: PyValue, other: PyValue, _mod: PyValue): PyValue {
  const r = callMaybe(self, '__ipow__', [other]);
  return r === undefined ? NotImplemented : r;
}

function slot_nb_bool(self: PyValue): boolean {
  const t = typeOf(self);
  let found = t.lookup('__bool__');
  let usingLen = false;
  if (found === undefined) {
    found = t.lookup('__len__');
    usingLen = true;
    if (found === undefined) return true;
  }
  const r = callFound(found, self, t, [self], 0, 1, null);
  if (usingLen) return abs.lengthResult(r) !== 0;
  if (typeof r !== 'boolean') raise('TypeError', `__bool__ should return bool, returned ${typeOf(r).name}`);
  return r;
}
function slot_nb_index(self: PyValue): PyValue {
  return callRequired(self, '__index__', []);
}
function slot_nb_int(self: PyValue): PyValue {
  return callRequired(self, '__int__', []);
}
function slot_nb_float(self: PyValue): PyValue {
  return callRequired(self, '__float__', []);
}
function slot_length(self: PyValue): number {
  return abs.lengthResult(callRequired(self, '__len__', []));
}
function slot_mp_subscript(self: PyValue, key: PyValue): PyValue {
  return callRequired(self, '__getitem__', [key]);
}
function slot_mp_ass_subscript(self: PyValue, key: PyValue, value: PyValue): void {
  if (value === undefined) callRequired(self, '__delitem__', [key]);
  else callRequired(self, '__setitem__', [key, value]);
}
function slot_sq_item(self: PyValue, i: number): PyValue {
  return callRequired(self, '__getitem__', [i]);
}
function slot_sq_ass_item(self: PyValue, i: number, value: PyValue): void {
  if (value === undefined) callRequired(self, '__delitem__', [i]);
  else callRequired(self, '__setitem__', [i, value]);
}
function slot_sq_contains(self: PyValue, value: PyValue): boolean {
  const t = typeOf(self);
  const found = t.lookup('__contains__');
  if (found === null) raise('TypeError', `'${t.name}' object is not a container`);
  if (found === undefined) return abs.iterSearchContains(self, value);
  return abs.isTrue(callFound(found, self, t, [self, value], 0, 2, null));
}

// ---- the table ----

const defs: Slotdef[] = [];

function def(name: string, slot: SlotName, heap: Function | null, wrapper: Wrapper | null, doc: string, keywords = false): void {
  defs.push({ name, slot, heap, wrapper, doc, keywords });
}

function binary(name: string, rname: string, slot: SlotName, sym: string, access: SlotAccess): void {
  const heap = binaryFull(name, rname, access);
  def(name, slot, heap, W.binaryL, `${name}($self, value, /)\n--\n\nReturn self${sym}value.`);
  def(rname, slot, heap, W.binaryR, `${rname}($self, value, /)\n--\n\nReturn value${sym}self.`);
}

function inplace(name: string, slot: SlotName, sym: string): void {
  def(name, slot, inplaceSlot(name), W.binary, `${name}($self, value, /)\n--\n\nReturn self${sym}=value.`);
}

function unary(name: string, slot: SlotName, wrapper: Wrapper, doc: string, heap: Function = unarySlot(name)): void {
  def(name, slot, heap, wrapper, `${name}($self, /)\n--\n\n${doc}`);
}

def('__getattribute__', 'tp_getattro', slot_tp_getattr_hook, W.getattr, '__getattribute__($self, name, /)\n--\n\nReturn getattr(self, name).');
def('__getattr__', 'tp_getattro', slot_tp_getattr_hook, null, '');
def('__setattr__', 'tp_setattro', slot_tp_setattro, W.setattr, '__setattr__($self, name, value, /)\n--\n\nImplement setattr(self, name, value).');
def('__delattr__', 'tp_setattro', slot_tp_setattro, W.delattr, '__delattr__($self, name, /)\n--\n\nImplement delattr(self, name).');
def('__repr__', 'tp_repr', slot_tp_repr, W.unary, '__repr__($self, /)\n--\n\nReturn repr(self).');
def('__hash__', 'tp_hash', slot_tp_hash, W.hash, '__hash__($self, /)\n--\n\nReturn hash(self).');
def('__call__', 'tp_call', slot_tp_call, W.call, '__call__($self, /, *args, **kwargs)\n--\n\nCall self as a function.', true);
def('__str__', 'tp_str', slot_tp_str, W.unary, '__str__($self, /)\n--\n\nReturn str(self).');
['<', '<=', '==', '!=', '>', '>='].forEach((sym, op) => {
  def(RICHCMP_NAMES[op], 'tp_richcompare', slot_tp_richcompare, W.richcmp(op), `${RICHCMP_NAMES[op]}($self, value, /)\n--\n\nReturn self${sym}value.`);
});
def('__iter__', 'tp_iter', slot_tp_iter, W.unary, '__iter__($self, /)\n--\n\nImplement iter(self).');
def('__next__', 'tp_iternext', slot_tp_iternext, W.next, '__next__($self, /)\n--\n\nImplement next(self).');
def('__get__', 'tp_descr_get', slot_tp_descr_get, W.descrGet, '__get__($self, instance, owner=None, /)\n--\n\nReturn an attribute of instance, which is of type owner.');
def('__set__', 'tp_descr_set', slot_tp_descr_set, W.descrSet, '__set__($self, instance, value, /)\n--\n\nSet an attribute of instance to value.');
def('__delete__', 'tp_descr_set', slot_tp_descr_set, W.descrDelete, '__delete__($self, instance, /)\n--\n\nDelete an attribute of instance.');
def('__init__', 'tp_init', slot_tp_init, W.init, '__init__($self, /, *args, **kwargs)\n--\n\nInitialize self.  See help(type(self)) for accurate signature.', true);
def('__new__', 'tp_new', slot_tp_new, null, '__new__(type, /, *args, **kwargs)\n--\n\nCreate and return new object.  See help(type) for accurate signature.');
def('__await__', 'am_await', slot_am_await, W.unary, '__await__($self, /)\n--\n\nReturn an iterator to be used in await expression.');
def('__aiter__', 'am_aiter', slot_am_aiter, W.unary, '__aiter__($self, /)\n--\n\nReturn an awaitable, that resolves in asynchronous iterator.');
def('__anext__', 'am_anext', slot_am_anext, W.unary, '__anext__($self, /)\n--\n\nReturn a value or raise StopAsyncIteration.');
binary('__add__', '__radd__', 'nb_add', '+', (t) => t.nb_add);
binary('__sub__', '__rsub__', 'nb_subtract', '-', (t) => t.nb_subtract);
binary('__mul__', '__rmul__', 'nb_multiply', '*', (t) => t.nb_multiply);
binary('__mod__', '__rmod__', 'nb_remainder', '%', (t) => t.nb_remainder);
{
  const heap = binaryFull('__divmod__', '__rdivmod__', (t) => t.nb_divmod);
  def('__divmod__', 'nb_divmod', heap, W.binaryL, '__divmod__($self, value, /)\n--\n\nReturn divmod(self, value).');
  def('__rdivmod__', 'nb_divmod', heap, W.binaryR, '__rdivmod__($self, value, /)\n--\n\nReturn divmod(value, self).');
}
def('__pow__', 'nb_power', slot_nb_power, W.ternary, '__pow__($self, value, mod=None, /)\n--\n\nReturn pow(self, value, mod).');
def('__rpow__', 'nb_power', slot_nb_power, W.ternaryR, '__rpow__($self, value, mod=None, /)\n--\n\nReturn pow(value, self, mod).');
unary('__neg__', 'nb_negative', W.unary, '-self');
unary('__pos__', 'nb_positive', W.unary, '+self');
unary('__abs__', 'nb_absolute', W.unary, 'abs(self)');
unary('__bool__', 'nb_bool', W.inquiry, 'True if self else False', slot_nb_bool);
unary('__invert__', 'nb_invert', W.unary, '~self');
binary('__lshift__', '__rlshift__', 'nb_lshift', '<<', (t) => t.nb_lshift);
binary('__rshift__', '__rrshift__', 'nb_rshift', '>>', (t) => t.nb_rshift);
binary('__and__', '__rand__', 'nb_and', '&', (t) => t.nb_and);
binary('__xor__', '__rxor__', 'nb_xor', '^', (t) => t.nb_xor);
binary('__or__', '__ror__', 'nb_or', '|', (t) => t.nb_or);
unary('__int__', 'nb_int', W.unary, 'int(self)', slot_nb_int);
unary('__float__', 'nb_float', W.unary, 'float(self)', slot_nb_float);
inplace('__iadd__', 'nb_inplace_add', '+');
inplace('__isub__', 'nb_inplace_subtract', '-');
inplace('__imul__', 'nb_inplace_multiply', '*');
inplace('__imod__', 'nb_inplace_remainder', '%');
def('__ipow__', 'nb_inplace_power', slot_nb_inplace_power, W.ternary, '__ipow__($self, value, /)\n--\n\nReturn self**=value.');
inplace('__ilshift__', 'nb_inplace_lshift', '<<');
inplace('__irshift__', 'nb_inplace_rshift', '>>');
inplace('__iand__', 'nb_inplace_and', '&');
inplace('__ixor__', 'nb_inplace_xor', '^');
inplace('__ior__', 'nb_inplace_or', '|');
binary('__floordiv__', '__rfloordiv__', 'nb_floor_divide', '//', (t) => t.nb_floor_divide);
binary('__truediv__', '__rtruediv__', 'nb_true_divide', '/', (t) => t.nb_true_divide);
inplace('__ifloordiv__', 'nb_inplace_floor_divide', '//');
inplace('__itruediv__', 'nb_inplace_true_divide', '/');
def(
  '__index__',
  'nb_index',
  slot_nb_index,
  W.unary,
  '__index__($self, /)\n--\n\nReturn self converted to an integer, if self is suitable for use as an index into a list.',
);
binary('__matmul__', '__rmatmul__', 'nb_matrix_multiply', '@', (t) => t.nb_matrix_multiply);
inplace('__imatmul__', 'nb_inplace_matrix_multiply', '@');
def('__len__', 'mp_length', slot_length, W.len, '__len__($self, /)\n--\n\nReturn len(self).');
def('__getitem__', 'mp_subscript', slot_mp_subscript, W.binary, '__getitem__($self, key, /)\n--\n\nReturn self[key].');
def('__setitem__', 'mp_ass_subscript', slot_mp_ass_subscript, W.setItem, '__setitem__($self, key, value, /)\n--\n\nSet self[key] to value.');
def('__delitem__', 'mp_ass_subscript', slot_mp_ass_subscript, W.delItem, '__delitem__($self, key, /)\n--\n\nDelete self[key].');
def('__len__', 'sq_length', slot_length, W.len, '__len__($self, /)\n--\n\nReturn len(self).');
// Heap types leave sq_concat and sq_repeat empty: the abstract layer falls back to nb_add and nb_multiply.
def('__add__', 'sq_concat', null, W.binary, '__add__($self, value, /)\n--\n\nReturn self+value.');
def('__mul__', 'sq_repeat', null, W.indexArg, '__mul__($self, value, /)\n--\n\nReturn self*value.');
def('__rmul__', 'sq_repeat', null, W.indexArg, '__rmul__($self, value, /)\n--\n\nReturn value*self.');
def('__getitem__', 'sq_item', slot_sq_item, W.sqItem, '__getitem__($self, key, /)\n--\n\nReturn self[key].');
def('__setitem__', 'sq_ass_item', slot_sq_ass_item, W.sqSetItem, '__setitem__($self, key, value, /)\n--\n\nSet self[key] to value.');
def('__delitem__', 'sq_ass_item', slot_sq_ass_item, W.sqDelItem, '__delitem__($self, key, /)\n--\n\nDelete self[key].');
def('__contains__', 'sq_contains', slot_sq_contains, W.contains, '__contains__($self, key, /)\n--\n\nReturn key in self.');
def('__iadd__', 'sq_inplace_concat', null, W.binary, '__iadd__($self, value, /)\n--\n\nImplement self+=value.');
def('__imul__', 'sq_inplace_repeat', null, W.indexArg, '__imul__($self, value, /)\n--\n\nImplement self*=value.');

/** Every slotdef, in CPython's order (the order slot wrappers appear in a builtin type's __dict__). */
export const slotdefs: readonly Slotdef[] = defs;

/** The dunder names that have slots, for knowing which class attributes to watch. */
export const slotNames: ReadonlySet<string> = new Set(defs.map((d) => d.name));

/** The value that makes a type unhashable: __hash__ = None (PyObject_HashNotImplemented). */
export function hashNotImplemented(v: PyValue): never {
  raise('TypeError', `unhashable type: '${typeOf(v).name}'`);
}

/**
 * Sets the slots of a heap type from its dunders, for every slotdef whose name is in `names` (or
 * all), and the same in subclasses that do not override them (update_slot / fixup_slot_dispatchers).
 */
export function updateSlots(type: PyType, names?: ReadonlySet<string>): void {
  const slots = new Set<SlotName>();
  for (const d of defs) if (names === undefined || names.has(d.name)) slots.add(d.slot);
  for (const slot of slots) updateOneSlot(type, slot);
  if (names !== undefined) {
    for (const sub of type.subclasses()) {
      if (sub.heap) updateSlots(sub, names);
    }
  }
}

function updateOneSlot(type: PyType, slot: SlotName): void {
  let generic: Function | null = null;
  let specific: Function | null = null;
  let useGeneric = false;
  for (const d of defs) {
    if (d.slot !== slot) continue;
    const descr = type.lookup(d.name);
    if (descr === undefined) {
      if (slot === 'tp_iternext') specific = abs.nextNotImplemented;
      continue;
    }
    if (descr instanceof PyWrapperDescr && descr.slotdef.name === d.name) {
      generic = d.heap;
      if ((specific === null || specific === descr.wrapped) && descr.slotdef.wrapper === d.wrapper && type.isSubtypeOf(descr.objclass)) {
        specific = descr.wrapped;
      } else {
        useGeneric = true;
      }
    } else if (slot === 'tp_new' && descr instanceof PyBuiltinFunction && descr.name === '__new__' && descr.self instanceof PyType && !descr.self.heap) {
      // A builtin __new__: keep the inherited tp_new rather than calling __new__ through the dict.
      specific = type.tp_new;
    } else if (descr === null && slot === 'tp_hash') {
      specific = hashNotImplemented;
    } else {
      useGeneric = true;
      generic = d.heap;
    }
  }
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  (type as any)[slot] = specific !== null && !useGeneric ? specific : generic;
}

/** The __init__ slot of classes that define __init__ in Python: the interpreter runs those inline. */
export const slotInitFunction = slot_tp_init;

