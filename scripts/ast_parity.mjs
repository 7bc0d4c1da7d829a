// AST parity with CPython over its own stdlib: parses every .py under CPython's Lib/
// that CPython parses, compares dumpAst(include_attributes) with ast.dump, both reading type
// comments as `python3 -m ast` does, and reports "N/M match" plus parse speed (lines/s, ours vs
// ast.parse, warm, in process, best of 3) without type comments (as compile() parses) and with them.
// Run: npx tsx scripts/ast_parity.mjs [LIBDIR] [--limit N] [--show K]
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PY_LIB_FILES, stdlibOptions } from './stdlib_corpus.mjs';
// The built package (tsc output) is measured when present: tsx's transform adds per-closure overhead.
const { dumpAst, parse } = await import(existsSync(new URL('../packages/compiler/dist/parser.js', import.meta.url)) ? '../packages/compiler/dist/index.js' : '../packages/compiler/src/index.ts');

const { lib, limit, show } = stdlibOptions(5);

const out = mkdtempSync(join(tmpdir(), 'ast-parity-'));
const helper = `
import ast, os, sys, time, json
lib, out, limit = sys.argv[1], sys.argv[2], int(sys.argv[3])
${PY_LIB_FILES}
files = lib_files(lib, limit)
ok, srcs = [], []
for i, f in enumerate(files):
    try:
        src = open(f, 'rb').read()
        tree = ast.parse(src, f, type_comments=True)
    except (SyntaxError, ValueError, UnicodeDecodeError, RecursionError, MemoryError):
        continue
    d = ast.dump(tree, include_attributes=True)
    with open(os.path.join(out, str(len(ok)) + '.txt'), 'w', encoding='utf-8', errors='surrogatepass') as fh: fh.write(d)
    ok.append(f); srcs.append(src)
lines = sum(s.count(b'\\n') + 1 for s in srcs)
def timed(type_comments):
    t = time.perf_counter()
    for s, f in zip(srcs, ok): ast.parse(s, f, type_comments=type_comments)
    return time.perf_counter() - t
seconds = {}
for tc in (False, True):
    timed(tc)  # warm-up
    seconds[str(tc).lower()] = min(timed(tc) for _ in range(3))  # best of 3: the machine's noise only ever adds
json.dump({'files': ok, 'lines': lines, 'seconds': seconds}, open(os.path.join(out, 'index.json'), 'w'))
`;
execFileSync('python3', ['-c', helper, lib, out, String(limit)], { stdio: 'inherit' });
const index = JSON.parse(readFileSync(join(out, 'index.json'), 'utf8'));
const sources = index.files.map((f) => readFileSync(f));

let match = 0;
const failures = [];
for (let i = 0; i < sources.length; i++) {
  const want = readFileSync(join(out, `${i}.txt`), 'utf8');
  let got;
  try {
    got = dumpAst(parse(sources[i], index.files[i], 'exec', { typeComments: true }), { includeAttributes: true });
  } catch (e) {
    got = `ERROR ${e && e.format ? e.format() : e && e.stack}`;
  }
  if (got === want) match++;
  else {
    let k = 0;
    while (k < got.length && got[k] === want[k]) k++;
    failures.push({ file: index.files[i], at: k, got: got.slice(Math.max(0, k - 120), k + 120), want: want.slice(Math.max(0, k - 120), k + 120) });
  }
}
for (const f of failures.slice(0, show)) {
  console.log(`--- ${f.file} @${f.at}\n ours:   ${f.got}\n cpython: ${f.want}`);
}

// Speed: warm, in process, parse only, best of 3 as for ast.parse.
const parseAll = (typeComments) => {
  const t0 = performance.now();
  for (let i = 0; i < sources.length; i++) { try { parse(sources[i], index.files[i], 'exec', { typeComments }); } catch { /* counted above */ } }
  return (performance.now() - t0) / 1000;
};
rmSync(out, { recursive: true, force: true });
const lps = (s) => Math.round(index.lines / s).toLocaleString('en');
console.log(`${match}/${sources.length} match`);
// The two settings in turn, so that the machine's noise falls on both alike.
const best = { false: Infinity, true: Infinity };
for (let round = 0; round < 4; round++) {
  for (const typeComments of [false, true]) {
    const t = parseAll(typeComments);
    if (round > 0) best[typeComments] = Math.min(best[typeComments], t); // (round 0 warms up)
  }
}
for (const typeComments of [false, true]) {
  const [ours, theirs] = [best[typeComments], index.seconds[typeComments]];
  console.log(`speed, type comments ${typeComments ? 'read' : 'not read'}: ours ${lps(ours)} lines/s, ast.parse ${lps(theirs)} lines/s (ratio ${(theirs / ours).toFixed(2)})`);
}
