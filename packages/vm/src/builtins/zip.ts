// zip (Python/bltinmodule.c): tuples of the items of iterables in parallel, with strict=.

import { PyObject, TPFLAGS_BASETYPE, type PyType, type PyValue } from '../objects/object.js';
import { defineType } from '../objects/typedef.js';
import { raise } from '../objects/errors.js';
import * as abs from '../objects/abstract.js';
import { PyTuple } from './tuple.js';
import { initInstanceExtras } from './object.js';

export class PyZip extends PyObject {
  constructor(
    type: PyType,
    readonly iterators: PyValue[],
    public strict: boolean,
  ) {
    super(type);
  }
}

/** zip(strict=True) found iterables of different lengths: which argument, and which way. */
function strictError(i: number, longer: boolean): never {
  const plural = i === 1 ? ' ' : 's 1-';
  raise('ValueError', `zip() argument ${i + 1} is ${longer ? 'longer' : 'shorter'} than argument${plural}${i}`);
}

export const zipType: PyType = defineType({
  name: 'zip',
  flags: TPFLAGS_BASETYPE,
  slots: {
    tp_getattro: abs.genericGetAttr,
    tp_iter: (self) => self,
    tp_iternext: (self) => {
      const z = self as PyZip;
      const its = z.iterators;
      if (its.length === 0) return undefined;
      const items: PyValue[] = new Array(its.length);
      for (let i = 0; i < its.length; i++) {
        const v = abs.iterNext(its[i]);
        if (v === undefined) {
          if (z.strict) {
            if (i > 0) strictError(i, false);
            for (let j = 1; j < its.length; j++) if (abs.iterNext(its[j]) !== undefined) strictError(j, true);
          }
          return undefined;
        }
        items[i] = v;
      }
      return new PyTuple(items);
    },
    tp_new: (type, argv, base, nargs, kwnames) => {
      let strict = false;
      const nkw = kwnames === null ? 0 : kwnames.length;
      if (nkw > 0) {
        if (kwnames![0] !== 'strict' || nkw > 1) {
          if (nkw > 1) raise('TypeError', `zip() takes at most 1 keyword argument (${nkw} given)`);
          raise('TypeError', `'${kwnames![0]}' is an invalid keyword argument for zip()`);
        }
        strict = abs.isTrue(argv[base + nargs]);
      }
      const its: PyValue[] = [];
      for (let i = 0; i < nargs; i++) its.push(abs.getIter(argv[base + i]));
      const z = new PyZip(type, its, strict);
      return type === zipType ? z : initInstanceExtras(z, type);
    },
  },
  methods: {
    '__reduce__($self, /)': {
      impl: (z: PyZip) => {
        const args = new PyTuple([z.type, new PyTuple(z.iterators)]);
        return z.strict ? new PyTuple([...args.items, true]) : args;
      },
      textSignature: false,
    },
    '__setstate__($self, state, /)': {
      impl: (z: PyZip, state: PyValue) => {
        z.strict = abs.isTrue(state);
        return null;
      },
      textSignature: false,
    },
  },
});
