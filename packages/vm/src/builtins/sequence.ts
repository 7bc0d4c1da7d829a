// What list and tuple (and other array-backed sequences) share: comparing
// item arrays, searching them, and guarding repr against self-containing
// containers (Py_ReprEnter).

import { raise } from '../objects/errors.js';
import { NotImplemented } from '../objects/singletons.js';
import type { PyValue } from '../objects/object.js';
import * as abs from '../objects/abstract.js';

const reprActive = new Set<object>();

/** repr of a container that may contain itself: `cycle` for the inner occurrence (Py_ReprEnter/Py_ReprLeave). */
export function reprGuarded(o: object, cycle: string, body: () => string): string {
  if (reprActive.has(o)) return cycle;
  reprActive.add(o);
  try {
    return body();
  } finally {
    reprActive.delete(o);
  }
}

/** Rich comparison of two item arrays, as list_richcompare and tuplerichcompare do. */
export function compareItems(a: PyValue[], b: PyValue[], op: number): PyValue {
  if (a.length !== b.length && (op === abs.EQ || op === abs.NE)) return op === abs.NE;
  let i = 0;
  for (; i < a.length && i < b.length; i++) {
    if (!abs.eq(a[i], b[i])) break;
  }
  if (i >= a.length || i >= b.length) return abs.compareValues(a.length, b.length, op);
  if (op === abs.EQ) return false;
  if (op === abs.NE) return true;
  return abs.richCompare(a[i], b[i], op);
}

/** Whether an array holds an item equal to v. */
export function containsItem(items: PyValue[], v: PyValue): boolean {
  for (let i = 0; i < items.length; i++) if (abs.eq(items[i], v)) return true;
  return false;
}

export function countItem(items: PyValue[], v: PyValue): number {
  let n = 0;
  for (let i = 0; i < items.length; i++) if (abs.eq(items[i], v)) n++;
  return n;
}

/** seq.index(value, start, stop): the first position of v in items[start:stop] (negative bounds count from the end). */
export function indexOfItem(items: PyValue[], v: PyValue, start: number, stop: number, notFound: () => string): number {
  const n = items.length;
  if (start < 0) start = Math.max(0, start + n);
  if (stop < 0) stop = Math.max(0, stop + n);
  for (let i = start; i < stop && i < items.length; i++) if (abs.eq(items[i], v)) return i;
  raise('ValueError', notFound());
}

/** A sequence index for item access: must have __index__, negative counts from the end, IndexError outside. */
export function itemIndex(key: PyValue, length: number, what: string): number {
  let i = typeof key === 'number' ? key : abs.asSsize(key, 'IndexError');
  if (i < 0) i += length;
  if (i < 0 || i >= length) raise('IndexError', `${what} index out of range`);
  return i;
}

export { NotImplemented };
