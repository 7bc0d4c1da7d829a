#!/usr/bin/env node
// `node scripts/fuzz_pyc.mjs [--cases N] [--seed S] [--steps N] [--timeout MS] [--case K] [--save DIR]`:
// feeds mutated .pyc files (from test/golden/pyc and packages/vm/test/fixtures) through the marshal reader
// and the VM, and counts how each case ended: ran OK, a Python exception (by type), stopped by the step
// limit, an internal error, a hang (killed after --timeout) or a host crash (the worker process died).
// Cases run in a child process, so a crash or a hang is counted, not fatal; the same seed gives the same
// cases. --case K runs case K alone and prints it in full. Needs a built tree (npm run build).

import { fork } from 'node:child_process';
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { makeCase, runCase } from './fuzz_cases.mjs';

const root = resolve(fileURLToPath(new URL('..', import.meta.url)));
const CORPUS_DIRS = ['test/golden/pyc', 'packages/vm/test/fixtures'];

function parseArgs(argv) {
  const opts = { cases: 2000, seed: 1, steps: 20_000, timeout: 10_000, only: null, save: null, child: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const num = () => {
      const v = Number(argv[++i]);
      if (!Number.isInteger(v) || v < 0) fail(`${a} needs a non-negative integer`);
      return v;
    };
    if (a === '--cases') opts.cases = num();
    else if (a === '--seed') opts.seed = num();
    else if (a === '--steps') opts.steps = num();
    else if (a === '--timeout') opts.timeout = num();
    else if (a === '--case') opts.only = num();
    else if (a === '--save') opts.save = argv[++i];
    else if (a === '--child') opts.child = true;
    else if (a === '-h' || a === '--help') {
      console.log('usage: node scripts/fuzz_pyc.mjs [--cases N] [--seed S] [--steps N] [--timeout MS] [--case K] [--save DIR]');
      process.exit(0);
    } else fail(`unknown option ${a}`);
  }
  return opts;
}

function fail(message) {
  console.error(`fuzz_pyc: ${message}`);
  process.exit(2);
}

function loadCorpus() {
  const corpus = [];
  for (const dir of CORPUS_DIRS) {
    for (const name of readdirSync(join(root, dir)).sort()) {
      if (name.endsWith('.pyc')) corpus.push({ name: `${dir}/${name}`, bytes: new Uint8Array(readFileSync(join(root, dir, name))) });
    }
  }
  return corpus;
}

/** The child: runs the cases the parent sends, one at a time, and answers with their outcomes. */
function child(opts) {
  process.on('message', ({ index, bytes }) => {
    const outcome = runCase(Uint8Array.from(bytes), { stepLimit: opts.steps });
    process.send({ index, outcome });
  });
}

/** A child process that runs cases; restarted after it crashes or hangs. */
class Runner {
  constructor(opts) {
    this.opts = opts;
    this.proc = null;
    this.stderr = '';
  }

  start() {
    const args = ['--child', '--steps', String(this.opts.steps)];
    this.proc = fork(fileURLToPath(import.meta.url), args, { stdio: ['ignore', 'ignore', 'pipe', 'ipc'] });
    this.stderr = '';
    this.proc.stderr.on('data', (d) => (this.stderr = (this.stderr + d).slice(-2000)));
  }

  /** The outcome of one case: runCase's, or a 'timeout' or 'crash' of the child. */
  run(index, bytes) {
    if (this.proc === null) this.start();
    const proc = this.proc;
    return new Promise((done) => {
      const finish = (outcome, restart) => {
        clearTimeout(timer);
        proc.off('message', onMessage);
        proc.off('exit', onExit);
        if (restart) {
          proc.kill('SIGKILL');
          this.proc = null;
        }
        done(outcome);
      };
      const onMessage = (m) => m.index === index && finish(m.outcome, false);
      const onExit = (code, signal) => {
        // Give the stderr pipe a moment to deliver the crash report.
        setTimeout(() => finish({ kind: 'crash', type: signal ?? `exit ${code}`, message: this.stderr.trim().split('\n').slice(-3).join(' | ') }, true), 50);
      };
      const timer = setTimeout(() => finish({ kind: 'timeout', type: 'timeout', message: `no answer in ${this.opts.timeout} ms` }, true), this.opts.timeout);
      proc.on('message', onMessage);
      proc.on('exit', onExit);
      proc.send({ index, bytes: Array.from(bytes) });
    });
  }

  stop() {
    this.proc?.kill('SIGKILL');
  }
}

async function main() {
  const opts = parseArgs(process.argv.slice(2));
  if (opts.child) return child(opts);
  const corpus = loadCorpus();
  if (opts.only !== null) {
    const c = makeCase(corpus, opts.seed, opts.only);
    console.log(`case ${opts.only}: ${c.base} ${c.steps.join(' ')} (${c.bytes.length} bytes)`);
    if (opts.save !== null) save(opts.save, opts.seed, opts.only, c.bytes);
    console.log(JSON.stringify(runCase(c.bytes, { stepLimit: opts.steps }), null, 2));
    return;
  }
  const runner = new Runner(opts);
  const counts = new Map();
  const problems = [];
  const started = Date.now();
  for (let index = 0; index < opts.cases; index++) {
    const c = makeCase(corpus, opts.seed, index);
    const outcome = await runner.run(index, c.bytes);
    const key = outcome.kind === 'python' ? `python ${outcome.type}` : outcome.kind === 'limit' ? 'step limit' : outcome.kind;
    counts.set(key, (counts.get(key) ?? 0) + 1);
    if (outcome.kind === 'internal' || outcome.kind === 'crash' || outcome.kind === 'timeout') {
      problems.push({ index, base: c.base, steps: c.steps, ...outcome });
      if (opts.save !== null) save(opts.save, opts.seed, index, c.bytes);
    }
  }
  runner.stop();
  report(opts, counts, problems, Date.now() - started);
}

function save(dir, seed, index, bytes) {
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, `seed${seed}-case${index}.pyc`), bytes);
}

function report(opts, counts, problems, ms) {
  const kinds = ['ok', 'step limit', 'internal', 'crash', 'timeout'];
  const total = (k) => counts.get(k) ?? 0;
  const python = [...counts].filter(([k]) => k.startsWith('python ')).sort((a, b) => b[1] - a[1]);
  const pythonTotal = python.reduce((n, [, v]) => n + v, 0);
  console.log(`fuzz_pyc: ${opts.cases} cases, seed ${opts.seed}, step limit ${opts.steps}, ${(ms / 1000).toFixed(1)} s`);
  console.log(`  ran OK            ${total('ok')}`);
  console.log(`  Python exception  ${pythonTotal}`);
  for (const [k, v] of python) console.log(`    ${k.slice(7).padEnd(24)} ${v}`);
  console.log(`  step limit        ${total('step limit')}`);
  console.log(`  internal error    ${total('internal')}`);
  console.log(`  timeout (hang)    ${total('timeout')}`);
  console.log(`  host crash        ${total('crash')}`);
  for (const k of counts.keys()) if (!kinds.includes(k) && !k.startsWith('python ')) console.log(`  ${k} ${counts.get(k)}`);
  // One line per distinct problem, with the first case that shows it.
  const seen = new Map();
  for (const p of problems) {
    const key = `${p.kind} ${p.message.replace(/\d+/g, 'N')}`;
    if (!seen.has(key)) seen.set(key, { ...p, count: 0 });
    seen.get(key).count++;
  }
  for (const p of seen.values()) console.log(`  [${p.kind} x${p.count}] case ${p.index} (${p.base}: ${p.steps.join(' ')}): ${p.message}`);
  if (problems.length > 0) process.exitCode = 1;
}

await main();
