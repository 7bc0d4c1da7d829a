// staticmethod (Objects/funcobject.c): a callable found through the class unbound.

import { PyObject, TPFLAGS_BASETYPE, type PyType, type PyValue } from '../objects/object.js';
import { defineType, setStaticmethodOf } from '../objects/typedef.js';
import { raise } from '../objects/errors.js';
import * as abs from '../objects/abstract.js';
import { PyDict } from './dict.js';
import { initInstanceExtras } from './object.js';

export class PyStaticmethod extends PyObject {
  constructor(
    public callable: PyValue,
    type: PyType = staticmethodType,
  ) {
    super(type);
  }
}

/** Copies __module__, __name__, __qualname__, __doc__ and __annotations__ from the wrapped callable (functools_wraps). */
export function copyWrappedAttributes(self: PyObject, callable: PyValue): void {
  for (const name of ['__module__', '__name__', '__qualname__', '__doc__', '__annotations__']) {
    const v = abs.getAttrOrUndefined(callable, name);
    if (v !== undefined) abs.setAttr(self, name, v);
  }
}

export const staticmethodType: PyType = defineType({
  name: 'staticmethod',
  flags: TPFLAGS_BASETYPE,
  hasDict: true,
  slots: {
    tp_repr: (s) => `<staticmethod(${abs.repr((s as PyStaticmethod).callable)})>`,
    tp_descr_get: (s) => (s as PyStaticmethod).callable,
    tp_call: (s, argv, base, nargs, kwnames) => abs.vectorcall((s as PyStaticmethod).callable, argv, base, nargs, kwnames),
    tp_new: (type) => initInstanceExtras(new PyStaticmethod(null, type), type),
    tp_init: (self, argv, base, nargs, kwnames) => {
      if (kwnames !== null && kwnames.length > 0) raise('TypeError', 'staticmethod() takes no keyword arguments');
      if (nargs !== 1) raise('TypeError', `staticmethod expected 1 argument, got ${nargs}`);
      (self as PyStaticmethod).callable = argv[base];
      copyWrappedAttributes(self as PyStaticmethod, argv[base]);
    },
  },
  members: {
    __func__: { get: (s: PyStaticmethod) => s.callable },
    __wrapped__: { get: (s: PyStaticmethod) => s.callable },
  },
  getsets: {
    __isabstractmethod__: {
      get: (s: PyStaticmethod) => {
        const v = abs.getAttrOrUndefined(s.callable, '__isabstractmethod__');
        return v !== undefined && abs.isTrue(v);
      },
    },
    __dict__: { get: (s: PyStaticmethod) => (s.dict ??= new PyDict()) },
  },
});

/** staticmethod(f), for class bodies and builtin types' static methods. */
export function newStaticmethod(f: PyValue): PyStaticmethod {
  return new PyStaticmethod(f);
}

setStaticmethodOf(newStaticmethod);
