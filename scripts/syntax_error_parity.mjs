// SyntaxError parity with CPython on the mistakes people make: mutates the corpus
// programs one token at a time (drop a token, repeat it, or insert a common one),
// asks CPython 3.11 what compile() raises for each, and counts how often ours
// raises the same class, message, line and offset, and of those how many end where CPython's do
// (end line and end offset). Prints the most frequent
// differences. Run after `npm run build`: node scripts/syntax_error_parity.mjs [--cases N] [--seed S]
// [--dump FILE] (FILE gets every differing case as JSON: source, CPython's error, ours; ends included where only they differ)
// [--corpus DIR] (the .py files to mutate; test/corpus by default).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const { compile, PySyntaxError } = await import('../packages/compiler/dist/index.js');

const args = process.argv.slice(2);
const opt = (name, dflt) => (args.includes(name) ? args[args.indexOf(name) + 1] : dflt);
const out = mkdtempSync(join(tmpdir(), 'syntax-parity-'));
const helper = `
import glob, io, json, random, sys, tokenize, warnings
warnings.simplefilter('ignore')
count, seed, corpus, out = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3], sys.argv[4]
rng = random.Random(seed)
sources = []
for f in sorted(glob.glob(corpus + '/*.py')):
    try:
        sources.append(open(f, encoding='utf-8').read())
    except UnicodeDecodeError:
        pass
cases = []
while len(cases) < count:
    src = rng.choice(sources)
    toks = [t for t in tokenize.generate_tokens(io.StringIO(src).readline)
            if t.type in (tokenize.NAME, tokenize.OP, tokenize.NUMBER, tokenize.STRING) and t.start[0] == t.end[0]]
    if not toks:
        continue
    t = rng.choice(toks)
    lines = src.split('\\n')
    line = lines[t.start[0] - 1]
    r = rng.random()
    if r < 0.4:
        line = line[:t.start[1]] + line[t.end[1]:]
    elif r < 0.7:
        line = line[:t.start[1]] + t.string + ' ' + line[t.start[1]:]
    else:
        ins = rng.choice(['(', ')', ':', ',', '=', 'if', 'x', '1', '[', ']', '.', 'lambda', '*', '**', 'return', '"', "'"])
        line = line[:t.start[1]] + ins + ' ' + line[t.start[1]:]
    lines[t.start[0] - 1] = line
    mutated = '\\n'.join(lines)
    try:
        compile(mutated, 'x.py', 'exec', dont_inherit=True)
        continue
    except SyntaxError as e:
        cases.append({'source': mutated, 'error': [type(e).__name__, e.msg, e.lineno, e.offset], 'end': [e.end_lineno, e.end_offset]})
    except Exception:
        continue
json.dump(cases, open(out, 'w'))
`;
const corpus = opt('--corpus', new URL('../test/corpus', import.meta.url).pathname);
const file = join(out, 'cases.json');
execFileSync('python3', ['-c', helper, opt('--cases', '3000'), opt('--seed', '11'), corpus, file], { stdio: 'inherit' });
const cases = JSON.parse(readFileSync(file, 'utf8'));
rmSync(out, { recursive: true, force: true });

let same = 0;
let sameEnd = 0;
const differences = new Map();
const dump = [];
for (const c of cases) {
  let got;
  let end = null;
  try {
    compile(c.source, 'x.py', 'exec');
    got = null;
  } catch (e) {
    got = e instanceof PySyntaxError ? [e.type, e.msg, e.lineno, e.offset] : ['internal error', String(e)];
    end = e instanceof PySyntaxError ? [e.endLineno, e.endOffset] : null;
  }
  if (JSON.stringify(got) === JSON.stringify(c.error)) {
    same++;
    if (JSON.stringify(end) === JSON.stringify(c.end)) sameEnd++;
    else dump.push({ source: c.source, cpython: [...c.error, ...c.end], ours: [...got, ...end] });
    continue;
  }
  dump.push({ source: c.source, cpython: c.error, ours: got });
  const ours = got === null ? 'accepted' : got[1] === c.error[1] ? 'same message, other position' : got[1];
  const key = `CPython: ${c.error[1]}  |  ours: ${ours}`;
  differences.set(key, (differences.get(key) ?? 0) + 1);
}
for (const [k, v] of [...differences].sort((a, b) => b[1] - a[1]).slice(0, 15)) console.log(String(v).padStart(5), k);
if (opt('--dump', null)) writeFileSync(opt('--dump', null), JSON.stringify(dump, null, 1));
console.log(`${same}/${cases.length} identical (class, message, line, offset); ${sameEnd} with the same end too`);
