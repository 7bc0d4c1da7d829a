export { runCode, VirtualMachine, type Host, type RunResult } from './run.js';
export { Interpreter, DEFAULT_RECURSION_LIMIT } from './interpreter.js';
export { formatException, exceptionLine } from './traceback.js';
export { PyDict } from './dict.js';
export * from './objects.js';
export { normInt } from './numeric/index.js';
export { PyBaseException, exceptionTypes, exceptionType, newException } from './exceptions.js';
export { pyRepr, pyStr, pyHash, pyEq, pyTruthy, richCompare } from './protocols.js';
export { raise, PyRaise, InternalError } from './errors.js';
