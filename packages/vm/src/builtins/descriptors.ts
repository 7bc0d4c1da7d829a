// The behaviour of the descriptor types and builtin functions (descrobject.c,
// methodobject.c): calling them, binding them to an instance, their reprs and
// attributes. Their data is in objects/descriptors.ts.

import { TPFLAGS_METHOD_DESCRIPTOR, typeOf, type PyType, type PyValue } from '../objects/object.js';
import { defineType } from '../objects/typedef.js';
import { raise } from '../objects/errors.js';
import {
  PyBuiltinFunction,
  PyGetSetDescr,
  PyMemberDescr,
  PyMethodDescr,
  PyMethodWrapper,
  PyWrapperDescr,
  builtinFunctionType,
  classmethodDescriptorType,
  getsetDescriptorType,
  memberDescriptorType,
  methodDescriptorType,
  methodWrapperType,
  wrapperDescriptorType,
} from '../objects/descriptors.js';
import { NotImplemented } from '../objects/singletons.js';
import * as abs from '../objects/abstract.js';
import { interp } from '../objects/state.js';
import { PyTuple } from './tuple.js';
import { addressOf } from './identity.js';
import { objectHash } from './object.js';

function checkSelf(name: string, owner: PyType, self: PyValue): void {
  const t = typeOf(self);
  if (t !== owner && !t.isSubtypeOf(owner)) {
    raise('TypeError', `descriptor '${name}' for '${owner.name}' objects doesn't apply to a '${t.name}' object`);
  }
}

// ---- method_descriptor ----

function methodDescrCall(callable: PyValue, argv: PyValue[], base: number, nargs: number, kwnames: string[] | null): PyValue {
  const d = callable as PyMethodDescr;
  if (nargs < 1) raise('TypeError', `unbound method ${d.objclass.qualname}.${d.name}() needs an argument`);
  const self = argv[base];
  if (typeOf(self) !== d.objclass) checkSelf(d.name, d.objclass, self);
  return d.body(d.selfValue === null ? self : d.selfValue(self), argv, base + 1, nargs - 1, kwnames, d);
}

/** A method bound to its object: 'a'.split. */
function bindMethod(d: PyMethodDescr, obj: PyValue): PyBuiltinFunction {
  const f = new PyBuiltinFunction(d.name, `${d.objclass.qualname}.${d.name}`, obj, d.sig, d.body, d.doc, null);
  f.selfValue = d.selfValue;
  return f;
}

/** The attributes every descriptor type shares (descr_members, and __qualname__ from descr_getset). */
const descrAttrs = {
  __name__: { get: (d: PyValue) => d.name },
  __qualname__: { get: (d: PyValue) => `${d.objclass.qualname}.${d.name}` },
  __objclass__: { get: (d: PyValue) => d.objclass },
};

defineType(
  {
    name: 'method_descriptor',
    flags: TPFLAGS_METHOD_DESCRIPTOR,
    slots: {
      tp_repr: (d) => `<method '${d.name}' of '${d.objclass.name}' objects>`,
      tp_call: methodDescrCall,
      tp_descr_get: (d, obj) => {
        if (obj === undefined) return d;
        checkSelf(d.name, d.objclass, obj);
        return bindMethod(d, obj);
      },
      tp_getattro: abs.genericGetAttr,
    },
    methods: {
      '__reduce__($self, /)': { impl: (d: PyMethodDescr) => new PyTuple([interp().builtins.getStr('getattr'), new PyTuple([d.objclass, d.name])]), textSignature: false },
    },
    members: { __objclass__: descrAttrs.__objclass__, __name__: descrAttrs.__name__ },
    getsets: {
      __doc__: { get: (d: PyMethodDescr) => d.doc },
      __qualname__: descrAttrs.__qualname__,
      __text_signature__: { get: (d: PyMethodDescr) => d.sig.textSignature },
    },
  },
  methodDescriptorType,
);

defineType(
  {
    name: 'classmethod_descriptor',
    slots: {
      tp_repr: (d) => `<method '${d.name}' of '${d.objclass.name}' objects>`,
      tp_call: (callable, argv, base, nargs, kwnames) => {
        const d = callable as PyMethodDescr;
        if (nargs < 1) raise('TypeError', `descriptor '${d.name}' of '${d.objclass.name}' object needs an argument`);
        const cls = argv[base];
        if (!abs.isType(cls)) raise('TypeError', `descriptor '${d.name}' for type '${d.objclass.name}' needs a type, not a '${typeOf(cls).name}' as arg 2`);
        if (!cls.isSubtypeOf(d.objclass)) raise('TypeError', `descriptor '${d.name}' requires a subtype of '${d.objclass.name}' but received '${cls.name}'`);
        return d.body(cls, argv, base + 1, nargs - 1, kwnames, { functionStr: () => `${cls.qualname}.${d.name}()` });
      },
      tp_descr_get: (d, obj, type) => {
        const cls = type === undefined ? typeOf(obj) : type;
        if (!abs.isType(cls)) raise('TypeError', `descriptor '${d.name}' for type '${d.objclass.name}' needs a type, not a '${typeOf(cls).name}' as arg 2`);
        if (!cls.isSubtypeOf(d.objclass)) raise('TypeError', `descriptor '${d.name}' requires a subtype of '${d.objclass.name}' but received '${cls.name}'`);
        return new PyBuiltinFunction(d.name, `${d.objclass.qualname}.${d.name}`, cls, d.sig, d.body, d.doc, null);
      },
      tp_getattro: abs.genericGetAttr,
    },
    members: { __objclass__: descrAttrs.__objclass__, __name__: descrAttrs.__name__ },
    getsets: {
      __doc__: { get: (d: PyMethodDescr) => d.doc },
      __qualname__: descrAttrs.__qualname__,
      __text_signature__: { get: (d: PyMethodDescr) => d.sig.textSignature },
    },
  },
  classmethodDescriptorType,
);

// ---- builtin_function_or_method ----

function builtinRepr(f: PyBuiltinFunction): string {
  const self = f.self;
  if (self === undefined || (typeOf(self).name === 'module' && f.module !== null)) return `<built-in function ${f.name}>`;
  return `<built-in method ${f.name} of ${typeOf(self).name} object at ${addressOf(self)}>`;
}

defineType(
  {
    name: 'builtin_function_or_method',
    slots: {
      tp_repr: (f) => builtinRepr(f as PyBuiltinFunction),
      tp_call: (callable, argv, base, nargs, kwnames) => {
        const f = callable as PyBuiltinFunction;
        const sv = f.selfValue;
        return f.body(sv === null ? f.self : sv(f.self), argv, base, nargs, kwnames, f);
      },
      tp_hash: (f) => {
        const self = (f as PyBuiltinFunction).self;
        return self === undefined ? objectHash(f) : (objectHash(f) ^ Number(abs.hash(self))) | 0;
      },
      tp_richcompare: (a, b, op) => {
        if ((op !== abs.EQ && op !== abs.NE) || !(b instanceof PyBuiltinFunction)) return NotImplemented;
        const eq = a === b || (a.body === b.body && a.self === b.self && a.name === b.name);
        return op === abs.EQ ? eq : !eq;
      },
      tp_getattro: abs.genericGetAttr,
    },
    methods: {
      '__reduce__($self, /)': {
        impl: (f: PyBuiltinFunction) =>
          f.self === undefined || (typeOf(f.self).name === 'module' && f.module !== null) ? f.name : new PyTuple([interp().builtins.getStr('getattr'), new PyTuple([f.self, f.name])]),
        textSignature: false,
      },
    },
    members: {
      __module__: {
        get: (f: PyBuiltinFunction) => f.module,
        set: () => raise('AttributeError', "attribute '__module__' of 'builtin_function_or_method' objects is not writable"),
      },
    },
    getsets: {
      __doc__: { get: (f: PyBuiltinFunction) => f.doc },
      __name__: { get: (f: PyBuiltinFunction) => f.name },
      __qualname__: { get: (f: PyBuiltinFunction) => f.boundQualname },
      __self__: { get: (f: PyBuiltinFunction) => (f.self === undefined ? null : f.self) },
      __text_signature__: { get: (f: PyBuiltinFunction) => f.sig.textSignature },
    },
  },
  builtinFunctionType,
);

// ---- slot wrappers ----

function wrapperCall(d: PyWrapperDescr, self: PyValue, argv: PyValue[], base: number, nargs: number, kwnames: string[] | null): PyValue {
  if (kwnames !== null && kwnames.length > 0 && !d.slotdef.keywords) raise('TypeError', `wrapper ${d.name}() takes no keyword arguments`);
  return d.slotdef.wrapper!(self, argv, base, nargs, kwnames, d.wrapped);
}

defineType(
  {
    name: 'wrapper_descriptor',
    flags: TPFLAGS_METHOD_DESCRIPTOR,
    slots: {
      tp_repr: (d) => `<slot wrapper '${d.name}' of '${d.objclass.name}' objects>`,
      tp_call: (callable, argv, base, nargs, kwnames) => {
        const d = callable as PyWrapperDescr;
        if (nargs < 1) raise('TypeError', `descriptor '${d.name}' of '${d.objclass.name}' object needs an argument`);
        const self = argv[base];
        const t = typeOf(self);
        if (t !== d.objclass && !t.isSubtypeOf(d.objclass)) {
          raise('TypeError', `descriptor '${d.name}' requires a '${d.objclass.name}' object but received a '${t.name}'`);
        }
        return wrapperCall(d, self, argv, base + 1, nargs - 1, kwnames);
      },
      tp_descr_get: (d, obj) => {
        if (obj === undefined) return d;
        const t = typeOf(obj);
        if (t !== d.objclass && !t.isSubtypeOf(d.objclass)) {
          raise('TypeError', `descriptor '${d.name}' for '${d.objclass.name}' objects doesn't apply to a '${t.name}' object`);
        }
        return new PyMethodWrapper(d, obj);
      },
      tp_getattro: abs.genericGetAttr,
    },
    methods: {
      '__reduce__($self, /)': { impl: (d: PyWrapperDescr) => new PyTuple([interp().builtins.getStr('getattr'), new PyTuple([d.objclass, d.name])]), textSignature: false },
    },
    members: { __objclass__: descrAttrs.__objclass__, __name__: descrAttrs.__name__ },
    getsets: {
      __doc__: { get: (d: PyWrapperDescr) => slotDoc(d.slotdef.doc).doc },
      __qualname__: descrAttrs.__qualname__,
      __text_signature__: { get: (d: PyWrapperDescr) => slotDoc(d.slotdef.doc).signature },
    },
  },
  wrapperDescriptorType,
);

/** A slotdef's docstring split into its signature and text, as CPython splits a "name(sig)\n--\n\n" docstring. */
function slotDoc(raw: string): { doc: string | null; signature: string | null } {
  const m = /^[^(]*(\(.*\))\n--\n\n/s.exec(raw);
  if (m === null) return { doc: raw === '' ? null : raw, signature: null };
  const rest = raw.slice(m[0].length);
  return { doc: rest === '' ? null : rest, signature: m[1] };
}

defineType(
  {
    name: 'method-wrapper',
    slots: {
      tp_repr: (w) => `<method-wrapper '${w.descr.name}' of ${typeOf(w.self).name} object at ${addressOf(w.self)}>`,
      tp_call: (callable, argv, base, nargs, kwnames) => {
        const w = callable as PyMethodWrapper;
        return wrapperCall(w.descr, w.self, argv, base, nargs, kwnames);
      },
      tp_hash: (w) => (objectHash((w as PyMethodWrapper).descr) ^ Number(abs.hash((w as PyMethodWrapper).self))) | 0,
      tp_richcompare: (a, b, op) => {
        if ((op !== abs.EQ && op !== abs.NE) || !(b instanceof PyMethodWrapper)) return NotImplemented;
        const eq = a.descr === b.descr && a.self === b.self;
        return op === abs.EQ ? eq : !eq;
      },
      tp_getattro: abs.genericGetAttr,
    },
    methods: {
      '__reduce__($self, /)': { impl: (w: PyMethodWrapper) => new PyTuple([interp().builtins.getStr('getattr'), new PyTuple([w.self, w.descr.name])]), textSignature: false },
    },
    members: { __self__: { get: (w: PyMethodWrapper) => w.self } },
    getsets: {
      __objclass__: { get: (w: PyMethodWrapper) => w.descr.objclass },
      __name__: { get: (w: PyMethodWrapper) => w.descr.name },
      __qualname__: { get: (w: PyMethodWrapper) => `${w.descr.objclass.qualname}.${w.descr.name}` },
      __doc__: { get: (w: PyMethodWrapper) => slotDoc(w.descr.slotdef.doc).doc },
      __text_signature__: { get: (w: PyMethodWrapper) => slotDoc(w.descr.slotdef.doc).signature },
    },
  },
  methodWrapperType,
);

// ---- getset and member descriptors ----

function descrCheck(d: PyGetSetDescr | PyMemberDescr, obj: PyValue, kind: string): void {
  const t = typeOf(obj);
  if (t !== d.objclass && !t.isSubtypeOf(d.objclass)) {
    raise('TypeError', `descriptor '${d.name}' for '${d.objclass.name}' objects doesn't apply to a '${t.name}' object`);
  }
  void kind;
}

defineType(
  {
    name: 'getset_descriptor',
    slots: {
      tp_repr: (d) => `<attribute '${d.name}' of '${d.objclass.name}' objects>`,
      tp_descr_get: (descr, obj) => {
        const d = descr as PyGetSetDescr;
        if (obj === undefined) return d;
        descrCheck(d, obj, 'get');
        if (d.get === null) raise('AttributeError', `attribute '${d.name}' of '${d.objclass.name}' objects is not readable`);
        return d.get(obj);
      },
      tp_descr_set: (descr, obj, value) => {
        const d = descr as PyGetSetDescr;
        descrCheck(d, obj, 'set');
        if (d.set === null) raise('AttributeError', `attribute '${d.name}' of '${d.objclass.name}' objects is not writable`);
        d.set(obj, value);
      },
      tp_getattro: abs.genericGetAttr,
    },
    members: { __objclass__: descrAttrs.__objclass__, __name__: descrAttrs.__name__ },
    getsets: {
      __doc__: { get: (d: PyGetSetDescr) => d.doc },
      __qualname__: descrAttrs.__qualname__,
    },
  },
  getsetDescriptorType,
);

defineType(
  {
    name: 'member_descriptor',
    slots: {
      tp_repr: (d) => `<member '${d.name}' of '${d.objclass.name}' objects>`,
      tp_descr_get: (descr, obj) => {
        const d = descr as PyMemberDescr;
        if (obj === undefined) return d;
        descrCheck(d, obj, 'get');
        return d.get(obj);
      },
      tp_descr_set: (descr, obj, value) => {
        const d = descr as PyMemberDescr;
        descrCheck(d, obj, 'set');
        if (d.set === null) raise('AttributeError', 'readonly attribute');
        d.set(obj, value);
      },
      tp_getattro: abs.genericGetAttr,
    },
    methods: {
      '__reduce__($self, /)': { impl: (d: PyMemberDescr) => new PyTuple([interp().builtins.getStr('getattr'), new PyTuple([d.objclass, d.name])]), textSignature: false },
    },
    members: { __objclass__: descrAttrs.__objclass__, __name__: descrAttrs.__name__ },
    getsets: {
      __doc__: { get: (d: PyMemberDescr) => d.doc },
      __qualname__: descrAttrs.__qualname__,
    },
  },
  memberDescriptorType,
);
