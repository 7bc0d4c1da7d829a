// range (Objects/rangeobject.c): start, stop and step are Python ints of any
// size; ranges within the safe-integer range use JS numbers throughout.

import { PyObject, TPFLAGS_SEQUENCE, typeOf, type PyType, type PyValue } from '../objects/object.js';
import { defineType } from '../objects/typedef.js';
import { raise } from '../objects/errors.js';
import { NotImplemented } from '../objects/singletons.js';
import { intValueOrUndefined, type Int } from '../objects/boxed.js';
import * as abs from '../objects/abstract.js';
import * as num from '../numeric/index.js';
import { hashTuple } from '@pyc-ts/bytecode';
import { PyTuple } from './tuple.js';
import { PySlice, sliceIndices } from './slice.js';
import { interp } from '../objects/state.js';

export class PyRange extends PyObject {
  /** The number of items (a Python int). */
  readonly length: Int;
  constructor(
    readonly start: Int,
    readonly stop: Int,
    readonly step: Int,
  ) {
    super(rangeType);
    this.length = rangeLength(start, stop, step);
  }
}

function rangeLength(start: Int, stop: Int, step: Int): Int {
  if (typeof start === 'number' && typeof stop === 'number' && typeof step === 'number') {
    if (step > 0) return start < stop ? Math.floor((stop - start - 1) / step) + 1 : 0;
    return start > stop ? Math.floor((start - stop - 1) / -step) + 1 : 0;
  }
  const a = BigInt(start);
  const b = BigInt(stop);
  const s = BigInt(step);
  if (s > 0n) return a < b ? num.normInt((b - a - 1n) / s + 1n) : 0;
  return a > b ? num.normInt((a - b - 1n) / -s + 1n) : 0;
}

/** The item at index i (0 <= i < length). */
function itemAt(r: PyRange, i: Int): Int {
  return num.intAdd(r.start, num.intMul(i, r.step));
}

function rangeNew(_type: PyType, argv: PyValue[], base: number, nargs: number, kwnames: string[] | null): PyValue {
  if (kwnames !== null && kwnames.length > 0) raise('TypeError', 'range() takes no keyword arguments');
  if (nargs === 0) raise('TypeError', 'range expected at least 1 argument, got 0');
  if (nargs > 3) raise('TypeError', `range expected at most 3 arguments, got ${nargs}`);
  if (nargs === 1) return new PyRange(0, abs.index(argv[base]), 1);
  const start = abs.index(argv[base]);
  const stop = abs.index(argv[base + 1]);
  const step = nargs === 3 ? abs.index(argv[base + 2]) : 1;
  if (step === 0) raise('ValueError', 'range() arg 3 must not be zero');
  return new PyRange(start, stop, step);
}

function rangeRepr(self: PyValue): string {
  const r = self as PyRange;
  const s = `range(${abs.repr(r.start)}, ${abs.repr(r.stop)}`;
  return r.step === 1 ? s + ')' : `${s}, ${abs.repr(r.step)})`;
}

/** Whether an int is one of the range's items, and its index (range_index). */
function indexOfInt(r: PyRange, v: Int): Int | -1 {
  const offset = num.intSub(v, r.start);
  const [q, m] = num.intDivmod(offset, r.step);
  if (m !== 0) return -1;
  if (q < 0 || q >= r.length) return -1;
  return q;
}

function rangeContains(self: PyValue, v: PyValue): boolean {
  const r = self as PyRange;
  if (typeof v === 'number' || typeof v === 'bigint' || typeof v === 'boolean') return indexOfInt(r, intValueOrUndefined(v)!) !== -1;
  return abs.iterSearchContains(self, v);
}

function rangeSubscript(self: PyValue, key: PyValue): PyValue {
  const r = self as PyRange;
  if (key instanceof PySlice) {
    const [start, stop, step] = sliceIndices(key, r.length).items as Int[];
    return new PyRange(itemAt(r, start), itemAt(r, stop), num.intMul(r.step, step));
  }
  if (!abs.isIndex(key)) raise('TypeError', `range indices must be integers or slices, not ${typeOf(key).name}`);
  let i = abs.index(key);
  if (i < 0) i = num.intAdd(i, r.length);
  if (i < 0 || i >= r.length) raise('IndexError', 'range object index out of range');
  return itemAt(r, i);
}

function rangeRichcompare(a: PyValue, b: PyValue, op: number): PyValue {
  if (!(b instanceof PyRange) || (op !== abs.EQ && op !== abs.NE)) return NotImplemented;
  const x = a as PyRange;
  let equal: boolean;
  if (x === b) equal = true;
  else if (x.length !== b.length) equal = false;
  else if (x.length === 0) equal = true;
  else if (x.start !== b.start) equal = false;
  else if (x.length === 1) equal = true;
  else equal = x.step === b.step;
  return op === abs.EQ ? equal : !equal;
}

function rangeHash(self: PyValue): number | bigint {
  const r = self as PyRange;
  if (r.length === 0) return hashTuple([abs.hash(0), abs.hash(null), abs.hash(null)]);
  if (r.length === 1) return hashTuple([abs.hash(1), abs.hash(r.start), abs.hash(null)]);
  return hashTuple([abs.hash(r.length), abs.hash(r.start), abs.hash(r.step)]);
}

export const rangeType: PyType = defineType({
  name: 'range',
  flags: TPFLAGS_SEQUENCE,
  slots: {
    tp_repr: rangeRepr,
    tp_hash: rangeHash,
    tp_richcompare: rangeRichcompare,
    tp_iter: (self) => newRangeIterator(self as PyRange, false),
    tp_new: rangeNew,
    nb_bool: (self) => (self as PyRange).length !== 0,
    sq_length: (self) => {
      const n = (self as PyRange).length;
      if (typeof n === 'bigint') raise('OverflowError', 'Python int too large to convert to C ssize_t');
      return n;
    },
    sq_contains: rangeContains,
    mp_subscript: rangeSubscript,
  },
  methods: {
    '__reversed__($self, /)': (self: PyRange) => newRangeIterator(self, true),
    '__reduce__($self, /)': (self: PyRange) => new PyTuple([rangeType, new PyTuple([self.start, self.stop, self.step])]),
    'count($self, value, /)': (self: PyRange, v: PyValue) => {
      if (typeof v === 'number' || typeof v === 'bigint' || typeof v === 'boolean') return indexOfInt(self, intValueOrUndefined(v)!) === -1 ? 0 : 1;
      let n = 0;
      abs.forEach(self, (x) => {
        if (abs.eq(x, v)) n++;
      });
      return n;
    },
    'index($self, value, /)': (self: PyRange, v: PyValue) => {
      if (typeof v === 'number' || typeof v === 'bigint' || typeof v === 'boolean') {
        const i = indexOfInt(self, intValueOrUndefined(v)!);
        if (i === -1) raise('ValueError', `${abs.repr(v)} is not in range`);
        return i;
      }
      let i = 0;
      let found = -1;
      abs.forEach(self, (x) => {
        if (found < 0 && abs.eq(x, v)) found = i;
        i++;
      });
      if (found < 0) raise('ValueError', `${abs.repr(v)} is not in range`);
      return found;
    },
  },
  members: {
    start: { get: (r: PyRange) => r.start },
    stop: { get: (r: PyRange) => r.stop },
    step: { get: (r: PyRange) => r.step },
  },
});

/** range_iterator (JS numbers) and longrange_iterator (bigints). */
export class PyRangeIterator extends PyObject {
  constructor(
    type: PyType,
    public next: Int,
    readonly step: Int,
    public remaining: Int,
  ) {
    super(type);
  }
}

function makeRangeIteratorType(name: string): PyType {
  return defineType({
    name,
    slots: {
      tp_getattro: abs.genericGetAttr,
      tp_iter: (self) => self,
      tp_iternext: (v) => {
        const it = v as PyRangeIterator;
        if (it.remaining <= 0) return undefined;
        const r = it.next;
        const step = it.step;
        const remaining = it.remaining;
        // All three can be ints of any size (range(2**1000), range(0, 2**60, 2**59)).
        if (typeof r === 'number' && typeof step === 'number' && typeof remaining === 'number' && Number.isSafeInteger(r + step)) {
          it.next = r + step;
          it.remaining = remaining - 1;
        } else {
          it.next = num.intAdd(r, it.step);
          it.remaining = num.intSub(it.remaining, 1);
        }
        return r;
      },
    },
    methods: {
      '__length_hint__($self, /)': (it: PyRangeIterator) => it.remaining,
      '__reduce__($self, /)': (it: PyRangeIterator) => {
        const stop = num.intAdd(it.next, num.intMul(it.remaining, it.step));
        return new PyTuple([interp().builtins.getStr('iter'), new PyTuple([new PyRange(it.next, stop, it.step)]), 0]);
      },
      '__setstate__($self, state, /)': (it: PyRangeIterator, state: PyValue) => {
        let k = abs.index(state);
        if (k < 0) k = 0;
        if (k > it.remaining) k = it.remaining;
        it.next = num.intAdd(it.next, num.intMul(k, it.step));
        it.remaining = num.intSub(it.remaining, k);
        return null;
      },
    },
  });
}

const rangeIteratorType = makeRangeIteratorType('range_iterator');
const longRangeIteratorType = makeRangeIteratorType('longrange_iterator');

const C_LONG_MAX = 9223372036854775807n;

function newRangeIterator(r: PyRange, reverse: boolean): PyRangeIterator {
  const start = reverse ? itemAt(r, num.intSub(r.length, 1)) : r.start;
  const step = reverse ? num.intNeg(r.step) : r.step;
  const fits = (x: Int) => typeof x === 'number' || (x <= C_LONG_MAX && x >= -C_LONG_MAX);
  const type = fits(r.start) && fits(r.stop) && fits(r.step) && fits(r.length) ? rangeIteratorType : longRangeIteratorType;
  if (r.length === 0) return new PyRangeIterator(type, 0, 1, 0);
  return new PyRangeIterator(type, start, step, r.length);
}
