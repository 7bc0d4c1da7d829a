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

// Chunk names carry content hashes: start from an empty directory so old chunks don't pile up.
rmSync(`${cli}dist/bundle`, { recursive: true, force: true });

await build({
  // The deep-stack compile worker is loaded by URL, so it is an entry of its own.
  entryPoints: [`${cli}dist/main.js`, `${cli}dist/deep_stack_worker.js`],
  outdir: `${cli}dist/bundle`,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  external: ['commander'],
  target: 'node20',
  minifySyntax: true,
  legalComments: 'none',
  logLevel: 'warning',
});
