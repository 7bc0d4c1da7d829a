// fma(a, b, c) = a·b + c rounded once, as the C library's fma and the FMA
// instruction compute it (JS has neither). The product's error is recovered
// exactly with Dekker's split, the sum with Knuth's two-sum; when the rounded
// result could sit on a rounding boundary the exact value is formed with bigints.

import { ratioToDouble } from './binary64.js';

const SPLIT = 134217729; // 2**27 + 1
const view = new DataView(new ArrayBuffer(8));

/**
 * Half the distance from normal x to the next double towards zero (a quarter ulp
 * when |x| is a power of two): a rounding error smaller than this in magnitude
 * cannot move the rounding of x + error off x. 0 when x is subnormal or tiny.
 */
function halfGap(x: number): number {
  view.setFloat64(0, x, true);
  const hi = view.getUint32(4, true);
  const e = (hi >>> 20) & 0x7ff;
  const pow2 = (hi & 0xfffff) === 0 && view.getUint32(0, true) === 0;
  const g = e - (pow2 ? 54 : 53);
  if (g <= 0) return 0;
  view.setUint32(4, g << 20, true);
  view.setUint32(0, 0, true);
  return view.getFloat64(0, true);
}

export function fma(a: number, b: number, c: number): number {
  const p = a * b;
  if (a === 0 || b === 0) return p + c; // an exact zero product: one rounding already
  const ap = Math.abs(p);
  // Dekker's split is exact away from overflow and underflow; elsewhere go exact.
  if (!(ap < 2 ** 1000 && ap > 2 ** -960 && Math.abs(a) < 2 ** 995 && Math.abs(b) < 2 ** 995 && Math.abs(c) < 2 ** 1000)) {
    return fmaExact(a, b, c);
  }
  let t = SPLIT * a;
  const ah = t - (t - a);
  const al = a - ah;
  t = SPLIT * b;
  const bh = t - (t - b);
  const bl = b - bh;
  const e = ah * bh - p + ah * bl + al * bh + al * bl; // a·b = p + e exactly
  const s = p + c;
  let v = s - p;
  const sErr = p - (s - v) + (c - v); // p + c = s + sErr
  const w = sErr + e;
  v = w - sErr;
  const wErr = sErr - (w - v) + (e - v); // sErr + e = w + wErr
  const r = s + w;
  if (wErr === 0) return r; // a·b + c = s + w exactly, and r is its rounding
  v = r - s;
  const d = s - (r - v) + (w - v); // s + w = r + d
  // a·b + c = r + d + wErr with |d| <= half an ulp: unless that nears a rounding boundary, r is it.
  if (r !== 0 && Math.abs(d) + 2 * Math.abs(wErr) < halfGap(r)) return r;
  return fmaExact(a, b, c);
}

/** x as [m, e] with x = m · 2**e, m an integer (0 for zero). */
function parts(x: number): [bigint, number] {
  view.setFloat64(0, x, true);
  const hi = view.getUint32(4, true);
  const lo = view.getUint32(0, true);
  const biased = (hi >>> 20) & 0x7ff;
  let m = (BigInt(hi & 0xfffff) << 32n) | BigInt(lo);
  if (biased !== 0) m |= 1n << 52n;
  const e = (biased === 0 ? 1 : biased) - 1075;
  return [hi >>> 31 ? -m : m, e];
}

/** fma from the exact value a·b + c. */
function fmaExact(a: number, b: number, c: number): number {
  if (!Number.isFinite(a) || !Number.isFinite(b) || !Number.isFinite(c)) return a * b + c;
  const [ma, ea] = parts(a);
  const [mb, eb] = parts(b);
  const [mc, ec] = parts(c);
  const ep = ea + eb;
  const E = Math.min(ep, ec);
  const n = ((ma * mb) << BigInt(ep - E)) + (mc << BigInt(ec - E));
  if (n === 0n) {
    // An exact zero is -0 only when both terms are negative zeros.
    return Object.is(a * b, -0) && Object.is(c, -0) ? -0 : 0;
  }
  return E >= 0 ? ratioToDouble(n << BigInt(E), 1n) : ratioToDouble(n, 1n << BigInt(-E));
}
