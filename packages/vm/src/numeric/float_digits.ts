// Decimal digits of doubles, exactly as CPython's dtoa produces them, and the
// layout of those digits (pystrtod.c's format_float_short). JS's toFixed and
// toPrecision round ties away from zero and stop at 100 digits, so rounded
// digits come from the exact binary value with bigint arithmetic instead;
// only the shortest round-trip digits come from JS (toExponential()).

import { decompose } from '@pyc-ts/bytecode';

const powersOf10: bigint[] = [1n];
function pow10(n: number): bigint {
  while (powersOf10.length <= n) powersOf10.push(powersOf10[powersOf10.length - 1] * 10n);
  return powersOf10[n];
}

/** num / den rounded half to even. */
function divRound(num: bigint, den: bigint): bigint {
  const q = num / den;
  const r2 = (num - q * den) * 2n;
  return r2 > den || (r2 === den && (q & 1n) === 1n) ? q + 1n : q;
}

/** round(x * 10**p) half to even, for finite x >= 0 and any integer p. */
export function scaledRound(x: number, p: number): bigint {
  const [m, e] = decompose(x);
  let num = BigInt(m);
  let den = 1n;
  if (e >= 0) num <<= BigInt(e);
  else den <<= BigInt(-e);
  if (p >= 0) num *= pow10(p);
  else den *= pow10(-p);
  return den === 1n ? num : divRound(num, den);
}

/** Significant digits (no trailing zeros; "0" for zero) and the decimal point position. */
export interface Digits {
  digits: string;
  decpt: number;
}

function stripZeros(s: string, decpt: number): Digits {
  let end = s.length;
  while (end > 1 && s.charCodeAt(end - 1) === 48) end--;
  return { digits: s.slice(0, end), decpt };
}

/** The shortest digits that round-trip (dtoa mode 0), for finite x >= 0. */
export function shortestDigits(x: number): Digits {
  if (x === 0) return { digits: '0', decpt: 1 };
  const s = x.toExponential();
  const ePos = s.indexOf('e');
  const digits = s.charCodeAt(1) === 46 ? s[0] + s.slice(2, ePos) : s.slice(0, ePos);
  return { digits, decpt: Number(s.slice(ePos + 1)) + 1 };
}

/** x correctly rounded to n >= 1 significant digits (dtoa mode 2), for finite x >= 0. */
export function significantDigits(x: number, n: number): Digits {
  if (x === 0) return { digits: '0', decpt: 1 };
  let k = Math.floor(Math.log10(x)); // may be off by one; corrected below
  for (;;) {
    const q = scaledRound(x, n - 1 - k);
    const s = q.toString();
    if (s.length > n) k += 1;
    else if (s.length < n) k -= 1;
    else {
      // 10**(n-1) may be x < 10**k rounded up: then k - 1 is right if it gives n digits.
      if (q === pow10(n - 1)) {
        const lower = scaledRound(x, n - k);
        if (lower < pow10(n)) return stripZeros(lower.toString(), k);
      }
      return stripZeros(s, k + 1);
    }
  }
}

/** x correctly rounded to p digits after the point (dtoa mode 3), for finite x >= 0. */
export function fixedDigits(x: number, p: number): Digits {
  const q = scaledRound(x, p);
  if (q === 0n) return { digits: '0', decpt: 1 };
  const s = q.toString();
  return stripZeros(s, s.length - p);
}

export type FloatStyle = 'e' | 'f' | 'g' | 'r';

/**
 * Lays out |x| as CPython's format_float_short does for the format codes
 * e, f, g and r (repr), before any sign, padding or grouping.
 * `addDot0`: write a trailing ".0" for an integral result without exponent.
 * `alt`: the '#' flag (keep trailing zeros for g, always write the point).
 */
export function formatFloatDigits(
  x: number,
  style: FloatStyle,
  precision: number,
  addDot0: boolean,
  alt: boolean,
  upper = false,
): string {
  if (x !== x) return upper ? 'NAN' : 'nan';
  if (x === Infinity || x === -Infinity) return upper ? 'INF' : 'inf';
  x = Math.abs(x);
  let d: Digits;
  let vdigitsEnd = -1; // -1: the digit count, set below
  let useExp = false;
  switch (style) {
    case 'e':
      d = significantDigits(x, precision + 1);
      useExp = true;
      vdigitsEnd = precision + 1;
      break;
    case 'f':
      d = fixedDigits(x, precision);
      vdigitsEnd = d.decpt + precision;
      break;
    case 'g':
      if (precision === 0) precision = 1;
      d = significantDigits(x, precision);
      if (d.decpt <= -4 || d.decpt > (addDot0 ? precision - 1 : precision)) useExp = true;
      if (alt) vdigitsEnd = precision;
      break;
    case 'r':
      d = shortestDigits(x);
      if (d.decpt <= -4 || d.decpt > 16) useExp = true;
      break;
  }
  const { digits } = d;
  const len = digits.length;
  if (vdigitsEnd < len) vdigitsEnd = len;
  let decpt = d.decpt;
  let exp = 0;
  if (useExp) {
    exp = decpt - 1;
    decpt = 1;
  }
  if (!useExp && addDot0) vdigitsEnd = Math.max(vdigitsEnd, decpt + 1);
  else vdigitsEnd = Math.max(vdigitsEnd, decpt);

  // The point always goes in; a trailing one is dropped unless '#'.
  let out: string;
  if (decpt <= 0) out = '0.' + '0'.repeat(-decpt) + digits + '0'.repeat(vdigitsEnd - len);
  else if (decpt <= len) out = digits.slice(0, decpt) + '.' + digits.slice(decpt) + '0'.repeat(vdigitsEnd - len);
  else out = digits + '0'.repeat(decpt - len) + '.' + '0'.repeat(vdigitsEnd - decpt);
  if (!alt && out.charCodeAt(out.length - 1) === 46) out = out.slice(0, -1);
  if (useExp) {
    const a = Math.abs(exp);
    out += (upper ? 'E' : 'e') + (exp < 0 ? '-' : '+') + (a < 10 ? '0' : '') + a;
  }
  return out;
}
