// Numeric hashes as CPython computes them: the value reduced modulo the
// Mersenne prime 2**61 - 1 (sys.hash_info.modulus), sign kept, with -1
// reserved for errors and so replaced by -2. Equal ints and floats hash alike.

import { normInt, type Int } from './int_ops.js';

const MODULUS = (1n << 61n) - 1n;
const HASH_INF = 314159;

export function hashInt(x: Int): Int {
  if (typeof x === 'number') return x === -1 ? -2 : x; // |x| < 2**53 < modulus
  const r = x < 0n ? -(-x % MODULUS) : x % MODULUS;
  return r === -1n ? -2 : normInt(r);
}

/**
 * hash(float). For a NaN, CPython 3.11 hashes the float object's identity;
 * callers pass that as `nanHash` (default 0).
 */
export function hashFloat(x: number, nanHash: Int = 0): Int {
  if (Number.isInteger(x) && Math.abs(x) <= Number.MAX_SAFE_INTEGER) return x === -1 ? -2 : x + 0;
  if (x !== x) return nanHash;
  if (x === Infinity) return HASH_INF;
  if (x === -Infinity) return -HASH_INF;
  // x = m * 2**e exactly; 2**61 ≡ 1 (mod 2**61 - 1), so 2**e reduces to 2**(e mod 61).
  const negative = x < 0;
  let m = Math.abs(x);
  let e = 0;
  while (m < 2 ** 52) {
    m *= 2 ** 11;
    e -= 11;
  }
  while (!Number.isInteger(m)) {
    m *= 2;
    e -= 1;
  }
  while (m > Number.MAX_SAFE_INTEGER) {
    m /= 2;
    e += 1;
  }
  const shift = ((e % 61) + 61) % 61;
  let r = (BigInt(m) << BigInt(shift)) % MODULUS;
  if (negative) r = -r;
  return r === -1n ? -2 : normInt(r);
}
