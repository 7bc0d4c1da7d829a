// tuple (Objects/tupleobject.c).

import { PyObject, tupleType, typeOf, TPFLAGS_BASETYPE, TPFLAGS_MATCH_SELF, TPFLAGS_SEQUENCE, TPFLAGS_TUPLE_SUBCLASS, type PyType, type PyValue } from '../objects/object.js';
import { defineType } from '../objects/typedef.js';
import { raise } from '../objects/errors.js';
import { NotImplemented } from '../objects/singletons.js';
import * as abs from '../objects/abstract.js';
import { hashTuple } from '@pyc-ts/bytecode';
import { checkAllocation } from './limits.js';
import { PySlice, sliceItems, sliceRange } from './slice.js';
import { compareItems, containsItem, countItem, indexOfItem, itemIndex, reprGuarded } from './sequence.js';
import { initInstanceExtras } from './object.js';
import { newArrayIterator } from './iterators.js';
import { genericAlias } from './genericalias.js';

export class PyTuple extends PyObject {
  constructor(
    readonly items: PyValue[],
    type: PyType = tupleType,
  ) {
    super(type);
  }
}

export const EMPTY_TUPLE = new PyTuple([]);

/** An exact tuple of these items: the one empty tuple when there are none, as PyTuple_New(0) gives. */
export function newTuple(xs: PyValue[]): PyTuple {
  return xs.length === 0 ? EMPTY_TUPLE : new PyTuple(xs);
}

function items(v: PyValue): PyValue[] {
  return (v as PyTuple).items;
}

function isTuple(v: PyValue): v is PyTuple {
  return v instanceof PyTuple;
}

function tupleRepr(self: PyValue): string {
  const xs = items(self);
  if (xs.length === 0) return '()';
  return reprGuarded(self, '(...)', () => (xs.length === 1 ? `(${abs.repr(xs[0])},)` : `(${xs.map(abs.repr).join(', ')})`));
}

export function tupleHash(self: PyValue): number | bigint {
  return hashTuple(items(self).map(abs.hash));
}

function tupleRichcompare(self: PyValue, other: PyValue, op: number): PyValue {
  if (!isTuple(other)) return NotImplemented;
  return compareItems(items(self), other.items, op);
}

function tupleSubscript(self: PyValue, key: PyValue): PyValue {
  const xs = items(self);
  if (typeof key === 'number' || abs.isIndex(key)) return xs[itemIndex(key, xs.length, 'tuple')];
  if (key instanceof PySlice) {
    const r = sliceRange(key, xs.length);
    if (r.step === 1 && r.start === 0 && r.length === xs.length && self.type === tupleType) return self;
    return newTuple(sliceItems(xs, key, r));
  }
  raise('TypeError', `tuple indices must be integers or slices, not ${typeOf(key).name}`);
}

function tupleConcat(self: PyValue, other: PyValue): PyValue {
  if (!isTuple(other)) raise('TypeError', `can only concatenate tuple (not "${typeOf(other).name}") to tuple`);
  if (other.items.length === 0 && self.type === tupleType) return self;
  if (items(self).length === 0 && other.type === tupleType) return other;
  checkAllocation(items(self).length + other.items.length);
  return newTuple(items(self).concat(other.items));
}

/** The items of `xs` repeated n times, for list and tuple repetition. */
export function repeatItems(xs: PyValue[], n: number): PyValue[] {
  if (n <= 0 || xs.length === 0) return [];
  checkAllocation(xs.length * n);
  const out: PyValue[] = new Array(xs.length * n);
  for (let r = 0, k = 0; r < n; r++) for (let i = 0; i < xs.length; i++) out[k++] = xs[i];
  return out;
}

function tupleRepeat(self: PyValue, n: number): PyValue {
  if (self.type === tupleType && n === 1) return self;
  return newTuple(repeatItems(items(self), n));
}

function tupleNew(type: PyType, argv: PyValue[], base: number, nargs: number, kwnames: string[] | null): PyValue {
  if (kwnames !== null && kwnames.length > 0) raise('TypeError', 'tuple() takes no keyword arguments');
  if (nargs > 1) raise('TypeError', `tuple expected at most 1 argument, got ${nargs}`);
  const xs = nargs === 0 ? [] : abs.toArray(argv[base]);
  if (type === tupleType) {
    if (nargs === 1 && argv[base] instanceof PyTuple && argv[base].type === tupleType) return argv[base];
    return newTuple(xs);
  }
  return initInstanceExtras(new PyTuple(xs, type), type);
}

defineType(
  {
    name: 'tuple',
    flags: TPFLAGS_BASETYPE | TPFLAGS_TUPLE_SUBCLASS | TPFLAGS_SEQUENCE | TPFLAGS_MATCH_SELF,
    slots: {
      tp_repr: tupleRepr,
      tp_hash: tupleHash,
      tp_richcompare: tupleRichcompare,
      tp_iter: (self) => newArrayIterator(items(self), 'tuple_iterator'),
      tp_new: tupleNew,
      sq_length: (self) => items(self).length,
      sq_concat: tupleConcat,
      sq_repeat: tupleRepeat,
      sq_item: (self, i) => {
        const xs = items(self);
        if (i < 0 || i >= xs.length) raise('IndexError', 'tuple index out of range');
        return xs[i];
      },
      sq_contains: (self, v) => containsItem(items(self), v),
      mp_subscript: tupleSubscript,
    },
    methods: {
      'index($self, value, start: slice_index = 0, stop: slice_index = sys.maxsize, /)': (self: PyTuple, v: PyValue, start: number, stop: number) =>
        indexOfItem(self.items, v, start, stop, () => 'tuple.index(x): x not in tuple'),
      'count($self, value, /)': (self: PyTuple, v: PyValue) => countItem(self.items, v),
      '__getnewargs__($self, /)': (self: PyTuple) => new PyTuple([new PyTuple(self.items.slice())]),
    },
    classmethods: {
      '__class_getitem__($type, item, /)': { impl: genericAlias, textSignature: false },
    },
  },
  tupleType,
);

