// Complex arithmetic as CPython 3.11's complexobject.c computes it (_Py_c_prod,
// _Py_c_quot, c_powi, _Py_c_pow), shared by the compiler's constant folding and
// the VM so that both give CPython's bits. Errors come back as FloatPowError
// values, for the VM to raise and the folder to leave alone.

import { FloatPowError, cPow } from './floatpow.js';

export type Complex = readonly [number, number];

export function complexProduct(a: Complex, b: Complex): Complex {
  return [a[0] * b[0] - a[1] * b[1], a[0] * b[1] + a[1] * b[0]];
}

/** a / b; null for a zero divisor (ZeroDivisionError: complex division by zero). */
export function complexQuotient(a: Complex, b: Complex): Complex | null {
  const absReal = Math.abs(b[0]);
  const absImag = Math.abs(b[1]);
  if (absReal >= absImag) {
    // Divide top and bottom by b's real part (Smith's method).
    if (absReal === 0) return null;
    const ratio = b[1] / b[0];
    const denom = b[0] + b[1] * ratio;
    return [(a[0] + a[1] * ratio) / denom, (a[1] - a[0] * ratio) / denom];
  }
  if (absImag >= absReal) {
    const ratio = b[0] / b[1];
    const denom = b[0] * ratio + b[1];
    return [(a[0] * ratio + a[1]) / denom, (a[1] * ratio - a[0]) / denom];
  }
  return [NaN, NaN]; // a NaN in b
}

/** a ** b (complex_pow): small integral exponents by repeated multiplication, the rest by polar form. */
export function complexPower(a: Complex, b: Complex): Complex | FloatPowError {
  let r: Complex;
  if (b[1] === 0 && b[0] === Math.floor(b[0]) && Math.abs(b[0]) <= 100) {
    const n = b[0];
    if (n >= 0) r = powUnsigned(a, n);
    else {
      const q = complexQuotient([1, 0], powUnsigned(a, -n));
      if (q === null) return new FloatPowError('ZeroDivisionError', '0.0 to a negative or complex power');
      r = q;
    }
  } else if (b[0] === 0 && b[1] === 0) {
    r = [1, 0];
  } else if (a[0] === 0 && a[1] === 0) {
    if (b[1] !== 0 || b[0] < 0) return new FloatPowError('ZeroDivisionError', '0.0 to a negative or complex power');
    r = [0, 0];
  } else {
    const vabs = Math.hypot(a[0], a[1]);
    let len = cPow(vabs, b[0]);
    const at = Math.atan2(a[1], a[0]);
    let phase = at * b[0];
    if (b[1] !== 0) {
      len /= Math.exp(at * b[1]);
      phase += b[1] * Math.log(vabs);
    }
    r = [len * Math.cos(phase), len * Math.sin(phase)];
  }
  if (!Number.isFinite(r[0]) && !Number.isNaN(r[0]) || !Number.isFinite(r[1]) && !Number.isNaN(r[1])) {
    return new FloatPowError('OverflowError', 'complex exponentiation');
  }
  return r;
}

/** c_powu: x ** n by squaring, n >= 0. */
function powUnsigned(x: Complex, n: number): Complex {
  let r: Complex = [1, 0];
  let p = x;
  for (let mask = 1; mask > 0 && n >= mask; mask *= 2) {
    if (Math.floor(n / mask) % 2 === 1) r = complexProduct(r, p);
    p = complexProduct(p, p);
  }
  return r;
}
