// Runs every CPython-compiled fixture (.pyc written by scripts/gen_vm_fixtures.py)
// and compares stdout, stderr (tracebacks) and the exit code with CPython's run.
import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { readPyc } from '@pyc-ts/bytecode';
import { runCode } from '@pyc-ts/vm';

const dir = fileURLToPath(new URL('./fixtures/', import.meta.url));
const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));
const names = readdirSync(dir)
  .filter((f) => f.endsWith('.py'))
  .map((f) => f.slice(0, -3));

/** Object addresses differ from CPython's. */
const normalise = (s: string) => s.replace(/ at 0x[0-9a-f]+/g, ' at 0x?');

describe('CPython-compiled fixtures', () => {
  for (const name of names) {
    it(name, () => {
      const expected = JSON.parse(readFileSync(join(dir, `${name}.run.json`), 'utf8'));
      const { code } = readPyc(new Uint8Array(readFileSync(join(dir, `${name}.pyc`))));
      let stdout = '';
      let stderr = '';
      const result = runCode(code, {
        stdout: (s) => (stdout += s),
        stderr: (s) => (stderr += s),
        source: (f) => readFileSync(join(repoRoot, f), 'utf8'),
        argv: [`${name}.py`],
      });
      expect(normalise(stdout)).toBe(normalise(expected.stdout));
      expect(stderr).toBe(expected.stderr);
      expect(result.exitCode).toBe(expected.exitCode);
    });
  }
});
