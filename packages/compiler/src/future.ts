// Future statements: which `from __future__ import ...` features a module turns on,
// as CPython 3.11's Python/future.c reads them before the rest of the compiler runs.
// Only `annotations` (annotations compiled as strings) and `barry_as_FLUFL` still
// change anything; the other features are always on and merely accepted.
import { isStr } from '@pyc-ts/bytecode';
import type * as ast from './ast.js';
import { PySyntaxError } from './syntaxerror.js';

/** The flags code objects get for the features in force (CO_FUTURE_* in code.h). */
export const CO_FUTURE_BARRY_AS_BDFL = 0x400000;
export const CO_FUTURE_ANNOTATIONS = 0x1000000;

const ACCEPTED = new Set(['nested_scopes', 'generators', 'division', 'absolute_import', 'with_statement',
  'print_function', 'unicode_literals', 'generator_stop']);
const FLAGGED: Record<string, number> = { barry_as_FLUFL: CO_FUTURE_BARRY_AS_BDFL, annotations: CO_FUTURE_ANNOTATIONS };

/** PyFutureFeatures. */
export interface FutureFeatures {
  /** CO_FUTURE_* flags of the features turned on. */
  flags: number;
  /** Line of the last future statement (-1 without one): a later one is misplaced (ff_lineno). */
  lineno: number;
}

/**
 * future_parse: future statements may follow only a docstring and each other. Statements on
 * one line with a future statement are still read, so that `from __future__ import a; import b;
 * from __future__ import c` is refused here; the compiler refuses any other late one.
 */
export function futureFeatures(mod: ast.mod, filename: string, source: string): FutureFeatures {
  const ff: FutureFeatures = { flags: 0, lineno: -1 };
  if (mod._type !== 'Module' && mod._type !== 'Interactive') return ff;
  const body = mod.body;
  let i = hasDocstring(body) ? 1 : 0;
  let done = false;
  let prevLine = 0;
  for (; i < body.length; i++) {
    const s = body[i];
    if (done && s.lineno > prevLine) break;
    prevLine = s.lineno;
    if (s._type === 'ImportFrom' && s.module === '__future__') {
      // (CPython gives this one the statement's 0-based column.)
      if (done) futureError('from __future__ imports must occur at the beginning of the file', s, filename, source, 0);
      checkFeatures(ff, s, filename, source);
      ff.lineno = s.lineno;
    } else {
      done = true;
    }
  }
  return ff;
}

/** future_check_features. */
function checkFeatures(ff: FutureFeatures, s: ast.ImportFrom, filename: string, source: string): void {
  for (const alias of s.names) {
    const feature = alias.name;
    if (ACCEPTED.has(feature)) continue;
    if (feature in FLAGGED) ff.flags |= FLAGGED[feature];
    else if (feature === 'braces') futureError('not a chance', s, filename, source);
    else futureError(`future feature ${feature} is not defined`, s, filename, source);
  }
}

function hasDocstring(body: ast.stmt[]): boolean {
  const s = body[0];
  return s !== undefined && s._type === 'Expr' && s.value._type === 'Constant' && isStr(s.value.value);
}

/** PyErr_SyntaxLocationObject: the statement's line and column, no end column. */
function futureError(msg: string, s: ast.stmt, filename: string, source: string, base = 1): never {
  const text = source.split(/\r\n|\r|\n/)[s.lineno - 1];
  throw new PySyntaxError('SyntaxError', msg, filename, s.lineno, s.col_offset + base,
    text === undefined ? null : text + '\n', s.lineno, null);
}
