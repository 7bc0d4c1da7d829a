// hash() of constants and set iteration order, against CPython 3.11 run with
// PYTHONHASHSEED=0 (scripts/gen_hash_goldens.py).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SetTable, constFromJSON, constSetOrder, constToJSON, hashConst, type ConstJSON } from '@pyc-ts/bytecode';

const golden = JSON.parse(readFileSync(new URL('./fixtures/hashes.json', import.meta.url), 'utf8')) as {
  hashes: [ConstJSON, string][];
  setOrders: [ConstJSON[], ConstJSON[]][];
};

describe('hash', () => {
  it(`matches CPython for ${golden.hashes.length} constants`, () => {
    for (const [json, want] of golden.hashes) {
      expect([json, String(hashConst(constFromJSON(json)))]).toEqual([json, want]);
    }
  });
});

describe('set order', () => {
  it(`iterates like CPython's set for ${golden.setOrders.length} insertion sequences`, () => {
    for (const [added, want] of golden.setOrders) {
      expect(constSetOrder(added.map(constFromJSON)).map(constToJSON)).toEqual(want);
    }
  });

  it('reuses a deleted slot and pops from its finger, as setobject.c does', () => {
    // Expected values from python3: s = set(); s.add(1); s.add(9); s.add(3); ...
    // In an 8-slot table 9 collides with 1 at slot 1 and, too near the end for linear
    // probing, jumps to slot (1*5 + 1) & 7 = 6.
    const t = new SetTable<number>((a, b) => a === b);
    for (const k of [1, 9, 3]) t.add(k, k);
    expect(t.keys()).toEqual([1, 3, 9]);
    expect(t.discard(1, 1)).toBe(true);
    expect(t.has(9, 9)).toBe(true);
    t.add(17, 17); // slot 1 again: the dummy 1 left behind is reused
    expect(t.keys()).toEqual([17, 3, 9]);
    expect([t.pop(), t.pop()]).toEqual([17, 3]);
    expect(t.keys()).toEqual([9]);
  });
});
