// code (Objects/codeobject.c): a compiled code object as a Python value.

import { CodeObject, codeFieldsProblem, codeLines, codePositions, lineForOffset, type CodeFields } from '@pyc-ts/bytecode';
import { PyObject, typeOf, type PyType, type PyValue } from '../objects/object.js';
import { defineType } from '../objects/typedef.js';
import { raise } from '../objects/errors.js';
import { NotImplemented } from '../objects/singletons.js';
import { intValueOrUndefined, strValueOrUndefined } from '../objects/boxed.js';
import * as abs from '../objects/abstract.js';
import { hashStr, hashTuple } from '@pyc-ts/bytecode';
import { constValue } from '../interpreter/codeinfo.js';
import { PyTuple } from './tuple.js';
import { PyBytes } from './bytes.js';
import { bufferOf } from './bytes_methods.js';
import { newArrayIterator } from './iterators.js';
import { addressOf } from './identity.js';

export class PyCode extends PyObject {
  private constsTuple: PyTuple | null = null;
  constructor(readonly code: CodeObject) {
    super(codeType);
  }

  /** co_consts as runtime values (made once). */
  get consts(): PyTuple {
    return (this.constsTuple ??= new PyTuple(this.code.consts.map(constValue)));
  }
}

const codeValues = new WeakMap<CodeObject, PyCode>();

/** The code object value of a CodeObject: one per CodeObject, so that f.__code__ is f.__code__. */
export function codeValue(code: CodeObject): PyCode {
  let v = codeValues.get(code);
  if (v === undefined) codeValues.set(code, (v = new PyCode(code)));
  return v;
}

function strs(xs: string[]): PyTuple {
  return new PyTuple(xs.slice());
}

function codeRepr(c: PyCode): string {
  const code = c.code;
  return `<code object ${code.name} at ${addressOf(c)}, file "${code.filename}", line ${code.firstlineno}>`;
}

function codeEqual(a: CodeObject, b: CodeObject): boolean {
  if (a === b) return true;
  const same = (x: Uint8Array, y: Uint8Array) => x.length === y.length && x.every((v, i) => v === y[i]);
  return (
    a.name === b.name &&
    a.qualname === b.qualname &&
    a.argcount === b.argcount &&
    a.posonlyargcount === b.posonlyargcount &&
    a.kwonlyargcount === b.kwonlyargcount &&
    a.flags === b.flags &&
    a.firstlineno === b.firstlineno &&
    same(a.code, b.code) &&
    abs.eq(codeValue(a).consts, codeValue(b).consts) &&
    a.names.join('\0') === b.names.join('\0') &&
    a.localsplusnames.join('\0') === b.localsplusnames.join('\0') &&
    same(a.linetable, b.linetable) &&
    same(a.exceptiontable, b.exceptiontable)
  );
}

/** code.replace(**changes). */
function codeReplace(self: PyCode, changes: Map<string, PyValue>): PyCode {
  const c = self.code;
  const f: CodeFields = { ...c, consts: c.consts, names: c.names };
  const names: Record<string, (v: PyValue) => void> = {
    co_argcount: (v) => (f.argcount = intArg(v, 'co_argcount')),
    co_posonlyargcount: (v) => (f.posonlyargcount = intArg(v, 'co_posonlyargcount')),
    co_kwonlyargcount: (v) => (f.kwonlyargcount = intArg(v, 'co_kwonlyargcount')),
    co_stacksize: (v) => (f.stacksize = intArg(v, 'co_stacksize')),
    co_flags: (v) => (f.flags = intArg(v, 'co_flags')),
    co_firstlineno: (v) => (f.firstlineno = intArg(v, 'co_firstlineno')),
    co_code: (v) => (f.code = bytesArg(v, 'co_code')),
    co_names: (v) => (f.names = strTuple(v, 'co_names')),
    co_filename: (v) => (f.filename = strArg(v, 'co_filename')),
    co_name: (v) => (f.name = strArg(v, 'co_name')),
    co_qualname: (v) => (f.qualname = strArg(v, 'co_qualname')),
    co_linetable: (v) => (f.linetable = bytesArg(v, 'co_linetable')),
    co_exceptiontable: (v) => (f.exceptiontable = bytesArg(v, 'co_exceptiontable')),
  };
  for (const [k, v] of changes) {
    const set = names[k];
    if (set === undefined) {
      if (k === 'co_consts' || k === 'co_varnames' || k === 'co_freevars' || k === 'co_cellvars' || k === 'co_nlocals') {
        raise('ValueError', `code.replace(): changing ${k} is not supported`);
      }
      raise('TypeError', `'${k}' is an invalid keyword argument for replace()`);
    }
    set(v);
  }
  // code_new's checks, then _PyCode_Validate's: the interpreter relies on them (arguments fit in the locals).
  for (const [name, value] of [['co_argcount', f.argcount], ['co_posonlyargcount', f.posonlyargcount], ['co_kwonlyargcount', f.kwonlyargcount],
    ['co_stacksize', f.stacksize], ['co_flags', f.flags], ['co_firstlineno', f.firstlineno]] as const) {
    if (value < 0) raise('ValueError', `${name} must be a positive integer`);
  }
  const problem = codeFieldsProblem(f);
  if (problem !== null) raise(problem[0], problem[1]);
  return codeValue(new CodeObject(f));
}

function intArg(v: PyValue, name: string): number {
  const i = intValueOrUndefined(v);
  if (i === undefined) raise('TypeError', `replace() argument '${name}' must be int, not ${typeOf(v).name}`);
  // A C int, as code_replace takes it.
  if (i > 0x7fffffff || i < -0x80000000) raise('OverflowError', 'Python int too large to convert to C int');
  return Number(i);
}
function strArg(v: PyValue, name: string): string {
  const s = strValueOrUndefined(v);
  if (s === undefined) raise('TypeError', `replace() argument '${name}' must be str, not ${typeOf(v).name}`);
  return s;
}
function bytesArg(v: PyValue, name: string): Uint8Array {
  const b = bufferOf(v);
  if (b === undefined || !(v instanceof PyBytes)) raise('TypeError', `replace() argument '${name}' must be bytes, not ${typeOf(v).name}`);
  return b;
}
function strTuple(v: PyValue, name: string): string[] {
  if (!(v instanceof PyTuple)) raise('TypeError', `replace() argument '${name}' must be tuple, not ${typeOf(v).name}`);
  return v.items.map((x) => strArg(x, name));
}

export const codeType: PyType = defineType({
  name: 'code',
  slots: {
    tp_repr: (c) => codeRepr(c as PyCode),
    tp_hash: (c) => {
      const code = (c as PyCode).code;
      return hashTuple([hashStr(code.name), code.argcount, code.flags, code.firstlineno, abs.hash((c as PyCode).consts)]);
    },
    tp_richcompare: (a, b, op) => {
      if ((op !== abs.EQ && op !== abs.NE) || !(b instanceof PyCode)) return NotImplemented;
      const eq = codeEqual((a as PyCode).code, b.code);
      return op === abs.EQ ? eq : !eq;
    },
    tp_new: () => raise('TypeError', 'code() construction is not supported; use compile() or code.replace()'),
  },
  methods: {
    '__sizeof__($self, /)': { impl: (c: PyCode) => 200 + c.code.code.length, textSignature: false },
    'co_lines($self, /)': {
      impl: (c: PyCode) => newArrayIterator(codeLines(c.code).map((t) => new PyTuple(t)), 'tuple_iterator'),
      textSignature: false,
    },
    'co_positions($self, /)': {
      impl: (c: PyCode) => {
        const out: PyTuple[] = [];
        const positions = codePositions(c.code);
        for (let i = 0; i < positions.length; i++) {
          const p = positions[i];
          out.push(new PyTuple([p.lineno, p.endLineno, p.col, p.endCol]));
        }
        return newArrayIterator(out, 'tuple_iterator');
      },
      textSignature: false,
    },
    'replace($self, /, **changes)': (c: PyCode, changes: Map<string, PyValue>) => codeReplace(c, changes),
    '_varname_from_oparg($self, /, oparg: ssize)': (c: PyCode, i: number) => {
      const names = c.code.localsplusnames;
      if (i < 0 || i >= names.length) raise('IndexError', 'tuple index out of range');
      return names[i];
    },
  },
  members: {
    co_argcount: { get: (c: PyCode) => c.code.argcount },
    co_posonlyargcount: { get: (c: PyCode) => c.code.posonlyargcount },
    co_kwonlyargcount: { get: (c: PyCode) => c.code.kwonlyargcount },
    co_stacksize: { get: (c: PyCode) => c.code.stacksize },
    co_flags: { get: (c: PyCode) => c.code.flags },
    co_nlocals: { get: (c: PyCode) => c.code.nlocals },
    co_consts: { get: (c: PyCode) => c.consts },
    co_names: { get: (c: PyCode) => strs(c.code.names) },
    co_filename: { get: (c: PyCode) => c.code.filename },
    co_name: { get: (c: PyCode) => c.code.name },
    co_qualname: { get: (c: PyCode) => c.code.qualname },
    co_firstlineno: { get: (c: PyCode) => c.code.firstlineno },
    co_linetable: { get: (c: PyCode) => new PyBytes(c.code.linetable) },
    co_exceptiontable: { get: (c: PyCode) => new PyBytes(c.code.exceptiontable) },
  },
  getsets: {
    co_lnotab: { get: (c: PyCode) => new PyBytes(lnotab(c.code)) },
    _co_code_adaptive: { get: (c: PyCode) => new PyBytes(c.code.code) },
    co_varnames: { get: (c: PyCode) => strs(c.code.varnames) },
    co_cellvars: { get: (c: PyCode) => strs(c.code.cellvars) },
    co_freevars: { get: (c: PyCode) => strs(c.code.freevars) },
    co_code: { get: (c: PyCode) => new PyBytes(c.code.code) },
  },
});

/** co_lnotab: the pre-3.10 line table, derived from co_lines() as CPython derives it. */
function lnotab(code: CodeObject): Uint8Array {
  const out: number[] = [];
  let addr = 0;
  let line = code.firstlineno;
  for (const [start, , l] of codeLines(code)) {
    if (l === null || l === line) continue;
    let da = start - addr;
    let dl = l - line;
    while (da > 255) {
      out.push(255, 0);
      da -= 255;
    }
    while (dl > 127 || dl < -128) {
      const step = dl > 0 ? 127 : -128;
      out.push(da, step & 0xff);
      da = 0;
      dl -= step;
    }
    out.push(da, dl & 0xff);
    addr = start;
    line = l;
  }
  return Uint8Array.from(out);
}

export { lineForOffset };
