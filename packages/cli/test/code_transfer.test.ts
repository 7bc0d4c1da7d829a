// The deep-stack worker's transfer format: code objects survive it exactly (same marshal bytes,
// same sharing of objects), at any nesting depth.
import { describe, expect, it } from 'vitest';
import { FloatConst, StrConst, TupleConst, marshalDumps, type CodeObject } from '@pyc-ts/bytecode';
import { compile } from '@pyc-ts/compiler';
import { flattenConst, unflattenConst } from '../src/code_transfer.js';

const roundTrip = <T>(c: T): T => unflattenConst(structuredClone(flattenConst(c as never))) as T;

describe('code transfer', () => {
  it('keeps a compiled module exactly', () => {
    const source = 'x = (1, 2.5, -0.0, 3j, b"b", ..., None, True, frozenset({1, 2}))\ndef f(a, *b, c=(1, (2,))):\n    return lambda: a + 10 ** 30\nclass C:\n    y = "é\\ud800"\nz = ("\\ud83d\\ude00", "\\U0001f600")\n';
    const code = compile(source, 'm.py');
    expect(marshalDumps(roundTrip(code))).toEqual(marshalDumps(code));
    // '\ud83d\ude00' written as two escapes stays two code points (a StrConst).
    expect(roundTrip(code).consts).toContainEqual(new TupleConst([new StrConst([0xd83d, 0xde00]), '\u{1f600}']));
  });

  it('keeps shared objects shared and NaN constants apart', () => {
    const shared = new TupleConst(['a']);
    const nan1 = new FloatConst(NaN);
    const nan2 = new FloatConst(NaN);
    const t = roundTrip(new TupleConst([shared, shared, nan1, nan2, nan1]));
    expect(t.items[0]).toBe(t.items[1]);
    expect(t.items[2]).toBe(t.items[4]);
    expect(t.items[2]).not.toBe(t.items[3]);
  });

  it('takes nesting deeper than any JS stack', () => {
    let t = new TupleConst([]);
    for (let i = 0; i < 100_000; i++) t = new TupleConst([t]);
    let back = roundTrip(t);
    let depth = 0;
    while (back.items.length > 0) {
      back = back.items[0] as TupleConst;
      depth++;
    }
    expect(depth).toBe(100_000);
  });

  it('takes a thousand nested functions', () => {
    const code = compile('f = ' + 'lambda: '.repeat(1000) + '7\n', 'lambdas.py');
    let c: CodeObject = roundTrip(code);
    for (let i = 0; i < 1000; i++) c = c.consts.find((x): x is CodeObject => typeof x === 'object' && x !== null && 'consts' in x)!;
    expect(c.consts).toContain(7n);
  });
});
