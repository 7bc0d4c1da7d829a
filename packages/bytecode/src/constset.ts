// The iteration order of frozenset constants. A frozenset iterates in its hash
// table's order (SetTable), which the compiler needs for co_consts and marshal
// needs when it loads one, each time as CPython 3.11 would have built the set.

import { BytesConst, ComplexConst, FloatConst, StrConst, TupleConst, type PyConst } from './code.js';
import { hashConst } from './hash.js';
import { SetTable } from './settable.js';
import { strEquals } from './strconst.js';

/** The order a set iterates after adding `items` in turn (of equal items the first stays). */
export function constSetOrder(items: readonly PyConst[]): PyConst[] {
  const table = new SetTable<PyConst>(constEquals);
  for (const item of items) table.add(item, hashConst(item));
  return table.keys();
}

/** Python's == between constants: 1 == 1.0 == True == (1+0j), tuples item by item. */
export function constEquals(a: PyConst, b: PyConst): boolean {
  const x = numericParts(a);
  const y = numericParts(b);
  if (x !== null || y !== null) return x !== null && y !== null && numbersEqual(x[0], y[0]) && x[1] === y[1];
  if (a instanceof BytesConst && b instanceof BytesConst) {
    return a.bytes.length === b.bytes.length && a.bytes.every((v, i) => v === b.bytes[i]);
  }
  if (a instanceof StrConst && b instanceof StrConst) return strEquals(a, b);
  if (a instanceof TupleConst && b instanceof TupleConst) {
    return a.items.length === b.items.length && a.items.every((v, i) => constEquals(v, b.items[i]));
  }
  return a === b;
}

/** A number's real part (exact for ints) and imaginary part, or null for other constants. */
function numericParts(v: PyConst): [bigint | number, number] | null {
  if (typeof v === 'bigint') return [v, 0];
  if (typeof v === 'boolean') return [v ? 1n : 0n, 0];
  if (v instanceof FloatConst) return [v.value, 0];
  if (v instanceof ComplexConst) return [v.real, v.imag];
  return null;
}

function numbersEqual(a: bigint | number, b: bigint | number): boolean {
  // Mixed bigint/number comparison with == is exact in JS.
  // eslint-disable-next-line eqeqeq
  return a == b;
}
