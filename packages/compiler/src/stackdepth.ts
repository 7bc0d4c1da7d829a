// Stack effects of real and pseudo opcodes (the real ones from @pyc-ts/bytecode's table), and the maximum
// stack depth of a unit's flow graph. Mirrors stack_effect() and stackdepth() of CPython 3.11's compile.c.
import * as op from '@pyc-ts/bytecode';
import { BasicBlock, JUMP, JUMP_NO_INTERRUPT, POP_BLOCK, POP_JUMP_IF_FALSE, POP_JUMP_IF_NONE,
  POP_JUMP_IF_NOT_NONE, POP_JUMP_IF_TRUE, SETUP_CLEANUP, SETUP_FINALLY, SETUP_WITH } from './unit.js';
import { isBlockPush, isJump } from './instr.js';

/**
 * How many items `opcode` pushes (positive) or pops (negative). `jump` picks the
 * branch taken (true) or the fall-through (false). Throws for an unknown opcode.
 */
export function stackEffect(opcode: number, oparg: number, jump: boolean): number {
  switch (opcode) {
    case POP_BLOCK: case JUMP: case JUMP_NO_INTERRUPT:
      return 0;
    case POP_JUMP_IF_NONE: case POP_JUMP_IF_NOT_NONE: case POP_JUMP_IF_FALSE: case POP_JUMP_IF_TRUE:
      return -1;
    case SETUP_FINALLY:
      // The handler is entered with the exception pushed.
      return jump ? 1 : 0;
    case SETUP_CLEANUP:
      // As SETUP_FINALLY, but lasti is pushed as well.
      return jump ? 2 : 0;
    case SETUP_WITH:
      return jump ? 1 : 0;
    // compile.c charges a call's arguments to PRECALL and the callable pair to CALL, and the value a
    // generator starts with to the entry block (stackdepth() below), not to RETURN_GENERATOR.
    case op.PRECALL:
      return 0 - oparg;
    case op.CALL:
      return -1;
    case op.RETURN_GENERATOR:
      return 0;
  }
  const inputs = op.stackInputs(opcode, oparg);
  const outputs = op.stackOutputs(opcode, oparg, jump);
  if (inputs === undefined || outputs === undefined) {
    throw new Error(`internal error: compiler stack_effect(opcode=${opcode}, arg=${oparg}) failed`);
  }
  return outputs - inputs;
}

/**
 * The largest stack any path through the graph needs, recording each block's
 * depth on entry (startdepth; the exception table reads it for handlers).
 * Cycles are assumed to have no net effect on the depth.
 */
export function stackdepth(entry: BasicBlock, blocks: BasicBlock | null, isGenerator: boolean): number {
  for (let b = blocks; b !== null; b = b.list) b.startdepth = -Infinity;
  const stack: BasicBlock[] = [];
  let maxdepth = 0;
  const push = (b: BasicBlock, depth: number): void => {
    if (b.startdepth < depth && b.startdepth < 100) {
      b.startdepth = depth;
      stack.push(b);
    }
  };
  push(entry, isGenerator ? 1 : 0);
  while (stack.length > 0) {
    const b = stack.pop()!;
    let depth = b.startdepth;
    let next = b.next;
    for (const instr of b.instrs) {
      const effect = stackEffect(instr.opcode, instr.oparg, false);
      const newDepth = depth + effect;
      if (newDepth > maxdepth) maxdepth = newDepth;
      if (isJump(instr) || isBlockPush(instr)) {
        const targetDepth = depth + stackEffect(instr.opcode, instr.oparg, true);
        if (targetDepth > maxdepth) maxdepth = targetDepth;
        push(instr.target!, targetDepth);
      }
      depth = newDepth;
      const o = instr.opcode;
      if (o === JUMP_NO_INTERRUPT || o === JUMP || o === op.RETURN_VALUE || o === op.RAISE_VARARGS ||
          o === op.RERAISE) {
        // The rest of the block is dead.
        next = null;
        break;
      }
    }
    if (next !== null) push(next, depth);
  }
  return maxdepth;
}
