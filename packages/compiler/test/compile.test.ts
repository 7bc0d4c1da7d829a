// compile() against CPython 3.11 on focused programs: code objects (as CodeJSON, filename aside)
// and the SyntaxErrors of the symbol table and code generator. Goldens: scripts/gen_compiler_cases.py.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { compile, PySyntaxError } from '@pyc-ts/compiler';
import { codeToJSON } from '@pyc-ts/bytecode';

interface Case {
  source: string;
  /** compile()'s mode, if not exec. */
  mode?: 'single' | 'eval';
  code?: unknown;
  error?: { type: string; msg: string; lineno: number; offset: number; end_lineno: number; end_offset: number };
}

const cases = JSON.parse(readFileSync(new URL('./fixtures/compile_cases.json', import.meta.url), 'utf8')) as Record<string, Case>;

function withoutFilename(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutFilename);
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).filter(([k]) => k !== 'filename').map(([k, v]) => [k, withoutFilename(v)]));
  }
  return value;
}

describe('compile() code objects match CPython 3.11', () => {
  const names = Object.keys(cases).filter((n) => cases[n].code !== undefined);
  it.each(names)('%s', (name) => {
    const code = compile(cases[name].source, '<case>', cases[name].mode);
    expect(withoutFilename(codeToJSON(code))).toEqual(withoutFilename(cases[name].code));
  });
});

describe('compile() raises CPython 3.11 SyntaxErrors', () => {
  const names = Object.keys(cases).filter((n) => cases[n].error !== undefined);
  it.each(names)('%s', (name) => {
    const want = cases[name].error!;
    let got: unknown = null;
    try {
      compile(cases[name].source, '<case>', cases[name].mode);
    } catch (e) {
      got = e;
    }
    expect(got).toBeInstanceOf(PySyntaxError);
    const e = got as PySyntaxError;
    expect({ type: e.type, msg: e.msg, lineno: e.lineno, offset: e.offset, end_lineno: e.endLineno, end_offset: e.endOffset })
      .toEqual(want);
  });
});
