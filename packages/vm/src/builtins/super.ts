// super (Objects/typeobject.c: super_init, super_getattro): attribute lookup
// that starts after a class in the MRO of an object's type.

import { PyObject, TPFLAGS_BASETYPE, typeOf, type PyType, type PyValue } from '../objects/object.js';
import { defineType } from '../objects/typedef.js';
import { raise } from '../objects/errors.js';
import * as abs from '../objects/abstract.js';
import { interp } from '../objects/state.js';
import { initInstanceExtras } from './object.js';
import { PyCell } from './cell.js';

export class PySuper extends PyObject {
  /** The class after which lookup starts. */
  start: PyType | null = null;
  /** The bound object (or class), or null when unbound. */
  obj: PyValue = null;
  /** The type whose MRO is searched. */
  objType: PyType | null = null;
  constructor(type: PyType = superType) {
    super(type);
  }
}

/** The type whose MRO super(type, obj) searches (supercheck). */
function superCheck(type: PyType, obj: PyValue): PyType {
  if (abs.isType(obj) && obj.isSubtypeOf(type)) return obj;
  if (typeOf(obj).isSubtypeOf(type)) return typeOf(obj);
  const cls = abs.getAttrOrUndefined(obj, '__class__');
  if (cls !== undefined && abs.isType(cls) && cls !== typeOf(obj) && cls.isSubtypeOf(type)) return cls;
  raise('TypeError', 'super(type, obj): obj must be an instance or subtype of type');
}

/** super() without arguments: the calling frame's first argument and its __class__ cell. */
function zeroArgs(): [PyType, PyValue] {
  const frame = interp().currentFrame;
  if (frame === null || frame.fn === null) raise('RuntimeError', 'super(): no arguments');
  const code = frame.info.code;
  if (code.argcount === 0) raise('RuntimeError', 'super(): no arguments');
  let first = frame.s[0];
  // The first argument may be a cell, when an inner function captures it.
  if (first instanceof PyCell && (code.localspluskinds[0] & 0x40) !== 0) first = first.v;
  if (first === undefined) raise('RuntimeError', 'super(): arg[0] deleted');
  const i = code.localsplusnames.indexOf('__class__');
  if (i < 0 || (code.localspluskinds[i] & 0x80) === 0) raise('RuntimeError', 'super(): __class__ cell not found');
  const cell = frame.s[i];
  if (!(cell instanceof PyCell)) raise('RuntimeError', 'super(): bad __class__ cell');
  if (cell.v === undefined) raise('RuntimeError', 'super(): empty __class__ cell');
  if (!abs.isType(cell.v)) raise('RuntimeError', `super(): __class__ is not a type (${typeOf(cell.v).name})`);
  return [cell.v, first];
}

function superInit(self: PyValue, argv: PyValue[], base: number, nargs: number, kwnames: string[] | null): void {
  if (kwnames !== null && kwnames.length > 0) raise('TypeError', 'super() takes no keyword arguments');
  if (nargs > 2) raise('TypeError', `super() expected at most 2 arguments, got ${nargs}`);
  let type: PyValue;
  let obj: PyValue = null;
  if (nargs === 0) [type, obj] = zeroArgs();
  else {
    type = argv[base];
    if (nargs === 2) obj = argv[base + 1];
  }
  if (!abs.isType(type)) raise('TypeError', `super() argument 1 must be a type, not ${typeOf(type).name}`);
  const s = self as PySuper;
  s.start = type;
  s.obj = obj;
  s.objType = obj === null ? null : superCheck(type, obj);
}

function superGetAttr(self: PyValue, name: string): PyValue {
  const s = self as PySuper;
  const startType = s.objType;
  if (startType !== null && name !== '__class__') {
    const mro = startType.mro;
    let i = mro.indexOf(s.start!);
    for (i++; i > 0 && i < mro.length; i++) {
      const res = mro[i].attrs.get(name);
      if (res === undefined) continue;
      const get = typeOf(res).tp_descr_get;
      return get === null ? res : get(res, s.obj === startType ? undefined : s.obj, startType);
    }
  }
  return abs.genericGetAttr(self, name);
}

function superRepr(self: PyValue): string {
  const s = self as PySuper;
  const start = s.start === null ? 'NULL' : s.start.name;
  if (s.objType === null) return `<super: <class '${start}'>, NULL>`;
  return `<super: <class '${start}'>, <${s.objType.name} object>>`;
}

export const superType: PyType = defineType({
  name: 'super',
  flags: TPFLAGS_BASETYPE,
  slots: {
    tp_repr: superRepr,
    tp_getattro: superGetAttr,
    tp_descr_get: (self, obj) => {
      const s = self as PySuper;
      if (obj === undefined || obj === null || s.obj !== null) return s;
      const bound = new PySuper(typeOf(s));
      bound.start = s.start;
      bound.obj = obj;
      bound.objType = superCheck(s.start!, obj);
      return bound;
    },
    tp_init: superInit,
    tp_new: (type) => (type === superType ? new PySuper(type) : initInstanceExtras(new PySuper(type), type)),
  },
  members: {
    __thisclass__: { get: (s: PySuper) => s.start },
    __self__: { get: (s: PySuper) => s.obj },
    __self_class__: { get: (s: PySuper) => s.objType },
  },
});
