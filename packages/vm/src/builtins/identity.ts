// id(): a stable number per object. CPython shows addresses; these are unique
// and look alike (aligned, in a plausible heap range).

import { PyObject, type PyValue } from '../objects/object.js';

let nextId = 0x7f0000001000;

function newId(): number {
  const id = nextId;
  nextId += 0x30;
  return id;
}

/** id(o) for an object. */
export function objectId(o: PyObject): number {
  return o.id ??= newId();
}

const primitiveIds = new Map<unknown, number>();

/** id(v) for any value: ints, strs, bools and None have no identity of their own here, so equal values share an id. */
export function valueId(v: PyValue): number {
  if (v instanceof PyObject) return objectId(v);
  const key = typeof v === 'string' ? 's' + v : v;
  let id = primitiveIds.get(key);
  if (id === undefined) primitiveIds.set(key, (id = newId()));
  return id;
}

/** The address-like text repr shows for an object ('0x7f0000001030'). */
export function addressOf(v: PyValue): string {
  return '0x' + valueId(v).toString(16).padStart(12, '0');
}
