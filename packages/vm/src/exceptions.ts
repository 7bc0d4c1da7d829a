// The BaseException hierarchy and exception objects.

import type { CodeObject } from '@pyc-ts/bytecode';
import { PyObject, PyType, objectType, typeType, type PyValue } from './objects.js';

/** One traceback entry: the frame's code and the offset (in code units) of the failing instruction. */
export interface TracebackEntry {
  code: CodeObject;
  lasti: number;
}

export class PyBaseException extends PyObject {
  /** Outermost frame first, as CPython's tb chain. Filled innermost-first while unwinding (see traceback.ts). */
  tb: TracebackEntry[] = [];
  cause: PyBaseException | null = null;
  context: PyBaseException | null = null;
  suppressContext = false;
  /** Attributes set on the instance (self.x = ... in a subclass's __init__). */
  attrs: Map<string, PyValue> | null = null;
  /** NameError.name / AttributeError.name and .obj, for "Did you mean" suggestions. */
  name: string | null = null;
  obj: PyValue = undefined;
  /** The names visible where the exception was raised (the innermost traceback frame). */
  scope: { varnames: string[]; globals: () => string[]; builtins: () => string[] } | null = null;
  constructor(
    type: PyType,
    public args: PyValue[],
  ) {
    super(type);
  }
}

export const exceptionTypes = new Map<string, PyType>();

function def(name: string, base: PyType | null): PyType {
  const t = new PyType(name, base ?? objectType, typeType);
  exceptionTypes.set(name, t);
  return t;
}

export const BaseException = def('BaseException', null);
const Exception = def('Exception', BaseException);
for (const n of ['GeneratorExit', 'KeyboardInterrupt', 'SystemExit']) def(n, BaseException);

// Subclasses of Exception, as [name, base] in CPython's order.
const tree: [string, string][] = [
  ['ArithmeticError', 'Exception'],
  ['FloatingPointError', 'ArithmeticError'],
  ['OverflowError', 'ArithmeticError'],
  ['ZeroDivisionError', 'ArithmeticError'],
  ['AssertionError', 'Exception'],
  ['AttributeError', 'Exception'],
  ['BufferError', 'Exception'],
  ['EOFError', 'Exception'],
  ['ImportError', 'Exception'],
  ['ModuleNotFoundError', 'ImportError'],
  ['LookupError', 'Exception'],
  ['IndexError', 'LookupError'],
  ['KeyError', 'LookupError'],
  ['MemoryError', 'Exception'],
  ['NameError', 'Exception'],
  ['UnboundLocalError', 'NameError'],
  ['OSError', 'Exception'],
  ['ReferenceError', 'Exception'],
  ['RuntimeError', 'Exception'],
  ['NotImplementedError', 'RuntimeError'],
  ['RecursionError', 'RuntimeError'],
  ['StopAsyncIteration', 'Exception'],
  ['StopIteration', 'Exception'],
  ['SyntaxError', 'Exception'],
  ['IndentationError', 'SyntaxError'],
  ['TabError', 'IndentationError'],
  ['SystemError', 'Exception'],
  ['TypeError', 'Exception'],
  ['ValueError', 'Exception'],
  ['UnicodeError', 'ValueError'],
  ['Warning', 'Exception'],
  ['DeprecationWarning', 'Warning'],
  ['RuntimeWarning', 'Warning'],
  ['SyntaxWarning', 'Warning'],
  ['UserWarning', 'Warning'],
];
void Exception;
for (const [name, base] of tree) def(name, exceptionTypes.get(base)!);

export function exceptionType(name: string): PyType {
  const t = exceptionTypes.get(name);
  if (!t) throw new Error(`unknown exception type ${name}`);
  return t;
}

/** A NameError for an unknown name (carrying the name for suggestions). */
export function nameError(message: string, name: string): PyBaseException {
  const e = newException('NameError', message);
  e.name = name;
  return e;
}

/** An AttributeError about obj.name (carrying both for suggestions). */
export function attributeError(message: string, name: string, obj: PyValue): PyBaseException {
  const e = newException('AttributeError', message);
  e.name = name;
  e.obj = obj;
  return e;
}

/** A new exception of a builtin type with a single message argument. */
export function newException(typeName: string, message: string): PyBaseException {
  return new PyBaseException(exceptionType(typeName), [message]);
}

export function isExceptionType(t: PyValue): t is PyType {
  return t instanceof PyType && t.isSubtypeOf(BaseException);
}
