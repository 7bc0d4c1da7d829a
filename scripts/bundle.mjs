#!/usr/bin/env node
// Bundles the built CLI (packages/cli/dist) into a few ES modules under packages/cli/dist/bundle.
// Why: Node loads one file far faster than hundreds (chevrotain alone is ~200 modules), and
// start-up time is part of every `pyc-ts run`. Lazy imports stay lazy as separate chunks, so
// running a .pyc never loads the compiler. commander stays external: it is CommonJS, which an ESM
// bundle cannot require, and only the less common commands load it.
import { build } from 'esbuild';
import { rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const cli = fileURLToPath(new URL('../packages/cli/', import.meta.url));
const unicodeNames = fileURLToPath(new URL('../packages/bytecode/dist/unicodenames.js', import.meta.url));

// Chunk names carry content hashes: start from an empty directory so old chunks don't pile up.
rmSync(`${cli}dist/bundle`, { recursive: true, force: true });

// The Unicode names table (about 530 KB, 10-20 ms to read) serves only "\N{...}" escapes and the
// namereplace error handler. It is built on its own as CommonJS, which a module can require
// synchronously on first use; in the bundle, @pyc-ts/bytecode/unicodenames is a stub whose
// functions do that.
await build({
  entryPoints: [unicodeNames],
  outfile: `${cli}dist/bundle/unicodenames.cjs`,
  charset: 'utf8',
  bundle: true,
  format: 'cjs',
  platform: 'node',
  target: 'node20',
  minifySyntax: true,
  legalComments: 'none',
  logLevel: 'warning',
});
const exported = Object.entries(await import(unicodeNames));
const nonFunction = exported.find(([, v]) => typeof v !== 'function');
if (nonFunction !== undefined) throw new Error(`bundle: unicodenames exports ${nonFunction[0]}, which cannot be loaded lazily`);
const lazyUnicodeNamesStub = [
  "import { createRequire } from 'node:module';",
  'let names;',
  "const load = () => (names ??= createRequire(import.meta.url)('./unicodenames.cjs'));",
  ...exported.map(([name]) => `export function ${name}(...args) { return load().${name}(...args); }`),
].join('\n');
const lazyUnicodeNames = {
  name: 'lazy-unicode-names',
  setup(b) {
    b.onResolve({ filter: /^@pyc-ts\/bytecode\/unicodenames$/ }, () => ({ path: 'unicodenames', namespace: 'lazy-unicode-names' }));
    b.onLoad({ filter: /.*/, namespace: 'lazy-unicode-names' }, () => ({ contents: lazyUnicodeNamesStub, loader: 'js' }));
  },
};

await build({
  // The deep-stack compile worker is loaded by URL, so it is an entry of its own.
  entryPoints: [`${cli}dist/main.js`, `${cli}dist/deep_stack_worker.js`],
  outdir: `${cli}dist/bundle`,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  external: ['commander'],
  plugins: [lazyUnicodeNames],
  target: 'node20',
  // Without whitespace, start-up has less text to parse. Identifiers stay: renaming them needs keepNames
  // for the names messages show, whose wrappers cost more at run time (fib +13%) than they save.
  minifySyntax: true,
  minifyWhitespace: true,
  legalComments: 'none',
  logLevel: 'warning',
});
