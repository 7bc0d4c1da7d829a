// compile() of small inputs in every mode, as str or as UTF-8 bytes, against what CPython 3.11
// raises (fixtures/compile_errors.json, from scripts/gen_parse_goldens.py): single mode's
// one-statement rule, str input with a BOM, Unicode 14 identifiers, EOF positions, columns.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PySyntaxError, compile } from '@pyc-ts/compiler';

interface Case {
  source: string;
  mode: 'exec' | 'eval' | 'single';
  /** Compiled as its UTF-8 bytes (CPython's parser then counts columns in bytes). */
  bytes?: true;
  /** class, message, line, offset, end line, end offset */
  error: [string, string, number, number, number | null, number | null] | null;
}

const cases = JSON.parse(readFileSync(new URL('./fixtures/compile_errors.json', import.meta.url), 'utf8')) as Case[];

describe('compile errors by mode', () => {
  it.each(cases.map((c) => [JSON.stringify(c.source), c.bytes ? `${c.mode}, bytes` : c.mode, c] as const))('%s (%s)', (_, __, c) => {
    let got: Case['error'] = null;
    try {
      compile(c.bytes ? new TextEncoder().encode(c.source) : c.source, 'x.py', c.mode);
    } catch (e) {
      if (!(e instanceof PySyntaxError)) throw e;
      got = [e.type, e.msg, e.lineno, e.offset, e.endLineno, e.endOffset];
    }
    expect(got).toEqual(c.error);
  });
});
