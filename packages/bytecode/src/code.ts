// The code-object model shared by the compiler (which builds code objects) and
// the VM (which runs them). Fields mirror CPython 3.11's PyCodeObject as
// marshal stores it.

import { constSetOrder } from './constset.js';

/** A Python float constant (boxed so that 1 and 1.0 stay distinct). */
export class FloatConst {
  constructor(readonly value: number) {}
}

/** A Python complex constant. */
export class ComplexConst {
  constructor(readonly real: number, readonly imag: number) {}
}

/**
 * A str constant that a JS string cannot hold: its code points include a high surrogate directly
 * followed by a low one, which a JS string would read as one astral character ('\ud83d\ude00'
 * written as two escapes is two code points in Python). Every other str constant is a plain JS
 * string, read by code point (a lone surrogate there is a code point of its own); strconst.ts
 * builds each str in whichever form fits.
 */
export class StrConst {
  constructor(readonly codePoints: readonly number[]) {}
}

/** A Python bytes constant. */
export class BytesConst {
  constructor(readonly bytes: Uint8Array) {}
}
/** A tuple constant (items are themselves constants). */
export class TupleConst {
  constructor(readonly items: readonly PyConst[]) {}
}

/**
 * A frozenset constant. It keeps its items in the order they were added to the
 * set (from the compiler, or as marshal stored them): with their hashes, that
 * order decides the hash-table layout, hence the order the frozenset iterates.
 */
export class FrozensetConst {
  constructor(readonly added: readonly PyConst[]) {}

  /** The items in iteration order, as CPython's frozenset yields them. */
  get items(): readonly PyConst[] {
    return constSetOrder(this.added);
  }
}

/** The `...` singleton. */
export class EllipsisConst {
  static readonly instance = new EllipsisConst();
  private constructor() {}
}
export const Ellipsis = EllipsisConst.instance;

/**
 * A constant as it appears in co_consts or an ast.Constant:
 * None is null, bool is boolean, int is bigint (any size), str is a JS string (or a StrConst).
 */
export type PyConst =
  | null
  | boolean
  | bigint
  | string
  | StrConst
  | FloatConst
  | ComplexConst
  | BytesConst
  | TupleConst
  | FrozensetConst
  | EllipsisConst
  | CodeObject;

// co_localspluskinds bits (Include/internal/pycore_code.h).
export const CO_FAST_LOCAL = 0x20;
export const CO_FAST_CELL = 0x40;
export const CO_FAST_FREE = 0x80;

// co_flags bits (Include/cpython/code.h).
export const CO_OPTIMIZED = 0x0001;
export const CO_NEWLOCALS = 0x0002;
export const CO_VARARGS = 0x0004;
export const CO_VARKEYWORDS = 0x0008;
export const CO_NESTED = 0x0010;
export const CO_GENERATOR = 0x0020;
export const CO_NOFREE = 0x0040;
export const CO_COROUTINE = 0x0080;
export const CO_ITERABLE_COROUTINE = 0x0100;
export const CO_ASYNC_GENERATOR = 0x0200;

export interface CodeFields {
  argcount: number;
  posonlyargcount: number;
  kwonlyargcount: number;
  stacksize: number;
  flags: number;
  /** co_code: 16-bit code units including CACHE entries. */
  code: Uint8Array;
  consts: PyConst[];
  names: string[];
  /** Locals, then cells that are not arguments, then free variables. */
  localsplusnames: string[];
  /** One CO_FAST_* mask per localsplusnames entry. */
  localspluskinds: Uint8Array;
  filename: string;
  name: string;
  qualname: string;
  firstlineno: number;
  /** The 3.11 location table (PEP 626/657). */
  linetable: Uint8Array;
  exceptiontable: Uint8Array;
}

export class CodeObject implements CodeFields {
  argcount: number;
  posonlyargcount: number;
  kwonlyargcount: number;
  stacksize: number;
  flags: number;
  code: Uint8Array;
  consts: PyConst[];
  names: string[];
  localsplusnames: string[];
  localspluskinds: Uint8Array;
  filename: string;
  name: string;
  qualname: string;
  firstlineno: number;
  linetable: Uint8Array;
  exceptiontable: Uint8Array;

  constructor(f: CodeFields) {
    this.argcount = f.argcount;
    this.posonlyargcount = f.posonlyargcount;
    this.kwonlyargcount = f.kwonlyargcount;
    this.stacksize = f.stacksize;
    this.flags = f.flags;
    this.code = f.code;
    this.consts = f.consts;
    this.names = f.names;
    this.localsplusnames = f.localsplusnames;
    this.localspluskinds = f.localspluskinds;
    this.filename = f.filename;
    this.name = f.name;
    this.qualname = f.qualname;
    this.firstlineno = f.firstlineno;
    this.linetable = f.linetable;
    this.exceptiontable = f.exceptiontable;
  }

  private namesOfKind(mask: number): string[] {
    return this.localsplusnames.filter((_, i) => (this.localspluskinds[i] & mask) !== 0);
  }

  /** co_varnames: the plain locals (arguments first). */
  get varnames(): string[] {
    return this.namesOfKind(CO_FAST_LOCAL);
  }

  /** co_cellvars: variables captured by inner functions. */
  get cellvars(): string[] {
    return this.namesOfKind(CO_FAST_CELL);
  }

  /** co_freevars: variables this code captures from outer functions. */
  get freevars(): string[] {
    return this.namesOfKind(CO_FAST_FREE);
  }

  get nlocals(): number {
    return this.varnames.length;
  }
}

/**
 * What CPython's _PyCode_Validate finds wrong with a code object's fields, as [exception type, message]
 * (marshal.loads and code.replace raise it), or null. The interpreter relies on these: the arguments fit
 * in the locals, and co_code is whole code units.
 */
export function codeFieldsProblem(f: CodeFields): [type: 'SystemError' | 'ValueError', message: string] | null {
  if (
    f.argcount < f.posonlyargcount || f.posonlyargcount < 0 || f.kwonlyargcount < 0 || f.stacksize < 0 || f.flags < 0 ||
    f.localsplusnames.length !== f.localspluskinds.length
  ) {
    // PyErr_BadInternalCall(), without the C source location CPython puts in front.
    return ['SystemError', 'bad argument to internal function'];
  }
  if (f.code.length % 2 !== 0) return ['ValueError', 'code: co_code is malformed'];
  let nlocals = 0;
  for (const kind of f.localspluskinds) if (kind & CO_FAST_LOCAL) nlocals++;
  const nplainlocals =
    nlocals - f.argcount - f.kwonlyargcount - (f.flags & CO_VARARGS ? 1 : 0) - (f.flags & CO_VARKEYWORDS ? 1 : 0);
  if (nplainlocals < 0) return ['ValueError', 'code: co_varnames is too small'];
  return null;
}
