// bytes (Objects/bytesobject.c): an immutable byte string.

import { PyObject, typeOf, TPFLAGS_BASETYPE, TPFLAGS_BYTES_SUBCLASS, TPFLAGS_MATCH_SELF, type PyType, type PyValue } from '../objects/object.js';
import { defineType } from '../objects/typedef.js';
import { raise } from '../objects/errors.js';
import { NotImplemented } from '../objects/singletons.js';
import { strValueOrUndefined } from '../objects/boxed.js';
import * as abs from '../objects/abstract.js';
import { initInstanceExtras } from './object.js';
import { PyTuple } from './tuple.js';
import { newArrayIterator } from './iterators.js';
import {
  bufferOf,
  bytesFromObject,
  bytesRepr,
  concatBytes,
  concatOperand,
  containsBytes,
  fromHex,
  hashBytes,
  maketransBytes,
  repeatBytes,
  richcompareBytes,
  sharedBytesMethods,
  subscriptBytes,
} from './bytes_methods.js';
import { decodeBytes, encodeText, sourceEncodingErrors } from './str_codecs.js';
import { bytesPercentFormat } from './str_percent.js';

export class PyBytes extends PyObject {
  /** The contents; a bytearray replaces them as it changes, a bytes never does. */
  constructor(
    public bytes: Uint8Array,
    type: PyType = bytesType,
  ) {
    super(type);
  }
}

function data(v: PyValue): Uint8Array {
  return (v as PyBytes).bytes;
}

const make = (b: Uint8Array): PyValue => new PyBytes(b);

function bytesNew(type: PyType, argv: PyValue[], base: number, nargs: number, kwnames: string[] | null): PyValue {
  const [x, encoding, errors] = sourceEncodingErrors('bytes', argv, base, nargs, kwnames);
  let b: Uint8Array;
  if (x === undefined) {
    if (encoding !== undefined || errors !== undefined) raise('TypeError', encoding !== undefined ? 'encoding without a string argument' : 'errors without a string argument');
    b = new Uint8Array(0);
  } else if (encoding !== undefined || errors !== undefined) {
    const s = strValueOrUndefined(x);
    if (encoding === undefined) raise('TypeError', s !== undefined ? 'string argument without an encoding' : 'errors without a string argument');
    if (s === undefined) raise('TypeError', 'encoding without a string argument');
    b = encodeText(s, encoding, errors ?? 'strict');
  } else {
    const conv = typeOf(x).lookup('__bytes__');
    if (conv !== undefined) {
      const r = abs.callSpecialFound(conv, x, []);
      if (!(r instanceof PyBytes) || !r.type.isSubtypeOf(bytesType)) raise('TypeError', `__bytes__ returned non-bytes (type ${typeOf(r).name})`);
      if (type === bytesType) return r;
      b = r.bytes;
    } else {
      b = bytesFromObject(x, 'bytes');
    }
  }
  if (type === bytesType) return new PyBytes(b);
  return initInstanceExtras(new PyBytes(b, type), type);
}

export const bytesType: PyType = defineType({
  name: 'bytes',
  flags: TPFLAGS_BASETYPE | TPFLAGS_BYTES_SUBCLASS | TPFLAGS_MATCH_SELF,
  slots: {
    tp_repr: (self) => bytesRepr(data(self)),
    tp_str: (self) => bytesRepr(data(self)),
    tp_hash: (self) => hashBytes(data(self)),
    tp_richcompare: (self, other, op) => (other instanceof PyBytes && other.type.isSubtypeOf(bytesType) ? richcompareBytes(data(self), other, op) : NotImplemented),
    tp_iter: (self) => newArrayIterator(Array.from(data(self)), 'bytes_iterator', self),
    tp_new: bytesNew,
    nb_remainder: (a, b) => (a instanceof PyBytes && a.type.isSubtypeOf(bytesType) ? new PyBytes(bytesPercentFormat(data(a), b)) : NotImplemented),
    sq_length: (self) => data(self).length,
    sq_concat: (a, b) => new PyBytes(concatBytes(data(a), concatOperand(a, b))),
    sq_repeat: (self, n) => (n === 1 && self.type === bytesType ? self : new PyBytes(repeatBytes(data(self), n))),
    sq_item: (self, i) => {
      const b = data(self);
      if (i < 0 || i >= b.length) raise('IndexError', 'index out of range');
      return b[i];
    },
    sq_contains: (self, v) => containsBytes(data(self), v),
    mp_subscript: (self, key) => {
      const r = subscriptBytes(data(self), key, 'byte');
      return typeof r === 'number' ? r : new PyBytes(r);
    },
  },
  methods: () => ({
    '__getnewargs__($self, /)': { impl: (self: PyBytes) => new PyTuple([new PyBytes(self.bytes)]), textSignature: false },
    '__bytes__($self, /)': (self: PyBytes) => (self.type === bytesType ? self : new PyBytes(self.bytes)),
    ...sharedBytesMethods(data, make, 'bytes'),
    "decode($self, /, encoding: cstr = 'utf-8', errors: cstr = 'strict')": (self: PyBytes, enc: string, err: string) => decodeBytes(self.bytes, enc, err),
  }),
  classmethods: {
    'fromhex($type, string: str, /)': (type: PyType, s: string) => {
      const b = new PyBytes(fromHex(s));
      return type === bytesType ? b : abs.call1(type, b);
    },
  },
  staticmethods: {
    'maketrans(frm, to, /)': { impl: (a: PyValue, b: PyValue) => new PyBytes(maketransBytes(a, b)), textSignature: false },
  },
});


export { bufferOf };
