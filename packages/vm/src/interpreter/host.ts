// What the host (the CLI, an embedder) gives the VM: output sinks, input,
// source text for tracebacks, and the compile function that exec, eval and
// compile() use. The VM has no compiler and no file system of its own.

import type { CodeObject } from '@pyc-ts/bytecode';

export type CompileMode = 'exec' | 'eval' | 'single' | 'func_type';

/** A compile() request from Python code. */
export interface CompileRequest {
  source: string | Uint8Array;
  filename: string;
  mode: CompileMode;
  /** compile()'s flags (PyCF_* and the __future__ features). */
  flags: number;
  optimize: number;
}

/** A failure to compile, as the Python exception the compiler raises. */
export class CompileError extends Error {
  constructor(
    /** 'SyntaxError', 'IndentationError', 'TabError', 'ValueError', 'MemoryError', 'RecursionError', ... */
    readonly type: string,
    message: string,
    /** For syntax errors: where. */
    readonly location: { filename: string; lineno: number; offset: number; text: string | null; endLineno: number; endOffset: number | null } | null,
  ) {
    super(message);
  }
}

export interface Host {
  stdout(s: string): void;
  stderr(s: string): void;
  /** The text of a source file, for traceback lines. */
  source?(filename: string): string | undefined;
  /** sys.argv. */
  argv?: string[];
  /** sys.path. */
  path?: string[];
  /** The next line of standard input with its newline, or null at end of input. */
  readline?(): string | null;
  /** Compiles source for exec, eval and compile(); throws CompileError. Without it they raise RuntimeError. */
  compile?(request: CompileRequest): CodeObject;
  /** sys.executable, sys.prefix, sys._stdlib_dir, sys.stdlib_module_names. */
  executable?: string;
  prefix?: string;
  stdlibDir?: string;
  stdlibModuleNames?: string[];
  /**
   * The most items (list or tuple elements, characters, bytes, int digits) one allocation may make;
   * beyond it the program gets a MemoryError it can catch (default 2**26).
   */
  maxAllocation?: number;
  /**
   * The JS heap in use and its limit, in bytes (Node: v8.getHeapStatistics()'s used_heap_size and
   * heap_size_limit). With it, an allocation that would leave the heap nearly full raises MemoryError
   * instead of letting the JS engine abort the process.
   */
  heapUsage?(): { used: number; limit: number };
  /**
   * Stops the run after this many steps (each backward jump, call, return, generator resumption and
   * exception handler entered: the points where CPython checks its eval breaker), so a loop or a recursion
   * cannot run forever. No Python code can catch it; the run ends with RunResult.limitExceeded. Default: none.
   */
  stepLimit?: number;
}
