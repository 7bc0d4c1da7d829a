// The marshal format, version 4, as Python/marshal.c (3.11) reads and writes
// it: the serialisation of code objects inside .pyc files.

import {
  BytesConst,
  CodeObject,
  ComplexConst,
  Ellipsis,
  EllipsisConst,
  FloatConst,
  FrozensetConst,
  StrConst,
  TupleConst,
  CO_NEWLOCALS,
  codeFieldsProblem,
  type PyConst,
} from './code.js';
import { strCodePoints, strFromCodePoints, type PyStr } from './strconst.js';

const TYPE_NULL = 0x30; // '0'
const TYPE_NONE = 0x4e; // 'N'
const TYPE_FALSE = 0x46; // 'F'
const TYPE_TRUE = 0x54; // 'T'
const TYPE_STOPITER = 0x53; // 'S'
const TYPE_ELLIPSIS = 0x2e; // '.'
const TYPE_INT = 0x69; // 'i'
const TYPE_FLOAT = 0x66; // 'f'
const TYPE_BINARY_FLOAT = 0x67; // 'g'
const TYPE_COMPLEX = 0x78; // 'x'
const TYPE_BINARY_COMPLEX = 0x79; // 'y'
const TYPE_LONG = 0x6c; // 'l'
const TYPE_STRING = 0x73; // 's'
const TYPE_INTERNED = 0x74; // 't'
const TYPE_REF = 0x72; // 'r'
const TYPE_TUPLE = 0x28; // '('
const TYPE_CODE = 0x63; // 'c'
const TYPE_UNICODE = 0x75; // 'u'
const TYPE_FROZENSET = 0x3e; // '>'
const TYPE_LIST = 0x5b; // '['
const TYPE_DICT = 0x7b; // '{'
const TYPE_SET = 0x3c; // '<'
const TYPE_ASCII = 0x61; // 'a'
const TYPE_ASCII_INTERNED = 0x41; // 'A'
const TYPE_SMALL_TUPLE = 0x29; // ')'
const TYPE_SHORT_ASCII = 0x7a; // 'z'
const TYPE_SHORT_ASCII_INTERNED = 0x5a; // 'Z'
const FLAG_REF = 0x80;

/** The Python exceptions marshal raises, by name. */
export type MarshalErrorType = 'EOFError' | 'ValueError' | 'TypeError' | 'SystemError' | 'UnicodeDecodeError';

/** A failure to read or write marshal data: the exception CPython's marshal raises, by type and message. */
export class MarshalError extends Error {
  constructor(
    message: string,
    readonly pyType: MarshalErrorType = 'ValueError',
  ) {
    super(message);
  }
}

/** How deeply marshal nests objects, reading or writing (CPython's MAX_MARSHAL_STACK_DEPTH). */
const MAX_MARSHAL_STACK_DEPTH = 2000;

// ---------------------------------------------------------------- UTF-8 with surrogatepass
// marshal stores str as UTF-8 with the "surrogatepass" error handler, so lone
// surrogates survive; TextEncoder/TextDecoder would replace them. Each code point is
// encoded on its own: a high surrogate followed by a low one (a StrConst) stays two.

function utf8Encode(s: PyStr): Uint8Array {
  const out: number[] = [];
  for (const cp of strCodePoints(s)) {
    if (cp < 0x80) out.push(cp);
    else if (cp < 0x800) out.push(0xc0 | (cp >> 6), 0x80 | (cp & 0x3f));
    else if (cp < 0x10000) out.push(0xe0 | (cp >> 12), 0x80 | ((cp >> 6) & 0x3f), 0x80 | (cp & 0x3f));
    else out.push(0xf0 | (cp >> 18), 0x80 | ((cp >> 12) & 0x3f), 0x80 | ((cp >> 6) & 0x3f), 0x80 | (cp & 0x3f));
  }
  return Uint8Array.from(out);
}

/**
 * UTF-8 with "surrogatepass", as PyUnicode_DecodeUTF8 decodes marshal's str: anything else is the
 * UnicodeDecodeError CPython raises, with its text. A surrogate pair written as two code points stays two
 * (a StrConst).
 */
function utf8Decode(b: Uint8Array): PyStr {
  const points: number[] = [];
  for (let i = 0; i < b.length; ) {
    const c = b[i];
    if (c < 0x80) {
      points.push(c);
      i++;
    } else {
      const [cp, n] = utf8Sequence(b, i);
      points.push(cp);
      i += n;
    }
  }
  return strFromCodePoints(points);
}

/** The code point of the multi-byte sequence at b[i] and its length, or the decoder's error. */
function utf8Sequence(b: Uint8Array, i: number): [number, number] {
  const c = b[i];
  const fail = (reason: string, end: number): never => {
    const at = end - i === 1 ? `byte 0x${c.toString(16).padStart(2, '0')} in position ${i}` : `bytes in position ${i}-${end - 1}`;
    throw new MarshalError(`'utf-8' codec can't decode ${at}: ${reason}`, 'UnicodeDecodeError');
  };
  const continuation = (k: number): boolean => (b[i + k] & 0xc0) === 0x80;
  // "surrogatepass" takes ED A0..BF xx, which the strict decoder refuses at its second byte.
  if (c === 0xed && i + 2 < b.length && b[i + 1] >= 0xa0 && continuation(1) && continuation(2)) {
    return [((c & 0x0f) << 12) | ((b[i + 1] & 0x3f) << 6) | (b[i + 2] & 0x3f), 3];
  }
  let n: number;
  // The second byte's range excludes overlong forms, surrogates and code points past U+10FFFF.
  let lo = 0x80;
  let hi = 0xbf;
  if (c >= 0xc2 && c <= 0xdf) n = 2;
  else if (c >= 0xe0 && c <= 0xef) {
    n = 3;
    if (c === 0xe0) lo = 0xa0;
    if (c === 0xed) hi = 0x9f;
  } else if (c >= 0xf0 && c <= 0xf4) {
    n = 4;
    if (c === 0xf0) lo = 0x90;
    if (c === 0xf4) hi = 0x8f;
  } else return fail('invalid start byte', i + 1);
  for (let k = 1; k < n; k++) {
    if (i + k >= b.length) return fail('unexpected end of data', b.length);
    const ok = k === 1 ? b[i + 1] >= lo && b[i + 1] <= hi : continuation(k);
    if (!ok) return fail('invalid continuation byte', i + k);
  }
  let cp = c & (0xff >> (n + 1));
  for (let k = 1; k < n; k++) cp = (cp << 6) | (b[i + k] & 0x3f);
  return [cp, n];
}

/** One character per byte (the ASCII string types), in chunks to stay within argument limits. */
function latin1Decode(b: Uint8Array): string {
  let s = '';
  for (let i = 0; i < b.length; i += 0x2000) s += String.fromCharCode(...b.subarray(i, i + 0x2000));
  return s;
}

// ---------------------------------------------------------------- reading

/** r_object's answer for TYPE_NULL: no object, which the enclosing reader reports as CPython does. */
const NULL_OBJECT = Symbol('NULL');

/** The largest size marshal accepts for a str, bytes, tuple, set or int (SIZE32_MAX). */
const SIZE32_MAX = 0x7fffffff;

class Reader {
  private pos = 0;
  private depth = 0;
  private readonly refs: unknown[] = [];
  private readonly view: DataView;

  constructor(private readonly buf: Uint8Array) {
    this.view = new DataView(buf.buffer, buf.byteOffset, buf.byteLength);
  }

  /** r_string's check: `n` more bytes are there (so no length read from the data can make a large allocation). */
  private need(n: number): void {
    if (n > this.buf.length - this.pos) throw new MarshalError('marshal data too short', 'EOFError');
  }

  /** r_byte where a value's own byte (a length, a float's digits count) is expected. */
  private byte(): number {
    if (this.pos >= this.buf.length) throw new MarshalError('EOF read where not expected', 'EOFError');
    return this.buf[this.pos++];
  }

  long(): number {
    this.need(4);
    const v = this.view.getInt32(this.pos, true);
    this.pos += 4;
    return v;
  }

  /** A size field: r_long, refused when negative. */
  private size(what: string): number {
    const n = this.long();
    if (n < 0) throw new MarshalError(`bad marshal data (${what} size out of range)`);
    return n;
  }

  bytes(n: number): Uint8Array {
    this.need(n);
    const b = this.buf.slice(this.pos, this.pos + n);
    this.pos += n;
    return b;
  }

  private float64(): number {
    this.need(8);
    const v = this.view.getFloat64(this.pos, true);
    this.pos += 8;
    return v;
  }

  /** TYPE_FLOAT's text, read as PyOS_string_to_double reads it (no spaces, no underscores). */
  private textFloat(): number {
    const s = latin1Decode(this.bytes(this.byte()));
    if (!/^[+-]?(?:(?:\d+\.?\d*|\.\d+)(?:e[+-]?\d+)?|inf|infinity|nan)$/i.test(s)) {
      throw new MarshalError(`could not convert string to float: '${s}'`);
    }
    const t = s.toLowerCase().replace(/^\+/, '');
    if (t.endsWith('nan')) return NaN;
    if (t.endsWith('inf') || t.endsWith('infinity')) return t.startsWith('-') ? -Infinity : Infinity;
    return Number(s);
  }

  /** TYPE_LONG: a sign and size, then 15-bit digits, least significant first (r_PyLong). */
  private longInt(): bigint {
    const n = this.long();
    if (n < -SIZE32_MAX || n > SIZE32_MAX) throw new MarshalError('bad marshal data (long size out of range)');
    const size = Math.abs(n);
    this.need(2 * size);
    // Built as hex from the most significant digit down: linear, where shifting a BigInt per digit is quadratic.
    let hex = '';
    let acc = 0;
    let bits = 0;
    const digit = (i: number): number => this.view.getUint16(this.pos + 2 * i, true);
    for (let i = 0; i < size; i++) if (digit(i) > 0x7fff) throw new MarshalError('bad marshal data (digit out of range in long)');
    if (size > 0 && digit(size - 1) === 0) throw new MarshalError('bad marshal data (unnormalized long data)');
    for (let i = size - 1; i >= 0; i--) {
      const d = digit(i);
      acc = (acc << 15) | d;
      bits += 15;
      while (bits >= 4) {
        bits -= 4;
        hex += ((acc >> bits) & 0xf).toString(16);
      }
      acc &= (1 << bits) - 1;
    }
    this.pos += 2 * size;
    // The leftover low bits, shifted up to a whole nibble and back down.
    const v = hex === '' && bits === 0 ? 0n : BigInt(`0x${hex}${(acc << (4 - bits)).toString(16)}`) >> BigInt(4 - bits);
    return n < 0 ? -v : v;
  }

  /** r_object: any marshalled value; tuples are TupleConst and bytes BytesConst; NULL_OBJECT for TYPE_NULL. */
  object(): unknown {
    // A failed read abandons the Reader, so the depth needs no unwinding on the way out.
    if (++this.depth > MAX_MARSHAL_STACK_DEPTH) throw new MarshalError('recursion limit exceeded');
    const v = this.objectBody();
    this.depth--;
    return v;
  }

  /** An item of a container or a field of a code object: a NULL there is CPython's TypeError. */
  private item(container: string): unknown {
    const v = this.object();
    if (v === NULL_OBJECT) throw new MarshalError(`NULL object in marshal data for ${container}`, 'TypeError');
    return v;
  }

  private objectBody(): unknown {
    if (this.pos >= this.buf.length) throw new MarshalError('EOF read where object expected', 'EOFError');
    const code = this.buf[this.pos++];
    const type = code & ~FLAG_REF;
    const flag = (code & FLAG_REF) !== 0;
    // Containers reserve their ref slot before reading their items, as r_ref_reserve does.
    const slot = flag ? this.refs.push(undefined) - 1 : -1;
    const done = <T>(v: T): T => {
      if (flag) this.refs[slot] = v;
      return v;
    };
    switch (type) {
      case TYPE_NULL: return NULL_OBJECT;
      case TYPE_NONE: return null;
      case TYPE_TRUE: return true;
      case TYPE_FALSE: return false;
      case TYPE_ELLIPSIS: return Ellipsis;
      case TYPE_INT: return done(BigInt(this.long()));
      case TYPE_LONG: return done(this.longInt());
      case TYPE_BINARY_FLOAT: return done(new FloatConst(this.float64()));
      case TYPE_FLOAT: return done(new FloatConst(this.textFloat()));
      case TYPE_BINARY_COMPLEX: {
        const re = this.float64();
        return done(new ComplexConst(re, this.float64()));
      }
      case TYPE_COMPLEX: {
        const re = this.textFloat();
        return done(new ComplexConst(re, this.textFloat()));
      }
      case TYPE_STRING: return done(new BytesConst(this.bytes(this.size('bytes object'))));
      case TYPE_ASCII:
      case TYPE_ASCII_INTERNED: return done(latin1Decode(this.bytes(this.size('string'))));
      case TYPE_SHORT_ASCII:
      case TYPE_SHORT_ASCII_INTERNED: return done(latin1Decode(this.bytes(this.byte())));
      case TYPE_UNICODE:
      case TYPE_INTERNED: return done(utf8Decode(this.bytes(this.size('string'))));
      case TYPE_SMALL_TUPLE:
      case TYPE_TUPLE: {
        const n = type === TYPE_SMALL_TUPLE ? this.byte() : this.size('tuple');
        // Each item takes at least a byte: a size past the data fails as CPython's read of it would.
        const items: PyConst[] = [];
        for (let i = 0; i < n; i++) items.push(this.item('tuple') as PyConst);
        return done(new TupleConst(items));
      }
      case TYPE_FROZENSET: {
        const n = this.size('set');
        const items: PyConst[] = [];
        for (let i = 0; i < n; i++) items.push(this.item('set') as PyConst);
        return done(new FrozensetConst(items));
      }
      case TYPE_REF: {
        const i = this.long();
        if (i < 0 || i >= this.refs.length || this.refs[i] === undefined) throw new MarshalError('bad marshal data (invalid reference)');
        return this.refs[i];
      }
      case TYPE_CODE: return done(this.code());
      case TYPE_STOPITER:
      case TYPE_LIST:
      case TYPE_DICT:
      case TYPE_SET:
        // Valid marshal data, but never in a code object CPython compiles: no constant of ours holds it.
        throw new MarshalError(`bad marshal data (a ${UNSUPPORTED[type]} is not supported as a constant)`);
      default: throw new MarshalError('bad marshal data (unknown type code)');
    }
  }

  private code(): CodeObject {
    const argcount = this.long();
    const posonlyargcount = this.long();
    const kwonlyargcount = this.long();
    const stacksize = this.long();
    const flags = this.long();
    // Every field is read before any is checked, as CPython reads them.
    const code = this.item('code object');
    const consts = this.item('code object');
    const names = this.item('code object');
    const localsplusnames = this.item('code object');
    const localspluskinds = this.item('code object');
    const filename = this.item('code object');
    const name = this.item('code object');
    const qualname = this.item('code object');
    const firstlineno = this.long();
    const linetable = this.item('code object');
    const exceptiontable = this.item('code object');
    const isBytes = (x: unknown): x is BytesConst => x instanceof BytesConst;
    const isStr = (x: unknown): x is string => typeof x === 'string';
    if (
      !isBytes(code) || !(consts instanceof TupleConst) || !(names instanceof TupleConst) ||
      !(localsplusnames instanceof TupleConst) || !isBytes(localspluskinds) || !isStr(filename) || !isStr(name) ||
      !isStr(qualname) || !isBytes(linetable) || !isBytes(exceptiontable)
    ) {
      // _PyCode_Validate's PyErr_BadInternalCall(), without the C source location CPython puts in front.
      throw new MarshalError('bad argument to internal function', 'SystemError');
    }
    const fields = {
      argcount, posonlyargcount, kwonlyargcount, stacksize, flags, code: code.bytes, consts: consts.items.slice(),
      names: names.items as string[], localsplusnames: localsplusnames.items as string[], localspluskinds: localspluskinds.bytes,
      filename, name, qualname, firstlineno, linetable: linetable.bytes, exceptiontable: exceptiontable.bytes,
    };
    const problem = codeFieldsProblem(fields);
    if (problem !== null) throw new MarshalError(problem[1], problem[0]);
    // intern_strings(), run after the checks above.
    if (!fields.names.every(isStr) || !fields.localsplusnames.every(isStr)) throw new MarshalError('non-string found in code slot', 'SystemError');
    return new CodeObject(fields);
  }
}

const UNSUPPORTED: Record<number, string> = { [TYPE_STOPITER]: 'StopIteration', [TYPE_LIST]: 'list', [TYPE_DICT]: 'dict', [TYPE_SET]: 'set' };

/** marshal.loads: the value (a constant or code object) stored in `bytes`. */
export function marshalLoads(bytes: Uint8Array): PyConst {
  return withinStack('recursion limit exceeded', () => {
    const v = new Reader(bytes).object();
    if (v === NULL_OBJECT) throw new MarshalError('NULL object in marshal data for object', 'TypeError');
    return v as PyConst;
  });
}

/**
 * Runs a marshal pass, which recurses once per nesting level. CPython stops at 2,000 levels; the
 * JS stack can run out a little earlier (less of it is free, or the code is not yet optimised),
 * and that is the same error: nested too deeply.
 */
function withinStack<T>(tooDeep: string, pass: () => T): T {
  try {
    return pass();
  } catch (e) {
    // No regular expression here: matching one needs stack, which may be what ran out.
    if (e instanceof RangeError && e.message === 'Maximum call stack size exceeded') throw new MarshalError(tooDeep);
    throw e;
  }
}

// ---------------------------------------------------------------- writing
//
// CPython flags an object with FLAG_REF (and later writes TYPE_REF to it) only
// when its refcount is above 1. We estimate that the way CPython's compiler
// shares objects: equal constants are one object, and so are equal
// co_consts/co_names/co_localsplusnames tuples (compile.c's makecode merges
// them into the same constant cache); identifier-like strings are interned;
// small ints, '', 1-char Latin-1 strings, (), b'' and 1-byte bytes are cached singletons, as
// are the made-up names <lambda>, <listcomp>, ...; the code fields' bytes are
// private to their code object, except co_code (cached by _PyCode_GetCode);
// the filename is shared by all code objects and held by the caller.
// Refcounts also depend on the interpreter's state (a string interned
// elsewhere has more references), so byte identity is likely, not certain.

/** A value being written, with what CPython would know about it. */
type Item =
  | { kind: 'const'; value: PyConst; interned: boolean }
  | { kind: 'tuple'; value: readonly PyConst[]; names: boolean }
  | { kind: 'bytes'; value: Uint8Array; shared: boolean }
  | { kind: 'qualname'; value: string; owner: CodeObject };
// 'tuple' is a code object's co_consts, co_names or co_localsplusnames.
// 'qualname' is a dotted qualified name, built afresh for each code object.

/** What the write pass emits in turn: an object, or a bare int32 (a code object's co_firstlineno). */
type Part = Item | number;

const IDENT = /^[A-Za-z0-9_]*$/;

function floatKey(x: number): string {
  const v = new DataView(new ArrayBuffer(8));
  v.setFloat64(0, x);
  return v.getBigUint64(0).toString(16);
}

class Writer {
  /**
   * `outer` is the writer whose object this one dumps a part of, as the sort key of a frozenset
   * item: objects have the references they have there, without it no count pass is needed.
   */
  constructor(private readonly outer: Writer | null = null) {}

  private readonly out: number[] = [];
  private readonly counts = new Map<string, number>();
  /** Of those counts, the references frozensets' sort pairs hold while each set is written. */
  private readonly pairRefs = new Map<string, number>();
  private readonly refIndex = new Map<string, number>();
  private readonly identities = new Map<object, string>();
  private readonly containerKeys = new Map<TupleConst | FrozensetConst, string>();

  /** The identity CPython's object would have; equal keys mean the same object. */
  private key(item: Item): string {
    if (item.kind === 'tuple') return `tuple:(${children(item).map((x) => this.key(x)).join(' ')})`;
    if (item.kind === 'qualname') {
      // A class body stores __qualname__ from a constant that is its qualname object (compiler_class_body
      // loads u_qualname), so the two are one object there.
      const owner = item.owner;
      if ((owner.flags & CO_NEWLOCALS) === 0 && owner.consts.includes(item.value)) return this.constKey(item.value, false);
      return this.identity(owner) + ':qualname';
    }
    if (item.kind === 'bytes') return item.value.length === 0 ? 'bytes:' : this.identity(item.value);
    return this.constKey(item.value, item.interned);
  }

  private identity(o: object): string {
    let k = this.identities.get(o);
    if (k === undefined) this.identities.set(o, (k = `#${this.identities.size}`));
    return k;
  }

  private constKey(c: PyConst, interned: boolean): string {
    if (typeof c === 'string') return (interned ? 'interned:' : 'str:') + c;
    if (c instanceof StrConst) return 'strpoints:' + c.codePoints.join(',');
    if (typeof c === 'bigint') return 'int:' + c;
    if (c instanceof FloatConst) return 'float:' + floatKey(c.value);
    if (c instanceof ComplexConst) return `complex:${floatKey(c.real)}:${floatKey(c.imag)}`;
    if (c instanceof BytesConst) return 'bytes:' + Array.from(c.bytes).join(',');
    if (c instanceof TupleConst || c instanceof FrozensetConst) return this.containerKey(c);
    if (c instanceof CodeObject) return this.identity(c);
    return c === null ? 'None' : typeof c === 'boolean' ? String(c) : 'Ellipsis';
  }

  /**
   * The key of a tuple or frozenset constant, from its items' keys. Worked out innermost first with
   * a stack of its own and kept, so that nesting as deep as marshal allows costs no JS stack here.
   */
  private containerKey(root: TupleConst | FrozensetConst): string {
    const pending: (TupleConst | FrozensetConst)[] = [root];
    while (pending.length > 0) {
      const c = pending[pending.length - 1];
      if (this.containerKeys.has(c)) {
        pending.pop();
        continue;
      }
      const inner = c.items.filter((x): x is TupleConst | FrozensetConst =>
        (x instanceof TupleConst || x instanceof FrozensetConst) && !this.containerKeys.has(x));
      if (inner.length > 0) {
        pending.push(...inner);
        continue;
      }
      pending.pop();
      const keys = c.items.map((x) => this.constKey(x, isInternedConst(x)));
      this.containerKeys.set(c, c instanceof TupleConst ? `tuple:(${keys.join(' ')})` : `frozenset:{${keys.sort().join(' ')}}`);
    }
    return this.containerKeys.get(root)!;
  }

  private alwaysShared(item: Item): boolean {
    if (item.kind === 'tuple') return item.value.length === 0;
    if (item.kind === 'qualname') return false;
    if (item.kind === 'bytes') return item.shared || item.value.length === 0;
    const c = item.value;
    if (typeof c === 'bigint') return c >= -5n && c <= 256n;
    if (typeof c === 'string') {
      return item.interned || STATIC_NAMES.has(c) || c.length === 0 || (c.length === 1 && c.charCodeAt(0) < 256);
    }
    if (c instanceof TupleConst) return c.items.length === 0;
    // b'' and every 1-byte bytes object are cached singletons in CPython.
    if (c instanceof BytesConst) return c.bytes.length <= 1;
    return false;
  }

  /** Pass 1: count references to each object, visiting each object's contents once. */
  count(top: Item): void {
    // A stack of its own, as in write(). An entry marks its items shared once they are counted.
    const pending: { item: Item; markItems: boolean }[] = [{ item: top, markItems: false }];
    while (pending.length > 0) {
      const { item, markItems } = pending.pop()!;
      if (markItems) {
        for (const child of children(item)) {
          const k = this.key(child);
          this.markShared(child);
          this.pairRefs.set(k, (this.pairRefs.get(k) ?? 0) + 1);
        }
        continue;
      }
      if (item.kind === 'const' && (item.value === null || typeof item.value === 'boolean' || item.value === Ellipsis)) continue;
      const k = this.key(item);
      const n = this.counts.get(k) ?? 0;
      this.counts.set(k, n + (this.alwaysShared(item) ? 2 : 1));
      if (n > 0) continue;
      // While writing a frozenset CPython also holds each item in its list of sort
      // pairs (below), so every item gets FLAG_REF.
      if (item.kind === 'const' && item.value instanceof FrozensetConst) pending.push({ item, markItems: true });
      const inner = children(item);
      for (let i = inner.length - 1; i >= 0; i--) pending.push({ item: inner[i], markItems: false });
    }
  }

  markShared(item: Item): void {
    const k = this.key(item);
    this.counts.set(k, (this.counts.get(k) ?? 0) + 1);
  }

  /** The references to the object with key `k`, as CPython's refcount when it is written. */
  private refCount(k: string): number {
    return this.outer === null ? this.counts.get(k) ?? 0 : this.outer.standingRefs(k);
  }

  /** The references that stay while the whole object is written: not those of frozensets' sort pairs. */
  private standingRefs(k: string): number {
    if (this.outer !== null) return this.outer.standingRefs(k);
    return (this.counts.get(k) ?? 0) - (this.pairRefs.get(k) ?? 0);
  }

  /**
   * Pass 2: w_object, over a stack of its own rather than the JS stack, since marshal nests
   * 2,000 levels deep. Each object's own bytes come out, then what it contains, in order.
   */
  write(top: Item): void {
    const parts: { part: Part; depth: number }[] = [{ part: top, depth: 1 }];
    while (parts.length > 0) {
      const { part, depth } = parts.pop()!;
      if (typeof part === 'number') {
        this.i32(part);
        continue;
      }
      if (depth > MAX_MARSHAL_STACK_DEPTH) throw new MarshalError('object too deeply nested to marshal');
      const inner = this.writeObject(part);
      for (let i = inner.length - 1; i >= 0; i--) parts.push({ part: inner[i], depth: depth + 1 });
    }
  }

  /** Writes one object's own bytes; returns what follows them (its items or fields). */
  private writeObject(item: Item): Part[] {
    const c = item.value;
    if (item.kind === 'const') {
      if (c === null) return this.u8(TYPE_NONE), [];
      if (c === true) return this.u8(TYPE_TRUE), [];
      if (c === false) return this.u8(TYPE_FALSE), [];
      if (c instanceof EllipsisConst) return this.u8(TYPE_ELLIPSIS), [];
    }
    const k = this.key(item);
    let flag = 0;
    if (this.refCount(k) > 1) {
      const idx = this.refIndex.get(k);
      if (idx !== undefined) {
        this.u8(TYPE_REF);
        return this.i32(idx), [];
      }
      this.refIndex.set(k, this.refIndex.size);
      flag = FLAG_REF;
    }
    if (item.kind === 'tuple') return this.tupleHeader(children(item), flag);
    if (item.kind === 'qualname') return this.str(item.value, false, flag), [];
    if (item.kind === 'bytes') return this.bytesObject(item.value, flag), [];
    return this.constBody(item.value, item.interned, flag);
  }

  private constBody(c: PyConst, interned: boolean, flag: number): Part[] {
    if (typeof c === 'bigint') {
      if (c >= -0x80000000n && c <= 0x7fffffffn) {
        this.u8(TYPE_INT | flag);
        return this.i32(Number(c)), [];
      }
      this.u8(TYPE_LONG | flag);
      const digits: number[] = [];
      for (let m = c < 0n ? -c : c; m > 0n; m >>= 15n) digits.push(Number(m & 0x7fffn));
      this.i32(c < 0n ? -digits.length : digits.length);
      for (const d of digits) this.u8(d & 0xff, d >> 8);
      return [];
    }
    if (typeof c === 'string' || c instanceof StrConst) return this.str(c, interned, flag), [];
    if (c instanceof FloatConst) {
      this.u8(TYPE_BINARY_FLOAT | flag);
      return this.f64(c.value), [];
    }
    if (c instanceof ComplexConst) {
      this.u8(TYPE_BINARY_COMPLEX | flag);
      this.f64(c.real);
      return this.f64(c.imag), [];
    }
    if (c instanceof BytesConst) return this.bytesObject(c.bytes, flag), [];
    if (c instanceof TupleConst) return this.tupleHeader(c.items.map(constItem), flag);
    if (c instanceof FrozensetConst) {
      this.u8(TYPE_FROZENSET | flag);
      this.i32(c.items.length);
      return this.sortedForMarshal(c.items).map(constItem);
    }
    if (c instanceof CodeObject) return this.codeHeader(c, flag);
    throw new MarshalError('unmarshallable object');
  }

  private codeHeader(co: CodeObject, flag: number): Part[] {
    this.u8(TYPE_CODE | flag);
    this.i32(co.argcount);
    this.i32(co.posonlyargcount);
    this.i32(co.kwonlyargcount);
    this.i32(co.stacksize);
    this.i32(co.flags);
    return codeChildren(co).map((child) => (child === 'firstlineno' ? co.firstlineno : child));
  }

  private str(s: PyStr, interned: boolean, flag: number): void {
    if (typeof s === 'string' && /^[\x00-\x7f]*$/.test(s)) {
      const short = s.length < 256;
      this.u8((short ? (interned ? TYPE_SHORT_ASCII_INTERNED : TYPE_SHORT_ASCII) : interned ? TYPE_ASCII_INTERNED : TYPE_ASCII) | flag);
      if (short) this.u8(s.length);
      else this.i32(s.length);
      for (let i = 0; i < s.length; i++) this.u8(s.charCodeAt(i));
      return;
    }
    const b = utf8Encode(s);
    this.u8((interned ? TYPE_INTERNED : TYPE_UNICODE) | flag);
    this.i32(b.length);
    for (const x of b) this.u8(x);
  }

  private bytesObject(b: Uint8Array, flag: number): void {
    this.u8(TYPE_STRING | flag);
    this.i32(b.length);
    for (const x of b) this.u8(x);
  }

  private tupleHeader(items: Item[], flag: number): Item[] {
    if (items.length < 256) {
      this.u8(TYPE_SMALL_TUPLE | flag, items.length);
    } else {
      this.u8(TYPE_TUPLE | flag);
      this.i32(items.length);
    }
    return items;
  }

  private u8(...bytes: number[]): void {
    for (const b of bytes) this.out.push(b);
  }

  private i32(n: number): void {
    this.u8(n & 0xff, (n >> 8) & 0xff, (n >> 16) & 0xff, (n >>> 24) & 0xff);
  }

  private f64(x: number): void {
    const v = new DataView(new ArrayBuffer(8));
    v.setFloat64(0, x, true);
    for (let i = 0; i < 8; i++) this.u8(v.getUint8(i));
  }

  result(): Uint8Array {
    return Uint8Array.from(this.out);
  }

  /**
   * A frozenset's items in the order 3.11's marshal writes them, sorted by their own
   * marshal.dumps bytes so that .pyc files do not depend on hash randomization. Each key is
   * dumped with the references its objects have here (an item held only by the set gets no
   * FLAG_REF there: its sort pair does not exist yet).
   */
  private sortedForMarshal(items: readonly PyConst[]): PyConst[] {
    const keyed = items.map((x) => {
      const w = new Writer(this);
      w.write(constItem(x));
      return { x, dump: w.result() };
    });
    keyed.sort((a, b) => compareBytes(a.dump, b.dump));
    return keyed.map((k) => k.x);
  }
}

/**
 * Strings in co_consts that look like identifiers are interned
 * (intern_string_constants). So is '*': `from m import *` makes the parser
 * intern that alias name, which is the cached 1-character singleton.
 */
function isInternedConst(c: PyConst): boolean {
  return typeof c === 'string' && (IDENT.test(c) || c === '*');
}

/** The compiler's static names (_Py_STR): one shared object each. */
const STATIC_NAMES = new Set(['<module>', '<lambda>', '<listcomp>', '<setcomp>', '<dictcomp>', '<genexpr>']);

function nameItem(name: string): Item {
  return { kind: 'const', value: name, interned: isIdentifier(name) };
}

function constItem(c: PyConst): Item {
  return { kind: 'const', value: c, interned: isInternedConst(c) };
}

/** Identifiers from the parser are interned; made-up names like <module> or C.f are not. */
function isIdentifier(s: string): boolean {
  return /^[\p{L}\p{Nl}_][\p{L}\p{Nl}\p{Mn}\p{Mc}\p{Nd}\p{Pc}]*$/u.test(s);
}

/** A code object's object fields in marshal order; 'firstlineno' marks where that int goes. */
function codeChildren(co: CodeObject): (Item | 'firstlineno')[] {
  return [
    { kind: 'bytes', value: co.code, shared: true },
    { kind: 'tuple', value: co.consts, names: false },
    { kind: 'tuple', value: co.names, names: true },
    { kind: 'tuple', value: co.localsplusnames, names: true },
    { kind: 'bytes', value: co.localspluskinds, shared: false },
    { kind: 'const', value: co.filename, interned: false },
    nameItem(co.name),
    // A qualname equal to the name is the name object itself (compiler_set_qualname).
    co.qualname === co.name ? nameItem(co.name) : { kind: 'qualname', value: co.qualname, owner: co },
    'firstlineno',
    { kind: 'bytes', value: co.linetable, shared: false },
    { kind: 'bytes', value: co.exceptiontable, shared: false },
  ];
}

function children(item: Item): Item[] {
  // co_names and co_localsplusnames are interned (intern_strings in codeobject.c).
  if (item.kind === 'tuple') return item.value.map((s) => (item.names ? { kind: 'const', value: s, interned: true } : constItem(s)));
  if (item.kind === 'bytes' || item.kind === 'qualname') return [];
  const c = item.value;
  if (c instanceof TupleConst || c instanceof FrozensetConst) return c.items.map(constItem);
  if (c instanceof CodeObject) return codeChildren(c).filter((x): x is Item => x !== 'firstlineno');
  return [];
}

function compareBytes(a: Uint8Array, b: Uint8Array): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) if (a[i] !== b[i]) return a[i] - b[i];
  return a.length - b.length;
}

/** marshal.dumps(value, 4). */
export function marshalDumps(value: PyConst): Uint8Array {
  return withinStack('object too deeply nested to marshal', () => dumps(value));
}

function dumps(value: PyConst): Uint8Array {
  const w = new Writer();
  const top = constItem(value);
  w.count(top);
  // The caller holds the top object, and every code object's filename.
  w.markShared(top);
  if (value instanceof CodeObject) w.markShared({ kind: 'const', value: value.filename, interned: false });
  w.write(top);
  return w.result();
}
