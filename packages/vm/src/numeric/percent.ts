// The numeric conversions of printf-style formatting (str % args), as
// CPython's unicode_format_arg: the caller parses the format string, resolves
// '*', and handles %s %r %a %c; these lay out one int or float.
// `flags` holds any of '-', '+', ' ', '#', '0'; width and precision are -1 when absent.

import { intAbs, type Int } from './int_ops.js';
import { formatFloatDigits, type FloatStyle } from './float_digits.js';
import { intToDecimal } from './format_spec.js';

/** %d %i %u %x %X %o of an int. */
export function percentInt(x: Int, type: string, flags: string, width: number, precision: number): string {
  const mag = intAbs(x);
  let digits: string;
  let prefix = '';
  switch (type) {
    case 'x':
    case 'X':
      digits = mag.toString(16);
      if (flags.includes('#')) prefix = type === 'x' ? '0x' : '0X';
      if (type === 'X') digits = digits.toUpperCase();
      break;
    case 'o':
      digits = mag.toString(8);
      if (flags.includes('#')) prefix = '0o';
      break;
    default:
      digits = intToDecimal(mag);
  }
  if (precision > digits.length) digits = '0'.repeat(precision - digits.length) + digits;
  return pad(x < 0, prefix, digits, flags, width);
}

/** %e %E %f %F %g %G of a float. */
export function percentFloat(x: number, type: string, flags: string, width: number, precision: number): string {
  const upper = type === 'E' || type === 'F' || type === 'G';
  const style = type.toLowerCase() as FloatStyle;
  const body = formatFloatDigits(x, style, precision < 0 ? 6 : precision, false, flags.includes('#'), upper);
  return pad((x < 0 || Object.is(x, -0)) && x === x, '', body, flags, width);
}

function pad(negative: boolean, prefix: string, digits: string, flags: string, width: number): string {
  const sign = negative ? '-' : flags.includes('+') ? '+' : flags.includes(' ') ? ' ' : '';
  const n = width - (sign.length + prefix.length + digits.length);
  if (n <= 0) return sign + prefix + digits;
  if (flags.includes('-')) return sign + prefix + digits + ' '.repeat(n);
  if (flags.includes('0')) return sign + prefix + '0'.repeat(n) + digits;
  return ' '.repeat(n) + sign + prefix + digits;
}
