// The data code generation hands to the flowgraph optimiser and assembler:
// one CompilerUnit per code object, its instructions in basic blocks.
// Mirrors struct compiler_unit / basicblock / instr of CPython 3.11's compile.c.
import { CodeObject, ComplexConst, FloatConst, FrozensetConst, StrConst, TupleConst, BytesConst, type PyConst } from '@pyc-ts/bytecode';

// Pseudo-instructions that exist only before assembly (compile.c 3.11).
export const SETUP_FINALLY = -1;
export const SETUP_CLEANUP = -2;
export const SETUP_WITH = -3;
export const POP_BLOCK = -4;
export const JUMP = -5;
export const JUMP_NO_INTERRUPT = -6;
export const POP_JUMP_IF_FALSE = -7;
export const POP_JUMP_IF_TRUE = -8;
export const POP_JUMP_IF_NONE = -9;
export const POP_JUMP_IF_NOT_NONE = -10;
export const MIN_VIRTUAL_OPCODE = -10;

/** A source location; -1 in every field means "no location" (lineno -1 as in CPython). */
export interface Location {
  lineno: number;
  endLineno: number;
  colOffset: number;
  endColOffset: number;
}

export const NO_LOCATION: Location = Object.freeze({ lineno: -1, endLineno: -1, colOffset: -1, endColOffset: -1 });

export interface Instr {
  opcode: number;
  oparg: number;
  /** Jump target, for jumps and SETUP_* pseudo-instructions. */
  target: BasicBlock | null;
  /** Handler block in force, filled in by the assembler's exception labelling. */
  except: BasicBlock | null;
  lineno: number;
  endLineno: number;
  colOffset: number;
  endColOffset: number;
}

export class BasicBlock {
  /** Previously allocated block (allocation order, as b_list). */
  list: BasicBlock | null = null;
  /** Next block in layout order (fallthrough). */
  next: BasicBlock | null = null;
  instrs: Instr[] = [];
  predecessors = 0;
  startdepth = -1;
  offset = 0;
  /** Exception stack at block entry (assembler): [null, outermost handler, ..., current handler]. */
  exceptStack: (BasicBlock | null)[] | null = null;
  preserveLasti = false;
  /** Ends with a return, raise or unconditional jump (b_nofallthrough). */
  nofallthrough = false;
  visited = false;
  exit = false;
  cold = false;
  warm = false;
  /** Label assigned by the assembler. */
  label = -1;
}

export type ScopeType = 'module' | 'class' | 'function' | 'async_function' | 'lambda' | 'comprehension';

/**
 * Everything one code object's compilation accumulates. Name tables map a name to its index in
 * insertion order (JS Maps keep insertion order, like CPython's dicts).
 */
export interface CompilerUnit {
  scopeType: ScopeType;
  name: string;
  qualname: string;
  /** Constants in insertion order, keyed by constKey(). */
  consts: Map<string, { value: PyConst; index: number }>;
  names: Map<string, number>;
  varnames: Map<string, number>;
  cellvars: Map<string, number>;
  freevars: Map<string, number>;
  argcount: number;
  posonlyargcount: number;
  kwonlyargcount: number;
  firstlineno: number;
  /** The most recently allocated block; follow .list for the rest (as u_blocks). */
  blocks: BasicBlock | null;
  /** The entry block. */
  entry: BasicBlock;
  /** co_flags computed from the symbol table (CO_OPTIMIZED, CO_NEWLOCALS, CO_NESTED, CO_VARARGS, ...). */
  flags: number;
}

/** Allocate a block in the unit (compiler_new_block): it joins the b_list chain, not the layout. */
export function newBlock(u: CompilerUnit): BasicBlock {
  const b = new BasicBlock();
  b.list = u.blocks;
  u.blocks = b;
  return b;
}

/**
 * A key under which equal-but-distinguishable constants stay apart, as CPython's
 * _PyCode_ConstantKey: 1, 1.0, True, 0.0 and -0.0 are all different constants.
 */
export function constKey(c: PyConst): string {
  if (c === null) return 'N';
  switch (typeof c) {
    case 'boolean':
      return c ? 'T' : 'F';
    case 'bigint':
      return 'i' + c.toString();
    case 'string':
      return 's' + c;
  }
  if (c instanceof StrConst) return 'S' + c.codePoints.join(',');
  // A NaN is unequal even to itself, so each NaN object is a constant of its own.
  if (c instanceof FloatConst) return Number.isNaN(c.value) ? 'f' + nanIdentity(c) : 'f' + floatKey(c.value);
  if (c instanceof ComplexConst) {
    return Number.isNaN(c.real) || Number.isNaN(c.imag) ? 'c' + nanIdentity(c) : 'c' + floatKey(c.real) + ',' + floatKey(c.imag);
  }
  if (c instanceof BytesConst) return 'b' + Array.from(c.bytes, (b) => b.toString(16).padStart(2, '0')).join('');
  if (c instanceof TupleConst) return 't(' + c.items.map(constKey).join('|') + ')';
  if (c instanceof FrozensetConst) return 'z(' + c.items.map(constKey).sort().join('|') + ')';
  if (c instanceof CodeObject) return 'o' + codeValueKey(c);
  return 'e'; // Ellipsis
}

const nanIds = new WeakMap<object, string>();
let nextNanId = 0;
function nanIdentity(c: object): string {
  let id = nanIds.get(c);
  if (id === undefined) nanIds.set(c, (id = `nan#${nextNanId++}`));
  return id;
}

function floatKey(x: number): string {
  return Object.is(x, -0) ? '-0' : String(x);
}

// Code objects are constants keyed by value: _PyCode_ConstantKey keeps a code object
// as its own key, and code_richcompare compares these fields (not the qualname), so
// two equal code objects (a loop condition compiled twice) are one constant.
// Fields are joined length-prefixed, so a nested code object's key is embedded as it is
// (quoting it would double its escapes at every level of nesting).
const codeKeys = new WeakMap<CodeObject, string>();
function codeValueKey(c: CodeObject): string {
  let key = codeKeys.get(c);
  if (key === undefined) {
    const hex = (b: Uint8Array) => Array.from(b, (x) => x.toString(16).padStart(2, '0')).join('');
    const field = (s: string) => `${s.length}:${s}`;
    const list = (xs: string[]) => field(xs.map(field).join(''));
    key = [
      field(c.name), field(`${c.argcount},${c.posonlyargcount},${c.kwonlyargcount},${c.flags},${c.firstlineno}`), field(hex(c.code)),
      list(c.consts.map(constKey)), list(c.names), list(c.localsplusnames), field(hex(c.linetable)), field(hex(c.exceptiontable)),
    ].join('');
    codeKeys.set(c, key);
  }
  return key;
}
