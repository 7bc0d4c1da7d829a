// String atoms: implicit concatenation of str/bytes/f-string tokens, after
// CPython 3.11's Parser/string_parser.c. f-string field expressions are
// queued as jobs and parsed after the main parse (the parser isn't
// re-entrant), positioned the way 3.11's fstring_find_expr_location does.
import type { IToken } from 'chevrotain';
import { BytesConst, StrConst, strConcat, type PyStr } from '@pyc-ts/bytecode';
import type * as A from './ast.js';
import { decodeBytes, decodeStrEscapes, splitStringToken, StringDecodeError } from './strings.js';
import { utf8Length } from './tokenizer.js';

export interface FStringJob {
  /** '(' + expression source + ')' */
  text: string;
  /** The STRING token the field is in. */
  string: IToken;
  /** Lines before the one the text's '(' stands on (its '{'s), and UTF-8 bytes before it there. */
  lineOffset: number;
  colOffset: number;
  done(e: A.expr): void;
}

type Loc = { lineno: number; col_offset: number; end_lineno: number; end_col_offset: number };

interface ErrorSink {
  raiseAt(msg: string, s: IToken | Loc, e?: IToken | Loc): never;
  /**
   * An error CPython raises as it reads the atom's strings: after any error in the fields read
   * before, and at the token after the strings (the last one its parser fetched).
   */
  raiseInStrings(msg: string): never;
}

function locOf(first: IToken, last: IToken): Loc {
  return { lineno: first.startLine!, col_offset: first.startColumn!, end_lineno: last.endLine!, end_col_offset: last.endColumn! };
}

/** An atom of adjacent string tokens, read one by one in order, as CPython's _PyPegen_concatenate_strings does. */
export function buildStringAtom(toks: IToken[], errs: ErrorSink, jobs: FStringJob[]): A.expr {
  const loc = locOf(toks[0], toks[toks.length - 1]);
  const parts = toks.map((t) => splitStringToken(t.image));
  const bytesMode = parts[0].prefix.includes('b');
  const decode = (i: number, s: string): PyStr => {
    try {
      return parts[i].prefix.includes('r') ? s : decodeStrEscapes(s);
    } catch (e) {
      if (e instanceof StringDecodeError) errs.raiseInStrings(`(${e.kind}) ${e.message}`);
      throw e;
    }
  };
  const chunks: Uint8Array[] = [];
  // Joined with strConcat: a high surrogate at the end of one part and a low one at the start
  // of the next stay two code points.
  let value: PyStr = ''; // the str so far, where no f-string has come
  let fstring: (PyStr | A.expr)[] | null = null; // the values so far, from the first f-string on
  for (let i = 0; i < parts.length; i++) {
    const { prefix, body } = parts[i];
    const isBytes = prefix.includes('b');
    let text: PyStr = '';
    if (isBytes) {
      if (/[^\x00-\x7f]/.test(body)) errs.raiseAt('bytes can only contain ASCII literal characters', toks[i], toks[i]);
      try {
        chunks.push(decodeBytes(body, prefix.includes('r')).bytes);
      } catch (e) {
        if (e instanceof StringDecodeError) errs.raiseInStrings(`(${e.kind}) ${e.message}`);
        throw e;
      }
    } else if (!prefix.includes('f')) {
      text = decode(i, body);
    }
    if (isBytes !== bytesMode) errs.raiseInStrings('cannot mix bytes and nonbytes literals');
    if (prefix.includes('f')) {
      fstring ??= value === '' ? [] : [value];
      const fp = new FStringParser(toks[i], body, parts[i].bodyStart, prefix.includes('r'), errs, jobs, loc, (s) => decode(i, s));
      fstring.push(...fp.parse(0));
    } else if (fstring !== null) fstring.push(text);
    else value = strConcat(value, text);
  }
  if (bytesMode) {
    const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
    let o = 0;
    for (const c of chunks) { out.set(c, o); o += c.length; }
    return { _type: 'Constant', value: new BytesConst(out), kind: null, ...loc };
  }
  if (fstring === null) return { _type: 'Constant', value, kind: parts[0].prefix.includes('u') ? 'u' : null, ...loc };
  // f-string: literal runs merge across tokens; fields become FormattedValues.
  const values: A.expr[] = [];
  let pending: PyStr = '';
  for (const item of fstring) {
    if (isLiteral(item)) pending = strConcat(pending, item);
    else {
      if (pending !== '') values.push({ _type: 'Constant', value: pending, kind: null, ...loc });
      pending = '';
      values.push(item);
    }
  }
  if (pending !== '') values.push({ _type: 'Constant', value: pending, kind: null, ...loc });
  return { _type: 'JoinedStr', values, ...loc };
}

function isLiteral(item: PyStr | A.expr): item is PyStr {
  return typeof item === 'string' || item instanceof StrConst;
}

class FStringParser {
  pos = 0;
  constructor(
    readonly tok: IToken,
    readonly body: string,
    readonly bodyStart: number,
    readonly raw: boolean,
    readonly errs: ErrorSink,
    readonly jobs: FStringJob[],
    readonly loc: Loc,
    readonly decode: (s: string) => PyStr,
  ) {}

  /** `msg` after "f-string: ", or (`prefixed` false) as it stands. */
  err(msg: string, prefixed = true): never {
    this.errs.raiseInStrings(prefixed ? `f-string: ${msg}` : msg);
  }

  /** Literal text (decoded) and FormattedValues up to the end, or to a '}' at format-spec depth. */
  parse(depth: number): (PyStr | A.FormattedValue)[] {
    const out: (PyStr | A.FormattedValue)[] = [];
    const b = this.body;
    let lit = '';
    const emit = () => {
      if (lit !== '') out.push(this.decode(lit));
      lit = '';
    };
    while (this.pos < b.length) {
      const c = b[this.pos];
      if (c === '{') {
        if (depth === 0 && b[this.pos + 1] === '{') {
          // A doubled brace ends CPython's literal run (each run is decoded on its own).
          lit += '{';
          emit();
          this.pos += 2;
          continue;
        }
        emit();
        for (const x of this.field(depth)) out.push(x);
        continue;
      }
      if (c === '}') {
        if (depth > 0) break;
        if (b[this.pos + 1] === '}') {
          lit += '}';
          emit();
          this.pos += 2;
          continue;
        }
        this.err("single '}' is not allowed");
      }
      if (c === '\\' && !this.raw && b[this.pos + 1] === 'N' && b[this.pos + 2] === '{') {
        // \N{NAME}: its braces aren't a replacement field. Without a '}' it runs to the end (and fails to decode).
        const close = b.indexOf('}', this.pos);
        const end = close < 0 ? b.length : close + 1;
        lit += b.slice(this.pos, end);
        this.pos = end;
        continue;
      }
      if (c === '\\' && !this.raw && this.pos + 1 < b.length) {
        if (b[this.pos + 1] === '{' || b[this.pos + 1] === '}') {
          // A brace after a backslash is still a brace, and the backslash stands for itself.
          lit += '\\\\';
          this.pos++;
          continue;
        }
        // Keep escapes whole (`\\` is one), so that they are decoded with their text.
        lit += b.slice(this.pos, this.pos + 2);
        this.pos += 2;
        continue;
      }
      lit += c;
      this.pos++;
    }
    emit();
    return out;
  }

  field(depth: number): (PyStr | A.FormattedValue)[] {
    if (depth >= 2) this.err('expressions nested too deeply');
    const b = this.body;
    const open = this.pos;
    this.pos++;
    const exprStart = this.pos;
    const stack: string[] = [];
    let quote: string | null = null;
    for (;;) {
      if (this.pos >= b.length) {
        if (quote) this.err('unterminated string');
        this.err("expecting '}'");
      }
      const c = b[this.pos];
      if (c === '\\') this.err('f-string expression part cannot include a backslash', false);
      if (quote) {
        if (b.startsWith(quote, this.pos)) {
          this.pos += quote.length;
          quote = null;
        } else this.pos++;
        continue;
      }
      if (c === "'" || c === '"') {
        quote = b.startsWith(c.repeat(3), this.pos) ? c.repeat(3) : c;
        this.pos += quote.length;
        continue;
      }
      if (c === '[' || c === '(' || c === '{') {
        stack.push(c);
        this.pos++;
        continue;
      }
      if (c === '#') this.err("f-string expression part cannot include '#'", false);
      if (stack.length === 0) {
        if (c === '}' || c === ':') break;
        if (c === '!' && b[this.pos + 1] !== '=') break;
        if (c === '=' && b[this.pos + 1] !== '=' && !'=!<>'.includes(b[this.pos - 1])) break;
      }
      if (c === ']' || c === ')' || c === '}') {
        const o = stack.pop();
        if (o === undefined) this.err(`unmatched '${c}'`);
        const want = o === '(' ? ')' : o === '[' ? ']' : '}';
        if (want !== c) this.err(`closing parenthesis '${c}' does not match opening parenthesis '${o}'`);
      }
      this.pos++;
    }
    const exprText = b.slice(exprStart, this.pos);
    if (exprText.trim() === '') this.err('empty expression not allowed');
    // CPython parses the expression here, before it reads the conversion and format spec.
    const fv: A.FormattedValue = {
      _type: 'FormattedValue', value: null as unknown as A.expr, conversion: -1, format_spec: null, ...this.loc,
    };
    this.queue(fv, open, exprText);
    const out: (PyStr | A.FormattedValue)[] = [];
    let conversion = -1;
    if (b[this.pos] === '=') {
      this.pos++;
      // The `=` specifier echoes the expression text, whitespace included.
      let ws = this.pos;
      while (b[ws] === ' ') ws++;
      out.push(b.slice(exprStart, ws));
      this.pos = ws;
      conversion = 114;
    }
    let explicitConv = false;
    if (b[this.pos] === '!') {
      const ch = b[this.pos + 1];
      if (ch !== 's' && ch !== 'r' && ch !== 'a') {
        if (ch === undefined) this.err("expecting '}'");
        this.err("invalid conversion character: expected 's', 'r', or 'a'");
      }
      conversion = ch.charCodeAt(0);
      explicitConv = true;
      this.pos += 2;
    }
    let spec: A.JoinedStr | null = null;
    if (b[this.pos] === ':') {
      this.pos++;
      const items = this.parse(depth + 1);
      const values: A.expr[] = [];
      const tl = { lineno: this.tok.startLine!, col_offset: this.tok.startColumn!, end_lineno: this.tok.endLine!, end_col_offset: this.tok.endColumn! };
      // 3.11 places spec literals at the whole atom when the spec has fields, else at this token.
      const litLoc = items.some((it) => !isLiteral(it)) ? this.loc : tl;
      for (const it of items) {
        if (isLiteral(it)) values.push({ _type: 'Constant', value: it, kind: null, ...litLoc });
        else values.push(it);
      }
      spec = { _type: 'JoinedStr', values, ...tl };
      if (conversion === 114 && !explicitConv && out.length > 0) conversion = -1;
    }
    if (b[this.pos] !== '}') this.err("expecting '}'");
    this.pos++;
    fv.conversion = conversion;
    fv.format_spec = spec;
    out.push(fv);
    return out;
  }

  queue(fv: A.FormattedValue, open: number, exprText: string): void {
    const image = this.tok.image;
    const braceIdx = this.bodyStart + open;
    let newlineAfterBrace = true;
    for (let i = braceIdx + 1; i < image.length && image[i] !== '}' && image[i] !== '\n'; i++) {
      if (image[i] !== ' ' && image[i] !== '\t' && image[i] !== '\f') {
        newlineAfterBrace = false;
        break;
      }
    }
    let cols = 0;
    if (!newlineAfterBrace) {
      const nl = image.lastIndexOf('\n', braceIdx);
      cols = nl < 0 ? utf8Length(image, 0, braceIdx) : utf8Length(image, nl + 1, braceIdx);
    }
    let lines = 0;
    for (let i = 0; i < braceIdx; i++) if (image.charCodeAt(i) === 10) lines++;
    const tok = this.tok;
    this.jobs.push({
      string: tok,
      text: `(${exprText})`,
      lineOffset: tok.startLine! + lines - 1,
      colOffset: lines > 0 ? cols : tok.startColumn! + cols,
      done: (e) => { fv.value = e; },
    });
  }
}
