// Trees too deep for the compiler's recursive passes end as CPython's compile() ends them:
// RecursionError: maximum recursion depth exceeded during compilation (never a JS RangeError), at CPython's depth.
import { describe, expect, it } from 'vitest';
import { compile, HostStackExhausted, PyRecursionError } from '../src/index.js';

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

  // Where `python3 FILE` (CPython 3.11.7) stops: 3,000 levels of statements, expressions and
  // patterns; keywords, comprehensions, parameters, with items and except handlers take none.
  it.each([
    ['an expression statement', (n: number) => '-'.repeat(n) + '1\n', 2998],
    ['a statement in a block', (n: number) => 'if x:\n    y = ' + '-'.repeat(n) + '1\n', 2997],
    ['keyword arguments', (n: number) => 'x = ' + 'f(a='.repeat(100) + '-'.repeat(n) + '1' + ')'.repeat(100) + '\n', 2898],
    ['comprehensions', (n: number) => 'x = ' + '[y for y in '.repeat(100) + '-'.repeat(n) + '1' + ']'.repeat(100) + '\n', 2898],
    ['slices', (n: number) => 'x = ' + 'a[1:'.repeat(100) + '-'.repeat(n) + '1' + ']'.repeat(100) + '\n', 2798],
    ['a with item', (n: number) => 'with ' + '-'.repeat(n) + '1: pass\n', 2998],
    ['a parameter default', (n: number) => 'def f(x=' + '-'.repeat(n) + '1): pass\n', 2998],
    ['an except clause', (n: number) => 'try: pass\nexcept ' + '-'.repeat(n) + '1: pass\n', 2998],
  ])('%s nests as deep as CPython allows, and no deeper', (_, source, deepest) => {
    // At the limit, the passes may still need more than the default JS stack (HostStackExhausted,
    // which the CLI retries on a large stack); past it, compile() refuses the tree before they run.
    let error: unknown;
    try {
      expect(compile(source(deepest), 'deep.py').filename).toBe('deep.py');
    } catch (e) {
      error = e;
    }
    if (error !== undefined) expect(error).toBeInstanceOf(HostStackExhausted);
    let over: unknown;
    try {
      compile(source(deepest + 1), 'deep.py');
    } catch (e) {
      over = e;
    }
    expect(over).toBeInstanceOf(PyRecursionError);
    expect(over).not.toBeInstanceOf(HostStackExhausted);
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
