// The VM's bytecode verifier over CPython's own standard library: every code object CPython compiles
// from Lib/ (marshalled by python3 into a temporary directory, read back with our marshal reader), and
// every code object our compiler makes of the same files, must pass. Prints the counts and each refusal
// (a refusal of valid code is a verifier bug); exits 1 if there is one.
// Run after `npm run build`: node scripts/verify_stdlib.mjs [LIBDIR] [--limit N]
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PY_LIB_FILES, stdlibOptions } from './stdlib_corpus.mjs';

const { CodeObject, marshalLoads } = await import('../packages/bytecode/dist/index.js');
const { compile } = await import('../packages/compiler/dist/index.js');
// codeinfo.js runs the verifier; the VM's index is loaded first so that its modules initialise in order.
await import('../packages/vm/dist/index.js');
const { codeInfo } = await import('../packages/vm/dist/interpreter/codeinfo.js');

const { lib, limit } = stdlibOptions();

const out = mkdtempSync(join(tmpdir(), 'verify-stdlib-'));
const helper = `
import json, marshal, os, sys
lib, out, limit = sys.argv[1], sys.argv[2], int(sys.argv[3])
${PY_LIB_FILES}
files = lib_files(lib, limit)
ok = []
for f in files:
    try:
        co = compile(open(f, 'rb').read(), f, 'exec', dont_inherit=True)
    except (SyntaxError, ValueError, RecursionError, MemoryError, UnicodeDecodeError):
        continue
    with open(os.path.join(out, str(len(ok)) + '.marshal'), 'wb') as fh:
        fh.write(marshal.dumps(co))
    ok.append(f)
json.dump(ok, open(os.path.join(out, 'index.json'), 'w'))
`;
try {
  execFileSync('python3', ['-W', 'ignore', '-c', helper, lib, out, String(limit)], { stdio: 'inherit' });
  const files = JSON.parse(readFileSync(join(out, 'index.json'), 'utf8'));
  const counts = { cpython: 0, ours: 0 };
  const refused = [];
  const walk = (code, whose) => {
    counts[whose]++;
    const problem = codeInfo(code).problem;
    if (problem !== null) refused.push(`${whose}: ${problem}`);
    for (const c of code.consts) if (c instanceof CodeObject) walk(c, whose);
  };
  const started = Date.now();
  files.forEach((file, i) => {
    walk(marshalLoads(new Uint8Array(readFileSync(join(out, `${i}.marshal`)))), 'cpython');
    let ours;
    try {
      ours = compile(readFileSync(file), file, 'exec');
    } catch {
      return; // compile_parity.mjs reports what our compiler refuses
    }
    walk(ours, 'ours');
  });
  console.log(`${files.length} modules: ${counts.cpython} code objects compiled by CPython, ${counts.ours} by ours, ` +
    `verified in ${((Date.now() - started) / 1000).toFixed(1)} s (with reading and compiling); ${refused.length} refused`);
  for (const r of refused.slice(0, 20)) console.log(`  ${r}`);
  if (refused.length > 0) process.exitCode = 1;
} finally {
  rmSync(out, { recursive: true, force: true });
}
