// types.MappingProxyType (Objects/descrobject.c): a read-only view of a mapping.

import { PyObject, typeOf, type PyType, type PyValue } from '../objects/object.js';
import { defineType } from '../objects/typedef.js';
import { raise } from '../objects/errors.js';
import * as abs from '../objects/abstract.js';
import type { PyDict } from './dict.js';
import { PyList } from './list.js';
import { PyTuple } from './tuple.js';
import { genericAlias } from './genericalias.js';

export class PyMappingProxy extends PyObject {
  constructor(readonly mapping: PyValue) {
    super(mappingProxyType);
  }
}

const call = (m: PyMappingProxy, name: string, args: PyValue[] = []): PyValue => abs.call(abs.getAttr(m.mapping, name), args);

export const mappingProxyType: PyType = defineType({
  name: 'mappingproxy',
  slots: {
    tp_repr: (m) => `mappingproxy(${abs.repr((m as PyMappingProxy).mapping)})`,
    tp_str: (m) => abs.str((m as PyMappingProxy).mapping),
    tp_getattro: abs.genericGetAttr,
    tp_richcompare: (a, b, op) => abs.richCompare((a as PyMappingProxy).mapping, b, op),
    tp_iter: (m) => abs.getIter((m as PyMappingProxy).mapping),
    tp_new: (_type, argv, base, nargs, kwnames) => {
      const names = ['mapping'];
      if (nargs + (kwnames === null ? 0 : kwnames.length) !== 1) raise('TypeError', `mappingproxy() missing required argument 'mapping' (pos 1)`);
      if (kwnames !== null && kwnames.length > 0 && !names.includes(kwnames[0])) raise('TypeError', `'${kwnames[0]}' is an invalid keyword argument for mappingproxy()`);
      const mapping = argv[base];
      const t = typeOf(mapping);
      if (t.mp_subscript === null || mapping instanceof PyList || mapping instanceof PyTuple) {
        raise('TypeError', `mappingproxy() argument must be a mapping, not ${t.name}`);
      }
      return new PyMappingProxy(mapping);
    },
    nb_or: (a, b) => abs.binaryOp(a instanceof PyMappingProxy ? call(a, 'copy') : a, b instanceof PyMappingProxy ? call(b, 'copy') : b, abs.NB_OR),
    nb_inplace_or: (a) => raise('TypeError', `'|=' is not supported by ${typeOf(a).name}; use '|' instead`),
    mp_length: (m) => abs.len((m as PyMappingProxy).mapping),
    mp_subscript: (m, key) => abs.getItem((m as PyMappingProxy).mapping, key),
    sq_contains: (m, key) => abs.contains((m as PyMappingProxy).mapping, key),
  },
  methods: {
    'get($self, key, default=None, /)': { impl: (m: PyMappingProxy, k: PyValue, d: PyValue) => call(m, 'get', [k, d]), textSignature: false },
    'keys($self, /)': { impl: (m: PyMappingProxy) => call(m, 'keys'), textSignature: false },
    'values($self, /)': { impl: (m: PyMappingProxy) => call(m, 'values'), textSignature: false },
    'items($self, /)': { impl: (m: PyMappingProxy) => call(m, 'items'), textSignature: false },
    'copy($self, /)': { impl: (m: PyMappingProxy) => call(m, 'copy'), textSignature: false },
    '__reversed__($self, /)': { impl: (m: PyMappingProxy) => abs.call0(abs.getAttr(m.mapping, '__reversed__')), textSignature: false },
  },
  classmethods: {
    '__class_getitem__($type, item, /)': { impl: genericAlias, textSignature: false },
  },
});

/** A read-only view of a dict (type.__dict__, dict views' .mapping). */
export function mappingProxy(d: PyDict): PyMappingProxy {
  return new PyMappingProxy(d);
}

