// sys.stdin, sys.stdout and sys.stderr before the io module exists: text
// streams that read from and write to the host (the CLI's file descriptors,
// or an embedder's sinks), with the methods programs call on them.

import { PyObject, typeOf, type PyType, type PyValue } from '../objects/object.js';
import { defineType } from '../objects/typedef.js';
import { raise } from '../objects/errors.js';
import { strValueOrUndefined } from '../objects/boxed.js';
import * as abs from '../objects/abstract.js';
import { PyList } from './list.js';
import { strLen } from './codepoints.js';

export class PyHostStream extends PyObject {
  closed = false;
  /** Text read from the host but not yet consumed. */
  private pending = '';
  private eof = false;
  constructor(
    readonly name: string,
    readonly mode: 'r' | 'w',
    readonly fd: number,
    /** Writes text (output streams). */
    readonly writeText: ((s: string) => void) | null,
    /** The next line, with its newline, or null at end of input (input streams). */
    readonly readLine: (() => string | null) | null,
  ) {
    super(hostStreamType);
  }

  private check(): void {
    if (this.closed) raise('ValueError', 'I/O operation on closed file.');
  }

  write(s: string): number {
    this.check();
    if (this.writeText === null) raise('OSError', 'not writable');
    this.writeText(s);
    return strLen(s);
  }

  /** One line (size < 0), or at most size characters of it. */
  readline(size: number): string {
    this.check();
    if (this.readLine === null) raise('OSError', 'not readable');
    if (this.pending === '' && !this.eof) {
      const line = this.readLine();
      if (line === null) this.eof = true;
      else this.pending = line;
    }
    let line = this.pending;
    if (size >= 0 && line.length > size) line = line.slice(0, size);
    this.pending = this.pending.slice(line.length);
    return line;
  }

  read(size: number): string {
    let out = '';
    while (size < 0 || out.length < size) {
      const line = this.readline(size < 0 ? -1 : size - out.length);
      if (line === '') break;
      out += line;
    }
    return out;
  }
}

function stream(v: PyValue): PyHostStream {
  return v as PyHostStream;
}

function sizeArg(v: PyValue): number {
  return v === null ? -1 : abs.asSsize(v, 'OverflowError');
}

export const hostStreamType: PyType = defineType({
  name: '_io.TextIOWrapper',
  slots: {
    tp_repr: (s) => `<_io.TextIOWrapper name='${stream(s).name}' mode='${stream(s).mode}' encoding='utf-8'>`,
    tp_getattro: abs.genericGetAttr,
    tp_iter: (s) => s,
    tp_iternext: (s) => {
      const line = stream(s).readline(-1);
      return line === '' ? undefined : line;
    },
  },
  methods: {
    'write($self, text, /)': (s: PyHostStream, text: PyValue) => {
      const t = strValueOrUndefined(text);
      if (t === undefined) raise('TypeError', `write() argument must be str, not ${typeOf(text).name}`);
      return s.write(t);
    },
    'writelines($self, lines, /)': (s: PyHostStream, lines: PyValue) => {
      abs.forEach(lines, (line) => {
        const t = strValueOrUndefined(line);
        if (t === undefined) raise('TypeError', `write() argument must be str, not ${typeOf(line).name}`);
        s.write(t);
      });
      return null;
    },
    'flush($self, /)': (s: PyHostStream) => {
      if (s.closed) raise('ValueError', 'I/O operation on closed file.');
      return null;
    },
    'readline($self, size=-1, /)': (s: PyHostStream, size: PyValue) => s.readline(sizeArg(size)),
    'read($self, size=-1, /)': (s: PyHostStream, size: PyValue) => s.read(sizeArg(size)),
    'readlines($self, hint=-1, /)': (s: PyHostStream) => {
      const out: string[] = [];
      for (let line = s.readline(-1); line !== ''; line = s.readline(-1)) out.push(line);
      return new PyList(out);
    },
    'close($self, /)': (s: PyHostStream) => {
      s.closed = true;
      return null;
    },
    'fileno($self, /)': (s: PyHostStream) => s.fd,
    'isatty($self, /)': () => false,
    'readable($self, /)': (s: PyHostStream) => s.mode === 'r',
    'writable($self, /)': (s: PyHostStream) => s.mode === 'w',
    'seekable($self, /)': () => false,
    '__enter__($self, /)': (s: PyHostStream) => s,
    '__exit__($self, /, *args)': {
      impl: (s: PyHostStream) => {
        s.closed = true;
        return null;
      },
      style: 'varargs',
    },
  },
  getsets: {
    closed: { get: (s: PyHostStream) => s.closed },
    name: { get: (s: PyHostStream) => s.name },
    mode: { get: (s: PyHostStream) => s.mode },
    encoding: { get: () => 'utf-8' },
    errors: { get: (s: PyHostStream) => (s.fd === 2 ? 'backslashreplace' : 'strict') },
    line_buffering: { get: (s: PyHostStream) => s.fd === 2 },
    newlines: { get: () => null },
  },
});
