// Warnings raised by the runtime itself (Python/_warnings.c's warn_explicit
// with its default filters), shown on sys.stderr as CPython shows them. A
// warnings module (once imported) takes over through its filters.

import { exceptionType, type BuiltinErrorName } from '../objects/errors.js';
import type { PyType } from '../objects/object.js';
import * as abs from '../objects/abstract.js';
import { interp } from '../objects/state.js';
import { lineForOffset } from '@pyc-ts/bytecode';

type WarningName = 'DeprecationWarning' | 'RuntimeWarning' | 'SyntaxWarning' | 'UserWarning' | 'BytesWarning' | 'ResourceWarning' | 'FutureWarning' | 'ImportWarning' | 'PendingDeprecationWarning' | 'EncodingWarning' | 'UnicodeWarning';

/** The action CPython's default filters give a warning category raised in module `module`. */
function defaultAction(category: PyType, module: string): 'default' | 'ignore' {
  const is = (name: string) => category.isSubtypeOf(exceptionType(name));
  if (is('DeprecationWarning')) return module === '__main__' ? 'default' : 'ignore';
  if (is('PendingDeprecationWarning') || is('ImportWarning') || is('ResourceWarning')) return 'ignore';
  return 'default';
}

/** Issues a warning `stacklevel` frames up from the running one (PyErr_WarnEx). */
export function warn(categoryName: WarningName | BuiltinErrorName, message: string, stacklevel: number): void {
  const i = interp();
  const category = exceptionType(categoryName);
  const pyWarn = i.warningsHook;
  if (pyWarn !== null) {
    abs.call(pyWarn, [message, category, stacklevel]);
    return;
  }
  let frame = i.currentFrame;
  for (let level = 1; level < stacklevel && frame !== null; level++) frame = frame.back;
  const globals = frame?.globals;
  const module = globals === undefined ? 'sys' : String(globals.getStr('__name__') ?? '<string>');
  const filename = frame === null ? 'sys' : frame.info.code.filename;
  const lineno = frame === null ? 1 : (lineForOffset(frame.info.code, frame.lasti) ?? frame.info.code.firstlineno);
  if (defaultAction(category, module) === 'ignore') return;
  const key = `${filename}\0${lineno}\0${category.name}\0${message}`;
  if (i.warningsShown.has(key)) return;
  i.warningsShown.add(key);
  let text = `${filename}:${lineno}: ${category.name}: ${message}\n`;
  const line = i.sourceLine(filename, lineno);
  if (line !== undefined && line.trim() !== '') text += `  ${line.trim()}\n`;
  i.writeStderr(text);
}

