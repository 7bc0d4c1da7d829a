// The bytecode interpreter: one loop switching on numeric opcodes. A call to a
// Python function pushes a Frame and continues in the same loop; RETURN_VALUE
// pops it, so Python recursion never consumes the JS stack. Everything that is
// not a Python function is called through its type's tp_call (the one call
// path), with the calling frame as the interpreter's currentFrame.
//
// Case labels are literal opcode numbers (named in comments) rather than the
// imported constants: V8 only builds a jump table for literal cases.
// test/opcodes.test.ts checks every literal against @pyc-ts/bytecode.

import { CodeObject, CO_COROUTINE, CO_ASYNC_GENERATOR, CO_FAST_FREE, CO_ITERABLE_COROUTINE } from '@pyc-ts/bytecode';
import { PyFloat, PyObject, floatType, listType, typeOf, type PyType, type PyValue } from '../objects/object.js';
import { InternalError, PyBaseException, newException, raise } from '../objects/errors.js';
import { enterInterpreter, restoreInterpreter } from '../objects/state.js';
import * as abs from '../objects/abstract.js';
import { PyDict, namespaceEpoch } from '../builtins/dict.js';
import { PyTuple } from '../builtins/tuple.js';
import { PyList } from '../builtins/list.js';
import { PyCell } from '../builtins/cell.js';
import { PyFunction } from '../builtins/function.js';
import { PyMethod } from '../builtins/method.js';
import { PyGenerator, generatorType, coroutineType, asyncGeneratorType } from '../builtins/generator.js';
import { PyTraceback } from '../builtins/traceback.js';
import { typeCall } from '../builtins/type.js';
import { objectNew } from '../builtins/object.js';
import { codeInfo, type CodeInfo } from './codeinfo.js';
import { Frame } from './frame.js';
import { bindArguments } from './bind.js';
import * as ops from './ops.js';
import { runColdOp } from './cold_ops.js';
import { instanceDict, loadAttr, methodFor, storeAttr } from './attr_cache.js';
import type { Host } from './host.js';
import { formatException } from './report.js';
import { StepBudget, StepLimitExceeded } from './steps.js';
import { PyHostStream } from '../builtins/hoststream.js';
import { PyModule } from '../builtins/module.js';
import { newAnextAwaitable } from '../builtins/anext_awaitable.js';
import { createNativeModule } from '../modules/registry.js';

export const DEFAULT_RECURSION_LIMIT = 1000;
/** The default limit on one allocation, in items (list elements, characters, bytes). */
// 2**26: a list grown one item at a time must stay well below V8's largest array (~112M elements past
// which V8 aborts the process instead of throwing), and so must lists made from a str or bytes.
export const DEFAULT_MAX_ALLOCATION = 1 << 26;
/** The share of the host's heap limit past which allocations raise MemoryError. */
const HEAP_FULL = 0.85;

/** An exception raised while another frame than the running one was current (after __init__ returned, ...). */
class RaiseInFrame {
  constructor(
    readonly exc: PyBaseException,
    readonly frame: Frame,
  ) {}
}


export class Interpreter {
  /** Python frames currently executing, plus native recursion levels (CPython's recursion depth). */
  depth = 0;
  recursionLimit = DEFAULT_RECURSION_LIMIT;
  /**
   * The largest list, str, bytes or int (in items) one allocation may make before MemoryError; also how far
   * a list may grow. Hosts may raise it, but past ~2**26 V8 may abort the process: see DEFAULT_MAX_ALLOCATION.
   */
  maxAllocation: number;
  /** The frame running now: builtins see their caller here (locals(), super(), sys._getframe()). */
  currentFrame: Frame | null = null;
  /** The exception being handled (sys.exc_info()), set by PUSH_EXC_INFO. */
  excInfo: PyBaseException | null = null;
  /** sys.modules. */
  readonly modules = new PyDict();
  /** The builtins module's dict. */
  readonly builtins: PyDict;
  readonly sysModule: PyModule;
  /** The warnings module's warn function, once that module is loaded; until then the runtime's own. */
  warningsHook: PyValue = null;
  /** Warnings already shown (the "default" action's once-per-location registry). */
  readonly warningsShown = new Set<string>();
  /** sys.set_int_max_str_digits. */
  intMaxStrDigits = 4300;
  /** sys.setswitchinterval (kept for programs that read it back). */
  switchInterval = 0.005;
  /** sys.setdlopenflags (kept for programs that read it back: nothing is loaded dynamically). */
  dlopenFlags = 2;
  /** The one thread's identifier, as sys._current_frames() and _thread.get_ident() give it. */
  readonly threadId = 1;
  /** sys.settrace / sys.setprofile functions (not called yet: the tracing tier will). */
  traceFunction: PyValue = null;
  profileFunction: PyValue = null;
  /** sys.set_asyncgen_hooks. */
  asyncgenFirstiter: PyValue = null;
  asyncgenFinalizer: PyValue = null;
  /** codecs.register_error's registry, with the built-in handlers once first used (builtins/str_codecs.ts). */
  codecErrorHandlers: Map<string, PyValue> | null = null;
  private readonly streams: [PyHostStream, PyHostStream, PyHostStream];
  /** Steps left in the chunk the step budget last gave (steps.ts): counted down at backward jumps and frame switches. */
  private steps = 0;
  private readonly budget: StepBudget;

  constructor(readonly host: Host) {
    this.maxAllocation = host.maxAllocation ?? DEFAULT_MAX_ALLOCATION;
    this.budget = new StepBudget(host.stepLimit ?? Infinity, host.heapUsage !== undefined);
    this.streams = [
      new PyHostStream('<stdin>', 'r', 0, null, host.readline ?? (() => null)),
      new PyHostStream('<stdout>', 'w', 1, (s) => host.stdout(s), null),
      new PyHostStream('<stderr>', 'w', 2, (s) => host.stderr(s), null),
    ];
    this.modules.namespace = true;
    const builtinsModule = createNativeModule(this, 'builtins')!;
    this.builtins = builtinsModule.dict;
    this.modules.setStr('builtins', builtinsModule);
    this.sysModule = createNativeModule(this, 'sys')!;
    this.modules.setStr('sys', this.sysModule);
  }

  /** The streams sys.stdin, sys.stdout and sys.stderr start as. */
  standardStreams(): [PyHostStream, PyHostStream, PyHostStream] {
    return this.streams;
  }

  /** The host write function of sys.stdout or sys.stderr when `file` is one of them, for print's fast path. */
  directWriter(file: PyValue): ((s: string) => void) | null {
    if (file instanceof PyHostStream && !file.closed && file.writeText !== null && file.type === this.streams[1].type) return file.writeText;
    return null;
  }

  /** Flushes sys.stdout and sys.stderr, as the interpreter does before it exits. */
  flushStandardStreams(): void {
    for (const name of ['stdout', 'stderr']) {
      try {
        const f = abs.getAttrOrUndefined(this.sysModule, name);
        if (f !== undefined && f !== null && !(f instanceof PyHostStream)) {
          const flush = abs.getAttrOrUndefined(f, 'flush');
          if (flush !== undefined) abs.call0(flush);
        }
      } catch {
        // As at CPython's exit, a failing flush is not reported.
      }
    }
  }

  /** A fresh module namespace with the attributes CPython's __main__ starts with. */
  newModuleNamespace(name: string): PyDict {
    const g = new PyDict();
    g.namespace = true;
    g.setStr('__name__', name);
    g.setStr('__doc__', null);
    g.setStr('__package__', null);
    g.setStr('__loader__', null);
    g.setStr('__spec__', null);
    g.setStr('__annotations__', new PyDict());
    g.setStr('__builtins__', this.modules.getStr('builtins'));
    return g;
  }

  /** The text CPython prints for an uncaught exception. */
  formatException(exc: PyBaseException): string {
    return this.enter(() => formatException(exc, (filename) => this.host.source?.(filename)));
  }

  /** Prints an exception with its traceback to sys.stderr (sys.excepthook's default, PyErr_Display). */
  printException(exc: PyValue): void {
    if (!(exc instanceof PyBaseException)) {
      this.writeStderr(`TypeError: print_exception(): Exception expected for value, ${typeOf(exc).name} found\n`);
      return;
    }
    this.writeStderr(this.formatException(exc));
  }

  /** compile(..., PyCF_ONLY_AST) and compiling AST objects need the ast module's node types. */
  compileAst(_source: PyValue, _filename: string, _mode: string, _flags: number, _optimize: number): PyValue {
    raise('NotImplementedError', 'compile() to or from an AST needs the ast module, which this VM does not have yet');
  }

  /** anext(aiterator, default): an awaitable giving the next item or the default. */
  anextAwaitable(awaitable: PyValue, dflt: PyValue): PyValue {
    return newAnextAwaitable(awaitable, dflt);
  }

  /** Runs host-side work that may run Python code, with this interpreter current. */
  enter<T>(work: () => T): T {
    const outer = enterInterpreter(this);
    try {
      return work();
    } finally {
      restoreInterpreter(outer);
    }
  }

  /** Writes to sys.stderr (through the host before sys exists). */
  writeStderr(text: string): void {
    const sys = this.modules?.getStr('sys');
    const stderr = sys === undefined ? undefined : abs.getAttrOrUndefined(sys, 'stderr');
    if (stderr !== undefined && stderr !== null) abs.call1(abs.getAttr(stderr, 'write'), text);
    else this.host.stderr(text);
  }

  /** A line of a source file, for tracebacks and warnings. */
  sourceLine(filename: string, lineno: number): string | undefined {
    const text = this.host.source?.(filename);
    if (text === undefined) return undefined;
    return text.replace(/\r\n?/g, '\n').split('\n')[lineno - 1];
  }

  /** Runs a module-level code object with `globals` as its namespace (and locals). */
  runModule(code: CodeObject, globals: PyDict, locals: PyValue = globals): PyValue {
    // Nothing gives module code a closure: its COPY_FREE_VARS would have nothing to copy.
    if (code.localspluskinds.some((kind) => kind & CO_FAST_FREE)) raise('SystemError', `module code '${code.qualname}' has free variables`);
    globals.namespace = true;
    const frame = new Frame(codeInfo(code), globals, builtinsOf(globals, this.builtins), locals, null);
    return this.execute(frame);
  }

  /** Calls a Python function from runtime code (a nested run of the loop). */
  callFunction(fn: PyFunction, argv: PyValue[], base: number, nargs: number, kwnames: string[] | null): PyValue {
    // As in CPython, a call from native code costs a level of its own besides the frame's.
    if (this.depth + 2 > this.recursionLimit) raise('RecursionError', 'maximum recursion depth exceeded while calling a Python object');
    const frame = this.functionFrame(fn, argv, base, nargs, kwnames);
    this.depth++;
    try {
      return this.execute(frame);
    } finally {
      this.depth--;
    }
  }

  /** A frame for a call of fn, its parameters bound. */
  functionFrame(fn: PyFunction, src: PyValue[], base: number, nargs: number, kwnames: string[] | null): Frame {
    const info = fn.info;
    const pooled = info.freeFrames.pop();
    const frame = pooled !== undefined ? pooled.reuse(fn) : new Frame(info, fn.globals, fn.builtins, null, fn);
    const s = frame.s;
    if (kwnames === null && info.simpleArgs && nargs === fn.code.argcount) {
      for (let i = 0; i < nargs; i++) s[i] = src[base + i];
    } else {
      try {
        bindArguments(fn, s, src, base, nargs, kwnames);
      } catch (e) {
        frame.release();
        throw e;
      }
    }
    return frame;
  }

  /**
   * Raises MemoryError when `bytes` more would fill the host's heap past HEAP_FULL of its limit (where the
   * host reports its heap): past that the JS engine may abort the process, which a program cannot catch.
   */
  checkHeap(bytes: number): void {
    const heap = this.host.heapUsage?.();
    if (heap !== undefined && heap.used + bytes > heap.limit * HEAP_FULL) throw newException('MemoryError');
  }

  /**
   * The countdown of steps ran out: the next chunk, or the step limit's end. Where the host reports its heap,
   * it is checked at every chunk too, after the countdown is set again (a MemoryError here must not make
   * every later step raise): many small allocations in a loop fill the heap as surely as one large one.
   */
  private refillSteps(): void {
    this.steps = this.budget.refill();
    if (this.host.heapUsage !== undefined) this.checkHeap(0);
  }

  /** Turns anything thrown inside the loop into a Python exception (or rethrows internal errors). */
  private toException(e: unknown): PyBaseException {
    if (e instanceof PyBaseException) return e;
    // The step limit ends the run: no handler may see it.
    if (e instanceof StepLimitExceeded) throw e;
    if (e instanceof RangeError) {
      // Compared, not matched: a regular expression needs stack, which may be what ran out.
      if (e.message === 'Maximum call stack size exceeded') return newException('RecursionError', 'maximum recursion depth exceeded');
      if (/Invalid (string|array|typed array) length|Array buffer allocation failed|Maximum BigInt size|(Map|Set) maximum size/i.test(e.message)) {
        return newException('MemoryError');
      }
    }
    if (e instanceof InternalError) throw e;
    const err = new InternalError(e instanceof Error ? e.message : String(e));
    if (e instanceof Error) err.stack = e.stack;
    throw err;
  }

  /**
   * Runs `entry` (and everything it calls) to completion; returns its return value. With
   * `throwing`, the frame first unwinds that exception from where it stopped (generator.throw).
   */
  execute(entry: Frame, throwing?: PyBaseException): PyValue {
    if (++this.depth > this.recursionLimit) {
      this.depth--;
      raise('RecursionError', 'maximum recursion depth exceeded');
    }
    // A trampoline: runFrame returns whenever the running frame changes (call,
    // return), so it is entered often and V8 re-optimises it quickly after a deopt.
    const outerInterp = enterInterpreter(this);
    const outerFrame = this.currentFrame;
    if (entry.back === null) entry.back = outerFrame;
    let f: Frame | null = entry;
    try {
      if (throwing !== undefined) f = this.unwind(throwing, entry, entry.sp, entry.lasti, entry, true);
      while (f !== null) f = this.runFrame(f, entry);
    } finally {
      this.currentFrame = outerFrame;
      restoreInterpreter(outerInterp);
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
    this.currentFrame = f;
    const info: CodeInfo = f.info;
    const ops_ = info.ops;
    const args = info.args;
    const consts = info.consts;
    const s = f.s;
    let sp = f.sp;
    let ip = f.ip;
    let lasti = 0;
    let kwnames: string[] | null = null;

    try {
      // Switching frames is a step; the periodic heap check may raise MemoryError here, at the next instruction.
      if (--this.steps < 0) (lasti = ip), this.refillSteps();
      for (;;) {
        lasti = ip;
        const word = ops_[ip];
        const oparg = args[ip];
        ip += 1 + (word >> 8);
        switch (word & 255) {
          case 124: { // LOAD_FAST
            const v = s[oparg];
            if (v === undefined) ops.unboundLocal(info, oparg);
            s[sp++] = v;
            break;
          }
          case 125: // STORE_FAST
            s[oparg] = s[--sp];
            break;
          case 200: { // fused LOAD_FAST + LOAD_FAST
            const v = s[oparg];
            if (v === undefined) ops.unboundLocal(info, oparg);
            const w = s[args[lasti + 1]];
            if (w === undefined) {
              lasti++;
              ops.unboundLocal(info, args[lasti]);
            }
            s[sp++] = v;
            s[sp++] = w;
            break;
          }
          case 201: { // fused LOAD_FAST + LOAD_CONST
            const v = s[oparg];
            if (v === undefined) ops.unboundLocal(info, oparg);
            s[sp++] = v;
            s[sp++] = consts[args[lasti + 1]];
            break;
          }
          case 202: { // fused STORE_FAST + LOAD_FAST
            s[oparg] = s[--sp];
            const v = s[args[lasti + 1]];
            if (v === undefined) {
              lasti++;
              ops.unboundLocal(info, args[lasti]);
            }
            s[sp++] = v;
            break;
          }
          case 203: // fused COMPARE_OP + POP_JUMP_FORWARD_IF_FALSE
            if (!compareForBranch(oparg, s[sp - 2], s[sp - 1])) ip += args[lasti + 3];
            sp -= 2;
            break;
          case 204: // fused COMPARE_OP + POP_JUMP_BACKWARD_IF_TRUE
            if (compareForBranch(oparg, s[sp - 2], s[sp - 1])) {
              ip -= args[lasti + 3];
              if (--this.steps < 0) this.refillSteps();
            }
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
                  ? floatBinaryFast(oparg, a, a.v, b.v)
                  : typeof b === 'number'
                    ? floatBinaryFast(oparg, a, a.v, b)
                    : undefined;
              if (r !== undefined) {
                s[sp - 1] = r;
                break;
              }
            } else if (typeof a === 'number' && b instanceof PyFloat) {
              const r = floatBinaryFast(oparg, b, a, b.v);
              if (r !== undefined) {
                s[sp - 1] = r;
                break;
              }
            } else if (typeof a === 'string' && typeof b === 'string' && (oparg === 0 || oparg === 13)) {
              const n = a.length + b.length;
              if (n > this.maxAllocation) throw newException('MemoryError');
              s[sp - 1] = a + b;
              break;
            }
            s[sp - 1] = abs.binaryOp(a, b, oparg);
            break;
          }
          case 107: { // COMPARE_OP
            const b = s[--sp];
            const a = s[sp - 1];
            if (typeof a === 'number' && typeof b === 'number') {
              s[sp - 1] = compareNumbers(oparg, a, b);
            } else if (a instanceof PyFloat && a.type === floatType && ((b instanceof PyFloat && b.type === floatType) || typeof b === 'number')) {
              // Safe integers convert to float exactly, so comparing JS numbers is exact.
              s[sp - 1] = compareNumbers(oparg, a.v, typeof b === 'number' ? b : b.v);
            } else {
              s[sp - 1] = abs.richCompare(a, b, oparg);
            }
            break;
          }
          case 114: { // POP_JUMP_FORWARD_IF_FALSE
            const v = s[--sp];
            if (v === false || (v !== true && !abs.isTrue(v))) ip += oparg;
            break;
          }
          case 115: { // POP_JUMP_FORWARD_IF_TRUE
            const v = s[--sp];
            if (v === true || (v !== false && abs.isTrue(v))) ip += oparg;
            break;
          }
          case 175: { // POP_JUMP_BACKWARD_IF_FALSE
            const v = s[--sp];
            if (v === false || (v !== true && !abs.isTrue(v))) {
              ip -= oparg;
              if (--this.steps < 0) this.refillSteps();
            }
            break;
          }
          case 176: { // POP_JUMP_BACKWARD_IF_TRUE
            const v = s[--sp];
            if (v === true || (v !== false && abs.isTrue(v))) {
              ip -= oparg;
              if (--this.steps < 0) this.refillSteps();
            }
            break;
          }
          case 128: // POP_JUMP_FORWARD_IF_NOT_NONE
            if (s[--sp] !== null) ip += oparg;
            break;
          case 129: // POP_JUMP_FORWARD_IF_NONE
            if (s[--sp] === null) ip += oparg;
            break;
          case 173: // POP_JUMP_BACKWARD_IF_NOT_NONE
            if (s[--sp] !== null) {
              ip -= oparg;
              if (--this.steps < 0) this.refillSteps();
            }
            break;
          case 174: // POP_JUMP_BACKWARD_IF_NONE
            if (s[--sp] === null) {
              ip -= oparg;
              if (--this.steps < 0) this.refillSteps();
            }
            break;
          case 111: // JUMP_IF_FALSE_OR_POP
            if (abs.isTrue(s[sp - 1])) sp--;
            else ip += oparg;
            break;
          case 112: // JUMP_IF_TRUE_OR_POP
            if (abs.isTrue(s[sp - 1])) ip += oparg;
            else sp--;
            break;
          case 110: // JUMP_FORWARD
            ip += oparg;
            break;
          case 140: // JUMP_BACKWARD
          case 134: // JUMP_BACKWARD_NO_INTERRUPT (no interrupt, but a step: any backward jump can loop)
            ip -= oparg;
            if (--this.steps < 0) this.refillSteps();
            break;
          case 116: { // LOAD_GLOBAL
            const c = info.globalCache[lasti];
            const v =
              c !== undefined && c.epoch === namespaceEpoch && c.globals === f.globals
                ? c.entry.value
                : ops.loadGlobal(f, lasti, oparg >> 1);
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
            const npos = kw === null ? nargs : nargs - kw.length;
            const resultSlot = sp - oparg - 2;
            let initSelf: PyValue = undefined;
            if (!(callable instanceof PyFunction)) {
              if (callable instanceof PyMethod && nargs === oparg && callable.func instanceof PyFunction) {
                // A bound method: call its function with self prepended, in place.
                s[base - 2] = callable.func;
                s[base - 1] = callable.self;
                callable = callable.func;
                base--;
                nargs++;
              } else if (nargs === oparg && callable instanceof PyObject && callable.type.tp_call === typeCall) {
                // A class whose __init__ is a Python function: its __init__ runs as a frame of this loop.
                const init = ops.pythonInit(callable as PyType);
                if (init !== undefined) {
                  initSelf = objectNew(callable as PyType, s, base, npos, kw);
                  s[base - 1] = initSelf;
                  callable = init;
                  base--;
                  nargs++;
                }
              }
              if (!(callable instanceof PyFunction)) {
                f.sp = sp;
                f.ip = ip;
                f.lasti = lasti;
                const call = typeOf(callable).tp_call;
                if (call === null) raise('TypeError', `'${typeOf(callable).name}' object is not callable`);
                const r = call(callable, s, base, kw === null ? nargs : nargs - kw.length, kw);
                this.currentFrame = f;
                for (let i = resultSlot; i < sp; i++) s[i] = undefined;
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
            const nf = this.functionFrame(callable, s, base, kw === null ? nargs : nargs - kw.length, kw);
            nf.initSelf = initSelf;
            for (let i = resultSlot; i < sp; i++) s[i] = undefined;
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
            const [argv, kw] = ops.spreadArguments(callable, callargs, kwargs);
            const resultSlot = sp - 2;
            const npos = kw === null ? argv.length : argv.length - kw.length;
            if (callable instanceof PyFunction) {
              if (this.depth >= this.recursionLimit) {
                raise('RecursionError', 'maximum recursion depth exceeded');
              }
              const nf = this.functionFrame(callable, argv, 0, npos, kw);
              s[sp - 1] = undefined;
              s[sp - 2] = undefined;
              f.sp = resultSlot;
              f.ip = ip;
              f.lasti = lasti;
              nf.back = f;
              this.depth++;
              return nf;
            }
            f.sp = sp;
            f.ip = ip;
            f.lasti = lasti;
            const r = abs.vectorcall(callable, argv, 0, npos, kw);
            this.currentFrame = f;
            s[sp - 1] = undefined;
            sp = resultSlot;
            s[sp++] = r;
            break;
          }
          case 83: { // RETURN_VALUE
            const rv = s[--sp];
            s[sp] = undefined;
            this.depth -= f.initSelf === undefined ? 1 : 2;
            if (f.gen !== null) f.gen.leave(false);
            if (f === entry) {
              this.returnValue = rv;
              if (f.gen !== null) f.gen.finish(rv);
              else if (f.fn !== null) f.release();
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
            const flags = info.code.flags;
            const type = flags & CO_COROUTINE ? coroutineType : flags & CO_ASYNC_GENERATOR ? asyncGeneratorType : generatorType;
            // Module code with a generator's flags (exec of a generator's code) has no function to name it.
            const fn = f.fn;
            const gen = new PyGenerator(type, this, f, fn?.name ?? info.code.name, fn?.qualname ?? info.code.qualname, (flags & CO_ITERABLE_COROUTINE) !== 0);
            f.gen = gen;
            // The frame stays this generator's: a traceback or frame object may refer to it.
            f.captured = true;
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
            const v = s[sp - 1];
            s[sp - 1] = undefined;
            if (f === entry) {
              this.yielded = true;
              this.returnValue = v;
              return null;
            }
            // Resumed by FOR_ITER or SEND in this loop: hand the value to that frame.
            const caller = f.back!;
            f.back = null;
            f.gen!.running = false;
            caller.s[caller.sp++] = v;
            return caller;
          }
          case 123: { // SEND
            const v = s[--sp];
            const receiver = s[sp - 1];
            if (receiver instanceof PyGenerator && receiver.canResumeInline()) {
              if (v !== null && !receiver.started) {
                raise('TypeError', `can't send non-None value to a just-started ${receiver.kindName}`);
              }
              f.sp = sp;
              f.ip = ip;
              f.lasti = lasti;
              return this.resumeInline(receiver, v, f);
            }
            let r: PyValue;
            let returned: PyValue = null;
            if (receiver instanceof PyGenerator) {
              r = receiver.send(v);
              if (r === undefined) returned = receiver.returned;
            } else if (v === null && typeOf(receiver).tp_iternext !== null) {
              r = ops.iterNextForSend(receiver);
              if (r === undefined) returned = ops.takeStopValue();
            } else {
              r = ops.sendTo(receiver, v);
              if (r === undefined) returned = ops.takeStopValue();
            }
            if (r === undefined) {
              s[sp - 1] = returned;
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
            s[sp++] = ops.loadName(f, info.code.names[oparg]);
            break;
          case 90: { // STORE_NAME
            const v = s[--sp];
            s[sp] = undefined;
            ops.storeName(f, info.code.names[oparg], v);
            break;
          }
          case 136: // LOAD_CLOSURE
            s[sp++] = s[oparg];
            break;
          case 137: { // LOAD_DEREF
            const v = (s[oparg] as PyCell).v;
            if (v === undefined) ops.unboundDeref(info, oparg);
            s[sp++] = v;
            break;
          }
          case 138: // STORE_DEREF
            (s[oparg] as PyCell).v = s[--sp];
            s[sp] = undefined;
            break;
          case 132: // MAKE_FUNCTION
            sp = ops.makeFunction(f, s, sp, oparg);
            break;
          case 11: { // UNARY_NEGATIVE
            const v = s[sp - 1];
            s[sp - 1] = typeof v === 'number' && v !== 0 ? -v : abs.negative(v);
            break;
          }
          case 12: // UNARY_NOT
            s[sp - 1] = !abs.isTrue(s[sp - 1]);
            break;
          case 117: { // IS_OP
            const b = s[--sp];
            s[sp] = undefined;
            s[sp - 1] = (s[sp - 1] === b) !== (oparg === 1);
            break;
          }
          case 118: { // CONTAINS_OP
            const container = s[--sp];
            s[sp] = undefined;
            s[sp - 1] = abs.contains(container, s[sp - 1]) !== (oparg === 1);
            break;
          }
          case 102: { // BUILD_TUPLE
            sp -= oparg;
            const items = s.slice(sp, sp + oparg);
            for (let i = sp + 1; i < sp + oparg; i++) s[i] = undefined;
            s[sp++] = new PyTuple(items);
            break;
          }
          case 103: { // BUILD_LIST
            sp -= oparg;
            const items = s.slice(sp, sp + oparg);
            for (let i = sp + 1; i < sp + oparg; i++) s[i] = undefined;
            s[sp++] = new PyList(items);
            break;
          }
          case 145: { // LIST_APPEND
            const v = s[--sp];
            s[sp] = undefined;
            const items = (s[sp - oparg] as PyList).items;
            // Lists grow only to the allocation limit: V8 aborts the process past ~112M elements.
            if (items.length >= this.maxAllocation) throw newException('MemoryError');
            items.push(v);
            break;
          }
          case 147: { // MAP_ADD
            const value = s[--sp];
            const key = s[--sp];
            s[sp] = s[sp + 1] = undefined;
            (s[sp - oparg] as PyDict).set(key, value);
            break;
          }
          case 92: // UNPACK_SEQUENCE
            sp = ops.unpackSequence(s, sp, oparg);
            break;
          case 25: { // BINARY_SUBSCR
            const key = s[--sp];
            s[sp] = undefined;
            const container = s[sp - 1];
            if (container instanceof PyList && typeof key === 'number' && container.type === listType) {
              const items = container.items;
              const i = key < 0 ? key + items.length : key;
              if (i >= 0 && i < items.length) {
                s[sp - 1] = items[i];
                break;
              }
            }
            s[sp - 1] = abs.getItem(container, key);
            break;
          }
          case 60: { // STORE_SUBSCR
            const key = s[--sp];
            const container = s[--sp];
            const v = s[--sp];
            s[sp] = s[sp + 1] = s[sp + 2] = undefined;
            if (container instanceof PyList && typeof key === 'number' && container.type === listType) {
              const items = container.items;
              const i = key < 0 ? key + items.length : key;
              if (i >= 0 && i < items.length) {
                items[i] = v;
                break;
              }
            }
            abs.setItem(container, key, v);
            break;
          }
          case 106: { // LOAD_ATTR
            const obj = s[sp - 1];
            const c = info.attrCache[lasti];
            if (c !== undefined && obj instanceof PyObject && obj.type === c.type && c.version === c.type.version && obj.dict !== undefined) {
              const v = obj.dict.getStr(info.code.names[oparg]);
              if (v !== undefined) {
                s[sp - 1] = v;
                break;
              }
            }
            // The slow path may run Python code or read this frame's f_lineno.
            f.lasti = lasti;
            s[sp - 1] = loadAttr(info, lasti, obj, info.code.names[oparg]);
            break;
          }
          case 160: { // LOAD_METHOD
            const obj = s[sp - 1];
            const name = info.code.names[oparg];
            const c = info.attrCache[lasti];
            const method =
              c !== undefined && obj instanceof PyObject && obj.type === c.type && c.version === c.type.version && c.method !== undefined && (obj.dict === undefined || obj.dict.getStr(name) === undefined)
                ? c.method
                : methodFor(info, lasti, obj, name);
            if (method !== undefined) {
              // [function, self]: CALL passes self as the first argument, no bound method made.
              s[sp - 1] = method;
              s[sp++] = obj;
            } else {
              s[sp - 1] = undefined;
              s[sp++] = abs.getAttr(obj, name);
            }
            break;
          }
          case 68: // GET_ITER
            s[sp - 1] = abs.getIter(s[sp - 1]);
            break;
          case 93: { // FOR_ITER
            const it = s[sp - 1];
            if (it instanceof PyGenerator && it.canResumeInline() && it.type === generatorType) {
              f.sp = sp;
              f.ip = ip;
              f.lasti = lasti;
              return this.resumeInline(it, null, f);
            }
            f.lasti = lasti;
            const next = typeOf(it).tp_iternext;
            if (next === null) raise('TypeError', `'${typeOf(it).name}' object is not an iterator`);
            const v = next(it);
            if (v === undefined) {
              s[--sp] = undefined;
              ip += oparg;
            } else {
              s[sp++] = v;
            }
            break;
          }
          case 157: { // BUILD_STRING
            sp -= oparg;
            let out = '';
            for (let i = 0; i < oparg; i++) {
              out += s[sp + i];
              s[sp + i] = undefined;
            }
            s[sp++] = out;
            break;
          }
          case 155: { // FORMAT_VALUE
            const spec = oparg & 4 ? s[--sp] : '';
            s[sp] = undefined;
            s[sp - 1] = ops.formatValue(s[sp - 1], oparg & 3, spec);
            break;
          }
          case 95: { // STORE_ATTR
            const owner = s[--sp];
            const v = s[--sp];
            s[sp] = s[sp + 1] = undefined;
            const c = info.attrCache[lasti];
            if (c !== undefined && owner instanceof PyObject && owner.type === c.type && c.version === c.type.version) {
              instanceDict(owner).setStr(info.code.names[oparg], v);
              break;
            }
            storeAttr(info, lasti, owner, info.code.names[oparg], v);
            break;
          }
          case 130: // RAISE_VARARGS
            this.raiseVarargs(s, sp, oparg);
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
            s[sp] = undefined;
            break;
          case 36: { // CHECK_EXC_MATCH
            const match = s[sp - 1];
            s[sp - 1] = ops.exceptionMatches(s[sp - 2], match);
            break;
          }
          case 119: // RERAISE (its oparg restores f_lasti, which only tracing would see)
            if (oparg !== 0) f.lasti = s[sp - 1 - oparg];
            throw new ops.Reraise(s[--sp] as PyBaseException);
          default:
            f.ip = ip;
            f.lasti = lasti;
            sp = runColdOp(this, f, word & 255, oparg, sp, 2 * lasti);
        }
      }
    } catch (e) {
      if (e instanceof RaiseInFrame) return this.unwind(e.exc, e.frame, e.frame.sp, e.frame.lasti, entry, false);
      return this.unwind(e, f, sp, lasti, entry, false);
    }
  }

  /**
   * Exception unwinding (3.11's exception table): the innermost handler of the
   * failing frame, else pop frames until one has a handler; returns the frame to
   * resume, or throws the exception out of `entry`. `thrown` marks an exception
   * thrown into a suspended generator frame, which gets a traceback entry like a raise.
   */
  private unwind(e: unknown, f: Frame, sp: number, lasti: number, entry: Frame, thrown: boolean): Frame {
    let exc: PyBaseException;
    let addTraceback = true;
    if (e instanceof ops.Reraise) {
      // RERAISE takes its operand from the stack: only an exception can be raised again.
      exc = e.exc instanceof PyBaseException ? e.exc : newException('SystemError', `RERAISE of a non-exception (${typeOf(e.exc).name})`);
      addTraceback = false;
    } else {
      exc = this.toException(e);
      if (!thrown && this.excInfo !== null && exc !== this.excInfo) ops.setContext(exc, this.excInfo);
    }
    for (;;) {
      // A frame of code the verifier refused never ran: its caller's line is where the SystemError belongs.
      if (addTraceback && f.info.problem === null) {
        f.captured = true;
        exc.traceback = new PyTraceback(exc.traceback, f, lasti);
      }
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
      if (f.gen !== null) exc = f.gen.failed(exc);
      if (f === entry) throw exc;
      const back = f.back!;
      f.back = null;
      f = back;
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
    gen.finish(rv);
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

  private raiseVarargs(s: PyValue[], sp: number, argc: number): never {
    if (argc === 0) {
      if (this.excInfo === null) raise('RuntimeError', 'No active exception to reraise');
      throw new ops.Reraise(this.excInfo);
    }
    let cause: PyValue = undefined;
    if (argc === 2) cause = s[--sp];
    const exc = ops.makeException(s[--sp], 'exceptions must derive from BaseException');
    if (cause !== undefined) {
      exc.cause = cause === null ? null : ops.makeException(cause, 'exception causes must derive from BaseException');
      exc.suppressContext = true;
    }
    throw exc;
  }
}

/** The builtins a module's code runs with: its globals' __builtins__ (a module or dict), else the interpreter's. */
function builtinsOf(globals: PyDict, fallback: PyDict): PyDict {
  const b = globals.getStr('__builtins__');
  if (b instanceof PyDict) return b;
  if (b instanceof PyObject && b.dict instanceof PyDict && typeOf(b).name === 'module') return b.dict;
  return fallback;
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
      return r + 0;
    case 2: /* NB_FLOOR_DIVIDE */
    case 15:
      if (b === 0) return undefined;
      // Exact for |a| < 2**53: the rounding error of a / b stays below 1/|b|.
      return Math.floor(a / b) + 0;
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
  // + - * of safe integers give integers; only the range needs checking. (+ 0 turns -0 into 0.)
  return r <= 9007199254740991 && r >= -9007199254740991 ? r + 0 : undefined;
}

/** The float BINARY_OPs that need no error checks, for exact floats (a subclass may define its own). */
function floatBinaryFast(op: number, box: PyFloat, a: number, b: number): PyValue {
  if (box.type !== floatType) return undefined;
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
  if (a instanceof PyFloat && b instanceof PyFloat && a.type === floatType && b.type === floatType) return compareNumbers(op, a.v, b.v);
  const r = abs.richCompare(a, b, op);
  return r === true || (r !== false && abs.isTrue(r));
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

