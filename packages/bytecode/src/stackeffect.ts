// What each 3.11 instruction does to the value stack when it runs, as ceval.c runs it: how many items at
// the top it takes (pops, or reads and leaves in place) and how many it leaves there. The compiler's
// stack_effect() is the difference, with the two charges compile.c places elsewhere (see there); the VM's
// verifier uses the two counts to prove that a code object keeps within its stack.

import * as op from './opcodes.js';

// FORMAT_VALUE's oparg bit (ceval.h's FVS_HAVE_SPEC): a format spec is on the stack.
const FVS_HAVE_SPEC = 0x4;

/** How many items at the top of the stack the instruction takes; undefined for an opcode 3.11 does not have. */
export function stackInputs(opcode: number, oparg: number): number | undefined {
  switch (opcode) {
    case op.NOP: case op.EXTENDED_ARG: case op.RESUME: case op.CACHE: case op.KW_NAMES:
    case op.LOAD_BUILD_CLASS: case op.SETUP_ANNOTATIONS: case op.LOAD_CONST: case op.LOAD_NAME: case op.LOAD_GLOBAL:
    case op.LOAD_FAST: case op.LOAD_CLOSURE: case op.LOAD_DEREF: case op.LOAD_CLASSDEREF: case op.LOAD_ASSERTION_ERROR:
    case op.PUSH_NULL: case op.DELETE_NAME: case op.DELETE_GLOBAL: case op.DELETE_FAST: case op.DELETE_DEREF:
    case op.MAKE_CELL: case op.COPY_FREE_VARS: case op.RETURN_GENERATOR: case op.JUMP_FORWARD: case op.JUMP_BACKWARD:
    case op.JUMP_BACKWARD_NO_INTERRUPT:
      return 0;
    case op.POP_TOP: case op.UNARY_POSITIVE: case op.UNARY_NEGATIVE: case op.UNARY_NOT: case op.UNARY_INVERT:
    case op.GET_ITER: case op.PRINT_EXPR: case op.RETURN_VALUE: case op.IMPORT_STAR: case op.ASYNC_GEN_WRAP:
    case op.YIELD_VALUE: case op.POP_EXCEPT: case op.STORE_NAME: case op.UNPACK_SEQUENCE: case op.UNPACK_EX:
    case op.FOR_ITER: case op.DELETE_ATTR: case op.STORE_GLOBAL: case op.LOAD_ATTR: case op.IMPORT_FROM:
    case op.JUMP_IF_TRUE_OR_POP: case op.JUMP_IF_FALSE_OR_POP:
    case op.POP_JUMP_FORWARD_IF_FALSE: case op.POP_JUMP_FORWARD_IF_TRUE: case op.POP_JUMP_BACKWARD_IF_FALSE:
    case op.POP_JUMP_BACKWARD_IF_TRUE: case op.POP_JUMP_FORWARD_IF_NONE: case op.POP_JUMP_FORWARD_IF_NOT_NONE:
    case op.POP_JUMP_BACKWARD_IF_NONE: case op.POP_JUMP_BACKWARD_IF_NOT_NONE:
    case op.PUSH_EXC_INFO: case op.STORE_FAST: case op.STORE_DEREF: case op.GET_AWAITABLE: case op.BEFORE_ASYNC_WITH:
    case op.BEFORE_WITH: case op.GET_AITER: case op.GET_ANEXT: case op.GET_YIELD_FROM_ITER: case op.LOAD_METHOD:
    case op.LIST_TO_TUPLE: case op.GET_LEN: case op.MATCH_MAPPING: case op.MATCH_SEQUENCE:
      return 1;
    case op.BINARY_SUBSCR: case op.DELETE_SUBSCR: case op.STORE_ATTR: case op.COMPARE_OP: case op.IS_OP:
    case op.CONTAINS_OP: case op.CHECK_EXC_MATCH: case op.CHECK_EG_MATCH: case op.IMPORT_NAME: case op.PREP_RERAISE_STAR:
    case op.SEND: case op.END_ASYNC_FOR: case op.MATCH_KEYS: case op.BINARY_OP:
      return 2;
    case op.STORE_SUBSCR: case op.MATCH_CLASS:
      return 3;
    case op.WITH_EXCEPT_START:
      // exit, lasti, the previous exception, the exception.
      return 4;
    case op.SWAP: case op.COPY:
      return oparg;
    case op.SET_ADD: case op.LIST_APPEND: case op.LIST_EXTEND: case op.SET_UPDATE: case op.DICT_UPDATE:
      // The value, and the collection oparg items below it (left in place).
      return oparg + 1;
    case op.MAP_ADD:
      return oparg + 2;
    case op.DICT_MERGE:
      // As DICT_UPDATE, and the function being called two below the dict, named in error messages.
      return oparg + 3;
    case op.BUILD_TUPLE: case op.BUILD_LIST: case op.BUILD_SET: case op.BUILD_STRING:
      return oparg;
    case op.BUILD_MAP:
      return 2 * oparg;
    case op.BUILD_CONST_KEY_MAP:
      return oparg + 1;
    case op.BUILD_SLICE:
      return oparg === 3 ? 3 : 2;
    case op.FORMAT_VALUE:
      return (oparg & FVS_HAVE_SPEC) !== 0 ? 2 : 1;
    case op.RAISE_VARARGS:
      return oparg;
    case op.RERAISE:
      // The exception, and with an oparg the saved lasti that many items below it.
      return oparg + 1;
    case op.MAKE_FUNCTION:
      // The code object, and one item per flag bit: defaults, kw defaults, annotations, closure.
      return 1 + (oparg & 1) + ((oparg >> 1) & 1) + ((oparg >> 2) & 1) + ((oparg >> 3) & 1);
    case op.PRECALL: case op.CALL:
      // The callable (or NULL), self or the callable, and the arguments.
      return oparg + 2;
    case op.CALL_FUNCTION_EX:
      // NULL, the callable, the argument tuple, and with bit 0 the keyword dict.
      return 3 + (oparg & 1);
  }
  return undefined;
}

/**
 * How many items the instruction leaves in place of its inputs; `jump` picks the branch taken (true) or
 * the fall-through (false). undefined for an opcode 3.11 does not have.
 */
export function stackOutputs(opcode: number, oparg: number, jump: boolean): number | undefined {
  switch (opcode) {
    case op.NOP: case op.EXTENDED_ARG: case op.RESUME: case op.CACHE: case op.KW_NAMES: case op.SETUP_ANNOTATIONS:
    case op.DELETE_NAME: case op.DELETE_GLOBAL: case op.DELETE_FAST: case op.DELETE_DEREF: case op.MAKE_CELL:
    case op.COPY_FREE_VARS: case op.JUMP_FORWARD: case op.JUMP_BACKWARD: case op.JUMP_BACKWARD_NO_INTERRUPT:
    case op.POP_TOP: case op.PRINT_EXPR: case op.RETURN_VALUE: case op.IMPORT_STAR: case op.POP_EXCEPT:
    case op.STORE_NAME: case op.DELETE_ATTR: case op.STORE_GLOBAL: case op.STORE_FAST: case op.STORE_DEREF:
    case op.POP_JUMP_FORWARD_IF_FALSE: case op.POP_JUMP_FORWARD_IF_TRUE: case op.POP_JUMP_BACKWARD_IF_FALSE:
    case op.POP_JUMP_BACKWARD_IF_TRUE: case op.POP_JUMP_FORWARD_IF_NONE: case op.POP_JUMP_FORWARD_IF_NOT_NONE:
    case op.POP_JUMP_BACKWARD_IF_NONE: case op.POP_JUMP_BACKWARD_IF_NOT_NONE:
    case op.DELETE_SUBSCR: case op.STORE_ATTR: case op.STORE_SUBSCR: case op.END_ASYNC_FOR: case op.RAISE_VARARGS:
      return 0;
    case op.RETURN_GENERATOR:
      // The value the first send() brings when the generator starts (compile.c counts it at the entry instead).
      return 1;
    case op.LOAD_BUILD_CLASS: case op.LOAD_CONST: case op.LOAD_NAME: case op.LOAD_FAST: case op.LOAD_CLOSURE:
    case op.LOAD_DEREF: case op.LOAD_CLASSDEREF: case op.LOAD_ASSERTION_ERROR: case op.PUSH_NULL:
    case op.UNARY_POSITIVE: case op.UNARY_NEGATIVE: case op.UNARY_NOT: case op.UNARY_INVERT: case op.GET_ITER:
    case op.ASYNC_GEN_WRAP: case op.YIELD_VALUE: case op.LOAD_ATTR: case op.GET_AWAITABLE: case op.GET_AITER:
    case op.GET_YIELD_FROM_ITER: case op.LIST_TO_TUPLE: case op.BINARY_SUBSCR: case op.COMPARE_OP: case op.IS_OP:
    case op.CONTAINS_OP: case op.IMPORT_NAME: case op.PREP_RERAISE_STAR: case op.BINARY_OP: case op.MATCH_CLASS:
    case op.BUILD_TUPLE: case op.BUILD_LIST: case op.BUILD_SET: case op.BUILD_STRING: case op.BUILD_MAP:
    case op.BUILD_CONST_KEY_MAP: case op.BUILD_SLICE: case op.FORMAT_VALUE: case op.MAKE_FUNCTION: case op.CALL:
    case op.CALL_FUNCTION_EX:
      return 1;
    case op.LOAD_GLOBAL:
      // With bit 0, a NULL below the value (for a call).
      return (oparg & 1) + 1;
    case op.PUSH_EXC_INFO: case op.BEFORE_ASYNC_WITH: case op.BEFORE_WITH: case op.GET_ANEXT: case op.LOAD_METHOD:
    case op.GET_LEN: case op.MATCH_MAPPING: case op.MATCH_SEQUENCE: case op.IMPORT_FROM: case op.CHECK_EXC_MATCH:
    case op.CHECK_EG_MATCH:
      return 2;
    case op.MATCH_KEYS:
      return 3;
    case op.WITH_EXCEPT_START:
      return 5;
    case op.UNPACK_SEQUENCE:
      return oparg;
    case op.UNPACK_EX:
      return (oparg & 0xff) + (oparg >> 8) + 1;
    case op.FOR_ITER:
      // At the end of the iterator it is popped and the loop left; else the next item goes on top.
      return jump ? 0 : 2;
    case op.SEND:
      // A finished receiver is replaced by its return value; else the value it yields goes on top.
      return jump ? 1 : 2;
    case op.JUMP_IF_TRUE_OR_POP: case op.JUMP_IF_FALSE_OR_POP:
      return jump ? 1 : 0;
    case op.SWAP:
      return oparg;
    case op.COPY:
      return oparg + 1;
    case op.SET_ADD: case op.LIST_APPEND: case op.LIST_EXTEND: case op.SET_UPDATE: case op.DICT_UPDATE:
    case op.MAP_ADD:
      return oparg;
    case op.DICT_MERGE:
      return oparg + 2;
    case op.RERAISE:
      return oparg;
    case op.PRECALL:
      return oparg + 2;
  }
  return undefined;
}
