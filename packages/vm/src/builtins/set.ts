// set and frozenset (Objects/setobject.c) on CPython's set table (SetTable from
// @pyc-ts/bytecode), so that they iterate, print and pop in CPython's order.
// The operations mirror setobject.c's choice of which operand to walk and
// which table to fill, since that choice decides the result's order.

import { SetTable, hashFrozenset } from '@pyc-ts/bytecode';
import { PyObject, typeOf, TPFLAGS_BASETYPE, TPFLAGS_MATCH_SELF, type PyType, type PyValue } from '../objects/object.js';
import { defineType, type MethodDef } from '../objects/typedef.js';
import { exceptionType, isInstanceOfException, newException, raise } from '../objects/errors.js';
import { interp } from '../objects/state.js';
import { NotImplemented } from '../objects/singletons.js';
import { hashNotImplemented } from '../objects/slotdefs.js';
import * as abs from '../objects/abstract.js';
import { PyDict } from './dict.js';
import { PyTuple } from './tuple.js';
import { PyList } from './list.js';
import { initInstanceExtras } from './object.js';
import { reprGuarded } from './sequence.js';
import { genericAlias } from './genericalias.js';

const keysEqual = (stored: PyValue, key: PyValue): boolean => abs.eq(stored, key);

export class PySet extends PyObject {
  readonly table = new SetTable<PyValue>(keysEqual);

  constructor(type: PyType) {
    super(type);
  }

  get size(): number {
    return this.table.used;
  }

  has(v: PyValue): boolean {
    return this.table.has(v, abs.hash(v));
  }

  add(v: PyValue): void {
    this.table.add(v, abs.hash(v));
  }

  /** Removes `v`; true if it was present. */
  discard(v: PyValue): boolean {
    return this.table.discard(v, abs.hash(v));
  }

  items(): PyValue[] {
    return this.table.keys();
  }

  /** set_update_internal: sets merge table to table, dicts presize, anything else is iterated. */
  update(source: PyValue): void {
    if (source instanceof PySet) {
      this.table.merge(source.table);
    } else if (source instanceof PyDict) {
      this.table.reserve(source.size);
      for (const e of source.entries()) this.add(e.key);
    } else {
      abs.forEach(source, (v) => this.add(v));
    }
  }

  /** A new set of the given type holding this one's items (set_copy). */
  copyAs(type: PyType): PySet {
    const out = new PySet(type);
    out.table.merge(this.table);
    return out;
  }
}

/** A set (or frozenset) holding the items of an iterable, added in order. */
export function newSet(items: Iterable<PyValue> = [], frozen = false): PySet {
  const s = new PySet(frozen ? frozensetType : setType);
  for (const v of items) s.add(v);
  return s;
}

/** set(iterable) / frozenset(iterable). */
export function setFrom(source: PyValue, type: PyType): PySet {
  const out = new PySet(type);
  out.update(source);
  return out;
}

function isSet(v: PyValue): v is PySet {
  return v instanceof PySet;
}

/** The type set operations return for a set: frozenset for frozensets, else set (subclasses give their base). */
function resultType(s: PySet): PyType {
  return s.type.isSubtypeOf(frozensetType) ? frozensetType : setType;
}

/** set_intersection: walks the smaller operand when both are sets, else the iterable. */
function intersection(a: PySet, other: PyValue): PySet {
  if (a === other) return a.copyAs(resultType(a));
  const out = new PySet(resultType(a));
  if (other instanceof PySet) {
    const [walk, probe] = other.size > a.size ? [a, other] : [other, a];
    walk.table.forEach((k, h) => {
      if (probe.table.has(k, h)) out.table.add(k, h);
    });
    return out;
  }
  abs.forEach(other, (k) => {
    const h = abs.hash(k);
    if (a.table.has(k, h)) out.table.add(k, h);
  });
  return out;
}

/** set_difference_update_internal: removes `other`'s items from `a` in place. */
function differenceUpdate(a: PySet, other: PyValue): void {
  if (a === other) {
    a.table.clear();
    return;
  }
  if (other instanceof PySet) {
    const walk = other.size >> 3 > a.size ? intersection(a, other) : other;
    walk.table.forEach((k, h) => a.table.discard(k, h));
  } else {
    abs.forEach(other, (k) => a.discard(k));
  }
  a.table.compactIfSparse();
}

/** set_difference: copies and removes when `a` is much larger, else keeps what `other` lacks. */
function difference(a: PySet, other: PyValue): PySet {
  const otherSize = other instanceof PySet || other instanceof PyDict ? other.size : -1;
  if (otherSize < 0 || a.size >> 2 > otherSize) {
    const out = a.copyAs(resultType(a));
    differenceUpdate(out, other);
    return out;
  }
  const out = new PySet(resultType(a));
  a.table.forEach((k, h) => {
    const present = other instanceof PySet ? other.table.has(k, h) : (other as PyDict).has(k);
    if (!present) out.table.add(k, h);
  });
  return out;
}

/** set_symmetric_difference_update: toggles each of `other`'s items in `a`. */
function symmetricDifferenceUpdate(a: PySet, other: PyValue): void {
  if (a === other) {
    a.table.clear();
    return;
  }
  if (other instanceof PyDict) {
    for (const e of other.entries()) if (!a.discard(e.key)) a.add(e.key);
    return;
  }
  const walk = other instanceof PySet ? other : setFrom(other, setType);
  walk.table.forEach((k, h) => {
    if (!a.table.discard(k, h)) a.table.add(k, h);
  });
}

function symmetricDifference(a: PySet, other: PyValue): PySet {
  const out = setFrom(other, resultType(a));
  symmetricDifferenceUpdate(out, a);
  return out;
}

function union(a: PySet, other: PyValue): PySet {
  const out = a.copyAs(resultType(a));
  if (other !== a) out.update(other);
  return out;
}

function isSubset(a: PySet, b: PySet): boolean {
  if (a.size > b.size) return false;
  let all = true;
  a.table.forEach((k, h) => {
    if (all && !b.table.has(k, h)) all = false;
  });
  return all;
}

function setRepr(self: PyValue): string {
  const s = self as PySet;
  const t = s.type;
  const name = t === setType ? '' : t === frozensetType ? 'frozenset' : t.name;
  if (s.size === 0) return `${t === setType ? 'set' : t.name}()`;
  return reprGuarded(s, `${t.name}(...)`, () => {
    const inner = '{' + s.items().map(abs.repr).join(', ') + '}';
    return name === '' ? inner : `${name}(${inner})`;
  });
}

function setRichcompare(a: PyValue, b: PyValue, op: number): PyValue {
  if (!isSet(b)) return NotImplemented;
  const x = a as PySet;
  switch (op) {
    case abs.EQ:
      return x.size === b.size && isSubset(x, b);
    case abs.NE:
      return !(x.size === b.size && isSubset(x, b));
    case abs.LT:
      return x.size < b.size && isSubset(x, b);
    case abs.LE:
      return isSubset(x, b);
    case abs.GT:
      return x.size > b.size && isSubset(b, x);
    default:
      return isSubset(b, x);
  }
}

function frozensetHash(self: PyValue): number | bigint {
  const hashes: (number | bigint)[] = [];
  (self as PySet).table.forEach((_, h) => hashes.push(h));
  return hashFrozenset(hashes);
}

/** The binary set operators: only set operands. */
function binary(f: (a: PySet, b: PySet) => PySet) {
  return (a: PyValue, b: PyValue): PyValue => (isSet(a) && isSet(b) ? f(a, b) : NotImplemented);
}

function inplace(f: (a: PySet, b: PySet) => void) {
  return (a: PyValue, b: PyValue): PyValue => {
    if (!isSet(b)) return NotImplemented;
    f(a as PySet, b);
    return a;
  };
}

/** x in s: a set that is not hashable is looked up as a frozenset (set_contains). */
function contains(self: PyValue, v: PyValue): boolean {
  const s = self as PySet;
  try {
    return s.has(v);
  } catch (e) {
    if (v instanceof PySet && isInstanceOfException(e, exceptionType('TypeError'))) {
      return s.table.has(v, frozensetHash(v));
    }
    throw e;
  }
}

function removeKey(self: PySet, v: PyValue): void {
  let found: boolean;
  try {
    found = self.discard(v);
  } catch (e) {
    if (v instanceof PySet && isInstanceOfException(e, exceptionType('TypeError'))) found = self.table.discard(v, frozensetHash(v));
    else throw e;
  }
  if (!found) throw newException('KeyError', v);
}

function newIterator(self: PyValue): PyValue {
  return new PySetIterator(self as PySet);
}

class PySetIterator extends PyObject {
  readonly items: PyValue[];
  index = 0;
  readonly size: number;
  constructor(readonly set: PySet) {
    super(setIteratorType);
    this.items = set.items();
    this.size = set.size;
  }
}

const setIteratorType: PyType = defineType({
  name: 'set_iterator',
  slots: {
    tp_getattro: abs.genericGetAttr,
    tp_iter: (self) => self,
    tp_iternext: (v) => {
      const it = v as PySetIterator;
      if (it.set.size !== it.size) {
        it.index = it.items.length;
        raise('RuntimeError', 'Set changed size during iteration');
      }
      return it.index < it.items.length ? it.items[it.index++] : undefined;
    },
  },
  methods: {
    '__length_hint__($self, /)': (it: PySetIterator) => Math.max(0, it.items.length - it.index),
    '__reduce__($self, /)': (it: PySetIterator) => new PyTuple([interp().builtins.getStr('iter'), new PyTuple([new PyList(it.items.slice(it.index))])]),
  },
});

/** The methods set and frozenset share; `m` makes a result of the right type. */
function sharedMethods(): Record<string, MethodDef> {
  const varargs = (impl: (...a: PyValue[]) => PyValue): MethodDef => ({ impl, style: 'varargs', textSignature: false });
  const plain = (impl: (...a: PyValue[]) => PyValue): MethodDef => ({ impl, textSignature: false });
  return {
    '__contains__($self, key, /)': plain((self: PySet, v: PyValue) => contains(self, v)),
    'copy($self, /)': plain((self: PySet) => (self.type === frozensetType ? self : self.copyAs(resultType(self)))),
    'difference($self, /, *others)': varargs((self: PySet, others: PyValue[]) => {
      if (others.length === 0) return self.copyAs(resultType(self));
      const out = difference(self, others[0]);
      for (const o of others.slice(1)) differenceUpdate(out, o);
      return out;
    }),
    'intersection($self, /, *others)': varargs((self: PySet, others: PyValue[]) => {
      let out = self.copyAs(resultType(self));
      for (const o of others) out = intersection(out, o);
      return out;
    }),
    'isdisjoint($self, other, /)': plain((self: PySet, other: PyValue) => {
      if (other instanceof PySet) return intersection(self, other).size === 0;
      let disjoint = true;
      abs.forEach(other, (x) => {
        if (disjoint && self.has(x)) disjoint = false;
      });
      return disjoint;
    }),
    'issubset($self, other, /)': plain((self: PySet, other: PyValue) => isSubset(self, other instanceof PySet ? other : setFrom(other, setType))),
    'issuperset($self, other, /)': plain((self: PySet, other: PyValue) => {
      if (other instanceof PySet) return isSubset(other, self);
      let all = true;
      abs.forEach(other, (x) => {
        if (all && !self.has(x)) all = false;
      });
      return all;
    }),
    '__reduce__($self, /)': plain((self: PySet) => {
      const state = self.dict !== undefined && self.dict.size > 0 ? self.dict : null;
      return new PyTuple([typeOf(self), new PyTuple([new PyList(self.items())]), state]);
    }),
    '__sizeof__($self, /)': plain((self: PySet) => 200 + 16 * self.table.keys().length),
    'symmetric_difference($self, other, /)': plain((self: PySet, other: PyValue) => symmetricDifference(self, other)),
    'union($self, /, *others)': varargs((self: PySet, others: PyValue[]) => {
      let out = self.copyAs(resultType(self));
      for (const o of others) if (o !== self) out = union(out, o);
      return out;
    }),
  };
}

function setInit(self: PyValue, argv: PyValue[], base: number, nargs: number, kwnames: string[] | null): void {
  if (kwnames !== null && kwnames.length > 0) raise('TypeError', 'set() takes no keyword arguments');
  if (nargs > 1) raise('TypeError', `set expected at most 1 argument, got ${nargs}`);
  const s = self as PySet;
  s.table.clear();
  if (nargs === 1) s.update(argv[base]);
}

export const setType: PyType = defineType({
  name: 'set',
  flags: TPFLAGS_BASETYPE | TPFLAGS_MATCH_SELF,
  slots: {
    tp_repr: setRepr,
    tp_hash: hashNotImplemented,
    tp_richcompare: setRichcompare,
    tp_iter: newIterator,
    tp_init: setInit,
    tp_new: (type) => {
      const s = new PySet(type);
      return type === setType ? s : initInstanceExtras(s, type);
    },
    nb_subtract: binary(difference),
    nb_and: binary(intersection),
    nb_xor: binary(symmetricDifference),
    nb_or: binary(union),
    nb_inplace_subtract: inplace(differenceUpdate),
    nb_inplace_and: inplace((a, b) => a.table.swap(intersection(a, b).table)),
    nb_inplace_xor: inplace(symmetricDifferenceUpdate),
    nb_inplace_or: inplace((a, b) => a.update(b)),
    sq_length: (self) => (self as PySet).size,
    sq_contains: contains,
  },
  methods: {
    ...sharedMethods(),
    'add($self, object, /)': { impl: (self: PySet, v: PyValue) => (self.add(v), null), textSignature: false },
    'clear($self, /)': { impl: (self: PySet) => (self.table.clear(), null), textSignature: false },
    'discard($self, object, /)': {
      impl: (self: PySet, v: PyValue) => {
        try {
          self.discard(v);
        } catch (e) {
          if (v instanceof PySet && isInstanceOfException(e, exceptionType('TypeError'))) self.table.discard(v, frozensetHash(v));
          else throw e;
        }
        return null;
      },
      textSignature: false,
    },
    'difference_update($self, /, *others)': {
      impl: (self: PySet, others: PyValue[]) => {
        for (const o of others) differenceUpdate(self, o);
        return null;
      },
      style: 'varargs',
      textSignature: false,
    },
    'intersection_update($self, /, *others)': {
      impl: (self: PySet, others: PyValue[]) => {
        let out = self.copyAs(setType);
        for (const o of others) out = intersection(out, o);
        self.table.swap(out.table);
        return null;
      },
      style: 'varargs',
      textSignature: false,
    },
    'pop($self, /)': {
      impl: (self: PySet) => {
        if (self.size === 0) throw newException('KeyError', 'pop from an empty set');
        return self.table.pop();
      },
      textSignature: false,
    },
    'remove($self, object, /)': { impl: (self: PySet, v: PyValue) => (removeKey(self, v), null), textSignature: false },
    'symmetric_difference_update($self, other, /)': {
      impl: (self: PySet, other: PyValue) => (symmetricDifferenceUpdate(self, other), null),
      textSignature: false,
    },
    'update($self, /, *others)': {
      impl: (self: PySet, others: PyValue[]) => {
        for (const o of others) self.update(o);
        return null;
      },
      style: 'varargs',
      textSignature: false,
    },
  },
  classmethods: {
    '__class_getitem__($type, item, /)': { impl: genericAlias, textSignature: false },
  },
});

function frozensetNew(type: PyType, argv: PyValue[], base: number, nargs: number, kwnames: string[] | null): PyValue {
  if (kwnames !== null && kwnames.length > 0) raise('TypeError', 'frozenset() takes no keyword arguments');
  if (nargs > 1) raise('TypeError', `frozenset expected at most 1 argument, got ${nargs}`);
  if (type === frozensetType && nargs === 1 && argv[base] instanceof PySet && argv[base].type === frozensetType) return argv[base];
  const s = new PySet(type);
  if (nargs === 1) s.update(argv[base]);
  return type === frozensetType ? s : initInstanceExtras(s, type);
}

export const frozensetType: PyType = defineType({
  name: 'frozenset',
  flags: TPFLAGS_BASETYPE | TPFLAGS_MATCH_SELF,
  slots: {
    tp_repr: setRepr,
    tp_hash: frozensetHash,
    tp_richcompare: setRichcompare,
    tp_iter: newIterator,
    tp_new: frozensetNew,
    nb_subtract: binary(difference),
    nb_and: binary(intersection),
    nb_xor: binary(symmetricDifference),
    nb_or: binary(union),
    sq_length: (self) => (self as PySet).size,
    sq_contains: contains,
  },
  methods: sharedMethods(),
  classmethods: {
    '__class_getitem__($type, item, /)': { impl: genericAlias, textSignature: false },
  },
});
