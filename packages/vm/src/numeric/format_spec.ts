// The format-spec mini-language for int, float and str (format(), str.format,
// f-strings), after CPython 3.11's Python/formatter_unicode.c:
//   [[fill]align][sign][z][#][0][width][grouping][.precision][type]
// Only the C locale exists here, so 'n' formats like 'd' / 'g' without grouping.

import { raise } from '../objects/errors.js';
import { strLen } from '../builtins/codepoints.js';
import { decimalValue, isDecimal } from '../builtins/unicodectype.js';
import { intAbs, type Int } from './int_ops.js';
import { intToFloat } from './float_ops.js';
import { maxStrDigits } from './parse.js';
import { formatFloatDigits, type FloatStyle } from './float_digits.js';

export interface FormatSpec {
  fill: string;
  align: string; // '' when not given
  sign: string; // '' when not given
  noNegZero: boolean;
  alternate: boolean;
  width: number; // -1 when not given
  grouping: string; // '', ',' or '_'
  precision: number; // -1 when not given
  type: string; // '' when not given
}

function isAlign(c: string | undefined): boolean {
  return c === '<' || c === '>' || c === '=' || c === '^';
}

/** Parses a spec; the defaults are '>' and '' for numbers, '<' and 's' for strings. */
export function parseFormatSpec(spec: string, typeName: string, defaultAlign: string, defaultType = ''): FormatSpec {
  const cs = Array.from(spec); // code points: the fill may be any character
  const n = cs.length;
  const f: FormatSpec = {
    fill: ' ',
    align: '',
    sign: '',
    noNegZero: false,
    alternate: false,
    width: -1,
    grouping: '',
    precision: -1,
    type: defaultType,
  };
  let i = 0;
  let fillGiven = false;
  if (n >= 2 && isAlign(cs[1])) {
    f.fill = cs[0];
    f.align = cs[1];
    fillGiven = true;
    i = 2;
  } else if (n >= 1 && isAlign(cs[0])) {
    f.align = cs[0];
    i = 1;
  }
  if (cs[i] === '+' || cs[i] === '-' || cs[i] === ' ') f.sign = cs[i++];
  if (cs[i] === 'z') {
    f.noNegZero = true;
    i++;
  }
  if (cs[i] === '#') {
    f.alternate = true;
    i++;
  }
  if (!fillGiven && cs[i] === '0') {
    f.fill = '0';
    if (f.align === '' && defaultAlign === '>') f.align = '=';
    i++;
  }
  [f.width, i] = readInteger(cs, i);
  if (cs[i] === ',') {
    f.grouping = ',';
    i++;
  }
  if (cs[i] === '_') {
    if (f.grouping !== '') raise('ValueError', "Cannot specify both ',' and '_'.");
    f.grouping = '_';
    i++;
  }
  if (cs[i] === ',' || (cs[i] === '_' && f.grouping === '_')) {
    if (f.grouping === '_' && cs[i] === ',') raise('ValueError', "Cannot specify both ',' and '_'.");
    raise('ValueError', `Cannot specify '${f.grouping}' with '${cs[i]}'.`);
  }
  if (cs[i] === '.') {
    i++;
    const start = i;
    [f.precision, i] = readInteger(cs, i);
    if (i === start) raise('ValueError', 'Format specifier missing precision');
  }
  if (n - i > 1) raise('ValueError', `Invalid format specifier '${spec}' for object of type '${typeName}'`);
  if (i < n) f.type = cs[i];
  if (f.align === '') f.align = defaultAlign;
  if (f.grouping !== '') {
    switch (f.type) {
      case 'd':
      case 'e':
      case 'f':
      case 'g':
      case 'E':
      case 'G':
      case '%':
      case 'F':
      case '':
        break;
      case 'b':
      case 'o':
      case 'x':
      case 'X':
        // Underscores group bin/oct/hex digits by four (PEP 515).
        if (f.grouping !== '_') badGrouping(f);
        break;
      default:
        badGrouping(f);
    }
  }
  return f;
}

function badGrouping(f: FormatSpec): never {
  raise('ValueError', `Cannot specify '${f.grouping}' with ${typeCharRepr(f.type)}.`);
}

function typeCharRepr(c: string): string {
  const cp = c.codePointAt(0)!;
  return cp >= 32 && cp < 127 ? `'${c}'` : `'\\x${cp.toString(16)}'`;
}

/** get_integer: a width or precision of decimal digits, of any script (Py_UNICODE_TODECIMAL); -1 when absent. */
function readInteger(cs: string[], i: number): [number, number] {
  let v = -1;
  let digits = 0;
  while (i < cs.length && isDecimal(cs[i].codePointAt(0)!)) {
    v = (v < 0 ? 0 : v * 10) + decimalValue(cs[i].codePointAt(0)!);
    digits++;
    i++;
  }
  if (digits > 0 && v > 0x7fffffffffffffff / 1.0000001) raise('ValueError', 'Too many decimal digits in format string');
  return [v, i];
}

function unknownCode(type: string, typeName: string): never {
  raise('ValueError', `Unknown format code ${typeCharRepr(type)} for object of type '${typeName}'`);
}

/**
 * Groups `digits` from the right in groups of `size` with `sep`, padding with
 * zeros to at least `minWidth` characters (_PyUnicode_InsertThousandsGrouping).
 */
function groupDigits(digits: string, minWidth: number, sep: string, size: number): string {
  if (sep === '') return digits.length >= minWidth ? digits : '0'.repeat(minWidth - digits.length) + digits;
  const parts: string[] = [];
  let remaining = digits.length;
  for (;;) {
    const len = Math.min(size, Math.max(remaining, minWidth, 1));
    const chars = Math.max(0, Math.min(remaining, len));
    const zeros = Math.max(0, len - remaining);
    parts.push('0'.repeat(zeros) + digits.slice(remaining - chars, remaining));
    remaining -= chars;
    minWidth -= len;
    if (remaining <= 0 && minWidth <= 0) break;
    minWidth -= sep.length;
  }
  return parts.reverse().join(sep);
}

/**
 * Lays out a number: sign and prefix, integer digits (grouped, maybe
 * zero-padded inside the grouping), then the rest (fraction, exponent, '%'),
 * all padded to the width (fill_number in formatter_unicode.c).
 */
function layoutNumber(f: FormatSpec, negative: boolean, prefix: string, intDigits: string, rest: string, groupSize: number): string {
  const sign = negative ? '-' : f.sign === '+' ? '+' : f.sign === ' ' ? ' ' : '';
  const nonDigit = sign.length + prefix.length + strLen(rest);
  const zeroPad = f.fill === '0' && f.align === '=';
  const minWidth = zeroPad ? f.width - nonDigit : 0;
  const grouped = intDigits === '' ? '' : groupDigits(intDigits, minWidth, f.grouping, groupSize);
  const body = grouped + rest;
  const padding = f.width - (nonDigit + grouped.length);
  if (padding <= 0) return sign + prefix + body;
  switch (f.align) {
    case '<':
      return sign + prefix + body + f.fill.repeat(padding);
    case '^': {
      const left = Math.floor(padding / 2);
      return f.fill.repeat(left) + sign + prefix + body + f.fill.repeat(padding - left);
    }
    case '=':
      return sign + prefix + f.fill.repeat(padding) + body;
    default:
      return f.fill.repeat(padding) + sign + prefix + body;
  }
}

/** format(x, spec) for an int; `typeName` names the type in errors ('bool' for bools). */
export function formatInt(x: Int, spec: string, typeName = 'int'): string {
  const f = parseFormatSpec(spec, typeName, '>');
  switch (f.type) {
    case 'e':
    case 'E':
    case 'f':
    case 'F':
    case 'g':
    case 'G':
    case '%':
      return formatFloatSpec(intToFloat(x), f);
  }
  // format_obj rejects an unknown code before format_long_internal looks at the rest of the spec.
  if (f.type.length !== 0 && !'bcdnoxX'.includes(f.type)) unknownCode(f.type, typeName);
  if (f.precision >= 0) raise('ValueError', 'Precision not allowed in integer format specifier');
  if (f.noNegZero) raise('ValueError', 'Negative zero coercion (z) not allowed in integer format specifier');
  const negative = x < 0;
  const mag = intAbs(x);
  let prefix = '';
  let digits: string;
  let groupSize = 3;
  switch (f.type) {
    case '':
    case 'd':
    case 'n':
      digits = intToDecimal(mag);
      break;
    case 'b':
      digits = mag.toString(2);
      prefix = '0b';
      groupSize = 4;
      break;
    case 'o':
      digits = mag.toString(8);
      prefix = '0o';
      groupSize = 4;
      break;
    case 'x':
      digits = mag.toString(16);
      prefix = '0x';
      groupSize = 4;
      break;
    case 'X':
      digits = mag.toString(16).toUpperCase();
      prefix = '0X';
      groupSize = 4;
      break;
    case 'c': {
      if (f.sign !== '') raise('ValueError', "Sign not allowed with integer format specifier 'c'");
      if (f.alternate) raise('ValueError', "Alternate form (#) not allowed with integer format specifier 'c'");
      if (typeof x === 'bigint' && (x >= 2n ** 63n || x < -(2n ** 63n))) {
        raise('OverflowError', 'Python int too large to convert to C long');
      }
      if (x < 0 || x > 0x10ffff) raise('OverflowError', '%c arg not in range(0x110000)');
      const ch = String.fromCodePoint(Number(x));
      return layoutNumber(f, false, '', '', ch, 3);
    }
    default:
      unknownCode(f.type, typeName);
  }
  return layoutNumber(f, negative, f.alternate ? prefix : '', digits, '', groupSize);
}

/** str(i) for an int, with CPython's limit on decimal digits. */
export function intToDecimal(x: Int): string {
  const s = x.toString();
  if (typeof x === 'bigint' && s.length > 640) {
    const limit = maxStrDigits();
    if (limit > 0 && s.length - (x < 0n ? 1 : 0) > limit) {
      raise(
        'ValueError',
        `Exceeds the limit (${limit} digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit`,
      );
    }
  }
  return s;
}

/** format(x, spec) for a float. */
export function formatFloat(x: number, spec: string, typeName = 'float'): string {
  return formatFloatSpec(x, parseFormatSpec(spec, typeName, '>'), typeName);
}

function formatFloatSpec(x: number, f: FormatSpec, typeName = 'float'): string {
  const p = floatPieces(x, f, true, typeName);
  return layoutNumber(f, p.negative, '', p.intDigits, p.rest, 3);
}

/** A float formatted for a spec, before grouping and padding. */
interface FloatPieces {
  negative: boolean;
  intDigits: string;
  /** The fraction, exponent and '%' after the integer digits. */
  rest: string;
}

/**
 * The pieces of a float for a spec's type and precision (format_float_internal up to the layout). No type
 * is repr's digits, or 'g' when a precision is given; `addDot0` then writes ".0" after an integral value.
 */
function floatPieces(x: number, f: FormatSpec, addDot0: boolean, typeName: string): FloatPieces {
  let style: FloatStyle;
  let precision = f.precision;
  let upper = false;
  let percent = false;
  switch (f.type) {
    case '':
      style = precision < 0 ? 'r' : 'g';
      break;
    case 'e':
    case 'f':
    case 'g':
      style = f.type;
      addDot0 = false;
      break;
    case 'E':
    case 'F':
    case 'G':
      style = f.type.toLowerCase() as FloatStyle;
      upper = true;
      addDot0 = false;
      break;
    case 'n':
      style = 'g';
      addDot0 = false;
      break;
    case '%':
      style = 'f';
      percent = true;
      addDot0 = false;
      x *= 100;
      break;
    default:
      unknownCode(f.type, typeName);
  }
  if (precision < 0) precision = 6;
  let s = formatFloatDigits(x, style, precision, addDot0, f.alternate, upper);
  let negative = x < 0 || Object.is(x, -0);
  if (negative && f.noNegZero && Number.isFinite(x) && !/[1-9]/.test(s.replace(/[eE].*$/, ''))) negative = false;
  if (x !== x) negative = false;
  if (percent) s += '%';
  // Split the integer digits (grouped and zero-padded) from the rest.
  let k = 0;
  while (k < s.length && s.charCodeAt(k) >= 48 && s.charCodeAt(k) <= 57) k++;
  return { negative, intDigits: s.slice(0, k), rest: s.slice(k) };
}

/** format(z, spec) for a complex (format_complex_internal): both parts formatted alike, then padded together. */
export function formatComplex(re: number, im: number, spec: string, typeName = 'complex'): string {
  const f = parseFormatSpec(spec, typeName, '>');
  switch (f.type) {
    case '':
    case 'e':
    case 'E':
    case 'f':
    case 'F':
    case 'g':
    case 'G':
    case 'n':
      break;
    default:
      unknownCode(f.type, typeName);
  }
  if (f.fill === '0') raise('ValueError', 'Zero padding is not allowed in complex format specifier');
  if (f.align === '=') raise('ValueError', "'=' alignment flag is not allowed in complex format specifier");
  // No type is str()'s form: a bare imaginary part for +0.0 real, else both in parentheses.
  const skipRe = f.type === '' && Object.is(re, 0);
  const parens = f.type === '' && !skipRe;
  const bare: FormatSpec = { ...f, fill: ' ', align: '<', width: -1 };
  const rp = floatPieces(re, bare, false, typeName);
  const ip = floatPieces(im, bare, false, typeName);
  const reText = skipRe ? '' : layoutNumber(bare, rp.negative, '', rp.intDigits, rp.rest, 3);
  const imText = layoutNumber(skipRe ? bare : { ...bare, sign: '+' }, ip.negative, '', ip.intDigits, ip.rest, 3);
  const body = (parens ? '(' : '') + reText + imText + 'j' + (parens ? ')' : '');
  const padding = f.width - body.length;
  if (padding <= 0) return body;
  if (f.align === '<') return body + f.fill.repeat(padding);
  if (f.align === '^') {
    const left = Math.floor(padding / 2);
    return f.fill.repeat(left) + body + f.fill.repeat(padding - left);
  }
  return f.fill.repeat(padding) + body;
}

/** format(s, spec) for a str. */
export function formatStr(s: string, spec: string, typeName = 'str'): string {
  const f = parseFormatSpec(spec, typeName, '<', 's');
  if (f.type !== '' && f.type !== 's') unknownCode(f.type, typeName);
  if (f.sign !== '') raise('ValueError', f.sign === ' ' ? 'Space not allowed in string format specifier' : 'Sign not allowed in string format specifier');
  if (f.noNegZero) raise('ValueError', 'Negative zero coercion (z) not allowed in string format specifier');
  if (f.alternate) raise('ValueError', 'Alternate form (#) not allowed in string format specifier');
  if (f.align === '=') raise('ValueError', "'=' alignment not allowed in string format specifier");
  let len = strLen(s);
  if (f.precision >= 0 && len > f.precision) {
    s = Array.from(s).slice(0, f.precision).join('');
    len = f.precision;
  }
  const padding = f.width - len;
  if (padding <= 0) return s;
  switch (f.align) {
    case '>':
      return f.fill.repeat(padding) + s;
    case '^': {
      const left = Math.floor(padding / 2);
      return f.fill.repeat(left) + s + f.fill.repeat(padding - left);
    }
    default:
      return s + f.fill.repeat(padding);
  }
}
