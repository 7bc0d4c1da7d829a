// Where the conformance corpus and its CPython goldens live (written by scripts/gen_goldens.py).

import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { it } from 'vitest';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = resolve(fileURLToPath(new URL('.', import.meta.url)), '..');
const goldenDir = join(repoRoot, 'test', 'golden');

/** Programs in the compiler's subset (test/corpus) and programs only run from CPython's .pyc (test/corpus-run). */
export type Corpus = 'corpus' | 'corpus-run';

/** The programs' names, sorted, e.g. 'seed_driver'. */
export function programs(corpus: Corpus = 'corpus'): string[] {
  return readdirSync(join(repoRoot, 'test', corpus))
    .filter((f) => f.endsWith('.py'))
    .map((f) => f.slice(0, -3))
    .sort();
}

/** The path a program is compiled and run under, relative to the repository root, as in CPython's goldens. */
export function programPath(name: string, corpus: Corpus = 'corpus'): string {
  return `test/${corpus}/${name}.py`;
}

/** The program's source as bytes, exactly as on disk (the compiler decodes it, as CPython does). */
export function programSource(name: string, corpus: Corpus = 'corpus'): Uint8Array {
  return new Uint8Array(readFileSync(join(repoRoot, programPath(name, corpus))));
}

export function goldenPath(name: string, suffix: string, corpus: Corpus): string {
  return corpus === 'corpus' ? join(goldenDir, `${name}${suffix}`) : join(goldenDir, 'run', `${name}${suffix}`);
}

/** A text golden such as '.dis.txt' or '.ast.txt'. */
export function goldenText(name: string, suffix: string): string {
  return readFileSync(goldenPath(name, suffix, 'corpus'), 'utf8');
}

export function goldenJSON(name: string, suffix: string): unknown {
  return JSON.parse(goldenText(name, suffix));
}

/** What `python3 test/<corpus>/<name>.py` did, run from the repository root. */
export interface RunGolden {
  stdout: string;
  stderr: string;
  stderrLastLine: string;
  exitCode: number;
}

export function runGolden(name: string, corpus: Corpus = 'corpus'): RunGolden {
  return JSON.parse(readFileSync(goldenPath(name, '.run.json', corpus), 'utf8')) as RunGolden;
}

/**
 * What `python3` did running the program's .pyc: the same as from source except where a
 * frozenset constant iterates in another order once loaded (then NAME.pyc.run.json has it).
 */
export function pycRunGolden(name: string, corpus: Corpus = 'corpus'): RunGolden {
  const own = goldenPath(name, '.pyc.run.json', corpus);
  return existsSync(own) ? (JSON.parse(readFileSync(own, 'utf8')) as RunGolden) : runGolden(name, corpus);
}

/** The .pyc CPython wrote for the program (co_filename is the relative path). */
export function goldenPyc(name: string, corpus: Corpus = 'corpus'): Uint8Array {
  const path = corpus === 'corpus' ? join(goldenDir, 'pyc', `${name}.pyc`) : join(goldenDir, 'run', 'pyc', `${name}.pyc`);
  return new Uint8Array(readFileSync(path));
}

/** The last line of a stream's text: for stderr, the exception line. */
export function lastLine(text: string): string {
  const lines = text.replace(/\n+$/, '').split('\n');
  return lines[lines.length - 1] ?? '';
}

/** Object addresses (`<code object f at 0x7f...>`) differ between processes. */
export const normaliseAddresses = (s: string): string => s.replace(/0x[0-9a-f]+/g, '0x?');

/**
 * Programs known not to match CPython yet, per aspect, each with the reason (test/known-differences.json).
 * Their tests are expected to fail (`it.fails`): when one starts matching, its test fails until it is
 * taken off the list, so the list can only shrink honestly.
 */
export type Aspect = 'compile' | 'dis' | 'ast' | 'ast-a' | 'run' | 'run-pyc' | 'traceback' | 'pyc-live';

const knownDifferences: Record<Aspect, Record<string, string>> = JSON.parse(
  readFileSync(join(repoRoot, 'test', 'known-differences.json'), 'utf8'),
);

/** `it` for a program expected to match CPython, `it.fails` for one on the known-differences list. */
export function parityIt(aspect: Aspect, name: string): typeof it | typeof it.fails {
  return name in (knownDifferences[aspect] ?? {}) ? it.fails : it;
}
