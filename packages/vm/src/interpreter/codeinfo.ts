// Per-code-object data the interpreter needs, decoded once: instructions with
// EXTENDED_ARG folded in and cache sizes attached, constants as runtime values,
// and the exception table; and the verifier's verdict (verify.ts), taken before
// the code first runs.

import {
  CodeObject,
  EXTENDED_ARG,
  INLINE_CACHE_ENTRIES,
  decodeExceptionTable,
  findExceptionHandler,
  type ExceptionTableEntry,
  FloatConst,
  TupleConst,
  FrozensetConst,
  BytesConst,
  ComplexConst,
  EllipsisConst,
  StrConst,
  strUnits,
  CO_VARARGS,
  CO_VARKEYWORDS,
  type PyConst,
} from '@pyc-ts/bytecode';
import { PyFloat, type PyValue } from '../objects/object.js';
import { Ellipsis } from '../objects/singletons.js';
import { InternalError } from '../objects/errors.js';
import { normInt } from '../numeric/index.js';
import { newTuple } from '../builtins/tuple.js';
import { newSet } from '../builtins/set.js';
import { PyComplex } from '../builtins/complex.js';
import { PyBytes } from '../builtins/bytes.js';
import { codeValue } from '../builtins/code.js';
import type { DictEntry, PyDict } from '../builtins/dict.js';
import { fuseSuperinstructions } from './superinstructions.js';
import type { AttrCacheEntry } from './attr_cache.js';
import { valueArray, type Frame } from './frame.js';
import { verifyCode } from './verify.js';

const RESUME = 151;

export interface GlobalCacheEntry {
  epoch: number;
  globals: PyDict;
  entry: DictEntry;
}

export class CodeInfo {
  /** Per code unit: opcode | (inline cache entries << 8). CACHE units decode as opcode 0. */
  readonly ops: Int32Array;
  /** Per code unit: the full oparg (EXTENDED_ARG prefixes folded in). */
  readonly args: Int32Array;
  readonly consts: PyValue[];
  readonly nlocalsplus: number;
  /** Locals, cells and free variables, then the deepest stack the verifier found (at most co_stacksize). */
  readonly framesize: number;
  /** Where execution starts: past a leading RESUME, which only matters to tracing. */
  readonly entryIp: number;
  /** True when positional calls can copy arguments straight into the locals. */
  readonly simpleArgs: boolean;
  /**
   * Why the verifier refused the code, else null. Refused code runs as one CACHE unit, which no opcode
   * handler takes: the interpreter's default case raises SystemError with this.
   */
  readonly problem: string | null = null;
  private readonly handlers: ExceptionTableEntry[];
  /** LOAD_GLOBAL inline caches, by instruction offset. */
  readonly globalCache: (GlobalCacheEntry | undefined)[] = [];
  /** LOAD_ATTR, STORE_ATTR and LOAD_METHOD inline caches, by instruction offset. */
  readonly attrCache: (AttrCacheEntry | undefined)[] = [];
  /** Frames of this code that have returned, kept for reuse by the next call. */
  readonly freeFrames: Frame[] = [];

  constructor(readonly code: CodeObject) {
    const units = code.code.length >> 1;
    let ops = new Int32Array(units);
    let args = new Int32Array(units);
    let ext = 0;
    for (let i = 0; i < units; i++) {
      const op = code.code[2 * i];
      const arg = code.code[2 * i + 1] | ext;
      const caches = INLINE_CACHE_ENTRIES[op] ?? 0;
      ops[i] = op | (caches << 8);
      args[i] = arg;
      ext = op === EXTENDED_ARG ? arg << 8 : 0;
      // Cache units stay zero: they are skipped, never executed.
      i += caches;
    }
    this.nlocalsplus = code.localsplusnames.length;
    let handlers = decodeExceptionTable(code.exceptiontable);
    const verdict = verifyCode(code, ops, args, handlers);
    if (typeof verdict === 'string') {
      this.problem = `invalid bytecode in code object '${code.qualname}' (file "${code.filename}", line ${code.firstlineno}): ${verdict}`;
      ops = new Int32Array(1);
      args = new Int32Array(1);
      handlers = [];
    }
    fuseSuperinstructions(ops);
    this.ops = ops;
    this.args = args;
    this.handlers = handlers;
    this.entryIp = this.problem === null && units > 0 && code.code[0] === RESUME ? 1 : 0;
    this.consts = valueArray(code.consts.length);
    if (this.problem === null) code.consts.forEach((c, i) => (this.consts[i] = constValue(c)));
    this.framesize = this.nlocalsplus + (typeof verdict === 'number' ? verdict : 0);
    this.simpleArgs =
      (code.flags & (CO_VARARGS | CO_VARKEYWORDS)) === 0 && code.kwonlyargcount === 0;
  }

  /** The innermost exception-table entry covering the instruction at `offset` (code units). */
  findHandler(offset: number): ExceptionTableEntry | null {
    return findExceptionHandler(this.handlers, offset);
  }
}

const infos = new WeakMap<CodeObject, CodeInfo>();

export function codeInfo(code: CodeObject): CodeInfo {
  let info = infos.get(code);
  if (!info) infos.set(code, (info = new CodeInfo(code)));
  return info;
}

/** A co_consts entry as a runtime value. */
export function constValue(c: PyConst): PyValue {
  if (typeof c === 'bigint') return normInt(c);
  if (c === null || typeof c !== 'object') return c;
  if (c instanceof FloatConst) return new PyFloat(c.value);
  if (c instanceof TupleConst) return newTuple(c.items.map(constValue));
  if (c instanceof CodeObject) return codeValue(c);
  if (c instanceof EllipsisConst) return Ellipsis;
  // Added in the same order as in CPython, the items get the same table layout.
  if (c instanceof FrozensetConst) return newSet(c.added.map(constValue), true);
  if (c instanceof ComplexConst) return new PyComplex(c.real, c.imag);
  if (c instanceof BytesConst) return new PyBytes(c.bytes);
  // A str with a high surrogate followed by a low one as two code points: the VM's str is a JS
  // string, which pairs them into one astral character. Until str holds such text exactly, the
  // constant runs as that JS string (what the compiler used to put in co_consts).
  if (c instanceof StrConst) return strUnits(c);
  throw new InternalError('unknown constant kind');
}
