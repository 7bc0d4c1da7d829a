// What CPython's front end raises for source too deep or too long for it, rather than a SyntaxError.

/** An exception with no source position: python3 prints only its type and message for it. */
export class PyLimitError extends Error {
  constructor(readonly type: 'RecursionError' | 'MemoryError', message: string) {
    super(message);
  }

  /** What python3 prints for it when no Python frame is involved (a traceback would come first otherwise). */
  format(): string {
    return this.message === '' ? `${this.type}\n` : `${this.type}: ${this.message}\n`;
  }
}

/**
 * A tree nested too deeply for compile(), ast.parse() or ast.dump(): a RecursionError whose message
 * names the pass ("... during compilation").
 */
export class PyRecursionError extends PyLimitError {
  constructor(message: string) {
    super('RecursionError', message);
  }
}

/** A compile pass ran out of the JS stack on a tree within CPython's limits; a host with a larger stack (the CLI's worker) can compile the tree. */
export class HostStackExhausted extends PyRecursionError {}

/** Source nesting deeper than CPython's parser stack allows (MAXSTACK): a MemoryError with no message. */
export class PyMemoryError extends PyLimitError {
  constructor() {
    super('MemoryError', '');
  }
}

/** The parser ran out of the JS stack: reported as CPython's parser reports its stack running out, but a host with a larger stack can parse the source. */
export class ParserStackExhausted extends PyMemoryError {}
