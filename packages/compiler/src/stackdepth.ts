// Stack effects of real and pseudo opcodes, and the maximum stack depth of a
// unit's flow graph. Mirrors stack_effect() and stackdepth() of CPython 3.11's compile.c.
import * as op from '@pyc-ts/bytecode';
import { BasicBlock, JUMP, JUMP_NO_INTERRUPT, POP_BLOCK, POP_JUMP_IF_FALSE, POP_JUMP_IF_NONE,
  POP_JUMP_IF_NOT_NONE, POP_JUMP_IF_TRUE, SETUP_CLEANUP, SETUP_FINALLY, SETUP_WITH } from './unit.js';
import { isBlockPush, isJump } from './instr.js';

// FORMAT_VALUE's oparg bits (ceval.h): FVS_HAVE_SPEC says a format spec is on the stack.
const FVS_MASK = 0x4;
const FVS_HAVE_SPEC = 0x4;

/**
 * How many items `opcode` pushes (positive) or pops (negative). `jump` picks the
 * branch taken (true) or the fall-through (false). Throws for an unknown opcode.
 */
export function stackEffect(opcode: number, oparg: number, jump: boolean): number {
  switch (opcode) {
    case op.NOP: case op.EXTENDED_ARG: case op.RESUME: case op.CACHE:
      return 0;
    case op.POP_TOP:
      return -1;
    case op.SWAP:
      return 0;
    case op.UNARY_POSITIVE: case op.UNARY_NEGATIVE: case op.UNARY_NOT: case op.UNARY_INVERT:
      return 0;
    case op.SET_ADD: case op.LIST_APPEND:
      return -1;
    case op.MAP_ADD:
      return -2;
    case op.BINARY_SUBSCR:
      return -1;
    case op.STORE_SUBSCR:
      return -3;
    case op.DELETE_SUBSCR:
      return -2;
    case op.GET_ITER:
      return 0;
    case op.PRINT_EXPR:
      return -1;
    case op.LOAD_BUILD_CLASS:
      return 1;
    case op.RETURN_VALUE:
      return -1;
    case op.IMPORT_STAR:
      return -1;
    case op.SETUP_ANNOTATIONS:
      return 0;
    case op.ASYNC_GEN_WRAP: case op.YIELD_VALUE:
      return 0;
    case POP_BLOCK:
      return 0;
    case op.POP_EXCEPT:
      return -1;
    case op.STORE_NAME:
      return -1;
    case op.DELETE_NAME:
      return 0;
    case op.UNPACK_SEQUENCE:
      return oparg - 1;
    case op.UNPACK_EX:
      return (oparg & 0xff) + (oparg >> 8);
    case op.FOR_ITER:
      // -1 at the end of the iterator, 1 while iterating.
      return jump ? -1 : 1;
    case op.SEND:
      return jump ? -1 : 0;
    case op.STORE_ATTR:
      return -2;
    case op.DELETE_ATTR:
      return -1;
    case op.STORE_GLOBAL:
      return -1;
    case op.DELETE_GLOBAL:
      return 0;
    case op.LOAD_CONST:
      return 1;
    case op.LOAD_NAME:
      return 1;
    case op.BUILD_TUPLE: case op.BUILD_LIST: case op.BUILD_SET: case op.BUILD_STRING:
      return 1 - oparg;
    case op.BUILD_MAP:
      return 1 - 2 * oparg;
    case op.BUILD_CONST_KEY_MAP:
      return 0 - oparg;
    case op.LOAD_ATTR:
      return 0;
    case op.COMPARE_OP: case op.IS_OP: case op.CONTAINS_OP:
      return -1;
    case op.CHECK_EXC_MATCH: case op.CHECK_EG_MATCH:
      return 0;
    case op.IMPORT_NAME:
      return -1;
    case op.IMPORT_FROM:
      return 1;
    case op.JUMP_FORWARD: case op.JUMP_BACKWARD: case JUMP:
    case op.JUMP_BACKWARD_NO_INTERRUPT: case JUMP_NO_INTERRUPT:
      return 0;
    case op.JUMP_IF_TRUE_OR_POP: case op.JUMP_IF_FALSE_OR_POP:
      return jump ? 0 : -1;
    case op.POP_JUMP_BACKWARD_IF_NONE: case op.POP_JUMP_FORWARD_IF_NONE: case POP_JUMP_IF_NONE:
    case op.POP_JUMP_BACKWARD_IF_NOT_NONE: case op.POP_JUMP_FORWARD_IF_NOT_NONE: case POP_JUMP_IF_NOT_NONE:
    case op.POP_JUMP_FORWARD_IF_FALSE: case op.POP_JUMP_BACKWARD_IF_FALSE: case POP_JUMP_IF_FALSE:
    case op.POP_JUMP_FORWARD_IF_TRUE: case op.POP_JUMP_BACKWARD_IF_TRUE: case POP_JUMP_IF_TRUE:
      return -1;
    case op.LOAD_GLOBAL:
      return (oparg & 1) + 1;
    case SETUP_FINALLY:
      // The handler is entered with the exception pushed.
      return jump ? 1 : 0;
    case SETUP_CLEANUP:
      // As SETUP_FINALLY, but lasti is pushed as well.
      return jump ? 2 : 0;
    case SETUP_WITH:
      return jump ? 1 : 0;
    case op.PREP_RERAISE_STAR:
      return -1;
    case op.RERAISE:
      return -1;
    case op.PUSH_EXC_INFO:
      return 1;
    case op.WITH_EXCEPT_START:
      return 1;
    case op.LOAD_FAST:
      return 1;
    case op.STORE_FAST:
      return -1;
    case op.DELETE_FAST:
      return 0;
    case op.RETURN_GENERATOR:
      return 0;
    case op.RAISE_VARARGS:
      return 0 - oparg;
    case op.PRECALL:
      return 0 - oparg;
    case op.KW_NAMES:
      return 0;
    case op.CALL:
      return -1;
    case op.CALL_FUNCTION_EX:
      return -2 - (oparg & 1);
    case op.MAKE_FUNCTION:
      // Pops one item per flag bit: defaults, kw defaults, annotations, closure.
      return 0 - ((oparg & 1) + ((oparg >> 1) & 1) + ((oparg >> 2) & 1) + ((oparg >> 3) & 1));
    case op.BUILD_SLICE:
      return oparg === 3 ? -2 : -1;
    case op.MAKE_CELL: case op.COPY_FREE_VARS:
      return 0;
    case op.LOAD_CLOSURE:
      return 1;
    case op.LOAD_DEREF: case op.LOAD_CLASSDEREF:
      return 1;
    case op.STORE_DEREF:
      return -1;
    case op.DELETE_DEREF:
      return 0;
    case op.GET_AWAITABLE:
      return 0;
    case op.BEFORE_ASYNC_WITH: case op.BEFORE_WITH:
      return 1;
    case op.GET_AITER:
      return 0;
    case op.GET_ANEXT:
      return 1;
    case op.GET_YIELD_FROM_ITER:
      return 0;
    case op.END_ASYNC_FOR:
      return -2;
    case op.FORMAT_VALUE:
      return (oparg & FVS_MASK) === FVS_HAVE_SPEC ? -1 : 0;
    case op.LOAD_METHOD:
      return 1;
    case op.LOAD_ASSERTION_ERROR:
      return 1;
    case op.LIST_TO_TUPLE:
      return 0;
    case op.LIST_EXTEND: case op.SET_UPDATE: case op.DICT_MERGE: case op.DICT_UPDATE:
      return -1;
    case op.MATCH_CLASS:
      return -2;
    case op.GET_LEN: case op.MATCH_MAPPING: case op.MATCH_SEQUENCE: case op.MATCH_KEYS:
      return 1;
    case op.COPY: case op.PUSH_NULL:
      return 1;
    case op.BINARY_OP:
      return -1;
  }
  throw new Error(`internal error: compiler stack_effect(opcode=${opcode}, arg=${oparg}) failed`);
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
