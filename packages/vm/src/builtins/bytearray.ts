// bytearray (Objects/bytearrayobject.c): a mutable byte string. Its contents
// are replaced by a new Uint8Array whenever they change size.

import { PyObject, typeOf, TPFLAGS_BASETYPE, TPFLAGS_MATCH_SELF, type PyType, type PyValue } from '../objects/object.js';
import { defineType } from '../objects/typedef.js';
import { raise } from '../objects/errors.js';
import { NotImplemented } from '../objects/singletons.js';
import { hashNotImplemented } from '../objects/slotdefs.js';
import { strValueOrUndefined } from '../objects/boxed.js';
import * as abs from '../objects/abstract.js';
import { initInstanceExtras } from './object.js';
import { PyTuple } from './tuple.js';
import { PyComplex } from './complex.js';

import { PyBytes } from './bytes.js';
import { PySlice, sliceRange } from './slice.js';
import { reduceTo, self, setIndex } from './iterators.js';
import {
  byteValue,
  bytesFromObject,
  bytesRepr,
  concatBytes,
  concatOperand,
  containsBytes,
  fromHex,
  maketransBytes,
  repeatBytes,
  richcompareBytes,
  sharedBytesMethods,
  subscriptBytes,
  bufferOf,
} from './bytes_methods.js';
import { decodeBytes, encodeText, sourceEncodingErrors } from './str_codecs.js';
import { bytesPercentFormat } from './str_percent.js';
import { checkAllocation } from './limits.js';

export class PyByteArray extends PyBytes {}

function data(v: PyValue): Uint8Array {
  return (v as PyByteArray).bytes;
}

const make = (b: Uint8Array): PyValue => new PyByteArray(b, bytearrayType);

function setData(self: PyValue, b: Uint8Array): void {
  checkAllocation(b.length);
  (self as PyByteArray).bytes = b;
}

function byteArrayRepr(self: PyValue): string {
  const name = typeOf(self).name;
  return `${name}(${bytesRepr(data(self))})`;
}

function assignSubscript(self: PyValue, key: PyValue, value: PyValue): void {
  const b = data(self);
  if (typeof key === 'number' || abs.isIndex(key)) {
    let i = typeof key === 'number' ? key : abs.asSsize(key, 'IndexError');
    if (i < 0) i += b.length;
    if (i < 0 || i >= b.length) raise('IndexError', 'bytearray index out of range');
    if (value === undefined) setData(self, concatBytes(b.subarray(0, i), b.subarray(i + 1)));
    else b[i] = byteValue(value);
    return;
  }
  if (!(key instanceof PySlice)) raise('TypeError', `bytearray indices must be integers or slices, not ${typeOf(key).name}`);
  const r = sliceRange(key, b.length);
  let src: Uint8Array | undefined;
  if (value === undefined) src = undefined;
  else if (value instanceof PyByteArray && value !== self) src = value.bytes;
  else if (isNumber(value) || strValueOrUndefined(value) !== undefined) {
    raise('TypeError', 'can assign only bytes, buffers, or iterables of ints in range(0, 256)');
  } else src = bytesFromObject(value);
  // An extended slice assigned nothing loses its items, as bytearray_ass_subscript does it.
  if (src === undefined || (src.length === 0 && r.step !== 1)) {
    const drop = new Set<number>();
    for (let i = 0, j = r.start; i < r.length; i++, j += r.step) drop.add(j);
    setData(self, b.filter((_, i) => !drop.has(i)));
    return;
  }
  if (r.step === 1) {
    const stop = r.start + Math.max(0, r.length);
    const out = new Uint8Array(b.length - (stop - r.start) + src.length);
    out.set(b.subarray(0, r.start));
    out.set(src, r.start);
    out.set(b.subarray(stop), r.start + src.length);
    setData(self, out);
    return;
  }
  if (src.length !== r.length) raise('ValueError', `attempt to assign bytes of size ${src.length} to extended slice of size ${r.length}`);
  for (let i = 0, j = r.start; i < r.length; i++, j += r.step) b[j] = src[i];
}

/** PyNumber_Check: what a slice of a bytearray refuses to be assigned, rather than taking it as a count. */
function isNumber(v: PyValue): boolean {
  const t = typeOf(v);
  return t.nb_index !== null || t.nb_int !== null || t.nb_float !== null || v instanceof PyComplex;
}

function byteArrayInit(self: PyValue, argv: PyValue[], base: number, nargs: number, kwnames: string[] | null): void {
  const [x, encoding, errors] = sourceEncodingErrors('bytearray', argv, base, nargs, kwnames);
  if (x === undefined) {
    if (encoding !== undefined || errors !== undefined) raise('TypeError', encoding !== undefined ? 'encoding without a string argument' : 'errors without a string argument');
    setData(self, new Uint8Array(0));
    return;
  }
  const s = strValueOrUndefined(x);
  if (s !== undefined) {
    if (encoding === undefined) raise('TypeError', 'string argument without an encoding');
    setData(self, encodeText(s, encoding, errors ?? 'strict'));
    return;
  }
  if (encoding !== undefined || errors !== undefined) raise('TypeError', encoding !== undefined ? 'encoding without a string argument' : 'errors without a string argument');
  setData(self, bytesFromObject(x));
}

function byteArrayNew(type: PyType): PyValue {
  const b = new PyByteArray(new Uint8Array(0), type);
  return type === bytearrayType ? b : initInstanceExtras(b, type);
}

export const bytearrayType: PyType = defineType({
  name: 'bytearray',
  flags: TPFLAGS_BASETYPE | TPFLAGS_MATCH_SELF,
  slots: {
    tp_repr: byteArrayRepr,
    tp_str: byteArrayRepr,
    tp_hash: hashNotImplemented,
    tp_richcompare: (self, other, op) => (bufferOf(other) !== undefined && strValueOrUndefined(other) === undefined ? richcompareBytes(data(self), other, op) : NotImplemented),
    tp_iter: (self) => new PyByteArrayIterator(self as PyByteArray),
    tp_init: byteArrayInit,
    tp_new: byteArrayNew,
    nb_remainder: (a, b) => (a instanceof PyByteArray ? make(bytesPercentFormat(data(a), b)) : NotImplemented),
    sq_length: (self) => data(self).length,
    sq_concat: (a, b) => make(concatBytes(data(a), concatOperand(a, b))),
    sq_repeat: (self, n) => make(repeatBytes(data(self), n)),
    sq_item: (self, i) => {
      const b = data(self);
      if (i < 0 || i >= b.length) raise('IndexError', 'bytearray index out of range');
      return b[i];
    },
    sq_contains: (self, v) => containsBytes(data(self), v),
    sq_inplace_concat: (self, other) => {
      setData(self, concatBytes(data(self), concatOperand(self, other)));
      return self;
    },
    sq_inplace_repeat: (self, n) => {
      setData(self, repeatBytes(data(self), n));
      return self;
    },
    mp_length: (self) => data(self).length,
    mp_subscript: (self, key) => {
      const r = subscriptBytes(data(self), key, 'bytearray');
      return typeof r === 'number' ? r : make(r);
    },
    mp_ass_subscript: assignSubscript,
  },
  methods: () => ({
    '__alloc__($self, /)': { impl: (self: PyByteArray) => self.bytes.length + 1, textSignature: false },
    '__reduce__($self, /)': (self: PyByteArray) => reduce(self),
    '__reduce_ex__($self, proto: cint = 0, /)': (self: PyByteArray) => reduce(self),
    '__sizeof__($self, /)': (self: PyByteArray) => 56 + self.bytes.length + 1,
    'append($self, item, /)': (self: PyByteArray, v: PyValue) => {
      const c = byteValue(v);
      const out = new Uint8Array(self.bytes.length + 1);
      out.set(self.bytes);
      out[self.bytes.length] = c;
      setData(self, out);
      return null;
    },
    ...sharedBytesMethods(data, make, 'bytearray'),
    'clear($self, /)': (self: PyByteArray) => {
      setData(self, new Uint8Array(0));
      return null;
    },
    'copy($self, /)': (self: PyByteArray) => make(self.bytes.slice()),
    "decode($self, /, encoding: cstr = 'utf-8', errors: cstr = 'strict')": (self: PyByteArray, enc: string, err: string) => decodeBytes(self.bytes, enc, err),
    'extend($self, iterable_of_ints, /)': (self: PyByteArray, it: PyValue) => {
      // A buffer's bytes, else the iterable's items (a str's items are refused one by one, as not ints).
      let added = bufferOf(it);
      if (added === undefined) {
        const t = typeOf(it);
        if (t.tp_iter === null && t.sq_item === null) raise('TypeError', `can't extend bytearray with ${t.name}`);
        const items: number[] = [];
        abs.forEach(it, (v) => {
          items.push(byteValue(v));
        });
        added = Uint8Array.from(items);
      }
      setData(self, concatBytes(self.bytes, added));
      return null;
    },
    'insert($self, index: ssize, item, /)': (self: PyByteArray, index: number, v: PyValue) => {
      const c = byteValue(v);
      const b = self.bytes;
      let i = index;
      if (i < 0) i = Math.max(0, i + b.length);
      else if (i > b.length) i = b.length;
      const out = new Uint8Array(b.length + 1);
      out.set(b.subarray(0, i));
      out[i] = c;
      out.set(b.subarray(i), i + 1);
      setData(self, out);
      return null;
    },
    'pop($self, index: ssize = -1, /)': (self: PyByteArray, index: number) => {
      const b = self.bytes;
      if (b.length === 0) raise('IndexError', 'pop from empty bytearray');
      let i = index;
      if (i < 0) i += b.length;
      if (i < 0 || i >= b.length) raise('IndexError', 'pop index out of range');
      const v = b[i];
      setData(self, concatBytes(b.subarray(0, i), b.subarray(i + 1)));
      return v;
    },
    'remove($self, value, /)': (self: PyByteArray, v: PyValue) => {
      const c = byteValue(v);
      const i = self.bytes.indexOf(c);
      if (i < 0) raise('ValueError', 'value not found in bytearray');
      setData(self, concatBytes(self.bytes.subarray(0, i), self.bytes.subarray(i + 1)));
      return null;
    },
    'reverse($self, /)': (self: PyByteArray) => {
      self.bytes.reverse();
      return null;
    },
  }),
  classmethods: {
    'fromhex($type, string: str, /)': (type: PyType, s: string) => {
      const b = make(fromHex(s));
      return type === bytearrayType ? b : abs.call1(type, b);
    },
  },
  staticmethods: {
    'maketrans(frm, to, /)': { impl: (a: PyValue, b: PyValue) => new PyBytes(maketransBytes(a, b)), textSignature: false },
  },
});

function reduce(self: PyByteArray): PyTuple {
  const state = self.dict !== undefined && self.dict.size > 0 ? self.dict : null;
  let text = '';
  for (const c of self.bytes) text += String.fromCharCode(c);
  return new PyTuple([typeOf(self), new PyTuple([text, 'latin-1']), state]);
}



/** bytearray_iterator: reads the bytearray as it is at each step, so changes made while iterating show. */
class PyByteArrayIterator extends PyObject {
  index = 0;
  constructor(public seq: PyByteArray | null) {
    super(bytearrayIteratorType);
  }
}

const bytearrayIteratorType: PyType = defineType({
  name: 'bytearray_iterator',
  slots: {
    tp_getattro: abs.genericGetAttr,
    tp_iter: self,
    tp_iternext: (v) => {
      const it = v as PyByteArrayIterator;
      if (it.seq === null) return undefined;
      const b = data(it.seq);
      if (it.index < b.length) return b[it.index++];
      it.seq = null;
      return undefined;
    },
  },
  methods: {
    '__length_hint__($self, /)': (it: PyByteArrayIterator) => (it.seq === null ? 0 : Math.max(0, data(it.seq).length - it.index)),
    '__reduce__($self, /)': (it: PyByteArrayIterator) => reduceTo(it.seq, it.index),
    '__setstate__($self, state, /)': (it: PyByteArrayIterator, state: PyValue) => {
      if (it.seq !== null) it.index = setIndex(state, data(it.seq).length);
      return null;
    },
  },
});
