// @pyc-ts/cli for embedders: compile-then-execute, and the toolchain's main entry points.

export { runSource, runPyc, type RunOptions, type RunOutcome } from './api.js';
export { compile, parse, dumpAst, PySyntaxError, PyLimitError, PyRecursionError, PyMemoryError } from '@pyc-ts/compiler';
export { disassemble, readPyc, writePyc, type CodeObject } from '@pyc-ts/bytecode';
export { runCode, type Host, type RunResult } from '@pyc-ts/vm';
