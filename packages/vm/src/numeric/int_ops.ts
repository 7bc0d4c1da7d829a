// Python int arithmetic over `Int`: a JS number when the value is a safe
// integer, otherwise a bigint. Every result is normalised the same way, so
// equal ints always have the same JS type. Each operation tries the number
// path first and falls back to bigint only when the exact result could leave
// the safe range.

import { raise } from '../objects/errors.js';
import { floatPow, intToFloat } from './float_ops.js';

export type Int = number | bigint;

const MAX_SAFE = Number.MAX_SAFE_INTEGER;
const MIN_SAFE = -MAX_SAFE;
const BIG_MAX_SAFE = BigInt(MAX_SAFE);
const BIG_MIN_SAFE = -BIG_MAX_SAFE;

/** A bigint as a normalised Int. */
export function normInt(b: bigint): Int {
  return b >= BIG_MIN_SAFE && b <= BIG_MAX_SAFE ? Number(b) : b;
}

/** The Int as a bigint. */
export function toBig(a: Int): bigint {
  return typeof a === 'bigint' ? a : BigInt(a);
}

export function intAdd(a: Int, b: Int): Int {
  if (typeof a === 'number' && typeof b === 'number') {
    // Exact whenever the true sum is safe; an unsafe sum cannot round into the safe range.
    const r = a + b;
    if (r >= MIN_SAFE && r <= MAX_SAFE) return r;
  }
  return normInt(toBig(a) + toBig(b));
}

export function intSub(a: Int, b: Int): Int {
  if (typeof a === 'number' && typeof b === 'number') {
    const r = a - b;
    if (r >= MIN_SAFE && r <= MAX_SAFE) return r;
  }
  return normInt(toBig(a) - toBig(b));
}

export function intMul(a: Int, b: Int): Int {
  if (typeof a === 'number' && typeof b === 'number') {
    const r = a * b;
    if (r >= MIN_SAFE && r <= MAX_SAFE) return r + 0; // + 0 turns -0 into 0
  }
  return normInt(toBig(a) * toBig(b));
}

export function intNeg(a: Int): Int {
  if (typeof a === 'number') return 0 - a;
  return normInt(-a);
}

export function intAbs(a: Int): Int {
  if (typeof a === 'number') return Math.abs(a);
  return a < 0n ? -a : a;
}

/** -1, 0 or 1. */
export function intCompare(a: Int, b: Int): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function zeroDivision(): never {
  raise('ZeroDivisionError', 'integer division or modulo by zero');
}

export function intFloorDiv(a: Int, b: Int): Int {
  if (typeof a === 'number' && typeof b === 'number') {
    if (b === 0) zeroDivision();
    // fmod is exact, and so is dividing the exact multiple a - r by b.
    const r = a % b;
    const q = (a - r) / b;
    return r !== 0 && r < 0 !== b < 0 ? q - 1 : q + 0;
  }
  const x = toBig(a);
  const y = toBig(b);
  if (y === 0n) zeroDivision();
  const q = x / y;
  // The remainder's sign decides the floor; q * y is cheaper than a second division.
  return normInt(x < 0n !== y < 0n && q * y !== x ? q - 1n : q);
}

export function intMod(a: Int, b: Int): Int {
  if (typeof a === 'number' && typeof b === 'number') {
    if (b === 0) raise('ZeroDivisionError', 'integer modulo by zero');
    const r = a % b;
    return r !== 0 && r < 0 !== b < 0 ? r + b : r + 0;
  }
  const x = toBig(a);
  const y = toBig(b);
  if (y === 0n) raise('ZeroDivisionError', 'integer modulo by zero');
  const r = x % y;
  return normInt(r !== 0n && r < 0n !== y < 0n ? r + y : r);
}

/** divmod(a, b) as [quotient, remainder]. */
export function intDivmod(a: Int, b: Int): [Int, Int] {
  if (typeof a === 'number' && typeof b === 'number') {
    if (b === 0) zeroDivision();
    const r = a % b;
    const q = (a - r) / b;
    return r !== 0 && r < 0 !== b < 0 ? [q - 1, r + b] : [q + 0, r + 0];
  }
  const x = toBig(a);
  const y = toBig(b);
  if (y === 0n) zeroDivision();
  const q = x / y;
  const r = x - q * y;
  return r !== 0n && r < 0n !== y < 0n ? [normInt(q - 1n), normInt(r + y)] : [normInt(q), normInt(r)];
}

/** Number of bits in |x| (0 for 0). */
export function bitLength(x: Int): number {
  if (typeof x === 'number') {
    const m = Math.abs(x);
    if (m < 2 ** 32) return 32 - Math.clz32(m);
    return 64 - Math.clz32(Math.floor(m / 2 ** 32));
  }
  if (x < 0n) x = -x;
  if (x === 0n) return 0;
  // Bisection on x >> k === 0: V8 answers a shift past the top at once, and each shift below it copies
  // only what is left; far cheaper than x.toString(16) on big values (bitLength guards every multiplication).
  let lo = 0;
  let hi = MAX_BITS + 1;
  while (hi - lo > 1) {
    const mid = Math.floor((lo + hi) / 2);
    if (x >> BigInt(mid) !== 0n) lo = mid;
    else hi = mid;
  }
  return hi;
}

// V8 refuses bigints beyond 2**30 bits; CPython would exhaust memory first.
const MAX_BITS = 2 ** 30;

/** A float result of int ** negative int: a box, since a bare number would read as an int. */
export interface FloatResult {
  value: number;
}

/**
 * a ** b. A negative exponent gives a float (boxed as FloatResult), computed as
 * float ** float just as CPython's long_pow hands it to float_pow.
 */
export function intPow(a: Int, b: Int): Int | FloatResult {
  // An integral exponent never gives a complex result.
  if (b < 0) return { value: floatPow(intToFloat(a), intToFloat(b)) as number };
  if (typeof a === 'number' && typeof b === 'number') {
    // Square-and-multiply while everything stays exact.
    let result = 1;
    let base = a;
    let e = b;
    for (;;) {
      if (e & 1) {
        result *= base;
        if (result > MAX_SAFE || result < MIN_SAFE) break;
      }
      e = Math.floor(e / 2);
      if (e === 0) return result + 0;
      base *= base;
      if (base > MAX_SAFE) break;
    }
  }
  if (a === 0 || a === 1) return b === 0 || b === 0n ? 1 : a;
  if (a === -1) return toBig(b) % 2n === 0n ? 1 : -1;
  if ((bitLength(a) - 1) * Number(b) > MAX_BITS) raise('MemoryError', '');
  return normInt(bigOrMemoryError(() => toBig(a) ** toBig(b)));
}

/** Runs a bigint computation, turning V8's size limit into Python's MemoryError. */
function bigOrMemoryError(f: () => bigint): bigint {
  try {
    return f();
  } catch (e) {
    if (e instanceof RangeError) raise('MemoryError', '');
    throw e;
  }
}

/** pow(a, b, m). */
export function intPowMod(a: Int, b: Int, m: Int): Int {
  let mod = toBig(m);
  if (mod === 0n) raise('ValueError', 'pow() 3rd argument cannot be 0');
  const negMod = mod < 0n;
  if (negMod) mod = -mod;
  let base = toBig(a) % mod;
  if (base < 0n) base += mod;
  let e = toBig(b);
  if (e < 0n) {
    base = modInverse(base, mod);
    e = -e;
  }
  let result = 1n % mod;
  while (e > 0n) {
    if (e & 1n) result = (result * base) % mod;
    e >>= 1n;
    if (e > 0n) base = (base * base) % mod;
  }
  if (negMod && result !== 0n) result -= mod;
  return normInt(result);
}

function modInverse(a: bigint, m: bigint): bigint {
  let [r0, r1] = [a, m];
  let [s0, s1] = [1n, 0n];
  while (r1 !== 0n) {
    const q = r0 / r1;
    [r0, r1] = [r1, r0 - q * r1];
    [s0, s1] = [s1, s0 - q * s1];
  }
  if (r0 !== 1n) raise('ValueError', 'base is not invertible for the given modulus');
  return ((s0 % m) + m) % m;
}

// ---- bitwise operations: JS operators are 32-bit, so only int32 operands use them ----

function isInt32(a: Int): a is number {
  return typeof a === 'number' && (a | 0) === a;
}

export function intAnd(a: Int, b: Int): Int {
  if (isInt32(a) && isInt32(b)) return a & b;
  return normInt(toBig(a) & toBig(b));
}

export function intOr(a: Int, b: Int): Int {
  if (isInt32(a) && isInt32(b)) return a | b;
  return normInt(toBig(a) | toBig(b));
}

export function intXor(a: Int, b: Int): Int {
  if (isInt32(a) && isInt32(b)) return a ^ b;
  return normInt(toBig(a) ^ toBig(b));
}

export function intInvert(a: Int): Int {
  if (typeof a === 'number' && a < MAX_SAFE) return -a - 1;
  return normInt(-toBig(a) - 1n);
}

export function intLshift(a: Int, n: Int): Int {
  if (n < 0) raise('ValueError', 'negative shift count');
  if (a === 0) return 0;
  if (typeof a === 'number' && typeof n === 'number' && n < 53) {
    const r = a * 2 ** n;
    if (r >= MIN_SAFE && r <= MAX_SAFE) return r;
  }
  if (Number(n) + bitLength(a) > MAX_BITS) {
    checkLshiftDigits(a, n);
    raise('MemoryError', '');
  }
  return bigOrMemoryError(() => toBig(a) << toBig(n));
}

// CPython's 30-bit digits, and the most an int may have (longobject.c's MAX_LONG_DIGITS).
const DIGIT_BITS = 30n;
const MAX_LONG_DIGITS = (2n ** 63n - 1n - 24n) / 4n;

/** OverflowError where CPython could not even size a << n (divmod_shift, long_lshift1, _PyLong_New); huge shifts clip. */
export function checkLshiftDigits(a: Int, shift: Int): void {
  const n = toBig(shift);
  let wordshift = n / DIGIT_BITS;
  let remshift = n % DIGIT_BITS;
  const clip = (2n ** 63n - 1n) / 4n;
  if (wordshift >= clip) [wordshift, remshift] = [clip, 0n];
  const digits = (BigInt(bitLength(a)) + DIGIT_BITS - 1n) / DIGIT_BITS + wordshift + (remshift !== 0n ? 1n : 0n);
  if (digits > MAX_LONG_DIGITS) raise('OverflowError', 'too many digits in integer');
}

export function intRshift(a: Int, n: Int): Int {
  if (n < 0) raise('ValueError', 'negative shift count');
  if (typeof a === 'number') {
    if (n >= 54) return a < 0 ? -1 : 0;
    return Math.floor(a / 2 ** Number(n)) + 0;
  }
  if (n >= MAX_BITS) return a < 0n ? -1 : 0;
  return normInt(a >> toBig(n));
}
