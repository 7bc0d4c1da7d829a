// Python's float ** float (floatobject.c float_pow), shared by the compiler's
// constant folding and the VM so that both compute the same values.
// Errors come back as values (FloatPowError) for each side to raise or to
// leave unfolded; a negative base to a fractional power gives a ComplexResult
// (complex_pow's _Py_c_pow).
//
// x ** y for finite x > 0 is correctly rounded. CPython calls the C library's
// pow; glibc's is within 0.52 ulp, so in rare cases (about 1 in 2000 random
// operands) CPython's result is one ulp away from ours. V8's Math.pow is
// worse (often one ulp off), so it is not used.
// Integer exponents with moderate exact results are computed exactly with
// bigints; the rest goes through ln and exp in bigint fixed point, about 60
// bits beyond the double's 53.

import { decompose, roundScaled } from './binary64.js';

/** The complex result of a negative float raised to a non-integer power. */
export class ComplexResult {
  constructor(
    readonly real: number,
    readonly imag: number,
  ) {}
}

/** The exception float_pow raises, for the caller to raise (or not to fold). */
export class FloatPowError {
  constructor(
    readonly type: 'ZeroDivisionError' | 'OverflowError',
    readonly message: string,
  ) {}
}

function isOddInteger(x: number): boolean {
  return Number.isInteger(x) && Math.abs(x % 2) === 1;
}

/** x ** y for floats (float_pow). */
export function floatPow(x: number, y: number): number | ComplexResult | FloatPowError {
  if (y === 0) return 1;
  if (x !== x) return x;
  if (y !== y) return x === 1 ? 1 : y;
  if (y === Infinity || y === -Infinity) {
    const ax = Math.abs(x);
    if (ax === 1) return 1;
    return y > 0 === ax > 1 ? Infinity : 0;
  }
  if (x === Infinity || x === -Infinity) {
    const odd = isOddInteger(y);
    if (y > 0) return odd ? x : Infinity;
    return odd ? (x < 0 ? -0 : 0) : 0;
  }
  if (x === 0) {
    if (y < 0) return new FloatPowError('ZeroDivisionError', '0.0 cannot be raised to a negative power');
    return isOddInteger(y) ? x : 0;
  }
  let negate = false;
  if (x < 0) {
    if (!Number.isInteger(y)) return complexPow(x, y);
    x = -x;
    negate = isOddInteger(y);
  }
  if (x === 1) return negate ? -1 : 1;
  const r = powPositive(x, y);
  if (r === Infinity) return new FloatPowError('OverflowError', "(34, 'Numerical result out of range')");
  return negate ? -r : r;
}

/** _Py_c_pow for a negative real base and a real exponent. */
function complexPow(x: number, y: number): ComplexResult | FloatPowError {
  const len = powPositive(-x, y);
  const phase = Math.PI * y; // atan2(0.0, x) is pi for x < 0
  const real = len * Math.cos(phase);
  const imag = len * Math.sin(phase);
  if (!Number.isFinite(real) || !Number.isFinite(imag)) {
    return new FloatPowError('OverflowError', 'complex exponentiation');
  }
  return new ComplexResult(real, imag);
}

/** x ** y for finite x > 0, correctly rounded. */
function powPositive(x: number, y: number): number {
  if (y === 1) return x;
  if (y === 2) return x * x;
  if (y === -1) return 1 / x;
  if (y === 0.5) return Math.sqrt(x);
  if (Number.isInteger(y) && Math.abs(y) <= 1e5) {
    let [m, e] = decompose(x);
    while (m % 2 === 0) {
      m /= 2;
      e += 1;
    }
    if (Math.log2(m) * Math.abs(y) < 4096) return integerPow(m, e, y);
  }
  return expLog(x, y);
}

/** (m * 2**e) ** n correctly rounded, for an integer n with a moderate exact result. */
function integerPow(m: number, e: number, n: number): number {
  const mn = BigInt(m) ** BigInt(Math.abs(n));
  if (n > 0) return roundScaled(mn, false, -e * n);
  // 2**(-e*|n|) / m**|n|: divide with 55 bits to spare and a sticky remainder.
  const s = mn.toString(2).length + 55;
  const q = (1n << BigInt(s)) / mn;
  const exact = q * mn === 1n << BigInt(s);
  return roundScaled(q, !exact, s + e * Math.abs(n));
}

const ln2Cache = new Map<number, bigint>();

/** ln 2 scaled by 2**p: 2·atanh(1/3). */
function ln2(p: number): bigint {
  let v = ln2Cache.get(p);
  if (v === undefined) {
    const one = 1n << BigInt(p);
    v = atanh2(one / 3n, p);
    ln2Cache.set(p, v);
  }
  return v;
}

/** 2·atanh(s) = ln((1+s)/(1-s)) in fixed point with p fraction bits, |s| small. */
function atanh2(s: bigint, p: number): bigint {
  if (s < 0n) return -atanh2(-s, p); // shifts round toward -inf: keep terms positive
  const P = BigInt(p);
  const s2 = (s * s) >> P;
  let term = s;
  let sum = 0n;
  for (let k = 1n; term !== 0n; k += 2n) {
    sum += term / k;
    term = (term * s2) >> P;
  }
  return 2n * sum;
}

function expLog(x: number, y: number): number {
  // |ln x| >= 2**-53 for x != 1, so |y| >= 2**64 always overflows or underflows.
  if (Math.abs(y) >= 2 ** 64) return x > 1 === y > 0 ? Infinity : 0;
  const [my, ey] = decompose(Math.abs(y));
  const p = 120 + Math.max(0, ey + 53);
  const P = BigInt(p);
  const one = 1n << P;
  const LN2 = ln2(p);
  // ln x = ln(x / 2**b) + b·ln 2, with x / 2**b within [0.7, 1.42].
  const [mx, ex] = decompose(x);
  const b = Math.round(Math.log2(x));
  const shift = p + ex - b;
  const M = shift >= 0 ? BigInt(mx) << BigInt(shift) : BigInt(mx) >> BigInt(-shift);
  const L = atanh2(((M - one) << P) / (M + one), p) + BigInt(b) * LN2;
  // t = y · ln x
  let t = L * BigInt(my);
  t = ey >= 0 ? t << BigInt(ey) : t >> BigInt(-ey);
  if (y < 0) t = -t;
  if (t > 710n * one) return Infinity;
  if (t < -746n * one) return 0;
  // exp t = 2**k · exp r, |r| <= ln2 / 2
  const k = (t + (t >= 0n ? LN2 / 2n : -LN2 / 2n)) / LN2;
  const r = t - k * LN2;
  // exp r = 1 + r + r²/2! + ..., kept positive for the shifts (exp(-r) = 1 / exp r).
  const a = r < 0n ? -r : r;
  let term = one;
  let sum = one;
  for (let n = 1n; term !== 0n; n++) {
    term = ((term * a) >> P) / n;
    sum += term;
  }
  if (r < 0n) sum = (one << P) / sum;
  return roundScaled(sum, true, p - Number(k));
}
