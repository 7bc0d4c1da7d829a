// Compiling source for exec, eval and compile() through the host's compiler,
// with its failures raised as the Python exceptions CPython raises.

import type { CodeObject } from '@pyc-ts/bytecode';
import { exceptionType, newException, raise } from '../objects/errors.js';
import * as abs from '../objects/abstract.js';
import { PyTuple } from '../builtins/tuple.js';
import { CompileError, type CompileMode } from './host.js';
import type { Interpreter } from './interpreter.js';

export function compileSource(interp: Interpreter, source: string | Uint8Array, filename: string, mode: string, flags: number, optimize: number): CodeObject {
  const compile = interp.host.compile;
  if (compile === undefined) raise('RuntimeError', 'this VM has no compiler: the host gives none for exec, eval and compile()');
  try {
    return compile({ source, filename, mode: mode as CompileMode, flags, optimize });
  } catch (e) {
    if (!(e instanceof CompileError)) throw e;
    const loc = e.location;
    if (loc === null) throw newException(exceptionType(e.type), ...(e.message === '' ? [] : [e.message]));
    throw abs.call(exceptionType(e.type), [e.message, new PyTuple([loc.filename, loc.lineno, loc.offset, loc.text, loc.endLineno, loc.endOffset])]);
  }
}
