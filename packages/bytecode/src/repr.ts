// Python's repr() of constants, character for character as CPython 3.11 prints
// them: dis, ast dumps and the VM all show constants this way.

import {
  BytesConst,
  CodeObject,
  ComplexConst,
  EllipsisConst,
  FloatConst,
  FrozensetConst,
  StrConst,
  TupleConst,
  type PyConst,
} from './code.js';
import { NON_PRINTABLE_RANGES } from './printable.js';

/**
 * Formats a float as PyOS_double_to_string(x, 'r', 0, flags) does: the shortest
 * digits that round-trip, in exponent form when the exponent is < -4 or >= 16.
 * `addDot0` appends ".0" to integral values in positional form (repr(float)
 * does, the parts of repr(complex) do not).
 */
function shortestFloat(x: number, addDot0: boolean): string {
  if (Number.isNaN(x)) return 'nan';
  const sign = x < 0 || Object.is(x, -0) ? '-' : '';
  if (!Number.isFinite(x)) return sign + 'inf';
  // toExponential() with no argument gives the shortest round-trip digits.
  const [mantissa, expText] = Math.abs(x).toExponential().split('e');
  const digits = mantissa.replace('.', '');
  const exp = Number(expText);
  let body: string;
  if (exp < -4 || exp >= 16) {
    const frac = digits.length > 1 ? '.' + digits.slice(1) : '';
    const absExp = String(Math.abs(exp)).padStart(2, '0');
    body = `${digits[0]}${frac}e${exp < 0 ? '-' : '+'}${absExp}`;
  } else if (exp < 0) {
    body = '0.' + '0'.repeat(-exp - 1) + digits;
  } else if (digits.length <= exp + 1) {
    body = digits + '0'.repeat(exp + 1 - digits.length) + (addDot0 ? '.0' : '');
  } else {
    body = digits.slice(0, exp + 1) + '.' + digits.slice(exp + 1);
  }
  return sign + body;
}

/** Exactly Python's repr(float). */
export function floatRepr(x: number): string {
  return shortestFloat(x, true);
}

/** Exactly Python's repr(complex) (Objects/complexobject.c complex_repr). */
export function complexRepr(real: number, imag: number): string {
  const im = shortestFloat(imag, false);
  // A real part of +0.0 is left out: 1j, not (0+1j).
  if (real === 0 && !Object.is(real, -0)) return im + 'j';
  const re = shortestFloat(real, false);
  const imSigned = im.startsWith('-') ? im : '+' + im;
  return `(${re}${imSigned}j)`;
}

/** Whether str.isprintable() accepts the code point (binary search in the generated table). */
export function isPrintable(cp: number): boolean {
  return !inRanges(NON_PRINTABLE_RANGES, cp);
}

/** Whether cp lies in one of the sorted, disjoint ranges [start, end, start, end, ...] (inclusive). */
export function inRanges(ranges: ArrayLike<number>, cp: number): boolean {
  let lo = 0;
  let hi = ranges.length / 2 - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (cp < ranges[2 * mid]) hi = mid - 1;
    else if (cp > ranges[2 * mid + 1]) lo = mid + 1;
    else return true;
  }
  return false;
}

function hex(n: number, width: number): string {
  return n.toString(16).padStart(width, '0');
}

/** Single quotes unless the text has a single quote and no double quote (as CPython chooses). */
function chooseQuote(hasSingle: boolean, hasDouble: boolean): string {
  return hasSingle && !hasDouble ? '"' : "'";
}

/** Exactly Python's repr(str). Iterates by code point; lone surrogates are escaped. */
export function strRepr(s: string): string {
  const quote = chooseQuote(s.includes("'"), s.includes('"'));
  let out = quote;
  for (const ch of s) out += reprChar(ch.codePointAt(0)!, quote);
  return out + quote;
}

/**
 * repr of a str given as its code points: for strings a JS string cannot hold
 * exactly (a lone high surrogate followed by a lone low one reads as one character).
 */
export function strReprCodePoints(points: readonly number[]): string {
  const quote = chooseQuote(points.includes(0x27), points.includes(0x22));
  let out = quote;
  for (const cp of points) out += reprChar(cp, quote);
  return out + quote;
}

function reprChar(cp: number, quote: string): string {
  const ch = String.fromCodePoint(cp);
  if (ch === quote || ch === '\\') return '\\' + ch;
  if (ch === '\t') return '\\t';
  if (ch === '\n') return '\\n';
  if (ch === '\r') return '\\r';
  if (cp < 0x20 || cp === 0x7f) return '\\x' + hex(cp, 2);
  if (cp < 0x7f || isPrintable(cp)) return ch;
  if (cp <= 0xff) return '\\x' + hex(cp, 2);
  if (cp <= 0xffff) return '\\u' + hex(cp, 4);
  return '\\U' + hex(cp, 8);
}

/** Exactly Python's repr(bytes). */
export function bytesRepr(b: Uint8Array): string {
  const quote = chooseQuote(b.includes(0x27), b.includes(0x22));
  let out = 'b' + quote;
  for (const byte of b) {
    const ch = String.fromCharCode(byte);
    if (ch === quote || ch === '\\') out += '\\' + ch;
    else if (ch === '\t') out += '\\t';
    else if (ch === '\n') out += '\\n';
    else if (ch === '\r') out += '\\r';
    else if (byte < 0x20 || byte >= 0x7f) out += '\\x' + hex(byte, 2);
    else out += ch;
  }
  return out + quote;
}

// Code objects have no address here; each gets a stable made-up one so that
// distinct code objects print distinctly, as they do in CPython.
const codeAddresses = new WeakMap<CodeObject, string>();
let nextCodeAddress = 0x7f0000000000;

function codeAddress(code: CodeObject): string {
  let addr = codeAddresses.get(code);
  if (addr === undefined) {
    addr = '0x' + nextCodeAddress.toString(16);
    nextCodeAddress += 0x100;
    codeAddresses.set(code, addr);
  }
  return addr;
}

/** repr(code) as 3.11 prints it (Objects/codeobject.c code_repr). */
export function codeRepr(code: CodeObject): string {
  return `<code object ${code.name} at ${codeAddress(code)}, file "${code.filename}", line ${code.firstlineno}>`;
}

/** repr() of any constant, as Python prints it. */
export function reprConst(c: PyConst): string {
  if (c === null) return 'None';
  if (typeof c === 'boolean') return c ? 'True' : 'False';
  if (typeof c === 'bigint') return c.toString();
  if (typeof c === 'string') return strRepr(c);
  if (c instanceof StrConst) return strReprCodePoints(c.codePoints);
  if (c instanceof FloatConst) return floatRepr(c.value);
  if (c instanceof ComplexConst) return complexRepr(c.real, c.imag);
  if (c instanceof BytesConst) return bytesRepr(c.bytes);
  if (c instanceof TupleConst) {
    if (c.items.length === 1) return `(${reprConst(c.items[0])},)`;
    return `(${c.items.map(reprConst).join(', ')})`;
  }
  if (c instanceof FrozensetConst) {
    if (c.items.length === 0) return 'frozenset()';
    return `frozenset({${c.items.map(reprConst).join(', ')}})`;
  }
  if (c instanceof EllipsisConst) return 'Ellipsis';
  return codeRepr(c);
}
