// Python 3.11 tokenizer (after CPython's Parser/tokenizer.c), emitting
// chevrotain ITokens. Hand-written rather than a chevrotain Lexer: indentation,
// bracket-dependent NEWLINEs, continuation lines and string prefixes need
// state between tokens, and one pass over char codes is faster than regexes.
import type { TokenType } from 'chevrotain';
import { PySyntaxError, type SyntaxErrorType } from './syntaxerror.js';
import { isIdContinue, isIdStart } from './charclass.js';
import { isPrintable } from '@pyc-ts/bytecode';
import {
  DEDENT, ENDMARKER, ERRORTOKEN, INDENT, KEYWORDS, NAME, NEWLINE, NUMBER, OP, OPERATORS, STRING, TYPE_COMMENT,
  type PyToken,
} from './tokens.js';

const MAXINDENT = 100;
const MAXLEVEL = 200;
const TABSIZE = 8;

/** Operators of one character by char code, and the characters that begin a longer one ('<>' too). */
const SINGLE_CHAR_OPERATORS: (TokenType | undefined)[] = [];
const STARTS_LONGER_OPERATOR = new Uint8Array(128);
for (const [image, type] of OPERATORS) {
  if (image.length === 1) SINGLE_CHAR_OPERATORS[image.charCodeAt(0)] = type;
  else STARTS_LONGER_OPERATOR[image.charCodeAt(0)] = 1;
}
// CPython's tokenizer gives '$', '?' and '`' as a generic OP that no rule takes (a lone '!' and '<>' too,
// below): the parse fails there, and the tokenizer goes on (its later errors may still win, parse()).
for (const ch of '$?`') SINGLE_CHAR_OPERATORS[ch.charCodeAt(0)] = OP;

/** Source text split into lines, with UTF-8 byte columns on demand. */
export class SourceLines {
  readonly lines: string[];
  readonly lineStarts: number[];
  constructor(readonly text: string) {
    this.lines = [];
    this.lineStarts = [];
    let start = 0;
    for (;;) {
      const nl = text.indexOf('\n', start);
      this.lineStarts.push(start);
      if (nl < 0) {
        this.lines.push(text.slice(start));
        break;
      }
      this.lines.push(text.slice(start, nl + 1));
      start = nl + 1;
    }
  }
  /** The text of 1-based line `n` (with its newline), or '' past the end. */
  line(n: number): string {
    return this.lines[n - 1] ?? '';
  }
}

/** UTF-8 length of s[from, to). */
export function utf8Length(s: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}

/** Code points in the first `byteCol` UTF-8 bytes of `line`: a SyntaxError's column as CPython converts it. */
export function codePointColumn(line: string, byteCol: number): number {
  let bytes = 0;
  let i = 0;
  let n = 0;
  while (i < line.length && bytes < byteCol) {
    bytes += utf8Length(line, i, i + 1);
    i += line.charCodeAt(i) >= 0xd800 && line.charCodeAt(i) <= 0xdbff ? 2 : 1;
    n++;
  }
  return n;
}

/** Code points in line[0, index). */
function codePointsBefore(line: string, index: number): number {
  let n = index;
  for (let i = 0; i < index - 1; i++) {
    const c = line.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff) { n--; i++; }
  }
  return n;
}

/**
 * How a SyntaxError's columns count. CPython's tokenizer counts code points; its parser converts
 * its UTF-8 byte columns to code points only when it knows the source's encoding: a str, or bytes
 * with a coding cookie or a BOM. For other bytes (`python3 FILE`) the parser's errors count bytes,
 * as do the compiler's always.
 */
export type ColumnUnit = 'codepoints' | 'bytes';

/** The 1-based error offset for JS index `index` of `line`, in `unit`. */
export function errorOffset(line: string, index: number, unit: ColumnUnit): number {
  return (unit === 'bytes' ? utf8Length(line, 0, index) : codePointsBefore(line, index)) + 1;
}


function isIdStartAscii(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 95;
}
function isIdContAscii(c: number): boolean {
  return isIdStartAscii(c) || (c >= 48 && c <= 57);
}
function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}
/** The position after the spaces and tabs from `p`. */
function skipBlanks(text: string, p: number): number {
  let c = text.charCodeAt(p);
  while (c === 32 || c === 9) c = text.charCodeAt(++p);
  return p;
}
/** CPython's Py_ISALNUM: ASCII letters and digits (no underscore). */
function isAlnumAscii(c: number): boolean {
  return isDigit(c) || ((c | 32) >= 97 && (c | 32) <= 122);
}

/**
 * Type comments read as CPython's tokenizer reads them when asked to (PyCF_TYPE_COMMENTS): a
 * `# type: ...` comment is a TYPE_COMMENT token, a `# type: ignore...` one a TypeIgnore.
 * `execInput`: CPython ends exec input with a newline where the text lacks one, so a comment
 * ending such text reads as one ending a line.
 */
export interface TypeComments {
  execInput: boolean;
}

/** A `# type: ignore` comment: its line and the text after `ignore` (Module.type_ignores). */
export interface TypeIgnoreComment {
  lineno: number;
  tag: string;
}

export interface TokenizeResult {
  tokens: PyToken[];
  source: SourceLines;
  /**
   * "'(' was never closed" when the text ends inside brackets. CPython's tokenizer raises it
   * only when the parser asks for the token at the end, so the parser decides (parse()).
   */
  unclosed: PySyntaxError | null;
  /**
   * The tokenizer error that ends the tokens in an ERRORTOKEN, for the parser to weigh (parse()).
   * `lazy`: an error CPython's tokenizer reports only as the token the parser asks for (bad dedent,
   * tabs and spaces mixed, too deep, a stray or final backslash), so a parser error found before it
   * stands. Otherwise CPython raises it at once, and its look through the rest of the source after a
   * parser error finds it too: it stands unless the parser stopped at an unexpected indent or unindent.
   */
  stopped: { error: PySyntaxError; lazy: boolean } | null;
  /** The `# type: ignore` comments read, when reading type comments. */
  typeIgnores: TypeIgnoreComment[];
}

/** Thrown inside the tokenizer for the errors TokenizeResult.stopped describes. */
class Stop {
  constructor(readonly error: PySyntaxError, readonly at: number) {}
}

/**
 * Splits `text` (newlines already normalised to \n) into tokens. Throws
 * PySyntaxError for tokenizer-level errors, with CPython's messages. `typeComments`: null reads
 * `# type:` comments as any other.
 */
export function tokenize(text: string, filename: string, parserUnit: ColumnUnit = 'codepoints', typeComments: TypeComments | null = null): TokenizeResult {
  return new Tokenizer(text, filename, parserUnit, typeComments).run();
}

class Tokenizer {
  readonly src: SourceLines;
  readonly tokens: PyToken[] = [];
  pos = 0;
  lineno = 1;
  lineStart = 0;
  lineAscii = true;
  indents: number[] = [0];
  altindents: number[] = [0];
  parens: { ch: number; line: number; col: number }[] = [];
  contLine = false;
  readonly typeIgnores: TypeIgnoreComment[] = [];

  constructor(readonly text: string, readonly filename: string, readonly parserUnit: ColumnUnit, readonly typeComments: TypeComments | null) {
    this.src = new SourceLines(text);
  }

  error(msg: string, line: number, index: number, type: SyntaxErrorType = 'SyntaxError', endIndex?: number, unit: ColumnUnit = 'codepoints'): never {
    throw this.syntaxError(msg, line, index, type, endIndex, unit);
  }

  /**
   * The error at JS index `index` of line `line` (to `endIndex`, or a negative end as CPython sets
   * it), its columns counted in `unit`: the tokenizer's own errors count code points; those CPython's
   * parser raises for the tokenizer take `this.parserUnit`.
   */
  syntaxError(msg: string, line: number, index: number, type: SyntaxErrorType = 'SyntaxError', endIndex?: number, unit: ColumnUnit = 'codepoints'): PySyntaxError {
    const text = this.src.line(line);
    const offset = errorOffset(text, index, unit);
    const end = endIndex === undefined ? offset : endIndex < 0 ? endIndex + 1 : errorOffset(text, endIndex, unit);
    return new PySyntaxError(type, msg, this.filename, line, offset, text, line, end);
  }

  /** Byte column of absolute char position p on the current line. */
  col(p: number): number {
    return this.lineAscii ? p - this.lineStart : utf8Length(this.text, this.lineStart, p);
  }

  startLine(p: number): void {
    this.lineStart = p;
    const line = this.src.lines[this.lineno - 1] ?? '';
    // eslint-disable-next-line no-control-regex
    this.lineAscii = !/[^\x00-\x7f]/.test(line);
  }

  push(type: TokenType, image: string, start: number, end: number, sline: number, scol: number, eline: number, ecol: number): PyToken {
    const t: PyToken = {
      image, startOffset: start, endOffset: end, startLine: sline, startColumn: scol, endLine: eline,
      endColumn: ecol, tokenType: type, tokenTypeIdx: type.tokenTypeIdx!,
    };
    this.tokens.push(t);
    return t;
  }

  run(): TokenizeResult {
    try {
      return this.scan();
    } catch (e) {
      if (e instanceof Stop) {
        this.endAt(e.at, this.lineno, this.col(e.at));
        return { tokens: this.tokens, source: this.src, unclosed: this.unclosedError(), stopped: { error: e.error, lazy: true }, typeIgnores: this.typeIgnores };
      }
      if (!(e instanceof PySyntaxError)) throw e;
      const text = this.src.line(e.lineno);
      const charCol = Math.min(Math.max(0, e.offset - 1), text.length);
      this.endAt(this.src.lineStarts[e.lineno - 1] + charCol, e.lineno, utf8Length(text, 0, charCol));
      return { tokens: this.tokens, source: this.src, unclosed: null, stopped: { error: e, lazy: false }, typeIgnores: this.typeIgnores };
    }
  }

  /** Ends the tokens with an ERRORTOKEN and the ENDMARKER at absolute position `at`. */
  private endAt(at: number, line: number, col: number): void {
    this.push(ERRORTOKEN, '', at, at, line, col, line, col);
    this.push(ENDMARKER, '', at, at, line, col, line, col);
  }

  /** Throws a Stop for `error`, found at absolute position `at`. */
  stop(error: PySyntaxError, at: number): never {
    throw new Stop(error, at);
  }

  private scan(): TokenizeResult {
    const text = this.text;
    const n = text.length;
    this.startLine(0);
    let atBol = true;
    for (;;) {
      let blank = false;
      if (atBol) {
        atBol = false;
        // Measure indentation with tabs to 8 (col) and to 1 (altcol), like CPython, to detect ambiguity.
        let col = 0;
        let altcol = 0;
        let contCol = 0;
        let p = this.pos;
        for (;;) {
          const c = text.charCodeAt(p);
          if (c === 32) { col++; altcol++; }
          else if (c === 9) { col = (Math.floor(col / TABSIZE) + 1) * TABSIZE; altcol++; }
          else if (c === 12) { col = altcol = 0; }
          else if (c === 92 && text.charCodeAt(p + 1) === 10) {
            // Indentation can't be split by backslashes: the first one, if indented, fixes the level.
            contCol ||= col;
            const backslashCol = p - this.lineStart;
            this.pos = p + 2;
            this.newLine();
            p = this.pos;
            // CPython points just past the backslash.
            if (p >= n) this.stop(this.syntaxError('unexpected EOF while parsing', this.lineno - 1, backslashCol + 1, 'SyntaxError', -2, this.parserUnit), p);
            continue;
          } else break;
          p++;
        }
        if (contCol) col = altcol = contCol;
        this.pos = p;
        const c = text.charCodeAt(p);
        if (c === 35 || c === 10 || p >= n) {
          // Comment-only and blank lines don't affect indentation; at EOF nothing is left to indent.
          blank = true;
        }
        if (!blank && this.parens.length === 0) {
          const last = this.indents.length - 1;
          if (col === this.indents[last]) {
            if (altcol !== this.altindents[last]) this.tabError(p);
          } else if (col > this.indents[last]) {
            // E_TOODEEP: offset 1, end 0, like CPython
            if (this.indents.length >= MAXINDENT) this.stop(this.syntaxError('too many levels of indentation', this.lineno, 0, 'IndentationError', -1), p);
            if (altcol <= this.altindents[last]) this.tabError(p);
            this.indents.push(col);
            this.altindents.push(altcol);
            const bc = this.col(p);
            this.push(INDENT, '', this.lineStart, p, this.lineno, 0, this.lineno, bc);
          } else {
            while (this.indents.length > 1 && col < this.indents[this.indents.length - 1]) {
              this.indents.pop();
              this.altindents.pop();
              const bc = this.col(p);
              this.push(DEDENT, '', p, p, this.lineno, bc, this.lineno, bc);
            }
            if (col !== this.indents[this.indents.length - 1]) {
              // CPython points just past the end of the offending line.
              const len = this.src.line(this.lineno).replace(/\n$/, '').length;
              this.stop(this.syntaxError('unindent does not match any outer indentation level', this.lineno, len, 'IndentationError', -2), p);
            }
            if (altcol !== this.altindents[this.altindents.length - 1]) this.tabError(p);
          }
        }
      }

      // Skip spaces, tabs and form feeds.
      let p = this.pos;
      let c = text.charCodeAt(p);
      while (c === 32 || c === 9 || c === 12) c = text.charCodeAt(++p);
      this.pos = p;

      // CPython's NEWLINE starts where the comment before it does, if one does.
      let newlineStart = p;
      if (c === 35) {
        // Comment: runs to the end of the line.
        const nl = text.indexOf('\n', p);
        const end = nl < 0 ? n : nl;
        const kind = this.typeComments === null ? null : this.typeComment(p, end, nl >= 0 || this.typeComments.execInput);
        if (kind !== null) {
          // CPython gives it as a token of its own: the NEWLINE after it starts at the newline. A
          // TYPE_COMMENT alone on its line is given a NEWLINE too (a `# type: ignore` is not).
          newlineStart = end;
          if (kind === 'comment') blank = false;
        }
        this.pos = end;
        c = text.charCodeAt(this.pos);
        p = this.pos;
      }

      if (p >= n) {
        const unclosed = this.finish();
        return { tokens: this.tokens, source: this.src, unclosed, stopped: null, typeIgnores: this.typeIgnores };
      }

      if (c === 10) {
        if (!blank && this.parens.length === 0) {
          // CPython's NEWLINE ends where the '\n' is (an error there covers only a comment before it).
          this.push(NEWLINE, '\n', newlineStart, p + 1, this.lineno, this.col(newlineStart), this.lineno, this.col(p));
        }
        this.pos = p + 1;
        this.newLine();
        atBol = this.parens.length === 0;
        if (!atBol && blank) atBol = false;
        continue;
      }

      if (isIdStartAscii(c) || c >= 128) {
        this.nameOrString(p);
        continue;
      }
      if (isDigit(c) || (c === 46 && isDigit(text.charCodeAt(p + 1)))) {
        this.number(p);
        continue;
      }
      if (c === 34 || c === 39) {
        this.string(p, p);
        continue;
      }
      if (c === 92) {
        // Line continuation.
        if (p + 1 < n && text.charCodeAt(p + 1) !== 10) {
          this.stop(this.syntaxError('unexpected character after line continuation character', this.lineno, p + 1 - this.lineStart, 'SyntaxError', -1, this.parserUnit), p);
        }
        this.pos = p + 2;
        this.newLine();
        if (this.pos >= n) {
          // CPython points just past the backslash; inside brackets the open one is the error.
          const eof = this.unclosedError() ?? this.syntaxError('unexpected EOF while parsing', this.lineno - 1, p + 1 - this.src.lineStarts[this.lineno - 2], 'SyntaxError', -2, this.parserUnit);
          this.stop(eof, n);
        }
        continue;
      }
      this.operator(p, c);
    }
  }

  /**
   * Whether the comment from `start` ('#') to `end` is a type comment, as CPython's tokenizer reads
   * them: the prefix `# type: `, each space in it any run of spaces and tabs. `# type: ignore` not
   * followed by an ASCII letter or digit or a non-ASCII character is a TypeIgnore, its tag the text
   * after `ignore`; any other is a TYPE_COMMENT of the text after the prefix. `newlineAfter`: a
   * newline follows the comment (CPython's prefix match ends on the last blank run only with a
   * character left).
   */
  typeComment(start: number, end: number, newlineAfter: boolean): 'comment' | 'ignore' | null {
    const text = this.text;
    let p = skipBlanks(text, start + 1);
    if (!text.startsWith('type:', p)) return null;
    p += 5;
    if (p === end && !newlineAfter) return null;
    p = skipBlanks(text, p);
    if (text.startsWith('ignore', p)) {
      const c = text.charCodeAt(p + 6);
      if (p + 6 === end || (c < 128 && !isAlnumAscii(c))) {
        this.typeIgnores.push({ lineno: this.lineno, tag: text.slice(p + 6, end) });
        return 'ignore';
      }
    }
    this.push(TYPE_COMMENT, text.slice(p, end), p, end, this.lineno, this.col(p), this.lineno, this.col(end));
    return 'comment';
  }

  tabError(at: number): never {
    // CPython's E_TABSPACE: column 0, no end (the caret falls in the indentation, so none is shown).
    this.stop(this.syntaxError('inconsistent use of tabs and spaces in indentation', this.lineno, 0, 'TabError', -1), at);
  }

  /** "'(' was never closed" for the innermost bracket still open, if any. */
  unclosedError(): PySyntaxError | null {
    const open = this.parens[this.parens.length - 1];
    return open ? this.syntaxError(`'${String.fromCharCode(open.ch)}' was never closed`, open.line, open.col, 'SyntaxError', -1, this.parserUnit) : null;
  }

  newLine(): void {
    this.lineno++;
    this.startLine(this.pos);
  }

  /** The tokens at the end of the text; returns the unclosed-bracket error, if any, for the parser to raise. */
  finish(): PySyntaxError | null {
    const n = this.text.length;
    const unclosed = this.unclosedError();
    const last = this.tokens[this.tokens.length - 1];
    // CPython implies a NEWLINE at EOF after a non-empty logical line.
    if (last && last.tokenType !== NEWLINE && last.tokenType !== DEDENT && last.tokenType !== INDENT) {
      const bc = this.col(n);
      this.push(NEWLINE, '', n, n, this.lineno, bc, this.lineno, bc + 1);
    }
    const eofLine = this.lineStart === n ? this.lineno : this.lineno + 1;
    while (this.indents.length > 1) {
      this.indents.pop();
      this.push(DEDENT, '', n, n, eofLine, 0, eofLine, 0);
    }
    this.push(ENDMARKER, '', n, n, eofLine, 0, eofLine, 0);
    return unclosed;
  }

  nameOrString(start: number): void {
    const text = this.text;
    let p = start;
    let c = text.charCodeAt(p);
    let ascii = true;
    for (;;) {
      if (c < 128 || c !== c) {
        if (!isIdContAscii(c)) break;
        p++;
      } else {
        const cp = text.codePointAt(p)!;
        const ch = String.fromCodePoint(cp);
        if (!(p === start ? isIdStart(cp) : isIdContinue(cp))) {
          if (p === start || !isIdStart(cp)) break;
        }
        ascii = false;
        p += ch.length;
      }
      c = text.charCodeAt(p);
    }
    if (p === start) this.invalidCharacter(start);
    if ((c === 34 || c === 39) && p - start <= 2 && ascii) {
      const prefix = text.slice(start, p).toLowerCase();
      if (prefix === 'r' || prefix === 'u' || prefix === 'b' || prefix === 'br' || prefix === 'rb' || prefix === 'f' || prefix === 'fr' || prefix === 'rf') {
        this.string(start, p);
        return;
      }
    }
    let name = text.slice(start, p);
    if (!ascii) {
      // Check every character is an identifier character, as CPython's verify_identifier does.
      for (let i = start; i < p;) {
        const cp = text.codePointAt(i)!;
        const ch = String.fromCodePoint(cp);
        if (!(i === start ? isIdStart(cp) : isIdContinue(cp)) && cp >= 128) this.invalidCharacter(i);
        i += ch.length;
      }
      name = name.normalize('NFKC');
    }
    const type = KEYWORDS.get(name) ?? NAME;
    this.pos = p;
    const sc = this.col(start);
    this.push(type, name, start, p, this.lineno, sc, this.lineno, sc + (ascii ? p - start : utf8Length(text, start, p)));
  }

  invalidCharacter(p: number): never {
    const cp = this.text.codePointAt(p)!;
    const hex = cp.toString(16).toUpperCase().padStart(4, '0');
    const ch = String.fromCodePoint(cp);
    if (isPrintable(cp)) {
      this.error(`invalid character '${ch}' (U+${hex})`, this.lineno, p - this.lineStart);
    }
    this.error(`invalid non-printable character U+${hex}`, this.lineno, p - this.lineStart);
  }

  number(start: number): void {
    const text = this.text;
    let p = start;
    let c = text.charCodeAt(p);
    const err = (msg: string, at: number): never => this.error(msg, this.lineno, at - this.lineStart);
    const digits = (pred: (c: number) => boolean, kind: string): void => {
      // Digits with single underscores between them.
      for (;;) {
        while (pred(text.charCodeAt(p))) p++;
        if (text.charCodeAt(p) !== 95) return;
        p++;
        // CPython reports the character after the underscore at its 0-based column, i.e. one to the left.
        if (!pred(text.charCodeAt(p))) err(`invalid ${kind} literal`, p - 1);
      }
    };
    const endCheck = (kind: string): void => {
      const d = text.charCodeAt(p);
      if (isIdContAscii(d)) {
        // `1if x else y` and friends are accepted (with a warning in CPython); a non-ASCII
        // letter after a number is left to the parser (invalid syntax), as 3.11 does.
        const rest = text.slice(p, p + 4);
        if (/^(and|else|for|if|in|is|not|or)/.test(rest)) return;
        // verify_end_of_number: reported at the offending character's 0-based column.
        err(`invalid ${kind} literal`, p - 1);
      }
    };
    let isFloat = false;
    if (c === 48 && (text.charCodeAt(p + 1) | 32) === 120) {
      p += 2;
      const hex = (d: number) => isDigit(d) || ((d | 32) >= 97 && (d | 32) <= 102);
      if (text.charCodeAt(p) === 95) p++;
      if (!hex(text.charCodeAt(p))) err('invalid hexadecimal literal', p - 1);
      digits(hex, 'hexadecimal');
      endCheck('hexadecimal');
    } else if (c === 48 && (text.charCodeAt(p + 1) | 32) === 111) {
      p += 2;
      const oct = (d: number) => d >= 48 && d <= 55;
      if (text.charCodeAt(p) === 95) p++;
      if (!oct(text.charCodeAt(p))) {
        if (isDigit(text.charCodeAt(p))) err(`invalid digit '${text[p]}' in octal literal`, p);
        err('invalid octal literal', p - 1);
      }
      digits(oct, 'octal');
      if (isDigit(text.charCodeAt(p))) err(`invalid digit '${text[p]}' in octal literal`, p);
      endCheck('octal');
    } else if (c === 48 && (text.charCodeAt(p + 1) | 32) === 98) {
      p += 2;
      const bin = (d: number) => d === 48 || d === 49;
      if (text.charCodeAt(p) === 95) p++;
      if (!bin(text.charCodeAt(p))) {
        if (isDigit(text.charCodeAt(p))) err(`invalid digit '${text[p]}' in binary literal`, p);
        err('invalid binary literal', p - 1);
      }
      digits(bin, 'binary');
      if (isDigit(text.charCodeAt(p))) err(`invalid digit '${text[p]}' in binary literal`, p);
      endCheck('binary');
    } else {
      let leadingZeroError = false;
      if (c === 48) {
        // Only zeros may follow a leading zero in an integer (floats like 0_3.1 are fine).
        digits(isDigit, 'decimal');
        leadingZeroError = /[1-9]/.test(text.slice(start, p));
      } else if (c !== 46) {
        digits(isDigit, 'decimal');
      }
      c = text.charCodeAt(p);
      if (c === 46) {
        isFloat = true;
        p++;
        if (isDigit(text.charCodeAt(p))) digits(isDigit, 'decimal');
        c = text.charCodeAt(p);
      }
      if ((c | 32) === 101) {
        const e = p;
        p++;
        let d = text.charCodeAt(p);
        const signed = d === 43 || d === 45;
        if (signed) d = text.charCodeAt(++p);
        // Reported, as everywhere here, at a 0-based column: after a sign the next character, else the 'e'.
        if (!isDigit(d)) err('invalid decimal literal', signed ? p - 1 : e - 1);
        isFloat = true;
        digits(isDigit, 'decimal');
        c = text.charCodeAt(p);
      }
      const imaginary = (c | 32) === 106;
      if (imaginary) {
        isFloat = true;
        p++;
      }
      if (leadingZeroError && !isFloat) {
        // CPython's range ends just past the first digit after the zeros (where its tokenizer stood),
        // in bytes: this one error of its tokenizer is given its columns unconverted.
        let z = start;
        while (text.charCodeAt(z) === 48 || text.charCodeAt(z) === 95) z++;
        this.error('leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers', this.lineno, start - this.lineStart, 'SyntaxError', z - this.lineStart, 'bytes');
      }
      endCheck(imaginary ? 'imaginary' : 'decimal');
    }
    this.pos = p;
    const sc = this.col(start);
    this.push(NUMBER, text.slice(start, p), start, p, this.lineno, sc, this.lineno, sc + (p - start));
  }

  /** A string literal starting at `start` (prefix) whose quote is at `q`. */
  string(start: number, q: number): void {
    const text = this.text;
    const quote = text.charCodeAt(q);
    const triple = text.charCodeAt(q + 1) === quote && text.charCodeAt(q + 2) === quote;
    let p = triple ? q + 3 : q + 1;
    const startLine = this.lineno;
    const startLineStart = this.lineStart;
    const sc = this.col(start);
    let line = this.lineno;
    let lineStart = this.lineStart;
    for (;;) {
      if (p >= text.length) {
        // CPython counts the line holding the last character, not the empty one after a final newline.
        const detected = text.charCodeAt(text.length - 1) === 10 && line > startLine ? line - 1 : line;
        if (triple) {
          this.error(`unterminated triple-quoted string literal (detected at line ${detected})`, startLine, start - startLineStart);
        }
        this.error(`unterminated string literal (detected at line ${detected})`, startLine, start - startLineStart);
      }
      const c = text.charCodeAt(p);
      if (c === quote) {
        if (!triple) { p++; break; }
        if (text.charCodeAt(p + 1) === quote && text.charCodeAt(p + 2) === quote) { p += 3; break; }
        p++;
      } else if (c === 92) {
        if (text.charCodeAt(p + 1) === 10) { line++; lineStart = p + 2; }
        p += 2;
      } else if (c === 10) {
        if (!triple) {
          this.error(`unterminated string literal (detected at line ${line})`, startLine, start - startLineStart);
        }
        line++;
        lineStart = p + 1;
        p++;
      } else {
        p++;
      }
    }
    if (p > text.length) p = text.length;
    // Advance line bookkeeping past any newlines inside the literal.
    while (this.lineno < line) {
      this.lineno++;
    }
    if (lineStart !== this.lineStart) this.startLine(lineStart);
    this.pos = p;
    const ec = this.col(p);
    this.push(STRING, text.slice(start, p), start, p, startLine, sc, this.lineno, ec);
  }

  operator(p: number, c: number): void {
    const text = this.text;
    let s: string;
    let type: TokenType | undefined;
    // (c < 128: other characters begin names.)
    if (STARTS_LONGER_OPERATOR[c]) {
      // Near the end of the text the slices are shorter: a lone '=' must not count as three characters.
      const three = text.slice(p, p + 3);
      const two = three.slice(0, 2);
      s = three.length === 3 && OPERATORS.has(three) ? three
        : two.length === 2 && (OPERATORS.has(two) || two === '<>') ? two : text[p];
      // Only a lone '!' and `<>` (valid with `from __future__ import barry_as_FLUFL` alone) are no operators here.
      type = OPERATORS.get(s) ?? OP;
    } else {
      s = text[p];
      type = SINGLE_CHAR_OPERATORS[c];
    }
    if (type === undefined) {
      if (c === 0) this.error('source code cannot contain null bytes', this.lineno, p - this.lineStart);
      this.invalidCharacter(p);
    }
    const len = s.length;
    if (c === 40 || c === 91 || c === 123) {
      if (this.parens.length >= MAXLEVEL) this.error('too many nested parentheses', this.lineno, p - this.lineStart);
      this.parens.push({ ch: c, line: this.lineno, col: p - this.lineStart });
    } else if (c === 41 || c === 93 || c === 125) {
      const open = this.parens.pop();
      if (!open) this.error(`unmatched '${s}'`, this.lineno, p - this.lineStart);
      const want = open.ch === 40 ? 41 : open.ch === 91 ? 93 : 125;
      if (want !== c) {
        if (open.line !== this.lineno) {
          this.error(`closing parenthesis '${s}' does not match opening parenthesis '${String.fromCharCode(open.ch)}' on line ${open.line}`, this.lineno, p - this.lineStart);
        }
        this.error(`closing parenthesis '${s}' does not match opening parenthesis '${String.fromCharCode(open.ch)}'`, this.lineno, p - this.lineStart);
      }
    }
    this.pos = p + len;
    const sc = this.col(p);
    this.push(type, s, p, p + len, this.lineno, sc, this.lineno, sc + len);
  }
}
