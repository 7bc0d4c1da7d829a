// cell (Objects/cellobject.c): a closure variable's storage.

import { PyObject, typeOf, type PyType, type PyValue } from '../objects/object.js';
import { defineType } from '../objects/typedef.js';
import { raise } from '../objects/errors.js';
import { NotImplemented } from '../objects/singletons.js';
import { hashNotImplemented } from '../objects/slotdefs.js';
import * as abs from '../objects/abstract.js';
import { addressOf } from './identity.js';

export class PyCell extends PyObject {
  constructor(public v: PyValue) {
    super(cellType);
  }
}

function cellRepr(c: PyCell): string {
  if (c.v === undefined) return `<cell at ${addressOf(c)}: empty>`;
  return `<cell at ${addressOf(c)}: ${typeOf(c.v).name} object at ${addressOf(c.v)}>`;
}

export const cellType: PyType = defineType({
  name: 'cell',
  slots: {
    tp_repr: (c) => cellRepr(c as PyCell),
    tp_hash: hashNotImplemented,
    tp_richcompare: (a, b, op) => {
      if (!(b instanceof PyCell)) return NotImplemented;
      const x = (a as PyCell).v;
      const y = b.v;
      if (x !== undefined && y !== undefined) return abs.richCompare(x, y, op);
      // An empty cell is less than a full one.
      const c = (x === undefined ? 0 : 1) - (y === undefined ? 0 : 1);
      return [c < 0, c <= 0, c === 0, c !== 0, c > 0, c >= 0][op];
    },
    tp_new: (_type, argv, base, nargs, kwnames) => {
      if (kwnames !== null && kwnames.length > 0) raise('TypeError', 'cell() takes no keyword arguments');
      if (nargs > 1) raise('TypeError', `cell expected at most 1 argument, got ${nargs}`);
      return new PyCell(nargs === 1 ? argv[base] : undefined);
    },
  },
  getsets: {
    cell_contents: {
      get: (c: PyCell) => {
        if (c.v === undefined) raise('ValueError', 'Cell is empty');
        return c.v;
      },
      set: (c: PyCell, v: PyValue) => {
        c.v = v;
      },
    },
  },
});
