// Attribute access, subscription, iteration and calling types: the object
// operations behind LOAD_ATTR, BINARY_SUBSCR, GET_ITER/FOR_ITER and type calls.

import { PyDict, PyDictView } from './dict.js';
import {
  PyBuiltinFunction,
  PyFunction,
  PyList,
  PyMethod,
  PyModule,
  PyObject,
  PyTuple,
  PyType,
  typeOf,
  typeType,
  objectType,
  type BuiltinImpl,
  type PyValue,
} from './objects.js';
import { PyBaseException, attributeError, exceptionType, BaseException } from './exceptions.js';
import { raise } from './errors.js';
import { codePoints, hasSurrogates, strCharAt, strLen } from './strings.js';
import { PyRange } from './range.js';
import { PySet } from './set.js';
import { PyBytes } from './bytes.js';
import { PyByteArray, byteArraySetItem } from './bytearray.js';
import { PySlice } from './slice.js';
import { PyGenerator } from './generators.js';
import {
  PyInstance,
  PyMethodWrapper,
  PyProperty,
  PySuper,
  classmethodType,
  instantiate,
  instanceDict,
  superAttr,
  userMethod,
} from './classes.js';
import { activeInterpreter, type Interpreter } from './interpreter.js';

// ---- attributes ----

export function getAttr(obj: PyValue, name: string): PyValue {
  if (obj instanceof PyInstance) {
    const cls = obj.type.lookup(name);
    if (cls instanceof PyProperty) return propertyGet(cls, obj, name);
    const own = obj.dict.getStr(name);
    if (own !== undefined) return own;
    if (cls !== undefined) return bindClassAttr(cls, obj);
  }
  if (obj instanceof PyType) {
    const v = obj.lookup(name);
    if (v instanceof PyMethodWrapper) return v.type === classmethodType ? new PyMethod(v.func, obj) : v.func;
    if (v !== undefined) return v;
    if (name === '__name__') return obj.name;
    if (name === '__qualname__') return obj.qualname;
    if (name === '__module__') return obj.module;
    if (name === '__mro__') return new PyTuple(obj.mro);
    if (name === '__bases__') return new PyTuple(obj.bases);
    throw attributeError(`type object '${obj.name}' has no attribute '${name}'`, name, obj);
  }
  if (obj instanceof PyModule) {
    const v = obj.dict.getStr(name);
    if (v !== undefined) return v;
    throw attributeError(`module '${obj.name}' has no attribute '${name}'`, name, obj);
  }
  if (obj instanceof PySuper) return superAttr(obj, name, (f, self) => new PyMethod(f, self));
  const t = typeOf(obj);
  if (t.heap) {
    const own = instanceDict(obj, false)?.getStr(name);
    if (own !== undefined) return own;
  }
  if (obj instanceof PyBaseException && obj.attrs !== null) {
    const own = obj.attrs.get(name);
    if (own !== undefined) return own;
  }
  const v = t.lookup(name);
  if (v !== undefined) return v instanceof PyProperty ? propertyGet(v, obj, name) : bindClassAttr(v, obj);
  const own = instanceAttr(obj, name);
  if (own !== undefined) return own;
  const getattr = userMethod(obj, '__getattr__');
  if (getattr !== undefined) return activeInterpreter().call(getattr, [obj, name]);
  throw attributeError(`'${t.name}' object has no attribute '${name}'`, name, obj);
}

/**
 * The function LOAD_METHOD can call with obj as self: a function found on the
 * type and not shadowed by an instance attribute. Undefined otherwise.
 */
export function methodOf(obj: PyValue, name: string): PyValue {
  if (obj instanceof PyType || obj instanceof PyModule || obj instanceof PySuper) return undefined;
  if (obj instanceof PyInstance && obj.dict.getStr(name) !== undefined) return undefined;
  // (property, staticmethod and classmethod objects are not functions, so they take getAttr's path)
  if (obj instanceof PyBaseException && obj.attrs?.has(name)) return undefined;
  const v = typeOf(obj).lookup(name);
  return v instanceof PyFunction || v instanceof PyBuiltinFunction ? v : undefined;
}

/** dir(obj): the attribute names the VM knows for obj, sorted. */
export function dirOf(obj: PyValue): string[] {
  const names = new Set<string>();
  if (obj instanceof PyModule) for (const k of obj.dict.keys()) names.add(k);
  else {
    if (obj instanceof PyInstance) for (const k of obj.dict.keys()) names.add(k);
    const t = obj instanceof PyType ? obj : typeOf(obj);
    for (const c of t.mro) for (const k of c.dict.keys()) names.add(k);
  }
  return [...names].sort();
}

/** A class attribute as seen through an instance: functions bind, static/class methods unwrap. */
function bindClassAttr(v: PyValue, obj: PyValue): PyValue {
  if (v instanceof PyFunction || v instanceof PyBuiltinFunction) return new PyMethod(v, obj);
  if (v instanceof PyMethodWrapper) return v.type === classmethodType ? new PyMethod(v.func, typeOf(obj)) : v.func;
  return v;
}

function propertyGet(p: PyProperty, obj: PyValue, name: string): PyValue {
  if (p.fget === null) raise('AttributeError', `property '${p.nameFor(name)}' of '${typeOf(obj).name}' object has no getter`);
  return activeInterpreter().call(p.fget, [obj]);
}

export function setAttr(obj: PyValue, name: string, value: PyValue): void {
  if (obj instanceof PyInstance) {
    const cls = obj.type.lookup(name);
    if (cls instanceof PyProperty) {
      if (cls.fset === null) {
        raise('AttributeError', `property '${cls.nameFor(name)}' of '${obj.type.name}' object has no setter`);
      }
      activeInterpreter().call(cls.fset, [obj, value]);
      return;
    }
    obj.dict.setStr(name, value);
    return;
  }
  const extra = !(obj instanceof PyBaseException) ? instanceDict(obj, true) : undefined;
  if (extra !== undefined) {
    extra.setStr(name, value);
    return;
  }
  if (obj instanceof PyBaseException) {
    (obj.attrs ??= new Map()).set(name, value);
    return;
  }
  if (obj instanceof PyType) {
    if (!obj.heap) raise('TypeError', `cannot set '${name}' attribute of immutable type '${obj.name}'`);
    obj.dict.set(name, value);
    return;
  }
  if (obj instanceof PyModule) {
    obj.dict.setStr(name, value);
    return;
  }
  raise('AttributeError', `'${typeOf(obj).name}' object has no attribute '${name}'`);
}

export function deleteAttr(obj: PyValue, name: string): void {
  let found = false;
  if (obj instanceof PyInstance) found = obj.dict.delete(name);
  else if (obj instanceof PyBaseException) found = obj.attrs?.delete(name) ?? false;
  else if (obj instanceof PyType && obj.heap) found = obj.dict.delete(name);
  else if (obj instanceof PyModule) found = obj.dict.delete(name);
  if (!found) raise('AttributeError', `'${typeOf(obj).name}' object has no attribute '${name}'`);
}

/** Data attributes of builtin objects. */
function instanceAttr(obj: PyValue, name: string): PyValue {
  if (obj instanceof PyBaseException) {
    if (name === 'args') return new PyTuple(obj.args);
    if (name === '__cause__') return obj.cause;
    if (name === '__context__') return obj.context;
    if (name === '__suppress_context__') return obj.suppressContext;
    // StopIteration.value: its first argument, unless reassigned.
    if (name === 'value' && obj.type.isSubtypeOf(exceptionType('StopIteration'))) {
      const set = obj.attrs?.get('value');
      return set !== undefined ? set : obj.args.length ? obj.args[0] : null;
    }
  }
  if (obj instanceof PyFunction) {
    if (name === '__name__') return obj.name;
    if (name === '__qualname__') return obj.qualname;
    if (name === '__defaults__') return obj.defaults ? new PyTuple(obj.defaults) : null;
    if (name === '__kwdefaults__') return obj.kwdefaults;
    if (name === '__doc__') return obj.doc;
  }
  if (obj instanceof PyBuiltinFunction && name === '__name__') return obj.name;
  if (obj instanceof PyInstance && name === '__dict__') return obj.dict;
  if (name === '__class__') return typeOf(obj);
  return undefined;
}

// ---- subscription ----

type Int = number | bigint | boolean;

function isIndex(v: PyValue): v is Int {
  const t = typeof v;
  return t === 'number' || t === 'boolean' || t === 'bigint';
}

/** Normalises a sequence index, raising IndexError when out of range. */
function seqIndex(i: Int, len: number, what: string): number {
  let n = typeof i === 'boolean' ? (i ? 1 : 0) : Number(i);
  if (n < 0) n += len;
  if (n < 0 || n >= len) raise('IndexError', `${what} index out of range`);
  return n;
}

export function getItem(container: PyValue, key: PyValue): PyValue {
  if (key instanceof PySlice) {
    if (container instanceof PyList) return new PyList(key.positions(container.items.length).map((i) => container.items[i]));
    if (container instanceof PyTuple) return new PyTuple(key.positions(container.items.length).map((i) => container.items[i]));
    if (typeof container === 'string') {
      const cs = hasSurrogates(container) ? codePoints(container) : container;
      const [start, stop, step] = key.indices(cs.length);
      if (step === 1) return typeof cs === 'string' ? cs.slice(start, Math.max(start, stop)) : cs.slice(start, Math.max(start, stop)).join('');
      return key.positions(cs.length).map((i) => cs[i]).join('');
    }
  }
  if (container instanceof PyList || container instanceof PyTuple) {
    const what = container instanceof PyList ? 'list' : 'tuple';
    if (isIndex(key)) return container.items[seqIndex(key, container.items.length, what)];
    raise('TypeError', `${what} indices must be integers or slices, not ${typeOf(key).name}`);
  }
  if (container instanceof PyDict) {
    const v = container.get(key);
    if (v === undefined) throw new PyBaseException(exceptionType('KeyError'), [key]);
    return v;
  }
  if (container instanceof PyBytes) {
    if (key instanceof PySlice) {
      const part = Uint8Array.from(key.positions(container.bytes.length), (i) => container.bytes[i]);
      return container instanceof PyByteArray ? new PyByteArray(part) : new PyBytes(part);
    }
    if (isIndex(key)) return container.bytes[seqIndex(key, container.bytes.length, 'index')];
    raise('TypeError', `byte indices must be integers or slices, not ${typeOf(key).name}`);
  }
  if (typeof container === 'string') {
    if (isIndex(key)) return strCharAt(container, seqIndex(key, strLen(container), 'string'));
    raise('TypeError', `string indices must be integers, not '${typeOf(key).name}'`);
  }
  if (container instanceof PyRange) {
    if (!isIndex(key)) raise('TypeError', `range indices must be integers or slices, not ${typeOf(key).name}`);
    return container.start + seqIndex(key, container.length, 'range object') * container.step;
  }
  const m = userMethod(container, '__getitem__');
  if (m !== undefined) return activeInterpreter().call(m, [container, key]);
  if (container instanceof PyType) raise('TypeError', `type '${container.name}' is not subscriptable`);
  raise('TypeError', `'${typeOf(container).name}' object is not subscriptable`);
}

export function setItem(container: PyValue, key: PyValue, value: PyValue): void {
  if (container instanceof PyList && key instanceof PySlice) {
    const items = [...iterateItems(value)];
    const [start, stop, step] = key.indices(container.items.length);
    if (step === 1) {
      container.items.splice(start, Math.max(0, stop - start), ...items);
      return;
    }
    const pos = key.positions(container.items.length);
    if (pos.length !== items.length) {
      raise('ValueError', `attempt to assign sequence of size ${items.length} to extended slice of size ${pos.length}`);
    }
    pos.forEach((p, i) => (container.items[p] = items[i]));
    return;
  }
  if (container instanceof PyList) {
    if (!isIndex(key)) raise('TypeError', `list indices must be integers or slices, not ${typeOf(key).name}`);
    container.items[seqIndex(key, container.items.length, 'list assignment')] = value;
    return;
  }
  if (container instanceof PyDict) {
    container.set(key, value);
    return;
  }
  if (container instanceof PyByteArray) {
    const n = container.bytes.length;
    if (key instanceof PySlice) {
      const [start, , step] = key.indices(n);
      byteArraySetItem(container, key.positions(n), start, value, step);
    } else if (isIndex(key)) {
      byteArraySetItem(container, null, seqIndex(key, n, 'bytearray'), value, 1);
    } else {
      raise('TypeError', `bytearray indices must be integers or slices, not ${typeOf(key).name}`);
    }
    return;
  }
  const m = userMethod(container, '__setitem__');
  if (m !== undefined) {
    activeInterpreter().call(m, [container, key, value]);
    return;
  }
  raise('TypeError', `'${typeOf(container).name}' object does not support item assignment`);
}

export function deleteItem(container: PyValue, key: PyValue): void {
  if (container instanceof PyList && key instanceof PySlice) {
    const drop = new Set(key.positions(container.items.length));
    container.items = container.items.filter((_, i) => !drop.has(i));
    return;
  }
  if (container instanceof PyList) {
    if (!isIndex(key)) raise('TypeError', `list indices must be integers or slices, not ${typeOf(key).name}`);
    container.items.splice(seqIndex(key, container.items.length, 'list assignment'), 1);
    return;
  }
  if (container instanceof PyDict) {
    if (!container.delete(key)) throw new PyBaseException(exceptionType('KeyError'), [key]);
    return;
  }
  if (container instanceof PyByteArray) {
    const n = container.bytes.length;
    if (!(key instanceof PySlice) && !isIndex(key)) raise('TypeError', `bytearray indices must be integers or slices, not ${typeOf(key).name}`);
    const drop = new Set(key instanceof PySlice ? key.positions(n) : [seqIndex(key, n, 'bytearray')]);
    container.set(container.bytes.filter((_, i) => !drop.has(i)));
    return;
  }
  const m = userMethod(container, '__delitem__');
  if (m !== undefined) {
    activeInterpreter().call(m, [container, key]);
    return;
  }
  raise('TypeError', `'${typeOf(container).name}' object does not support item deletion`);
}

/** The items of an iterable (for slice assignment). */
function* iterateItems(v: PyValue): Generator<PyValue> {
  const interp = activeInterpreter();
  const it = getIter(v);
  for (let x = iterNext(interp, it); x !== undefined; x = iterNext(interp, it)) yield x;
}

// ---- iteration ----

const iteratorType = new PyType('iterator', objectType, typeType);

/** A builtin iterator: `next` returns undefined when exhausted. */
export class PyIterator extends PyObject {
  constructor(readonly next: () => PyValue) {
    super(iteratorType);
  }
}

function arrayIterator(items: PyValue[]): PyIterator {
  let i = 0;
  return new PyIterator(() => (i < items.length ? items[i++] : undefined));
}

export function getIter(v: PyValue): PyValue {
  if (v instanceof PyList || v instanceof PyTuple) return arrayIterator(v.items);
  if (typeof v === 'string') return arrayIterator(hasSurrogates(v) ? codePoints(v) : v.split(''));
  if (v instanceof PyDict) return arrayIterator(v.keys());
  if (v instanceof PySet) return arrayIterator(v.items());
  if (v instanceof PyBytes) return arrayIterator(Array.from(v.bytes));
  if (v instanceof PyDictView) return arrayIterator(v.items());
  if (v instanceof PyIterator || v instanceof PyGenerator) return v;
  if (v instanceof PyRange) {
    const { step, stop } = v;
    let i = v.start;
    return new PyIterator(() => {
      if (step > 0 ? i >= stop : i <= stop) return undefined;
      const r = i;
      i += step;
      return r;
    });
  }
  const m = userMethod(v, '__iter__');
  if (m !== undefined) return activeInterpreter().call(m, [v]);
  raise('TypeError', `'${typeOf(v).name}' object is not iterable`);
}

/** next(it), or undefined at the end. */
export function iterNext(_interp: Interpreter, it: PyValue): PyValue {
  if (it instanceof PyIterator) return it.next();
  if (it instanceof PyGenerator) return it.resume(null);
  const m = userMethod(it, '__next__');
  if (m !== undefined) {
    try {
      return activeInterpreter().call(m, [it]);
    } catch (e) {
      if (e instanceof PyBaseException && e.type.isSubtypeOf(exceptionType('StopIteration'))) return undefined;
      throw e;
    }
  }
  raise('TypeError', `'${typeOf(it).name}' object is not an iterator`);
}

// ---- calling types ----

/** Constructors of builtin types (int(...), str(...), ...), registered by builtins.ts. */
export const typeConstructors = new Map<PyType, BuiltinImpl>();

export function callType(interp: Interpreter, t: PyType, args: PyValue[], kwnames: string[] | null): PyValue {
  if (t.heap) return instantiate(interp, t, args, kwnames);
  const ctor = typeConstructors.get(t);
  if (ctor) return ctor(args, kwnames);
  if (t.isSubtypeOf(BaseException)) {
    if (kwnames && kwnames.length) raise('TypeError', `${t.name}() takes no keyword arguments`);
    return new PyBaseException(t, args);
  }
  raise('TypeError', `cannot create '${t.name}' instances`);
}
