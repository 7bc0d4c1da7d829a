// The assembler: turns a unit's basic blocks into a CodeObject, identical to
// what CPython 3.11 produces. Mirrors assemble() and makecode() of 3.11's compile.c.
import * as op from '@pyc-ts/bytecode';
import { CodeObject, CO_ASYNC_GENERATOR, CO_COROUTINE, CO_FAST_CELL, CO_FAST_FREE, CO_FAST_LOCAL,
  CO_GENERATOR, LocationTableEncoder, encodeExceptionTable, type ExceptionTableEntry } from '@pyc-ts/bytecode';
import { BasicBlock, type CompilerUnit, type Instr, JUMP, JUMP_NO_INTERRUPT, NO_LOCATION, POP_JUMP_IF_FALSE,
  POP_JUMP_IF_NONE, POP_JUMP_IF_NOT_NONE, POP_JUMP_IF_TRUE, constKey, newBlock } from './unit.js';
import { cacheEntries, hasArg, instrSize, isEndOfBasicBlock, isJump, isRelativeJump, lastInstr } from './instr.js';
import { ConstList, cleanBasicBlock, convertExceptionHandlersToNops, duplicateExitsWithoutLineno, extendBlock,
  guaranteeLinenoForExits, labelExceptionTargets, normalizeBasicBlock, optimizeCfg, propagateLineNumbers,
  trimUnusedConsts } from './flowgraph.js';
import { stackdepth } from './stackdepth.js';

const GENERATOR_FLAGS = CO_GENERATOR | CO_COROUTINE | CO_ASYNC_GENERATOR;

function makeInstr(opcode: number, oparg: number, lineno = -1, colOffset = -1, endLineno = -1,
  endColOffset = -1): Instr {
  return { opcode, oparg, target: null, except: null, lineno, endLineno, colOffset, endColOffset };
}

/** The blocks in layout order, entry first. */
function layout(entry: BasicBlock): BasicBlock[] {
  const blocks: BasicBlock[] = [];
  for (let b: BasicBlock | null = entry; b !== null; b = b.next) blocks.push(b);
  return blocks;
}

/** Append `return None` (no location) unless the code already ends in a return. */
function addImplicitReturn(u: CompilerUnit, addNone: boolean): void {
  let last = u.entry;
  while (last.next !== null) last = last.next;
  if (last.instrs.some((i) => i.opcode === op.RETURN_VALUE)) return;
  // After a jump, return or raise, codegen would start a new block for the next instruction.
  const tail = lastInstr(last);
  if (tail !== undefined && isEndOfBasicBlock(tail)) {
    const b = newBlock(u);
    last.next = b;
    last = b;
  }
  const loc = NO_LOCATION;
  if (addNone) {
    last.instrs.push(makeInstr(op.LOAD_CONST, addConst(u, null), loc.lineno, loc.colOffset, loc.endLineno,
      loc.endColOffset));
  }
  last.instrs.push(makeInstr(op.RETURN_VALUE, 0, loc.lineno, loc.colOffset, loc.endLineno, loc.endColOffset));
}

function addConst(u: CompilerUnit, value: null): number {
  const key = constKey(value);
  const found = u.consts.get(key);
  if (found !== undefined) return found.index;
  const index = u.consts.size;
  u.consts.set(key, { value, index });
  return index;
}

/**
 * Where each cell and free variable lives in localsplus (build_cellfixedoffsets):
 * index i of the cell+free space maps to nlocals + i, except cells that are also
 * arguments, which share the argument's slot.
 */
function buildCellFixedOffsets(u: CompilerUnit): number[] {
  const nlocals = u.varnames.size;
  const fixed: number[] = [];
  for (let i = 0; i < u.cellvars.size + u.freevars.size; i++) fixed.push(nlocals + i);
  for (const [name, cellIndex] of u.cellvars) {
    const varIndex = u.varnames.get(name);
    if (varIndex !== undefined) fixed[cellIndex] = varIndex;
  }
  return fixed;
}

/** COPY_FREE_VARS, MAKE_CELLs, then RETURN_GENERATOR; POP_TOP, ahead of the code (insert_prefix_instructions). */
function insertPrefixInstructions(u: CompilerUnit, entry: BasicBlock, fixed: number[]): void {
  const prefix: Instr[] = [];
  if (u.freevars.size > 0) prefix.push(makeInstr(op.COPY_FREE_VARS, u.freevars.size));
  // MAKE_CELLs go in localsplus order (argument cells come first).
  const ncells = u.cellvars.size;
  const sorted: number[] = new Array<number>(ncells + u.varnames.size).fill(0);
  for (let i = 0; i < ncells; i++) sorted[fixed[i]] = i + 1;
  for (const s of sorted) {
    if (s !== 0) prefix.push(makeInstr(op.MAKE_CELL, s - 1));
  }
  if ((u.flags & GENERATOR_FLAGS) !== 0) {
    prefix.push(makeInstr(op.RETURN_GENERATOR, 0, u.firstlineno, -1, u.firstlineno, -1));
    prefix.push(makeInstr(op.POP_TOP, 0));
  }
  entry.instrs.unshift(...prefix);
}

const DEREF_OPS: ReadonlySet<number> = new Set([
  op.MAKE_CELL, op.LOAD_CLOSURE, op.LOAD_DEREF, op.STORE_DEREF, op.DELETE_DEREF, op.LOAD_CLASSDEREF,
]);

/** Rewrite cell/free opargs to localsplus indexes; returns how many cells share an argument's slot. */
function fixCellOffsets(u: CompilerUnit, entry: BasicBlock, fixed: number[]): number {
  const nlocals = u.varnames.size;
  let numdropped = 0;
  for (let i = 0; i < fixed.length; i++) {
    if (fixed[i] === i + nlocals) fixed[i] -= numdropped;
    else numdropped++; // an argument cell
  }
  for (let b: BasicBlock | null = entry; b !== null; b = b.next) {
    for (const instr of b.instrs) {
      if (DEREF_OPS.has(instr.opcode)) instr.oparg = fixed[instr.oparg];
    }
  }
  return numdropped;
}

/** Pseudo jumps become real forward or backward jumps, now that the layout is final (normalize_jumps). */
function normalizeJumps(blocks: BasicBlock[]): void {
  for (const b of blocks) b.visited = false;
  for (const b of blocks) {
    b.visited = true;
    const last = lastInstr(b);
    if (last === undefined || !isJump(last)) continue;
    const forward = !last.target!.visited;
    switch (last.opcode) {
      case JUMP:
        last.opcode = forward ? op.JUMP_FORWARD : op.JUMP_BACKWARD;
        break;
      case JUMP_NO_INTERRUPT:
        last.opcode = forward ? op.JUMP_FORWARD : op.JUMP_BACKWARD_NO_INTERRUPT;
        break;
      case POP_JUMP_IF_NOT_NONE:
        last.opcode = forward ? op.POP_JUMP_FORWARD_IF_NOT_NONE : op.POP_JUMP_BACKWARD_IF_NOT_NONE;
        break;
      case POP_JUMP_IF_NONE:
        last.opcode = forward ? op.POP_JUMP_FORWARD_IF_NONE : op.POP_JUMP_BACKWARD_IF_NONE;
        break;
      case POP_JUMP_IF_FALSE:
        last.opcode = forward ? op.POP_JUMP_FORWARD_IF_FALSE : op.POP_JUMP_BACKWARD_IF_FALSE;
        break;
      case POP_JUMP_IF_TRUE:
        last.opcode = forward ? op.POP_JUMP_FORWARD_IF_TRUE : op.POP_JUMP_BACKWARD_IF_TRUE;
        break;
      case op.JUMP_IF_TRUE_OR_POP:
      case op.JUMP_IF_FALSE_OR_POP:
        if (!forward) throw new Error(`internal error: unexpected ${op.opname[last.opcode]} jumping backwards`);
        break;
    }
  }
}

function blockSize(b: BasicBlock): number {
  let size = 0;
  for (const instr of b.instrs) size += instrSize(instr);
  return size;
}

/**
 * Give blocks their offsets and jumps their (relative) arguments, repeating
 * until no jump needs a different number of EXTENDED_ARGs (assemble_jump_offsets).
 */
function assembleJumpOffsets(u: CompilerUnit, blocks: BasicBlock[]): void {
  // Jumps start from oparg 0, as CPython's zero-filled instructions do: the fixpoint
  // reached (how many EXTENDED_ARGs each jump gets) depends on where it starts.
  for (const b of blocks) {
    for (const instr of b.instrs) if (isJump(instr)) instr.oparg = 0;
  }
  let recompile: boolean;
  do {
    let totsize = 0;
    for (const b of blocks) {
      b.offset = totsize;
      totsize += blockSize(b);
    }
    recompile = false;
    for (let b = u.blocks; b !== null; b = b.list) {
      let bsize = b.offset;
      for (const instr of b.instrs) {
        const isize = instrSize(instr);
        // Relative to the instruction after the jump.
        bsize += isize;
        if (isJump(instr)) {
          instr.oparg = instr.target!.offset;
          if (isRelativeJump(instr)) {
            instr.oparg = instr.oparg < bsize ? bsize - instr.oparg : instr.oparg - bsize;
          }
          if (instrSize(instr) !== isize) recompile = true;
        }
      }
    }
  } while (recompile);
}

/** write_instr: EXTENDED_ARG prefixes, the instruction, then its CACHE entries. */
function emitInstr(out: number[], instr: Instr): void {
  const oparg = hasArg(instr.opcode) ? instr.oparg : 0;
  const ilen = instrSize(instr) - cacheEntries(instr.opcode);
  if (ilen >= 4) out.push(op.EXTENDED_ARG, (oparg >>> 24) & 0xff);
  if (ilen >= 3) out.push(op.EXTENDED_ARG, (oparg >>> 16) & 0xff);
  if (ilen >= 2) out.push(op.EXTENDED_ARG, (oparg >>> 8) & 0xff);
  out.push(instr.opcode, oparg & 0xff);
  for (let i = cacheEntries(instr.opcode); i > 0; i--) out.push(op.CACHE, 0);
}

/** assemble_exception_table: one entry per run of instructions sharing a handler. */
function assembleExceptionTable(blocks: BasicBlock[]): Uint8Array {
  const entries: ExceptionTableEntry[] = [];
  let handler: BasicBlock | null = null;
  let start = -1;
  let ioffset = 0;
  const add = (end: number, h: BasicBlock): void => {
    // The handler's entry depth counts the pushed exception (and lasti); the table does not.
    const depth = h.startdepth - 1 - (h.preserveLasti ? 1 : 0);
    entries.push({ start, end, target: h.offset, depth, lasti: h.preserveLasti });
  };
  for (const b of blocks) {
    ioffset = b.offset;
    for (const instr of b.instrs) {
      if (instr.except !== handler) {
        if (handler !== null) add(ioffset, handler);
        start = ioffset;
        handler = instr.except;
      }
      ioffset += instrSize(instr);
    }
  }
  if (handler !== null) add(ioffset, handler);
  return encodeExceptionTable(entries);
}

/** co_localsplusnames and co_localspluskinds (compute_localsplus_info). */
function localsPlus(u: CompilerUnit, nlocalsplus: number): { names: string[]; kinds: Uint8Array } {
  const names: string[] = new Array<string>(nlocalsplus);
  const kinds = new Uint8Array(nlocalsplus);
  for (const [name, offset] of u.varnames) {
    names[offset] = name;
    kinds[offset] = CO_FAST_LOCAL | (u.cellvars.has(name) ? CO_FAST_CELL : 0);
  }
  const nlocals = u.varnames.size;
  // Mirrors the slot sharing done in fixCellOffsets.
  let numdropped = 0;
  for (const [name, index] of u.cellvars) {
    if (u.varnames.has(name)) {
      numdropped++;
      continue;
    }
    names[index + nlocals - numdropped] = name;
    kinds[index + nlocals - numdropped] = CO_FAST_CELL;
  }
  for (const [name, index] of u.freevars) {
    names[index + nlocals - numdropped] = name;
    kinds[index + nlocals - numdropped] = CO_FAST_FREE;
  }
  return { names, kinds };
}

function namesInOrder(map: Map<string, number>): string[] {
  const names: string[] = new Array<string>(map.size);
  for (const [name, index] of map) names[index] = name;
  return names;
}

/**
 * Optimise and assemble a unit's flow graph into a code object. Expects the
 * unit as CPython's codegen leaves it: u.argcount counts positional-or-keyword
 * parameters only (positional-only ones are in u.posonlyargcount), and
 * u.freevars indexes continue after u.cellvars (as u_freevars does).
 */
export function assemble(u: CompilerUnit, filename: string, addNone: boolean): CodeObject {
  addImplicitReturn(u, addNone);
  for (let b = u.blocks; b !== null; b = b.list) normalizeBasicBlock(b);
  for (let b = u.blocks; b !== null; b = b.list) extendBlock(b);
  const entry = u.entry;

  const nlocalsplusAll = u.varnames.size + u.cellvars.size + u.freevars.size;
  const fixed = buildCellFixedOffsets(u);
  if (!u.firstlineno) {
    const first = entry.instrs[0];
    u.firstlineno = first !== undefined && first.lineno ? first.lineno : 1;
  }
  // Must precede fixCellOffsets: MAKE_CELL's oparg is a cell index until then.
  insertPrefixInstructions(u, entry, fixed);
  const nlocalsplus = nlocalsplusAll - fixCellOffsets(u, entry, fixed);

  const consts = ConstList.fromUnit(u);
  optimizeCfg(u, entry, consts);
  duplicateExitsWithoutLineno(u);
  trimUnusedConsts(entry, consts);
  propagateLineNumbers(entry);
  guaranteeLinenoForExits(entry, u.firstlineno);
  const maxdepth = stackdepth(entry, u.blocks, (u.flags & GENERATOR_FLAGS) !== 0);

  labelExceptionTargets(entry);
  convertExceptionHandlersToNops(entry);
  for (let b: BasicBlock | null = entry; b !== null; b = b.next) cleanBasicBlock(b);

  const blocks = layout(entry);
  normalizeJumps(blocks);
  assembleJumpOffsets(u, blocks);

  const code: number[] = [];
  for (const b of blocks) for (const instr of b.instrs) emitInstr(code, instr);
  const locations = new LocationTableEncoder(u.firstlineno);
  for (const b of blocks) {
    for (const i of b.instrs) {
      locations.emit(instrSize(i), { lineno: i.lineno, endLineno: i.endLineno, col: i.colOffset, endCol: i.endColOffset });
    }
  }
  const exceptiontable = assembleExceptionTable(blocks);

  const { names: localsplusnames, kinds: localspluskinds } = localsPlus(u, nlocalsplus);
  return new CodeObject({
    argcount: u.posonlyargcount + u.argcount,
    posonlyargcount: u.posonlyargcount,
    kwonlyargcount: u.kwonlyargcount,
    stacksize: maxdepth,
    flags: u.flags,
    code: Uint8Array.from(code),
    consts: consts.values,
    names: namesInOrder(u.names),
    localsplusnames,
    localspluskinds,
    filename,
    name: u.name,
    qualname: u.qualname || u.name,
    firstlineno: u.firstlineno,
    linetable: locations.bytes(),
    exceptiontable,
  });
}
