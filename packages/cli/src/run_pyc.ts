// Running .pyc bytes, shared by `pyc-ts run FILE.pyc` and runPyc(). Loads no compiler, and no Node built-ins.

import { MAGIC_NUMBER, MarshalError, readPyc, type CodeObject } from '@pyc-ts/bytecode';
import { runCode, type Host, type RunResult } from '@pyc-ts/vm';

/** The module code in a .pyc file's bytes, or the message of the RuntimeError CPython raises for them. */
export function loadPyc(bytes: Uint8Array): CodeObject | string {
  if (!(bytes.length >= MAGIC_NUMBER.length && MAGIC_NUMBER.every((b, i) => bytes[i] === b))) {
    return 'Bad magic number in .pyc file';
  }
  try {
    return readPyc(bytes).code;
  } catch (e) {
    // As run_pyc_file, which replaces marshal's EOFError or ValueError with this; anything else is a bug.
    if (e instanceof MarshalError) return 'Bad code object in .pyc file';
    throw e;
  }
}

/** Runs the module code in a .pyc file's bytes; a file CPython would refuse is refused with its error. */
export function executePyc(bytes: Uint8Array, host: Host): RunResult {
  const code = loadPyc(bytes);
  if (typeof code !== 'string') return runCode(code, host);
  // CPython raises this before any frame runs, so the report is the bare exception line.
  const traceback = `RuntimeError: ${code}\n`;
  host.stderr(traceback);
  return { exitCode: 1, exception: { type: 'RuntimeError', message: code, traceback } };
}
