// SyntaxError as CPython 3.11 raises and prints it.

export type SyntaxErrorType = 'SyntaxError' | 'IndentationError' | 'TabError';

/**
 * A Python SyntaxError (or subclass). lineno/offset/endLineno/endOffset follow
 * CPython's SyntaxError attributes: 1-based lines, 1-based character offsets
 * into `text`; endOffset may be 0 or -1 as CPython sets it, or null (None) where CPython
 * gives no end (PyErr_SyntaxLocationObject).
 */
export class PySyntaxError extends Error {
  constructor(
    readonly type: SyntaxErrorType,
    readonly msg: string,
    readonly filename: string,
    readonly lineno: number,
    readonly offset: number,
    readonly text: string | null,
    readonly endLineno: number = lineno,
    readonly endOffset: number | null = offset,
  ) {
    super(`${msg} (${filename}, line ${lineno})`);
    this.name = type;
  }

  /** What `python3 FILE` prints on stderr for this error (traceback.c's print_error_text). */
  format(): string {
    let out = `  File "${this.filename}", line ${this.lineno}\n`;
    // An IndentationError gets one caret whatever its end (expected an indented block has the token's).
    const ranged = this.lineno === this.endLineno && this.type === 'SyntaxError' && this.endOffset !== null;
    if (this.text !== null) out += formatErrorText(this.text, this.offset, ranged ? this.endOffset as number : -1);
    return `${out}${this.type}: ${this.msg}\n`;
  }
}

function formatErrorText(text: string, offset: number, endOffset: number): string {
  // Mirrors pythonrun.c: strip leading blanks (shifting the offsets), clip to
  // the line, then print the line and a caret run from offset to endOffset.
  let start = 0;
  while (start < text.length && (text[start] === ' ' || text[start] === '\t' || text[start] === '\f')) start++;
  let line = text.slice(start);
  let off = offset - 1 - start;
  let end = endOffset - 1 - start;
  if (line.endsWith('\n')) line = line.slice(0, -1);
  const nl = line.indexOf('\n');
  if (nl >= 0) line = line.slice(0, nl);
  // (Lengths in UTF-8 bytes, as CPython's C strings count them: offsets may be bytes too.)
  const length = new TextEncoder().encode(line).length;
  if (off > length) off = length;
  let out = `    ${line}\n`;
  if (off < 0) return out;
  if (end <= off || end > length + 1) end = off + 1;
  return `${out}    ${' '.repeat(off)}${'^'.repeat(end - off)}\n`;
}
