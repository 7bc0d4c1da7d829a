// The names the site module adds to builtins (CPython's _sitebuiltins and site.py): exit(), quit(),
// copyright, credits, license and help are here natively, so that programs have them before the
// standard library is loaded.

import { PyObject, TPFLAGS_BASETYPE, type PyType, type PyValue } from '../objects/object.js';
import { defineType } from '../objects/typedef.js';
import { PyBaseException, newException } from '../objects/errors.js';
import * as abs from '../objects/abstract.js';
import { interp } from '../objects/state.js';
import type { PyDict } from '../builtins/dict.js';
import { importAbsolute } from './importer.js';
import { COPYRIGHT } from './sys.js';

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

/** _sitebuiltins._Printer: shows a text; its repr is the text when short, and calling it pages through it. */
class PyPrinter extends PyObject {
  readonly lines: string[];
  constructor(
    readonly name: string,
    data: string,
  ) {
    super(printerType);
    this.lines = data.split('\n');
  }
}

/** Lines shown per page (_Printer.MAXLINES). */
const MAXLINES = 23;

const printerType: PyType = defineType({
  name: '_sitebuiltins._Printer',
  flags: TPFLAGS_BASETYPE,
  doc: 'interactive prompt objects for printing the license text, a list of\n    contributors and the copyright notice.',
  hasDict: true,
  slots: {
    tp_repr: (self) => {
      const p = self as PyPrinter;
      return p.lines.length <= MAXLINES ? p.lines.join('\n') : `Type ${p.name}() to see the full ${p.name} text`;
    },
    tp_call: (self) => {
      const p = self as PyPrinter;
      const builtins = interp().builtins;
      const print = builtins.getStr('print');
      const input = builtins.getStr('input');
      for (let lineno = 0; lineno < p.lines.length; lineno += MAXLINES) {
        for (const line of p.lines.slice(lineno, lineno + MAXLINES)) abs.call(print, [line]);
        if (lineno + MAXLINES >= p.lines.length) break;
        let key: PyValue;
        do key = abs.call(input, ['Hit Return for more, or q (and Return) to quit: ']);
        while (key !== '' && key !== 'q');
        if (key === 'q') break;
      }
      return null;
    },
  },
});

/** _sitebuiltins._Helper: help(), which hands over to pydoc. */
const helperType: PyType = defineType({
  name: '_sitebuiltins._Helper',
  flags: TPFLAGS_BASETYPE,
  doc: "Define the builtin 'help'.\n\n    This is a wrapper around pydoc.help that provides a helpful message\n    when 'help' is typed at the Python interactive prompt.\n\n    Calling help() at the Python prompt starts an interactive help session.\n    Calling help(thing) prints help for the python object 'thing'.\n    ",
  hasDict: true,
  slots: {
    tp_repr: () => 'Type help() for interactive help, or help(object) for help about object.',
    tp_call: (_self, argv, base, nargs, kwnames) => {
      const pydoc = importAbsolute(interp(), 'pydoc');
      return abs.vectorcall(abs.getAttr(pydoc, 'help'), argv, base, nargs, kwnames);
    },
  },
});

const CREDITS =
  '    Thanks to CWI, CNRI, BeOpen.com, Zope Corporation and a cast of thousands\n' +
  '    for supporting Python development.  See www.python.org for more information.';

/** Adds exit, quit, copyright, credits, license and help to a builtins namespace, as site.py does. */
export function installSiteBuiltins(d: PyDict): void {
  d.setStr('exit', new PyQuitter('exit', 'Ctrl-D (i.e. EOF)'));
  d.setStr('quit', new PyQuitter('quit', 'Ctrl-D (i.e. EOF)'));
  d.setStr('copyright', new PyPrinter('copyright', COPYRIGHT));
  d.setStr('credits', new PyPrinter('credits', CREDITS));
  // site.py looks for LICENSE.txt beside the standard library first; there is no file system to look in.
  d.setStr('license', new PyPrinter('license', 'See https://www.python.org/psf/license/'));
  d.setStr('help', new PyObject(helperType));
}
