#!/usr/bin/env node
// `node scripts/builtin_parity.mjs [--list] [--write]`: the builtin surface of pyc-ts against CPython 3.11's.
//
// Runs scripts/builtin_surface.py under pyc-ts (a built CLI) and compares its JSON with CPython's, recorded in
// packages/vm/test/golden/builtin_reference.json by scripts/gen_builtin_docs.py: for every builtin type and for
// the modules builtins, sys and math, the names dir() shows, and each attribute's kind, __text_signature__ and
// __doc__. Prints the counts by kind of finding; --list prints every finding; --write records them in
// test/golden/builtin_findings.txt, which test/builtin_parity.test.ts holds the VM to. Node built-ins only.

import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { compareSurfaces, countFindings } from './builtin_compare.mjs';

const root = resolve(fileURLToPath(new URL('..', import.meta.url)));
const cli = join(root, 'packages/cli/bin/pyc-ts.js');
export const findingsFile = join(root, 'test/golden/builtin_findings.txt');

const r = spawnSync(process.execPath, [cli, 'run', join(root, 'scripts/builtin_surface.py')], { encoding: 'utf8', maxBuffer: 1 << 28 });
if (r.status !== 0) {
  console.error(`builtin_parity: pyc-ts run scripts/builtin_surface.py failed (exit ${r.status}):\n${r.stderr}`);
  process.exit(1);
}
const reference = JSON.parse(readFileSync(join(root, 'packages/vm/test/golden/builtin_reference.json'), 'utf8'));
const findings = compareSurfaces(reference, JSON.parse(r.stdout));
const { counts, names, types } = countFindings(reference, findings);

if (process.argv.includes('--list')) for (const f of findings) console.log(f);
console.log(`CPython 3.11: ${types} builtin types and 3 modules, ${names} names in their dir()`);
const order = ['missing-type', 'missing-module', 'missing', 'extra-type', 'extra', 'kind', 'signature', 'doc', 'subclassable'];
for (const kind of order) console.log(`  ${kind.padEnd(15)} ${counts[kind] ?? 0}`);
if (process.argv.includes('--write')) {
  writeFileSync(findingsFile, findings.join('\n') + '\n');
  console.log(`wrote ${findings.length} findings to test/golden/builtin_findings.txt`);
}
