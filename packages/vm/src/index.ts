// @pyc-ts/vm: runs CPython 3.11 code objects. Loading it builds the builtin
// types and registers the native modules.

import './objects/converters.js';
import './builtins/index.js';
import './modules/index.js';

export { runCode, VirtualMachine, type RunResult } from './interpreter/run.js';
export { Interpreter, DEFAULT_RECURSION_LIMIT, DEFAULT_MAX_ALLOCATION } from './interpreter/interpreter.js';
export { CompileError, type Host, type CompileRequest, type CompileMode } from './interpreter/host.js';
export { formatException, exceptionLine } from './interpreter/report.js';
export { PyDict } from './builtins/dict.js';
export { PyTuple } from './builtins/tuple.js';
export { PyList } from './builtins/list.js';
export * from './objects/object.js';
export { normInt } from './numeric/index.js';
export { PyBaseException, exceptionType, newException, raise, InternalError } from './objects/errors.js';
export * as abstract from './objects/abstract.js';
export { builtinTypes } from './objects/typedef.js';
