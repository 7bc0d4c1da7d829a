// Calling objects (CPython's call.c): every call from runtime code goes through
// the callable's tp_call, the same door the interpreter's CALL opens for what
// is not a Python function it can run in its own loop.

import { raise } from './errors.js';
import { TPFLAGS_METHOD_DESCRIPTOR, typeOf, type PyType, type PyValue } from './object.js';

/** callable(*argv[base:base+nargs], **dict(zip(kwnames, rest))). */
export function vectorcall(callable: PyValue, argv: PyValue[], base: number, nargs: number, kwnames: string[] | null): PyValue {
  const f = typeOf(callable).tp_call;
  if (f === null) raise('TypeError', `'${typeOf(callable).name}' object is not callable`);
  return f(callable, argv, base, nargs, kwnames);
}

/** callable(*args); with kwnames, the last kwnames.length of args are keyword arguments. */
export function call(callable: PyValue, args: PyValue[], kwnames: string[] | null = null): PyValue {
  return vectorcall(callable, args, 0, kwnames === null ? args.length : args.length - kwnames.length, kwnames);
}

export function call0(callable: PyValue): PyValue {
  return vectorcall(callable, [], 0, 0, null);
}

export function call1(callable: PyValue, a: PyValue): PyValue {
  return vectorcall(callable, [a], 0, 1, null);
}

export function call2(callable: PyValue, a: PyValue, b: PyValue): PyValue {
  return vectorcall(callable, [a, b], 0, 2, null);
}

/**
 * Calls an attribute found on an object's type with the object as first argument, binding it
 * through the descriptor protocol unless it is a method descriptor (CPython's vectorcall_unbound
 * after lookup_maybe_method). argv[base] must hold `self`.
 */
export function callFound(found: PyValue, self: PyValue, selfType: PyType, argv: PyValue[], base: number, nargs: number, kwnames: string[] | null): PyValue {
  const ft = typeOf(found);
  if ((ft.flags & TPFLAGS_METHOD_DESCRIPTOR) !== 0) return vectorcall(found, argv, base, nargs, kwnames);
  const get = ft.tp_descr_get;
  const bound = get === null ? found : get(found, self, selfType);
  return vectorcall(bound, argv, base + 1, nargs - 1, kwnames);
}

/** Looks `name` up on type(self) and calls it with self and args; undefined when the type has no such attribute. */
export function callSpecial(self: PyValue, name: string, args: PyValue[]): PyValue {
  const t = typeOf(self);
  const found = t.lookup(name);
  if (found === undefined) return undefined;
  const argv = [self, ...args];
  return callFound(found, self, t, argv, 0, argv.length, null);
}

/** The same, for a special method the type is known to have (after a lookup that found `found`). */
export function callSpecialFound(found: PyValue, self: PyValue, args: PyValue[]): PyValue {
  const argv = [self, ...args];
  return callFound(found, self, typeOf(self), argv, 0, argv.length, null);
}
