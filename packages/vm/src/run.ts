// Running a module code object for a host: fresh globals, builtins and sys,
// uncaught exceptions printed as CPython prints them.

import type { CodeObject } from '@pyc-ts/bytecode';
import { PyDict } from './dict.js';
import { Interpreter } from './interpreter.js';
import { InternalError } from './errors.js';
import { PyStream, makeBuiltins } from './builtins.js';
import { installMethods } from './methods.js';
import { makeMathModule } from './math_module.js';
import { PyBaseException, exceptionType } from './exceptions.js';
import { PyBuiltinFunction, PyList, PyModule, type PyValue } from './objects.js';
import { raise } from './errors.js';
import { formatException, safeStr } from './traceback.js';

export interface Host {
  stdout(s: string): void;
  stderr(s: string): void;
  /** The text of a source file, for traceback lines. */
  source?(filename: string): string | undefined;
  /** sys.argv. */
  argv?: string[];
  /** input(): the next line of standard input without its newline, or null at end of input. */
  readline?(): string | null;
}

export interface RunResult {
  exitCode: number;
  exception: null | { type: string; message: string; traceback: string };
}

/** One Python "process": builtins, sys and the interpreter state, able to run module code. */
export class VirtualMachine {
  readonly interpreter: Interpreter;
  readonly builtins: PyDict;
  readonly sys: PyModule;

  constructor(readonly host: Host) {
    this.interpreter = new Interpreter();
    this.builtins = makeBuiltins(this.interpreter, host);
    installMethods();
    this.builtins.namespace = true;
    this.interpreter.builtins = this.builtins;
    this.sys = this.makeSys();
    this.interpreter.modules.set('sys', this.sys);
    this.interpreter.modules.set('math', makeMathModule());
  }

  private makeSys(): PyModule {
    const d = new PyDict();
    d.setStr('__name__', 'sys');
    d.setStr('argv', new PyList([...(this.host.argv ?? [''])]));
    d.setStr('stdout', new PyStream('<stdout>', (s) => this.host.stdout(s)));
    d.setStr('stderr', new PyStream('<stderr>', (s) => this.host.stderr(s)));
    d.setStr('maxsize', 9223372036854775807n);
    const interp = this.interpreter;
    const exit = new PyBuiltinFunction('exit', (args) => {
      throw new PyBaseException(exceptionType('SystemExit'), args.slice(0, 1));
    });
    d.setStr('exit', exit);
    // exit() and quit(), which the site module adds to builtins.
    this.builtins.setStr('exit', exit);
    this.builtins.setStr('quit', exit);
    d.setStr('getrecursionlimit', new PyBuiltinFunction('getrecursionlimit', () => interp.recursionLimit));
    d.setStr(
      'setrecursionlimit',
      new PyBuiltinFunction('setrecursionlimit', (args) => {
        const n = args[0];
        if (args.length !== 1 || typeof n !== 'number') raise('TypeError', 'an integer is required');
        if (n < 1) raise('ValueError', 'recursion limit must be greater or equal than 1');
        interp.recursionLimit = n;
        return null;
      }),
    );
    return new PyModule('sys', d);
  }

  /** A fresh `__main__` namespace. */
  newGlobals(name = '__main__'): PyDict {
    const g = new PyDict();
    g.namespace = true;
    g.setStr('__name__', name);
    g.setStr('__doc__', null);
    g.setStr('__package__', null);
    g.setStr('__loader__', null);
    g.setStr('__spec__', null);
    g.setStr('__annotations__', new PyDict());
    g.setStr('__builtins__', this.builtins);
    return g;
  }

  /** Runs module code; an uncaught exception is printed to host.stderr as CPython would. */
  run(code: CodeObject, globals: PyDict = this.newGlobals()): RunResult {
    if (globals.getStr('__file__') === undefined) {
      globals.setStr('__file__', code.filename);
      globals.setStr('__cached__', null);
    }
    try {
      this.interpreter.runModule(code, globals);
      return { exitCode: 0, exception: null };
    } catch (e) {
      if (e instanceof PyBaseException) return this.uncaught(e);
      const message = e instanceof Error ? e.message : String(e);
      const trace = e instanceof InternalError || e instanceof Error ? (e.stack ?? message) : message;
      this.host.stderr(`pyc-ts: internal error in the VM: ${message}\n`);
      return { exitCode: 1, exception: { type: 'InternalError', message, traceback: trace } };
    } finally {
      this.interpreter.depth = 0;
      this.interpreter.excInfo = null;
    }
  }

  private uncaught(exc: PyBaseException): RunResult {
    return this.interpreter.hosting(() => this.report(exc));
  }

  private report(exc: PyBaseException): RunResult {
    const message = safeStr(exc);
    if (exc.type.name === 'SystemExit') {
      const arg: PyValue = exc.args.length === 0 ? null : exc.args.length === 1 ? exc.args[0] : undefined;
      if (arg === null) return { exitCode: 0, exception: null };
      if (typeof arg === 'number' || typeof arg === 'boolean') return { exitCode: Number(arg), exception: null };
      this.host.stderr(message + '\n');
      return { exitCode: 1, exception: null };
    }
    const traceback = formatException(exc, this.host.source?.bind(this.host));
    this.host.stderr(traceback);
    return { exitCode: 1, exception: { type: exc.type.name, message, traceback } };
  }
}

/** Runs a module code object with fresh globals. */
export function runCode(code: CodeObject, host: Host): RunResult {
  return new VirtualMachine(host).run(code);
}
