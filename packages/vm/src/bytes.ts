// bytes: an immutable byte string (constants, concatenation, indexing, decode).

import { PyObject, PyType, objectType, typeType } from './objects.js';

export const bytesType = new PyType('bytes', objectType, typeType);

export class PyBytes extends PyObject {
  /** The contents; a bytearray replaces it as it changes, a bytes never does. */
  constructor(
    public bytes: Uint8Array,
    type: PyType = bytesType,
  ) {
    super(type);
  }
}

export function bytesEqual(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

export function bytesConcat(a: Uint8Array, b: Uint8Array): Uint8Array {
  const out = new Uint8Array(a.length + b.length);
  out.set(a);
  out.set(b, a.length);
  return out;
}

/** Lexicographic order of two byte strings: negative, zero or positive. */
export function bytesCompare(a: Uint8Array, b: Uint8Array): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) if (a[i] !== b[i]) return a[i] - b[i];
  return a.length - b.length;
}
