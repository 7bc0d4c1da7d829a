// Slice objects and applying them to sequences (Objects/sliceobject.c).

import { PyObject, PyType, objectType, typeType, type PyValue } from './objects.js';
import { raise } from './errors.js';

export const sliceType = new PyType('slice', objectType, typeType);

export class PySlice extends PyObject {
  constructor(
    readonly start: PyValue,
    readonly stop: PyValue,
    readonly step: PyValue,
  ) {
    super(sliceType);
  }

  /** slice.indices(length): [start, stop, step] clamped as CPython does. */
  indices(length: number): [number, number, number] {
    const step = this.step === null ? 1 : sliceIndex(this.step);
    if (step === 0) raise('ValueError', 'slice step cannot be zero');
    const lower = step < 0 ? -1 : 0;
    const upper = step < 0 ? length - 1 : length;
    const clamp = (v: PyValue, dflt: number): number => {
      if (v === null) return dflt;
      let i = sliceIndex(v);
      if (i < 0) {
        i += length;
        if (i < lower) i = lower;
      } else if (i > upper) i = upper;
      return i;
    };
    return [clamp(this.start, step < 0 ? upper : lower), clamp(this.stop, step < 0 ? lower : upper), step];
  }

  /** The selected positions of a sequence of `length` items. */
  positions(length: number): number[] {
    const [start, stop, step] = this.indices(length);
    const out: number[] = [];
    if (step > 0) for (let i = start; i < stop; i += step) out.push(i);
    else for (let i = start; i > stop; i += step) out.push(i);
    return out;
  }
}

function sliceIndex(v: PyValue): number {
  if (typeof v === 'number') return v;
  if (typeof v === 'boolean') return v ? 1 : 0;
  if (typeof v === 'bigint') return v < 0n ? -Number.MAX_SAFE_INTEGER : Number.MAX_SAFE_INTEGER;
  raise('TypeError', `slice indices must be integers or None or have an __index__ method`);
}

export function sliceRepr(s: PySlice, repr: (v: PyValue) => string): string {
  return `slice(${repr(s.start)}, ${repr(s.stop)}, ${repr(s.step)})`;
}

