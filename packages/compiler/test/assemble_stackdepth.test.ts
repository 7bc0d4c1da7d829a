// stack_effect() against CPython's own (dis.stack_effect, captured by scripts/gen_assemble_goldens.py).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { stackEffect } from '../src/stackdepth.js';
import { SETUP_CLEANUP, SETUP_FINALLY, SETUP_WITH } from '../src/unit.js';

const effects = JSON.parse(readFileSync(new URL('./golden/stack_effects.json', import.meta.url), 'utf8')) as
  [opcode: number, oparg: number, noJump: number, jump: number][];

describe('stackEffect', () => {
  it('agrees with CPython 3.11 for every opcode the compiler emits', () => {
    expect(effects.length).toBeGreaterThan(500);
    const ours = effects.map(([opcode, oparg]) => [opcode, oparg, stackEffect(opcode, oparg, false),
      stackEffect(opcode, oparg, true)]);
    expect(ours).toEqual(effects);
  });

  it('knows what exception-handler pseudo-instructions push on the handler path', () => {
    expect([SETUP_FINALLY, SETUP_CLEANUP, SETUP_WITH].map((o) => stackEffect(o, 0, true))).toEqual([1, 2, 1]);
    expect([SETUP_FINALLY, SETUP_CLEANUP, SETUP_WITH].map((o) => stackEffect(o, 0, false))).toEqual([0, 0, 0]);
  });

  it('rejects opcodes it does not know', () => {
    expect(() => stackEffect(255, 0, false)).toThrow(/internal error/);
  });
});
