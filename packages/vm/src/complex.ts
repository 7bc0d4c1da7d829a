// complex: constants and the results of float powers of negative numbers.
// Only construction and repr so far (complex arithmetic is not implemented yet).

import { floatRepr } from '@pyc-ts/bytecode';
import { PyObject, PyType, objectType, typeType } from './objects.js';

export const complexType = new PyType('complex', objectType, typeType);

export class PyComplex extends PyObject {
  constructor(
    readonly real: number,
    readonly imag: number,
  ) {
    super(complexType);
  }
}

/** repr(float) without the '.0' a repr adds to integral values (format code 'r', no flags). */
function part(x: number): string {
  const r = floatRepr(x);
  return r.endsWith('.0') ? r.slice(0, -2) : r;
}

/** complex_repr (Objects/complexobject.c). */
export function complexRepr(c: PyComplex): string {
  if (c.real === 0 && !Object.is(c.real, -0)) return part(c.imag) + 'j';
  const im = part(c.imag);
  const signed = im.startsWith('-') ? im : '+' + im;
  return `(${part(c.real)}${signed}j)`;
}
