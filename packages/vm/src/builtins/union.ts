// types.UnionType (Objects/unionobject.c): int | str.

import { PyObject, typeOf, type PyType, type PyValue } from '../objects/object.js';
import { defineType } from '../objects/typedef.js';
import { raise } from '../objects/errors.js';
import { NotImplemented } from '../objects/singletons.js';
import * as abs from '../objects/abstract.js';
import { hashFrozenset } from '@pyc-ts/bytecode';
import { PyTuple } from './tuple.js';
import { PyGenericAlias, reprItem } from './genericalias.js';

export class PyUnion extends PyObject {
  constructor(readonly args: PyTuple) {
    super(unionType);
  }
}

/** Whether a value can be an operand of | between types (is_unionable). */
function unionable(v: PyValue): boolean {
  return v === null || abs.isType(v) || v instanceof PyGenericAlias || v instanceof PyUnion;
}

/** The members of a union operand, flattened; None stands for NoneType. */
function members(v: PyValue): PyValue[] {
  if (v instanceof PyUnion) return v.args.items;
  return [v === null ? typeOf(null) : v];
}

/** a | b for types: a Union, or NotImplemented for other operands (_Py_union_type_or). */
export function unionOf(a: PyValue, b: PyValue): PyValue {
  if (!unionable(a) || !unionable(b)) return NotImplemented;
  const out: PyValue[] = [];
  for (const m of [...members(a), ...members(b)]) if (!out.some((x) => x === m || (m instanceof PyGenericAlias && abs.eq(x, m)))) out.push(m);
  if (out.length === 1) return out[0];
  return new PyUnion(new PyTuple(out));
}

function unionRepr(u: PyUnion): string {
  return u.args.items.map((a) => (a === typeOf(null) ? 'None' : reprItem(a))).join(' | ');
}

export const unionType: PyType = defineType({
  name: 'types.UnionType',
  slots: {
    tp_repr: (u) => unionRepr(u as PyUnion),
    tp_hash: (u) => hashFrozenset((u as PyUnion).args.items.map(abs.hash)),
    tp_getattro: abs.genericGetAttr,
    tp_richcompare: (a, b, op) => {
      if (!(b instanceof PyUnion) || (op !== abs.EQ && op !== abs.NE)) return NotImplemented;
      const x = (a as PyUnion).args.items;
      const y = b.args.items;
      const eq = x.length === y.length && x.every((m) => y.some((n) => abs.eq(m, n)));
      return op === abs.EQ ? eq : !eq;
    },
    nb_or: unionOf,
    mp_subscript: (u) => raise('TypeError', `${abs.repr(u)} is not a generic class`),
  },
  members: {
    __args__: { get: (u: PyUnion) => u.args },
  },
  getsets: {
    __parameters__: { get: () => new PyTuple([]) },
  },
});

/** isinstance/issubclass against a union: any of its members (union_instancecheck). */
export function unionMembers(v: PyValue): PyValue[] | undefined {
  return v instanceof PyUnion ? v.args.items : undefined;
}
