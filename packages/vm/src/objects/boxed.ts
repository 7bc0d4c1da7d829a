// Instances of subclasses of int and str. int and str values are JS primitives
// (number/bigint, string), which cannot carry another type or a __dict__; an
// instance of a subclass is a PyBoxed holding the primitive value. The
// builtin types' slots and methods unwrap it (intValue, strValue).

import { PyObject, type PyType, type PyValue } from './object.js';

export type Int = number | bigint;

export class PyBoxed extends PyObject {
  constructor(
    type: PyType,
    readonly value: Int | string,
  ) {
    super(type);
  }
}

/** The string of a str or str subclass instance; undefined for anything else. */
export function strValueOrUndefined(v: PyValue): string | undefined {
  if (typeof v === 'string') return v;
  if (v instanceof PyBoxed && typeof v.value === 'string') return v.value;
  return undefined;
}

/** The value of an int (bool included) or int subclass instance; undefined for anything else. */
export function intValueOrUndefined(v: PyValue): Int | undefined {
  switch (typeof v) {
    case 'number':
    case 'bigint':
      return v;
    case 'boolean':
      return v ? 1 : 0;
  }
  if (v instanceof PyBoxed && typeof v.value !== 'string') return v.value;
  return undefined;
}
