// The builtin surface (every builtin type, and the modules builtins, sys and math: dir(), and each attribute's
// kind, __text_signature__ and __doc__) against CPython 3.11's, as scripts/builtin_parity.mjs reports it. The
// differences left are listed in test/golden/builtin_findings.txt (written by that script's --write): the test
// fails when one appears that is not listed, and when a listed one is gone, so the list stays the truth.
import { expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { compile } from '@pyc-ts/compiler';
import { runCode } from '@pyc-ts/vm';
import { compareSurfaces } from '../scripts/builtin_compare.mjs';
import { repoRoot } from './corpus.js';

it('builtin types and modules have CPython 3.11 attributes, signatures and docstrings', () => {
  const file = join(repoRoot, 'scripts/builtin_surface.py');
  let stdout = '';
  let stderr = '';
  const { exitCode } = runCode(compile(readFileSync(file), 'builtin_surface.py'), {
    stdout: (s) => (stdout += s),
    stderr: (s) => (stderr += s),
  });
  expect(stderr).toBe('');
  expect(exitCode).toBe(0);
  const reference = JSON.parse(readFileSync(join(repoRoot, 'packages/vm/test/golden/builtin_reference.json'), 'utf8'));
  const findings = compareSurfaces(reference, JSON.parse(stdout));
  const known = readFileSync(join(repoRoot, 'test/golden/builtin_findings.txt'), 'utf8').split('\n').filter((l) => l !== '');
  expect(findings).toEqual(known);
});
