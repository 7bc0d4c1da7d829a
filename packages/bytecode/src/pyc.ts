// .pyc files as CPython 3.11 writes them (importlib._bootstrap_external):
// magic, flags, then either source mtime and size (timestamp-based, the
// default) or the source hash (PEP 552), then the marshalled code.

import { CodeObject } from './code.js';
import { MarshalError, marshalDumps, marshalLoads } from './marshal.js';

/** importlib.util.MAGIC_NUMBER for 3.11: 3495 as a little-endian short, then \r\n. */
export const MAGIC_NUMBER: Uint8Array = Uint8Array.from([0xa7, 0x0d, 0x0d, 0x0a]);

/** Flag bits (PEP 552): hash-based, and whether the hash is checked against the source. */
export const PYC_HASH_BASED = 0b01;
export const PYC_CHECK_SOURCE = 0b10;

export interface Pyc {
  flags: number;
  /** Timestamp-based files: the source mtime and size (for hash-based files, the hash's two halves). */
  mtime: number;
  sourceSize: number;
  /** Hash-based files: the 8-byte source hash. */
  sourceHash?: Uint8Array;
  code: CodeObject;
}

export function readPyc(bytes: Uint8Array): Pyc {
  if (bytes.length < 16 || !MAGIC_NUMBER.every((b, i) => bytes[i] === b)) {
    throw new MarshalError('bad magic number in .pyc file');
  }
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const code = marshalLoads(bytes.subarray(16));
  if (!(code instanceof CodeObject)) throw new MarshalError('.pyc does not hold a code object');
  const flags = view.getUint32(4, true);
  const pyc: Pyc = { flags, mtime: view.getUint32(8, true), sourceSize: view.getUint32(12, true), code };
  if (flags & PYC_HASH_BASED) pyc.sourceHash = bytes.slice(8, 16);
  return pyc;
}

/**
 * A .pyc for `code`: timestamp-based (flags 0, as py_compile writes by
 * default), or hash-based when `sourceHash` (8 bytes, importlib.util.source_hash)
 * is given.
 */
export function writePyc(
  code: CodeObject,
  opts: { mtime: number; sourceSize: number } | { sourceHash: Uint8Array; checkSource?: boolean },
): Uint8Array {
  const body = marshalDumps(code);
  const out = new Uint8Array(16 + body.length);
  const view = new DataView(out.buffer);
  out.set(MAGIC_NUMBER, 0);
  if ('sourceHash' in opts) {
    if (opts.sourceHash.length !== 8) throw new MarshalError('source hash must be 8 bytes');
    view.setUint32(4, PYC_HASH_BASED | (opts.checkSource ?? true ? PYC_CHECK_SOURCE : 0), true);
    out.set(opts.sourceHash, 8);
  } else {
    // Both are stored modulo 2**32, as _pack_uint32 does.
    view.setUint32(8, Math.floor(opts.mtime) >>> 0, true);
    view.setUint32(12, opts.sourceSize >>> 0, true);
  }
  out.set(body, 16);
  return out;
}
