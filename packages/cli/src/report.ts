// How a failed command ends: the message the user sees and the exit status.

import { CliExit } from './cli_exit.js';

/** EX_SOFTWARE from sysexits.h: pyc-ts itself failed, not the user's program. */
export const INTERNAL_ERROR = 70;

/**
 * Reports why a command failed on `stderr` and gives its exit status. Anything other than the user's mistake is
 * a bug in pyc-ts: one line says so, and the JavaScript stack is shown only when `debug` (PYC_TS_DEBUG) is set.
 */
export function reportFailure(e: unknown, stderr: (s: string) => void, debug: boolean): number {
  if (e instanceof CliExit) {
    stderr(e.message);
    return e.exitCode;
  }
  const message = e instanceof Error ? `${e.name}: ${e.message}` : String(e);
  stderr(`pyc-ts: internal error: ${message}\n`);
  if (debug && e instanceof Error && e.stack) stderr(`${e.stack}\n`);
  else stderr('(this is a bug in pyc-ts; set PYC_TS_DEBUG=1 to see where it happened)\n');
  return INTERNAL_ERROR;
}
