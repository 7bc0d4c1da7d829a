// Where CPython 3.11's traceback puts the `~~~^^^` anchors inside an error's
// source segment. CPython parses the segment (Python/traceback.c,
// extract_anchors_from_line) and specialises two node kinds when the segment is
// a single expression statement:
//   BinOp:     the operator: the first character after left.end_col_offset that is
//              not blank or ')', plus the next one unless blank or the right operand
//   Subscript: from the '[' after the value to just past the ']' after the slice
// The VM has no parser, so this finds the top-level structure of the segment
// with a small tokenizer and an operator-precedence scan, which is all those
// two rules need.

export interface Anchors {
  /** Character offsets within the segment. */
  leftEnd: number;
  rightStart: number;
}

interface Token {
  kind: 'name' | 'number' | 'string' | 'op' | 'group';
  text: string;
  start: number;
  end: number;
  /** For groups: the opening bracket. */
  open?: string;
}

const OPERATORS = [
  '**=', '//=', '>>=', '<<=', '...', '->', ':=',
  '**', '//', '<<', '>>', '<=', '>=', '==', '!=', '+=', '-=', '*=', '/=', '%=', '&=', '|=', '^=', '@=',
  '+', '-', '*', '/', '%', '@', '&', '|', '^', '~', '<', '>', '=', '.', ',', ':', ';',
];

const CLOSERS: Record<string, string> = { '(': ')', '[': ']', '{': '}' };

/** Tokenizes at bracket depth 0; bracketed parts become single 'group' tokens. Null if malformed. */
function tokenize(src: string): Token[] | null {
  const out: Token[] = [];
  let i = 0;
  const n = src.length;
  while (i < n) {
    const c = src[i];
    if (c === ' ' || c === '\t' || c === '\f') {
      i++;
      continue;
    }
    if (c === '#' || c === '\\' || c === '\n' || c === '\r') return null;
    if (c in CLOSERS) {
      const end = matchBracket(src, i);
      if (end < 0) return null;
      out.push({ kind: 'group', text: src.slice(i, end), start: i, end, open: c });
      i = end;
      continue;
    }
    if (c === ')' || c === ']' || c === '}') return null;
    const str = scanString(src, i);
    if (str > 0) {
      out.push({ kind: 'string', text: src.slice(i, str), start: i, end: str });
      i = str;
      continue;
    }
    if (/[0-9]/.test(c) || (c === '.' && /[0-9]/.test(src[i + 1] ?? ''))) {
      const m = /^(?:0[xXoObB][0-9a-fA-F_]+|(?:[0-9][0-9_]*)?\.?[0-9_]*(?:[eE][+-]?[0-9_]+)?[jJ]?)/.exec(src.slice(i))!;
      out.push({ kind: 'number', text: m[0], start: i, end: i + m[0].length });
      i += m[0].length;
      continue;
    }
    const id = /^[\p{L}\p{Nl}_][\p{L}\p{Nl}\p{Mn}\p{Mc}\p{Nd}\p{Pc}]*/u.exec(src.slice(i));
    if (id) {
      out.push({ kind: 'name', text: id[0], start: i, end: i + id[0].length });
      i += id[0].length;
      continue;
    }
    const op = OPERATORS.find((o) => src.startsWith(o, i));
    if (!op) return null;
    out.push({ kind: 'op', text: op, start: i, end: i + op.length });
    i += op.length;
  }
  return out;
}

/** End (exclusive) of a string literal starting at i (with any prefix), or -1. */
function scanString(src: string, i: number): number {
  const m = /^(?:[rRbBuUfF]{0,2})(['"])/.exec(src.slice(i));
  if (!m) return -1;
  let j = i + m[0].length - 1;
  const q = src[j];
  const triple = src.startsWith(q.repeat(3), j);
  const delim = triple ? q.repeat(3) : q;
  j += delim.length;
  const raw = /[rR]/.test(m[0]);
  while (j < src.length) {
    if (src.startsWith(delim, j)) return j + delim.length;
    if (src[j] === '\\' && !raw) j++;
    else if (src[j] === '\\') j++;
    j++;
  }
  return -1;
}

function matchBracket(src: string, i: number): number {
  const stack: string[] = [];
  let j = i;
  while (j < src.length) {
    const c = src[j];
    const s = scanString(src, j);
    if (s > 0) {
      j = s;
      continue;
    }
    if (c in CLOSERS) stack.push(CLOSERS[c]);
    else if (c === ')' || c === ']' || c === '}') {
      if (stack.pop() !== c) return -1;
      if (stack.length === 0) return j + 1;
    }
    j++;
  }
  return -1;
}

const BLOCKERS = new Set([
  'lambda', 'if', 'else', 'or', 'and', 'not', 'in', 'is', 'for', 'await', 'yield', 'import', 'from', 'del',
  'pass', 'return', 'raise', 'global', 'nonlocal', 'assert', 'class', 'def', 'while', 'with', 'try', 'except',
  'finally', 'async', 'break', 'continue', 'as', 'elif',
]);

// Binary operator precedence, higher binds tighter (Grammar/python.gram).
const BINARY_PRECEDENCE: Record<string, number> = {
  '|': 1, '^': 2, '&': 3, '<<': 4, '>>': 4, '+': 5, '-': 5, '*': 6, '/': 6, '//': 6, '%': 6, '@': 6, '**': 8,
};
const UNARY_PRECEDENCE = 7;

function isOperandEnd(t: Token): boolean {
  return t.kind !== 'op' && !(t.kind === 'name' && BLOCKERS.has(t.text));
}

/** The character range of an operand as its AST node reports it (parentheses excluded). */
function innerRange(src: string, start: number, end: number): [number, number] {
  for (;;) {
    while (start < end && /[ \t\f]/.test(src[start])) start++;
    while (end > start && /[ \t\f]/.test(src[end - 1])) end--;
    if (src[start] !== '(' || matchBracket(src, start) !== end) return [start, end];
    const inner = tokenize(src.slice(start + 1, end - 1));
    // A parenthesised tuple, generator or empty tuple keeps its parentheses.
    if (!inner || inner.length === 0 || inner.some((t) => t.text === ',' || t.text === 'for')) return [start, end];
    start++;
    end--;
  }
}

/** CPython's anchors for `segment`, or null when it shows plain carets. */
export function caretAnchors(segment: string): Anchors | null {
  const toks = tokenize(segment);
  if (!toks || toks.length === 0) return null;
  if (segment[0] === ' ' || segment[0] === '\t') return null; // an indented segment does not parse
  for (const t of toks) {
    if (t.kind === 'op' && !(t.text in BINARY_PRECEDENCE) && t.text !== '~' && t.text !== '.') return null;
    if (t.kind === 'name' && BLOCKERS.has(t.text)) return null;
  }
  // Find the top-level binary operator with the lowest precedence (the last one; the first for **).
  let best = -1;
  let bestPrec = 99;
  let prev: Token | null = null;
  for (let k = 0; k < toks.length; k++) {
    const t = toks[k];
    if (t.kind === 'op' && t.text in BINARY_PRECEDENCE && prev !== null && isOperandEnd(prev)) {
      const p = BINARY_PRECEDENCE[t.text];
      if (p < bestPrec || (p === bestPrec && p !== 8)) {
        best = k;
        bestPrec = p;
      }
    }
    prev = t;
  }
  if (best >= 0) {
    const lastTok = toks[toks.length - 1];
    if (!isOperandEnd(lastTok)) return null; // `a +`: not valid Python
    // A leading unary operator binds looser than **: `-a ** b` is a UnaryOp.
    if (bestPrec > UNARY_PRECEDENCE && toks[0].kind === 'op') return null;
    const op = toks[best];
    const [, leftEnd] = innerRange(segment, 0, op.start);
    const [rightStart] = innerRange(segment, op.end, segment.length);
    // The first character after the left operand that is neither blank nor a closing parenthesis.
    for (let i = leftEnd; i < rightStart; i++) {
      if (/[ \t\f)#]/.test(segment[i])) continue;
      const two = i + 1 < rightStart && !/[ \t\f]/.test(segment[i + 1]);
      return { leftEnd: i, rightStart: two ? i + 2 : i + 1 };
    }
    return null;
  }
  // A subscript: a primary whose last trailer is [...].
  const last = toks[toks.length - 1];
  if (toks[0].kind === 'op' || toks.length < 2 || last.kind !== 'group' || last.open !== '[') return null;
  const before = toks[toks.length - 2];
  if (!isOperandEnd(before)) return null;
  // From the value's end on to the '[', and from the slice's end on past the ']'.
  let [, left] = innerRange(segment, 0, last.start);
  while (left < segment.length && segment[left] !== '[') left++;
  let [, right] = innerRange(segment, last.start + 1, last.end - 1);
  right++;
  while (right < segment.length && segment[right] !== ']') right++;
  if (right < segment.length) right++;
  return { leftEnd: left, rightStart: right };
}
