// float (Objects/floatobject.c). A float is a PyFloat box; instances of float
// subclasses are PyFloats carrying their own type.

import { PyFloat, floatType, typeOf, TPFLAGS_BASETYPE, TPFLAGS_MATCH_SELF, type PyType, type PyValue } from '../objects/object.js';
import { defineType } from '../objects/typedef.js';
import { raise } from '../objects/errors.js';
import { NotImplemented } from '../objects/singletons.js';
import { intValueOrUndefined, strValueOrUndefined } from '../objects/boxed.js';
import * as abs from '../objects/abstract.js';
import * as num from '../numeric/index.js';
import { ratioToDouble, floatRepr } from '@pyc-ts/bytecode';
import { initInstanceExtras, objectHash } from './object.js';
import { PyTuple } from './tuple.js';
import { bufferOf } from './bytes_methods.js';
import { latin1 } from './str_percent.js';
import { PyComplex } from './complex.js';

/** The number of a float or float subclass instance. */
export function floatValue(v: PyValue): number {
  return (v as PyFloat).v;
}

/** An operand of float arithmetic: a float or an int (as a float), else undefined. */
function operand(v: PyValue): number | undefined {
  if (v instanceof PyFloat) return v.v;
  if (typeof v === 'number') return v;
  const i = intValueOrUndefined(v);
  return i === undefined ? undefined : num.intToFloat(i);
}

function floatBinary(f: (a: number, b: number) => PyValue): (a: PyValue, b: PyValue) => PyValue {
  return (a, b) => {
    const x = operand(a);
    if (x === undefined) return NotImplemented;
    const y = operand(b);
    if (y === undefined) return NotImplemented;
    return f(x, y);
  };
}

function floatPower(a: PyValue, b: PyValue, c: PyValue): PyValue {
  if (c !== null) raise('TypeError', 'pow() 3rd argument not allowed unless all arguments are integers');
  const x = operand(a);
  const y = operand(b);
  if (x === undefined || y === undefined) return NotImplemented;
  const r = num.floatPow(x, y);
  return typeof r === 'number' ? new PyFloat(r) : new PyComplex(r.real, r.imag);
}

/** float_richcompare: floats against floats and ints, exactly. */
function floatRichcompare(a: PyValue, b: PyValue, op: number): PyValue {
  const x = floatValue(a);
  if (b instanceof PyFloat) return abs.compareValues(x, b.v, op);
  const i = intValueOrUndefined(b);
  if (i === undefined) return NotImplemented;
  if (x !== x) return op === abs.NE;
  return abs.compareValues(-num.compareIntFloat(i, x), 0, op);
}

/** float(x) of a str or bytes. */
export function floatFromString(s: string): number {
  return num.parseFloat(s);
}

/** float(x) (PyNumber_Float). */
export function toFloat(x: PyValue): number {
  if (x instanceof PyFloat && x.type === floatType) return x.v;
  const t = typeOf(x);
  if (t.nb_float !== null) return abs.floatResult(t, t.nb_float(x));
  if (t.nb_index !== null) return num.intToFloat(abs.index(x));
  const s = strValueOrUndefined(x);
  if (s !== undefined) return num.parseFloat(s);
  const b = bufferOf(x);
  if (b !== undefined) return num.parseFloat(latin1(b), abs.repr(x));
  raise('TypeError', `float() argument must be a string or a real number, not '${t.name}'`);
}

function floatNew(type: PyType, argv: PyValue[], base: number, nargs: number, kwnames: string[] | null): PyValue {
  if (kwnames !== null && kwnames.length > 0) raise('TypeError', 'float() takes no keyword arguments');
  if (nargs > 1) raise('TypeError', `float expected at most 1 argument, got ${nargs}`);
  if (type === floatType) {
    if (nargs === 0) return new PyFloat(0);
    const x = argv[base];
    if (x instanceof PyFloat && x.type === floatType) return x;
    return new PyFloat(toFloat(x));
  }
  const v = nargs === 0 ? 0 : toFloat(argv[base]);
  return initInstanceExtras(new PyFloat(v, type), type);
}

/** float.hex(): [-]0x1.<13 hex digits>p<exp>, 0x0.<...>p-1022 for subnormals. */
function floatHex(x: number): string {
  if (x !== x) return 'nan';
  if (!Number.isFinite(x)) return x > 0 ? 'inf' : '-inf';
  const view = new DataView(new ArrayBuffer(8));
  view.setFloat64(0, x);
  const bits = view.getBigUint64(0);
  const sign = bits >> 63n ? '-' : '';
  const e = Number((bits >> 52n) & 0x7ffn);
  const mantissa = (bits & ((1n << 52n) - 1n)).toString(16).padStart(13, '0');
  if (e === 0) return mantissa === '0000000000000' ? `${sign}0x0.0p+0` : `${sign}0x0.${mantissa}p-1022`;
  const exp = e - 1023;
  return `${sign}0x1.${mantissa}p${exp >= 0 ? '+' : ''}${exp}`;
}

/** float.fromhex: [sign] ['0x'] hexdigits ['.' hexdigits] ['p' exponent], or inf/nan; correctly rounded. */
function parseHexFloat(text: string): number {
  const s = text.trim();
  const special = /^([+-]?)(inf|infinity|nan)$/i.exec(s);
  if (special) return special[2].toLowerCase() === 'nan' ? NaN : special[1] === '-' ? -Infinity : Infinity;
  const m = /^([+-]?)(?:0x)?([0-9a-f]*)(?:\.([0-9a-f]*))?(?:p([+-]?\d+))?$/i.exec(s);
  if (!m || (m[2] === '' && (m[3] ?? '') === '')) raise('ValueError', 'invalid hexadecimal floating-point string');
  const digits = m[2] + (m[3] ?? '');
  const mantissa = BigInt('0x' + (digits || '0'));
  const exp = Number(m[4] ?? 0) - 4 * (m[3] ?? '').length;
  let x: number;
  if (mantissa === 0n) x = 0;
  else if (exp > 2000) raise('OverflowError', 'hexadecimal value too large to represent as a float');
  else if (exp < -2200) x = 0;
  else x = exp >= 0 ? ratioToDouble(mantissa << BigInt(exp), 1n) : ratioToDouble(mantissa, 1n << BigInt(-exp));
  if (x === Infinity) raise('OverflowError', 'hexadecimal value too large to represent as a float');
  return m[1] === '-' ? -x : x;
}

function asIntegerRatio(x: number): PyTuple {
  if (!Number.isFinite(x)) {
    if (x !== x) raise('ValueError', 'cannot convert NaN to integer ratio');
    raise('OverflowError', 'cannot convert Infinity to integer ratio');
  }
  let m = x;
  let e = 0;
  while (!Number.isInteger(m)) {
    m *= 2;
    e++;
  }
  let n = BigInt(m);
  let d = 1n << BigInt(e);
  while (d > 1n && (n & 1n) === 0n) {
    n >>= 1n;
    d >>= 1n;
  }
  return new PyTuple([num.normInt(n), num.normInt(d)]);
}

function floatRound(x: number, ndigits: PyValue): PyValue {
  if (ndigits === null) return num.roundFloatToInt(x);
  return new PyFloat(num.roundFloat(x, abs.index(ndigits)));
}

function floatFormat(self: PyValue, spec: string): string {
  const x = floatValue(self);
  if (spec === '') return floatRepr(x);
  return num.formatFloat(x, spec, typeOf(self).name);
}

const asFloat = (self: number): PyFloat => new PyFloat(self);

defineType(
  {
    name: 'float',
    flags: TPFLAGS_BASETYPE | TPFLAGS_MATCH_SELF,
    selfValue: floatValue,
    slots: {
      tp_repr: (v) => floatRepr(floatValue(v)),
      tp_hash: (v) => num.hashFloat(floatValue(v), objectHash(v)),
      tp_richcompare: floatRichcompare,
      tp_new: floatNew,
      nb_add: floatBinary((a, b) => new PyFloat(a + b)),
      nb_subtract: floatBinary((a, b) => new PyFloat(a - b)),
      nb_multiply: floatBinary((a, b) => new PyFloat(a * b)),
      nb_remainder: floatBinary((a, b) => new PyFloat(num.floatMod(a, b))),
      nb_divmod: floatBinary((a, b) => new PyTuple(num.floatDivmod(a, b).map((v) => new PyFloat(v)))),
      nb_power: floatPower,
      nb_negative: (v) => new PyFloat(-floatValue(v)),
      nb_positive: (v) => (v.type === floatType ? v : new PyFloat(floatValue(v))),
      nb_absolute: (v) => new PyFloat(Math.abs(floatValue(v))),
      nb_bool: (v) => floatValue(v) !== 0,
      nb_int: (v) => num.floatToInt(floatValue(v)),
      nb_float: (v) => (v.type === floatType ? v : new PyFloat(floatValue(v))),
      nb_floor_divide: floatBinary((a, b) => new PyFloat(num.floatFloorDiv(a, b))),
      nb_true_divide: floatBinary((a, b) => new PyFloat(num.floatTrueDiv(a, b))),
    },
    methods: {
      'conjugate($self, /)': asFloat,
      '__trunc__($self, /)': (x: number) => num.floatToInt(Math.trunc(x)),
      '__floor__($self, /)': (x: number) => num.floatToInt(Math.floor(x)),
      '__ceil__($self, /)': (x: number) => num.floatToInt(Math.ceil(x)),
      '__round__($self, ndigits=None, /)': floatRound,
      'as_integer_ratio($self, /)': asIntegerRatio,
      'hex($self, /)': floatHex,
      'is_integer($self, /)': (x: number) => Number.isInteger(x),
      '__getnewargs__($self, /)': (x: number) => new PyTuple([new PyFloat(x)]),
      '__format__($self, format_spec: str, /)': { impl: floatFormat, rawSelf: true },
    },
    classmethods: {
      'fromhex($type, string: str, /)': (type: PyType, s: string) => {
        const f = new PyFloat(parseHexFloat(s));
        return type === floatType ? f : abs.call1(type, f);
      },
      '__getformat__($type, typestr: str, /)': (_t: PyType, s: string) => {
        if (s !== 'double' && s !== 'float') raise('ValueError', "__getformat__() argument 1 must be 'double' or 'float'");
        return 'IEEE, little-endian';
      },
    },
    getsets: {
      real: { get: (v: PyValue) => (v.type === floatType ? v : new PyFloat(floatValue(v))) },
      imag: { get: () => new PyFloat(0) },
    },
  },
  floatType,
);

