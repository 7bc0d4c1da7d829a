// NoneType, NotImplementedType and ellipsis: the types of None, NotImplemented and Ellipsis.

import { noneType, type PyType, type PyValue } from '../objects/object.js';
import { defineType } from '../objects/typedef.js';
import { raise } from '../objects/errors.js';
import { Ellipsis, NotImplemented, ellipsisType, notImplementedType } from '../objects/singletons.js';
import * as abs from '../objects/abstract.js';
import { warn } from './warnings.js';

/** A singleton type's constructor: no arguments, always the one instance. */
function singletonNew(value: PyValue) {
  return (type: PyType, _argv: PyValue[], _base: number, nargs: number, kwnames: string[] | null): PyValue => {
    if (nargs > 0 || (kwnames !== null && kwnames.length > 0)) raise('TypeError', `${type.name} takes no arguments`);
    return value;
  };
}

defineType(
  {
    name: 'NoneType',
    slots: {
      tp_repr: () => 'None',
      tp_new: singletonNew(null),
      nb_bool: () => false,
    },
  },
  noneType,
);

defineType(
  {
    name: 'NotImplementedType',
    slots: {
      tp_repr: () => 'NotImplemented',
      tp_new: singletonNew(NotImplemented),
      nb_bool: () => {
        warn('DeprecationWarning', 'NotImplemented should not be used in a boolean context', 1);
        return true;
      },
    },
    methods: {
      '__reduce__($self, /)': { impl: () => 'NotImplemented', textSignature: false },
    },
  },
  notImplementedType,
);

defineType(
  {
    name: 'ellipsis',
    slots: {
      tp_repr: () => 'Ellipsis',
      tp_getattro: abs.genericGetAttr,
      tp_new: singletonNew(Ellipsis),
    },
    methods: {
      '__reduce__($self, /)': { impl: () => 'Ellipsis', textSignature: false },
    },
  },
  ellipsisType,
);
