// The one way runtime code reaches the interpreter that is running Python code
// (CPython's thread state): an Interpreter sets itself current whenever it
// runs code (Interpreter.enter/leave), and everything below it asks here.
// Code runs synchronously on one JS thread, so exactly one is current while
// any Python code or slot function runs.

import type { Interpreter } from '../interpreter/interpreter.js';
import { InternalError } from './errors.js';

let current: Interpreter | null = null;

/** The interpreter running Python code now. */
export function interp(): Interpreter {
  if (current === null) throw new InternalError('no interpreter is running');
  return current;
}

/** Makes `i` current; returns the previous one, for restoreInterpreter. */
export function enterInterpreter(i: Interpreter): Interpreter | null {
  const outer = current;
  current = i;
  return outer;
}

export function restoreInterpreter(outer: Interpreter | null): void {
  current = outer;
}

/** The current interpreter, or null outside of any run. */
export function currentInterpreter(): Interpreter | null {
  return current;
}
