// The programmatic compile-then-execute API: run a program, get back what it printed and how it ended.

import type { Host, RunResult } from '@pyc-ts/vm';
import { executePyc } from './run_pyc.js';
import { executeSource } from './run_source.js';
import { compileForVM } from './vm_compile.js';
import { heapUsage } from './heap.js';

export interface RunOptions {
  /** The module's file name, as in tracebacks and SyntaxErrors (default "<string>"). */
  filename?: string;
  /** sys.argv (default [filename]). */
  argv?: string[];
  /** Source text of other files named in tracebacks (the program's own source is known already). */
  source?: (filename: string) => string | undefined;
  /** Standard input, which input() reads line by line (default: none, so input() raises EOFError). */
  stdin?: string;
  /** The most items one allocation may make before MemoryError (see Host.maxAllocation; default 2**26). */
  maxAllocation?: number;
  /** Stops the program after this many steps (Host.stepLimit); the outcome's limitExceeded says so. */
  stepLimit?: number;
}

export interface RunOutcome extends RunResult {
  /** Everything the program wrote to sys.stdout. */
  stdout: string;
  /** Everything written to sys.stderr, including the traceback of an uncaught exception or a SyntaxError. */
  stderr: string;
}

/** Compiles and runs Python source; a SyntaxError comes back as the outcome's exception, never thrown. */
export function runSource(source: string | Uint8Array, options: RunOptions = {}): RunOutcome {
  const filename = options.filename ?? '<string>';
  let text: string | undefined;
  const own = (name: string): string | undefined => {
    if (name !== filename) return options.source?.(name);
    text ??= typeof source === 'string' ? source : new TextDecoder().decode(source);
    return text;
  };
  return capture(options, filename, own, (host) => executeSource(source, filename, host));
}

/** Runs the module in a .pyc file's bytes (as CPython 3.11 writes them). */
export function runPyc(bytes: Uint8Array, options: RunOptions = {}): RunOutcome {
  const filename = options.filename ?? '<string>';
  return capture(options, filename, options.source, (host) => executePyc(bytes, host));
}

function capture(
  options: RunOptions,
  filename: string,
  source: Host['source'],
  run: (host: Host) => RunResult,
): RunOutcome {
  const stdout: string[] = [];
  const stderr: string[] = [];
  let input = options.stdin ?? '';
  const host: Host = {
    stdout: (s) => void stdout.push(s),
    stderr: (s) => void stderr.push(s),
    source,
    argv: options.argv ?? [filename],
    readline: () => {
      if (input === '') return null;
      const nl = input.indexOf('\n');
      const line = nl < 0 ? input : input.slice(0, nl);
      input = nl < 0 ? '' : input.slice(nl + 1);
      return (line.endsWith('\r') ? line.slice(0, -1) : line) + (nl < 0 ? '' : '\n');
    },
    compile: compileForVM,
    maxAllocation: options.maxAllocation,
    heapUsage,
    stepLimit: options.stepLimit,
  };
  const result = run(host);
  const outcome: RunOutcome = { stdout: stdout.join(''), stderr: stderr.join(''), exitCode: result.exitCode, exception: result.exception };
  if (result.limitExceeded !== undefined) outcome.limitExceeded = result.limitExceeded;
  return outcome;
}
