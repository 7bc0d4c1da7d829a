// complex: constants and the results of float powers of negative numbers.
// Only construction and repr so far (complex arithmetic is not implemented yet).

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
