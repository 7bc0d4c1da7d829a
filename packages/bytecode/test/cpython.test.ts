import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readPyc, writePyc } from '../src/pyc.js';

// Live check against CPython 3.11: what we write must load and run there.
function python311(): boolean {
  try {
    return execFileSync('python3', ['-c', 'import sys; print(sys.version_info[:2] == (3, 11))']).toString().trim() === 'True';
  } catch {
    return false;
  }
}
const haveCPython = python311();
if (!haveCPython) console.log('cpython.test.ts: skipped, python3 is not CPython 3.11');

const dir = new URL('./fixtures/', import.meta.url);
const names = readdirSync(dir).filter((f) => f.endsWith('.pyc')).map((f) => f.slice(0, -4));

describe.skipIf(!haveCPython)('our .pyc files in CPython 3.11', () => {
  const tmp = mkdtempSync(join(tmpdir(), 'pyc-ts-bytecode-'));

  for (const name of names) {
    it(`${name}: loads as an equal code object and runs the same`, () => {
      const original = new Uint8Array(readFileSync(new URL(`${name}.pyc`, dir)));
      const r = readPyc(original);
      const ours = join(tmp, `${name}.ours.pyc`);
      const theirs = join(tmp, `${name}.theirs.pyc`);
      writeFileSync(ours, writePyc(r.code, { mtime: r.mtime, sourceSize: r.sourceSize }));
      writeFileSync(theirs, original);
      const check = spawnSync('python3', ['-c', [
        'import marshal, sys',
        'a, b = (marshal.loads(open(p, "rb").read()[16:]) for p in sys.argv[1:])',
        'print(a == b)',
      ].join('\n'), ours, theirs]);
      expect(check.stderr.toString()).toBe('');
      expect(check.stdout.toString().trim()).toBe('True');
      const run = (p: string) => spawnSync('python3', [p], { cwd: tmp });
      const a = run(ours);
      const b = run(theirs);
      expect(a.status).toBe(b.status);
      const norm = (s: Buffer) => s.toString().replace(/0x[0-9a-f]+/g, '0x?');
      expect(norm(a.stdout)).toBe(norm(b.stdout));
    });
  }
});

describe.skipIf(!haveCPython)('generated tables are up to date with CPython 3.11', () => {
  for (const [script, file] of [
    ['gen_bytecode_opcodes.py', 'opcodes.ts'],
    ['gen_bytecode_printable.py', 'printable.ts'],
  ]) {
    it(`${file} is what scripts/${script} prints`, () => {
      const generated = execFileSync('python3', [new URL(`../../../scripts/${script}`, import.meta.url).pathname]);
      expect(generated.toString()).toBe(readFileSync(new URL(`../src/${file}`, import.meta.url), 'utf8'));
    });
  }
});
