// The interpreter's switch uses literal opcode numbers (for V8's jump tables);
// check each against @pyc-ts/bytecode's table, and that every 3.11 opcode has a handler,
// in the loop or among the rare ones (cold_ops.ts, which names them).
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import * as bytecode from '@pyc-ts/bytecode';

const source = readFileSync(new URL('../src/interpreter/interpreter.ts', import.meta.url), 'utf8');
const cases = [...source.matchAll(/case (\d+): (?:\{ )?\/\/ ([A-Z_]+)/g)].map((m) => [Number(m[1]), m[2]] as const);
const coldSource = readFileSync(new URL('../src/interpreter/cold_ops.ts', import.meta.url), 'utf8');
const coldNames = [...coldSource.matchAll(/^def\(([A-Z_]+),/gm)].map((m) => m[1]);

describe('interpreter opcode literals', () => {
  it('finds the opcode cases', () => {
    expect(cases.length).toBeGreaterThan(60);
  });
  it('handles every opcode once', () => {
    const handled = [...cases.map(([, name]) => name), ...coldNames];
    expect(new Set(handled).size).toBe(handled.length);
    const all = bytecode.opname.filter((name) => !name.startsWith('<') && name !== 'CACHE');
    expect(all.filter((name) => !handled.includes(name))).toEqual([]);
  });
  for (const [num, name] of cases) {
    it(name, () => {
      expect((bytecode as unknown as Record<string, number>)[name]).toBe(num);
    });
  }
});
