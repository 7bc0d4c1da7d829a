// Compile-then-execute, shared by `pyc-ts run FILE.py` and runSource(). No Node built-ins: embedders in a
// browser use it too.

import { compile, PyLimitError, PySyntaxError } from '@pyc-ts/compiler';
import type { CodeObject } from '@pyc-ts/bytecode';
import { runCode, type Host, type RunResult } from '@pyc-ts/vm';

/**
 * Compiles `source` as the module `filename` and runs it. A SyntaxError (or the RecursionError or MemoryError
 * CPython's front end raises for too deep a tree) is reported as `python3 FILE` reports
 * it (CPython's text on host.stderr, exit status 1) and comes back as the result's exception.
 */
export function executeSource(
  source: string | Uint8Array,
  filename: string,
  host: Host,
  compileModule: (source: string | Uint8Array, filename: string, mode: 'exec') => CodeObject = compile,
): RunResult {
  let code;
  try {
    code = compileModule(source, filename, 'exec');
  } catch (e) {
    if (!(e instanceof PySyntaxError || e instanceof PyLimitError)) throw e;
    const traceback = e.format();
    host.stderr(traceback);
    const message = e instanceof PySyntaxError ? syntaxErrorStr(e) : e.message;
    return { exitCode: 1, exception: { type: e.type, message, traceback } };
  }
  return runCode(code, host);
}

/** str() of a SyntaxError, as CPython's SyntaxError_str builds it: "msg (file.py, line 3)". */
function syntaxErrorStr(e: PySyntaxError): string {
  const file = typeof e.filename === 'string' ? e.filename.slice(e.filename.lastIndexOf('/') + 1) : undefined;
  const line = typeof e.lineno === 'number' ? e.lineno : undefined;
  if (file !== undefined && line !== undefined) return `${e.msg} (${file}, line ${line})`;
  if (file !== undefined) return `${e.msg} (${file})`;
  if (line !== undefined) return `${e.msg} (line ${line})`;
  return e.msg;
}
