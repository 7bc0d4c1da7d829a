// The math module against CPython 3.11 (scripts/gen_math_goldens.py): a CPython-compiled harness evaluates
// every case expression in the VM, and each result (value and type, or exception and message) must be
// CPython's.
//
// CPython calls the C library (glibc) for most float functions, and the VM JavaScript's Math (V8's port of
// fdlibm) where it has no exact port; the two disagree in the last bit for a few percent of arguments.
// Those functions, and gamma, lgamma, erf and erfc, which CPython computes from (or, for erf and erfc, takes
// from) the C library, may be off on finite nonzero results by at most the ulps below, the most their cases
// here are off. Everything else — every other function, every special value, error and message — is exact.
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { CodeObject, marshalLoads } from '@pyc-ts/bytecode';
import { PyFloat, PyList, PyTuple, VirtualMachine } from '@pyc-ts/vm';

type Value = ['f', string] | ['i', string] | ['b', boolean] | ['t', Value[]];
type Outcome = Value | ['o', string] | ['e', string];

const golden = JSON.parse(
  gunzipSync(readFileSync(new URL('./fixtures/math_goldens.json.gz', import.meta.url))).toString('ascii'),
) as { code: string; cases: [string, Outcome][] };

/**
 * Ulps the VM may be from CPython, per function. Measured over 20000 random arguments, V8's Math differs
 * from glibc in 0.1% (tanh, expm1, log1p, atanh, exp2 by pow) to 14% (atan2) of results, by one ulp
 * (log10 two, tanh and cbrt three; cbrt in half of them). erf and erfc follow mathmodule.c's series and
 * continued fraction, not glibc's rational approximations: erfc of large x is hundreds of ulps off.
 */
const LIBM_ULPS: Record<string, number> = {
  acos: 1, acosh: 1, asin: 1, atan: 1, atan2: 1, cbrt: 2, cos: 1, cosh: 1, log: 1, sin: 1, sinh: 1,
  tan: 1, gamma: 1, lgamma: 6, erf: 4, erfc: 409,
};

/** Runs the harness once in a fresh VM: one outcome per case. */
function runHarness(): Outcome[] {
  const code = marshalLoads(Uint8Array.from(golden.code.match(/../g)!, (h) => parseInt(h, 16)));
  if (!(code instanceof CodeObject)) throw new Error('the fixture holds no code object');
  let stderr = '';
  const vm = new VirtualMachine({ stdout: () => {}, stderr: (s) => (stderr += s) });
  const globals = vm.newGlobals('math_cases');
  if (vm.run(code, globals).exitCode !== 0) throw new Error(`the harness failed:\n${stderr}`);
  return (globals.getStr('R') as PyList).items.map((r) => {
    const [tag, v] = (r as PyTuple).items as [string, unknown];
    return tag === 'v' ? valueOf(v) : ([tag, v] as Outcome);
  });
}

function valueOf(v: unknown): Value {
  if (v instanceof PyFloat) return ['f', floatText(v.v)];
  if (typeof v === 'boolean') return ['b', v];
  if (typeof v === 'number' || typeof v === 'bigint') return ['i', v.toString()];
  if (v instanceof PyTuple) return ['t', v.items.map(valueOf)];
  throw new Error(`unexpected result ${String(v)}`);
}

/** A float as the generator spells it, up to the form of the digits (floats are compared as numbers). */
function floatText(x: number): string {
  if (Number.isNaN(x)) return 'nan';
  if (x === Infinity) return 'inf';
  if (x === -Infinity) return '-inf';
  return Object.is(x, -0) ? '-0.0' : String(x);
}

function floatOf(text: string): number {
  return text === 'inf' ? Infinity : text === '-inf' ? -Infinity : text === 'nan' ? NaN : Number(text);
}

function sameOutcome(a: Outcome, b: Outcome): boolean {
  if (a[0] === 'o' || a[0] === 'e' || b[0] === 'o' || b[0] === 'e') return a[0] === b[0] && a[1] === b[1];
  return sameValue(a, b);
}

function sameValue(a: Value, b: Value): boolean {
  if (a[0] !== b[0]) return false;
  if (a[0] === 'f') return Object.is(floatOf(a[1]), floatOf(b[1] as string));
  if (a[0] === 't') {
    const bs = b[1] as Value[];
    return a[1].length === bs.length && a[1].every((x, i) => sameValue(x, bs[i]));
  }
  return a[1] === b[1];
}

/** How many floats apart two finite floats of the same sign are. */
function ulps(a: number, b: number): number {
  const view = new DataView(new ArrayBuffer(16));
  view.setFloat64(0, Math.abs(a));
  view.setFloat64(8, Math.abs(b));
  const d = view.getBigUint64(0) - view.getBigUint64(8);
  return Number(d < 0n ? -d : d);
}

/** Whether a float result is within the function's tolerance of CPython's. */
function nearEnough(fn: string, want: Outcome, got: Outcome): boolean {
  const tolerance = LIBM_ULPS[fn];
  if (tolerance === undefined || want[0] !== 'f' || got[0] !== 'f') return false;
  const w = floatOf(want[1]);
  const g = floatOf(got[1]);
  return Number.isFinite(w) && w !== 0 && Number.isFinite(g) && Math.sign(w) === Math.sign(g) && ulps(w, g) <= tolerance;
}

const show = (o: Outcome): string => (o[0] === 't' ? `(${o[1].map(show).join(', ')})` : String(o[1]));

const outcomes = runHarness();

/** The cases by the math function they call ('' for the module's constants and attributes). */
const byFunction = new Map<string, number[]>();
golden.cases.forEach(([expr], i) => {
  const fn = /^math\.(\w+)\(/.exec(expr)?.[1] ?? '';
  byFunction.set(fn, [...(byFunction.get(fn) ?? []), i]);
});

describe('math against CPython 3.11', () => {
  it('runs every case', () => {
    expect(outcomes.length).toBe(golden.cases.length);
    expect(golden.cases.length).toBeGreaterThan(12000);
    expect(byFunction.size).toBe(56);
  });

  for (const [fn, indices] of [...byFunction].sort()) {
    it(fn === '' ? 'constants and attributes' : `math.${fn}`, () => {
      const wrong: string[] = [];
      for (const i of indices) {
        const [expr, want] = golden.cases[i];
        const got = outcomes[i];
        if (!sameOutcome(want, got) && !nearEnough(fn, want, got)) wrong.push(`${expr}: got ${show(got)}, want ${show(want)}`);
      }
      expect(wrong.slice(0, 10)).toEqual([]);
    });
  }
});
