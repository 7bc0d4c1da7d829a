// traceback (Python/traceback.c): one entry per frame an exception passed
// through, linked from the outermost frame (the head) to where it was raised.

import { lineForOffset } from '@pyc-ts/bytecode';
import { PyObject, typeOf, type PyType, type PyValue } from '../objects/object.js';
import { defineType } from '../objects/typedef.js';
import { raise } from '../objects/errors.js';
import { intValueOrUndefined } from '../objects/boxed.js';
import * as abs from '../objects/abstract.js';
import type { Frame } from '../interpreter/frame.js';
import { PyList } from './list.js';
import { PyFrame, frameObject } from './frame.js';

export class PyTraceback extends PyObject {
  constructor(
    /** The entry for the frame the exception came from (inner), or null at the raise. */
    public next: PyTraceback | null,
    readonly frame: Frame,
    /** The instruction (code units) where the frame was. */
    readonly lasti: number,
  ) {
    super(tracebackType);
  }

  get lineno(): number | null {
    return lineForOffset(this.frame.info.code, this.lasti);
  }
}

export const tracebackType: PyType = defineType({
  name: 'traceback',
  slots: {
    tp_getattro: abs.genericGetAttr,
    tp_new: (_type, argv, base, nargs, kwnames) => {
      const names = ['tb_next', 'tb_frame', 'tb_lasti', 'tb_lineno'];
      const vals: PyValue[] = [undefined, undefined, undefined, undefined];
      for (let i = 0; i < nargs; i++) vals[i] = argv[base + i];
      for (let i = 0; kwnames !== null && i < kwnames.length; i++) {
        const at = names.indexOf(kwnames[i]);
        if (at < 0) raise('TypeError', `'${kwnames[i]}' is an invalid keyword argument for traceback()`);
        vals[at] = argv[base + nargs + i];
      }
      const [next, frame, lasti] = vals;
      if (nargs + (kwnames?.length ?? 0) !== 4) raise('TypeError', `traceback() missing required argument 'tb_next' (pos 1)`);
      if (next !== null && !(next instanceof PyTraceback)) raise('TypeError', `expected traceback object or None, got '${typeOf(next).name}'`);
      if (!(frame instanceof PyFrame)) raise('TypeError', `traceback() argument 'tb_frame' must be frame, not ${typeOf(frame).name}`);
      const i = intValueOrUndefined(lasti);
      if (i === undefined) raise('TypeError', `'${typeOf(lasti).name}' object cannot be interpreted as an integer`);
      frame.frame.captured = true;
      return new PyTraceback(next, frame.frame, Math.floor(Number(i) / 2));
    },
  },
  methods: {
    '__dir__($self, /)': { impl: () => new PyList(['tb_frame', 'tb_lasti', 'tb_lineno', 'tb_next']), textSignature: false },
  },
  members: {
    tb_frame: { get: (t: PyTraceback) => frameObject(t.frame) },
    tb_lasti: { get: (t: PyTraceback) => 2 * t.lasti },
  },
  getsets: {
    tb_next: {
      get: (t: PyTraceback) => t.next,
      set: (t: PyTraceback, v: PyValue) => {
        if (v === undefined) raise('TypeError', "can't delete tb_next attribute");
        if (v !== null && !(v instanceof PyTraceback)) raise('TypeError', `expected traceback object or None, got '${typeOf(v).name}'`);
        for (let c: PyTraceback | null = v; c !== null; c = c.next) if (c === t) raise('ValueError', 'traceback loop detected');
        t.next = v;
      },
    },
    tb_lineno: { get: (t: PyTraceback) => t.lineno },
  },
});
