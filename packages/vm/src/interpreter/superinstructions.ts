// Fusing common instruction pairs at decode time to save dispatches, in the
// spirit of CPython's own superinstructions. The first instruction of a pair is
// re-labelled with a pseudo-opcode (numbers no 3.11 opcode uses) whose handler
// does both and skips the second; the second keeps its own decoding, so a jump
// landing on it still runs it alone. Pairs are only fused when the second
// instruction has no EXTENDED_ARG prefix.

export const LOAD_FAST__LOAD_FAST = 200;
export const LOAD_FAST__LOAD_CONST = 201;
export const STORE_FAST__LOAD_FAST = 202;
export const COMPARE_OP__POP_JUMP_FORWARD_IF_FALSE = 203;
export const COMPARE_OP__POP_JUMP_BACKWARD_IF_TRUE = 204;

const LOAD_FAST = 124;
const LOAD_CONST = 100;
const STORE_FAST = 125;
const COMPARE_OP = 107;
const POP_JUMP_FORWARD_IF_FALSE = 114;
const POP_JUMP_BACKWARD_IF_TRUE = 176;

/** Rewrites `ops` (opcode | caches << 8 per code unit) in place. */
export function fuseSuperinstructions(ops: Int32Array): void {
  for (let i = 0; i < ops.length; ) {
    const op = ops[i] & 255;
    const next = i + 1 + (ops[i] >> 8);
    if (next >= ops.length) break;
    const second = ops[next] & 255;
    const secondSize = 1 + (ops[next] >> 8);
    // The fused word skips this instruction's caches and the whole second instruction.
    const fused = (pseudo: number) => (ops[i] = pseudo | ((next - i - 1 + secondSize) << 8));
    if (op === LOAD_FAST && second === LOAD_FAST) fused(LOAD_FAST__LOAD_FAST);
    else if (op === LOAD_FAST && second === LOAD_CONST) fused(LOAD_FAST__LOAD_CONST);
    else if (op === STORE_FAST && second === LOAD_FAST) fused(STORE_FAST__LOAD_FAST);
    else if (op === COMPARE_OP && second === POP_JUMP_FORWARD_IF_FALSE) fused(COMPARE_OP__POP_JUMP_FORWARD_IF_FALSE);
    else if (op === COMPARE_OP && second === POP_JUMP_BACKWARD_IF_TRUE) fused(COMPARE_OP__POP_JUMP_BACKWARD_IF_TRUE);
    i = next;
  }
}
