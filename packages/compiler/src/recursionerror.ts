// RecursionError for trees nested deeper than CPython's recursive passes allow.

/**
 * What CPython raises when a tree is nested too deeply for compile(), ast.parse() or
 * ast.dump(): a RecursionError whose message names the pass ("... during compilation").
 */
export class PyRecursionError extends Error {
  readonly type = 'RecursionError';

  /** What python3 prints for it when no Python frame is involved (a traceback would come first otherwise). */
  format(): string {
    return `${this.type}: ${this.message}\n`;
  }
}

/**
 * A compile pass ran out of the JS stack on a tree within CPython's limits. It is reported as
 * CPython's RecursionError, but a host with a larger stack (the CLI's worker) can compile the tree.
 */
export class HostStackExhausted extends PyRecursionError {}
