// Properties of the int fast paths: for random operands around the 32-bit and
// 53-bit boundaries, every operation agrees with plain bigint arithmetic (with
// Python's floor semantics) and returns a normalised Int.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import * as num from '../src/numeric/index.js';
import type { Int } from '../src/numeric/index.js';

const SAFE = 2n ** 53n - 1n;

const anInt: fc.Arbitrary<Int> = fc
  .oneof(
    fc.bigInt({ min: -1000n, max: 1000n }),
    fc.bigInt({ min: -(2n ** 32n), max: 2n ** 32n }),
    fc.bigInt({ min: -SAFE - 5n, max: -SAFE + 5n }),
    fc.bigInt({ min: SAFE - 5n, max: SAFE + 5n }),
    fc.bigInt({ min: -(2n ** 60n), max: 2n ** 60n }),
    fc.bigInt({ min: -(2n ** 200n), max: 2n ** 200n }),
  )
  .map(num.normInt);

function big(x: Int): bigint {
  return BigInt(x);
}

function normalised(x: Int): boolean {
  const safe = x >= -SAFE && x <= SAFE;
  return (typeof x === 'number') === safe && !Object.is(x, -0);
}

function floorDiv(a: bigint, b: bigint): bigint {
  const q = a / b;
  return a % b !== 0n && a < 0n !== b < 0n ? q - 1n : q;
}

const binary: [string, (a: Int, b: Int) => Int, (a: bigint, b: bigint) => bigint][] = [
  ['add', num.intAdd, (a, b) => a + b],
  ['sub', num.intSub, (a, b) => a - b],
  ['mul', num.intMul, (a, b) => a * b],
  ['and', num.intAnd, (a, b) => a & b],
  ['or', num.intOr, (a, b) => a | b],
  ['xor', num.intXor, (a, b) => a ^ b],
];

describe('numeric: int operations agree with bigint arithmetic', () => {
  for (const [name, op, ref] of binary) {
    it(name, () => {
      fc.assert(
        fc.property(anInt, anInt, (a, b) => {
          const r = op(a, b);
          expect(normalised(r)).toBe(true);
          expect(big(r)).toBe(ref(big(a), big(b)));
        }),
        { numRuns: 2000 },
      );
    });
  }

  it('floordiv, mod and divmod', () => {
    fc.assert(
      fc.property(anInt, anInt, (a, b) => {
        if (b === 0) return;
        const q = floorDiv(big(a), big(b));
        const r = big(a) - q * big(b);
        for (const v of [num.intFloorDiv(a, b), num.intMod(a, b), ...num.intDivmod(a, b)]) {
          expect(normalised(v)).toBe(true);
        }
        expect(big(num.intFloorDiv(a, b))).toBe(q);
        expect(big(num.intMod(a, b))).toBe(r);
        expect(num.intDivmod(a, b).map(big)).toEqual([q, r]);
      }),
      { numRuns: 2000 },
    );
  });

  it('neg, invert and shifts', () => {
    fc.assert(
      fc.property(anInt, fc.integer({ min: 0, max: 80 }), (a, n) => {
        for (const [got, want] of [
          [num.intNeg(a), -big(a)],
          [num.intInvert(a), ~big(a)],
          [num.intLshift(a, n), big(a) << BigInt(n)],
          [num.intRshift(a, n), big(a) >> BigInt(n)],
        ] as [Int, bigint][]) {
          expect(normalised(got)).toBe(true);
          expect(big(got)).toBe(want);
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('pow with small exponents', () => {
    fc.assert(
      fc.property(anInt, fc.integer({ min: 0, max: 12 }), (a, n) => {
        const r = num.intPow(a, n) as Int;
        expect(normalised(r)).toBe(true);
        expect(big(r)).toBe(big(a) ** BigInt(n));
      }),
      { numRuns: 2000 },
    );
  });

  it('int/float comparison is exact', () => {
    fc.assert(
      fc.property(anInt, fc.double({ noNaN: true }), (a, f) => {
        const c = num.compareIntFloat(a, f);
        if (!Number.isFinite(f)) {
          expect(c).toBe(f > 0 ? -1 : 1);
          return;
        }
        // Compare exactly through the float's binary expansion, scaled to an integer.
        const scale = 2n ** 1100n;
        const fScaled = exactScaled(f, scale);
        const iScaled = big(a) * scale;
        expect(c).toBe(iScaled < fScaled ? -1 : iScaled > fScaled ? 1 : 0);
      }),
      { numRuns: 2000 },
    );
  });
});

/** f * scale exactly, for a finite double and scale = 2**1100 (f's fraction bits end above 2**-1075). */
function exactScaled(f: number, scale: bigint): bigint {
  let v = Math.abs(f);
  let e = 0;
  while (v !== Math.floor(v)) {
    v *= 2;
    e++;
  }
  const r = (BigInt(v) * scale) >> BigInt(e);
  return f < 0 ? -r : r;
}
