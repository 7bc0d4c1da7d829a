// Our .pyc files are real: a live CPython 3.11 loads and runs writePyc(compile(program)) with the same results.
import { afterAll, describe, expect } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { compile } from '@pyc-ts/compiler';
import { writePyc } from '@pyc-ts/bytecode';
import { parityIt, programPath, programSource, programs, repoRoot, pycRunGolden } from './corpus.js';

function python311(): boolean {
  const probe = spawnSync('python3', ['-c', 'import sys; print(sys.version_info[:2] == (3, 11))'], { encoding: 'utf8' });
  return probe.status === 0 && probe.stdout.trim() === 'True';
}

const available = python311();
if (!available) console.log('pyc-live: skipped, python3 is missing or not CPython 3.11');

describe.skipIf(!available)('CPython 3.11 runs our .pyc files', () => {
  const dir = mkdtempSync(join(tmpdir(), 'pyc-ts-live-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  for (const name of programs()) parityIt('pyc-live', name)(name, () => {
    const source = programSource(name);
    const pyc = join(dir, `${name}.pyc`);
    writeFileSync(pyc, writePyc(compile(source, programPath(name)), { mtime: 0, sourceSize: source.length }));
    // co_filename is relative to the repository root; on sys.path, it lets tracebacks quote the source.
    const proc = spawnSync('python3', [pyc], {
      cwd: repoRoot,
      encoding: 'utf8',
      env: { ...process.env, PYTHONPATH: repoRoot, PYTHONHASHSEED: '0', PYTHONIOENCODING: 'utf-8' },
    });
    const golden = pycRunGolden(name);
    expect(proc.stdout).toBe(golden.stdout);
    expect(proc.stderr).toBe(golden.stderr);
    expect(proc.status).toBe(golden.exitCode);
  });
});
