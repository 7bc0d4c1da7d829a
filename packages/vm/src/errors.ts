// Raising Python exceptions from helpers that do not hold the interpreter.
// The interpreter turns a thrown PyRaise into a Python exception object of the
// named builtin type, so helpers stay free of the object model.

export type BuiltinErrorName =
  | 'ArithmeticError'
  | 'AssertionError'
  | 'AttributeError'
  | 'IndexError'
  | 'KeyError'
  | 'LookupError'
  | 'MemoryError'
  | 'NameError'
  | 'NotImplementedError'
  | 'OverflowError'
  | 'RecursionError'
  | 'RuntimeError'
  | 'StopIteration'
  | 'SystemError'
  | 'TypeError'
  | 'UnboundLocalError'
  | 'ValueError'
  | 'ZeroDivisionError';

export class PyRaise {
  constructor(
    readonly typeName: BuiltinErrorName,
    readonly message: string,
  ) {}
}

export function raise(typeName: BuiltinErrorName, message: string): never {
  throw new PyRaise(typeName, message);
}

/** A JS-level failure inside the VM (a bug or an unsupported feature, not a Python error). */
export class InternalError extends Error {}
