// memoryview (Objects/memoryobject.c) over the byte buffers the VM has (bytes,
// bytearray, and other memoryviews), one-dimensional, with format 'B' or a
// cast to another single-character integer format of itemsize 1.

import { PyObject, typeOf, TPFLAGS_SEQUENCE, type PyType, type PyValue } from '../objects/object.js';
import { defineType } from '../objects/typedef.js';
import { raise } from '../objects/errors.js';
import { NotImplemented } from '../objects/singletons.js';
import { strValueOrUndefined } from '../objects/boxed.js';
import * as abs from '../objects/abstract.js';
import { hashBytes } from '@pyc-ts/bytecode';
import { PyTuple } from './tuple.js';
import { PyList } from './list.js';
import { PyBytes } from './bytes.js';
import { PyByteArray } from './bytearray.js';
import { PySlice, sliceRange } from './slice.js';
import { bufferOf, byteValue, bytesEqual, hexBytes } from './bytes_methods.js';
import { addressOf } from './identity.js';
import { newArrayIterator } from './iterators.js';

export class PyMemoryView extends PyObject {
  released = false;
  constructor(
    /** The exporting object (.obj). */
    readonly obj: PyValue,
    /** Where the view starts in the exporter's current buffer, its step and length. */
    readonly start: number,
    readonly step: number,
    readonly length: number,
    readonly readonly: boolean,
    readonly format: string,
  ) {
    super(memoryviewType);
  }

  /** The exporter's buffer as it is now (a bytearray replaces its array when it grows). */
  buffer(): Uint8Array {
    if (this.released) raise('ValueError', 'operation forbidden on released memoryview object');
    return bufferOf(this.obj)!;
  }

  /** The bytes the view shows. */
  data(): Uint8Array {
    const b = this.buffer();
    if (this.step === 1) return b.subarray(this.start, this.start + this.length);
    const out = new Uint8Array(this.length);
    for (let i = 0, j = this.start; i < this.length; i++, j += this.step) out[i] = b[j];
    return out;
  }
}

function view(v: PyValue): PyMemoryView {
  return v as PyMemoryView;
}

function signed(format: string): boolean {
  return format === 'b';
}

function item(m: PyMemoryView, byte: number): PyValue {
  if (m.format === 'c') return new PyBytes(Uint8Array.of(byte));
  if (m.format === '?') return byte !== 0;
  return signed(m.format) && byte > 127 ? byte - 256 : byte;
}

function memoryviewNew(_type: PyType, argv: PyValue[], base: number, nargs: number, kwnames: string[] | null): PyValue {
  const nkw = kwnames === null ? 0 : kwnames.length;
  if (nargs + nkw !== 1 || (nkw === 1 && kwnames![0] !== 'object')) {
    if (nkw === 1 && kwnames![0] !== 'object') raise('TypeError', `'${kwnames![0]}' is an invalid keyword argument for memoryview()`);
    raise('TypeError', `memoryview() missing required argument 'object' (pos 1)`);
  }
  const obj = argv[base];
  if (obj instanceof PyMemoryView) {
    obj.buffer();
    return new PyMemoryView(obj.obj, obj.start, obj.step, obj.length, obj.readonly, obj.format);
  }
  const b = bufferOf(obj);
  if (b === undefined || strValueOrUndefined(obj) !== undefined) raise('TypeError', `memoryview: a bytes-like object is required, not '${typeOf(obj).name}'`);
  return new PyMemoryView(obj, 0, 1, b.length, !(obj instanceof PyByteArray), 'B');
}

function subscript(self: PyValue, key: PyValue): PyValue {
  const m = view(self);
  const b = m.buffer();
  if (key instanceof PySlice) {
    const r = sliceRange(key, m.length);
    return new PyMemoryView(m.obj, m.start + r.start * m.step, m.step * r.step, r.length, m.readonly, m.format);
  }
  if (key instanceof PyTuple) raise('TypeError', 'memoryview: invalid slice key');
  if (!abs.isIndex(key)) raise('TypeError', 'memoryview: invalid slice key');
  let i = abs.asSsize(key, 'IndexError');
  if (i < 0) i += m.length;
  if (i < 0 || i >= m.length) raise('IndexError', 'index out of bounds on dimension 1');
  return item(m, b[m.start + i * m.step]);
}

function assSubscript(self: PyValue, key: PyValue, value: PyValue): void {
  const m = view(self);
  const b = m.buffer();
  if (m.readonly) raise('TypeError', 'cannot modify read-only memory');
  if (value === undefined) raise('TypeError', 'cannot delete memory');
  if (key instanceof PySlice) {
    const r = sliceRange(key, m.length);
    const src = bufferOf(value);
    if (src === undefined) raise('TypeError', `a bytes-like object is required, not '${typeOf(value).name}'`);
    if (src.length !== r.length) raise('ValueError', 'memoryview assignment: lvalue and rvalue have different structures');
    const copy = src.slice();
    for (let i = 0, j = m.start + r.start * m.step; i < r.length; i++, j += m.step * r.step) b[j] = copy[i];
    return;
  }
  if (!abs.isIndex(key)) raise('TypeError', 'memoryview: invalid slice key');
  let i = abs.asSsize(key, 'IndexError');
  if (i < 0) i += m.length;
  if (i < 0 || i >= m.length) raise('IndexError', 'index out of bounds on dimension 1');
  let byte: number;
  if (m.format === 'c') {
    const v = bufferOf(value);
    if (v === undefined || v.length !== 1) raise('ValueError', `memoryview: invalid value for format '${m.format}'`);
    byte = v[0];
  } else if (signed(m.format)) {
    const n = abs.index(value);
    if (typeof n === 'bigint' || n < -128 || n > 127) raise('ValueError', `memoryview: invalid value for format '${m.format}'`);
    byte = n & 0xff;
  } else {
    try {
      byte = byteValue(value);
    } catch {
      raise('ValueError', `memoryview: invalid value for format '${m.format}'`);
    }
  }
  b[m.start + i * m.step] = byte;
}

const CASTS = ['B', 'b', 'c'];

export const memoryviewType: PyType = defineType({
  name: 'memoryview',
  flags: TPFLAGS_SEQUENCE,
  slots: {
    tp_repr: (self) => (view(self).released ? `<released memory at ${addressOf(self)}>` : `<memory at ${addressOf(self)}>`),
    tp_hash: (self) => {
      const m = view(self);
      if (!m.readonly) raise('ValueError', 'cannot hash writable memoryview object');
      return hashBytes(m.data());
    },
    tp_richcompare: (a, b, op) => {
      if (op !== abs.EQ && op !== abs.NE) return NotImplemented;
      const m = view(a);
      if (m.released) return op === abs.EQ ? a === b : a !== b;
      const other = b instanceof PyMemoryView ? (b.released ? undefined : b.data()) : bufferOf(b);
      if (other === undefined) return op === abs.NE;
      const eq = bytesEqual(m.data(), other);
      return op === abs.EQ ? eq : !eq;
    },
    tp_iter: (self) => {
      const m = view(self);
      return newArrayIterator(Array.from(m.data(), (x) => item(m, x)), 'tuple_iterator');
    },
    tp_new: memoryviewNew,
    sq_length: (self) => {
      view(self).buffer();
      return view(self).length;
    },
    mp_length: (self) => {
      view(self).buffer();
      return view(self).length;
    },
    mp_subscript: subscript,
    mp_ass_subscript: assSubscript,
  },
  methods: {
    'release($self, /)': (m: PyMemoryView) => {
      m.released = true;
      return null;
    },
    'tobytes($self, /, order=None)': (m: PyMemoryView) => new PyBytes(m.data().slice()),
    'hex($self, /, sep=<unrepresentable>, bytes_per_sep: cint = 1)': (m: PyMemoryView, sep: PyValue, per: number) => hexBytes(m.data(), sep, per),
    'tolist($self, /)': (m: PyMemoryView) => new PyList(Array.from(m.data(), (x) => item(m, x))),
    'cast($self, /, format: str, shape=<unrepresentable>)': (m: PyMemoryView, format: string) => {
      m.buffer();
      if (!CASTS.includes(format)) raise('ValueError', "memoryview: destination format must be a native single character format prefixed with an optional '@'");
      return new PyMemoryView(m.obj, m.start, m.step, m.length, m.readonly, format);
    },
    'toreadonly($self, /)': (m: PyMemoryView) => new PyMemoryView(m.obj, m.start, m.step, m.length, true, m.format),
    '__enter__($self, /)': { impl: (m: PyMemoryView) => (m.buffer(), m), textSignature: false },
    '__exit__($self, /, *exc_info)': {
      impl: (m: PyMemoryView) => {
        m.released = true;
        return null;
      },
      style: 'varargs',
      textSignature: false,
    },
  },
  getsets: {
    obj: { get: (m: PyMemoryView) => (m.buffer(), m.obj) },
    nbytes: { get: (m: PyMemoryView) => (m.buffer(), m.length) },
    readonly: { get: (m: PyMemoryView) => (m.buffer(), m.readonly) },
    itemsize: { get: (m: PyMemoryView) => (m.buffer(), 1) },
    format: { get: (m: PyMemoryView) => (m.buffer(), m.format) },
    ndim: { get: (m: PyMemoryView) => (m.buffer(), 1) },
    shape: { get: (m: PyMemoryView) => (m.buffer(), new PyTuple([m.length])) },
    strides: { get: (m: PyMemoryView) => (m.buffer(), new PyTuple([m.step])) },
    suboffsets: { get: (m: PyMemoryView) => (m.buffer(), new PyTuple([])) },
    c_contiguous: { get: (m: PyMemoryView) => (m.buffer(), m.step === 1 || m.length <= 1) },
    f_contiguous: { get: (m: PyMemoryView) => (m.buffer(), m.step === 1 || m.length <= 1) },
    contiguous: { get: (m: PyMemoryView) => (m.buffer(), m.step === 1 || m.length <= 1) },
  },
});

