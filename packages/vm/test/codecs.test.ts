// The codecs against CPython 3.11: every codec with every error handler and registered ones, on
// the inputs of scripts/gen_codec_goldens.py; lookups by name; speed of the UTF-8 fast paths.
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import {
  CodecError, HandlerPositionError, HandlerTypeError, UnknownEncoding, UnknownErrorHandler, codecErrorMessage, decode,
  encode, lookupCodec, normalizeEncodingName, type ErrorHandler,
} from '../src/codecs/index.js';

type Replacement = string | { bytes: string };
type Outcome =
  | { bytes: string }
  | { text: string; consumed: number }
  | { error: [string, string, number, number, string, string]; object?: string }
  | { exception: [string, string] };
interface Case { encoding: string; errors: string; calls?: [number, number, string][] }
interface Golden {
  texts: string[];
  bytes: string[];
  customHandlers: Record<string, [Replacement, string][]>;
  lookups: [string, string | null, string | null][];
  encodes: (Case & Outcome & { text: number })[];
  decodes: (Case & Outcome & { bytes: number; final: boolean })[];
  namedCalls: (Case & Outcome & { encode?: string; decode?: string })[];
}

const golden = JSON.parse(
  gunzipSync(readFileSync(new URL('./fixtures/codecs.json.gz', import.meta.url))).toString('ascii'),
) as Golden;

const hexOf = (b: Uint8Array): string => Array.from(b, (x) => x.toString(16).padStart(2, '0')).join('');
const bytesOf = (hex: string): Uint8Array => Uint8Array.from(hex.match(/../g) ?? [], (h) => parseInt(h, 16));

/** What the generator records for a run: its result, or the exception it raised. */
function outcome(run: () => Outcome, input: string | Uint8Array): Outcome {
  try {
    return run();
  } catch (e) {
    if (e instanceof CodecError) {
      const r: Outcome = { error: [e.kind, e.encoding, e.start, e.end, e.reason, codecErrorMessage(e)] };
      if (typeof e.object !== 'string' && hexOf(e.object) !== hexOf(input as Uint8Array)) r.object = hexOf(e.object);
      return r;
    }
    if (e instanceof UnknownErrorHandler || e instanceof UnknownEncoding) return { exception: ['LookupError', e.message] };
    if (e instanceof HandlerTypeError) return { exception: ['TypeError', e.message] };
    if (e instanceof HandlerPositionError) return { exception: ['IndexError', e.message] };
    throw e;
  }
}

/** The generator's registered handler `name`: scripted results, calls recorded. */
function customHandler(name: string, calls: [number, number, string][]): ErrorHandler | undefined {
  const entries = golden.customHandlers[name.slice('test.'.length)];
  if (entries === undefined) return undefined;
  return (e) => {
    calls.push([e.start, e.end, e.reason]);
    const [replacement, resume] = entries[Math.min(calls.length, entries.length) - 1];
    const size = typeof e.object === 'string' ? e.characters().length : e.object.length;
    const positions: Record<string, number> = {
      end: e.end, negend: e.end < size ? e.end - size : e.end, len: size, oob: size + 1, negoob: -size - 1,
      back: Math.max(e.start - 1, 0),
    };
    return { replacement: typeof replacement === 'string' ? replacement : bytesOf(replacement.bytes), resume: positions[resume] };
  };
}

/** The golden's record of a case, without the case's own fields. */
function expected(c: Case & Outcome): Outcome & { calls?: unknown } {
  const { encoding: _e, errors: _r, ...rest } = c as Case & Outcome & { text?: number; bytes?: unknown; final?: boolean };
  const r = rest as Record<string, unknown>;
  if (typeof r.text === 'number') delete r.text;
  if (typeof r.bytes === 'number') delete r.bytes;
  delete r.final;
  return r as Outcome;
}

const codecNames = [...new Set(golden.encodes.map((c) => c.encoding))];

describe.each(codecNames)('%s', (encoding) => {
  it('encodes as CPython', () => {
    const cases = golden.encodes.filter((c) => c.encoding === encoding);
    const wrong: unknown[] = [];
    for (const c of cases) {
      const text = golden.texts[c.text];
      const calls: [number, number, string][] = [];
      const handler = customHandler(c.errors, calls);
      const got: Outcome & { calls?: unknown } = outcome(() => ({ bytes: hexOf(encode(text, encoding, c.errors, handler)) }), text);
      if (handler !== undefined) got.calls = calls;
      const want = expected(c);
      if (JSON.stringify(got) !== JSON.stringify(want)) wrong.push({ text: text.slice(0, 40), errors: c.errors, got, want });
    }
    expect(wrong.slice(0, 5)).toEqual([]);
    expect(cases.length).toBeGreaterThan(200);
  });

  it('decodes as CPython', () => {
    const cases = golden.decodes.filter((c) => c.encoding === encoding);
    const wrong: unknown[] = [];
    for (const c of cases) {
      const data = bytesOf(golden.bytes[c.bytes]);
      const calls: [number, number, string][] = [];
      const handler = customHandler(c.errors, calls);
      const got: Outcome & { calls?: unknown } = outcome(() => decode(data, encoding, c.errors, handler, c.final), data);
      if (handler !== undefined) got.calls = calls;
      const want = expected(c);
      if (JSON.stringify(got) !== JSON.stringify(want)) {
        wrong.push({ bytes: golden.bytes[c.bytes].slice(0, 40), errors: c.errors, final: c.final, got, want });
      }
    }
    expect(wrong.slice(0, 5)).toEqual([]);
    expect(cases.length).toBeGreaterThan(1000);
  });
});

describe('codec names in calls', () => {
  it('wrap handler failures where CPython reaches the codec through the registry', () => {
    const wrong: unknown[] = [];
    for (const c of golden.namedCalls) {
      const calls: [number, number, string][] = [];
      const handler = customHandler(c.errors, calls);
      const { encoding: _e, errors: _r, encode: text, decode: hex, ...want } = c;
      const got = text !== undefined
        ? outcome(() => ({ bytes: hexOf(encode(text, c.encoding, c.errors, handler)) }), text)
        : outcome(() => decode(bytesOf(hex ?? ''), c.encoding, c.errors, handler), bytesOf(hex ?? ''));
      if (JSON.stringify(got) !== JSON.stringify(want)) wrong.push({ name: c.encoding, errors: c.errors, got, want });
    }
    expect(wrong).toEqual([]);
    expect(golden.namedCalls.length).toBeGreaterThan(90);
  });
});

describe('lookup', () => {
  it('finds codecs by name and alias as codecs.lookup', () => {
    for (const [name, canonical, error] of golden.lookups) {
      expect([name, lookupCodec(name)?.name ?? null]).toEqual([name, canonical]);
      if (error !== null) expect(() => encode('', name, 'strict')).toThrow(new UnknownEncoding(name).message);
      if (error !== null) expect(new UnknownEncoding(name).message).toBe(error);
    }
    expect(golden.lookups.length).toBeGreaterThan(90);
  });
  it('normalizes names as codecs.lookup does before searching', () => {
    expect(normalizeEncodingName(' UTF-8 ')).toBe('utf_8');
    expect(normalizeEncodingName('ISO_646.irv:1991')).toBe('iso_646.irv_1991');
    expect(normalizeEncodingName('utf\u00e98')).toBe('utf_8');
    expect(normalizeEncodingName('--')).toBe('');
  });
});

describe('speed', () => {
  it('encodes and decodes 1 MB of UTF-8 in milliseconds', () => {
    const text = 'ascii text, caf\u00e9, \u20ac, \u{1F600}; '.repeat(35_000); // ~1 MB encoded
    let start = performance.now();
    const bytes = encode(text, 'utf-8', 'strict');
    const encodeMs = performance.now() - start;
    start = performance.now();
    const back = decode(bytes, 'utf-8', 'strict');
    const decodeMs = performance.now() - start;
    expect(bytes.length).toBeGreaterThan(1_000_000);
    expect(back.text).toBe(text);
    expect(encodeMs).toBeLessThan(100);
    expect(decodeMs).toBeLessThan(100);
  });
  it('decodes 1 MB with errors replaced, in well under a second', () => {
    const bytes = new Uint8Array(1_000_000).map((_, i) => (i % 10 === 9 ? 0xff : 0x61));
    const start = performance.now();
    const { text } = decode(bytes, 'utf-8', 'replace');
    expect(text.length).toBe(1_000_000);
    expect(performance.now() - start).toBeLessThan(500);
  });
});
