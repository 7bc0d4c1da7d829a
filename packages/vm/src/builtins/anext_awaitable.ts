// anext_awaitable (Objects/iterobject.c): what anext(aiterator, default) returns,
// an awaitable that gives the default when the iterator is exhausted.

import { PyObject, typeOf, type PyType, type PyValue } from '../objects/object.js';
import { defineType } from '../objects/typedef.js';
import { exceptionType, isInstanceOfException, newException, raise } from '../objects/errors.js';
import * as abs from '../objects/abstract.js';
import { awaitableIter } from '../interpreter/ops.js';

export class PyAnextAwaitable extends PyObject {
  iterator: PyValue = null;
  constructor(
    readonly wrapped: PyValue,
    readonly dflt: PyValue,
  ) {
    super(anextAwaitableType);
  }

  private iter(): PyValue {
    return (this.iterator ??= awaitableIter(this.wrapped));
  }

  /** One step through the wrapped awaitable; StopAsyncIteration becomes StopIteration(default). */
  step(f: (it: PyValue) => PyValue): PyValue {
    try {
      return f(this.iter());
    } catch (e) {
      if (isInstanceOfException(e, exceptionType('StopAsyncIteration'))) throw newException('StopIteration', this.dflt);
      throw e;
    }
  }
}

export const anextAwaitableType: PyType = defineType({
  name: 'anext_awaitable',
  slots: {
    tp_iter: (a) => a,
    tp_iternext: (a) =>
      (a as PyAnextAwaitable).step((it) => {
        const next = typeOf(it).tp_iternext;
        if (next === null) raise('TypeError', `'${typeOf(it).name}' object is not an iterator`);
        abs.setStopValue(null);
        try {
          return next(it);
        } catch (e) {
          if (isInstanceOfException(e, exceptionType('StopAsyncIteration'))) {
            abs.setStopValue((a as PyAnextAwaitable).dflt);
            return undefined;
          }
          throw e;
        }
      }),
    am_await: (a) => a,
  },
  methods: {
    'send($self, value, /)': {
      impl: (a: PyAnextAwaitable, v: PyValue) => a.step((it) => abs.call1(abs.getAttr(it, 'send'), v)),
      textSignature: false,
    },
    'throw($self, typ, val=None, tb=None, /)': {
      impl: (a: PyAnextAwaitable, argv: PyValue[], base: number, nargs: number) => a.step((it) => abs.call(abs.getAttr(it, 'throw'), argv.slice(base, base + nargs))),
      style: 'raw',
      textSignature: false,
    },
    'close($self, /)': { impl: (a: PyAnextAwaitable) => a.step((it) => abs.call0(abs.getAttr(it, 'close'))), textSignature: false },
  },
});

export function newAnextAwaitable(awaitable: PyValue, dflt: PyValue): PyAnextAwaitable {
  return new PyAnextAwaitable(awaitable, dflt);
}
