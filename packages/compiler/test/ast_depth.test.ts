// Trees nested about as deep as `python3 -m ast` can print end as it ends them: printed, or its
// RecursionError from ast.dump's recursion or from ast.parse's conversion to Python objects, with
// the same message (fixtures/ast_depth.json, from scripts/gen_ast_depth_goldens.py).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { dumpAst, parse, PyRecursionError } from '../src/index.js';

interface DepthCase {
  name: string; prefix: string; open: string; repeat: string; middle: string; close: string;
  outer: number; n: number; options: string[]; outcome: string;
}
const cases: DepthCase[] = JSON.parse(readFileSync(new URL('./fixtures/ast_depth.json', import.meta.url), 'utf8'));

function outcome(c: DepthCase): string {
  const source = c.prefix + c.open.repeat(c.outer) + c.repeat.repeat(c.n) + c.middle + c.close.repeat(c.outer) + '\n';
  const indent = c.options.includes('-i') ? Number(c.options[c.options.indexOf('-i') + 1]) : 3;
  try {
    dumpAst(parse(source, 'deep.py'), { includeAttributes: c.options.includes('-a'), indent });
    return 'ok';
  } catch (e) {
    if (e instanceof PyRecursionError) return e.format().trimEnd();
    throw e;
  }
}

describe('python3 -m ast on deeply nested trees', () => {
  it.each(cases.map((c) => [`${c.name} (${c.outer} brackets, ${c.n} deep${c.options.length ? ', ' + c.options.join(' ') : ''})`, c] as const))(
    '%s',
    (_, c) => expect(outcome(c)).toBe(c.outcome),
  );
});
