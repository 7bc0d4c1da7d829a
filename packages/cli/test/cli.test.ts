// The `pyc-ts` command, run as a process, against what CPython 3.11 does with the same programs
// (goldens from scripts/gen_cli_goldens.py).

import { spawnSync } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, mkdtempSync, openSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { golden, goldenDir, normaliseAddresses, programNames, programsDir, pycTs, runGolden, testDir } from './helpers.js';

let scratch: string;
beforeAll(() => {
  scratch = mkdtempSync(join(tmpdir(), 'pyc-ts-cli-'));
});
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** The programs that compile: they have a disassembly, trees and a .pyc from CPython. */
const compiling = programNames().filter((name) => existsSync(join(goldenDir, `${name}.dis.txt`)));
const hex = (b: Uint8Array) => Buffer.from(b).toString('hex');
/** CPython's report of programs/syntax.py when it is named by that relative path. */
const syntaxReport = () => runGolden('syntax').stderr.replaceAll('{DIR}', 'programs');

describe('pyc-ts run', () => {
  it.each(programNames())('%s.py: stdout, stderr and exit status as python3 gives them', (name) => {
    const g = runGolden(name);
    const r = pycTs(['run', ...g.argv], { input: g.stdin });
    expect(r.stdout).toBe(g.stdout);
    expect(r.stderr).toBe(g.stderr.replaceAll('{DIR}', programsDir));
    expect(r.status).toBe(g.exitCode);
  });

  it.each(compiling)("%s.pyc (CPython's) runs as its source does", (name) => {
    const g = runGolden(name);
    const pyc = `golden/${name}.pyc`;
    const r = pycTs(['run', pyc, ...g.argv.slice(1)], { input: g.stdin });
    expect(r.stdout).toBe(g.stdout.replaceAll(g.argv[0], pyc));
    // The code inside names its source as it was compiled, relatively; tracebacks read the lines from there.
    expect(r.stderr).toBe(g.stderr.replaceAll('{DIR}', 'programs'));
    expect(r.status).toBe(g.exitCode);
  });

  const inOrder = Array.from({ length: 200 }, (_, i) => `line ${i}\n`).join('');

  it('keeps stdout and stderr in program order on one shared file', () => {
    const file = join(scratch, 'both.txt');
    const fd = openSync(file, 'w');
    try {
      expect(pycTs(['run', 'programs/interleave.py'], { stdio: ['ignore', fd, fd] }).status).toBe(0);
    } finally {
      closeSync(fd);
    }
    expect(readFileSync(file, 'utf8')).toBe(inOrder);
  });

  it('keeps stdout and stderr in program order on one shared pipe', () => {
    const bin = join(testDir, '..', 'bin', 'pyc-ts.js');
    const r = spawnSync('sh', ['-c', `"$0" "$1" run programs/interleave.py 2>&1`, process.execPath, bin], {
      cwd: testDir,
      encoding: 'utf8',
    });
    expect(r.stdout).toBe(inOrder);
    expect(r.status).toBe(0);
  });

  it('loses nothing of a large output', () => {
    const program = join(scratch, 'many.py');
    writeFileSync(program, 'i = 0\nwhile i < 40000:\n    print(i, "abcdefghij" * 3)\n    i = i + 1\n');
    const r = pycTs(['run', program], { maxBuffer: 1 << 26 });
    expect(r.status).toBe(0);
    expect(r.stdout).toBe(Array.from({ length: 40000 }, (_, i) => `${i} ${'abcdefghij'.repeat(3)}\n`).join(''));
  });

  it('reports a missing file as python3 does, with exit status 2', () => {
    const r = pycTs(['run', 'programs/missing.py']);
    expect(r.stderr).toBe(`pyc-ts: can't open file '${join(programsDir, 'missing.py')}': [Errno 2] No such file or directory\n`);
    expect(r.stdout).toBe('');
    expect(r.status).toBe(2);
  });

  it('refuses a directory', () => {
    const r = pycTs(['run', 'programs']);
    expect(r.stderr).toBe(`pyc-ts: can't open file '${programsDir}': [Errno 21] Is a directory\n`);
    expect(r.status).toBe(2);
  });

  it('refuses a .pyc without the 3.11 magic number as CPython does', () => {
    const file = join(scratch, 'bad.pyc');
    writeFileSync(file, 'print("not a pyc")\n');
    const r = pycTs(['run', file]);
    expect(r.stderr).toBe('RuntimeError: Bad magic number in .pyc file\n');
    expect(r.status).toBe(1);
  });

  it('refuses a .pyc whose code object is cut short as CPython does', () => {
    const file = join(scratch, 'short.pyc');
    writeFileSync(file, readFileSync(join(goldenDir, 'hello.pyc')).subarray(0, 20));
    const r = pycTs(['run', file]);
    expect(r.stderr).toBe('RuntimeError: Bad code object in .pyc file\n');
    expect(r.status).toBe(1);
  });
});

describe('pyc-ts compile', () => {
  it.each(compiling)('%s.py: the .pyc py_compile writes', (name) => {
    const out = join(scratch, `${name}.pyc`);
    const r = pycTs(['compile', `programs/${name}.py`, '-o', out]);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const ours = readFileSync(out);
    const theirs = readFileSync(join(goldenDir, `${name}.pyc`));
    // Magic number and flags, then the marshalled code object, as CPython wrote them ...
    expect(hex(ours.subarray(0, 8))).toBe(hex(theirs.subarray(0, 8)));
    expect(hex(ours.subarray(16))).toBe(hex(theirs.subarray(16)));
    // ... between them the source's mtime and size, as this checkout has them.
    const stat = statSync(join(programsDir, `${name}.py`));
    expect(ours.readUInt32LE(8)).toBe(Math.floor(stat.mtimeMs / 1000) >>> 0);
    expect(ours.readUInt32LE(12)).toBe(stat.size);
  });

  it('writes <dir>/__pycache__/<name>.cpython-311.pyc by default, and that runs', () => {
    const dir = join(scratch, 'default');
    mkdirSync(dir);
    writeFileSync(join(dir, 'greet.py'), readFileSync(join(programsDir, 'hello.py')));
    expect(pycTs(['compile', 'greet.py'], { cwd: dir }).status).toBe(0);
    const pyc = join(dir, '__pycache__', 'greet.cpython-311.pyc');
    expect(existsSync(pyc)).toBe(true);
    expect(pycTs(['run', pyc])).toEqual({ stdout: runGolden('hello').stdout, stderr: '', status: 0 });
  });

  it('reports a SyntaxError as CPython does, and writes nothing', () => {
    const out = join(scratch, 'syntax.pyc');
    const r = pycTs(['compile', 'programs/syntax.py', '-o', out]);
    expect(r.stderr).toBe(syntaxReport());
    expect(r.status).toBe(1);
    expect(existsSync(out)).toBe(false);
  });

  it('reports an output path it cannot write', () => {
    const r = pycTs(['compile', 'programs/hello.py', '-o', scratch]);
    expect(r.stderr).toMatch(/^pyc-ts: can't write '.*': \[Errno 21\] Is a directory\n$/);
    expect(r.status).toBe(1);
  });
});

describe('pyc-ts dis', () => {
  it.each(compiling)('%s.py: what python3 -m dis prints', (name) => {
    const r = pycTs(['dis', `programs/${name}.py`]);
    expect(normaliseAddresses(r.stdout)).toBe(golden(`${name}.dis.txt`));
    expect(r.status).toBe(0);
  });

  it.each(compiling)("%s.pyc (CPython's): the same listing", (name) => {
    const r = pycTs(['dis', `golden/${name}.pyc`]);
    expect(normaliseAddresses(r.stdout)).toBe(golden(`${name}.dis.txt`));
    expect(r.status).toBe(0);
  });

  it('reads the source from stdin without a file, naming it <stdin>', () => {
    const r = pycTs(['dis'], { input: readFileSync(join(programsDir, 'closures.py')) });
    expect(normaliseAddresses(r.stdout)).toBe(golden('closures.dis-stdin.txt'));
  });

  it('reports a SyntaxError as CPython does', () => {
    const r = pycTs(['dis', 'programs/syntax.py']);
    expect(r.stderr).toBe(syntaxReport());
    expect(r.stdout).toBe('');
    expect(r.status).toBe(1);
  });
});

describe('pyc-ts ast', () => {
  it.each(compiling)('%s.py: what python3 -m ast prints', (name) => {
    const r = pycTs(['ast', `programs/${name}.py`]);
    expect(r.stdout).toBe(golden(`${name}.ast.txt`));
    expect(r.status).toBe(0);
  });

  it.each(compiling)('%s.py: what python3 -m ast -a prints', (name) => {
    expect(pycTs(['ast', '-a', `programs/${name}.py`]).stdout).toBe(golden(`${name}.ast-a.txt`));
  });

  it('reads type comments unless --no-type-comments, as python3 -m ast does', () => {
    expect(pycTs(['ast', 'programs/type_comments.py']).stdout).toContain("type_comment='(...) -> List[float]'");
    expect(pycTs(['ast', '--no-type-comments', 'programs/type_comments.py']).stdout).toBe(golden('type_comments.ast-no-type-comments.txt'));
  });

  it('parses a signature type comment with --mode func_type', () => {
    expect(pycTs(['ast', '-m', 'func_type', 'programs/signature.py']).stdout).toBe(golden('signature.ast-func-type.txt'));
    expect(pycTs(['ast', '--mode', 'func_type', '-a', 'programs/signature.py']).stdout).toBe(golden('signature.ast-func-type-a.txt'));
    const r = pycTs(['ast', '-m', 'func_type', 'programs/hello.py']);
    expect(r.stderr).toBe('  File "programs/hello.py", line 1\n    print("hello")\n    ^^^^^\nSyntaxError: invalid syntax\n');
    expect(r.status).toBe(1);
  });

  it('takes --indent, --mode and --include-attributes as python3 -m ast does', () => {
    expect(pycTs(['ast', '-i', '1', 'programs/hello.py']).stdout).toBe(golden('hello.ast-i1.txt'));
    expect(pycTs(['ast', '-m', 'eval', 'programs/expression.py']).stdout).toBe(golden('expression.ast-eval.txt'));
    expect(pycTs(['ast', '--mode', 'eval', '--include-attributes', '--indent', '0', 'programs/expression.py']).stdout).toBe(
      golden('expression.ast-eval-a-i0.txt'),
    );
  });

  it('reads the source from stdin without a file', () => {
    expect(pycTs(['ast'], { input: readFileSync(join(programsDir, 'closures.py')) }).stdout).toBe(golden('closures.ast.txt'));
  });

  it('reports a SyntaxError as CPython does', () => {
    const r = pycTs(['ast', 'programs/syntax.py']);
    expect(r.stderr).toBe(syntaxReport());
    expect(r.status).toBe(1);
  });

  it('refuses a bad option value with a usage error', () => {
    expect(pycTs(['ast', '-m', 'exe', 'programs/hello.py']).status).toBe(2);
    expect(pycTs(['ast', '-i', 'wide', 'programs/hello.py']).status).toBe(2);
  });
});

describe('the command line', () => {
  it('prints the package version', () => {
    const { version } = JSON.parse(readFileSync(join(testDir, '..', 'package.json'), 'utf8')) as { version: string };
    expect(pycTs(['--version'])).toEqual({ stdout: `${version}\n`, stderr: '', status: 0 });
  });

  it('gives usage errors exit status 2', () => {
    const r = pycTs(['frobnicate']);
    expect(r.stderr).toContain("unknown command 'frobnicate'");
    expect(r.status).toBe(2);
  });

  it('takes --max-allocation before the program: a larger allocation is a MemoryError the program can catch', () => {
    const path = join(mkdtempSync(join(tmpdir(), 'pyc-ts-alloc-')), 'alloc.py');
    writeFileSync(path, 'print(len([0] * 1000))\ntry:\n    "a" * 5000\nexcept MemoryError:\n    print("MemoryError")\nb"x" * 5000\n');
    const r = pycTs(['run', '--max-allocation', '2000', path]);
    expect(r.stdout).toBe('1000\nMemoryError\n');
    expect(r.stderr.trimEnd().split('\n').pop()).toBe('MemoryError');
    expect(r.status).toBe(1);
    expect(pycTs(['run', '--max-allocation', '0', path]).status).toBe(2);
  });

  it('passes options after the program to the program', () => {
    const r = pycTs(['run', 'programs/argv.py', '--help', '-v']);
    expect(r.stdout).toBe("['programs/argv.py', '--help', '-v']\n2 arguments\n");
    expect(r.status).toBe(0);
  });
});

describe('the bundle', () => {
  const bundle = join(testDir, '..', 'dist', 'bundle');

  it('keeps the Unicode names table out of the chunks every run loads', () => {
    // The first words of the generated table's word list.
    const holding = readdirSync(bundle).filter((f) => readFileSync(join(bundle, f), 'utf8').includes('LETTER SIGN SMALL WITH SYLLABLE'));
    expect(holding).toEqual(['unicodenames.cjs']);
  });

  it('loads the table where \\N{...} and namereplace need it', () => {
    const path = join(scratch, 'names.py');
    writeFileSync(path, "print('\\N{EURO SIGN}', '\\xe9'.encode('ascii', 'namereplace'), b'\\\\N{SNOWMAN}'.decode('unicode_escape'))\n");
    expect(pycTs(['run', path])).toEqual({ stdout: "€ b'\\\\N{LATIN SMALL LETTER E WITH ACUTE}' ☃\n", stderr: '', status: 0 });
  });
});

describe('deeply nested brackets', () => {
  // CPython's limit, 200 nested parentheses, through every command (the parser takes them on the
  // default stack; the worker with a large stack is for longer chains, tested below).
  const nested = (n: number) => `x = ${'('.repeat(n)}[1]${')'.repeat(n)}\nprint(x)\n`;

  const file = (source: string) => {
    const path = join(mkdtempSync(join(tmpdir(), 'pyc-ts-deep-')), 'deep.py');
    writeFileSync(path, source);
    return path;
  };

  it('runs, compiles and dumps 199 levels as python3 does', () => {
    const source = nested(198);
    expect(pycTs(['run', file(source)])).toMatchObject({ stdout: '[1]\n', status: 0 });
    const dis = pycTs(['dis'], { input: source });
    expect(dis.status).toBe(0);
    expect(dis.stdout).toContain('BUILD_LIST');
    const ast = pycTs(['ast'], { input: source });
    expect(ast.status).toBe(0);
    expect(ast.stdout).toContain('List(');
  });

  it('rejects 201 levels with CPython\'s message', () => {
    const r = pycTs(['run', file(`x = ${'('.repeat(201)}1${')'.repeat(201)}\n`)]);
    expect(r.stderr.trimEnd().split('\n').pop()).toBe('SyntaxError: too many nested parentheses');
    expect(r.status).toBe(1);
  });

  it('runs 2,000 nested lambdas (compiled on the worker with a large stack), as python3 does', () => {
    const path = file(`f = ${'lambda: '.repeat(2000)}7\nfor _ in range(2000):\n    f = f()\nprint(f)\n`);
    expect(pycTs(['run', path])).toMatchObject({ stdout: '7\n', status: 0 });
    // Too deep for marshal, as for py_compile.
    const r = pycTs(['compile', path]);
    expect(r.stderr).toBe('ValueError: object too deeply nested to marshal\n');
    expect(r.status).toBe(1);
  });
});
