// The math module (Modules/mathmodule.c of CPython 3.11): every function and constant, with CPython's
// special values and errors — ValueError('math domain error') where C signals an invalid operation or a
// pole, OverflowError('math range error') where it signals overflow.
//
// Where mathmodule.c has an algorithm of its own this follows it operation by operation, so the bits are
// CPython's: fsum (Shewchuk's exact partials), hypot and dist (vector_norm), gamma and lgamma (Lanczos),
// remainder, frexp/ldexp/modf/nextafter/ulp (exact on the binary64 layout), the logarithm of big ints,
// and the integer functions. pow and exp are glibc's (floatpow.ts reproduces them bit for bit), and exp2 is
// pow(2, x), which glibc's own exp2 differs from for 0.1% of arguments. The other float functions are the C
// library's in CPython and JavaScript's Math here — V8's port of fdlibm, not glibc — and they differ in
// the last bit for a few percent of arguments (sin, cos, atan2, log, ...; cbrt for half); gamma and lgamma
// inherit that through log, sin and cos. CPython 3.11 on Linux takes erf and erfc from glibc too;
// this uses mathmodule.c's own series and continued fraction for them (its fallback where the C library
// has none), a few ulps from glibc's for erf and up to hundreds for erfc of large x.
// test/math.test.ts holds each function to its measured distance from CPython.

import { cExp, cPow, decompose, roundScaled } from '@pyc-ts/bytecode';
import { PyFloat, floatType, typeOf, type PyValue } from '../objects/object.js';
import { raise } from '../objects/errors.js';
import { intValueOrUndefined, type Int } from '../objects/boxed.js';
import type { MethodDef } from '../objects/typedef.js';
import * as abs from '../objects/abstract.js';
import * as num from '../numeric/index.js';
import { PyTuple } from '../builtins/tuple.js';
import { defineModule } from './registry.js';

function domainError(): never {
  raise('ValueError', 'math domain error');
}

function rangeError(): never {
  raise('OverflowError', 'math range error');
}

const LONG_MAX = 9223372036854775807n;
const DEG_TO_RAD = Math.PI / 180;
const RAD_TO_DEG = 180 / Math.PI;

// ---- the binary64 layout ----

const view = new DataView(new ArrayBuffer(8));

function bitsOf(x: number): bigint {
  view.setFloat64(0, x);
  return view.getBigUint64(0);
}

function fromBits(b: bigint): number {
  view.setBigUint64(0, b);
  return view.getFloat64(0);
}

/** C's copysign: the magnitude of x with the sign bit of y (of a zero or a NaN too). */
function copysign(x: number, y: number): number {
  view.setFloat64(0, y);
  return view.getUint8(0) & 0x80 ? -Math.abs(x) : Math.abs(x);
}

/** x = m * 2**e with 0.5 <= |m| < 1, for finite nonzero x (C's frexp). */
function frexp(x: number): [number, number] {
  const [mant, exp] = decompose(Math.abs(x));
  const bits = mant >= 2 ** 32 ? 64 - Math.clz32(Math.floor(mant / 2 ** 32)) : 32 - Math.clz32(mant);
  const m = mant / 2 ** bits;
  return [x < 0 ? -m : m, exp + bits];
}

/** x * 2**n rounded once, half to even (C's ldexp), for finite nonzero x. */
function ldexp(x: number, n: number): number {
  const [mant, exp] = decompose(Math.abs(x));
  const r = roundScaled(BigInt(mant), false, -(exp + n));
  return x < 0 ? -r : r;
}

/** The next float after x toward y (C's nextafter). */
function nextafter(x: number, y: number): number {
  if (x !== x || y !== y) return x + y;
  if (x === y) return y;
  if (x === 0) return y > 0 ? 5e-324 : -5e-324;
  const b = bitsOf(x);
  return fromBits((x < y) === (x > 0) ? b + 1n : b - 1n); // away from zero or toward it
}

function ulp(x: number): number {
  if (x !== x) return x;
  x = Math.abs(x);
  if (x === Infinity) return x;
  const next = nextafter(x, Infinity);
  return next === Infinity ? x - nextafter(x, -Infinity) : next - x;
}

function modf(x: number): [number, number] {
  if (x === Infinity || x === -Infinity) return [copysign(0, x), x];
  if (x !== x) return [x, x];
  const whole = Math.trunc(x);
  return [copysign(x - whole, x), whole];
}

// ---- the C library ----

/** C's pow for finite x and y as glibc computes it: a negative base to an integral power by its magnitude. */
function libmPow(x: number, y: number): number {
  if (x < 0 && Number.isInteger(y)) {
    const r = cPow(-x, y);
    return Math.abs(y) % 2 === 1 ? -r : r;
  }
  return cPow(x, y);
}

/** m_atan2: the special values first, as C99 has them, then the library's atan2. */
function atan2(y: number, x: number): number {
  if (x !== x || y !== y) return NaN;
  if (y === Infinity || y === -Infinity) {
    if (x === Infinity || x === -Infinity) return copysign(copysign(1, x) === 1 ? 0.25 * Math.PI : 0.75 * Math.PI, y);
    return copysign(0.5 * Math.PI, y);
  }
  if (x === Infinity || x === -Infinity || y === 0) return copysign(copysign(1, x) === 1 ? 0 : Math.PI, y);
  return Math.atan2(y, x);
}

/** m_remainder: x - n*y for the integer n nearest x/y (even on a tie); always exact. */
function remainder(x: number, y: number): number {
  if (Number.isFinite(x) && Number.isFinite(y)) {
    if (y === 0) return NaN;
    const absx = Math.abs(x);
    const absy = Math.abs(y);
    const m = absx % absy;
    // m against half of absy, compared through c = absy - m, which is exact where it matters.
    const c = absy - m;
    let r: number;
    if (m < c) r = m;
    else if (m > c) r = -c;
    else r = m - 2 * ((0.5 * (absx - m)) % absy); // halfway: m if the multiple below is even, else -m
    return copysign(1, x) * r;
  }
  if (x !== x) return x;
  if (y !== y) return y;
  if (x === Infinity || x === -Infinity) return NaN;
  return x;
}

/** math_pow: IEEE's special values directly, the library's pow for finite operands. */
function pow(x: number, y: number): number {
  if (!Number.isFinite(x) || !Number.isFinite(y)) {
    if (x !== x) return y === 0 ? 1 : x;
    if (y !== y) return x === 1 ? 1 : y;
    if (x === Infinity || x === -Infinity) {
      const oddY = Number.isFinite(y) && Math.abs(y) % 2 === 1;
      if (y > 0) return oddY ? x : Math.abs(x);
      if (y === 0) return 1;
      return oddY ? copysign(0, x) : 0;
    }
    if (Math.abs(x) === 1) return 1;
    if (y > 0 && Math.abs(x) > 1) return y;
    if (y < 0 && Math.abs(x) < 1) return -y;
    return 0;
  }
  const r = libmPow(x, y);
  if (r !== r) domainError(); // a negative base to a non-integral power
  if (r === Infinity || r === -Infinity) {
    if (x === 0) domainError(); // 0 to a negative power
    rangeError();
  }
  return r;
}

function fmod(x: number, y: number): number {
  if ((y === Infinity || y === -Infinity) && Number.isFinite(x)) return x;
  const r = x % y;
  if (r !== r && x === x && y === y) domainError();
  return r;
}

// ---- gamma, lgamma, erf, erfc (mathmodule.c's algorithms) ----

const LOG_PI = 1.144729885849400174143427351353058711647;
const SQRT_PI = 1.772453850905516027298167483341145182798;
const LANCZOS_G = 6.024680040776729583740234375;
const LANCZOS_G_MINUS_HALF = 5.524680040776729583740234375;
const LANCZOS_NUM_COEFFS = [
  23531376880.410759688572007674451636754734846804940, 42919803642.649098768957899047001988850926355848959,
  35711959237.355668049440185451547166705960488635843, 17921034426.037209699919755754458931112671403265390,
  6039542586.3520280050642916443072979210699388420708, 1439720407.3117216736632230727949123939715485786772,
  248874557.86205415651146038641322942321632125127801, 31426415.585400194380614231628318205362874684987640,
  2876370.6289353724412254090516208496135991145378768, 186056.26539522349504029498971604569928220784236328,
  8071.6720023658162106380029022722506138218516325024, 210.82427775157934587250973392071336271166969580291,
  2.5066282746310002701649081771338373386264310793408,
];
/** The Lanczos sum's denominator, x*(x+1)*...*(x+11), by powers of x. */
const LANCZOS_DEN_COEFFS = [
  0.0, 39916800.0, 120543840.0, 150917976.0, 105258076.0, 45995730.0, 13339535.0, 2637558.0, 357423.0, 32670.0,
  1925.0, 66.0, 1.0,
];
/** gamma(n) for n = 1 .. 23, exactly. */
const GAMMA_INTEGRAL = [
  1.0, 1.0, 2.0, 6.0, 24.0, 120.0, 720.0, 5040.0, 40320.0, 362880.0, 3628800.0, 39916800.0, 479001600.0,
  6227020800.0, 87178291200.0, 1307674368000.0, 20922789888000.0, 355687428096000.0, 6402373705728000.0,
  121645100408832000.0, 2432902008176640000.0, 51090942171709440000.0, 1124000727777607680000.0,
];

/** The Lanczos sum L_g(x) for x > 0, as a rational function in x (or in 1/x for large x, against overflow). */
function lanczosSum(x: number): number {
  let num = 0;
  let den = 0;
  if (x < 5) {
    for (let i = LANCZOS_NUM_COEFFS.length; --i >= 0; ) {
      num = num * x + LANCZOS_NUM_COEFFS[i];
      den = den * x + LANCZOS_DEN_COEFFS[i];
    }
  } else {
    for (let i = 0; i < LANCZOS_NUM_COEFFS.length; i++) {
      num = num / x + LANCZOS_NUM_COEFFS[i];
      den = den / x + LANCZOS_DEN_COEFFS[i];
    }
  }
  return num / den;
}

/** sin(pi*x) for finite x, exact at the integers (m_sinpi). */
function sinpi(x: number): number {
  const y = Math.abs(x) % 2;
  let r: number;
  switch (Math.round(2 * y)) {
    case 0:
      r = Math.sin(Math.PI * y);
      break;
    case 1:
      r = Math.cos(Math.PI * (y - 0.5));
      break;
    case 2:
      r = Math.sin(Math.PI * (1 - y)); // not -sin(pi*(y-1)): that is -0.0 at y == 1
      break;
    case 3:
      r = -Math.cos(Math.PI * (y - 1.5));
      break;
    default:
      r = Math.sin(Math.PI * (y - 2));
  }
  return copysign(1, x) * r;
}

/** m_tgamma: Lanczos for x > 0 (with a correction for the rounding of x+g-0.5), reflection for x < 0. */
function gamma(x: number): number {
  if (!Number.isFinite(x)) {
    if (x !== x || x > 0) return x;
    domainError();
  }
  if (x === 0) domainError(); // a pole
  if (x === Math.floor(x)) {
    if (x < 0) domainError();
    if (x <= GAMMA_INTEGRAL.length) return GAMMA_INTEGRAL[x - 1];
  }
  const absx = Math.abs(x);
  if (absx < 1e-20) {
    const r = 1 / x;
    if (r === Infinity || r === -Infinity) rangeError();
    return r;
  }
  // Past 200 gamma overflows, and on the negative side underflows to a signed zero.
  if (absx > 200) {
    if (x < 0) return 0 / sinpi(x);
    rangeError();
  }
  const y = absx + LANCZOS_G_MINUS_HALF;
  // z: the rounding error in y, as the correction's factor.
  let z = absx > LANCZOS_G_MINUS_HALF ? y - absx - LANCZOS_G_MINUS_HALF : y - LANCZOS_G_MINUS_HALF - absx;
  z = (z * LANCZOS_G) / y;
  let r: number;
  if (x < 0) {
    r = (((-Math.PI / sinpi(absx)) / absx) * cExp(y)) / lanczosSum(absx);
    r -= z * r;
    if (absx < 140) {
      r /= libmPow(y, absx - 0.5);
    } else {
      const sqrtpow = libmPow(y, absx / 2 - 0.25);
      r /= sqrtpow;
      r /= sqrtpow;
    }
  } else {
    r = lanczosSum(absx) / cExp(y);
    r += z * r;
    if (absx < 140) {
      r *= libmPow(y, absx - 0.5);
    } else {
      const sqrtpow = libmPow(y, absx / 2 - 0.25);
      r *= sqrtpow;
      r *= sqrtpow;
    }
  }
  if (r === Infinity || r === -Infinity) rangeError();
  return r;
}

/** m_lgamma: log|gamma(x)|, by Lanczos' formula and the reflection formula for x < 0. */
function lgamma(x: number): number {
  if (!Number.isFinite(x)) return x !== x ? x : Infinity;
  if (x === Math.floor(x) && x <= 2) {
    if (x <= 0) domainError(); // the poles
    return 0; // lgamma(1) = lgamma(2) = 0
  }
  const absx = Math.abs(x);
  if (absx < 1e-20) return -Math.log(absx);
  let r = Math.log(lanczosSum(absx)) - LANCZOS_G;
  r += (absx - 0.5) * (Math.log(absx + LANCZOS_G - 0.5) - 1);
  if (x < 0) r = LOG_PI - Math.log(Math.abs(sinpi(absx))) - Math.log(absx) - r;
  if (r === Infinity || r === -Infinity) rangeError();
  return r;
}

const ERF_SERIES_CUTOFF = 1.5;
const ERF_SERIES_TERMS = 25;
const ERFC_CONTFRAC_CUTOFF = 30;
const ERFC_CONTFRAC_TERMS = 50;

/** erf(x) by its power series, for small finite x. */
function erfSeries(x: number): number {
  const x2 = x * x;
  let acc = 0;
  let fk = ERF_SERIES_TERMS + 0.5;
  for (let i = 0; i < ERF_SERIES_TERMS; i++) {
    acc = 2 + (x2 * acc) / fk;
    fk -= 1;
  }
  return (acc * x * cExp(-x2)) / SQRT_PI;
}

/** erfc(x) by its continued fraction, for x > 0 not small; 0 past where it underflows. */
function erfcContfrac(x: number): number {
  if (x >= ERFC_CONTFRAC_CUTOFF) return 0;
  const x2 = x * x;
  let a = 0;
  let da = 0.5;
  let p = 1;
  let pLast = 0;
  let q = da + x2;
  let qLast = 1;
  for (let i = 0; i < ERFC_CONTFRAC_TERMS; i++) {
    a += da;
    da += 2;
    const b = da + x2;
    [p, pLast] = [b * p - a * pLast, p];
    [q, qLast] = [b * q - a * qLast, q];
  }
  return (((p / q) * x) * cExp(-x2)) / SQRT_PI;
}

function erf(x: number): number {
  if (x !== x) return x;
  if (Math.abs(x) < ERF_SERIES_CUTOFF) return erfSeries(x);
  const cf = erfcContfrac(Math.abs(x));
  return x > 0 ? 1 - cf : cf - 1;
}

function erfc(x: number): number {
  if (x !== x) return x;
  if (Math.abs(x) < ERF_SERIES_CUTOFF) return 1 - erfSeries(x);
  const cf = erfcContfrac(Math.abs(x));
  return x > 0 ? cf : 2 - cf;
}

// ---- sums and norms ----

/**
 * math.fsum: the correctly rounded sum, keeping the running total exactly as non-overlapping partials
 * (Shewchuk), then adding them from the top with a half-even fix-up across partials.
 */
function fsum(seq: PyValue): number {
  const partials: number[] = [];
  let specialSum = 0;
  let infSum = 0;
  abs.forEach(seq, (item) => {
    let x = abs.asDouble(item);
    const xsave = x;
    let i = 0;
    for (let j = 0; j < partials.length; j++) {
      let y = partials[j];
      if (Math.abs(x) < Math.abs(y)) [x, y] = [y, x];
      const hi = x + y;
      const lo = y - (hi - x);
      if (lo !== 0) partials[i++] = lo;
      x = hi;
    }
    partials.length = i;
    if (x === 0) return;
    if (Number.isFinite(x)) {
      partials.push(x);
      return;
    }
    // A non-finite total: from an inf or nan summand, or from overflow of finite ones.
    if (Number.isFinite(xsave)) raise('OverflowError', 'intermediate overflow in fsum');
    if (xsave === Infinity || xsave === -Infinity) infSum += xsave;
    specialSum += xsave;
    partials.length = 0;
  });
  if (specialSum !== 0) {
    if (infSum !== infSum) raise('ValueError', '-inf + inf in fsum');
    return specialSum;
  }
  let n = partials.length;
  if (n === 0) return 0;
  let hi = partials[--n];
  let lo = 0;
  // Add from the top while the sum stays exact.
  while (n > 0) {
    const x = hi;
    const y = partials[--n];
    hi = x + y;
    lo = y - (hi - x);
    if (lo !== 0) break;
  }
  // Half-even rounding across partials: sum([1e-16, 1, 1e16]) rounds up.
  if (n > 0 && ((lo < 0 && partials[n - 1] < 0) || (lo > 0 && partials[n - 1] > 0))) {
    const y = lo * 2;
    const x = hi + y;
    if (y === x - hi) hi = x;
  }
  return hi;
}

/** 2**27 + 1: Veltkamp's splitting constant. */
const T27 = 134217729.0;

/**
 * vector_norm: sqrt of the sum of squares of non-negative finite values whose largest is max, scaled
 * by a power of two, squared exactly by splitting, summed with compensation, then corrected once.
 */
function vectorNorm(vec: number[], max: number, foundNan: boolean): number {
  if (max === Infinity) return max;
  if (foundNan) return NaN;
  if (max === 0 || vec.length <= 1) return max;
  const maxE = frexp(max)[1];
  if (maxE < -1023) {
    // ldexp(1.0, -max_e) would overflow: divide by max instead.
    let csum = 1;
    let frac = 0;
    for (const v of vec) {
      let x = v / max;
      x = x * x;
      const old = csum;
      csum += x;
      frac += old - csum + x;
    }
    return max * Math.sqrt(csum - 1 + frac);
  }
  const scale = ldexp(1, -maxE);
  let csum = 1;
  let frac1 = 0;
  let frac2 = 0;
  let frac3 = 0;
  for (const v of vec) {
    let x = v * scale;
    const [hi, lo] = split(x);
    x = hi * hi;
    let old = csum;
    csum += x;
    frac1 += old - csum + x;
    x = 2 * hi * lo;
    old = csum;
    csum += x;
    frac2 += old - csum + x;
    frac3 += lo * lo;
  }
  const h = Math.sqrt(csum - 1 + (frac1 + frac2 + frac3));
  // The difference between h*h and the sum, for one Newton step on the square root.
  const [hi, lo] = split(h);
  let x = -hi * hi;
  let old = csum;
  csum += x;
  frac1 += old - csum + x;
  x = -2 * hi * lo;
  old = csum;
  csum += x;
  frac2 += old - csum + x;
  x = -lo * lo;
  old = csum;
  csum += x;
  frac3 += old - csum + x;
  x = csum - 1 + (frac1 + frac2 + frac3);
  return (h + x / (2 * h)) / scale;
}

/** Veltkamp-Dekker: x = hi + lo with hi holding the top 26 bits, so hi*hi and hi*lo are exact. */
function split(x: number): [number, number] {
  const t = x * T27;
  const hi = t - (t - x);
  return [hi, x - hi];
}

function hypot(coordinates: PyValue[]): number {
  let max = 0;
  let foundNan = false;
  const vec = coordinates.map((c) => {
    const x = Math.abs(abs.asDouble(c));
    foundNan ||= x !== x;
    if (x > max) max = x;
    return x;
  });
  return vectorNorm(vec, max, foundNan);
}

function dist(p: PyValue, q: PyValue): number {
  const ps = p instanceof PyTuple ? p.items : abs.toArray(p);
  const qs = q instanceof PyTuple ? q.items : abs.toArray(q);
  if (ps.length !== qs.length) raise('ValueError', 'both points must have the same number of dimensions');
  let max = 0;
  let foundNan = false;
  const diffs = ps.map((pv, i) => {
    const px = abs.asDouble(pv);
    const x = Math.abs(px - abs.asDouble(qs[i]));
    foundNan ||= x !== x;
    if (x > max) max = x;
    return x;
  });
  return vectorNorm(diffs, max, foundNan);
}

// ---- logarithms ----

/** (m, e) with i = m * 2**e to the nearest double, 0.5 <= m < 1, for an int too large for a float (_PyLong_Frexp). */
function frexpInt(i: bigint): [number, number] {
  const e = num.bitLength(i);
  const m = roundScaled(i, false, e);
  return m === 1 ? [0.5, e + 1] : [m, e];
}

/**
 * loghelper: log, log2 or log10 of an int of any size (past the float range through its binary
 * exponent: log(m) + log(2)*e), or of anything else as a float through math_1.
 */
function logOf(arg: PyValue, log: (x: number) => number): number {
  const i = intValueOrUndefined(arg);
  if (i === undefined) {
    const x = abs.asDouble(arg);
    return checked(x, log(x), false);
  }
  if (i <= 0) domainError();
  const x = Number(i);
  if (x !== Infinity) return log(x);
  const [m, e] = frexpInt(i as bigint);
  return log(m) + log(2) * e;
}

function log(argv: PyValue[], base: number, nargs: number, kwnames: string[] | null): PyValue {
  if (kwnames !== null && kwnames.length > 0) raise('TypeError', 'log() takes no keyword arguments');
  if (nargs < 1 || nargs > 2) raise('TypeError', 'math.log requires 1 to 2 arguments');
  const x = logOf(argv[base], Math.log);
  if (nargs === 1) return new PyFloat(x);
  return new PyFloat(num.floatTrueDiv(x, logOf(argv[base + 1], Math.log)));
}

// ---- float functions ----

/**
 * math_1's checks on f(x): a NaN from a non-NaN is a domain error, an infinity from a finite x a range
 * error, or a domain error (a pole) for functions that cannot overflow.
 */
function math1(f: (x: number) => number, canOverflow: boolean): (x: number) => number {
  return (x) => checked(x, f(x), canOverflow);
}

function checked(x: number, r: number, canOverflow: boolean): number {
  if (r !== r && x === x) domainError();
  if ((r === Infinity || r === -Infinity) && Number.isFinite(x)) {
    if (canOverflow) rangeError();
    domainError();
  }
  return r;
}

/** A function of one float argument (METH_O), its result a float. */
function float1(f: (x: number) => number): MethodDef {
  return (v: PyValue) => new PyFloat(f(abs.asDouble(v)));
}

/** math_2's checks on f(x, y), for functions declared with two double arguments. */
function math2(f: (x: number, y: number) => number): MethodDef {
  return (x: number, y: number) => {
    const r = f(x, y);
    if (r !== r && x === x && y === y) domainError();
    if ((r === Infinity || r === -Infinity) && Number.isFinite(x) && Number.isFinite(y)) rangeError();
    return new PyFloat(r);
  };
}

/** A float argument given by keyword or by default: converted by 'double', or the default's PyFloat. */
function doubleOf(v: number | PyFloat): number {
  return v instanceof PyFloat ? v.v : v;
}

function isclose(a: number, b: number, relTol: number | PyFloat, absTol: number | PyFloat): boolean {
  const rel = doubleOf(relTol);
  const at = doubleOf(absTol);
  if (rel < 0 || at < 0) raise('ValueError', 'tolerances must be non-negative');
  if (a === b) return true;
  // An infinity is close only to itself (caught above), even with an infinite tolerance.
  if (a === Infinity || a === -Infinity || b === Infinity || b === -Infinity) return false;
  const diff = Math.abs(b - a);
  return diff <= Math.abs(rel * b) || diff <= Math.abs(rel * a) || diff <= at;
}

function ldexpMethod(x: number, i: PyValue): PyFloat {
  const n = intValueOrUndefined(i);
  if (n === undefined) raise('TypeError', 'Expected an int as second argument to ldexp.');
  if (x === 0 || !Number.isFinite(x)) return new PyFloat(x);
  // Exponents beyond a C int over- or underflow whatever x is.
  if (n > 2147483647) rangeError();
  if (n < -2147483648) return new PyFloat(copysign(0, x));
  const r = ldexp(x, Number(n));
  if (r === Infinity || r === -Infinity) rangeError();
  return new PyFloat(r);
}

function isExactFloat(v: PyValue): v is PyFloat {
  return v instanceof PyFloat && v.type === floatType;
}

/** math.floor and math.ceil: the argument's __floor__/__ceil__ unless it is a float, else of its float value. */
function rounding(special: string, op: (x: number) => number): MethodDef {
  return (v: PyValue) => {
    if (typeof v === 'number' || typeof v === 'bigint') return v;
    if (!isExactFloat(v)) {
      const found = typeOf(v).lookup(special);
      if (found !== undefined) return abs.callSpecialFound(found, v, []);
    }
    return num.floatToInt(op(abs.asDouble(v)));
  };
}

function trunc(v: PyValue): PyValue {
  if (isExactFloat(v)) return num.floatToInt(v.v);
  const found = typeOf(v).lookup('__trunc__');
  if (found === undefined) raise('TypeError', `type ${typeOf(v).name} doesn't define __trunc__ method`);
  return abs.callSpecialFound(found, v, []);
}

// ---- integer functions ----

function big(v: PyValue): bigint {
  return BigInt(abs.index(v));
}

/** lo * (lo+1) * ... * hi, halving the range so that the big multiplications are balanced. */
function rangeProduct(lo: bigint, hi: bigint): bigint {
  if (hi - lo < 16n) {
    let p = 1n;
    for (let i = lo; i <= hi; i++) p *= i;
    return p;
  }
  const mid = (lo + hi) >> 1n;
  return rangeProduct(lo, mid) * rangeProduct(mid + 1n, hi);
}

function factorial(v: PyValue): Int {
  const n = big(v);
  if (n > LONG_MAX) raise('OverflowError', `factorial() argument should not exceed ${LONG_MAX}`);
  if (n < 0n) raise('ValueError', 'factorial() not defined for negative values');
  return num.normInt(rangeProduct(1n, n));
}

/** math.isqrt: Newton's iteration at doubling precision, as mathmodule.c describes it; then a - (a*a > n). */
function isqrt(v: PyValue): Int {
  const n = big(v);
  if (n < 0n) raise('ValueError', 'isqrt() argument must be nonnegative');
  if (n === 0n) return 0;
  const c = (num.bitLength(n) - 1) >> 1;
  let a = 1n;
  let d = 0;
  for (let s = 31 - Math.clz32(c); s >= 0; s--) {
    const e = d;
    d = c >> s;
    a = (a << BigInt(d - e - 1)) + (n >> BigInt(2 * c - e - d + 1)) / a;
  }
  return num.normInt(a * a > n ? a - 1n : a);
}

function checkNonNegative(n: bigint, k: bigint): void {
  if (n < 0n) raise('ValueError', 'n must be a non-negative integer');
  if (k < 0n) raise('ValueError', 'k must be a non-negative integer');
}

function comb(nv: PyValue, kv: PyValue): Int {
  const n = big(nv);
  let k = big(kv);
  checkNonNegative(n, k);
  if (k > n) return 0;
  if (n - k < k) k = n - k;
  if (n > LONG_MAX && k > LONG_MAX) raise('OverflowError', `min(n - k, k) must not exceed ${LONG_MAX}`);
  return num.normInt(rangeProduct(n - k + 1n, n) / rangeProduct(1n, k));
}

function perm(nv: PyValue, kv: PyValue): Int {
  if (kv === null) return factorial(nv);
  const n = big(nv);
  const k = big(kv);
  checkNonNegative(n, k);
  if (n < k) return 0;
  if (k > LONG_MAX) raise('OverflowError', `k must not exceed ${LONG_MAX}`);
  return num.normInt(rangeProduct(n - k + 1n, n));
}

function gcd(a: bigint, b: bigint): bigint {
  a = a < 0n ? -a : a;
  b = b < 0n ? -b : b;
  while (b !== 0n) [a, b] = [b, a % b];
  return a;
}

function lcm(a: bigint, b: bigint): bigint {
  if (a === 0n || b === 0n) return 0n;
  const m = (a / gcd(a, b)) * b;
  return m < 0n ? -m : m;
}

/** math.gcd and math.lcm: every argument must be an integer, even once the result is known. */
function fold(empty: bigint, op: (a: bigint, b: bigint) => bigint): MethodDef {
  return {
    impl: (args: PyValue[]) => {
      let acc = empty;
      args.forEach((v, i) => {
        const x = big(v);
        acc = i === 0 ? (x < 0n ? -x : x) : op(acc, x);
      });
      return num.normInt(acc);
    },
    style: 'positional',
    textSignature: false,
  };
}

function prod(iterable: PyValue, start: PyValue): PyValue {
  let acc = start;
  abs.forEach(iterable, (v) => {
    acc = abs.binaryOp(acc, v, abs.NB_MULTIPLY);
  });
  return acc;
}

defineModule({
  name: 'math',
  functions: {
    'acos($module, x, /)': float1(math1(Math.acos, false)),
    'acosh($module, x, /)': float1(math1(Math.acosh, false)),
    'asin($module, x, /)': float1(math1(Math.asin, false)),
    'asinh($module, x, /)': float1(math1(Math.asinh, false)),
    'atan($module, x, /)': float1(math1(Math.atan, false)),
    'atan2($module, y: double, x: double, /)': math2(atan2),
    'atanh($module, x, /)': float1(math1(Math.atanh, false)),
    'cbrt($module, x, /)': float1(math1(Math.cbrt, false)),
    'ceil($module, x, /)': rounding('__ceil__', Math.ceil),
    'comb($module, n, k, /)': comb,
    'copysign($module, x: double, y: double, /)': math2(copysign),
    'cos($module, x, /)': float1(math1(Math.cos, false)),
    'cosh($module, x, /)': float1(math1(Math.cosh, true)),
    'degrees($module, x, /)': float1((x) => x * RAD_TO_DEG),
    'dist($module, p, q, /)': (p: PyValue, q: PyValue) => new PyFloat(dist(p, q)),
    'erf($module, x, /)': float1(erf),
    'erfc($module, x, /)': float1(erfc),
    'exp($module, x, /)': float1(math1(cExp, true)),
    'exp2($module, x, /)': float1(math1((x) => cPow(2, x), true)),
    'expm1($module, x, /)': float1(math1(Math.expm1, true)),
    'fabs($module, x, /)': float1(Math.abs),
    'factorial($module, n, /)': factorial,
    'floor($module, x, /)': rounding('__floor__', Math.floor),
    'fmod($module, x: double, y: double, /)': (x: number, y: number) => new PyFloat(fmod(x, y)),
    'frexp($module, x, /)': (v: PyValue) => {
      const x = abs.asDouble(v);
      if (x === 0 || !Number.isFinite(x)) return new PyTuple([new PyFloat(x), 0]);
      const [m, e] = frexp(x);
      return new PyTuple([new PyFloat(m), e]);
    },
    'fsum($module, seq, /)': (seq: PyValue) => new PyFloat(fsum(seq)),
    'gamma($module, x, /)': float1(gamma),
    'gcd(*integers)': fold(0n, gcd),
    'hypot(*coordinates)': {
      impl: (coordinates: PyValue[]) => new PyFloat(hypot(coordinates)),
      style: 'positional',
      textSignature: false,
    },
    'isclose($module, /, a: double, b: double, *, rel_tol: double = 1e-09, abs_tol: double = 0.0)': isclose,
    'isfinite($module, x, /)': (v: PyValue) => Number.isFinite(abs.asDouble(v)),
    'isinf($module, x, /)': (v: PyValue) => Math.abs(abs.asDouble(v)) === Infinity,
    'isnan($module, x, /)': (v: PyValue) => Number.isNaN(abs.asDouble(v)),
    'isqrt($module, n, /)': isqrt,
    'lcm(*integers)': fold(1n, lcm),
    'ldexp($module, x: double, i, /)': ldexpMethod,
    'lgamma($module, x, /)': float1(lgamma),
    'log(x, base=<unrepresentable>, /)': { impl: log, style: 'raw', textSignature: false },
    'log10($module, x, /)': (v: PyValue) => new PyFloat(logOf(v, Math.log10)),
    'log1p($module, x, /)': float1(math1(Math.log1p, false)),
    'log2($module, x, /)': (v: PyValue) => new PyFloat(logOf(v, Math.log2)),
    'modf($module, x, /)': (v: PyValue) => new PyTuple(modf(abs.asDouble(v)).map((x) => new PyFloat(x))),
    'nextafter($module, x: double, y: double, /)': (x: number, y: number) => new PyFloat(nextafter(x, y)),
    'perm($module, n, k=None, /)': perm,
    'pow($module, x: double, y: double, /)': (x: number, y: number) => new PyFloat(pow(x, y)),
    'prod($module, iterable, /, *, start=1)': prod,
    'radians($module, x, /)': float1((x) => x * DEG_TO_RAD),
    'remainder($module, x: double, y: double, /)': math2(remainder),
    'sin($module, x, /)': float1(math1(Math.sin, false)),
    'sinh($module, x, /)': float1(math1(Math.sinh, true)),
    'sqrt($module, x, /)': float1(math1(Math.sqrt, false)),
    'tan($module, x, /)': float1(math1(Math.tan, false)),
    'tanh($module, x, /)': float1(math1(Math.tanh, false)),
    'trunc($module, x, /)': trunc,
    'ulp($module, x, /)': float1(ulp),
  },
  init(m) {
    const d = m.dict!;
    d.setStr('pi', new PyFloat(Math.PI));
    d.setStr('e', new PyFloat(Math.E));
    d.setStr('tau', new PyFloat(2 * Math.PI));
    d.setStr('inf', new PyFloat(Infinity));
    d.setStr('nan', new PyFloat(NaN));
  },
});
