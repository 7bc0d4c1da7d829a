// CPython's parser stack limit, as far as this parser emulates it. CPython 3.11's PEG parser counts
// nested rule calls and raises MemoryError past MAXSTACK of them. This parser reads the long
// right-nested chains in loops, so it counts for them the levels CPython's rules would take:
// a chain long enough ends in MemoryError here as in CPython. Levels spent in brackets and blocks
// are not counted (CPython's differ by route and memoisation), so a chain inside them may be a
// little longer here than CPython allows. The figures come from CPython 3.11.7 (see
// scripts/gen_parser_stack_goldens.py, whose thresholds the tests check).

/** The count at which CPython's parser gives up (Parser/parser.c's MAXSTACK). */
export const MAXSTACK = 6000;

/**
 * Levels CPython has entered on the way to a statement's (or an f-string field's) first operand;
 * in func_type input, to the return type's (its argument types, in its brackets, take 1 to 3 more).
 */
export const STACK_BASE = { exec: 30, eval: 24, single: 28, func_type: 23, fstring: 53 } as const;

/** Levels each link of a chain adds. */
export const LINK_LEVELS = {
  /** A unary + - ~ (factor: sign factor). */
  sign: 1,
  /** A `not` (inversion: 'not' inversion). */
  not: 1,
  /** A `**` (power: await_primary '**' factor, through factor). */
  power: 2,
  /** A lambda's head (expression: lambdef; lambdef's body: expression). */
  lambda: 2,
  /** An `else` of a conditional expression (its orelse: expression). */
  orElse: 1,
  /** A lambda parameter's default, besides its lambda's (lambda_params down to default: expression). */
  lambdaDefault: 6,
} as const;
