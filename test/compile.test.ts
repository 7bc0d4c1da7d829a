// Compiler parity: our code objects, as CodeJSON, equal CPython 3.11's compile() of every corpus program.
import { describe, expect } from 'vitest';
import { compile } from '@pyc-ts/compiler';
import { codeToJSON } from '@pyc-ts/bytecode';
import { goldenJSON, parityIt, programPath, programSource, programs } from './corpus.js';

/** The file name is where the code was compiled, not what was compiled: comparisons leave it out everywhere. */
function withoutFilename(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutFilename);
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value)
        .filter(([key]) => key !== 'filename')
        .map(([key, v]) => [key, withoutFilename(v)]),
    );
  }
  return value;
}

describe('compile() matches CPython 3.11', () => {
  for (const name of programs()) {
    parityIt('compile', name)(name, () => {
      const code = compile(programSource(name), programPath(name));
      expect(withoutFilename(codeToJSON(code))).toEqual(withoutFilename(goldenJSON(name, '.code.json')));
    });
  }
});
