// property (Objects/descrobject.c): a data descriptor calling fget/fset/fdel.

import { PyObject, TPFLAGS_BASETYPE, typeOf, type PyType, type PyValue } from '../objects/object.js';
import { defineType } from '../objects/typedef.js';
import { raise } from '../objects/errors.js';
import { strValueOrUndefined } from '../objects/boxed.js';
import * as abs from '../objects/abstract.js';
import { initInstanceExtras } from './object.js';

export class PyProperty extends PyObject {
  fget: PyValue = null;
  fset: PyValue = null;
  fdel: PyValue = null;
  doc: PyValue = null;
  /** The attribute name __set_name__ gave it (for error messages). */
  name: PyValue = null;
  /** Whether the docstring came from fget (then a copy takes the new getter's). */
  getterDoc = false;
  constructor(type: PyType = propertyType) {
    super(type);
  }
}

/** "property 'x' of 'A' object", or "property of 'A' object" before __set_name__. */
function described(p: PyProperty, obj: PyValue): string {
  const name = strValueOrUndefined(p.name);
  return name === undefined ? `property of '${typeOf(obj).name}' object` : `property '${name}' of '${typeOf(obj).name}' object`;
}

function propertyInit(self: PyValue, argv: PyValue[], base: number, nargs: number, kwnames: string[] | null): void {
  const p = self as PyProperty;
  const names = ['fget', 'fset', 'fdel', 'doc'];
  const vals: PyValue[] = [null, null, null, null];
  const nkw = kwnames === null ? 0 : kwnames.length;
  if (nargs + nkw > 4) raise('TypeError', `property() takes at most 4 arguments (${nargs + nkw} given)`);
  for (let i = 0; i < nargs; i++) vals[i] = argv[base + i];
  for (let i = 0; i < nkw; i++) {
    const at = names.indexOf(kwnames![i]);
    if (at < 0) raise('TypeError', `'${kwnames![i]}' is an invalid keyword argument for property()`);
    if (at < nargs) raise('TypeError', `argument for property() given by name ('${kwnames![i]}') and position (${at + 1})`);
    vals[at] = argv[base + nargs + i];
  }
  [p.fget, p.fset, p.fdel, p.doc] = vals;
  p.name = null;
  p.getterDoc = false;
  // Without a docstring, the getter's (property_init_impl).
  if (p.doc === null && p.fget !== null) {
    const d = abs.getAttrOrUndefined(p.fget, '__doc__');
    if (d === undefined) return;
    // A subclass keeps it in the instance dict: its class's own __doc__ would shadow the member.
    if (p.type === propertyType) p.doc = d;
    else abs.setAttr(p, '__doc__', d);
    p.getterDoc = true;
  }
}

/** getter()/setter()/deleter(): a copy of the property with one function replaced (property_copy). */
function copyWith(p: PyProperty, which: 'fget' | 'fset' | 'fdel', f: PyValue): PyValue {
  const fget = which === 'fget' && f !== null ? f : p.fget;
  const fset = which === 'fset' && f !== null ? f : p.fset;
  const fdel = which === 'fdel' && f !== null ? f : p.fdel;
  // A docstring taken from the getter is taken again from the copy's getter.
  const doc = p.getterDoc && fget !== null ? null : p.doc;
  const copy = abs.call(typeOf(p), [fget, fset, fdel, doc]);
  if (copy instanceof PyProperty) copy.name = p.name;
  return copy;
}

export const propertyType: PyType = defineType({
  name: 'property',
  flags: TPFLAGS_BASETYPE,
  slots: {
    tp_getattro: abs.genericGetAttr,
    tp_descr_get: (self, obj) => {
      const p = self as PyProperty;
      return obj === undefined || obj === null ? p : getWith(p, obj);
    },
    tp_descr_set: (self, obj, value) => {
      const p = self as PyProperty;
      if (value === undefined) {
        if (p.fdel === null) raise('AttributeError', `${described(p, obj)} has no deleter`);
        abs.call1(p.fdel, obj);
      } else {
        if (p.fset === null) raise('AttributeError', `${described(p, obj)} has no setter`);
        abs.call2(p.fset, obj, value);
      }
    },
    tp_init: propertyInit,
    tp_new: (type) => {
      const p = new PyProperty(type);
      return type === propertyType ? p : initInstanceExtras(p, type);
    },
  },
  methods: {
    'getter($self, getter, /)': { impl: (p: PyProperty, f: PyValue) => copyWith(p, 'fget', f), textSignature: false },
    'setter($self, setter, /)': { impl: (p: PyProperty, f: PyValue) => copyWith(p, 'fset', f), textSignature: false },
    'deleter($self, deleter, /)': { impl: (p: PyProperty, f: PyValue) => copyWith(p, 'fdel', f), textSignature: false },
    '__set_name__($self, owner, name, /)': {
      impl: (p: PyProperty, _owner: PyValue, name: PyValue) => {
        p.name = name;
        return null;
      },
      textSignature: false,
    },
  },
  members: {
    fget: { get: (p: PyProperty) => p.fget },
    fset: { get: (p: PyProperty) => p.fset },
    fdel: { get: (p: PyProperty) => p.fdel },
    __doc__: { get: (p: PyProperty) => p.doc, set: (p: PyProperty, v: PyValue) => (p.doc = v === undefined ? null : v) },
  },
  getsets: {
    __isabstractmethod__: {
      get: (p: PyProperty) => {
        for (const f of [p.fget, p.fset, p.fdel]) {
          if (f === null) continue;
          const v = abs.getAttrOrUndefined(f, '__isabstractmethod__');
          if (v !== undefined && abs.isTrue(v)) return true;
        }
        return false;
      },
    },
  },
});

function getWith(p: PyProperty, obj: PyValue): PyValue {
  if (p.fget === null) raise('AttributeError', `${described(p, obj)} has no getter`);
  return abs.call1(p.fget, obj);
}
