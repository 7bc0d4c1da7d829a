// Reading the user's files, with the errors CPython gives, and the .pyc path py_compile would choose.

import { mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { strRepr } from '@pyc-ts/bytecode';
import { CliExit } from './cli_exit.js';

/** Texts of the few errno values a user meets when naming a file (strerror(3) on Linux). */
const ERRNO: Record<string, [number, string]> = {
  ENOENT: [2, 'No such file or directory'],
  EACCES: [13, 'Permission denied'],
  ENOTDIR: [20, 'Not a directory'],
  EISDIR: [21, 'Is a directory'],
  ELOOP: [40, 'Too many levels of symbolic links'],
  ENAMETOOLONG: [36, 'File name too long'],
};

/**
 * The bytes of a file named on the command line. Failure reads as `python3 FILE` reports it
 * ("can't open file '/abs/path': [Errno 2] No such file or directory", exit status 2), with our own name.
 */
export function readInputFile(path: string): Uint8Array {
  try {
    if (statSync(path).isDirectory()) throw Object.assign(new Error('is a directory'), { code: 'EISDIR' });
    return readFileSync(path);
  } catch (e) {
    throw new CliExit(2, `pyc-ts: can't open file ${strRepr(resolve(path))}: ${osErrorText(e)}\n`);
  }
}

/** Writes a whole file beside its target and renames it into place, as py_compile does, so no reader sees half. */
export function writeOutputFile(path: string, bytes: Uint8Array): void {
  try {
    mkdirSync(dirname(path), { recursive: true });
    const partial = `${path}.${process.pid}.tmp`;
    writeFileSync(partial, bytes);
    renameSync(partial, path);
  } catch (e) {
    throw new CliExit(1, `pyc-ts: can't write ${strRepr(path)}: ${osErrorText(e)}\n`);
  }
}

/** "[Errno 2] No such file or directory", as an OSError prints; Node's own text for rarer errors. */
function osErrorText(e: unknown): string {
  const code = (e as NodeJS.ErrnoException).code ?? '';
  const known = ERRNO[code];
  if (known) return `[Errno ${known[0]}] ${known[1]}`;
  return e instanceof Error ? e.message : String(e);
}

/** Reads all of stdin (for `dis` and `ast` without a file, as `python3 -m dis` reads `-`). */
export function readStdin(): Uint8Array {
  return readFileSync(0);
}

/** Source text of a file for traceback lines, or undefined when it cannot be read. */
export function sourceLines(): (filename: string) => string | undefined {
  const cache = new Map<string, string | undefined>();
  return (filename) => {
    if (!cache.has(filename)) {
      let text: string | undefined;
      try {
        text = new TextDecoder().decode(readFileSync(filename));
      } catch {
        text = undefined;
      }
      cache.set(filename, text);
    }
    return cache.get(filename);
  };
}

/**
 * importlib.util.cache_from_source for CPython 3.11: `<dir>/__pycache__/<name>.cpython-311.pyc`, where <name> is
 * the file name up to its last dot.
 */
export function cacheFromSource(path: string): string {
  const tail = basename(path);
  const dot = tail.lastIndexOf('.');
  const base = dot < 0 ? '' : tail.slice(0, dot);
  const rest = dot < 0 ? tail : tail.slice(dot + 1);
  const name = `${base || rest}${dot < 0 ? '' : '.'}cpython-311.pyc`;
  return join(dirname(path), '__pycache__', name);
}
