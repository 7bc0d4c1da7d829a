// float ** float against CPython 3.11 on this platform (glibc's pow), bit for bit:
// exact ties, near-ties, overflow/subnormal edges and random operands
// (scripts/gen_pow_goldens.py), plus float_pow's own special cases.
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { ComplexResult, FloatPowError, fma, floatPow } from '@pyc-ts/bytecode';

const view = new DataView(new ArrayBuffer(8));
const fromHex = (h: string) => (view.setBigUint64(0, BigInt('0x' + h)), view.getFloat64(0));
const toHex = (x: number) => (view.setFloat64(0, x), view.getBigUint64(0).toString(16));

const cases = gunzipSync(readFileSync(new URL('./fixtures/pow.txt.gz', import.meta.url))).toString().trim().split('\n');

describe('floatPow', () => {
  it(`equals CPython's x ** y bit for bit on ${cases.length} hard cases`, () => {
    const wrong: string[] = [];
    for (const line of cases) {
      const [x, y, want] = line.split(' ');
      const r = floatPow(fromHex(x), fromHex(y));
      const got = r instanceof FloatPowError ? toHex(Infinity) : toHex(r as number);
      if (got !== want) wrong.push(`${fromHex(x)} ** ${fromHex(y)}: ${fromHex(got)} != ${fromHex(want)}`);
    }
    expect(wrong.slice(0, 5)).toEqual([]);
  });

  it("rounds 10.0 ** 23, an exact tie, up as glibc does", () => {
    expect(floatPow(10, 23)).toBe(1.0000000000000001e23);
  });

  it('keeps float_pow special cases and errors', () => {
    expect(floatPow(0, -1)).toEqual(new FloatPowError('ZeroDivisionError', '0.0 cannot be raised to a negative power'));
    expect(floatPow(10, 400)).toBeInstanceOf(FloatPowError);
    expect(floatPow(-8, 1 / 3)).toBeInstanceOf(ComplexResult);
    expect(floatPow(-2, 3)).toBe(-8);
    expect(floatPow(1, NaN)).toBe(1);
    expect(floatPow(NaN, 0)).toBe(1);
    expect(Object.is(floatPow(-0, 3), -0)).toBe(true);
    expect(floatPow(0.5, Infinity)).toBe(0);
  });
});

describe('fma', () => {
  it('rounds a·b + c once', () => {
    expect(fma(0.1, 10, -1)).toBe(5.551115123125783e-17); // the product's rounding error
    expect(fma(2 ** 60, 2 ** 60, -(2 ** 120))).toBe(0);
    expect(fma(1 + 2 ** -52, 1 - 2 ** -52, -1)).toBe(-(2 ** -104));
    expect(fma(1e308, 10, -1e308)).toBe(Infinity); // 9e308 overflows
    expect(fma(5e-324, 0.5, 0)).toBe(0); // the exact half-way subnormal rounds to even
  });
});
