// Parser goldens: our dumpAst(parse(src), indent 3, attributes) must equal
// CPython's `python3 -m ast -a` (scripts/gen_parse_goldens.py writes the goldens).
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dumpAst, parse } from '@pyc-ts/compiler';

const dir = fileURLToPath(new URL('./fixtures/parse/', import.meta.url));
const cases = readdirSync(dir).filter((f) => f.endsWith('.py')).sort();

describe('parse matches CPython ast.dump', () => {
  it('has fixtures', () => expect(cases.length).toBeGreaterThan(5));
  for (const name of cases) {
    it(name, () => {
      const src = readFileSync(dir + name);
      const want = readFileSync(dir + name.replace(/\.py$/, '.ast.txt'), 'utf8');
      expect(dumpAst(parse(src, name), { indent: 3, includeAttributes: true }) + '\n').toBe(want);
    });
  }
});
