// Generators, coroutines and asynchronous generators (Objects/genobject.c): a
// suspended Frame. RETURN_GENERATOR hands the frame to a PyGenerator; each
// resume runs it until YIELD_VALUE or RETURN_VALUE, either as a frame of the
// interpreter's loop (FOR_ITER, SEND) or as a nested run (next(), send(),
// throw() from runtime code).

import { PyObject, typeOf, type PyType, type PyValue } from '../objects/object.js';
import { defineType, type MethodDef } from '../objects/typedef.js';
import { genericAlias } from './genericalias.js';
import { PyBaseException, exceptionType, isInstanceOfException, newException, raise } from '../objects/errors.js';
import { strValueOrUndefined } from '../objects/boxed.js';
import * as abs from '../objects/abstract.js';
import type { Frame } from '../interpreter/frame.js';
import type { Interpreter } from '../interpreter/interpreter.js';
import { PyTuple } from './tuple.js';
import { PyTraceback } from './traceback.js';
import { frameObject } from './frame.js';
import { codeValue } from './code.js';
import { exceptionField, isExceptionType } from './exceptions.js';
import { addressOf } from './identity.js';

const RESUME = 151;

export class PyGenerator extends PyObject {
  running = false;
  started = false;
  finished = false;
  /** The exception the generator is handling while suspended (its own sys.exc_info()). */
  excState: PyBaseException | null = null;
  /** The resumer's handled exception, restored when the generator yields or ends. */
  callerExc: PyBaseException | null = null;
  /** The value of the generator's return statement, once it returned. */
  returned: PyValue = null;
  /** Async generators: an asend/athrow is in progress (ag_running). */
  runningAsync = false;
  /** Async generators: closed by aclose() or exhaustion. */
  closed = false;
  /** Async generators: whether sys.set_asyncgen_hooks' firstiter has been called. */
  hooksInited = false;
  constructor(
    type: PyType,
    readonly interp: Interpreter,
    readonly frame: Frame,
    public name: string,
    public qualname: string,
    /** A generator made a coroutine by types.coroutine (CO_ITERABLE_COROUTINE): awaitable. */
    readonly iterableCoroutine: boolean,
  ) {
    super(type);
  }

  /** 'generator', 'coroutine' or 'async generator', as messages name the kind. */
  get kindName(): string {
    return this.type === coroutineType ? 'coroutine' : this.type === asyncGeneratorType ? 'async generator' : 'generator';
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
    return !this.finished && !this.running && this.type !== asyncGeneratorType;
  }

  /** RETURN_VALUE: the generator is done. */
  finish(rv: PyValue): void {
    this.finished = true;
    this.running = false;
    this.returned = rv;
  }

  /**
   * An exception escaped the generator's frame: it is done, and a StopIteration (or, in an async
   * generator, StopAsyncIteration) leaving it becomes a RuntimeError (PEP 479).
   */
  failed(exc: PyBaseException): PyBaseException {
    this.finished = true;
    this.running = false;
    this.leave(false);
    const stop = exc.type.isSubtypeOf(exceptionType('StopIteration'));
    const stopAsync = this.type === asyncGeneratorType && exc.type.isSubtypeOf(exceptionType('StopAsyncIteration'));
    if (!stop && !stopAsync) return exc;
    const what = stop ? 'StopIteration' : 'StopAsyncIteration';
    const wrapped = newException('RuntimeError', `${this.kindName} raised ${what}`);
    wrapped.cause = exc;
    wrapped.context = exc;
    wrapped.suppressContext = true;
    return wrapped;
  }

  private checkRunnable(): void {
    if (this.running) {
      if (this.type === coroutineType) raise('ValueError', 'coroutine already executing');
      if (this.type === asyncGeneratorType) raise('ValueError', 'async generator already executing');
      raise('ValueError', 'generator already executing');
    }
  }

  /** Runs the frame with `value` sent in (or `exc` thrown in); the next yielded value, or undefined once it returned. */
  private run(value: PyValue, exc?: PyBaseException): PyValue {
    const f = this.frame;
    if (exc === undefined) f.s[f.sp++] = value;
    this.started = true;
    this.enter();
    this.running = true;
    f.back = null;
    let v: PyValue;
    try {
      v = this.interp.execute(f, exc);
    } finally {
      this.running = false;
    }
    if (this.interp.takeYielded()) return v;
    this.finished = true;
    this.returned = v;
    return undefined;
  }

  /** gen.send(value) (gen_send_ex): the next yielded value, or undefined when it returned (value in `returned`). */
  send(value: PyValue): PyValue {
    this.checkRunnable();
    if (this.finished) {
      if (this.type === coroutineType && !this.iterableCoroutine) raise('RuntimeError', 'cannot reuse already awaited coroutine');
      this.returned = null;
      return undefined;
    }
    if (!this.started && value !== null) raise('TypeError', `can't send non-None value to a just-started ${this.kindName}`);
    return this.run(value);
  }

  /** The iterator this generator delegates to while suspended in `yield from` or `await` (_PyGen_yf). */
  yieldFrom(): PyValue {
    if (!this.started || this.finished || this.running) return undefined;
    const f = this.frame;
    const ops = f.info.ops;
    if ((ops[f.ip] & 255) !== RESUME || f.info.args[f.ip] < 2) return undefined;
    return f.s[f.sp - 1];
  }

  /** gen.throw(exc) (_gen_throw): into the delegate first, then into the frame. */
  throwInto(exc: PyBaseException, closeOnGenexit: boolean): PyValue {
    this.checkRunnable();
    const yf = this.yieldFrom();
    if (yf !== undefined) {
      if (exc.type.isSubtypeOf(exceptionType('GeneratorExit')) && closeOnGenexit) return this.throwHere(this.closeDelegate(yf) ?? exc);
      let ret: PyValue;
      this.running = true;
      try {
        if (yf instanceof PyGenerator) {
          ret = yf.throwInto(exc, closeOnGenexit);
          if (ret === undefined) throw stopIteration(yf.returned);
        } else {
          const meth = abs.getAttrOrUndefined(yf, 'throw');
          if (meth === undefined) {
            this.running = false;
            return this.throwHere(exc);
          }
          ret = abs.call(meth, [exc.type, exc, exc.traceback]);
        }
      } catch (e) {
        this.running = false;
        if (!(e instanceof PyBaseException)) throw e;
        if (e.type.isSubtypeOf(exceptionType('StopIteration'))) {
          // The delegate is done: take its value as the result of the `yield from` and go on after it.
          const f = this.frame;
          f.s[--f.sp] = undefined;
          const send = f.lasti - 1;
          f.ip = f.lasti + f.info.args[send];
          return this.run(exceptionField(e, 'StopIteration.value'));
        }
        return this.throwHere(e);
      } finally {
        this.running = false;
      }
      return ret;
    }
    return this.throwHere(exc);
  }

  /** gen_close_iter on the delegate of a `yield from`, this generator running meanwhile: the error it raised, if any. */
  private closeDelegate(yf: PyValue): PyBaseException | null {
    this.running = true;
    try {
      closeIter(yf);
      return null;
    } catch (e) {
      if (!(e instanceof PyBaseException)) throw e;
      return e;
    } finally {
      this.running = false;
    }
  }

  /** Raises exc inside the frame where it is suspended. */
  private throwHere(exc: PyBaseException): PyValue {
    if (this.finished || !this.started) {
      this.finished = true;
      throw exc;
    }
    return this.run(null, exc);
  }

  /** gen.close(). */
  close(): void {
    if (this.finished) return;
    if (!this.started) {
      this.finished = true;
      return;
    }
    const yf = this.yieldFrom();
    const err = yf === undefined ? null : this.closeDelegate(yf);
    let r: PyValue;
    try {
      r = this.run(null, err ?? newException('GeneratorExit'));
    } catch (e) {
      if (isInstanceOfException(e, exceptionType('StopIteration')) || isInstanceOfException(e, exceptionType('GeneratorExit'))) return;
      throw e;
    }
    if (r !== undefined) raise('RuntimeError', `${this.kindName} ignored GeneratorExit`);
  }
}

/** A StopIteration carrying a return value (None gives one without arguments, as CPython's). */
export function stopIteration(value: PyValue): PyBaseException {
  return value === null ? newException('StopIteration') : newException('StopIteration', value);
}

/** Closes the iterator a generator delegates to (gen_close_iter). */
function closeIter(yf: PyValue): void {
  if (yf instanceof PyGenerator) {
    yf.close();
    return;
  }
  const close = abs.getAttrOrUndefined(yf, 'close');
  if (close !== undefined) abs.call0(close);
}

/** The exception gen.throw(typ, val, tb) throws in (with the deprecated separate value and traceback). */
function throwArgument(typ: PyValue, val: PyValue, tb: PyValue): PyBaseException {
  if (tb !== undefined && tb !== null && !(tb instanceof PyTraceback)) raise('TypeError', 'throw() third argument must be a traceback object');
  let exc: PyBaseException;
  if (isExceptionType(typ)) {
    if (val === undefined || val === null) exc = abs.call0(typ) as PyBaseException;
    else if (val instanceof PyBaseException && typeOf(val).isSubtypeOf(typ)) exc = val;
    else exc = abs.call(typ, val instanceof PyTuple ? val.items : [val]) as PyBaseException;
    if (!(exc instanceof PyBaseException)) raise('TypeError', `calling ${abs.repr(typ)} should have returned an instance of BaseException, not ${typeOf(exc).name}`);
  } else if (typ instanceof PyBaseException) {
    if (val !== undefined && val !== null) raise('TypeError', 'instance exception may not have a separate value');
    exc = typ;
  } else {
    raise('TypeError', `exceptions must be classes or instances deriving from BaseException, not ${typeOf(typ).name}`);
  }
  if (tb !== undefined && tb !== null) exc.traceback = tb;
  return exc;
}

function genRepr(g: PyGenerator): string {
  return `<${g.kindName === 'async generator' ? 'async_generator' : g.kindName} object ${g.qualname} at ${addressOf(g)}>`;
}

function throwMethodArgs(fname: string, argv: PyValue[], base: number, nargs: number, kwnames: string[] | null): PyBaseException {
  if (kwnames !== null && kwnames.length > 0) raise('TypeError', `${fname}() takes no keyword arguments`);
  if (nargs < 1 || nargs > 3) raise('TypeError', `throw expected ${nargs < 1 ? 'at least 1' : 'at most 3'} argument${nargs < 1 ? '' : 's'}, got ${nargs}`);
  return throwArgument(argv[base], nargs > 1 ? argv[base + 1] : undefined, nargs > 2 ? argv[base + 2] : undefined);
}

/** The value gen.send()/__next__ return, or StopIteration with the return value. */
function sendResult(g: PyGenerator, v: PyValue): PyValue {
  if (v === undefined) throw stopIteration(g.returned);
  return v;
}

const nameGetsets = {
  __name__: {
    get: (g: PyGenerator) => g.name,
    set: (g: PyGenerator, v: PyValue) => {
      const s = strValueOrUndefined(v);
      if (s === undefined) raise('TypeError', '__name__ must be set to a string object');
      g.name = s;
    },
  },
  __qualname__: {
    get: (g: PyGenerator) => g.qualname,
    set: (g: PyGenerator, v: PyValue) => {
      const s = strValueOrUndefined(v);
      if (s === undefined) raise('TypeError', '__qualname__ must be set to a string object');
      g.qualname = s;
    },
  },
};

function suspended(g: PyGenerator): boolean {
  return g.started && !g.finished && !g.running;
}

/** The methods generators and coroutines share (gen_methods and coro_methods). */
const generatorMethods: Record<string, MethodDef> = {
    'send($self, value, /)': { impl: (g: PyGenerator, v: PyValue) => sendResult(g, g.send(v)), textSignature: false },
    'throw($self, typ, val=None, tb=None, /)': {
      impl: (g: PyGenerator, argv: PyValue[], base: number, nargs: number, kwnames: string[] | null) =>
        sendResult(g, g.throwInto(throwMethodArgs('throw', argv, base, nargs, kwnames), true)),
      style: 'raw',
      textSignature: false,
    },
    'close($self, /)': { impl: (g: PyGenerator) => (g.close(), null), textSignature: false },
    '__sizeof__($self, /)': { impl: (g: PyGenerator) => 96 + 8 * g.frame.s.length, textSignature: false },
};

export const generatorType: PyType = defineType({
  name: 'generator',
  slots: {
    tp_repr: (g) => genRepr(g as PyGenerator),
    tp_getattro: abs.genericGetAttr,
    tp_iter: (g) => g,
    tp_iternext: (g) => {
      const gen = g as PyGenerator;
      const v = gen.send(null);
      if (v === undefined) abs.setStopValue(gen.returned);
      return v;
    },
  },
  methods: generatorMethods,
  members: {
    gi_code: { get: (g: PyGenerator) => codeValue(g.frame.info.code) },
  },
  getsets: {
    ...nameGetsets,
    gi_yieldfrom: { get: (g: PyGenerator) => g.yieldFrom() ?? null },
    gi_running: { get: (g: PyGenerator) => g.running },
    gi_frame: { get: (g: PyGenerator) => (g.finished ? null : frameObject(g.frame)) },
    gi_suspended: { get: (g: PyGenerator) => suspended(g) },
  },
});

// ---- coroutines ----

export const coroutineType: PyType = defineType({
  name: 'coroutine',
  slots: {
    tp_repr: (g) => genRepr(g as PyGenerator),
    tp_getattro: abs.genericGetAttr,
    am_await: (g) => new PyCoroutineWrapper(g as PyGenerator),
  },
  methods: generatorMethods,
  members: {
    cr_code: { get: (g: PyGenerator) => codeValue(g.frame.info.code) },
    cr_origin: { get: () => null },
  },
  getsets: {
    ...nameGetsets,
    cr_await: { get: (g: PyGenerator) => g.yieldFrom() ?? null },
    cr_running: { get: (g: PyGenerator) => g.running },
    cr_frame: { get: (g: PyGenerator) => (g.finished ? null : frameObject(g.frame)) },
    cr_suspended: { get: (g: PyGenerator) => suspended(g) },
  },
});

/** What coroutine.__await__() returns: an iterator driving the coroutine. */
export class PyCoroutineWrapper extends PyObject {
  constructor(readonly coro: PyGenerator) {
    super(coroutineWrapperType);
  }
}

export const coroutineWrapperType: PyType = defineType({
  name: 'coroutine_wrapper',
  slots: {
    tp_iter: (w) => w,
    tp_iternext: (w) => {
      const c = (w as PyCoroutineWrapper).coro;
      const v = c.send(null);
      if (v === undefined) abs.setStopValue(c.returned);
      return v;
    },
  },
  methods: {
    'send($self, arg, /)': { impl: (w: PyCoroutineWrapper, v: PyValue) => sendResult(w.coro, w.coro.send(v)), textSignature: false },
    'throw($self, typ, val=None, tb=None, /)': {
      impl: (w: PyCoroutineWrapper, argv: PyValue[], base: number, nargs: number, kwnames: string[] | null) =>
        sendResult(w.coro, w.coro.throwInto(throwMethodArgs('throw', argv, base, nargs, kwnames), true)),
      style: 'raw',
      textSignature: false,
    },
    'close($self, /)': { impl: (w: PyCoroutineWrapper) => (w.coro.close(), null), textSignature: false },
  },
});

// ---- asynchronous generators ----

/** A value an async generator yields, told apart from values its awaits pass through (_PyAsyncGenWrappedValue). */
export class PyAsyncGenWrappedValue extends PyObject {
  constructor(readonly value: PyValue) {
    super(asyncGenWrappedValueType);
  }
}

export const asyncGenWrappedValueType: PyType = defineType({ name: 'async_generator_wrapped_value' });

/** Runs firstiter of sys.set_asyncgen_hooks once per async generator. */
function initHooks(g: PyGenerator): void {
  if (g.hooksInited) return;
  g.hooksInited = true;
  const firstiter = g.interp.asyncgenFirstiter;
  if (firstiter !== null) abs.call1(firstiter, g);
}

/**
 * The result of one step of an async generator through asend/athrow (async_gen_unwrap_value):
 * a value its await passes out, or undefined with the yielded value as the StopIteration's
 * (setStopValue), or StopAsyncIteration thrown when it finished.
 */
function unwrap(g: PyGenerator, step: () => PyValue): PyValue {
  let r: PyValue;
  try {
    r = step();
  } catch (e) {
    if (isInstanceOfException(e, exceptionType('StopAsyncIteration')) || isInstanceOfException(e, exceptionType('GeneratorExit'))) g.closed = true;
    g.runningAsync = false;
    throw e;
  }
  if (r === undefined) {
    g.closed = true;
    g.runningAsync = false;
    throw newException('StopAsyncIteration');
  }
  if (r instanceof PyAsyncGenWrappedValue) {
    g.runningAsync = false;
    abs.setStopValue(r.value);
    return undefined;
  }
  return r;
}

const INIT = 0;
const ITER = 1;
const CLOSED = 2;

/** async_generator_asend: the awaitable of __anext__() and asend(value). */
export class PyAsyncGenASend extends PyObject {
  state = INIT;
  constructor(
    readonly gen: PyGenerator,
    readonly sendval: PyValue,
  ) {
    super(asyncGenASendType);
  }

  step(arg: PyValue): PyValue {
    if (this.state === CLOSED) raise('RuntimeError', 'cannot reuse already awaited __anext__()/asend()');
    if (this.state === INIT) {
      if (this.gen.runningAsync) raise('RuntimeError', 'anext(): asynchronous generator is already running');
      if (arg === null) arg = this.sendval;
      this.state = ITER;
    }
    this.gen.runningAsync = true;
    try {
      const r = unwrap(this.gen, () => this.gen.send(arg));
      if (r === undefined) this.state = CLOSED;
      return r;
    } catch (e) {
      this.state = CLOSED;
      throw e;
    }
  }

  throwIn(exc: PyBaseException): PyValue {
    if (this.state === CLOSED) raise('RuntimeError', 'cannot reuse already awaited __anext__()/asend()');
    try {
      const r = unwrap(this.gen, () => this.gen.throwInto(exc, false));
      if (r === undefined) this.state = CLOSED;
      return r;
    } catch (e) {
      this.state = CLOSED;
      throw e;
    }
  }
}

/** A step's result as send() returns it: the value, or StopIteration carrying the yielded value. */
function awaitableResult(r: PyValue): PyValue {
  if (r === undefined) throw stopIteration(abs.takeStopValue());
  return r;
}

/** What asend(), athrow() and aclose() return: an awaitable that steps its generator. */
interface AsyncGenAwaitable extends PyObject {
  state: number;
  step(arg: PyValue): PyValue;
  throwIn(exc: PyBaseException): PyValue;
}

/** The type of one kind of async generator awaitable: iterator, awaitable, and a coroutine's send/throw/close. */
function asyncGenAwaitableType(name: string): PyType {
  return defineType({
    name,
    slots: {
      tp_iter: (a) => a,
      tp_iternext: (a) => (a as AsyncGenAwaitable).step(null),
      am_await: (a) => a,
    },
    methods: {
      'send($self, arg, /)': { impl: (a: AsyncGenAwaitable, v: PyValue) => awaitableResult(a.step(v)), textSignature: false },
      'throw($self, typ, val=None, tb=None, /)': {
        impl: (a: AsyncGenAwaitable, argv: PyValue[], base: number, nargs: number, kwnames: string[] | null) =>
          awaitableResult(a.throwIn(throwMethodArgs('throw', argv, base, nargs, kwnames))),
        style: 'raw',
        textSignature: false,
      },
      'close($self, /)': {
        impl: (a: AsyncGenAwaitable) => {
          a.state = CLOSED;
          return null;
        },
        textSignature: false,
      },
    },
  });
}

export const asyncGenASendType = asyncGenAwaitableType('async_generator_asend');

/** async_generator_athrow: the awaitable of athrow() and aclose(). */
export class PyAsyncGenAThrow extends PyObject {
  state = INIT;
  constructor(
    readonly gen: PyGenerator,
    /** The exception to throw, or null for aclose(). */
    readonly exc: PyBaseException | null,
  ) {
    super(asyncGenAThrowType);
  }

  step(arg: PyValue): PyValue {
    const g = this.gen;
    if (this.state === CLOSED) raise('RuntimeError', 'cannot reuse already awaited aclose()/athrow()');
    if (g.finished) {
      this.state = CLOSED;
      throw newException('StopIteration');
    }
    if (this.state === INIT) {
      if (g.runningAsync) {
        this.state = CLOSED;
        raise('RuntimeError', this.exc === null ? 'aclose(): asynchronous generator is already running' : 'athrow(): asynchronous generator is already running');
      }
      if (g.closed) {
        this.state = CLOSED;
        throw newException('StopAsyncIteration');
      }
      if (arg !== null) raise('RuntimeError', "can't send non-None value to a just-started coroutine");
      this.state = ITER;
      g.runningAsync = true;
      const exc = this.exc ?? newException('GeneratorExit');
      return this.result(() => g.throwInto(exc, false));
    }
    return this.result(() => g.send(arg));
  }

  throwIn(exc: PyBaseException): PyValue {
    if (this.state === CLOSED) raise('RuntimeError', 'cannot reuse already awaited aclose()/athrow()');
    return this.result(() => this.gen.throwInto(exc, false));
  }

  /** async_gen_athrow_send's handling of a step: aclose() ignoring a yield is an error. */
  private result(step: () => PyValue): PyValue {
    const g = this.gen;
    try {
      const r = unwrap(g, step);
      if (this.exc === null && r === undefined) {
        g.runningAsync = false;
        this.state = CLOSED;
        raise('RuntimeError', 'async generator ignored GeneratorExit');
      }
      if (r === undefined) this.state = CLOSED;
      return r;
    } catch (e) {
      this.state = CLOSED;
      if (this.exc === null && (isInstanceOfException(e, exceptionType('StopAsyncIteration')) || isInstanceOfException(e, exceptionType('GeneratorExit')))) {
        abs.setStopValue(null);
        return undefined;
      }
      throw e;
    }
  }
}

export const asyncGenAThrowType = asyncGenAwaitableType('async_generator_athrow');

export const asyncGeneratorType: PyType = defineType({
  name: 'async_generator',
  slots: {
    tp_repr: (g) => genRepr(g as PyGenerator),
    tp_getattro: abs.genericGetAttr,
    am_aiter: (g) => g,
    am_anext: (g) => {
      initHooks(g as PyGenerator);
      return new PyAsyncGenASend(g as PyGenerator, null);
    },
  },
  methods: {
    'asend($self, value, /)': {
      impl: (g: PyGenerator, v: PyValue) => {
        initHooks(g);
        return new PyAsyncGenASend(g, v);
      },
      textSignature: false,
    },
    'athrow($self, typ, val=None, tb=None, /)': {
      impl: (g: PyGenerator, argv: PyValue[], base: number, nargs: number, kwnames: string[] | null) => {
        initHooks(g);
        return new PyAsyncGenAThrow(g, throwMethodArgs('athrow', argv, base, nargs, kwnames));
      },
      style: 'raw',
      textSignature: false,
    },
    'aclose($self, /)': {
      impl: (g: PyGenerator) => {
        initHooks(g);
        return new PyAsyncGenAThrow(g, null);
      },
      textSignature: false,
    },
    '__sizeof__($self, /)': { impl: (g: PyGenerator) => 96 + 8 * g.frame.s.length, textSignature: false },
  },
  classmethods: {
    '__class_getitem__($type, item, /)': { impl: genericAlias, textSignature: false },
  },
  members: {
    ag_code: { get: (g: PyGenerator) => codeValue(g.frame.info.code) },
    ag_running: { get: (g: PyGenerator) => g.runningAsync },
  },
  getsets: {
    ...nameGetsets,
    ag_await: { get: (g: PyGenerator) => g.yieldFrom() ?? null },
    ag_frame: { get: (g: PyGenerator) => (g.finished ? null : frameObject(g.frame)) },
  },
});

