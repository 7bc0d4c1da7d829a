// .pyc files as CPython 3.11 writes them (importlib._bootstrap_external
// _code_to_timestamp_pyc): magic, flags, source mtime and size, marshalled code.

import { CodeObject } from './code.js';
import { MarshalError, marshalDumps, marshalLoads } from './marshal.js';

/** importlib.util.MAGIC_NUMBER for 3.11: 3495 as a little-endian short, then \r\n. */
export const MAGIC_NUMBER: Uint8Array = Uint8Array.from([0xa7, 0x0d, 0x0d, 0x0a]);

export interface Pyc {
  flags: number;
  mtime: number;
  sourceSize: number;
  code: CodeObject;
}

export function readPyc(bytes: Uint8Array): Pyc {
  if (bytes.length < 16 || !MAGIC_NUMBER.every((b, i) => bytes[i] === b)) {
    throw new MarshalError('bad magic number in .pyc file');
  }
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const code = marshalLoads(bytes.subarray(16));
  if (!(code instanceof CodeObject)) throw new MarshalError('.pyc does not hold a code object');
  return { flags: view.getUint32(4, true), mtime: view.getUint32(8, true), sourceSize: view.getUint32(12, true), code };
}

/** A timestamp-based .pyc (flags 0), as py_compile writes by default. */
export function writePyc(code: CodeObject, opts: { mtime: number; sourceSize: number }): Uint8Array {
  const body = marshalDumps(code);
  const out = new Uint8Array(16 + body.length);
  const view = new DataView(out.buffer);
  out.set(MAGIC_NUMBER, 0);
  view.setUint32(4, 0, true);
  // Both are stored modulo 2**32, as _pack_uint32 does.
  view.setUint32(8, opts.mtime >>> 0, true);
  view.setUint32(12, opts.sourceSize >>> 0, true);
  out.set(body, 16);
  return out;
}
