// Limits and bad input: mutated .pyc files (scripts/fuzz_cases.mjs, the cases scripts/fuzz_pyc.mjs runs) end
// as Python exceptions, never as internal errors; bytecode the verifier refuses raises SystemError; the step
// limit stops any loop and no `except` sees it; hostile programs get CPython's MemoryError, ValueError or
// RecursionError. Each regression here is a bug the fuzzer or a hostile program found.
import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { compile } from '@pyc-ts/compiler';
import { CodeObject, opmap, readPyc, type CodeFields } from '@pyc-ts/bytecode';
import { VirtualMachine, type RunResult } from '@pyc-ts/vm';
import { codeInfo } from '../packages/vm/src/interpreter/codeinfo.js';
import { makeCase, runCase } from '../scripts/fuzz_cases.mjs';
import { repoRoot } from './corpus.js';

const CORPUS_DIRS = ['test/golden/pyc', 'packages/vm/test/fixtures', 'packages/bytecode/test/golden/programs', 'packages/bytecode/test/fixtures'];
const corpus = CORPUS_DIRS.flatMap((dir) =>
  readdirSync(join(repoRoot, dir))
    .filter((f) => f.endsWith('.pyc'))
    .map((f) => ({ name: `${dir}/${f}`, bytes: new Uint8Array(readFileSync(join(repoRoot, dir, f))) })),
);

interface Outcome extends RunResult {
  stdout: string;
  stderr: string;
}

/** Runs module code on a fresh VM; `setup` may adjust the interpreter first. */
function run(code: CodeObject, stepLimit?: number, setup?: (vm: VirtualMachine) => void): Outcome {
  let stdout = '';
  let stderr = '';
  const vm = new VirtualMachine({ stdout: (s) => (stdout += s), stderr: (s) => (stderr += s), stepLimit });
  setup?.(vm);
  return { ...vm.run(code), stdout, stderr };
}

const runSource = (source: string, stepLimit?: number, setup?: (vm: VirtualMachine) => void) => run(compile(source, 'hostile.py'), stepLimit, setup);

/** The exception a run ended with, as "Type: message". */
function raised(o: Outcome): string {
  expect(o.exception, o.stderr).not.toBeNull();
  return `${o.exception!.type}: ${o.exception!.message}`;
}

/** `code` with some of its fields replaced. */
function withFields(code: CodeObject, fields: Partial<CodeFields>): CodeObject {
  return new CodeObject({ ...code, ...fields });
}

/** `code` with its instruction at `index` (counting instructions, caches skipped) replaced. */
function withInstruction(code: CodeObject, opname: string, replace: (at: number) => [string, number][]): CodeObject {
  const bytes = code.code.slice();
  for (let i = 0; i < bytes.length; i += 2) {
    if (bytes[i] !== opmap[opname]) continue;
    const units = replace(i);
    units.forEach(([name, arg], k) => {
      bytes[i + 2 * k] = opmap[name];
      bytes[i + 2 * k + 1] = arg;
    });
    return withFields(code, { code: bytes });
  }
  throw new Error(`no ${opname} in ${code.qualname}`);
}

/** The code object of the function `name` among `code`'s constants. */
function inner(code: CodeObject, name: string): CodeObject {
  return code.consts.find((c): c is CodeObject => c instanceof CodeObject && c.name === name)!;
}

/** Module code whose function `name` is replaced by `f(that function's code)`. */
function withInner(code: CodeObject, name: string, f: (c: CodeObject) => CodeObject): CodeObject {
  return withFields(code, { consts: code.consts.map((c) => (c instanceof CodeObject && c.name === name ? f(c) : c)) });
}

describe('fuzzed .pyc files', () => {
  it('300 fixed-seed cases end as Python exceptions or the step limit, never as internal errors', () => {
    const counts = new Map<string, number>();
    const internal: string[] = [];
    for (let index = 0; index < 300; index++) {
      const c = makeCase(corpus, 1, index);
      const outcome = runCase(c.bytes, { stepLimit: 20_000 });
      counts.set(outcome.kind, (counts.get(outcome.kind) ?? 0) + 1);
      if (outcome.kind === 'internal') internal.push(`case ${index} (${c.base}: ${c.steps.join(' ')}): ${outcome.message}`);
    }
    expect(internal).toEqual([]);
    // The mutations reach every layer: the marshal reader, the verifier and the interpreter.
    expect(counts.get('python')).toBeGreaterThan(200);
    expect(counts.get('ok')).toBeGreaterThan(10);
  });

  it("passes every code object CPython compiled (the corpus, the VM's fixtures, the bytecode package's goldens)", () => {
    const refused: string[] = [];
    const walk = (code: CodeObject): void => {
      const problem = codeInfo(code).problem;
      if (problem !== null) refused.push(problem);
      for (const c of code.consts) if (c instanceof CodeObject) walk(c);
    };
    for (const { bytes } of corpus) walk(readPyc(bytes).code);
    expect(refused).toEqual([]);
  });
});

describe('the verifier refuses what would break the interpreter, with SystemError', () => {
  const refused = (code: CodeObject) => {
    const o = run(code);
    expect(o.exception?.type, o.stderr).toBe('SystemError');
    return o.exception!.message;
  };
  const module = compile('def f(x):\n    return [y + 1 for y in x]\nprint(f([1, 2]))\n', 'bad.py');

  it('runs the unchanged program', () => expect(run(module).stdout).toBe('[2, 3]\n'));

  it('a NULL where an object is needed (it crashed RERAISE)', () => {
    const code = withInstruction(module, 'LOAD_CONST', () => [['PUSH_NULL', 0], ['RERAISE', 0]]);
    expect(refused(code)).toMatch(/^invalid bytecode in code object '<module>' \(file "bad.py", line 1\): RERAISE at offset \d+: stack item 1 may be NULL, where an object is needed$/);
  });

  it('YIELD_VALUE outside a generator (its frame has no generator)', () => {
    const code = withInner(module, 'f', (f) => withInstruction(f, 'RETURN_VALUE', () => [['YIELD_VALUE', 0]]));
    expect(refused(code)).toMatch(/YIELD_VALUE at offset \d+: not in a generator or coroutine$/);
  });

  it('LIST_APPEND onto something other than a list', () => {
    const code = withInner(module, 'f', (f) => withInner(f, '<listcomp>', (c) => withInstruction(c, 'LIST_APPEND', () => [['LIST_APPEND', 1]])));
    expect(refused(code)).toMatch(/LIST_APPEND at offset \d+: stack item 2 may be object, where list is needed$/);
  });

  it('a jump out of the code', () => {
    const code = withInner(module, 'f', (f) => withInner(f, '<listcomp>', (c) => withInstruction(c, 'FOR_ITER', () => [['FOR_ITER', 200]])));
    expect(refused(code)).toMatch(/FOR_ITER at offset \d+: jump to offset \d+, which starts no instruction of the body$/);
  });

  it('a stack deeper than co_stacksize, or taking more than it holds', () => {
    expect(refused(withFields(module, { stacksize: 1 }))).toMatch(/the stack grows to \d items, past co_stacksize 1$/);
    const code = withInstruction(module, 'STORE_NAME', () => [['POP_TOP', 0], ['POP_TOP', 0]]);
    expect(refused(code)).toMatch(/POP_TOP at offset \d+: takes 1 items from a stack of 0$/);
  });

  it('a co_stacksize far larger than needed is harmless: frames get the verified depth', () => {
    expect(run(withFields(module, { stacksize: 0x7fffffff })).stdout).toBe('[2, 3]\n');
  });

  it('unknown opcodes, operands out of range, LOAD_FAST of a cell, KW_NAMES without its CALL', () => {
    expect(refused(withInstruction(module, 'LOAD_CONST', () => [['CACHE', 0]]))).toMatch(/CACHE at offset 2: unknown opcode$/);
    expect(refused(withInstruction(module, 'LOAD_CONST', () => [['LOAD_CONST', 99]]))).toMatch(/constant 99 out of range \(\d constants\)$/);
    expect(refused(withInstruction(module, 'LOAD_CONST', () => [['KW_NAMES', 0]]))).toMatch(/KW_NAMES at offset 2: constant is not a tuple of str$/);
    const cells = compile('def f():\n    x = 1\n    return lambda: x\nprint(f()())\n', 'cells.py');
    const loadFastCell = withInner(cells, 'f', (f) => withInstruction(f, 'STORE_DEREF', (at) => [['STORE_FAST', f.code[at + 1]]]));
    expect(refused(loadFastCell)).toMatch(/STORE_FAST at offset \d+: 'x' is a cell or free variable$/);
    const noMakeCell = withInner(cells, 'f', (f) => withInstruction(f, 'MAKE_CELL', () => [['NOP', 0]]));
    expect(refused(noMakeCell)).toMatch(/no MAKE_CELL for the cell variable 'x'$/);
  });

  it('an exception table entry outside the code', () => {
    const code = compile('try:\n    1 / 0\nexcept ZeroDivisionError:\n    print("caught")\n', 'try.py');
    expect(run(code).stdout).toBe('caught\n');
    const table = code.exceptiontable.slice();
    table[2] = 63; // the first entry's target, far past the end
    expect(refused(withFields(code, { exceptiontable: table }))).toMatch(/^invalid bytecode .*: exception table entry \d+ to \d+ -> \d+ \[0\]: jump to offset \d+, which starts no instruction of the body$/);
  });

  it('MAKE_FUNCTION of a constant that is not code (a JS TypeError before)', () => {
    const code = withFields(module, { consts: module.consts.map((c) => (c instanceof CodeObject ? 'not code' : c)) });
    expect(raised(run(code))).toBe('SystemError: MAKE_FUNCTION needs a code object, not str');
  });

  it('module code with free variables, and module code flagged as a generator', () => {
    const closure = inner(inner(compile('def f():\n    x = 1\n    def g():\n        return x\n', 'm.py'), 'f'), 'g');
    expect(raised(run(closure))).toBe("SystemError: module code 'f.<locals>.g' has free variables");
    const gen = inner(compile('def g():\n    yield 1\n', 'm.py'), 'g');
    expect(run(gen)).toMatchObject({ exitCode: 0, exception: null });
  });

  it('COPY_FREE_VARS in code without free variables (module code read a null closure)', () => {
    const module = compile('print(1)\n', 'm.py');
    const copying = withInstruction(module, 'RESUME', () => [['COPY_FREE_VARS', 0]]);
    expect(raised(run(copying))).toContain('COPY_FREE_VARS at offset 0: oparg 0, for 0 free variables');
  });
});

describe('code.replace()', () => {
  it("refuses what CPython's code_new and _PyCode_Validate refuse; made-up co_code raises SystemError (CPython crashes)", () => {
    const source = [
      'c = (lambda a: a).__code__',
      "for kw in [dict(co_firstlineno=-1), dict(co_argcount=2**31), dict(co_code=b'\\x97'), dict(co_argcount=5), dict(co_posonlyargcount=2)]:",
      '    try:',
      '        c.replace(**kw)',
      '    except Exception as e:',
      '        print(type(e).__name__, e)',
      'g = lambda: 0',
      'g.__code__ = c.replace(co_code=bytes([151, 0, 1, 0, 83, 0]))',
      'g(1)',
      '',
    ].join('\n');
    const o = runSource(source);
    expect(o.stdout).toBe([
      'ValueError co_firstlineno must be a positive integer',
      'OverflowError Python int too large to convert to C int',
      'ValueError code: co_code is malformed',
      'ValueError code: co_varnames is too small',
      'SystemError bad argument to internal function',
      '',
    ].join('\n'));
    expect(raised(o)).toBe('SystemError: invalid bytecode in code object \'<lambda>\' (file "hostile.py", line 1): POP_TOP at offset 2: takes 1 items from a stack of 0');
  });
});

describe('the step limit', () => {
  it('stops an endless loop, and no except or finally clause sees it', () => {
    const o = runSource('print("start")\ntry:\n    while True:\n        pass\nexcept BaseException:\n    print("caught")\nfinally:\n    print("finally")\n', 1000);
    expect(o).toMatchObject({ exitCode: 1, exception: null, limitExceeded: 'step limit of 1000 exceeded', stdout: 'start\n' });
    expect(o.stderr).toBe('pyc-ts: step limit of 1000 exceeded: the program was stopped\n');
  });

  it('stops endless recursion and endless generators; counts each backward jump and frame switch', () => {
    expect(runSource('import sys\nsys.setrecursionlimit(10**6)\ndef f(n):\n    return f(n + 1)\nf(0)\n', 5000).limitExceeded).toBeDefined();
    expect(runSource('def g():\n    while True:\n        yield 1\nfor x in g():\n    pass\n', 5000).limitExceeded).toBeDefined();
    // 100 backward jumps, and the module frame's entry.
    expect(runSource('for i in range(100):\n    pass\n', 101).exitCode).toBe(0);
    expect(runSource('for i in range(100):\n    pass\n', 100).limitExceeded).toBe('step limit of 100 exceeded');
  });
});

describe('hostile programs', () => {
  const cases: [string, string][] = [
    ['[0] * 10**9', 'MemoryError: '],
    ["'a' * 2**40", 'MemoryError: '],
    ['bytearray(10**12)', 'MemoryError: '],
    ['10 ** 10 ** 10', 'MemoryError: '],
    ['list(range(10**10))', 'MemoryError: '],
    ["int('9' * 10**6)", 'ValueError: Exceeds the limit (4300 digits) for integer string conversion: value has 1000000 digits; use sys.set_int_max_str_digits() to increase the limit'],
    ['l = []\nfor i in range(100000):\n    l = [l]\nrepr(l)', 'RecursionError: maximum recursion depth exceeded while getting the repr of an object'],
  ];
  for (const [source, expected] of cases) {
    it(source.split('\n').pop()!, () => expect(raised(runSource(`${source}\n`))).toBe(expected));
  }

  it('recursion through native code under a high recursion limit ends in RecursionError, not a JS stack overflow', () => {
    const source = 'import sys\nsys.setrecursionlimit(10**6)\nclass A:\n    def __repr__(self):\n        return repr(self)\nrepr(A())\n';
    expect(raised(runSource(source))).toBe('RecursionError: maximum recursion depth exceeded');
  });

  it('an endless iterator fills a list only up to the allocation limit (V8 aborts the process past ~112M items)', () => {
    const small = (vm: VirtualMachine) => (vm.interpreter.maxAllocation = 1 << 16);
    expect(raised(runSource('list(iter(int, 1))\n', undefined, small))).toBe('MemoryError: ');
    expect(raised(runSource('tuple(iter(int, 1))\n', undefined, small))).toBe('MemoryError: ');
    expect(raised(runSource('[0 for _ in iter(int, 1)]\n', undefined, small))).toBe('MemoryError: ');
    expect(raised(runSource('l = []\nfor x in iter(int, 1):\n    l.append(x)\n', undefined, small))).toBe('MemoryError: ');
  });

  it('many small allocations in a loop raise MemoryError once the host reports its heap nearly full', () => {
    // The heap is checked at every chunk of steps; this host's heap "fills" after a few checks.
    let checks = 0;
    const code = compile('l = []\ntry:\n    while True:\n        l.append([0] * 10)\nexcept MemoryError:\n    print(len(l) > 0)\n', 'hostile.py');
    let stdout = '';
    const vm = new VirtualMachine({ stdout: (s) => (stdout += s), stderr: () => {}, heapUsage: () => ({ used: ++checks > 3 ? 95 : 10, limit: 100 }) });
    expect(vm.run(code).exception).toBeNull();
    expect(stdout).toBe('True\n');
  });

  it('ranges past 2**53, and None in a constant set (JS errors before)', () => {
    const o = runSource('print(list(range(2**53 - 1, 2**53 + 2)), next(iter(range(2**1000))), 1 in {None, 2})\n');
    expect(o.stdout).toBe('[9007199254740991, 9007199254740992, 9007199254740993] 0 False\n');
  });
});
