// method (Objects/classobject.c): a function bound to an object.

import { PyObject, typeOf, type PyType, type PyValue } from '../objects/object.js';
import { defineType } from '../objects/typedef.js';
import { raise } from '../objects/errors.js';
import { NotImplemented } from '../objects/singletons.js';
import * as abs from '../objects/abstract.js';
import { interp } from '../objects/state.js';
import { PyTuple } from './tuple.js';
import { objectHash } from './object.js';

export class PyMethod extends PyObject {
  constructor(
    readonly func: PyValue,
    readonly self: PyValue,
  ) {
    super(methodType);
  }
}

function methodRepr(m: PyMethod): string {
  const f = m.func;
  const name = abs.getAttrOrUndefined(f, '__qualname__') ?? abs.getAttrOrUndefined(f, '__name__');
  const shown = name === undefined || typeof name !== 'string' ? '?' : name;
  return `<bound method ${shown} of ${abs.repr(m.self)}>`;
}

/** Attribute lookup on a bound method: its own, then the function's. */
function methodGetAttr(obj: PyValue, name: string): PyValue {
  const m = obj as PyMethod;
  const t = typeOf(m);
  const descr = t.lookup(name);
  if (descr !== undefined) {
    const get = typeOf(descr).tp_descr_get;
    return get !== null ? get(descr, m, t) : descr;
  }
  return abs.getAttr(m.func, name);
}

export const methodType: PyType = defineType({
  name: 'method',
  slots: {
    tp_repr: (m) => methodRepr(m as PyMethod),
    tp_call: (callable, argv, base, nargs, kwnames) => {
      const m = callable as PyMethod;
      const n = nargs + (kwnames === null ? 0 : kwnames.length);
      const args = new Array(n + 1);
      args[0] = m.self;
      for (let i = 0; i < n; i++) args[i + 1] = argv[base + i];
      return abs.vectorcall(m.func, args, 0, nargs + 1, kwnames);
    },
    tp_hash: (m) => (Number(abs.hash((m as PyMethod).func)) ^ objectHash((m as PyMethod).self)) | 0,
    tp_richcompare: (a, b, op) => {
      if ((op !== abs.EQ && op !== abs.NE) || !(b instanceof PyMethod)) return NotImplemented;
      const eq = abs.eq(a.func, b.func) && a.self === b.self;
      return op === abs.EQ ? eq : !eq;
    },
    tp_getattro: methodGetAttr,
    tp_new: (_type, argv, base, nargs, kwnames) => {
      if (kwnames !== null && kwnames.length > 0) raise('TypeError', 'method() takes no keyword arguments');
      if (nargs !== 2) raise('TypeError', `method expected 2 arguments, got ${nargs}`);
      const [func, self] = [argv[base], argv[base + 1]];
      if (typeOf(func).tp_call === null) raise('TypeError', 'first argument must be callable');
      if (self === null) raise('TypeError', 'instance must not be None');
      return new PyMethod(func, self);
    },
  },
  methods: {
    '__reduce__($self, /)': (m: PyMethod) => new PyTuple([interp().builtins.getStr('getattr'), new PyTuple([m.self, abs.getAttr(m.func, '__name__')])]),
  },
  members: {
    __func__: { get: (m: PyMethod) => m.func },
    __self__: { get: (m: PyMethod) => m.self },
  },
  getsets: {
    __doc__: { get: (m: PyMethod) => abs.getAttrOrUndefined(m.func, '__doc__') ?? null },
  },
});
