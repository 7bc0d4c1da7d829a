// The cases of scripts/fuzz_pyc.mjs, shared with test/fuzz.test.ts: deterministic mutations of .pyc bytes,
// and running one case through readPyc + runCode with a step limit, classified by how it ended.

import {
  BytesConst, CodeObject, ComplexConst, Ellipsis, FloatConst, FrozensetConst, TupleConst, hasconst, haslocal, hasname, opmap,
  readPyc, writePyc, BINARY_OP, COMPARE_OP,
} from '@pyc-ts/bytecode';
import { VirtualMachine } from '@pyc-ts/vm';

/** mulberry32: a small, fast PRNG; the same seed gives the same cases on every machine. */
export function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The seed of case `index` of a run seeded with `seed`. */
export function caseSeed(seed, index) {
  return (Math.imul(seed >>> 0, 0x9e3779b1) ^ Math.imul(index + 1, 0x85ebca77)) >>> 0;
}

const INTERESTING_BYTES = [0x00, 0x01, 0x7f, 0x80, 0xff, 0x28, 0x29, 0x72, 0x63, 0x73, 0x5a, 0x7a, 0x6c];
const INTERESTING_INT32 = [0, 1, -1, 0x7f, 0xff, 0x7fff, 0x10000, 0x7fffffff, -0x80000000, 0x3fffffff];
const OPCODES = Object.values(opmap).filter((op) => op < 256);

/** Every code object in `code`'s constants, `code` first. */
function codeObjects(code, out = []) {
  out.push(code);
  for (const c of code.consts) if (c instanceof CodeObject) codeObjects(c, out);
  return out;
}

/** Byte-level mutators of a whole .pyc (header kept, so that the marshal reader sees the damage). */
const byteMutators = {
  bitflip(bytes, r) {
    const out = bytes.slice();
    for (let n = 1 + Math.floor(r() * 8); n > 0; n--) {
      const i = 16 + Math.floor(r() * (out.length - 16));
      out[i] ^= 1 << Math.floor(r() * 8);
    }
    return out;
  },
  replace(bytes, r) {
    const out = bytes.slice();
    for (let n = 1 + Math.floor(r() * 8); n > 0; n--) {
      const i = 16 + Math.floor(r() * (out.length - 16));
      out[i] = r() < 0.5 ? pick(r, INTERESTING_BYTES) : Math.floor(r() * 256);
    }
    return out;
  },
  int32(bytes, r) {
    const out = bytes.slice();
    if (out.length < 20) return out;
    const i = 16 + Math.floor(r() * (out.length - 20));
    new DataView(out.buffer).setInt32(i, pick(r, INTERESTING_INT32), true);
    return out;
  },
  truncate(bytes, r) {
    return bytes.slice(0, 16 + Math.floor(r() * (bytes.length - 16)));
  },
  splice(bytes, r, other) {
    const a = 16 + Math.floor(r() * (bytes.length - 16));
    const b = 16 + Math.floor(r() * (other.length - 16));
    const out = new Uint8Array(a + other.length - b);
    out.set(bytes.subarray(0, a));
    out.set(other.subarray(b), a);
    return out;
  },
  insertDelete(bytes, r) {
    const i = 16 + Math.floor(r() * (bytes.length - 16));
    const n = 1 + Math.floor(r() * 16);
    if (r() < 0.5) return Uint8Array.from([...bytes.subarray(0, i), ...bytes.subarray(Math.min(bytes.length, i + n))]);
    const junk = Array.from({ length: n }, () => Math.floor(r() * 256));
    return Uint8Array.from([...bytes.subarray(0, i), ...junk, ...bytes.subarray(i)]);
  },
};

/**
 * Mutators of one code object inside a valid .pyc, so that the marshal reader accepts the result and the
 * verifier and the interpreter are what meet the damage. Each changes `code` in place.
 */
const codeMutators = {
  opcode(code, r) {
    const i = unit(code, r);
    code.code[2 * i] = r() < 0.8 ? pick(r, OPCODES) : Math.floor(r() * 256);
  },
  oparg(code, r) {
    const i = unit(code, r);
    code.code[2 * i + 1] = r() < 0.5 ? pick(r, [0, 1, 2, 3, 4, 8, 0x7f, 0xff]) : Math.floor(r() * 256);
  },
  swap(code, r) {
    const i = unit(code, r);
    const j = unit(code, r);
    const [a, b] = [code.code[2 * i], code.code[2 * i + 1]];
    code.code[2 * i] = code.code[2 * j];
    code.code[2 * i + 1] = code.code[2 * j + 1];
    code.code[2 * j] = a;
    code.code[2 * j + 1] = b;
  },
  shift(code, r) {
    // Deletes or duplicates a code unit, so that every later jump lands somewhere else.
    const i = unit(code, r);
    const units = Array.from({ length: code.code.length >> 1 }, (_, k) => [code.code[2 * k], code.code[2 * k + 1]]);
    if (r() < 0.5) units.splice(i, 1);
    else units.splice(i, 0, units[i]);
    code.code = Uint8Array.from(units.flat());
  },
  stacksize(code, r) {
    code.stacksize = pick(r, [0, 1, Math.max(0, code.stacksize - 1), code.stacksize + 1, 0x7fffffff]);
  },
  flags(code, r) {
    code.flags ^= 1 << Math.floor(r() * 10);
  },
  argcount(code, r) {
    code.argcount = Math.floor(r() * (code.localsplusnames.length + 1));
    code.posonlyargcount = Math.min(code.posonlyargcount, code.argcount);
  },
  exceptiontable(code, r) {
    const t = code.exceptiontable.slice();
    if (t.length === 0) code.exceptiontable = Uint8Array.from([0x80 | Math.floor(r() * 64), Math.floor(r() * 64), Math.floor(r() * 64), Math.floor(r() * 128)]);
    else {
      t[Math.floor(r() * t.length)] = Math.floor(r() * 256);
      code.exceptiontable = t;
    }
  },
  linetable(code, r) {
    const t = code.linetable.slice();
    if (t.length > 0) t[Math.floor(r() * t.length)] = Math.floor(r() * 256);
    code.linetable = t;
  },
  consts(code, r) {
    // Swaps two constants: a code object where a string was, a tuple of the wrong kind, ...
    if (code.consts.length < 2) return;
    const c = code.consts.slice();
    const i = Math.floor(r() * c.length);
    const j = Math.floor(r() * c.length);
    [c[i], c[j]] = [c[j], c[i]];
    if (r() < 0.2) c[i] = new TupleConst([c[j], 7n]);
    code.consts = c;
  },
  constValue(code, r) {
    if (code.consts.length === 0) return;
    const c = code.consts.slice();
    c[Math.floor(r() * c.length)] = pick(r, INTERESTING_CONSTS);
    code.consts = c;
  },
  retarget(code, r) {
    // Another operand of the same kind (constant, name, local, operator): likely to pass the verifier and
    // run the program down paths it never took.
    const units = code.code.length >> 1;
    for (let tries = 0; tries < 20; tries++) {
      const i = Math.floor(r() * units);
      const op = code.code[2 * i];
      const limit = hasconst.has(op) ? code.consts.length : hasname.has(op) ? code.names.length : haslocal.has(op)
        ? code.localsplusnames.length : op === BINARY_OP ? 26 : op === COMPARE_OP ? 6 : 0;
      if (limit === 0) continue;
      code.code[2 * i + 1] = Math.floor(r() * Math.min(limit, 256));
      return;
    }
  },
  names(code, r) {
    if (code.names.length < 2) return;
    const n = code.names.slice();
    const i = Math.floor(r() * n.length);
    const j = Math.floor(r() * n.length);
    [n[i], n[j]] = [n[j], n[i]];
    code.names = n;
  },
};

/** Constants a mutation may put in co_consts: edge values of every kind marshal stores. */
const INTERESTING_CONSTS = [
  0n, -1n, 1n, 2n ** 63n, -(10n ** 40n), 2n ** 1000n, '', 'x', 'é\ud800', 'a'.repeat(1000), null, true, false, Ellipsis,
  new FloatConst(NaN), new FloatConst(-0), new FloatConst(Infinity), new FloatConst(1e308), new ComplexConst(0, -1),
  new BytesConst(Uint8Array.of(0, 255)), new TupleConst([]), new TupleConst(['a', 'b']), new TupleConst([1n, new TupleConst([2n])]),
  new FrozensetConst([1n, 'a']),
];

function pick(r, list) {
  return list[Math.floor(r() * list.length)];
}

function unit(code, r) {
  return Math.floor(r() * Math.max(1, code.code.length >> 1));
}

export const MUTATORS = [...Object.keys(byteMutators), ...Object.keys(codeMutators).map((k) => `code.${k}`)];

/**
 * Case `index`: a corpus file mutated 1 to 3 times. Returns the bytes and how they were made. `corpus` is
 * a list of { name, bytes } of valid .pyc files.
 */
export function makeCase(corpus, seed, index) {
  const r = rng(caseSeed(seed, index));
  const base = corpus[Math.floor(r() * corpus.length)];
  let bytes = base.bytes;
  const steps = [];
  for (let n = 1 + Math.floor(r() * 3); n > 0; n--) {
    // Half the cases damage the code inside a valid file; the rest damage the bytes.
    if (r() < 0.5) {
      const mutated = mutateCode(bytes, r, steps);
      if (mutated !== null) {
        bytes = mutated;
        continue;
      }
    }
    const name = pick(r, Object.keys(byteMutators));
    bytes = byteMutators[name](bytes, r, pick(r, corpus).bytes);
    steps.push(name);
  }
  return { bytes, base: base.name, steps };
}

function mutateCode(bytes, r, steps) {
  let pyc;
  try {
    pyc = readPyc(bytes);
  } catch {
    return null;
  }
  const code = pick(r, codeObjects(pyc.code));
  const name = pick(r, Object.keys(codeMutators));
  codeMutators[name](code, r);
  steps.push(`code.${name}`);
  try {
    return writePyc(pyc.code, { mtime: pyc.mtime, sourceSize: pyc.sourceSize });
  } catch {
    return null;
  }
}

/** How many bytes of output a case keeps; the rest is counted, not stored. */
const OUTPUT_CAP = 1 << 16;

/**
 * Runs .pyc bytes as `pyc-ts run` would (readPyc, then runCode), with a step limit. Returns
 * { kind, type, message }: kind is 'ok', 'python' (an uncaught Python exception, or the marshal reader's
 * error; type names it), 'limit' (the step limit stopped it) or 'internal' (a JavaScript-level failure).
 */
export function runCase(bytes, { stepLimit = 20_000, maxAllocation = 1 << 22 } = {}) {
  let code;
  try {
    code = readPyc(bytes).code;
  } catch (e) {
    if (e?.constructor?.name === 'MarshalError') return { kind: 'python', type: e.pyType ?? 'MarshalError', message: e.message };
    return internal(e);
  }
  let out = 0;
  const sink = (s) => void (out = Math.min(OUTPUT_CAP, out + s.length));
  const host = { stdout: sink, stderr: sink, argv: ['fuzz.pyc'], readline: () => null, stepLimit };
  try {
    const vm = new VirtualMachine(host);
    vm.interpreter.maxAllocation = maxAllocation;
    const result = vm.run(code);
    if (result.limitExceeded) return { kind: 'limit', type: result.limitExceeded, message: '' };
    if (result.exception === null) return { kind: 'ok', type: '', message: '' };
    if (result.exception.type === 'InternalError') return { kind: 'internal', type: 'InternalError', message: firstLine(result.exception.traceback) };
    return { kind: 'python', type: result.exception.type, message: result.exception.message.slice(0, 200) };
  } catch (e) {
    return internal(e);
  }
}

function internal(e) {
  const message = e instanceof Error ? `${e.constructor.name}: ${e.message}` : String(e);
  const where = e instanceof Error ? (e.stack ?? '').split('\n').slice(1, 3).map((l) => l.trim()).join(' | ') : '';
  return { kind: 'internal', type: e?.constructor?.name ?? 'unknown', message: `${message.slice(0, 300)} ${where}` };
}

function firstLine(text) {
  const lines = text.split('\n');
  return `${lines[0]} | ${(lines[1] ?? '').trim()}`;
}
