// The docstrings and text signatures of builtin types, functions and methods, as CPython 3.11 has
// them (generated from it by scripts/gen_builtin_docs.py).

import { docsJSON, textSignaturesJSON } from '../generated/builtin_docs.js';

let docs: Record<string, string | null> | null = null;
let textSignatures: Record<string, string | null> | null = null;

/** The __doc__ recorded for a key ('int', 'int.bit_length', 'builtins.len', 'module:sys'); null if none. */
export function builtinDoc(key: string): string | null {
  docs ??= JSON.parse(docsJSON) as Record<string, string | null>;
  return Object.hasOwn(docs, key) ? docs[key] : null;
}

/**
 * The __text_signature__ CPython has for a key ('object' -> '()', 'str.join' -> '($self, iterable, /)',
 * 'dict.clear' -> null: declared without Argument Clinic); undefined where CPython has no such builtin.
 */
export function builtinTextSignature(key: string): string | null | undefined {
  textSignatures ??= JSON.parse(textSignaturesJSON) as Record<string, string | null>;
  return Object.hasOwn(textSignatures, key) ? textSignatures[key] : undefined;
}
