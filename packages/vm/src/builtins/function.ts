// function (Objects/funcobject.c): a code object with its globals, defaults
// and closure. Calling one runs its code in a new frame of the interpreter.

import type { CodeObject } from '@pyc-ts/bytecode';
import { PyObject, typeOf, TPFLAGS_METHOD_DESCRIPTOR, type PyType, type PyValue } from '../objects/object.js';
import { defineType } from '../objects/typedef.js';
import { raise } from '../objects/errors.js';
import { strValueOrUndefined } from '../objects/boxed.js';
import { interp } from '../objects/state.js';
import { codeInfo, type CodeInfo } from '../interpreter/codeinfo.js';
import { PyDict } from './dict.js';
import { PyTuple } from './tuple.js';
import { PyCell } from './cell.js';
import { PyCode } from './code.js';
import { PyMethod } from './method.js';
import { addressOf } from './identity.js';

export class PyFunction extends PyObject {
  name: string;
  qualname: string;
  defaults: PyValue[] | null = null;
  kwdefaults: PyDict | null = null;
  closure: PyCell[] | null = null;
  annotations: PyValue = null;
  doc: PyValue;
  module: PyValue;
  /** Decoded form of `code`, shared by every function made from it. */
  info: CodeInfo;
  constructor(
    public code: CodeObject,
    readonly globals: PyDict,
    readonly builtins: PyDict,
  ) {
    super(functionType);
    this.name = code.name;
    this.qualname = code.qualname;
    this.info = codeInfo(code);
    const first = this.info.consts.length > 0 ? this.info.consts[0] : null;
    // A docstring is the first constant when the code says it has one (CO_HAS_DOCSTRING is 3.12's; 3.11 reads consts[0] if str).
    this.doc = typeof first === 'string' ? first : null;
    const m = globals.getStr('__name__');
    this.module = m === undefined ? null : m;
  }
}

/** Made at the first MAKE_FUNCTION: functions have __dict__ only once something is stored there. */
function functionNew(_type: PyType, argv: PyValue[], base: number, nargs: number, kwnames: string[] | null): PyValue {
  const names = ['code', 'globals', 'name', 'argdefs', 'closure'];
  const vals: PyValue[] = [undefined, undefined, null, null, null];
  for (let i = 0; i < nargs; i++) vals[i] = argv[base + i];
  for (let i = 0; kwnames !== null && i < kwnames.length; i++) {
    const at = names.indexOf(kwnames[i]);
    if (at < 0) raise('TypeError', `'${kwnames[i]}' is an invalid keyword argument for function()`);
    vals[at] = argv[base + nargs + i];
  }
  const [code, globals, name, argdefs, closure] = vals;
  if (!(code instanceof PyCode)) raise('TypeError', `function() argument 'code' must be code, not ${typeOf(code).name}`);
  if (!(globals instanceof PyDict)) raise('TypeError', `function() argument 'globals' must be dict, not ${typeOf(globals).name}`);
  const builtinsDict = globals.getStr('__builtins__');
  const f = new PyFunction(code.code, globals, builtinsDict instanceof PyDict ? builtinsDict : interp().builtins);
  if (name !== null) {
    const s = strValueOrUndefined(name);
    if (s === undefined) raise('TypeError', 'arg 3 (name) must be None or string');
    f.name = s;
  }
  if (argdefs !== null) {
    if (!(argdefs instanceof PyTuple)) raise('TypeError', 'arg 4 (defaults) must be None or tuple');
    f.defaults = argdefs.items.slice();
  }
  const nfree = code.code.freevars.length;
  if (closure === null) {
    if (nfree > 0) raise('TypeError', 'arg 5 (closure) must be tuple');
  } else {
    if (!(closure instanceof PyTuple)) raise('TypeError', 'arg 5 (closure) must be tuple');
    if (closure.items.length !== nfree) raise('ValueError', `${code.code.name} requires closure of length ${nfree}, not ${closure.items.length}`);
    for (const c of closure.items) if (!(c instanceof PyCell)) raise('TypeError', `arg 5 (closure) expected cell, found ${typeOf(c).name}`);
    f.closure = closure.items as PyCell[];
  }
  return f;
}

function setDefaults(f: PyFunction, v: PyValue): void {
  if (v === undefined || v === null) f.defaults = null;
  else if (!(v instanceof PyTuple)) raise('TypeError', '__defaults__ must be set to a tuple object');
  else f.defaults = v.items.slice();
}

function setKwdefaults(f: PyFunction, v: PyValue): void {
  if (v === undefined || v === null) f.kwdefaults = null;
  else if (!(v instanceof PyDict)) raise('TypeError', '__kwdefaults__ must be set to a dict object');
  else f.kwdefaults = v;
}

function setName(f: PyFunction, v: PyValue, what: string): string {
  const s = strValueOrUndefined(v);
  if (s === undefined) raise('TypeError', `${what} must be set to a string object`);
  return s;
}

export const functionType: PyType = defineType({
  name: 'function',
  flags: TPFLAGS_METHOD_DESCRIPTOR,
  hasDict: true,
  slots: {
    tp_repr: (f) => `<function ${(f as PyFunction).qualname} at ${addressOf(f)}>`,
    tp_call: (f, argv, base, nargs, kwnames) => interp().callFunction(f as PyFunction, argv, base, nargs, kwnames),
    tp_descr_get: (f, obj) => (obj === undefined ? f : new PyMethod(f, obj)),
    tp_new: functionNew,
  },
  members: {
    __closure__: { get: (f: PyFunction) => (f.closure === null ? null : new PyTuple(f.closure)) },
    __doc__: { get: (f: PyFunction) => f.doc, set: (f: PyFunction, v: PyValue) => (f.doc = v === undefined ? null : v) },
    __globals__: { get: (f: PyFunction) => f.globals },
    __module__: { get: (f: PyFunction) => f.module, set: (f: PyFunction, v: PyValue) => (f.module = v === undefined ? null : v) },
    __builtins__: { get: (f: PyFunction) => f.builtins },
  },
  getsets: {
    __code__: {
      get: (f: PyFunction) => new PyCode(f.code),
      set: (f: PyFunction, v: PyValue) => {
        if (!(v instanceof PyCode)) raise('TypeError', '__code__ must be set to a code object');
        const nfree = v.code.freevars.length;
        const have = f.closure === null ? 0 : f.closure.length;
        if (nfree !== have) raise('ValueError', `${f.name}() requires a code object with ${have} free vars, not ${nfree}`);
        f.code = v.code;
        f.info = codeInfo(v.code);
      },
    },
    __defaults__: { get: (f: PyFunction) => (f.defaults === null ? null : new PyTuple(f.defaults)), set: setDefaults },
    __kwdefaults__: { get: (f: PyFunction) => f.kwdefaults, set: setKwdefaults },
    __annotations__: {
      get: (f: PyFunction) => {
        if (f.annotations === null) f.annotations = new PyDict();
        else if (f.annotations instanceof PyTuple) {
          // MAKE_FUNCTION's annotations come as a tuple of name, value pairs.
          const d = new PyDict();
          const items = f.annotations.items;
          for (let i = 0; i + 1 < items.length; i += 2) d.set(items[i], items[i + 1]);
          f.annotations = d;
        }
        return f.annotations;
      },
      set: (f: PyFunction, v: PyValue) => {
        if (v !== undefined && v !== null && !(v instanceof PyDict)) raise('TypeError', '__annotations__ must be set to a dict object');
        f.annotations = v === undefined ? null : v;
      },
    },
    __dict__: {
      get: (f: PyFunction) => (f.dict ??= new PyDict()),
      set: (f: PyFunction, v: PyValue) => {
        // PyObject_GenericSetDict
        if (v === undefined) raise('TypeError', 'cannot delete __dict__');
        if (!(v instanceof PyDict)) raise('TypeError', `__dict__ must be set to a dictionary, not a '${typeOf(v).name}'`);
        f.dict = v;
      },
    },
    __name__: { get: (f: PyFunction) => f.name, set: (f: PyFunction, v: PyValue) => (f.name = setName(f, v, '__name__')) },
    __qualname__: { get: (f: PyFunction) => f.qualname, set: (f: PyFunction, v: PyValue) => (f.qualname = setName(f, v, '__qualname__')) },
  },
});


