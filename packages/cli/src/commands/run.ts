// `pyc-ts run FILE [args...]`: run a .py (compiled in process) or a .pyc, as `python3 FILE args...` would.

import { resolve } from 'node:path';
import { readInputFile, sourceLines } from '../files.js';
import type { ProcessOutput } from '../output.js';
import { StdinLines } from '../stdin_lines.js';
import { heapUsage } from '../heap.js';

/** What `pyc-ts run` lets the user set. */
export interface RunLimits {
  maxAllocation?: number;
  stepLimit?: number;
}

export async function runCommand(file: string, args: string[], output: ProcessOutput, limits: RunLimits = {}): Promise<number> {
  const bytes = readInputFile(file);
  const stdin = new StdinLines();
  // The compiler serves exec, eval and compile() of every program, and compiles a .py first.
  const { compileForVM } = await import('../vm_compile.js');
  const host = {
    stdout: output.stdout,
    stderr: output.stderr,
    source: sourceLines(),
    argv: [file, ...args],
    // A prompt written before input() must be seen before the program waits.
    readline: () => (output.flush(), stdin.readline()),
    compile: compileForVM,
    maxAllocation: limits.maxAllocation,
    heapUsage,
    stepLimit: limits.stepLimit,
  };
  if (file.endsWith('.pyc')) {
    const { executePyc } = await import('../run_pyc.js');
    return executePyc(bytes, host).exitCode;
  }
  const [{ executeSource }, { compileDeep }] = await Promise.all([import('../run_source.js'), import('../deep_stack.js')]);
  // CPython names the main script by its absolute path in tracebacks and SyntaxErrors.
  return executeSource(bytes, resolve(file), host, compileDeep).exitCode;
}
