// Property: on ANY input the front end ends with an AST or a Python SyntaxError
// (PySyntaxError with CPython-shaped fields), or for chains beyond CPython's parser stack its
// MemoryError, never another JS exception or a hang.
// Seeds are fixed so a failure reproduces; fast-check prints the shrunk input.
// Case counts per run (51,000 random cases + 80 deep-nesting cases): random bytes 10000, bytes after a
// coding cookie/BOM 2000, unicode strings 5000, punctuation strings 10000, token sequences 12000,
// token sequences in eval/single mode 5000, corpus mutations 6000, deep nesting 16 shapes x 5 depths.
// Each case must finish within MAX_MS.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse, PyMemoryError, PySyntaxError } from '@pyc-ts/compiler';

const MAX_MS = 1000;
const ERROR_TYPES = ['SyntaxError', 'IndentationError', 'TabError'];

/** Parses `src`; returns 'ok' or 'error' (a well-formed PySyntaxError, or MemoryError), rethrows anything else. */
function outcome(src: string | Uint8Array, mode: 'exec' | 'eval' | 'single' = 'exec'): 'ok' | 'error' {
  const start = performance.now();
  let result: 'ok' | 'error';
  try {
    const mod = parse(src, 'fuzz.py', mode);
    const want = { exec: 'Module', eval: 'Expression', single: 'Interactive' }[mode];
    if (mod._type !== want) throw new Error(`parse returned ${mod._type}, not ${want}`);
    result = 'ok';
  } catch (e) {
    if (e instanceof PyMemoryError) {
      if (e.format() !== 'MemoryError\n') throw new Error(`MemoryError printed as ${e.format()}`);
    } else {
      if (!(e instanceof PySyntaxError)) throw e;
      if (!ERROR_TYPES.includes(e.type)) throw new Error(`bad SyntaxError type ${e.type}`);
      if (e.msg.length === 0) throw new Error('empty SyntaxError msg');
      // CPython itself reports line 0 for a few whole-input errors (e.g. unknown encoding, empty eval input).
      if (!(Number.isInteger(e.lineno) && e.lineno >= 0)) throw new Error(`SyntaxError lineno ${e.lineno}: ${e.msg}`);
      if (e.filename !== 'fuzz.py') throw new Error(`SyntaxError filename ${e.filename}`);
      e.format(); // printing the error must not throw either
    }
    result = 'error';
  }
  const ms = performance.now() - start;
  if (ms > MAX_MS) throw new Error(`parse took ${ms.toFixed(0)} ms`);
  return result;
}

const check = (src: string | Uint8Array, mode?: 'exec' | 'eval' | 'single'): void => {
  expect(['ok', 'error']).toContain(outcome(src, mode));
};

// --- (2) token soup ----------------------------------------------------------
const KEYWORDS = [
  'False', 'None', 'True', 'and', 'as', 'assert', 'async', 'await', 'break', 'class', 'continue', 'def', 'del',
  'elif', 'else', 'except', 'finally', 'for', 'from', 'global', 'if', 'import', 'in', 'is', 'lambda', 'nonlocal',
  'not', 'or', 'pass', 'raise', 'return', 'try', 'while', 'with', 'yield', 'match', 'case', '_', 'type', 'print',
];
const OPERATORS = [
  '+', '-', '*', '**', '/', '//', '%', '@', '<<', '>>', '&', '|', '^', '~', ':=', '<', '>', '<=', '>=', '==', '!=',
  '<>', '(', ')', '[', ']', '{', '}', ',', ':', '.', ';', '=', '->', '+=', '-=', '*=', '/=', '//=', '%=', '@=', '&=',
  '|=', '^=', '>>=', '<<=', '**=', '...', '!', '$', '?', '`', '\\',
];
const NUMBERS = ['0', '1', '00', '01', '0x', '0x1f', '0o7', '0b2', '1_000', '1__0', '1_', '1.5', '1e', '1e5', '.5', '1.', '2j', '1.5J', '0xg', '9' .repeat(30), '1e400'];
const STRINGS = [
  "'s'", '"s"', "'''t'''", '"""t"""', "b'b'", "rb'\\d'", "u'u'", "f'{x}'", 'f"{x!r:>{w}}"', "f'{'", "f'}'",
  "f'{x=}'", "f'{x!z}'", "f'{}'", "f'{{}}'", "f'''{\n}'''", "'\\N{BULLET}'", "'\\N{nope}'", "'\\x4'", "b'é'",
  "'unterminated", '"""unterminated', "f'{f'{x}'}'", "'\\", "br'x'", "bu'x'",
];
const LAYOUT = ['\n', '\n', '    ', '  ', '\t', '\f', '\\\n', '#c', '#c\n', '\r\n', '\r', '\n    ', '\n\t', '\n\n  '];
const NAMES = ['x', 'y', 'f', 'é', 'ℌ', 'x1', '__x', 'ａ', '💩', '\u00a0', '\u200b'];
const token = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...KEYWORDS) },
  { weight: 4, arbitrary: fc.constantFrom(...OPERATORS) },
  { weight: 2, arbitrary: fc.constantFrom(...NUMBERS) },
  { weight: 2, arbitrary: fc.constantFrom(...STRINGS) },
  { weight: 3, arbitrary: fc.constantFrom(...LAYOUT) },
  { weight: 3, arbitrary: fc.constantFrom(...NAMES) },
);
const sep = fc.constantFrom('', ' ', ' ', '  ', '\t', '\n', '\\\n');
const soup = fc.array(fc.tuple(token, sep), { maxLength: 50 }).map((ts) => ts.map(([t, s]) => t + s).join(''));

// --- (3) mutations of valid programs --------------------------------------------
function pyFiles(rel: string): string[] {
  const dir = fileURLToPath(new URL(rel, import.meta.url));
  const out: string[] = [];
  for (const e of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (e.isFile() && e.name.endsWith('.py')) out.push(readFileSync(`${e.parentPath}/${e.name}`, 'utf8'));
  }
  return out;
}
const corpus = [...pyFiles('../../../test/corpus/'), ...pyFiles('./fixtures/')];

/** Splits into rough tokens (words, numbers, single punctuation, whitespace runs) so mutations act on tokens too. */
const roughTokens = (s: string): string[] => s.match(/[\p{L}\p{N}_]+|[ \t]+|\n|./gsu) ?? [];
const INSERTS = ['(', ')', '[', ']', '{', '}', "'", '"', '"""', ':', ',', '\n', '    ', '\t', '\\', 'f"{', '=', 'lambda', 'await', '*'];

type Mutation = { kind: number; at: number; other: number; ins: string; tokens: boolean };
const mutation = fc.record({
  kind: fc.integer({ min: 0, max: 4 }),
  at: fc.nat(),
  other: fc.nat(),
  ins: fc.constantFrom(...INSERTS),
  tokens: fc.boolean(),
});

function mutate(src: string, muts: Mutation[]): string {
  for (const m of muts) {
    const parts = m.tokens ? roughTokens(src) : [...src];
    if (parts.length === 0) break;
    const i = m.at % parts.length;
    const j = m.other % parts.length;
    switch (m.kind) {
      case 0: parts.splice(i, 1); break; // delete
      case 1: parts.splice(i, 0, parts[i]); break; // duplicate
      case 2: [parts[i], parts[j]] = [parts[j], parts[i]]; break; // swap
      case 3: parts.splice(i, 0, m.ins); break; // insert bracket/quote/colon/...
      case 4: parts.length = i; break; // truncate
    }
    src = parts.join('');
  }
  return src;
}

// --- (4) deep nesting -------------------------------------------------------
const NESTING: Record<string, (n: number) => string> = {
  parens: (n) => '('.repeat(n),
  'balanced parens': (n) => '('.repeat(n) + '1' + ')'.repeat(n),
  brackets: (n) => '['.repeat(n),
  'balanced brackets': (n) => '['.repeat(n) + ']'.repeat(n),
  braces: (n) => '{'.repeat(n) + '}'.repeat(n),
  'unary minus': (n) => '-'.repeat(n) + '1',
  'unary not': (n) => 'not '.repeat(n) + 'x',
  lambdas: (n) => 'lambda: '.repeat(n) + '0',
  'binary chain': (n) => '1' + '+1'.repeat(n),
  'power chain': (n) => '2' + '**2'.repeat(n),
  'attribute chain': (n) => 'x' + '.y'.repeat(n),
  'call chain': (n) => 'f' + '()'.repeat(n),
  // CPython stops at 100 indentation levels; capped so the source stays a few MB.
  'nested ifs': (n) => (n = Math.min(n, 2000), Array.from({ length: n }, (_, i) => ' '.repeat(i) + 'if x:\n').join('') + ' '.repeat(n) + 'pass\n'),
  'nested f-strings': (n) => "f'{".repeat(Math.min(n, 50)) + 'x' + "}'".repeat(Math.min(n, 50)),
  'comparison chain': (n) => 'x' + '<x'.repeat(n),
  'and chain': (n) => 'x' + ' and x'.repeat(n),
};
const DEPTHS = [10, 100, 1000, 10000, 100000];

describe('front-end fuzz: AST or PySyntaxError, never a JS exception or hang', () => {
  it('random bytes as Uint8Array (10000 cases)', () => {
    fc.assert(fc.property(fc.uint8Array({ maxLength: 80 }), (b) => check(b)), { seed: 101, numRuns: 10000 });
  });

  it('random bytes with a coding cookie or BOM (2000 cases)', () => {
    const head = fc.constantFrom('# coding: latin-1\n', '# -*- coding: utf-8 -*-\n', '# coding: bogus\n', '\ufeff', '\ufeff# coding: latin-1\n', '');
    fc.assert(
      fc.property(head, fc.uint8Array({ maxLength: 60 }), (h, b) => {
        const hb = new TextEncoder().encode(h);
        const all = new Uint8Array(hb.length + b.length);
        all.set(hb);
        all.set(b, hb.length);
        check(all);
      }),
      { seed: 102, numRuns: 2000 },
    );
  });

  it('random unicode strings (5000 cases)', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 80 }), (s) => check(s)), { seed: 103, numRuns: 5000 });
  });

  it('random ASCII-ish strings over Python punctuation (10000 cases)', () => {
    const ch = fc.constantFrom(...'()[]{}:;,.=+-*/%@<>!&|^~\'"\\#\n \tfbrux01_'.split(''));
    fc.assert(fc.property(fc.array(ch, { maxLength: 80 }).map((a) => a.join('')), (s) => check(s)), { seed: 104, numRuns: 10000 });
  });

  it('random token sequences (12000 cases)', () => {
    fc.assert(fc.property(soup, (s) => check(s)), { seed: 105, numRuns: 12000 });
  });

  it('random token sequences in eval and single modes (5000 cases)', () => {
    fc.assert(
      fc.property(soup, fc.constantFrom('eval' as const, 'single' as const), (s, mode) => check(s, mode)),
      { seed: 106, numRuns: 5000 },
    );
  });

  it(`mutations of ${corpus.length} corpus programs (6000 cases)`, () => {
    expect(corpus.length).toBeGreaterThan(50);
    fc.assert(
      fc.property(fc.nat(), fc.array(mutation, { minLength: 1, maxLength: 4 }), (k, muts) => {
        check(mutate(corpus[k % corpus.length], muts));
      }),
      { seed: 107, numRuns: 6000 },
    );
  });

  describe(`deep nesting (${Object.keys(NESTING).length} shapes x depths ${DEPTHS.join(', ')})`, () => {
    for (const [name, make] of Object.entries(NESTING)) {
      it(name, () => {
        for (const n of DEPTHS) check(make(n));
      });
    }
  });
});
