// Which non-ASCII characters may start or continue an identifier, by CPython
// 3.11's Unicode database (unicode_tables.ts), not by the JS engine's newer one.
// (Printability, for error messages, is the bytecode package's isPrintable.)

import { inRanges } from '@pyc-ts/bytecode';
import { ID_CONTINUE, ID_START } from './unicode_tables.js';

/** Decodes a table into sorted [start, end, start, end, ...] code points. */
function decode(table: string): Uint32Array {
  const pairs = table.split(',');
  const out = new Uint32Array(pairs.length * 2);
  let prev = 0x7f;
  pairs.forEach((pair, i) => {
    const [gap, length] = pair.split('.').map((s) => parseInt(s, 36));
    const start = prev + gap + 1;
    out[2 * i] = start;
    out[2 * i + 1] = prev = start + length - 1;
  });
  return out;
}

let tables: { start: Uint32Array; cont: Uint32Array } | null = null;

function loaded(): NonNullable<typeof tables> {
  return (tables ??= { start: decode(ID_START), cont: decode(ID_CONTINUE) });
}

/** XID_Start or '_' (for a non-ASCII code point: a table lookup). */
export function isIdStart(cp: number): boolean {
  if (cp < 0x80) return (cp >= 97 && cp <= 122) || (cp >= 65 && cp <= 90) || cp === 95;
  return inRanges(loaded().start, cp);
}

export function isIdContinue(cp: number): boolean {
  if (cp < 0x80) return (cp >= 97 && cp <= 122) || (cp >= 65 && cp <= 90) || cp === 95 || (cp >= 48 && cp <= 57);
  return inRanges(loaded().cont, cp);
}
