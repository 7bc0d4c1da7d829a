// The one exception representation: a Python exception object (PyBaseException,
// or an instance of a subclass of it), thrown as is. Runtime code raises with
// `raise(name, message)` or `throw newException(type, ...args)`; the builtin
// exception types register themselves here by name (builtins/exceptions.ts).

import { PyObject, type PyType, type PyValue } from './object.js';
import type { PyTuple } from '../builtins/tuple.js';
import type { PyTraceback } from '../builtins/traceback.js';
import { vectorcall } from './call.js';

export class PyBaseException extends PyObject {
  /** BaseException.args. */
  args: PyTuple;
  /** __traceback__: the innermost frame last, as CPython's tb_next chain runs outermost to innermost. */
  traceback: PyTraceback | null = null;
  cause: PyValue = null;
  context: PyValue = null;
  suppressContext = false;
  constructor(type: PyType, args: PyTuple) {
    super(type);
    this.args = args;
  }
}

/** The names of the builtin exceptions runtime code raises by name. */
export type BuiltinErrorName =
  | 'ArithmeticError'
  | 'AssertionError'
  | 'AttributeError'
  | 'BufferError'
  | 'EOFError'
  | 'GeneratorExit'
  | 'KeyboardInterrupt'
  | 'BaseExceptionGroup'
  | 'ExceptionGroup'
  | 'ImportError'
  | 'IndexError'
  | 'KeyError'
  | 'LookupError'
  | 'UnicodeEncodeError'
  | 'UnicodeDecodeError'
  | 'MemoryError'
  | 'ModuleNotFoundError'
  | 'NameError'
  | 'NotImplementedError'
  | 'OSError'
  | 'OverflowError'
  | 'RecursionError'
  | 'RuntimeError'
  | 'StopIteration'
  | 'StopAsyncIteration'
  | 'SyntaxError'
  | 'SystemError'
  | 'SystemExit'
  | 'TypeError'
  | 'UnboundLocalError'
  | 'UnicodeError'
  | 'ValueError'
  | 'ZeroDivisionError';

const builtinExceptions = new Map<string, PyType>();

/** Called by builtins/exceptions.ts for each builtin exception type. */
export function registerBuiltinException(t: PyType): void {
  builtinExceptions.set(t.name, t);
}

/** The builtin exception types, in the order they were defined. */
export function builtinExceptionTypes(): PyType[] {
  return [...builtinExceptions.values()];
}

/** A builtin exception type by name. */
export function exceptionType(name: string): PyType {
  const t = builtinExceptions.get(name);
  if (t === undefined) throw new InternalError(`unknown exception type ${name}`);
  return t;
}

/** An exception made as calling its type with `args` does (a builtin type's tp_new and tp_init run directly). */
export function newException(type: PyType | BuiltinErrorName, ...args: PyValue[]): PyBaseException {
  const t = typeof type === 'string' ? exceptionType(type) : type;
  if (t.heap) return vectorcall(t, args, 0, args.length, null) as PyBaseException;
  const e = t.tp_new!(t, args, 0, args.length, null) as PyBaseException;
  if (t.tp_init !== null && e.type === t) t.tp_init(e, args, 0, args.length, null);
  return e;
}

/** Raises a builtin exception with a message. */
export function raise(name: BuiltinErrorName, message: string): never {
  throw newException(name, message);
}

/** Whether `e` is a Python exception that is an instance of `t` (or of a subclass). */
export function isInstanceOfException(e: unknown, t: PyType): e is PyBaseException {
  return e instanceof PyBaseException && e.type.isSubtypeOf(t);
}

/** A JS-level failure inside the VM (a bug in pyc-ts, never a Python error). */
export class InternalError extends Error {}
