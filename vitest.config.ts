import { defineConfig } from 'vitest/config';
import { fileURLToPath } from 'node:url';

const src = (pkg: string) => fileURLToPath(new URL(`./packages/${pkg}/src/index.ts`, import.meta.url));

// Tests run against the TypeScript sources; the built dist/ is what the CLI ships.
export default defineConfig({
  resolve: {
    alias: {
      // The names table is a module of its own, kept off the paths that do not need it.
      '@pyc-ts/bytecode/unicodenames': fileURLToPath(new URL('./packages/bytecode/src/unicodenames.ts', import.meta.url)),
      '@pyc-ts/bytecode': src('bytecode'),
      '@pyc-ts/compiler': src('compiler'),
      '@pyc-ts/vm': src('vm'),
    },
  },
  test: {
    include: ['packages/*/test/**/*.test.ts', 'test/**/*.test.ts'],
    testTimeout: 60_000,
  },
});
