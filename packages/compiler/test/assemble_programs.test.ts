// Whole programs through compile() that stress the optimiser and assembler: long
// jumps needing EXTENDED_ARG, more than 256 constants and names, nested loops with
// break/continue/else, boolean conditions, swaps, closures. Goldens are CPython's
// CodeJSON (scripts/gen_assemble_goldens.py).
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { codeToJSON } from '@pyc-ts/bytecode';
import { compile } from '../src/compile.js';

const dir = new URL('./golden/assemble_programs/', import.meta.url);
const programs = readdirSync(dir).filter((f) => f.endsWith('.py')).sort();

function withoutFilename(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutFilename);
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).filter(([k]) => k !== 'filename').map(([k, v]) => [k, withoutFilename(v)]));
  }
  return value;
}

describe('compile() of assembler stress programs matches CPython 3.11', () => {
  it.each(programs)('%s', (file) => {
    const source = new Uint8Array(readFileSync(new URL(file, dir)));
    const expected = JSON.parse(readFileSync(new URL(file.replace(/\.py$/, '.code.json'), dir), 'utf8'));
    expect(withoutFilename(codeToJSON(compile(source, `assemble_programs/${file}`)))).toEqual(withoutFilename(expected));
  });
});
