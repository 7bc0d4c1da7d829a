// set and frozenset, stored as a PyDict of their elements (Python's hashing and
// equality, insertion order for iteration).

import { PyDict } from './dict.js';
import { PyObject, PyType, objectType, typeType, type PyValue } from './objects.js';

export const setType = new PyType('set', objectType, typeType);
export const frozensetType = new PyType('frozenset', objectType, typeType);

export class PySet extends PyObject {
  readonly table = new PyDict();
  constructor(items: Iterable<PyValue> = [], frozen = false) {
    super(frozen ? frozensetType : setType);
    for (const v of items) this.table.set(v, true);
  }

  get frozen(): boolean {
    return this.type === frozensetType;
  }

  get size(): number {
    return this.table.size;
  }

  has(v: PyValue): boolean {
    return this.table.has(v);
  }

  add(v: PyValue): void {
    this.table.set(v, true);
  }

  items(): PyValue[] {
    return this.table.keys();
  }
}

/** |, &, -, ^ on two sets; the result has the left operand's type. */
export function setOperation(op: '|' | '&' | '-' | '^', a: PySet, b: PySet): PySet {
  const out = new PySet([], a.frozen);
  if (op === '|') {
    for (const v of a.items()) out.add(v);
    for (const v of b.items()) out.add(v);
  } else if (op === '&') {
    for (const v of a.items()) if (b.has(v)) out.add(v);
  } else if (op === '-') {
    for (const v of a.items()) if (!b.has(v)) out.add(v);
  } else {
    for (const v of a.items()) if (!b.has(v)) out.add(v);
    for (const v of b.items()) if (!a.has(v)) out.add(v);
  }
  return out;
}
