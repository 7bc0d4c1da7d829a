// Numeric literal values (the tokenizer has already checked the syntax).
import { ComplexConst, FloatConst, type PyConst } from '@pyc-ts/bytecode';

/** The constant for a NUMBER token's text: int -> bigint, float -> FloatConst, imaginary -> ComplexConst. */
export function parseNumber(image: string): PyConst {
  const s = image.includes('_') ? image.replace(/_/g, '') : image;
  const last = s.charCodeAt(s.length - 1) | 32;
  if (last === 106) return new ComplexConst(0, Number(s.slice(0, -1)));
  const c1 = s.charCodeAt(1) | 32;
  if (s.charCodeAt(0) === 48 && (c1 === 120 || c1 === 111 || c1 === 98)) return BigInt(s);
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 46 || (c | 32) === 101) return new FloatConst(Number(s));
  }
  // Number() is correctly rounded like CPython's float(), and BigInt parses any size.
  return s.length <= 15 ? BigInt(Number(s)) : BigInt(s);
}
