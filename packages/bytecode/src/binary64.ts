// The binary64 layout: exact decomposition of a double, and rounding an exact
// binary fraction back to the nearest double (half to even, subnormals too).

const view = new DataView(new ArrayBuffer(8));

/** x = mant * 2**exp exactly, for finite x >= 0. */
export function decompose(x: number): [number, number] {
  view.setFloat64(0, x);
  const hi = view.getUint32(0);
  const lo = view.getUint32(4);
  const biased = (hi >>> 20) & 0x7ff;
  const frac = (hi & 0xfffff) * 2 ** 32 + lo;
  return biased === 0 ? [frac, -1074] : [frac + 2 ** 52, biased - 1075];
}

/** Bits in n > 0. */
function bitLength(n: bigint): number {
  const hex = n.toString(16);
  return (hex.length - 1) * 4 + (32 - Math.clz32(parseInt(hex[0], 16)));
}

/** x * 2**e for an exactly representable result, scaling in steps that stay exact. */
function ldexp(x: number, e: number): number {
  while (e > 1023) {
    x *= 2 ** 1023;
    e -= 1023;
  }
  while (e < -1022) {
    x *= 2 ** -1022;
    e += 1022;
  }
  return x * 2 ** e;
}

/**
 * The double nearest to (n + sticky·ε) / 2**s for n > 0, where `sticky` says
 * that nonzero bits were dropped below n. Rounds half to even, handles
 * subnormals; returns Infinity on overflow.
 */
export function roundScaled(n: bigint, sticky: boolean, s: number): number {
  const bits = bitLength(n);
  const top = bits - 1 - s; // exponent of the leading bit
  if (top >= 1024) return Infinity;
  const precision = top >= -1022 ? 53 : 53 - (-1022 - top);
  if (precision < 0) return 0; // below half the smallest subnormal
  const drop = bits - Math.max(precision, 0);
  if (drop <= 0) return ldexp(Number(n), -s);
  const d = BigInt(drop);
  let keep = n >> d;
  const rem = n - (keep << d);
  const half = 1n << (d - 1n);
  if (rem > half || (rem === half && (sticky || (keep & 1n) === 1n))) keep += 1n;
  const r = ldexp(Number(keep), drop - s);
  return r;
}


/** The double nearest to x / y for y != 0 (long_true_divide's rounding); ±Infinity when out of range. */
export function ratioToDouble(x: bigint, y: bigint): number {
  const negative = x < 0n !== y < 0n;
  if (x < 0n) x = -x;
  if (y < 0n) y = -y;
  if (x === 0n) return negative ? -0 : 0;
  const diff = bitLength(x) - bitLength(y);
  let f: number;
  if (diff > 1025) {
    f = Infinity;
  } else {
    // Scale so the quotient carries at least 55 significant bits, plus a sticky remainder.
    const s = 55 - diff;
    const q = s >= 0 ? (x << BigInt(s)) / y : x / (y << BigInt(-s));
    const r = s >= 0 ? (x << BigInt(s)) - q * y : x - q * (y << BigInt(-s));
    f = q === 0n ? 0 : roundScaled(q, r !== 0n, s);
  }
  return negative ? -f : f;
}
