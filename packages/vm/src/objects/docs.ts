// The docstrings of builtin types, functions and methods, as CPython 3.11 has
// them (generated from it by scripts/gen_builtin_docs.py).

import { docs, typeTextSignatures } from '../generated/builtin_docs.js';

/** The __doc__ recorded for a key ('int', 'int.bit_length', 'builtins.len', 'module:sys'); null if none. */
export function builtinDoc(key: string): string | null {
  const d = docs[key];
  return d === undefined ? null : d;
}

/** A builtin type's __text_signature__ ('()' for object), or null. */
export function typeTextSignature(key: string): string | null {
  const s = typeTextSignatures[key];
  return s === undefined ? null : s;
}
