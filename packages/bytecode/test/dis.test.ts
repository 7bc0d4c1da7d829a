import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readPyc } from '../src/pyc.js';
import { disassemble } from '../src/dis.js';
import { codeJSONText, codeToJSON } from '../src/codejson.js';

// Fixtures: test/fixtures/NAME.py compiled by CPython 3.11 into NAME.pyc, with
// `python3 -m dis NAME.py` in NAME.dis.txt and dump_code.py's CodeJSON in
// NAME.code.json (scripts/gen_bytecode_dis_fixtures.py).
const dir = new URL('./fixtures/', import.meta.url);
const names = readdirSync(dir).filter((f) => f.endsWith('.py')).map((f) => f.slice(0, -3));
const read = (f: string) => readFileSync(new URL(f, dir));
const normalise = (s: string) => s.replace(/0x[0-9a-f]+/g, '0x?');

describe('dis', () => {
  it('has fixtures', () => expect(names.length).toBeGreaterThanOrEqual(4));

  for (const name of names) {
    const code = readPyc(new Uint8Array(read(`${name}.pyc`))).code;

    it(`prints what python3 -m dis prints for ${name}.py`, () => {
      const expected = normalise(read(`${name}.dis.txt`).toString('utf8'));
      const actual = normalise(disassemble(code));
      if (actual !== expected) {
        // Show the first differing line rather than a huge diff.
        const a = actual.split('\n');
        const e = expected.split('\n');
        const i = e.findIndex((line, k) => line !== a[k]);
        expect(a.slice(Math.max(0, i - 2), i + 3)).toEqual(e.slice(Math.max(0, i - 2), i + 3));
      }
      expect(actual).toBe(expected);
    });

    it(`gives the CodeJSON dump_code.py gives for ${name}.py`, () => {
      const expected = read(`${name}.code.json`).toString('utf8');
      expect(codeToJSON(code)).toEqual(JSON.parse(expected));
      expect(codeJSONText(code) + '\n').toBe(expected);
    });
  }
});

// The corpus goldens (scripts/gen_goldens.py): CPython's .pyc, dis text and CodeJSON of each program.
const golden = new URL('../../../test/golden/', import.meta.url);
const corpus = existsSync(new URL('pyc/', golden))
  ? readdirSync(new URL('pyc/', golden)).filter((f) => f.endsWith('.pyc')).map((f) => f.slice(0, -4))
  : [];

describe.skipIf(corpus.length === 0)(`dis and CodeJSON of the ${corpus.length} corpus programs`, () => {
  it('match python3 -m dis and dump_code.py', () => {
    for (const name of corpus) {
      const code = readPyc(new Uint8Array(readFileSync(new URL(`pyc/${name}.pyc`, golden)))).code;
      // A .pyc whose frozenset iterates in another order once loaded has its own dis golden.
      const pycDis = new URL(`${name}.pyc.dis.txt`, golden);
      const dis = readFileSync(existsSync(pycDis) ? pycDis : new URL(`${name}.dis.txt`, golden), 'utf8');
      expect([name, normalise(disassemble(code))]).toEqual([name, normalise(dis)]);
      const json = JSON.parse(readFileSync(new URL(`${name}.code.json`, golden), 'utf8'));
      expect([name, codeToJSON(code)]).toEqual([name, json]);
    }
  });
});
