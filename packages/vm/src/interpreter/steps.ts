// The step limit: a bound on the work one run may do, which an embedder sets (Host.stepLimit) to stop a
// program that loops or recurses without end. Steps are counted where CPython checks its eval breaker:
// each backward jump, and each switch of the running frame (a call, a return, a generator resumed, an
// exception handler entered), so that every loop and every recursion spends them and straight-line code
// pays nothing.

/** Thrown when a run has spent its steps. Not a Python exception: no `except` clause catches it. */
export class StepLimitExceeded extends Error {
  constructor(readonly limit: number) {
    super(`step limit of ${limit} exceeded`);
  }
}

/**
 * Steps are handed to the interpreter's countdown in chunks, so that the counter stays a small integer;
 * smaller ones where the interpreter checks the heap at each (a loop of small allocations fills the heap in
 * well under 2**14 steps per hundred megabytes).
 */
const CHUNK = 1 << 20;
const CHECKED_CHUNK = 1 << 14;

/** The steps a run may still take. */
export class StepBudget {
  private granted = 0;
  private readonly chunk: number;

  /** `checked`: the interpreter checks something (the heap) at every refill, so chunks are smaller. */
  constructor(
    readonly limit: number,
    checked = false,
  ) {
    this.chunk = checked ? CHECKED_CHUNK : CHUNK;
  }

  /**
   * The interpreter's countdown ran out: the size of its next chunk, less the step being taken now. Once
   * the limit is spent this throws, and again at every later step, so that nothing can carry on past it.
   */
  refill(): number {
    if (this.granted >= this.limit) throw new StepLimitExceeded(this.limit);
    const n = Math.min(this.chunk, this.limit - this.granted);
    this.granted += n;
    return n - 1;
  }
}
