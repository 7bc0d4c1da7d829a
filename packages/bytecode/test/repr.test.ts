import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { bytesRepr, complexRepr, floatRepr, reprConst, strRepr } from '../src/repr.js';
import { constFromJSON, hexToBytes, type ConstJSON } from '../src/codejson.js';

// Goldens from scripts/gen_bytecode_repr_goldens.py (CPython 3.11's repr()).
const golden = JSON.parse(readFileSync(new URL('./golden/repr.json', import.meta.url), 'utf8')) as {
  floats: [string, string][];
  complexes: [string, string, string][];
  strings: [string, string][];
  bytes: [string, string][];
  consts: [ConstJSON, string][];
};

function doubleFromBits(hex: string): number {
  return new DataView(hexToBytes(hex).buffer).getFloat64(0, false);
}

function mismatches<T>(cases: T[], actual: (c: T) => string, expected: (c: T) => string): string[] {
  return cases.filter((c) => actual(c) !== expected(c)).map((c) => `${actual(c)} != ${expected(c)}`);
}

describe('repr', () => {
  it(`floatRepr matches CPython on ${golden.floats.length} floats`, () => {
    expect(mismatches(golden.floats, ([b]) => floatRepr(doubleFromBits(b)), ([, r]) => r)).toEqual([]);
  });

  it(`complexRepr matches CPython on ${golden.complexes.length} complexes`, () => {
    const got = ([re, im]: [string, string, string]) => complexRepr(doubleFromBits(re), doubleFromBits(im));
    expect(mismatches(golden.complexes, got, ([, , r]) => r)).toEqual([]);
  });

  it(`strRepr matches CPython on ${golden.strings.length} strings`, () => {
    expect(mismatches(golden.strings, ([s]) => strRepr(s), ([, r]) => r)).toEqual([]);
  });

  it(`bytesRepr matches CPython on ${golden.bytes.length} byte strings`, () => {
    expect(mismatches(golden.bytes, ([h]) => bytesRepr(hexToBytes(h)), ([, r]) => r)).toEqual([]);
  });

  it('reprConst matches CPython for every kind of constant', () => {
    const norm = (s: string) => s.replace(/0x[0-9a-f]+/g, '0x?');
    const got = golden.consts.map(([j]) => norm(reprConst(constFromJSON(j))));
    expect(got).toEqual(golden.consts.map(([, r]) => norm(r)));
  });
});
