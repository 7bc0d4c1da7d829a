// bool (Objects/boolobject.c): JS booleans; not subclassable.

import { boolType, intType, type PyType, type PyValue } from '../objects/object.js';
import { defineType } from '../objects/typedef.js';
import { raise } from '../objects/errors.js';
import { NotImplemented } from '../objects/singletons.js';
import * as abs from '../objects/abstract.js';


function boolBinary(op: (a: boolean, b: boolean) => boolean, intSlot: (t: PyType) => ((a: PyValue, b: PyValue) => PyValue) | null) {
  return (a: PyValue, b: PyValue): PyValue => {
    if (typeof a === 'boolean' && typeof b === 'boolean') return op(a, b);
    const f = intSlot(intType);
    return f === null ? NotImplemented : f(a, b);
  };
}

defineType(
  {
    name: 'bool',
    base: intType,
    slots: {
      tp_repr: (v) => (v ? 'True' : 'False'),
      tp_new: (_type, argv, base, nargs, kwnames) => {
        if (kwnames !== null && kwnames.length > 0) raise('TypeError', 'bool() takes no keyword arguments');
        if (nargs > 1) raise('TypeError', `bool expected at most 1 argument, got ${nargs}`);
        return nargs === 0 ? false : abs.isTrue(argv[base]);
      },
      nb_and: boolBinary((a, b) => a && b, (t) => t.nb_and),
      nb_or: boolBinary((a, b) => a || b, (t) => t.nb_or),
      nb_xor: boolBinary((a, b) => a !== b, (t) => t.nb_xor),
    },
  },
  boolType,
);


