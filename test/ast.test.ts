// AST: our parser's tree, dumped, reads exactly as `python3 -m ast` (indent 3) and `python3 -m ast -a`,
// which read type comments.
import { describe, expect } from 'vitest';
import { dumpAst, parse } from '@pyc-ts/compiler';
import { goldenText, parityIt, programPath, programSource, programs } from './corpus.js';

// `python3 -m ast` prints the dump, so the golden ends in one newline the dump itself lacks.
describe('ast.dump matches python3 -m ast', () => {
  for (const name of programs()) {
    parityIt('ast', name)(name, () => {
      const tree = parse(programSource(name), programPath(name), 'exec', { typeComments: true });
      expect(dumpAst(tree, { indent: 3 }) + '\n').toBe(goldenText(name, '.ast.txt'));
    });
  }
});

describe('ast.dump with attributes matches python3 -m ast -a', () => {
  for (const name of programs()) {
    parityIt('ast-a', name)(name, () => {
      const tree = parse(programSource(name), programPath(name), 'exec', { typeComments: true });
      expect(dumpAst(tree, { indent: 3, includeAttributes: true }) + '\n').toBe(goldenText(name, '.ast-a.txt'));
    });
  }
});
