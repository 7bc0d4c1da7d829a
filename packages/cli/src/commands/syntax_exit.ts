import { PyRecursionError, PySyntaxError } from '@pyc-ts/compiler';
import { CliExit } from '../cli_exit.js';

/** Runs a compiler step; a SyntaxError (or compile-time RecursionError) ends the command with CPython's report and exit status 1. */
export function exitOnSyntaxError<T>(step: () => T): T {
  try {
    return step();
  } catch (e) {
    if (e instanceof PySyntaxError || e instanceof PyRecursionError) throw new CliExit(1, e.format());
    throw e;
  }
}
