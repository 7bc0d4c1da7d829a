import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { complexRepr, floatRepr } from '../src/repr.js';

// Properties of repr(float) that hold for every double (the goldens pin exact text).
describe('floatRepr properties', () => {
  it('round-trips and keeps Python\'s shape', () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (x) => {
        const r = floatRepr(x);
        expect(Object.is(Number(r), x)).toBe(true);
        // Either an exponent form, or a decimal point is always present.
        expect(/^-?\d(\.\d+)?e[+-]\d\d+$/.test(r) || /^-?\d+\.\d+$/.test(r)).toBe(true);
      }),
      { numRuns: 5000 },
    );
  });

  it('complexRepr parts round-trip', () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true }), fc.double({ noNaN: true }), (re, im) => {
        const r = complexRepr(re, im);
        const num = String.raw`(?:inf|\d[\d.]*(?:e[+-]\d+)?)`;
        const m = new RegExp(String.raw`^\((-?${num})([+-]${num})j\)$|^(-?${num})j$`).exec(r);
        expect(m).not.toBeNull();
        const imText = m![3] ?? m![2];
        const parse = (s: string) => (s.endsWith('inf') ? (s.startsWith('-') ? -Infinity : Infinity) : Number(s));
        expect(parse(imText)).toBe(im);
        if (m![1] !== undefined) expect(parse(m![1])).toBe(re);
      }),
      { numRuns: 2000 },
    );
  });
});
