// The math module (Modules/mathmodule.c), with CPython's domain and range errors.

import { PyFloat, typeOf, type PyValue } from '../objects/object.js';
import { raise } from '../objects/errors.js';
import { intValueOrUndefined, type Int } from '../objects/boxed.js';
import type { MethodDef } from '../objects/typedef.js';
import * as abs from '../objects/abstract.js';
import * as num from '../numeric/index.js';
import { defineModule } from './registry.js';

function toFloat(v: PyValue): number {
  return abs.asDouble(v);
}

function domain(): never {
  raise('ValueError', 'math domain error');
}

/** A float function of one float (math_1): NaN out of non-NaN in is a domain error, infinity out of finite in a range error. */
function real1(fn: (x: number) => number, canOverflow = true): MethodDef {
  return (v: PyValue) => {
    const x = toFloat(v);
    const r = fn(x);
    if (Number.isNaN(r) && !Number.isNaN(x)) domain();
    if (!Number.isFinite(r) && Number.isFinite(x)) {
      if (canOverflow) raise('OverflowError', 'math range error');
      domain();
    }
    return new PyFloat(r);
  };
}

function real2(fn: (x: number, y: number) => number): MethodDef {
  return (a: PyValue, b: PyValue) => {
    const x = toFloat(a);
    const y = toFloat(b);
    const r = fn(x, y);
    if (Number.isNaN(r) && !Number.isNaN(x) && !Number.isNaN(y)) domain();
    if (!Number.isFinite(r) && Number.isFinite(x) && Number.isFinite(y)) raise('OverflowError', 'math range error');
    return new PyFloat(r);
  };
}

function gcd2(a: bigint, b: bigint): bigint {
  a = a < 0n ? -a : a;
  b = b < 0n ? -b : b;
  while (b !== 0n) [a, b] = [b, a % b];
  return a;
}

/** log of a positive int of any size: v = m * 2**e with m in [0.5, 1), as CPython's loghelper does. */
function logOf(v: PyValue): number {
  const i = intValueOrUndefined(v);
  if (i !== undefined && typeof i === 'bigint') {
    if (i <= 0n) domain();
    const e = num.bitLength(i);
    const m = Number(i >> BigInt(e - 55)) / 2 ** 55;
    return Math.log(m) + Math.log(2) * e;
  }
  const x = toFloat(v);
  if (x <= 0) domain();
  return Math.log(x);
}

function rounding(method: string, op: (x: number) => number): MethodDef {
  return (v: PyValue) => {
    const i = intValueOrUndefined(v);
    if (i !== undefined && typeof v !== 'object') return i;
    const special = typeOf(v).lookup(method);
    if (!(v instanceof PyFloat) && special !== undefined) return abs.callSpecialFound(special, v, []);
    return num.floatToInt(op(toFloat(v)));
  };
}

function factorial(v: PyValue): Int {
  if (v instanceof PyFloat) raise('TypeError', "'float' object cannot be interpreted as an integer");
  const n = abs.index(v);
  if (n < 0) raise('ValueError', 'factorial() not defined for negative values');
  let acc = 1n;
  for (let i = 2n; i <= BigInt(n); i++) acc *= i;
  return num.normInt(acc);
}

function isqrt(v: PyValue): Int {
  const n = BigInt(abs.index(v));
  if (n < 0n) raise('ValueError', 'isqrt() argument must be nonnegative');
  if (n < 2n) return num.normInt(n);
  let x = BigInt(Math.floor(Math.sqrt(Number(n))));
  while (x * x > n) x--;
  while ((x + 1n) * (x + 1n) <= n) x++;
  return num.normInt(x);
}

function comb(nv: PyValue, kv: PyValue): Int {
  const n = BigInt(abs.index(nv));
  let k = BigInt(abs.index(kv));
  if (n < 0n) raise('ValueError', 'n must be a non-negative integer');
  if (k < 0n) raise('ValueError', 'k must be a non-negative integer');
  if (k > n) return 0;
  if (k > n - k) k = n - k;
  let r = 1n;
  for (let i = 1n; i <= k; i++) r = (r * (n - k + i)) / i;
  return num.normInt(r);
}

function perm(nv: PyValue, kv: PyValue): Int {
  const n = BigInt(abs.index(nv));
  if (n < 0n) raise('ValueError', 'n must be a non-negative integer');
  if (kv === null) return factorial(num.normInt(n));
  const k = BigInt(abs.index(kv));
  if (k < 0n) raise('ValueError', 'k must be a non-negative integer');
  if (k > n) return 0;
  let r = 1n;
  for (let i = n - k + 1n; i <= n; i++) r *= i;
  return num.normInt(r);
}

function prod(iterable: PyValue, start: PyValue): PyValue {
  let acc = start;
  abs.forEach(iterable, (v) => {
    acc = abs.binaryOp(acc, v, abs.NB_MULTIPLY);
  });
  return acc;
}

function isclose(a: PyValue, b: PyValue, relTol: PyValue, absTol: PyValue): boolean {
  const x = toFloat(a);
  const y = toFloat(b);
  const rel = toFloat(relTol);
  const at = toFloat(absTol);
  if (rel < 0 || at < 0) raise('ValueError', 'tolerances must be non-negative');
  if (x === y) return true;
  if (!Number.isFinite(x) || !Number.isFinite(y)) return false;
  const diff = Math.abs(y - x);
  return diff <= Math.abs(rel * y) || diff <= Math.abs(rel * x) || diff <= at;
}

defineModule({
  name: 'math',
  functions: {
    'sqrt($module, x, /)': real1(Math.sqrt),
    'exp($module, x, /)': real1(Math.exp),
    'sin($module, x, /)': real1(Math.sin, false),
    'cos($module, x, /)': real1(Math.cos, false),
    'tan($module, x, /)': real1(Math.tan, false),
    'asin($module, x, /)': real1(Math.asin),
    'acos($module, x, /)': real1(Math.acos),
    'atan($module, x, /)': real1(Math.atan),
    'atan2($module, y, x, /)': real2(Math.atan2),
    'sinh($module, x, /)': real1(Math.sinh),
    'cosh($module, x, /)': real1(Math.cosh),
    'tanh($module, x, /)': real1(Math.tanh),
    'asinh($module, x, /)': real1(Math.asinh),
    'acosh($module, x, /)': real1(Math.acosh),
    'atanh($module, x, /)': real1((x) => (Math.abs(x) >= 1 ? NaN : Math.atanh(x))),
    'fabs($module, x, /)': real1(Math.abs),
    'hypot(*coordinates)': {
      impl: (coords: PyValue[]) => new PyFloat(Math.hypot(...coords.map(toFloat))),
      style: 'positional',
      textSignature: false,
    },
    'copysign($module, x, y, /)': real2((x, y) => (y < 0 || Object.is(y, -0) ? -Math.abs(x) : Math.abs(x))),
    'fmod($module, x, y, /)': real2((x, y) => (y === 0 ? NaN : !Number.isFinite(y) && Number.isFinite(x) ? x : x % y)),
    'log2($module, x, /)': (v: PyValue) => new PyFloat(logWith(v, Math.log2, Math.LN2)),
    'log10($module, x, /)': (v: PyValue) => new PyFloat(logWith(v, Math.log10, Math.LN10)),
    'log(x, base=<unrepresentable>, /)': {
      impl: (x: PyValue, base: PyValue) => {
        const lx = logOf(x);
        if (base === undefined) return new PyFloat(lx);
        const lb = logOf(base);
        if (lb === 0) raise('ZeroDivisionError', 'float division by zero');
        return new PyFloat(lx / lb);
      },
      style: 'positional',
      textSignature: false,
    },
    'log1p($module, x, /)': real1((x) => (x <= -1 ? NaN : Math.log1p(x))),
    'expm1($module, x, /)': real1(Math.expm1),
    'pow($module, x, y, /)': real2((x, y) => {
      if (x === 0 && y < 0 && Number.isFinite(y)) domain();
      if (x < 0 && Number.isFinite(x) && Number.isFinite(y) && !Number.isInteger(y)) domain();
      return x === 1 || y === 0 ? 1 : Math.pow(x, y);
    }),
    'floor($module, x, /)': rounding('__floor__', Math.floor),
    'ceil($module, x, /)': rounding('__ceil__', Math.ceil),
    'trunc($module, x, /)': (v: PyValue) => {
      const method = typeOf(v).lookup('__trunc__');
      if (method === undefined) raise('TypeError', `type ${typeOf(v).name} doesn't define __trunc__ method`);
      return abs.callSpecialFound(method, v, []);
    },
    'isfinite($module, x, /)': (v: PyValue) => Number.isFinite(toFloat(v)),
    'isinf($module, x, /)': (v: PyValue) => Math.abs(toFloat(v)) === Infinity,
    'isnan($module, x, /)': (v: PyValue) => Number.isNaN(toFloat(v)),
    'isclose($module, a, b, *, rel_tol=1e-09, abs_tol=0.0)': {
      impl: (a: PyValue, b: PyValue, rel: PyValue, at: PyValue) => isclose(a, b, rel ?? new PyFloat(1e-9), at ?? new PyFloat(0)),
    },
    'gcd(*integers)': {
      impl: (xs: PyValue[]) => num.normInt(xs.reduce((acc: bigint, v) => gcd2(acc, BigInt(abs.index(v))), 0n)),
      style: 'positional',
      textSignature: false,
    },
    'lcm(*integers)': {
      impl: (xs: PyValue[]) =>
        num.normInt(
          xs.reduce((acc: bigint, v) => {
            const b = BigInt(abs.index(v));
            if (acc === 0n || b === 0n) return 0n;
            const l = (acc * b) / gcd2(acc, b);
            return l < 0n ? -l : l;
          }, 1n),
        ),
      style: 'positional',
      textSignature: false,
    },
    'factorial($module, n, /)': factorial,
    'isqrt($module, n, /)': isqrt,
    'comb($module, n, k, /)': comb,
    'perm($module, n, k=None, /)': perm,
    'prod($module, iterable, /, *, start=1)': prod,
    'degrees($module, x, /)': real1((x) => (x * 180) / Math.PI),
    'radians($module, x, /)': real1((x) => (x * Math.PI) / 180),
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

/** log2 and log10: the function itself for floats and small ints, the natural log scaled for big ints. */
function logWith(v: PyValue, fn: (x: number) => number, ln: number): number {
  if (typeof intValueOrUndefined(v) === 'bigint') return logOf(v) / ln;
  const x = toFloat(v);
  if (x <= 0) domain();
  return fn(x);
}
