// Methods of bytes. Most act on bytes exactly as the str method acts on the
// string with one character per byte (latin-1), so they run the str method on
// that string and turn str results back into bytes. Case, class and whitespace
// rules differ (bytes know only ASCII), so those are written here.

import { PyList, PyTuple, strType, typeOf, type PyValue } from './objects.js';
import { PyBuiltinFunction } from './objects.js';
import { PyMethodWrapper, staticmethodType } from './classes.js';
import { PyBytes, bytesType } from './bytes.js';
import { install } from './methods.js';
import { iterate } from './builtins.js';
import { activeInterpreter } from './interpreter.js';
import { raise } from './errors.js';

const ASCII_SPACE = ' \t\n\r\x0b\x0c';

function latin1(b: Uint8Array): string {
  let s = '';
  for (let i = 0; i < b.length; i += 8192) s += String.fromCharCode(...b.subarray(i, i + 8192));
  return s;
}

function fromLatin1(s: string): PyBytes {
  const out = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) out[i] = s.charCodeAt(i);
  return new PyBytes(out);
}

/** A bytes argument as its latin-1 string; other values pass unchanged (ints, None, tuples of bytes). */
function bytesArg(v: PyValue): PyValue {
  if (v instanceof PyBytes) return latin1(v.bytes);
  if (typeof v === 'string') raise('TypeError', "a bytes-like object is required, not 'str'");
  if (v instanceof PyTuple) return new PyTuple(v.items.map(bytesArg));
  return v;
}

function toBytesResult(v: PyValue): PyValue {
  if (typeof v === 'string') return fromLatin1(v);
  if (v instanceof PyList) return new PyList(v.items.map(toBytesResult));
  if (v instanceof PyTuple) return new PyTuple(v.items.map(toBytesResult));
  return v;
}

/** bytes.NAME runs str.NAME on the latin-1 text of its bytes arguments. */
function viaStr(name: string, min: number, max: number, convertArgs = true): void {
  install(bytesType, name, min, max, (self: PyBytes, args, kw) => {
    const f = strType.dict.get(name) as PyBuiltinFunction;
    const argv = [latin1(self.bytes), ...(convertArgs ? args.map(bytesArg) : args), ...kw.values()];
    return toBytesResult(f.call(argv, kw.size ? [...kw.keys()] : null));
  }, ['**']);
}

const isAsciiLetter = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
const isAsciiDigit = (c: number) => c >= 48 && c <= 57;
const isAsciiLower = (c: number) => c >= 97 && c <= 122;
const isAsciiUpper = (c: number) => c >= 65 && c <= 90;

function mapBytes(b: Uint8Array, f: (c: number, i: number, prev: number) => number): PyBytes {
  const out = new Uint8Array(b.length);
  for (let i = 0; i < b.length; i++) out[i] = f(b[i], i, i > 0 ? b[i - 1] : -1);
  return new PyBytes(out);
}

const upper = (c: number) => (isAsciiLower(c) ? c - 32 : c);
const lower = (c: number) => (isAsciiUpper(c) ? c + 32 : c);

export function installBytesMethods(): void {
  for (const name of ['find', 'rfind', 'count', 'startswith', 'endswith', 'replace', 'partition', 'rpartition']) {
    viaStr(name, 1, 3);
  }
  for (const [name, find] of [['index', 'find'], ['rindex', 'rfind']]) {
    install(bytesType, name, 1, 3, (self: PyBytes, args) => {
      const i = (bytesType.dict.get(find) as PyBuiltinFunction).call([self, ...args], null);
      if (i === -1) raise('ValueError', 'subsection not found');
      return i;
    });
  }
  for (const name of ['center', 'ljust', 'rjust']) viaStr(name, 1, 2);
  viaStr('zfill', 1, 1, false);
  viaStr('removeprefix', 1, 1);
  viaStr('removesuffix', 1, 1);
  viaStr('expandtabs', 0, 1, false);
  viaStr('splitlines', 0, 1, false);
  for (const name of ['strip', 'lstrip', 'rstrip']) {
    install(bytesType, name, 0, 1, (self: PyBytes, [chars]) => {
      const f = strType.dict.get(name) as PyBuiltinFunction;
      const set = chars === undefined || chars === null ? ASCII_SPACE : bytesArg(chars);
      return toBytesResult(f.call([latin1(self.bytes), set], null));
    });
  }
  for (const name of ['split', 'rsplit']) {
    install(bytesType, name, 0, 2, (self: PyBytes, [sep, maxsplit], kw) => {
      const s = sep ?? kw.get('sep') ?? null;
      const m = maxsplit ?? kw.get('maxsplit') ?? -1;
      const text = latin1(self.bytes);
      // Runs of ASCII whitespace separate; str.split() would also split at \x1c-\x1f, \x85, \xa0.
      if (s === null) return splitWhitespace(text, name, Number(m) < 0 ? Infinity : Number(m));
      const f = strType.dict.get(name) as PyBuiltinFunction;
      return toBytesResult(f.call([text, bytesArg(s), m], null));
    }, ['sep', 'maxsplit']);
  }
  install(bytesType, 'join', 1, 1, (self: PyBytes, [items]) => {
    const parts: string[] = [];
    let i = 0;
    for (const v of iterate(activeInterpreter(), items)) {
      if (!(v instanceof PyBytes)) raise('TypeError', `sequence item ${i}: expected a bytes-like object, ${typeOf(v).name} found`);
      parts.push(latin1(v.bytes));
      i++;
    }
    return fromLatin1(parts.join(latin1(self.bytes)));
  });
  install(bytesType, 'upper', 0, 0, (self: PyBytes) => mapBytes(self.bytes, upper));
  install(bytesType, 'lower', 0, 0, (self: PyBytes) => mapBytes(self.bytes, lower));
  install(bytesType, 'swapcase', 0, 0, (self: PyBytes) => mapBytes(self.bytes, (c) => (isAsciiLower(c) ? upper(c) : lower(c))));
  install(bytesType, 'capitalize', 0, 0, (self: PyBytes) => mapBytes(self.bytes, (c, i) => (i === 0 ? upper(c) : lower(c))));
  install(bytesType, 'title', 0, 0, (self: PyBytes) => mapBytes(self.bytes, (c, _i, prev) => (prev >= 0 && isAsciiLetter(prev) ? lower(c) : upper(c))));
  const predicate = (name: string, test: (b: Uint8Array) => boolean) => install(bytesType, name, 0, 0, (self: PyBytes) => test(self.bytes));
  const all = (f: (c: number) => boolean) => (b: Uint8Array) => b.length > 0 && b.every(f);
  predicate('isalpha', all(isAsciiLetter));
  predicate('isdigit', all(isAsciiDigit));
  predicate('isalnum', all((c) => isAsciiLetter(c) || isAsciiDigit(c)));
  predicate('isspace', all((c) => ASCII_SPACE.includes(String.fromCharCode(c))));
  predicate('isascii', (b) => b.every((c) => c < 128));
  predicate('islower', (b) => b.some(isAsciiLower) && !b.some(isAsciiUpper));
  predicate('isupper', (b) => b.some(isAsciiUpper) && !b.some(isAsciiLower));
  predicate('istitle', (b) => {
    // Upper-case letters only after non-letters, lower-case only after letters, and at least one cased.
    let cased = false;
    let prevCased = false;
    for (const c of b) {
      if (isAsciiUpper(c)) {
        if (prevCased) return false;
        prevCased = cased = true;
      } else if (isAsciiLower(c)) {
        if (!prevCased) return false;
        prevCased = cased = true;
      } else prevCased = false;
    }
    return cased;
  });
  install(bytesType, 'translate', 1, 2, (self: PyBytes, [table, del]) => {
    if (table !== null && !(table instanceof PyBytes && table.bytes.length === 256)) {
      if (table instanceof PyBytes) raise('ValueError', 'translation table must be 256 characters long');
      raise('TypeError', `a bytes-like object is required, not '${typeOf(table).name}'`);
    }
    if (del !== undefined && !(del instanceof PyBytes)) raise('TypeError', `a bytes-like object is required, not '${typeOf(del).name}'`);
    const drop = new Set(del === undefined ? [] : (del as PyBytes).bytes);
    const out: number[] = [];
    for (const c of self.bytes) if (!drop.has(c)) out.push(table === null ? c : (table as PyBytes).bytes[c]);
    return new PyBytes(Uint8Array.from(out));
  });
  bytesType.dict.set('maketrans', new PyMethodWrapper(staticmethodType, new PyBuiltinFunction('maketrans', (args) => {
    if (args.length !== 2) raise('TypeError', `maketrans expected 2 arguments, got ${args.length}`);
    const [from, to] = args.map((a) => {
      if (!(a instanceof PyBytes)) raise('TypeError', `a bytes-like object is required, not '${typeOf(a).name}'`);
      return a.bytes;
    });
    if (from.length !== to.length) raise('ValueError', 'maketrans arguments must have same length');
    const table = Uint8Array.from({ length: 256 }, (_, i) => i);
    from.forEach((c, i) => (table[c] = to[i]));
    return new PyBytes(table);
  })));
  install(bytesType, 'hex', 0, 0, (self: PyBytes) => Array.from(self.bytes, (c) => c.toString(16).padStart(2, '0')).join(''));
}

/** bytes.split()/rsplit() with no separator and a maxsplit: ASCII whitespace runs, at most `limit` splits. */
function splitWhitespace(text: string, name: string, limit: number): PyList {
  const out: string[] = [];
  const ws = /[ \t\n\r\x0b\x0c]/;
  if (name === 'split') {
    let i = 0;
    while (out.length < limit) {
      while (i < text.length && ws.test(text[i])) i++;
      if (i >= text.length) break;
      let j = i;
      while (j < text.length && !ws.test(text[j])) j++;
      out.push(text.slice(i, j));
      i = j;
    }
    while (i < text.length && ws.test(text[i])) i++;
    if (i < text.length) out.push(text.slice(i));
    return toBytesResult(new PyList(out)) as PyList;
  }
  let j = text.length;
  while (out.length < limit) {
    while (j > 0 && ws.test(text[j - 1])) j--;
    if (j <= 0) break;
    let i = j;
    while (i > 0 && !ws.test(text[i - 1])) i--;
    out.unshift(text.slice(i, j));
    j = i;
  }
  while (j > 0 && ws.test(text[j - 1])) j--;
  if (j > 0) out.unshift(text.slice(0, j));
  return toBytesResult(new PyList(out)) as PyList;
}
