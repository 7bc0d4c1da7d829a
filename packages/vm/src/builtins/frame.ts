// frame (Objects/frameobject.c): an interpreter frame as a Python object, for
// sys._getframe(), tracebacks' tb_frame and generators' gi_frame.

import { lineForOffset } from '@pyc-ts/bytecode';
import { PyObject, type PyType, type PyValue } from '../objects/object.js';
import { defineType } from '../objects/typedef.js';
import { raise } from '../objects/errors.js';
import * as abs from '../objects/abstract.js';
import type { Frame } from '../interpreter/frame.js';
import { PyDict } from './dict.js';
import { PyCell } from './cell.js';
import { codeValue } from './code.js';
import { addressOf } from './identity.js';

export class PyFrame extends PyObject {
  trace: PyValue = null;
  traceLines = true;
  traceOpcodes = false;
  constructor(readonly frame: Frame) {
    super(frameType);
  }
}

/** The frame object of an interpreter frame (one per frame); the frame is then never reused. */
export function frameObject(f: Frame): PyFrame {
  f.captured = true;
  return (f.frameObject ??= new PyFrame(f));
}

/** The current line of a frame. */
export function frameLine(f: Frame): number {
  return lineForOffset(f.info.code, f.lasti) ?? f.info.code.firstlineno;
}

/**
 * A frame's locals as a dict: the locals mapping of module and class code, else a snapshot of the
 * fast locals, cells and free variables, refreshed on each call (PyFrame_FastToLocalsWithError).
 */
export function frameLocals(f: Frame): PyValue {
  if (f.locals !== null) return f.locals;
  const d = (f.localsDict ??= new PyDict());
  const code = f.info.code;
  const names = code.localsplusnames;
  const kinds = code.localspluskinds;
  for (let i = 0; i < names.length; i++) {
    let v = f.s[i];
    const kind = kinds[i];
    // Cells show their contents; a cell argument not yet made into a cell (before MAKE_CELL) shows as is.
    if ((kind & 0xc0) !== 0 && v instanceof PyCell) v = v.v;
    // Free variables of class bodies stay out, as in CPython (co_flags without CO_OPTIMIZED).
    if (v === undefined) d.delete(names[i]);
    else d.setStr(names[i], v);
  }
  return d;
}

export const frameType: PyType = defineType({
  name: 'frame',
  slots: {
    tp_repr: (o) => {
      const f = (o as PyFrame).frame;
      return `<frame at ${addressOf(o)}, file ${abs.repr(f.info.code.filename)}, line ${frameLine(f)}, code ${f.info.code.name}>`;
    },
    tp_getattro: abs.genericGetAttr,
    tp_setattro: abs.genericSetAttr,
  },
  methods: {
    'clear($self, /)': {
      impl: (o: PyFrame) => {
        const f = o.frame;
        if (f.gen !== null && !f.gen.finished) {
          if (f.gen.running) raise('RuntimeError', 'cannot clear an executing frame');
          f.gen.close();
        }
        return null;
      },
      textSignature: false,
    },
    '__sizeof__($self, /)': { impl: (o: PyFrame) => 120 + 8 * o.frame.s.length, textSignature: false },
  },
  members: {
    f_trace_lines: { get: (o: PyFrame) => o.traceLines, set: (o: PyFrame, v: PyValue) => (o.traceLines = abs.isTrue(v)) },
    f_trace_opcodes: { get: (o: PyFrame) => o.traceOpcodes, set: (o: PyFrame, v: PyValue) => (o.traceOpcodes = abs.isTrue(v)) },
  },
  getsets: {
    f_back: { get: (o: PyFrame) => (o.frame.back === null ? null : frameObject(o.frame.back)) },
    f_locals: { get: (o: PyFrame) => frameLocals(o.frame) },
    f_lineno: { get: (o: PyFrame) => frameLine(o.frame) },
    f_trace: { get: (o: PyFrame) => o.trace, set: (o: PyFrame, v: PyValue) => (o.trace = v === undefined ? null : v) },
    f_lasti: { get: (o: PyFrame) => 2 * o.frame.lasti },
    f_globals: { get: (o: PyFrame) => o.frame.globals },
    f_builtins: { get: (o: PyFrame) => o.frame.builtins },
    f_code: { get: (o: PyFrame) => codeValue(o.frame.info.code) },
  },
});
