// object: the base of every class (Objects/typeobject.c's object_* functions).

import { PyObject, objectType, typeOf, TPFLAGS_BASETYPE, TPFLAGS_IS_ABSTRACT, type PyType, type PyValue } from '../objects/object.js';
import { defineType } from '../objects/typedef.js';
import { raise } from '../objects/errors.js';
import { NotImplemented } from '../objects/singletons.js';
import * as abs from '../objects/abstract.js';
import { PyDict } from './dict.js';
import { PyTuple } from './tuple.js';
import { PyBytes } from './bytes.js';
import { PyList } from './list.js';
import { addressOf, valueId } from './identity.js';
import { typeDir, checkCompatibleForAssignment } from './type.js';

/** An instance of a class statement's class whose layout is object's: its __dict__ and __slots__ storage. */
export class PyInstance extends PyObject {
  constructor(type: PyType) {
    super(type);
    this.dict = type.hasDict ? new PyDict() : undefined;
    this.slots = type.slotCount > 0 ? new Array(type.slotCount).fill(undefined) : undefined;
  }
}

/** Gives an instance of a subclass of a builtin type the __dict__ and __slots__ storage its class calls for. */
export function initInstanceExtras(obj: PyObject, type: PyType): PyObject {
  if (type.hasDict && obj.dict === undefined) obj.dict = new PyDict();
  if (type.slotCount > 0) obj.slots = new Array(type.slotCount).fill(undefined);
  return obj;
}

export function objectRepr(self: PyValue): string {
  const t = typeOf(self);
  const module = typeModule(t);
  const addr = addressOf(self);
  if (module !== 'builtins') return `<${module}.${t.qualname} object at ${addr}>`;
  return `<${t.name} object at ${addr}>`;
}

/** A type's __module__ as a string ('builtins' for builtin types). */
export function typeModule(t: PyType): string {
  if (!t.heap) return t.moduleName;
  const m = t.attrs.get('__module__');
  return typeof m === 'string' ? m : 'builtins';
}

/** object.__hash__: from the identity (None is JS null, so through valueId). */
export function objectHash(self: PyValue): number {
  return Math.floor(valueId(self) / 16);
}

export function objectRichcompare(self: PyValue, other: PyValue, op: number): PyValue {
  if (op === abs.EQ) return self === other ? true : NotImplemented;
  if (op === abs.NE) {
    const cmp = typeOf(self).tp_richcompare;
    if (cmp === null) return NotImplemented;
    const r = cmp(self, other, abs.EQ);
    if (r === NotImplemented) return r;
    return !abs.isTrue(r);
  }
  return NotImplemented;
}

function excessArgs(nargs: number, kwnames: string[] | null): boolean {
  return nargs > 0 || (kwnames !== null && kwnames.length > 0);
}

export function objectInit(self: PyValue, _argv: PyValue[], _base: number, nargs: number, kwnames: string[] | null): void {
  if (!excessArgs(nargs, kwnames)) return;
  const t = typeOf(self);
  if (t.tp_init !== objectInit) raise('TypeError', 'object.__init__() takes exactly one argument (the instance to initialize)');
  if (t.tp_new === objectNew) raise('TypeError', `${t.name}.__init__() takes exactly one argument (the instance to initialize)`);
}

export function objectNew(type: PyType, _argv: PyValue[], _base: number, nargs: number, kwnames: string[] | null): PyValue {
  if (excessArgs(nargs, kwnames)) {
    if (type.tp_new !== objectNew) raise('TypeError', 'object.__new__() takes exactly one argument (the type to instantiate)');
    if (type.tp_init === objectInit) raise('TypeError', `${type.name}() takes no arguments`);
  }
  if ((type.flags & TPFLAGS_IS_ABSTRACT) !== 0) abstractError(type);
  return new PyInstance(type);
}

function abstractError(type: PyType): never {
  const methods = abs.getAttrOrUndefined(type, '__abstractmethods__');
  const names = methods === undefined ? [] : abs.toArray(methods).map((v) => abs.str(v)).sort();
  raise(
    'TypeError',
    `Can't instantiate abstract class ${type.name} with abstract method${names.length === 1 ? '' : 's'} ${names.join(', ')}`,
  );
}

/** object.__sizeof__: tp_basicsize, plus Py_SIZE items of tp_itemsize for variable-size instances (tuple, bytes). */
function objectSizeof(self: PyValue): number {
  const t = typeOf(self);
  if (t.itemsize === 0) return t.basicsize;
  const n = self instanceof PyTuple ? self.items.length : self instanceof PyBytes ? self.bytes.length : 0;
  return t.basicsize + t.itemsize * n;
}

function objectFormat(self: PyValue, spec: string): PyValue {
  if (spec.length > 0) raise('TypeError', `unsupported format string passed to ${typeOf(self).name}.__format__`);
  return abs.strObject(self);
}

/** object.__dir__: the instance's __dict__ keys and its class's attributes. */
function objectDir(self: PyValue): PyList {
  const names = new Set<string>();
  const dict = abs.getAttrOrUndefined(self, '__dict__');
  if (dict instanceof PyDict) for (const k of dict.keys()) if (typeof k === 'string') names.add(k);
  const cls = abs.getAttrOrUndefined(self, '__class__');
  if (cls !== undefined && abs.isType(cls)) for (const k of typeDir(cls)) names.add(k);
  return new PyList([...names]);
}

/** object.__getstate__: the instance dict (and __slots__ values), or None. */
export function objectGetstate(self: PyValue): PyValue {
  const dict = self instanceof PyObject ? self.dict : undefined;
  const state: PyValue = dict !== undefined && dict.size > 0 ? dict : null;
  const slotNames = slotNamesOf(typeOf(self));
  if (slotNames.length === 0) return state;
  const slots = new PyDict();
  for (const name of slotNames) {
    const v = abs.getAttrOrUndefined(self, name);
    if (v !== undefined) slots.setStr(name, v);
  }
  return slots.size > 0 ? new PyTuple([state, slots]) : state;
}

/** The __slots__ member names of a type and its bases (copyreg._slotnames). */
function slotNamesOf(t: PyType): string[] {
  const out: string[] = [];
  for (const c of t.mro) {
    const slots = c.heap ? c.attrs.get('__slots__') : undefined;
    if (slots === undefined) continue;
    const names = typeof slots === 'string' ? [slots] : abs.toArray(slots).map((v) => abs.str(v));
    for (const n of names) if (n !== '__dict__' && n !== '__weakref__') out.push(n.startsWith('__') && !n.endsWith('__') ? `_${c.name.replace(/^_+/, '')}${n}` : n);
  }
  return out;
}

/** object.__reduce_ex__(protocol): what copy and pickle use (copyreg's protocols 0-1, reduce_newobj for 2+). */
function objectReduceEx(self: PyValue, protocol: PyValue): PyValue {
  const t = typeOf(self);
  const reduce = t.lookup('__reduce__');
  if (reduce !== undefined && reduce !== objectType.attrs.get('__reduce__')) return abs.call(abs.getAttr(self, '__reduce__'), []);
  return reduceWithProtocol(self, abs.asSsize(protocol, 'OverflowError'));
}

/** copyreg's helpers, as the interpreter's import of copyreg provides them; installed by the import system. */
export let copyregFunction: (name: string) => PyValue = (name) => raise('RuntimeError', `copyreg.${name} is not available`);
export function setCopyregFunction(f: (name: string) => PyValue): void {
  copyregFunction = f;
}

function reduceWithProtocol(self: PyValue, protocol: number): PyValue {
  if (protocol < 2) return abs.call(copyregFunction('_reduce_ex'), [self, protocol]);
  const t = typeOf(self);
  const getnewargs = abs.getAttrOrUndefined(self, '__getnewargs__');
  let args: PyValue = new PyTuple([]);
  if (getnewargs !== undefined) {
    args = abs.call(getnewargs, []);
    if (!(args instanceof PyTuple)) raise('TypeError', `__getnewargs__ should return a tuple, not '${typeOf(args).name}'`);
  } else if (t.tp_new === null) {
    raise('TypeError', `cannot pickle '${t.name}' object`);
  }
  const getstate = abs.getAttr(self, '__getstate__');
  const state = abs.call(getstate, []);
  const listitems = self instanceof PyList ? abs.getIter(self) : null;
  const dictitems = self instanceof PyDict ? abs.getIter(abs.call(abs.getAttr(self, 'items'), [])) : null;
  const newobj = copyregFunction('__newobj__');
  return new PyTuple([newobj, new PyTuple([t, ...(args as PyTuple).items]), state, listitems, dictitems]);
}

function objectGetClass(self: PyValue): PyValue {
  return typeOf(self);
}

function objectSetClass(self: PyValue, value: PyValue): void {
  if (value === undefined) raise('TypeError', "can't delete __class__ attribute");
  if (!abs.isType(value)) raise('TypeError', `__class__ must be set to a class, not '${typeOf(value).name}' object`);
  const old = typeOf(self);
  const oldHeapOrModule = old.heap || old.name === 'module';
  if (!oldHeapOrModule || !(value.heap || value.name === 'module')) {
    raise('TypeError', '__class__ assignment only supported for mutable types or ModuleType subclasses');
  }
  checkCompatibleForAssignment(old, value, '__class__');
  (self as PyObject).type = value;
}

defineType(
  {
    name: 'object',
    flags: TPFLAGS_BASETYPE,
    slots: {
      tp_repr: objectRepr,
      tp_str: (self) => {
        const f = typeOf(self).tp_repr ?? objectRepr;
        return f(self);
      },
      tp_hash: objectHash,
      tp_richcompare: objectRichcompare,
      tp_getattro: abs.genericGetAttr,
      tp_setattro: abs.genericSetAttr,
      tp_init: objectInit,
      tp_new: objectNew,
    },
    methods: {
      '__reduce_ex__($self, protocol, /)': objectReduceEx,
      '__reduce__($self, /)': (self: PyValue) => reduceWithProtocol(self, 0),
      '__getstate__($self, /)': objectGetstate,
      '__format__($self, format_spec: str, /)': objectFormat,
      '__sizeof__($self, /)': objectSizeof,
      '__dir__($self, /)': objectDir,
    },
    classmethods: {
      '__subclasshook__($type, /, *args, **kwargs)': { impl: () => NotImplemented, style: 'raw', doc: undefined },
      '__init_subclass__($type, /)': { impl: () => null, textSignature: false },
    },
    getsets: {
      __class__: { get: objectGetClass, set: objectSetClass },
    },
  },
  objectType,
);
