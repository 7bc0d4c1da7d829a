import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { MarshalError, marshalDumps, marshalLoads } from '../src/marshal.js';
import { readPyc, writePyc, MAGIC_NUMBER, PYC_CHECK_SOURCE, PYC_HASH_BASED } from '../src/pyc.js';
import { codeToJSON } from '../src/codejson.js';
import { BytesConst, ComplexConst, Ellipsis, FloatConst, FrozensetConst, StrConst, TupleConst, type PyConst } from '../src/code.js';

// .pyc files and CodeJSON from scripts/gen_bytecode_goldens.py and
// scripts/gen_bytecode_dis_fixtures.py (CPython 3.11).
const dirs = [new URL('./golden/programs/', import.meta.url), new URL('./fixtures/', import.meta.url)];
const modules = dirs.flatMap((dir) =>
  readdirSync(dir).filter((f) => f.endsWith('.pyc')).map((f) => ({ dir, name: f.slice(0, -4) })),
);

describe('marshal and .pyc', () => {
  it('has goldens', () => expect(modules.length).toBeGreaterThanOrEqual(10));

  for (const { dir, name } of modules) {
    const pyc = new Uint8Array(readFileSync(new URL(`${name}.pyc`, dir)));
    const json = JSON.parse(readFileSync(new URL(`${name}.code.json`, dir), 'utf8'));

    it(`reads CPython's ${name}.pyc`, () => {
      const r = readPyc(pyc);
      expect(r.flags).toBe(0);
      expect(codeToJSON(r.code)).toEqual(json);
    });

    it(`re-marshals ${name} byte for byte and round-trips`, () => {
      const r = readPyc(pyc);
      const again = writePyc(r.code, { mtime: r.mtime, sourceSize: r.sourceSize });
      expect(codeToJSON(readPyc(again).code)).toEqual(json);
      expect(Buffer.from(again).toString('hex')).toBe(Buffer.from(pyc).toString('hex'));
    });
  }

  // The corpus goldens (scripts/gen_goldens.py) are hash-based .pyc files.
  const corpus = new URL('../../../test/golden/pyc/', import.meta.url);
  const corpusFiles = existsSync(corpus) ? readdirSync(corpus).filter((f) => f.endsWith('.pyc')) : [];
  it.skipIf(corpusFiles.length === 0)(`re-writes the ${corpusFiles.length} corpus .pyc goldens byte for byte`, () => {
    for (const f of corpusFiles) {
      const pyc = new Uint8Array(readFileSync(new URL(f, corpus)));
      const r = readPyc(pyc);
      expect(r.flags & PYC_HASH_BASED).toBe(PYC_HASH_BASED);
      const again = writePyc(r.code, { sourceHash: r.sourceHash!, checkSource: (r.flags & PYC_CHECK_SOURCE) !== 0 });
      expect([f, Buffer.from(again).toString('hex')]).toEqual([f, Buffer.from(pyc).toString('hex')]);
    }
  });

  it('writes the 3.11 header', () => {
    const r = readPyc(new Uint8Array(readFileSync(new URL(`${modules[0].name}.pyc`, modules[0].dir))));
    const out = writePyc(r.code, { mtime: 0x12345678, sourceSize: 99 });
    expect([...out.subarray(0, 16)]).toEqual([...MAGIC_NUMBER, 0, 0, 0, 0, 0x78, 0x56, 0x34, 0x12, 99, 0, 0, 0]);
  });

  it('round-trips every kind of constant', () => {
    const values: PyConst[] = [
      null, true, false, Ellipsis, 0n, -1n, 2n ** 31n - 1n, -(2n ** 31n), 2n ** 31n, -(10n ** 40n), 'abc', '',
      'caf\u00e9 \ud800 \u{1f600}', 'x'.repeat(300), 'y'.repeat(200_000), new FloatConst(-0), new FloatConst(NaN), new ComplexConst(1, -2),
      new BytesConst(Uint8Array.from([0, 255])), new TupleConst([1n, 'a', new TupleConst([])]),
      new FrozensetConst([1n, 2n]), new TupleConst(Array.from({ length: 300 }, (_, i) => BigInt(i))),
      new StrConst([0xd83d, 0xde00]), new StrConst([0x78, 0xdbff, 0xdc00, 0xdbff, 0xdfff]),
      new TupleConst([new StrConst([0xd800, 0xdc00]), '\u{10000}']), new StrConst(Array.from({ length: 70_000 }, (_, i) => 0xd800 + (i % 0x800))),
    ];
    for (const v of values) expect(marshalLoads(marshalDumps(v))).toEqual(v);
  });

  it('sorts a frozenset by its items\' dumps, flagged as their references elsewhere say', () => {
    // python3: s = 'caf' + chr(0xe9); t = (s, frozenset({s, 'a', 'b' + chr(0xe9)})); del s; marshal.dumps(t).
    // 'caf\u00e9' is also in the tuple, so its sort key has FLAG_REF and it sorts after 'a'.
    const t = new TupleConst(['caf\u00e9', new FrozensetConst(['caf\u00e9', 'a', 'b\u00e9'])]);
    expect(Buffer.from(marshalDumps(t)).toString('hex')).toBe('a902f505000000636166c3a93e03000000f50300000062c3a9da01617201000000');
  });

  it('writes and reads a high surrogate followed by a low one as two code points', () => {
    // python3: marshal.dumps(s) for s held by a variable, e.g. s = '\ud83d\ude00'.
    const hex = (b: Uint8Array) => Buffer.from(b).toString('hex');
    const bytes = (h: string) => new Uint8Array(Buffer.from(h, 'hex'));
    const pair = new StrConst([0xd83d, 0xde00]);
    expect(hex(marshalDumps(pair))).toBe('f506000000eda0bdedb880');
    expect(hex(marshalDumps('\u{1f600}'))).toBe('f504000000f09f9880');
    expect(hex(marshalDumps(new TupleConst([pair, new StrConst([0xd83d, 0xde00])])))).toBe('a902f506000000eda0bdedb8807201000000');
    expect(marshalLoads(bytes('f506000000eda0bdedb880'))).toEqual(pair);
    expect(marshalLoads(bytes('7506000000eda0bdedb880'))).toEqual(pair);
    expect(marshalLoads(bytes('f504000000f09f9880'))).toBe('\u{1f600}');
    // Surrogates that are not a high one then a low one make a plain JS string.
    expect(marshalLoads(bytes('f506000000edb880eda0bd'))).toBe('\ude00\ud83d');
    expect(marshalLoads(bytes('f50400000061eda0bd'))).toBe('a\ud83d');
  });

  it('rejects malformed data with MarshalError', () => {
    const good = marshalDumps(new TupleConst(['abc', 10n ** 30n]));
    for (let n = 0; n < good.length; n++) expect(() => marshalLoads(good.subarray(0, n))).toThrow(MarshalError);
    expect(() => marshalLoads(Uint8Array.from([0x72, 0, 0, 0, 0]))).toThrow(MarshalError);
    expect(() => marshalLoads(Uint8Array.from([0x3f]))).toThrow(MarshalError);
  });

  // scripts/gen_marshal_error_goldens.py: what CPython 3.11's marshal.loads raises for damaged data.
  const errors: { data: string; type: string; message: string }[] = JSON.parse(
    readFileSync(new URL('./fixtures/marshal_errors.json', import.meta.url), 'utf8'),
  );
  it(`raises CPython's exception for each of ${errors.length} kinds of damaged data`, () => {
    const got = errors.map(({ data }) => {
      try {
        marshalLoads(Uint8Array.from(Buffer.from(data, 'hex')));
        return { data, type: 'no error', message: '' };
      } catch (e) {
        if (!(e instanceof MarshalError)) return { data, type: `JS ${(e as Error).name}`, message: (e as Error).message };
        return { data, type: e.pyType, message: e.message };
      }
    });
    expect(got).toEqual(errors);
  });

  it('reads a declared size only as far as the data goes', () => {
    // A huge count of items or digits fails on the data's end, without allocating for the count.
    for (const head of [[0x28], [0x3e], [0x6c], [0x73], [0x75], [0x61]]) {
      expect(() => marshalLoads(Uint8Array.from([...head, 0xff, 0xff, 0xff, 0x7f, 0x4e]))).toThrow(MarshalError);
    }
  });

  it('nests as deeply as CPython\'s marshal (2,000 levels) and no deeper', () => {
    // python3: marshal.dumps of 1,999 nested tuples around () works, 2,000 raise ValueError;
    // marshal.loads(b')\x01' * 1999 + b'N') works, one more level raises.
    const nested = (n: number) => {
      let t = new TupleConst([]);
      for (let i = 0; i < n; i++) t = new TupleConst([t]);
      return t;
    };
    expect(marshalDumps(nested(1999)).length).toBe(1999 * 2 + 2);
    expect(() => marshalDumps(nested(2000))).toThrow(new MarshalError('object too deeply nested to marshal'));
    const tuples = (n: number) => Uint8Array.from([...Array.from({ length: n }, () => [0x29, 1]).flat(), 0x4e]);
    expect(marshalLoads(tuples(1999))).toBeInstanceOf(TupleConst);
    expect(() => marshalLoads(tuples(2000))).toThrow(new MarshalError('recursion limit exceeded'));
    expect(() => marshalLoads(tuples(100_000))).toThrow(new MarshalError('recursion limit exceeded'));
  });
});
