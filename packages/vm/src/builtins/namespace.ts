// types.SimpleNamespace (Objects/namespaceobject.c): attributes set from keywords.

import { PyObject, TPFLAGS_BASETYPE, typeOf, type PyType, type PyValue } from '../objects/object.js';
import { defineType } from '../objects/typedef.js';
import { raise } from '../objects/errors.js';
import { NotImplemented } from '../objects/singletons.js';
import { strValueOrUndefined } from '../objects/boxed.js';
import * as abs from '../objects/abstract.js';
import { PyDict, dictEqual } from './dict.js';
import { PyTuple } from './tuple.js';
import { reprGuarded } from './sequence.js';
import { initInstanceExtras } from './object.js';

export class PyNamespace extends PyObject {
  declare dict: PyDict;
  constructor(type: PyType = namespaceType) {
    super(type);
    this.dict = new PyDict();
  }
}

export const namespaceType: PyType = defineType({
  name: 'types.SimpleNamespace',
  flags: TPFLAGS_BASETYPE,
  hasDict: true,
  slots: {
    tp_repr: (self) => {
      const n = self as PyNamespace;
      const name = n.type === namespaceType ? 'namespace' : n.type.name;
      return reprGuarded(n, `${name}(...)`, () => {
        const parts: string[] = [];
        for (const e of n.dict.entries()) {
          const k = strValueOrUndefined(e.key);
          if (k !== undefined) parts.push(`${k}=${abs.repr(e.value)}`);
        }
        return `${name}(${parts.join(', ')})`;
      });
    },
    tp_getattro: abs.genericGetAttr,
    tp_setattro: abs.genericSetAttr,
    tp_richcompare: (a, b, op) => {
      if ((op !== abs.EQ && op !== abs.NE) || !(b instanceof PyNamespace) || !(a instanceof PyNamespace)) return NotImplemented;
      const eq = dictEqual(a.dict, b.dict);
      return op === abs.EQ ? eq : !eq;
    },
    tp_new: (type) => initInstanceExtras(new PyNamespace(type), type),
    tp_init: (self, argv, base, nargs, kwnames) => {
      if (nargs > 0) raise('TypeError', `no positional arguments expected`);
      const d = (self as PyNamespace).dict;
      for (let i = 0; kwnames !== null && i < kwnames.length; i++) d.setStr(kwnames[i], argv[base + nargs + i]);
    },
  },
  methods: {
    '__reduce__($self, /)': {
      impl: (n: PyNamespace) => new PyTuple([typeOf(n), new PyTuple([]), n.dict]),
      textSignature: false,
    },
  },
  members: {
    __dict__: { get: (n: PyNamespace) => n.dict },
  },
});

/** A SimpleNamespace with the given attributes (sys.implementation). */
export function newNamespace(attrs: [string, PyValue][]): PyNamespace {
  const n = new PyNamespace();
  for (const [k, v] of attrs) n.dict.setStr(k, v);
  return n;
}
