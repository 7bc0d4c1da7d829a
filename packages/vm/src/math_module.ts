// The math module (the commonly used part), with CPython's errors.

import { PyDict } from './dict.js';
import { PyBuiltinFunction, PyFloat, PyModule, typeOf, type PyValue } from './objects.js';
import { raise } from './errors.js';
import * as num from './numeric/index.js';
import { iterate } from './builtins.js';
import { activeInterpreter } from './interpreter.js';

type Int = number | bigint;

function toInt(v: PyValue): Int {
  if (typeof v === 'number' || typeof v === 'bigint') return v;
  if (typeof v === 'boolean') return v ? 1 : 0;
  raise('TypeError', `'${typeOf(v).name}' object cannot be interpreted as an integer`);
}

function toFloat(v: PyValue): number {
  if (v instanceof PyFloat) return v.v;
  if (typeof v === 'number' || typeof v === 'bigint') return num.intToFloat(v);
  if (typeof v === 'boolean') return v ? 1 : 0;
  raise('TypeError', `must be real number, not ${typeOf(v).name}`);
}

function domain(): never {
  raise('ValueError', 'math domain error');
}

/** A float function of floats, with CPython's domain and range errors. */
function real(fn: (...xs: number[]) => number, arity: number, name: string): (args: PyValue[]) => PyValue {
  return (args) => {
    if (args.length !== arity) {
      if (arity === 1) raise('TypeError', `math.${name}() takes exactly one argument (${args.length} given)`);
      raise('TypeError', `${name} expected ${arity} arguments, got ${args.length}`);
    }
    const xs = args.map(toFloat);
    const r = fn(...xs);
    if (Number.isNaN(r) && !xs.some(Number.isNaN)) domain();
    if (!Number.isFinite(r) && xs.every(Number.isFinite)) raise('OverflowError', 'math range error');
    return new PyFloat(r);
  };
}

function gcd(a: bigint, b: bigint): bigint {
  a = a < 0n ? -a : a;
  b = b < 0n ? -b : b;
  while (b !== 0n) [a, b] = [b, a % b];
  return a;
}

export function makeMathModule(): PyModule {
  const d = new PyDict();
  const fn = (name: string, impl: (args: PyValue[]) => PyValue) =>
    d.setStr(name, new PyBuiltinFunction(name, (args, kw) => {
      if (kw && kw.length) raise('TypeError', `math.${name}() takes no keyword arguments`);
      return impl(args);
    }));
  d.setStr('__name__', 'math');
  d.setStr('pi', new PyFloat(Math.PI));
  d.setStr('e', new PyFloat(Math.E));
  d.setStr('tau', new PyFloat(2 * Math.PI));
  d.setStr('inf', new PyFloat(Infinity));
  d.setStr('nan', new PyFloat(NaN));
  fn('sqrt', real(Math.sqrt, 1, 'sqrt'));
  fn('exp', real(Math.exp, 1, 'exp'));
  fn('sin', real(Math.sin, 1, 'sin'));
  fn('cos', real(Math.cos, 1, 'cos'));
  fn('tan', real(Math.tan, 1, 'tan'));
  fn('asin', real(Math.asin, 1, 'asin'));
  fn('acos', real(Math.acos, 1, 'acos'));
  fn('atan', real(Math.atan, 1, 'atan'));
  fn('atan2', real(Math.atan2, 2, 'atan2'));
  fn('sinh', real(Math.sinh, 1, 'sinh'));
  fn('cosh', real(Math.cosh, 1, 'cosh'));
  fn('tanh', real(Math.tanh, 1, 'tanh'));
  fn('fabs', real(Math.abs, 1, 'fabs'));
  fn('hypot', (args) => new PyFloat(Math.hypot(...args.map(toFloat))));
  fn('copysign', real((x, y) => (y < 0 || Object.is(y, -0) ? -Math.abs(x) : Math.abs(x)), 2, 'copysign'));
  fn('fmod', real((x, y) => (y === 0 ? NaN : x % y), 2, 'fmod'));
  fn('log2', real((x) => (x <= 0 ? NaN : Math.log2(x)), 1, 'log2'));
  fn('log10', real((x) => (x <= 0 ? NaN : Math.log10(x)), 1, 'log10'));
  fn('log', (args) => {
    if (args.length < 1 || args.length > 2) raise('TypeError', `log expected 1 or 2 arguments, got ${args.length}`);
    const ln = (v: PyValue): number => {
      // Big ints: v = m * 2**e with m in [0.5, 1), then log(m) + log(2) * e, as CPython's loghelper.
      if (typeof v === 'bigint' && v > 0n) {
        const e = num.bitLength(v);
        const m = Number(v >> BigInt(e - 55)) / 2 ** 55;
        return Math.log(m) + Math.log(2) * e;
      }
      const x = toFloat(v);
      if (x <= 0) domain();
      return Math.log(x);
    };
    if (args.length === 1) return new PyFloat(ln(args[0]));
    const base = ln(args[1]);
    if (base === 0) raise('ZeroDivisionError', 'float division by zero');
    return new PyFloat(ln(args[0]) / base);
  });
  fn('pow', real((x, y) => {
    if (x === 0 && y < 0) domain();
    return Math.pow(x, y);
  }, 2, 'pow'));
  const rounding = (name: string, op: (x: number) => number) =>
    fn(name, (args) => {
      if (args.length !== 1) raise('TypeError', `math.${name}() takes exactly one argument (${args.length} given)`);
      const v = args[0];
      if (typeof v === 'number' || typeof v === 'bigint') return v;
      if (typeof v === 'boolean') return v ? 1 : 0;
      return num.floatToInt(op(toFloat(v)));
    });
  rounding('floor', Math.floor);
  rounding('ceil', Math.ceil);
  rounding('trunc', Math.trunc);
  fn('isfinite', (args) => Number.isFinite(toFloat(args[0])));
  fn('isinf', (args) => Math.abs(toFloat(args[0])) === Infinity);
  fn('isnan', (args) => Number.isNaN(toFloat(args[0])));
  fn('isclose', (args) => {
    const a = toFloat(args[0]);
    const b = toFloat(args[1]);
    if (a === b) return true;
    const diff = Math.abs(b - a);
    return diff <= Math.abs(1e-9 * b) || diff <= Math.abs(1e-9 * a);
  });
  fn('gcd', (args) => num.normInt(args.reduce((acc: bigint, v) => gcd(acc, BigInt(toInt(v))), 0n)));
  fn('lcm', (args) =>
    num.normInt(
      args.reduce((acc: bigint, v) => {
        const b = BigInt(toInt(v));
        if (acc === 0n || b === 0n) return 0n;
        const l = (acc * b) / gcd(acc, b);
        return l < 0n ? -l : l;
      }, 1n),
    ),
  );
  fn('factorial', (args) => {
    const n = toInt(args[0]);
    if (n < 0) raise('ValueError', 'factorial() not defined for negative values');
    let acc = 1n;
    for (let i = 2n; i <= BigInt(n); i++) acc *= i;
    return num.normInt(acc);
  });
  fn('isqrt', (args) => {
    const n = BigInt(toInt(args[0]));
    if (n < 0n) raise('ValueError', 'isqrt() argument must be nonnegative');
    if (n < 2n) return num.normInt(n);
    let x = BigInt(Math.floor(Math.sqrt(Number(n))));
    while (x * x > n) x--;
    while ((x + 1n) * (x + 1n) <= n) x++;
    return num.normInt(x);
  });
  fn('comb', (args) => {
    const n = BigInt(toInt(args[0]));
    let k = BigInt(toInt(args[1]));
    if (n < 0n) raise('ValueError', 'n must be a non-negative integer');
    if (k < 0n) raise('ValueError', 'k must be a non-negative integer');
    if (k > n) return 0;
    if (k > n - k) k = n - k;
    let r = 1n;
    for (let i = 1n; i <= k; i++) r = (r * (n - k + i)) / i;
    return num.normInt(r);
  });
  fn('prod', (args) => {
    let acc: PyValue = 1;
    for (const v of args.length ? iterate(activeInterpreter(), args[0]) : []) {
      acc = acc instanceof PyFloat || v instanceof PyFloat ? new PyFloat(toFloat(acc) * toFloat(v)) : num.intMul(toInt(acc), toInt(v));
    }
    return acc;
  });
  fn('degrees', real((x) => (x * 180) / Math.PI, 1, 'degrees'));
  fn('radians', real((x) => (x * Math.PI) / 180, 1, 'radians'));
  return new PyModule('math', d);
}
