// Trees too deep for the compiler's recursive passes end as CPython's compile() ends them:
// RecursionError: maximum recursion depth exceeded during compilation (never a JS RangeError), at CPython's depth.
import { describe, expect, it } from 'vitest';
import { compile, PyRecursionError } from '../src/index.js';

describe('compile-time recursion limit', () => {
  it.each([
    ['an attribute chain', 'x = ' + 'a.'.repeat(100_000) + 'a\n'],
    ['a call chain', 'x = f' + '()'.repeat(100_000) + '\n'],
  ])('%s raises RecursionError', (_, source) => {
    let error: unknown;
    try {
      compile(source, 'deep.py');
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(PyRecursionError);
    expect((error as PyRecursionError).format()).toBe(
      'RecursionError: maximum recursion depth exceeded during compilation\n',
    );
  });

  // Where `python3 FILE` (CPython 3.11.7) stops: 3,000 levels of statements and expressions.
  it.each([
    ['an expression statement', (n: number) => '-'.repeat(n) + '1\n', 2998],
    ['a statement in a block', (n: number) => 'if x:\n    y = ' + '-'.repeat(n) + '1\n', 2997],
  ])('%s nests as deep as CPython allows, and no deeper', (_, source, deepest) => {
    expect(compile(source(deepest), 'deep.py').filename).toBe('deep.py');
    expect(() => compile(source(deepest + 1), 'deep.py')).toThrow('maximum recursion depth exceeded during compilation');
  });

  it('leaves ordinary programs alone', () => {
    expect(compile('x = ' + 'a.'.repeat(50) + 'a\n', 'shallow.py').names).toContain('a');
  });

  it('keys nested code objects in time linear in their size', () => {
    // Each lambda's code is a constant of the one around it; keying constants by value
    // once took time exponential in the depth.
    const started = Date.now();
    const code = compile('f = ' + 'lambda: '.repeat(150) + '1\n', 'lambdas.py');
    expect(Date.now() - started).toBeLessThan(2000);
    expect(code.consts.length).toBe(2);
  });
});
