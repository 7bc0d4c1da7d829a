// runSource / runPyc, the compile-then-execute API, against what CPython 3.11 does with the same programs.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runPyc, runSource } from '../src/index.js';
import { goldenDir, programsDir, runGolden } from './helpers.js';

const source = (name: string) => readFileSync(join(programsDir, `${name}.py`), 'utf8');
/** Run as its golden was, under its absolute name, so tracebacks match CPython's for `python3 FILE`. */
const filename = (name: string) => join(programsDir, `${name}.py`);
const expectedStderr = (name: string) => runGolden(name).stderr.replaceAll('{DIR}', programsDir);

describe('runSource', () => {
  it("returns the program's output", () => {
    expect(runSource('print(6 * 7)\nprint("done")\n')).toEqual({ stdout: '42\ndone\n', stderr: '', exitCode: 0, exception: null });
  });

  it('takes source as bytes too', () => {
    expect(runSource(new TextEncoder().encode('print("bytes", 1 + 1)\n')).stdout).toBe('bytes 2\n');
  });

  it('returns an uncaught exception as data, with the traceback CPython prints', () => {
    const r = runSource(source('error'), { filename: filename('error') });
    expect(r.stdout).toBe(runGolden('error').stdout);
    expect(r.stderr).toBe(expectedStderr('error'));
    expect(r.exitCode).toBe(1);
    expect(r.exception).toEqual({ type: 'ZeroDivisionError', message: 'division by zero', traceback: expectedStderr('error') });
  });

  it('returns a SyntaxError as data, never throwing', () => {
    const r = runSource(source('syntax'), { filename: filename('syntax') });
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(expectedStderr('syntax'));
    expect(r.exitCode).toBe(1);
    expect(r.exception).toEqual({
      type: 'SyntaxError',
      message: "'(' was never closed (syntax.py, line 2)",
      traceback: expectedStderr('syntax'),
    });
  });

  it('sets sys.argv', () => {
    const g = runGolden('argv');
    expect(runSource(source('argv'), { argv: g.argv }).stdout).toBe(g.stdout);
    expect(runSource('import sys\nprint(sys.argv)\n', { filename: 'main.py' }).stdout).toBe("['main.py']\n");
  });

  it('feeds input() from the stdin option', () => {
    const g = runGolden('ask');
    expect(runSource(source('ask'), { stdin: g.stdin })).toMatchObject({ stdout: g.stdout, stderr: g.stderr, exitCode: 0 });
  });

  it('gives SystemExit its status', () => {
    expect(runSource(source('exit_status'))).toMatchObject({ stdout: 'before\n', exitCode: 3, exception: null });
  });

  it('raises MemoryError beyond the maxAllocation option', () => {
    const program = 'try:\n    x = [None] * 100\nexcept MemoryError:\n    print("caught")\nprint(len([None] * 10))\n';
    expect(runSource(program, { maxAllocation: 50 }).stdout).toBe('caught\n10\n');
    expect(runSource(program).stdout).toBe('10\n');
  });

  it('keeps runs apart', () => {
    runSource('x = 1\n');
    const r = runSource('print(x)\n');
    expect(r.exception?.type).toBe('NameError');
  });
});

describe('runPyc', () => {
  it('runs the module in CPython-written .pyc bytes', () => {
    const g = runGolden('closures');
    expect(runPyc(readFileSync(join(goldenDir, 'closures.pyc')))).toEqual({ stdout: g.stdout, stderr: '', exitCode: 0, exception: null });
  });

  it('refuses bytes that are no 3.11 .pyc with the RuntimeError CPython raises', () => {
    const r = runPyc(new TextEncoder().encode('print(1)\n'));
    expect(r).toEqual({
      stdout: '',
      stderr: 'RuntimeError: Bad magic number in .pyc file\n',
      exitCode: 1,
      exception: { type: 'RuntimeError', message: 'Bad magic number in .pyc file', traceback: 'RuntimeError: Bad magic number in .pyc file\n' },
    });
  });
});
