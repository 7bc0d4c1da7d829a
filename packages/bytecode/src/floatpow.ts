// Python's float ** float (floatobject.c float_pow), shared by the compiler's
// constant folding and the VM so that both compute the same values.
// Errors come back as values (FloatPowError) for each side to raise or to
// leave unfolded; a negative base to a fractional power gives a ComplexResult
// (complex_pow's _Py_c_pow).
//
// After its special cases float_pow calls the C library's pow, so that is what
// libmPow reproduces bit for bit: glibc's pow (Arm's optimized-routines design),
// as glibc runs it on x86-64 CPUs with FMA. It is not correctly rounded (within
// 0.52 ulp; about one result in a thousand differs from the correctly rounded
// one, and half of the exact ties such as 10.0 ** 23 round the other way), and
// matching CPython means matching it, including the fused multiply-adds of that
// build: the ones its source asks for, and the a·b + c the C compiler contracts
// (a product with a single use). Tables: pow_tables.ts (scripts/gen_pow_tables.ts).

import { fma } from './fma.js';
import { EXP_SCALE_HI, EXP_SCALE_LO, EXP_TAIL, LOG_INVC, LOG_LOGC, LOG_LOGCTAIL } from './pow_tables.js';

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
  const r = libmPow(x, y);
  if (r === Infinity) return new FloatPowError('OverflowError', "(34, 'Numerical result out of range')");
  return negate ? -r : r;
}

/** _Py_c_pow for a negative real base and a real exponent. */
function complexPow(x: number, y: number): ComplexResult | FloatPowError {
  const len = libmPow(-x, y);
  const phase = Math.PI * y; // atan2(0.0, x) is pi for x < 0
  const real = len * Math.cos(phase);
  const imag = len * Math.sin(phase);
  if (!Number.isFinite(real) || !Number.isFinite(imag)) {
    return new FloatPowError('OverflowError', 'complex exponentiation');
  }
  return new ComplexResult(real, imag);
}

// ---- glibc's pow ----

const view = new DataView(new ArrayBuffer(8));

function hiWord(x: number): number {
  view.setFloat64(0, x, true);
  return view.getUint32(4, true);
}

function loWord(x: number): number {
  view.setFloat64(0, x, true);
  return view.getUint32(0, true);
}

function fromWords(hi: number, lo: number): number {
  view.setUint32(4, hi >>> 0, true);
  view.setUint32(0, lo >>> 0, true);
  return view.getFloat64(0, true);
}

// ln 2 split so that k·LN2_HI is exact; log1p's polynomial (scaled by powers of -2).
const LN2_HI = 0.6931471805598903;
const LN2_LO = 5.497923018708371e-14;
const A1 = -0.6666666666666679;
const A2 = 0.5000000000000007;
const A3 = 0.7999999995323976;
const A4 = -0.6666666663487739;
const A5 = -1.142909628459501;
const A6 = 1.0000415263675542;
// exp: 128/ln 2, ln 2/128 split, the round-to-int shift 1.5·2**52, and exp's polynomial.
const INV_LN2_N = 184.6649652337873;
const NEG_LN2_HI_N = -0.005415212348111709;
const NEG_LN2_LO_N = -1.2864023111638346e-14;
const SHIFT = 6755399441055744;
const C2 = 0.49999999999996786;
const C3 = 0.16666666666665886;
const C4 = 0.0416666808410674;
const C5 = 0.008333335853059549;

let logTail = 0;

/** log(x) for x > 0 given as the words of its representation, to about 68 bits: returns hi, tail in logTail. */
function logInline(ixHi: number, ixLo: number): number {
  // x = 2**k · z, z in [0x1.69555p-1, 0x1.69555p0), in subinterval i of 128.
  const tmpHi = (ixHi - 0x3fe69555) | 0;
  const i = (tmpHi >>> 13) & 127;
  const k = tmpHi >> 20;
  const z = fromWords(ixHi - (tmpHi & 0xfff00000), ixLo);
  const kd = k;
  const invc = LOG_INVC[i];
  const r = fma(z, invc, -1); // z/c - 1, exact
  const t1 = fma(kd, LN2_HI, LOG_LOGC[i]);
  const t2 = t1 + r;
  const lo1 = fma(kd, LN2_LO, LOG_LOGCTAIL[i]);
  const lo2 = t1 - t2 + r;
  const ar = -0.5 * r;
  const ar2 = r * ar;
  const ar3 = r * ar2;
  const hi = t2 + ar2;
  const lo3 = fma(ar, r, -ar2);
  const lo4 = t2 - hi + ar2;
  // p = ar3·q has a single use, so the compiler fused it into the sum.
  const q = fma(ar2, fma(ar2, fma(r, A6, A5), fma(r, A4, A3)), fma(r, A2, A1));
  const lo = fma(ar3, q, lo1 + lo2 + lo3 + lo4);
  const y = hi + lo;
  logTail = hi - y + lo;
  return y;
}

/** exp(x + xtail) for |xtail| small, handling overflow and underflow. */
function expInline(x: number, xtail: number): number {
  let abstop = (hiWord(x) >>> 20) & 0x7ff;
  if (abstop - 0x3c9 >= 0x408 - 0x3c9 || abstop < 0x3c9) {
    if (abstop < 0x3c9) return 1 + x; // |x| < 2**-54
    if (abstop >= 0x409) return x < 0 ? 0 : Infinity; // |x| >= 1024
    abstop = 0; // large |x|: scaled with care below
  }
  const kd0 = fma(INV_LN2_N, x, SHIFT); // round(x·128/ln 2) in the low bits
  const ki = loWord(kd0);
  const kd = kd0 - SHIFT;
  let r = fma(kd, NEG_LN2_LO_N, fma(kd, NEG_LN2_HI_N, x));
  r += xtail;
  const idx = ki & 127;
  const sHi = (EXP_SCALE_HI[idx] + (ki << 13)) | 0; // + k << 45: the exponent field
  const sLo = EXP_SCALE_LO[idx];
  const r2 = r * r;
  const tmp = fma(r2 * r2, fma(r, C5, C4), fma(r2, fma(r, C3, C2), EXP_TAIL[idx] + r));
  if (abstop === 0) return expSpecialCase(tmp, sHi, sLo, ki);
  const scale = fromWords(sHi, sLo);
  return fma(scale, tmp, scale);
}

/** scale·(1 + tmp) when scale's exponent field has over- or underflowed. */
function expSpecialCase(tmp: number, sHi: number, sLo: number, ki: number): number {
  if ((ki & 0x80000000) === 0) {
    // k > 0: take 2**1009 out of the scale and put it back after the rounding.
    const scale = fromWords(sHi - (1009 << 20), sLo);
    return 2 ** 1009 * fma(scale, tmp, scale);
  }
  // k < 0: round to the subnormal result's precision before scaling down.
  const scale = fromWords(sHi + (1022 << 20), sLo);
  const st = scale * tmp;
  let y = scale + st;
  if (Math.abs(y) < 1) {
    const one = y < 0 ? -1 : 1;
    const lo0 = scale - y + st;
    const hi = one + y;
    const lo = one - hi + y + lo0;
    y = hi + lo - one;
    if (y === 0) y = 0;
  }
  return 2 ** -1022 * y;
}

/** C's exp(x) as glibc computes it: the same routine as pow's exp step (math.exp calls it). */
export function cExp(x: number): number {
  if (Number.isNaN(x)) return x;
  return expInline(x, 0);
}

/** C's pow(x, y) as glibc computes it, for any doubles (complex_pow calls it directly). */
export function cPow(x: number, y: number): number {
  if (y === 0 || x === 1) return 1;
  if (x > 0 && Number.isFinite(x) && Number.isFinite(y)) return libmPow(x, y);
  return Math.pow(x, y); // the IEEE special cases, which C99's pow shares
}

/** glibc's pow(x, y) for finite x > 0 and finite nonzero y (what float_pow leaves to it). */
function libmPow(x: number, y: number): number {
  let ixHi = hiWord(x);
  let ixLo = loWord(x);
  const topy = (hiWord(y) >>> 20) & 0x7ff;
  if (topy - 0x3be >= 0x43e - 0x3be || topy < 0x3be) {
    // |y| < 2**-65: x**y is 1 ± tiny; |y| >= 2**63: it over- or underflows.
    if (topy < 0x3be) return x > 1 ? 1 + y : 1 - y;
    return x > 1 === y > 0 ? Infinity : 0;
  }
  if (ixHi < 0x00100000) {
    // Subnormal x: normalise it, keeping the exponent's count in the bits.
    const n = x * 2 ** 52;
    ixHi = hiWord(n) - (52 << 20);
    ixLo = loWord(n);
  }
  const hi = logInline(ixHi, ixLo);
  const lo = logTail;
  const ehi = y * hi;
  const elo = fma(y, lo, fma(y, hi, -ehi));
  return expInline(ehi, elo);
}
