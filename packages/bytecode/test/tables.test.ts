import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readPyc } from '../src/pyc.js';
import { CodeObject } from '../src/code.js';
import { LocationTableEncoder, codeLines, codePositions, decodeLocationRuns, lineForOffset } from '../src/linetable.js';
import { decodeExceptionTable, encodeExceptionTable } from '../src/exceptiontable.js';
import { bytesToHex } from '../src/codejson.js';

// CPython 3.11 .pyc files and co_positions()/co_lines() from scripts/gen_bytecode_goldens.py.
const dir = new URL('./golden/programs/', import.meta.url);
const modules = readdirSync(dir).filter((f) => f.endsWith('.pyc')).map((f) => f.slice(0, -4));

function allCode(co: CodeObject, out: CodeObject[] = []): CodeObject[] {
  out.push(co);
  for (const c of co.consts) if (c instanceof CodeObject) allCode(c, out);
  return out;
}

const codes = modules.flatMap((m) => allCode(readPyc(new Uint8Array(readFileSync(new URL(`${m}.pyc`, dir)))).code));

describe('location and exception tables', () => {
  it(`re-encodes the location tables of ${codes.length} CPython code objects byte for byte`, () => {
    expect(codes.length).toBeGreaterThan(100);
    const bad = codes.filter((co) => {
      const enc = new LocationTableEncoder(co.firstlineno);
      for (const { size, loc } of decodeLocationRuns(co)) enc.emit(size, loc);
      return bytesToHex(enc.bytes()) !== bytesToHex(co.linetable);
    });
    expect(bad.map((co) => co.qualname)).toEqual([]);
  });

  it('re-encodes the exception tables byte for byte', () => {
    const withTables = codes.filter((co) => co.exceptiontable.length > 0);
    expect(withTables.length).toBeGreaterThan(10);
    for (const co of withTables) {
      expect(bytesToHex(encodeExceptionTable(decodeExceptionTable(co.exceptiontable)))).toBe(bytesToHex(co.exceptiontable));
    }
  });

  it('splits long instructions into entries of at most 8 code units', () => {
    const enc = new LocationTableEncoder(1);
    enc.emit(11, { lineno: 1, endLineno: 1, col: 0, endCol: 5 });
    expect([...enc.bytes()]).toEqual([0x87, 0x05, 0x82, 0x05]);
  });

  for (const m of readdirSync(dir).filter((f) => f.endsWith('.positions.json'))) {
    it(`decodes like co_positions() and co_lines() (${m})`, () => {
      const golden = JSON.parse(readFileSync(new URL(m, dir), 'utf8')) as {
        qualname: string;
        positions: (number | null)[][];
        lines: (number | null)[][];
      }[];
      const mine = allCode(readPyc(new Uint8Array(readFileSync(new URL(m.replace('.positions.json', '.pyc'), dir)))).code);
      expect(mine.length).toBe(golden.length);
      mine.forEach((co, i) => {
        expect(co.qualname).toBe(golden[i].qualname);
        expect(codePositions(co).map((p) => [p.lineno, p.endLineno, p.col, p.endCol])).toEqual(golden[i].positions);
        expect(codeLines(co)).toEqual(golden[i].lines);
        golden[i].positions.forEach((p, k) => expect(lineForOffset(co, k)).toBe(p[0]));
      });
    });
  }
});
