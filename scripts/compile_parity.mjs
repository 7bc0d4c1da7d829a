// Code-object parity with CPython over its own stdlib: compiles every .py under
// CPython's Lib/ that CPython compiles, with ours and with CPython, and compares
// the CodeJSON of both (every field but co_filename, nested code objects too).
// Reports identical / differing (first differing code object and field) /
// refused (a SyntaxError where CPython compiles, by message) / crashed (a bug: an internal error).
// Run after `npm run build`: node scripts/compile_parity.mjs [LIBDIR] [--limit N] [--show K] [--no-tests]
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PY_LIB_FILES, stdlibOptions } from './stdlib_corpus.mjs';

const { compile, PySyntaxError } = await import('../packages/compiler/dist/index.js');
const { codeToJSON } = await import('../packages/bytecode/dist/index.js');

const { args, lib, limit, show } = stdlibOptions(10);
const noTests = args.includes('--no-tests');

const out = mkdtempSync(join(tmpdir(), 'compile-parity-'));
const helper = `
import json, os, sys
sys.path.insert(0, sys.argv[4])
from dump_code import code_to_json
lib, out, limit, no_tests = sys.argv[1], sys.argv[2], int(sys.argv[3]), sys.argv[5] == '1'
${PY_LIB_FILES}
files = lib_files(lib, limit, no_tests)
ok = []
for f in files:
    try:
        src = open(f, 'rb').read()
        co = compile(src, f, 'exec', dont_inherit=True)
    except (SyntaxError, ValueError, RecursionError, MemoryError, UnicodeDecodeError):
        continue
    with open(os.path.join(out, str(len(ok)) + '.json'), 'w', encoding='utf-8') as fh:
        json.dump(code_to_json(co), fh, ensure_ascii=True)
    ok.append(f)
json.dump(ok, open(os.path.join(out, 'index.json'), 'w'))
`;
const scripts = new URL('.', import.meta.url).pathname;
execFileSync('python3', ['-c', helper, lib, out, String(limit), scripts, noTests ? '1' : '0'], {
  stdio: 'inherit',
  env: { ...process.env, PYTHONHASHSEED: '0' },
  maxBuffer: 1 << 30,
});
const files = JSON.parse(readFileSync(join(out, 'index.json'), 'utf8'));

const withoutFilename = (o) => {
  if (Array.isArray(o)) return o.map(withoutFilename);
  if (o && typeof o === 'object') {
    const r = {};
    for (const k of Object.keys(o)) if (k !== 'filename') r[k] = withoutFilename(o[k]);
    return r;
  }
  return o;
};

/** The first place two CodeJSON trees differ: "qualname.field". */
function firstDifference(a, b, where = '') {
  if (a && b && typeof a === 'object' && typeof b === 'object' && 'code' in a && 'qualname' in a) {
    for (const k of Object.keys(b)) {
      if (k === 'consts') {
        const n = Math.max(a.consts.length, b.consts.length);
        for (let i = 0; i < n; i++) {
          const x = a.consts[i];
          const y = b.consts[i];
          if (x?.t === 'code' && y?.t === 'code') {
            const d = firstDifference(x.v, y.v, b.qualname);
            if (d) return d;
          } else if (JSON.stringify(x) !== JSON.stringify(y)) return `${b.qualname}.consts`;
        }
      } else if (JSON.stringify(a[k]) !== JSON.stringify(b[k])) return `${b.qualname}.${k}`;
    }
    return null;
  }
  return JSON.stringify(a) === JSON.stringify(b) ? null : where;
}

const counts = { identical: 0, different: 0, refused: 0, crashed: 0 };
const byField = new Map();
const byMessage = new Map();
const examples = [];
for (let i = 0; i < files.length; i++) {
  const want = withoutFilename(JSON.parse(readFileSync(join(out, `${i}.json`), 'utf8')));
  let got;
  try {
    got = withoutFilename(codeToJSON(compile(readFileSync(files[i]), files[i])));
  } catch (e) {
    const msg = e instanceof PySyntaxError ? e.msg : String(e && e.stack);
    if (e instanceof PySyntaxError) {
      counts.refused++;
      byMessage.set(msg, (byMessage.get(msg) ?? 0) + 1);
      examples.push(`REFUSED ${files[i]}: ${msg} (line ${e.lineno})`);
    } else {
      counts.crashed++;
      examples.push(`CRASH ${files[i]}: ${msg.split('\n').slice(0, 3).join(' | ')}`);
    }
    continue;
  }
  const d = firstDifference(got, want);
  if (d === null) counts.identical++;
  else {
    counts.different++;
    const field = d.slice(d.lastIndexOf('.') + 1);
    byField.set(field, (byField.get(field) ?? 0) + 1);
    examples.push(`DIFF ${files[i]}: ${d}`);
  }
}
rmSync(out, { recursive: true, force: true });
for (const e of examples.slice(0, show)) console.log(e);
const sorted = (m) => [...m].sort((a, b) => b[1] - a[1]).map(([k, v]) => `  ${v}  ${k}`).join('\n');
if (byField.size) console.log(`first differing field:\n${sorted(byField)}`);
if (byMessage.size) console.log(`refused with a SyntaxError:\n${sorted(byMessage)}`);
console.log(`${counts.identical}/${files.length} identical, ${counts.different} different, ${counts.refused} refused, ${counts.crashed} crashed`);
