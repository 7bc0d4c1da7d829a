// Chains long enough to exhaust CPython's parser stack (MAXSTACK) end in MemoryError, at the length
// where CPython 3.11's do (fixtures/parser_stack.json, from scripts/gen_parser_stack_goldens.py);
// one link less, the source parses, and compile() (ast.parse's tree, for func_type input) ends as
// CPython's does. On the default JS stack, so in a browser too; the chains that need a larger one
// are the CLI's test (its parser_stack.test.ts).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compile, dumpAst, parse, ParserStackExhausted, PyMemoryError, PyRecursionError, type ParseMode } from '../src/index.js';

interface Chain { name: string; mode: ParseMode; prefix: string; link: string; leaf: string; close: string; suffix: string; first: number; before: string }
const chains: Chain[] = JSON.parse(readFileSync(new URL('./fixtures/parser_stack.json', import.meta.url), 'utf8'));
/** Lambdas alternating with conditional expressions, and lambda defaults, recurse here on the JS stack. */
const needsLargeStack = (c: Chain): boolean => c.link.includes('lambda') && (c.link.includes(' if ') || c.close !== '');

function source(c: Chain, n: number): string {
  return c.prefix + c.link.repeat(n) + c.leaf + c.close.repeat(n) + c.suffix;
}

function thrown(f: () => unknown): unknown {
  try {
    f();
  } catch (e) {
    return e;
  }
  return undefined;
}

describe("CPython's parser stack limit", () => {
  it.each(chains.filter((c) => !needsLargeStack(c)).map((c) => [c.name, c] as const))('%s', (_, c) => {
    const error = thrown(() => parse(source(c, c.first), 'chain.py', c.mode));
    expect(error).toBeInstanceOf(PyMemoryError);
    expect(error).not.toBeInstanceOf(ParserStackExhausted);
    expect((error as PyMemoryError).format()).toBe('MemoryError\n');
    expect(() => parse(source(c, c.first - 1), 'chain.py', c.mode)).not.toThrow();
    // (A tree this deep that CPython compiles may need more JS stack than the default to compile here.)
    const before = (): unknown => (c.mode === 'func_type' ? dumpAst(parse(source(c, c.first - 1), 'chain.py', c.mode)) : compile(source(c, c.first - 1), 'chain.py', c.mode));
    if (c.before === 'RecursionError') expect(thrown(before)).toBeInstanceOf(PyRecursionError);
  });

  it('counts each chain from where it starts', () => {
    // Two chains side by side are no deeper than one.
    const half = '-'.repeat(4000) + '1';
    expect(() => parse(`${half} + ${half}\nf(${half}, ${half})\n`, 'twice.py')).not.toThrow();
    expect(() => parse(`not ${'not '.repeat(4000)}x or ${'not '.repeat(4000)}y\n`, 'twice.py')).not.toThrow();
    expect(() => parse(`${'lambda: '.repeat(2000)}1, ${'lambda: '.repeat(2000)}2\n`, 'twice.py')).not.toThrow();
    expect(() => parse(`x = ${'a if b else '.repeat(4000)}1\ny = ${'a if b else '.repeat(4000)}1\n`, 'twice.py')).not.toThrow();
  });
});
