// Running a module code object for a host: a fresh interpreter with builtins
// and sys, uncaught exceptions printed as CPython prints them.

import type { CodeObject } from '@pyc-ts/bytecode';
import { InternalError, PyBaseException, exceptionType } from '../objects/errors.js';
import type { PyValue } from '../objects/object.js';
import { intValueOrUndefined } from '../objects/boxed.js';
import * as abs from '../objects/abstract.js';
import { PyDict } from '../builtins/dict.js';
import { exceptionField } from '../builtins/exceptions.js';
import { Interpreter } from './interpreter.js';
import { StepLimitExceeded } from './steps.js';
import { safeStr } from './report.js';
import type { Host } from './host.js';

export interface RunResult {
  exitCode: number;
  exception: null | { type: string; message: string; traceback: string };
  /** Set when a limit the host gave (Host.stepLimit) stopped the program: what was exceeded. */
  limitExceeded?: string;
}

/** One Python "process": an interpreter with its builtins and sys, able to run module code. */
export class VirtualMachine {
  readonly interpreter: Interpreter;

  constructor(readonly host: Host) {
    this.interpreter = new Interpreter(host);
  }

  /** A fresh `__main__` namespace. */
  newGlobals(name = '__main__'): PyDict {
    return this.interpreter.newModuleNamespace(name);
  }

  /** Runs module code; an uncaught exception is printed to sys.stderr as CPython would. */
  run(code: CodeObject, globals: PyDict = this.newGlobals()): RunResult {
    const interp = this.interpreter;
    return interp.enter(() => {
      if (globals.getStr('__file__') === undefined) {
        globals.setStr('__file__', code.filename);
        globals.setStr('__cached__', null);
      }
      try {
        try {
          interp.runModule(code, globals);
          interp.flushStandardStreams();
          return { exitCode: 0, exception: null };
        } catch (e) {
          // Reporting runs Python code too (str() of the exception, a sys.stderr of the program's own).
          if (e instanceof PyBaseException) return this.uncaught(e);
          throw e;
        }
      } catch (e) {
        if (e instanceof StepLimitExceeded) return this.stopped(e);
        const message = e instanceof Error ? e.message : String(e);
        const trace = e instanceof InternalError || e instanceof Error ? (e.stack ?? message) : message;
        this.host.stderr(`pyc-ts: internal error in the VM: ${message}\n`);
        return { exitCode: 1, exception: { type: 'InternalError', message, traceback: trace } };
      } finally {
        interp.depth = 0;
        interp.excInfo = null;
        interp.currentFrame = null;
      }
    });
  }

  /** A limit stopped the program: what it wrote so far is flushed, and the host told why it ended. */
  private stopped(e: StepLimitExceeded): RunResult {
    this.interpreter.flushStandardStreams();
    this.host.stderr(`pyc-ts: ${e.message}: the program was stopped\n`);
    return { exitCode: 1, exception: null, limitExceeded: e.message };
  }

  private uncaught(exc: PyBaseException): RunResult {
    const interp = this.interpreter;
    if (exc.type.isSubtypeOf(exceptionType('SystemExit'))) return this.systemExit(exc);
    const message = safeStr(exc);
    const traceback = interp.formatException(exc);
    interp.printException(exc);
    interp.flushStandardStreams();
    return { exitCode: 1, exception: { type: exc.type.name, message, traceback } };
  }

  /** SystemExit: its code is the exit status, or printed to stderr (status 1). */
  private systemExit(exc: PyBaseException): RunResult {
    const interp = this.interpreter;
    const code: PyValue = exceptionField(exc, 'SystemExit.code');
    interp.flushStandardStreams();
    if (code === null) return { exitCode: 0, exception: null };
    const status = intValueOrUndefined(code);
    if (status !== undefined) return { exitCode: Number(BigInt.asIntN(32, BigInt(status))) & 0xff, exception: null };
    let text: string;
    try {
      text = abs.str(code);
    } catch {
      text = '<exception str() failed>';
    }
    interp.writeStderr(text + '\n');
    interp.flushStandardStreams();
    return { exitCode: 1, exception: null };
  }
}

/** Runs a module code object with fresh globals. */
export function runCode(code: CodeObject, host: Host): RunResult {
  return new VirtualMachine(host).run(code);
}
