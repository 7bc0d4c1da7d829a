// set and frozenset on CPython's set table (SetTable from @pyc-ts/bytecode), so
// that they iterate, print and pop in CPython's order. The operations below
// mirror Objects/setobject.c's choice of which operand to walk and which table
// to fill, since that choice decides the result's order.

import { SetTable, hashFrozenset } from '@pyc-ts/bytecode';
import { PyDict } from './dict.js';
import { PyObject, PyType, objectType, typeType, type PyValue } from './objects.js';
import { pyEq, pyHash } from './protocols.js';
import { activeInterpreter } from './interpreter.js';
import { iterate } from './builtins.js';

export const setType = new PyType('set', objectType, typeType);
export const frozensetType = new PyType('frozenset', objectType, typeType);

const keysEqual = (stored: PyValue, key: PyValue) => pyEq(stored, key);

export class PySet extends PyObject {
  readonly table = new SetTable<PyValue>(keysEqual);

  /** A set of `items` added in order (BUILD_SET, set comprehensions, set(list)). */
  constructor(items: Iterable<PyValue> = [], frozen = false) {
    super(frozen ? frozensetType : setType);
    for (const v of items) this.add(v);
  }

  get frozen(): boolean {
    return this.type === frozensetType;
  }

  get size(): number {
    return this.table.used;
  }

  has(v: PyValue): boolean {
    return this.table.has(v, pyHash(v));
  }

  add(v: PyValue): void {
    this.table.add(v, pyHash(v));
  }

  /** Removes `v`; true if it was present. */
  discard(v: PyValue): boolean {
    return this.table.discard(v, pyHash(v));
  }

  items(): PyValue[] {
    return this.table.keys();
  }

  /** hash(frozenset). */
  hash(): number | bigint {
    const hashes: (number | bigint)[] = [];
    this.table.forEach((_, h) => hashes.push(h));
    return hashFrozenset(hashes);
  }

  /** set_update_internal: sets merge table to table, dicts presize, anything else is iterated. */
  update(source: PyValue): void {
    if (source instanceof PySet) {
      this.table.merge(source.table);
    } else if (source instanceof PyDict) {
      this.table.reserve(source.size);
      for (const e of source.entries()) this.add(e.key);
    } else {
      for (const v of iterate(activeInterpreter(), source)) this.add(v);
    }
  }

  /** A new set or frozenset (like `type`) holding this one's items: set_copy. */
  copy(frozen = this.frozen): PySet {
    const out = new PySet([], frozen);
    out.table.merge(this.table);
    return out;
  }
}

/** A set of `source`'s items, built as set(source) / frozenset(source) would. */
export function setFrom(source: PyValue, frozen: boolean): PySet {
  const out = new PySet([], frozen);
  out.update(source);
  return out;
}

/** set_intersection: walks the smaller operand when both are sets, else the iterable. */
export function setIntersection(a: PySet, other: PyValue): PySet {
  if (a === other) return a.copy();
  const out = new PySet([], a.frozen);
  if (other instanceof PySet) {
    const [walk, probe] = other.size > a.size ? [a, other] : [other, a];
    walk.table.forEach((k, h) => {
      if (probe.table.has(k, h)) out.table.add(k, h);
    });
    return out;
  }
  for (const k of iterate(activeInterpreter(), other)) {
    const h = pyHash(k);
    if (a.table.has(k, h)) {
      out.table.add(k, h);
      if (out.size >= a.size) break;
    }
  }
  return out;
}

/** set_difference_update_internal: removes `other`'s items from `a` in place. */
export function setDifferenceUpdate(a: PySet, other: PyValue): void {
  if (a === other) {
    a.table.clear();
    return;
  }
  if (other instanceof PySet) {
    const walk = other.size >> 3 > a.size ? setIntersection(a, other) : other;
    walk.table.forEach((k, h) => a.table.discard(k, h));
  } else {
    for (const k of iterate(activeInterpreter(), other)) a.discard(k);
  }
  a.table.compactIfSparse();
}

/** set_difference: copies and removes when `a` is much larger, else keeps what `other` lacks. */
export function setDifference(a: PySet, other: PyValue): PySet {
  const otherSize = other instanceof PySet || other instanceof PyDict ? other.size : -1;
  if (otherSize < 0 || a.size >> 2 > otherSize) {
    const out = a.copy();
    setDifferenceUpdate(out, other);
    return out;
  }
  const out = new PySet([], a.frozen);
  a.table.forEach((k, h) => {
    const present = other instanceof PySet ? other.table.has(k, h) : (other as PyDict).has(k);
    if (!present) out.table.add(k, h);
  });
  return out;
}

/** set_symmetric_difference_update: toggles each of `other`'s items in `a`. */
export function setSymmetricDifferenceUpdate(a: PySet, other: PyValue): void {
  if (a === other) {
    a.table.clear();
    return;
  }
  if (other instanceof PyDict) {
    for (const e of other.entries()) if (!a.discard(e.key)) a.add(e.key);
    return;
  }
  const walk = other instanceof PySet ? other : setFrom(other, a.frozen);
  walk.table.forEach((k, h) => {
    if (!a.table.discard(k, h)) a.table.add(k, h);
  });
}

/** set_symmetric_difference: a copy of `other` toggled by `a`'s items. */
export function setSymmetricDifference(a: PySet, other: PyValue): PySet {
  const out = setFrom(other, a.frozen);
  setSymmetricDifferenceUpdate(out, a);
  return out;
}

/** set_union's step: a copy of `a` updated from `other`. */
export function setUnion(a: PySet, other: PyValue): PySet {
  const out = a.copy();
  if (other !== a) out.update(other);
  return out;
}

/** issubset against another set. */
export function isSubset(a: PySet, b: PySet): boolean {
  if (a.size > b.size) return false;
  let all = true;
  a.table.forEach((k, h) => {
    if (all && !b.table.has(k, h)) all = false;
  });
  return all;
}

/** |, &, -, ^ on two sets; the result has the left operand's type. */
export function setOperation(op: '|' | '&' | '-' | '^', a: PySet, b: PySet): PySet {
  switch (op) {
    case '|':
      return setUnion(a, b);
    case '&':
      return setIntersection(a, b);
    case '-':
      return setDifference(a, b);
    default:
      return setSymmetricDifference(a, b);
  }
}

/** |=, &=, -=, ^= on a set: set_ior and friends change the left operand in place. */
export function setInplaceOperation(op: '|' | '&' | '-' | '^', a: PySet, b: PySet): PySet {
  switch (op) {
    case '|':
      a.update(b);
      break;
    case '&':
      a.table.swap(setIntersection(a, b).table);
      break;
    case '-':
      setDifferenceUpdate(a, b);
      break;
    default:
      setSymmetricDifferenceUpdate(a, b);
  }
  return a;
}
