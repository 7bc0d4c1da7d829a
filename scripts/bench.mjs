#!/usr/bin/env node
// `npm run bench [-- [--runs N] [--dir DIR] [NAME...]]`: pyc-ts against CPython 3.11 on whole-process runs.
//
// For each program in the bench directory (default ../shared/bench beside the project; or --dir, or
// $PYC_TS_BENCH_DIR), the stdout of `pyc-ts run` must equal CPython's before it is timed; a mismatch is reported
// loudly and the program is skipped. Then both are run N times each (default 5, or --runs, or $BENCH_RUNS),
// alternately, and the medians compared. With --pyc, pyc-ts runs the .pyc CPython compiles instead (py_compile),
// which times the VM apart from our compiler. A benchmark, not a test: it needs python3 and a built CLI.
// Node built-ins only.

import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(fileURLToPath(new URL('..', import.meta.url)));
const cli = join(root, 'packages/cli/bin/pyc-ts.js');
const TIMEOUT_MS = 600_000;

function parseArgs(argv) {
  const opts = {
    runs: Number(process.env.BENCH_RUNS ?? 5),
    dir: process.env.PYC_TS_BENCH_DIR ?? join(root, '..', 'shared', 'bench'),
    names: [],
    pyc: false,
  };
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--runs') opts.runs = Number(argv[++i]);
    else if (argv[i] === '--dir') opts.dir = argv[++i];
    else if (argv[i] === '--pyc') opts.pyc = true;
    else if (argv[i] === '-h' || argv[i] === '--help') {
      console.log('usage: npm run bench -- [--runs N] [--dir DIR] [--pyc] [NAME...]');
      process.exit(0);
    } else opts.names.push(argv[i].replace(/\.py$/, ''));
  }
  if (!Number.isInteger(opts.runs) || opts.runs < 1) fail(`--runs must be a positive integer`);
  return opts;
}

function fail(message) {
  console.error(`bench: ${message}`);
  process.exit(1);
}

/** The real interpreter: `python3` may be a pyenv shim costing ~0.1 s per start, which is not CPython's. */
function findPython() {
  const r = spawnSync(process.env.PYTHON ?? 'python3', ['-c', 'import sys; print(sys.executable, sys.version_info[:2] == (3, 11))'], {
    encoding: 'utf8',
  });
  if (r.status !== 0) fail('python3 is needed to compare against CPython, and was not found');
  const [exe, is311] = r.stdout.trim().split(' ');
  if (is311 !== 'True') console.warn(`bench: warning: ${exe} is not CPython 3.11`);
  return exe;
}

function run(cmd, args, capture) {
  const start = process.hrtime.bigint();
  const r = spawnSync(cmd, args, { encoding: 'utf8', stdio: capture ? 'pipe' : 'ignore', timeout: TIMEOUT_MS, maxBuffer: 1 << 28 });
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  if (r.error) return { seconds, failed: r.error.message, stdout: '', stderr: '' };
  return { seconds, failed: r.status === 0 ? null : `exit status ${r.status}`, stdout: r.stdout ?? '', stderr: r.stderr ?? '' };
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

/**
 * Checks pyc-ts (running `target`: the program, or its .pyc) against CPython on one program, then times both,
 * alternating. Null if it cannot be timed.
 */
function bench(file, target, python, runs) {
  const ours = run(process.execPath, [cli, 'run', target], true);
  const theirs = run(python, [file], true);
  if (ours.failed || ours.stdout !== theirs.stdout) {
    console.error(`\n!!! ${basename(file)}: pyc-ts does not match CPython (${ours.failed ?? 'different stdout'}); not timed`);
    if (ours.stdout !== theirs.stdout) {
      console.error(`    CPython printed: ${JSON.stringify(theirs.stdout.slice(0, 200))}`);
      console.error(`    pyc-ts printed:  ${JSON.stringify(ours.stdout.slice(0, 200))}`);
    }
    if (ours.stderr) console.error(`    pyc-ts stderr:   ${ours.stderr.trim().split('\n').slice(-3).join('\n                     ')}`);
    return null;
  }
  const a = [];
  const b = [];
  for (let i = 0; i < runs; i++) {
    a.push(run(process.execPath, [cli, 'run', target], false).seconds);
    b.push(run(python, [file], false).seconds);
  }
  return { ours: median(a), theirs: median(b) };
}

/** CPython's .pyc of a program, written in `dir`. */
function pycOf(python, file, dir) {
  const pyc = join(dir, basename(file) + 'c');
  const r = spawnSync(python, ['-c', 'import py_compile, sys; py_compile.compile(sys.argv[1], sys.argv[2], doraise=True)', file, pyc]);
  if (r.status !== 0) fail(`CPython could not compile ${file}: ${r.stderr}`);
  return pyc;
}

function table(rows) {
  const header = ['program', 'pyc-ts (s)', 'CPython (s)', 'pyc-ts / CPython'];
  const lines = [header, ...rows.map((r) => [r.name, r.ours, r.theirs, r.ratio])];
  const width = header.map((_, i) => Math.max(...lines.map((l) => l[i].length)));
  const line = (cells) => `| ${cells.map((c, i) => (i === 0 ? c.padEnd(width[i]) : c.padStart(width[i]))).join(' | ')} |`;
  console.log(line(header));
  console.log(`|${width.map((w, i) => (i === 0 ? '-'.repeat(w + 2) : '-'.repeat(w + 1) + ':')).join('|')}|`);
  for (const l of lines.slice(1)) console.log(line(l));
}

function main() {
  const opts = parseArgs(process.argv.slice(2));
  if (!existsSync(join(root, 'packages/cli/dist/main.js'))) fail('the CLI is not built; run `npm run build` first');
  if (!existsSync(opts.dir)) fail(`no bench directory at ${opts.dir} (use --dir or $PYC_TS_BENCH_DIR)`);
  const python = findPython();
  let programs = readdirSync(opts.dir).filter((f) => f.endsWith('.py')).sort();
  if (opts.names.length) programs = programs.filter((f) => opts.names.includes(f.replace(/\.py$/, '')));
  const what = opts.pyc ? "pyc-ts running CPython's .pyc" : 'pyc-ts';
  console.log(`${what} vs ${python}: median of ${opts.runs} whole-process runs each, alternating\n`);

  const scratch = mkdtempSync(join(tmpdir(), 'pyc-ts-bench-'));
  const rows = [];
  const ratios = [];
  let mismatches = 0;
  try {
    const hello = join(scratch, 'hello.py');
    writeFileSync(hello, 'print("hello")\n');
    for (const [name, file] of [['(start-up) hello', hello], ...programs.map((p) => [p.replace(/\.py$/, ''), join(opts.dir, p)])]) {
      process.stderr.write(`${name} ...\n`);
      const target = opts.pyc ? pycOf(python, file, scratch) : file;
      const t = bench(file, target, python, opts.runs);
      if (!t) {
        mismatches++;
        rows.push({ name, ours: 'MISMATCH', theirs: '-', ratio: '-' });
        continue;
      }
      const ratio = t.ours / t.theirs;
      if (file !== hello) ratios.push(ratio);
      rows.push({ name, ours: t.ours.toFixed(3), theirs: t.theirs.toFixed(3), ratio: `${ratio.toFixed(2)}x` });
    }
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
  const node = median(Array.from({ length: opts.runs }, () => run(process.execPath, ['-e', ''], false).seconds));
  rows.push({ name: "(baseline) node -e ''", ours: node.toFixed(3), theirs: '-', ratio: '-' });

  console.log('');
  table(rows);
  if (ratios.length) {
    const geomean = Math.exp(ratios.reduce((s, r) => s + Math.log(r), 0) / ratios.length);
    console.log(`\ngeometric mean of pyc-ts / CPython over ${ratios.length} programs: ${geomean.toFixed(2)}x`);
  }
  if (mismatches) console.log(`\n${mismatches} program(s) did not match CPython's output and were not timed (see above).`);
}

main();
