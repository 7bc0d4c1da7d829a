// map (Python/bltinmodule.c): a function applied to the items of iterables.

import { PyObject, TPFLAGS_BASETYPE, type PyType, type PyValue } from '../objects/object.js';
import { defineType } from '../objects/typedef.js';
import { raise } from '../objects/errors.js';
import * as abs from '../objects/abstract.js';
import { PyTuple } from './tuple.js';
import { initInstanceExtras } from './object.js';

export class PyMap extends PyObject {
  constructor(
    type: PyType,
    readonly func: PyValue,
    readonly iterators: PyValue[],
  ) {
    super(type);
  }
}

export const mapType: PyType = defineType({
  name: 'map',
  flags: TPFLAGS_BASETYPE,
  slots: {
    tp_getattro: abs.genericGetAttr,
    tp_iter: (self) => self,
    tp_iternext: (self) => {
      const m = self as PyMap;
      const its = m.iterators;
      if (its.length === 1) {
        const v = abs.iterNext(its[0]);
        return v === undefined ? undefined : abs.vectorcall(m.func, [v], 0, 1, null);
      }
      const args: PyValue[] = new Array(its.length);
      for (let i = 0; i < its.length; i++) {
        const v = abs.iterNext(its[i]);
        if (v === undefined) return undefined;
        args[i] = v;
      }
      return abs.vectorcall(m.func, args, 0, args.length, null);
    },
    tp_new: (type, argv, base, nargs, kwnames) => {
      if (type === mapType && kwnames !== null && kwnames.length > 0) raise('TypeError', 'map() takes no keyword arguments');
      if (nargs < 2) raise('TypeError', 'map() must have at least two arguments.');
      const its: PyValue[] = [];
      for (let i = 1; i < nargs; i++) its.push(abs.getIter(argv[base + i]));
      const m = new PyMap(type, argv[base], its);
      return type === mapType ? m : initInstanceExtras(m, type);
    },
  },
  methods: {
    '__reduce__($self, /)': { impl: (m: PyMap) => new PyTuple([m.type, new PyTuple([m.func, ...m.iterators])]), textSignature: false },
  },
});
