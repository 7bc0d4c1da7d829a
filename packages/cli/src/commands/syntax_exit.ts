import { PyLimitError, PySyntaxError } from '@pyc-ts/compiler';
import { CliExit } from '../cli_exit.js';

/** Runs a compiler step; a SyntaxError (or the front end's RecursionError or MemoryError) ends the command with CPython's report and exit status 1. */
export function exitOnSyntaxError<T>(step: () => T): T {
  try {
    return step();
  } catch (e) {
    if (e instanceof PySyntaxError || e instanceof PyLimitError) throw new CliExit(1, e.format());
    throw e;
  }
}
