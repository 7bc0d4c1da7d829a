// bytearray: a mutable bytes. Its non-mutating methods are bytes' own, run on a
// bytes view of the contents, with bytes results turned into bytearrays (as
// CPython's bytearray methods return bytearrays); the mutating ones are here.

import { PyBuiltinFunction, PyList, PyTuple, PyType, objectType, typeOf, typeType, type PyValue } from './objects.js';
import { PyBytes, bytesType } from './bytes.js';
import { PyMethodWrapper } from './classes.js';
import { install } from './methods.js';
import { iterate } from './builtins.js';
import { activeInterpreter } from './interpreter.js';
import { raise } from './errors.js';
import { deleteItem, setItem } from './operations.js';
import { builtinRepr } from './protocols.js';

export const bytearrayType = new PyType('bytearray', objectType, typeType);

export class PyByteArray extends PyBytes {
  /** Room to grow: bytes is a view of the first `bytes.length` bytes of buffer. */
  private buffer: Uint8Array;

  constructor(bytes: Uint8Array = new Uint8Array(0)) {
    super(bytes, bytearrayType);
    this.buffer = bytes;
  }

  /** Replaces the contents. */
  set(data: Uint8Array): void {
    this.buffer = data;
    this.bytes = data;
  }

  append(b: number): void {
    const n = this.bytes.length;
    if (n === this.buffer.length) {
      const grown = new Uint8Array(Math.max(8, n * 2));
      grown.set(this.bytes);
      this.buffer = grown;
    }
    this.buffer[n] = b;
    this.bytes = this.buffer.subarray(0, n + 1);
  }
}

/** A byte value for bytearray: an int in range(256). */
export function byteValue(v: PyValue): number {
  if (typeof v === 'boolean') return v ? 1 : 0;
  if (typeof v !== 'number' && typeof v !== 'bigint') raise('TypeError', `'${typeOf(v).name}' object cannot be interpreted as an integer`);
  if (v < 0 || v > 255) raise('ValueError', 'byte must be in range(0, 256)');
  return Number(v);
}

/** bytes results of bytes' methods, as bytearray's methods return them. */
function asByteArrays(v: PyValue): PyValue {
  if (v instanceof PyBytes && !(v instanceof PyByteArray)) return new PyByteArray(v.bytes.slice());
  if (v instanceof PyList) return new PyList(v.items.map(asByteArrays));
  if (v instanceof PyTuple) return new PyTuple(v.items.map(asByteArrays));
  return v;
}

export function installByteArrayMethods(): void {
  for (const [name, f] of bytesType.dict) {
    if (name === '__hash__' || name === '__repr__' || name === '__str__') continue;
    if (f instanceof PyBuiltinFunction && f.owner === bytesType) {
      bytearrayType.dict.set(name, new PyBuiltinFunction(name, (argv, kwnames) => {
        const self = argv[0];
        if (!(self instanceof PyByteArray)) {
          raise('TypeError', `descriptor '${name}' for 'bytearray' objects doesn't apply to a '${typeOf(self).name}' object`);
        }
        return asByteArrays(f.call([new PyBytes(self.bytes), ...argv.slice(1)], kwnames));
      }, undefined, bytearrayType, f.slot));
    } else if (f instanceof PyMethodWrapper && f.func instanceof PyBuiltinFunction) {
      const inner = f.func;
      bytearrayType.dict.set(name, new PyMethodWrapper(f.type, new PyBuiltinFunction(name, (argv, kwnames) => asByteArrays(inner.call(argv, kwnames)))));
    }
  }
  bytearrayType.dict.set('__hash__', null);
  const self = (v: PyValue) => v as PyByteArray;
  install(bytearrayType, 'append', 1, 1, (s, [b]) => (self(s).append(byteValue(b)), null));
  install(bytearrayType, 'extend', 1, 1, (s, [it]) => {
    const src = it instanceof PyBytes ? Array.from(it.bytes) : [...iterate(activeInterpreter(), it)].map(byteValue);
    for (const b of src) self(s).append(b);
    return null;
  });
  install(bytearrayType, 'insert', 2, 2, (s, [i, b]) => {
    const data = Array.from(self(s).bytes);
    const n = data.length;
    let at = Number(i);
    if (at < 0) at = Math.max(0, at + n);
    data.splice(Math.min(at, n), 0, byteValue(b));
    self(s).set(Uint8Array.from(data));
    return null;
  });
  install(bytearrayType, 'pop', 0, 1, (s, [i]) => {
    const data = self(s).bytes;
    if (data.length === 0) raise('IndexError', 'pop from empty bytearray');
    let at = i === undefined ? data.length - 1 : Number(i);
    if (at < 0) at += data.length;
    if (at < 0 || at >= data.length) raise('IndexError', 'pop index out of range');
    const b = data[at];
    self(s).set(Uint8Array.from([...data.subarray(0, at), ...data.subarray(at + 1)]));
    return b;
  });
  install(bytearrayType, 'remove', 1, 1, (s, [b]) => {
    const data = self(s).bytes;
    const at = data.indexOf(byteValue(b));
    if (at < 0) raise('ValueError', 'value not found in bytearray');
    self(s).set(Uint8Array.from([...data.subarray(0, at), ...data.subarray(at + 1)]));
    return null;
  });
  install(bytearrayType, 'clear', 0, 0, (s) => (self(s).set(new Uint8Array(0)), null));
  install(bytearrayType, 'reverse', 0, 0, (s) => (self(s).set(self(s).bytes.slice().reverse()), null));
  install(bytearrayType, 'copy', 0, 0, (s) => new PyByteArray(self(s).bytes.slice()));
  install(bytearrayType, '__setitem__', 2, 2, (s, [k, v]) => (setItem(s, k, v), null), [], true);
  install(bytearrayType, '__delitem__', 1, 1, (s, [k]) => (deleteItem(s, k), null), [], true);
  install(bytearrayType, '__repr__', 0, 0, (s) => builtinRepr(s), [], true);
}

/** b[i] = v and b[i:j] = iterable for a bytearray. */
export function byteArraySetItem(target: PyByteArray, positions: number[] | null, index: number, value: PyValue, sliceStep: number): void {
  if (positions === null) {
    const data = target.bytes;
    data[index] = byteValue(value);
    return;
  }
  const items = value instanceof PyBytes ? Array.from(value.bytes) : [...iterate(activeInterpreter(), value)].map(byteValue);
  const data = Array.from(target.bytes);
  if (sliceStep === 1) {
    const start = positions.length ? positions[0] : index;
    data.splice(start, positions.length, ...items);
  } else {
    if (items.length !== positions.length) {
      raise('ValueError', `attempt to assign bytes of size ${items.length} to extended slice of size ${positions.length}`);
    }
    positions.forEach((p, k) => (data[p] = items[k]));
  }
  target.set(Uint8Array.from(data));
}

