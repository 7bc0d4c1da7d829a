// SyntaxError goldens: PySyntaxError.format() must print what `python3 FILE`
// prints on stderr (scripts/gen_parse_goldens.py writes the goldens).
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse, PyMemoryError, PySyntaxError } from '@pyc-ts/compiler';

const dir = fileURLToPath(new URL('./fixtures/syntaxerror/', import.meta.url));
const cases = readdirSync(dir).filter((f) => f.endsWith('.py')).sort();

function errorText(src: Uint8Array, name: string): string {
  try {
    parse(src, name);
  } catch (e) {
    if (e instanceof PySyntaxError) return e.format();
    throw e;
  }
  return 'parsed without error';
}

describe('syntax errors match CPython', () => {
  it('has fixtures', () => expect(cases.length).toBeGreaterThan(10));
  for (const name of cases) {
    it(name, () => {
      const want = readFileSync(dir + name.replace(/\.py$/, '.err.txt'), 'utf8');
      expect(errorText(readFileSync(dir + name), name)).toBe(want);
    });
  }
});

describe('hostile input ends in an AST, a PySyntaxError or (past CPython\'s parser stack) MemoryError', () => {
  const inputs = ['-'.repeat(20000) + '1', 'not '.repeat(20000) + 'x', 'x' + '.y'.repeat(20000), '[' .repeat(199) + ']'.repeat(199),
    'lambda: '.repeat(3000) + '1', 'x if y else '.repeat(3000) + 'z', 'a**'.repeat(5000) + 'a',
    'f"{' + '('.repeat(199) + 'x' + ')'.repeat(199) + '}"', 'x[]', '\0', '(', ')', 'f"{', '"""'];
  for (const src of inputs) {
    it(JSON.stringify(src.slice(0, 20)), () => {
      try {
        parse(src, 'x.py');
      } catch (e) {
        if (!(e instanceof PyMemoryError)) expect(e).toBeInstanceOf(PySyntaxError);
      }
    });
  }
});
