// Control-flow-graph passes run by the assembler: peephole optimisation,
// unreachable-code removal, line-number propagation and exception-handler
// labelling. Mirrors the optimize_cfg() family of CPython 3.11's compile.c.
import * as op from '@pyc-ts/bytecode';
import { CodeObject, ComplexConst, FloatConst, StrConst, TupleConst, BytesConst, FrozensetConst, type PyConst } from '@pyc-ts/bytecode';
import { BasicBlock, type Instr, constKey, newBlock, type CompilerUnit, JUMP, JUMP_NO_INTERRUPT, POP_BLOCK,
  POP_JUMP_IF_FALSE, POP_JUMP_IF_NONE, POP_JUMP_IF_NOT_NONE, POP_JUMP_IF_TRUE, SETUP_CLEANUP, SETUP_WITH } from './unit.js';
import { copyInstr, copyLocation, isBlockPush, isJump, lastInstr } from './instr.js';

/** Blocks with at most this many instructions may be copied (MAX_COPY_SIZE). */
const MAX_COPY_SIZE = 4;

/**
 * co_consts while the graph is optimised: still a list, so that folded tuples
 * can be appended. Keys (constKey) find an equal constant already present.
 */
export class ConstList {
  values: PyConst[] = [];
  keys: string[] = [];

  static fromUnit(u: CompilerUnit): ConstList {
    const list = new ConstList();
    for (const { value, index } of u.consts.values()) {
      list.values[index] = value;
      list.keys[index] = constKey(value);
    }
    return list;
  }

  /** Index of an equal constant, appending it if absent. */
  indexOf(value: PyConst): number {
    const key = constKey(value);
    const found = this.keys.indexOf(key);
    if (found >= 0) return found;
    this.values.push(value);
    this.keys.push(key);
    return this.values.length - 1;
  }

  truncate(length: number): void {
    this.values.length = length;
    this.keys.length = length;
  }
}

/** PyObject_IsTrue for a constant. */
function constIsTrue(c: PyConst): boolean {
  if (c === null) return false;
  switch (typeof c) {
    case 'boolean':
      return c;
    case 'bigint':
      return c !== 0n;
    case 'string':
      return c.length > 0;
  }
  if (c instanceof StrConst) return true; // never empty
  if (c instanceof FloatConst) return c.value !== 0;
  if (c instanceof ComplexConst) return c.real !== 0 || c.imag !== 0;
  if (c instanceof BytesConst) return c.bytes.length > 0;
  if (c instanceof TupleConst || c instanceof FrozensetConst) return c.items.length > 0;
  if (c instanceof CodeObject) return true;
  return true; // Ellipsis
}

/** Mark exit and no-fallthrough blocks; skip empty jump targets (normalize_basic_block). */
export function normalizeBasicBlock(bb: BasicBlock): void {
  const n = bb.instrs.length;
  bb.instrs.forEach((instr, i) => {
    switch (instr.opcode) {
      case op.RETURN_VALUE:
      case op.RAISE_VARARGS:
      case op.RERAISE:
        bb.exit = true;
        bb.nofallthrough = true;
        return;
      case JUMP:
      case JUMP_NO_INTERRUPT:
      case POP_JUMP_IF_NOT_NONE:
      case POP_JUMP_IF_NONE:
      case POP_JUMP_IF_FALSE:
      case POP_JUMP_IF_TRUE:
      case op.JUMP_IF_FALSE_OR_POP:
      case op.JUMP_IF_TRUE_OR_POP:
      case op.FOR_ITER:
        if (instr.opcode === JUMP || instr.opcode === JUMP_NO_INTERRUPT) bb.nofallthrough = true;
        if (i !== n - 1) throw new Error('internal error: malformed control flow graph.');
        // Skip over empty basic blocks.
        while (instr.target!.instrs.length === 0) instr.target = instr.target!.next;
        return;
    }
  });
}

function blockHasLineno(bb: BasicBlock): boolean {
  return bb.instrs.some((i) => i.lineno > 0);
}

/** If the block ends with a jump to a small exit block without line numbers, inline that block. */
export function extendBlock(bb: BasicBlock): void {
  const last = lastInstr(bb);
  if (last === undefined) return;
  if (last.opcode !== JUMP && last.opcode !== op.JUMP_FORWARD && last.opcode !== op.JUMP_BACKWARD) return;
  const toCopy = last.target!;
  if (toCopy.exit && toCopy.instrs.length <= MAX_COPY_SIZE) {
    // Copy only blocks without line numbers (like the implicit `return None`).
    if (blockHasLineno(toCopy)) return;
    last.opcode = op.NOP;
    for (const instr of toCopy.instrs) bb.instrs.push(copyInstr(instr));
    bb.exit = true;
  }
}

/** Remove NOPs where that loses no line event (clean_basic_block). */
export function cleanBasicBlock(bb: BasicBlock): void {
  const instrs = bb.instrs;
  const kept: Instr[] = [];
  let prevLineno = -1;
  for (let src = 0; src < instrs.length; src++) {
    const instr = instrs[src];
    const lineno = instr.lineno;
    if (instr.opcode === op.NOP) {
      // A NOP without a line number, or repeating the previous one, goes.
      if (lineno < 0) continue;
      if (prevLineno === lineno) continue;
      if (src < instrs.length - 1) {
        // So does one whose line the next instruction carries or can take over.
        const nextLineno = instrs[src + 1].lineno;
        if (nextLineno === lineno) continue;
        if (nextLineno < 0) {
          copyLocation(instr, instrs[src + 1]);
          continue;
        }
      } else {
        // Or the last in the block when the next block starts on the same line.
        let next = bb.next;
        while (next !== null && next.instrs.length === 0) next = next.next;
        if (next !== null && lineno === next.instrs[0].lineno) continue;
      }
    }
    kept.push(instr);
    prevLineno = lineno;
  }
  bb.instrs = kept;
}

/**
 * LOAD_CONST c1 ... LOAD_CONST cn; BUILD_TUPLE n  ->  NOP ... NOP; LOAD_CONST (c1, ..., cn).
 * `start` indexes the first of the n instructions before the BUILD_TUPLE.
 */
function foldTupleOnConstants(instrs: Instr[], start: number, n: number, consts: ConstList): void {
  for (let i = 0; i < n; i++) {
    if (instrs[start + i].opcode !== op.LOAD_CONST) return;
  }
  const items: PyConst[] = [];
  for (let i = 0; i < n; i++) items.push(consts.values[instrs[start + i].oparg]);
  const index = consts.indexOf(new TupleConst(items));
  for (let i = 0; i < n; i++) instrs[start + i].opcode = op.NOP;
  instrs[start + n].opcode = op.LOAD_CONST;
  instrs[start + n].oparg = index;
}

/**
 * Replace a run of SWAPs and NOPs starting at `ix` by an optimal one with the same
 * effect (swaptimize). Returns the index of the run's last instruction.
 */
function swaptimize(bb: BasicBlock, ix: number): number {
  const instrs = bb.instrs;
  let depth = instrs[ix].oparg;
  let len = 0;
  let more = false;
  const limit = instrs.length - ix;
  while (++len < limit) {
    const opcode = instrs[ix + len].opcode;
    if (opcode === op.SWAP) {
      depth = Math.max(depth, instrs[ix + len].oparg);
      more = true;
    } else if (opcode !== op.NOP) {
      break;
    }
  }
  // A single SWAP is already optimal.
  if (!more) return ix;
  // Simulate the run on a stack of item numbers.
  const VISITED = -1;
  const stack: number[] = [];
  for (let i = 0; i < depth; i++) stack.push(i);
  for (let i = 0; i < len; i++) {
    const instr = instrs[ix + i];
    if (instr.opcode === op.SWAP) {
      const top = stack[0];
      stack[0] = stack[instr.oparg - 1];
      stack[instr.oparg - 1] = top;
    }
  }
  // Walk each permutation cycle through position 0, writing SWAPs from the end of the run.
  let current = len - 1;
  for (let i = 0; i < depth; i++) {
    if (stack[i] === VISITED || stack[i] === i) continue;
    let j = i;
    for (;;) {
      if (j !== 0) {
        const instr = instrs[ix + current--];
        instr.opcode = op.SWAP;
        instr.oparg = j + 1;
      }
      if (stack[j] === VISITED) break;
      const nextJ = stack[j];
      stack[j] = VISITED;
      j = nextJ;
    }
  }
  while (current >= 0) instrs[ix + current--].opcode = op.NOP;
  return ix + len - 1;
}

// Opcodes that may be reordered past a SWAP: they only consume the top of stack,
// cannot jump or raise, and run no arbitrary code.
function swappable(opcode: number): boolean {
  return opcode === op.STORE_FAST || opcode === op.POP_TOP;
}

function storesTo(instr: Instr): number {
  return instr.opcode === op.STORE_FAST ? instr.oparg : -1;
}

function nextSwappableInstruction(bb: BasicBlock, i: number, lineno: number): number {
  while (++i < bb.instrs.length) {
    const instr = bb.instrs[i];
    // Reordering across a line change would be visible to tracing.
    if (lineno >= 0 && instr.lineno !== lineno) return -1;
    if (instr.opcode === op.NOP) continue;
    if (swappable(instr.opcode)) return i;
    return -1;
  }
  return -1;
}

/** Apply SWAPs by swapping the instructions that consume the items (apply_static_swaps). */
function applyStaticSwaps(bb: BasicBlock, i: number): void {
  for (; i >= 0; i--) {
    const swap = bb.instrs[i];
    if (swap.opcode !== op.SWAP) {
      if (swap.opcode === op.NOP || swappable(swap.opcode)) continue;
      return;
    }
    const j = nextSwappableInstruction(bb, i, -1);
    if (j < 0) return;
    let k = j;
    const lineno = bb.instrs[j].lineno;
    for (let count = swap.oparg - 1; count > 0; count--) {
      k = nextSwappableInstruction(bb, k, lineno);
      if (k < 0) return;
    }
    // Unsafe if the two store to the same local, or something between them does.
    const storeJ = storesTo(bb.instrs[j]);
    const storeK = storesTo(bb.instrs[k]);
    if (storeJ >= 0 || storeK >= 0) {
      if (storeJ === storeK) return;
      for (let idx = j + 1; idx < k; idx++) {
        const storeIdx = storesTo(bb.instrs[idx]);
        if (storeIdx >= 0 && (storeIdx === storeJ || storeIdx === storeK)) return;
      }
    }
    swap.opcode = op.NOP;
    const temp = bb.instrs[j];
    bb.instrs[j] = bb.instrs[k];
    bb.instrs[k] = temp;
  }
}

/** Make `inst` jump straight to where the jump `target` goes, if on the same line (jump_thread). */
function jumpThread(inst: Instr, target: Instr, opcode: number): boolean {
  // If both already go to the same place nothing changes (and we would loop forever).
  if (inst.lineno === target.lineno && inst.target !== target.target) {
    inst.target = target.target;
    inst.opcode = opcode;
    return true;
  }
  return false;
}

const NOP_INSTR: Instr = {
  opcode: op.NOP, oparg: 0, target: null, except: null, lineno: -1, endLineno: -1, colOffset: -1, endColOffset: -1,
};

/** Peephole optimisation of one block (optimize_basic_block). */
function optimizeBasicBlock(bb: BasicBlock, consts: ConstList): void {
  const instrs = bb.instrs;
  for (let i = 0; i < instrs.length; i++) {
    const inst = instrs[i];
    const oparg = inst.oparg;
    const nextop = i + 1 < instrs.length ? instrs[i + 1].opcode : 0;
    let target: Instr;
    if (isJump(inst) || isBlockPush(inst)) {
      // Skip over empty basic blocks.
      while (inst.target!.instrs.length === 0) inst.target = inst.target!.next;
      target = inst.target!.instrs[0];
    } else {
      target = NOP_INSTR;
    }
    switch (inst.opcode) {
      // Remove LOAD_CONST const; conditional jump.
      case op.LOAD_CONST: {
        switch (nextop) {
          case POP_JUMP_IF_FALSE:
          case POP_JUMP_IF_TRUE: {
            const isTrue = constIsTrue(consts.values[oparg]);
            inst.opcode = op.NOP;
            if (isTrue === (nextop === POP_JUMP_IF_TRUE)) {
              instrs[i + 1].opcode = JUMP;
              bb.nofallthrough = true;
            } else {
              instrs[i + 1].opcode = op.NOP;
            }
            break;
          }
          case op.JUMP_IF_FALSE_OR_POP:
          case op.JUMP_IF_TRUE_OR_POP: {
            const isTrue = constIsTrue(consts.values[oparg]);
            if (isTrue === (nextop === op.JUMP_IF_TRUE_OR_POP)) {
              instrs[i + 1].opcode = JUMP;
              bb.nofallthrough = true;
            } else {
              inst.opcode = op.NOP;
              instrs[i + 1].opcode = op.NOP;
            }
            break;
          }
          case op.IS_OP: {
            // `x is None` / `x is not None` feeding a conditional jump.
            const jumpOp = i + 2 < instrs.length ? instrs[i + 2].opcode : 0;
            if (consts.values[oparg] === null && (jumpOp === POP_JUMP_IF_FALSE || jumpOp === POP_JUMP_IF_TRUE)) {
              const nextarg = instrs[i + 1].oparg & 0xff;
              inst.opcode = op.NOP;
              instrs[i + 1].opcode = op.NOP;
              instrs[i + 2].opcode = (nextarg ^ (jumpOp === POP_JUMP_IF_FALSE ? 1 : 0)) !== 0
                ? POP_JUMP_IF_NOT_NONE : POP_JUMP_IF_NONE;
            }
            break;
          }
        }
        break;
      }
      // Fold tuples of constants; BUILD_TUPLE n; UNPACK_SEQUENCE n is a no-op or a SWAP.
      case op.BUILD_TUPLE:
        if (nextop === op.UNPACK_SEQUENCE && oparg === instrs[i + 1].oparg) {
          if (oparg === 1) {
            inst.opcode = op.NOP;
            instrs[i + 1].opcode = op.NOP;
            continue;
          }
          if (oparg === 2 || oparg === 3) {
            inst.opcode = op.NOP;
            instrs[i + 1].opcode = op.SWAP;
            continue;
          }
        }
        if (i >= oparg) foldTupleOnConstants(instrs, i - oparg, oparg, consts);
        break;
      // Conditional jumps to conditional jumps whose outcome the first one implies.
      case op.JUMP_IF_FALSE_OR_POP:
        switch (target.opcode) {
          case POP_JUMP_IF_FALSE:
            if (jumpThread(inst, target, POP_JUMP_IF_FALSE)) i--;
            break;
          case JUMP:
          case op.JUMP_IF_FALSE_OR_POP:
            if (jumpThread(inst, target, op.JUMP_IF_FALSE_OR_POP)) i--;
            break;
          case op.JUMP_IF_TRUE_OR_POP:
          case POP_JUMP_IF_TRUE:
            if (inst.lineno === target.lineno) {
              inst.opcode = POP_JUMP_IF_FALSE;
              inst.target = inst.target!.next;
              i--;
            }
            break;
        }
        break;
      case op.JUMP_IF_TRUE_OR_POP:
        switch (target.opcode) {
          case POP_JUMP_IF_TRUE:
            if (jumpThread(inst, target, POP_JUMP_IF_TRUE)) i--;
            break;
          case JUMP:
          case op.JUMP_IF_TRUE_OR_POP:
            if (jumpThread(inst, target, op.JUMP_IF_TRUE_OR_POP)) i--;
            break;
          case op.JUMP_IF_FALSE_OR_POP:
          case POP_JUMP_IF_FALSE:
            if (inst.lineno === target.lineno) {
              inst.opcode = POP_JUMP_IF_TRUE;
              inst.target = inst.target!.next;
              i--;
            }
            break;
        }
        break;
      case POP_JUMP_IF_NOT_NONE:
      case POP_JUMP_IF_NONE:
      case POP_JUMP_IF_FALSE:
      case POP_JUMP_IF_TRUE:
      case JUMP:
        if (target.opcode === JUMP && jumpThread(inst, target, inst.opcode)) i--;
        break;
      case op.SWAP:
        if (oparg === 1) {
          inst.opcode = op.NOP;
          break;
        }
        i = swaptimize(bb, i);
        applyStaticSwaps(bb, i);
        break;
      case op.PUSH_NULL:
        // CPython tests the next *opcode*'s low bit here (always clear for LOAD_GLOBAL),
        // so a PUSH_NULL before any LOAD_GLOBAL is folded into it.
        if (nextop === op.LOAD_GLOBAL && (instrs[i + 1].opcode & 1) === 0) {
          inst.opcode = op.NOP;
          inst.oparg = 0;
          instrs[i + 1].oparg |= 1;
        }
        break;
    }
  }
}

/** Count predecessors of every block reachable from the entry (mark_reachable). */
function markReachable(entry: BasicBlock): void {
  const stack: BasicBlock[] = [entry];
  entry.predecessors = 1;
  while (stack.length > 0) {
    const b = stack.pop()!;
    if (b.next !== null && !b.nofallthrough) {
      if (b.next.predecessors === 0) stack.push(b.next);
      b.next.predecessors++;
    }
    for (const instr of b.instrs) {
      if (isJump(instr) || isBlockPush(instr)) {
        const target = instr.target!;
        if (target.predecessors === 0) stack.push(target);
        target.predecessors++;
      }
    }
  }
}

export function eliminateEmptyBasicBlocks(entry: BasicBlock): void {
  for (let b: BasicBlock | null = entry; b !== null; b = b.next) {
    let next: BasicBlock | null = b.next;
    if (next !== null) {
      while (next.instrs.length === 0 && next.next !== null) next = next.next;
      b.next = next;
    }
  }
  for (let b: BasicBlock | null = entry; b !== null; b = b.next) {
    const last = lastInstr(b);
    if (last !== undefined && isJump(last)) {
      let target = last.target!;
      while (target.instrs.length === 0) target = target.next!;
      last.target = target;
    }
  }
}

/**
 * Optimise the graph: peephole passes, inlining of small exits, removal of
 * unreachable blocks and of jumps to the next block (optimize_cfg).
 */
export function optimizeCfg(u: CompilerUnit, entry: BasicBlock, consts: ConstList): void {
  for (let b: BasicBlock | null = entry; b !== null; b = b.next) {
    optimizeBasicBlock(b, consts);
    cleanBasicBlock(b);
  }
  for (let b = u.blocks; b !== null; b = b.list) extendBlock(b);
  markReachable(entry);
  // Delete unreachable instructions.
  for (let b: BasicBlock | null = entry; b !== null; b = b.next) {
    if (b.predecessors === 0) {
      b.instrs = [];
      b.nofallthrough = false;
    }
  }
  eliminateEmptyBasicBlocks(entry);
  for (let b: BasicBlock | null = entry; b !== null; b = b.next) cleanBasicBlock(b);
  // Delete jumps made redundant by the previous steps: jumps to the next block.
  let maybeEmptyBlocks = false;
  for (let b: BasicBlock | null = entry; b !== null; b = b.next) {
    const last = lastInstr(b);
    if (last !== undefined && (last.opcode === JUMP || last.opcode === JUMP_NO_INTERRUPT) && last.target === b.next) {
      b.nofallthrough = false;
      last.opcode = op.NOP;
      maybeEmptyBlocks = true;
    }
  }
  if (maybeEmptyBlocks) eliminateEmptyBasicBlocks(entry);
}

/** Drop trailing constants nothing loads; the first stays (it may be the docstring). */
export function trimUnusedConsts(entry: BasicBlock, consts: ConstList): void {
  let maxConstIndex = 0;
  for (let b: BasicBlock | null = entry; b !== null; b = b.next) {
    for (const instr of b.instrs) {
      if ((instr.opcode === op.LOAD_CONST || instr.opcode === op.KW_NAMES) && instr.oparg > maxConstIndex) {
        maxConstIndex = instr.oparg;
      }
    }
  }
  if (maxConstIndex + 1 < consts.values.length) consts.truncate(maxConstIndex + 1);
}

function isExitWithoutLineno(b: BasicBlock): boolean {
  return b.exit && b.instrs.every((i) => i.lineno < 0);
}

/** compiler_copy_block: a fresh block (in the unit's b_list) with copies of the instructions. */
function copyBlock(u: CompilerUnit, block: BasicBlock): BasicBlock {
  const result = newBlock(u);
  result.instrs = block.instrs.map(copyInstr);
  result.exit = block.exit;
  result.nofallthrough = true;
  return result;
}

/**
 * PEP 626: every exit needs a line number. Exit blocks without one that several
 * jumps reach are duplicated, so each copy can take its sole predecessor's line.
 */
export function duplicateExitsWithoutLineno(u: CompilerUnit): void {
  for (let b = u.blocks; b !== null; b = b.list) {
    const last = lastInstr(b);
    if (last !== undefined && isJump(last)) {
      const target = last.target!;
      if (isExitWithoutLineno(target) && target.predecessors > 1) {
        const newTarget = copyBlock(u, target);
        copyLocation(last, newTarget.instrs[0]);
        last.target = newTarget;
        target.predecessors--;
        newTarget.predecessors = 1;
        newTarget.next = target.next;
        target.next = newTarget;
      }
    }
  }
  // Eliminate empty blocks.
  for (let b = u.blocks; b !== null; b = b.list) {
    while (b.next !== null && b.next.instrs.length === 0) b.next = b.next.next;
  }
  // Remaining exits without a line number are reached only by falling through.
  for (let b = u.blocks; b !== null; b = b.list) {
    if (!b.nofallthrough && b.next !== null && b.instrs.length > 0 && isExitWithoutLineno(b.next)) {
      copyLocation(lastInstr(b)!, b.next.instrs[0]);
    }
  }
}

/**
 * Instructions without a line take the previous one's; a successor block with a
 * single predecessor and no line on its first instruction takes the last line.
 */
export function propagateLineNumbers(entry: BasicBlock): void {
  for (let b: BasicBlock | null = entry; b !== null; b = b.next) {
    if (b.instrs.length === 0) continue;
    // Not a real instruction: just carries the last location seen.
    const prev: Instr = { ...NOP_INSTR };
    for (const instr of b.instrs) {
      if (instr.lineno < 0) copyLocation(prev, instr);
      else copyLocation(instr, prev);
    }
    if (!b.nofallthrough && b.next !== null && b.next.predecessors === 1 && b.next.instrs[0].lineno < 0) {
      copyLocation(prev, b.next.instrs[0]);
    }
    const last = lastInstr(b)!;
    if (isJump(last)) {
      const target = last.target!;
      if (target.predecessors === 1 && target.instrs[0].lineno < 0) copyLocation(prev, target.instrs[0]);
    }
  }
}

/** Give returns still lacking a line number the last line seen before them. */
export function guaranteeLinenoForExits(entry: BasicBlock, firstlineno: number): void {
  let lineno = firstlineno;
  for (let b: BasicBlock | null = entry; b !== null; b = b.next) {
    const last = lastInstr(b);
    if (last === undefined) continue;
    if (last.lineno < 0) {
      if (last.opcode === op.RETURN_VALUE) {
        for (const instr of b.instrs) instr.lineno = lineno;
      }
    } else {
      lineno = last.lineno;
    }
  }
}

/**
 * Record on every instruction the handler in force (instr.except), following
 * SETUP_* / POP_BLOCK along all paths (label_exception_targets). An exception
 * stack is [null, handler1, handler2, ...]; its last item is the current handler.
 */
export function labelExceptionTargets(entry: BasicBlock): void {
  for (let b: BasicBlock | null = entry; b !== null; b = b.next) b.visited = false;
  const todo: BasicBlock[] = [entry];
  entry.visited = true;
  entry.exceptStack = [null];
  while (todo.length > 0) {
    const b = todo.pop()!;
    let exceptStack: (BasicBlock | null)[] | null = b.exceptStack!;
    b.exceptStack = null;
    let handler: BasicBlock | null = exceptStack[exceptStack.length - 1];
    for (const instr of b.instrs) {
      if (isBlockPush(instr)) {
        const target = instr.target!;
        if (!target.visited) {
          target.exceptStack = exceptStack!.slice();
          todo.push(target);
          target.visited = true;
        }
        if (instr.opcode === SETUP_WITH || instr.opcode === SETUP_CLEANUP) target.preserveLasti = true;
        exceptStack!.push(target);
        handler = target;
      } else if (instr.opcode === POP_BLOCK) {
        exceptStack!.pop();
        handler = exceptStack![exceptStack!.length - 1];
      } else if (isJump(instr)) {
        instr.except = handler;
        const target = instr.target!;
        if (!target.visited) {
          if (!b.nofallthrough) {
            target.exceptStack = exceptStack!.slice();
          } else {
            target.exceptStack = exceptStack;
            exceptStack = null;
          }
          todo.push(target);
          target.visited = true;
        }
      } else {
        instr.except = handler;
      }
    }
    if (!b.nofallthrough && b.next !== null && !b.next.visited) {
      b.next.exceptStack = exceptStack;
      todo.push(b.next);
      b.next.visited = true;
    }
  }
}

/** The SETUP_* and POP_BLOCK pseudo-instructions have done their job: make them NOPs. */
export function convertExceptionHandlersToNops(entry: BasicBlock): void {
  for (let b: BasicBlock | null = entry; b !== null; b = b.next) {
    for (const instr of b.instrs) {
      if (isBlockPush(instr) || instr.opcode === POP_BLOCK) instr.opcode = op.NOP;
    }
  }
}
