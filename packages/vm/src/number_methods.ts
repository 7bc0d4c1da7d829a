// Attributes and methods of int, bool, float and complex beyond the operators:
// .real/.imag/.numerator/.denominator, conjugate(), is_integer(), as_integer_ratio(),
// bit_count(), to_bytes()/from_bytes(), float.fromhex() / hex(); plus the other
// builtin class methods (dict.fromkeys, bytes.fromhex) and str.maketrans.

import { ratioToDouble } from '@pyc-ts/bytecode';
import { PyBuiltinFunction, PyFloat, PyTuple, dictType, floatType, intType, strType, typeOf, type PyType, type PyValue } from './objects.js';
import { PyMethodWrapper, PyProperty, classmethodType, staticmethodType } from './classes.js';
import { PyComplex, complexType } from './complex.js';
import { PyBytes, bytesType } from './bytes.js';
import { PyDict } from './dict.js';
import { install } from './methods.js';
import { iterate } from './builtins.js';
import { activeInterpreter } from './interpreter.js';
import { PyRaise, raise } from './errors.js';
import { getItem } from './operations.js';
import { PyBaseException } from './exceptions.js';
import * as num from './numeric/index.js';

type Int = num.Int;

const asInt = (v: PyValue): Int => (typeof v === 'boolean' ? (v ? 1 : 0) : (v as Int));

function property(type: PyType, name: string, get: (self: PyValue) => PyValue): void {
  type.dict.set(name, new PyProperty(new PyBuiltinFunction(name, ([self]) => get(self)), null, null, null));
}

function classMethod(type: PyType, name: string, fn: (cls: PyValue, args: PyValue[], kw: Map<string, PyValue>) => PyValue, keywords: string[] = []): void {
  const f = new PyBuiltinFunction(name, (argv, kwnames) => {
    const nkw = kwnames ? kwnames.length : 0;
    const kw = new Map<string, PyValue>();
    for (let i = 0; i < nkw; i++) {
      if (!keywords.includes(kwnames![i])) raise('TypeError', `${name}() got an unexpected keyword argument '${kwnames![i]}'`);
      kw.set(kwnames![i], argv[argv.length - nkw + i]);
    }
    return fn(argv[0], argv.slice(1, argv.length - nkw), kw);
  });
  type.dict.set(name, new PyMethodWrapper(classmethodType, f));
}

function argCount(name: string, args: PyValue[], min: number, max: number): void {
  if (args.length < min) raise('TypeError', `${name}() missing required argument (pos ${args.length + 1})`);
  if (args.length > max) raise('TypeError', `${name}() takes at most ${max} argument${max === 1 ? '' : 's'} (${args.length} given)`);
}

export function installNumberMethods(): void {
  // int (bool inherits these).
  property(intType, 'real', (self) => asInt(self));
  property(intType, 'imag', () => 0);
  property(intType, 'numerator', (self) => asInt(self));
  property(intType, 'denominator', () => 1);
  install(intType, 'conjugate', 0, 0, (self) => asInt(self));
  install(intType, 'bit_count', 0, 0, (self) => {
    let x = num.toBig(asInt(self));
    if (x < 0n) x = -x;
    let n = 0;
    for (; x > 0n; x >>= 1n) if (x & 1n) n++;
    return n;
  });
  install(intType, 'as_integer_ratio', 0, 0, (self) => new PyTuple([asInt(self), 1]));
  install(intType, 'to_bytes', 0, 2, (self, args, kw) => {
    const length = Number(asInt(args[0] ?? kw.get('length') ?? 1));
    const order = byteOrder(args[1] ?? kw.get('byteorder') ?? 'big');
    const signed = kw.get('signed') === true;
    let x = num.toBig(asInt(self));
    if (x < 0n && !signed) raise('OverflowError', "can't convert negative int to unsigned");
    if (length < 0) raise('ValueError', 'length argument must be non-negative');
    const limit = 1n << BigInt(8 * length);
    if (signed ? x < -(limit >> 1n) || x >= limit >> 1n : x >= limit) raise('OverflowError', 'int too big to convert');
    if (x < 0n) x += limit;
    const out = new Uint8Array(length);
    for (let i = length - 1; i >= 0; i--, x >>= 8n) out[i] = Number(x & 0xffn);
    return new PyBytes(order === 'big' ? out : out.reverse());
  }, ['length', 'byteorder', 'signed']);
  classMethod(intType, 'from_bytes', (_cls, args, kw) => {
    argCount('from_bytes', args, 1, 2);
    const data = args[0] instanceof PyBytes ? args[0].bytes : Uint8Array.from(iterate(activeInterpreter(), args[0]), (v) => Number(asInt(v)));
    const order = byteOrder(args[1] ?? kw.get('byteorder') ?? 'big');
    const bytes = order === 'big' ? data : data.slice().reverse();
    let x = 0n;
    for (const b of bytes) x = (x << 8n) | BigInt(b);
    if (kw.get('signed') === true && bytes.length > 0 && bytes[0] & 0x80) x -= 1n << BigInt(8 * bytes.length);
    return num.normInt(x);
  }, ['byteorder', 'signed']);

  // float.
  property(floatType, 'real', (self) => self);
  property(floatType, 'imag', () => new PyFloat(0));
  install(floatType, 'conjugate', 0, 0, (self) => self);
  install(floatType, 'is_integer', 0, 0, (self) => Number.isInteger((self as PyFloat).v));
  install(floatType, 'as_integer_ratio', 0, 0, (self) => {
    const x = (self as PyFloat).v;
    if (!Number.isFinite(x)) raise(x !== x ? 'ValueError' : 'OverflowError', x !== x ? 'cannot convert NaN to integer ratio' : 'cannot convert Infinity to integer ratio');
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
  });
  install(floatType, 'hex', 0, 0, (self) => floatHex((self as PyFloat).v));
  classMethod(floatType, 'fromhex', (_cls, args) => {
    argCount('fromhex', args, 1, 1);
    if (typeof args[0] !== 'string') raise('TypeError', `bad argument type for built-in operation`);
    return new PyFloat(parseHexFloat(args[0]));
  });

  // complex.
  property(complexType, 'real', (self) => new PyFloat((self as PyComplex).real));
  property(complexType, 'imag', (self) => new PyFloat((self as PyComplex).imag));
  install(complexType, 'conjugate', 0, 0, (self) => new PyComplex((self as PyComplex).real, -(self as PyComplex).imag));

  // Class and static methods of the containers.
  classMethod(dictType, 'fromkeys', (_cls, args) => {
    argCount('fromkeys', args, 1, 2);
    const d = new PyDict();
    const value = args.length > 1 ? args[1] : null;
    for (const k of iterate(activeInterpreter(), args[0])) d.set(k, value);
    return d;
  });
  classMethod(bytesType, 'fromhex', (_cls, args) => {
    argCount('fromhex', args, 1, 1);
    if (typeof args[0] !== 'string') raise('TypeError', `fromhex() argument must be str, not ${typeOf(args[0]).name}`);
    return new PyBytes(parseHexBytes(args[0]));
  });
  install(strType, 'translate', 1, 1, (self, [table]) => translate(self as string, table));
  strType.dict.set('maketrans', new PyMethodWrapper(staticmethodType, new PyBuiltinFunction('maketrans', (args) => maketrans(args))));
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

function byteOrder(v: PyValue): 'big' | 'little' {
  if (v !== 'big' && v !== 'little') raise('ValueError', "byteorder must be either 'little' or 'big'");
  return v;
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

function parseHexBytes(s: string): Uint8Array {
  const out: number[] = [];
  let i = 0;
  while (i < s.length) {
    if (/\s/.test(s[i])) {
      i++;
      continue;
    }
    const pair = s.slice(i, i + 2);
    if (!/^[0-9a-fA-F]{2}$/.test(pair)) raise('ValueError', `non-hexadecimal number found in fromhex() arg at position ${/^[0-9a-fA-F]/.test(pair) ? i + 1 : i}`);
    out.push(parseInt(pair, 16));
    i += 2;
  }
  return Uint8Array.from(out);
}

/** str.translate: each code point looked up in `table`; missing keys keep the character. */
function translate(s: string, table: PyValue): string {
  let out = '';
  for (const ch of s) {
    let r: PyValue;
    try {
      r = getItem(table, ch.codePointAt(0)!);
    } catch (e) {
      // Only a missing key means "keep the character" (CPython lets an IndexError through).
      if ((e instanceof PyBaseException && e.type.name === 'KeyError') || (e instanceof PyRaise && e.typeName === 'KeyError')) {
        out += ch;
        continue;
      }
      throw e;
    }
    if (r === null) continue;
    if (typeof r === 'string') out += r;
    else if (typeof r === 'number') out += String.fromCodePoint(r);
    else raise('TypeError', 'character mapping must return integer, None or str');
  }
  return out;
}

/** str.maketrans(dict) or str.maketrans(from, to[, delete]): a dict from code points. */
function maketrans(args: PyValue[]): PyDict {
  const d = new PyDict();
  const cp = (c: string) => c.codePointAt(0)!;
  if (args.length === 1) {
    if (!(args[0] instanceof PyDict)) raise('TypeError', 'if you give only one argument to maketrans it must be a dict');
    for (const e of args[0].entries()) {
      if (typeof e.key === 'string') {
        if ([...e.key].length !== 1) raise('ValueError', 'string keys in translate table must be of length 1');
        d.set(cp(e.key), e.value);
      } else d.set(e.key, e.value);
    }
    return d;
  }
  if (args.length < 1 || args.length > 3) raise('TypeError', `maketrans expected at most 3 arguments, got ${args.length}`);
  const [from, to, del] = args;
  if (typeof from !== 'string' || typeof to !== 'string') raise('TypeError', 'maketrans() argument 2 must be str, not ' + typeOf(typeof from !== 'string' ? from : to).name);
  const a = [...from];
  const b = [...to];
  if (a.length !== b.length) raise('ValueError', 'the first two maketrans arguments must have equal length');
  a.forEach((c, i) => d.set(cp(c), cp(b[i])));
  if (del !== undefined) {
    if (typeof del !== 'string') raise('TypeError', `maketrans() argument 3 must be str, not ${typeOf(del).name}`);
    for (const c of del) d.set(cp(c), null);
  }
  return d;
}
