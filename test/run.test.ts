// Running: every corpus program, compiled by us and as CPython's own .pyc, behaves as `python3 FILE` did:
// same stdout, same exception line, same exit code, and the same traceback.
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { compile } from '@pyc-ts/compiler';
import { readPyc, type CodeObject } from '@pyc-ts/bytecode';
import { runCode } from '@pyc-ts/vm';
import { compileForVM } from '../packages/cli/src/vm_compile.js';
import { type Corpus, type RunGolden, goldenPyc, lastLine, parityIt, programPath, programSource, programs, pycRunGolden, repoRoot, runGolden } from './corpus.js';

interface Run {
  stdout: string;
  stderr: string;
  exitCode: number;
}

function run(code: CodeObject, name: string, corpus: Corpus): Run {
  let stdout = '';
  let stderr = '';
  const { exitCode } = runCode(code, {
    stdout: (s) => (stdout += s),
    stderr: (s) => (stderr += s),
    // Tracebacks quote source lines; relative file names are relative to the repository root, as for python3.
    source: (filename) => {
      const path = join(repoRoot, filename);
      return existsSync(path) ? readFileSync(path, 'utf8') : undefined;
    },
    argv: [programPath(name, corpus)],
    // exec, eval and compile() use our compiler, as under the CLI.
    compile: compileForVM,
  });
  return { stdout, stderr, exitCode };
}

const ours = (name: string) => run(compile(programSource(name), programPath(name)), name, 'corpus');
const cpythons = (name: string, corpus: Corpus) => run(readPyc(goldenPyc(name, corpus)).code, name, corpus);

function expectSameOutcome(actual: Run, golden: RunGolden): void {
  expect(actual.stdout).toBe(golden.stdout);
  expect(lastLine(actual.stderr)).toBe(golden.stderrLastLine);
  expect(actual.exitCode).toBe(golden.exitCode);
}

/** Programs that end in an uncaught exception: their whole traceback is compared separately. */
const failing = (corpus: Corpus) => programs(corpus).filter((name) => runGolden(name, corpus).stderr !== '');

describe('run, compiled by pyc-ts: output, exception and exit code', () => {
  for (const name of programs()) parityIt('run', name)(name, () => expectSameOutcome(ours(name), runGolden(name)));
});

describe('run, compiled by pyc-ts: traceback', () => {
  for (const name of failing('corpus')) {
    parityIt('traceback', name)(name, () => {
      expect(ours(name).stderr).toBe(runGolden(name).stderr);
    });
  }
});

describe("run, CPython's .pyc: output, exception and exit code", () => {
  for (const name of programs()) parityIt('run-pyc', name)(name, () => expectSameOutcome(cpythons(name, 'corpus'), pycRunGolden(name)));
  it.each(programs('corpus-run'))('corpus-run/%s', (name) => expectSameOutcome(cpythons(name, 'corpus-run'), pycRunGolden(name, 'corpus-run')));
});

describe("run, CPython's .pyc: traceback", () => {
  it.each(failing('corpus'))('%s', (name) => {
    expect(cpythons(name, 'corpus').stderr).toBe(pycRunGolden(name).stderr);
  });
  it.each(failing('corpus-run'))('corpus-run/%s', (name) => {
    expect(cpythons(name, 'corpus-run').stderr).toBe(pycRunGolden(name, 'corpus-run').stderr);
  });
});
