// enumerate (Objects/enumobject.c): (index, item) pairs.

import { PyObject, TPFLAGS_BASETYPE, type PyType, type PyValue } from '../objects/object.js';
import { defineType } from '../objects/typedef.js';
import { raise } from '../objects/errors.js';
import type { Int } from '../objects/boxed.js';
import * as abs from '../objects/abstract.js';
import * as num from '../numeric/index.js';
import { PyTuple } from './tuple.js';
import { initInstanceExtras } from './object.js';
import { genericAlias } from './genericalias.js';

export class PyEnumerate extends PyObject {
  constructor(
    type: PyType,
    readonly iterator: PyValue,
    public index: Int,
  ) {
    super(type);
  }
}

export const enumerateType: PyType = defineType({
  name: 'enumerate',
  flags: TPFLAGS_BASETYPE,
  slots: {
    tp_getattro: abs.genericGetAttr,
    tp_iter: (self) => self,
    tp_iternext: (self) => {
      const e = self as PyEnumerate;
      const v = abs.iterNext(e.iterator);
      if (v === undefined) return undefined;
      const i = e.index;
      e.index = typeof i === 'number' && i < Number.MAX_SAFE_INTEGER ? i + 1 : num.intAdd(i, 1);
      return new PyTuple([i, v]);
    },
    tp_new: (type, argv, base, nargs, kwnames) => {
      const names = ['iterable', 'start'];
      const vals: PyValue[] = [undefined, 0];
      const nkw = kwnames === null ? 0 : kwnames.length;
      if (nargs + nkw > 2) raise('TypeError', `enumerate() takes at most 2 arguments (${nargs + nkw} given)`);
      for (let i = 0; i < nargs; i++) vals[i] = argv[base + i];
      for (let i = 0; i < nkw; i++) {
        const at = names.indexOf(kwnames![i]);
        if (at < 0) raise('TypeError', `'${kwnames![i]}' is an invalid keyword argument for enumerate()`);
        vals[at] = argv[base + nargs + i];
      }
      if (vals[0] === undefined) raise('TypeError', "enumerate() missing required argument 'iterable'");
      const start = abs.index(vals[1]);
      const e = new PyEnumerate(type, abs.getIter(vals[0]), start);
      return type === enumerateType ? e : initInstanceExtras(e, type);
    },
  },
  methods: {
    '__reduce__($self, /)': { impl: (e: PyEnumerate) => new PyTuple([e.type, new PyTuple([e.iterator, e.index])]), textSignature: false },
  },
  classmethods: {
    '__class_getitem__($type, item, /)': { impl: genericAlias, textSignature: false },
  },
});
