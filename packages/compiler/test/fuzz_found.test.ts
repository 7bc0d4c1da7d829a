// Inputs the fuzz tests (fuzz.test.ts, compared with CPython 3.11) found accepted although CPython
// rejects them: a missing or doubled comma inside a list of items. Each must be a SyntaxError.
import { describe, expect, it } from 'vitest';
import { parse, PySyntaxError } from '@pyc-ts/compiler';

const REJECTED = [
  'f(a b)\n', 'class C(a b): pass\n', 'def f(a b): pass\n', 'lambda a b: 0\n',
  'match x:\n case C(a b): pass\n', 'match x:\n case [a b]: pass\n', 'match x:\n case {1:a 2:b}: pass\n',
  'f,,\n', 'x = 1,,\n', 'a,,b = c\n', 'return a,,b\n', 'x = yield a,,b\n', 'for a,,b in c: pass\n',
  'for x in a,,b: pass\n', 'x[a,,b]\n', 'x[a,,]\n', '[a,,b]\n', '(a,,b)\n', '{a,,b}\n', '{a:1,,b:2}\n',
  'match x:\n case a,,b: pass\n', 'match x:\n case (a,,b): pass\n', 'match a,,b:\n case 1: pass\n',
  "f'{a,,b}'\n", 'x[]\n',
];
// Trailing commas stay valid.
const ACCEPTED = [
  'f(a, b,)\n', 'class C(a,): pass\n', 'def f(a, b,): pass\n', 'lambda a,: 0\n', 'x = 1,\n', 'a, = c\n',
  'x[a,]\n', '[a,]\n', '(a,)\n', '{a,}\n', '{a:1,}\n', 'for a, in c: pass\n',
  'match x:\n case C(a, b,): pass\n', 'match x:\n case [a, b,]: pass\n', 'match x:\n case {1:a, 2:b,}: pass\n',
  'match x:\n case a, b,: pass\n', 'match a, b,:\n case 1: pass\n',
];

// eval input takes no unparenthesized starred items.
const EVAL_REJECTED = ['*y', '*y, z', 'y, *z', '(a), *b'];
const EVAL_ACCEPTED = ['(*y, z)', '[*y]', 'f(*y)', 'y, z'];

describe('fuzz finds: starred items in eval input', () => {
  for (const src of EVAL_REJECTED) {
    it(`rejects ${JSON.stringify(src)}`, () => expect(() => parse(src, 'fuzz.py', 'eval')).toThrow(PySyntaxError));
  }
  for (const src of EVAL_ACCEPTED) {
    it(`accepts ${JSON.stringify(src)}`, () => expect(parse(src, 'fuzz.py', 'eval')._type).toBe('Expression'));
  }
});

describe('fuzz finds: comma-separated items', () => {
  for (const src of REJECTED) {
    it(`rejects ${JSON.stringify(src)}`, () => {
      let err: unknown = null;
      try {
        parse(src, 'fuzz.py');
      } catch (e) {
        err = e;
      }
      expect(err).toBeInstanceOf(PySyntaxError);
      expect((err as PySyntaxError).type).toBe('SyntaxError');
    });
  }
  for (const src of ACCEPTED) {
    it(`accepts ${JSON.stringify(src)}`, () => expect(parse(src, 'fuzz.py')._type).toBe('Module'));
  }
});
