// `pyc-ts compile FILE.py [-o OUT.pyc]`: write the .pyc that `python3 -m py_compile FILE.py` would write.

import { statSync } from 'node:fs';
import { MarshalError, writePyc, type CodeObject } from '@pyc-ts/bytecode';
import { CliExit } from '../cli_exit.js';
import { compileDeep } from '../deep_stack.js';
import { cacheFromSource, readInputFile, writeOutputFile } from '../files.js';
import { exitOnSyntaxError } from './syntax_exit.js';

export function compileCommand(file: string, out: string | undefined): number {
  const source = readInputFile(file);
  const code = exitOnSyntaxError(() => compileDeep(source, file, 'exec'));
  // py_compile records the source's mtime (whole seconds) and size, each truncated to 32 bits.
  const stat = statSync(file);
  writeOutputFile(out ?? cacheFromSource(file), pycBytes(code, Math.floor(stat.mtimeMs / 1000) >>> 0, stat.size >>> 0));
  return 0;
}

/** The .pyc's bytes; code nested too deeply to marshal fails as py_compile's does, with marshal's ValueError. */
function pycBytes(code: CodeObject, mtime: number, sourceSize: number): Uint8Array {
  try {
    return writePyc(code, { mtime, sourceSize });
  } catch (e) {
    if (e instanceof MarshalError) throw new CliExit(1, `${e.pyType}: ${e.message}\n`);
    throw e;
  }
}
