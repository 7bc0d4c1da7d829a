// The assembler on hand-built units, shaped as CPython 3.11's codegen leaves them.
// Expected bytes were taken from CPython 3.11's compile() of the source in each test's name.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import * as op from '@pyc-ts/bytecode';
import { type CodeObject, type PyConst } from '@pyc-ts/bytecode';
import { assemble } from '../src/assemble.js';
import { BasicBlock, type CompilerUnit, type Instr, JUMP, POP_BLOCK, POP_JUMP_IF_FALSE, POP_JUMP_IF_TRUE, SETUP_CLEANUP, SETUP_FINALLY,
  SETUP_WITH, constKey, newBlock } from '../src/unit.js';

type Loc = [lineno: number, col: number, endLineno: number, endCol: number] | null;

function ins(opcode: number, oparg: number, loc: Loc, target: BasicBlock | null = null): Instr {
  const [lineno, colOffset, endLineno, endColOffset] = loc ?? [-1, -1, -1, -1];
  return { opcode, oparg, target, except: null, lineno, colOffset, endLineno, endColOffset };
}

function moduleUnit(): CompilerUnit {
  return makeUnit('module', '<module>', 1, 0);
}

function makeUnit(scopeType: CompilerUnit['scopeType'], unitName: string, firstlineno: number, flags: number): CompilerUnit {
  const u: CompilerUnit = {
    scopeType, name: unitName, qualname: unitName, consts: new Map(), names: new Map(),
    varnames: new Map(), cellvars: new Map(), freevars: new Map(), argcount: 0, posonlyargcount: 0,
    kwonlyargcount: 0, firstlineno, blocks: null, entry: undefined as unknown as BasicBlock, flags,
  };
  u.entry = newBlock(u);
  return u;
}

function konst(u: CompilerUnit, value: PyConst): number {
  const key = constKey(value);
  const found = u.consts.get(key);
  if (found) return found.index;
  u.consts.set(key, { value, index: u.consts.size });
  return u.consts.size - 1;
}

function name(u: CompilerUnit, n: string): number {
  if (!u.names.has(n)) u.names.set(n, u.names.size);
  return u.names.get(n)!;
}

/** Link blocks in layout order (compiler_use_next_block). */
function chain(...blocks: BasicBlock[]): void {
  for (let i = 0; i + 1 < blocks.length; i++) blocks[i].next = blocks[i + 1];
}

const hex = (b: Uint8Array): string => Buffer.from(b).toString('hex');
const MODULE_RESUME: Loc = [0, 0, 1, 0];

function summary(code: CodeObject) {
  return { code: hex(code.code), linetable: hex(code.linetable), exceptiontable: hex(code.exceptiontable),
    consts: code.consts, names: code.names, stacksize: code.stacksize };
}

// CPython's code objects for the larger cases (scripts/gen_assemble_goldens.py).
const golden = JSON.parse(readFileSync(new URL('./golden/assemble.json', import.meta.url), 'utf8')) as
  Record<string, Record<string, unknown>>;

function goldenSummary(code: CodeObject) {
  return { code: hex(code.code), linetable: hex(code.linetable), exceptiontable: hex(code.exceptiontable),
    stacksize: code.stacksize, nconsts: code.consts.length, varnames: code.varnames, cellvars: code.cellvars,
    freevars: code.freevars, flags: code.flags };
}

/** Statements `    y = 1` on lines first..first+n-1, as codegen emits them. */
function assignments(u: CompilerUnit, b: BasicBlock, first: number, n: number): void {
  for (let line = first; line < first + n; line++) {
    b.instrs.push(ins(op.LOAD_CONST, konst(u, 1n), [line, 8, line, 9]), ins(op.STORE_NAME, name(u, 'y'), [line, 4, line, 5]));
  }
}

describe('assemble', () => {
  it('x = 1', () => {
    const u = moduleUnit();
    u.entry.instrs.push(
      ins(op.RESUME, 0, MODULE_RESUME),
      ins(op.LOAD_CONST, konst(u, 1n), [1, 4, 1, 5]),
      ins(op.STORE_NAME, name(u, 'x'), [1, 0, 1, 1]),
    );
    expect(summary(assemble(u, 's', true))).toEqual({
      code: '970064005a0064015300', linetable: 'f003010101d80405800180018001', exceptiontable: '',
      consts: [1n, null], names: ['x'], stacksize: 1,
    });
  });

  it('if x: y = 1 / else: y = 2 (implicit returns duplicated into both branches)', () => {
    const u = moduleUnit();
    const body = newBlock(u);
    const orelse = newBlock(u);
    const end = newBlock(u);
    u.entry.instrs.push(
      ins(op.RESUME, 0, MODULE_RESUME),
      ins(op.LOAD_NAME, name(u, 'x'), [1, 3, 1, 4]),
      ins(POP_JUMP_IF_FALSE, 0, [1, 0, 4, 9], orelse),
    );
    body.instrs.push(
      ins(op.LOAD_CONST, konst(u, 1n), [2, 8, 2, 9]),
      ins(op.STORE_NAME, name(u, 'y'), [2, 4, 2, 5]),
      ins(JUMP, 0, null, end),
    );
    orelse.instrs.push(
      ins(op.LOAD_CONST, konst(u, 2n), [4, 8, 4, 9]),
      ins(op.STORE_NAME, name(u, 'y'), [4, 4, 4, 5]),
    );
    chain(u.entry, body, orelse, end);
    expect(summary(assemble(u, 't2', true))).toEqual({
      code: '97006500720464005a016402530064015a0164025300',
      linetable: 'f003010101d80304f00003010ad80809804180418041e00809804180418041',
      exceptiontable: '', consts: [1n, 2n, null], names: ['x', 'y'], stacksize: 1,
    });
  });

  it('more than 256 constants and names need EXTENDED_ARG', () => {
    const u = moduleUnit();
    u.entry.instrs.push(ins(op.RESUME, 0, MODULE_RESUME));
    for (let i = 0; i < 300; i++) {
      const line = i + 1;
      const width = String(i).length;
      u.entry.instrs.push(
        ins(op.LOAD_CONST, konst(u, BigInt(i)), [line, 4 + width, line, 4 + 2 * width]),
        ins(op.STORE_NAME, name(u, `x${i}`), [line, 0, line, 1 + width]),
      );
    }
    expect(goldenSummary(assemble(u, 'many_consts', true))).toEqual(golden.many_consts);
  });

  it('a forward jump over 200 statements', () => {
    const u = moduleUnit();
    const body = newBlock(u);
    const end = newBlock(u);
    u.entry.instrs.push(
      ins(op.RESUME, 0, MODULE_RESUME),
      ins(op.LOAD_NAME, name(u, 'x'), [1, 3, 1, 4]),
      ins(POP_JUMP_IF_FALSE, 0, [1, 0, 201, 9], end),
    );
    assignments(u, body, 2, 200);
    end.instrs.push(ins(op.LOAD_CONST, konst(u, 2n), [202, 4, 202, 5]), ins(op.STORE_NAME, name(u, 'z'), [202, 0, 202, 1]));
    chain(u.entry, body, end);
    expect(goldenSummary(assemble(u, 'long_forward_jump', true))).toEqual(golden.long_forward_jump);
  });

  it('a backward jump over 200 statements', () => {
    const u = moduleUnit();
    const loop = newBlock(u);
    const body = newBlock(u);
    const anchor = newBlock(u);
    const end = newBlock(u);
    u.entry.instrs.push(ins(op.RESUME, 0, MODULE_RESUME));
    loop.instrs.push(ins(op.LOAD_NAME, name(u, 'x'), [1, 6, 1, 7]), ins(POP_JUMP_IF_FALSE, 0, [1, 0, 201, 9], anchor));
    assignments(u, body, 2, 200);
    body.instrs.push(ins(op.LOAD_NAME, name(u, 'x'), [1, 6, 1, 7]), ins(POP_JUMP_IF_TRUE, 0, [1, 0, 201, 9], body));
    chain(u.entry, loop, body, anchor, end);
    expect(goldenSummary(assemble(u, 'long_backward_jump', true))).toEqual(golden.long_backward_jump);
  });

  it('cells (one shared with an argument), free variables and their prefix instructions', () => {
    // def f(a):\n    def g():\n        return a + c\n    c = 1\n    return g
    const g = makeUnit('function', 'g', 2, 0x13);
    konst(g, null);
    g.freevars.set('a', 0).set('c', 1);
    g.entry.instrs.push(
      ins(op.RESUME, 0, [2, 0, 2, 0]),
      ins(op.LOAD_DEREF, 0, [3, 15, 3, 16]),
      ins(op.LOAD_DEREF, 1, [3, 19, 3, 20]),
      ins(op.BINARY_OP, 0, [3, 15, 3, 20]),
      ins(op.RETURN_VALUE, 0, [3, 8, 3, 20]),
    );
    const gCode = assemble(g, 'f', true);
    expect(goldenSummary(gCode)).toEqual(golden.closure_inner);

    const f = makeUnit('function', 'f', 1, 0x3);
    f.argcount = 1;
    konst(f, null);
    f.varnames.set('a', 0).set('g', 1);
    f.cellvars.set('a', 0).set('c', 1);
    const def: Loc = [2, 4, 3, 20];
    f.entry.instrs.push(
      ins(op.RESUME, 0, [1, 0, 1, 0]),
      ins(op.LOAD_CLOSURE, 0, def),
      ins(op.LOAD_CLOSURE, 1, def),
      ins(op.BUILD_TUPLE, 2, def),
      ins(op.LOAD_CONST, konst(f, gCode), def),
      ins(op.MAKE_FUNCTION, 8, def),
      ins(op.STORE_FAST, 1, def),
      ins(op.LOAD_CONST, konst(f, 1n), [4, 8, 4, 9]),
      ins(op.STORE_DEREF, 1, [4, 4, 4, 5]),
      ins(op.LOAD_FAST, 1, [5, 11, 5, 12]),
      ins(op.RETURN_VALUE, 0, [5, 4, 5, 12]),
    );
    const fCode = assemble(f, 'f', true);
    expect(goldenSummary(fCode)).toEqual(golden.closure_outer);
    expect(fCode.argcount).toBe(1);
    expect(Array.from(fCode.localspluskinds)).toEqual([0x60, 0x20, 0x40]);
  });

  it('generator prefix and the implicit return None', () => {
    // def f(a):\n    yield a
    const f = makeUnit('function', 'f', 1, 0x23);
    f.argcount = 1;
    konst(f, null);
    f.varnames.set('a', 0);
    f.entry.instrs.push(
      ins(op.RESUME, 0, [1, 0, 1, 0]),
      ins(op.LOAD_FAST, 0, [2, 10, 2, 11]),
      ins(op.YIELD_VALUE, 0, [2, 4, 2, 11]),
      ins(op.RESUME, 1, [2, 4, 2, 11]),
      ins(op.POP_TOP, 0, [2, 4, 2, 11]),
    );
    expect(goldenSummary(assemble(f, 'f', true))).toEqual(golden.generator);
  });

  it('try/except: handler labelling, exception table and handler stack depths', () => {
    // def f():\n    try:\n        a()\n    except E:\n        b()\n    c()
    const f = makeUnit('function', 'f', 1, 0x3);
    konst(f, null);
    const [body, except, end, cleanup, match, handlerBody, noMatch] =
      [newBlock(f), newBlock(f), newBlock(f), newBlock(f), newBlock(f), newBlock(f), newBlock(f)];
    const call = (b: BasicBlock, global: string, line: number, col: number): void => {
      const loc: Loc = [line, col, line, col + 3];
      b.instrs.push(
        ins(op.PUSH_NULL, 0, loc),
        ins(op.LOAD_GLOBAL, name(f, global) << 1, [line, col, line, col + 1]),
        ins(op.PRECALL, 0, loc),
        ins(op.CALL, 0, loc),
        ins(op.POP_TOP, 0, loc),
      );
    };
    f.entry.instrs.push(ins(op.RESUME, 0, [1, 0, 1, 0]), ins(SETUP_FINALLY, 0, [2, 4, 5, 11], except));
    call(body, 'a', 3, 8);
    body.instrs.push(ins(POP_BLOCK, 0, null), ins(JUMP, 0, null, end));
    const handler: Loc = [4, 4, 5, 11];
    except.instrs.push(
      ins(SETUP_CLEANUP, 0, null, cleanup),
      ins(op.PUSH_EXC_INFO, 0, null),
      ins(op.LOAD_GLOBAL, name(f, 'E') << 1, [4, 11, 4, 12]),
      ins(op.CHECK_EXC_MATCH, 0, handler),
      ins(POP_JUMP_IF_FALSE, 0, handler, noMatch),
    );
    match.instrs.push(ins(op.POP_TOP, 0, handler));
    call(handlerBody, 'b', 5, 8);
    handlerBody.instrs.push(ins(POP_BLOCK, 0, null), ins(op.POP_EXCEPT, 0, null), ins(JUMP, 0, null, end));
    noMatch.instrs.push(ins(op.RERAISE, 0, null));
    cleanup.instrs.push(ins(op.COPY, 3, null), ins(op.POP_EXCEPT, 0, null), ins(op.RERAISE, 1, null));
    call(end, 'c', 6, 4);
    chain(f.entry, body, except, match, handlerBody, noMatch, cleanup, end);
    expect(goldenSummary(assemble(f, 'f', true))).toEqual(golden.try_except);
  });

  it('with: SETUP_WITH handlers keep lasti; the exit is inlined on the normal path', () => {
    // def f(m):\n    with m as x:\n        g(x)
    const f = makeUnit('function', 'f', 1, 0x3);
    f.argcount = 1;
    konst(f, null);
    f.varnames.set('m', 0).set('x', 1);
    const [block, final, exit, cleanup] = [newBlock(f), newBlock(f), newBlock(f), newBlock(f)];
    const stmt: Loc = [2, 4, 3, 12];
    f.entry.instrs.push(
      ins(op.RESUME, 0, [1, 0, 1, 0]),
      ins(op.LOAD_FAST, 0, [2, 9, 2, 10]),
      ins(op.BEFORE_WITH, 0, stmt),
      ins(SETUP_WITH, 0, stmt, final),
    );
    const call: Loc = [3, 8, 3, 12];
    block.instrs.push(
      ins(op.STORE_FAST, 1, [2, 14, 2, 15]),
      ins(op.PUSH_NULL, 0, call),
      ins(op.LOAD_GLOBAL, name(f, 'g') << 1, [3, 8, 3, 9]),
      ins(op.LOAD_FAST, 1, [3, 10, 3, 11]),
      ins(op.PRECALL, 1, call),
      ins(op.CALL, 1, call),
      ins(op.POP_TOP, 0, call),
      ins(POP_BLOCK, 0, null),
      ins(op.LOAD_CONST, 0, stmt),
      ins(op.LOAD_CONST, 0, stmt),
      ins(op.LOAD_CONST, 0, stmt),
      ins(op.PRECALL, 2, stmt),
      ins(op.CALL, 2, stmt),
      ins(op.POP_TOP, 0, stmt),
      ins(JUMP, 0, stmt, exit),
    );
    const exceptExit = newBlock(f);
    final.instrs.push(
      ins(SETUP_CLEANUP, 0, stmt, cleanup),
      ins(op.PUSH_EXC_INFO, 0, stmt),
      ins(op.WITH_EXCEPT_START, 0, stmt),
      ins(POP_JUMP_IF_TRUE, 0, null, exceptExit),
    );
    const reraise = newBlock(f);
    reraise.instrs.push(ins(op.RERAISE, 2, null));
    cleanup.instrs.push(ins(op.COPY, 3, null), ins(op.POP_EXCEPT, 0, null), ins(op.RERAISE, 1, null));
    exceptExit.instrs.push(
      ins(op.POP_TOP, 0, null),
      ins(POP_BLOCK, 0, null),
      ins(op.POP_EXCEPT, 0, null),
      ins(op.POP_TOP, 0, null),
      ins(op.POP_TOP, 0, null),
    );
    chain(f.entry, block, final, reraise, cleanup, exceptExit, exit);
    expect(goldenSummary(assemble(f, 'f', true))).toEqual(golden.with);
  });
});
