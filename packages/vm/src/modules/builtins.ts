// The builtins module (Python/bltinmodule.c): the builtin functions, and the
// builtin types and exceptions by name.

import {
  PyObject,
  PyFloat,
  typeOf,
  typeType,
  objectType,
  intType,
  boolType,
  floatType,
  strType,
  tupleType,
  listType,
  dictType,
  type PyType,
  type PyValue,
} from '../objects/object.js';
import { builtinExceptionTypes, exceptionType, newException, raise } from '../objects/errors.js';
import { Ellipsis, NotImplemented } from '../objects/singletons.js';
import { strValueOrUndefined } from '../objects/boxed.js';
import { badArgument } from '../objects/clinic.js';
import type { PyMethodDescr } from '../objects/descriptors.js';
import { interp as currentInterp } from '../objects/state.js';
import * as abs from '../objects/abstract.js';
import * as num from '../numeric/index.js';
import { PyDict } from '../builtins/dict.js';
import { PyTuple } from '../builtins/tuple.js';
import { PyList } from '../builtins/list.js';
import { PyFunction } from '../builtins/function.js';
import { PyCode, codeValue } from '../builtins/code.js';
import { PyCell } from '../builtins/cell.js';
import { PyBytes } from '../builtins/bytes.js';
import { bufferOf } from '../builtins/bytes_methods.js';
import { newCallableIterator } from '../builtins/iterators.js';
import { valueId } from '../builtins/identity.js';
import { complexType } from '../builtins/complex.js';
import { bytesType } from '../builtins/bytes.js';
import { bytearrayType } from '../builtins/bytearray.js';
import { setType, frozensetType } from '../builtins/set.js';
import { rangeType } from '../builtins/range.js';
import { sliceType } from '../builtins/slice.js';
import { propertyType } from '../builtins/property.js';
import { staticmethodType } from '../builtins/staticmethod.js';
import { classmethodType } from '../builtins/classmethod.js';
import { superType } from '../builtins/super.js';
import { mapType } from '../builtins/map.js';
import { filterType } from '../builtins/filter.js';
import { zipType } from '../builtins/zip.js';
import { enumerateType } from '../builtins/enumerate.js';
import { reversedType } from '../builtins/reversed.js';
import { memoryviewType } from '../builtins/memoryview.js';
import { installSiteBuiltins } from './site_builtins.js';
import { listsort } from '../builtins/sort.js';
import { strLen } from '../builtins/codepoints.js';
import { formatObjectValue } from '../builtins/str_format.js';
import { frameLocals } from '../builtins/frame.js';
import { calculateMetaclass } from '../builtins/type.js';
import { compileSource } from '../interpreter/compile.js';
import { importModuleLevel } from './importer.js';
import { defineModule } from './registry.js';
import { Frame } from '../interpreter/frame.js';
import { codeInfo } from '../interpreter/codeinfo.js';
import type { Interpreter } from '../interpreter/interpreter.js';

const i = currentInterp;

/** The types the builtins module names. */
const BUILTIN_TYPES: PyType[] = [
  objectType,
  typeType,
  intType,
  boolType,
  floatType,
  complexType,
  strType,
  bytesType,
  bytearrayType,
  memoryviewType,
  listType,
  tupleType,
  dictType,
  setType,
  frozensetType,
  rangeType,
  sliceType,
  propertyType,
  staticmethodType,
  classmethodType,
  superType,
  mapType,
  filterType,
  zipType,
  enumerateType,
  reversedType,
];

function callerFrame(): Frame {
  const f = i().currentFrame;
  if (f === null) raise('SystemError', 'no current frame');
  return f;
}

// ---- classes ----

/** builtins.__build_class__(func, name, /, *bases, metaclass=None, **kwds). */
function buildClass(argv: PyValue[], base: number, nargs: number, kwnames: string[] | null): PyValue {
  if (nargs < 2) raise('TypeError', '__build_class__: not enough arguments');
  const func = argv[base];
  if (!(func instanceof PyFunction)) raise('TypeError', '__build_class__: func must be a function');
  const name = argv[base + 1];
  if (strValueOrUndefined(name) === undefined) raise('TypeError', '__build_class__: name is not a string');
  const origBases = argv.slice(base + 2, base + nargs);
  const bases = resolveMroEntries(origBases);
  let meta: PyValue = undefined;
  const kwNames: string[] = [];
  const kwValues: PyValue[] = [];
  for (let k = 0; kwnames !== null && k < kwnames.length; k++) {
    if (kwnames[k] === 'metaclass') meta = argv[base + nargs + k];
    else {
      kwNames.push(kwnames[k]);
      kwValues.push(argv[base + nargs + k]);
    }
  }
  let isClass = false;
  if (meta === undefined) {
    meta = bases.length === 0 ? typeType : typeOf(bases[0]);
    isClass = true;
  } else isClass = abs.isType(meta);
  if (isClass) meta = calculateMetaclass(meta as PyType, bases);
  const kw = kwNames.length > 0 ? kwNames : null;
  const prepare = abs.getAttrOrUndefined(meta, '__prepare__');
  let ns: PyValue;
  if (prepare === undefined) ns = new PyDict();
  else {
    ns = abs.call(prepare, [name, new PyTuple(bases), ...kwValues], kw);
    if (typeOf(ns).mp_subscript === null) {
      const who = isClass ? `${(meta as PyType).name}.__prepare__()` : '<metaclass>.__prepare__()';
      raise('TypeError', `${who} must return a mapping, not ${typeOf(ns).name}`);
    }
  }
  const interp = i();
  const frame = new Frame(func.info, func.globals, func.builtins, ns, func);
  if (func.closure !== null) {
    const first = func.info.nlocalsplus - func.closure.length;
    for (let k = 0; k < func.closure.length; k++) frame.s[first + k] = func.closure[k];
  }
  const cell = interp.execute(frame);
  if (bases !== origBases && !arraysSame(bases, origBases)) abs.setItem(ns, '__orig_bases__', new PyTuple(origBases));
  const cls = abs.call(meta, [name, new PyTuple(bases), ns, ...kwValues], kw);
  if (abs.isType(cls) && cell instanceof PyCell) {
    if (cell.v !== cls) {
      if (cell.v === undefined) {
        raise('RuntimeError', `__class__ not set defining ${abs.repr(name)} as ${abs.repr(cls)}. Was __classcell__ propagated to type.__new__?`);
      }
      raise('TypeError', `__class__ set to ${abs.repr(cell.v)} defining ${abs.repr(name)} as ${abs.repr(cls)}`);
    }
  }
  return cls;
}

function arraysSame(a: PyValue[], b: PyValue[]): boolean {
  return a.length === b.length && a.every((v, k) => v === b[k]);
}

/** PEP 560: a base that is not a class may give classes through __mro_entries__ (update_bases). */
function resolveMroEntries(bases: PyValue[]): PyValue[] {
  let out: PyValue[] | null = null;
  for (let k = 0; k < bases.length; k++) {
    const b = bases[k];
    if (abs.isType(b)) {
      out?.push(b);
      continue;
    }
    const entries = abs.getAttrOrUndefined(b, '__mro_entries__');
    if (entries === undefined) {
      out?.push(b);
      continue;
    }
    const r = abs.call1(entries, new PyTuple(bases));
    if (!(r instanceof PyTuple)) raise('TypeError', '__mro_entries__ must return a tuple');
    out ??= bases.slice(0, k);
    out.push(...r.items);
  }
  return out ?? bases;
}

// ---- iteration helpers ----

function minmax(name: 'min' | 'max', argv: PyValue[], base: number, nargs: number, kwnames: string[] | null): PyValue {
  let key: PyValue = null;
  let dflt: PyValue = undefined;
  for (let k = 0; kwnames !== null && k < kwnames.length; k++) {
    const v = argv[base + nargs + k];
    if (kwnames[k] === 'key') key = v;
    else if (kwnames[k] === 'default') dflt = v;
    else raise('TypeError', `'${kwnames[k]}' is an invalid keyword argument for ${name}()`);
  }
  if (nargs === 0) raise('TypeError', `${name} expected at least 1 argument, got 0`);
  if (nargs > 1 && dflt !== undefined) raise('TypeError', `Cannot specify a default for ${name}() with multiple positional arguments`);
  const op = name === 'min' ? abs.LT : abs.GT;
  let best: PyValue = undefined;
  let bestKey: PyValue = undefined;
  const consider = (item: PyValue) => {
    const k = key === null ? item : abs.call1(key, item);
    if (best === undefined || abs.richCompareBool(k, bestKey, op)) {
      best = item;
      bestKey = k;
    }
  };
  if (nargs === 1) abs.forEach(argv[base], consider);
  else for (let k = 0; k < nargs; k++) consider(argv[base + k]);
  if (best === undefined) {
    if (dflt !== undefined) return dflt;
    raise('ValueError', `${name}() arg is an empty sequence`);
  }
  return best;
}

/** sorted(): a new list, sorted by list.sort, which checks the keyword arguments (builtin_sorted). */
function sorted(argv: PyValue[], base: number, nargs: number, kwnames: string[] | null): PyValue {
  if (nargs !== 1) raise('TypeError', `sorted expected 1 argument, got ${nargs}`);
  const list = new PyList(abs.toArray(argv[base]));
  const sort = listType.lookup('sort') as PyMethodDescr;
  sort.body(list, argv, base + 1, 0, kwnames);
  return list;
}

function sum(iterable: PyValue, start: PyValue): PyValue {
  if (strValueOrUndefined(start) !== undefined) raise('TypeError', "sum() can't sum strings [use ''.join(seq) instead]");
  if (start instanceof PyBytes) {
    raise('TypeError', `sum() can't sum ${start.type.name === 'bytearray' ? 'bytearray' : 'bytes'} [use b''.join(seq) instead]`);
  }
  let result = start;
  const it = abs.getIter(iterable);
  const next = typeOf(it).tp_iternext!;
  // Exact ints and floats add without the general protocol, as CPython's fast paths do.
  for (let v = next(it); v !== undefined; v = next(it)) {
    if (typeof result === 'number' && typeof v === 'number') {
      const r = result + v;
      if (Number.isSafeInteger(r)) {
        result = r;
        continue;
      }
    }
    if (result instanceof PyFloat && result.type === floatType && v instanceof PyFloat && v.type === floatType) {
      result = new PyFloat(result.v + v.v);
      continue;
    }
    result = abs.binaryOp(result, v, abs.NB_ADD);
  }
  return result;
}

// ---- printing and input ----

function print(args: PyValue[], sep: PyValue, end: PyValue, file: PyValue, flush: boolean): PyValue {
  if (sep !== null && strValueOrUndefined(sep) === undefined) raise('TypeError', `sep must be None or a string, not ${typeOf(sep).name}`);
  if (end !== null && strValueOrUndefined(end) === undefined) raise('TypeError', `end must be None or a string, not ${typeOf(end).name}`);
  const interp = i();
  if (file === null) {
    file = abs.getAttrOrUndefined(interp.sysModule, 'stdout');
    if (file === undefined) raise('RuntimeError', 'lost sys.stdout');
    if (file === null) return null;
  }
  const s = sep === null ? ' ' : strValueOrUndefined(sep)!;
  const e = end === null ? '\n' : strValueOrUndefined(end)!;
  const fast = interp.directWriter(file);
  if (fast !== null) {
    let out = '';
    for (let k = 0; k < args.length; k++) {
      if (k > 0) out += s;
      out += abs.str(args[k]);
    }
    fast(out + e);
  } else {
    const write = abs.getAttr(file, 'write');
    for (let k = 0; k < args.length; k++) {
      if (k > 0) abs.call1(write, s);
      abs.call1(write, abs.str(args[k]));
    }
    abs.call1(write, e);
  }
  if (flush) abs.call0(abs.getAttr(file, 'flush'));
  return null;
}

function input(prompt: PyValue): PyValue {
  const interp = i();
  const sys = interp.sysModule;
  const stdin = abs.getAttrOrUndefined(sys, 'stdin');
  const stdout = abs.getAttrOrUndefined(sys, 'stdout');
  if (stdin === undefined || stdin === null) raise('RuntimeError', 'input(): lost sys.stdin');
  if (stdout === undefined || stdout === null) raise('RuntimeError', 'input(): lost sys.stdout');
  const stderr = abs.getAttrOrUndefined(sys, 'stderr');
  if (stderr !== undefined && stderr !== null) {
    const flush = abs.getAttrOrUndefined(stderr, 'flush');
    if (flush !== undefined) abs.call0(flush);
  }
  if (prompt !== undefined) abs.call1(abs.getAttr(stdout, 'write'), abs.str(prompt));
  const flush = abs.getAttrOrUndefined(stdout, 'flush');
  if (flush !== undefined) abs.call0(flush);
  const line = abs.call0(abs.getAttr(stdin, 'readline'));
  const text = strValueOrUndefined(line);
  if (text === undefined) raise('TypeError', 'object.readline() returned non-string');
  if (text === '') throw newException('EOFError', 'EOF when reading a line');
  return text.endsWith('\n') ? text.slice(0, -1) : text;
}

// ---- exec, eval, compile ----

/** The globals and locals exec and eval run with, checked as CPython checks them. */
function namespaces(fname: string, globals: PyValue, locals: PyValue): [PyDict, PyValue] {
  const isMapping = (v: PyValue) => typeOf(v).mp_subscript !== null;
  if (fname === 'exec') {
    if (globals !== null && !(globals instanceof PyDict)) raise('TypeError', `exec() globals must be a dict, not ${typeOf(globals).name}`);
    if (locals !== null && !isMapping(locals)) raise('TypeError', `locals must be a mapping or None, not ${typeOf(locals).name}`);
  } else {
    // eval checks locals first, and tells a mapping given as globals apart.
    if (locals !== null && !isMapping(locals)) raise('TypeError', 'locals must be a mapping');
    if (globals !== null && !(globals instanceof PyDict)) {
      raise('TypeError', isMapping(globals) ? 'globals must be a real dict; try eval(expr, {}, mapping)' : 'globals must be a dict');
    }
  }
  let g: PyDict;
  let l: PyValue;
  if (globals === null) {
    const f = callerFrame();
    g = f.globals;
    l = locals === null ? frameLocals(f) : locals;
  } else {
    g = globals;
    l = locals === null ? globals : locals;
  }
  if (g.getStr('__builtins__') === undefined) g.setStr('__builtins__', i().builtins);
  return [g, l];
}

function sourceText(fname: string, source: PyValue): string | Uint8Array {
  const s = strValueOrUndefined(source);
  if (s !== undefined) return noNullBytes(s);
  const b = bufferOf(source);
  if (b !== undefined) return noNullBytes(b.slice());
  raise('TypeError', `${fname}() arg 1 must be a string, bytes or code object`);
}

/** source_as_string's check: the source is handed to the compiler as a C string. */
function noNullBytes<T extends string | Uint8Array>(text: T): T {
  if (typeof text === 'string' ? text.includes('\0') : text.includes(0)) raise('SyntaxError', 'source code string cannot contain null bytes');
  return text;
}

function exec(source: PyValue, globals: PyValue, locals: PyValue, closure: PyValue): PyValue {
  const [g, l] = namespaces('exec', globals, locals);
  let code: PyCode;
  if (source instanceof PyCode) code = source;
  else code = codeValue(compileSource(i(), sourceText('exec', source), '<string>', 'exec', 0, -1));
  const nfree = code.code.freevars.length;
  if (closure !== null) {
    if (!(closure instanceof PyTuple) || closure.items.length !== nfree) raise('TypeError', `code object requires a closure of exactly length ${nfree}`);
    for (const c of closure.items) if (!(c instanceof PyCell)) raise('TypeError', 'closure can only contain cells');
  } else if (nfree > 0) {
    raise('TypeError', 'code object passed to exec() may not contain free variables');
  }
  runCode(code, g, l, closure === null ? null : (closure.items as PyCell[]));
  return null;
}

function evalBuiltin(source: PyValue, globals: PyValue, locals: PyValue): PyValue {
  const [g, l] = namespaces('eval', globals, locals);
  let code: PyCode;
  if (source instanceof PyCode) code = source;
  else {
    let text = sourceText('eval', source);
    // Leading blanks do not count in eval(), as CPython strips them.
    if (typeof text === 'string') text = text.replace(/^[ \t]+/, '');
    else {
      let k = 0;
      while (k < text.length && (text[k] === 32 || text[k] === 9)) k++;
      text = text.subarray(k);
    }
    code = codeValue(compileSource(i(), text, '<string>', 'eval', 0, -1));
  }
  if (code.code.freevars.length > 0) raise('TypeError', 'code object passed to eval() may not contain free variables');
  return runCode(code, g, l, null);
}

function runCode(code: PyCode, globals: PyDict, locals: PyValue, closure: PyCell[] | null): PyValue {
  const interp = i();
  if (closure === null) return interp.runModule(code.code, globals, locals);
  const fn = new PyFunction(code.code, globals, interp.builtins);
  fn.closure = closure;
  const frame = new Frame(codeInfo(code.code), globals, interp.builtins, locals, fn);
  return interp.execute(frame);
}

const PyCF_ONLY_AST = 0x400;
const PyCF_ALLOWED = 0x400 | 0x1000 | 0x2000 | 0x4000 | 0x200 | 0x8000 | 0x1f0000 | 0x1000000 | 0x400000;

function compile(source: PyValue, filename: PyValue, mode: string, flags: number, dontInherit: boolean, optimize: number): PyValue {
  void dontInherit;
  if ((flags & ~PyCF_ALLOWED) !== 0) raise('ValueError', 'compile(): unrecognised flags');
  if (optimize < -1 || optimize > 2) raise('ValueError', 'compile(): invalid optimize value');
  if (!['exec', 'eval', 'single', 'func_type'].includes(mode)) {
    raise('ValueError', `compile() mode must be 'exec', 'eval' or 'single'${flags & PyCF_ONLY_AST ? " or 'func_type'" : ''}`);
  }
  const fname = strValueOrUndefined(filename) ?? (bufferOf(filename) !== undefined ? new TextDecoder().decode(bufferOf(filename)) : undefined);
  if (fname === undefined) {
    raise('TypeError', `compile() argument 'filename' must be str, bytes or os.PathLike, not ${typeOf(filename).name}`);
  }
  if (flags & PyCF_ONLY_AST || (source instanceof PyObject && typeOf(source).moduleName === 'ast')) {
    return i().compileAst(source, fname, mode, flags, optimize);
  }
  const s = strValueOrUndefined(source);
  const text = s !== undefined ? s : bufferOf(source);
  if (text === undefined) raise('TypeError', 'compile() arg 1 must be a string, bytes or AST object');
  return codeValue(compileSource(i(), noNullBytes(s !== undefined ? s : text.slice()), fname, mode, flags, optimize));
}

// ---- dir, vars ----

function dir(args: PyValue[]): PyValue {
  if (args.length > 1) raise('TypeError', `dir expected at most 1 argument, got ${args.length}`);
  if (args.length === 0) {
    const names = abs.toArray(abs.call0(abs.getAttr(frameLocals(callerFrame()), 'keys')));
    listsort(names, null, false);
    return new PyList(names);
  }
  const method = abs.lookupSpecial(args[0], '__dir__');
  if (method === undefined) raise('TypeError', 'object does not provide __dir__');
  const names = abs.toArray(abs.call0(method));
  listsort(names, null, false);
  return new PyList(names);
}

function vars(args: PyValue[]): PyValue {
  if (args.length > 1) raise('TypeError', `vars expected at most 1 argument, got ${args.length}`);
  if (args.length === 0) return frameLocals(callerFrame());
  const d = abs.getAttrOrUndefined(args[0], '__dict__');
  if (d === undefined) raise('TypeError', 'vars() argument must have __dict__ attribute');
  return d;
}

// ---- numbers and text ----

function radixString(number: PyValue, base: 2 | 8 | 16): string {
  return num.intToRadix(abs.index(number), base);
}

function round(number: PyValue, ndigits: PyValue): PyValue {
  const method = abs.lookupSpecial(number, '__round__');
  if (method === undefined) raise('TypeError', `type ${typeOf(number).name} doesn't define __round__ method`);
  return ndigits === null ? abs.call0(method) : abs.call1(method, ndigits);
}

function pow(base: PyValue, exp: PyValue, mod: PyValue): PyValue {
  return abs.power(base, exp, mod);
}

function divmod(a: PyValue, b: PyValue): PyValue {
  const at = typeOf(a);
  const bt = typeOf(b);
  const slotA = at.nb_divmod;
  let slotB = bt !== at ? bt.nb_divmod : null;
  if (slotB === slotA) slotB = null;
  if (slotA !== null) {
    if (slotB !== null && bt.isSubtypeOf(at)) {
      const r = slotB(a, b);
      if (r !== NotImplemented) return r;
      slotB = null;
    }
    const r = slotA(a, b);
    if (r !== NotImplemented) return r;
  }
  if (slotB !== null) {
    const r = slotB(a, b);
    if (r !== NotImplemented) return r;
  }
  raise('TypeError', `unsupported operand type(s) for divmod(): '${at.name}' and '${bt.name}'`);
}

function chr(i: PyValue): string {
  const n = abs.index(i);
  if (typeof n === 'bigint' || n > 2147483647 || n < -2147483648) raise('OverflowError', 'Python int too large to convert to C int');
  if (n < 0 || n > 0x10ffff) raise('ValueError', 'chr() arg not in range(0x110000)');
  return String.fromCodePoint(n);
}

function ord(c: PyValue): number {
  const s = strValueOrUndefined(c);
  if (s !== undefined) {
    const n = strLen(s);
    if (n !== 1) raise('TypeError', `ord() expected a character, but string of length ${n} found`);
    return s.codePointAt(0)!;
  }
  const b = bufferOf(c);
  if (b !== undefined && (c instanceof PyBytes)) {
    if (b.length !== 1) raise('TypeError', `ord() expected a character, but string of length ${b.length} found`);
    return b[0];
  }
  raise('TypeError', `ord() expected string of length 1, but ${typeOf(c).name} found`);
}

// ---- attributes ----

function getattrBuiltin(argv: PyValue[], base: number, nargs: number, kwnames: string[] | null): PyValue {
  if (kwnames !== null && kwnames.length > 0) raise('TypeError', 'getattr() takes no keyword arguments');
  if (nargs < 2) raise('TypeError', `getattr expected at least 2 arguments, got ${nargs}`);
  if (nargs > 3) raise('TypeError', `getattr expected at most 3 arguments, got ${nargs}`);
  const name = abs.attributeName(argv[base + 1]);
  if (nargs === 3) {
    const v = abs.getAttrOrUndefined(argv[base], name);
    return v === undefined ? argv[base + 2] : v;
  }
  return abs.getAttr(argv[base], name);
}

function iterBuiltin(argv: PyValue[], base: number, nargs: number, kwnames: string[] | null): PyValue {
  if (kwnames !== null && kwnames.length > 0) raise('TypeError', 'iter() takes no keyword arguments');
  if (nargs < 1) raise('TypeError', `iter expected at least 1 argument, got ${nargs}`);
  if (nargs > 2) raise('TypeError', `iter expected at most 2 arguments, got ${nargs}`);
  if (nargs === 1) return abs.getIter(argv[base]);
  const callable = argv[base];
  if (typeOf(callable).tp_call === null) raise('TypeError', 'iter(v, w): v must be callable');
  return newCallableIterator(callable, argv[base + 1]);
}

function nextBuiltin(argv: PyValue[], base: number, nargs: number, kwnames: string[] | null): PyValue {
  if (kwnames !== null && kwnames.length > 0) raise('TypeError', 'next() takes no keyword arguments');
  if (nargs < 1) raise('TypeError', `next expected at least 1 argument, got ${nargs}`);
  if (nargs > 2) raise('TypeError', `next expected at most 2 arguments, got ${nargs}`);
  const it = argv[base];
  const f = typeOf(it).tp_iternext!;
  if (!abs.isIterator(it)) raise('TypeError', `'${typeOf(it).name}' object is not an iterator`);
  abs.setStopValue(null);
  const v = f(it);
  if (v !== undefined) return v;
  if (nargs > 1) {
    abs.takeStopValue();
    return argv[base + 1];
  }
  const value = abs.takeStopValue();
  throw value === null ? newException('StopIteration') : newException('StopIteration', value);
}

function aiter(obj: PyValue): PyValue {
  const t = typeOf(obj);
  if (t.am_aiter === null) raise('TypeError', `'${t.name}' object is not an async iterable`);
  const it = t.am_aiter(obj);
  if (typeOf(it).am_anext === null) raise('TypeError', `aiter() returned not an async iterator of type '${typeOf(it).name}'`);
  return it;
}

function anext(aiterator: PyValue, dflt: PyValue): PyValue {
  const t = typeOf(aiterator);
  if (t.am_anext === null) raise('TypeError', `'${t.name}' object is not an async iterator`);
  const awaitable = t.am_anext(aiterator);
  if (dflt === undefined) return awaitable;
  return i().anextAwaitable(awaitable, dflt);
}

defineModule({
  name: 'builtins',
  functions: {
    '__build_class__(func, name, /, *bases, metaclass=None, **kwds)': { impl: buildClass, style: 'raw', textSignature: false },
    '__import__($module, /, name, globals=None, locals=None, fromlist=(), level: cint = 0)': {
      impl: (name: PyValue, globals: PyValue, _locals: PyValue, fromlist: PyValue, level: number) => {
        const n = strValueOrUndefined(name);
        if (n === undefined) badArgument({ fname: '__import__', index: 1, name: 'name', keyword: true }, 'str', name);
        return importModuleLevel(i(), n, globals instanceof PyDict ? globals : null, fromlist === undefined ? null : fromlist, level);
      },
      textSignature: '($module, /, name, globals=None, locals=None, fromlist=(),\n           level=0)',
    },
    'abs($module, x, /)': (x: PyValue) => abs.absolute(x),
    'aiter($module, async_iterable, /)': aiter,
    'all($module, iterable, /)': (it: PyValue) => {
      const iter = abs.getIter(it);
      const next = typeOf(iter).tp_iternext!;
      for (let v = next(iter); v !== undefined; v = next(iter)) if (!abs.isTrue(v)) return false;
      return true;
    },
    'anext($module, aiterator, default=<unrepresentable>, /)': anext,
    'any($module, iterable, /)': (it: PyValue) => {
      const iter = abs.getIter(it);
      const next = typeOf(iter).tp_iternext!;
      for (let v = next(iter); v !== undefined; v = next(iter)) if (abs.isTrue(v)) return true;
      return false;
    },
    'ascii($module, obj, /)': (obj: PyValue) => abs.asciiObject(obj),
    'bin($module, number, /)': (n: PyValue) => radixString(n, 2),
    'breakpoint(*args, **kws)': {
      impl: (argv: PyValue[], base: number, nargs: number, kwnames: string[] | null) => {
        const hook = abs.getAttrOrUndefined(i().sysModule, 'breakpointhook');
        if (hook === undefined) raise('RuntimeError', 'lost sys.breakpointhook');
        return abs.vectorcall(hook, argv, base, nargs, kwnames);
      },
      style: 'raw',
      textSignature: false,
    },
    'callable($module, obj, /)': (obj: PyValue) => typeOf(obj).tp_call !== null,
    'chr($module, i, /)': chr,
    "compile($module, /, source, filename, mode: str, flags: cint = 0, dont_inherit: bool = False, optimize: cint = -1, *, _feature_version: cint = -1)": {
      impl: compile,
      textSignature: '($module, /, source, filename, mode, flags=0,\n        dont_inherit=False, optimize=-1, *, _feature_version=-1)',
    },
    'delattr($module, obj, name, /)': (obj: PyValue, name: PyValue) => {
      abs.setAttr(obj, abs.attributeName(name), undefined);
      return null;
    },
    'dir(*args)': { impl: (args: PyValue[]) => dir(args), style: 'positional', textSignature: false },
    'divmod($module, x, y, /)': divmod,
    'eval($module, source, globals=None, locals=None, /)': evalBuiltin,
    'exec($module, source, globals=None, locals=None, /, *, closure=None)': exec,
    "format($module, value, format_spec: str = '', /)": (v: PyValue, spec: string) => formatObjectValue(v, spec),
    'getattr(object, name, default=<unrepresentable>, /)': { impl: getattrBuiltin, style: 'raw', textSignature: false },
    'globals($module, /)': () => callerFrame().globals,
    'hasattr($module, obj, name, /)': (obj: PyValue, name: PyValue) => abs.getAttrOrUndefined(obj, abs.attributeName(name)) !== undefined,
    'hash($module, obj, /)': (obj: PyValue) => abs.hash(obj),
    'hex($module, number, /)': (n: PyValue) => radixString(n, 16),
    'id($module, obj, /)': (obj: PyValue) => valueId(obj),
    "input($module, prompt=<unrepresentable>, /)": { impl: input, textSignature: "($module, prompt='', /)" },
    'isinstance($module, obj, class_or_tuple, /)': abs.isInstance,
    'issubclass($module, cls, class_or_tuple, /)': abs.isSubclass,
    'iter(object, sentinel=<unrepresentable>, /)': { impl: iterBuiltin, style: 'raw', textSignature: false },
    'len($module, obj, /)': (obj: PyValue) => abs.len(obj),
    'locals($module, /)': () => frameLocals(callerFrame()),
    'max(iterable, /, *args, key=None, default=<unrepresentable>)': {
      impl: (argv: PyValue[], base: number, nargs: number, kw: string[] | null) => minmax('max', argv, base, nargs, kw),
      style: 'raw',
      textSignature: false,
    },
    'min(iterable, /, *args, key=None, default=<unrepresentable>)': {
      impl: (argv: PyValue[], base: number, nargs: number, kw: string[] | null) => minmax('min', argv, base, nargs, kw),
      style: 'raw',
      textSignature: false,
    },
    'next(iterator, default=<unrepresentable>, /)': { impl: nextBuiltin, style: 'raw', textSignature: false },
    'oct($module, number, /)': (n: PyValue) => radixString(n, 8),
    'ord($module, c, /)': ord,
    'pow($module, /, base, exp, mod=None)': pow,
    "print($module, /, *args, sep=' ', end='\\n', file=None, flush: bool = False)": {
      impl: print,
      textSignature: "($module, /, *args, sep=' ', end='\\n', file=None, flush=False)",
    },
    'repr($module, obj, /)': (obj: PyValue) => abs.reprObject(obj),
    'round($module, /, number, ndigits=None)': round,
    'setattr($module, obj, name, value, /)': (obj: PyValue, name: PyValue, value: PyValue) => {
      abs.setAttr(obj, abs.attributeName(name), value);
      return null;
    },
    'sorted($module, iterable, /, *, key=None, reverse=False)': { impl: sorted, style: 'raw' },
    'sum($module, iterable, /, start=0)': sum,
    'vars(*args)': { impl: (args: PyValue[]) => vars(args), style: 'positional', textSignature: false },
  },
  init(m: PyObject, interp: Interpreter) {
    const d = m.dict!;
    d.namespace = true;
    for (const t of BUILTIN_TYPES) d.setStr(t.qualname, t);
    for (const t of builtinExceptionTypes()) d.setStr(t.name, t);
    d.setStr('None', null);
    d.setStr('True', true);
    d.setStr('False', false);
    d.setStr('Ellipsis', Ellipsis);
    d.setStr('NotImplemented', NotImplemented);
    d.setStr('__debug__', true);
    d.setStr('EnvironmentError', exceptionType('OSError'));
    d.setStr('IOError', exceptionType('OSError'));
    installSiteBuiltins(d);
  },
});

