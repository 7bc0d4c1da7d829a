// The objects through which builtin types expose their methods and data
// (CPython's descrobject.c and methodobject.c): method descriptors, slot
// wrappers, getset and member descriptors, and builtin functions. Only their
// data lives here, so that type definitions can make them before anything
// else is ready; their Python-level behaviour (calling, binding, repr,
// attributes) is declared in builtins/descriptors.ts.

import { PyObject, PyType, bootstrapType, typeOf, type PyValue } from './object.js';
import type { BuiltinBody, Signature } from './clinic.js';
import type { Slotdef } from './slotdefs.js';

export const methodDescriptorType = bootstrapType('method_descriptor');
export const classmethodDescriptorType = bootstrapType('classmethod_descriptor');
export const wrapperDescriptorType = bootstrapType('wrapper_descriptor');
export const methodWrapperType = bootstrapType('method-wrapper');
export const getsetDescriptorType = bootstrapType('getset_descriptor');
export const memberDescriptorType = bootstrapType('member_descriptor');
export const builtinFunctionType = bootstrapType('builtin_function_or_method');

/** Converts the bound object of a builtin type's method to what its implementation takes (a str subclass instance to its string, ...). */
export type SelfValue = ((v: PyValue) => PyValue) | null;

/** A builtin type's method as found in its dict: str.split (method_descriptor) or dict.fromkeys (classmethod_descriptor). */
export class PyMethodDescr extends PyObject {
  constructor(
    type: PyType,
    readonly name: string,
    readonly objclass: PyType,
    readonly sig: Signature,
    readonly body: BuiltinBody,
    readonly selfValue: SelfValue,
    readonly doc: string | null,
  ) {
    super(type);
  }
  /** How argument errors name it (_PyObject_FunctionStr): 'list.append()'. */
  functionStr(): string {
    return `${this.objclass.qualname}.${this.name}()`;
  }
}

/** A function implemented in JS: a module's function (len), or a builtin method bound to its object ('a'.split). */
export class PyBuiltinFunction extends PyObject {
  constructor(
    readonly name: string,
    /** __qualname__: 'len', 'str.split', 'int.__new__'. */
    readonly qualname: string,
    /** __self__: the module, the bound object, or undefined (None). */
    readonly self: PyValue,
    readonly sig: Signature,
    readonly body: BuiltinBody,
    readonly doc: string | null,
    /** __module__ (for functions of modules). */
    readonly module: string | null,
  ) {
    super(builtinFunctionType);
  }
  /** How a bound builtin method hands its object to the implementation (see PyMethodDescr). */
  selfValue: SelfValue = null;
  /** __qualname__: the name, qualified by the class of the object it is bound to (meth_get__qualname__). */
  get boundQualname(): string {
    const self = this.self;
    if (self === undefined || typeOf(self).name === 'module') return this.name;
    const owner = self instanceof PyType ? self : typeOf(self);
    return `${owner.qualname}.${this.name}`;
  }
  /** How argument errors name it (_PyObject_FunctionStr): 'sys.exit()', 'C.__init_subclass__()', 'len()'. */
  functionStr(): string {
    const m = this.module;
    return m !== null && m !== 'builtins' ? `${m}.${this.boundQualname}()` : `${this.boundQualname}()`;
  }
}

/** A slot of a builtin type shown as an attribute: int.__add__ (wrapper_descriptor, "slot wrapper"). */
export class PyWrapperDescr extends PyObject {
  constructor(
    readonly slotdef: Slotdef,
    readonly objclass: PyType,
    /** The slot function it wraps. */
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    readonly wrapped: (...args: any[]) => PyValue,
  ) {
    super(wrapperDescriptorType);
  }
  get name(): string {
    return this.slotdef.name;
  }
}

/** A slot wrapper bound to an object: (1).__add__ (method-wrapper). */
export class PyMethodWrapper extends PyObject {
  constructor(
    readonly descr: PyWrapperDescr,
    readonly self: PyValue,
  ) {
    super(methodWrapperType);
  }
}

/** A computed attribute of a builtin type's instances: function.__name__ (getset_descriptor). */
export class PyGetSetDescr extends PyObject {
  constructor(
    readonly name: string,
    readonly objclass: PyType,
    readonly get: ((obj: PyValue) => PyValue) | null,
    /** Sets (value) or deletes (value undefined); null when read-only. */
    readonly set: ((obj: PyValue, value: PyValue) => void) | null,
    readonly doc: string | null,
  ) {
    super(getsetDescriptorType);
  }
}

/**
 * A field stored in the instance (member_descriptor): a __slots__ member, or a field of a builtin
 * type's instances (slice.start). `get` returns undefined for an unset field.
 */
export class PyMemberDescr extends PyObject {
  constructor(
    readonly name: string,
    readonly objclass: PyType,
    readonly get: (obj: PyValue) => PyValue,
    /** Sets (value) or deletes (value undefined); null when read-only. */
    readonly set: ((obj: PyValue, value: PyValue) => void) | null,
    readonly doc: string | null,
  ) {
    super(memberDescriptorType);
  }
}
