// int (Objects/longobject.c). An int is a JS number when a safe integer, else a
// bigint; a bool is a JS boolean; an instance of an int subclass is a PyBoxed.

import {
  PyFloat,
  intType,
  typeOf,
  TPFLAGS_BASETYPE,
  TPFLAGS_LONG_SUBCLASS,
  TPFLAGS_MATCH_SELF,
  type PyType,
  type PyValue,
} from '../objects/object.js';
import { defineType } from '../objects/typedef.js';
import { exceptionType, isInstanceOfException, raise } from '../objects/errors.js';
import { NotImplemented } from '../objects/singletons.js';
import { PyBoxed, intValueOrUndefined, strValueOrUndefined, type Int } from '../objects/boxed.js';
import * as abs from '../objects/abstract.js';
import * as num from '../numeric/index.js';
import { checkIntBits } from './limits.js';
import { initInstanceExtras } from './object.js';
import { warn } from './warnings.js';
import { PyTuple } from './tuple.js';
import { PyBytes } from './bytes.js';
import { bufferOf, objectBytes } from './bytes_methods.js';
import { latin1 } from './str_percent.js';

/** The value of an int, bool or int subclass instance (a method's bound object). */
export function intValue(v: PyValue): Int {
  switch (typeof v) {
    case 'number':
    case 'bigint':
      return v;
    case 'boolean':
      return v ? 1 : 0;
  }
  return (v as PyBoxed).value as Int;
}

/** Checks the size of a result before computing it: `bits` is an estimate of its length in bits. */
function guardBits(bits: number): void {
  if (bits > GUARDED_BITS) checkIntBits(bits);
}

const GUARDED_BITS = 1e6;
const HALF_GUARDED = 1n << BigInt(GUARDED_BITS / 2 - 1);
const MINUS_HALF_GUARDED = -HALF_GUARDED;

/**
 * Whether x may have GUARDED_BITS / 2 bits or more. Comparing is cheap where counting bits is not (V8 compares
 * lengths first), so a product or shift of smaller operands, which stays under the guard, is not measured.
 */
function mayBeHalfGuarded(x: Int): boolean {
  return typeof x === 'bigint' && (x >= HALF_GUARDED || x <= MINUS_HALF_GUARDED);
}

function bits(x: Int): number {
  return num.bitLength(x);
}

function intBinary(f: (a: Int, b: Int) => PyValue): (a: PyValue, b: PyValue) => PyValue {
  return (a, b) => {
    const x = intValueOrUndefined(a);
    const y = intValueOrUndefined(b);
    if (x === undefined || y === undefined) return NotImplemented;
    return f(x, y);
  };
}

function intPower(a: PyValue, b: PyValue, c: PyValue): PyValue {
  const x = intValueOrUndefined(a);
  const y = intValueOrUndefined(b);
  if (x === undefined || y === undefined) return NotImplemented;
  if (c !== null) {
    const m = intValueOrUndefined(c);
    if (m === undefined) return NotImplemented;
    return num.intPowMod(x, y, m);
  }
  if (y > 0 && typeof x !== 'number' ? true : typeof x === 'number' && Math.abs(x) > 1) guardBits(bits(x) * Number(y));
  const r = num.intPow(x, y);
  return typeof r === 'number' || typeof r === 'bigint' ? r : new PyFloat(r.value);
}

export function intRepr(v: PyValue): string {
  return num.intToDecimal(intValue(v));
}

export function intHash(v: PyValue): number | bigint {
  return num.hashInt(intValue(v));
}

export function intRichcompare(a: PyValue, b: PyValue, op: number): PyValue {
  const y = intValueOrUndefined(b);
  if (y === undefined) return NotImplemented;
  return abs.compareValues(intValue(a), y, op);
}

/** int(x) through __int__, __index__ or __trunc__, or parsing a str/bytes (PyNumber_Long). */
export function toInt(x: PyValue): Int {
  const i = intValueOrUndefined(x);
  if (i !== undefined) return i;
  if (x instanceof PyFloat) return num.floatToInt(x.v);
  const t = typeOf(x);
  if (t.nb_int !== null) {
    return abs.intResult('__int__', t.nb_int(x));
  }
  if (t.nb_index !== null) return abs.index(x);
  const trunc = t.lookup('__trunc__');
  if (trunc !== undefined) {
    warn('DeprecationWarning', 'The delegation of int() to __trunc__ is deprecated.', 1);
    const r = abs.callSpecialFound(trunc, x, []);
    const v = intValueOrUndefined(r);
    if (v !== undefined) return v;
    if (typeOf(r).nb_index === null) raise('TypeError', `__trunc__ returned non-Integral (type ${typeOf(r).name})`);
    return abs.index(r);
  }
  const s = strValueOrUndefined(x);
  if (s !== undefined) return num.parseInt(s, 10);
  const b = bufferOf(x);
  if (b !== undefined) return parseBytesInt(b, 10);
  raise('TypeError', `int() argument must be a string, a bytes-like object or a real number, not '${t.name}'`);
}

function parseBytesInt(b: Uint8Array, base: number): Int {
  try {
    return num.parseInt(latin1(b), base);
  } catch (e) {
    // The message shows the bytes' repr, as PyLong_FromString on bytes does.
    if (!isInstanceOfException(e, exceptionType('ValueError'))) throw e;
    raise('ValueError', `invalid literal for int() with base ${base}: ${abs.repr(new PyBytes(b))}`);
  }
}

function intNew(type: PyType, argv: PyValue[], base: number, nargs: number, kwnames: string[] | null): PyValue {
  const nkw = kwnames === null ? 0 : kwnames.length;
  if (nargs + nkw > 2) raise('TypeError', `int() takes at most 2 arguments (${nargs + nkw} given)`);
  let x: PyValue = nargs > 0 ? argv[base] : undefined;
  let b: PyValue = nargs > 1 ? argv[base + 1] : undefined;
  for (let i = 0; i < nkw; i++) {
    const k = kwnames![i];
    if (k === 'base') b = argv[base + nargs + i];
    else raise('TypeError', `'${k}' is an invalid keyword argument for int()`);
  }
  let value: Int;
  if (x === undefined) {
    if (b !== undefined) raise('TypeError', 'int() missing string argument');
    value = 0;
  } else if (b !== undefined) {
    // Out-of-range bases clamp, so they fail the range check below (PyNumber_AsSsize_t(obase, NULL)).
    const radix = abs.asSsize(b, null);
    if ((radix !== 0 && radix < 2) || radix > 36) raise('ValueError', 'int() base must be >= 2 and <= 36, or 0');
    const s = strValueOrUndefined(x);
    if (s !== undefined) value = num.parseInt(s, radix);
    else {
      const buf = bufferOf(x);
      if (buf === undefined) raise('TypeError', "int() can't convert non-string with explicit base");
      value = parseBytesInt(buf, radix);
    }
  } else {
    value = toInt(x);
  }
  if (type === intType) return value;
  x = initInstanceExtras(new PyBoxed(type, value), type);
  return x;
}

function toBytes(self: Int, length: number, byteorder: string, signed: boolean): PyBytes {
  if (byteorder !== 'big' && byteorder !== 'little') raise('ValueError', "byteorder must be either 'little' or 'big'");
  if (length < 0) raise('ValueError', 'length argument must be non-negative');
  let x = num.toBig(self);
  if (x < 0n && !signed) raise('OverflowError', "can't convert negative int to unsigned");
  const limit = 1n << BigInt(8 * length);
  // Zero fits even in no bytes.
  if (x !== 0n && (signed ? x < -(limit >> 1n) || x >= limit >> 1n : x >= limit)) raise('OverflowError', 'int too big to convert');
  if (x < 0n) x += limit;
  const out = new Uint8Array(length);
  for (let i = length - 1; i >= 0; i--, x >>= 8n) out[i] = Number(x & 0xffn);
  return new PyBytes(byteorder === 'big' ? out : out.reverse());
}

function fromBytes(type: PyType, bytes: PyValue, byteorder: string, signed: boolean): PyValue {
  if (byteorder !== 'big' && byteorder !== 'little') raise('ValueError', "byteorder must be either 'little' or 'big'");
  const data = objectBytes(bytes);
  const ordered = byteorder === 'big' ? data : data.slice().reverse();
  let x = 0n;
  for (const c of ordered) x = (x << 8n) | BigInt(c);
  if (signed && ordered.length > 0 && ordered[0] & 0x80) x -= 1n << BigInt(8 * ordered.length);
  const v = num.normInt(x);
  return type === intType ? v : abs.call1(type, v);
}

function bitCount(x: Int): number {
  let n = num.toBig(x);
  if (n < 0n) n = -n;
  let count = 0;
  while (n > 0n) {
    let w = Number(n & 0xffffffffn);
    while (w) {
      w &= w - 1;
      count++;
    }
    n >>= 32n;
  }
  return count;
}

function intRound(self: Int, ndigits: PyValue): Int {
  if (ndigits === undefined) return self;
  return num.roundInt(self, abs.index(ndigits));
}

function intFormat(self: PyValue, spec: string): string {
  if (spec === '') return abs.str(self);
  return num.formatInt(intValue(self), spec, typeof self === 'boolean' ? 'bool' : typeOf(self).name);
}

const asInt = (v: PyValue): Int => intValue(v);

defineType(
  {
    name: 'int',
    flags: TPFLAGS_BASETYPE | TPFLAGS_LONG_SUBCLASS | TPFLAGS_MATCH_SELF,
    selfValue: intValue,
    slots: {
      tp_repr: intRepr,
      tp_hash: intHash,
      tp_richcompare: intRichcompare,
      tp_new: intNew,
      nb_add: intBinary(num.intAdd),
      nb_subtract: intBinary(num.intSub),
      nb_multiply: intBinary((x, y) => {
        if (mayBeHalfGuarded(x) || mayBeHalfGuarded(y)) guardBits(bits(x) + bits(y));
        return num.intMul(x, y);
      }),
      nb_remainder: intBinary(num.intMod),
      nb_divmod: intBinary((x, y) => new PyTuple(num.intDivmod(x, y))),
      nb_power: intPower,
      nb_negative: (v) => num.intNeg(intValue(v)),
      nb_positive: (v) => intValue(v),
      nb_absolute: (v) => num.intAbs(intValue(v)),
      nb_bool: (v) => {
        const x = intValue(v);
        return x !== 0;
      },
      nb_invert: (v) => num.intInvert(intValue(v)),
      nb_lshift: intBinary((x, y) => {
        if (typeof y === 'bigint' && x !== 0) num.checkLshiftDigits(x, y);
        if (y > 0 && (y >= GUARDED_BITS / 2 || mayBeHalfGuarded(x))) guardBits(bits(x) + Number(y));
        return num.intLshift(x, y);
      }),
      nb_rshift: intBinary(num.intRshift),
      nb_and: intBinary(num.intAnd),
      nb_xor: intBinary(num.intXor),
      nb_or: intBinary(num.intOr),
      nb_int: (v) => intValue(v),
      nb_float: (v) => new PyFloat(num.intToFloat(intValue(v))),
      nb_floor_divide: intBinary(num.intFloorDiv),
      nb_true_divide: intBinary((x, y) => new PyFloat(num.intTrueDiv(x, y))),
      nb_index: (v) => intValue(v),
    },
    methods: {
      'conjugate($self, /)': { impl: asInt, textSignature: false },
      'bit_length($self, /)': (self: Int) => num.bitLength(self),
      'bit_count($self, /)': bitCount,
      "to_bytes($self, /, length: ssize = 1, byteorder: str = 'big', *, signed: bool = False)": toBytes,
      'as_integer_ratio($self, /)': (self: Int) => new PyTuple([self, 1]),
      '__trunc__($self, /)': { impl: asInt, textSignature: false },
      '__floor__($self, /)': { impl: asInt, textSignature: false },
      '__ceil__($self, /)': { impl: asInt, textSignature: false },
      '__round__($self, ndigits=<unrepresentable>, /)': intRound,
      '__getnewargs__($self, /)': (self: Int) => new PyTuple([self]),
      '__format__($self, format_spec: str, /)': { impl: intFormat, rawSelf: true },
      // At least one 30-bit digit, even for 0.
      '__sizeof__($self, /)': (self: Int) => 24 + 4 * Math.max(1, Math.ceil(num.bitLength(self) / 30)),
    },
    classmethods: {
      "from_bytes($type, /, bytes, byteorder: str = 'big', *, signed: bool = False)": fromBytes,
    },
    getsets: {
      real: { get: asInt },
      imag: { get: () => 0 },
      numerator: { get: asInt },
      denominator: { get: () => 1 },
    },
  },
  intType,
);
