// types.GenericAlias (Objects/genericaliasobject.c): list[int] and friends.

import { PyObject, tupleType, TPFLAGS_BASETYPE, type PyType, type PyValue } from '../objects/object.js';
import { defineType } from '../objects/typedef.js';
import { exceptionType, isInstanceOfException, raise } from '../objects/errors.js';
import { NotImplemented, Ellipsis } from '../objects/singletons.js';
import { strValueOrUndefined } from '../objects/boxed.js';
import * as abs from '../objects/abstract.js';
import { hashTuple } from '@pyc-ts/bytecode';
import { PyTuple, EMPTY_TUPLE } from './tuple.js';
import { PyList } from './list.js';
import { unionOf } from './union.js';

export class PyGenericAlias extends PyObject {
  constructor(
    readonly origin: PyValue,
    readonly args: PyTuple,
    readonly starred = false,
    type: PyType = genericAliasType,
  ) {
    super(type);
  }
  private params: PyTuple | null = null;
  get parameters(): PyTuple {
    return (this.params ??= collectParameters(this.args.items));
  }
}

/** The TypeVars (objects with __typing_subst__) among the arguments, in order (_Py_make_parameters). */
function collectParameters(args: PyValue[]): PyTuple {
  const out: PyValue[] = [];
  for (const a of args) {
    if (abs.isType(a)) continue;
    if (abs.getAttrOrUndefined(a, '__typing_subst__') !== undefined) {
      if (!out.includes(a)) out.push(a);
      continue;
    }
    const sub = abs.getAttrOrUndefined(a, '__parameters__');
    if (sub instanceof PyTuple) for (const p of sub.items) if (!out.includes(p)) out.push(p);
  }
  return out.length === 0 ? EMPTY_TUPLE : new PyTuple(out);
}

/** cls[item] for the builtin generic types (their __class_getitem__). */
export function genericAlias(cls: PyValue, item: PyValue): PyValue {
  return new PyGenericAlias(cls, item instanceof PyTuple ? item : new PyTuple([item]));
}

/** The repr of one argument of a generic alias (ga_repr_item). */
export function reprItem(v: PyValue): string {
  if (v === Ellipsis) return '...';
  if (v instanceof PyGenericAlias) return gaRepr(v);
  if (abs.isType(v) && !(abs.getAttrOrUndefined(v, '__origin__') !== undefined && abs.getAttrOrUndefined(v, '__args__') !== undefined)) {
    const module = abs.getAttrOrUndefined(v, '__module__');
    const qualname = abs.getAttrOrUndefined(v, '__qualname__');
    if (strValueOrUndefined(module) === 'builtins') return strValueOrUndefined(qualname)!;
    if (module !== undefined && qualname !== undefined) return `${abs.str(module)}.${abs.str(qualname)}`;
  }
  return abs.repr(v);
}

function gaRepr(g: PyGenericAlias): string {
  const args = g.args.items;
  const inner = args.length === 0 ? '()' : args.map((a) => (a instanceof PyTuple && a.items.length === 0 ? '()' : reprItem(a))).join(', ');
  return `${g.starred ? '*' : ''}${reprItem(g.origin)}[${inner}]`;
}

const ATTR_EXCEPTIONS = new Set([
  '__class__',
  '__origin__',
  '__args__',
  '__unpacked__',
  '__parameters__',
  '__typing_unpacked_tuple_args__',
  '__mro_entries__',
  '__reduce_ex__',
  '__reduce__',
  '__copy__',
  '__deepcopy__',
]);

export const genericAliasType: PyType = defineType({
  name: 'types.GenericAlias',
  flags: TPFLAGS_BASETYPE,
  slots: {
    tp_repr: (g) => gaRepr(g as PyGenericAlias),
    tp_hash: (g) => hashTuple([abs.hash((g as PyGenericAlias).origin), abs.hash((g as PyGenericAlias).args)]),
    tp_call: (g, argv, base, nargs, kwnames) => {
      const obj = abs.vectorcall((g as PyGenericAlias).origin, argv, base, nargs, kwnames);
      try {
        abs.setAttr(obj, '__orig_class__', g);
      } catch (e) {
        if (!isInstanceOfException(e, exceptionType('AttributeError')) && !isInstanceOfException(e, exceptionType('TypeError'))) throw e;
      }
      return obj;
    },
    tp_getattro: (self, name) => {
      const g = self as PyGenericAlias;
      if (!ATTR_EXCEPTIONS.has(name)) return abs.getAttr(g.origin, name);
      return abs.genericGetAttr(self, name);
    },
    tp_richcompare: (a, b, op) => {
      if (!(b instanceof PyGenericAlias) || (op !== abs.EQ && op !== abs.NE)) return NotImplemented;
      const x = a as PyGenericAlias;
      const eq = x.starred === b.starred && abs.eq(x.origin, b.origin) && abs.eq(x.args, b.args);
      return op === abs.EQ ? eq : !eq;
    },
    tp_iter: (g) => abs.getIter(new PyTuple([new PyGenericAlias((g as PyGenericAlias).origin, (g as PyGenericAlias).args, true)])),
    nb_or: (a, b) => unionOf(a, b),
    mp_subscript: (g, item) => {
      const x = g as PyGenericAlias;
      const params = x.parameters.items;
      if (params.length === 0) raise('TypeError', `${abs.repr(x)} is not a generic class`);
      const items = item instanceof PyTuple ? item.items : [item];
      if (items.length !== params.length) {
        raise('TypeError', `Too ${items.length > params.length ? 'many' : 'few'} arguments for ${abs.repr(x)}; actual ${items.length}, expected ${params.length}`);
      }
      const subst = (a: PyValue): PyValue => {
        const i = params.indexOf(a);
        if (i >= 0) return items[i];
        if (a instanceof PyGenericAlias) return abs.getItem(a, new PyTuple(a.parameters.items.map(subst)));
        return a;
      };
      return new PyGenericAlias(x.origin, new PyTuple(x.args.items.map(subst)), x.starred);
    },
    tp_new: (_type, argv, base, nargs, kwnames) => {
      if (kwnames !== null && kwnames.length > 0) raise('TypeError', 'GenericAlias() takes no keyword arguments');
      if (nargs !== 2) raise('TypeError', `GenericAlias expected 2 arguments, got ${nargs}`);
      const args = argv[base + 1];
      return new PyGenericAlias(argv[base], args instanceof PyTuple ? args : new PyTuple([args]));
    },
  },
  methods: {
    '__mro_entries__($self, bases, /)': { impl: (g: PyGenericAlias) => new PyTuple([g.origin]), textSignature: false },
    '__instancecheck__($self, obj, /)': { impl: () => raise('TypeError', 'isinstance() argument 2 cannot be a parameterized generic'), textSignature: false },
    '__subclasscheck__($self, obj, /)': { impl: () => raise('TypeError', 'issubclass() argument 2 cannot be a parameterized generic'), textSignature: false },
    '__reduce__($self, /)': { impl: (g: PyGenericAlias) => new PyTuple([genericAliasType, new PyTuple([g.origin, g.args])]), textSignature: false },
    '__dir__($self, /)': {
      impl: (g: PyGenericAlias) => {
        const names = abs.toArray(abs.call0(abs.getAttr(g.origin, '__dir__')));
        for (const n of ATTR_EXCEPTIONS) if (!names.includes(n)) names.push(n);
        return new PyList(names);
      },
      textSignature: false,
    },
  },
  members: {
    __origin__: { get: (g: PyGenericAlias) => g.origin },
    __args__: { get: (g: PyGenericAlias) => g.args },
    __unpacked__: { get: (g: PyGenericAlias) => g.starred },
  },
  getsets: {
    __parameters__: { get: (g: PyGenericAlias) => g.parameters },
    __typing_unpacked_tuple_args__: { get: (g: PyGenericAlias) => (g.starred && g.origin === tupleType ? g.args : null) },
  },
});
