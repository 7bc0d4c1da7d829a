// The range type (small-int ranges; big bounds are not supported yet).

import { PyObject, PyType, objectType, typeType, type PyValue } from './objects.js';
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
