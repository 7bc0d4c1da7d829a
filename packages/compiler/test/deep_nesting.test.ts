// Brackets nested as deep as CPython's compile() takes them (fixtures/nesting.json, from
// scripts/gen_nesting_goldens.py) compile through the programmatic API, on the default JS stack:
// no worker, so this holds in a browser too. One level deeper gives CPython's error.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compile, parse, PySyntaxError } from '../src/index.js';

interface Nesting { name: string; prefix: string; open: string; middle: string; close: string; max: number; over: string }
const kinds: Nesting[] = JSON.parse(readFileSync(new URL('./fixtures/nesting.json', import.meta.url), 'utf8'));

function source(k: Nesting, n: number): string {
  // An f-string's closing quote follows all its brackets.
  if (k.prefix.startsWith('f"')) return k.prefix + k.open.repeat(n) + k.middle + k.close[0].repeat(n) + k.close.slice(1) + '\n';
  return k.prefix + k.open.repeat(n) + k.middle + k.close.repeat(n) + '\n';
}

describe('nesting as deep as CPython allows', () => {
  it.each(kinds.map((k) => [k.name, k] as const))('%s', (_, k) => {
    expect(() => compile(source(k, k.max), 'nested.py')).not.toThrow();
    // Past the limit CPython's tokenizer says "too many nested parentheses"; where its parser's
    // own stack (MAXSTACK) runs out first it raises MemoryError, a limit this parser counts for
    // chains only (parserstack.ts), not for brackets.
    if (k.over.startsWith('SyntaxError: ')) {
      let error: unknown;
      try {
        compile(source(k, k.max + 1), 'nested.py');
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(PySyntaxError);
      expect((error as PySyntaxError).msg).toBe(k.over.slice('SyntaxError: '.length));
    }
  });
});

describe('long right-nested chains on the default JS stack', () => {
  // CPython 3.11 parses these up to about 2,980 links; ours reads each chain in a loop.
  it.each([
    ['conditional expressions', 'x = ' + 'a if b else '.repeat(2900) + '1\n', 'IfExp', 'orelse'],
    ['lambdas', 'f = ' + 'lambda: '.repeat(2900) + '1\n', 'Lambda', 'body'],
    ['powers', 'x = ' + 'a ** '.repeat(2900) + '1\n', 'BinOp', 'right'],
  ])('%s', (_, source, type, link) => {
    let node = (parse(source, 'chain.py').body[0] as { value: unknown }).value as Record<string, unknown>;
    let links = 0;
    for (; node._type === type; node = node[link] as Record<string, unknown>) links++;
    expect(links).toBe(2900);
    expect(node).toMatchObject({ _type: 'Constant', value: 1n });
  });
});
