// Python's hash() for the value types that constants and the VM share, as
// CPython 3.11 computes it on a 64-bit build (sys.hash_info). Hash values are
// ints: a number when it is a safe integer, else a bigint. Set iteration order
// follows from these, so they must be exact.
//
// str and bytes use SipHash-1-3 keyed with CPython's hash secret. CPython draws
// that secret at random per process unless PYTHONHASHSEED is set; pyc-ts uses
// the all-zero key that PYTHONHASHSEED=0 selects, so str hashes (and the order
// of sets of str) are those of `PYTHONHASHSEED=0 python3`.

import { BytesConst, ComplexConst, FloatConst, FrozensetConst, StrConst, TupleConst, type PyConst } from './code.js';

/** sys.hash_info.modulus: numeric hashes are values modulo 2**61 - 1. */
const MODULUS = (1n << 61n) - 1n;
const HASH_INF = 314159;
const HASH_IMAG = 1000003;

function fromInt64(x: bigint): number | bigint {
  const n = Number(x);
  return Number.isSafeInteger(n) ? n : x;
}

/** -1 is CPython's error return, so a hash of -1 becomes -2. */
function avoidMinusOne(h: number | bigint): number | bigint {
  return h === -1 || h === -1n ? -2 : h;
}

export function hashInt(x: number | bigint): number | bigint {
  if (typeof x === 'number') return x === -1 ? -2 : x; // |x| < 2**53 < modulus
  const r = x < 0n ? -(-x % MODULUS) : x % MODULUS;
  return avoidMinusOne(fromInt64(r));
}

/** hash(float). For a NaN CPython 3.11 hashes the object's identity; callers pass that as `nanHash`. */
export function hashFloat(x: number, nanHash: number | bigint = 0): number | bigint {
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
  return avoidMinusOne(fromInt64(r));
}

/** hash(complex): hash(real) + 1000003 * hash(imag), in unsigned 64-bit arithmetic. */
export function hashComplex(real: number, imag: number): number | bigint {
  const h = BigInt.asIntN(64, BigInt(hashFloat(real)) + BigInt(HASH_IMAG) * BigInt(hashFloat(imag)));
  return avoidMinusOne(fromInt64(h));
}

const XXPRIME_1 = 11400714785074694791n;
const XXPRIME_2 = 14029467366897019727n;
const XXPRIME_5 = 2870177450012600261n;
const U64 = (x: bigint) => BigInt.asUintN(64, x);

/** hash(tuple) from its items' hashes: 3.11's xxHash-based tuplehash. */
export function hashTuple(hashes: readonly (number | bigint)[]): number | bigint {
  let acc = XXPRIME_5;
  for (const h of hashes) {
    acc = U64(acc + U64(BigInt(h) * XXPRIME_2));
    acc = U64((acc << 31n) | (acc >> 33n));
    acc = U64(acc * XXPRIME_1);
  }
  acc = U64(acc + (BigInt(hashes.length) ^ (XXPRIME_5 ^ 3527539n)));
  if (acc === U64(-1n)) return 1546275796;
  return fromInt64(BigInt.asIntN(64, acc));
}

const shuffleBits = (h: bigint) => U64(((h ^ 89869747n) ^ (h << 16n)) * 3644798167n);

/**
 * hash(frozenset) from its items' hashes. CPython xors the shuffled hash of every
 * table slot and then cancels the empty and dummy slots, which leaves exactly the
 * active entries, so the result does not depend on the table's layout.
 */
export function hashFrozenset(hashes: readonly (number | bigint)[]): number | bigint {
  let h = 0n;
  for (const x of hashes) h ^= shuffleBits(U64(BigInt(x)));
  h ^= U64(BigInt(hashes.length + 1) * 1927868237n);
  h ^= (h >> 11n) ^ (h >> 25n);
  h = U64(h * 69069n + 907133923n);
  if (h === U64(-1n)) h = 590923713n;
  return fromInt64(BigInt.asIntN(64, h));
}

// ---- SipHash-1-3 over 64-bit words kept as 32-bit halves ----

// State v0..v3 as [hi, lo] pairs in one array, reused across calls (no allocation per hash).
const v = new Uint32Array(8);

function add(a: number, b: number): void {
  const lo = v[a + 1] + v[b + 1];
  v[a] = v[a] + v[b] + (lo > 0xffffffff ? 1 : 0);
  v[a + 1] = lo;
}

function rotl(a: number, n: number): void {
  const hi = v[a];
  const lo = v[a + 1];
  if (n === 32) {
    v[a] = lo;
    v[a + 1] = hi;
  } else if (n < 32) {
    v[a] = (hi << n) | (lo >>> (32 - n));
    v[a + 1] = (lo << n) | (hi >>> (32 - n));
  } else {
    const m = n - 32;
    v[a] = (lo << m) | (hi >>> (32 - m));
    v[a + 1] = (hi << m) | (lo >>> (32 - m));
  }
}

function xor(a: number, b: number): void {
  v[a] ^= v[b];
  v[a + 1] ^= v[b + 1];
}

const V0 = 0;
const V1 = 2;
const V2 = 4;
const V3 = 6;

function sipRound(): void {
  add(V0, V1); rotl(V1, 13); xor(V1, V0); rotl(V0, 32);
  add(V2, V3); rotl(V3, 16); xor(V3, V2);
  add(V0, V3); rotl(V3, 21); xor(V3, V0);
  add(V2, V1); rotl(V1, 17); xor(V1, V2); rotl(V2, 32);
}

function absorb(hi: number, lo: number): void {
  v[V3] ^= hi;
  v[V3 + 1] ^= lo;
  sipRound();
  v[V0] ^= hi;
  v[V0 + 1] ^= lo;
}

/** SipHash-1-3 with the zero key of `byteAt(0..length-1)`, as a signed 64-bit hash. */
function sipHash13(length: number, byteAt: (i: number) => number): number | bigint {
  // The key is zero, so v0..v3 start as the algorithm's constants.
  v[0] = 0x736f6d65; v[1] = 0x70736575;
  v[2] = 0x646f7261; v[3] = 0x6e646f6d;
  v[4] = 0x6c796765; v[5] = 0x6e657261;
  v[6] = 0x74656462; v[7] = 0x79746573;
  const whole = length - (length % 8);
  for (let i = 0; i < whole; i += 8) {
    const lo = (byteAt(i) | (byteAt(i + 1) << 8) | (byteAt(i + 2) << 16) | (byteAt(i + 3) << 24)) >>> 0;
    const hi = (byteAt(i + 4) | (byteAt(i + 5) << 8) | (byteAt(i + 6) << 16) | (byteAt(i + 7) << 24)) >>> 0;
    absorb(hi, lo);
  }
  // The last word: the remaining bytes, and the length's low byte on top.
  let lo = 0;
  let hi = ((length & 0xff) << 24) >>> 0;
  for (let i = whole; i < length; i++) {
    const k = i - whole;
    if (k < 4) lo |= byteAt(i) << (8 * k);
    else hi |= byteAt(i) << (8 * (k - 4));
  }
  absorb(hi >>> 0, lo >>> 0);
  v[V2 + 1] ^= 0xff;
  sipRound();
  sipRound();
  sipRound();
  const rhi = (v[0] ^ v[2] ^ v[4] ^ v[6]) >>> 0;
  const rlo = (v[1] ^ v[3] ^ v[5] ^ v[7]) >>> 0;
  // Signed 64-bit from the halves; a safe integer stays a number.
  const signedHi = rhi | 0;
  if (signedHi >= -0x200000 && signedHi < 0x200000) return avoidMinusOne(signedHi * 2 ** 32 + rlo);
  return avoidMinusOne((BigInt(signedHi) << 32n) | BigInt(rlo));
}

/**
 * hash(str): SipHash-1-3 of the string's PEP 393 storage, 1, 2 or 4 little-endian
 * bytes per code point depending on the largest code point; '' hashes to 0.
 */
export function hashStr(s: string): number | bigint {
  if (s.length === 0) return 0;
  let max = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c > max) max = c;
  }
  if (max < 0x100) return sipHash13(s.length, (i) => s.charCodeAt(i));
  if (max < 0xd800 || !/[\ud800-\udbff][\udc00-\udfff]/.test(s)) {
    return sipHash13(s.length * 2, (i) => (s.charCodeAt(i >> 1) >> ((i & 1) * 8)) & 0xff);
  }
  return hashCodePoints(Array.from(s, (ch) => ch.codePointAt(0)!));
}

/** hash(str) of the str with these code points (for one a JS string cannot hold: a StrConst). */
export function hashCodePoints(points: readonly number[]): number | bigint {
  if (points.length === 0) return 0;
  let max = 0;
  for (const cp of points) if (cp > max) max = cp;
  if (max < 0x100) return sipHash13(points.length, (i) => points[i]);
  if (max < 0x10000) return sipHash13(points.length * 2, (i) => (points[i >> 1] >> ((i & 1) * 8)) & 0xff);
  return sipHash13(points.length * 4, (i) => (points[i >> 2] >> ((i & 3) * 8)) & 0xff);
}

/** hash(bytes): SipHash-1-3 of the bytes; b'' hashes to 0. */
export function hashBytes(b: Uint8Array): number | bigint {
  return b.length === 0 ? 0 : sipHash13(b.length, (i) => b[i]);
}

/**
 * hash() of a constant, which orders frozenset constants. None, Ellipsis and code
 * objects hash by address in CPython, so any fixed value serves for them.
 */
export function hashConst(c: PyConst): number | bigint {
  if (typeof c === 'bigint') return hashInt(fromInt64(c));
  if (typeof c === 'boolean') return c ? 1 : 0;
  if (typeof c === 'string') return hashStr(c);
  if (c instanceof StrConst) return hashCodePoints(c.codePoints);
  if (c instanceof FloatConst) return hashFloat(c.value);
  if (c instanceof ComplexConst) return hashComplex(c.real, c.imag);
  if (c instanceof BytesConst) return hashBytes(c.bytes);
  if (c instanceof TupleConst) return hashTuple(c.items.map(hashConst));
  if (c instanceof FrozensetConst) return hashFrozenset(c.items.map(hashConst));
  return 0xfca86420 >> 4;
}
