// CodeJSON: the canonical golden form of a code object (CONTRACTS.md).
// scripts/dump_code.py writes the same form for CPython's own code objects, so
// comparing the two compares our compiler with CPython's.

import {
  BytesConst,
  CO_FAST_CELL,
  CO_FAST_FREE,
  CO_FAST_LOCAL,
  CodeObject,
  ComplexConst,
  Ellipsis,
  EllipsisConst,
  FloatConst,
  FrozensetConst,
  StrConst,
  TupleConst,
  type PyConst,
} from './code.js';
import { floatRepr } from './repr.js';

export type ConstJSON =
  | { t: 'none' }
  | { t: 'bool'; v: boolean }
  | { t: 'int'; v: string }
  | { t: 'float'; v: string }
  | { t: 'complex'; v: [string, string] }
  | { t: 'str'; v: string }
  /** A str that JSON text (or a JS string) cannot hold, as its code points (see StrConst). */
  | { t: 'strpoints'; v: number[] }
  | { t: 'bytes'; v: string }
  | { t: 'ellipsis' }
  | { t: 'tuple'; v: ConstJSON[] }
  | { t: 'frozenset'; v: ConstJSON[] }
  | { t: 'code'; v: CodeJSON };

export interface CodeJSON {
  name: string;
  qualname: string;
  filename: string;
  firstlineno: number;
  argcount: number;
  posonlyargcount: number;
  kwonlyargcount: number;
  nlocals: number;
  stacksize: number;
  flags: number;
  code: string;
  consts: ConstJSON[];
  names: string[];
  varnames: string[];
  cellvars: string[];
  freevars: string[];
  linetable: string;
  exceptiontable: string;
}

export function bytesToHex(b: Uint8Array): string {
  let s = '';
  for (const byte of b) s += byte.toString(16).padStart(2, '0');
  return s;
}

export function hexToBytes(hex: string): Uint8Array {
  const out = new Uint8Array(hex.length / 2);
  for (let i = 0; i < out.length; i++) out[i] = parseInt(hex.slice(2 * i, 2 * i + 2), 16);
  return out;
}

/**
 * JSON text as Python's json.dumps(..., ensure_ascii=True) writes it: every
 * non-ASCII UTF-16 unit escaped as \uXXXX. `indent` as json.dumps's.
 */
export function jsonAscii(value: unknown, indent?: number): string {
  return JSON.stringify(value, null, indent).replace(
    /[\u0080-\uffff]/g,
    (ch) => '\\u' + ch.charCodeAt(0).toString(16).padStart(4, '0'),
  );
}

export function constToJSON(c: PyConst): ConstJSON {
  if (c === null) return { t: 'none' };
  if (typeof c === 'boolean') return { t: 'bool', v: c };
  if (typeof c === 'bigint') return { t: 'int', v: c.toString() };
  if (typeof c === 'string') return { t: 'str', v: c };
  if (c instanceof StrConst) return { t: 'strpoints', v: [...c.codePoints] };
  if (c instanceof FloatConst) return { t: 'float', v: floatRepr(c.value) };
  if (c instanceof ComplexConst) return { t: 'complex', v: [floatRepr(c.real), floatRepr(c.imag)] };
  if (c instanceof BytesConst) return { t: 'bytes', v: bytesToHex(c.bytes) };
  if (c instanceof EllipsisConst) return { t: 'ellipsis' };
  if (c instanceof TupleConst) return { t: 'tuple', v: c.items.map(constToJSON) };
  if (c instanceof FrozensetConst) {
    // Sorted by compact ASCII JSON text, as dump_code.py sorts (set order is hash order).
    const items = c.items.map((x) => ({ j: constToJSON(x), key: jsonAscii(constToJSON(x)) }));
    items.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
    return { t: 'frozenset', v: items.map((x) => x.j) };
  }
  return { t: 'code', v: codeToJSON(c) };
}

export function codeToJSON(code: CodeObject): CodeJSON {
  return {
    name: code.name,
    qualname: code.qualname,
    filename: code.filename,
    firstlineno: code.firstlineno,
    argcount: code.argcount,
    posonlyargcount: code.posonlyargcount,
    kwonlyargcount: code.kwonlyargcount,
    nlocals: code.nlocals,
    stacksize: code.stacksize,
    flags: code.flags,
    code: bytesToHex(code.code),
    consts: code.consts.map(constToJSON),
    names: [...code.names],
    varnames: code.varnames,
    cellvars: code.cellvars,
    freevars: code.freevars,
    linetable: bytesToHex(code.linetable),
    exceptiontable: bytesToHex(code.exceptiontable),
  };
}

/** The text `python3 scripts/dump_code.py FILE` prints (without its trailing newline). */
export function codeJSONText(code: CodeObject): string {
  return jsonAscii(codeToJSON(code), 1);
}

function floatFromRepr(s: string): number {
  if (s === 'nan') return NaN;
  if (s === 'inf') return Infinity;
  if (s === '-inf') return -Infinity;
  return Number(s);
}

export function constFromJSON(j: ConstJSON): PyConst {
  switch (j.t) {
    case 'none': return null;
    case 'bool': return j.v;
    case 'int': return BigInt(j.v);
    case 'float': return new FloatConst(floatFromRepr(j.v));
    case 'complex': return new ComplexConst(floatFromRepr(j.v[0]), floatFromRepr(j.v[1]));
    case 'str': return j.v;
    case 'strpoints': return new StrConst(j.v);
    case 'bytes': return new BytesConst(hexToBytes(j.v));
    case 'ellipsis': return Ellipsis;
    case 'tuple': return new TupleConst(j.v.map(constFromJSON));
    case 'frozenset': return new FrozensetConst(j.v.map(constFromJSON));
    case 'code': return codeFromJSON(j.v);
  }
}

/**
 * Rebuilds a code object from CodeJSON. co_localsplusnames is merged as
 * CPython does: varnames, then cells that are not arguments/locals, then frees.
 */
export function codeFromJSON(j: CodeJSON): CodeObject {
  const names = [...j.varnames];
  const kinds = j.varnames.map((n) => CO_FAST_LOCAL | (j.cellvars.includes(n) ? CO_FAST_CELL : 0));
  for (const n of j.cellvars) {
    if (!j.varnames.includes(n)) {
      names.push(n);
      kinds.push(CO_FAST_CELL);
    }
  }
  for (const n of j.freevars) {
    names.push(n);
    kinds.push(CO_FAST_FREE);
  }
  return new CodeObject({
    argcount: j.argcount,
    posonlyargcount: j.posonlyargcount,
    kwonlyargcount: j.kwonlyargcount,
    stacksize: j.stacksize,
    flags: j.flags,
    code: hexToBytes(j.code),
    consts: j.consts.map(constFromJSON),
    names: [...j.names],
    localsplusnames: names,
    localspluskinds: new Uint8Array(kinds),
    filename: j.filename,
    name: j.name,
    qualname: j.qualname,
    firstlineno: j.firstlineno,
    linetable: hexToBytes(j.linetable),
    exceptiontable: hexToBytes(j.exceptiontable),
  });
}
