// list (Objects/listobject.c).

import { PyObject, listType, typeOf, TPFLAGS_BASETYPE, TPFLAGS_LIST_SUBCLASS, TPFLAGS_MATCH_SELF, TPFLAGS_SEQUENCE, type PyType, type PyValue } from '../objects/object.js';
import { defineType } from '../objects/typedef.js';
import { raise } from '../objects/errors.js';
import { NotImplemented } from '../objects/singletons.js';
import { hashNotImplemented } from '../objects/slotdefs.js';
import * as abs from '../objects/abstract.js';
import { checkAllocation } from './limits.js';
import { interp } from '../objects/state.js';
import { PySlice, sliceRange, sliceItems } from './slice.js';
import { compareItems, containsItem, countItem, indexOfItem, itemIndex, reprGuarded } from './sequence.js';
import { repeatItems } from './tuple.js';
import { initInstanceExtras } from './object.js';
import { newListIterator, newListReverseIterator } from './iterators.js';
import { genericAlias } from './genericalias.js';
import { listsort } from './sort.js';

export class PyList extends PyObject {
  constructor(
    public items: PyValue[],
    type: PyType = listType,
  ) {
    super(type);
  }
}

function items(v: PyValue): PyValue[] {
  return (v as PyList).items;
}

function isList(v: PyValue): v is PyList {
  return v instanceof PyList;
}

function listRepr(self: PyValue): string {
  const xs = items(self);
  if (xs.length === 0) return '[]';
  return reprGuarded(self, '[...]', () => {
    const parts: string[] = [];
    // Items may be removed by the reprs of earlier items: read the length each time.
    for (let i = 0; i < xs.length; i++) parts.push(abs.repr(xs[i]));
    return '[' + parts.join(', ') + ']';
  });
}

function listRichcompare(self: PyValue, other: PyValue, op: number): PyValue {
  if (!isList(other)) return NotImplemented;
  return compareItems(items(self), other.items, op);
}

function listSubscript(self: PyValue, key: PyValue): PyValue {
  const xs = items(self);
  if (typeof key === 'number' || abs.isIndex(key)) return xs[itemIndex(key, xs.length, 'list')];
  if (key instanceof PySlice) return new PyList(sliceItems(xs, key));
  raise('TypeError', `list indices must be integers or slices, not ${typeOf(key).name}`);
}

function listAssSubscript(self: PyValue, key: PyValue, value: PyValue): void {
  const xs = items(self);
  if (typeof key === 'number' || abs.isIndex(key)) {
    const i = itemIndex(key, xs.length, 'list assignment');
    if (value === undefined) xs.splice(i, 1);
    else xs[i] = value;
    return;
  }
  if (!(key instanceof PySlice)) raise('TypeError', `list indices must be integers or slices, not ${typeOf(key).name}`);
  const r = sliceRange(key, xs.length);
  if (value === undefined) {
    deleteSlice(xs, r.start, r.step, r.length);
    return;
  }
  // The new items are read before the list changes (a[:] = a works).
  const seq = value === self ? xs.slice() : abs.sequenceFast(value, r.step === 1 ? 'can only assign an iterable' : 'must assign iterable to extended slice');
  if (r.step === 1) {
    const stop = Math.max(r.start, r.start + r.length);
    checkAllocation(xs.length - (stop - r.start) + seq.length);
    replaceRange(xs, r.start, stop, seq);
    return;
  }
  if (seq.length !== r.length) {
    raise('ValueError', `attempt to assign sequence of size ${seq.length} to extended slice of size ${r.length}`);
  }
  for (let i = 0, j = r.start; i < r.length; i++, j += r.step) xs[j] = seq[i];
}

/** xs[lo:hi] = seq, moving the tail once (splice with spread arguments would overflow the JS stack for long seqs). */
function replaceRange(xs: PyValue[], lo: number, hi: number, seq: PyValue[]): void {
  const n = xs.length;
  const grow = seq.length - (hi - lo);
  if (grow > 0) {
    xs.length = n + grow;
    for (let i = n - 1; i >= hi; i--) xs[i + grow] = xs[i];
  } else if (grow < 0) {
    for (let i = hi; i < n; i++) xs[i + grow] = xs[i];
    xs.length = n + grow;
  }
  for (let i = 0; i < seq.length; i++) xs[lo + i] = seq[i];
}

function deleteSlice(xs: PyValue[], start: number, step: number, n: number): void {
  if (n <= 0) return;
  if (step === 1) {
    xs.splice(start, n);
    return;
  }
  const drop = new Set<number>();
  for (let i = 0, j = start; i < n; i++, j += step) drop.add(j);
  let k = 0;
  for (let i = 0; i < xs.length; i++) if (!drop.has(i)) xs[k++] = xs[i];
  xs.length = k;
}

function listConcat(self: PyValue, other: PyValue): PyValue {
  if (!isList(other)) raise('TypeError', `can only concatenate list (not "${typeOf(other).name}") to list`);
  checkAllocation(items(self).length + other.items.length);
  return new PyList(items(self).concat(other.items));
}

/** list.extend: items of any iterable, an exact list or tuple read at once. */
export function listExtend(self: PyList, iterable: PyValue): void {
  const xs = self.items;
  if (iterable === self) {
    const n = xs.length;
    checkAllocation(2 * n);
    for (let i = 0; i < n; i++) xs.push(xs[i]);
    return;
  }
  // Only exact lists and tuples are read directly: a subclass may define __iter__.
  const src = abs.fastItems(iterable);
  if (src !== undefined) {
    checkAllocation(xs.length + src.length);
    for (let i = 0; i < src.length; i++) xs.push(src[i]);
    return;
  }
  // As list_extend, room for the length hint first: list(range(10**10)) fails at once with MemoryError.
  checkAllocation(xs.length + abs.lengthHint(iterable, 8));
  const limit = interp().maxAllocation;
  abs.forEach(iterable, (v) => {
    if (xs.length >= limit) checkAllocation(xs.length + 1);
    xs.push(v);
  });
}

function listInplaceRepeat(self: PyValue, n: number): PyValue {
  const xs = items(self);
  const repeated = repeatItems(xs, n);
  xs.length = 0;
  for (let i = 0; i < repeated.length; i++) xs.push(repeated[i]);
  return self;
}

function listInit(self: PyValue, argv: PyValue[], base: number, nargs: number, kwnames: string[] | null): void {
  if (kwnames !== null && kwnames.length > 0) raise('TypeError', 'list() takes no keyword arguments');
  if (nargs > 1) raise('TypeError', `list expected at most 1 argument, got ${nargs}`);
  const xs = items(self);
  xs.length = 0;
  if (nargs === 1) listExtend(self as PyList, argv[base]);
}

function listNew(type: PyType): PyValue {
  const l = new PyList([], type);
  return type === listType ? l : initInstanceExtras(l, type);
}

function listPop(self: PyList, index: number): PyValue {
  const xs = self.items;
  if (xs.length === 0) raise('IndexError', 'pop from empty list');
  let i = index;
  if (i < 0) i += xs.length;
  if (i < 0 || i >= xs.length) raise('IndexError', 'pop index out of range');
  if (i === xs.length - 1) return xs.pop();
  return xs.splice(i, 1)[0];
}

function listInsert(self: PyList, index: number, v: PyValue): PyValue {
  const xs = self.items;
  let i = index;
  if (i < 0) i = Math.max(0, i + xs.length);
  else if (i > xs.length) i = xs.length;
  checkAllocation(xs.length + 1);
  xs.splice(i, 0, v);
  return null;
}

function listRemove(self: PyList, v: PyValue): PyValue {
  const xs = self.items;
  for (let i = 0; i < xs.length; i++) {
    if (abs.eq(xs[i], v)) {
      xs.splice(i, 1);
      return null;
    }
  }
  raise('ValueError', 'list.remove(x): x not in list');
}

function listSort(self: PyList, key: PyValue, reverse: boolean): PyValue {
  const xs = self.items;
  // As CPython does, the list looks empty while it is sorted, so that changes during the sort are caught.
  const saved = xs.splice(0, xs.length);
  let modified: boolean;
  try {
    listsort(saved, key, reverse);
  } finally {
    modified = xs.length !== 0;
    xs.length = 0;
    for (let i = 0; i < saved.length; i++) xs.push(saved[i]);
  }
  if (modified) raise('ValueError', 'list modified during sort');
  return null;
}

defineType(
  {
    name: 'list',
    flags: TPFLAGS_BASETYPE | TPFLAGS_LIST_SUBCLASS | TPFLAGS_SEQUENCE | TPFLAGS_MATCH_SELF,
    slots: {
      tp_repr: listRepr,
      tp_hash: hashNotImplemented,
      tp_richcompare: listRichcompare,
      tp_iter: (self) => newListIterator(self as PyList),
      tp_init: listInit,
      tp_new: listNew,
      sq_length: (self) => items(self).length,
      sq_concat: listConcat,
      sq_repeat: (self, n) => new PyList(repeatItems(items(self), n)),
      sq_item: (self, i) => {
        const xs = items(self);
        if (i < 0 || i >= xs.length) raise('IndexError', 'list index out of range');
        return xs[i];
      },
      sq_ass_item: (self, i, v) => {
        const xs = items(self);
        if (i < 0 || i >= xs.length) raise('IndexError', 'list assignment index out of range');
        if (v === undefined) xs.splice(i, 1);
        else xs[i] = v;
      },
      sq_contains: (self, v) => containsItem(items(self), v),
      sq_inplace_concat: (self, other) => {
        listExtend(self as PyList, other);
        return self;
      },
      sq_inplace_repeat: listInplaceRepeat,
      mp_length: (self) => items(self).length,
      mp_subscript: listSubscript,
      mp_ass_subscript: listAssSubscript,
    },
    methods: {
      '__getitem__($self, index, /)': { impl: listSubscript, textSignature: false },
      '__reversed__($self, /)': (self: PyList) => newListReverseIterator(self),
      '__sizeof__($self, /)': (self: PyList) => 40 + 8 * self.items.length,
      'clear($self, /)': (self: PyList) => {
        self.items.length = 0;
        return null;
      },
      'copy($self, /)': (self: PyList) => new PyList(self.items.slice()),
      'append($self, object, /)': (self: PyList, v: PyValue) => {
        if (self.items.length >= interp().maxAllocation) checkAllocation(self.items.length + 1);
        self.items.push(v);
        return null;
      },
      'insert($self, index: ssize, object, /)': listInsert,
      'extend($self, iterable, /)': (self: PyList, it: PyValue) => {
        listExtend(self, it);
        return null;
      },
      'pop($self, index: ssize = -1, /)': listPop,
      'remove($self, value, /)': listRemove,
      'index($self, value, start: slice_index = 0, stop: slice_index = sys.maxsize, /)': (self: PyList, v: PyValue, start: number, stop: number) =>
        indexOfItem(self.items, v, start, stop, () => `${abs.repr(v)} is not in list`),
      'count($self, value, /)': (self: PyList, v: PyValue) => countItem(self.items, v),
      'reverse($self, /)': (self: PyList) => {
        self.items.reverse();
        return null;
      },
      'sort($self, /, *, key=None, reverse: int_bool = False)': listSort,
    },
    classmethods: {
      '__class_getitem__($type, item, /)': { impl: genericAlias, textSignature: false },
    },
  },
  listType,
);
