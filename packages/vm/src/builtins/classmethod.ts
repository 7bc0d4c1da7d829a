// classmethod (Objects/funcobject.c): a callable bound to the class it is found through.

import { PyObject, TPFLAGS_BASETYPE, typeOf, type PyType, type PyValue } from '../objects/object.js';
import { defineType } from '../objects/typedef.js';
import { raise } from '../objects/errors.js';
import * as abs from '../objects/abstract.js';
import { PyDict } from './dict.js';
import { PyMethod } from './method.js';
import { initInstanceExtras } from './object.js';
import { copyWrappedAttributes } from './staticmethod.js';

export class PyClassmethod extends PyObject {
  constructor(
    public callable: PyValue,
    type: PyType = classmethodType,
  ) {
    super(type);
  }
}

export const classmethodType: PyType = defineType({
  name: 'classmethod',
  flags: TPFLAGS_BASETYPE,
  hasDict: true,
  slots: {
    tp_repr: (c) => `<classmethod(${abs.repr((c as PyClassmethod).callable)})>`,
    tp_descr_get: (c, obj, type) => {
      const cls = type === undefined ? typeOf(obj) : type;
      const f = (c as PyClassmethod).callable;
      // Chained descriptors (a classmethod wrapping a property, ...) bind through the inner __get__.
      const get = typeOf(f).tp_descr_get;
      if (get !== null && typeOf(f).name !== 'function') return get(f, cls, cls);
      return new PyMethod(f, cls);
    },
    tp_new: (type) => initInstanceExtras(new PyClassmethod(null, type), type),
    tp_init: (self, argv, base, nargs, kwnames) => {
      if (kwnames !== null && kwnames.length > 0) raise('TypeError', 'classmethod() takes no keyword arguments');
      if (nargs !== 1) raise('TypeError', `classmethod expected 1 argument, got ${nargs}`);
      (self as PyClassmethod).callable = argv[base];
      copyWrappedAttributes(self as PyClassmethod, argv[base]);
    },
  },
  members: {
    __func__: { get: (c: PyClassmethod) => c.callable },
    __wrapped__: { get: (c: PyClassmethod) => c.callable },
  },
  getsets: {
    __isabstractmethod__: {
      get: (c: PyClassmethod) => {
        const v = abs.getAttrOrUndefined(c.callable, '__isabstractmethod__');
        return v !== undefined && abs.isTrue(v);
      },
    },
    __dict__: { get: (c: PyClassmethod) => (c.dict ??= new PyDict()) },
  },
});

/** classmethod(f), for __init_subclass__ and __class_getitem__ in class bodies. */
export function newClassmethod(f: PyValue): PyClassmethod {
  return new PyClassmethod(f);
}
