// complex: the value type. Arithmetic is in arithmetic.ts (on @pyc-ts/bytecode's
// complexmath, shared with constant folding), construction in builtins.ts.

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
