// Any input must end in an AST or a PySyntaxError: never a JS exception or a hang.
// Seeds are fixed so that a failure reproduces (a random run found `match if {` hanging once).
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parse, PySyntaxError } from '@pyc-ts/compiler';

const pieces = [
  'x', 'y', '1', '0x1', '1.5', '2j', "'s'", 'f"{x}"', "b'b'", '(', ')', '[', ']', '{', '}', ':', ',', ';', '.', '=',
  '+', '-', '*', '**', '/', '//', '%', '@', '|', '&', '^', '~', '<', '==', '!=', ':=', '->', '...', '\n', '    ', '\t',
  '\\\n', '#c', 'if', 'else', 'elif', 'for', 'in', 'while', 'def', 'class', 'return', 'lambda', 'yield', 'await',
  'async', 'with', 'as', 'try', 'except', 'finally', 'raise', 'from', 'import', 'del', 'not', 'and', 'or', 'is',
  'match', 'case', '_', 'global', 'pass', 'None', 'True', '"""', "'", 'f"{', '}"', '!r', 'é', '\0',
];

function outcome(src: string): string {
  try {
    parse(src, 'fuzz.py');
    return 'ok';
  } catch (e) {
    if (e instanceof PySyntaxError) {
      e.format();
      return 'error';
    }
    throw e;
  }
}

describe('parser fuzz', () => {
  it('random token soup parses or raises PySyntaxError', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 40 }), (parts) => {
        expect(['ok', 'error']).toContain(outcome(parts.join(' ')));
      }),
      { seed: 108, numRuns: 3000 },
    );
  });
  it('random token soup without separators', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 40 }), (parts) => {
        expect(['ok', 'error']).toContain(outcome(parts.join('')));
      }),
      { seed: 109, numRuns: 3000 },
    );
  });
  it('arbitrary strings', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 60 }), (src) => {
        expect(['ok', 'error']).toContain(outcome(src));
      }),
      { seed: 110, numRuns: 3000 },
    );
  });
});
