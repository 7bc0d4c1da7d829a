// Shared by the CLI's tests: where the programs and CPython's goldens are, and how to run the built command.

import { spawnSync, type SpawnSyncOptions } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const testDir = dirname(fileURLToPath(import.meta.url));
export const programsDir = join(testDir, 'programs');
export const goldenDir = join(testDir, 'golden');
export const repoRoot = resolve(testDir, '..', '..', '..');
const bin = join(testDir, '..', 'bin', 'pyc-ts.js');

/** What CPython did with programs/<name>.py (scripts/gen_cli_goldens.py); "{DIR}" stands for programsDir. */
export interface RunGolden {
  argv: string[];
  stdin: string;
  stdout: string;
  stderr: string;
  exitCode: number;
}

export function runGolden(name: string): RunGolden {
  return JSON.parse(readFileSync(join(goldenDir, `${name}.run.json`), 'utf8')) as RunGolden;
}

export function golden(file: string): string {
  return readFileSync(join(goldenDir, file), 'utf8');
}

/** The test programs' names, each with a golden run. */
export function programNames(): string[] {
  return readdirSync(programsDir)
    .filter((f) => f.endsWith('.py'))
    .map((f) => f.slice(0, -3))
    .sort();
}

/** Object addresses in dis output differ from run to run. */
export const normaliseAddresses = (s: string): string => s.replace(/0x[0-9a-f]+/g, '0x0');

export interface CliResult {
  stdout: string;
  stderr: string;
  status: number | null;
}

/**
 * Runs the built `pyc-ts` (packages/cli/dist, which `npm test` builds first) in the tests' directory, so that
 * programs are named "programs/<name>.py" as in the goldens.
 */
export function pycTs(args: string[], options: SpawnSyncOptions = {}): CliResult {
  if (!existsSync(join(testDir, '..', 'dist', 'main.js'))) {
    throw new Error('packages/cli/dist is missing: run `npm run build` (npm test does) before the CLI tests');
  }
  const r = spawnSync(process.execPath, [bin, ...args], { cwd: testDir, encoding: 'utf8', timeout: 30_000, ...options });
  if (r.error) throw r.error;
  return { stdout: String(r.stdout ?? ''), stderr: String(r.stderr ?? ''), status: r.status };
}
