// Expressions back to source text, for annotations under `from __future__ import
// annotations`, which are compiled as the strings this gives. Mirrors CPython 3.11's
// Python/ast_unparse.c (_PyAST_ExprAsUnicode): a limited unparser that adds the
// parentheses operator priorities call for and no others.
import {
  ComplexConst, EllipsisConst, FloatConst, TupleConst, reprConst, strCodePoints, strConcat, strFromCodePoints, type PyConst, type PyStr,
} from '@pyc-ts/bytecode';
import type * as ast from './ast.js';

// Priority levels.
const PR_TUPLE = 0;
const PR_TEST = 1; // if-else, lambda
const PR_OR = 2;
const PR_AND = 3;
const PR_NOT = 4;
const PR_CMP = 5; // < > == >= <= != in, not in, is, is not
const PR_EXPR = 6;
const PR_BOR = PR_EXPR; // |
const PR_BXOR = 7;
const PR_BAND = 8;
const PR_SHIFT = 9;
const PR_ARITH = 10; // + -
const PR_TERM = 11; // * @ / % //
const PR_FACTOR = 12; // unary + - ~
const PR_POWER = 13;
const PR_AWAIT = 14;
const PR_ATOM = 15;

const BINOPS: Record<ast.operator, [string, number]> = {
  Add: [' + ', PR_ARITH], Sub: [' - ', PR_ARITH], Mult: [' * ', PR_TERM], MatMult: [' @ ', PR_TERM],
  Div: [' / ', PR_TERM], Mod: [' % ', PR_TERM], LShift: [' << ', PR_SHIFT], RShift: [' >> ', PR_SHIFT],
  BitOr: [' | ', PR_BOR], BitXor: [' ^ ', PR_BXOR], BitAnd: [' & ', PR_BAND], FloorDiv: [' // ', PR_TERM],
  Pow: [' ** ', PR_POWER],
};
const UNARYOPS: Record<ast.unaryop, [string, number]> = {
  Invert: ['~', PR_FACTOR], Not: ['not ', PR_NOT], UAdd: ['+', PR_FACTOR], USub: ['-', PR_FACTOR],
};
const CMPOPS: Record<ast.cmpop, string> = {
  Eq: ' == ', NotEq: ' != ', Lt: ' < ', LtE: ' <= ', Gt: ' > ', GtE: ' >= ', Is: ' is ', IsNot: ' is not ',
  In: ' in ', NotIn: ' not in ',
};
const CONVERSIONS: Record<number, string> = { 97: '!a', 114: '!r', 115: '!s' };

/** _PyAST_ExprAsUnicode: an annotation's text. */
export function unparseAnnotation(e: ast.expr): string {
  return expr(e, PR_TEST);
}

function expr(e: ast.expr, level: number): string {
  const paren = (pr: number, text: string): string => (level > pr ? `(${text})` : text);
  switch (e._type) {
    case 'BoolOp': {
      const [op, pr] = e.op === 'And' ? [' and ', PR_AND] : [' or ', PR_OR];
      return paren(pr, e.values.map((v) => expr(v, pr + 1)).join(op));
    }
    case 'BinOp': {
      const [op, pr] = BINOPS[e.op];
      const rassoc = e.op === 'Pow' ? 1 : 0;
      return paren(pr, expr(e.left, pr + rassoc) + op + expr(e.right, pr + 1 - rassoc));
    }
    case 'UnaryOp': {
      const [op, pr] = UNARYOPS[e.op];
      return paren(pr, op + expr(e.operand, pr));
    }
    case 'Lambda': {
      const positional = e.args.args.length + e.args.posonlyargs.length;
      return paren(PR_TEST, (positional ? 'lambda ' : 'lambda') + args(e.args) + ': ' + expr(e.body, PR_TEST));
    }
    case 'IfExp':
      return paren(PR_TEST, `${expr(e.body, PR_TEST + 1)} if ${expr(e.test, PR_TEST + 1)} else ${expr(e.orelse, PR_TEST)}`);
    case 'Dict':
      return '{' + e.values.map((v, i) => {
        const key = e.keys[i];
        return key !== null ? `${expr(key, PR_TEST)}: ${expr(v, PR_TEST)}` : `**${expr(v, PR_EXPR)}`;
      }).join(', ') + '}';
    case 'Set': return `{${items(e.elts)}}`;
    case 'GeneratorExp': return `(${expr(e.elt, PR_TEST)}${comprehensions(e.generators)})`;
    case 'ListComp': return `[${expr(e.elt, PR_TEST)}${comprehensions(e.generators)}]`;
    case 'SetComp': return `{${expr(e.elt, PR_TEST)}${comprehensions(e.generators)}}`;
    case 'DictComp': return `{${expr(e.key, PR_TEST)}: ${expr(e.value, PR_TEST)}${comprehensions(e.generators)}}`;
    case 'Yield': return e.value ? `(yield ${expr(e.value, PR_TEST)})` : '(yield)';
    case 'YieldFrom': return `(yield from ${expr(e.value, PR_TEST)})`;
    case 'Await': return paren(PR_AWAIT, 'await ' + expr(e.value, PR_ATOM));
    case 'Compare':
      return paren(PR_CMP, expr(e.left, PR_CMP + 1) +
        e.ops.map((op, i) => CMPOPS[op] + expr(e.comparators[i], PR_CMP + 1)).join(''));
    case 'Call': return call(e);
    case 'Constant':
      if (e.value instanceof EllipsisConst) return '...';
      return (e.kind ?? '') + constant(e.value);
    case 'JoinedStr': return 'f' + reprConst(fstringBody(e.values));
    case 'FormattedValue': throw new Error('internal error: a FormattedValue outside an f-string');
    case 'Attribute':
      // An int needs a space before the dot to be read as one.
      return expr(e.value, PR_ATOM) + (e.value._type === 'Constant' && typeof e.value.value === 'bigint' ? ' .' : '.') +
        e.attr;
    case 'Subscript': return `${expr(e.value, PR_ATOM)}[${expr(e.slice, PR_TUPLE)}]`;
    case 'Starred': return '*' + expr(e.value, PR_EXPR);
    case 'Slice':
      return (e.lower ? expr(e.lower, PR_TEST) : '') + ':' + (e.upper ? expr(e.upper, PR_TEST) : '') +
        (e.step ? ':' + expr(e.step, PR_TEST) : '');
    case 'Name': return e.id;
    case 'List': return `[${items(e.elts)}]`;
    case 'Tuple':
      if (e.elts.length === 0) return '()';
      return paren(PR_TUPLE, items(e.elts) + (e.elts.length === 1 ? ',' : ''));
    case 'NamedExpr': return paren(PR_TUPLE, `${expr(e.target, PR_ATOM)} := ${expr(e.value, PR_ATOM)}`);
  }
}

function items(elts: ast.expr[]): string {
  return elts.map((elt) => expr(elt, PR_TEST)).join(', ');
}

/** append_repr: an infinity, which has no literal, is written 1e309. */
function constant(value: PyConst): string {
  if (value instanceof TupleConst) {
    return `(${value.items.map(constant).join(', ')}${value.items.length === 1 ? ',' : ''})`;
  }
  const repr = reprConst(value);
  const infinite = value instanceof FloatConst && !Number.isFinite(value.value) && !Number.isNaN(value.value);
  return infinite || value instanceof ComplexConst ? repr.replaceAll('inf', '1e309') : repr;
}

function arg(a: ast.arg): string {
  return a.arg + (a.annotation ? ': ' + expr(a.annotation, PR_TEST) : '');
}

/** append_ast_args: parameters as written, defaults aligned to the last positional ones. */
function args(a: ast.arguments): string {
  const parts: string[] = [];
  const positional = [...a.posonlyargs, ...a.args];
  positional.forEach((p, i) => {
    const d = i - positional.length + a.defaults.length;
    let text = arg(p) + (d >= 0 ? '=' + expr(a.defaults[d], PR_TEST) : '');
    if (a.posonlyargs.length && i + 1 === a.posonlyargs.length) text += ', /';
    parts.push(text);
  });
  if (a.vararg || a.kwonlyargs.length) parts.push('*' + (a.vararg ? arg(a.vararg) : ''));
  a.kwonlyargs.forEach((p, i) => {
    const d = a.kw_defaults[i - a.kwonlyargs.length + a.kw_defaults.length];
    parts.push(arg(p) + (d ? '=' + expr(d, PR_TEST) : ''));
  });
  if (a.kwarg) parts.push('**' + arg(a.kwarg));
  return parts.join(', ');
}

function comprehensions(generators: ast.comprehension[]): string {
  return generators.map((gen) => (gen.is_async ? ' async for ' : ' for ') + expr(gen.target, PR_TUPLE) + ' in ' +
    expr(gen.iter, PR_TEST + 1) + gen.ifs.map((cond) => ' if ' + expr(cond, PR_TEST + 1)).join('')).join('');
}

function call(e: ast.Call): string {
  const func = expr(e.func, PR_ATOM);
  // A lone generator expression brings its own parentheses.
  if (e.args.length === 1 && e.keywords.length === 0 && e.args[0]._type === 'GeneratorExp') return func + expr(e.args[0], PR_TEST);
  const parts = e.args.map((a) => expr(a, PR_TEST));
  for (const kw of e.keywords) parts.push((kw.arg === null ? '**' : kw.arg + '=') + expr(kw.value, PR_TEST));
  return `${func}(${parts.join(', ')})`;
}

/**
 * build_fstring_body: literal parts with their braces doubled, and the replacement fields. A str
 * by code point: a literal part may hold a high surrogate followed by a low one.
 */
function fstringBody(values: ast.expr[]): PyStr {
  return values.map(fstringElement).reduce(strConcat, '');
}

function fstringElement(e: ast.expr): PyStr {
  switch (e._type) {
    case 'Constant': return doubleBraces(e.value as PyStr);
    case 'JoinedStr': return fstringBody(e.values); // a format spec
    case 'FormattedValue': return formattedValue(e);
    default: throw new Error('internal error: unknown expression kind inside f-string');
  }
}

function doubleBraces(s: PyStr): PyStr {
  if (typeof s === 'string') return s.replaceAll('{', '{{').replaceAll('}', '}}');
  return strFromCodePoints(strCodePoints(s).flatMap((cp) => (cp === 0x7b || cp === 0x7d ? [cp, cp] : [cp])));
}

function formattedValue(e: ast.FormattedValue): PyStr {
  // Above PR_TEST, so that a lambda's ':' is parenthesized.
  const value = expr(e.value, PR_TEST + 1);
  // A value starting with a brace is set apart from the field's own.
  let out = (value.startsWith('{') ? '{ ' : '{') + value;
  out += CONVERSIONS[e.conversion] ?? '';
  return strConcat(e.format_spec ? strConcat(out + ':', fstringElement(e.format_spec)) : out, '}');
}
