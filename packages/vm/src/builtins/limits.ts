// The limit on a single allocation: a list, tuple, str, bytes or int that would
// be too large raises MemoryError (which a program can catch) instead of
// exhausting the host's memory. The limit is the interpreter's option
// (`maxAllocation`, counted in items: list elements, characters, bytes); and where
// the host reports its heap, a large allocation must also fit in what is left of it.

import { newException } from '../objects/errors.js';
import { interp } from '../objects/state.js';

/** Allocations from this many items on are checked against the heap left (smaller ones cannot exhaust it alone). */
const LARGE = 1 << 16;
/** An item's size in bytes, at most: a pointer in an array, or a UTF-16 code unit pair. */
const ITEM_BYTES = 8;

/** Raises MemoryError when an object of `n` items exceeds the interpreter's allocation limit or the heap left. */
export function checkAllocation(n: number): void {
  const i = interp();
  if (n > i.maxAllocation) throw newException('MemoryError');
  if (n >= LARGE) i.checkHeap(n * ITEM_BYTES);
}

/** The same for an int of `bits` bits (ints count one item per 30-bit digit, as CPython stores them). */
export function checkIntBits(bits: number): void {
  if (bits / 30 > interp().maxAllocation) throw newException('MemoryError');
}
