// The argument converters signatures name (clinic.ts), with CPython's messages
// for arguments of the wrong type or range.

import { badArgument, registerConverter } from './clinic.js';
import { raise } from './errors.js';
import { strValueOrUndefined } from './boxed.js';
import type { PyValue } from './object.js';
import * as abs from './abstract.js';

const SSIZE_MAX = 9223372036854775807n;
const SSIZE_MIN = -9223372036854775808n;

/** A str argument, as its JS string. */
registerConverter('str', (v, arg) => {
  const s = strValueOrUndefined(v);
  if (s === undefined) badArgument(arg, 'str', v);
  return s;
});

/** A str or None (null). */
registerConverter('str_or_none', (v, arg) => {
  if (v === null) return null;
  const s = strValueOrUndefined(v);
  if (s === undefined) badArgument(arg, 'str or None', v);
  return s;
});

/** Py_ssize_t ('n'): an index-sized integer, as a JS number. */
export function ssizeValue(v: PyValue): number {
  if (typeof v === 'number') return v;
  const i = abs.index(v);
  if (typeof i === 'number') return i;
  if (i > SSIZE_MAX || i < SSIZE_MIN) raise('OverflowError', 'Python int too large to convert to C ssize_t');
  return Number(i);
}

registerConverter('ssize', ssizeValue);

/** A C int. */
function cint(v: PyValue): number {
  const i = abs.index(v);
  if (typeof i === 'bigint' || i > 2147483647 || i < -2147483648) raise('OverflowError', 'Python int too large to convert to C int');
  return i;
}
registerConverter('cint', cint);

/** An int of any size (through __index__). */
registerConverter('index', (v) => abs.index(v));

/** slice_index(accept={int}): an index, clamped to the index-sized range (_PyEval_SliceIndexNotNone). */
registerConverter('slice_index', (v) => {
  if (typeof v === 'number') return v;
  if (!abs.isIndex(v)) raise('TypeError', 'slice indices must be integers or have an __index__ method');
  const i = abs.index(v);
  if (typeof i === 'number') return i;
  return i < 0n ? -Number.MAX_SAFE_INTEGER : Number.MAX_SAFE_INTEGER;
});

/** bool ('p'): any object's truth value. */
registerConverter('bool', (v) => abs.isTrue(v));

/** bool(accept={int}): a C int taken as a flag (list.sort's reverse, str.splitlines' keepends). */
registerConverter('int_bool', (v) => (typeof v === 'boolean' ? v : cint(v) !== 0));

/** A C double, through __float__ or __index__. */
registerConverter('double', (v: PyValue) => abs.asDouble(v));
