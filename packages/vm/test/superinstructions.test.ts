// Fusing instruction pairs: only the first instruction is relabelled; the second
// keeps its own decoding so a jump to it still runs it alone.
import { describe, expect, it } from 'vitest';
import { INLINE_CACHE_ENTRIES, LOAD_FAST, LOAD_CONST, STORE_FAST, COMPARE_OP, POP_JUMP_FORWARD_IF_FALSE, BINARY_OP, EXTENDED_ARG } from '@pyc-ts/bytecode';
import {
  fuseSuperinstructions,
  LOAD_FAST__LOAD_FAST,
  LOAD_FAST__LOAD_CONST,
  STORE_FAST__LOAD_FAST,
  COMPARE_OP__POP_JUMP_FORWARD_IF_FALSE,
} from '../src/interpreter/superinstructions.js';

/** Decoded words (opcode | caches << 8) for a list of opcodes, cache units zero. */
function decode(opcodes: number[]): Int32Array {
  const words: number[] = [];
  for (const op of opcodes) {
    const caches = INLINE_CACHE_ENTRIES[op];
    words.push(op | (caches << 8));
    for (let i = 0; i < caches; i++) words.push(0);
  }
  return Int32Array.from(words);
}

describe('superinstructions', () => {
  it('fuses LOAD_FAST pairs and keeps the second instruction', () => {
    const ops = decode([LOAD_FAST, LOAD_FAST, BINARY_OP]);
    fuseSuperinstructions(ops);
    expect(ops[0]).toBe(LOAD_FAST__LOAD_FAST | (1 << 8));
    expect(ops[1]).toBe(LOAD_FAST);
    expect(ops[2] & 255).toBe(BINARY_OP);
  });

  it('skips the compare caches and the jump in COMPARE_OP + POP_JUMP_FORWARD_IF_FALSE', () => {
    const ops = decode([LOAD_FAST, LOAD_CONST, COMPARE_OP, POP_JUMP_FORWARD_IF_FALSE]);
    fuseSuperinstructions(ops);
    expect(ops[0]).toBe(LOAD_FAST__LOAD_CONST | (1 << 8));
    expect(ops[2]).toBe(COMPARE_OP__POP_JUMP_FORWARD_IF_FALSE | ((2 + 1) << 8));
    expect(ops[5]).toBe(POP_JUMP_FORWARD_IF_FALSE);
  });

  it('fuses STORE_FAST + LOAD_FAST but not across an EXTENDED_ARG', () => {
    const ops = decode([STORE_FAST, LOAD_FAST, STORE_FAST, EXTENDED_ARG, LOAD_FAST]);
    fuseSuperinstructions(ops);
    expect(ops[0]).toBe(STORE_FAST__LOAD_FAST | (1 << 8));
    expect(ops[2]).toBe(STORE_FAST);
  });
});
