// hex(), oct() and bin(): sign, then prefix, then the magnitude's digits.

import { intAbs, type Int } from './int_ops.js';

const PREFIX: Record<number, string> = { 2: '0b', 8: '0o', 16: '0x' };

export function intToRadix(x: Int, base: 2 | 8 | 16): string {
  return (x < 0 ? '-' : '') + PREFIX[base] + intAbs(x).toString(base);
}
