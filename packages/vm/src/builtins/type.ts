// type: the metaclass of every class, and how classes are made
// (Objects/typeobject.c: type_new, type_call, type_getattro, mro_implementation).

import {
  PyObject,
  PyType,
  objectType,
  typeType,
  typeOf,
  TPFLAGS_BASETYPE,
  TPFLAGS_HEAPTYPE,
  TPFLAGS_IS_ABSTRACT,
  TPFLAGS_TYPE_SUBCLASS,
  TPFLAGS_INHERITED,
  type PyValue,
} from '../objects/object.js';
import { defineType, inheritSlots } from '../objects/typedef.js';
import { raise, newException, isInstanceOfException, exceptionType } from '../objects/errors.js';
import { PyMemberDescr, PyGetSetDescr } from '../objects/descriptors.js';
import { slotNames, updateSlots } from '../objects/slotdefs.js';
import { strValueOrUndefined } from '../objects/boxed.js';
import * as abs from '../objects/abstract.js';
import { builtinTextSignature } from '../objects/docs.js';
import { interp } from '../objects/state.js';
import { PyDict } from './dict.js';
import { PyTuple } from './tuple.js';
import { PyList } from './list.js';
import { PyFunction } from './function.js';
import { newStaticmethod } from './staticmethod.js';
import { newClassmethod } from './classmethod.js';
import { mappingProxy } from './mappingproxy.js';
import { unionOf } from './union.js';
import { isIdentifier } from './str.js';
import { attributeError } from './exceptions.js';

// ---- attribute access on types ----

/** type.__getattribute__ (type_getattro): the metatype's data descriptors, then the MRO, then the metatype. */
export function typeGetAttr(type: PyValue, name: string): PyValue {
  const v = typeGetAttrOrUndefined(type, name);
  if (v !== undefined) return v;
  throw attributeError(`type object '${(type as PyType).name}' has no attribute '${name}'`, name, type);
}


function typeGetAttrOrUndefined(type: PyType, name: string): PyValue {
  const meta = typeOf(type);
  const metaAttr = meta.lookup(name);
  let metaGet = null;
  if (metaAttr !== undefined) {
    const mt = typeOf(metaAttr);
    metaGet = mt.tp_descr_get;
    if (metaGet !== null && mt.tp_descr_set !== null) return metaGet(metaAttr, type, meta);
  }
  const attr = type.lookup(name);
  if (attr !== undefined) {
    const localGet = typeOf(attr).tp_descr_get;
    return localGet !== null ? localGet(attr, undefined, type) : attr;
  }
  if (metaGet !== null) return metaGet(metaAttr, type, meta);
  return metaAttr;
}

/** type.__setattr__: only heap types change; a dunder with a slot updates the slots. */
function typeSetAttr(type: PyValue, name: string, value: PyValue): void {
  const t = type as PyType;
  if (!t.heap) {
    raise('TypeError', `cannot set '${name}' attribute of immutable type '${t.name}'`);
  }
  const meta = typeOf(t);
  const metaAttr = meta.lookup(name);
  if (metaAttr !== undefined) {
    const set = typeOf(metaAttr).tp_descr_set;
    if (set !== null) {
      set(metaAttr, t, value);
      return;
    }
  }
  if (value === undefined) {
    if (!t.attrs.delete(name)) raise('AttributeError', `type object '${t.name}' has no attribute '${name}'`);
  } else {
    t.attrs.set(name, value);
  }
  t.modified();
  if (slotNames.has(name)) updateSlots(t, new Set([name]));
}

// ---- repr, call ----

function typeRepr(type: PyValue): string {
  const t = type as PyType;
  const module = typeModuleName(t);
  if (module !== null && module !== 'builtins') return `<class '${module}.${typeQualname(t)}'>`;
  return `<class '${t.name}'>`;
}

/** type.__call__: tp_new, then tp_init when the result is an instance of the type. */
export function typeCall(type: PyValue, argv: PyValue[], base: number, nargs: number, kwnames: string[] | null): PyValue {
  const t = type as PyType;
  if (t === typeType) {
    // type(x) is the object's type; otherwise type itself needs (name, bases, dict).
    if (nargs === 1 && kwnames === null) return typeOf(argv[base]);
    if (nargs !== 3) raise('TypeError', 'type() takes 1 or 3 arguments');
  }
  const tpNew = t.tp_new;
  if (tpNew === null) raise('TypeError', `cannot create '${t.name}' instances`);
  const obj = tpNew(t, argv, base, nargs, kwnames);
  const ot = typeOf(obj);
  if (!ot.isSubtypeOf(t)) return obj;
  const init = ot.tp_init;
  if (init !== null) init(obj, argv, base, nargs, kwnames);
  return obj;
}

// ---- MRO ----

/** C3 linearisation (mro_implementation), with CPython's error for an inconsistent order. */
export function c3Mro(t: PyType, bases: PyType[]): PyType[] {
  if (bases.length === 1) return [t, ...bases[0].mro];
  for (let i = 0; i < bases.length; i++) {
    for (let j = i + 1; j < bases.length; j++) {
      if (bases[i] === bases[j]) raise('TypeError', `duplicate base class ${bases[i].name}`);
    }
  }
  const seqs = [...bases.map((b) => b.mro.slice()), bases.slice()];
  const out = [t];
  for (;;) {
    const nonEmpty = seqs.filter((s) => s.length > 0);
    if (nonEmpty.length === 0) return out;
    let head: PyType | undefined;
    for (const s of nonEmpty) {
      const candidate = s[0];
      if (!nonEmpty.some((other) => other.indexOf(candidate) > 0)) {
        head = candidate;
        break;
      }
    }
    if (head === undefined) {
      const remaining: PyType[] = [];
      for (const s of nonEmpty) if (!remaining.includes(s[0])) remaining.push(s[0]);
      raise(
        'TypeError',
        `Cannot create a consistent method resolution\norder (MRO) for bases ${remaining.map((b) => b.name).join(', ')}`,
      );
    }
    out.push(head);
    for (const s of nonEmpty) if (s[0] === head) s.shift();
  }
}

/** The type's MRO as its metaclass computes it: type.mro(), or an override of it. */
function computeMro(t: PyType): PyType[] {
  const meta = typeOf(t);
  if (meta === typeType || meta.lookup('mro') === typeType.attrs.get('mro')) return c3Mro(t, t.bases);
  const r = abs.call(abs.getAttr(t, 'mro'), []);
  const items = abs.toArray(r);
  for (const c of items) {
    if (!abs.isType(c)) raise('TypeError', `mro() returned a non-class ('${typeOf(c).name}')`);
    if (!t.solid.isSubtypeOf(c.solid) && !c.solid.isSubtypeOf(t.solid)) {
      raise('TypeError', `mro() returned base with unsuitable layout ('${c.name}')`);
    }
  }
  return items as PyType[];
}

// ---- making classes ----

/** The most derived metaclass of `meta` and the bases' metaclasses (_PyType_CalculateMetaclass). */
export function calculateMetaclass(meta: PyType, bases: PyValue[]): PyType {
  let winner = meta;
  for (const b of bases) {
    const bt = typeOf(b);
    if (winner.isSubtypeOf(bt)) continue;
    if (bt.isSubtypeOf(winner)) {
      winner = bt;
      continue;
    }
    raise(
      'TypeError',
      'metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases',
    );
  }
  return winner;
}

/** The base whose instance layout the new class extends (best_base), with CPython's errors. */
function bestBase(bases: PyValue[]): PyType {
  let base: PyType | null = null;
  let winner: PyType | null = null;
  for (const b of bases) {
    if (!abs.isType(b)) raise('TypeError', 'bases must be types');
    if ((b.flags & TPFLAGS_BASETYPE) === 0) raise('TypeError', `type '${b.name}' is not an acceptable base type`);
    const candidate = solidBase(b);
    if (winner === null) {
      winner = candidate;
      base = b;
    } else if (winner.isSubtypeOf(candidate)) {
      // keep
    } else if (candidate.isSubtypeOf(winner)) {
      winner = candidate;
      base = b;
    } else {
      raise('TypeError', 'multiple bases have instance lay-out conflict');
    }
  }
  return base!;
}

/** The type that determines the layout of a type's instances (solid_base): __slots__ count as layout. */
function solidBase(t: PyType): PyType {
  if (!t.heap) return t.solid;
  const base = t.base === null ? objectType : solidBase(t.base);
  return t.slotCount > (t.base?.slotCount ?? 0) ? t : base;
}

/** type(name, bases, dict, **kwds): makes a class (type_new). */
function typeNew(meta: PyType, argv: PyValue[], base: number, nargs: number, kwnames: string[] | null): PyValue {
  const nkw = kwnames === null ? 0 : kwnames.length;
  if (meta === typeType && nargs === 1 && nkw === 0) return typeOf(argv[base]);
  if (nargs !== 3) raise('TypeError', `type.__new__() takes exactly 3 arguments (${nargs} given)`);
  const [nameArg, basesArg, nsArg] = [argv[base], argv[base + 1], argv[base + 2]];
  const name = strValueOrUndefined(nameArg);
  if (name === undefined) raise('TypeError', `type.__new__() argument 1 must be str, not ${typeOf(nameArg).name}`);
  if (!(basesArg instanceof PyTuple)) raise('TypeError', `type.__new__() argument 2 must be tuple, not ${typeOf(basesArg).name}`);
  if (!(nsArg instanceof PyDict)) raise('TypeError', `type.__new__() argument 3 must be dict, not ${typeOf(nsArg).name}`);
  for (const b of basesArg.items) {
    if (!abs.isType(b) && abs.getAttrOrUndefined(b, '__mro_entries__') !== undefined) {
      raise('TypeError', "type() doesn't support MRO entry resolution; use types.new_class()");
    }
  }
  // A more derived metaclass among the bases' makes the class instead (without running its __init__).
  const winner = calculateMetaclass(meta, basesArg.items);
  if (winner !== meta && winner.tp_new !== typeNew) return winner.tp_new!(winner, argv, base, nargs, kwnames);
  const kwargs: [string, PyValue][] = [];
  for (let i = 0; i < nkw; i++) kwargs.push([kwnames![i], argv[base + nargs + i]]);
  return makeClass(winner, name, basesArg.items, nsArg, kwargs);
}

/** The body of type_new: name, bases and namespace to a new class, then __set_name__ and __init_subclass__. */
export function makeClass(meta: PyType, name: string, basesIn: PyValue[], ns: PyDict, kwargs: [string, PyValue][]): PyValue {
  const bases = (basesIn.length === 0 ? [objectType] : basesIn) as PyType[];
  const base = bestBase(bases);
  if (name.includes('\0')) raise('ValueError', 'type name must not contain null characters');
  const t = new PyType(name, base, meta);
  t.flags = TPFLAGS_HEAPTYPE | TPFLAGS_BASETYPE | (base.flags & TPFLAGS_INHERITED);
  t.bases = bases;
  t.solid = base.solid;

  // The namespace becomes the type's dict; some entries are transformed on the way.
  const attrs = t.attrs;
  for (const e of ns.entries()) {
    const k = strValueOrUndefined(e.key);
    if (k !== undefined) attrs.set(k, e.value);
  }
  if (!attrs.has('__module__')) {
    const frame = interp().currentFrame;
    const modname = frame?.globals.getStr('__name__');
    if (modname !== undefined) attrs.set('__module__', modname);
  }
  const qualname = attrs.get('__qualname__');
  if (qualname !== undefined) {
    const q = strValueOrUndefined(qualname);
    if (q === undefined) raise('TypeError', `type __qualname__ must be a str, not ${typeOf(qualname).name}`);
    t.qualname = q;
    attrs.delete('__qualname__');
  } else {
    t.qualname = name;
  }
  for (const special of ['__init_subclass__', '__class_getitem__']) {
    const f = attrs.get(special);
    if (f instanceof PyFunction) attrs.set(special, newClassmethod(f));
  }
  const newFn = attrs.get('__new__');
  if (newFn instanceof PyFunction) attrs.set('__new__', newStaticmethod(newFn));
  if (attrs.has('__eq__') && !attrs.has('__hash__')) attrs.set('__hash__', null);

  applySlots(t, base, bases);
  if (!attrs.has('__doc__')) attrs.set('__doc__', null);
  const doc = attrs.get('__doc__');
  t.doc = typeof doc === 'string' ? doc : null;
  const cell = attrs.get('__classcell__');
  attrs.delete('__classcell__');

  t.mro = computeMro(t);
  inheritSlots(t);
  for (const b of bases) b.subclassRefs.push(new WeakRef(t));
  updateSlots(t);
  if (cell !== undefined) {
    if (!(cell instanceof PyObject) || cell.type.name !== 'cell') raise('TypeError', `__classcell__ must be a nonlocal cell, not ${abs.repr(typeOf(cell))}`);
    (cell as unknown as { v: PyValue }).v = t;
  }
  setNames(t);
  initSubclass(t, kwargs);
  return t;
}

/**
 * Handles __slots__ (type_new_slots, type_new_descriptors): member descriptors for the names,
 * whether instances get a __dict__ and weak references, and the instance size these imply.
 */
function applySlots(t: PyType, base: PyType, bases: PyType[]): void {
  const attrs = t.attrs;
  const slotsDecl = attrs.get('__slots__');
  t.slotCount = base.slotCount;
  t.itemsize = base.itemsize;
  const mayAddDict = !base.hasDict;
  const mayAddWeak = !base.hasWeakref && base.itemsize === 0;
  let addDict = false;
  let addWeak = false;
  const slotList: string[] = [];
  if (slotsDecl === undefined) {
    addDict = mayAddDict;
    addWeak = mayAddWeak;
  } else {
    const names = strValueOrUndefined(slotsDecl) !== undefined ? [slotsDecl] : abs.toArray(slotsDecl);
    if (names.length > 0 && base.itemsize !== 0) {
      raise('TypeError', `nonempty __slots__ not supported for subtype of '${base.name}'`);
    }
    for (const n of names) {
      const s = strValueOrUndefined(n);
      if (s === undefined) raise('TypeError', `__slots__ items must be strings, not '${typeOf(n).name}'`);
      if (!isIdentifier(s)) raise('TypeError', '__slots__ must be identifiers');
      if (s === '__dict__') {
        if (!mayAddDict || addDict) raise('TypeError', '__dict__ slot disallowed: we already got one');
        addDict = true;
      } else if (s === '__weakref__') {
        if (!mayAddWeak || addWeak) raise('TypeError', '__weakref__ slot disallowed: either we already got one, or __itemsize__ != 0');
        addWeak = true;
      } else {
        slotList.push(mangle(t.name, s));
      }
    }
    slotList.sort();
    for (const s of slotList) {
      if (attrs.has(s) && s !== '__qualname__' && s !== '__classcell__') {
        raise('ValueError', `'${s}' in __slots__ conflicts with class variable`);
      }
    }
    // Secondary bases may provide a __dict__ or weak references.
    for (const b of bases) {
      if (b === base) continue;
      if (mayAddDict && b.hasDict) addDict = true;
      if (mayAddWeak && b.hasWeakref) addWeak = true;
    }
  }
  for (const s of slotList) {
    const index = t.slotCount++;
    attrs.set(s, slotMember(s, t, index));
  }
  // CPython's layout: slot members, then a __dict__ pointer only for variable-size instances (others
  // keep it before the object), then the weak reference list.
  t.basicsize = base.basicsize + 8 * slotList.length + (addDict && base.itemsize !== 0 ? 8 : 0) + (addWeak ? 8 : 0);
  t.gc = true;
  t.managedDict = base.managedDict || (addDict && base.itemsize === 0);
  t.hasDict = base.hasDict || addDict;
  t.hasWeakref = base.hasWeakref || addWeak;
  // Like any getset a type gets, these do not replace an entry of the class body (type_add_getset).
  if (addDict && !attrs.has('__dict__')) attrs.set('__dict__', dictDescriptor(t));
  if (addWeak && !attrs.has('__weakref__')) attrs.set('__weakref__', weakrefDescriptor(t));
}

/** Private names in __slots__ are mangled as attribute names in the class body are. */
function mangle(className: string, name: string): string {
  if (!name.startsWith('__') || name.endsWith('__') || name.includes('.')) return name;
  const stripped = className.replace(/^_+/, '');
  return stripped === '' ? name : `_${stripped}${name}`;
}

function slotMember(name: string, owner: PyType, index: number): PyMemberDescr {
  return new PyMemberDescr(
    name,
    owner,
    (obj) => {
      const v = (obj as PyObject).slots?.[index];
      if (v === undefined) throw newAttributeError(`'${typeOf(obj).name}' object has no attribute '${name}'`, name, obj);
      return v;
    },
    (obj, value) => {
      const slots = (obj as PyObject).slots!;
      // PyMember_SetOne: deleting an unset slot names only the member.
      if (value === undefined && slots[index] === undefined) raise('AttributeError', name);
      slots[index] = value;
    },
    null,
  );
}

function newAttributeError(message: string, name: string, obj: PyValue): PyValue {
  return attributeError(message, name, obj);
}

/** The __dict__ attribute of instances of a class (subtype_dict). */
function dictDescriptor(t: PyType): PyGetSetDescr {
  return new PyGetSetDescr(
    '__dict__',
    t,
    (obj) => {
      const o = obj as PyObject;
      return (o.dict ??= new PyDict());
    },
    (obj, value) => {
      if (value === undefined) raise('TypeError', 'cannot delete __dict__');
      if (!(value instanceof PyDict)) raise('TypeError', `__dict__ must be set to a dictionary, not a '${typeOf(value).name}'`);
      (obj as PyObject).dict = value;
    },
    'dictionary for instance variables (if defined)',
  );
}

function weakrefDescriptor(t: PyType): PyGetSetDescr {
  return new PyGetSetDescr('__weakref__', t, () => null, null, 'list of weak references to the object (if defined)');
}

/** Calls __set_name__ on the new class's attributes that have it (type_new_set_names). */
function setNames(t: PyType): void {
  for (const [name, v] of [...t.attrs.entries()]) {
    const setName = typeOf(v).lookup('__set_name__');
    if (setName === undefined) continue;
    try {
      abs.call(abs.getAttr(v, '__set_name__'), [t, name]);
    } catch (e) {
      if (!isInstanceOfException(e, exceptionType('BaseException'))) throw e;
      const err = newException('RuntimeError', `Error calling __set_name__ on '${typeOf(v).name}' instance '${name}' in '${t.name}'`);
      err.cause = e;
      err.context = e;
      err.suppressContext = true;
      throw err;
    }
  }
}

/** super(type, type).__init_subclass__(**kwargs) (type_new_init_subclass). */
function initSubclass(t: PyType, kwargs: [string, PyValue][]): void {
  const mro = t.mro;
  let found: PyValue;
  for (let i = 1; i < mro.length; i++) {
    found = mro[i].attrs.get('__init_subclass__');
    if (found !== undefined) break;
  }
  if (found === undefined) return;
  const get = typeOf(found).tp_descr_get;
  const bound = get === null ? found : get(found, undefined, t);
  const args = kwargs.map(([, v]) => v);
  abs.call(bound, args, kwargs.length > 0 ? kwargs.map(([k]) => k) : null);
}

// ---- attributes of types ----

/** __module__ of a type: a heap type's from its dict, a builtin type's from its name. */
function typeModuleName(t: PyType): string | null {
  if (t.heap) {
    const m = t.attrs.get('__module__');
    return m === undefined ? null : strValueOrUndefined(m) ?? null;
  }
  return t.moduleName;
}

function typeQualname(t: PyType): string {
  return t.qualname;
}

/** The names type.__dir__ lists: the attributes of the type and of its bases. */
export function typeDir(t: PyType): string[] {
  const names = new Set<string>();
  for (const c of t.mro) for (const k of c.attrs.keys()) names.add(k);
  return [...names];
}

/** Whether a type's instances are laid out as its base's (compatible_with_tp_base): it adds no slots, dict or weakref. */
function sameLayoutAsBase(t: PyType): boolean {
  const b = t.base;
  return (
    b !== null &&
    t.basicsize === b.basicsize &&
    t.itemsize === b.itemsize &&
    t.hasDict === b.hasDict &&
    t.hasWeakref === b.hasWeakref &&
    t.gc === b.gc
  );
}

/** The __slots__ members a class adds itself (ht_slots, sorted), or null when its body declared no __slots__. */
function ownSlotNames(t: PyType): string[] | null {
  if (!t.attrs.has('__slots__')) return null;
  const names: string[] = [];
  for (const [name, v] of t.attrs) if (v instanceof PyMemberDescr && v.objclass === t) names.push(name);
  return names.sort();
}

/**
 * Whether two heap types extend their common base the same way (same_slots_added): the base's size plus a
 * weakref pointer both put right after it, plus the same __slots__, accounts for both their sizes.
 */
function sameSlotsAdded(a: PyType, b: PyType): boolean {
  if (!a.heap || !b.heap) return false;
  const base = a.base!;
  let size = base.basicsize;
  if (weakrefRightAfterBase(a) && weakrefRightAfterBase(b)) size += 8;
  const sa = ownSlotNames(a);
  const sb = ownSlotNames(b);
  if (sa !== null && sb !== null) {
    if (sa.length !== sb.length || !sa.every((n, i) => n === sb[i])) return false;
    size += 8 * sa.length;
  }
  return size === a.basicsize && size === b.basicsize;
}

/** Whether a class's own weakref pointer sits at its base's size: no slot members or __dict__ pointer before it. */
function weakrefRightAfterBase(t: PyType): boolean {
  const base = t.base!;
  if (!t.hasWeakref || base.hasWeakref) return false;
  const dictPointer = t.hasDict && !base.hasDict && base.itemsize !== 0;
  return !dictPointer && t.slotCount === base.slotCount;
}

/**
 * compatible_for_assignment: instances of `oldto` may become instances of `newto` (for __class__ and
 * __bases__ assignment) when, past the subclasses that change nothing, both share a layout. The solid
 * bases must match too: they decide how the VM represents an instance.
 */
export function checkCompatibleForAssignment(oldto: PyType, newto: PyType, attr: string): void {
  let newbase = newto;
  let oldbase = oldto;
  while (sameLayoutAsBase(newbase)) newbase = newbase.base!;
  while (sameLayoutAsBase(oldbase)) oldbase = oldbase.base!;
  if (
    newto.solid !== oldto.solid ||
    (newbase !== oldbase && (newbase.base !== oldbase.base || !sameSlotsAdded(newbase, oldbase))) ||
    newto.managedDict !== oldto.managedDict // which the sizes do not show
  ) {
    raise('TypeError', `${attr} assignment: '${newto.name}' object layout differs from '${oldto.name}'`);
  }
}

/** check_set_special_type_attr: only a heap type's special attributes change, and none can be deleted. */
function checkSettable(t: PyType, what: string, value: PyValue): void {
  if (!t.heap) raise('TypeError', `cannot set '${what}' attribute of immutable type '${t.name}'`);
  if (value === undefined) raise('TypeError', `cannot delete '${what}' attribute of immutable type '${t.name}'`);
}

function setBases(t: PyType, value: PyValue): void {
  checkSettable(t, '__bases__', value);
  if (!(value instanceof PyTuple)) raise('TypeError', `can only assign tuple to ${t.name}.__bases__, not ${typeOf(value).name}`);
  if (value.items.length === 0) raise('TypeError', `can only assign non-empty tuple to ${t.name}.__bases__, not ()`);
  for (const b of value.items) {
    if (!abs.isType(b)) raise('TypeError', `${t.name}.__bases__ must be tuple of classes, not '${typeOf(b).name}'`);
    if (b.isSubtypeOf(t)) raise('TypeError', 'a __bases__ item causes an inheritance cycle');
  }
  const newBase = bestBase(value.items as PyType[]);
  checkCompatibleForAssignment(t.base!, newBase, '__bases__');
  const oldBases = t.bases;
  const oldMro = t.mro;
  t.bases = value.items as PyType[];
  t.base = newBase;
  try {
    t.mro = computeMro(t);
  } catch (e) {
    t.bases = oldBases;
    t.mro = oldMro;
    throw e;
  }
  for (const b of t.bases) if (!b.subclassRefs.some((r) => r.deref() === t)) b.subclassRefs.push(new WeakRef(t));
  t.modified();
  updateSlots(t);
}

function abstractMethodsGet(t: PyType): PyValue {
  const v = t === typeType ? undefined : t.attrs.get('__abstractmethods__');
  if (v === undefined) throw newAttributeError('__abstractmethods__', '__abstractmethods__', t);
  return v;
}

function abstractMethodsSet(t: PyType, value: PyValue): void {
  if (value === undefined) {
    if (!t.attrs.delete('__abstractmethods__')) throw newAttributeError('__abstractmethods__', '__abstractmethods__', t);
    t.flags &= ~TPFLAGS_IS_ABSTRACT;
  } else {
    const abstract = abs.isTrue(value);
    t.attrs.set('__abstractmethods__', value);
    if (abstract) t.flags |= TPFLAGS_IS_ABSTRACT;
    else t.flags &= ~TPFLAGS_IS_ABSTRACT;
  }
  t.modified();
}

/** type_get_doc: a static type's tp_doc wins over a __doc__ descriptor in its dict (property's member). */
function typeDocGet(t: PyType): PyValue {
  const d = t.attrs.get('__doc__'); // first: a builtin type sets its tp_doc when its dict is filled
  if (!t.heap && t.doc !== null) return t.doc;
  if (d === undefined) return null;
  const get = typeOf(d).tp_descr_get;
  return get !== null ? get(d, undefined, t) : d;
}

function annotationsGet(t: PyType): PyValue {
  let a = t.attrs.get('__annotations__');
  if (a === undefined) {
    if (!t.heap) throw newAttributeError(`type object '${t.name}' has no attribute '__annotations__'`, '__annotations__', t);
    a = new PyDict();
    t.attrs.set('__annotations__', a);
    return a;
  }
  const get = typeOf(a).tp_descr_get;
  return get !== null ? get(a, undefined, t) : a;
}

function annotationsSet(t: PyType, value: PyValue): void {
  if (!t.heap) raise('TypeError', `cannot set '__annotations__' attribute of immutable type '${t.name}'`);
  if (value === undefined) {
    if (!t.attrs.delete('__annotations__')) throw newAttributeError('__annotations__', '__annotations__', t);
  } else t.attrs.set('__annotations__', value);
  t.modified();
}

/** isinstance(obj, cls) for a class (object.c's recursive_isinstance, honouring __class__). */
export function typeInstanceCheck(cls: PyType, obj: PyValue): boolean {
  if (typeOf(obj).isSubtypeOf(cls)) return true;
  const c = abs.getAttrOrUndefined(obj, '__class__');
  return c !== undefined && c !== typeOf(obj) && abs.isType(c) && c.isSubtypeOf(cls);
}

function typeSubclassCheck(cls: PyType, sub: PyValue): boolean {
  if (!abs.isType(sub)) raise('TypeError', 'issubclass() arg 1 must be a class');
  return sub.isSubtypeOf(cls);
}

defineType(
  {
    name: 'type',
    flags: TPFLAGS_BASETYPE | TPFLAGS_TYPE_SUBCLASS,
    slots: {
      tp_repr: typeRepr,
      tp_call: typeCall,
      tp_getattro: typeGetAttr,
      tp_setattro: typeSetAttr,
      tp_init: (self, _argv, _base, nargs, kwnames) => {
        if (nargs === 1 && (kwnames === null || kwnames.length === 0)) return;
        if (nargs !== 1 && nargs !== 3) raise('TypeError', 'type.__init__() takes 1 or 3 arguments');
        void self;
      },
      tp_new: typeNew,
      nb_or: (a, b) => unionOf(a, b),
    },
    methods: {
      'mro($self, /)': (self: PyType) => new PyList(c3Mro(self, self.bases)),
      '__subclasses__($self, /)': (self: PyType) => new PyList(self.subclasses()),
      '__instancecheck__($self, instance, /)': typeInstanceCheck,
      '__subclasscheck__($self, subclass, /)': typeSubclassCheck,
      '__dir__($self, /)': (self: PyType) => new PyList(typeDir(self)),
      '__sizeof__($self, /)': (self: PyType) => (self.heap ? 880 : 408),
    },
    classmethods: {
      '__prepare__($type, /, *args, **kwargs)': { impl: () => new PyDict(), style: 'raw', textSignature: false },
    },
    members: {
      __basicsize__: { get: (t: PyType) => t.basicsize },
      __itemsize__: { get: (t: PyType) => t.itemsize },
      __flags__: { get: (t: PyType) => t.flags },
      __weakrefoffset__: { get: (t: PyType) => (t.hasWeakref ? 24 : 0) },
      __base__: { get: (t: PyType) => t.base },
      __dictoffset__: { get: (t: PyType) => (t.hasDict ? 16 : 0) },
      __mro__: { get: (t: PyType) => new PyTuple(t.mro) },
    },
    getsets: {
      __name__: {
        get: (t: PyType) => (t.heap ? t.name : t.qualname),
        set: (t: PyType, v: PyValue) => {
          checkSettable(t, '__name__', v);
          const s = strValueOrUndefined(v);
          if (s === undefined) raise('TypeError', `can only assign string to ${t.name}.__name__, not '${typeOf(v).name}'`);
          if (s.includes('\0')) raise('ValueError', 'type name must not contain null characters');
          t.name = s;
        },
      },
      __qualname__: {
        get: (t: PyType) => typeQualname(t),
        set: (t: PyType, v: PyValue) => {
          checkSettable(t, '__qualname__', v);
          const s = strValueOrUndefined(v);
          if (s === undefined) raise('TypeError', `can only assign string to ${t.name}.__qualname__, not '${typeOf(v).name}'`);
          t.qualname = s;
        },
      },
      __bases__: { get: (t: PyType) => new PyTuple(t.bases), set: setBases },
      __module__: {
        get: (t: PyType) => {
          if (!t.heap) return t.moduleName;
          const m = t.attrs.get('__module__');
          if (m === undefined) throw newAttributeError('__module__', '__module__', t);
          return m;
        },
        set: (t: PyType, v: PyValue) => {
          checkSettable(t, '__module__', v);
          t.attrs.set('__module__', v);
          t.modified();
        },
      },
      __abstractmethods__: { get: abstractMethodsGet, set: abstractMethodsSet },
      __dict__: { get: (t: PyType) => mappingProxy(typeDictView(t)) },
      __doc__: {
        get: typeDocGet,
        set: (t: PyType, v: PyValue) => {
          checkSettable(t, '__doc__', v);
          t.attrs.set('__doc__', v);
          t.modified();
        },
      },
      __text_signature__: { get: (t: PyType) => (t.heap ? null : (builtinTextSignature(t.name) ?? null)) },
      __annotations__: { get: annotationsGet, set: annotationsSet },
    },
  },
  typeType,
);

/** A dict holding a type's attributes, as type.__dict__ shows them (a snapshot: the type keeps its own map). */
function typeDictView(t: PyType): PyDict {
  const d = new PyDict();
  for (const [k, v] of t.attrs) d.setStr(k, v);
  return d;
}
