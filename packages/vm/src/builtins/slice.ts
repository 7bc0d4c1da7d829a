// slice (Objects/sliceobject.c), and applying slices to sequences.

import { PyObject, type PyType, type PyValue } from '../objects/object.js';
import { hashNotImplemented } from '../objects/slotdefs.js';
import { defineType } from '../objects/typedef.js';
import { raise } from '../objects/errors.js';
import { NotImplemented } from '../objects/singletons.js';
import type { Int } from '../objects/boxed.js';
import * as abs from '../objects/abstract.js';
import { PyTuple } from './tuple.js';

export class PySlice extends PyObject {
  constructor(
    readonly start: PyValue,
    readonly stop: PyValue,
    readonly step: PyValue,
  ) {
    super(sliceType);
  }
}

/** A slice applied to a sequence of `length` items: where it starts, its step, and how many items it takes. */
export interface SliceRange {
  start: number;
  stop: number;
  step: number;
  length: number;
}

const MAX = Number.MAX_SAFE_INTEGER;

/** A slice bound as an index (_PyEval_SliceIndex): None means absent; huge values clamp. */
function boundIndex(v: PyValue): number {
  if (typeof v === 'number') return v;
  if (!abs.isIndex(v)) raise('TypeError', 'slice indices must be integers or None or have an __index__ method');
  const i = abs.index(v);
  if (typeof i === 'number') return i;
  return i < 0n ? -MAX : MAX;
}

/** PySlice_Unpack + PySlice_AdjustIndices: the slice's items in a sequence of `length`. */
export function sliceRange(s: PySlice, length: number): SliceRange {
  let step = 1;
  if (s.step !== null) {
    step = boundIndex(s.step);
    if (step === 0) raise('ValueError', 'slice step cannot be zero');
  }
  let start: number;
  let stop: number;
  if (s.start === null) start = step < 0 ? MAX : 0;
  else start = boundIndex(s.start);
  if (s.stop === null) stop = step < 0 ? -MAX : MAX;
  else stop = boundIndex(s.stop);
  if (start < 0) {
    start += length;
    if (start < 0) start = step < 0 ? -1 : 0;
  } else if (start >= length) start = step < 0 ? length - 1 : length;
  if (stop < 0) {
    stop += length;
    if (stop < 0) stop = step < 0 ? -1 : 0;
  } else if (stop >= length) stop = step < 0 ? length - 1 : length;
  let n = 0;
  if (step < 0) {
    if (stop < start) n = Math.floor((start - stop - 1) / -step) + 1;
  } else if (start < stop) n = Math.floor((stop - start - 1) / step) + 1;
  return { start, stop, step, length: n };
}

/** The items a slice selects from an array. */
export function sliceItems<T>(items: readonly T[], s: PySlice, r: SliceRange = sliceRange(s, items.length)): T[] {
  if (r.step === 1) return items.slice(r.start, r.start + r.length);
  const out: T[] = new Array(r.length);
  for (let i = 0, j = r.start; i < r.length; i++, j += r.step) out[i] = items[j];
  return out;
}

/** slice.indices(length), with big ints exact (PySlice_GetIndicesEx on Python ints). */
export function sliceIndices(s: PySlice, lengthArg: PyValue): PyTuple {
  const length = abs.index(lengthArg);
  if (length < 0) raise('ValueError', 'length should not be negative');
  const big = (v: PyValue): bigint => {
    const i = abs.index(v);
    return BigInt(i);
  };
  const len = BigInt(length);
  let step = 1n;
  if (s.step !== null) {
    if (!abs.isIndex(s.step)) raise('TypeError', 'slice indices must be integers or None or have an __index__ method');
    step = big(s.step);
    if (step === 0n) raise('ValueError', 'slice step cannot be zero');
  }
  const neg = step < 0n;
  const lower = neg ? -1n : 0n;
  const upper = neg ? len - 1n : len;
  const clamp = (v: PyValue, dflt: bigint): bigint => {
    if (v === null) return dflt;
    if (!abs.isIndex(v)) raise('TypeError', 'slice indices must be integers or None or have an __index__ method');
    let i = big(v);
    if (i < 0n) {
      i += len;
      if (i < lower) i = lower;
    } else if (i > upper) i = upper;
    return i;
  };
  const start = clamp(s.start, neg ? upper : lower);
  const stop = clamp(s.stop, neg ? lower : upper);
  const norm = (b: bigint): Int => (b >= BigInt(-MAX) && b <= BigInt(MAX) ? Number(b) : b);
  return new PyTuple([norm(start), norm(stop), norm(step)]);
}

function sliceRepr(self: PyValue): string {
  const s = self as PySlice;
  return `slice(${abs.repr(s.start)}, ${abs.repr(s.stop)}, ${abs.repr(s.step)})`;
}

function sliceRichcompare(self: PyValue, other: PyValue, op: number): PyValue {
  if (!(other instanceof PySlice)) return NotImplemented;
  const a = new PyTuple([self.start, self.stop, self.step]);
  const b = new PyTuple([other.start, other.stop, other.step]);
  return abs.richCompare(a, b, op);
}

function sliceNew(_type: PyType, argv: PyValue[], base: number, nargs: number, kwnames: string[] | null): PyValue {
  if (kwnames !== null && kwnames.length > 0) raise('TypeError', 'slice() takes no keyword arguments');
  if (nargs < 1) raise('TypeError', `slice expected at least 1 argument, got ${nargs}`);
  if (nargs > 3) raise('TypeError', `slice expected at most 3 arguments, got ${nargs}`);
  if (nargs === 1) return new PySlice(null, argv[base], null);
  return new PySlice(argv[base], argv[base + 1], nargs === 3 ? argv[base + 2] : null);
}

export const sliceType: PyType = defineType({
  name: 'slice',
  slots: {
    tp_repr: sliceRepr,
    tp_richcompare: sliceRichcompare,
    tp_hash: hashNotImplemented,
    tp_new: sliceNew,
  },
  methods: {
    'indices($self, length, /)': sliceIndices,
    '__reduce__($self, /)': (self: PySlice) => new PyTuple([sliceType, new PyTuple([self.start, self.stop, self.step])]),
  },
  members: {
    start: { get: (s: PySlice) => s.start },
    stop: { get: (s: PySlice) => s.stop },
    step: { get: (s: PySlice) => s.step },
  },
});

/**
 * The [start, end) that find, count, index, startswith... search in a sequence of length n: None means absent,
 * negatives count from the end, as _PyEval_SliceIndex and ADJUST_INDICES make them. Null when start lies past
 * end, where even an empty needle is not found.
 */
export function searchIndices(start: PyValue, end: PyValue, n: number): [number, number] | null {
  const bound = (v: PyValue, dflt: number): number => {
    if (v === undefined || v === null) return dflt;
    if (!abs.isIndex(v)) raise('TypeError', 'slice indices must be integers or None or have an __index__ method');
    const i = abs.index(v);
    const x = typeof i === 'number' ? i : i < 0n ? -Number.MAX_SAFE_INTEGER : Number.MAX_SAFE_INTEGER;
    return x < 0 ? Math.max(0, x + n) : Math.min(x, n + 1);
  };
  const a = bound(start, 0);
  const z = Math.min(bound(end, n), n);
  return a > z ? null : [a, z];
}
