// AST constant folding, run between parsing and the symbol table. Mirrors
// CPython 3.11's Python/ast_opt.c: children are folded first, then binary and
// unary operations on constants, constant tuples, subscripts of constants and
// the containers of `in` tests and for-loops. Folding never raises: whatever
// would raise at run time (1/0, 'a' - 1) is left for run time.
import {
  BytesConst, ComplexConst, ComplexResult, FloatConst, FloatPowError, FrozensetConst, TupleConst, complexPower, complexProduct, complexQuotient, constSetOrder, floatPow,
  isStr, ratioToDouble, strAt, strCodePoints, strConcat, strFromCodePoints, strLength, strRepeat, type PyConst, type PyStr,
} from '@pyc-ts/bytecode';
import type * as ast from './ast.js';

// Limits keeping folded constants small (ast_opt.c).
const MAX_INT_SIZE = 128; // bits
const MAX_COLLECTION_SIZE = 256;
const MAX_STR_SIZE = 4096;
const MAX_TOTAL_ITEMS = 1024;

/** Thrown internally when CPython's evaluation would raise: the node stays as it is. */
class NoFold extends Error {}
function noFold(): never {
  throw new NoFold();
}

type AnyNode = { _type: string } & Record<string, unknown>;

/**
 * Whether annotations are folded: not under `from __future__ import annotations`, which
 * compiles them as the text they were written as (the ff_features of _PyASTOptimizeState).
 */
let foldAnnotations = true;

/** Fold a module in place (_PyAST_Optimize with optimize level 0); annotations too unless `stringAnnotations`. */
export function foldModule(mod: ast.mod, stringAnnotations = false): void {
  foldAnnotations = !stringAnnotations;
  const m = mod as unknown as AnyNode;
  if (m._type === 'Module' || m._type === 'Interactive') {
    if (m._type === 'Module') foldBody(m.body as ast.stmt[]);
    else foldList(m.body as unknown[]);
  } else if (m._type === 'Expression') {
    m.body = foldExpr(m.body as ast.expr);
  }
}

function isDocstring(stmts: ast.stmt[]): boolean {
  const first = stmts[0];
  return first !== undefined && first._type === 'Expr' && first.value._type === 'Constant' && isStr(first.value.value);
}

/**
 * astfold_body: a docstring that only folding created (`'a' + 'b'` as the first
 * statement) is wrapped in a JoinedStr so that it does not become one.
 */
function foldBody(stmts: ast.stmt[]): void {
  const hadDocstring = isDocstring(stmts);
  foldList(stmts);
  if (!hadDocstring && isDocstring(stmts)) {
    const st = stmts[0] as ast.Expr;
    st.value = {
      _type: 'JoinedStr', values: [st.value], lineno: st.lineno, col_offset: st.col_offset,
      end_lineno: st.end_lineno, end_col_offset: st.end_col_offset,
    };
  }
}

function foldList(items: unknown[]): void {
  for (let i = 0; i < items.length; i++) {
    const item = items[i];
    if (item !== null && typeof item === 'object') items[i] = foldNode(item as AnyNode);
  }
}

/** Fold every child of a node, then the node itself; returns the (possibly replaced) node. */
function foldNode(node: AnyNode): AnyNode {
  switch (node._type) {
    case 'FunctionDef': case 'AsyncFunctionDef':
      foldNode(node.args as AnyNode);
      foldBody(node.body as ast.stmt[]);
      foldList(node.decorator_list as unknown[]);
      if (node.returns && foldAnnotations) node.returns = foldNode(node.returns as AnyNode);
      return node;
    case 'arg':
      if (node.annotation && foldAnnotations) node.annotation = foldNode(node.annotation as AnyNode);
      return node;
    case 'AnnAssign':
      node.target = foldNode(node.target as AnyNode);
      if (foldAnnotations) node.annotation = foldNode(node.annotation as AnyNode);
      if (node.value) node.value = foldNode(node.value as AnyNode);
      return node;
    case 'ClassDef':
      foldList(node.bases as unknown[]);
      foldList(node.keywords as unknown[]);
      foldBody(node.body as ast.stmt[]);
      foldList(node.decorator_list as unknown[]);
      return node;
    case 'For': case 'AsyncFor':
      node.target = foldNode(node.target as AnyNode);
      node.iter = foldNode(node.iter as AnyNode);
      foldList(node.body as unknown[]);
      foldList(node.orelse as unknown[]);
      foldIter(node.iter as AnyNode);
      return node;
    case 'comprehension':
      node.target = foldNode(node.target as AnyNode);
      node.iter = foldNode(node.iter as AnyNode);
      foldList(node.ifs as unknown[]);
      foldIter(node.iter as AnyNode);
      return node;
  }
  for (const [key, value] of Object.entries(node)) {
    if (key === '_type') continue;
    if (Array.isArray(value)) foldList(value);
    else if (value !== null && typeof value === 'object' && '_type' in value) node[key] = foldNode(value as AnyNode);
  }
  switch (node._type) {
    case 'BinOp': return foldBinOp(node as unknown as ast.BinOp) as unknown as AnyNode;
    case 'UnaryOp': return foldUnaryOp(node as unknown as ast.UnaryOp) as unknown as AnyNode;
    case 'Tuple': return foldTuple(node as unknown as ast.Tuple) as unknown as AnyNode;
    case 'Subscript': return foldSubscript(node as unknown as ast.Subscript) as unknown as AnyNode;
    case 'Compare': {
      const cmp = node as unknown as ast.Compare;
      const lastOp = cmp.ops[cmp.ops.length - 1];
      if (lastOp === 'In' || lastOp === 'NotIn') foldIter(cmp.comparators[cmp.comparators.length - 1] as unknown as AnyNode);
      return node;
    }
    case 'Name': {
      const name = node as unknown as ast.Name;
      if (name.ctx === 'Load' && name.id === '__debug__') return makeConst(name, true) as unknown as AnyNode;
      return node;
    }
  }
  return node;
}

function foldExpr(e: ast.expr): ast.expr {
  return foldNode(e as unknown as AnyNode) as unknown as ast.expr;
}

/** Turn `node` into a Constant in place (make_const keeps the node's location). */
function makeConst<T extends ast.expr>(node: T, value: PyConst): ast.Constant {
  const c = node as unknown as Record<string, unknown>;
  for (const key of Object.keys(c)) {
    if (!['lineno', 'col_offset', 'end_lineno', 'end_col_offset'].includes(key)) delete c[key];
  }
  c._type = 'Constant';
  c.value = value;
  c.kind = null;
  return c as unknown as ast.Constant;
}

function tryFold<T extends ast.expr>(node: T, compute: () => PyConst): ast.expr {
  let value: PyConst;
  try {
    value = compute();
  } catch (e) {
    if (e instanceof NoFold || e instanceof RangeError) return node;
    throw e;
  }
  return makeConst(node, value);
}

function constTuple(elts: ast.expr[]): PyConst[] | null {
  const out: PyConst[] = [];
  for (const e of elts) {
    if (e._type !== 'Constant') return null;
    out.push(e.value);
  }
  return out;
}

function foldTuple(node: ast.Tuple): ast.expr {
  if (node.ctx !== 'Load') return node;
  const items = constTuple(node.elts);
  return items === null ? node : makeConst(node, new TupleConst(items));
}

/** fold_iter: a list becomes a tuple and a set of constants a frozenset. */
function foldIter(node: AnyNode): void {
  if (node._type === 'List') {
    const elts = node.elts as ast.expr[];
    if (elts.some((e) => e._type === 'Starred')) return;
    node._type = 'Tuple';
    const items = constTuple(elts);
    if (items !== null) makeConst(node as unknown as ast.expr, new TupleConst(items));
  } else if (node._type === 'Set') {
    const items = constTuple(node.elts as ast.expr[]);
    if (items === null) return;
    try {
      makeConst(node as unknown as ast.expr, new FrozensetConst(setItems(items)));
    } catch (e) {
      if (!(e instanceof NoFold)) throw e;
    }
  }
}

/**
 * The items of a frozenset constant of `items`, in the order they are added to it.
 * CPython makes a frozenset of the items, and merge_consts_recursive then makes the
 * constant a new frozenset filled in the first one's iteration order.
 */
export function setItems(items: PyConst[]): PyConst[] {
  return constSetOrder(items);
}

function foldUnaryOp(node: ast.UnaryOp): ast.expr {
  const arg = node.operand;
  if (arg._type !== 'Constant') {
    // `not a in b` becomes `a not in b` (and likewise for is); other comparisons can't be inverted safely.
    if (node.op === 'Not' && arg._type === 'Compare' && arg.ops.length === 1) {
      const inverse: Partial<Record<ast.cmpop, ast.cmpop>> = { Is: 'IsNot', IsNot: 'Is', In: 'NotIn', NotIn: 'In' };
      const inv = inverse[arg.ops[0]];
      if (inv !== undefined) {
        arg.ops[0] = inv;
        return arg;
      }
    }
    return node;
  }
  const v = arg.value;
  return tryFold(node, () => {
    switch (node.op) {
      case 'Not': return !truthy(v);
      case 'Invert': {
        const n = asInt(v);
        return n === null ? noFold() : ~n;
      }
      case 'UAdd': return numeric(v, (n) => n, (x) => x, (re, im) => new ComplexConst(re, im));
      case 'USub': return numeric(v, (n) => -n, (x) => -x, (re, im) => new ComplexConst(-re, -im));
    }
  });
}

function numeric(v: PyConst, int: (n: bigint) => bigint, float: (x: number) => number,
  complex: (re: number, im: number) => ComplexConst): PyConst {
  const n = asInt(v);
  if (n !== null) return int(n);
  if (v instanceof FloatConst) return new FloatConst(float(v.value));
  if (v instanceof ComplexConst) return complex(v.real, v.imag);
  return noFold();
}

function foldSubscript(node: ast.Subscript): ast.expr {
  if (node.ctx !== 'Load' || node.value._type !== 'Constant' || node.slice._type !== 'Constant') return node;
  const container = node.value.value;
  const index = asInt(node.slice.value);
  return tryFold(node, () => {
    if (index === null) return noFold();
    if (isStr(container)) return strAt(container, normIndex(index, strLength(container)));
    if (container instanceof TupleConst) return container.items[normIndex(index, container.items.length)];
    if (container instanceof BytesConst) return BigInt(container.bytes[normIndex(index, container.bytes.length)]);
    return noFold();
  });
}

function normIndex(i: bigint, length: number): number {
  const n = i < 0n ? i + BigInt(length) : i;
  if (n < 0n || n >= BigInt(length)) noFold();
  return Number(n);
}

function foldBinOp(node: ast.BinOp): ast.expr {
  const lhs = node.left;
  const rhs = node.right;
  if (lhs._type !== 'Constant') return node;
  if (node.op === 'Mod' && rhs._type === 'Tuple' && isStr(lhs.value) &&
    !rhs.elts.some((e) => e._type === 'Starred')) {
    return optimizeFormat(node, lhs.value, rhs.elts);
  }
  if (rhs._type !== 'Constant') return node;
  const a = lhs.value;
  const b = rhs.value;
  return tryFold(node, () => binaryOp(node.op, a, b));
}

function binaryOp(op: ast.operator, a: PyConst, b: PyConst): PyConst {
  switch (op) {
    case 'Add': return add(a, b);
    case 'Sub': return arith(a, b, (x, y) => x - y, (x, y) => x - y, complexSub);
    case 'Mult': return safeMultiply(a, b);
    case 'Div': return trueDivide(a, b);
    case 'FloorDiv': return arith(a, b, intFloorDiv, floatFloorDiv, () => noFold());
    case 'Mod': return safeMod(a, b);
    case 'Pow': return safePower(a, b);
    case 'LShift': return safeLshift(a, b);
    case 'RShift': return intOp(a, b, (x, y) => (y < 0n ? noFold() : x >> y));
    case 'BitOr': return intOp(a, b, (x, y) => x | y, true);
    case 'BitXor': return intOp(a, b, (x, y) => x ^ y, true);
    case 'BitAnd': return intOp(a, b, (x, y) => x & y, true);
    case 'MatMult': return noFold();
  }
}

// --- Python values -----------------------------------------------------------

/** int or bool as a bigint, else null. */
function asInt(v: PyConst): bigint | null {
  if (typeof v === 'bigint') return v;
  if (typeof v === 'boolean') return v ? 1n : 0n;
  return null;
}

/** int, bool or float as a JS number (OverflowError for huge ints), else null. */
function asFloat(v: PyConst): number | null {
  if (v instanceof FloatConst) return v.value;
  const n = asInt(v);
  if (n === null) return null;
  const x = Number(n);
  if (!Number.isFinite(x)) noFold();
  return x;
}

function asComplex(v: PyConst): [number, number] | null {
  if (v instanceof ComplexConst) return [v.real, v.imag];
  const x = asFloat(v);
  return x === null ? null : [x, 0];
}

function truthy(v: PyConst): boolean {
  if (v === null) return false;
  if (typeof v === 'boolean') return v;
  if (typeof v === 'bigint') return v !== 0n;
  if (isStr(v)) return v !== '';
  if (v instanceof FloatConst) return v.value !== 0;
  if (v instanceof ComplexConst) return v.real !== 0 || v.imag !== 0;
  if (v instanceof BytesConst) return v.bytes.length > 0;
  if (v instanceof TupleConst || v instanceof FrozensetConst) return v.items.length > 0;
  return true;
}

/** Python == between constants (numbers across int/float/complex/bool; containers item-wise). */
/** Numeric binary operation with Python's int -> float -> complex coercion. */
function arith(a: PyConst, b: PyConst, int: (x: bigint, y: bigint) => bigint, float: (x: number, y: number) => number,
  complex: (x: [number, number], y: [number, number]) => ComplexConst): PyConst {
  const x = asInt(a);
  const y = asInt(b);
  if (x !== null && y !== null) return int(x, y);
  if (a instanceof ComplexConst || b instanceof ComplexConst) {
    const cx = asComplex(a);
    const cy = asComplex(b);
    if (cx === null || cy === null) return noFold();
    return complex(cx, cy);
  }
  const fx = asFloat(a);
  const fy = asFloat(b);
  if (fx === null || fy === null) return noFold();
  return new FloatConst(float(fx, fy));
}

function intOp(a: PyConst, b: PyConst, f: (x: bigint, y: bigint) => bigint, boolResult = false): PyConst {
  // bool & bool etc. stay bool.
  if (boolResult && typeof a === 'boolean' && typeof b === 'boolean') return f(a ? 1n : 0n, b ? 1n : 0n) !== 0n;
  const x = asInt(a);
  const y = asInt(b);
  return x === null || y === null ? noFold() : f(x, y);
}

function complexSub(x: [number, number], y: [number, number]): ComplexConst {
  return new ComplexConst(x[0] - y[0], x[1] - y[1]);
}

function add(a: PyConst, b: PyConst): PyConst {
  if (isStr(a) && isStr(b)) return strConcat(a, b);
  if (a instanceof BytesConst && b instanceof BytesConst) {
    const out = new Uint8Array(a.bytes.length + b.bytes.length);
    out.set(a.bytes);
    out.set(b.bytes, a.bytes.length);
    return new BytesConst(out);
  }
  if (a instanceof TupleConst && b instanceof TupleConst) return new TupleConst([...a.items, ...b.items]);
  return arith(a, b, (x, y) => x + y, (x, y) => x + y, (x, y) => new ComplexConst(x[0] + y[0], x[1] + y[1]));
}

function bitLength(n: bigint): number {
  return n === 0n ? 0 : (n < 0n ? -n : n).toString(2).length;
}

function safeMultiply(a: PyConst, b: PyConst): PyConst {
  const x = asInt(a);
  const y = asInt(b);
  if (x !== null && y !== null) {
    if (x !== 0n && y !== 0n && bitLength(x) + bitLength(y) > MAX_INT_SIZE) noFold();
    return x * y;
  }
  if (x === null && y !== null) return repeat(b, a);
  if (x !== null) return repeat(a, b);
  return arith(a, b, (p, q) => p * q, (p, q) => p * q, (p, q) => new ComplexConst(...complexProduct(p, q)));
}

/** `n * seq` for str, bytes and tuples, within the size limits. */
function repeat(count: PyConst, seq: PyConst): PyConst {
  const n = asInt(count) as bigint;
  if (seq instanceof TupleConst) {
    const size = seq.items.length;
    if (size) {
      if (n < 0n || n > BigInt(Math.floor(MAX_COLLECTION_SIZE / size))) noFold();
      if (n && !checkComplexity(seq, Math.floor(MAX_TOTAL_ITEMS / Number(n)))) noFold();
    }
    const out: PyConst[] = [];
    for (let i = 0n; i < n; i++) out.push(...seq.items);
    return new TupleConst(out);
  }
  if (isStr(seq)) {
    const size = strLength(seq);
    if (size && (n < 0n || n > BigInt(Math.floor(MAX_STR_SIZE / size)))) noFold();
    return strRepeat(seq, Number(n));
  }
  if (seq instanceof BytesConst) {
    const size = seq.bytes.length;
    if (size && (n < 0n || n > BigInt(Math.floor(MAX_STR_SIZE / size)))) noFold();
    const times = n <= 0n ? 0 : Number(n);
    const out = new Uint8Array(size * times);
    for (let i = 0; i < times; i++) out.set(seq.bytes, i * size);
    return new BytesConst(out);
  }
  if (seq instanceof FloatConst || seq instanceof ComplexConst) {
    return arith(count, seq, () => noFold(), (p, q) => p * q, (p, q) =>
      new ComplexConst(p[0] * q[0] - p[1] * q[1], p[0] * q[1] + p[1] * q[0]));
  }
  return noFold();
}

/** check_complexity: the total number of items nested in tuples/frozensets stays under `limit`. */
function checkComplexity(v: PyConst, limit: number): boolean {
  let remaining = limit;
  const walk = (c: PyConst): boolean => {
    if (c instanceof TupleConst || c instanceof FrozensetConst) {
      remaining -= c.items.length;
      if (remaining < 0) return false;
      return c.items.every(walk);
    }
    return true;
  };
  return walk(v);
}

function safePower(a: PyConst, b: PyConst): PyConst {
  const x = asInt(a);
  const y = asInt(b);
  if (x !== null && y !== null && y >= 0n) {
    if (x !== 0n && y > 0n && bitLength(x) > MAX_INT_SIZE / Number(y)) noFold();
    return x ** y;
  }
  if (a instanceof ComplexConst || b instanceof ComplexConst) {
    const cx = asComplex(a);
    const cy = asComplex(b);
    const p = cx && cy && complexPower(cx, cy);
    if (!p || p instanceof FloatPowError) return noFold();
    return new ComplexConst(p[0], p[1]);
  }
  // float ** float, and int ** negative int, which long_pow hands to float_pow.
  const fx = asFloat(a);
  const fy = asFloat(b);
  if (fx === null || fy === null) noFold();
  const r = floatPow(fx, fy);
  if (r instanceof FloatPowError) noFold();
  if (r instanceof ComplexResult) return new ComplexConst(r.real, r.imag);
  return new FloatConst(r);
}

function safeLshift(a: PyConst, b: PyConst): PyConst {
  return intOp(a, b, (x, y) => {
    if (y < 0n) noFold();
    if (x !== 0n && y !== 0n && (y > BigInt(MAX_INT_SIZE) || bitLength(x) > MAX_INT_SIZE - Number(y))) noFold();
    return x << y;
  });
}

function safeMod(a: PyConst, b: PyConst): PyConst {
  if (isStr(a) || a instanceof BytesConst) noFold();
  return arith(a, b, intMod, floatMod, () => noFold());
}

function intFloorDiv(x: bigint, y: bigint): bigint {
  if (y === 0n) noFold();
  const q = x / y;
  return (x % y !== 0n && (x < 0n) !== (y < 0n)) ? q - 1n : q;
}

function intMod(x: bigint, y: bigint): bigint {
  if (y === 0n) noFold();
  const r = x % y;
  return r !== 0n && (r < 0n) !== (y < 0n) ? r + y : r;
}

function floatMod(x: number, y: number): number {
  if (y === 0) noFold();
  let mod = x % y;
  if (mod) {
    if ((y < 0) !== (mod < 0)) mod += y;
  } else {
    mod = y < 0 ? -0 : 0;
  }
  return mod;
}

function floatFloorDiv(x: number, y: number): number {
  if (y === 0) noFold();
  let mod = x % y;
  let div = (x - mod) / y;
  if (mod) {
    if ((y < 0) !== (mod < 0)) {
      mod += y;
      div -= 1;
    }
  }
  if (div) {
    let floordiv = Math.floor(div);
    if (div - floordiv > 0.5) floordiv += 1;
    return floordiv;
  }
  return x / y < 0 || Object.is(x / y, -0) ? -0 : 0;
}

function trueDivide(a: PyConst, b: PyConst): PyConst {
  const x = asInt(a);
  const y = asInt(b);
  if (x !== null && y !== null) {
    if (y === 0n) noFold();
    const r = ratioToDouble(x, y);
    if (!Number.isFinite(r)) noFold(); // OverflowError
    return new FloatConst(r);
  }
  if (a instanceof ComplexConst || b instanceof ComplexConst) {
    const cx = asComplex(a);
    const cy = asComplex(b);
    const q = cx && cy && complexQuotient(cx, cy);
    if (!q) return noFold(); // ZeroDivisionError is left for run time
    return new ComplexConst(q[0], q[1]);
  }
  const fx = asFloat(a);
  const fy = asFloat(b);
  if (fx === null || fy === null) noFold();
  if (fy === 0) noFold();
  return new FloatConst(fx / fy);
}

// --- '%s' % (a, b) as an f-string (optimize_format) ----------------------------

const MAXDIGITS = 3;

/** A constant made by the optimiser: it has no location. */
function locationless(value: PyStr): ast.Constant {
  return { _type: 'Constant', value, kind: null, lineno: -1, col_offset: -1, end_lineno: -1, end_col_offset: -1 };
}

/** Turn `'fmt' % (args)` into a JoinedStr when the format only uses %s, %r and %a with simple widths. */
function optimizeFormat(node: ast.BinOp, fmt: PyStr, elts: ast.expr[]): ast.expr {
  const chars = strCodePoints(fmt).map((cp) => String.fromCodePoint(cp));
  const pos = { i: 0 };
  const seq: ast.expr[] = [];
  let cnt = 0;
  for (;;) {
    const lit = parseLiteral(chars, pos);
    if (lit !== null) seq.push(lit);
    if (pos.i >= chars.length) break;
    if (cnt >= elts.length) return node; // more format units than items
    pos.i++; // the '%'
    const value = parseFormat(chars, pos, elts[cnt]);
    cnt++;
    if (value === null) return node;
    seq.push(value);
  }
  if (cnt < elts.length) return node; // more items than format units
  const res = node as unknown as Record<string, unknown>;
  for (const key of ['left', 'op', 'right']) delete res[key];
  res._type = 'JoinedStr';
  res.values = seq;
  return res as unknown as ast.JoinedStr;
}

function parseLiteral(chars: string[], pos: { i: number }): ast.Constant | null {
  const start = pos.i;
  let i = start;
  const points: number[] = []; // '%%' is one '%'
  while (i < chars.length) {
    if (chars[i] !== '%') points.push(chars[i++].codePointAt(0)!);
    else if (i + 1 < chars.length && chars[i + 1] === '%') {
      points.push(0x25);
      i += 2;
    }
    else break;
  }
  pos.i = i;
  if (i === start) return null;
  // By code point: the text between two fields may be a high surrogate then a low one.
  return locationless(strFromCodePoints(points));
}

/** simple_format_arg_parse + parse_format: flags, a width and precision of at most two digits, then s/r/a. */
function parseFormat(chars: string[], pos: { i: number }, arg: ast.expr): ast.FormattedValue | null {
  let i = pos.i;
  let ch = '';
  const next = (): boolean => {
    if (i >= chars.length) return false;
    ch = chars[i++];
    return true;
  };
  const isDigit = (): boolean => ch >= '0' && ch <= '9';
  let ljust = false;
  for (;;) {
    if (!next()) return null;
    if (ch === '-') ljust = true;
    else if (ch !== '+' && ch !== ' ' && ch !== '#' && ch !== '0') break;
  }
  let width = -1;
  let prec = -1;
  if (isDigit()) {
    width = 0;
    let digits = 0;
    while (isDigit()) {
      width = width * 10 + Number(ch);
      if (!next()) return null;
      if (++digits >= MAXDIGITS) return null;
    }
  }
  if (ch === '.') {
    if (!next()) return null;
    prec = 0;
    let digits = 0;
    while (isDigit()) {
      prec = prec * 10 + Number(ch);
      if (!next()) return null;
      if (++digits >= MAXDIGITS) return null;
    }
  }
  pos.i = i;
  if (ch !== 's' && ch !== 'r' && ch !== 'a') return null;
  let spec = '';
  if (!ljust && width > 0) spec += '>';
  if (width >= 0) spec += String(width);
  if (prec >= 0) spec += `.${prec}`;
  return {
    _type: 'FormattedValue', value: arg, conversion: ch.charCodeAt(0), format_spec: spec ? locationless(spec) : null,
    lineno: arg.lineno, col_offset: arg.col_offset, end_lineno: arg.end_lineno, end_col_offset: arg.end_col_offset,
  };
}
