// filter (Python/bltinmodule.c): the items of an iterable for which a function is true.

import { PyObject, TPFLAGS_BASETYPE, boolType, type PyType, type PyValue } from '../objects/object.js';
import { defineType } from '../objects/typedef.js';
import { raise } from '../objects/errors.js';
import * as abs from '../objects/abstract.js';
import { PyTuple } from './tuple.js';
import { initInstanceExtras } from './object.js';

export class PyFilter extends PyObject {
  constructor(
    type: PyType,
    readonly func: PyValue,
    readonly iterator: PyValue,
  ) {
    super(type);
  }
}

export const filterType: PyType = defineType({
  name: 'filter',
  flags: TPFLAGS_BASETYPE,
  slots: {
    tp_getattro: abs.genericGetAttr,
    tp_iter: (self) => self,
    tp_iternext: (self) => {
      const f = self as PyFilter;
      const pred = f.func === null || f.func === boolType ? null : f.func;
      for (;;) {
        const v = abs.iterNext(f.iterator);
        if (v === undefined) return undefined;
        const ok = pred === null ? abs.isTrue(v) : abs.isTrue(abs.vectorcall(pred, [v], 0, 1, null));
        if (ok) return v;
      }
    },
    tp_new: (type, argv, base, nargs, kwnames) => {
      if (type === filterType && kwnames !== null && kwnames.length > 0) raise('TypeError', 'filter() takes no keyword arguments');
      if (nargs !== 2) raise('TypeError', `filter expected 2 arguments, got ${nargs}`);
      const f = new PyFilter(type, argv[base], abs.getIter(argv[base + 1]));
      return type === filterType ? f : initInstanceExtras(f, type);
    },
  },
  methods: {
    '__reduce__($self, /)': { impl: (f: PyFilter) => new PyTuple([f.type, new PyTuple([f.func, f.iterator])]), textSignature: false },
  },
});
