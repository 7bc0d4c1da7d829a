// Disassembly: ours, of our code and of CPython's .pyc, reads exactly as `python3 -m dis`.
import { describe, expect, it } from 'vitest';
import { compile } from '@pyc-ts/compiler';
import { disassemble, readPyc } from '@pyc-ts/bytecode';
import { existsSync } from 'node:fs';
import { goldenPath, goldenPyc, goldenText, normaliseAddresses, parityIt, programPath, programSource, programs } from './corpus.js';

const expected = (name: string) => normaliseAddresses(goldenText(name, '.dis.txt'));
// Loaded from a .pyc, a frozenset constant may iterate in another order (marshal sorts its items):
// such programs have a dis golden of CPython's loaded .pyc.
const expectedFromPyc = (name: string) =>
  existsSync(goldenPath(name, '.pyc.dis.txt', 'corpus')) ? normaliseAddresses(goldenText(name, '.pyc.dis.txt')) : expected(name);

describe('dis of our compiled code matches python3 -m dis', () => {
  for (const name of programs()) {
    parityIt('dis', name)(name, () => {
      const code = compile(programSource(name), programPath(name));
      expect(normaliseAddresses(disassemble(code))).toBe(expected(name));
    });
  }
});

describe("dis of CPython's .pyc matches python3 -m dis", () => {
  it.each(programs())('%s', (name) => {
    const { code } = readPyc(goldenPyc(name));
    expect(normaliseAddresses(disassemble(code))).toBe(expectedFromPyc(name));
  });
});
