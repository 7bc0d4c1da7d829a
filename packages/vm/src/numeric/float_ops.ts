// Python float arithmetic and int <-> float conversions, following CPython's
// floatobject.c (float_rem, float_divmod, float_pow, float_richcompare) and
// longobject.c (long_true_divide, PyLong_AsDouble, PyLong_FromDouble).

import { raise } from '../objects/errors.js';
import { normInt, type Int } from './int_ops.js';
import { ComplexResult, FloatPowError, floatPow as sharedFloatPow, ratioToDouble } from '@pyc-ts/bytecode';

const MAX_SAFE = Number.MAX_SAFE_INTEGER;

/** float(i). */
export function intToFloat(a: Int): number {
  if (typeof a === 'number') return a;
  // Number(bigint) rounds half-to-even, as PyLong_AsDouble does.
  const f = Number(a);
  if (f === Infinity || f === -Infinity) raise('OverflowError', 'int too large to convert to float');
  return f;
}

/** int(f): truncation toward zero. */
export function floatToInt(x: number): Int {
  if (x >= -MAX_SAFE && x <= MAX_SAFE) return Math.trunc(x) + 0;
  if (x !== x) raise('ValueError', 'cannot convert float NaN to integer');
  if (x === Infinity || x === -Infinity) raise('OverflowError', 'cannot convert float infinity to integer');
  return normInt(BigInt(x));
}

/** a / b for ints, correctly rounded (long_true_divide). */
export function intTrueDiv(a: Int, b: Int): number {
  if (typeof a === 'number' && typeof b === 'number') {
    if (b === 0) raise('ZeroDivisionError', 'division by zero');
    return a / b; // both exact as doubles, so IEEE division is correctly rounded
  }
  const y = typeof b === 'bigint' ? b : BigInt(b);
  if (y === 0n) raise('ZeroDivisionError', 'division by zero');
  const f = ratioToDouble(typeof a === 'bigint' ? a : BigInt(a), y);
  if (f === Infinity || f === -Infinity) raise('OverflowError', 'integer division result too large for a float');
  return f;
}

/**
 * Compares an int with a float exactly, like float_richcompare: -1, 0 or 1,
 * or NaN when the float is a NaN (every comparison is then false but !=).
 * JS relational operators compare a bigint with a number by exact value.
 */
export function compareIntFloat(i: Int, f: number): number {
  // eslint-disable-next-line eqeqeq
  return i < f ? -1 : i > f ? 1 : i == f ? 0 : NaN;
}

/** x / y for floats. */
export function floatTrueDiv(x: number, y: number): number {
  if (y === 0) raise('ZeroDivisionError', 'float division by zero');
  return x / y;
}

/** x % y for floats (float_rem): the result takes the sign of y. */
export function floatMod(x: number, y: number): number {
  if (y === 0) raise('ZeroDivisionError', 'float modulo');
  let mod = x % y;
  // C's `if (mod)`: a NaN counts as nonzero.
  if (mod !== 0) {
    if (y < 0 !== mod < 0) mod += y;
  } else {
    mod = y < 0 || Object.is(y, -0) ? -0 : 0;
  }
  return mod;
}

function divmodCore(x: number, y: number): [number, number] {
  let mod = x % y;
  let div = (x - mod) / y;
  if (mod !== 0) {
    if (y < 0 !== mod < 0) {
      mod += y;
      div -= 1;
    }
  } else {
    mod = y < 0 ? -0 : 0;
  }
  let floordiv: number;
  if (div !== 0) {
    floordiv = Math.floor(div);
    if (div - floordiv > 0.5) floordiv += 1;
  } else {
    floordiv = x / y < 0 || Object.is(x / y, -0) ? -0 : 0;
  }
  return [floordiv, mod];
}

/** x // y for floats (float_floor_div). */
export function floatFloorDiv(x: number, y: number): number {
  if (y === 0) raise('ZeroDivisionError', 'float floor division by zero');
  return divmodCore(x, y)[0];
}

/** divmod(x, y) for floats. */
export function floatDivmod(x: number, y: number): [number, number] {
  if (y === 0) raise('ZeroDivisionError', 'float divmod()');
  return divmodCore(x, y);
}

export { ComplexResult };

/** x ** y for floats (float_pow). A negative base with a non-integer exponent gives a ComplexResult. */
export function floatPow(x: number, y: number): number | ComplexResult {
  const r = sharedFloatPow(x, y);
  if (r instanceof FloatPowError) raise(r.type, r.message);
  return r;
}
