// Peephole passes of the flowgraph optimiser, seen through assemble() on hand-built
// units shaped as CPython 3.11's codegen leaves them; expected code objects come
// from CPython's compile() (scripts/gen_assemble_goldens.py).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import * as op from '@pyc-ts/bytecode';
import { type CodeObject } from '@pyc-ts/bytecode';
import { assemble } from '../src/assemble.js';
import { BasicBlock, type CompilerUnit, type Instr, JUMP, POP_JUMP_IF_FALSE, POP_JUMP_IF_TRUE, constKey, newBlock } from '../src/unit.js';
import { ConstList, cleanBasicBlock } from '../src/flowgraph.js';

const golden = JSON.parse(readFileSync(new URL('./golden/assemble.json', import.meta.url), 'utf8')) as
  Record<string, Record<string, unknown>>;

type Loc = [lineno: number, col: number, endLineno: number, endCol: number] | null;

function ins(opcode: number, oparg: number, loc: Loc, target: BasicBlock | null = null): Instr {
  const [lineno, colOffset, endLineno, endColOffset] = loc ?? [-1, -1, -1, -1];
  return { opcode, oparg, target, except: null, lineno, colOffset, endLineno, endColOffset };
}

/** A function unit `f` defined on line 1, with None as its first constant (no docstring). */
function functionUnit(params: string[]): CompilerUnit {
  const u: CompilerUnit = {
    scopeType: 'function', name: 'f', qualname: 'f', consts: new Map(), names: new Map(), varnames: new Map(),
    cellvars: new Map(), freevars: new Map(), argcount: params.length, posonlyargcount: 0, kwonlyargcount: 0,
    firstlineno: 1, blocks: null, entry: undefined as unknown as BasicBlock, flags: 0x3,
  };
  u.entry = newBlock(u);
  u.consts.set(constKey(null), { value: null, index: 0 });
  params.forEach((p, i) => u.varnames.set(p, i));
  u.entry.instrs.push(ins(op.RESUME, 0, [1, 0, 1, 0]));
  return u;
}

function konst(u: CompilerUnit, value: bigint | boolean): number {
  const key = constKey(value);
  if (!u.consts.has(key)) u.consts.set(key, { value, index: u.consts.size });
  return u.consts.get(key)!.index;
}

const hex = (b: Uint8Array): string => Buffer.from(b).toString('hex');

function summary(code: CodeObject) {
  return { code: hex(code.code), linetable: hex(code.linetable), exceptiontable: hex(code.exceptiontable),
    stacksize: code.stacksize, nconsts: code.consts.length, varnames: code.varnames, cellvars: code.cellvars,
    freevars: code.freevars, flags: code.flags };
}

describe('optimize_cfg', () => {
  it('BUILD_TUPLE 2; UNPACK_SEQUENCE 2 becomes a SWAP, applied statically to the stores', () => {
    // def f(a, b):\n    a, b = b, a
    const u = functionUnit(['a', 'b']);
    u.entry.instrs.push(
      ins(op.LOAD_FAST, 1, [2, 11, 2, 12]),
      ins(op.LOAD_FAST, 0, [2, 14, 2, 15]),
      ins(op.BUILD_TUPLE, 2, [2, 11, 2, 15]),
      ins(op.UNPACK_SEQUENCE, 2, [2, 4, 2, 8]),
      ins(op.STORE_FAST, 0, [2, 4, 2, 5]),
      ins(op.STORE_FAST, 1, [2, 7, 2, 8]),
    );
    expect(summary(assemble(u, 'f', true))).toEqual(golden.swap);
  });

  it('LOAD_CONST None; IS_OP; POP_JUMP_IF_FALSE becomes POP_JUMP_IF_NOT_NONE', () => {
    // def f(a):\n    if a is None:\n        return 1\n    return 2
    const u = functionUnit(['a']);
    const body = newBlock(u);
    const next = newBlock(u);
    const end = newBlock(u);
    u.entry.instrs.push(
      ins(op.LOAD_FAST, 0, [2, 7, 2, 8]),
      ins(op.LOAD_CONST, 0, [2, 12, 2, 16]),
      ins(op.IS_OP, 0, [2, 7, 2, 16]),
      ins(POP_JUMP_IF_FALSE, 0, [2, 7, 2, 16], next), // 3.11.7 gives a Compare test's jump its location,
    );
    // `return <constant>` is located at the constant, behind a NOP.
    const ret = (b: BasicBlock, value: bigint, loc: Loc): void => {
      b.instrs.push(ins(op.NOP, 0, loc), ins(op.LOAD_CONST, konst(u, value), loc), ins(op.RETURN_VALUE, 0, loc));
    };
    ret(body, 1n, [3, 15, 3, 16]);
    ret(next, 2n, [4, 11, 4, 12]);
    u.entry.next = body;
    body.next = next;
    next.next = end;
    expect(summary(assemble(u, 'f', true))).toEqual(golden.is_none);
  });

  it('PUSH_NULL folds into the following LOAD_GLOBAL', () => {
    // def f():\n    g()
    const u = functionUnit([]);
    u.names.set('g', 0);
    u.entry.instrs.push(
      ins(op.PUSH_NULL, 0, [2, 4, 2, 7]),
      ins(op.LOAD_GLOBAL, 0, [2, 4, 2, 5]),
      ins(op.PRECALL, 0, [2, 4, 2, 7]),
      ins(op.CALL, 0, [2, 4, 2, 7]),
      ins(op.POP_TOP, 0, [2, 4, 2, 7]),
    );
    expect(summary(assemble(u, 'f', true))).toEqual(golden.global_call);
  });

  it('constant loop conditions become NOP / JUMP; the unreachable implicit return and its True go', () => {
    // def f():\n    while True:\n        x()
    const u = functionUnit([]);
    u.names.set('x', 0);
    const [loop, body, anchor, end] = [newBlock(u), newBlock(u), newBlock(u), newBlock(u)];
    const stmt: Loc = [2, 4, 3, 11];
    loop.instrs.push(ins(op.LOAD_CONST, konst(u, true), [2, 10, 2, 14]), ins(POP_JUMP_IF_FALSE, 0, stmt, anchor));
    body.instrs.push(
      ins(op.PUSH_NULL, 0, [3, 8, 3, 11]),
      ins(op.LOAD_GLOBAL, 0, [3, 8, 3, 9]),
      ins(op.PRECALL, 0, [3, 8, 3, 11]),
      ins(op.CALL, 0, [3, 8, 3, 11]),
      ins(op.POP_TOP, 0, [3, 8, 3, 11]),
      ins(op.LOAD_CONST, konst(u, true), [2, 10, 2, 14]),
      ins(POP_JUMP_IF_TRUE, 0, stmt, body),
    );
    u.entry.next = loop;
    loop.next = body;
    body.next = anchor;
    anchor.next = end;
    expect(summary(assemble(u, 'f', true))).toEqual(golden.while_true);
  });

  it('for loop: the artificial back jump and the return after the loop take propagated lines', () => {
    // def f(a):\n    for x in a:\n        g(x)
    const u = functionUnit(['a']);
    u.varnames.set('x', 1);
    u.names.set('g', 0);
    const [start, body, cleanup, end] = [newBlock(u), newBlock(u), newBlock(u), newBlock(u)];
    const stmt: Loc = [2, 4, 3, 12];
    const call: Loc = [3, 8, 3, 12];
    u.entry.instrs.push(ins(op.LOAD_FAST, 0, [2, 13, 2, 14]), ins(op.GET_ITER, 0, stmt));
    start.instrs.push(ins(op.FOR_ITER, 0, stmt, cleanup));
    body.instrs.push(
      ins(op.STORE_FAST, 1, [2, 8, 2, 9]),
      ins(op.PUSH_NULL, 0, call),
      ins(op.LOAD_GLOBAL, 0, [3, 8, 3, 9]),
      ins(op.LOAD_FAST, 1, [3, 10, 3, 11]),
      ins(op.PRECALL, 1, call),
      ins(op.CALL, 1, call),
      ins(op.POP_TOP, 0, call),
      ins(JUMP, 0, null, start),
    );
    u.entry.next = start;
    start.next = body;
    body.next = cleanup;
    cleanup.next = end;
    expect(summary(assemble(u, 'f', true))).toEqual(golden.for_loop);
  });

  it('an exit without a line reached by several jumps is duplicated per jump', () => {
    // def f(a, b):\n    if a:\n        if b:\n            x()
    const u = functionUnit(['a', 'b']);
    u.names.set('x', 0);
    // Blocks in allocation order, as compiler_if allocates them.
    const [end1, inner, end2, call] = [newBlock(u), newBlock(u), newBlock(u), newBlock(u)];
    u.entry.instrs.push(ins(op.LOAD_FAST, 0, [2, 7, 2, 8]), ins(POP_JUMP_IF_FALSE, 0, [2, 4, 4, 15], end1));
    inner.instrs.push(ins(op.LOAD_FAST, 1, [3, 11, 3, 12]), ins(POP_JUMP_IF_FALSE, 0, [3, 8, 4, 15], end2));
    const loc: Loc = [4, 12, 4, 15];
    call.instrs.push(
      ins(op.PUSH_NULL, 0, loc),
      ins(op.LOAD_GLOBAL, 0, [4, 12, 4, 13]),
      ins(op.PRECALL, 0, loc),
      ins(op.CALL, 0, loc),
      ins(op.POP_TOP, 0, loc),
    );
    u.entry.next = inner;
    inner.next = call;
    call.next = end2;
    end2.next = end1;
    expect(summary(assemble(u, 'f', true))).toEqual(golden.nested_ifs);
  });

  it('JUMP_IF_FALSE_OR_POP to a JUMP_IF_TRUE_OR_POP becomes POP_JUMP_IF_FALSE past it', () => {
    // def f(a, b, c):\n    return a and b or c
    const u = functionUnit(['a', 'b', 'c']);
    const endOr = newBlock(u);
    const endAnd = newBlock(u);
    u.entry.instrs.push(ins(op.LOAD_FAST, 0, [2, 11, 2, 12]), ins(op.JUMP_IF_FALSE_OR_POP, 0, [2, 11, 2, 18], endAnd));
    const next1 = newBlock(u);
    next1.instrs.push(ins(op.LOAD_FAST, 1, [2, 17, 2, 18]));
    endAnd.instrs.push(ins(op.JUMP_IF_TRUE_OR_POP, 0, [2, 11, 2, 23], endOr));
    const next2 = newBlock(u);
    next2.instrs.push(ins(op.LOAD_FAST, 2, [2, 22, 2, 23]));
    endOr.instrs.push(ins(op.RETURN_VALUE, 0, [2, 4, 2, 23]));
    u.entry.next = next1;
    next1.next = endAnd;
    endAnd.next = next2;
    next2.next = endOr;
    expect(summary(assemble(u, 'f', true))).toEqual(golden.bool_ops);
  });

  it('clean_basic_block keeps a NOP only where it is the sole carrier of its line', () => {
    const b = new BasicBlock();
    b.instrs.push(
      ins(op.NOP, 0, [1, 0, 1, 1]), // kept: line 1 starts here
      ins(op.LOAD_CONST, 0, [2, 0, 2, 1]),
      ins(op.NOP, 0, [2, 0, 2, 1]), // dropped: same line as the previous instruction
      ins(op.NOP, 0, null), // dropped: no line
      ins(op.NOP, 0, [3, 0, 3, 1]), // dropped: gives its location to the next, which has none
      ins(op.POP_TOP, 0, null),
    );
    cleanBasicBlock(b);
    expect(b.instrs.map((i) => [i.opcode, i.lineno])).toEqual([[op.NOP, 1], [op.LOAD_CONST, 2], [op.POP_TOP, 3]]);
  });

  it('ConstList finds equal constants by key and appends new ones', () => {
    const consts = new ConstList();
    expect(consts.indexOf(1n)).toBe(0);
    expect(consts.indexOf(true)).toBe(1);
    expect(consts.indexOf(1n)).toBe(0);
    consts.truncate(1);
    expect(consts.values).toEqual([1n]);
  });

  it('swaptimize replaces any run of SWAPs by one with the same effect, never longer', () => {
    // Stack items are named by the LOAD_NAME that pushed them; simulate SWAPs on that stack.
    const permute = (swaps: number[]): number[] => {
      const stack = [0, 1, 2, 3, 4];
      for (const k of swaps) {
        const top = stack.length - 1;
        [stack[top], stack[top - k + 1]] = [stack[top - k + 1], stack[top]];
      }
      return stack;
    };
    fc.assert(fc.property(fc.array(fc.integer({ min: 2, max: 5 }), { minLength: 1, maxLength: 8 }), (swaps) => {
      const u = functionUnit([]);
      for (let i = 0; i < 5; i++) u.entry.instrs.push(ins(op.LOAD_NAME, i, [2, 0, 2, 1]));
      for (const k of swaps) u.entry.instrs.push(ins(op.SWAP, k, [2, 0, 2, 1]));
      u.entry.instrs.push(ins(op.BUILD_TUPLE, 5, [2, 0, 2, 1]), ins(op.RETURN_VALUE, 0, [2, 0, 2, 1]));
      for (let i = 0; i < 5; i++) u.names.set(`n${i}`, i);
      const code = assemble(u, 'f', true).code;
      const out: number[] = [];
      for (let i = 0; i < code.length; i += 2) if (code[i] === op.SWAP) out.push(code[i + 1]);
      expect(permute(out)).toEqual(permute(swaps));
      expect(out.length).toBeLessThanOrEqual(swaps.length);
    }));
  });
});
