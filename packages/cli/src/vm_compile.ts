// The compile function the CLI and the API give the VM for exec, eval and compile(): our compiler, with its
// failures handed over as the Python exceptions they are.

import { compile, PyLimitError, PySyntaxError } from '@pyc-ts/compiler';
import type { CodeObject } from '@pyc-ts/bytecode';
import { CompileError, type CompileRequest } from '@pyc-ts/vm';

export function compileForVM(request: CompileRequest): CodeObject {
  if (request.mode === 'func_type') throw new CompileError('ValueError', "compile() mode 'func_type' requires flag PyCF_ONLY_AST", null);
  try {
    return compile(request.source, request.filename, request.mode);
  } catch (e) {
    if (e instanceof PySyntaxError) {
      throw new CompileError(e.type, e.msg, {
        filename: e.filename,
        lineno: e.lineno,
        offset: e.offset,
        text: e.text,
        endLineno: e.endLineno,
        endOffset: e.endOffset,
      });
    }
    if (e instanceof PyLimitError) throw new CompileError(e.type, e.message, null);
    throw e;
  }
}
