// The limit on a single allocation: a list, tuple, str, bytes or int that would
// be too large raises MemoryError (which a program can catch) instead of
// exhausting the host's memory. The limit is the interpreter's option
// (`maxAllocation`, counted in items: list elements, characters, bytes).

import { newException } from '../objects/errors.js';
import { interp } from '../objects/state.js';

/** Raises MemoryError when an object of `n` items exceeds the interpreter's allocation limit. */
export function checkAllocation(n: number): void {
  if (n > interp().maxAllocation) throw newException('MemoryError');
}

/** The same for an int of `bits` bits (ints count one item per 30-bit digit, as CPython stores them). */
export function checkIntBits(bits: number): void {
  if (bits / 30 > interp().maxAllocation) throw newException('MemoryError');
}
