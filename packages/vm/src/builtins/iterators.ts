// The iterators of the builtin sequences (list_iterator, tuple_iterator,
// str_iterator, ...), the sequence iterator that iter() makes from
// __getitem__, and iter(callable, sentinel)'s callable_iterator.

import { PyObject, typeOf, type PyType, type PyValue } from '../objects/object.js';
import { defineType } from '../objects/typedef.js';
import { exceptionType, isInstanceOfException } from '../objects/errors.js';
import * as abs from '../objects/abstract.js';
import { interp } from '../objects/state.js';
import type { PyList } from './list.js';
import { PyTuple } from './tuple.js';

/** An iterator over a fixed array of items (tuple, bytes): `array` is null once exhausted. */
export class PyArrayIterator extends PyObject {
  constructor(
    type: PyType,
    public array: PyValue[] | null,
    /** The object iterated, for __reduce__. */
    readonly source: PyValue,
    public index = 0,
  ) {
    super(type);
  }
}

/** list_iterator: reads the list as it is at each step. */
export class PyListIterator extends PyObject {
  constructor(
    public list: PyList | null,
    public index = 0,
  ) {
    super(listIteratorType);
  }
}

export class PyListReverseIterator extends PyObject {
  constructor(
    public list: PyList | null,
    public index: number,
  ) {
    super(listReverseIteratorType);
  }
}

/** str_iterator: by code point. */
export class PyStrIterator extends PyObject {
  constructor(
    type: PyType,
    public s: string | null,
    public index = 0,
  ) {
    super(type);
  }
}

/** iterator: a sequence through __getitem__ (PySeqIter). */
export class PySeqIterator extends PyObject {
  constructor(
    public seq: PyValue,
    public index = 0,
  ) {
    super(seqIteratorType);
  }
}

export class PyCallableIterator extends PyObject {
  constructor(
    public callable: PyValue,
    readonly sentinel: PyValue,
  ) {
    super(callableIteratorType);
  }
}

/** (iter, (source,), index): how the sequence iterators pickle. */
export function reduceTo(source: PyValue, index: number | null): PyValue {
  const iter = interp().builtins.getStr('iter');
  if (source === null) return new PyTuple([iter, new PyTuple([new PyTuple([])])]);
  return index === null ? new PyTuple([iter, new PyTuple([source])]) : new PyTuple([iter, new PyTuple([source]), index]);
}

/** __setstate__'s index, clamped to the sequence. */
export function setIndex(v: PyValue, length: number): number {
  const i = abs.asSsize(v, 'OverflowError');
  return i < 0 ? 0 : i > length ? length : i;
}

export const self = (v: PyValue): PyValue => v;

function arrayIteratorType(name: string): PyType {
  return defineType({
    name,
    slots: {
      tp_getattro: abs.genericGetAttr,
      tp_iter: self,
      tp_iternext: (it) => {
        const a = (it as PyArrayIterator).array;
        if (a === null) return undefined;
        const i = (it as PyArrayIterator).index;
        if (i < a.length) {
          (it as PyArrayIterator).index = i + 1;
          return a[i];
        }
        (it as PyArrayIterator).array = null;
        return undefined;
      },
    },
    methods: {
      '__length_hint__($self, /)': (it: PyArrayIterator) => (it.array === null ? 0 : Math.max(0, it.array.length - it.index)),
      '__reduce__($self, /)': (it: PyArrayIterator) => reduceTo(it.array === null ? null : it.source, it.index),
      '__setstate__($self, state, /)': (it: PyArrayIterator, state: PyValue) => {
        if (it.array !== null) it.index = setIndex(state, it.array.length);
        return null;
      },
    },
  });
}

export const tupleIteratorType = arrayIteratorType('tuple_iterator');
export const bytesIteratorType = arrayIteratorType('bytes_iterator');

/** An iterator over an array that stays as it is (a tuple's items, a bytes' values). */
export function newArrayIterator(items: PyValue[], kind: 'tuple_iterator' | 'bytes_iterator', source: PyValue = undefined): PyArrayIterator {
  return new PyArrayIterator(kind === 'tuple_iterator' ? tupleIteratorType : bytesIteratorType, items, source);
}

export const listIteratorType: PyType = defineType({
  name: 'list_iterator',
  slots: {
    tp_getattro: abs.genericGetAttr,
    tp_iter: self,
    tp_iternext: (v) => {
      const it = v as PyListIterator;
      const l = it.list;
      if (l === null) return undefined;
      const i = it.index;
      if (i < l.items.length) {
        it.index = i + 1;
        return l.items[i];
      }
      it.list = null;
      return undefined;
    },
  },
  methods: {
    '__length_hint__($self, /)': (it: PyListIterator) => (it.list === null ? 0 : Math.max(0, it.list.items.length - it.index)),
    '__reduce__($self, /)': (it: PyListIterator) => reduceTo(it.list, it.index),
    '__setstate__($self, state, /)': (it: PyListIterator, state: PyValue) => {
      if (it.list !== null) it.index = setIndex(state, it.list.items.length);
      return null;
    },
  },
});

export function newListIterator(l: PyList): PyListIterator {
  return new PyListIterator(l);
}

export const listReverseIteratorType: PyType = defineType({
  name: 'list_reverseiterator',
  slots: {
    tp_getattro: abs.genericGetAttr,
    tp_iter: self,
    tp_iternext: (v) => {
      const it = v as PyListReverseIterator;
      const l = it.list;
      if (l === null) return undefined;
      const i = it.index;
      if (i >= 0 && i < l.items.length) {
        it.index = i - 1;
        return l.items[i];
      }
      it.index = -1;
      it.list = null;
      return undefined;
    },
  },
  methods: {
    '__length_hint__($self, /)': (it: PyListReverseIterator) => (it.list === null ? 0 : Math.min(it.index + 1, it.list.items.length)),
    '__reduce__($self, /)': (it: PyListReverseIterator) => {
      const reversed = interp().builtins.getStr('reversed');
      if (it.list === null) return new PyTuple([interp().builtins.getStr('iter'), new PyTuple([new PyTuple([])])]);
      return new PyTuple([reversed, new PyTuple([it.list]), it.index]);
    },
    '__setstate__($self, state, /)': (it: PyListReverseIterator, state: PyValue) => {
      if (it.list !== null) {
        let i = abs.asSsize(state, 'OverflowError');
        if (i < -1) i = -1;
        else if (i > it.list.items.length - 1) i = it.list.items.length - 1;
        it.index = i;
      }
      return null;
    },
  },
});

export function newListReverseIterator(l: PyList): PyListReverseIterator {
  return new PyListReverseIterator(l, l.items.length - 1);
}

function strIteratorType(name: string): PyType {
  return defineType({
    name,
    slots: {
      tp_getattro: abs.genericGetAttr,
      tp_iter: self,
      tp_iternext: (v) => {
        const it = v as PyStrIterator;
        const s = it.s;
        if (s === null) return undefined;
        const i = it.index;
        if (i >= s.length) {
          it.s = null;
          return undefined;
        }
        const c = s.charCodeAt(i);
        if (c >= 0xd800 && c < 0xdc00 && i + 1 < s.length) {
          const d = s.charCodeAt(i + 1);
          if (d >= 0xdc00 && d < 0xe000) {
            it.index = i + 2;
            return s.slice(i, i + 2);
          }
        }
        it.index = i + 1;
        return s[i];
      },
    },
    methods: {
      '__length_hint__($self, /)': (it: PyStrIterator) => (it.s === null ? 0 : [...it.s.slice(it.index)].length),
      '__reduce__($self, /)': (it: PyStrIterator) => reduceTo(it.s === null ? '' : it.s, it.s === null ? null : [...it.s.slice(0, it.index)].length),
      '__setstate__($self, state, /)': (it: PyStrIterator, state: PyValue) => {
        if (it.s !== null) {
          const chars = [...it.s];
          const n = setIndex(state, chars.length);
          it.index = chars.slice(0, n).join('').length;
        }
        return null;
      },
    },
  });
}

export const strAsciiIteratorType = strIteratorType('str_ascii_iterator');
export const strIteratorTypeObj = strIteratorType('str_iterator');

/** iter(str): str_ascii_iterator for ASCII text, as CPython 3.11 picks. */
export function newStrIterator(s: string): PyStrIterator {
  // eslint-disable-next-line no-control-regex
  return new PyStrIterator(/^[\x00-\x7f]*$/.test(s) ? strAsciiIteratorType : strIteratorTypeObj, s);
}

export const seqIteratorType: PyType = defineType({
  name: 'iterator',
  slots: {
    tp_getattro: abs.genericGetAttr,
    tp_iter: self,
    tp_iternext: (v) => {
      const it = v as PySeqIterator;
      const seq = it.seq;
      if (seq === null) return undefined;
      try {
        const r = abs.sequenceGetItem(seq, it.index);
        it.index++;
        return r;
      } catch (e) {
        if (isInstanceOfException(e, exceptionType('IndexError')) || isInstanceOfException(e, exceptionType('StopIteration'))) {
          it.seq = null;
          return undefined;
        }
        throw e;
      }
    },
  },
  methods: {
    '__length_hint__($self, /)': (it: PySeqIterator) => {
      if (it.seq === null) return 0;
      const t = typeOf(it.seq);
      if (t.sq_length === null) return abs.NotImplemented;
      return Math.max(0, t.sq_length(it.seq) - it.index);
    },
    '__reduce__($self, /)': (it: PySeqIterator) => reduceTo(it.seq, it.seq === null ? null : it.index),
    '__setstate__($self, state, /)': (it: PySeqIterator, state: PyValue) => {
      if (it.seq !== null) it.index = Math.max(0, abs.asSsize(state, 'OverflowError'));
      return null;
    },
  },
});

export function newSeqIterator(seq: PyValue): PySeqIterator {
  return new PySeqIterator(seq);
}

export const callableIteratorType: PyType = defineType({
  name: 'callable_iterator',
  slots: {
    tp_getattro: abs.genericGetAttr,
    tp_iter: self,
    tp_iternext: (v) => {
      const it = v as PyCallableIterator;
      if (it.callable === null) return undefined;
      let r: PyValue;
      try {
        r = abs.call0(it.callable);
      } catch (e) {
        if (abs.isStopIteration(e)) {
          it.callable = null;
          return undefined;
        }
        throw e;
      }
      if (abs.eq(r, it.sentinel)) {
        it.callable = null;
        return undefined;
      }
      return r;
    },
  },
  methods: {
    '__reduce__($self, /)': (it: PyCallableIterator) => {
      const iter = interp().builtins.getStr('iter');
      if (it.callable === null) return new PyTuple([iter, new PyTuple([new PyTuple([])])]);
      return new PyTuple([iter, new PyTuple([it.callable, it.sentinel])]);
    },
  },
});

/** iter(callable, sentinel). */
export function newCallableIterator(callable: PyValue, sentinel: PyValue): PyCallableIterator {
  return new PyCallableIterator(callable, sentinel);
}
