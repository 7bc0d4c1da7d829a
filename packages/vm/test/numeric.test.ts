// The numeric library against CPython 3.11 goldens (scripts/gen_numeric_goldens.py).
// Values are encoded as in the generator: "i<int>", "f<float repr>", "s<str>",
// "c<re>,<im>", "E<Type>: <message>", lists for tuples.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { PyBaseException } from '../src/objects/errors.js';
import '../src/index.js';
import * as num from '../src/numeric/index.js';
import type { Int } from '../src/numeric/index.js';

type Enc = string | Enc[];
type Case = [string, Enc[], Enc];

const goldens = JSON.parse(
  gunzipSync(readFileSync(new URL('./fixtures/numeric_goldens.json.gz', import.meta.url))).toString('ascii'),
) as Record<string, Case[]>;

function decInt(e: Enc): Int {
  return num.normInt(BigInt((e as string).slice(1)));
}

function decFloat(e: Enc): number {
  const s = (e as string).slice(1);
  if (s === 'nan') return NaN;
  if (s === 'inf') return Infinity;
  if (s === '-inf') return -Infinity;
  return Number(s);
}

function decStr(e: Enc): string {
  return (e as string).slice(1);
}

/** Encodes an int result, insisting that it is normalised (a number iff safe). */
const i = (x: Int): string => {
  if ((typeof x === 'number') !== (x >= -Number.MAX_SAFE_INTEGER && x <= Number.MAX_SAFE_INTEGER)) {
    throw new Error(`not normalised: ${typeof x} ${x}`);
  }
  if (Object.is(x, -0)) throw new Error('int -0');
  return 'i' + x.toString();
};
const fRepr = (x: number): string => {
  const body = num.formatFloatDigits(x, 'r', 0, true, false);
  return (x < 0 || Object.is(x, -0)) && x === x ? '-' + body : body;
};
const f = (x: number): string => 'f' + fRepr(x);
const complexOrFloat = (r: number | num.ComplexResult): string =>
  typeof r === 'number' ? f(r) : `c${fRepr(r.real)},${fRepr(r.imag)}`;
const s = (x: string): string => 's' + x;

type Op = (args: Enc[]) => Enc;

const intOps: Record<string, Op> = {
  add: ([a, b]) => i(num.intAdd(decInt(a), decInt(b))),
  sub: ([a, b]) => i(num.intSub(decInt(a), decInt(b))),
  mul: ([a, b]) => i(num.intMul(decInt(a), decInt(b))),
  floordiv: ([a, b]) => i(num.intFloorDiv(decInt(a), decInt(b))),
  mod: ([a, b]) => i(num.intMod(decInt(a), decInt(b))),
  divmod: ([a, b]) => num.intDivmod(decInt(a), decInt(b)).map(i),
  truediv: ([a, b]) => f(num.intTrueDiv(decInt(a), decInt(b))),
  and: ([a, b]) => i(num.intAnd(decInt(a), decInt(b))),
  or: ([a, b]) => i(num.intOr(decInt(a), decInt(b))),
  xor: ([a, b]) => i(num.intXor(decInt(a), decInt(b))),
  cmp: ([a, b]) => i(num.intCompare(decInt(a), decInt(b))),
  neg: ([a]) => i(num.intNeg(decInt(a))),
  invert: ([a]) => i(num.intInvert(decInt(a))),
  abs: ([a]) => i(num.intAbs(decInt(a))),
  float: ([a]) => f(num.intToFloat(decInt(a))),
  hash: ([a]) => i(num.hashInt(decInt(a))),
  hex: ([a]) => s(num.intToRadix(decInt(a), 16)),
  oct: ([a]) => s(num.intToRadix(decInt(a), 8)),
  bin: ([a]) => s(num.intToRadix(decInt(a), 2)),
  str: ([a]) => s(num.intToDecimal(decInt(a))),
  lshift: ([a, b]) => i(num.intLshift(decInt(a), decInt(b))),
  rshift: ([a, b]) => i(num.intRshift(decInt(a), decInt(b))),
  round: ([a, b]) => i(num.roundInt(decInt(a), decInt(b))),
  pow: ([a, b]) => {
    const r = num.intPow(decInt(a), decInt(b));
    return typeof r === 'object' ? f(r.value) : i(r);
  },
  powmod: ([a, b, m]) => i(num.intPowMod(decInt(a), decInt(b), decInt(m))),
};

const floatOps: Record<string, Op> = {
  floordiv: ([a, b]) => f(num.floatFloorDiv(decFloat(a), decFloat(b))),
  mod: ([a, b]) => f(num.floatMod(decFloat(a), decFloat(b))),
  divmod: ([a, b]) => num.floatDivmod(decFloat(a), decFloat(b)).map(f),
  truediv: ([a, b]) => f(num.floatTrueDiv(decFloat(a), decFloat(b))),
  pow: ([a, b]) => complexOrFloat(num.floatPow(decFloat(a), decFloat(b))),
  int: ([a]) => i(num.floatToInt(decFloat(a))),
  hash: ([a]) => i(num.hashFloat(decFloat(a))),
  round0: ([a]) => i(num.roundFloatToInt(decFloat(a))),
  round: ([a, n]) => f(num.roundFloat(decFloat(a), decInt(n))),
  repr: ([a]) => s(fRepr(decFloat(a))),
  cmpif: ([a, b]) => {
    const c = num.compareIntFloat(decInt(a), decFloat(b));
    return c !== c ? 'snan' : i(c);
  },
};

const parseOps: Record<string, Op> = {
  int: ([t, base]) => i(num.parseInt(decStr(t), Number(decInt(base)))),
  float: ([t]) => f(num.parseFloat(decStr(t))),
};

const formatOps: Record<string, Op> = {
  int: ([v, spec]) => s(num.formatInt(decInt(v), decStr(spec))),
  float: ([v, spec]) => s(num.formatFloat(decFloat(v), decStr(spec))),
  str: ([v, spec]) => s(num.formatStr(decStr(v), decStr(spec))),
};

const percentOps: Record<string, Op> = {
  int: ([v, t, fl, w, p]) => s(num.percentInt(decInt(v), decStr(t), decStr(fl), Number(decInt(w)), Number(decInt(p)))),
  float: ([v, t, fl, w, p]) =>
    s(num.percentFloat(decFloat(v), decStr(t), decStr(fl), Number(decInt(w)), Number(decInt(p)))),
};

function run(op: Op, args: Enc[]): Enc {
  try {
    return op(args);
  } catch (e) {
    if (e instanceof PyBaseException) return `E${e.type.name}: ${e.args.items[0]}`;
    throw e;
  }
}

function check(group: string, ops: Record<string, Op>): void {
  const cases = goldens[group];
  const byOp = new Map<string, Case[]>();
  for (const c of cases) {
    if (!byOp.has(c[0])) byOp.set(c[0], []);
    byOp.get(c[0])!.push(c);
  }
  for (const [name, list] of byOp) {
    it(`${name} (${list.length} cases)`, () => {
      const op = ops[name];
      expect(op, `no test adapter for ${group}.${name}`).toBeDefined();
      const failures: string[] = [];
      for (const [, args, expected] of list) {
        const got = run(op, args);
        if (JSON.stringify(got) !== JSON.stringify(expected)) {
          failures.push(`${name}(${JSON.stringify(args).slice(0, 200)}) = ${JSON.stringify(got).slice(0, 200)}, CPython ${JSON.stringify(expected).slice(0, 200)}`);
        }
      }
      expect(failures.slice(0, 15)).toEqual([]);
    });
  }
}

describe('numeric: int operations', () => check('int', intOps));
describe('numeric: float operations', () => check('float', floatOps));
describe('numeric: parsing', () => check('parse', parseOps));
describe('numeric: format specs', () => check('format', formatOps));
describe('numeric: printf-style conversions', () => check('percent', percentOps));
