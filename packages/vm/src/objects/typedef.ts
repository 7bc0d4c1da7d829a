// Defining a builtin type in one declaration (CPython's static PyTypeObject
// plus PyType_Ready): its name, base, slots, methods with their signatures,
// data descriptors and class attributes. defineType fills the type's dict in
// CPython's order (__new__, slot wrappers, methods, members, getsets,
// __doc__) and inherits the slots it does not define from its base.

import {
  PyType,
  typeOf,
  objectType,
  typeType,
  TPFLAGS_HEAPTYPE,
  TPFLAGS_INHERITED,
  TPFLAGS_METHOD_DESCRIPTOR,
  type PyValue,
} from './object.js';
import { Signature, makeBody, type BuiltinBody, type Impl, type Style } from './clinic.js';
import {
  PyBuiltinFunction,
  PyGetSetDescr,
  PyMemberDescr,
  PyMethodDescr,
  PyWrapperDescr,
  classmethodDescriptorType,
  methodDescriptorType,
  type SelfValue,
} from './descriptors.js';
import { hashNotImplemented, slotdefs, type SlotName, type Slotdef } from './slotdefs.js';
import { raise } from './errors.js';
import { builtinDoc, builtinTextSignature } from './docs.js';
import { typeLayouts } from '../generated/type_layouts.js';

/** A method's implementation, or its implementation with options. */
export type MethodDef =
  | Impl
  | {
      impl: Impl;
      /** The parser to mimic, when not the one Argument Clinic would pick for the signature. */
      style?: Style;
      /** False where CPython's method has no __text_signature__; a string where it is not the declaration's text. */
      textSignature?: boolean | string;
      /** The docstring, when not the generated table's. */
      doc?: string | null;
      /** Whether the implementation takes the bound object as it is, not as the type's selfValue gives it. */
      rawSelf?: boolean;
    };

export interface GetSetDef {
  get: ((obj: PyValue) => PyValue) | null;
  /** Sets, or deletes when value is undefined. */
  set?: (obj: PyValue, value: PyValue) => void;
  doc?: string | null;
}

export interface MemberDef {
  get: (obj: PyValue) => PyValue;
  set?: (obj: PyValue, value: PyValue) => void;
  doc?: string | null;
}

export type SlotTable = { [K in SlotName]?: PyType[K] };

export interface TypeSpec {
  /** tp_name: 'int', or dotted for types that belong to a module ('itertools.chain'). */
  name: string;
  base?: PyType;
  /** TPFLAGS_*; a builtin type is subclassable only with TPFLAGS_BASETYPE. */
  flags?: number;
  /** The type's __doc__, when not the generated table's. */
  doc?: string | null;
  slots?: SlotTable;
  /**
   * Instance methods, keyed by signature ('split($self, /, sep=None, maxsplit: ssize = -1)'); or a
   * function giving them, read when the type is completed (for tables built by other modules).
   */
  methods?: Record<string, MethodDef> | (() => Record<string, MethodDef>);
  /** Class methods, keyed by signature with `$type` ('fromkeys($type, iterable, value=None, /)'). */
  classmethods?: Record<string, MethodDef>;
  /** Static methods, keyed by signature. */
  staticmethods?: Record<string, MethodDef>;
  members?: Record<string, MemberDef>;
  getsets?: Record<string, GetSetDef>;
  /** Plain class attributes, set last (constants, `__hash__: null`). */
  attrs?: Record<string, PyValue>;
  /** How methods receive their bound object (a str subclass instance as its string, ...). */
  selfValue?: (v: PyValue) => PyValue;
  /** Whether instances have a __dict__. */
  hasDict?: boolean;
  hasWeakref?: boolean;
}

/** The new-style builtin types made so far, for the attribute-parity script and tests. */
export const builtinTypes: PyType[] = [];

/** Makes (or, for a bootstrap type made earlier, fills in) a builtin type from its declaration. */
export function defineType(spec: TypeSpec, existing?: PyType): PyType {
  const base = spec.base ?? (existing === objectType ? null : objectType);
  const t = existing ?? new PyType(spec.name, base, typeType);
  if (existing !== undefined) {
    t.base = base;
    t.bases = base ? [base] : [];
    t.mro = base ? [t, ...base.mro] : [t];
  }
  t.flags = (spec.flags ?? 0) | (base ? base.flags & TPFLAGS_INHERITED : 0);
  t.flags &= ~TPFLAGS_HEAPTYPE;
  t.solid = t;
  if (spec.slots) {
    for (const [k, v] of Object.entries(spec.slots)) {
      // eslint-disable-next-line @typescript-eslint/no-explicit-any
      (t as any)[k] = v;
    }
  }
  // The instance layout CPython's type has (its tp_basicsize, tp_itemsize, GC flag), else the base's.
  const layout = typeLayouts[spec.name];
  if (layout !== undefined) {
    [t.basicsize, t.itemsize] = layout;
    t.gc = layout[2] === 1;
  } else if (base !== null) {
    t.basicsize = base.basicsize;
    t.itemsize = base.itemsize;
    t.gc = base.gc;
  }
  if (spec.hasDict) t.hasDict = true;
  if (spec.hasWeakref) t.hasWeakref = true;
  if (base !== null) base.subclassRefs.push(new WeakRef(t));
  builtinTypes.push(t);
  if (typesReady) {
    deferAttributes(t, spec);
    inheritSlots(t);
  } else {
    pending.push([t, spec]);
  }
  return t;
}

/** A slot a type defines itself, with its function. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type OwnSlot = [Slotdef, (...args: any[]) => PyValue];

/** Arranges for a builtin type's dict to be filled on first use, from the slots it defines itself now. */
function deferAttributes(t: PyType, spec: TypeSpec): void {
  const hasNew = t.tp_new !== null;
  const operators = ownOperators(t);
  t.fillAttrs = () => fillAttributes(t, spec, hasNew, operators);
}

/** Fills a builtin type's dict in CPython's order (type_ready_fill_dict). */
function fillAttributes(t: PyType, spec: TypeSpec, hasNew: boolean, operators: OwnSlot[]): void {
  const attrs = t.attrs;
  t.doc = spec.doc !== undefined ? spec.doc : builtinDoc(spec.name);
  if (hasNew) attrs.set('__new__', tpNewWrapper(t));
  for (const [d, fn] of operators) {
    if (!attrs.has(d.name)) attrs.set(d.name, fn === hashNotImplemented ? null : new PyWrapperDescr(d, t, fn));
  }
  const selfValue = spec.selfValue ?? null;
  const methods = typeof spec.methods === 'function' ? spec.methods() : spec.methods;
  for (const [text, def] of Object.entries(methods ?? {})) {
    const d = makeMethodDescr(t, text, def, methodDescriptorType, selfValue);
    attrs.set(d.name, d);
  }
  for (const [text, def] of Object.entries(spec.classmethods ?? {})) {
    const d = makeMethodDescr(t, text, def, classmethodDescriptorType, null);
    attrs.set(d.name, d);
  }
  for (const [text, def] of Object.entries(spec.staticmethods ?? {})) {
    const f = makeFunction(text, def, `${t.qualname}.`, t, null, null);
    attrs.set(f.name, staticmethodOf(f));
  }
  for (const [name, m] of Object.entries(spec.members ?? {})) {
    const doc = m.doc !== undefined ? m.doc : builtinDoc(`${spec.name}.${name}`);
    attrs.set(name, new PyMemberDescr(name, t, m.get, m.set ?? null, doc));
  }
  for (const [name, g] of Object.entries(spec.getsets ?? {})) {
    const doc = g.doc !== undefined ? g.doc : builtinDoc(`${spec.name}.${name}`);
    attrs.set(name, new PyGetSetDescr(name, t, g.get, g.set ?? null, doc));
  }
  if (!attrs.has('__doc__')) attrs.set('__doc__', t.doc);
  for (const [name, v] of Object.entries(spec.attrs ?? {})) attrs.set(name, v);
}

let typesReady = false;
/** Builtin types defined before finishBuiltinTypes, with their declarations. */
const pending: [PyType, TypeSpec][] = [];

/**
 * Completes every builtin type defined so far: fills their dicts (slot wrappers, method
 * descriptors, ...) and inherits their slots, bases first. Types defined later are completed at
 * once. Run once all the builtin type modules are loaded, so that their load order does not matter.
 */
export function finishBuiltinTypes(): void {
  if (typesReady) return;
  typesReady = true;
  for (const [t, spec] of pending) deferAttributes(t, spec);
  pending.length = 0;
  const order = builtinTypes.slice().sort((a, b) => a.mro.length - b.mro.length);
  for (const t of order) inheritSlots(t);
}

/** The slots a builtin type defines itself that its dict shows as slot wrappers (add_operators), before it inherits any. */
function ownOperators(t: PyType): OwnSlot[] {
  const out: OwnSlot[] = [];
  for (const d of slotdefs) {
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    const fn = (t as any)[d.slot];
    if (d.wrapper !== null && fn !== null) out.push([d, fn]);
  }
  return out;
}

/** Fills the slots a type left empty from its base (inherit_slots, inherit_special). */
export function inheritSlots(t: PyType): void {
  const base = t.base;
  if (base === null) return;
  // tp_hash and tp_richcompare go together: a type that defines either keeps both its own.
  const inheritHash = t.tp_hash === null && t.tp_richcompare === null;
  for (const d of slotdefs) {
    const slot = d.slot;
    if (slot === 'tp_hash' || slot === 'tp_richcompare') continue;
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    const tt = t as any;
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    if (tt[slot] === null) tt[slot] = (base as any)[slot];
  }
  if (inheritHash) {
    t.tp_hash = base.tp_hash;
    t.tp_richcompare = base.tp_richcompare;
  }
  if (t.tp_finalize === null) t.tp_finalize = base.tp_finalize;
  if (base.hasDict) t.hasDict = true;
  if (base.hasWeakref) t.hasWeakref = true;
  if (t.slotCount < base.slotCount) t.slotCount = base.slotCount;
}

function methodOptions(def: MethodDef): { impl: Impl; style?: Style; textSignature: boolean | string; doc?: string | null; rawSelf: boolean } {
  if (typeof def === 'function') return { impl: def, textSignature: true, rawSelf: false };
  return { impl: def.impl, style: def.style, textSignature: def.textSignature ?? true, doc: def.doc, rawSelf: def.rawSelf ?? false };
}

/** CPython's __text_signature__ where it has this builtin, else the declaration's choice. */
function textSignatureOf(key: string, declared: boolean | string): boolean | string {
  const recorded = builtinTextSignature(key);
  return recorded === undefined ? declared : (recorded ?? false);
}

function nameOf(text: string): string {
  return text.slice(0, text.indexOf('('));
}

function makeMethodDescr(t: PyType, text: string, def: MethodDef, kind: PyType, selfValue: SelfValue): PyMethodDescr {
  const o = methodOptions(def);
  const name = nameOf(text);
  const key = `${t.name}.${name}`;
  const sig = new Signature(name, `${t.qualname}.${name}`, text, o.style, textSignatureOf(key, o.textSignature));
  const doc = o.doc !== undefined ? o.doc : builtinDoc(key);
  return new PyMethodDescr(kind, name, t, sig, makeBody(sig, o.impl, true), o.rawSelf ? null : selfValue, doc);
}

/** A builtin function's parts, compiled once from its declaration and shared by every object made from it. */
export interface FunctionTemplate {
  readonly name: string;
  readonly qualname: string;
  readonly sig: Signature;
  readonly body: BuiltinBody;
  readonly doc: string | null;
}

/**
 * Compiles a builtin function's declaration: `prefix` qualifies its __qualname__, `docKey` finds its
 * docstring, `messagePrefix` (by default `prefix`) qualifies the name its argument errors give it, as
 * _PyObject_FunctionStr does with the module of a module's function ('math.sqrt()', but 'len()').
 */
export function functionTemplate(text: string, def: MethodDef, prefix: string, docKey: string | null, messagePrefix = prefix): FunctionTemplate {
  const o = methodOptions(def);
  const name = nameOf(text);
  const key = docKey ?? prefix + name;
  const sig = new Signature(name, messagePrefix + name, text, o.style, textSignatureOf(key, o.textSignature));
  const doc = o.doc !== undefined ? o.doc : builtinDoc(key);
  return { name, qualname: prefix + name, sig, body: makeBody(sig, o.impl, false), doc };
}

/** A builtin function object of a template: `self` is its __self__ (the module, or undefined), `module` its __module__. */
export function functionOf(t: FunctionTemplate, self: PyValue, module: string | null): PyBuiltinFunction {
  return new PyBuiltinFunction(t.name, t.qualname, self, t.sig, t.body, t.doc, module);
}

/** A builtin function (static methods, and module functions made on the spot). */
export function makeFunction(text: string, def: MethodDef, prefix: string, self: PyValue, module: string | null, docKey: string | null): PyBuiltinFunction {
  return functionOf(functionTemplate(text, def, prefix, docKey), self, module);
}

/**
 * A builtin type's __new__ as its dict has it (tp_new_wrapper): a builtin method of the type that
 * checks the subtype it is asked to make is one its tp_new can make.
 */
function tpNewWrapper(t: PyType): PyBuiltinFunction {
  return makeFunction(
    '__new__($type, *args, **kwargs)',
    {
      impl: (argv: PyValue[], base: number, nargs: number, kwnames: string[] | null) => {
        if (nargs < 1) raise('TypeError', `${t.name}.__new__(): not enough arguments`);
        const sub = argv[base];
        if (!(sub instanceof PyType)) raise('TypeError', `${t.name}.__new__(X): X is not a type object (${typeOf(sub).name})`);
        if (!sub.isSubtypeOf(t)) raise('TypeError', `${t.name}.__new__(${sub.name}): ${sub.name} is not a subtype of ${t.name}`);
        // The nearest builtin base of sub must be made by this tp_new (object.__new__(int) is not safe).
        let staticbase: PyType = sub;
        while (staticbase.heap || staticbase.tp_new === null) staticbase = staticbase.base!;
        if (staticbase.tp_new !== t.tp_new && staticbase.solid !== t.solid) {
          raise('TypeError', `${t.name}.__new__(${sub.name}) is not safe, use ${staticbase.name}.__new__()`);
        }
        return t.tp_new!(sub, argv, base + 1, nargs - 1, kwnames);
      },
      style: 'raw',
      doc: 'Create and return a new object.  See help(type) for accurate signature.',
    },
    `${t.qualname}.`,
    t,
    null,
    null,
  );
}

/** Whether v is a builtin type's own __new__ (made by tpNewWrapper). */
export function isBuiltinNew(v: PyValue): boolean {
  return v instanceof PyBuiltinFunction && v.name === '__new__' && v.self instanceof PyType && !v.self.heap;
}

/** Wraps a builtin function as a staticmethod object; installed by builtins/staticmethod.ts. */
export let staticmethodOf: (f: PyValue) => PyValue = () => {
  throw new Error('staticmethod not ready');
};
export function setStaticmethodOf(f: (f: PyValue) => PyValue): void {
  staticmethodOf = f;
}

/** Whether a type's instances are method descriptors: LOAD_METHOD may skip binding them. */
export function isMethodDescriptorType(t: PyType): boolean {
  return (t.flags & TPFLAGS_METHOD_DESCRIPTOR) !== 0;
}
