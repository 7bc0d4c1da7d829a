// Chevrotain token types for Python 3.11. The tokenizer (tokenizer.ts) is
// hand-written because Python's INDENT/DEDENT, bracket-aware NEWLINEs and string
// prefixes need state a regex lexer does not have; it emits chevrotain ITokens
// of these types so that the parser (parser.ts) is an ordinary chevrotain parser.
import { createToken, type IToken, type TokenType } from 'chevrotain';

/**
 * A token as the tokenizer emits it. startLine/endLine are 1-based;
 * startColumn/endColumn are UTF-8 byte offsets in their lines, endColumn
 * exclusive (CPython's convention, not chevrotain's).
 */
export type PyToken = IToken;

function tok(name: string, categories?: TokenType[]): TokenType {
  return categories ? createToken({ name, pattern: /NA/, categories }) : createToken({ name, pattern: /NA/ });
}

export const NAME = tok('NAME');
export const NUMBER = tok('NUMBER');
export const STRING = tok('STRING');
export const NEWLINE = tok('NEWLINE');
export const INDENT = tok('INDENT');
export const DEDENT = tok('DEDENT');
export const ENDMARKER = tok('ENDMARKER');
/** Where the tokenizer stopped at an error CPython raises only once the parser asks for that token. */
export const ERRORTOKEN = tok('ERRORTOKEN');
/**
 * A `# type: ...` comment, as CPython's tokenizer gives it when asked for type comments
 * (PyCF_TYPE_COMMENTS): the image is the text after the prefix, to the end of the line.
 */
export const TYPE_COMMENT = tok('TYPE_COMMENT');
/** A character CPython's tokenizer gives as an operator none of its rules takes (`$`, `?`, a lone `!`, `<>`). */
export const OP = tok('OP');

/** Keywords by spelling (reserved words only; match/case/_ are NAMEs). */
export const KEYWORDS = new Map<string, TokenType>();
for (const kw of [
  'False', 'None', 'True', 'and', 'as', 'assert', 'async', 'await', 'break', 'class', 'continue', 'def', 'del',
  'elif', 'else', 'except', 'finally', 'for', 'from', 'global', 'if', 'import', 'in', 'is', 'lambda', 'nonlocal',
  'not', 'or', 'pass', 'raise', 'return', 'try', 'while', 'with', 'yield',
]) {
  KEYWORDS.set(kw, tok(`kw_${kw}`));
}
export const kw = (s: string): TokenType => KEYWORDS.get(s)!;

// Categories let the parser consume "any binary operator" etc. with one CONSUME.
export const BINOP = tok('BINOP');
export const AUGASSIGN = tok('AUGASSIGN');
export const UNARYOP = tok('UNARYOP');
export const COMPOP = tok('COMPOP');

const CATEGORIES: Record<string, TokenType[]> = {
  '|': [BINOP], '^': [BINOP], '&': [BINOP], '<<': [BINOP], '>>': [BINOP], '+': [BINOP, UNARYOP],
  '-': [BINOP, UNARYOP], '*': [BINOP], '/': [BINOP], '//': [BINOP], '%': [BINOP], '@': [BINOP], '~': [UNARYOP],
  '==': [COMPOP], '!=': [COMPOP], '<': [COMPOP], '<=': [COMPOP], '>': [COMPOP], '>=': [COMPOP],
};

/** Operators and delimiters by spelling. */
export const OPERATORS = new Map<string, TokenType>();
for (const op of [
  '(', ')', '[', ']', '{', '}', ':', ',', ';', '+', '-', '*', '/', '|', '&', '<', '>', '=', '.', '%', '==', '!=',
  '<=', '>=', '~', '^', '<<', '>>', '**', '+=', '-=', '*=', '/=', '%=', '&=', '|=', '^=', '<<=', '>>=', '**=',
  '//', '//=', '@', '@=', '->', '...', ':=',
]) {
  OPERATORS.set(op, tok(`op_${op}`, CATEGORIES[op] ?? (op.length > 1 && op.endsWith('=') && !['==', '!=', '<=', '>=', ':='].includes(op) ? [AUGASSIGN] : undefined)));
}
export const op = (s: string): TokenType => OPERATORS.get(s)!;

export const allTokenTypes: TokenType[] = [
  NAME, NUMBER, STRING, NEWLINE, INDENT, DEDENT, ENDMARKER, ERRORTOKEN, OP, TYPE_COMMENT, BINOP, AUGASSIGN, UNARYOP, COMPOP,
  ...KEYWORDS.values(), ...OPERATORS.values(),
];
