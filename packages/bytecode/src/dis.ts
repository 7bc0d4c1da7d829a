// A disassembler printing exactly what CPython 3.11's `python3 -m dis FILE`
// prints (Lib/dis.py: _disassemble_recursive with show_caches off).

import { CodeObject } from './code.js';
import { decodeExceptionTable } from './exceptiontable.js';
import { codeLines } from './linetable.js';
import {
  BINARY_OP,
  DEOPT,
  EXTENDED_ARG,
  FORMAT_VALUE,
  HAVE_ARGUMENT,
  INLINE_CACHE_ENTRIES,
  LOAD_CONST,
  LOAD_GLOBAL,
  MAKE_FUNCTION,
  NB_OPS,
  allOpname,
  cmp_op,
  hascompare,
  hasconst,
  hasfree,
  hasjabs,
  hasjrel,
  haslocal,
  hasname,
  opname,
} from './opcodes.js';
import { codeRepr, reprConst } from './repr.js';

const OPNAME_WIDTH = 20;
const OPARG_WIDTH = 5;
const INT_OVERFLOW = 2 ** 31;
const FORMAT_VALUE_CONVERTERS = ['', 'str', 'repr', 'ascii'];
const MAKE_FUNCTION_FLAGS = ['defaults', 'kwdefaults', 'annotations', 'closure'];

/** One decoded instruction (dis.Instruction without positions). */
export interface Instruction {
  opname: string;
  opcode: number;
  /** The argument with EXTENDED_ARG prefixes folded in; null below HAVE_ARGUMENT. */
  arg: number | null;
  argrepr: string;
  /** Byte offset. */
  offset: number;
  startsLine: number | null;
  isJumpTarget: boolean;
}

/** dis._unpack_opargs: [byte offset, opcode, arg] per instruction, skipping CACHE entries. */
export function unpackOpargs(code: Uint8Array): [number, number, number | null][] {
  const out: [number, number, number | null][] = [];
  let extendedArg = 0;
  let caches = 0;
  for (let i = 0; i < code.length; i += 2) {
    if (caches) {
      caches--;
      continue;
    }
    const op = code[i];
    const deop = DEOPT[op];
    caches = INLINE_CACHE_ENTRIES[deop];
    let arg: number | null = null;
    if (deop >= HAVE_ARGUMENT) {
      arg = code[i + 1] + extendedArg;
      // The oparg is a C int: it wraps like one.
      extendedArg = deop === EXTENDED_ARG ? arg * 256 : 0;
      if (extendedArg >= INT_OVERFLOW) extendedArg -= 2 * INT_OVERFLOW;
    } else {
      extendedArg = 0;
    }
    out.push([i, op, arg]);
  }
  return out;
}

function isBackwardJump(op: number): boolean {
  return opname[op].includes('JUMP_BACKWARD');
}

function jumpTarget(offset: number, op: number, arg: number): number | null {
  if (hasjrel.has(op)) return offset + 2 + (isBackwardJump(op) ? -arg : arg) * 2;
  if (hasjabs.has(op)) return arg * 2;
  return null;
}

/** dis.findlinestarts: byte offset -> line, where a new line starts. */
export function findLineStarts(code: CodeObject): Map<number, number> {
  const starts = new Map<number, number>();
  let last: number | null = null;
  for (const [start, , line] of codeLines(code)) {
    if (line !== null && line !== last) {
      last = line;
      starts.set(start, line);
    }
  }
  return starts;
}

/** dis.get_instructions(code) with show_caches off. */
export function getInstructions(code: CodeObject, lineStarts = findLineStarts(code)): Instruction[] {
  const ops = unpackOpargs(code.code);
  const labels = new Set<number>();
  for (const [offset, op, arg] of ops) {
    if (arg === null) continue;
    const target = jumpTarget(offset, op, arg);
    if (target !== null) labels.add(target);
  }
  for (const e of decodeExceptionTable(code.exceptiontable)) labels.add(e.target * 2);
  return ops.map(([offset, op, arg]) => ({
    opname: allOpname[op],
    opcode: op,
    arg,
    argrepr: arg === null ? '' : argRepr(code, offset, DEOPT[op], arg),
    offset,
    startsLine: lineStarts.get(offset) ?? null,
    isJumpTarget: labels.has(offset),
  }));
}

function argRepr(code: CodeObject, offset: number, deop: number, arg: number): string {
  if (hasconst.has(deop)) return deop === LOAD_CONST ? reprConst(code.consts[arg]) : '';
  if (hasname.has(deop)) {
    if (deop === LOAD_GLOBAL) {
      const name = code.names[arg >> 1];
      return arg & 1 ? 'NULL + ' + name : name;
    }
    return code.names[arg];
  }
  const target = jumpTarget(offset, deop, arg);
  if (target !== null) return 'to ' + target;
  if (haslocal.has(deop) || hasfree.has(deop)) return code.localsplusnames[arg];
  if (hascompare.has(deop)) return cmp_op[arg];
  if (deop === FORMAT_VALUE) {
    const conv = FORMAT_VALUE_CONVERTERS[arg & 3];
    return arg & 4 ? (conv ? conv + ', ' : '') + 'with format' : conv;
  }
  if (deop === MAKE_FUNCTION) return MAKE_FUNCTION_FLAGS.filter((_, i) => arg & (1 << i)).join(', ');
  if (deop === BINARY_OP) return NB_OPS[arg][1];
  return '';
}

/** Instruction._disassemble */
function formatInstruction(ins: Instruction, linenoWidth: number, offsetWidth: number): string {
  const fields: string[] = [];
  if (linenoWidth) {
    fields.push(ins.startsLine !== null ? String(ins.startsLine).padStart(linenoWidth) : ' '.repeat(linenoWidth));
  }
  fields.push('   ');
  fields.push(ins.isJumpTarget ? '>>' : '  ');
  fields.push(String(ins.offset).padStart(offsetWidth));
  fields.push(ins.opname.padEnd(OPNAME_WIDTH));
  if (ins.arg !== null) {
    fields.push(String(ins.arg).padStart(OPARG_WIDTH));
    if (ins.argrepr) fields.push('(' + ins.argrepr + ')');
  }
  return fields.join(' ').trimEnd();
}

/** dis.disassemble(code): one code object, without nested ones. Lines end with '\n'. */
export function disassembleOne(code: CodeObject): string {
  const lineStarts = findLineStarts(code);
  const instructions = getInstructions(code, lineStarts);
  const showLineno = lineStarts.size > 0;
  const maxLineno = showLineno ? Math.max(...lineStarts.values()) : 0;
  const linenoWidth = !showLineno ? 0 : maxLineno >= 1000 ? String(maxLineno).length : 3;
  const maxOffset = code.code.length - 2;
  const offsetWidth = maxOffset >= 10000 ? String(maxOffset).length : 4;
  let out = '';
  for (const ins of instructions) {
    if (showLineno && ins.startsLine !== null && ins.offset > 0) out += '\n';
    out += formatInstruction(ins, linenoWidth, offsetWidth) + '\n';
  }
  const entries = decodeExceptionTable(code.exceptiontable);
  if (entries.length > 0) {
    out += 'ExceptionTable:\n';
    for (const e of entries) {
      out += `  ${e.start * 2} to ${e.end * 2 - 2} -> ${e.target * 2} [${e.depth}]${e.lasti ? ' lasti' : ''}\n`;
    }
  }
  return out;
}

/**
 * Exactly what `python3 -m dis FILE` prints for a module code object: its
 * disassembly, then each nested code object's, depth first in co_consts order.
 */
export function disassemble(code: CodeObject): string {
  let out = disassembleOne(code);
  for (const c of code.consts) {
    if (c instanceof CodeObject) out += `\nDisassembly of ${codeRepr(c)}:\n` + disassemble(c);
  }
  return out;
}
