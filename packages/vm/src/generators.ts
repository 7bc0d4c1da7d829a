// Generator objects: a suspended Frame. RETURN_GENERATOR hands the frame to a
// PyGenerator; each resume runs it as the entry frame of a nested execute()
// until YIELD_VALUE or RETURN_VALUE.

import { PyObject, PyType, PyBuiltinFunction, objectType, typeType, typeOf, type PyValue } from './objects.js';
import { PyBaseException, exceptionType } from './exceptions.js';
import { raise } from './errors.js';
import type { Frame } from './frame.js';
import type { Interpreter } from './interpreter.js';

export const generatorType = new PyType('generator', objectType, typeType);

export class PyGenerator extends PyObject {
  running = false;
  started = false;
  finished = false;
  /** The exception the generator is handling while suspended (its own sys.exc_info()). */
  excState: PyBaseException | null = null;
  /** The resumer's handled exception, restored when the generator yields or ends. */
  callerExc: PyBaseException | null = null;
  constructor(
    readonly interp: Interpreter,
    readonly frame: Frame,
    readonly name: string,
    readonly qualname: string,
  ) {
    super(generatorType);
  }

  /** Switches to the generator's exception state on resumption. */
  enter(): void {
    this.callerExc = this.interp.excInfo;
    if (this.excState !== null) this.interp.excInfo = this.excState;
  }

  /** Back to the resumer's exception state when the generator yields (keeping its own) or ends. */
  leave(yielded: boolean): void {
    const current = this.interp.excInfo;
    this.excState = yielded && current !== this.callerExc ? current : null;
    this.interp.excInfo = this.callerExc;
    this.callerExc = null;
  }

  /** Whether FOR_ITER/SEND may run this generator as a frame of the interpreter loop. */
  canResumeInline(): boolean {
    return !this.finished && !this.running;
  }

  /** Sends `value` in; returns the next yielded value, or undefined once the generator returned (in `returned`). */
  resume(value: PyValue): PyValue {
    if (this.finished) {
      this.returned = null;
      return undefined;
    }
    if (this.running) raise('ValueError', 'generator already executing');
    const f = this.frame;
    f.s[f.sp++] = value;
    this.started = true;
    this.enter();
    this.running = true;
    let v: PyValue;
    try {
      v = this.interp.execute(f);
    } catch (e) {
      this.finished = true;
      throw e;
    } finally {
      this.running = false;
    }
    if (this.interp.takeYielded()) return v;
    this.finished = true;
    this.returned = v;
    return undefined;
  }

  /** The value of the generator's return statement, after resume() returned undefined. */
  returned: PyValue = null;
}

function stopIteration(value: PyValue): PyBaseException {
  return new PyBaseException(exceptionType('StopIteration'), value === null ? [] : [value]);
}

function self(args: PyValue[], name: string): PyGenerator {
  const g = args[0];
  if (!(g instanceof PyGenerator)) {
    raise('TypeError', `descriptor '${name}' requires a 'generator' object but received a '${typeOf(g).name}'`);
  }
  return g;
}

generatorType.dict.set(
  '__next__',
  new PyBuiltinFunction('__next__', (args) => {
    const g = self(args, '__next__');
    const v = g.resume(null);
    if (v === undefined) throw stopIteration(g.returned);
    return v;
  }),
);
generatorType.dict.set(
  'send',
  new PyBuiltinFunction('send', (args) => {
    const g = self(args, 'send');
    if (args.length !== 2) raise('TypeError', `send() takes exactly one argument (${args.length - 1} given)`);
    if (!g.started && args[1] !== null) {
      raise('TypeError', "can't send non-None value to a just-started generator");
    }
    const v = g.resume(args[1]);
    if (v === undefined) throw stopIteration(g.returned);
    return v;
  }),
);
generatorType.dict.set(
  'close',
  new PyBuiltinFunction('close', (args) => {
    self(args, 'close').finished = true;
    return null;
  }),
);
