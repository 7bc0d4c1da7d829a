// reversed (Objects/enumobject.c): a sequence's items from the end, or the
// object's own __reversed__.

import { PyObject, TPFLAGS_BASETYPE, typeOf, type PyType, type PyValue } from '../objects/object.js';
import { defineType } from '../objects/typedef.js';
import { exceptionType, isInstanceOfException, raise } from '../objects/errors.js';
import * as abs from '../objects/abstract.js';
import { PyTuple } from './tuple.js';
import { PyDict } from './dict.js';
import { initInstanceExtras } from './object.js';

export class PyReversed extends PyObject {
  constructor(
    type: PyType,
    public seq: PyValue,
    public index: number,
  ) {
    super(type);
  }
}

export const reversedType: PyType = defineType({
  name: 'reversed',
  flags: TPFLAGS_BASETYPE,
  slots: {
    tp_getattro: abs.genericGetAttr,
    tp_iter: (self) => self,
    tp_iternext: (self) => {
      const r = self as PyReversed;
      if (r.index < 0 || r.seq === null) return undefined;
      try {
        return abs.sequenceGetItem(r.seq, r.index--);
      } catch (e) {
        if (abs.isStopIteration(e) || isInstanceOfException(e, exceptionType('IndexError'))) {
          r.index = -1;
          r.seq = null;
          return undefined;
        }
        throw e;
      }
    },
    tp_new: (type, argv, base, nargs, kwnames) => {
      if (type === reversedType && kwnames !== null && kwnames.length > 0) raise('TypeError', 'reversed() takes no keyword arguments');
      if (nargs !== 1) raise('TypeError', `reversed expected 1 argument, got ${nargs}`);
      const seq = argv[base];
      const t = typeOf(seq);
      const method = t.lookup('__reversed__');
      if (method === null) raise('TypeError', `'${t.name}' object is not reversible`);
      if (method !== undefined) return abs.callSpecialFound(method, seq, []);
      // PySequence_Check: __getitem__ as a sequence, and not a dict.
      if (t.sq_item === null || seq instanceof PyDict) raise('TypeError', `'${t.name}' object is not reversible`);
      const r = new PyReversed(type, seq, abs.len(seq) - 1);
      return type === reversedType ? r : initInstanceExtras(r, type);
    },
  },
  methods: {
    '__length_hint__($self, /)': {
      impl: (r: PyReversed) => {
        if (r.seq === null) return 0;
        const n = abs.len(r.seq);
        return n < r.index + 1 ? 0 : r.index + 1;
      },
      textSignature: false,
    },
    '__reduce__($self, /)': {
      impl: (r: PyReversed) => (r.seq === null ? new PyTuple([r.type, new PyTuple([new PyTuple([])])]) : new PyTuple([r.type, new PyTuple([r.seq]), r.index])),
      textSignature: false,
    },
    '__setstate__($self, state, /)': {
      impl: (r: PyReversed, state: PyValue) => {
        if (r.seq !== null) {
          let i = abs.asSsize(state, 'OverflowError');
          const n = abs.len(r.seq);
          if (i < -1) i = -1;
          else if (i > n - 1) i = n - 1;
          r.index = i;
        }
        return null;
      },
      textSignature: false,
    },
  },
});
