// Python 3.11 parser: a chevrotain EmbeddedActionsParser building CPython's
// AST (ast.ts) directly. Python's grammar is PEG; where it needs unbounded
// lookahead we parse the general form (an expression) and convert it
// afterwards (assignment targets get Store/Del context), as CPython's own
// action helpers do. Node positions are CPython's: UTF-8 byte columns.
import { EmbeddedActionsParser, EOF, tokenMatcher, type IOrAlt, type IRecognitionException, type ISerializedGast, type IToken, type TokenType } from 'chevrotain';
import { Ellipsis } from '@pyc-ts/bytecode';
import type * as A from './ast.js';
import { NODE_FIELDS } from './ast.js';
import { tokenize, codePointColumn, utf8Length, type ColumnUnit, type SourceLines, type TypeIgnoreComment } from './tokenizer.js';
import { PySyntaxError } from './syntaxerror.js';
import {
  allTokenTypes, AUGASSIGN, BINOP, COMPOP, DEDENT, ENDMARKER, INDENT, kw, NAME, NEWLINE, NUMBER, op, STRING,
  TYPE_COMMENT, UNARYOP,
} from './tokens.js';
import { parseNumber } from './numbers.js';
import { buildStringAtom, type FStringJob } from './fstring.js';
import { TableLookahead } from './lookahead.js';
import { LINK_LEVELS, MAXSTACK, STACK_BASE } from './parserstack.js';
import { ParserStackExhausted, PyMemoryError } from './limiterrors.js';
import { isNode, type AnyNode } from './treedepth.js';

type Loc = { lineno: number; col_offset: number; end_lineno: number; end_col_offset: number };
type Start = IToken | Loc;

const T = {
  lpar: op('('), rpar: op(')'), lsqb: op('['), rsqb: op(']'), lbrace: op('{'), rbrace: op('}'), colon: op(':'),
  comma: op(','), semi: op(';'), star: op('*'), dstar: op('**'), eq: op('='), dot: op('.'), at: op('@'),
  arrow: op('->'), ellipsis: op('...'), walrus: op(':='), slash: op('/'), minus: op('-'), lt: op('<'),
};
const K = (s: string): TokenType => kw(s);
const KW = {
  False: K('False'), None: K('None'), True: K('True'), and: K('and'), as: K('as'), assert: K('assert'),
  async: K('async'), await: K('await'), break: K('break'), class: K('class'), continue: K('continue'), def: K('def'),
  del: K('del'), elif: K('elif'), else: K('else'), except: K('except'), finally: K('finally'), for: K('for'),
  from: K('from'), global: K('global'), if: K('if'), import: K('import'), in: K('in'), is: K('is'),
  lambda: K('lambda'), nonlocal: K('nonlocal'), not: K('not'), or: K('or'), pass: K('pass'), raise: K('raise'),
  return: K('return'), try: K('try'), while: K('while'), with: K('with'), yield: K('yield'),
};

const BINOPS: Record<string, A.operator> = {
  '|': 'BitOr', '^': 'BitXor', '&': 'BitAnd', '<<': 'LShift', '>>': 'RShift', '+': 'Add', '-': 'Sub', '*': 'Mult',
  '/': 'Div', '//': 'FloorDiv', '%': 'Mod', '@': 'MatMult',
};
const PREC: Record<string, number> = {
  '|': 1, '^': 2, '&': 3, '<<': 4, '>>': 4, '+': 5, '-': 5, '*': 6, '/': 6, '//': 6, '%': 6, '@': 6,
};
const CMPOPS: Record<string, A.cmpop> = { '==': 'Eq', '!=': 'NotEq', '<': 'Lt', '<=': 'LtE', '>': 'Gt', '>=': 'GtE' };
const UNOPS: Record<string, A.unaryop> = { '+': 'UAdd', '-': 'USub', '~': 'Invert' };

/** DSL occurrence bases for inlined expression bodies, high enough to stay clear of the numbered DSL methods (0-9). */
const INLINE_A = 10;
const INLINE_B = 13;
const INLINE_C = 16;
const INLINE_D = 19;
const INLINE_E = 22;
const INLINE_F = 25;
const INLINE_G = 28;

/** Token types that can begin an expression (for gates after commas). */
const EXPR_START = new Set<number>();
for (const t of [NAME, NUMBER, STRING, T.lpar, T.lsqb, T.lbrace, op('-'), op('+'), op('~'), KW.not, KW.lambda,
  KW.await, KW.None, KW.True, KW.False, T.ellipsis, T.star]) EXPR_START.add(t.tokenTypeIdx!);

/** Tokens that are a whole atom by themselves. */
const ATOM_TOKENS = new Set<number>();
for (const t of [NAME, NUMBER, STRING, KW.None, KW.True, KW.False, T.ellipsis]) ATOM_TOKENS.add(t.tokenTypeIdx!);

function isTok(x: Start): x is IToken {
  return (x as IToken).image !== undefined;
}
/**
 * Parenthesised expressions keep their inner positions, but a node built
 * around them spans the parentheses (CPython's EXTRA covers all tokens), so
 * the outermost paren tokens are remembered per parse.
 */
let parenToks = new Map<object, [IToken, IToken]>();

/** Sets CPython positions on `n` from the start of `s` to the end of `e`. */
function at<N>(n: N, s: Start, e: Start): N {
  const o = n as unknown as Loc;
  if (isTok(s)) {
    o.lineno = s.startLine!;
    o.col_offset = s.startColumn!;
  } else {
    const p = parenToks.size > 0 ? parenToks.get(s) : undefined;
    o.lineno = p ? p[0].startLine! : s.lineno;
    o.col_offset = p ? p[0].startColumn! : s.col_offset;
  }
  if (isTok(e)) {
    o.end_lineno = e.endLine!;
    o.end_col_offset = e.endColumn!;
  } else {
    const p = parenToks.size > 0 ? parenToks.get(e) : undefined;
    o.end_lineno = p ? p[1].endLine! : e.end_lineno;
    o.end_col_offset = p ? p[1].endColumn! : e.end_col_offset;
  }
  return n;
}

/** _PyPegen_get_expr_name: how error messages name an expression. */
export function exprName(e: A.expr): string {
  switch (e._type) {
    case 'Attribute': return 'attribute';
    case 'Subscript': return 'subscript';
    case 'Starred': return 'starred';
    case 'Name': return 'name';
    case 'List': return 'list';
    case 'Tuple': return 'tuple';
    case 'Lambda': return 'lambda';
    case 'Call': return 'function call';
    case 'BoolOp': case 'BinOp': case 'UnaryOp': return 'expression';
    case 'GeneratorExp': return 'generator expression';
    case 'Yield': case 'YieldFrom': return 'yield expression';
    case 'Await': return 'await expression';
    case 'ListComp': return 'list comprehension';
    case 'SetComp': return 'set comprehension';
    case 'DictComp': return 'dict comprehension';
    case 'Dict': return 'dict literal';
    case 'Set': return 'set display';
    case 'JoinedStr': case 'FormattedValue': return 'f-string expression';
    case 'Constant':
      if (e.value === null) return 'None';
      if (e.value === true) return 'True';
      if (e.value === false) return 'False';
      if (e.value === Ellipsis) return 'ellipsis';
      return 'literal';
    case 'Compare': return 'comparison';
    case 'IfExp': return 'conditional expression';
    case 'NamedExpr': return 'named expression';
  }
  return 'expression';
}

interface ParamItem { kind: 'slash' | 'star' | 'dstar' | 'param'; arg: A.arg | null; dflt: A.expr | null; tok: IToken }
interface ArgItem { kind: 'pos' | 'star' | 'kw' | 'dstar'; value: A.expr; name: IToken | null; start: IToken | null }

class PyParser extends EmbeddedActionsParser {
  src!: SourceLines;
  filename = '<unknown>';
  /** How this parse's SyntaxErrors count columns (ColumnUnit). */
  columns: ColumnUnit = 'codepoints';
  parens = { has: (n: object) => parenToks.has(n) };
  fstringJobs: FStringJob[] = [];
  /** The input's `# type: ignore` comments, when type comments are read (Module.type_ignores). */
  typeIgnores: TypeIgnoreComment[] = [];

  constructor() {
    super(allTokenTypes, { recoveryEnabled: false, maxLookahead: 2, skipValidations: true, lookaheadStrategy: new TableLookahead({ maxLookahead: 2 }) });
    this.performSelfAnalysis();
  }

  /** The last consumed token that isn't NEWLINE/INDENT/DEDENT: compound statements end there (pegen's EXTRA). */
  lastReal(): IToken {
    let i = 0;
    let t = this.LA(0);
    while (t.tokenType === NEWLINE || t.tokenType === DEDENT || t.tokenType === INDENT) t = this.LA(--i);
    return t;
  }

  /** Set while a diagnosis re-parses part of the input (errors then are results, not reports). */
  retrying = false;
  /** Set once the parse has stopped at an error, so diagnoses may re-parse parts of the input. */
  stopped = false;
  /** The furthest token a diagnosis looked at beyond the error, when it matters (parse()'s unclosed-bracket check). */
  furthest: IToken | null = null;
  /** The error raised, if it is one CPython's first pass raises (firstPass()). */
  firstPassError: PySyntaxError | null = null;
  /** The first def read whose type comment stands alone on the line after its header (parse()). */
  typeCommentDef: IToken | null = null;

  /** What the input is parsed as. */
  mode: ParseMode = 'exec';
  /** Where CPython's parser stack count starts for the input being parsed (parserstack.ts). */
  stackBase: number = STACK_BASE.exec;
  /** CPython's parser stack count at the chain being read, as far as it is emulated. */
  stackLevels = 0;

  override reset(): void {
    super.reset();
    this.stackLevels = this.stackBase;
  }

  /** A chain's next link takes `levels` more of CPython's parser stack: MemoryError past MAXSTACK, as there. */
  deeper(levels: number): void {
    if ((this.stackLevels += levels) >= MAXSTACK) throw new PyMemoryError();
  }

  peek(i: number): IToken {
    return this.LA(i);
  }

  /** The last token consumed. */
  lastConsumed(): IToken {
    return this.LA(0);
  }

  alts_statement?: IOrAlt<any>[];
  alts_compoundStmt?: IOrAlt<any>[];
  alts_simpleStmt?: IOrAlt<any>[];
  starNamedAlts: IOrAlt<A.expr>[][] = [];
  starAlts: IOrAlt<A.expr>[][] = [];
  expressionAltsAt: IOrAlt<A.expr>[][] = [];
  alts_operator?: IOrAlt<any>[];
  alts_atom?: IOrAlt<any>[];
  // ---- errors -----------------------------------------------------------

  /**
   * fstring.ts's ErrorSink where the parse reads a string atom (the token after it is LA(1)): its
   * errors are CPython's first pass's, unless a diagnosis reads it.
   */
  readonly stringErrors = {
    raiseAt: (msg: string, s: Start, e?: Start): never => { throw this.inFirstPass(this.errorAt(msg, s, e)); },
    raiseInStrings: (msg: string): never => { throw new StringsError(msg, this.LA(1), !this.stopped); },
  };

  /** UTF-8 byte column `byteCol` of `line` as this parse's errors count it (0-based). */
  column(line: string, byteCol: number): number {
    return this.columns === 'bytes' ? byteCol : codePointColumn(line, byteCol);
  }

  /** Raises errorAt(...). */
  raiseAt(msg: string, s: Start, e: Start = s, type: 'SyntaxError' | 'IndentationError' = 'SyntaxError'): never {
    throw this.errorAt(msg, s, e, type);
  }

  /** The error from the start of `s` to the end of `e`, or of `s` itself (a token's or node's range, as CPython's). */
  errorAt(msg: string, s: Start, e: Start = s, type: 'SyntaxError' | 'IndentationError' = 'SyntaxError'): PySyntaxError {
    // A node's own position, as CPython's RAISE_SYNTAX_ERROR_KNOWN_LOCATION: inside any parentheses.
    const line = isTok(s) ? s.startLine! : s.lineno;
    const text = this.src.line(line);
    const offset = this.column(text, isTok(s) ? s.startColumn! : s.col_offset) + 1;
    const endLine = isTok(e) ? e.endLine! : e.end_lineno;
    const endByteCol = isTok(e) ? e.endColumn! : e.end_col_offset;
    let endOffset: number;
    if (endLine !== line && this.columns === 'codepoints') {
      // CPython converts the end column against the error's first line (without its newline), as if
      // the range ended there, no further than one past its end.
      const first = text.endsWith('\n') ? text.slice(0, -1) : text;
      endOffset = Math.min(codePointColumn(first, endByteCol), codePointColumn(first, Infinity)) + 1;
    } else {
      endOffset = this.column(this.src.line(endLine), endByteCol) + 1;
    }
    return new PySyntaxError(type, msg, this.filename, line, offset, text, endLine, endOffset);
  }

  /**
   * An error CPython's first pass raises (a forced token's, a string's, ...): it ends the parse
   * there, with no second pass to diagnose the input (see parse()).
   */
  firstPass(e: PySyntaxError): PySyntaxError {
    this.firstPassError = e;
    return e;
  }

  /** firstPass(e) where the parse has not stopped (its first pass), else `e`. */
  inFirstPass(e: PySyntaxError): PySyntaxError {
    return this.stopped ? e : this.firstPass(e);
  }

  /**
   * invalid_named_expression for `if x = 1:`, `(a.b = 2)` or `[x, y=1]`: a named expression followed
   * by `=` and an operand (not by a further `=` or `:=`) gets "Maybe you meant '=='..." rather than
   * "invalid syntax". `eqAt`: where the '=' is, as LA counts (it may lie behind the parse).
   */
  checkAssignInNamedExpression(test: A.expr, eqAt = 1): void {
    if (this.LA(eqAt).tokenType !== T.eq) return;
    // Its third form takes a bitwise_or before '=': a comparison (`a < b = 1`) stops short of the '='.
    if (!isBitwiseOr(test) && !this.parens.has(test)) return;
    // b: the bitwise_or after '=' (as far as it is complete), then the token after it.
    const lastK = this.bitwiseOrEnd(eqAt + 1);
    if (lastK === null) return;
    this.readStrings(eqAt + 1, lastK);
    const last = lastK > eqAt ? this.LA(lastK) : null;
    const after = this.LA(lastK + 1);
    if (last === null || after.tokenType === T.eq || after.tokenType === T.walrus) return;
    if (test._type !== 'Name' || this.parens.has(test)) {
      if (this.startsWithDisplay(test)) return;
    }
    // CPython's parser fetched `after`: an unclosed bracket before its line, or before the end
    // (the NEWLINE implied there), is the error (parse()).
    this.furthest = after;
    if (test._type === 'Name' && !this.parens.has(test)) {
      this.raiseAt("invalid syntax. Maybe you meant '==' or ':=' instead of '='?", test, this.LA(this.groupEnd(eqAt + 1, lastK)));
    }
    this.raiseAt(`cannot assign to ${exprName(test)} here. Maybe you meant '==' instead of '='?`, test, test);
  }

  /**
   * The LA index of the last token of the node the tokens LA(from)..LA(to) make: where they are a
   * group (parentheses around one expression, no tuple or generator), the one inside, as CPython
   * positions the node.
   */
  groupEnd(from: number, to: number): number {
    while (to - from >= 2 && this.LA(from).tokenType === T.lpar && this.LA(to).tokenType === T.rpar) {
      let depth = 0;
      for (let k = from; k < to; k++) {
        const t = this.LA(k).tokenType;
        if (t === T.lpar || t === T.lsqb || t === T.lbrace) depth++;
        else if (t === T.rpar || t === T.rsqb || t === T.rbrace) depth--;
        // The '(' closes before the end, or the parentheses hold a tuple or a generator.
        if (depth === 0 || (depth === 1 && (t === T.comma || t === KW.for))) return to;
      }
      from++;
      to--;
    }
    return to;
  }

  /**
   * Reads the string atoms among LA(from)..LA(to), where a rule of CPython's reads them without this
   * parse's reading them: one that doesn't decode is the error. (Their f-strings' fields are not parsed.)
   */
  readStrings(from: number, to: number): void {
    for (let k = from; k <= to; k++) {
      if (this.LA(k).tokenType !== STRING) continue;
      const run: IToken[] = [];
      while (this.LA(k).tokenType === STRING) run.push(this.LA(k++));
      const after = this.LA(k);
      const errors = {
        raiseAt: (msg: string, s: Start, e?: Start): never => this.raiseAt(msg, s, e),
        raiseInStrings: (msg: string): never => { throw new StringsError(msg, after, false); },
      };
      buildStringAtom(run, errors, []);
    }
  }

  /**
   * The LA index of the last token of the bitwise_or that starts at LA(from), as far as it is
   * complete, judged by its tokens; `from - 1` if none starts there, null if the text ends first
   * (`furthest` is then the end: CPython's parser would fetch it).
   */
  bitwiseOrEnd(from: number): number | null {
    let depth = 0;
    let operand = true; // at depth 0: expecting an operand (else an operator or trailer)
    let lastK = from - 1;
    for (let k = from; ; k++) {
      const tok = this.LA(k);
      const tt = tok.tokenType;
      if (tt === ENDMARKER || tt === EOF) {
        this.furthest = tok;
        return null;
      }
      const open = tt === T.lpar || tt === T.lsqb || tt === T.lbrace;
      if (depth > 0) {
        if (open) depth++;
        else if ((tt === T.rpar || tt === T.rsqb || tt === T.rbrace) && --depth === 0) operand = false;
      } else if (operand) {
        if (open) depth++;
        else if (ATOM_TOKENS.has(tt.tokenTypeIdx!)) operand = false;
        else if (!tokenMatcher(tok, UNARYOP) && tt !== KW.await) break;
      } else if (tokenMatcher(tok, BINOP) || tt === T.dstar || tt === T.dot) operand = true;
      else if (tt === T.lpar || tt === T.lsqb) depth++; // a call or subscript trailer
      else if (tt !== STRING || lastK !== k - 1 || this.LA(lastK).tokenType !== STRING) break;
      if (depth === 0 && !operand) lastK = k;
    }
    return lastK;
  }

  /**
   * CPython's forced tokens (`&&':'`): a missing one is "expected ':'", raised by its first pass.
   * Statements whose grammar has an invalid_* rule instead (if, while, for, with, class, except,
   * case) say so only when the line ends where the colon should be, and "invalid syntax" otherwise.
   */
  expect(t: TokenType, what: string, onlyAtLineEnd = false): void {
    this.ACTION(() => {
      const la = this.LA(1);
      if (la.tokenType === t) return;
      if (onlyAtLineEnd && la.tokenType !== NEWLINE) this.invalidSyntax(la);
      const e = this.errorAt(`expected '${what}'`, la, la);
      throw onlyAtLineEnd ? e : this.inFirstPass(e);
    });
  }

  // ---- target conversion --------------------------------------------------

  setCtx(e: A.expr, ctx: 'Store' | 'Del', forDel = false): void {
    switch (e._type) {
      case 'Name':
      case 'Attribute':
      case 'Subscript':
        e.ctx = ctx;
        return;
      case 'Starred':
        if (forDel) break;
        e.ctx = ctx;
        this.setCtx(e.value, ctx, forDel);
        return;
      case 'Tuple':
      case 'List':
        e.ctx = ctx;
        for (const x of e.elts) this.setCtx(x, ctx, forDel);
        return;
    }
    this.raiseAt(`cannot ${forDel ? 'delete' : 'assign to'} ${exprName(e)}`, e, e);
  }

  // ---- modules ------------------------------------------------------------

  file = this.RULE('file', (): A.Module => {
    const body: A.stmt[] = [];
    this.MANY(() => {
      const s = this.SUBRULE(this.statement);
      this.ACTION(() => { for (const x of s) body.push(x); });
    });
    this.CONSUME(ENDMARKER);
    const type_ignores = this.typeIgnores.map(({ lineno, tag }): A.TypeIgnore => ({ _type: 'TypeIgnore', lineno, tag }));
    return { _type: 'Module', body, type_ignores };
  });

  // 'single' mode takes exactly one statement (CPython's statement_newline and bad_single_statement).
  interactive = this.RULE('interactive', (): A.Interactive => {
    this.ACTION(() => {
      if (this.LA(1).tokenType === ENDMARKER) this.raiseNothingToCompile();
    });
    const body = this.SUBRULE(this.statement);
    this.ACTION(() => {
      const next = this.LA(1);
      if (next.tokenType === ENDMARKER) return;
      const last = this.LA(0);
      if (last.tokenType === NEWLINE) this.raiseAt('multiple statements found while compiling a single statement', last);
      this.raiseAt('invalid syntax', next);
    });
    this.CONSUME(ENDMARKER);
    return { _type: 'Interactive', body };
  });

  /** Single mode with no statement at all: "invalid syntax" at the start of the last line, as CPython reports it. */
  raiseNothingToCompile(): never {
    const tail = this.src.text.slice(this.src.text.lastIndexOf('\n') + 1);
    if (/^[ \t\f]+$/.test(tail)) {
      // Blanks on a last line without a newline open an indented statement that never comes.
      const n = this.src.lines.length;
      throw new PySyntaxError('IndentationError', 'unexpected indent', this.filename, n, tail.length, tail, n, -1);
    }
    const lines = this.src.text === '' ? 0 : this.src.text.replace(/\n$/, '').split('\n').length;
    throw new PySyntaxError('SyntaxError', 'invalid syntax', this.filename, lines, 0, lines > 0 ? this.src.line(lines) : null);
  }

  evalInput = this.RULE('evalInput', (): A.Expression => {
    const body = this.SUBRULE(this.starExpressions);
    this.ACTION(() => {
      // eval input is CPython's `expressions`: starred items only inside brackets.
      const items = body._type === 'Tuple' && !this.parens.has(body) ? body.elts : [body];
      const star = items.find((x) => x._type === 'Starred');
      // At the '*' token alone (CPython's generic error at the token it stopped on).
      if (star) this.raiseAt('invalid syntax', star, { ...star, end_lineno: star.lineno, end_col_offset: star.col_offset + 1 });
    });
    this.MANY(() => this.CONSUME(NEWLINE));
    this.CONSUME(ENDMARKER);
    return { _type: 'Expression', body };
  });

  // CPython's func_type: a signature type comment, `(argument types) -> return type`; after `*` and
  // `**` come plain expressions, as in the argument types' list.
  funcTypeInput = this.RULE('funcTypeInput', (): A.FunctionType => {
    this.CONSUME(T.lpar);
    const argtypes: A.expr[] = [];
    this.OPTION(() => this.OR([
      { ALT: () => this.SUBRULE(this.starredTypes, { ARGS: [argtypes] }) },
      {
        ALT: () => {
          const first = this.SUBRULE(this.expression);
          this.ACTION(() => argtypes.push(first));
          this.MANY({
            GATE: () => this.LA(2).tokenType !== T.star && this.LA(2).tokenType !== T.dstar,
            DEF: () => {
              this.CONSUME(T.comma);
              const e = this.SUBRULE2(this.expression);
              this.ACTION(() => argtypes.push(e));
            },
          });
          this.OPTION2(() => {
            this.CONSUME2(T.comma);
            this.SUBRULE2(this.starredTypes, { ARGS: [argtypes] });
          });
        },
      },
    ]));
    this.CONSUME(T.rpar);
    this.CONSUME(T.arrow);
    const returns = this.SUBRULE3(this.expression);
    this.MANY2(() => this.CONSUME(NEWLINE));
    this.CONSUME(ENDMARKER);
    return { _type: 'FunctionType', argtypes, returns };
  });

  /** A signature type comment's `*` type, `**` type or both, appended to `argtypes` as they are. */
  starredTypes = this.RULE('starredTypes', (argtypes: A.expr[]): void => {
    this.OR([
      {
        ALT: () => {
          this.CONSUME(T.star);
          const e = this.SUBRULE(this.expression);
          this.ACTION(() => argtypes.push(e));
          this.OPTION(() => {
            this.CONSUME(T.comma);
            this.CONSUME(T.dstar);
            const k = this.SUBRULE2(this.expression);
            this.ACTION(() => argtypes.push(k));
          });
        },
      },
      {
        ALT: () => {
          this.CONSUME2(T.dstar);
          const k = this.SUBRULE3(this.expression);
          this.ACTION(() => argtypes.push(k));
        },
      },
    ]);
  });

  fstringInput = this.RULE('fstringInput', (): A.expr => {
    const body = this.SUBRULE(this.starExpressions);
    this.OPTION(() => this.CONSUME(NEWLINE));
    this.CONSUME(ENDMARKER);
    return body;
  });

  // ---- statements ---------------------------------------------------------

  statements = this.RULE('statements', (): A.stmt[] => {
    const body: A.stmt[] = [];
    this.AT_LEAST_ONE(() => {
      const s = this.SUBRULE(this.statement);
      this.ACTION(() => { for (const x of s) body.push(x); });
    });
    return body;
  });

  statement = this.RULE('statement', (): A.stmt[] => this.OR(this.alts_statement ??= [
    { GATE: () => this.isSoftKeywordStmt('match'), ALT: () => [this.SUBRULE(this.matchStmt)] },
    { ALT: () => [this.SUBRULE(this.compoundStmt)] },
    { ALT: () => this.SUBRULE(this.simpleStmts) },
  ]));

  /** `match`/`case` start a statement when the logical line ends with ':'. */
  isSoftKeywordStmt(word: string): boolean {
    const t = this.LA(1);
    if (t.tokenType !== NAME || t.image !== word) return false;
    const n = this.LA(2).tokenType;
    if (n === T.eq || n === T.dot || n === NEWLINE || n === T.comma || n === T.rpar || n === AUGASSIGN) return false;
    let depth = 0;
    for (let i = 2; ; i++) {
      const x = this.LA(i).tokenType;
      if (x === ENDMARKER || x === EOF) return false; // (EOF: a diagnosis's input may stop short)
      if (x === T.lpar || x === T.lsqb || x === T.lbrace) depth++;
      else if (x === T.rpar || x === T.rsqb || x === T.rbrace) depth--;
      else if (x === NEWLINE && depth <= 0) return this.LA(this.LA(i - 1).tokenType === TYPE_COMMENT ? i - 2 : i - 1).tokenType === T.colon;
    }
  }

  compoundStmt = this.RULE('compoundStmt', (): A.stmt => this.OR(this.alts_compoundStmt ??= [
    { ALT: () => this.SUBRULE(this.funcDef, { ARGS: [[]] }) },
    { ALT: () => this.SUBRULE(this.ifStmt) },
    { ALT: () => this.SUBRULE(this.classDef, { ARGS: [[]] }) },
    { ALT: () => this.SUBRULE(this.decorated) },
    { ALT: () => this.SUBRULE(this.withStmt) },
    { ALT: () => this.SUBRULE(this.forStmt) },
    { ALT: () => this.SUBRULE(this.tryStmt) },
    { ALT: () => this.SUBRULE(this.whileStmt) },
  ]));

  simpleStmts = this.RULE('simpleStmts', (): A.stmt[] => {
    const out: A.stmt[] = [this.SUBRULE(this.simpleStmt)];
    this.MANY({
      GATE: () => this.LA(2).tokenType !== NEWLINE,
      DEF: () => {
        this.CONSUME(T.semi);
        const s = this.SUBRULE2(this.simpleStmt);
        this.ACTION(() => out.push(s));
      },
    });
    this.OPTION(() => this.CONSUME2(T.semi));
    this.ACTION(() => {
      const la = this.LA(1);
      if (la.tokenType === NEWLINE) return;
      this.invalidSyntax(la);
    });
    this.CONSUME(NEWLINE);
    return out;
  });

  throwMissingSeparator(token: IToken, blame: IToken): never {
    throw new MissingSeparator(token, blame);
  }

  /** Called after a separating comma in loops whose next item is optional: `,,` is never valid Python. */
  noSecondComma(): void {
    this.ACTION(() => { if (this.LA(1).tokenType === T.comma) this.invalidSyntax(this.LA(1)); });
  }

  invalidSyntax(t: IToken): never {
    if (!this.retrying) {
      // invalid_legacy_expression comes before the generic error (`t` may be the name or the token after it).
      const toks = this.input;
      let i = toks.indexOf(t);
      // Names running on into a `print x` (`a b print x`): the parse stops at the first, CPython's rule goes on to the print.
      let j = i;
      while (toks[j]?.tokenType === NAME && !isLegacyName(toks[j])) j++;
      if (j > i && isLegacyName(toks[j]) && startsLegacyCall(toks, j + 1)) i = j + 1;
      else if (!(i > 0 && isLegacyName(toks[i - 1]) && startsLegacyCall(toks, i)) && isLegacyName(t)) i++;
      if (i > 0 && isLegacyName(toks[i - 1]) && startsLegacyCall(toks, i)) {
        if (!this.stopped) throw new Undiagnosed(t);
        legacyCall(this, toks, i);
      }
      if (t.tokenType === T.star && inDeleteTargets(toks, toks.indexOf(t))) {
        if (!this.stopped) throw new Undiagnosed(t);
        starredDelete(this, toks, toks.indexOf(t));
      }
      const at = toks.indexOf(t);
      if (at > 0 && EXPR_START.has(t.tokenTypeIdx) && EXPR_END.has(toks[at - 1].tokenTypeIdx)) {
        if (!this.stopped) throw new Undiagnosed(t);
        unseparatedItems(this, toks, at);
      }
      const call = callArguments(toks, at);
      if (call >= 0) {
        if (!this.stopped) throw new Undiagnosed(t);
        argumentsAfterKeywords(this, toks, call, at);
      }
      const ifAt = conditionIf(toks, at);
      if (ifAt >= 0) {
        if (!this.stopped) throw new Undiagnosed(t);
        incompleteCondition(this, toks, ifAt, at);
      }
    }
    if (t.tokenType === INDENT) {
      // An INDENT has no position of its own in CPython's tokenizer: the error points where the
      // tokenizer stopped, after the indentation (offset = its width, no end).
      const text = this.src.line(t.startLine!);
      throw new PySyntaxError('IndentationError', 'unexpected indent', this.filename, t.startLine!, this.column(text, t.endColumn!), text, t.startLine!, -1);
    }
    if (t.tokenType === DEDENT) this.raiseWhereTokenizerStood('unexpected unindent', t);
    this.raiseAt('invalid syntax', t, t);
  }

  /** The text's last line (a final newline ends it; it starts no other). */
  lastLine(): number {
    const lines = this.src.lines;
    return lines[lines.length - 1] === '' ? lines.length - 1 : lines.length;
  }

  /**
   * A DEDENT (or the ENDMARKER) has no position in CPython's tokenizer either: an error there
   * points where the tokenizer stood, after the new line's indentation (offset = its width) or, at
   * the end of the text, past the last line and its newline (implied if missing); no end.
   */
  raiseWhereTokenizerStood(msg: string, t: IToken, type: 'SyntaxError' | 'IndentationError' = 'IndentationError'): never {
    const src = this.src;
    if (t.startOffset < src.text.length) {
      const text = src.line(t.startLine!);
      throw new PySyntaxError(type, msg, this.filename, t.startLine!, this.column(text, t.startColumn!), text, t.startLine!, -1);
    }
    const line = this.lastLine();
    const text = src.line(line);
    const length = this.column(text, utf8Length(text, 0, text.length));
    const offset = text.endsWith('\n') ? length : length + 1;
    throw new PySyntaxError(type, msg, this.filename, line, offset, text, line, -1);
  }

  simpleStmt = this.RULE('simpleStmt', (): A.stmt => this.OR(this.alts_simpleStmt ??= [
    { ALT: () => this.SUBRULE(this.exprStmt) },
    { ALT: () => { const t = this.CONSUME(KW.pass); return at({ _type: 'Pass' } as A.Pass, t, t); } },
    { ALT: () => { const t = this.CONSUME(KW.break); return at({ _type: 'Break' } as A.Break, t, t); } },
    { ALT: () => { const t = this.CONSUME(KW.continue); return at({ _type: 'Continue' } as A.Continue, t, t); } },
    { ALT: () => this.SUBRULE(this.returnStmt) },
    { ALT: () => this.SUBRULE(this.importStmt) },
    { ALT: () => this.SUBRULE(this.fromImportStmt) },
    { ALT: () => this.SUBRULE(this.raiseStmt) },
    { ALT: () => this.SUBRULE(this.globalStmt) },
    { ALT: () => this.SUBRULE(this.delStmt) },
    { ALT: () => this.SUBRULE(this.assertStmt) },
  ]));

  exprStmt = this.RULE('exprStmt', (): A.stmt => {
    const first = this.OR([
      { ALT: () => this.SUBRULE(this.yieldExpr) },
      { ALT: () => this.SUBRULE(this.starExpressions) },
    ]);
    this.ACTION(() => this.checkWalrusAfterStatement(first));
    return this.OR2([
      {
        ALT: () => {
          const colon = this.CONSUME(T.colon);
          this.ACTION(() => {
            // Only a single target's annotation is parsed further: for any other, the colon is the error.
            const single = first._type === 'Name' || first._type === 'Attribute' || first._type === 'Subscript';
            if (!single && !EXPR_START.has(this.LA(1).tokenTypeIdx)) this.invalidSyntax(colon);
          });
          const ann = this.SUBRULE(this.expression);
          let value: A.expr | null = null;
          this.OPTION(() => {
            this.CONSUME(T.eq);
            value = this.OR3([
              { ALT: () => this.SUBRULE2(this.yieldExpr) },
              { ALT: () => this.SUBRULE2(this.starExpressions) },
            ]);
          });
          return this.ACTION(() => {
            const t = first;
            // (invalid_assignment's `a=star_named_expression ',' star_named_expressions* ':' expression`: at a.)
            if (t._type === 'Tuple' && !this.parens.has(t) && t.elts.length > 0) this.raiseAt('only single target (not tuple) can be annotated', t.elts[0], t.elts[0]);
            if (t._type === 'List' || t._type === 'Tuple') this.raiseAt(`only single target (not ${exprName(t)}) can be annotated`, t, t);
            if (t._type !== 'Name' && t._type !== 'Attribute' && t._type !== 'Subscript') this.raiseAt('illegal target for annotation', t, t);
            this.setCtx(t, 'Store');
            const simple = t._type === 'Name' && !this.parens.has(t) ? 1 : 0;
            return at({ _type: 'AnnAssign', target: t, annotation: ann, value, simple } as A.AnnAssign, t, value ?? ann);
          });
        },
      },
      {
        ALT: () => {
          const o = this.CONSUME(AUGASSIGN);
          const value = this.OR4([
            { ALT: () => this.SUBRULE3(this.yieldExpr) },
            { ALT: () => this.SUBRULE3(this.starExpressions) },
          ]);
          return this.ACTION(() => {
            const t = first;
            if (t._type !== 'Name' && t._type !== 'Attribute' && t._type !== 'Subscript') {
              this.raiseAt(`'${exprName(t)}' is an illegal expression for augmented assignment`, t, t);
            }
            t.ctx = 'Store';
            return at({ _type: 'AugAssign', target: t, op: o.image === '**=' ? 'Pow' : BINOPS[o.image.slice(0, -1)], value } as A.AugAssign, t, value);
          });
        },
      },
      {
        ALT: () => {
          const items: A.expr[] = [first];
          let firstEq: IToken | null = null;
          this.MANY(() => {
            const eq = this.CONSUME2(T.eq);
            firstEq ??= eq;
            // invalid_assignment raises at the '=' after an invalid target, before what follows is read.
            this.ACTION(() => {
              const t = items[items.length - 1];
              if (!this.isYieldTarget(t) && this.invalidTarget(t) === null) return;
              this.namedExpressionBeforeEq(first, firstEq!);
              this.checkAssignTarget(t);
            });
            const v = this.OR5([
              { ALT: () => this.SUBRULE4(this.yieldExpr) },
              { ALT: () => this.SUBRULE4(this.starExpressions) },
            ]);
            this.ACTION(() => items.push(v));
          });
          // An assignment may end in a type comment (an expression statement may not).
          let typeComment: IToken | null = null;
          this.OPTION2(() => { typeComment = this.CONSUME(TYPE_COMMENT); });
          return this.ACTION(() => {
            if (items.length === 1) {
              if (typeComment !== null) this.invalidSyntax(typeComment);
              return at({ _type: 'Expr', value: first } as A.Expr, first, first);
            }
            const value = items.pop()!;
            for (const t of items) this.setCtx(t, 'Store');
            // (Its range takes in the comment, CPython's EXTRA covering the rule's tokens.)
            return at({ _type: 'Assign', targets: items, value, type_comment: typeComment?.image ?? null } as A.Assign, first, typeComment ?? value);
          });
        },
      },
    ]);
  });

  /**
   * invalid_named_expression at the start of a statement: `f() := 1` or `(a) := 1` (the last item
   * of a tuple); a bare name or starred item before `:=` is plain invalid syntax.
   */
  checkWalrusAfterStatement(first: A.expr): void {
    if (this.LA(1).tokenType !== T.walrus || !EXPR_START.has(this.LA(2).tokenTypeIdx)) return;
    const e = first._type === 'Tuple' && !this.parens.has(first) ? first.elts[first.elts.length - 1] : first;
    const bare = e._type === 'Name' || e._type === 'Yield' || e._type === 'YieldFrom';
    if (e._type === 'Starred' || (bare && !this.parens.has(e))) return;
    this.raiseAt(`cannot use assignment expressions with ${exprName(e)}`, e, e);
  }

  /**
   * invalid_named_expression's look-ahead `!(list|tuple|genexp|'True'|'None'|'False')`: whether `e`
   * begins with a list, tuple or generator display or a bare True/None/False (`(i, j) * k` does).
   */
  startsWithDisplay(e: A.expr): boolean {
    for (;;) {
      if (this.parens.has(e)) return e._type === 'Tuple' || e._type === 'GeneratorExp';
      switch (e._type) {
        case 'BinOp': case 'Compare': e = e.left; continue;
        case 'BoolOp': e = e.values[0]; continue;
        case 'IfExp': e = e.body; continue;
        case 'Attribute': case 'Subscript': e = e.value; continue;
        case 'Call': e = e.func; continue;
        case 'Constant': return e.value === null || typeof e.value === 'boolean';
        default: return e._type === 'List' || e._type === 'Tuple' || e._type === 'GeneratorExp';
      }
    }
  }

  /** A bare `yield` where a target stands (a parenthesised one is an invalid target like any other). */
  isYieldTarget(t: A.expr): boolean {
    return (t._type === 'Yield' || t._type === 'YieldFrom') && !this.parens.has(t);
  }

  checkAssignTarget(t: A.expr): void {
    if (this.isYieldTarget(t)) this.raiseAt('assignment to yield expression not possible', t, t);
    const bad = this.invalidTarget(t);
    if (bad) this.raiseAt(`cannot assign to ${exprName(bad)}`, bad, bad);
    this.setCtx(t, 'Store');
  }

  /**
   * An assignment with an invalid target fails CPython's `assignment` rule, and its invalid_assignment
   * first reads the statement as `star_named_expression ','`: that named expression (the first item,
   * or the last of a bare tuple, the one `eq` follows) gets invalid_named_expression's check.
   */
  namedExpressionBeforeEq(first: A.expr, eq: IToken): void {
    const e = first._type === 'Tuple' && !this.parens.has(first) ? first.elts[first.elts.length - 1] : first;
    if (e._type === 'Starred') return;
    const input = this.input;
    this.checkAssignInNamedExpression(e, input.indexOf(eq) - input.indexOf(this.LA(0)));
  }

  /** _PyPegen_get_invalid_target: the first sub-expression that can't be a target. */
  invalidTarget(e: A.expr, del = false, forTargets = false): A.expr | null {
    switch (e._type) {
      case 'Name': case 'Attribute': case 'Subscript': return null;
      case 'Starred': return del ? e : this.invalidTarget(e.value, del, forTargets);
      case 'Tuple': case 'List':
        for (const x of e.elts) {
          const b = this.invalidTarget(x, del, forTargets);
          if (b) return b;
        }
        return null;
      case 'Compare':
        // A for target read as an expression takes the `in` with it: its left part is the target.
        if (forTargets) return e.ops[0] === 'In' ? this.invalidTarget(e.left, del, true) : null;
        return e;
      default: return e;
    }
  }

  returnStmt = this.RULE('returnStmt', (): A.Return => {
    const t = this.CONSUME(KW.return);
    let value: A.expr | null = null;
    this.OPTION({ GATE: () => EXPR_START.has(this.LA(1).tokenTypeIdx), DEF: () => { value = this.SUBRULE(this.starExpressions); } });
    return at({ _type: 'Return', value } as A.Return, t, value ?? t);
  });

  raiseStmt = this.RULE('raiseStmt', (): A.Raise => {
    const t = this.CONSUME(KW.raise);
    let exc: A.expr | null = null;
    let cause: A.expr | null = null;
    this.OPTION({
      GATE: () => EXPR_START.has(this.LA(1).tokenTypeIdx),
      DEF: () => {
        exc = this.SUBRULE(this.expression);
        this.OPTION2(() => {
          this.CONSUME(KW.from);
          cause = this.SUBRULE2(this.expression);
        });
      },
    });
    return at({ _type: 'Raise', exc, cause } as A.Raise, t, cause ?? exc ?? t);
  });

  globalStmt = this.RULE('globalStmt', (): A.Global | A.Nonlocal => {
    const t = this.OR([{ ALT: () => this.CONSUME(KW.global) }, { ALT: () => this.CONSUME(KW.nonlocal) }]);
    const names: string[] = [];
    let last = this.CONSUME(NAME);
    this.ACTION(() => names.push(last.image));
    this.MANY(() => {
      this.CONSUME(T.comma);
      last = this.CONSUME2(NAME);
      this.ACTION(() => names.push(last.image));
    });
    return at({ _type: t.image === 'global' ? 'Global' : 'Nonlocal', names } as A.Global, t, last);
  });

  delStmt = this.RULE('delStmt', (): A.Delete => {
    const t = this.CONSUME(KW.del);
    const targets: A.expr[] = [];
    let end: Start = t;
    const first = this.SUBRULE(this.bitor);
    this.ACTION(() => { targets.push(first); end = first; });
    this.MANY({
      GATE: () => EXPR_START.has(this.LA(2).tokenTypeIdx),
      DEF: () => {
        this.CONSUME(T.comma);
        const e = this.SUBRULE2(this.bitor);
        this.ACTION(() => { targets.push(e); end = e; });
      },
    });
    this.OPTION(() => { end = this.CONSUME2(T.comma); });
    return this.ACTION(() => {
      for (const x of targets) {
        const bad = this.invalidTarget(x, true);
        if (bad) this.raiseAt(`cannot delete ${exprName(bad)}`, bad, bad);
        this.setCtx(x, 'Del', true);
      }
      return at({ _type: 'Delete', targets } as A.Delete, t, end);
    });
  });

  assertStmt = this.RULE('assertStmt', (): A.Assert => {
    const t = this.CONSUME(KW.assert);
    const test = this.SUBRULE(this.expression);
    let msg: A.expr | null = null;
    this.OPTION(() => {
      this.CONSUME(T.comma);
      msg = this.SUBRULE2(this.expression);
    });
    return at({ _type: 'Assert', test, msg } as A.Assert, t, msg ?? test);
  });

  importStmt = this.RULE('importStmt', (): A.Import => {
    const t = this.CONSUME(KW.import);
    const names: A.alias[] = [];
    this.AT_LEAST_ONE_SEP({
      SEP: T.comma,
      DEF: () => {
        const a = this.SUBRULE(this.dottedAlias);
        this.ACTION(() => names.push(a));
      },
    });
    return this.ACTION(() => at({ _type: 'Import', names } as A.Import, t, names[names.length - 1]));
  });

  dottedName = this.RULE('dottedName', (): { name: string; first: IToken; last: IToken } => {
    const first = this.CONSUME(NAME);
    let name = first.image;
    let last = first;
    this.MANY(() => {
      this.CONSUME(T.dot);
      last = this.CONSUME2(NAME);
      name += '.' + last.image;
    });
    return { name, first, last };
  });

  dottedAlias = this.RULE('dottedAlias', (): A.alias => {
    const d = this.SUBRULE(this.dottedName);
    let asname: IToken | null = null;
    this.OPTION(() => {
      this.CONSUME(KW.as);
      asname = this.CONSUME(NAME);
    });
    return this.ACTION(() => at({ _type: 'alias', name: d.name, asname: asname?.image ?? null } as A.alias, d.first, asname ?? d.last));
  });

  fromImportStmt = this.RULE('fromImportStmt', (): A.ImportFrom => {
    const t = this.CONSUME(KW.from);
    let level = 0;
    this.MANY(() => this.OR([
      { ALT: () => { this.CONSUME(T.dot); level++; } },
      { ALT: () => { this.CONSUME(T.ellipsis); level += 3; } },
    ]));
    let module: string | null = null;
    this.OPTION(() => { module = this.SUBRULE(this.dottedName).name; });
    // Without dots, a module's name is needed.
    this.ACTION(() => { if (module === null && level === 0) this.invalidSyntax(this.LA(1)); });
    this.CONSUME(KW.import);
    const names: A.alias[] = [];
    let end: Start = t;
    this.OR2([
      { ALT: () => { const s = this.CONSUME(T.star); this.ACTION(() => names.push(at({ _type: 'alias', name: '*', asname: null } as A.alias, s, s))); end = s; } },
      {
        ALT: () => {
          this.CONSUME(T.lpar);
          this.SUBRULE(this.importAsNames, { ARGS: [names] });
          this.OPTION2(() => this.CONSUME(T.comma));
          end = this.CONSUME(T.rpar);
        },
      },
      {
        ALT: () => {
          this.SUBRULE2(this.importAsNames, { ARGS: [names] });
          this.ACTION(() => {
            if (this.LA(1).tokenType === T.comma) {
              // invalid_import_from_targets where the comma ends the line; else the names' gather
              // stopped at the token after the comma, where a name was wanted.
              if (this.LA(2).tokenType === NEWLINE) this.raiseAt('trailing comma not allowed without surrounding parentheses', this.LA(2));
              this.invalidSyntax(this.LA(2));
            }
            end = names[names.length - 1];
          });
        },
      },
    ]);
    return at({ _type: 'ImportFrom', module, names, level } as A.ImportFrom, t, end);
  });

  importAsNames = this.RULE('importAsNames', (names: A.alias[]): void => {
    const one = () => {
      const n = this.CONSUME(NAME);
      let asname: IToken | null = null;
      this.OPTION(() => {
        this.CONSUME(KW.as);
        asname = this.CONSUME2(NAME);
      });
      this.ACTION(() => names.push(at({ _type: 'alias', name: n.image, asname: asname?.image ?? null } as A.alias, n, asname ?? n)));
    };
    one();
    this.MANY({
      GATE: () => this.LA(2).tokenType === NAME,
      DEF: () => {
        this.CONSUME(T.comma);
        const n = this.CONSUME3(NAME);
        let asname: IToken | null = null;
        this.OPTION2(() => {
          this.CONSUME2(KW.as);
          asname = this.CONSUME4(NAME);
        });
        this.ACTION(() => names.push(at({ _type: 'alias', name: n.image, asname: asname?.image ?? null } as A.alias, n, asname ?? n)));
      },
    });
  });

  // ---- compound statements ------------------------------------------------

  block = this.RULE('block', (): A.stmt[] => this.OR([
    {
      ALT: () => {
        this.CONSUME(NEWLINE);
        this.ACTION(() => {
          if (this.LA(1).tokenType !== INDENT) {
            // After a type comment the statement's own rule (invalid_for_stmt ...) no longer matches:
            // invalid_block's message, which names no statement.
            const msg = this.LA(-1).tokenType === TYPE_COMMENT ? 'expected an indented block' : `expected an indented block after ${this.headerDesc}`;
            const next = this.LA(1).tokenType;
            if (next === DEDENT || next === ENDMARKER) this.raiseWhereTokenizerStood(msg, this.LA(1));
            this.raiseAt(msg, this.LA(1), this.LA(1), 'IndentationError');
          }
        });
        this.CONSUME(INDENT);
        const body = this.SUBRULE(this.statements);
        this.CONSUME(DEDENT);
        return body;
      },
    },
    { ALT: () => this.SUBRULE(this.simpleStmts) },
  ]));

  /** Describes the compound statement header, for "expected an indented block after ..." */
  headerDesc: string = '';
  setHeader(desc: () => string): void {
    this.ACTION(() => { this.headerDesc = desc(); });
  }

  decorated = this.RULE('decorated', (): A.stmt => {
    const decos: A.expr[] = [];
    this.AT_LEAST_ONE(() => {
      this.CONSUME(T.at);
      const e = this.SUBRULE(this.namedExpression);
      this.CONSUME(NEWLINE);
      this.ACTION(() => decos.push(e));
    });
    this.ACTION(() => {
      // Only a definition may follow: CPython's parse stops at whatever else starts there.
      const next = this.LA(1);
      if (next.tokenType === KW.def || next.tokenType === KW.class || next.tokenType === KW.async) return;
      if (next.tokenType === INDENT || next.tokenType === DEDENT) this.invalidSyntax(next);
      if (next.tokenType === ENDMARKER) {
        // The ENDMARKER has no column in CPython's tokenizer: column 0 of the last line.
        const line = this.lastLine();
        throw new PySyntaxError('SyntaxError', 'invalid syntax', this.filename, line, 0, this.src.line(line), line, 0);
      }
      this.raiseAt('invalid syntax', next);
    });
    return this.OR([
      { ALT: () => this.SUBRULE(this.funcDef, { ARGS: [decos] }) },
      { ALT: () => this.SUBRULE(this.classDef, { ARGS: [decos] }) },
    ]);
  });

  funcDef = this.RULE('funcDef', (decos: A.expr[]): A.FunctionDef | A.AsyncFunctionDef => {
    let asyncTok: IToken | null = null;
    this.OPTION(() => { asyncTok = this.CONSUME(KW.async); });
    const d = this.CONSUME(KW.def);
    const name = this.CONSUME(NAME);
    this.expect(T.lpar, '(');
    this.CONSUME(T.lpar);
    let args: A.arguments | null = null;
    this.OPTION2(() => { args = this.SUBRULE(this.params, { ARGS: [true] }); });
    this.CONSUME(T.rpar);
    let returns: A.expr | null = null;
    this.OPTION3(() => {
      this.CONSUME(T.arrow);
      returns = this.SUBRULE(this.expression);
    });
    this.expect(T.colon, ':');
    this.CONSUME(T.colon);
    this.setHeader(() => `function definition on line ${d.startLine}`);
    // func_type_comment: after the ':', or alone on the line after it when the body follows.
    let typeComment: IToken | null = null;
    this.OPTION4({
      GATE: () => this.LA(2).tokenType === TYPE_COMMENT && this.LA(4).tokenType === INDENT,
      DEF: () => {
        this.CONSUME(NEWLINE);
        typeComment = this.CONSUME(TYPE_COMMENT);
        this.ACTION(() => { if (!this.retrying) this.typeCommentDef ??= d; });
      },
    });
    this.OPTION5(() => { typeComment = this.CONSUME2(TYPE_COMMENT); });
    this.ACTION(() => this.checkFuncTypeComment(typeComment));
    const body = this.SUBRULE(this.block);
    return this.ACTION(() => {
      const n = {
        _type: asyncTok ? 'AsyncFunctionDef' : 'FunctionDef', name: name.image, args: args ?? emptyArgs(), body,
        decorator_list: decos, returns, type_comment: typeComment?.image ?? null,
      } as A.FunctionDef;
      return at(n, asyncTok ?? d, this.lastReal());
    });
  });

  /**
   * What CPython raises where a def's type comment is followed by another one: the rule taking
   * a comment alone on the next line looked on to the line after it (the NEWLINE after the
   * comment, then the token at LA(4)), where the body's INDENT is missing; after `typeComment`,
   * invalid_double_type_comments reads two comments on to the INDENT.
   */
  checkFuncTypeComment(typeComment: IToken | null): void {
    if (this.LA(1).tokenType !== NEWLINE || this.LA(2).tokenType !== TYPE_COMMENT) return;
    const at = this.LA(4);
    if (typeComment !== null && at.tokenType === INDENT) {
      const text = this.src.line(at.startLine!);
      throw new PySyntaxError('SyntaxError', 'Cannot have two type comments on def', this.filename, at.startLine!, this.column(text, at.endColumn!), text, at.startLine!, -1);
    }
    const msg = typeComment === null ? `expected an indented block after ${this.headerDesc}` : 'expected an indented block';
    if (at.tokenType === DEDENT || at.tokenType === ENDMARKER) this.raiseWhereTokenizerStood(msg, at);
    this.raiseAt(msg, at, at, 'IndentationError');
  }

  classDef = this.RULE('classDef', (decos: A.expr[]): A.ClassDef => {
    const c = this.CONSUME(KW.class);
    const name = this.CONSUME(NAME);
    let bases: A.expr[] = [];
    let keywords: A.keyword[] = [];
    this.OPTION(() => {
      this.CONSUME(T.lpar);
      const r = this.SUBRULE(this.arguments);
      this.ACTION(() => { bases = r.args; keywords = r.keywords; });
      this.CONSUME(T.rpar);
    });
    this.expect(T.colon, ':', true);
    this.CONSUME(T.colon);
    this.setHeader(() => `class definition on line ${c.startLine}`);
    const body = this.SUBRULE(this.block);
    return this.ACTION(() => at({ _type: 'ClassDef', name: name.image, bases, keywords, body, decorator_list: decos } as A.ClassDef, c, this.lastReal()));
  });

  ifStmt = this.RULE('ifStmt', (): A.If => {
    const t = this.CONSUME(KW.if);
    return this.SUBRULE(this.ifRest, { ARGS: [t] });
  });

  elifStmt = this.RULE('elifStmt', (): A.If => {
    const t = this.CONSUME(KW.elif);
    return this.SUBRULE(this.ifRest, { ARGS: [t] });
  });

  /** The part of if/elif after the keyword; elif chains nest as If in orelse. */
  ifRest = this.RULE('ifRest', (t: IToken): A.If => {
    const test = this.SUBRULE(this.namedExpression);
    this.expect(T.colon, ':', true);
    this.CONSUME(T.colon);
    this.setHeader(() => `'${t.image}' statement on line ${t.startLine}`);
    const body = this.SUBRULE(this.block);
    let orelse: A.stmt[] = [];
    this.OPTION(() => this.OR([
      { ALT: () => { const e = this.SUBRULE(this.elifStmt); orelse = [e]; } },
      { ALT: () => { orelse = this.SUBRULE(this.elseBlock); } },
    ]));
    return this.ACTION(() => at({ _type: 'If', test, body, orelse } as A.If, t, this.lastReal()))!;
  });

  elseBlock = this.RULE('elseBlock', (): A.stmt[] => {
    const t = this.CONSUME(KW.else);
    this.expect(T.colon, ':');
    this.CONSUME(T.colon);
    this.setHeader(() => `'else' statement on line ${t.startLine}`);
    return this.SUBRULE(this.block);
  });

  whileStmt = this.RULE('whileStmt', (): A.While => {
    const t = this.CONSUME(KW.while);
    const test = this.SUBRULE(this.namedExpression);
    this.expect(T.colon, ':', true);
    this.CONSUME(T.colon);
    this.setHeader(() => `'while' statement on line ${t.startLine}`);
    const body = this.SUBRULE(this.block);
    let orelse: A.stmt[] = [];
    this.OPTION(() => { orelse = this.SUBRULE(this.elseBlock); });
    return this.ACTION(() => at({ _type: 'While', test, body, orelse } as A.While, t, this.lastReal()));
  });

  forStmt = this.RULE('forStmt', (): A.For | A.AsyncFor => {
    let asyncTok: IToken | null = null;
    this.OPTION(() => { asyncTok = this.CONSUME(KW.async); });
    const t = this.CONSUME(KW.for);
    const target = this.SUBRULE(this.starTargets);
    this.CONSUME(KW.in);
    const iter = this.SUBRULE(this.starExpressions);
    this.expect(T.colon, ':', true);
    this.CONSUME(T.colon);
    this.setHeader(() => `'for' statement on line ${t.startLine}`);
    let typeComment: IToken | null = null;
    this.OPTION3(() => { typeComment = this.CONSUME(TYPE_COMMENT); });
    const body = this.SUBRULE(this.block);
    let orelse: A.stmt[] = [];
    this.OPTION2(() => { orelse = this.SUBRULE(this.elseBlock); });
    return this.ACTION(() => {
      const last = this.lastReal();
      return at({ _type: asyncTok ? 'AsyncFor' : 'For', target, iter, body, orelse, type_comment: typeComment?.image ?? null } as A.For, asyncTok ?? t, last);
    });
  });

  withStmt = this.RULE('withStmt', (): A.With | A.AsyncWith => {
    let asyncTok: IToken | null = null;
    this.OPTION(() => { asyncTok = this.CONSUME(KW.async); });
    const t = this.CONSUME(KW.with);
    const items: A.withitem[] = [];
    let parenthesized = false;
    this.OR([
      {
        GATE: () => this.isParenthesizedWithItems(),
        ALT: () => {
          parenthesized = true;
          this.CONSUME(T.lpar);
          const w1 = this.SUBRULE(this.withItem);
          this.ACTION(() => items.push(w1));
          this.MANY({
            GATE: () => this.LA(2).tokenType !== T.rpar,
            DEF: () => { this.CONSUME(T.comma); const w = this.SUBRULE3(this.withItem); this.ACTION(() => items.push(w)); },
          });
          this.OPTION2(() => this.CONSUME2(T.comma));
          this.CONSUME(T.rpar);
        },
      },
      {
        ALT: () => {
          this.AT_LEAST_ONE_SEP2({ SEP: T.comma, DEF: () => { const w = this.SUBRULE2(this.withItem); this.ACTION(() => items.push(w)); } });
        },
      },
    ]);
    this.expect(T.colon, ':', true);
    this.CONSUME(T.colon);
    this.setHeader(() => `'with' statement on line ${t.startLine}`);
    // (The parenthesised form takes no type comment.)
    let typeComment: IToken | null = null;
    this.OPTION3({ GATE: () => !parenthesized, DEF: () => { typeComment = this.CONSUME(TYPE_COMMENT); } });
    const body = this.SUBRULE(this.block);
    return this.ACTION(() => at({ _type: asyncTok ? 'AsyncWith' : 'With', items, body, type_comment: typeComment?.image ?? null } as A.With, asyncTok ?? t, this.lastReal()));
  });

  /**
   * `with (a, b):` — the parenthesised form is taken when the ')' is followed by ':'. Not before a
   * type comment, which it does not take, where the items read as one tuple (without an `as`).
   */
  isParenthesizedWithItems(): boolean {
    if (this.LA(1).tokenType !== T.lpar) return false;
    let depth = 0;
    let sawTopComma = false;
    let sawAs = false;
    for (let i = 1; ; i++) {
      const x = this.LA(i).tokenType;
      if (x === ENDMARKER || x === EOF || x === NEWLINE) return false;
      if (x === T.lpar || x === T.lsqb || x === T.lbrace) depth++;
      else if (x === T.rpar || x === T.rsqb || x === T.rbrace) {
        depth--;
        if (depth === 0) return this.LA(i + 1).tokenType === T.colon && (sawAs || (sawTopComma && this.LA(i + 2).tokenType !== TYPE_COMMENT));
      } else if (depth === 1 && x === T.comma) sawTopComma = true;
      else if (depth === 1 && x === KW.as) sawAs = true;
    }
  }

  withItem = this.RULE('withItem', (): A.withitem => {
    const e = this.SUBRULE(this.expression);
    let vars: A.expr | null = null;
    this.OPTION(() => {
      this.CONSUME(KW.as);
      vars = this.SUBRULE(this.starTarget);
      this.ACTION(() => this.setCtx(vars!, 'Store'));
    });
    return { _type: 'withitem', context_expr: e, optional_vars: vars };
  });

  tryStmt = this.RULE('tryStmt', (): A.Try | A.TryStar => {
    const t = this.CONSUME(KW.try);
    this.expect(T.colon, ':');
    this.CONSUME(T.colon);
    this.setHeader(() => `'try' statement on line ${t.startLine}`);
    const body = this.SUBRULE(this.block);
    this.ACTION(() => {
      // invalid_try_stmt, at the token after the block (RAISE_SYNTAX_ERROR's last token fetched).
      const next = this.LA(1);
      if (next.tokenType === KW.except || next.tokenType === KW.finally) return;
      const msg = "expected 'except' or 'finally' block";
      if (next.tokenType === DEDENT || next.tokenType === ENDMARKER) this.raiseWhereTokenizerStood(msg, next, 'SyntaxError');
      this.raiseAt(msg, next);
    });
    const handlers: A.ExceptHandler[] = [];
    let star = false;
    let orelse: A.stmt[] = [];
    let finalbody: A.stmt[] = [];
    this.MANY(() => {
      const h = this.SUBRULE(this.exceptBlock, { ARGS: [handlers.length ? star : null] });
      this.ACTION(() => { handlers.push(h.handler); star = h.star; });
    });
    this.OPTION(() => { orelse = this.SUBRULE(this.elseBlock); });
    this.OPTION2(() => {
      const f = this.CONSUME(KW.finally);
      this.expect(T.colon, ':');
      this.CONSUME2(T.colon);
      this.setHeader(() => `'finally' statement on line ${f.startLine}`);
      finalbody = this.SUBRULE2(this.block);
    });
    return this.ACTION(() => {
      const end = this.lastReal();
      return at({ _type: star ? 'TryStar' : 'Try', body, handlers, orelse, finalbody } as A.Try, t, end);
    });
  });

  /** One handler; `previousStar`: whether the handlers before it (if any) are `except*` ones. */
  exceptBlock = this.RULE('exceptBlock', (previousStar: boolean | null): { handler: A.ExceptHandler; star: boolean } => {
    const t = this.CONSUME(KW.except);
    let star = false;
    let starTok: IToken | null = null;
    this.OPTION(() => { starTok = this.CONSUME(T.star); star = true; });
    this.ACTION(() => {
      // invalid_except_stmt: `except*` needs a type.
      const next = this.LA(1);
      if (star && (next.tokenType === T.colon || next.tokenType === NEWLINE)) {
        this.raiseAt('expected one or more exception types', next);
      }
    });
    let type: A.expr | null = null;
    let name: string | null = null;
    this.OPTION2(() => {
      type = this.SUBRULE(this.expression);
      this.OR([
        { ALT: () => { this.CONSUME(KW.as); name = this.CONSUME(NAME).image; } },
        {
          ALT: () => {
            const c = this.CONSUME(T.comma);
            this.ACTION(() => this.raiseAt('multiple exception types must be parenthesized', type!, c));
          },
        },
        { ALT: () => {} },
      ]);
    });
    this.expect(T.colon, ':', true);
    this.CONSUME(T.colon);
    this.ACTION(() => {
      // invalid_try_stmt: the handlers of one `try` are all `except` or all `except*` (the body is not read).
      if (previousStar === null || star === previousStar) return;
      const msg = "cannot have both 'except' and 'except*' on the same 'try'";
      if (star) this.raiseAt(msg, t, starTok!);
      this.raiseAt(msg, t);
    });
    this.setHeader(() => `'except' statement on line ${t.startLine}`);
    const body = this.SUBRULE(this.block);
    return this.ACTION(() => ({ handler: at({ _type: 'ExceptHandler', type, name, body } as A.ExceptHandler, t, this.lastReal()), star }));
  });

  // ---- match statement ----------------------------------------------------

  matchStmt = this.RULE('matchStmt', (): A.Match => {
    const t = this.CONSUME(NAME);
    const subject = this.OR([
      {
        ALT: () => {
          const first = this.SUBRULE(this.starNamedExpression);
          const elts: A.expr[] = [first];
          let end: Start = first;
          this.MANY(() => {
            end = this.CONSUME(T.comma);
            this.noSecondComma();
            this.OPTION({
              GATE: () => this.LA(1).tokenType !== T.colon,
              DEF: () => { const e = this.SUBRULE2(this.starNamedExpression); this.ACTION(() => elts.push(e)); end = e; },
            });
          });
          return this.ACTION(() => elts.length === 1 && end === first ? first : at({ _type: 'Tuple', elts, ctx: 'Load' } as A.Tuple, first, end));
        },
      },
    ]);
    // subject_expr takes a starred item only before a comma: `match *a:` reads as `match * a`, which stops at ':'.
    this.ACTION(() => { if (subject._type === 'Starred') this.raiseAt('invalid syntax', this.LA(1)); });
    this.CONSUME(T.colon);
    this.CONSUME(NEWLINE);
    this.CONSUME(INDENT);
    const cases: A.match_case[] = [];
    this.AT_LEAST_ONE(() => {
      const c = this.SUBRULE(this.caseBlock);
      this.ACTION(() => cases.push(c));
    });
    this.CONSUME(DEDENT);
    return this.ACTION(() => {
      return at({ _type: 'Match', subject, cases } as A.Match, t, this.lastReal());
    });
  });

  caseBlock = this.RULE('caseBlock', (): A.match_case => {
    const t = this.CONSUME(NAME);
    this.ACTION(() => { if (t.image !== 'case') this.raiseAt('invalid syntax', t, t); });
    const pattern = this.SUBRULE(this.patterns);
    let guard: A.expr | null = null;
    this.OPTION(() => {
      this.CONSUME(KW.if);
      guard = this.SUBRULE(this.namedExpression);
    });
    this.expect(T.colon, ':', true);
    this.CONSUME(T.colon);
    this.setHeader(() => `'case' statement on line ${t.startLine}`);
    const body = this.SUBRULE(this.block);
    return { _type: 'match_case', pattern, guard, body };
  });

  patterns = this.RULE('patterns', (): A.pattern => {
    const first = this.SUBRULE(this.maybeStarPattern);
    const pats: A.pattern[] = [first];
    let end: Start = first;
    let comma = false;
    this.MANY(() => {
      end = this.CONSUME(T.comma);
      this.noSecondComma();
      comma = true;
      this.OPTION({
        GATE: () => this.LA(1).tokenType !== T.colon && this.LA(1).tokenType !== KW.if,
        DEF: () => { const p = this.SUBRULE2(this.maybeStarPattern); this.ACTION(() => pats.push(p)); end = p; },
      });
    });
    return this.ACTION(() => comma || first._type === 'MatchStar' ? at({ _type: 'MatchSequence', patterns: pats } as A.MatchSequence, first, end) : first);
  });

  maybeStarPattern = this.RULE('maybeStarPattern', (): A.pattern => this.OR([
    {
      ALT: () => {
        const s = this.CONSUME(T.star);
        const n = this.CONSUME(NAME);
        return this.ACTION(() => at({ _type: 'MatchStar', name: n.image === '_' ? null : n.image } as A.MatchStar, s, n));
      },
    },
    { ALT: () => this.SUBRULE(this.pattern) },
  ]));

  pattern = this.RULE('pattern', (): A.pattern => {
    const first = this.SUBRULE(this.closedPattern);
    const alts: A.pattern[] = [first];
    this.MANY(() => {
      this.CONSUME(op('|'));
      const p = this.SUBRULE2(this.closedPattern);
      this.ACTION(() => alts.push(p));
    });
    let asName: IToken | null = null;
    this.OPTION(() => {
      this.CONSUME(KW.as);
      asName = this.CONSUME(NAME);
    });
    return this.ACTION(() => {
      let p: A.pattern = alts.length === 1 ? first : at({ _type: 'MatchOr', patterns: alts } as A.MatchOr, first, alts[alts.length - 1]);
      if (asName) {
        if (asName.image === '_') this.raiseAt("cannot use '_' as a target", asName, asName);
        p = at({ _type: 'MatchAs', pattern: p, name: asName.image } as A.MatchAs, first, asName);
      }
      return p;
    });
  });

  closedPattern = this.RULE('closedPattern', (): A.pattern => this.OR([
    {
      // Literal patterns: numbers (with sign, complex), strings, None/True/False.
      GATE: () => { const x = this.LA(1).tokenType; return x === NUMBER || x === T.minus || x === STRING; },
      ALT: () => {
        const e = this.SUBRULE(this.signedNumberOrString);
        return this.ACTION(() => at({ _type: 'MatchValue', value: e } as A.MatchValue, e, e));
      },
    },
    {
      ALT: () => {
        const t = this.OR2([{ ALT: () => this.CONSUME(KW.None) }, { ALT: () => this.CONSUME(KW.True) }, { ALT: () => this.CONSUME(KW.False) }]);
        return at({ _type: 'MatchSingleton', value: t.image === 'None' ? null : t.image === 'True' } as A.MatchSingleton, t, t);
      },
    },
    {
      ALT: () => {
        // Capture, wildcard, value (dotted name) and class patterns.
        const n = this.CONSUME(NAME);
        let value: A.expr = at({ _type: 'Name', id: n.image, ctx: 'Load' } as A.Name, n, n);
        let dotted = false;
        this.MANY(() => {
          this.CONSUME(T.dot);
          const a = this.CONSUME2(NAME);
          dotted = true;
          value = this.ACTION(() => at({ _type: 'Attribute', value, attr: a.image, ctx: 'Load' } as A.Attribute, n, a)) ?? value;
        });
        return this.OR3([
          { ALT: () => this.SUBRULE(this.classPatternArgs, { ARGS: [value] }) },
          {
            ALT: () => this.ACTION(() => {
              if (dotted) return at({ _type: 'MatchValue', value } as A.MatchValue, value, value);
              return at({ _type: 'MatchAs', pattern: null, name: n.image === '_' ? null : n.image } as A.MatchAs, n, n);
            }),
          },
        ]);
      },
    },
    {
      ALT: () => {
        const l = this.CONSUME(T.lpar);
        let inner: A.pattern | null = null;
        let pats: A.pattern[] = [];
        let comma = false;
        this.OPTION(() => {
          const first = this.SUBRULE(this.maybeStarPattern);
          inner = first;
          pats = [first];
          this.MANY2(() => {
            this.CONSUME(T.comma);
            this.noSecondComma();
            comma = true;
            this.OPTION2({
              GATE: () => this.LA(1).tokenType !== T.rpar,
              DEF: () => { const p = this.SUBRULE2(this.maybeStarPattern); this.ACTION(() => pats.push(p)); },
            });
          });
        });
        const r = this.CONSUME(T.rpar);
        return this.ACTION(() => {
          if (inner && !comma && inner._type !== 'MatchStar') {
            // A group pattern keeps its own span; patterns around it span the parentheses.
            parenToks.set(inner, [l, r]);
            return inner;
          }
          return at({ _type: 'MatchSequence', patterns: pats } as A.MatchSequence, l, r);
        });
      },
    },
    {
      ALT: () => {
        const l = this.CONSUME(T.lsqb);
        const pats: A.pattern[] = [];
        this.MANY3({
          GATE: () => this.LA(1).tokenType !== T.rsqb,
          DEF: () => {
            const p = this.SUBRULE3(this.maybeStarPattern);
            this.ACTION(() => pats.push(p));
            const sep = this.OPTION3({ GATE: () => this.LA(1).tokenType === T.comma, DEF: () => this.CONSUME2(T.comma) });
            this.ACTION(() => { if (!sep && this.LA(1).tokenType !== T.rsqb) this.invalidSyntax(this.LA(1)); });
          },
        });
        const r = this.CONSUME(T.rsqb);
        return at({ _type: 'MatchSequence', patterns: pats } as A.MatchSequence, l, r);
      },
    },
    { ALT: () => this.SUBRULE(this.mappingPattern) },
  ]));

  signedNumberOrString = this.RULE('signedNumberOrString', (): A.expr => this.OR([
    { ALT: () => this.SUBRULE(this.strings) },
    {
      ALT: () => {
        let minus: IToken | null = null;
        this.OPTION(() => { minus = this.CONSUME(T.minus); });
        const n = this.CONSUME(NUMBER);
        let left: A.expr = this.ACTION(() => at({ _type: 'Constant', value: parseNumber(n.image), kind: null } as A.Constant, n, n))!;
        this.ACTION(() => { if (minus) left = at({ _type: 'UnaryOp', op: 'USub', operand: left } as A.UnaryOp, minus, n); });
        this.OPTION2(() => {
          const o = this.OR2([{ ALT: () => this.CONSUME(op('+')) }, { ALT: () => this.CONSUME2(T.minus) }]);
          const im = this.CONSUME2(NUMBER);
          this.ACTION(() => {
            const right = at({ _type: 'Constant', value: parseNumber(im.image), kind: null } as A.Constant, im, im);
            left = at({ _type: 'BinOp', left, op: o.image === '+' ? 'Add' : 'Sub', right } as A.BinOp, left, im);
          });
        });
        return left;
      },
    },
  ]));

  classPatternArgs = this.RULE('classPatternArgs', (cls: A.expr): A.MatchClass => {
    this.CONSUME(T.lpar);
    const patterns: A.pattern[] = [];
    const kwdAttrs: string[] = [];
    const kwdPatterns: A.pattern[] = [];
    this.MANY({
      GATE: () => this.LA(1).tokenType !== T.rpar,
      DEF: () => {
        // `name=` is gated before the pattern rather than as an alternative: chevrotain's
        // LL(k) can't tell a bare NAME pattern from the keyword form's NAME prefix.
        let k: IToken | null = null;
        this.OPTION2({
          GATE: () => this.LA(1).tokenType === NAME && this.LA(2).tokenType === T.eq,
          DEF: () => {
            k = this.CONSUME(NAME);
            this.CONSUME(T.eq);
          },
        });
        const p = this.SUBRULE(this.pattern);
        this.ACTION(() => {
          if (k) {
            kwdAttrs.push(k.image);
            kwdPatterns.push(p);
          } else {
            if (kwdAttrs.length) this.raiseAt('positional patterns follow keyword patterns', p, p);
            patterns.push(p);
          }
        });
        const sep = this.OPTION({ GATE: () => this.LA(1).tokenType === T.comma, DEF: () => this.CONSUME(T.comma) });
        this.ACTION(() => { if (!sep && this.LA(1).tokenType !== T.rpar) this.invalidSyntax(this.LA(1)); });
      },
    });
    const r = this.CONSUME(T.rpar);
    return this.ACTION(() => at({ _type: 'MatchClass', cls, patterns, kwd_attrs: kwdAttrs, kwd_patterns: kwdPatterns } as A.MatchClass, cls, r))!;
  });

  mappingPattern = this.RULE('mappingPattern', (): A.MatchMapping => {
    const l = this.CONSUME(T.lbrace);
    const keys: A.expr[] = [];
    const patterns: A.pattern[] = [];
    let rest: string | null = null;
    this.MANY({
      GATE: () => this.LA(1).tokenType !== T.rbrace,
      DEF: () => {
        this.OR([
          {
            ALT: () => {
              this.CONSUME(T.dstar);
              rest = this.CONSUME(NAME).image;
            },
          },
          {
            ALT: () => {
              const k = this.OR2([
                { ALT: () => this.SUBRULE(this.signedNumberOrString) },
                {
                  ALT: () => {
                    const t = this.OR3([{ ALT: () => this.CONSUME(KW.None) }, { ALT: () => this.CONSUME(KW.True) }, { ALT: () => this.CONSUME(KW.False) }]);
                    return at({ _type: 'Constant', value: t.image === 'None' ? null : t.image === 'True', kind: null } as A.Constant, t, t);
                  },
                },
                {
                  ALT: () => {
                    const n = this.CONSUME2(NAME);
                    let v: A.expr = at({ _type: 'Name', id: n.image, ctx: 'Load' } as A.Name, n, n);
                    this.AT_LEAST_ONE(() => {
                      this.CONSUME(T.dot);
                      const a = this.CONSUME3(NAME);
                      v = this.ACTION(() => at({ _type: 'Attribute', value: v, attr: a.image, ctx: 'Load' } as A.Attribute, n, a)) ?? v;
                    });
                    return v;
                  },
                },
              ]);
              this.CONSUME(T.colon);
              const p = this.SUBRULE(this.pattern);
              this.ACTION(() => { keys.push(k); patterns.push(p); });
            },
          },
        ]);
        const sep = this.OPTION({ GATE: () => this.LA(1).tokenType === T.comma, DEF: () => this.CONSUME(T.comma) });
        this.ACTION(() => { if (!sep && this.LA(1).tokenType !== T.rbrace) this.invalidSyntax(this.LA(1)); });
      },
    });
    const r = this.CONSUME(T.rbrace);
    return at({ _type: 'MatchMapping', keys, patterns, rest } as A.MatchMapping, l, r);
  });

  // ---- parameters ---------------------------------------------------------

  params = this.RULE('params', (annotated: boolean): A.arguments => {
    const items: ParamItem[] = [];
    const closer = annotated ? T.rpar : T.colon;
    this.AT_LEAST_ONE({
      GATE: () => this.LA(1).tokenType !== closer,
      DEF: () => {
        this.OR([
          { ALT: () => { const t = this.CONSUME(T.slash); this.ACTION(() => items.push({ kind: 'slash', arg: null, dflt: null, tok: t })); } },
          {
            ALT: () => {
              const t = this.CONSUME(T.star);
              let a: A.arg | null = null;
              this.OPTION({ GATE: () => this.LA(1).tokenType === NAME, DEF: () => { a = this.SUBRULE(this.param, { ARGS: [annotated, true] }); } });
              this.ACTION(() => {
                const next = this.LA(1).tokenType;
                if (items.some((it) => it.kind === 'star')) {
                  // invalid_star_etc's "* argument may appear only once" needs a parameter without default, or
                  // a comma, after the second '*'; else CPython's first pass stopped at it.
                  if (!(a === null ? next === T.comma : next === T.comma || next === closer)) this.invalidSyntax(t);
                } else if (a !== null && next === T.eq) {
                  // invalid_star_etc, once the parameters before have had their own checks.
                  this.buildArguments(items, annotated ? null : this.LA(1));
                  this.raiseAt('var-positional argument cannot have default value', this.LA(1), this.LA(1));
                }
                items.push({ kind: 'star', arg: a, dflt: null, tok: t });
              });
            },
          },
          {
            ALT: () => {
              const t = this.CONSUME(T.dstar);
              const a = this.SUBRULE2(this.param, { ARGS: [annotated, false] });
              this.ACTION(() => {
                items.push({ kind: 'dstar', arg: a, dflt: null, tok: t });
                // invalid_kwds, once the parameters before have had their own checks.
                if (this.LA(1).tokenType !== T.eq) return;
                this.buildArguments(items, annotated ? null : this.LA(1));
                this.raiseAt('var-keyword argument cannot have default value', this.LA(1), this.LA(1));
              });
            },
          },
          {
            ALT: () => {
              const a = this.SUBRULE3(this.param, { ARGS: [annotated, false] });
              let d: A.expr | null = null;
              this.OPTION2(() => {
                const eq = this.CONSUME(T.eq);
                const level = this.stackLevels;
                this.ACTION(() => {
                  // invalid_default
                  const next = this.LA(1).tokenType;
                  if (next === T.rpar || next === T.comma) this.raiseAt('expected default value expression', eq, eq);
                  if (!annotated) this.deeper(LINK_LEVELS.lambdaDefault);
                });
                d = this.SUBRULE(this.expression);
                this.stackLevels = level;
              });
              this.ACTION(() => items.push({ kind: 'param', arg: a, dflt: d, tok: this.LA(0) }));
            },
          },
        ]);
        const sep = this.OPTION3({ GATE: () => this.LA(1).tokenType === T.comma, DEF: () => this.CONSUME(T.comma) });
        // A def's parameter may have a type comment after its comma, or before the ')' (a lambda's not).
        let typeComment: IToken | null = null;
        this.OPTION4(() => { typeComment = this.CONSUME(TYPE_COMMENT); });
        this.ACTION(() => {
          if (typeComment !== null) {
            if (!annotated) this.invalidSyntax(typeComment);
            this.addTypeComment(items, typeComment, sep !== undefined);
          }
          if (sep || this.LA(1).tokenType === closer) return;
          // (`param TYPE_COMMENT &')'`: CPython's parse stopped at the token after the comment.)
          if (typeComment !== null) this.invalidSyntax(this.LA(1));
          // After a default or an annotation (expressions) a missing comma may be diagnosed; after a name it is not.
          const last = items[items.length - 1];
          if (last.dflt || last.arg?.annotation) throw new MissingSeparator(this.LA(1));
          this.invalidSyntax(this.LA(1));
        });
      },
    });
    return this.ACTION(() => {
      // A token that starts no parameter ends the list early: the parse fails there (failure()), before any error about the list.
      if (this.LA(1).tokenType !== closer) return emptyArgs();
      return this.buildArguments(items, annotated ? null : this.LA(1));
    })!;
  });

  /** Gives the last parameter read its type comment; a '/' or a bare '*' can have none. */
  addTypeComment(items: ParamItem[], typeComment: IToken, afterComma: boolean): void {
    const last = items[items.length - 1];
    if (last.arg !== null) {
      last.arg.type_comment = typeComment.image;
      // After `**kw, # type: ...` the parameters end: invalid_kwds's `'**' param ',' param` no longer
      // matches what follows (once the parameters before have had their own checks).
      if (last.kind === 'dstar' && afterComma && this.LA(1).tokenType !== T.rpar) {
        this.buildArguments(items, null);
        this.invalidSyntax(this.LA(1));
      }
      return;
    }
    if (last.kind === 'star' && afterComma) {
      // invalid_star_etc, once the parameters before have had their own checks.
      this.buildArguments(items.slice(0, -1), null);
      this.raiseAt('bare * has associated type comment', typeComment);
    }
    this.invalidSyntax(typeComment);
  }

  param = this.RULE('param', (annotated: boolean, starred: boolean): A.arg => {
    const n = this.CONSUME(NAME);
    let ann: A.expr | null = null;
    this.OPTION({
      GATE: () => annotated,
      DEF: () => {
        this.CONSUME(T.colon);
        ann = this.OR([
          { GATE: () => starred, ALT: () => this.SUBRULE(this.starExpression) },
          { ALT: () => this.SUBRULE(this.expression) },
        ]);
      },
    });
    return at({ _type: 'arg', arg: n.image, annotation: ann, type_comment: null } as A.arg, n, ann ?? n);
  });

  /** `lambdaEnd`: a lambda's ':' (CPython blames its bare-* error on the token after it), or null for a def. */
  buildArguments(items: ParamItem[], lambdaEnd: IToken | null): A.arguments {
    const a = emptyArgs();
    let stage = 0; // 0 positional, 1 after *, 2 after **
    let sawDefault = false;
    let seenSlash = false;
    let defaultAfterSlash = false;
    for (let i = 0; i < items.length; i++) {
      const it = items[i];
      if (stage === 2) {
        const blamed = it.kind === 'param' ? it.arg! : it.tok;
        this.raiseAt('arguments cannot follow var-keyword argument', blamed, blamed);
      }
      if (it.kind === 'slash') {
        if (seenSlash) this.raiseAt('/ may appear only once', it.tok, it.tok);
        if (stage === 1) this.raiseAt('/ must be ahead of *', it.tok, it.tok);
        if (a.args.length === 0) this.raiseAt('at least one argument must precede /', it.tok, it.tok);
        seenSlash = true;
        a.posonlyargs = a.args;
        a.args = [];
      } else if (it.kind === 'star') {
        if (stage === 1) this.raiseAt('* argument may appear only once', it.tok, it.tok);
        stage = 1;
        a.vararg = it.arg;
        if (!it.arg) {
          const next = items[i + 1];
          if (!next || next.kind === 'dstar') {
            const blamed = lambdaEnd === null ? it.tok : next?.tok ?? lambdaEnd;
            this.raiseAt('named arguments must follow bare *', blamed, blamed);
          }
        }
      } else if (it.kind === 'dstar') {
        a.kwarg = it.arg;
        stage = 2;
      } else if (stage === 0) {
        a.args.push(it.arg!);
        if (it.dflt) {
          a.defaults.push(it.dflt);
          sawDefault = true;
          defaultAfterSlash ||= seenSlash;
        } else if (sawDefault) {
          // invalid_parameters sees the defaults before a '/' or right before this parameter, no further:
          // else CPython's first pass stopped after it.
          if (defaultAfterSlash) this.invalidSyntax(this.input[this.input.indexOf(it.tok) + 1]);
          this.raiseAt('non-default argument follows default argument', it.arg!, it.arg!);
        }
      } else {
        a.kwonlyargs.push(it.arg!);
        a.kw_defaults.push(it.dflt);
      }
    }
    return a;
  }

  // ---- expressions --------------------------------------------------------

  starExpressions = this.RULE('starExpressions', (): A.expr => {
    const first = this.starredBody(INLINE_A, false);
    let elts: A.expr[] | null = null;
    let end: Start = first;
    this.MANY(() => {
      end = this.CONSUME(T.comma);
      this.noSecondComma();
      this.ACTION(() => { if (!elts) elts = [first]; });
      this.OPTION({
        GATE: () => EXPR_START.has(this.LA(1).tokenTypeIdx),
        DEF: () => {
          const e = this.SUBRULE2(this.starExpression);
          this.ACTION(() => { elts!.push(e); end = e; });
        },
      });
    });
    return elts ? this.ACTION(() => at({ _type: 'Tuple', elts: elts!, ctx: 'Load' } as A.Tuple, first, end))! : first;
  });

  starExpression = this.RULE('starExpression', (): A.expr => this.starredBody(INLINE_A, false));

  starNamedExpression = this.RULE('starNamedExpression', (): A.expr => this.starredBody(INLINE_A, true));

  namedExpression = this.RULE('namedExpression', (): A.expr => this.namedExpressionBody(INLINE_A));

  expression = this.RULE('expression', (): A.expr => this.or(INLINE_A, this.expressionAlts(INLINE_A)));

  // Brackets nest through these three, so the rules that nest (displays, call arguments) inline
  // their bodies rather than invoke them: each rule invocation saved is JS stack saved per level.
  // An inlined body takes DSL occurrences k, k + 1 and k + 2 (INLINE_*), so a rule can inline
  // several without two DSL calls sharing an occurrence.

  /** starNamedExpression's body (`named`) or starExpression's. */
  private starredBody(k: number, named: boolean): A.expr {
    return this.or(k + 2, (named ? this.starNamedAlts : this.starAlts)[k] ??= [
      {
        ALT: () => {
          const s = this.consume(k, T.star);
          const v = this.subrule(k, this.bitor);
          return this.ACTION(() => at({ _type: 'Starred', value: v, ctx: 'Load' } as A.Starred, s, v))!;
        },
      },
      { ALT: () => named ? this.namedExpressionBody(k) : this.or(k, this.expressionAlts(k)) },
    ]);
  }

  /**
   * `checkAssign`: CPython's named_expression, whose invalid_named_expression catches a following
   * `:=` or `=` (call arguments are not one: there both are plain invalid syntax).
   */
  private namedExpressionBody(k: number, checkAssign = true): A.expr {
    let n: IToken | null = null;
    this.option(k + 1, {
      GATE: () => this.LA(2).tokenType === T.walrus,
      DEF: () => {
        n = this.consume(k + 1, NAME);
        this.consume(k + 1, T.walrus);
      },
    });
    const e = this.or(k, this.expressionAlts(k));
    return this.ACTION(() => {
      if (n !== null) {
        return at({ _type: 'NamedExpr', target: at({ _type: 'Name', id: n.image, ctx: 'Store' } as A.Name, n, n), value: e } as A.NamedExpr, n, e);
      }
      if (!checkAssign) return e;
      // invalid_named_expression's `a=expression ':=' expression`.
      if (this.LA(1).tokenType === T.walrus && EXPR_START.has(this.LA(2).tokenTypeIdx)) this.raiseAt(`cannot use assignment expressions with ${exprName(e)}`, e, e);
      this.checkAssignInNamedExpression(e);
      return e;
    }) ?? e;
  }

  private expressionAlts(k: number): IOrAlt<A.expr>[] {
    return this.expressionAltsAt[k] ??= [
      { ALT: () => this.subrule(k, this.lambdef) },
      {
        // `a if b else c if d else e` is read in a loop, not by recursion on `else`: a long chain
        // would otherwise take JS stack in proportion to its length.
        ALT: () => {
          const level = this.stackLevels;
          let last = this.subrule(k, this.disjunction);
          const arms: [A.expr, A.expr][] = [];
          this.many(k, () => {
            const body = last;
            this.consume(k, KW.if);
            const test = this.subrule(k + 1, this.disjunction);
            this.ACTION(() => {
              const next = this.LA(1).tokenType;
              if (next !== KW.else && next !== T.colon) this.raiseAt("expected 'else' after 'if' expression", body, test);
              this.deeper(LINK_LEVELS.orElse);
            });
            this.consume(k, KW.else);
            last = this.or(k + 1, [
              { ALT: () => this.subrule(k + 1, this.lambdef) },
              { ALT: () => this.subrule(k + 2, this.disjunction) },
            ]);
            arms.push([body, test]);
          });
          this.stackLevels = level;
          return this.ACTION(() => arms.reduceRight<A.expr>((orelse, [body, test]) => at({ _type: 'IfExp', test, body, orelse } as A.IfExp, body, orelse), last)) ?? last;
        },
      },
    ];
  }

  /**
   * `lambda: lambda: x`: the heads of a chain of lambdas are read in a loop, like if-expressions.
   * The first is read outside it, so that a bad one fails where the parse stands, not before it.
   */
  lambdef = this.RULE('lambdef', (): A.Lambda => {
    const level = this.stackLevels;
    const heads: [IToken, A.arguments | null][] = [];
    const head = (i: number) => {
      const t = this.consume(i, KW.lambda);
      this.ACTION(() => this.deeper(LINK_LEVELS.lambda));
      let args: A.arguments | null = null;
      this.option(i, { GATE: () => this.LA(1).tokenType !== T.colon, DEF: () => { args = this.subrule(i, this.params, { ARGS: [false] }); } });
      this.consume(i + 1, T.colon);
      heads.push([t, args]);
    };
    head(0);
    this.MANY(() => head(2));
    const body = this.or(INLINE_A, this.expressionAlts(INLINE_A));
    this.stackLevels = level;
    return this.ACTION(() => heads.reduceRight<A.expr>((b, [t, args]) => at({ _type: 'Lambda', args: args ?? emptyArgs(), body: b } as A.Lambda, t, b), body) as A.Lambda)!;
  });

  yieldExpr = this.RULE('yieldExpr', (): A.expr => {
    const t = this.CONSUME(KW.yield);
    return this.OR([
      {
        ALT: () => {
          this.CONSUME(KW.from);
          const v = this.SUBRULE(this.expression);
          return this.ACTION(() => at({ _type: 'YieldFrom', value: v } as A.YieldFrom, t, v))!;
        },
      },
      {
        GATE: () => EXPR_START.has(this.LA(1).tokenTypeIdx),
        ALT: () => {
          const v = this.SUBRULE(this.starExpressions);
          return this.ACTION(() => at({ _type: 'Yield', value: v } as A.Yield, t, v))!;
        },
      },
      { ALT: () => at({ _type: 'Yield', value: null } as A.Yield, t, t) },
    ]);
  });

  /**
   * `or` down to the comparisons and binary operators: an expression's operands and operators are
   * gathered flat and the tree built by precedence afterwards (operatorTree). One rule per expression,
   * rather than one per precedence level, keeps each level of bracket nesting cheap on the JS stack.
   */
  disjunction = this.RULE('disjunction', (): A.expr => {
    const chain: OperatorChain = { operands: [], ops: [], nots: [] };
    const level = this.stackLevels;
    const notsBefore = (): void => {
      this.ACTION(() => chain.nots.push(null));
    };
    notsBefore();
    this.MANY(() => {
      const t = this.CONSUME(KW.not);
      this.ACTION(() => {
        this.deeper(LINK_LEVELS.not);
        (chain.nots[chain.nots.length - 1] ??= []).push(t);
      });
    });
    const first = this.SUBRULE(this.operand);
    this.ACTION(() => {
      this.stackLevels = level;
      chain.operands.push(first);
    });
    this.MANY2(() => {
      const o: string = this.OR(this.alts_operator ??= [
        { ALT: () => { this.CONSUME(KW.or); return 'or'; } },
        { ALT: () => { this.CONSUME(KW.and); return 'and'; } },
        { ALT: () => CMPOPS[this.CONSUME(COMPOP).image] },
        { ALT: () => { this.CONSUME(KW.in); return 'In'; } },
        { ALT: () => { this.CONSUME2(KW.not); this.CONSUME2(KW.in); return 'NotIn'; } },
        {
          ALT: () => {
            this.CONSUME(KW.is);
            let r = 'Is';
            this.OPTION(() => { this.CONSUME3(KW.not); r = 'IsNot'; });
            return r;
          },
        },
        { ALT: () => this.CONSUME(BINOP).image },
      ]);
      notsBefore();
      // `not` starts an operand only where an inversion can: first, or after `and`/`or`.
      this.MANY3({
        GATE: () => o === 'and' || o === 'or',
        DEF: () => {
          const t = this.CONSUME4(KW.not);
          this.ACTION(() => {
            this.deeper(LINK_LEVELS.not);
            (chain.nots[chain.nots.length - 1] ??= []).push(t);
          });
        },
      });
      const e = this.SUBRULE2(this.operand);
      this.ACTION(() => {
        this.stackLevels = level;
        chain.ops.push(o);
        chain.operands.push(e);
      });
    });
    return chain.ops.length === 0 && chain.nots[0] === null ? first : this.ACTION(() => operatorTree(chain))!;
  });

  /** The binary operators alone (`|` and tighter), where Python takes a bitwise_or: `*a`, `**m`, del targets. */
  bitor = this.RULE('bitor', (): A.expr => {
    const first = this.SUBRULE(this.operand);
    let operands: A.expr[] | null = null;
    let ops: string[] | null = null;
    this.MANY(() => {
      const o = this.CONSUME(BINOP);
      const e = this.SUBRULE2(this.operand);
      this.ACTION(() => { (operands ??= [first]).push(e); (ops ??= []).push(o.image); });
    });
    return operands ? this.ACTION(() => buildBinOps(operands!, ops!))! : first;
  });

  /**
   * An operand of the binary operators (Python's factor): unary signs, `await`, an atom and its
   * trailers, and a right-associative `**`, which binds tighter than a sign on its left. A run of
   * `**` is read in a loop, its exponents by `exponent`, so that a long one needs no JS stack.
   */
  operand = this.RULE('operand', (): A.expr => {
    const level = this.stackLevels;
    const e = this.factor();
    const signs = this.factorSigns;
    let exponents: Factor[] | null = null;
    // (An OPTION before the loop: most operands have no `**`, and OPTION's test is the cheaper.)
    this.OPTION2(() => {
      this.CONSUME(T.dstar);
      this.ACTION(() => this.deeper(LINK_LEVELS.power));
      const f = this.SUBRULE(this.exponent);
      this.ACTION(() => (exponents = [f]));
      this.MANY3(() => {
        this.CONSUME2(T.dstar);
        this.ACTION(() => this.deeper(LINK_LEVELS.power));
        const g = this.SUBRULE2(this.exponent);
        this.ACTION(() => exponents!.push(g));
      });
    });
    if (exponents === null && signs === null) return e;
    this.stackLevels = level;
    return this.ACTION(() => powerTree({ signs, e }, exponents ?? []))!;
  });

  /** The right operand of `**` (a factor, as the left one), its own `**` left to operand's loop. */
  exponent = this.RULE('exponent', (): Factor => {
    const e = this.factor();
    return { signs: this.factorSigns, e };
  });

  /** The unary signs before the primary factor() read last (null for none). */
  private factorSigns: IToken[] | null = null;

  /** A primary, with its `await`, after its signs (left in factorSigns): the DSL calls operand and exponent share. */
  private factor(): A.expr {
    let signs: IToken[] | null = null;
    this.MANY(() => {
      const t = this.CONSUME(UNARYOP);
      this.ACTION(() => {
        this.deeper(LINK_LEVELS.sign);
        (signs ??= []).push(t);
      });
    });
    let awaitToken: IToken | null = null;
    this.OPTION(() => { awaitToken = this.CONSUME(KW.await); });
    let e: A.expr = this.OR(this.alts_atom ??= [
      { ALT: () => { const n = this.CONSUME(NAME); return at({ _type: 'Name', id: n.image, ctx: 'Load' } as A.Name, n, n); } },
      { ALT: () => { const n = this.CONSUME(NUMBER); return this.ACTION(() => at({ _type: 'Constant', value: parseNumber(n.image), kind: null } as A.Constant, n, n))!; } },
      { ALT: () => this.SUBRULE(this.strings) },
      { ALT: () => { const t = this.CONSUME(KW.None); return at({ _type: 'Constant', value: null, kind: null } as A.Constant, t, t); } },
      { ALT: () => { const t = this.CONSUME(KW.True); return at({ _type: 'Constant', value: true, kind: null } as A.Constant, t, t); } },
      { ALT: () => { const t = this.CONSUME(KW.False); return at({ _type: 'Constant', value: false, kind: null } as A.Constant, t, t); } },
      { ALT: () => { const t = this.CONSUME(T.ellipsis); return at({ _type: 'Constant', value: Ellipsis, kind: null } as A.Constant, t, t); } },
      // Empty and yield brackets are told apart by the second token here, so that the rules a
      // nested bracket recurses through start straight with their first element.
      {
        ALT: () => {
          const l = this.CONSUME2(T.lpar);
          const r = this.CONSUME2(T.rpar);
          return at({ _type: 'Tuple', elts: [] as A.expr[], ctx: 'Load' } as A.Tuple, l, r);
        },
      },
      {
        ALT: () => {
          const l = this.CONSUME3(T.lpar);
          const y = this.SUBRULE(this.yieldExpr);
          const r = this.CONSUME3(T.rpar);
          this.ACTION(() => parenToks.set(y, [l, r]));
          return y;
        },
      },
      { ALT: () => this.SUBRULE(this.parenAtom) },
      {
        ALT: () => {
          const l = this.CONSUME2(T.lsqb);
          const r = this.CONSUME2(T.rsqb);
          return at({ _type: 'List', elts: [] as A.expr[], ctx: 'Load' } as A.List, l, r);
        },
      },
      { ALT: () => this.SUBRULE(this.listAtom) },
      {
        ALT: () => {
          const l = this.CONSUME(T.lbrace);
          const r = this.CONSUME(T.rbrace);
          return at({ _type: 'Dict', keys: [] as A.expr[], values: [] as A.expr[] } as A.Dict, l, r);
        },
      },
      // A dict starts with `**` or `key :`.
      { GATE: () => this.LA(2).tokenType === T.dstar || this.isDictStart(2), ALT: () => this.SUBRULE(this.dictAtom) },
      { ALT: () => this.SUBRULE(this.setAtom) },
    ]);
    this.MANY2(() => {
      this.OR2([
        {
          ALT: () => {
            this.CONSUME(T.dot);
            const n = this.CONSUME2(NAME);
            e = this.ACTION(() => at({ _type: 'Attribute', value: e, attr: n.image, ctx: 'Load' } as A.Attribute, e, n)) ?? e;
          },
        },
        {
          ALT: () => {
            const l = this.CONSUME(T.lpar);
            const r = this.SUBRULE(this.arguments);
            const rp = this.CONSUME(T.rpar);
            e = this.ACTION(() => {
              const g = r.args[0];
              if (g && g._type === 'GeneratorExp' && !this.parens.has(g)) {
                // A bare generator argument takes the call's parentheses as its own.
                at(g, l, rp);
              }
              return at({ _type: 'Call', func: e, args: r.args, keywords: r.keywords } as A.Call, e, rp);
            }) ?? e;
          },
        },
        {
          ALT: () => {
            this.CONSUME(T.lsqb);
            const s = this.slices();
            const r = this.CONSUME(T.rsqb);
            e = this.ACTION(() => at({ _type: 'Subscript', value: e, slice: s, ctx: 'Load' } as A.Subscript, e, r)) ?? e;
          },
        },
      ]);
    });
    if (awaitToken !== null) e = this.ACTION(() => at({ _type: 'Await', value: e } as A.Await, awaitToken!, e)) ?? e;
    this.factorSigns = signs;
    return e;
  }

  /**
   * A subscript's slices, inlined in factor (as are the slices' bodies): subscripts nest through
   * here, and each rule call saved is JS stack saved per level. Its DSL occurrences (MANY 4, OPTION
   * 30 and up, CONSUME 1-4 of ':') are clear of factor's own.
   */
  private slices(): A.expr {
    const first = this.sliceBody(0);
    let elts: A.expr[] | null = null;
    let end: Start = first;
    this.many(4, {
      GATE: () => this.LA(2).tokenType !== T.rsqb,
      DEF: () => {
        this.CONSUME(T.comma);
        this.noSecondComma();
        const e = this.sliceBody(1);
        this.ACTION(() => { (elts ??= [first]).push(e); end = e; });
      },
    });
    this.option(30, () => {
      end = this.CONSUME2(T.comma);
      this.ACTION(() => { elts ??= [first]; });
    });
    return this.ACTION(() => {
      // A lone starred subscript is still a tuple (PEP 646).
      if (!elts && first._type === 'Starred') elts = [first];
      return elts ? at({ _type: 'Tuple', elts, ctx: 'Load' } as A.Tuple, first, end) : first;
    })!;
  }

  /**
   * A slice or a subscript's element: slices' first (`copy` 0) or a later one (1), each copy with
   * its own DSL occurrences.
   */
  private sliceBody(copy: 0 | 1): A.expr {
    const o = 31 + 5 * copy; // OPTION occurrences o..o+4
    const [lowerAt, upperAt, stepAt] = copy === 0 ? [INLINE_A, INLINE_B, INLINE_C] : [INLINE_E, INLINE_F, INLINE_G];
    let lower: A.expr | null = null;
    let isSlice = false;
    let upper: A.expr | null = null;
    let step: A.expr | null = null;
    const startTok: IToken = this.LA(1);
    let endTok: Start | null = null;
    this.option(o, {
      GATE: () => this.LA(1).tokenType !== T.colon,
      DEF: () => { lower = this.starredBody(lowerAt, true); },
    });
    this.option(o + 1, () => {
      endTok = this.consume(1 + 2 * copy, T.colon);
      isSlice = true;
      this.option(o + 2, {
        GATE: () => EXPR_START.has(this.LA(1).tokenTypeIdx),
        DEF: () => { upper = this.or(upperAt, this.expressionAlts(upperAt)); endTok = upper; },
      });
      this.option(o + 3, () => {
        endTok = this.consume(2 + 2 * copy, T.colon);
        this.option(o + 4, {
          GATE: () => EXPR_START.has(this.LA(1).tokenTypeIdx),
          DEF: () => { step = this.or(stepAt, this.expressionAlts(stepAt)); endTok = step; },
        });
      });
    });
    return this.ACTION(() => {
      // `x[]`: CPython reads `[]` as a list after x, which may be a forgotten comma.
      if (!isSlice) return lower ?? this.throwMissingSeparator(this.LA(0), this.LA(1));
      return at({ _type: 'Slice', lower, upper, step } as A.Slice, lower ?? startTok, endTok!);
    })!;
  }

  /** A call's arguments, up to its `)` (none at all, too). */
  arguments = this.RULE('arguments', (): { args: A.expr[]; keywords: A.keyword[] } => {
    const items: ArgItem[] = [];
    this.MANY({
      GATE: () => this.LA(1).tokenType !== T.rpar,
      DEF: () => {
        this.OR([
          {
            ALT: () => {
              const s = this.CONSUME(T.star);
              const v = this.or(INLINE_B, this.expressionAlts(INLINE_B));
              this.ACTION(() => items.push({ kind: 'star', value: at({ _type: 'Starred', value: v, ctx: 'Load' } as A.Starred, s, v), name: null, start: s }));
            },
          },
          {
            ALT: () => {
              const s = this.CONSUME(T.dstar);
              const v = this.or(INLINE_C, this.expressionAlts(INLINE_C));
              this.ACTION(() => items.push({ kind: 'dstar', value: v, name: null, start: s }));
            },
          },
          {
            GATE: () => this.LA(2).tokenType === T.eq,
            ALT: () => {
              const n = this.CONSUME(NAME);
              this.CONSUME(T.eq);
              const v = this.or(INLINE_D, this.expressionAlts(INLINE_D));
              this.ACTION(() => items.push({ kind: 'kw', value: v, name: n, start: n }));
            },
          },
          {
            ALT: () => {
              let v = this.namedExpressionBody(INLINE_A, false);
              this.OPTION(() => {
                const gens = this.SUBRULE(this.forIfClauses);
                v = this.ACTION(() => {
                  const g = at({ _type: 'GeneratorExp', elt: v, generators: gens } as A.GeneratorExp, v, lastComprehensionItem(gens));
                  if (this.LA(1).tokenType === T.comma) this.unparenthesizedGenerator(g);
                  return g;
                }) ?? v;
              });
              this.ACTION(() => {
                if (this.LA(1).tokenType === T.eq) {
                  const la = this.LA(1);
                  // invalid_kwarg's ('True'|'False'|'None') '=': the keyword's token, not in parentheses.
                  if (v._type === 'Constant' && (v.value === null || typeof v.value === 'boolean') && !this.parens.has(v)) {
                    this.raiseAt(`cannot assign to ${exprName(v)}`, v, la);
                  }
                  this.raiseAt('expression cannot contain assignment, perhaps you meant "=="?', v, la);
                }
                items.push({ kind: 'pos', value: v, name: null, start: null });
              });
            },
          },
        ]);
        const sep = this.OPTION2({ GATE: () => this.LA(1).tokenType === T.comma, DEF: () => this.CONSUME(T.comma) });
        this.ACTION(() => { if (!sep && this.LA(1).tokenType !== T.rpar) throw new MissingSeparator(this.LA(1)); });
      },
    });
    return this.ACTION(() => this.buildCallArgs(items))!;
  });

  /** A generator expression among other arguments: from its element to its last clause's last item, each inside any parentheses. */
  unparenthesizedGenerator(g: A.GeneratorExp): never {
    this.raiseAt('Generator expression must be parenthesized', g.elt, lastComprehensionItem(g.generators));
  }

  buildCallArgs(items: ArgItem[]): { args: A.expr[]; keywords: A.keyword[] } {
    const args: A.expr[] = [];
    const keywords: A.keyword[] = [];
    let sawKw = false;
    let sawDstar = false;
    for (const it of items) {
      if (it.kind === 'pos' || it.kind === 'star') {
        if (it.kind === 'pos' && it.value._type === 'GeneratorExp' && !this.parens.has(it.value) && items.length > 1) {
          this.unparenthesizedGenerator(it.value);
        }
        // CPython's RAISE_SYNTAX_ERROR: at the token after the arguments.
        if (sawDstar) {
          if (it.kind === 'star') this.raiseAt('iterable argument unpacking follows keyword argument unpacking', it.start!, it.start!);
          this.raiseAt('positional argument follows keyword argument unpacking', this.LA(1));
        }
        if (sawKw && it.kind === 'pos') this.raiseAt('positional argument follows keyword argument', this.LA(1));
        args.push(it.value);
      } else {
        if (it.kind === 'dstar') sawDstar = true;
        else sawKw = true;
        keywords.push(at({ _type: 'keyword', arg: it.name?.image ?? null, value: it.value } as A.keyword, it.start!, it.value));
      }
    }
    return { args, keywords };
  }

  forIfClauses = this.RULE('forIfClauses', (): A.comprehension[] => {
    const gens: A.comprehension[] = [];
    this.AT_LEAST_ONE(() => {
      let isAsync = 0;
      this.OPTION(() => { this.CONSUME(KW.async); isAsync = 1; });
      this.CONSUME(KW.for);
      const target = this.SUBRULE(this.starTargets);
      this.CONSUME(KW.in);
      const iter = this.SUBRULE(this.disjunction);
      const ifs: A.expr[] = [];
      this.MANY(() => {
        this.CONSUME(KW.if);
        const c = this.SUBRULE2(this.disjunction);
        this.ACTION(() => ifs.push(c));
      });
      this.ACTION(() => gens.push({ _type: 'comprehension', target, iter, ifs, is_async: isAsync }));
    });
    return gens;
  });

  /** Assignment targets in `for` and comprehensions: stops before `in`. */
  starTargets = this.RULE('starTargets', (): A.expr => {
    const first = this.SUBRULE(this.starTarget);
    let elts: A.expr[] | null = null;
    let end: Start = first;
    this.MANY(() => {
      end = this.CONSUME(T.comma);
      this.noSecondComma();
      this.ACTION(() => { elts ??= [first]; });
      this.OPTION({
        GATE: () => this.LA(1).tokenType !== KW.in && this.LA(1).tokenType !== T.eq,
        DEF: () => { const e = this.SUBRULE2(this.starTarget); this.ACTION(() => { elts!.push(e); end = e; }); },
      });
    });
    return this.ACTION(() => {
      const t = elts ? at({ _type: 'Tuple', elts, ctx: 'Load' } as A.Tuple, first, end) : first;
      const bad = this.invalidTarget(t);
      if (bad) {
        // As CPython's invalid_for_target reads it, `in` after the target makes it the left part of a
        // comparison, the target reported; else the parse fails on, for forTarget to diagnose.
        if (this.LA(1).tokenType === KW.in) this.raiseAt(`cannot assign to ${exprName(bad)}`, bad, bad);
        return t;
      }
      this.setCtx(t, 'Store');
      return t;
    })!;
  });

  starTarget = this.RULE('starTarget', (): A.expr => this.OR([
    {
      ALT: () => {
        const s = this.CONSUME(T.star);
        const v = this.SUBRULE(this.starTarget);
        return this.ACTION(() => at({ _type: 'Starred', value: v, ctx: 'Load' } as A.Starred, s, v))!;
      },
    },
    { ALT: () => this.SUBRULE(this.bitor) },
  ]));

  // ---- atoms --------------------------------------------------------------

  strings = this.RULE('strings', (): A.expr => {
    const toks: IToken[] = [];
    this.AT_LEAST_ONE(() => {
      const t = this.CONSUME(STRING);
      this.ACTION(() => toks.push(t));
    });
    return this.ACTION(() => buildStringAtom(toks, this.stringErrors, this.fstringJobs))!;
  });

  parenAtom = this.RULE('parenAtom', (): A.expr => {
    const l = this.CONSUME(T.lpar);
    const first = this.starredBody(INLINE_A, true);
    const { gens, elts, end: r } = this.displayRest(first, T.rpar);
    return this.ACTION(() => {
      let e: A.expr;
      if (gens) e = at({ _type: 'GeneratorExp', elt: first, generators: gens } as A.GeneratorExp, l, r);
      else if (elts) e = at({ _type: 'Tuple', elts, ctx: 'Load' } as A.Tuple, l, r);
      else if (first._type === 'Starred') this.raiseAt('cannot use starred expression here', first, first);
      else e = first;
      parenToks.set(e!, [l, r]);
      return e!;
    })!;
  });

  listAtom = this.RULE('listAtom', (): A.expr => {
    const l = this.CONSUME(T.lsqb);
    const first = this.starredBody(INLINE_A, true);
    const { gens, elts, end: r } = this.displayRest(first, T.rsqb);
    return this.ACTION(() => gens
      ? at({ _type: 'ListComp', elt: first, generators: gens } as A.ListComp, l, r)
      : at({ _type: 'List', elts: elts ?? [first], ctx: 'Load' } as A.List, l, r))!;
  });

  setAtom = this.RULE('setAtom', (): A.expr => {
    const l = this.CONSUME(T.lbrace);
    const first = this.starredBody(INLINE_A, true);
    const { gens, elts, end: r } = this.displayRest(first, T.rbrace);
    return this.ACTION(() => gens
      ? at({ _type: 'SetComp', elt: first, generators: gens } as A.SetComp, l, r)
      : at({ _type: 'Set', elts: elts ?? [first] } as A.Set, l, r))!;
  });

  /**
   * A parenthesised, list or set display after its first element: a comprehension, or more
   * elements and an optional trailing comma, up to the closing bracket. The elements are a loop
   * with no choice around them, so that little JS stack lies between one bracket level and the next.
   */
  private displayRest(first: A.expr, close: TokenType): { gens: A.comprehension[] | null; elts: A.expr[] | null; end: IToken } {
    let gens: A.comprehension[] | null = null;
    let elts: A.expr[] | null = null;
    this.OPTION(() => {
      const clausesAfter = (): ClausesAfter | null =>
        first._type === 'Starred' ? new ClausesAfter('iterable unpacking cannot be used in comprehension', first, first, this.LA(1)) : null;
      this.ACTION(() => this.diagnoseClausesAfter(clausesAfter()));
      gens = this.SUBRULE(this.forIfClauses);
      // (Where a diagnosis re-parses, and the clauses have parsed.)
      this.ACTION(() => {
        const e = clausesAfter();
        if (e !== null) this.raiseAt(e.msg, e.from, e.to);
      });
    });
    this.MANY({
      GATE: () => gens === null && this.LA(2).tokenType !== close,
      DEF: () => {
        this.CONSUME(T.comma);
        this.noSecondComma();
        const e = this.starredBody(INLINE_B, true);
        this.ACTION(() => (elts ??= [first]).push(e));
      },
    });
    let comma: IToken | null = null;
    this.OPTION2({
      GATE: () => gens === null,
      DEF: () => {
        comma = this.CONSUME2(T.comma);
        this.ACTION(() => { elts ??= [first]; });
      },
    });
    // A list or set's elements before a comprehension's clauses. (Not read here: a second optional
    // `for` would make the lookahead of the first one take two tokens, and fail on `[x for in y]`.)
    this.ACTION(() => {
      const next = this.LA(1).tokenType;
      if (elts === null || close === T.rpar || !(next === KW.for || (next === KW.async && this.LA(2).tokenType === KW.for))) return;
      const last = elts.length > 1 ? elts[elts.length - 1] : comma!;
      this.diagnoseClausesAfter(new ClausesAfter('did you forget parentheses around the comprehension target?', first, last, this.LA(1)));
    });
    const end = this.CONSUME(close);
    return { gens, elts, end };
  }

  dictAtom = this.RULE('dictAtom', (): A.expr => {
    const l = this.CONSUME(T.lbrace);
    const keys: (A.expr | null)[] = [];
    const values: A.expr[] = [];
    let comp: A.expr | null = null;
    let firstDstar: IToken | null = null;
    const item = (): void => {
      this.OR2([
        {
          ALT: () => {
            const s = this.CONSUME(T.dstar);
            const v = this.SUBRULE(this.bitor);
            this.ACTION(() => { firstDstar ??= s; keys.push(null); values.push(v); });
          },
        },
        {
          ALT: () => {
            const k = this.or(INLINE_A, this.expressionAlts(INLINE_A));
            const colon = this.CONSUME(T.colon);
            this.ACTION(() => this.checkDictValue(colon));
            const v = this.or(INLINE_B, this.expressionAlts(INLINE_B));
            this.ACTION(() => { keys.push(k); values.push(v); });
          },
        },
      ]);
    };
    item();
    // As displayRest: a comprehension, or a loop of further items and an optional trailing comma.
    this.OPTION(() => {
      const gens = this.SUBRULE(this.forIfClauses);
      this.ACTION(() => {
        if (keys[0] === null) this.raiseAt('dict unpacking cannot be used in dict comprehension', firstDstar!, firstDstar!);
        comp = { _type: 'DictComp', key: keys[0]!, value: values[0], generators: gens } as A.DictComp;
      });
    });
    this.MANY({
      GATE: () => comp === null && this.LA(2).tokenType !== T.rbrace,
      DEF: () => {
        this.CONSUME(T.comma);
        this.noSecondComma();
        this.OR4([
          {
            ALT: () => {
              this.CONSUME2(T.dstar);
              const v = this.SUBRULE2(this.bitor);
              this.ACTION(() => { keys.push(null); values.push(v); });
            },
          },
          {
            ALT: () => {
              const k = this.or(INLINE_C, this.expressionAlts(INLINE_C));
              this.ACTION(() => {
                if (this.LA(1).tokenType === T.colon) return;
                // invalid_kvpair points at the key's last character, with no end. (Its rule, in
                // dict's alternative '{' invalid_double_starred_kvpairs '}', runs in CPython's first pass.)
                const text = this.src.line(k.lineno);
                const offset = this.column(this.src.line(k.end_lineno), k.end_col_offset - 1) + 1;
                throw this.inFirstPass(new PySyntaxError('SyntaxError', "':' expected after dictionary key", this.filename, k.lineno, offset, text, k.end_lineno, 0));
              });
              const colon = this.CONSUME2(T.colon);
              this.ACTION(() => this.checkDictValue(colon));
              const v = this.or(INLINE_D, this.expressionAlts(INLINE_D));
              this.ACTION(() => { keys.push(k); values.push(v); });
            },
          },
        ]);
      },
    });
    this.OPTION2({ GATE: () => comp === null, DEF: () => this.CONSUME3(T.comma) });
    const r = this.CONSUME2(T.rbrace);
    return this.ACTION(() => at(comp ?? ({ _type: 'Dict', keys, values } as A.Dict), l, r))!;
  });

  /** invalid_double_starred_kvpairs after a dict key's ':' (`colon`): a missing value, or a starred one (first pass too). */
  checkDictValue(colon: IToken): void {
    const next = this.LA(1).tokenType;
    if (next === T.rbrace || next === T.comma) throw this.inFirstPass(this.errorAt("expression expected after dictionary key and ':'", colon, colon));
    if (next === T.star && EXPR_START.has(this.LA(2).tokenTypeIdx)) {
      // RAISE_SYNTAX_ERROR_STARTING_FROM: from the '*' to where the parse stood, after the bitwise_or.
      const end = this.bitwiseOrEnd(2);
      throw this.inFirstPass(this.errorAt('cannot use a starred expression in a dictionary value', this.LA(1), this.LA(end !== null && end >= 2 ? end : 1)));
    }
  }

  /**
   * A display's error before its comprehension's clauses, diagnosed once the parse has stopped
   * (ClausesAfter). Where a diagnosis re-parses, the parse goes on.
   */
  diagnoseClausesAfter(e: ClausesAfter | null): void {
    if (e !== null && !this.stopped) throw e;
  }

  /** After `{` (the token before LA(from)): is there a ':' at bracket depth 0 before the first ',' / 'for' / '}'? */
  isDictStart(from: number): boolean {
    let depth = 0;
    let lambdas = 0;
    for (let i = from; ; i++) {
      const x = this.LA(i).tokenType;
      if (x === ENDMARKER || x === EOF) return false; // (EOF: a diagnosis's input may stop short)
      if (x === T.lpar || x === T.lsqb || x === T.lbrace) depth++;
      else if (x === T.rpar || x === T.rsqb || x === T.rbrace) {
        if (depth === 0) return false;
        depth--;
      } else if (depth === 0) {
        if (x === KW.lambda) lambdas++;
        else if (x === T.colon) {
          if (lambdas === 0) return true;
          lambdas--;
        } else if (x === T.comma || x === KW.for || x === T.walrus) return false;
      }
    }
  }
}

function isBitwiseOr(e: A.expr): boolean {
  switch (e._type) {
    case 'BoolOp': case 'Compare': case 'IfExp': case 'Lambda': case 'NamedExpr': case 'Yield': case 'YieldFrom':
    case 'Starred': case 'Tuple':
      return false;
    case 'UnaryOp': return e.op !== 'Not';
    default: return true;
  }
}

function emptyArgs(): A.arguments {
  return { _type: 'arguments', posonlyargs: [], args: [], vararg: null, kwonlyargs: [], kw_defaults: [], kwarg: null, defaults: [] };
}

/** A factor as parsed: a primary (with its `await`) and the unary signs before it. */
interface Factor {
  signs: IToken[] | null;
  e: A.expr;
}

/** `base ** exponents[0] ** exponents[1] ...`, grouped to the right, each sign over the power after it. */
function powerTree(base: Factor, exponents: Factor[]): A.expr {
  const signed = (f: Factor, value: A.expr): A.expr => {
    let r = value;
    if (f.signs) for (let i = f.signs.length - 1; i >= 0; i--) r = at({ _type: 'UnaryOp', op: UNOPS[f.signs[i].image], operand: r } as A.UnaryOp, f.signs[i], r);
    return r;
  };
  const factors = [base, ...exponents];
  let r = signed(factors[factors.length - 1], factors[factors.length - 1].e);
  for (let i = factors.length - 2; i >= 0; i--) r = signed(factors[i], at({ _type: 'BinOp', left: factors[i].e, op: 'Pow', right: r } as A.BinOp, factors[i].e, r));
  return r;
}

/** A disjunction as parsed: operands[i] and operands[i + 1] are joined by ops[i]; nots[i] are the `not`s before operands[i]. */
interface OperatorChain {
  operands: A.expr[];
  ops: string[];
  nots: (IToken[] | null)[];
}

/** The tree of a flat operator chain: `or` over `and` over `not` over comparisons over the binary operators. */
function operatorTree(c: OperatorChain): A.expr {
  const boolOp = (op: 'Or' | 'And', values: A.expr[]): A.expr =>
    values.length === 1 ? values[0] : at({ _type: 'BoolOp', op, values } as A.BoolOp, values[0], values[values.length - 1]);
  const ors: A.expr[] = [];
  let ands: A.expr[] = [];
  let lo = 0;
  for (let i = 0; i < c.operands.length; i++) {
    const op = c.ops[i];
    if (op !== undefined && op !== 'and' && op !== 'or') continue;
    // operands lo..i form one inversion: its `not`s stand before operand lo (nowhere else can they).
    let e = comparisonTree(c, lo, i);
    const nots = c.nots[lo];
    if (nots) for (let k = nots.length - 1; k >= 0; k--) e = at({ _type: 'UnaryOp', op: 'Not', operand: e } as A.UnaryOp, nots[k], e);
    ands.push(e);
    if (op !== 'and') {
      ors.push(boolOp('And', ands));
      ands = [];
    }
    lo = i + 1;
  }
  return boolOp('Or', ors);
}

/** operands lo..hi (inclusive) joined by comparison and binary operators. */
function comparisonTree(c: OperatorChain, lo: number, hi: number): A.expr {
  const pieces: A.expr[] = [];
  const cmpops: A.cmpop[] = [];
  let start = lo;
  for (let i = lo; i <= hi; i++) {
    if (i < hi && BINOPS[c.ops[i]] !== undefined) continue;
    pieces.push(start === i ? c.operands[i] : buildBinOps(c.operands.slice(start, i + 1), c.ops.slice(start, i)));
    if (i < hi) cmpops.push(c.ops[i] as A.cmpop);
    start = i + 1;
  }
  if (pieces.length === 1) return pieces[0];
  return at({ _type: 'Compare', left: pieces[0], ops: cmpops, comparators: pieces.slice(1) } as A.Compare, pieces[0], pieces[pieces.length - 1]);
}

/** Builds left-associative BinOps from operands and operators by precedence climbing. */
function buildBinOps(operands: A.expr[], ops: string[]): A.expr {
  let i = 0;
  const climb = (minPrec: number): A.expr => {
    let left = operands[i];
    while (i < ops.length && PREC[ops[i]] >= minPrec) {
      const o = ops[i];
      const p = PREC[o];
      i++;
      let right = operands[i];
      while (i < ops.length && PREC[ops[i]] > p) right = climbFrom(right, p + 1);
      left = at({ _type: 'BinOp', left, op: BINOPS[o], right } as A.BinOp, left, right);
    }
    return left;
  };
  const climbFrom = (left: A.expr, minPrec: number): A.expr => {
    while (i < ops.length && PREC[ops[i]] >= minPrec) {
      const o = ops[i];
      const p = PREC[o];
      i++;
      let right = operands[i];
      while (i < ops.length && PREC[ops[i]] > p) right = climbFrom(right, p + 1);
      left = at({ _type: 'BinOp', left, op: BINOPS[o], right } as A.BinOp, left, right);
    }
    return left;
  };
  return climb(0);
}

export type { PyParser };
export type ParserInternals = PyParser;

let instance: PyParser | null = null;

function parser(): PyParser {
  return (instance ??= new PyParser());
}

/** The parser's rules as chevrotain's serialized grammar, in definition order (for grammar/). */
export function grammarProductions(): ISerializedGast[] {
  return parser().getSerializedGastProductions();
}

/** Converts a chevrotain recognition error into CPython's "invalid syntax" (or a more specific message). */
const OPEN_BRACKETS = new Set([T.lpar, T.lsqb, T.lbrace]);

/**
 * The token a parse error is blamed on, or null when chevrotain gives none. `operand` (and
 * `exponent`, which reads the same factor) tells `()`,
 * `(yield ...)` and `(elements ...)` (and their [] {} kin) apart by the token after the bracket, so
 * a token there that starts none of them fails that choice at the bracket; the error lies at the
 * token after it, where parsing the bracket's contents would have stopped.
 */
function blamedToken(err: IRecognitionException, toks: IToken[]): IToken | null {
  const t = err.token;
  if (t.tokenType === undefined || isNaN(t.startOffset)) return null;
  const rule = err.context.ruleStack.at(-1);
  if (err.name === 'NoViableAltException' && OPEN_BRACKETS.has(t.tokenType) && (rule === 'operand' || rule === 'exponent')) {
    return toks[toks.indexOf(t) + 1] ?? t;
  }
  return t;
}

/**
 * Where the parse stopped at toks[i], the expression rules CPython's second pass tries there:
 * invalid_expression's forgotten comma, then invalid_legacy_expression's reading on.
 */
function expressionDiagnoses(p: PyParser, toks: IToken[], i: number): void {
  if (i < 0) return;
  forgottenComma(p, toks, i);
  legacyExpression(p, toks, i);
}

function failure(p: PyParser): never {
  p.stopped = true;
  const toks = p.input;
  const tok = blamedToken(p.errors[0], toks) ?? p.peek(1);
  // chevrotain may report the statement's first token or the one after `print`.
  let i = toks.indexOf(tok);
  if (isLegacyName(tok) && startsLegacyCall(toks, i + 1)) i++;
  const prev = toks[i - 1];
  if (!p.retrying) {
    expressionDiagnoses(p, toks, i);
    // A subscript that cannot parse may be a display after a forgotten comma (`f(x [a for a in b])`).
    if (insideBrackets(toks, i)) {
      const open = levelStop(toks, i, () => false);
      if (toks[open].tokenType === T.lsqb) forgottenComma(p, toks, open);
    }
    parenthesizedParameters(p, toks, i);
    doubleStarredGroup(p, toks, i);
    forTarget(p, toks, i);
  }
  // (A signature type comment has no statements.)
  const atStmtStart = p.mode !== 'func_type' && (!prev || prev.tokenType === NEWLINE || prev.tokenType === INDENT || prev.tokenType === DEDENT);
  if (atStmtStart && tok.tokenType !== ENDMARKER && tok.tokenType !== INDENT && tok.tokenType !== DEDENT && !p.retrying) {
    // chevrotain stops before a statement it can't start; parsing that statement alone
    // finds the token CPython blames (the furthest one reached).
    p.input = toks.slice(i);
    p.retrying = true;
    try {
      p.starExpressions();
    } finally {
      p.retrying = false;
    }
    const stop = p.errors.length > 0 ? blamedToken(p.errors[0], p.input) : p.peek(1).tokenType !== NEWLINE ? p.peek(1) : null;
    if (stop && stop !== tok) {
      expressionDiagnoses(p, toks, toks.indexOf(stop));
      p.invalidSyntax(stop);
    }
  }
  if (tok.tokenType === ENDMARKER) {
    p.raiseAt('unexpected EOF while parsing', { lineno: tok.startLine! - 1, col_offset: 0, end_lineno: tok.startLine! - 1, end_col_offset: 0 });
  }
  p.invalidSyntax(tok);
}

const EXPR_END = new Set<number>();
for (const t of [NAME, NUMBER, STRING, T.rpar, T.rsqb, T.rbrace, KW.None, KW.True, KW.False, T.ellipsis]) EXPR_END.add(t.tokenTypeIdx!);
/** Tokens that end the expression before them (where an `expression` parse would start after them). */
const EXPR_BOUNDARY = new Set<number>();
for (const t of [T.comma, T.colon, T.eq, T.walrus, T.semi, T.arrow, AUGASSIGN, NEWLINE, INDENT, DEDENT,
  KW.if, KW.else, KW.for, KW.return, KW.yield, KW.lambda, KW.assert, KW.del, KW.from, KW.import, KW.as, KW.with,
  KW.while, KW.elif, KW.raise, KW.async]) EXPR_BOUNDARY.add(t.tokenTypeIdx!);

/**
 * Whether `rule` parses from toks[k] (tokens may be left over): a diagnosis reading further than the
 * parse did. A SyntaxError raised on the way is a failure when `quiet`, else CPython's error too.
 */
function parsesFrom(p: PyParser, toks: IToken[], k: number, rule: () => unknown, quiet = true): boolean {
  return parseFrom(p, toks, k, rule, quiet) !== null;
}

/** What `rule` gives from toks[k], as parsesFrom, or null where it doesn't parse. */
function parseFrom<R>(p: PyParser, toks: IToken[], k: number, rule: () => R, quiet = true): R | null {
  p.input = toks.slice(k);
  p.retrying = true;
  let result: R;
  try {
    result = rule();
  } catch (e) {
    if (e instanceof MissingSeparator || (quiet && e instanceof PySyntaxError)) return null;
    throw e;
  } finally {
    p.retrying = false;
  }
  return p.errors.some((e) => e.name !== 'NotAllInputParsedException') ? null : result;
}

/**
 * invalid_expression's "Perhaps you forgot a comma?": inside brackets, an expression a
 * directly followed by another b, where the parse failed at b's first token (toks[i]).
 * Raises with the range a..b, as CPython does; returns if the tokens are not that shape.
 * `floor`: the first token a may start at.
 */
function forgottenComma(p: PyParser, toks: IToken[], i: number, floor = 0): void {
  keepingInput(p, () => findForgottenComma(p, toks, i, floor));
}

/** Runs a diagnosis that may parse (which sets p.input and p.errors), putting them back for the diagnoses after it. */
function keepingInput(p: PyParser, diagnose: () => void): void {
  const { input, errors } = p;
  try {
    diagnose();
  } finally {
    p.input = input;
    p.errors = errors;
  }
}

/**
 * Whether toks[k] starts a lambda's parameter (a name, not a default): it is the `lambda`, or a comma,
 * star or slash in a parameter list still open there (a `lambda` before it, no ':' between).
 */
function afterLambdaParameters(toks: IToken[], k: number): boolean {
  if (toks[k].tokenType === KW.lambda) return true;
  if (![T.comma, T.star, T.dstar, T.slash].includes(toks[k].tokenType)) return false;
  const b = levelStop(toks, k, (j) => {
    const t = toks[j].tokenType;
    return t === KW.lambda || t === T.colon || (EXPR_BOUNDARY.has(toks[j].tokenTypeIdx) && t !== T.comma && t !== T.eq);
  });
  return b >= 0 && toks[b].tokenType === KW.lambda;
}

/** forgottenComma's search, which parses. */
function findForgottenComma(p: PyParser, toks: IToken[], i: number, floor: number): void {
  // A `not` that is no `not in` starts b (`(~x not x)`), though the parse failed after it.
  if (i > floor + 1 && toks[i - 1].tokenType === KW.not && toks[i].tokenType !== KW.in) i--;
  if (i < 1 || !EXPR_START.has(toks[i].tokenTypeIdx) || !EXPR_END.has(toks[i - 1].tokenTypeIdx)) return;
  // a: back from toks[i - 1] over a balanced run of tokens to where an expression begins.
  let depth = 0;
  let k = i - 1;
  for (; k >= floor; k--) {
    const t = toks[k].tokenType;
    if (t === T.rpar || t === T.rsqb || t === T.rbrace) depth++;
    else if (t === T.lpar || t === T.lsqb || t === T.lbrace) {
      if (depth === 0) break;
      depth--;
    } else if (depth === 0 && (t === T.star || t === T.dstar)) {
      // * and ** start an item (unpacking) only where no operand precedes them. Its operand is an
      // expression, where invalid_expression looks, only in call arguments and subscripts, for a '*'
      // first in brackets (invalid_comprehension's starred_expression) and a '**' first in
      // parentheses (invalid_group's); elsewhere it is a bitwise_or.
      if (k === 0 || !EXPR_END.has(toks[k - 1].tokenTypeIdx)) {
        const first = k > 0 && (t === T.star ? isOpenBracket(toks[k - 1]) : toks[k - 1].tokenType === T.lpar);
        if (!first && callArguments(toks, k) < 0 && !inSubscript(toks, k)) return;
        break;
      }
    } else if (depth === 0 && (EXPR_BOUNDARY.has(toks[k].tokenTypeIdx) || (t === KW.in && forClause(toks, k) >= 0))) break;
  }
  // Lambda parameters are not an expression, nor are a comprehension's iterable and conditions (disjunctions).
  if (k >= 0 && (afterLambdaParameters(toks, k) || inComprehensionClause(toks, k))) return;
  // Raised only inside brackets (the token level CPython checks once it has read a and b).
  let level = 0;
  for (let j = k; j >= 0 && level <= 0; j--) {
    const t = toks[j].tokenType;
    if (t === T.rpar || t === T.rsqb || t === T.rbrace) level--;
    else if (t === T.lpar || t === T.lsqb || t === T.lbrace) level++;
    else if (level === 0 && (t === NEWLINE || t === INDENT || t === DEDENT)) break;
  }
  // The names an import takes in parentheses are no expressions, nor are a def's parameters (but
  // their defaults and annotations are).
  if (level > 0) {
    const open = levelStop(toks, i, () => false);
    if (toks[open - 1]?.tokenType === KW.import) return;
    if (toks[open - 2]?.tokenType === KW.def && (k === open || [T.comma, T.star, T.dstar, T.slash].includes(toks[k].tokenType))) return;
  }
  let aStart = k + 1;
  let aEnd = i - 1;
  // No a at a name before a string or at a soft keyword (skipsInvalidExpression), and none to report
  // where a is print or exec alone. After such a name invalid_legacy_expression reads star_expressions,
  // where invalid_expression looks again: a is the disjunction after the name (`f(m - 1 1)`, `f(a 'x' b)`).
  const skipped = (): boolean => skipsInvalidExpression(toks, aStart) || (aEnd === aStart && isLegacyName(toks[aStart]));
  while (skipped()) {
    if (toks[aStart + 1].tokenType === T.lpar || !EXPR_START.has(toks[aStart + 1].tokenTypeIdx)) return;
    aStart++;
    // (A string read there that doesn't decode is the error.)
    if (!parsesFrom(p, toks, aStart, () => p.disjunction())) return;
    aEnd = toks.indexOf(p.lastConsumed());
    p.furthest = toks[aEnd + 1]; // (fetched to see whether a goes on: a tokenizer error there wins)
  }
  i = aEnd + 1;
  // b: an expression must parse from toks[i] (b itself invalid is no forgotten comma), or where a
  // conditional expression has no `else`, its disjunction (expression_without_invalid gives it up).
  if (!parsesFrom(p, toks, i, () => p.expression()) && !parsesFrom(p, toks, i, () => p.disjunction())) return;
  const bEnd = p.lastConsumed();
  // CPython's parser fetched the token after b, to see whether b goes on: a tokenizer error there wins (parse()).
  p.furthest = toks[toks.indexOf(bEnd) + 1] ?? p.furthest;
  if (level <= 0) return;
  p.raiseAt('invalid syntax. Perhaps you forgot a comma?', toks[groupStart(toks, aStart, i - 1)], bEnd);
}

/**
 * A statement's items run on without a comma (`a, b c = 1`, failing at toks[i]): outside brackets
 * nothing says "forgot a comma", but the statement is no assignment, so CPython's invalid_assignment
 * reads it as `star_named_expression ',' star_named_expressions* ':' expression`, which goes on
 * reading items across the gaps. Each item gets invalid_named_expression's check (`c = 1`), and a
 * ':' after them makes it an annotated tuple.
 */
function unseparatedItems(p: PyParser, toks: IToken[], i: number): void {
  // The statement's start, with no '=' (an assignment's own rule would have taken it) or open bracket before toks[i].
  const boundary = levelStop(toks, i, (k) => {
    const t = toks[k].tokenType;
    return t === NEWLINE || t === INDENT || t === DEDENT || t === T.semi || t === T.eq || t === T.colon || t === T.walrus;
  });
  if (boundary >= 0) {
    const t = toks[boundary].tokenType;
    const headerColon = t === T.colon && COMPOUND_KEYWORDS.has(toks[lineStart(toks, boundary)].tokenTypeIdx);
    if (isOpenBracket(toks[boundary]) || t === T.eq || t === T.walrus || (t === T.colon && !headerColon)) return;
  }
  const s = boundary + 1;
  let k = s;
  /** Reads a star_named_expression at toks[k]; false where none parses. */
  const item = (): boolean => {
    // `print x` among the items is invalid_legacy_expression, as where any expression starts.
    if (isLegacyName(toks[k]) && EXPR_START.has(toks[k + 1].tokenTypeIdx) && toks[k + 1].tokenType !== T.lpar) legacyCall(p, toks, k + 1);
    if (!parsesFrom(p, toks, k, () => p.starNamedExpression(), false)) return false;
    k += p.input.indexOf(p.lastConsumed()) + 1;
    return true;
  };
  if (!EXPR_START.has(toks[s].tokenTypeIdx) || !item() || toks[k].tokenType !== T.comma) return;
  const firstEnd = toks[k - 1];
  k++;
  while (EXPR_START.has(toks[k].tokenTypeIdx) && item()) {
    if (toks[k].tokenType === T.comma) k++;
  }
  if (toks[k].tokenType !== T.colon || !parsesFrom(p, toks, k + 1, () => p.expression(), false)) return;
  p.raiseAt('only single target (not tuple) can be annotated', toks[s], firstEnd);
}

/** Keywords that open a compound statement: a simple statement may follow its header's ':' on the same line. */
const COMPOUND_KEYWORDS = new Set<number>();
for (const t of [KW.if, KW.elif, KW.else, KW.while, KW.for, KW.with, KW.try, KW.except, KW.finally, KW.def, KW.class, KW.async]) COMPOUND_KEYWORDS.add(t.tokenTypeIdx!);

/**
 * Back from toks[i - 1] over balanced brackets: the index of the first token at toks[i]'s bracket
 * level for which `stop` holds, or of a bracket still open there (whichever comes first), or -1.
 */
function levelStop(toks: IToken[], i: number, stop: (k: number) => boolean): number {
  let depth = 0;
  for (let k = i - 1; k >= 0; k--) {
    const t = toks[k].tokenType;
    if (t === T.rpar || t === T.rsqb || t === T.rbrace) depth++;
    else if (t === T.lpar || t === T.lsqb || t === T.lbrace) {
      if (depth-- === 0) return k;
    } else if (depth === 0 && stop(k)) return k;
  }
  return -1;
}

function isOpenBracket(t: IToken): boolean {
  return t.tokenType === T.lpar || t.tokenType === T.lsqb || t.tokenType === T.lbrace;
}

/** Whether a bracket opened before toks[i] on its logical line is still open there. */
function insideBrackets(toks: IToken[], i: number): boolean {
  const k = levelStop(toks, i, (j) => toks[j].tokenType === NEWLINE || toks[j].tokenType === INDENT || toks[j].tokenType === DEDENT);
  return k >= 0 && isOpenBracket(toks[k]);
}

/** The index of the first token of the logical line holding toks[i]. */
function lineStart(toks: IToken[], i: number): number {
  let depth = 0;
  for (; i > 0; i--) {
    const t = toks[i - 1].tokenType;
    if (t === T.rpar || t === T.rsqb || t === T.rbrace) depth++;
    else if (t === T.lpar || t === T.lsqb || t === T.lbrace) depth--;
    else if (depth <= 0 && (t === NEWLINE || t === INDENT || t === DEDENT)) break;
  }
  return i;
}

/** Whether toks[i] lies in a subscript's brackets at their own level. */
function inSubscript(toks: IToken[], i: number): boolean {
  const k = levelStop(toks, i, (j) => toks[j].tokenType === NEWLINE || toks[j].tokenType === INDENT || toks[j].tokenType === DEDENT);
  return k > 0 && toks[k].tokenType === T.lsqb && EXPR_END.has(toks[k - 1].tokenTypeIdx);
}

/** The '(' of the call (or class) whose arguments hold toks[i] at their own level, or -1. */
function callArguments(toks: IToken[], i: number): number {
  let depth = 0;
  for (let k = i - 1; k >= 0; k--) {
    const t = toks[k].tokenType;
    if (t === T.rpar || t === T.rsqb || t === T.rbrace) depth++;
    else if (t === T.lsqb || t === T.lbrace) {
      if (depth-- === 0) return -1;
    } else if (t === T.lpar) {
      if (depth-- > 0) continue;
      const call = k > 0 && EXPR_END.has(toks[k - 1].tokenTypeIdx) && toks[k - 2]?.tokenType !== KW.def;
      return call ? k : -1;
    } else if (depth === 0 && (t === NEWLINE || t === INDENT || t === DEDENT)) return -1;
  }
  return -1;
}

/**
 * invalid_arguments' "iterable argument unpacking follows keyword argument unpacking" for a call
 * (its '(' at toks[c]) that failed at toks[i]: CPython reads the arguments as positional ones then
 * keywords, or as keywords alone (`x=1` and `*a`, then `x=1` and `**m`), and a '*' right after those
 * keywords is the error, wherever the parse went wrong after it (`f(*a, * *b)`, `f(**m, *a, *)`);
 * so is a positional argument right after them ("positional argument follows keyword argument",
 * `f(a=1, b** =2)`).
 */
function argumentsAfterKeywords(p: PyParser, toks: IToken[], c: number, i: number): void {
  // The arguments before toks[i]'s, by their first tokens.
  const starts: number[] = [];
  let depth = 0;
  let lambdaParams = 0; // lambdas whose parameters (and their commas) are being read, at depth 0
  for (let k = c + 1; k <= i; k++) {
    const t = toks[k].tokenType;
    if (depth === 0 && lambdaParams === 0 && (k === c + 1 || toks[k - 1].tokenType === T.comma)) starts.push(k);
    if (t === T.lpar || t === T.lsqb || t === T.lbrace) depth++;
    else if (t === T.rpar || t === T.rsqb || t === T.rbrace) depth--;
    else if (depth === 0 && t === KW.lambda) lambdaParams++;
    else if (depth === 0 && t === T.colon && lambdaParams > 0) lambdaParams--;
  }
  const last = starts.length - 1;
  /** How the argument starting at toks[k] reads; the one the parse failed in counts only as far as it got. */
  const kind = (j: number): 'star' | 'dstar' | 'kw' | 'pos' | 'failed' => {
    const k = starts[j];
    const t = toks[k].tokenType;
    const [what, reached] = t === T.star ? ['star', k + 1] as const : t === T.dstar ? ['dstar', k + 1] as const
      : t === NAME && toks[k + 1].tokenType === T.eq ? ['kw', k + 2] as const : ['pos', k] as const;
    return j === last && i <= reached ? 'failed' : what;
  };
  // kwargs from argument j: a run of keywords and `*a`, then one of keywords and `**m` (each greedy).
  const kwargsEnd = (j: number): number => {
    const first = j;
    while (j < starts.length && (kind(j) === 'kw' || kind(j) === 'star')) j++;
    while (j < starts.length && (kind(j) === 'kw' || kind(j) === 'dstar')) j++;
    return j === first ? -1 : j;
  };
  // Positional arguments (and `*a`) first, then kwargs; else kwargs alone.
  let g = 0;
  while (g < starts.length && (kind(g) === 'pos' || kind(g) === 'star')) g++;
  let end = g > 0 ? kwargsEnd(g) : -1;
  if (end < 0) end = kwargsEnd(0);
  if (end < 0 || end > last) return;
  if (toks[starts[end]].tokenType === T.star) {
    p.raiseAt('iterable argument unpacking follows keyword argument unpacking', toks[starts[end]], toks[starts[end]]);
  }
  // `args ',' args`: a positional argument after arguments that end in keywords, where CPython's
  // parse stood (past a `NAME`, its `NAME '='` look-ahead fetched the next token). Its args reads
  // positional arguments first where it can, kwargs alone only where it can't.
  const argsEnd = g > 0 ? kwargsEnd(g) : kwargsEnd(0);
  if (argsEnd < 0 || argsEnd > last || kind(argsEnd) !== 'pos') return;
  let unpacking = false;
  for (let j = 0; j < argsEnd; j++) unpacking ||= kind(j) === 'dstar';
  const blamed = toks[i].tokenType === NAME && i + 1 < toks.length ? toks[i + 1] : toks[i];
  p.raiseAt(`positional argument follows keyword argument${unpacking ? ' unpacking' : ''}`, blamed);
}

/** Tokens a disjunction is made of outside brackets. */
const DISJUNCTION_TOKENS = new Set<number>();
for (const t of [NAME, NUMBER, STRING, KW.None, KW.True, KW.False, T.ellipsis, T.dstar, T.dot, KW.not, KW.and, KW.or,
  KW.in, KW.is, KW.await, BINOP, UNARYOP, COMPOP]) {
  DISJUNCTION_TOKENS.add(t.tokenTypeIdx!);
  for (const c of (t as { categoryMatches?: number[] }).categoryMatches ?? []) DISJUNCTION_TOKENS.add(c);
}

/**
 * The `if` of a conditional expression whose condition the parse failed in at toks[i] (the
 * condition's tokens, at its own bracket level, lie between), or -1.
 */
function conditionIf(toks: IToken[], i: number): number {
  let depth = 0;
  let blocked = false; // a token no disjunction has, at the level scanned
  for (let k = i - 1; k >= 0; k--) {
    const t = toks[k].tokenType;
    if (t === T.rpar || t === T.rsqb || t === T.rbrace) depth++;
    else if (t === T.lpar || t === T.lsqb || t === T.lbrace) {
      // An unclosed bracket: what was scanned lies inside it, part of an operand of the condition.
      if (depth-- === 0) {
        depth = 0;
        blocked = false;
      }
    } else if (depth === 0) {
      if (t === KW.if) return blocked || k === 0 || !EXPR_END.has(toks[k - 1].tokenTypeIdx) || inComprehensionClause(toks, k) ? -1 : k;
      if (t === NEWLINE || t === INDENT || t === DEDENT) return -1;
      if (!DISJUNCTION_TOKENS.has(toks[k].tokenTypeIdx)) blocked = true;
    }
  }
  return -1;
}

/** How many shorter runs incompleteCondition and forTarget try before they give up (each is a parse). */
const CONDITION_TRIES = 64;

/** The longest run of toks from k, ending before `end`, that `rule` parses whole: its end and value. */
function longestParse<R>(p: PyParser, toks: IToken[], k: number, end: number, rule: () => R): [number, R] | null {
  for (let e = end, tries = 0; e > k && tries < CONDITION_TRIES; e--, tries++) {
    const r = parseFrom(p, toks.slice(0, e), k, rule);
    if (r !== null && p.lastConsumed() === toks[e - 1]) return [e, r];
  }
  return null;
}

/**
 * A `for` target that is none (the parse failed at toks[i], before the `in`), as CPython reads it:
 * invalid_for_target reads the longest star_expressions after `for`, and an invalid target there
 * is the error; else the error is invalid syntax where its first pass stopped, after the longest
 * run of targets (`for ch ** in`, `for i* , v in`).
 */
function forTarget(p: PyParser, toks: IToken[], i: number): void {
  const f = levelStop(toks, i, (k) => {
    const t = toks[k].tokenType;
    return t === KW.for || t === KW.in || t === NEWLINE || t === INDENT || t === DEDENT || t === T.colon || t === T.semi;
  });
  if (f < 0 || toks[f].tokenType !== KW.for) return;
  // invalid_legacy_expression in invalid_for_target's star_expressions (`for print x in y`).
  if (isLegacyName(toks[f + 1]) && startsLegacyCall(toks, f + 2)) legacyCall(p, toks, f + 2);
  // CPython's star_expressions run as far as they go, past `in` too (`for lambda: 1 in x`); where ours
  // can't give up an operator as its PEG parse does (`for f() ** in x`), up to the failure.
  const expressions = parseFrom(p, toks, f + 1, () => p.starExpressions()) ?? longestParse(p, toks, f + 1, i, () => p.starExpressions())?.[1];
  if (expressions === undefined) return;
  const bad = p.invalidTarget(expressions, false, true);
  if (bad) p.raiseAt(`cannot assign to ${exprName(bad)}`, bad, bad);
  const targets = longestParse(p, toks, f + 1, i, () => p.starTargets());
  if (targets === null) return;
  // After a '.', CPython's t_primary fetched the next token to see whether a name follows (`for x . in`).
  const stop = toks[targets[0]].tokenType === T.dot ? targets[0] + 1 : targets[0];
  if (stop !== i) p.invalidSyntax(toks[stop]);
}

/**
 * invalid_expression's "expected 'else' after 'if' expression" where the condition is incomplete
 * (`a if x < < 0 else b`, failing at toks[i]): CPython's disjunction gives up the incomplete
 * operation and ends before it, where neither 'else' nor ':' follows. toks[ifAt] is the `if`.
 */
function incompleteCondition(p: PyParser, toks: IToken[], ifAt: number, i: number): void {
  // b: the longest run after `if` that is a whole disjunction.
  let e = i;
  for (let tries = 0; ; e--, tries++) {
    if (e <= ifAt + 1 || tries === CONDITION_TRIES) return;
    if (parsesFrom(p, toks.slice(0, e), ifAt + 1, () => p.disjunction()) && p.lastConsumed() === toks[e - 1]) break;
  }
  if (toks[e].tokenType === KW.else || toks[e].tokenType === T.colon) return;
  // a: the disjunction the `if` follows, back to where it starts.
  const s = levelStop(toks, ifAt, (k) => !DISJUNCTION_TOKENS.has(toks[k].tokenTypeIdx)) + 1;
  if (s >= ifAt || !parsesFrom(p, toks.slice(0, ifAt), s, () => p.disjunction()) || p.lastConsumed() !== toks[ifAt - 1]) return;
  raiseMissingElse(p, toks, s, ifAt, e);
}

/**
 * Where the expression toks[s..e] starts as CPython positions it: inside the parentheses when it is
 * a parenthesised expression (a group, not a tuple or generator, which keep theirs).
 */
function groupStart(toks: IToken[], s: number, e: number): number {
  while (toks[s].tokenType === T.lpar && toks[e].tokenType === T.rpar && s + 1 < e) {
    let depth = 0;
    for (let j = s + 1; j < e; j++) {
      const t = toks[j].tokenType;
      if (t === T.lpar || t === T.lsqb || t === T.lbrace) depth++;
      else if (t === T.rpar || t === T.rsqb || t === T.rbrace) {
        if (depth === 0) return s; // the '(' closes before e: not one group
        depth--;
      } else if (depth === 0 && (t === T.comma || t === KW.for)) return s;
    }
    s++;
    e--;
  }
  return s;
}

const SOFT_KEYWORDS = ['_', 'case', 'match'];

/** Tokens after which a legacy `print x` is in an expression's place (not a disjunction's; after `for`, invalid_for_target's star_expressions). */
const LEGACY_CALL_AFTER = new Set<number>();
for (const t of [NEWLINE, INDENT, DEDENT, T.semi, T.lpar, T.lsqb, T.lbrace, T.comma, T.eq, T.colon, T.walrus, T.arrow,
  KW.if, KW.elif, KW.while, KW.return, KW.else, KW.yield, KW.assert, KW.raise, KW.with, KW.in, KW.for]) LEGACY_CALL_AFTER.add(t.tokenTypeIdx!);

/** Whether toks[i - 1] (print or exec) and an expression from toks[i] are CPython's invalid_legacy_expression. */
function startsLegacyCall(toks: IToken[], i: number): boolean {
  const next = toks[i];
  if (!next || !EXPR_START.has(next.tokenTypeIdx) || next.tokenType === T.lpar) return false;
  // The rule's own star_expressions starts an expression after its NAME, so names run on outside
  // brackets (`x = a b print "x"`) reach `print` too; inside them a forgotten comma is reported first.
  let b = i - 2;
  while (b >= 0 && toks[b].tokenType === NAME && !insideBrackets(toks, b)) b--;
  const before = toks[b];
  if (!before) return true;
  // A comprehension's iterable and conditions are disjunctions; an `in` outside a for clause is a comparison.
  if (before.tokenType === KW.in && forClause(toks, b) < 0) return false;
  if (inComprehensionClause(toks, b)) return false;
  return LEGACY_CALL_AFTER.has(before.tokenTypeIdx) || tokenMatcher(before, AUGASSIGN);
}

function isLegacyName(t: IToken): boolean {
  return t.tokenType === NAME && (t.image === 'print' || t.image === 'exec');
}

/**
 * invalid_legacy_expression: `print x` or `exec x` (toks[i - 1] the name) where an expression
 * starts, spanning the expressions after it; a forgotten comma among those is reported first.
 */
function legacyCall(p: PyParser, toks: IToken[], i: number): void {
  const name = toks[i - 1];
  if (!parsesFrom(p, toks, i, () => p.starExpressions())) return;
  const end = p.lastConsumed();
  forgottenComma(p, toks, toks.indexOf(end) + 1, i);
  p.raiseAt(`Missing parentheses in call to '${name.image}'. Did you mean ${name.image}(...)?`, name, end);
}

/**
 * invalid_legacy_expression reads star_expressions after any name where an expression starts (it
 * checks for print and exec only after), and so after each name of a run of them: CPython's second
 * pass tries invalid_expression there too. Its second form is the error where a conditional has no
 * `else` (`print 1 if c`, `x = a b if y`; the first, a forgotten comma, is forgottenComma's); else
 * a string read there that doesn't decode is. toks[i] is where the parse failed, after a name.
 */
function legacyExpression(p: PyParser, toks: IToken[], i: number): void {
  // A `not` that is no `not in` starts the expression (`a not b if y`), though the parse failed after it.
  if (i > 1 && toks[i - 1].tokenType === KW.not && toks[i].tokenType !== KW.in) i--;
  if (toks[i - 1]?.tokenType !== NAME || !startsLegacyCall(toks, i)) return;
  keepingInput(p, () => {
    let q = i;
    for (;;) {
      missingElse(p, toks, q);
      if (toks[q].tokenType !== NAME || !EXPR_START.has(toks[q + 1].tokenTypeIdx) || toks[q + 1].tokenType === T.lpar) break;
      q++;
    }
    parsesFrom(p, toks, q, () => p.starExpressions());
  });
}

/**
 * "expected 'else' after 'if' expression" from a (toks[s] to the `if` at toks[ifAt]) to b (up to
 * toks[e]), each inside any parentheses it has, as CPython positions the nodes.
 */
function raiseMissingElse(p: PyParser, toks: IToken[], s: number, ifAt: number, e: number): never {
  const bStart = ifAt + 1;
  p.raiseAt("expected 'else' after 'if' expression", toks[groupStart(toks, s, ifAt - 1)], toks[e - 1 - (groupStart(toks, bStart, e - 1) - bStart)]);
}

/** invalid_expression's !(NAME STRING | SOFT_KEYWORD) at toks[s] (3.11 compares a name with the soft keywords over the name's length, so a prefix of one counts). */
function skipsInvalidExpression(toks: IToken[], s: number): boolean {
  return toks[s].tokenType === NAME && (toks[s + 1].tokenType === STRING || SOFT_KEYWORDS.some((k) => k.startsWith(toks[s].image)));
}

/** invalid_expression's `a=disjunction 'if' b=disjunction !('else'|':')` at toks[s] (its lookahead is its first form's only). */
function missingElse(p: PyParser, toks: IToken[], s: number): void {
  if (!parsesFrom(p, toks, s, () => p.disjunction())) return;
  const ifAt = toks.indexOf(p.lastConsumed()) + 1;
  if (toks[ifAt].tokenType !== KW.if || !parsesFrom(p, toks, ifAt + 1, () => p.disjunction())) return;
  const e = toks.indexOf(p.lastConsumed()) + 1;
  if (toks[e].tokenType === KW.else || toks[e].tokenType === T.colon) return;
  p.furthest = toks[e];
  raiseMissingElse(p, toks, s, ifAt, e);
}

/** Whether the '*' at toks[i] is among a `del` statement's targets (at their bracket depth). */
function inDeleteTargets(toks: IToken[], i: number): boolean {
  // Back over targets (names, trailers, commas) to the `del`.
  const k = levelStop(toks, i, (j) => {
    const t = toks[j].tokenType;
    return t === KW.del || !(t === T.comma || EXPR_END.has(toks[j].tokenTypeIdx) || t === T.dot);
  });
  return k >= 0 && toks[k].tokenType === KW.del;
}

/** invalid_del_stmt for `del *x` or `del a, *x` (toks[i] a '*' among its targets). */
function starredDelete(p: PyParser, toks: IToken[], i: number): void {
  if (!parsesFrom(p, toks, i + 1, () => p.bitor())) return;
  p.raiseAt('cannot delete starred', toks[i], p.lastConsumed());
}

/** invalid_group: `(** expression)` (toks[i] is the '**' the parse failed at). */
function doubleStarredGroup(p: PyParser, toks: IToken[], i: number): void {
  if (toks[i].tokenType !== T.dstar || toks[i - 1]?.tokenType !== T.lpar) return;
  if (!parsesFrom(p, toks, i + 1, () => p.expression())) return;
  // The expression runs into another (`(**a b)`): invalid_expression, within invalid_group.
  if (p.peek(1).tokenType !== T.rpar) return forgottenComma(p, toks, i + 1 + p.input.indexOf(p.peek(1)));
  p.raiseAt('cannot use double starred expression here', toks[i], toks[i]);
}

/**
 * invalid_parameters / invalid_lambda_parameters: `def f(a, (b, c)):` — after plain parameters,
 * a parenthesised run of plain names (toks[i] is the '(' the parse failed at).
 */
function parenthesizedParameters(p: PyParser, toks: IToken[], i: number): void {
  if (toks[i].tokenType !== T.lpar) return;
  // Back over `name,` pairs to the list's opening: `def NAME (` or `lambda`.
  let k = i - 1;
  while (k >= 1 && toks[k].tokenType === T.comma && toks[k - 1].tokenType === NAME) k -= 2;
  let lambda: boolean;
  if (toks[k].tokenType === KW.lambda) lambda = true;
  else if (toks[k].tokenType === T.lpar && toks[k - 1]?.tokenType === NAME && toks[k - 2]?.tokenType === KW.def) lambda = false;
  else return;
  // Forward: NAME (, NAME)* [,] )
  let j = i + 1;
  if (toks[j].tokenType !== NAME) return;
  while (toks[j].tokenType === NAME) {
    j++;
    if (toks[j].tokenType !== T.comma) break;
    j++;
  }
  if (toks[j].tokenType !== T.rpar) return;
  p.raiseAt(`${lambda ? 'Lambda expression' : 'Function'} parameters cannot be parenthesized`, toks[i], toks[j]);
}

/** The index of the `for` whose clause the `in` or `if` at toks[k] belongs to (at the same bracket depth), or -1. */
function forClause(toks: IToken[], k: number): number {
  let depth = 0;
  // Back from an `in`, the targets: names, dots, stars and commas outside brackets. Back from an `if`,
  // an iterable (no comma outside brackets), then its `in`.
  let targets = toks[k].tokenType === KW.in;
  for (let j = k - 1; j >= 0; j--) {
    const t = toks[j].tokenType;
    if (t === T.rpar || t === T.rsqb || t === T.rbrace) depth++;
    else if (t === T.lpar || t === T.lsqb || t === T.lbrace) {
      if (depth === 0) return -1;
      depth--;
    } else if (depth > 0) continue;
    else if (t === KW.for) return j;
    else if (targets) {
      if (t !== NAME && t !== T.dot && t !== T.star && t !== T.comma) return -1;
    } else if (t === KW.in) targets = true;
    else if (t === T.comma || t === NEWLINE) return -1;
  }
  return -1;
}

/** _PyPegen_get_last_comprehension_item: the last clause's last condition, or its iterable. */
function lastComprehensionItem(gens: A.comprehension[]): A.expr {
  const last = gens[gens.length - 1];
  return last.ifs.at(-1) ?? last.iter;
}

/** Whether the `in` or `if` at toks[k] belongs to a comprehension's for clause (its `for` follows an expression, a statement's does not). */
function inComprehensionClause(toks: IToken[], k: number): boolean {
  if (toks[k].tokenType !== KW.in && toks[k].tokenType !== KW.if) return false;
  const f = forClause(toks, k);
  const g = toks[f - 1]?.tokenType === KW.async ? f - 2 : f - 1;
  return f >= 0 && g >= 0 && EXPR_END.has(toks[g].tokenTypeIdx);
}

/** The PEP 263 coding cookie in the first two lines of `bytes` (its match, the name in [1]), if any. */
function codingCookie(bytes: Uint8Array): RegExpExecArray | null {
  let end = 0;
  for (let nl = 0; end < bytes.length && end < 400; end++) if (bytes[end] === 10 && ++nl === 2) break;
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, end));
  return /^[ \t\f]*#.*?coding[:=][ \t]*([-\w.]+)/m.exec(head);
}

/** Decodes source bytes: a PEP 263 coding cookie in the first two lines, else UTF-8 (strict, like CPython). */
function decodeSource(bytes: Uint8Array, filename: string): string {
  const m = codingCookie(bytes);
  let label = m ? m[1].toLowerCase() : 'utf-8';
  if (label === 'latin-1' || label.startsWith('iso-latin-1')) label = 'iso-8859-1';
  if (label === 'utf8' || label.startsWith('utf-8-')) label = 'utf-8';
  let decoder: TextDecoder;
  try {
    decoder = new TextDecoder(label, { fatal: true });
  } catch {
    throw new PySyntaxError('SyntaxError', `unknown encoding: ${m ? m[1] : label}`, filename, 0, -1, null);
  }
  try {
    return decoder.decode(bytes);
  } catch {
    throw new PySyntaxError('SyntaxError', `(unicode error) '${label}' codec can't decode source`, filename, 1, -1, null);
  }
}

/** What ast.parse parses: a module, an expression, an interactive statement or a signature type comment. */
export type ParseMode = 'exec' | 'eval' | 'single' | 'func_type';

/** ast.parse's options besides the mode. */
export interface ParseOptions {
  /**
   * Read type comments, as `ast.parse(..., type_comments=True)` does (CPython's PyCF_TYPE_COMMENTS;
   * `python3 -m ast` asks for them): a misplaced one is then a SyntaxError. compile() reads none.
   */
  typeComments?: boolean;
}

/** Parses Python source to CPython's AST; throws PySyntaxError for invalid input. */
export function parse(source: string | Uint8Array, filename = '<unknown>', mode: ParseMode = 'exec', options: ParseOptions = {}): A.mod {
  let text = typeof source === 'string' ? source : decodeSource(source, filename);
  // CPython's parser gives bytes without a declared encoding (no cookie, no BOM) byte columns.
  const declared = typeof source === 'string' || (source[0] === 0xef && source[1] === 0xbb && source[2] === 0xbf) || codingCookie(source) !== null;
  // A UTF-8 BOM opens a file's bytes; in a str it is a character like any other (U+FEFF, invalid).
  if (typeof source !== 'string' && text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (text.indexOf('\r') >= 0) text = text.replace(/\r\n?/g, '\n');
  const p = parser();
  const nul = text.indexOf('\0');
  if (nul >= 0) {
    // CPython's file reader ends the line at the NUL and reports it there without a caret.
    const before = text.slice(0, nul);
    const line = before.split('\n').length;
    const lineText = before.slice(before.lastIndexOf('\n') + 1);
    throw new PySyntaxError('SyntaxError', 'source code cannot contain null bytes', filename, line, -1, lineText, line, -1);
  }
  p.columns = declared ? 'codepoints' : 'bytes';
  const typeComments = options.typeComments ? { execInput: mode === 'exec' } : null;
  const { tokens, source: src, unclosed, stopped, typeIgnores } = tokenize(text, filename, p.columns, typeComments);
  p.src = src;
  p.typeIgnores = typeIgnores;
  p.filename = filename;
  p.mode = mode;
  p.stackBase = STACK_BASE[mode];
  p.stopped = false;
  p.furthest = null;
  p.firstPassError = null;
  p.typeCommentDef = null;
  parenToks = new Map();
  p.fstringJobs = [];
  p.input = tokens;
  let result: A.mod;
  try {
    result = parseTokens(p, mode, unclosed !== null);
  } catch (thrown) {
    if (!(thrown instanceof PySyntaxError)) throw thrown;
    // A def with its type comment alone on the next line is an error to CPython's second pass
    // (invalid_def_raw's `':' NEWLINE !INDENT`), which meets it before anything after it: unless
    // its first pass raised the error, that one is raised, where the first pass stopped (taken to
    // be where the error is). Then no diagnosis read further.
    const def = p.typeCommentDef as IToken | null; // (set during parseTokens)
    const secondPass = def !== null && thrown !== p.firstPassError;
    const e = secondPass ? defWithoutBlock(def, thrown) : thrown;
    const furthest = secondPass ? null : p.furthest as IToken | null; // (set during parseTokens)
    if (stopped) {
      // (A diagnosis that fetched the ERRORTOKEN, looking past its error, reached it too.)
      const reached = reachedStop(e, tokens, p) || (furthest !== null && furthest === tokens[tokens.length - 2]);
      const genericIndent = e.type === 'IndentationError' && (e.msg === 'unexpected indent' || e.msg === 'unexpected unindent');
      if (stopped.lazy ? reached : reached || !genericIndent) throw stopped.error;
    }
    // Text ending inside brackets: CPython's tokenizer reports it when the parser reaches the end, and
    // it replaces a parser error found on a later line than the open bracket (the rest of the source
    // is tokenized to look for such errors) or on a line before the furthest token the parser fetched.
    const atEnd = furthest !== null && (furthest.tokenType === ENDMARKER || furthest.tokenType === EOF || (furthest.tokenType === NEWLINE && furthest.image === ''));
    if (unclosed && (atEnd || errorAtEnd(e, tokens, src) || Math.max(e.lineno, e.endLineno, furthest?.startLine ?? 0) > unclosed.lineno)) {
      throw unclosed;
    }
    throw e;
  }
  if (unclosed) throw unclosed;
  return result;
}

/** invalid_def_raw's error for `def`, where `at` stands. */
function defWithoutBlock(def: IToken, at: PySyntaxError): PySyntaxError {
  return new PySyntaxError('IndentationError', `expected an indented block after function definition on line ${def.startLine}`,
    at.filename, at.lineno, at.offset, at.text, at.endLineno, at.endOffset);
}

/** `unclosed`: the text ends inside brackets. */
function parseTokens(p: PyParser, mode: ParseMode, unclosed: boolean): A.mod {
  try {
    const start: () => A.mod = mode === 'eval' ? () => p.evalInput() : mode === 'single' ? () => p.interactive()
      : mode === 'func_type' ? () => p.funcTypeInput() : () => p.file();
    const result = runStartRule(p, start, () => fieldErrorsFirst(p, unclosed));
    runFStringJobs(p);
    return result;
  } finally {
    parenToks.clear();
  }
}

/**
 * Runs a start rule over p.input. Where the parse stops, the error is diagnosed as CPython's second
 * pass diagnoses it (after `beforeDiagnosis`), and raised as a PySyntaxError.
 */
function runStartRule<R>(p: PyParser, rule: () => R, beforeDiagnosis?: () => void): R {
  try {
    return parseAndDiagnose(p, rule, beforeDiagnosis);
  } catch (e) {
    // An error reading a string atom stands wherever CPython's parse reads it, first pass or second.
    if (e instanceof StringsError) {
      const error = p.errorAt(e.msg, e.after, e.after);
      throw e.firstPass ? p.firstPass(error) : error;
    }
    throw e;
  }
}

/** runStartRule's parse and diagnosis, from which an error reading strings comes out as it was thrown. */
function parseAndDiagnose<R>(p: PyParser, rule: () => R, beforeDiagnosis?: () => void): R {
  try {
    const result = rule();
    if (p.errors.length > 0) {
      beforeDiagnosis?.();
      failure(p);
    }
    return result;
  } catch (e) {
    if (e instanceof Undiagnosed || e instanceof MissingSeparator || e instanceof ClausesAfter || e instanceof PySyntaxError || e instanceof StringsError) {
      beforeDiagnosis?.();
    }
    if (e instanceof StringsError) throw e;
    const toks = p.input;
    if (e instanceof Undiagnosed || e instanceof MissingSeparator || e instanceof ClausesAfter) p.stopped = true;
    if (e instanceof Undiagnosed) {
      expressionDiagnoses(p, toks, toks.indexOf(e.token));
      p.invalidSyntax(e.token);
    }
    if (e instanceof ClausesAfter) {
      const furthest = clausesParse(p, toks, toks.indexOf(e.clauses));
      if (furthest !== null) {
        p.furthest = furthest; // (the clauses may run on to later lines: an unclosed bracket's error then wins)
        p.raiseAt(e.msg, e.from, e.to);
      }
      p.invalidSyntax(e.clauses);
    }
    if (e instanceof MissingSeparator) {
      expressionDiagnoses(p, toks, toks.indexOf(e.token));
      p.invalidSyntax(e.blame);
    }
    if (stackExhausted(e)) {
      // The JS stack ran out (in the statement's parse or in an f-string field's) where CPython's
      // parser stack may not. The overflow may have struck inside chevrotain's bookkeeping: the
      // next parse starts on a new parser.
      instance = null;
      throw new ParserStackExhausted();
    }
    throw e;
  }
}

/**
 * A JS stack overflow, seen directly or through what it leaves behind in chevrotain's
 * rule stack when it strikes there ("Invalid array length" while reporting the error).
 */
function stackExhausted(e: unknown): boolean {
  return e instanceof RangeError && /call stack|Invalid array length/i.test(e.message);
}

/** Whether a parser error lies at or after the ERRORTOKEN that ends `tokens`. */
function reachedStop(e: PySyntaxError, tokens: IToken[], p: PyParser): boolean {
  const stop = tokens[tokens.length - 2];
  if (e.lineno !== stop.startLine!) return e.lineno > stop.startLine!;
  return e.offset === -1 || e.offset > p.column(p.src.line(e.lineno), stop.startColumn!);
}

/** Whether a syntax error lies past the last real token (at the NEWLINE, DEDENTs and ENDMARKER the end implies). */
function errorAtEnd(e: PySyntaxError, tokens: IToken[], src: SourceLines): boolean {
  let lastEnd = 0;
  for (let i = tokens.length - 1; i >= 0; i--) {
    const t = tokens[i];
    if (t.tokenType !== NEWLINE && t.tokenType !== DEDENT && t.tokenType !== ENDMARKER && t.tokenType !== INDENT) {
      lastEnd = t.endOffset!; // (this tokenizer's end offsets are exclusive)
      break;
    }
  }
  if (e.lineno > src.lines.length) return true;
  return src.lineStarts[e.lineno - 1] + Math.max(0, e.offset - 1) >= lastEnd;
}

/**
 * invalid_comprehension: what a display holds before a comprehension's clauses (at `clauses`) can't
 * take them (a starred item, several items). Once the parse has stopped, the error from..to is
 * raised if the clauses parse; else CPython's first pass stopped at them, and that is the error.
 */
class ClausesAfter {
  constructor(readonly msg: string, readonly from: Start, readonly to: Start, readonly clauses: IToken) {}
}

/**
 * An error met reading a string atom, raised at `after` once the parse has stopped and the fields
 * of the f-strings read before it are parsed (they cannot be parsed mid-parse).
 */
class StringsError {
  /** `firstPass`: CPython's first pass reads the strings (not only a diagnosis). */
  constructor(readonly msg: string, readonly after: IToken, readonly firstPass: boolean) {}
}

/** An error at `token` to be diagnosed once the parse has stopped (the diagnosis re-parses). */
class Undiagnosed {
  constructor(readonly token: IToken) {}
}

/**
 * Two items in brackets with no comma between them, diagnosed once the parse has stopped: the
 * second starts at `token`; if no comma is missing, the error is invalid syntax at `blame`.
 */
class MissingSeparator {
  constructor(readonly token: IToken, readonly blame: IToken = token) {}
}

/**
 * Whether for_if_clauses parse from toks[k], as CPython's PEG rule does: as far as they go, so a
 * clause's `if` that fails to parse leaves the clauses before it standing (`[*a for x in y if]`).
 * Gives the furthest token the parse fetched, or null where they don't parse.
 */
function clausesParse(p: PyParser, toks: IToken[], k: number): IToken | null {
  if (parsesFrom(p, toks, k, () => p.forIfClauses())) return p.peek(1);
  const failed = p.errors[0]?.token;
  const end = failed === undefined ? -1 : toks.indexOf(failed);
  return end > k && longestParse(p, toks, k, end, () => p.forIfClauses()) !== null ? failed : null;
}

/** The parts of chevrotain's state that say where a stopped parse stood (not in its public types). */
interface RecognizerPosition {
  exportLexerState(): number;
  importLexerState(state: number): void;
}

/**
 * CPython parses an f-string's fields as its first pass reads the string, so an error in a field
 * comes before any the parse meets further on: the fields of the strings read before the parse
 * stopped are parsed first, and the parse's state is put back for its own diagnosis. (Not where
 * the last string ends the text inside brackets: CPython's tokenizer fails on the token after it,
 * before the string's fields are read.)
 */
function fieldErrorsFirst(p: PyParser, unclosed: boolean): void {
  const jobs = p.fstringJobs;
  if (jobs.length === 0) return;
  const input = p.input;
  const after = input[input.indexOf(jobs[jobs.length - 1].string) + 1];
  if (unclosed && (after === undefined || after.tokenType === ENDMARKER || (after.tokenType === NEWLINE && after.image === ''))) return;
  const errors = p.errors;
  const position = (p as unknown as RecognizerPosition).exportLexerState();
  const { stopped, stackBase } = p;
  runFStringJobs(p);
  p.stackBase = stackBase;
  p.input = input;
  p.errors = errors;
  (p as unknown as RecognizerPosition).importLexerState(position);
  p.stopped = stopped;
}

/**
 * Parses the expressions of f-string fields (queued while parsing, since the parser isn't re-entrant).
 * Their errors are CPython's first pass's, unless a diagnosis read the strings.
 */
function runFStringJobs(p: PyParser): void {
  const inFirstPass = !p.stopped;
  const fail = (e: PySyntaxError): PySyntaxError => (inFirstPass ? p.firstPass(e) : e);
  while (p.fstringJobs.length > 0) {
    const jobs = p.fstringJobs;
    p.fstringJobs = [];
    for (const job of jobs) {
      // CPython tokenizes the text as bytes of no declared encoding: its parser's columns count bytes.
      const { tokens, source, stopped } = tokenize(job.text, p.filename, 'bytes');
      if (stopped) throw fail(fieldError(stopped.error, job, ''));
      // The field is parsed where its text stands alone, "(expr)" as CPython parses it, so that
      // errors come out as CPython reports them; the tree is moved to the field's place after.
      const { src: mainSource, columns } = p;
      const queued = p.fstringJobs.length;
      p.src = source;
      p.columns = 'bytes';
      p.stackBase = STACK_BASE.fstring;
      p.input = tokens;
      let e: A.expr;
      try {
        e = runStartRule(p, () => p.fstringInput());
      } catch (err) {
        if (err instanceof PySyntaxError) throw fail(fieldError(err, job, 'f-string: '));
        throw err;
      } finally {
        p.src = mainSource;
        p.columns = columns;
      }
      moveField(e, job);
      // Fields of f-strings in this one were queued with places in its text.
      for (const inner of p.fstringJobs.slice(queued)) {
        if (inner.lineOffset === 0) inner.colOffset += job.colOffset;
        inner.lineOffset += job.lineOffset;
      }
      job.done(e);
    }
  }
}

/**
 * A SyntaxError in an f-string field as CPython 3.11 reports it: within the field's "(expr)" text,
 * on the field's line; past the text's first line, columns less the field's own (which can make
 * them negative). The parser's messages get `prefix` ("f-string: "), the tokenizer's don't.
 */
function fieldError(e: PySyntaxError, job: FStringJob, prefix: string): PySyntaxError {
  const msg = e.msg.startsWith(prefix) ? e.msg : prefix + e.msg;
  const column = (line: number, offset: number) => (line > 1 && offset > 0 ? offset - job.colOffset : offset);
  return new PySyntaxError(e.type, msg, e.filename, e.lineno + job.lineOffset, column(e.lineno, e.offset), e.text,
    e.endLineno + job.lineOffset, e.endOffset === null ? null : column(e.endLineno, e.endOffset));
}

/** Moves a field's tree from its "(expr)" text to where the field stands in the source. */
function moveField(root: A.expr, job: FStringJob): void {
  const stack: unknown[] = [root];
  while (stack.length > 0) {
    const value = stack.pop();
    if (Array.isArray(value)) {
      for (const x of value) stack.push(x);
    } else if (isNode(value)) {
      const n = value as AnyNode & Partial<A.Located>;
      if (typeof n.lineno === 'number') {
        if (n.lineno === 1) n.col_offset! += job.colOffset;
        if (n.end_lineno === 1) n.end_col_offset! += job.colOffset;
        n.lineno += job.lineOffset;
        n.end_lineno! += job.lineOffset;
      }
      for (const f of NODE_FIELDS[n._type].fields) stack.push(n[f]);
    }
  }
}
