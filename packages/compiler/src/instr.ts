// Facts about single instructions that the flowgraph optimiser and the
// assembler share (is_jump, is_block_push, instr_size ... of CPython 3.11's compile.c).
import * as op from '@pyc-ts/bytecode';
import { type BasicBlock, type Instr, JUMP, JUMP_NO_INTERRUPT, POP_JUMP_IF_FALSE, POP_JUMP_IF_NONE,
  POP_JUMP_IF_NOT_NONE, POP_JUMP_IF_TRUE, SETUP_CLEANUP, SETUP_FINALLY, SETUP_WITH } from './unit.js';

const VIRTUAL_JUMPS: ReadonlySet<number> = new Set([
  JUMP, JUMP_NO_INTERRUPT, POP_JUMP_IF_NONE, POP_JUMP_IF_NOT_NONE, POP_JUMP_IF_FALSE, POP_JUMP_IF_TRUE,
]);

/** A jump, virtual or real (_PyOpcode_Jump is hasjrel + hasjabs). */
export function isJump(i: Instr): boolean {
  return VIRTUAL_JUMPS.has(i.opcode) || op.hasjrel.has(i.opcode) || op.hasjabs.has(i.opcode);
}

export function isRelativeJump(i: Instr): boolean {
  return op.hasjrel.has(i.opcode);
}

export function isBlockPush(i: Instr): boolean {
  return i.opcode === SETUP_FINALLY || i.opcode === SETUP_WITH || i.opcode === SETUP_CLEANUP;
}

export function hasArg(opcode: number): boolean {
  return opcode >= op.HAVE_ARGUMENT;
}

export function cacheEntries(opcode: number): number {
  return op.INLINE_CACHE_ENTRIES[opcode] ?? 0;
}

/** Code units the instruction occupies: EXTENDED_ARG prefixes, itself, its caches. */
export function instrSize(i: Instr): number {
  const oparg = hasArg(i.opcode) ? i.oparg : 0;
  const extendedArgs = (oparg > 0xffffff ? 1 : 0) + (oparg > 0xffff ? 1 : 0) + (oparg > 0xff ? 1 : 0);
  return extendedArgs + 1 + cacheEntries(i.opcode);
}

/** Ends its basic block: codegen starts a new block after it. */
export function isEndOfBasicBlock(i: Instr): boolean {
  return isJump(i) || i.opcode === op.RETURN_VALUE || i.opcode === op.RAISE_VARARGS || i.opcode === op.RERAISE;
}

export function copyInstr(i: Instr): Instr {
  return { ...i };
}

/** COPY_INSTR_LOC: copy the four location fields. */
export function copyLocation(from: Instr, to: Instr): void {
  to.lineno = from.lineno;
  to.endLineno = from.endLineno;
  to.colOffset = from.colOffset;
  to.endColOffset = from.endColOffset;
}

export function lastInstr(b: BasicBlock): Instr | undefined {
  return b.instrs[b.instrs.length - 1];
}
