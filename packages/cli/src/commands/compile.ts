// `pyc-ts compile FILE.py [-o OUT.pyc]`: write the .pyc that `python3 -m py_compile FILE.py` would write.

import { statSync } from 'node:fs';
import { writePyc } from '@pyc-ts/bytecode';
import { compileDeep } from '../deep_stack.js';
import { cacheFromSource, readInputFile, writeOutputFile } from '../files.js';
import { exitOnSyntaxError } from './syntax_exit.js';

export function compileCommand(file: string, out: string | undefined): number {
  const source = readInputFile(file);
  const code = exitOnSyntaxError(() => compileDeep(source, file, 'exec'));
  // py_compile records the source's mtime (whole seconds) and size, each truncated to 32 bits.
  const stat = statSync(file);
  writeOutputFile(
    out ?? cacheFromSource(file),
    writePyc(code, { mtime: Math.floor(stat.mtimeMs / 1000) >>> 0, sourceSize: stat.size >>> 0 }),
  );
  return 0;
}
