// Classes made by class statements: __build_class__, instances with a __dict__,
// C3 method resolution order, dunder-method lookup and zero-argument super().

import { PyDict } from './dict.js';
import {
  PyBuiltinFunction,
  PyCell,
  PyFunction,
  PyList,
  PyObject,
  PyType,
  dictType,
  listType,
  objectType,
  typeOf,
  typeType,
  type PyValue,
} from './objects.js';
import { PyBaseException, BaseException } from './exceptions.js';
import { raise } from './errors.js';
import { Frame } from './frame.js';
import type { Interpreter } from './interpreter.js';

/** An instance of a class statement's class. */
export class PyInstance extends PyObject {
  readonly dict = new PyDict();
}

/** The result of super(): attribute lookup starts after `start` in the MRO of obj's type. */
export class PySuper extends PyObject {
  constructor(
    readonly start: PyType,
    readonly obj: PyValue,
  ) {
    super(superType);
  }
}
export const superType = new PyType('super', objectType, typeType);

/** C3 linearisation (Objects/typeobject.c: mro_implementation). */
function c3(t: PyType, bases: PyType[]): PyType[] {
  const seqs = [...bases.map((b) => b.mro.slice()), bases.slice()];
  const out = [t];
  for (;;) {
    const nonEmpty = seqs.filter((s) => s.length > 0);
    if (nonEmpty.length === 0) return out;
    const head = nonEmpty.map((s) => s[0]).find((c) => !nonEmpty.some((s) => s.indexOf(c) > 0));
    if (!head) {
      raise('TypeError', `Cannot create a consistent method resolution order (MRO) for bases ${bases.map((b) => b.name).join(', ')}`);
    }
    out.push(head);
    for (const s of nonEmpty) if (s[0] === head) s.shift();
  }
}

/** builtins.__build_class__(func, name, *bases, **kwds). */
export function buildClass(interp: Interpreter, args: PyValue[], kwnames: string[] | null): PyValue {
  const npos = args.length - (kwnames ? kwnames.length : 0);
  if (npos < 2) raise('TypeError', '__build_class__: not enough arguments');
  const [func, name] = args;
  if (!(func instanceof PyFunction)) raise('TypeError', '__build_class__: func must be a function');
  if (typeof name !== 'string') raise('TypeError', '__build_class__: name is not a string');
  const bases = args.slice(2, npos);
  for (const b of bases) {
    if (!(b instanceof PyType)) raise('TypeError', 'bases must be types');
  }
  const ns = new PyDict();
  const frame = new Frame(func.info, func.globals, func.builtins, ns, func);
  interp.execute(frame);
  const baseTypes = (bases.length ? bases : [objectType]) as PyType[];
  const t = new PyType(name, baseTypes[0], typeType);
  t.bases = baseTypes;
  t.mro = c3(t, baseTypes);
  t.heap = true;
  for (const e of ns.entries()) {
    if (typeof e.key === 'string' && e.key !== '__classcell__') t.dict.set(e.key, e.value);
  }
  const module = ns.getStr('__module__');
  if (typeof module === 'string') t.module = module;
  const qualname = ns.getStr('__qualname__');
  if (typeof qualname === 'string') t.qualname = qualname;
  const cell = ns.getStr('__classcell__');
  if (cell instanceof PyCell) cell.v = t;
  return t;
}

/** A dunder method defined by a class statement somewhere in v's type's MRO, or undefined. */
export function userMethod(v: PyValue, name: string): PyValue {
  if (!(v instanceof PyObject)) return undefined;
  const t = v.type;
  if (!t.heap) return undefined;
  for (const c of t.mro) {
    if (!c.heap) return undefined;
    const m = c.dict.get(name);
    if (m !== undefined) return m;
  }
  return undefined;
}

/** The Python __init__ a call of `t` runs on a new PyInstance, or undefined when the call needs instantiate(). */
export function pythonInit(t: PyType): PyFunction | undefined {
  if (!t.heap || t.isSubtypeOf(BaseException) || containerBase(t) !== undefined) return undefined;
  const init = t.lookup('__init__');
  return init instanceof PyFunction ? init : undefined;
}

/** Instantiates a class statement's class: allocate, then __init__. */
export function instantiate(interp: Interpreter, t: PyType, args: PyValue[], kwnames: string[] | null): PyValue {
  const container = containerBase(t);
  let obj: PyObject;
  if (t.isSubtypeOf(BaseException)) obj = new PyBaseException(t, args.slice(0, args.length - (kwnames ? kwnames.length : 0)));
  else if (container === listType) obj = new PyList([]);
  else if (container === dictType) obj = new PyDict();
  else obj = new PyInstance(t);
  obj.type = t;
  const init = t.lookup('__init__');
  if (init instanceof PyFunction || (container !== undefined && init !== objectType.dict.get('__init__'))) {
    const r = interp.call(init, [obj, ...args], kwnames);
    if (r !== null) raise('TypeError', `__init__() should return None, not '${typeOf(r).name}'`);
  } else if (args.length > 0 && !(obj instanceof PyBaseException)) {
    raise('TypeError', `${t.name}() takes no arguments`);
  }
  return obj;
}

/** The builtin container (list or dict) a class statement's class derives from, if any. */
export function containerBase(t: PyType): PyType | undefined {
  return t.mro.find((c) => c === listType || c === dictType);
}

/** Attributes of instances of classes derived from builtin containers (which have no __dict__ slot of their own). */
const containerAttrs = new WeakMap<object, PyDict>();

/** The __dict__ of an object that has one: instances, and instances of container subclasses. */
export function instanceDict(obj: PyValue, create: boolean): PyDict | undefined {
  if (obj instanceof PyInstance) return obj.dict;
  if (!(obj instanceof PyObject) || !obj.type.heap) return undefined;
  let d = containerAttrs.get(obj);
  if (d === undefined && create) containerAttrs.set(obj, (d = new PyDict()));
  return d;
}

/** super() with no arguments, from the calling frame's first argument and __class__ cell. */
export function zeroArgSuper(frame: Frame | null): PySuper {
  if (frame === null || frame.fn === null) raise('RuntimeError', 'super(): no arguments');
  const code = frame.info.code;
  if (code.argcount === 0) raise('RuntimeError', 'super(): no arguments');
  let self = frame.s[0];
  if (self instanceof PyCell) self = self.v;
  const i = code.localsplusnames.indexOf('__class__');
  const cell = i < 0 ? undefined : frame.s[i];
  if (!(cell instanceof PyCell)) raise('RuntimeError', 'super(): __class__ cell not found');
  if (!(cell.v instanceof PyType)) raise('RuntimeError', 'super(): empty __class__ cell');
  return new PySuper(cell.v, self);
}

/** Attribute lookup through a super object. */
export function superAttr(sup: PySuper, name: string, bind: (f: PyValue, self: PyValue) => PyValue): PyValue {
  const t = sup.obj instanceof PyType ? sup.obj : typeOf(sup.obj);
  const mro = t.mro;
  for (let i = mro.indexOf(sup.start) + 1; i < mro.length; i++) {
    const v = mro[i].dict.get(name);
    if (v !== undefined) return v instanceof PyFunction || v instanceof PyBuiltinFunction ? bind(v, sup.obj) : v;
  }
  raise('AttributeError', `'super' object has no attribute '${name}'`);
}

// The __init__ methods that super().__init__(...) reaches in builtin bases.
objectType.dict.set(
  '__init__',
  new PyBuiltinFunction('__init__', (args) => {
    const self = args[0];
    if (args.length > 1 && self instanceof PyInstance && self.type.lookup('__init__') === objectType.dict.get('__init__')) {
      raise('TypeError', `${self.type.name}() takes no arguments`);
    }
    return null;
  }),
);
BaseException.dict.set(
  '__init__',
  new PyBuiltinFunction('__init__', (args, kwnames) => {
    if (kwnames && kwnames.length) raise('TypeError', `${typeOf(args[0]).name}() takes no keyword arguments`);
    const self = args[0];
    if (self instanceof PyBaseException) self.args = args.slice(1);
    return null;
  }),
);

// ---- descriptors: property, staticmethod, classmethod ----

export const propertyType = new PyType('property', objectType, typeType);
export const staticmethodType = new PyType('staticmethod', objectType, typeType);
export const classmethodType = new PyType('classmethod', objectType, typeType);

export class PyProperty extends PyObject {
  constructor(
    readonly fget: PyValue,
    readonly fset: PyValue,
    readonly fdel: PyValue,
    readonly doc: PyValue,
  ) {
    super(propertyType);
  }

  /** The attribute name for error messages (the getter's __name__). */
  nameFor(fallback: string): string {
    return this.fget instanceof PyFunction ? this.fget.name : fallback;
  }
}

/** staticmethod(f) / classmethod(f). */
export class PyMethodWrapper extends PyObject {
  constructor(
    type: PyType,
    readonly func: PyValue,
  ) {
    super(type);
  }
}

function propertyCopy(p: PyProperty, which: 'fget' | 'fset' | 'fdel', f: PyValue): PyProperty {
  return new PyProperty(
    which === 'fget' ? f : p.fget,
    which === 'fset' ? f : p.fset,
    which === 'fdel' ? f : p.fdel,
    p.doc,
  );
}

for (const which of ['getter', 'setter', 'deleter'] as const) {
  const field = which === 'getter' ? 'fget' : which === 'setter' ? 'fset' : 'fdel';
  propertyType.dict.set(
    which,
    new PyBuiltinFunction(which, (args) => {
      if (args.length !== 2) raise('TypeError', `${which}() takes exactly one argument (${args.length - 1} given)`);
      return propertyCopy(args[0] as PyProperty, field, args[1]);
    }),
  );
}

/** property(fget=None, fset=None, fdel=None, doc=None). */
export function makeProperty(args: PyValue[], kwnames: string[] | null): PyProperty {
  const names = ['fget', 'fset', 'fdel', 'doc'];
  const values: PyValue[] = [null, null, null, null];
  const npos = args.length - (kwnames ? kwnames.length : 0);
  if (npos > 4) raise('TypeError', `property() takes at most 4 arguments (${npos} given)`);
  for (let i = 0; i < npos; i++) values[i] = args[i];
  kwnames?.forEach((k, i) => {
    const at = names.indexOf(k);
    if (at < 0) raise('TypeError', `property() got an unexpected keyword argument '${k}'`);
    values[at] = args[npos + i];
  });
  return new PyProperty(values[0], values[1], values[2], values[3]);
}
