import { describe, expect, it } from 'vitest';
import * as op from '../src/opcodes.js';

describe('opcodes', () => {
  it('numeric constants agree with opmap and opname', () => {
    const consts = op as unknown as Record<string, unknown>;
    for (const [name, num] of Object.entries(op.opmap)) {
      expect(consts[name]).toBe(num);
      expect(op.opname[num]).toBe(name);
      expect(op.allOpname[num]).toBe(name);
    }
  });

  it('knows 3.11 specifics', () => {
    expect(op.LOAD_FAST).toBe(124);
    expect(op.HAVE_ARGUMENT).toBe(90);
    expect(op.INLINE_CACHE_ENTRIES[op.LOAD_GLOBAL]).toBe(5);
    expect(op.INLINE_CACHE_ENTRIES[op.BINARY_OP]).toBe(1);
    expect(op.INLINE_CACHE_ENTRIES[op.LOAD_FAST]).toBe(0);
    expect(op.NB_OPS[0]).toEqual(['NB_ADD', '+']);
    expect(op.NB_OPS[13]).toEqual(['NB_INPLACE_ADD', '+=']);
    expect(op.cmp_op).toEqual(['<', '<=', '==', '!=', '>', '>=']);
    expect(op.hasjrel.has(op.JUMP_BACKWARD)).toBe(true);
    expect(op.hasconst.has(op.LOAD_CONST)).toBe(true);
  });

  it('maps specialized opcodes back to their base', () => {
    expect(op.DEOPT[op.LOAD_GLOBAL_BUILTIN]).toBe(op.LOAD_GLOBAL);
    expect(op.DEOPT[op.LOAD_FAST__LOAD_FAST]).toBe(op.LOAD_FAST);
    expect(op.DEOPT[op.LOAD_FAST]).toBe(op.LOAD_FAST);
    for (const [base, family] of Object.entries(op.SPECIALIZATIONS)) {
      for (const s of family) expect(op.opname[op.DEOPT[op.allOpname.indexOf(s)]]).toBe(base);
    }
  });
});
