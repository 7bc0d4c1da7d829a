// The bytecode verifier, run once per code object before its first frame (codeinfo.ts). It proves what the
// opcode handlers take for granted and CPython never checks (a damaged .pyc or a code.replace() can crash
// CPython: Lib/test/crashers/bogus_code_obj.py), so that such code raises SystemError instead:
// - every instruction is a 3.11 opcode, with its operand in range: constants, names, locals, cells and
//   free variables (each used as its kind allows), jump targets inside the code on instruction boundaries;
// - the cell and free-variable prefix and RETURN_GENERATOR are where the compiler puts them, so cells
//   exist before they are used and a generator's frame has its generator;
// - the exception table's ranges and targets are sane;
// - along every path, into exception handlers too, the stack stays within [0, co_stacksize] and each
//   instruction finds what it takes: no NULL where an object is needed, a list under LIST_APPEND, a
//   dict under MAP_ADD, an exception under PUSH_EXC_INFO, a str under BUILD_STRING, ...
// Stack effects are ceval's (@pyc-ts/bytecode's stackInputs/stackOutputs). Code CPython compiles always
// passes: test/pyc_fuzz.test.ts runs the verifier over the corpus, scripts/verify_stdlib.mjs over the
// standard library.

import {
  CO_ASYNC_GENERATOR, CO_COROUTINE, CO_FAST_CELL, CO_FAST_FREE, CO_GENERATOR, CodeObject, StrConst, TupleConst, opname,
  findExceptionHandler, stackInputs, stackOutputs, type ExceptionTableEntry, type PyConst,
} from '@pyc-ts/bytecode';
import * as op from '@pyc-ts/bytecode';

// What the verifier knows of a stack item: the kinds it may be, one bit each.
const K_NULL = 1 << 0; // the NULL of PUSH_NULL, LOAD_GLOBAL and LOAD_METHOD, which only CALL takes
const K_OBJECT = 1 << 1; // a Python object of no kind tracked here
const K_LIST = 1 << 2;
const K_SET = 1 << 3;
const K_DICT = 1 << 4;
const K_TUPLE = 1 << 5;
const K_STR_TUPLE = 1 << 6; // a constant tuple of str (MATCH_CLASS's attribute names)
const K_STR = 1 << 7;
const K_EXC = 1 << 8; // an exception instance, as unwinding pushes it
const K_NONE = 1 << 9;
const K_LASTI = 1 << 10; // the offset unwinding pushes for RERAISE to restore
/** Any object: what most instructions take. */
const ANY = ~K_NULL;
const KIND_NAMES = ['NULL', 'object', 'list', 'set', 'dict', 'tuple', 'tuple of str', 'str', 'exception', 'None', 'lasti'];

const GENERATOR_FLAGS = CO_GENERATOR | CO_COROUTINE | CO_ASYNC_GENERATOR;

/** Instructions after which the next one does not run. */
const NO_FALL_THROUGH = new Set([op.RETURN_VALUE, op.RERAISE, op.RAISE_VARARGS, op.JUMP_FORWARD, op.JUMP_BACKWARD, op.JUMP_BACKWARD_NO_INTERRUPT]);
const BACKWARD_JUMPS = new Set([
  op.JUMP_BACKWARD, op.JUMP_BACKWARD_NO_INTERRUPT, op.POP_JUMP_BACKWARD_IF_FALSE, op.POP_JUMP_BACKWARD_IF_TRUE,
  op.POP_JUMP_BACKWARD_IF_NONE, op.POP_JUMP_BACKWARD_IF_NOT_NONE,
]);
/**
 * Instructions whose handlers cannot raise in this VM. The others may, after taking their inputs off the
 * stack: what an exception handler keeps of the stack must lie below those inputs.
 */
const CANNOT_RAISE = new Set([
  op.NOP, op.RESUME, op.EXTENDED_ARG, op.POP_TOP, op.PUSH_NULL, op.SWAP, op.COPY, op.LOAD_CONST, op.STORE_FAST,
  op.LOAD_CLOSURE, op.STORE_DEREF, op.PUSH_EXC_INFO, op.POP_EXCEPT, op.JUMP_FORWARD, op.JUMP_BACKWARD,
  op.JUMP_BACKWARD_NO_INTERRUPT, op.KW_NAMES, op.PRECALL, op.MAKE_CELL, op.COPY_FREE_VARS, op.LOAD_ASSERTION_ERROR,
  op.RETURN_GENERATOR, op.RETURN_VALUE, op.IS_OP, op.POP_JUMP_FORWARD_IF_NONE, op.POP_JUMP_FORWARD_IF_NOT_NONE,
  op.POP_JUMP_BACKWARD_IF_NONE, op.POP_JUMP_BACKWARD_IF_NOT_NONE, op.LIST_TO_TUPLE, op.BUILD_TUPLE, op.BUILD_LIST,
]);

/** The largest oparg + 1 an opcode takes, where the interpreter reads its oparg as a selector. */
const OPARG_LIMIT = new Map([
  [op.COMPARE_OP, 6], [op.BINARY_OP, op.NB_OPS.length], [op.IS_OP, 2], [op.CONTAINS_OP, 2], [op.RAISE_VARARGS, 3],
  [op.CALL_FUNCTION_EX, 2], [op.MAKE_FUNCTION, 16], [op.FORMAT_VALUE, 8], [op.GET_AWAITABLE, 3],
]);

/** A code object the verifier refuses, and why. */
class Refusal extends Error {}

/**
 * Verifies `code`, decoded as CodeInfo decodes it (`ops`: opcode | cache entries << 8 per code unit, cache
 * units 0; `args`: the full oparg); `handlers` is its exception table. Returns the deepest stack any path
 * reaches, or why the code is refused.
 */
export function verifyCode(code: CodeObject, ops: Int32Array, args: Int32Array, handlers: ExceptionTableEntry[]): number | string {
  try {
    return new Verifier(code, ops, args, handlers).run();
  } catch (e) {
    if (e instanceof Refusal) return e.message;
    throw e;
  }
}

class Verifier {
  /** Code unit of each instruction, in order. */
  private readonly starts: number[] = [];
  /** Instruction index of each code unit that starts one, else -1. */
  private readonly index: Int32Array;
  /** The stack (kinds, bottom first) on entry to each instruction reached so far. */
  private readonly states: (number[] | undefined)[];
  private readonly work: number[] = [];
  private readonly queued: Uint8Array;
  /** The exception handler of each instruction, or null. */
  private readonly handlerOf: (ExceptionTableEntry | null)[];
  /** The first code unit a jump or handler may reach: past the cell prefix and RETURN_GENERATOR. */
  private bodyStart = 0;
  private maxDepth = 0;

  constructor(
    private readonly code: CodeObject,
    private readonly ops: Int32Array,
    private readonly args: Int32Array,
    private readonly handlers: ExceptionTableEntry[],
  ) {
    this.index = new Int32Array(ops.length).fill(-1);
    for (let u = 0; u < ops.length; u += 1 + (ops[u] >> 8)) {
      this.index[u] = this.starts.length;
      this.starts.push(u);
    }
    this.states = new Array(this.starts.length);
    this.handlerOf = this.starts.map((u) => findExceptionHandler(handlers, u));
    this.queued = new Uint8Array(this.starts.length);
  }

  run(): number {
    if (this.starts.length === 0) throw new Refusal('no instructions');
    for (let k = 0; k < this.starts.length; k++) this.checkOperand(k);
    this.checkPrefix();
    for (let k = 0; k < this.starts.length; k++) if (op.hasjrel.has(this.op(k))) this.jumpTarget(k);
    this.checkExceptionTable();
    this.merge(0, [], -1);
    while (this.work.length > 0) {
      const k = this.work.pop()!;
      this.queued[k] = 0;
      this.step(k);
    }
    return this.maxDepth;
  }

  private op(k: number): number {
    return this.ops[this.starts[k]] & 255;
  }

  private arg(k: number): number {
    return this.args[this.starts[k]];
  }

  /** "LOAD_FAST at offset 12": an instruction as dis names it. */
  private where(k: number): string {
    return `${opname[this.op(k)]} at offset ${2 * this.starts[k]}`;
  }

  private fail(k: number, what: string): never {
    throw new Refusal(`${this.where(k)}: ${what}`);
  }

  /** The operand of instruction k is one its opcode can use. */
  private checkOperand(k: number): void {
    const o = this.op(k);
    const arg = this.arg(k);
    const code = this.code;
    if (o === op.CACHE || stackInputs(o, arg) === undefined) this.fail(k, 'unknown opcode');
    // Only a generator's frame has a generator to suspend.
    if (o === op.YIELD_VALUE && (code.flags & GENERATOR_FLAGS) === 0) this.fail(k, 'not in a generator or coroutine');
    if (o < op.HAVE_ARGUMENT) return;
    const nlocalsplus = code.localsplusnames.length;
    const limit = OPARG_LIMIT.get(o);
    if (arg < 0 || (limit !== undefined && arg >= limit)) this.fail(k, `oparg ${arg} out of range`);
    if (op.hasconst.has(o) && arg >= code.consts.length) this.fail(k, `constant ${arg} out of range (${code.consts.length} constants)`);
    if (op.hasname.has(o) && (o === op.LOAD_GLOBAL ? arg >> 1 : arg) >= code.names.length) {
      this.fail(k, `name ${o === op.LOAD_GLOBAL ? arg >> 1 : arg} out of range (${code.names.length} names)`);
    }
    if (op.haslocal.has(o) || op.hasfree.has(o)) {
      if (arg >= nlocalsplus) this.fail(k, `local ${arg} out of range (${nlocalsplus} locals, cells and free variables)`);
      const kind = code.localspluskinds[arg];
      const isCell = (kind & (CO_FAST_CELL | CO_FAST_FREE)) !== 0;
      // A cell slot holds the cell: LOAD_FAST would hand it out, STORE_FAST would replace it.
      if (op.haslocal.has(o) && isCell) this.fail(k, `'${code.localsplusnames[arg]}' is a cell or free variable`);
      if (op.hasfree.has(o) && !isCell) this.fail(k, `'${code.localsplusnames[arg]}' is not a cell or free variable`);
    }
    if ((o === op.SWAP || o === op.COPY) && arg < 1) this.fail(k, `oparg ${arg} out of range`);
    if ((o === op.LIST_APPEND || o === op.SET_ADD || o === op.MAP_ADD || o === op.LIST_EXTEND || o === op.SET_UPDATE ||
         o === op.DICT_UPDATE || o === op.DICT_MERGE) && arg < 1) {
      this.fail(k, `oparg ${arg} out of range`);
    }
    if (o === op.BUILD_SLICE && arg !== 2 && arg !== 3) this.fail(k, `oparg ${arg} out of range`);
    if (o === op.KW_NAMES) this.checkKwNames(k);
    // RESUME 2 and 3 mark a `yield from` or `await` suspended in SEND's YIELD_VALUE: gen.throw() and
    // gen.close() then take the top of the stack for the delegate and SEND's oparg for where to go on.
    if (o === op.RESUME && arg >= 2 && !(k >= 2 && this.op(k - 1) === op.YIELD_VALUE && this.op(k - 2) === op.SEND)) {
      this.fail(k, 'does not follow SEND and YIELD_VALUE');
    }
  }

  /** The code unit a jump goes to, which must start an instruction of the body. */
  private jumpTarget(k: number): number {
    const next = this.starts[k] + 1 + (this.ops[this.starts[k]] >> 8);
    const target = BACKWARD_JUMPS.has(this.op(k)) ? next - this.arg(k) : next + this.arg(k);
    this.checkTarget(target, () => this.where(k));
    return target;
  }

  /**
   * A jump or a handler may go to the start of an instruction after the prefix, and not to one behind an
   * EXTENDED_ARG (whose oparg this VM has folded into it, where CPython would start afresh).
   */
  private checkTarget(target: number, from: () => string): void {
    const k = target >= 0 && target < this.ops.length ? this.index[target] : -1;
    if (k < 0 || target < this.bodyStart || (k > 0 && this.op(k - 1) === op.EXTENDED_ARG)) {
      throw new Refusal(`${from()}: jump to offset ${2 * target}, which starts no instruction of the body`);
    }
  }

  /** KW_NAMES names, with str constants, keywords of the CALL right after it (through PRECALL). */
  private checkKwNames(k: number): void {
    const names = this.code.consts[this.arg(k)];
    if (!(names instanceof TupleConst) || !names.items.every((n) => typeof n === 'string')) this.fail(k, 'constant is not a tuple of str');
    let next = k + 1;
    const skipExtendedArg = () => {
      while (next < this.starts.length && this.op(next) === op.EXTENDED_ARG) next++;
    };
    skipExtendedArg();
    if (next >= this.starts.length || this.op(next) !== op.PRECALL) this.fail(k, 'not followed by PRECALL and CALL');
    next++;
    skipExtendedArg();
    if (next >= this.starts.length || this.op(next) !== op.CALL) this.fail(k, 'not followed by PRECALL and CALL');
    if (names.items.length > this.arg(next)) this.fail(k, `${names.items.length} keywords for a CALL of ${this.arg(next)} arguments`);
  }

  /**
   * COPY_FREE_VARS and MAKE_CELL come first, each cell made once and the free variables (the last slots)
   * copied in; then RETURN_GENERATOR in a generator's code, and nowhere else.
   */
  private checkPrefix(): void {
    const code = this.code;
    const kinds = code.localspluskinds;
    const nfree = kinds.filter((kind) => kind & CO_FAST_FREE).length;
    const made = new Set<number>();
    let copied = false;
    let k = 0;
    for (; k < this.starts.length && (this.op(k) === op.COPY_FREE_VARS || this.op(k) === op.MAKE_CELL); k++) {
      const arg = this.arg(k);
      if (this.op(k) === op.MAKE_CELL) {
        if ((kinds[arg] & CO_FAST_CELL) === 0 || (kinds[arg] & CO_FAST_FREE) !== 0) this.fail(k, `'${code.localsplusnames[arg]}' is not a cell variable`);
        if (made.has(arg)) this.fail(k, 'cell made twice');
        made.add(arg);
      } else {
        // Code without free variables has none to copy (and module code has no closure to copy from).
        if (copied || arg !== nfree || nfree === 0) this.fail(k, `oparg ${arg}, for ${nfree} free variables`);
        copied = true;
      }
    }
    kinds.forEach((kind, i) => {
      if (kind & CO_FAST_FREE && i < kinds.length - nfree) throw new Refusal(`free variable '${code.localsplusnames[i]}' is not among the last slots`);
      if (kind & CO_FAST_CELL && !made.has(i)) throw new Refusal(`no MAKE_CELL for the cell variable '${code.localsplusnames[i]}'`);
    });
    if (nfree > 0 && !copied) throw new Refusal(`no COPY_FREE_VARS for the ${nfree} free variables`);
    const generator = (code.flags & GENERATOR_FLAGS) !== 0;
    if (generator) {
      if (k >= this.starts.length || this.op(k) !== op.RETURN_GENERATOR) throw new Refusal('generator code does not start with RETURN_GENERATOR');
      k++;
    }
    this.bodyStart = k < this.starts.length ? this.starts[k] : this.ops.length;
    for (let j = k; j < this.starts.length; j++) {
      const o = this.op(j);
      if (o === op.COPY_FREE_VARS || o === op.MAKE_CELL || o === op.RETURN_GENERATOR) this.fail(j, 'not at the start of the code');
    }
  }

  private checkExceptionTable(): void {
    for (const h of this.handlers) {
      const entry = () => `exception table entry ${2 * h.start} to ${2 * h.end} -> ${2 * h.target} [${h.depth}]`;
      if (!(h.start >= 0 && h.start < h.end && h.end <= this.ops.length && h.depth >= 0)) throw new Refusal(`${entry()}: out of range`);
      this.checkTarget(h.target, entry);
    }
  }

  /** Merges `stack` into what instruction k may find; `from` is the instruction it comes from (-1: the entry). */
  private merge(k: number, stack: number[], from: number): void {
    if (k >= this.starts.length) throw new Refusal(`${this.where(from)}: runs past the end of the code`);
    if (stack.length > this.maxDepth) {
      this.maxDepth = stack.length;
      if (stack.length > this.code.stacksize) {
        throw new Refusal(`${this.where(from)}: the stack grows to ${stack.length} items, past co_stacksize ${this.code.stacksize}`);
      }
    }
    const known = this.states[k];
    if (known === undefined) {
      this.states[k] = stack;
    } else {
      if (known.length !== stack.length) {
        throw new Refusal(`${this.where(k)}: reached with ${known.length} and with ${stack.length} items on the stack`);
      }
      let changed = false;
      for (let i = 0; i < stack.length; i++) {
        if ((known[i] | stack[i]) !== known[i]) {
          known[i] |= stack[i];
          changed = true;
        }
      }
      if (!changed) return;
    }
    if (this.queued[k] === 0) {
      this.queued[k] = 1;
      this.work.push(k);
    }
  }

  /** Follows instruction k from the stack it may find into every instruction it may go to. */
  private step(k: number): void {
    const stack = this.states[k]!;
    const o = this.op(k);
    const arg = this.arg(k);
    const inputs = stackInputs(o, arg)!;
    if (inputs > stack.length) this.fail(k, `takes ${inputs} items from a stack of ${stack.length}`);
    const below = stack.slice(0, stack.length - inputs);
    const taken = stack.slice(stack.length - inputs);
    const h = this.handlerOf[k];
    if (h !== null && !CANNOT_RAISE.has(o)) {
      // Raising, it has taken its inputs off the stack, except those it leaves in place.
      const left = below.length + kept(o, arg);
      if (left < h.depth) this.fail(k, `its exception handler keeps ${h.depth} items of a stack left with ${left}`);
      const handlerStack = stack.slice(0, h.depth);
      if (h.lasti) handlerStack.push(K_LASTI);
      handlerStack.push(K_EXC);
      this.merge(this.index[h.target], handlerStack, k);
    }
    // Computed (and its inputs checked) also where the next instruction does not follow.
    const fallThrough = this.outputs(k, taken, false);
    if (!NO_FALL_THROUGH.has(o)) this.merge(k + 1, below.concat(fallThrough), k);
    if (op.hasjrel.has(o)) this.merge(this.index[this.jumpTarget(k)], below.concat(this.outputs(k, taken, true)), k);
  }

  /** The kinds instruction k leaves in place of `taken` (its inputs, bottom first), checking them on the way. */
  private outputs(k: number, taken: number[], jump: boolean): number[] {
    const o = this.op(k);
    const arg = this.arg(k);
    const n = taken.length;
    switch (o) {
      case op.POP_TOP:
        return [];
      case op.SWAP: {
        const out = taken.slice();
        [out[0], out[n - 1]] = [out[n - 1], out[0]];
        return out;
      }
      case op.COPY:
        return [...taken, taken[0]];
      case op.PRECALL:
        // Reads nothing here: CALL checks what it takes.
        return taken;
      case op.CALL:
        // The callable's slot may hold NULL; the callable (or self) and the arguments are objects.
        this.objects(k, taken, 1, n);
        return [K_OBJECT];
      case op.CALL_FUNCTION_EX:
        this.objects(k, taken, 1, 3);
        if (arg & 1) this.need(k, taken, 3, K_DICT);
        return [K_OBJECT];
      case op.PUSH_NULL:
        return [K_NULL];
      case op.LOAD_GLOBAL:
        return arg & 1 ? [K_NULL, K_OBJECT] : [K_OBJECT];
      case op.LOAD_METHOD:
        this.objects(k, taken, 0, 1);
        return [K_NULL | K_OBJECT, K_OBJECT];
      case op.LOAD_CONST:
        return [constKind(this.code.consts[arg])];
      case op.BUILD_LIST:
        this.objects(k, taken, 0, n);
        return [K_LIST];
      case op.BUILD_SET:
        this.objects(k, taken, 0, n);
        return [K_SET];
      case op.BUILD_TUPLE:
        this.objects(k, taken, 0, n);
        return [K_TUPLE];
      case op.BUILD_MAP:
        this.objects(k, taken, 0, n);
        return [K_DICT];
      case op.BUILD_CONST_KEY_MAP:
        this.objects(k, taken, 0, n - 1);
        this.need(k, taken, n - 1, K_TUPLE | K_STR_TUPLE);
        return [K_DICT];
      case op.LIST_TO_TUPLE:
        this.need(k, taken, 0, K_LIST);
        return [K_TUPLE];
      case op.BUILD_STRING:
        for (let i = 0; i < n; i++) this.need(k, taken, i, K_STR);
        return [K_STR];
      case op.FORMAT_VALUE:
        this.objects(k, taken, 0, 1);
        if (n === 2) this.need(k, taken, 1, K_STR);
        return [K_STR];
      case op.LIST_APPEND: case op.LIST_EXTEND:
        this.need(k, taken, 0, K_LIST);
        this.objects(k, taken, n - 1, n);
        return taken.slice(0, n - 1);
      case op.SET_ADD: case op.SET_UPDATE:
        this.need(k, taken, 0, K_SET);
        this.objects(k, taken, n - 1, n);
        return taken.slice(0, n - 1);
      case op.DICT_UPDATE:
        this.need(k, taken, 0, K_DICT);
        this.objects(k, taken, n - 1, n);
        return taken.slice(0, n - 1);
      case op.MAP_ADD:
        this.need(k, taken, 0, K_DICT);
        this.objects(k, taken, n - 2, n);
        return taken.slice(0, n - 2);
      case op.DICT_MERGE:
        // The function being called, two below the dict, is named in its error messages.
        this.objects(k, taken, 0, 1);
        this.need(k, taken, 2, K_DICT);
        this.objects(k, taken, n - 1, n);
        return taken.slice(0, n - 1);
      case op.PUSH_EXC_INFO:
        this.need(k, taken, 0, K_EXC);
        return [K_EXC | K_NONE, K_EXC];
      case op.POP_EXCEPT:
        this.need(k, taken, 0, K_EXC | K_NONE);
        return [];
      case op.CHECK_EXC_MATCH:
        this.need(k, taken, 0, K_EXC);
        this.objects(k, taken, 1, 2);
        return [taken[0], K_OBJECT];
      case op.CHECK_EG_MATCH:
        this.need(k, taken, 0, K_EXC | K_NONE);
        this.objects(k, taken, 1, 2);
        return [K_EXC | K_NONE, K_EXC | K_NONE];
      case op.PREP_RERAISE_STAR:
        this.objects(k, taken, 0, 1);
        this.need(k, taken, 1, K_LIST);
        return [K_EXC | K_NONE];
      case op.RERAISE:
        // The exception is checked when it is raised (it may be None here); the lasti an oparg names is not.
        this.objects(k, taken, n - 1, n);
        if (arg > 0) this.need(k, taken, 0, K_LASTI);
        return [];
      case op.WITH_EXCEPT_START:
        this.objects(k, taken, 0, 1);
        this.need(k, taken, 3, K_EXC);
        return [...taken, K_OBJECT];
      case op.END_ASYNC_FOR:
        this.objects(k, taken, 0, 1);
        this.need(k, taken, 1, K_EXC);
        return [];
      case op.FOR_ITER:
        this.objects(k, taken, 0, 1);
        return jump ? [] : [taken[0], K_OBJECT];
      case op.SEND:
        this.objects(k, taken, 0, 2);
        return jump ? [K_OBJECT] : [taken[0], K_OBJECT];
      case op.JUMP_IF_TRUE_OR_POP: case op.JUMP_IF_FALSE_OR_POP:
        this.objects(k, taken, 0, 1);
        return jump ? taken : [];
      case op.GET_LEN: case op.MATCH_MAPPING: case op.MATCH_SEQUENCE: case op.IMPORT_FROM: case op.GET_ANEXT:
        this.objects(k, taken, 0, 1);
        return [taken[0], K_OBJECT];
      case op.MATCH_KEYS:
        this.objects(k, taken, 0, 1);
        this.need(k, taken, 1, K_TUPLE | K_STR_TUPLE);
        return [taken[0], taken[1], K_OBJECT];
      case op.MATCH_CLASS:
        this.objects(k, taken, 0, 2);
        this.need(k, taken, 2, K_STR_TUPLE);
        return [K_OBJECT];
    }
    this.objects(k, taken, 0, n);
    return new Array<number>(stackOutputs(o, arg, jump)!).fill(K_OBJECT);
  }

  /** Input i of instruction k (of `taken`, bottom first) may only be of the `allowed` kinds. */
  private need(k: number, taken: number[], i: number, allowed: number): void {
    if ((taken[i] & ~allowed) !== 0) {
      const wanted = allowed === ANY ? 'an object' : describe(allowed);
      this.fail(k, `stack item ${taken.length - i} may be ${describe(taken[i])}, where ${wanted} is needed`);
    }
  }

  /** Inputs from..to-1 of instruction k are objects (not NULL). */
  private objects(k: number, taken: number[], from: number, to: number): void {
    for (let i = from; i < to; i++) this.need(k, taken, i, ANY);
  }

}

/** How many of an instruction's inputs (from the bottom) its handler leaves in place, also when it raises. */
function kept(o: number, arg: number): number {
  switch (o) {
    case op.GET_ANEXT: case op.GET_LEN: case op.MATCH_MAPPING: case op.MATCH_SEQUENCE: case op.IMPORT_FROM:
    case op.FOR_ITER: case op.SEND: case op.CHECK_EG_MATCH:
      return 1;
    case op.MATCH_KEYS: case op.CHECK_EXC_MATCH:
      return 2;
    case op.WITH_EXCEPT_START:
      return 4;
    case op.LIST_APPEND: case op.SET_ADD: case op.LIST_EXTEND: case op.SET_UPDATE: case op.DICT_UPDATE: case op.MAP_ADD:
    case op.RERAISE:
      // RERAISE pops the exception only: the lasti it reads stays for the handler's cleanup.
      return arg;
    case op.DICT_MERGE:
      return arg + 2;
  }
  return 0;
}

/** "list or tuple": the kinds in a set of kinds. */
function describe(kinds: number): string {
  return KIND_NAMES.filter((_, bit) => kinds & (1 << bit)).join(' or ');
}

/** What LOAD_CONST pushes. */
function constKind(c: PyConst): number {
  if (c === null) return K_NONE;
  // A StrConst (a str a JS string cannot hold) is a str too; names never are one.
  if (typeof c === 'string' || c instanceof StrConst) return K_STR;
  if (c instanceof TupleConst) return c.items.every((x) => typeof x === 'string') ? K_STR_TUPLE : K_TUPLE;
  return K_OBJECT;
}
