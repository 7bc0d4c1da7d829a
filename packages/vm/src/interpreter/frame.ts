// A Python frame as explicit data, so that calls never use the JS stack and
// frames can later be traced, suspended (generators) or budgeted.

import type { CodeInfo } from './codeinfo.js';
import type { PyValue } from '../objects/object.js';
import type { PyDict } from '../builtins/dict.js';
import type { PyFunction } from '../builtins/function.js';
import type { PyGenerator } from '../builtins/generator.js';

/** Free frames kept per code object: enough for recursion without hoarding memory. */
const MAX_FREE_FRAMES = 64;

/**
 * An array of `n` undefined slots with one elements kind (PACKED_ELEMENTS) for
 * every frame, so V8 sees monomorphic stack accesses whatever values a frame held.
 */
export function valueArray(n: number): PyValue[] {
  const a: PyValue[] = [];
  for (let i = 0; i < n; i++) a.push(undefined);
  return a;
}

export class Frame {
  /** Locals, cells and free variables (co_localsplusnames order), then the value stack. */
  readonly s: PyValue[];
  /** Stack pointer: index of the first free slot of `s`. */
  sp: number;
  /** Next instruction (code units). */
  ip: number;
  /** The instruction being executed when this frame called out or failed (code units). */
  lasti = 0;
  back: Frame | null = null;
  /** For a frame running __init__ for a class call: the new instance, which the call returns. */
  initSelf: PyValue = undefined;
  /** The generator this frame belongs to (set by RETURN_GENERATOR). */
  gen: PyGenerator | null = null;
  /**
   * Whether a Python object refers to this frame (a frame object, a traceback): then it is never
   * reused for another call, so that what the object shows stays this frame's.
   */
  captured = false;
  /** The frame object (sys._getframe(), tb_frame), made on first request. */
  frameObject: PyValue = undefined;
  /** A function frame's locals() dict, refreshed on each call of locals() (PyFrame_FastToLocals). */
  localsDict: PyDict | null = null;

  constructor(
    readonly info: CodeInfo,
    public globals: PyDict,
    public builtins: PyDict,
    /** The locals mapping for LOAD_NAME/STORE_NAME (module and class bodies), else null. */
    readonly locals: PyValue,
    public fn: PyFunction | null,
  ) {
    this.s = valueArray(info.framesize);
    this.sp = info.nlocalsplus;
    this.ip = info.entryIp;
  }

  /** Readies a returned frame (locals cleared by release) for another call of the same code. */
  reuse(fn: PyFunction): this {
    this.globals = fn.globals;
    this.builtins = fn.builtins;
    this.fn = fn;
    this.sp = this.info.nlocalsplus;
    this.ip = this.info.entryIp;
    return this;
  }

  /** Clears the locals and parks the frame in its code's free list, unless an object still shows it. */
  release(): void {
    if (this.captured) return;
    const s = this.s;
    for (let i = 0, n = this.info.nlocalsplus; i < n; i++) s[i] = undefined;
    this.back = null;
    this.fn = null;
    this.initSelf = undefined;
    const pool = this.info.freeFrames;
    if (pool.length < MAX_FREE_FRAMES) pool.push(this);
  }
}
