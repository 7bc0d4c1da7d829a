// The opcodes a program runs rarely (imports, with, match, async, except*, deletions, building sets and
// maps ...): one small handler each, in a table, outside the interpreter loop. The loop keeps only the hot
// opcodes, so V8 compiles it sooner and faster, and a first run of a rare opcode costs a call, not a
// deoptimisation of the loop. A handler gets the frame, its stack and stack pointer and the oparg, and returns
// the new stack pointer; it may raise. None of them jumps or changes frames: those stay in the loop.

import {
  ASYNC_GEN_WRAP,
  BEFORE_ASYNC_WITH,
  BEFORE_WITH,
  BUILD_CONST_KEY_MAP,
  BUILD_MAP,
  BUILD_SET,
  BUILD_SLICE,
  CHECK_EG_MATCH,
  COPY_FREE_VARS,
  DELETE_ATTR,
  DELETE_DEREF,
  DELETE_FAST,
  DELETE_GLOBAL,
  DELETE_NAME,
  DELETE_SUBSCR,
  DICT_MERGE,
  DICT_UPDATE,
  END_ASYNC_FOR,
  GET_AITER,
  GET_ANEXT,
  GET_AWAITABLE,
  GET_LEN,
  GET_YIELD_FROM_ITER,
  IMPORT_FROM,
  IMPORT_NAME,
  IMPORT_STAR,
  LIST_EXTEND,
  LIST_TO_TUPLE,
  LOAD_ASSERTION_ERROR,
  LOAD_BUILD_CLASS,
  LOAD_CLASSDEREF,
  MAKE_CELL,
  MATCH_CLASS,
  MATCH_KEYS,
  MATCH_MAPPING,
  MATCH_SEQUENCE,
  PREP_RERAISE_STAR,
  PRINT_EXPR,
  SETUP_ANNOTATIONS,
  SET_ADD,
  SET_UPDATE,
  STORE_GLOBAL,
  UNARY_INVERT,
  UNARY_POSITIVE,
  UNPACK_EX,
  WITH_EXCEPT_START,
} from '@pyc-ts/bytecode';
import { typeOf, type PyValue } from '../objects/object.js';
import { PyBaseException, exceptionType, raise } from '../objects/errors.js';
import * as abs from '../objects/abstract.js';
import type { PyDict } from '../builtins/dict.js';
import { PyTuple, newTuple } from '../builtins/tuple.js';
import type { PyList } from '../builtins/list.js';
import { PyCell } from '../builtins/cell.js';
import { PySlice } from '../builtins/slice.js';
import { newSet, type PySet } from '../builtins/set.js';
import { PyAsyncGenWrappedValue } from '../builtins/generator.js';
import { nameError } from '../builtins/exceptions.js';
import type { Frame } from './frame.js';
import type { Interpreter } from './interpreter.js';
import * as ops from './ops.js';

type ColdOp = (interp: Interpreter, f: Frame, s: PyValue[], sp: number, oparg: number) => number;

/** Handlers by opcode; undefined for the opcodes the loop runs itself and for unknown ones. */
const coldOps: (ColdOp | undefined)[] = new Array(256).fill(undefined);

/** Runs a rare opcode; returns the new stack pointer. An opcode nobody handles is a SystemError, as CPython's. */
export function runColdOp(interp: Interpreter, f: Frame, op: number, oparg: number, sp: number, offset: number): number {
  const handler = coldOps[op];
  if (handler === undefined) ops.invalidInstruction(f.info, op, offset >> 1);
  return handler(interp, f, f.s, sp, oparg);
}

function def(op: number, handler: ColdOp): void {
  coldOps[op] = handler;
}

def(ASYNC_GEN_WRAP, (_i, _f, s, sp) => {
  s[sp - 1] = new PyAsyncGenWrappedValue(s[sp - 1]);
  return sp;
});
def(GET_YIELD_FROM_ITER, (_i, f, s, sp) => {
  s[sp - 1] = ops.yieldFromIter(s[sp - 1], f.info.code.flags);
  return sp;
});
def(GET_AWAITABLE, (_i, _f, s, sp, oparg) => {
  s[sp - 1] = ops.getAwaitable(s[sp - 1], oparg);
  return sp;
});
def(GET_AITER, (_i, _f, s, sp) => {
  s[sp - 1] = ops.getAiter(s[sp - 1]);
  return sp;
});
def(GET_ANEXT, (_i, _f, s, sp) => {
  s[sp] = ops.getAnext(s[sp - 1]);
  return sp + 1;
});
def(END_ASYNC_FOR, (_i, _f, s, sp) => {
  const exc = s[--sp];
  if (exc instanceof PyBaseException && exc.type.isSubtypeOf(exceptionType('StopAsyncIteration'))) {
    s[sp] = undefined;
    s[--sp] = undefined;
    return sp;
  }
  throw new ops.Reraise(exc as PyBaseException);
});
def(BEFORE_ASYNC_WITH, (_i, _f, s, sp) => {
  const [exit, entered] = ops.beforeAsyncWith(s[sp - 1]);
  s[sp - 1] = exit;
  s[sp] = entered;
  return sp + 1;
});
def(BEFORE_WITH, (_i, _f, s, sp) => {
  const [exit, entered] = ops.beforeWith(s[sp - 1]);
  s[sp - 1] = exit;
  s[sp] = entered;
  return sp + 1;
});
def(WITH_EXCEPT_START, (_i, _f, s, sp) => {
  const exc = s[sp - 1];
  s[sp] = abs.call(s[sp - 4], [typeOf(exc), exc, (exc as PyBaseException).traceback]);
  return sp + 1;
});
def(DELETE_NAME, (_i, f, _s, sp, oparg) => {
  ops.deleteName(f, f.info.code.names[oparg]);
  return sp;
});
def(STORE_GLOBAL, (_i, f, s, sp, oparg) => {
  f.globals.setStr(f.info.code.names[oparg], s[--sp]);
  s[sp] = undefined;
  return sp;
});
def(DELETE_GLOBAL, (_i, f, _s, sp, oparg) => {
  const name = f.info.code.names[oparg];
  if (!f.globals.delete(name)) throw nameError(`name '${name}' is not defined`, name);
  return sp;
});
def(DELETE_FAST, (_i, f, s, sp, oparg) => {
  if (s[oparg] === undefined) ops.unboundLocal(f.info, oparg);
  s[oparg] = undefined;
  return sp;
});
def(MAKE_CELL, (_i, _f, s, sp, oparg) => {
  s[oparg] = new PyCell(s[oparg]);
  return sp;
});
def(COPY_FREE_VARS, (_i, f, s, sp, oparg) => {
  const closure = f.fn!.closure!;
  const first = f.info.nlocalsplus - oparg;
  for (let i = 0; i < oparg; i++) s[first + i] = closure[i];
  return sp;
});
def(LOAD_CLASSDEREF, (_i, f, s, sp, oparg) => {
  s[sp] = ops.loadClassDeref(f, oparg);
  return sp + 1;
});
def(DELETE_DEREF, (_i, f, s, sp, oparg) => {
  const cell = s[oparg] as PyCell;
  if (cell.v === undefined) ops.unboundDeref(f.info, oparg);
  cell.v = undefined;
  return sp;
});
def(UNARY_POSITIVE, (_i, _f, s, sp) => {
  s[sp - 1] = abs.positive(s[sp - 1]);
  return sp;
});
def(UNARY_INVERT, (_i, _f, s, sp) => {
  s[sp - 1] = abs.invert(s[sp - 1]);
  return sp;
});
def(BUILD_MAP, (_i, _f, s, sp, oparg) => ops.buildMap(s, sp, oparg));
def(BUILD_CONST_KEY_MAP, (_i, _f, s, sp, oparg) => ops.buildConstKeyMap(s, sp, oparg));
def(LIST_EXTEND, (_i, _f, s, sp, oparg) => {
  const seq = s[--sp];
  s[sp] = undefined;
  ops.listExtendForCall(s[sp - oparg] as PyList, seq);
  return sp;
});
def(DICT_MERGE, (_i, _f, s, sp, oparg) => {
  const update = s[--sp];
  s[sp] = undefined;
  ops.dictMerge(s[sp - oparg] as PyDict, update, s[sp - oparg - 2], true);
  return sp;
});
def(DICT_UPDATE, (_i, _f, s, sp, oparg) => {
  const update = s[--sp];
  s[sp] = undefined;
  ops.dictMerge(s[sp - oparg] as PyDict, update, undefined, false);
  return sp;
});
def(BUILD_SET, (_i, _f, s, sp, oparg) => {
  sp -= oparg;
  const set = newSet(s.slice(sp, sp + oparg));
  for (let i = sp + 1; i < sp + oparg; i++) s[i] = undefined;
  s[sp] = set;
  return sp + 1;
});
def(SET_ADD, (_i, _f, s, sp, oparg) => {
  const v = s[--sp];
  s[sp] = undefined;
  (s[sp - oparg] as PySet).add(v);
  return sp;
});
def(SET_UPDATE, (_i, _f, s, sp, oparg) => {
  const it = s[--sp];
  s[sp] = undefined;
  (s[sp - oparg] as PySet).update(it);
  return sp;
});
def(UNPACK_EX, (_i, _f, s, sp, oparg) => ops.unpackEx(s, sp, oparg));
def(SETUP_ANNOTATIONS, (_i, f, _s, sp) => {
  ops.setupAnnotations(f);
  return sp;
});
def(LIST_TO_TUPLE, (_i, _f, s, sp) => {
  s[sp - 1] = newTuple((s[sp - 1] as PyList).items.slice());
  return sp;
});
def(DELETE_SUBSCR, (_i, _f, s, sp) => {
  const key = s[--sp];
  const container = s[--sp];
  s[sp] = s[sp + 1] = undefined;
  abs.setItem(container, key, undefined);
  return sp;
});
def(IMPORT_NAME, (interp, f, s, sp, oparg) => {
  const fromlist = s[--sp];
  s[sp] = undefined;
  f.sp = sp;
  s[sp - 1] = ops.importName(interp, f, f.info.code.names[oparg], fromlist, s[sp - 1]);
  interp.currentFrame = f;
  return sp;
});
def(IMPORT_FROM, (interp, f, s, sp, oparg) => {
  s[sp] = ops.importFrom(interp, s[sp - 1], f.info.code.names[oparg]);
  return sp + 1;
});
def(IMPORT_STAR, (_i, f, s, sp) => {
  const module = s[--sp];
  s[sp] = undefined;
  ops.importStar(f, module);
  return sp;
});
def(DELETE_ATTR, (_i, f, s, sp, oparg) => {
  abs.setAttr(s[--sp], f.info.code.names[oparg], undefined);
  s[sp] = undefined;
  return sp;
});
def(LOAD_BUILD_CLASS, (_i, f, s, sp) => {
  const bc = ops.lookupBuiltin(f, '__build_class__');
  if (bc === undefined) raise('NameError', '__build_class__ not found');
  s[sp] = bc;
  return sp + 1;
});
def(BUILD_SLICE, (_i, _f, s, sp, oparg) => {
  const step = oparg === 3 ? s[--sp] : null;
  const stop = s[--sp];
  s[sp] = s[sp + 1] = undefined;
  s[sp - 1] = new PySlice(s[sp - 1], stop, step);
  return sp;
});
def(GET_LEN, (_i, _f, s, sp) => {
  s[sp] = abs.len(s[sp - 1]);
  return sp + 1;
});
def(MATCH_MAPPING, (_i, _f, s, sp) => {
  s[sp] = (typeOf(s[sp - 1]).flags & 0x40) !== 0;
  return sp + 1;
});
def(MATCH_SEQUENCE, (_i, _f, s, sp) => {
  s[sp] = (typeOf(s[sp - 1]).flags & 0x20) !== 0;
  return sp + 1;
});
def(MATCH_KEYS, (_i, _f, s, sp) => {
  s[sp] = ops.matchKeys(s[sp - 2], s[sp - 1] as PyTuple);
  return sp + 1;
});
def(MATCH_CLASS, (_i, _f, s, sp, oparg) => {
  const names = s[--sp] as PyTuple;
  const cls = s[--sp];
  s[sp] = s[sp + 1] = undefined;
  s[sp - 1] = ops.matchClass(s[sp - 1], cls, oparg, names.items as string[]);
  return sp;
});
def(PRINT_EXPR, (interp, _f, s, sp) => {
  const v = s[--sp];
  s[sp] = undefined;
  ops.printExpr(interp, v);
  return sp;
});
def(LOAD_ASSERTION_ERROR, (_i, _f, s, sp) => {
  s[sp] = exceptionType('AssertionError');
  return sp + 1;
});
def(CHECK_EG_MATCH, (interp, _f, s, sp) => {
  const matchType = s[--sp];
  s[sp] = undefined;
  const [rest, match] = ops.exceptionGroupMatch(s[sp - 1], matchType);
  if (match === null) {
    s[sp] = null;
  } else {
    s[sp - 1] = rest;
    s[sp] = match;
    interp.excInfo = match;
  }
  return sp + 1;
});
def(PREP_RERAISE_STAR, (_i, _f, s, sp) => {
  const excs = s[--sp] as PyList;
  const orig = s[--sp];
  s[sp] = s[sp + 1] = undefined;
  s[sp] = ops.prepReraiseStar(orig, excs);
  return sp + 1;
});
