// The docstrings and text signatures of builtin types, functions and methods, as CPython 3.11 has
// them (generated from it by scripts/gen_builtin_docs.py).

import { docs, textSignatures } from '../generated/builtin_docs.js';

/** The __doc__ recorded for a key ('int', 'int.bit_length', 'builtins.len', 'module:sys'); null if none. */
export function builtinDoc(key: string): string | null {
  const d = docs[key];
  return d === undefined ? null : d;
}

/**
 * The __text_signature__ CPython has for a key ('object' -> '()', 'str.join' -> '($self, iterable, /)',
 * 'dict.clear' -> null: declared without Argument Clinic); undefined where CPython has no such builtin.
 */
export function builtinTextSignature(key: string): string | null | undefined {
  return textSignatures[key];
}
