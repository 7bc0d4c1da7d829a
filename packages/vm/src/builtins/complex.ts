// complex (Objects/complexobject.c).

import { PyFloat, PyObject, typeOf, TPFLAGS_BASETYPE, type PyType, type PyValue } from '../objects/object.js';
import { defineType } from '../objects/typedef.js';
import { raise } from '../objects/errors.js';
import { NotImplemented } from '../objects/singletons.js';
import { intValueOrUndefined, strValueOrUndefined } from '../objects/boxed.js';
import * as abs from '../objects/abstract.js';
import * as num from '../numeric/index.js';
import { complexPower, complexProduct, complexQuotient, complexRepr, hashComplex, FloatPowError, type Complex } from '@pyc-ts/bytecode';
import { initInstanceExtras } from './object.js';
import { PyTuple } from './tuple.js';
import { toFloat } from './float.js';
import { warn } from './warnings.js';

export class PyComplex extends PyObject {
  constructor(
    readonly real: number,
    readonly imag: number,
    type: PyType = complexType,
  ) {
    super(type);
  }
}

/** An int, float or complex as a complex (to_complex); undefined for anything else. */
function operand(v: PyValue): Complex | undefined {
  if (v instanceof PyComplex) return [v.real, v.imag];
  if (v instanceof PyFloat) return [v.v, 0];
  const i = intValueOrUndefined(v);
  return i === undefined ? undefined : [num.intToFloat(i), 0];
}

function complexBinary(f: (a: Complex, b: Complex) => PyValue): (a: PyValue, b: PyValue) => PyValue {
  return (a, b) => {
    const x = operand(a);
    const y = operand(b);
    if (x === undefined || y === undefined) return NotImplemented;
    return f(x, y);
  };
}

const make = (c: Complex): PyComplex => new PyComplex(c[0], c[1]);

function complexRichcompare(a: PyValue, b: PyValue, op: number): PyValue {
  if (op !== abs.EQ && op !== abs.NE) return NotImplemented;
  const c = a as PyComplex;
  let equal: boolean;
  if (b instanceof PyComplex) equal = c.real === b.real && c.imag === b.imag;
  else if (b instanceof PyFloat) equal = c.imag === 0 && c.real === b.v;
  else {
    const i = intValueOrUndefined(b);
    if (i === undefined) return NotImplemented;
    // An int compares exactly against the real part.
    equal = c.imag === 0 && num.compareIntFloat(i, c.real) === 0;
  }
  return op === abs.EQ ? equal : !equal;
}

/** What __complex__ gives, if the type has one (try_complex_special_method); a complex subclass instance is deprecated. */
function complexSpecial(v: PyValue): PyComplex | undefined {
  const conv = typeOf(v).lookup('__complex__');
  if (conv === undefined) return undefined;
  const r = abs.callSpecialFound(conv, v, []);
  if (!(r instanceof PyComplex)) raise('TypeError', `__complex__ returned non-complex (type ${typeOf(r).name})`);
  if (r.type !== complexType) {
    warn(
      'DeprecationWarning',
      `__complex__ returned non-complex (type ${r.type.name}).  The ability to return an instance of a strict subclass of complex is deprecated, and may be removed in a future version of Python.`,
      1,
    );
  }
  return r;
}

/** Whether complex() takes v as a number. */
function isNumber(v: PyValue): boolean {
  const t = typeOf(v);
  return t.nb_float !== null || t.nb_index !== null || v instanceof PyComplex;
}

/** complex(real, imag) (complex_new_impl): real + imag*1j, either of them possibly complex itself. */
function complexNew(type: PyType, argv: PyValue[], base: number, nargs: number, kwnames: string[] | null): PyValue {
  const nkw = kwnames === null ? 0 : kwnames.length;
  if (nargs + nkw > 2) raise('TypeError', `complex() takes at most 2 arguments (${nargs + nkw} given)`);
  let real: PyValue = nargs > 0 ? argv[base] : undefined;
  let imag: PyValue = nargs > 1 ? argv[base + 1] : undefined;
  for (let i = 0; i < nkw; i++) {
    const k = kwnames![i];
    const v = argv[base + nargs + i];
    if (k === 'real' && nargs < 1) real = v;
    else if (k === 'imag' && nargs < 2) imag = v;
    else if (k === 'real' || k === 'imag') raise('TypeError', `argument for complex() given by name ('${k}') and position (${k === 'real' ? 1 : 2})`);
    else raise('TypeError', `'${k}' is an invalid keyword argument for complex()`);
  }
  const c = complexValue(real === undefined ? 0 : real, imag);
  if (c instanceof PyComplex) return c;
  if (type === complexType) return make(c);
  return initInstanceExtras(new PyComplex(c[0], c[1], type), type);
}

/** The value complex(r, i) makes; r itself when that is an exact complex and alone. */
function complexValue(r: PyValue, i: PyValue): Complex | PyComplex {
  if (r instanceof PyComplex && r.type === complexType && i === undefined) return r;
  const rs = strValueOrUndefined(r);
  if (rs !== undefined) {
    if (i !== undefined) raise('TypeError', "complex() can't take second arg if first is a string");
    return num.parseComplex(rs);
  }
  if (i !== undefined && strValueOrUndefined(i) !== undefined) raise('TypeError', "complex() second arg can't be a string");
  r = complexSpecial(r) ?? r;
  if (!isNumber(r)) raise('TypeError', `complex() first argument must be a string or a number, not '${typeOf(r).name}'`);
  if (i !== undefined && !isNumber(i)) raise('TypeError', `complex() second argument must be a number, not '${typeOf(i).name}'`);
  // The parts are added as given: a real argument's imaginary part only counts when imag is given too.
  const [real, reImag] = r instanceof PyComplex ? [r.real, r.imag] : [toFloat(r), 0];
  let re = real;
  let im: number;
  if (i === undefined) im = reImag;
  else if (i instanceof PyComplex) {
    im = i.real;
    re -= i.imag;
  } else im = toFloat(i);
  if (r instanceof PyComplex && i !== undefined) im += reImag;
  return [re, im];
}

function complexFormat(self: PyComplex, spec: string): string {
  if (spec === '') return abs.str(self);
  return num.formatComplex(self.real, self.imag, spec, typeOf(self).name);
}

export const complexType: PyType = defineType({
  name: 'complex',
  flags: TPFLAGS_BASETYPE,
  slots: {
    tp_repr: (v) => complexRepr((v as PyComplex).real, (v as PyComplex).imag),
    tp_hash: (v) => hashComplex((v as PyComplex).real, (v as PyComplex).imag),
    tp_richcompare: complexRichcompare,
    tp_new: complexNew,
    nb_add: complexBinary((a, b) => make([a[0] + b[0], a[1] + b[1]])),
    nb_subtract: complexBinary((a, b) => make([a[0] - b[0], a[1] - b[1]])),
    nb_multiply: complexBinary((a, b) => make(complexProduct(a, b))),
    nb_true_divide: complexBinary((a, b) => {
      const r = complexQuotient(a, b);
      if (r === null) raise('ZeroDivisionError', 'complex division by zero');
      return make(r);
    }),
    nb_power: (a, b, c) => {
      if (c !== null) raise('ValueError', 'complex modulo');
      const x = operand(a);
      const y = operand(b);
      if (x === undefined || y === undefined) return NotImplemented;
      const r = complexPower(x, y);
      if (r instanceof FloatPowError) raise(r.type, r.message);
      return make(r);
    },
    nb_negative: (v) => new PyComplex(-(v as PyComplex).real, -(v as PyComplex).imag),
    nb_positive: (v) => (v.type === complexType ? v : new PyComplex((v as PyComplex).real, (v as PyComplex).imag)),
    nb_absolute: (v) => {
      const c = v as PyComplex;
      const r = Math.hypot(c.real, c.imag);
      if (r === Infinity && Number.isFinite(c.real) && Number.isFinite(c.imag)) raise('OverflowError', 'absolute value too large');
      return new PyFloat(r);
    },
    nb_bool: (v) => (v as PyComplex).real !== 0 || (v as PyComplex).imag !== 0,
  },
  methods: {
    'conjugate($self, /)': (self: PyComplex) => new PyComplex(self.real, -self.imag),
    '__complex__($self, /)': (self: PyComplex) => (self.type === complexType ? self : new PyComplex(self.real, self.imag)),
    '__getnewargs__($self, /)': (self: PyComplex) => new PyTuple([new PyFloat(self.real), new PyFloat(self.imag)]),
    '__format__($self, format_spec: str, /)': complexFormat,
  },
  members: {
    real: { get: (c: PyComplex) => new PyFloat(c.real) },
    imag: { get: (c: PyComplex) => new PyFloat(c.imag) },
  },
});
