// The range type (small-int ranges; big bounds are not supported yet).

import { PyBuiltinFunction, PyObject, PyType, objectType, typeType, type PyValue } from './objects.js';
import { PyProperty } from './classes.js';
import { install } from './methods.js';
import { pyEq, pyRepr } from './protocols.js';
import { raise } from './errors.js';

export const rangeType = new PyType('range', objectType, typeType);

export class PyRange extends PyObject {
  constructor(
    readonly start: number,
    readonly stop: number,
    readonly step: number,
  ) {
    super(rangeType);
  }

  get length(): number {
    const { start, stop, step } = this;
    if (step > 0) return start < stop ? Math.floor((stop - start - 1) / step) + 1 : 0;
    return start > stop ? Math.floor((start - stop - 1) / -step) + 1 : 0;
  }

  repr(): string {
    return this.step === 1 ? `range(${this.start}, ${this.stop})` : `range(${this.start}, ${this.stop}, ${this.step})`;
  }
}

function rangeArg(v: PyValue): number {
  if (typeof v === 'boolean') return v ? 1 : 0;
  if (typeof v === 'number') return v;
  if (typeof v === 'bigint') raise('OverflowError', 'Python int too large to convert to C ssize_t');
  raise('TypeError', `'${(v as PyObject)?.type?.name ?? typeof v}' object cannot be interpreted as an integer`);
}

/** range(stop) / range(start, stop[, step]). */
export function makeRange(args: PyValue[], kwnames: string[] | null): PyRange {
  if (kwnames && kwnames.length) raise('TypeError', 'range() takes no keyword arguments');
  if (args.length === 0) raise('TypeError', 'range expected at least 1 argument, got 0');
  if (args.length > 3) raise('TypeError', `range expected at most 3 arguments, got ${args.length}`);
  if (args.length === 1) return new PyRange(0, rangeArg(args[0]), 1);
  const step = args.length === 3 ? rangeArg(args[2]) : 1;
  if (step === 0) raise('ValueError', 'range() arg 3 must not be zero');
  return new PyRange(rangeArg(args[0]), rangeArg(args[1]), step);
}

/** The int at index i of r if v equals one of r's items, else -1 (range.index/count). */
function rangeIndexOf(r: PyRange, v: PyValue): number {
  const n = typeof v === 'boolean' ? (v ? 1 : 0) : v;
  if (typeof n !== 'number') {
    for (let i = 0; i < r.length; i++) if (pyEq(r.start + i * r.step, v)) return i;
    return -1;
  }
  const offset = n - r.start;
  if (offset % r.step !== 0) return -1;
  const i = offset / r.step;
  return i >= 0 && i < r.length ? i : -1;
}

export function installRangeMethods(): void {
  for (const name of ['start', 'stop', 'step'] as const) {
    rangeType.dict.set(name, new PyProperty(new PyBuiltinFunction(name, ([self]) => (self as PyRange)[name]), null, null, null));
  }
  install(rangeType, 'count', 1, 1, (self: PyRange, [v]) => (rangeIndexOf(self, v) >= 0 ? 1 : 0));
  install(rangeType, 'index', 1, 1, (self: PyRange, [v]) => {
    const i = rangeIndexOf(self, v);
    if (i < 0) raise('ValueError', `${pyRepr(v)} is not in range`);
    return i;
  });
}
