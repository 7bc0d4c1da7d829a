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

/** Steps are handed to the interpreter's countdown in chunks, so that the counter stays a small integer. */
const CHUNK = 1 << 20;

/** The steps a run may still take. */
export class StepBudget {
  private granted = 0;

  constructor(readonly limit: number) {}

  /**
   * The interpreter's countdown ran out: the size of its next chunk, less the step being taken now. Once
   * the limit is spent this throws, and again at every later step, so that nothing can carry on past it.
   */
  refill(): number {
    if (this.granted >= this.limit) throw new StepLimitExceeded(this.limit);
    const n = Math.min(CHUNK, this.limit - this.granted);
    this.granted += n;
    return n - 1;
  }
}
