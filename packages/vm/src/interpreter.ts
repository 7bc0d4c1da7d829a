// The bytecode interpreter: one loop switching on numeric opcodes. A call to a
// Python function pushes a Frame and continues in the same loop; RETURN_VALUE
// pops it, so Python recursion never consumes the JS stack.
//
// Case labels are literal opcode numbers (named in comments) rather than the
// imported constants: V8 only builds a jump table for literal cases.
// test/opcodes.test.ts checks every literal against @pyc-ts/bytecode.

import { CodeObject, opname } from '@pyc-ts/bytecode';
import { codeInfo, type CodeInfo } from './codeinfo.js';
import { Frame } from './frame.js';
import { PyDict, namespaceEpoch } from './dict.js';
import {
  PyBuiltinFunction,
  PyCell,
  PyCode,
  PyFloat,
  PyFunction,
  PyList,
  PyMethod,
  PyModule,
  PyTuple,
  PyType,
  typeOf,
  type PyValue,
} from './objects.js';
import { PyBaseException, exceptionType, isExceptionType, nameError, newException } from './exceptions.js';
import { InternalError, PyRaise, raise } from './errors.js';
import { bindArguments } from './calls.js';
import { PyGenerator } from './generators.js';
import { binaryOp, unaryInvert, unaryNegative, unaryPositive } from './arithmetic.js';
import { formatValue, pyContains, pyRepr, pyTruthy, richCompare } from './protocols.js';
import { getAttr, getItem, getIter, iterNext, methodOf, setItem, setAttr, deleteAttr, callType, deleteItem } from './operations.js';
import { PyInstance, pythonInit, userMethod } from './classes.js';
import { PySlice } from './slice.js';
import { PySet } from './set.js';
import { PyRange } from './range.js';

export const DEFAULT_RECURSION_LIMIT = 1000;

let active: Interpreter | null = null;

/** The interpreter running Python code right now (for builtins shared by all interpreters). */
export function activeInterpreter(): Interpreter {
  if (active === null) throw new InternalError('no interpreter is running');
  return active;
}


export class Interpreter {
  /** Python frames currently executing (CPython's recursion depth). */
  depth = 0;
  recursionLimit = DEFAULT_RECURSION_LIMIT;
  /** Importable modules by name (sys, ...). */
  readonly modules = new Map<string, PyModule>();
  /** The exception being handled (sys.exc_info()), set by PUSH_EXC_INFO. */
  excInfo: PyBaseException | null = null;

  builtins = new PyDict();

  /** Runs a module-level code object with `globals` as its namespace. */
  runModule(code: CodeObject, globals: PyDict): PyValue {
    globals.namespace = true;
    const frame = new Frame(codeInfo(code), globals, this.builtins, globals, null);
    return this.execute(frame);
  }

  /** Calls any Python callable from JS (builtins calling back into Python code). */
  call(callable: PyValue, args: PyValue[], kwnames: string[] | null = null): PyValue {
    if (callable instanceof PyFunction) {
      // As in CPython, a call from native code costs a level of its own besides the frame's.
      if (this.depth + 2 > this.recursionLimit) raise('RecursionError', 'maximum recursion depth exceeded');
      const frame = this.functionFrame(callable, args, 0, args.length, kwnames);
      this.depth++;
      try {
        return this.execute(frame);
      } finally {
        this.depth--;
      }
    }
    if (callable instanceof PyBuiltinFunction) return callable.call(args, kwnames);
    if (callable instanceof PyMethod) return this.call(callable.func, [callable.self, ...args], kwnames);
    if (callable instanceof PyType) return callType(this, callable, args, kwnames);
    const m = userMethod(callable, '__call__');
    if (m !== undefined) return this.call(m, [callable, ...args], kwnames);
    raise('TypeError', `'${typeOf(callable).name}' object is not callable`);
  }

  private functionFrame(fn: PyFunction, src: PyValue[], base: number, nargs: number, kwnames: string[] | null): Frame {
    const info = fn.info;
    const pooled = info.freeFrames.pop();
    const frame = pooled !== undefined ? pooled.reuse(fn) : new Frame(info, fn.globals, fn.builtins, null, fn);
    const s = frame.s;
    if (kwnames === null && info.simpleArgs && nargs === fn.code.argcount) {
      for (let i = 0; i < nargs; i++) s[i] = src[base + i];
    } else {
      bindArguments(fn, s, src, base, nargs, kwnames);
    }
    return frame;
  }

  /** Turns anything thrown inside the loop into a Python exception (or rethrows internal errors). */
  private toException(e: unknown): PyBaseException {
    if (e instanceof PyBaseException) return e;
    if (e instanceof PyRaise) return newException(e.typeName, e.message);
    if (e instanceof RangeError && /call stack/i.test(e.message)) {
      return newException('RecursionError', 'maximum recursion depth exceeded');
    }
    if (e instanceof InternalError) throw e;
    const err = new InternalError(e instanceof Error ? e.message : String(e));
    if (e instanceof Error) err.stack = e.stack;
    throw err;
  }

  /** Runs host-side work that may call back into Python (e.g. str() of an uncaught exception). */
  hosting<T>(work: () => T): T {
    const outer = active;
    active = this;
    try {
      return work();
    } finally {
      active = outer;
    }
  }

  /** Runs `entry` (and everything it calls) to completion; returns its return value. */
  execute(entry: Frame): PyValue {
    if (++this.depth > this.recursionLimit) {
      this.depth--;
      raise('RecursionError', 'maximum recursion depth exceeded');
    }
    // A trampoline: runFrame returns whenever the running frame changes (call,
    // return), so it is entered often and V8 re-optimises it quickly after a deopt.
    const outer = active;
    active = this;
    let f: Frame | null = entry;
    try {
      while (f !== null) f = this.runFrame(f, entry);
    } finally {
      active = outer;
    }
    const rv = this.returnValue;
    this.returnValue = undefined;
    return rv;
  }

  /** The value RETURN_VALUE or YIELD_VALUE of an entry frame hands to execute(). */
  private returnValue: PyValue = undefined;
  /** Whether the entry frame's last exit was a YIELD_VALUE. */
  private yielded = false;

  /** Whether the last execute() ended in a yield (and resets that). */
  takeYielded(): boolean {
    const y = this.yielded;
    this.yielded = false;
    return y;
  }

  /** Runs `f` until it calls, returns or unwinds into another frame; returns that frame, or null when `entry` returned. */
  private runFrame(f: Frame, entry: Frame): Frame | null {
    const info: CodeInfo = f.info;
    const ops = info.ops;
    const args = info.args;
    const consts = info.consts;
    const s = f.s;
    let sp = f.sp;
    let ip = f.ip;
    let lasti = 0;
    let kwnames: string[] | null = null;

    try {
      for (;;) {
        lasti = ip;
        const word = ops[ip];
        const oparg = args[ip];
        ip += 1 + (word >> 8);
        switch (word & 255) {
          case 124: { // LOAD_FAST
            const v = s[oparg];
            if (v === undefined) unboundLocal(info, oparg);
            s[sp++] = v;
            break;
          }
          case 125: // STORE_FAST
            s[oparg] = s[--sp];
            break;
          case 200: { // fused LOAD_FAST + LOAD_FAST
            const v = s[oparg];
            if (v === undefined) unboundLocal(info, oparg);
            const w = s[args[lasti + 1]];
            if (w === undefined) {
              lasti++;
              unboundLocal(info, args[lasti]);
            }
            s[sp++] = v;
            s[sp++] = w;
            break;
          }
          case 201: { // fused LOAD_FAST + LOAD_CONST
            const v = s[oparg];
            if (v === undefined) unboundLocal(info, oparg);
            s[sp++] = v;
            s[sp++] = consts[args[lasti + 1]];
            break;
          }
          case 202: { // fused STORE_FAST + LOAD_FAST
            s[oparg] = s[--sp];
            const v = s[args[lasti + 1]];
            if (v === undefined) {
              lasti++;
              unboundLocal(info, args[lasti]);
            }
            s[sp++] = v;
            break;
          }
          case 203: // fused COMPARE_OP + POP_JUMP_FORWARD_IF_FALSE
            if (!compareForBranch(oparg, s[sp - 2], s[sp - 1])) ip += args[lasti + 3];
            sp -= 2;
            break;
          case 204: // fused COMPARE_OP + POP_JUMP_BACKWARD_IF_TRUE
            if (compareForBranch(oparg, s[sp - 2], s[sp - 1])) ip -= args[lasti + 3];
            sp -= 2;
            break;
          case 100: // LOAD_CONST
            s[sp++] = consts[oparg];
            break;
          case 122: { // BINARY_OP
            const b = s[--sp];
            const a = s[sp - 1];
            if (typeof a === 'number' && typeof b === 'number') {
              const r = smallIntBinary(oparg, a, b);
              if (r !== undefined) {
                s[sp - 1] = r;
                break;
              }
            } else if (a instanceof PyFloat) {
              const r =
                b instanceof PyFloat
                  ? floatBinaryFast(oparg, a.v, b.v)
                  : typeof b === 'number'
                    ? floatBinaryFast(oparg, a.v, b)
                    : undefined;
              if (r !== undefined) {
                s[sp - 1] = r;
                break;
              }
            } else if (typeof a === 'number' && b instanceof PyFloat) {
              const r = floatBinaryFast(oparg, a, b.v);
              if (r !== undefined) {
                s[sp - 1] = r;
                break;
              }
            }
            s[sp - 1] = binaryOp(oparg, a, b);
            break;
          }
          case 107: { // COMPARE_OP
            const b = s[--sp];
            const a = s[sp - 1];
            if (typeof a === 'number' && typeof b === 'number') {
              s[sp - 1] = compareNumbers(oparg, a, b);
            } else if (a instanceof PyFloat && (b instanceof PyFloat || typeof b === 'number')) {
              // Safe integers convert to float exactly, so comparing JS numbers is exact.
              s[sp - 1] = compareNumbers(oparg, a.v, typeof b === 'number' ? b : b.v);
            } else {
              s[sp - 1] = richCompare(oparg, a, b);
            }
            break;
          }
          case 114: { // POP_JUMP_FORWARD_IF_FALSE
            const v = s[--sp];
            if (v === false || (v !== true && !pyTruthy(v))) ip += oparg;
            break;
          }
          case 115: { // POP_JUMP_FORWARD_IF_TRUE
            const v = s[--sp];
            if (v === true || (v !== false && pyTruthy(v))) ip += oparg;
            break;
          }
          case 175: { // POP_JUMP_BACKWARD_IF_FALSE
            const v = s[--sp];
            if (v === false || (v !== true && !pyTruthy(v))) ip -= oparg;
            break;
          }
          case 176: { // POP_JUMP_BACKWARD_IF_TRUE
            const v = s[--sp];
            if (v === true || (v !== false && pyTruthy(v))) ip -= oparg;
            break;
          }
          case 128: // POP_JUMP_FORWARD_IF_NOT_NONE
            if (s[--sp] !== null) ip += oparg;
            break;
          case 129: // POP_JUMP_FORWARD_IF_NONE
            if (s[--sp] === null) ip += oparg;
            break;
          case 173: // POP_JUMP_BACKWARD_IF_NOT_NONE
            if (s[--sp] !== null) ip -= oparg;
            break;
          case 174: // POP_JUMP_BACKWARD_IF_NONE
            if (s[--sp] === null) ip -= oparg;
            break;
          case 111: // JUMP_IF_FALSE_OR_POP
            if (pyTruthy(s[sp - 1])) sp--;
            else ip += oparg;
            break;
          case 112: // JUMP_IF_TRUE_OR_POP
            if (pyTruthy(s[sp - 1])) ip += oparg;
            else sp--;
            break;
          case 110: // JUMP_FORWARD
            ip += oparg;
            break;
          case 140: // JUMP_BACKWARD
          case 134: // JUMP_BACKWARD_NO_INTERRUPT
            ip -= oparg;
            break;
          case 116: { // LOAD_GLOBAL
            const c = info.globalCache[lasti];
            const v =
              c !== undefined && c.epoch === namespaceEpoch && c.globals === f.globals
                ? c.entry.value
                : LOAD_GLOBAL(f, lasti, oparg >> 1);
            if (oparg & 1) s[sp++] = undefined;
            s[sp++] = v;
            break;
          }
          case 2: // PUSH_NULL
            s[sp++] = undefined;
            break;
          case 166: // PRECALL
            break;
          case 172: // KW_NAMES
            kwnames = (consts[oparg] as PyTuple).items as string[];
            break;
          case 171: { // CALL
            let callable = s[sp - oparg - 2];
            let base: number;
            let nargs: number;
            if (callable === undefined) {
              callable = s[sp - oparg - 1];
              base = sp - oparg;
              nargs = oparg;
            } else {
              base = sp - oparg - 1;
              nargs = oparg + 1;
            }
            const kw = kwnames;
            kwnames = null;
            const resultSlot = sp - oparg - 2;
            let initSelf: PyValue = undefined;
            if (!(callable instanceof PyFunction)) {
              if (callable instanceof PyMethod && nargs === oparg) {
                // A bound method: call its function with self prepended, in place.
                s[base - 2] = callable.func;
                s[base - 1] = callable.self;
                callable = callable.func;
                base--;
                nargs++;
              } else if (callable instanceof PyType && nargs === oparg) {
                // A class with a Python __init__: run __init__ as a frame of this loop, on a new instance.
                const init = pythonInit(callable);
                if (init !== undefined) {
                  initSelf = new PyInstance(callable);
                  s[base - 1] = initSelf;
                  callable = init;
                  base--;
                  nargs++;
                }
              }
              if (!(callable instanceof PyFunction)) {
                this.callerFrame = f;
                const r = this.callNonPython(callable, s, base, nargs, kw);
                sp = resultSlot;
                s[sp++] = r;
                break;
              }
            }
            // A class call's __init__ costs two levels, as CPython's type_call -> __init__ does.
            const cost = initSelf === undefined ? 1 : 2;
            if (this.depth + cost > this.recursionLimit) {
              raise('RecursionError', 'maximum recursion depth exceeded');
            }
            const nf = this.functionFrame(callable, s, base, nargs, kw);
            nf.initSelf = initSelf;
            f.sp = resultSlot;
            f.ip = ip;
            f.lasti = lasti;
            nf.back = f;
            this.depth += cost;
            return nf;
          }
          case 142: { // CALL_FUNCTION_EX
            const kwargs = oparg & 1 ? s[--sp] : null;
            const callargs = s[--sp];
            const callable = s[sp - 1];
            const [argv, kw] = this.spreadArguments(callable, callargs, kwargs);
            const resultSlot = sp - 2;
            if (callable instanceof PyFunction) {
              if (this.depth >= this.recursionLimit) {
                raise('RecursionError', 'maximum recursion depth exceeded');
              }
              const nf = this.functionFrame(callable, argv, 0, argv.length, kw);
              f.sp = resultSlot;
              f.ip = ip;
              f.lasti = lasti;
              nf.back = f;
              this.depth++;
              return nf;
            }
            const r = this.call(callable, argv, kw);
            s[sp - 1] = undefined;
            sp = resultSlot;
            s[sp++] = r;
            break;
          }
          case 83: { // RETURN_VALUE
            const rv = s[--sp];
            this.depth -= f.initSelf === undefined ? 1 : 2;
            if (f.gen !== null) f.gen.leave(false);
            if (f === entry) {
              this.returnValue = rv;
              return null;
            }
            if (f.gen !== null) return this.generatorReturned(f, rv);
            const caller = f.back!;
            const initSelf = f.initSelf;
            f.release();
            if (initSelf === undefined) {
              caller.s[caller.sp++] = rv;
              return caller;
            }
            if (rv !== null) {
              const exc = newException('TypeError', `__init__() should return None, not '${typeOf(rv).name}'`);
              throw new RaiseInFrame(exc, caller);
            }
            caller.s[caller.sp++] = initSelf;
            return caller;
          }
          case 75: { // RETURN_GENERATOR
            f.sp = sp;
            f.ip = ip;
            f.lasti = lasti;
            const gen = new PyGenerator(this, f, f.fn!.name, f.fn!.qualname);
            f.gen = gen;
            this.depth--;
            if (f === entry) {
              this.returnValue = gen;
              return null;
            }
            const caller = f.back!;
            f.back = null;
            caller.s[caller.sp++] = gen;
            return caller;
          }
          case 86: { // YIELD_VALUE
            f.sp = sp - 1;
            f.ip = ip;
            f.lasti = lasti;
            this.depth--;
            f.gen!.leave(true);
            if (f === entry) {
              this.yielded = true;
              this.returnValue = s[sp - 1];
              return null;
            }
            // Resumed by FOR_ITER or SEND in this loop: hand the value to that frame.
            const caller = f.back!;
            f.back = null;
            f.gen!.running = false;
            caller.s[caller.sp++] = s[sp - 1];
            return caller;
          }
          case 69: { // GET_YIELD_FROM_ITER
            const v = s[sp - 1];
            if (!(v instanceof PyGenerator)) s[sp - 1] = getIter(v);
            break;
          }
          case 123: { // SEND
            const v = s[--sp];
            const receiver = s[sp - 1];
            if (receiver instanceof PyGenerator && receiver.canResumeInline()) {
              if (v !== null && !receiver.started) {
                raise('TypeError', "can't send non-None value to a just-started generator");
              }
              f.sp = sp;
              f.ip = ip;
              f.lasti = lasti;
              return this.resumeInline(receiver, v, f);
            }
            let r: PyValue;
            if (receiver instanceof PyGenerator) r = receiver.resume(v);
            else if (v === null) r = iterNext(this, receiver);
            else r = this.call(getAttr(receiver, 'send'), [v]);
            if (r === undefined) {
              s[sp - 1] = receiver instanceof PyGenerator ? receiver.returned : null;
              ip += oparg;
            } else {
              s[sp++] = r;
            }
            break;
          }
          case 151: // RESUME
          case 9: // NOP
          case 144: // EXTENDED_ARG (its argument is folded into the next instruction)
            break;
          case 1: // POP_TOP
            s[--sp] = undefined;
            break;
          case 120: { // COPY
            const v = s[sp - oparg];
            s[sp++] = v;
            break;
          }
          case 99: { // SWAP
            const t = s[sp - 1];
            s[sp - 1] = s[sp - oparg];
            s[sp - oparg] = t;
            break;
          }
          case 101: // LOAD_NAME
            s[sp++] = this.LOAD_NAME(f, info.code.names[oparg]);
            break;
          case 90: // STORE_NAME
            f.locals!.setStr(info.code.names[oparg], s[--sp]);
            break;
          case 91: // DELETE_NAME
            this.DELETE_NAME(f, info.code.names[oparg]);
            break;
          case 97: // STORE_GLOBAL
            f.globals.setStr(info.code.names[oparg], s[--sp]);
            break;
          case 98: { // DELETE_GLOBAL
            const name = info.code.names[oparg];
            if (!f.globals.delete(name)) throw nameError(`name '${name}' is not defined`, name);
            break;
          }
          case 126: // DELETE_FAST
            if (s[oparg] === undefined) unboundLocal(info, oparg);
            s[oparg] = undefined;
            break;
          case 135: // MAKE_CELL
            s[oparg] = new PyCell(s[oparg]);
            break;
          case 149: { // COPY_FREE_VARS
            const closure = f.fn!.closure!;
            const first = info.nlocalsplus - oparg;
            for (let i = 0; i < oparg; i++) s[first + i] = closure[i];
            break;
          }
          case 136: // LOAD_CLOSURE
            s[sp++] = s[oparg];
            break;
          case 137: { // LOAD_DEREF
            const v = (s[oparg] as PyCell).v;
            if (v === undefined) unboundDeref(info, oparg);
            s[sp++] = v;
            break;
          }
          case 148: // LOAD_CLASSDEREF
            s[sp++] = this.LOAD_CLASSDEREF(f, oparg);
            break;
          case 138: // STORE_DEREF
            (s[oparg] as PyCell).v = s[--sp];
            break;
          case 139: { // DELETE_DEREF
            const cell = s[oparg] as PyCell;
            if (cell.v === undefined) unboundDeref(info, oparg);
            cell.v = undefined;
            break;
          }
          case 132: // MAKE_FUNCTION
            sp = this.MAKE_FUNCTION(f, s, sp, oparg);
            break;
          case 10: // UNARY_POSITIVE
            s[sp - 1] = unaryPositive(s[sp - 1]);
            break;
          case 11: { // UNARY_NEGATIVE
            const v = s[sp - 1];
            s[sp - 1] = typeof v === 'number' && v !== 0 ? -v : unaryNegative(v);
            break;
          }
          case 12: // UNARY_NOT
            s[sp - 1] = !pyTruthy(s[sp - 1]);
            break;
          case 15: // UNARY_INVERT
            s[sp - 1] = unaryInvert(s[sp - 1]);
            break;
          case 117: { // IS_OP
            const b = s[--sp];
            s[sp - 1] = (s[sp - 1] === b) !== (oparg === 1);
            break;
          }
          case 118: { // CONTAINS_OP
            const container = s[--sp];
            s[sp - 1] = pyContains(container, s[sp - 1]) !== (oparg === 1);
            break;
          }
          case 102: { // BUILD_TUPLE
            sp -= oparg;
            s[sp] = new PyTuple(s.slice(sp, sp + oparg));
            sp++;
            break;
          }
          case 103: { // BUILD_LIST
            sp -= oparg;
            s[sp] = new PyList(s.slice(sp, sp + oparg));
            sp++;
            break;
          }
          case 105: // BUILD_MAP
            sp = BUILD_MAP(s, sp, oparg);
            break;
          case 156: // BUILD_CONST_KEY_MAP
            sp = BUILD_CONST_KEY_MAP(s, sp, oparg);
            break;
          case 162: { // LIST_EXTEND
            const seq = s[--sp];
            LIST_EXTEND(this, s[sp - oparg] as PyList, seq);
            break;
          }
          case 145: { // LIST_APPEND
            const v = s[--sp];
            (s[sp - oparg] as PyList).items.push(v);
            break;
          }
          case 164: { // DICT_MERGE
            const update = s[--sp];
            DICT_MERGE(s[sp - oparg] as PyDict, update, s[sp - oparg - 2], true);
            break;
          }
          case 165: { // DICT_UPDATE
            const update = s[--sp];
            DICT_MERGE(s[sp - oparg] as PyDict, update, undefined, false);
            break;
          }
          case 147: { // MAP_ADD
            const value = s[--sp];
            const key = s[--sp];
            (s[sp - oparg] as PyDict).set(key, value);
            break;
          }
          case 104: { // BUILD_SET
            sp -= oparg;
            s[sp] = new PySet(s.slice(sp, sp + oparg));
            sp++;
            break;
          }
          case 146: { // SET_ADD
            const v = s[--sp];
            (s[sp - oparg] as PySet).add(v);
            break;
          }
          case 163: { // SET_UPDATE
            const it = s[--sp];
            (s[sp - oparg] as PySet).update(it);
            break;
          }
          case 94: // UNPACK_EX
            sp = this.UNPACK_EX(s, sp, oparg);
            break;
          case 85: // SETUP_ANNOTATIONS
            if (f.locals!.getStr('__annotations__') === undefined) f.locals!.setStr('__annotations__', new PyDict());
            break;
          case 53: { // BEFORE_WITH
            const mgr = s[sp - 1];
            const enter = specialMethod(mgr, '__enter__');
            const exit = specialMethod(mgr, '__exit__');
            if (enter === undefined || exit === undefined) {
              raise('TypeError', `'${typeOf(mgr).name}' object does not support the context manager protocol`);
            }
            s[sp - 1] = new PyMethod(exit, mgr);
            s[sp++] = this.call(enter, [mgr]);
            break;
          }
          case 49: { // WITH_EXCEPT_START
            const exc = s[sp - 1];
            s[sp] = this.call(s[sp - 4], [typeOf(exc), exc, null]);
            sp++;
            break;
          }
          case 82: // LIST_TO_TUPLE
            s[sp - 1] = new PyTuple((s[sp - 1] as PyList).items.slice());
            break;
          case 25: { // BINARY_SUBSCR
            const key = s[--sp];
            s[sp - 1] = getItem(s[sp - 1], key);
            break;
          }
          case 60: { // STORE_SUBSCR
            const key = s[--sp];
            const container = s[--sp];
            setItem(container, key, s[--sp]);
            break;
          }
          case 61: { // DELETE_SUBSCR
            const key = s[--sp];
            deleteItem(s[--sp], key);
            break;
          }
          case 106: // LOAD_ATTR
            s[sp - 1] = getAttr(s[sp - 1], info.code.names[oparg]);
            break;
          case 160: { // LOAD_METHOD
            const obj = s[sp - 1];
            const name = info.code.names[oparg];
            const method = methodOf(obj, name);
            if (method !== undefined) {
              // [function, self]: CALL passes self as the first argument, no bound method made.
              s[sp - 1] = method;
              s[sp++] = obj;
            } else {
              s[sp - 1] = undefined;
              s[sp++] = getAttr(obj, name);
            }
            break;
          }
          case 68: // GET_ITER
            s[sp - 1] = getIter(s[sp - 1]);
            break;
          case 93: { // FOR_ITER
            const it = s[sp - 1];
            if (it instanceof PyGenerator && it.canResumeInline()) {
              f.sp = sp;
              f.ip = ip;
              f.lasti = lasti;
              return this.resumeInline(it, null, f);
            }
            const v = iterNext(this, it);
            if (v === undefined) {
              s[--sp] = undefined;
              ip += oparg;
            } else {
              s[sp++] = v;
            }
            break;
          }
          case 92: // UNPACK_SEQUENCE
            sp = this.UNPACK_SEQUENCE(s, sp, oparg);
            break;
          case 157: { // BUILD_STRING
            sp -= oparg;
            let out = '';
            for (let i = 0; i < oparg; i++) out += s[sp + i];
            s[sp++] = out;
            break;
          }
          case 155: { // FORMAT_VALUE
            const spec = oparg & 4 ? s[--sp] : '';
            s[sp - 1] = formatValue(s[sp - 1], oparg & 3, spec);
            break;
          }
          case 108: { // IMPORT_NAME
            s[--sp] = undefined; // the fromlist: only whole builtin modules are importable
            s[sp - 1] = this.IMPORT_NAME(info.code.names[oparg], s[sp - 1]);
            break;
          }
          case 109: // IMPORT_FROM
            s[sp] = IMPORT_FROM(s[sp - 1], info.code.names[oparg]);
            sp++;
            break;
          case 95: { // STORE_ATTR
            const owner = s[--sp];
            setAttr(owner, info.code.names[oparg], s[--sp]);
            break;
          }
          case 96: // DELETE_ATTR
            deleteAttr(s[--sp], info.code.names[oparg]);
            break;
          case 71: { // LOAD_BUILD_CLASS
            const bc = f.builtins.getStr('__build_class__');
            if (bc === undefined) raise('NameError', '__build_class__ not found');
            s[sp++] = bc;
            break;
          }
          case 133: { // BUILD_SLICE
            const step = oparg === 3 ? s[--sp] : null;
            const stop = s[--sp];
            s[sp - 1] = new PySlice(s[sp - 1], stop, step);
            break;
          }
          case 30: // GET_LEN
            s[sp] = this.call(this.builtins.getStr('len'), [s[sp - 1]]);
            sp++;
            break;
          case 31: // MATCH_MAPPING
            s[sp] = s[sp - 1] instanceof PyDict;
            sp++;
            break;
          case 32: { // MATCH_SEQUENCE
            const v = s[sp - 1];
            s[sp++] = v instanceof PyList || v instanceof PyTuple || v instanceof PyRange;
            break;
          }
          case 33: // MATCH_KEYS
            s[sp] = MATCH_KEYS(s[sp - 2], s[sp - 1] as PyTuple);
            sp++;
            break;
          case 152: { // MATCH_CLASS
            const names = s[--sp] as PyTuple;
            const cls = s[--sp];
            s[sp - 1] = MATCH_CLASS(s[sp - 1], cls, oparg, names.items as string[]);
            break;
          }
          case 70: { // PRINT_EXPR (interactive mode: sys.displayhook)
            const v = s[--sp];
            if (v !== null) {
              f.builtins.setStr('_', v);
              this.call(f.builtins.getStr('print'), [pyRepr(v)]);
            }
            break;
          }
          case 84: { // IMPORT_STAR
            const module = s[--sp];
            if (module instanceof PyModule) {
              for (const e of module.dict.entries()) {
                if (typeof e.key === 'string' && !e.key.startsWith('_')) f.locals!.setStr(e.key, e.value);
              }
            }
            break;
          }
          case 74: // LOAD_ASSERTION_ERROR
            s[sp++] = exceptionType('AssertionError');
            break;
          case 130: // RAISE_VARARGS
            this.RAISE_VARARGS(s, sp, oparg);
            break;
          case 35: { // PUSH_EXC_INFO
            const exc = s[sp - 1];
            s[sp - 1] = this.excInfo ?? null;
            s[sp++] = exc;
            this.excInfo = exc as PyBaseException;
            break;
          }
          case 89: // POP_EXCEPT
            this.excInfo = s[--sp] ?? null;
            break;
          case 36: { // CHECK_EXC_MATCH
            const match = s[sp - 1];
            s[sp - 1] = excMatches(s[sp - 2], match);
            break;
          }
          case 119: // RERAISE (its oparg restores f_lasti, which only tracing would see)
            throw new Reraise(s[--sp] as PyBaseException);
          default:
            throw new InternalError(
              `opcode ${opname[word & 255]} (${word & 255}) at offset ${2 * lasti} in ${info.code.qualname} is not supported`,
            );
        }
      }
    } catch (e) {
      if (e instanceof RaiseInFrame) return this.unwind(e.exc, e.frame, e.frame.sp, e.frame.lasti, entry);
      return this.unwind(e, f, sp, lasti, entry);
    }
  }

  /**
   * Exception unwinding (3.11's exception table): the innermost handler of the
   * failing frame, else pop frames until one has a handler; returns the frame to
   * resume, or throws the exception out of `entry`.
   */
  private unwind(e: unknown, f: Frame, sp: number, lasti: number, entry: Frame): Frame {
    let exc: PyBaseException;
    let addTraceback = true;
    if (e instanceof Reraise) {
      exc = e.exc;
      addTraceback = false;
    } else {
      exc = this.toException(e);
      if (this.excInfo && exc !== this.excInfo && exc.context === null) exc.context = this.excInfo;
    }
    for (;;) {
      if (addTraceback && exc.tb.length === 0) recordScope(exc, f);
      if (addTraceback) exc.tb.push({ code: f.info.code, lasti });
      addTraceback = true;
      const h = f.info.findHandler(lasti);
      const s = f.s;
      if (h !== null) {
        const stackBase = f.info.nlocalsplus + h.depth;
        for (let i = stackBase; i < sp; i++) s[i] = undefined;
        sp = stackBase;
        if (h.lasti) s[sp++] = lasti;
        s[sp++] = exc;
        f.sp = sp;
        f.ip = h.target;
        return f;
      }
      for (let i = f.info.nlocalsplus; i < sp; i++) s[i] = undefined;
      this.depth -= f.initSelf === undefined ? 1 : 2;
      if (f.gen !== null) {
        // An exception ends the generator; a StopIteration escaping it becomes a RuntimeError (PEP 479).
        f.gen.finished = true;
        f.gen.running = false;
        f.gen.leave(false);
        if (exc.type.isSubtypeOf(exceptionType('StopIteration'))) {
          const wrapped = newException('RuntimeError', 'generator raised StopIteration');
          wrapped.cause = exc;
          wrapped.context = exc;
          wrapped.suppressContext = true;
          exc = wrapped;
        }
      }
      if (f === entry) throw exc;
      f = f.back!;
      sp = f.sp;
      lasti = f.lasti;
    }
  }

  /**
   * Resumes a generator as a frame of this loop (FOR_ITER, SEND), so chains of
   * generators need no JS recursion. The caller's state must already be saved.
   */
  private resumeInline(gen: PyGenerator, value: PyValue, caller: Frame): Frame {
    if (this.depth >= this.recursionLimit) raise('RecursionError', 'maximum recursion depth exceeded');
    const gf = gen.frame;
    gf.s[gf.sp++] = value;
    gf.back = caller;
    gen.running = true;
    gen.started = true;
    gen.enter();
    this.depth++;
    return gf;
  }

  /** RETURN_VALUE of an inline-resumed generator: finishes the FOR_ITER or SEND that resumed it. */
  private generatorReturned(f: Frame, rv: PyValue): Frame {
    const gen = f.gen!;
    gen.finished = true;
    gen.running = false;
    gen.returned = rv;
    const caller = f.back!;
    f.back = null;
    const at = caller.lasti;
    const jump = caller.info.args[at];
    if ((caller.info.ops[at] & 255) === 93) {
      // FOR_ITER: exhausted; pop the iterator and leave the loop.
      caller.s[--caller.sp] = undefined;
    } else {
      // SEND: the return value replaces the receiver.
      caller.s[caller.sp - 1] = rv;
    }
    caller.ip += jump;
    return caller;
  }

  /** The frame that made the current call to a builtin (zero-argument super() reads it). */
  callerFrame: Frame | null = null;

  /** Calls a non-Python callable with arguments taken from the value stack. */
  private callNonPython(callable: PyValue, s: PyValue[], base: number, nargs: number, kw: string[] | null): PyValue {
    const argv = s.slice(base, base + nargs);
    if (callable instanceof PyBuiltinFunction) return callable.call(argv, kw);
    return this.call(callable, argv, kw);
  }

  /** Flattens CALL_FUNCTION_EX's argument tuple and keyword dict. */
  private spreadArguments(callable: PyValue, callargs: PyValue, kwargs: PyValue): [PyValue[], string[] | null] {
    let argv: PyValue[];
    if (callargs instanceof PyTuple || callargs instanceof PyList) argv = callargs.items.slice();
    else {
      argv = [];
      const it = getIter(callargs);
      for (let v = iterNext(this, it); v !== undefined; v = iterNext(this, it)) argv.push(v);
    }
    if (kwargs === null || (kwargs as PyDict).size === 0) return [argv, null];
    const names: string[] = [];
    for (const e of (kwargs as PyDict).entries()) {
      if (typeof e.key !== 'string') raise('TypeError', `${calleeName(callable)} keywords must be strings`);
      names.push(e.key);
      argv.push(e.value);
    }
    return [argv, names];
  }

  private IMPORT_NAME(name: string, level: PyValue): PyValue {
    const m = level === 0 ? this.modules.get(name) : undefined;
    if (m === undefined) {
      throw new PyBaseException(exceptionType('ModuleNotFoundError'), [`No module named '${name}'`]);
    }
    return m;
  }

  private LOAD_NAME(f: Frame, name: string): PyValue {
    let v = f.locals!.getStr(name);
    if (v !== undefined) return v;
    v = f.globals.getStr(name);
    if (v !== undefined) return v;
    v = f.builtins.getStr(name);
    if (v !== undefined) return v;
    throw nameError(`name '${name}' is not defined`, name);
  }

  private DELETE_NAME(f: Frame, name: string): void {
    if (!f.locals!.delete(name)) throw nameError(`name '${name}' is not defined`, name);
  }

  private LOAD_CLASSDEREF(f: Frame, i: number): PyValue {
    const name = f.info.code.localsplusnames[i];
    const v = f.locals?.getStr(name);
    if (v !== undefined) return v;
    const cv = (f.s[i] as PyCell).v;
    if (cv === undefined) unboundDeref(f.info, i);
    return cv;
  }

  private MAKE_FUNCTION(f: Frame, s: PyValue[], sp: number, flags: number): number {
    const code = (s[--sp] as PyCode).code;
    const fn = new PyFunction(code, f.globals, f.builtins, codeInfo(code));
    if (flags & 0x08) fn.closure = (s[--sp] as PyTuple).items as PyCell[];
    if (flags & 0x04) fn.annotations = s[--sp];
    if (flags & 0x02) fn.kwdefaults = s[--sp] as PyDict;
    if (flags & 0x01) fn.defaults = (s[--sp] as PyTuple).items;
    for (let i = sp; i < sp + 4; i++) s[i] = undefined;
    s[sp++] = fn;
    return sp;
  }

  private UNPACK_SEQUENCE(s: PyValue[], sp: number, n: number): number {
    const seq = s[--sp];
    let items: PyValue[];
    if (seq instanceof PyTuple || seq instanceof PyList) items = seq.items;
    else {
      items = [];
      const it = getIter(seq);
      for (let v = iterNext(this, it); v !== undefined; v = iterNext(this, it)) {
        items.push(v);
        if (items.length > n) break;
      }
    }
    if (items.length !== n) {
      if (items.length < n) {
        raise('ValueError', `not enough values to unpack (expected ${n}, got ${items.length})`);
      }
      // 3.11 never reports the length here (3.12 added ", got N" for tuples and lists).
      raise('ValueError', `too many values to unpack (expected ${n})`);
    }
    for (let i = n - 1; i >= 0; i--) s[sp++] = items[i];
    return sp;
  }

  private UNPACK_EX(s: PyValue[], sp: number, oparg: number): number {
    const before = oparg & 0xff;
    const after = oparg >> 8;
    const items = [...iterateValues(this, s[--sp])];
    if (items.length < before + after) {
      raise('ValueError', `not enough values to unpack (expected at least ${before + after}, got ${items.length})`);
    }
    for (let i = items.length - 1; i >= items.length - after; i--) s[sp++] = items[i];
    s[sp++] = new PyList(items.slice(before, items.length - after));
    for (let i = before - 1; i >= 0; i--) s[sp++] = items[i];
    return sp;
  }

  private RAISE_VARARGS(s: PyValue[], sp: number, argc: number): never {
    if (argc === 0) {
      if (this.excInfo === null) raise('RuntimeError', 'No active exception to reraise');
      throw new Reraise(this.excInfo);
    }
    let cause: PyValue = undefined;
    if (argc === 2) cause = s[--sp];
    const exc = this.makeException(s[--sp], 'exceptions must derive from BaseException');
    if (cause !== undefined) {
      exc.cause = cause === null ? null : this.makeException(cause, 'exception causes must derive from BaseException');
      exc.suppressContext = true;
    }
    throw exc;
  }

  /** An exception instance from `raise X`'s operand (a class is instantiated). */
  private makeException(v: PyValue, message: string): PyBaseException {
    if (v instanceof PyBaseException) return v;
    if (isExceptionType(v)) {
      const e = this.call(v, []);
      if (e instanceof PyBaseException) return e;
    }
    raise('TypeError', message);
  }
}

/** An exception that belongs to another frame than the running one (a class call's caller, after __init__ returned). */
class RaiseInFrame {
  constructor(
    readonly exc: PyBaseException,
    readonly frame: Frame,
  ) {}
}

/** RERAISE / bare `raise`: rethrows without adding a traceback entry for the current frame. */
class Reraise {
  constructor(readonly exc: PyBaseException) {}
}

/** LOAD_GLOBAL's lookup, filling the instruction's cache. */
function LOAD_GLOBAL(f: Frame, lasti: number, nameIndex: number): PyValue {
  const name = f.info.code.names[nameIndex];
  const entry = f.globals.entryStr(name) ?? f.builtins.entryStr(name);
  if (entry === undefined) throw nameError(`name '${name}' is not defined`, name);
  f.info.globalCache[lasti] = { epoch: namespaceEpoch, globals: f.globals, entry };
  return entry.value;
}

/** Remembers the names visible in the raising frame (NameError suggestions read them when printed). */
function recordScope(exc: PyBaseException, f: Frame): void {
  if (exc.name === null) return;
  const { globals, builtins } = f;
  exc.scope = { varnames: f.info.code.varnames, globals: () => globals.keys(), builtins: () => builtins.keys() };
}

/** A special method looked up on the type (as CPython's _PyObject_LookupSpecial). */
function specialMethod(obj: PyValue, name: string): PyValue {
  return typeOf(obj).lookup(name);
}

/** Iterates any iterable from the interpreter. */
function* iterateValues(interp: Interpreter, v: PyValue): Generator<PyValue> {
  if (v instanceof PyList || v instanceof PyTuple) {
    yield* v.items;
    return;
  }
  const it = getIter(v);
  for (let x = iterNext(interp, it); x !== undefined; x = iterNext(interp, it)) yield x;
}

function calleeName(f: PyValue): string {
  if (f instanceof PyFunction) return `${f.qualname}()`;
  if (f instanceof PyBuiltinFunction) return `${f.name}()`;
  return `${typeOf(f).name} object`;
}

function IMPORT_FROM(module: PyValue, name: string): PyValue {
  if (module instanceof PyModule) {
    const v = module.dict.getStr(name);
    if (v !== undefined) return v;
    throw new PyBaseException(exceptionType('ImportError'), [
      `cannot import name '${name}' from '${module.name}' (unknown location)`,
    ]);
  }
  return getAttr(module, name);
}

function excMatches(exc: PyValue, match: PyValue): boolean {
  const types = match instanceof PyTuple ? match.items : [match];
  for (const t of types) {
    if (!isExceptionType(t)) {
      raise('TypeError', 'catching classes that do not inherit from BaseException is not allowed');
    }
  }
  const et = typeOf(exc);
  return types.some((t: PyType) => et.isSubtypeOf(t));
}

function unboundLocal(info: CodeInfo, i: number): never {
  raise(
    'UnboundLocalError',
    `cannot access local variable '${info.code.localsplusnames[i]}' where it is not associated with a value`,
  );
}

function unboundDeref(info: CodeInfo, i: number): never {
  const name = info.code.localsplusnames[i];
  if (i >= info.nlocalsplus - info.code.freevars.length && (info.code.localspluskinds[i] & 0x80) !== 0) {
    throw nameError(
      `cannot access free variable '${name}' where it is not associated with a value in enclosing scope`,
      name,
    );
  }
  unboundLocal(info, i);
}

/** BINARY_OP on two safe integers; undefined when the result needs the general path. */
function smallIntBinary(op: number, a: number, b: number): PyValue {
  let r: number;
  switch (op) {
    case 0: /* NB_ADD */
    case 13:
      r = a + b;
      break;
    case 10: /* NB_SUBTRACT */
    case 23:
      r = a - b;
      break;
    case 5: /* NB_MULTIPLY */
    case 18:
      r = a * b;
      break;
    case 6: /* NB_REMAINDER */
    case 19:
      if (b === 0) return undefined;
      r = a % b;
      if (r !== 0 && r < 0 !== b < 0) r += b;
      return r;
    case 2: /* NB_FLOOR_DIVIDE */
    case 15:
      if (b === 0) return undefined;
      // Exact for |a| < 2**53: the rounding error of a / b stays below 1/|b|.
      return Math.floor(a / b);
    case 1: /* NB_AND */
    case 14:
      if ((a | 0) !== a || (b | 0) !== b) return undefined;
      return a & b;
    case 7: /* NB_OR */
    case 20:
      if ((a | 0) !== a || (b | 0) !== b) return undefined;
      return a | b;
    case 12: /* NB_XOR */
    case 25:
      if ((a | 0) !== a || (b | 0) !== b) return undefined;
      return a ^ b;
    case 9: /* NB_RSHIFT */
    case 22:
      if ((a | 0) !== a || b < 0 || b > 31) return undefined;
      return a >> b;
    default:
      return undefined;
  }
  // + - * of safe integers give integers; only the range needs checking.
  return r <= 9007199254740991 && r >= -9007199254740991 ? r : undefined;
}

/** The float BINARY_OPs that need no error checks. */
function floatBinaryFast(op: number, a: number, b: number): PyValue {
  switch (op) {
    case 0: /* NB_ADD */
    case 13:
      return new PyFloat(a + b);
    case 10: /* NB_SUBTRACT */
    case 23:
      return new PyFloat(a - b);
    case 5: /* NB_MULTIPLY */
    case 18:
      return new PyFloat(a * b);
    case 11: /* NB_TRUE_DIVIDE */
    case 24:
      return b === 0 ? undefined : new PyFloat(a / b);
    default:
      return undefined;
  }
}

/** COMPARE_OP's result as a JS boolean, for the fused compare-and-branch. */
function compareForBranch(op: number, a: PyValue, b: PyValue): boolean {
  if (typeof a === 'number' && typeof b === 'number') return compareNumbers(op, a, b);
  if (a instanceof PyFloat && (b instanceof PyFloat || typeof b === 'number')) {
    return compareNumbers(op, a.v, typeof b === 'number' ? b : b.v);
  }
  const r = richCompare(op, a, b);
  return r === true || (r !== false && pyTruthy(r));
}

function compareNumbers(op: number, a: number, b: number): boolean {
  switch (op) {
    case 0:
      return a < b;
    case 1:
      return a <= b;
    case 2:
      return a === b;
    case 3:
      return a !== b;
    case 4:
      return a > b;
    default:
      return a >= b;
  }
}

function BUILD_MAP(s: PyValue[], sp: number, n: number): number {
  const d = new PyDict();
  sp -= 2 * n;
  for (let i = 0; i < n; i++) d.set(s[sp + 2 * i], s[sp + 2 * i + 1]);
  for (let i = sp; i < sp + 2 * n; i++) s[i] = undefined;
  s[sp++] = d;
  return sp;
}

function BUILD_CONST_KEY_MAP(s: PyValue[], sp: number, n: number): number {
  const keys = (s[--sp] as PyTuple).items;
  const d = new PyDict();
  sp -= n;
  for (let i = 0; i < n; i++) d.set(keys[i], s[sp + i]);
  s[sp++] = d;
  return sp;
}

/** DICT_MERGE (** in a call: duplicates are errors) and DICT_UPDATE ({**m}). */
function DICT_MERGE(target: PyDict, update: PyValue, callee: PyValue, forCall: boolean): void {
  if (!(update instanceof PyDict)) {
    if (forCall) {
      raise('TypeError', `${calleeName(callee)} argument after ** must be a mapping, not ${typeOf(update).name}`);
    }
    raise('TypeError', `'${typeOf(update).name}' object is not a mapping`);
  }
  for (const e of update.entries()) {
    if (forCall && target.has(e.key)) {
      if (typeof e.key !== 'string') raise('TypeError', `${calleeName(callee)} keywords must be strings`);
      raise('TypeError', `${calleeName(callee)} got multiple values for keyword argument '${e.key}'`);
    }
    target.set(e.key, e.value);
  }
}

/** The subject's values for the keys (a tuple), or None if one is missing. */
function MATCH_KEYS(subject: PyValue, keys: PyTuple): PyValue {
  const d = subject as PyDict;
  const values: PyValue[] = [];
  for (const k of keys.items) {
    const v = d.get(k);
    if (v === undefined) return null;
    values.push(v);
  }
  return new PyTuple(values);
}

// Builtin types whose single positional sub-pattern matches the subject itself (PEP 634).
const SELF_MATCHING = ['bool', 'bytearray', 'bytes', 'dict', 'float', 'frozenset', 'int', 'list', 'set', 'str', 'tuple'];

/** The attributes a class pattern extracts from the subject, or None when it does not match. */
function MATCH_CLASS(subject: PyValue, cls: PyValue, npos: number, names: string[]): PyValue {
  if (!(cls instanceof PyType)) raise('TypeError', 'called match pattern must be a type');
  if (!typeOf(subject).isSubtypeOf(cls)) return null;
  const attrs: PyValue[] = [];
  const seen = new Set<string>();
  const attr = (name: string): PyValue => {
    try {
      return getAttr(subject, name);
    } catch (e) {
      if (e instanceof PyBaseException && e.type.isSubtypeOf(exceptionType('AttributeError'))) return undefined;
      if (e instanceof PyRaise && e.typeName === 'AttributeError') return undefined;
      throw e;
    }
  };
  if (npos > 0) {
    const matchArgs = cls.lookup('__match_args__');
    if (matchArgs === undefined) {
      if (!SELF_MATCHING.includes(cls.name) || cls.heap) {
        raise('TypeError', `${cls.name}() accepts 0 positional sub-patterns (${npos} given)`);
      }
      if (npos > 1) raise('TypeError', `${cls.name}() accepts 1 positional sub-pattern (${npos} given)`);
      attrs.push(subject);
    } else {
      if (!(matchArgs instanceof PyTuple)) raise('TypeError', `${cls.name}.__match_args__ must be a tuple (got ${typeOf(matchArgs).name})`);
      if (npos > matchArgs.items.length) {
        const n = matchArgs.items.length;
        raise('TypeError', `${cls.name}() accepts ${n} positional sub-pattern${n === 1 ? '' : 's'} (${npos} given)`);
      }
      for (let i = 0; i < npos; i++) {
        const name = matchArgs.items[i] as string;
        seen.add(name);
        const v = attr(name);
        if (v === undefined) return null;
        attrs.push(v);
      }
    }
  }
  for (const name of names) {
    if (seen.has(name)) raise('TypeError', `${cls.name}() got multiple sub-patterns for attribute '${name}'`);
    seen.add(name);
    const v = attr(name);
    if (v === undefined) return null;
    attrs.push(v);
  }
  return new PyTuple(attrs);
}

function LIST_EXTEND(interp: Interpreter, list: PyList, seq: PyValue): void {
  if (seq instanceof PyList || seq instanceof PyTuple) {
    for (const v of seq.items) list.items.push(v);
    return;
  }
  const it = getIter(seq);
  for (let v = iterNext(interp, it); v !== undefined; v = iterNext(interp, it)) list.items.push(v);
}
