// round() for ints and floats, half to even, as CPython's long_round and
// float___round__ / double_round (which rounds the exact decimal value
// correctly, then reads the digits back).

import { raise } from '../objects/errors.js';
import { bitLength, normInt, toBig, type Int } from './int_ops.js';
import { floatToInt } from './float_ops.js';
import { scaledRound } from './float_digits.js';

/** round(x, ndigits) for an int x. */
export function roundInt(x: Int, ndigits: Int): Int {
  if (ndigits >= 0) return x;
  // 10**k > 2 * |x| (k > log10(2|x|)) rounds to 0; bail out before building a huge power.
  if (-Number(ndigits) > bitLength(x) * 0.30103 + 2) return 0;
  const b = 10n ** BigInt(-Number(ndigits));
  const a = toBig(x);
  let q = a / b;
  let r = a - q * b;
  if (r < 0n) {
    q -= 1n;
    r += b;
  }
  // Half to even on the floor quotient q with remainder 0 <= r < b.
  const twice = 2n * r;
  if (twice > b || (twice === b && (q & 1n) === 1n)) q += 1n;
  return normInt(q * b);
}

const NDIGITS_MAX = 323; // (DBL_MANT_DIG - DBL_MIN_EXP) * log10(2)
const NDIGITS_MIN = -308; // -(DBL_MAX_EXP + 1) * log10(2)

/** round(x, ndigits) for a float x. */
export function roundFloat(x: number, ndigits: Int): number {
  if (!Number.isFinite(x)) return x;
  if (ndigits > NDIGITS_MAX) return x;
  if (ndigits < NDIGITS_MIN) return 0 * x;
  if (x === 0) return x;
  const nd = Number(ndigits);
  const n = scaledRound(Math.abs(x), nd);
  const rounded = Number(`${n}e${-nd}`);
  if (rounded === Infinity) raise('OverflowError', 'rounded value too large to represent');
  return x < 0 ? -rounded : rounded;
}

/** round(x) for a float x: the nearest int, ties to even. */
export function roundFloatToInt(x: number): Int {
  let r = Math.round(x);
  if (Math.abs(x - r) === 0.5) r = 2 * Math.round(x / 2);
  return floatToInt(r);
}
