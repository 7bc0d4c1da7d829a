// Folded float powers and int/int divisions against CPython 3.11's compile(): the constants,
// so an expression CPython leaves unfolded must stay unfolded here too.
// Goldens: scripts/gen_fold_float_goldens.py (CPython's values, glibc's pow included).
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { compile } from '@pyc-ts/compiler';
import { reprConst } from '@pyc-ts/bytecode';

interface Case {
  source: string;
  consts: string[];
}

const cases = JSON.parse(readFileSync(new URL('./fixtures/fold_float.json', import.meta.url), 'utf8')) as Case[];

describe('folded float powers and divisions match CPython 3.11', () => {
  it('has cases', () => expect(cases.length).toBeGreaterThan(300));
  it.each(cases.map((c) => [c.source.trim(), c] as const))('%s', (_, c) => {
    expect(compile(c.source, '<case>').consts.map(reprConst)).toEqual(c.consts);
  });
});
