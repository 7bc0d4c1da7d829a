// The names the site module adds to builtins (CPython's _sitebuiltins): exit()
// and quit() are here natively, so that programs can call them before the
// standard library is loaded.

import { PyObject, TPFLAGS_BASETYPE, type PyType, type PyValue } from '../objects/object.js';
import { defineType } from '../objects/typedef.js';
import { PyBaseException, newException } from '../objects/errors.js';
import * as abs from '../objects/abstract.js';
import { interp } from '../objects/state.js';
import type { PyDict } from '../builtins/dict.js';
import type { Interpreter } from '../interpreter/interpreter.js';

class PyQuitter extends PyObject {
  constructor(
    readonly name: string,
    readonly eof: string,
  ) {
    super(quitterType);
  }
}

const quitterType: PyType = defineType({
  name: '_sitebuiltins.Quitter',
  flags: TPFLAGS_BASETYPE,
  doc: null,
  hasDict: true,
  slots: {
    tp_repr: (q) => `Use ${(q as PyQuitter).name}() or ${(q as PyQuitter).eof} to exit`,
    tp_call: (_q, argv, base, nargs) => {
      // As site's Quitter does: close stdin (ignoring errors), then exit.
      try {
        const stdin = abs.getAttrOrUndefined(interp().sysModule, 'stdin');
        if (stdin !== undefined && stdin !== null) abs.call0(abs.getAttr(stdin, 'close'));
      } catch (e) {
        // ignored, as the bare except in _sitebuiltins ignores it (a Python exception, not the step limit)
        if (!(e instanceof PyBaseException)) throw e;
      }
      const code: PyValue = nargs > 0 ? argv[base] : null;
      throw newException('SystemExit', code);
    },
  },
});

/** Adds exit and quit to a builtins namespace. */
export function installSiteBuiltins(d: PyDict, _interp: Interpreter): void {
  d.setStr('exit', new PyQuitter('exit', 'Ctrl-D (i.e. EOF)'));
  d.setStr('quit', new PyQuitter('quit', 'Ctrl-D (i.e. EOF)'));
}
