// The bodies of the opcodes that do more than a few lines of work (ceval.c's
// helpers): name lookup, function creation, unpacking, calls with * and **,
// with-statements, awaiting, imports, pattern matching and except*.

import { CO_FAST_FREE, CO_ITERABLE_COROUTINE, CO_COROUTINE, opname } from '@pyc-ts/bytecode';
import { PyObject, TPFLAGS_MATCH_SELF, dictType, tupleType, typeOf, type PyType, type PyValue } from '../objects/object.js';
import { PyBaseException, exceptionType, isInstanceOfException, newException, raise } from '../objects/errors.js';
import { strValueOrUndefined } from '../objects/boxed.js';
import { slotInitFunction } from '../objects/slotdefs.js';
import * as abs from '../objects/abstract.js';
import { PyDict, dictFromItems, namespaceEpoch } from '../builtins/dict.js';
import { EMPTY_TUPLE, PyTuple } from '../builtins/tuple.js';
import { PyList, listExtend } from '../builtins/list.js';
import { PyCell } from '../builtins/cell.js';
import { PyFunction } from '../builtins/function.js';
import { PyCode } from '../builtins/code.js';
import { PyGenerator, coroutineType, generatorType } from '../builtins/generator.js';
import { nameError, isExceptionType, splitGroup, exceptionField } from '../builtins/exceptions.js';
import { formatObject } from '../builtins/str_format.js';
import { PyModule } from '../builtins/module.js';
import { objectNew } from '../builtins/object.js';
import { importModuleLevel, isBuiltinImport } from '../modules/importer.js';
import type { CodeInfo } from './codeinfo.js';
import type { Frame } from './frame.js';
import type { Interpreter } from './interpreter.js';

/** The opcode switch's default: the one instruction of a code object the verifier refused, or an unknown opcode. */
export function invalidInstruction(info: CodeInfo, opcode: number, lasti: number): never {
  raise('SystemError', info.problem ?? `unknown opcode ${opname[opcode]} at offset ${2 * lasti} in ${info.code.qualname}`);
}

// ---- names ----

/** RERAISE / bare `raise`: rethrows without adding a traceback entry for the current frame. */
export class Reraise {
  constructor(readonly exc: PyBaseException) {}
}

export function unboundLocal(info: CodeInfo, i: number): never {
  raise('UnboundLocalError', `cannot access local variable '${info.code.localsplusnames[i]}' where it is not associated with a value`);
}

export function unboundDeref(info: CodeInfo, i: number): never {
  const name = info.code.localsplusnames[i];
  if ((info.code.localspluskinds[i] & 0x80) !== 0) {
    throw nameError(`cannot access free variable '${name}' where it is not associated with a value in enclosing scope`, name);
  }
  unboundLocal(info, i);
}

/** LOAD_GLOBAL's lookup, filling the instruction's cache. */
export function loadGlobal(f: Frame, lasti: number, nameIndex: number): PyValue {
  const name = f.info.code.names[nameIndex];
  const entry = f.globals.entryStr(name) ?? f.builtins.entryStr(name);
  if (entry === undefined) throw nameError(`name '${name}' is not defined`, name);
  f.info.globalCache[lasti] = { epoch: namespaceEpoch, globals: f.globals, entry };
  return entry.value;
}

/** A name in the frame's builtins. */
export function lookupBuiltin(f: Frame, name: string): PyValue {
  return f.builtins.getStr(name);
}

function isExactDict(v: PyValue): v is PyDict {
  return v instanceof PyDict && v.type === dictType;
}

/** A name in a locals mapping (an exact dict, or any mapping a class's __prepare__ gave); undefined if absent. */
function lookupLocal(locals: PyValue, name: string): PyValue {
  if (isExactDict(locals)) return locals.getStr(name);
  try {
    return abs.getItem(locals, name);
  } catch (e) {
    if (!isInstanceOfException(e, exceptionType('KeyError'))) throw e;
    return undefined;
  }
}

/** LOAD_NAME: the locals mapping (any mapping, in class bodies from __prepare__), then globals, then builtins. */
export function loadName(f: Frame, name: string): PyValue {
  const locals = f.locals;
  if (locals === null) raise('SystemError', `no locals when loading '${name}'`);
  let v = lookupLocal(locals, name);
  if (v !== undefined) return v;
  v = f.globals.getStr(name);
  if (v !== undefined) return v;
  v = f.builtins.getStr(name);
  if (v !== undefined) return v;
  throw nameError(`name '${name}' is not defined`, name);
}

export function storeName(f: Frame, name: string, v: PyValue): void {
  const locals = f.locals;
  if (locals === null) raise('SystemError', `no locals found when storing '${name}'`);
  if (isExactDict(locals)) locals.setStr(name, v);
  else abs.setItem(locals, name, v);
}

export function deleteName(f: Frame, name: string): void {
  const locals = f.locals;
  if (locals === null) raise('SystemError', `no locals when deleting '${name}'`);
  try {
    if (isExactDict(locals)) {
      if (!locals.delete(name)) throw newException('KeyError', name);
    } else abs.setItem(locals, name, undefined);
  } catch (e) {
    if (isInstanceOfException(e, exceptionType('KeyError'))) throw nameError(`name '${name}' is not defined`, name);
    throw e;
  }
}

/** LOAD_CLASSDEREF: a class body's own binding of a free variable first, then the cell. */
export function loadClassDeref(f: Frame, i: number): PyValue {
  const name = f.info.code.localsplusnames[i];
  const locals = f.locals;
  if (locals !== null) {
    const v = lookupLocal(locals, name);
    if (v !== undefined) return v;
  }
  const cv = (f.s[i] as PyCell).v;
  if (cv === undefined) unboundDeref(f.info, i);
  return cv;
}

export function setupAnnotations(f: Frame): void {
  const locals = f.locals;
  if (locals === null) raise('SystemError', 'no locals found when setting up annotations');
  if (isExactDict(locals)) {
    if (locals.getStr('__annotations__') === undefined) locals.setStr('__annotations__', new PyDict());
    return;
  }
  try {
    abs.getItem(locals, '__annotations__');
  } catch (e) {
    if (!isInstanceOfException(e, exceptionType('KeyError'))) throw e;
    abs.setItem(locals, '__annotations__', new PyDict());
  }
}

// ---- calls ----

/** The Python __init__ a call of a class can run as a frame (with object.__new__ making the instance), else undefined. */
export function pythonInit(cls: PyType): PyFunction | undefined {
  if (cls.tp_new !== objectNew || cls.tp_init !== slotInitFunction) return undefined;
  const init = cls.lookup('__init__');
  return init instanceof PyFunction ? init : undefined;
}

/** CALL_FUNCTION_EX's arguments: the positional tuple flattened, the keyword dict's values after it. */
export function spreadArguments(callable: PyValue, callargs: PyValue, kwargs: PyValue): [PyValue[], string[] | null] {
  let argv: PyValue[];
  // Exact tuples only (PyTuple_CheckExact): a subclass is iterated, through its __iter__.
  if (callargs instanceof PyTuple && callargs.type === tupleType) argv = callargs.items.slice();
  else {
    try {
      argv = abs.toArray(callargs);
    } catch (e) {
      if (isInstanceOfException(e, exceptionType('TypeError')) && typeOf(callargs).tp_iter === null && typeOf(callargs).sq_item === null) {
        raise('TypeError', `${abs.functionStr(callable)} argument after * must be an iterable, not ${typeOf(callargs).name}`);
      }
      throw e;
    }
  }
  if (kwargs === null || (kwargs as PyDict).size === 0) return [argv, null];
  const names: string[] = [];
  for (const e of (kwargs as PyDict).entries()) {
    const k = strValueOrUndefined(e.key);
    if (k === undefined) raise('TypeError', 'keywords must be strings');
    names.push(k);
    argv.push(e.value);
  }
  return [argv, names];
}

/** LIST_EXTEND, with CALL_FUNCTION_EX's message when the value is not iterable. */
export function listExtendForCall(list: PyList, seq: PyValue): void {
  try {
    listExtend(list, seq);
  } catch (e) {
    if (isInstanceOfException(e, exceptionType('TypeError')) && typeOf(seq).tp_iter === null && typeOf(seq).sq_item === null) {
      raise('TypeError', `Value after * must be an iterable, not ${typeOf(seq).name}`);
    }
    throw e;
  }
}

/** DICT_MERGE (** in a call: duplicates are errors) and DICT_UPDATE ({**m}). */
export function dictMerge(target: PyDict, update: PyValue, callee: PyValue, forCall: boolean): void {
  if (update instanceof PyDict && (update.type === dictType || typeOf(update).lookup('keys') === dictType.attrs.get('keys'))) {
    for (const e of update.entries()) {
      if (forCall) {
        if (target.has(e.key)) raise('TypeError', `${abs.functionStr(callee)} got multiple values for keyword argument '${abs.str(e.key)}'`);
      }
      target.set(e.key, e.value);
    }
    return;
  }
  const keys = abs.getAttrOrUndefined(update, 'keys');
  if (keys === undefined) {
    if (forCall) raise('TypeError', `${abs.functionStr(callee)} argument after ** must be a mapping, not ${typeOf(update).name}`);
    raise('TypeError', `'${typeOf(update).name}' object is not a mapping`);
  }
  abs.mappingKeys(update).forEach((k) => {
    if (forCall) {
      if (target.has(k)) raise('TypeError', `${abs.functionStr(callee)} got multiple values for keyword argument '${abs.str(k)}'`);
    }
    target.set(k, abs.getItem(update, k));
  });
}

/**
 * MAKE_FUNCTION. The compiler gives it a code object, a tuple of one cell per free variable, a dict and a
 * tuple; bytecode made otherwise gets SystemError where CPython would crash.
 */
export function makeFunction(f: Frame, s: PyValue[], sp: number, flags: number): number {
  const code = s[--sp];
  if (!(code instanceof PyCode)) raise('SystemError', `MAKE_FUNCTION needs a code object, not ${typeOf(code).name}`);
  const fn = new PyFunction(code.code, f.globals, f.builtins);
  let nfree = 0;
  for (const kind of code.code.localspluskinds) if (kind & CO_FAST_FREE) nfree++;
  if (flags & 0x08) {
    const closure = s[--sp];
    if (!(closure instanceof PyTuple) || closure.items.length !== nfree || !closure.items.every((c) => c instanceof PyCell)) {
      raise('SystemError', `MAKE_FUNCTION needs a closure of ${nfree} cells for '${code.code.qualname}'`);
    }
    fn.closure = closure.items as PyCell[];
  } else if (nfree > 0) {
    raise('SystemError', `MAKE_FUNCTION needs a closure of ${nfree} cells for '${code.code.qualname}'`);
  }
  if (flags & 0x04) fn.annotations = s[--sp];
  if (flags & 0x02) {
    const kwdefaults = s[--sp];
    if (!(kwdefaults instanceof PyDict)) raise('SystemError', `MAKE_FUNCTION needs a dict of keyword defaults, not ${typeOf(kwdefaults).name}`);
    fn.kwdefaults = kwdefaults;
  }
  if (flags & 0x01) {
    const defaults = s[--sp];
    if (!(defaults instanceof PyTuple)) raise('SystemError', `MAKE_FUNCTION needs a tuple of defaults, not ${typeOf(defaults).name}`);
    fn.defaults = defaults.items;
  }
  for (let i = sp; i < sp + 5; i++) s[i] = undefined;
  s[sp++] = fn;
  return sp;
}

// ---- building and unpacking ----

export function buildMap(s: PyValue[], sp: number, n: number): number {
  sp -= 2 * n;
  const d = dictFromItems(s, sp, 2, s, sp + 1, 2, n);
  for (let i = sp; i < sp + 2 * n; i++) s[i] = undefined;
  s[sp++] = d;
  return sp;
}

export function buildConstKeyMap(s: PyValue[], sp: number, n: number): number {
  // The verifier proved a tuple; its length is the oparg's in compiled code only.
  const keys = (s[--sp] as PyTuple).items;
  if (keys.length !== n) raise('SystemError', `BUILD_CONST_KEY_MAP of ${n} values has ${keys.length} keys`);
  sp -= n;
  const d = dictFromItems(keys, 0, 1, s, sp, 1, n);
  for (let i = sp; i <= sp + n; i++) s[i] = undefined;
  s[sp++] = d;
  return sp;
}

export function unpackSequence(s: PyValue[], sp: number, n: number): number {
  const seq = s[--sp];
  let items: PyValue[] | undefined = abs.fastItems(seq);
  if (items === undefined) {
    const t = typeOf(seq);
    if (t.tp_iter === null && t.sq_item === null) raise('TypeError', `cannot unpack non-iterable ${t.name} object`);
    items = [];
    const it = abs.getIter(seq);
    for (let v = abs.iterNext(it); v !== undefined; v = abs.iterNext(it)) {
      items.push(v);
      if (items.length > n) break;
    }
  }
  if (items.length !== n) {
    if (items.length < n) raise('ValueError', `not enough values to unpack (expected ${n}, got ${items.length})`);
    // 3.11 never reports the length here (3.12 added ", got N" for tuples and lists).
    raise('ValueError', `too many values to unpack (expected ${n})`);
  }
  for (let i = n - 1; i >= 0; i--) s[sp++] = items[i];
  return sp;
}

export function unpackEx(s: PyValue[], sp: number, oparg: number): number {
  const before = oparg & 0xff;
  const after = oparg >> 8;
  const seq = s[--sp];
  const t = typeOf(seq);
  if (t.tp_iter === null && t.sq_item === null) raise('TypeError', `cannot unpack non-iterable ${t.name} object`);
  const items = abs.toArray(seq);
  if (items.length < before + after) {
    raise('ValueError', `not enough values to unpack (expected at least ${before + after}, got ${items.length})`);
  }
  for (let i = items.length - 1; i >= items.length - after; i--) s[sp++] = items[i];
  s[sp++] = new PyList(items.slice(before, items.length - after));
  for (let i = before - 1; i >= 0; i--) s[sp++] = items[i];
  return sp;
}

/** FORMAT_VALUE: conversion (1 str, 2 repr, 3 ascii) then the format spec. */
export function formatValue(v: PyValue, conversion: number, spec: PyValue): string {
  if (conversion === 1) v = abs.str(v);
  else if (conversion === 2) v = abs.repr(v);
  else if (conversion === 3) v = abs.ascii(v);
  if (spec === '' && typeof v === 'string') return v;
  return formatObject(v, spec === '' ? '' : (strValueOrUndefined(spec) as string));
}

// ---- with statements and awaiting ----

/** BEFORE_WITH: the bound __exit__ and the result of __enter__(). */
export function beforeWith(mgr: PyValue): [PyValue, PyValue] {
  const enter = abs.lookupSpecial(mgr, '__enter__');
  if (enter === undefined) raise('TypeError', `'${typeOf(mgr).name}' object does not support the context manager protocol`);
  const exit = abs.lookupSpecial(mgr, '__exit__');
  if (exit === undefined) {
    raise('TypeError', `'${typeOf(mgr).name}' object does not support the context manager protocol (missed __exit__ method)`);
  }
  return [exit, abs.call0(enter)];
}

export function beforeAsyncWith(mgr: PyValue): [PyValue, PyValue] {
  const enter = abs.lookupSpecial(mgr, '__aenter__');
  if (enter === undefined) raise('TypeError', `'${typeOf(mgr).name}' object does not support the asynchronous context manager protocol`);
  const exit = abs.lookupSpecial(mgr, '__aexit__');
  if (exit === undefined) {
    raise('TypeError', `'${typeOf(mgr).name}' object does not support the asynchronous context manager protocol (missed __aexit__ method)`);
  }
  return [exit, abs.call0(enter)];
}

/** The iterator an awaitable gives (_PyCoro_GetAwaitableIter). */
export function awaitableIter(o: PyValue): PyValue {
  const t = typeOf(o);
  if (t === coroutineType || (o instanceof PyGenerator && o.iterableCoroutine)) return o;
  const am = t.am_await;
  if (am !== null) {
    const r = am(o);
    if (r instanceof PyGenerator && (r.type === coroutineType || r.iterableCoroutine)) {
      raise('TypeError', '__await__() returned a coroutine');
    }
    if (!abs.isIterator(r)) raise('TypeError', `__await__() returned non-iterator of type '${typeOf(r).name}'`);
    return r;
  }
  raise('TypeError', `object ${t.name} can't be used in 'await' expression`);
}

/** GET_AWAITABLE: where is 1 after __aenter__, 2 after __aexit__ (for the error message). */
export function getAwaitable(o: PyValue, where: number): PyValue {
  let it: PyValue;
  try {
    it = awaitableIter(o);
  } catch (e) {
    if (where !== 0 && isInstanceOfException(e, exceptionType('TypeError')) && typeOf(o).am_await === null) {
      raise(
        'TypeError',
        `'async with' received an object from __a${where === 1 ? 'enter' : 'exit'}__ that does not implement __await__: ${typeOf(o).name}`,
      );
    }
    throw e;
  }
  if (it instanceof PyGenerator && it.type === coroutineType && it.yieldFrom() !== undefined) {
    raise('RuntimeError', 'coroutine is being awaited already');
  }
  return it;
}

export function getAiter(o: PyValue): PyValue {
  const t = typeOf(o);
  if (t.am_aiter === null) raise('TypeError', `'async for' requires an object with __aiter__ method, got ${t.name}`);
  const it = t.am_aiter(o);
  if (typeOf(it).am_anext === null) {
    raise('TypeError', `'async for' received an object from __aiter__ that does not implement __anext__: ${typeOf(it).name}`);
  }
  return it;
}

export function getAnext(aiter: PyValue): PyValue {
  const t = typeOf(aiter);
  if (t.am_anext === null) raise('TypeError', `'async for' requires an iterator with __anext__ method, got ${t.name}`);
  const next = t.am_anext(aiter);
  try {
    return awaitableIter(next);
  } catch (e) {
    if (isInstanceOfException(e, exceptionType('TypeError'))) {
      raise('TypeError', `'async for' received an invalid object from __anext__: ${typeOf(next).name}`);
    }
    throw e;
  }
}

/** GET_YIELD_FROM_ITER: a coroutine only inside a coroutine, a generator as is, else iter(). */
export function yieldFromIter(v: PyValue, codeFlags: number): PyValue {
  if (v instanceof PyGenerator && v.type === coroutineType) {
    if ((codeFlags & (CO_COROUTINE | CO_ITERABLE_COROUTINE)) === 0) {
      raise('TypeError', "cannot 'yield from' a coroutine object in a non-coroutine generator");
    }
    return v;
  }
  if (v instanceof PyGenerator && v.type === generatorType) return v;
  return abs.getIter(v);
}

/** next(receiver) for SEND; undefined when exhausted (its StopIteration's value kept for takeStopValue). */
export function iterNextForSend(receiver: PyValue): PyValue {
  return typeOf(receiver).tp_iternext!(receiver);
}

/** receiver.send(v); undefined when it raised StopIteration. */
export function sendTo(receiver: PyValue, v: PyValue): PyValue {
  try {
    return abs.call1(abs.getAttr(receiver, 'send'), v);
  } catch (e) {
    if (abs.isStopIteration(e)) {
      abs.setStopValue(exceptionField(e, 'StopIteration.value'));
      return undefined;
    }
    throw e;
  }
}

/** The value of the StopIteration that ended the last iterator SEND drove. */
export function takeStopValue(): PyValue {
  return abs.takeStopValue();
}

// ---- imports ----

/** IMPORT_NAME: builtins.__import__, or the import system directly when __import__ is the original. */
export function importName(interp: Interpreter, f: Frame, name: string, fromlist: PyValue, level: PyValue): PyValue {
  const imp = f.builtins.getStr('__import__');
  if (imp === undefined) raise('ImportError', '__import__ not found');
  if (isBuiltinImport(imp)) return importModuleLevel(interp, name, f.globals, fromlist, abs.asSsize(level, 'OverflowError'));
  const locals = f.locals === null ? null : f.locals;
  return abs.call(imp, [name, f.globals, locals, fromlist, level]);
}

/** IMPORT_FROM: an attribute of the module, or its submodule from sys.modules. */
export function importFrom(interp: Interpreter, module: PyValue, name: string): PyValue {
  const v = abs.getAttrOrUndefined(module, name);
  if (v !== undefined) return v;
  const pkgname = abs.getAttrOrUndefined(module, '__name__');
  const pkg = strValueOrUndefined(pkgname);
  if (pkg !== undefined) {
    const sub = interp.modules.get(`${pkg}.${name}`);
    if (sub !== undefined) return sub;
  }
  const shown = pkg === undefined ? '<unknown module name>' : pkg;
  let file = abs.getAttrOrUndefined(module, '__file__');
  if (file !== undefined && strValueOrUndefined(file) === undefined) file = undefined;
  const spec = abs.getAttrOrUndefined(module, '__spec__');
  const initializing = spec !== undefined && spec !== null ? abs.getAttrOrUndefined(spec, '_initializing') : undefined;
  let message: string;
  if (initializing !== undefined && abs.isTrue(initializing)) {
    message = `cannot import name '${name}' from partially initialized module '${shown}' (most likely due to a circular import) (${file === undefined ? 'unknown location' : abs.str(file)})`;
  } else {
    message = `cannot import name '${name}' from '${shown}' (${file === undefined ? 'unknown location' : abs.str(file)})`;
  }
  throw newException(exceptionType('ImportError'), message);
}

/** IMPORT_STAR: the module's __all__, or its names that do not start with an underscore. */
export function importStar(f: Frame, module: PyValue): void {
  const locals = f.locals;
  if (locals === null) raise('SystemError', 'no locals found during \'import *\'');
  let names: PyValue[];
  const all = abs.getAttrOrUndefined(module, '__all__');
  let skipPrivate = false;
  if (all !== undefined) names = abs.toArray(all);
  else {
    const dict = abs.getAttrOrUndefined(module, '__dict__');
    if (dict === undefined) raise('ImportError', 'from-import-* object has no __dict__ and no __all__');
    names = abs.toArray(abs.call0(abs.getAttr(dict, 'keys')));
    skipPrivate = true;
  }
  const modName = module instanceof PyModule ? module.name : abs.str(abs.getAttrOrUndefined(module, '__name__') ?? '?');
  for (const n of names) {
    const name = strValueOrUndefined(n);
    if (name === undefined) {
      raise('TypeError', `${all !== undefined ? `Item in ${modName}.__all__` : `Key in ${modName}.__dict__`} must be str, not ${typeOf(n).name}`);
    }
    if (skipPrivate && name.startsWith('_')) continue;
    const v = abs.getAttr(module, name);
    if (isExactDict(locals)) locals.setStr(name, v);
    else abs.setItem(locals, name, v);
  }
}

// ---- pattern matching ----

/** MATCH_KEYS: the subject's values for the keys (a tuple), or None if one is missing (match_keys). */
export function matchKeys(subject: PyValue, keys: PyTuple): PyValue {
  if (keys.items.length === 0) return EMPTY_TUPLE;
  const get = abs.getAttr(subject, 'get');
  const seen: PyValue[] = [];
  const dummy = new PyObject(typeOf(null));
  const values: PyValue[] = [];
  for (const k of keys.items) {
    if (seen.some((x) => abs.eq(x, k))) raise('ValueError', `mapping pattern checks duplicate key (${abs.repr(k)})`);
    seen.push(k);
    const v = abs.call2(get, k, dummy);
    if (v === dummy) return null;
    values.push(v);
  }
  return new PyTuple(values);
}

/** MATCH_CLASS: the attributes a class pattern extracts from the subject, or None when it does not match. */
export function matchClass(subject: PyValue, cls: PyValue, npos: number, names: string[]): PyValue {
  if (!abs.isType(cls)) raise('TypeError', 'called match pattern must be a type');
  if (!abs.isInstance(subject, cls)) return null;
  const attrs: PyValue[] = [];
  const seen: string[] = [];
  const attr = (name: string): PyValue => {
    if (seen.includes(name)) raise('TypeError', `${cls.name}() got multiple sub-patterns for attribute '${name}'`);
    seen.push(name);
    return abs.getAttrOrUndefined(subject, name);
  };
  if (npos > 0) {
    const matchSelf = (cls.flags & TPFLAGS_MATCH_SELF) !== 0;
    const matchArgs = abs.getAttrOrUndefined(cls, '__match_args__');
    let allowed: number;
    if (matchArgs !== undefined) {
      if (!(matchArgs instanceof PyTuple) || matchArgs.type.name !== 'tuple') {
        raise('TypeError', `${cls.name}.__match_args__ must be a tuple (got ${typeOf(matchArgs).name})`);
      }
      allowed = matchArgs.items.length;
    } else {
      allowed = matchSelf ? 1 : 0;
    }
    if (allowed < npos) {
      raise('TypeError', `${cls.name}() accepts ${allowed} positional sub-pattern${allowed === 1 ? '' : 's'} (${npos} given)`);
    }
    if (matchArgs === undefined) {
      attrs.push(subject);
    } else {
      for (let i = 0; i < npos; i++) {
        const name = strValueOrUndefined((matchArgs as PyTuple).items[i]);
        if (name === undefined) raise('TypeError', `__match_args__ elements must be strings (got ${typeOf((matchArgs as PyTuple).items[i]).name})`);
        const v = attr(name);
        if (v === undefined) return null;
        attrs.push(v);
      }
    }
  }
  for (const name of names) {
    const v = attr(name);
    if (v === undefined) return null;
    attrs.push(v);
  }
  return new PyTuple(attrs);
}


/** PRINT_EXPR: sys.displayhook(value). */
export function printExpr(interp: Interpreter, v: PyValue): void {
  const sys = interp.modules.getStr('sys');
  const hook = sys === undefined ? undefined : abs.getAttrOrUndefined(sys, 'displayhook');
  if (hook === undefined) raise('RuntimeError', 'lost sys.displayhook');
  abs.call1(hook, v);
}

// ---- exceptions ----

/** An exception instance from `raise X`'s operand (a class is instantiated). */
export function makeException(v: PyValue, message: string): PyBaseException {
  if (v instanceof PyBaseException) return v;
  if (isExceptionType(v)) {
    const e = abs.call0(v);
    if (e instanceof PyBaseException) return e;
    raise('TypeError', `calling ${abs.repr(v)} should have returned an instance of BaseException, not ${typeOf(e).name}`);
  }
  raise('TypeError', message);
}

/** Sets __context__ on a new exception, breaking a cycle through the context chain as CPython does. */
export function setContext(exc: PyBaseException, context: PyBaseException): void {
  if (exc.context === context) return;
  let o: PyValue = context;
  while (o instanceof PyBaseException) {
    const next = o.context;
    if (next === exc) {
      o.context = null;
      break;
    }
    o = next;
  }
  exc.context = context;
}

function checkExceptTypes(match: PyValue, star: boolean): PyValue[] {
  const types = match instanceof PyTuple ? match.items : [match];
  for (const t of types) {
    if (!isExceptionType(t)) {
      raise('TypeError', `catching classes that do not inherit from BaseException is not allowed`);
    }
    if (star && t.isSubtypeOf(exceptionType('BaseExceptionGroup'))) {
      raise('TypeError', 'catching ExceptionGroup with except* is not allowed. Use except instead.');
    }
  }
  return types;
}

export function exceptionMatches(exc: PyValue, match: PyValue): boolean {
  const types = checkExceptTypes(match, false);
  const et = typeOf(exc);
  return types.some((t: PyType) => et.isSubtypeOf(t));
}

/** CHECK_EG_MATCH: [rest, match] (match null when nothing matched) (exception_group_match). */
export function exceptionGroupMatch(exc: PyValue, matchType: PyValue): [PyValue, PyBaseException | null] {
  const types = checkExceptTypes(matchType, true);
  if (exc === null) return [null, null];
  const e = exc as PyBaseException;
  const matches = (x: PyBaseException) => types.some((t: PyType) => typeOf(x).isSubtypeOf(t));
  if (matches(e)) {
    if (typeOf(e).isSubtypeOf(exceptionType('BaseExceptionGroup'))) return [null, e];
    // A naked exception is wrapped in a group of its own, which has no traceback.
    return [null, abs.call(exceptionType('BaseExceptionGroup'), ['', new PyTuple([e])]) as PyBaseException];
  }
  if (typeOf(e).isSubtypeOf(exceptionType('BaseExceptionGroup'))) {
    const pair = abs.call1(abs.getAttr(e, 'split'), matchType) as PyTuple;
    const [m, r] = pair.items;
    return m === null ? [null, null] : [r, m];
  }
  return [null, null];
}

function leafIds(e: PyValue, out: Set<PyValue>): void {
  if (e === null) return;
  if (typeOf(e).isSubtypeOf(exceptionType('BaseExceptionGroup'))) {
    for (const sub of (exceptionField(e, 'BaseExceptionGroup.exceptions') as PyTuple).items) leafIds(sub, out);
  } else out.add(e);
}

function sameMetadata(a: PyBaseException, b: PyBaseException): boolean {
  const notes = (x: PyBaseException) => x.dict?.getStr('__notes__');
  return notes(a) === notes(b) && a.traceback === b.traceback && a.cause === b.cause && a.context === b.context;
}

/** PREP_RERAISE_STAR: what an except* statement raises, from the original group and the raised list. */
export function prepReraiseStar(orig: PyValue, excs: PyList): PyValue {
  const items = excs.items;
  // The compiler's list holds exceptions raised by the except* clauses, or None.
  for (const e of items) if (e !== null && !(e instanceof PyBaseException)) raise('SystemError', `PREP_RERAISE_STAR of a ${typeOf(e).name}`);
  if (items.length === 0) return null;
  if (!typeOf(orig).isSubtypeOf(exceptionType('BaseExceptionGroup'))) return items[0];
  const raised: PyValue[] = [];
  const reraised: PyValue[] = [];
  for (const e of items) {
    if (e === null) continue;
    (sameMetadata(e, orig) ? reraised : raised).push(e);
  }
  const keep = new Set<PyValue>();
  for (const e of reraised) leafIds(e, keep);
  const reraisedGroup = keep.size === 0 ? null : splitGroup(orig, (x) => keep.has(x), false)[0];
  if (raised.length === 0) return reraisedGroup;
  if (reraisedGroup !== null) raised.push(reraisedGroup);
  if (raised.length > 1) return abs.call(exceptionType('BaseExceptionGroup'), ['', new PyList(raised)]);
  return raised[0];
}

