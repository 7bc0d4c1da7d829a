// The object model. Python values map onto JS values so that the common cases
// cost nothing:
//   int   -> number when a safe integer, else bigint (always normalised)
//   bool  -> boolean            None -> null        str -> string
//   float -> PyFloat (a box, so that 1 and 1.0 stay distinct)
//   everything else -> a PyObject carrying its Python type.
// `undefined` is never a Python value: it marks NULL stack slots and unbound locals.

import type { CodeObject } from '@pyc-ts/bytecode';
import type { PyDict } from './dict.js';

/** Any Python value. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type PyValue = any;

export class PyFloat {
  constructor(readonly v: number) {}
}

export class PyObject {
  constructor(public type: PyType) {}
}

/** Bumped on every change to any type's attributes; invalidates the lookup caches. */
let typeEpoch = 0;

/** A type's attribute dict: changes invalidate every type's lookup cache. */
class TypeDict extends Map<string, PyValue> {
  override set(k: string, v: PyValue): this {
    typeEpoch++;
    return super.set(k, v);
  }
  override delete(k: string): boolean {
    typeEpoch++;
    return super.delete(k);
  }
}

/** A Python type object; builtin behaviour lives in the protocol functions, user-visible attributes in `dict`. */
export class PyType extends PyObject {
  mro: PyType[];
  bases: PyType[];
  readonly dict: Map<string, PyValue> = new TypeDict();
  private cache = new Map<string, PyValue>();
  private cacheEpoch = -1;
  /** __module__: 'builtins' for builtin types. */
  module = 'builtins';
  qualname: string;
  /** A class statement made this type (its instances may define dunder methods). */
  heap = false;
  constructor(
    readonly name: string,
    readonly base: PyType | null,
    metatype?: PyType,
  ) {
    super(metatype ?? (undefined as unknown as PyType));
    this.qualname = name;
    this.bases = base ? [base] : [];
    this.mro = base ? [this, ...base.mro] : [this];
  }

  isSubtypeOf(other: PyType): boolean {
    return this === other || this.mro.includes(other);
  }

  /** Attribute lookup along the MRO (no descriptors beyond what callers handle), cached per type. */
  lookup(name: string): PyValue {
    if (this.cacheEpoch !== typeEpoch) {
      this.cache.clear();
      this.cacheEpoch = typeEpoch;
    }
    let v = this.cache.get(name);
    if (v !== undefined || this.cache.has(name)) return v;
    for (const t of this.mro) {
      v = t.dict.get(name);
      if (v !== undefined) break;
    }
    this.cache.set(name, v);
    return v;
  }

  /** The name as repr and tracebacks show it: qualified by the module unless builtin. */
  get displayName(): string {
    return this.module === 'builtins' ? this.qualname : `${this.module}.${this.qualname}`;
  }
}

export const typeType = new PyType('type', null);
typeType.type = typeType;
export const objectType = new PyType('object', null, typeType);
(typeType as { mro: PyType[] }).mro = [typeType, objectType];

function builtinType(name: string, base: PyType = objectType): PyType {
  return new PyType(name, base, typeType);
}

export const intType = builtinType('int');
export const boolType = builtinType('bool', intType);
export const floatType = builtinType('float');
export const strType = builtinType('str');
export const noneType = builtinType('NoneType');
export const tupleType = builtinType('tuple');
export const listType = builtinType('list');
export const dictType = builtinType('dict');
export const functionType = builtinType('function');
export const builtinFunctionType = builtinType('builtin_function_or_method');
export const methodType = builtinType('method');
export const cellType = builtinType('cell');
export const codeType = builtinType('code');
export const ellipsisType = builtinType('ellipsis');
export const notImplementedType = builtinType('NotImplementedType');
export const moduleType = builtinType('module');

export class PyTuple extends PyObject {
  constructor(readonly items: PyValue[]) {
    super(tupleType);
  }
}

export class PyList extends PyObject {
  constructor(public items: PyValue[]) {
    super(listType);
  }
}

/** A closure cell. */
export class PyCell extends PyObject {
  constructor(public v: PyValue) {
    super(cellType);
  }
}

/** Singletons without a JS primitive of their own. */
export class PySingleton extends PyObject {
  constructor(
    type: PyType,
    readonly reprText: string,
  ) {
    super(type);
  }
}
export const Ellipsis = new PySingleton(ellipsisType, 'Ellipsis');
export const NotImplemented = new PySingleton(notImplementedType, 'NotImplemented');

/** A code object as a runtime value (what MAKE_FUNCTION finds on the stack). */
export class PyCode extends PyObject {
  constructor(readonly code: CodeObject) {
    super(codeType);
  }
}

/**
 * A function implemented in JS. `call` receives positional arguments and, when
 * the call site passed keywords, their names (the last kwnames.length of args).
 */
export type BuiltinImpl = (args: PyValue[], kwnames: string[] | null) => PyValue;

export class PyBuiltinFunction extends PyObject {
  constructor(
    readonly name: string,
    readonly call: BuiltinImpl,
    /** The `__self__` for builtin methods, shown by repr. */
    readonly self: PyValue = undefined,
    /** The builtin type whose method this is (`str` for str.upper), which `self` must be an instance of. */
    readonly owner: PyType | null = null,
    /** A special method (`int.__add__`): CPython shows these as slot and method wrappers. */
    readonly slot = false,
  ) {
    super(builtinFunctionType);
  }
}

/** A Python-level function: a code object with its globals, defaults and closure. */
export class PyFunction extends PyObject {
  name: string;
  qualname: string;
  defaults: PyValue[] | null = null;
  kwdefaults: PyDict | null = null;
  closure: PyCell[] | null = null;
  annotations: PyValue = null;
  doc: PyValue = null;
  constructor(
    readonly code: CodeObject,
    readonly globals: PyDict,
    readonly builtins: PyDict,
    /** Decoded form of `code`, shared by every function made from it. */
    readonly info: import('./codeinfo.js').CodeInfo,
  ) {
    super(functionType);
    this.name = code.name;
    this.qualname = code.qualname;
  }
}

/** A module object: its namespace is a dict. */
export class PyModule extends PyObject {
  constructor(
    readonly name: string,
    readonly dict: PyDict,
  ) {
    super(moduleType);
  }
}

/** A function bound to an instance. */
export class PyMethod extends PyObject {
  constructor(
    readonly func: PyValue,
    readonly self: PyValue,
  ) {
    super(methodType);
  }
}

/** The Python type of any value. */
export function typeOf(v: PyValue): PyType {
  switch (typeof v) {
    case 'number':
    case 'bigint':
      return intType;
    case 'string':
      return strType;
    case 'boolean':
      return boolType;
    default:
      if (v === null) return noneType;
      if (v instanceof PyFloat) return floatType;
      return (v as PyObject).type;
  }
}

