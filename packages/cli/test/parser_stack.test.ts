// Chains long enough to exhaust CPython's parser stack end as CPython 3.11's compile() ends them
// (packages/compiler/test/fixtures/parser_stack.json, the chains in a module): MemoryError at the
// shortest such chain, and one link less whatever CPython does there (it compiles, or its
// compiler's RecursionError). Through compileDeep, as the CLI compiles: the chains the default JS
// stack can't parse or compile go to the worker with a large stack, which is built code, so the
// test imports dist.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from './helpers.js';
import { compileDeep } from '../dist/deep_stack.js';

interface Chain { name: string; mode: 'exec' | 'eval' | 'single'; prefix: string; link: string; leaf: string; close: string; suffix: string; first: number; before: string }
const chains: Chain[] = (JSON.parse(readFileSync(join(repoRoot, 'packages/compiler/test/fixtures/parser_stack.json'), 'utf8')) as Chain[])
  .filter((c) => c.mode === 'exec' && c.prefix === '');

function outcome(c: Chain, n: number): string {
  try {
    compileDeep(c.prefix + c.link.repeat(n) + c.leaf + c.close.repeat(n) + c.suffix, 'chain.py', c.mode);
    return 'ok';
  } catch (e) {
    return (e as { type?: string }).type ?? String(e);
  }
}

describe("CPython's parser stack limit, through the CLI's compile", () => {
  it.each(chains.map((c) => [c.name, c] as const))('%s', (_, c) => {
    expect(outcome(c, c.first)).toBe('MemoryError');
    expect(outcome(c, c.first - 1)).toBe(c.before);
  });
});
