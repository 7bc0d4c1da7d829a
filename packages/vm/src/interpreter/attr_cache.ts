// Inline caches for LOAD_ATTR, STORE_ATTR and LOAD_METHOD, after CPython 3.11's specialised forms
// (LOAD_ATTR_INSTANCE_VALUE, STORE_ATTR_INSTANCE_VALUE, LOAD_METHOD_WITH_VALUES): an instruction remembers the
// type it last saw and that type's version (bumped by PyType.modified() whenever an attribute along its MRO
// changes). While the object's type and version match, what the generic lookup found still holds:
//   - instance: the type has no attribute of that name and the generic __getattribute__/__setattr__, so the
//     attribute lives in the instance dict;
//   - method: the name is a method (a function or method descriptor) of the type and the generic
//     __getattribute__, so only an instance attribute of that name could shadow it.
// The slow paths here do the generic operation and fill the cache when the case is one of these.

import { PyObject, TPFLAGS_METHOD_DESCRIPTOR, typeOf, type PyType, type PyValue } from '../objects/object.js';
import * as abs from '../objects/abstract.js';
import { PyDict } from '../builtins/dict.js';
import type { CodeInfo } from './codeinfo.js';

/** What one instruction last found; rewritten in place when it meets another type (a polymorphic site). */
export class AttrCacheEntry {
  constructor(
    public type: PyType,
    public version: number,
    /** For LOAD_METHOD: the method found on the type; undefined for instance attributes. */
    public method: PyValue,
  ) {}
}

function remember(info: CodeInfo, at: number, t: PyType, method: PyValue): void {
  const e = info.attrCache[at];
  if (e === undefined) {
    info.attrCache[at] = new AttrCacheEntry(t, t.version, method);
    return;
  }
  e.type = t;
  e.version = t.version;
  e.method = method;
}

/** Whether instances of `t` keep an attribute of this name in their dict, with no class attribute in the way. */
function instanceAttribute(t: PyType, name: string, store: boolean): boolean {
  if (store ? t.tp_setattro !== abs.genericSetAttr : t.tp_getattro !== abs.genericGetAttr) return false;
  return t.hasDict && t.lookup(name) === undefined;
}

/** LOAD_ATTR, the generic way; caches an instance attribute lookup for the next run of the instruction. */
export function loadAttr(info: CodeInfo, at: number, obj: PyValue, name: string): PyValue {
  const v = abs.getAttr(obj, name);
  if (obj instanceof PyObject && instanceAttribute(obj.type, name, false)) remember(info, at, obj.type, undefined);
  return v;
}

/** STORE_ATTR (value undefined: DELETE_ATTR is not cached), the generic way; caches an instance attribute store. */
export function storeAttr(info: CodeInfo, at: number, obj: PyValue, name: string, value: PyValue): void {
  abs.setAttr(obj, name, value);
  if (obj instanceof PyObject && instanceAttribute(obj.type, name, true)) remember(info, at, obj.type, undefined);
}

/** The instance dict a cached STORE_ATTR writes to, made on first use. */
export function instanceDict(obj: PyObject): PyDict {
  return (obj.dict ??= new PyDict());
}

/**
 * LOAD_METHOD's lookup: the unbound method when the attribute is a method of the type that no instance
 * attribute shadows (CALL then passes the object as the first argument), else undefined. Caches the method.
 */
export function methodFor(info: CodeInfo, at: number, obj: PyValue, name: string): PyValue {
  const t = typeOf(obj);
  if (t.tp_getattro !== abs.genericGetAttr) return undefined;
  const descr = t.lookup(name);
  if (descr === undefined || (typeOf(descr).flags & TPFLAGS_METHOD_DESCRIPTOR) === 0) return undefined;
  if (obj instanceof PyObject) {
    remember(info, at, t, descr);
    const dict = obj.dict;
    if (dict !== undefined && dict.getStr(name) !== undefined) return undefined;
  }
  return descr;
}
