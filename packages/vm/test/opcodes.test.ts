// The interpreter's switch uses literal opcode numbers (for V8's jump tables);
// check each against @pyc-ts/bytecode's table.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import * as bytecode from '@pyc-ts/bytecode';

const source = readFileSync(new URL('../src/interpreter/interpreter.ts', import.meta.url), 'utf8');
const cases = [...source.matchAll(/case (\d+): (?:\{ )?\/\/ ([A-Z_]+)/g)].map((m) => [Number(m[1]), m[2]] as const);

describe('interpreter opcode literals', () => {
  it('finds the opcode cases', () => {
    expect(cases.length).toBeGreaterThan(60);
  });
  for (const [num, name] of cases) {
    it(name, () => {
      expect((bytecode as unknown as Record<string, number>)[name]).toBe(num);
    });
  }
});
