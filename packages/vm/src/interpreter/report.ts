// Printing an uncaught exception exactly as CPython 3.11 does for `python3 FILE`
// (Python/traceback.c and pythonrun.c): frames outermost first, source lines,
// caret lines, repeated-line collapsing, chained exceptions.

import { codePositions, type CodeObject, type Position } from '@pyc-ts/bytecode';
import { typeOf, type PyValue } from '../objects/object.js';
import { PyBaseException, exceptionType } from '../objects/errors.js';
import { strValueOrUndefined } from '../objects/boxed.js';
import * as abs from '../objects/abstract.js';
import { PyTraceback } from '../builtins/traceback.js';
import { exceptionField } from '../builtins/exceptions.js';
import { typeModule } from '../builtins/object.js';
import { closestName } from './suggestions.js';
import { caretAnchors } from './caret_anchors.js';

/** One traceback entry: the frame's code and the offset (in code units) of the failing instruction. */
interface TracebackEntry {
  code: CodeObject;
  lasti: number;
}

/** The traceback of an exception, outermost frame first. */
function entriesOf(exc: PyBaseException): TracebackEntry[] {
  const out: TracebackEntry[] = [];
  for (let tb = exc.traceback as PyTraceback | null; tb !== null; tb = tb.next) out.push({ code: tb.frame.info.code, lasti: tb.lasti });
  return out;
}

const TB_RECURSIVE_CUTOFF = 3;
const TRACEBACK_LIMIT = 1000;
const INDENT = 4;

/** Source text lookup: the lines of a file, or undefined when not available. */
export type SourceLookup = (filename: string) => string | undefined;

const positionCache = new WeakMap<CodeObject, Position[]>();

function positionAt(code: CodeObject, lasti: number): Position | null {
  let table = positionCache.get(code);
  if (!table) positionCache.set(code, (table = codePositions(code)));
  return table[lasti] ?? null;
}

/** The line number of the instruction at `lasti` (code units), or null. */
export function lineOf(code: CodeObject, lasti: number): number | null {
  return positionAt(code, lasti)?.lineno ?? null;
}

/** Converts a UTF-8 byte offset within `line` to a character offset. */
function byteToCharOffset(line: string, byteOffset: number): number {
  const bytes = new TextEncoder().encode(line);
  const prefix = new TextDecoder().decode(bytes.subarray(0, byteOffset));
  return prefix.length;
}

class SourceCache {
  private files = new Map<string, string[] | null>();
  constructor(private readonly lookup: SourceLookup | undefined) {}

  line(filename: string, lineno: number): string | null {
    let lines = this.files.get(filename);
    if (lines === undefined) {
      let text: string | undefined;
      try {
        text = this.lookup?.(filename);
      } catch {
        text = undefined; // an unreadable source just loses its traceback lines, as in CPython
      }
      lines = text === undefined ? null : text.replace(/\r\n?/g, '\n').split('\n');
      this.files.set(filename, lines);
    }
    if (!lines || lineno < 1 || lineno > lines.length) return null;
    return lines[lineno - 1];
  }
}

function formatEntry(out: string[], entry: TracebackEntry, sources: SourceCache): void {
  const { code, lasti } = entry;
  const pos = positionAt(code, lasti);
  const lineno = pos?.lineno ?? -1;
  out.push(`  File "${code.filename}", line ${lineno}, in ${code.name}\n`);
  if (lineno < 0) return;
  const line = sources.line(code.filename, lineno);
  if (line === null) return;
  let lead = 0;
  while (lead < line.length && (line[lead] === ' ' || line[lead] === '\t' || line[lead] === '\f')) lead++;
  out.push(' '.repeat(INDENT) + line.slice(lead) + '\n');

  if (!pos || pos.lineno === null || pos.endLineno === null || pos.col === null || pos.endCol === null) return;
  if (pos.col < 0 || pos.endCol < 0) return;
  const start = byteToCharOffset(line, pos.col);
  let end = byteToCharOffset(line, pos.endCol);
  let leftEnd = -1;
  let rightStart = -1;
  let primary = '^';
  let secondary = '^';
  if (pos.lineno === pos.endLineno) {
    const anchors = caretAnchors(line.slice(start, end));
    if (anchors) {
      leftEnd = anchors.leftEnd + start;
      rightStart = anchors.rightStart + start;
      primary = '~';
      secondary = '^';
    }
  } else {
    let i = line.length;
    while (--i >= 0) if (!(line[i] === ' ' || line[i] === '\t' || line[i] === '\f')) break;
    end = i + 1;
  }
  const truncation = lead - INDENT;
  const hasSecondary = leftEnd !== -1 || rightStart !== -1;
  if (end - start === line.length - lead && !hasSecondary) return;
  let carets = '';
  for (let offset = truncation + 1; offset <= end; offset++) {
    if (offset <= start) carets += ' ';
    else if (hasSecondary && leftEnd < offset && offset <= rightStart) carets += secondary;
    else carets += primary;
  }
  out.push(carets + '\n');
}

function formatTraceback(out: string[], tb: TracebackEntry[], sources: SourceCache): void {
  // Outermost first, keeping at most the newest LIMIT.
  const entries = tb.slice(Math.max(0, tb.length - TRACEBACK_LIMIT));
  let lastFile: string | null = null;
  let lastLine = -1;
  let lastName: string | null = null;
  let cnt = 0;
  const repeated = (n: number) => {
    const more = n - TB_RECURSIVE_CUTOFF;
    out.push(`  [Previous line repeated ${more} more time${more > 1 ? 's' : ''}]\n`);
  };
  for (const e of entries) {
    const line = lineOf(e.code, e.lasti) ?? -1;
    if (lastFile === null || e.code.filename !== lastFile || lastLine === -1 || line !== lastLine || e.code.name !== lastName) {
      if (cnt > TB_RECURSIVE_CUTOFF) repeated(cnt);
      lastFile = e.code.filename;
      lastLine = line;
      lastName = e.code.name;
      cnt = 0;
    }
    cnt++;
    if (cnt <= TB_RECURSIVE_CUTOFF) formatEntry(out, e, sources);
  }
  if (cnt > TB_RECURSIVE_CUTOFF) repeated(cnt);
}

/** The names dir() gives for an object, for suggestions (empty when dir fails). */
function dirNames(obj: PyValue): string[] {
  try {
    const method = typeOf(obj).lookup('__dir__');
    return method === undefined ? [] : abs.toArray(abs.callSpecialFound(method, obj, [])).map((v) => strValueOrUndefined(v) ?? '');
  } catch (e) {
    if (!(e instanceof PyBaseException)) throw e;
    return [];
  }
}

/** CPython's "Did you mean" for a NameError or AttributeError (exact types only), or null. */
function suggestion(exc: PyBaseException): string | null {
  if (exc.type === exceptionType('AttributeError')) {
    const name = strValueOrUndefined(exceptionField(exc, 'AttributeError.name'));
    const obj = exceptionField(exc, 'AttributeError.obj');
    if (name === undefined || obj === null) return null;
    return closestName(dirNames(obj), name);
  }
  if (exc.type === exceptionType('NameError')) {
    const name = strValueOrUndefined(exceptionField(exc, 'NameError.name'));
    let tb = exc.traceback as PyTraceback | null;
    if (name === undefined || tb === null) return null;
    while (tb.next !== null) tb = tb.next;
    const f = tb.frame;
    const keys = (d: PyValue) => abs.toArray(abs.call0(abs.getAttr(d, 'keys'))).map((v) => strValueOrUndefined(v) ?? '');
    return closestName(f.info.code.varnames, name) ?? closestName(keys(f.globals), name) ?? closestName(keys(f.builtins), name);
  }
  return null;
}

/** str(exc) for the report; a failing __str__ shows as CPython's placeholder. */
export function safeStr(exc: PyBaseException): string {
  try {
    return abs.str(exc);
  } catch (e) {
    if (!(e instanceof PyBaseException)) throw e;
    return `<exception str() failed>`;
  }
}

/** The last line of an exception report: `TypeName: message`. */
export function exceptionLine(exc: PyBaseException): string {
  let msg = safeStr(exc);
  const hint = suggestion(exc);
  if (hint !== null) msg += `. Did you mean: '${hint}'?`;
  const t = exc.type;
  const module = typeModule(t);
  const name = module === 'builtins' || module === '__main__' ? t.qualname : `${module}.${t.qualname}`;
  return msg === '' ? name : `${name}: ${msg}`;
}

function safeNote(note: PyValue): string {
  try {
    return strValueOrUndefined(note) !== undefined ? abs.str(note) : abs.repr(note);
  } catch (e) {
    if (!(e instanceof PyBaseException)) throw e;
    return '<note str() failed>';
  }
}

function formatChain(out: string[], exc: PyBaseException, sources: SourceCache, seen: Set<PyBaseException>): void {
  seen.add(exc);
  if (exc.cause !== null && !seen.has(exc.cause)) {
    formatChain(out, exc.cause, sources, seen);
    out.push('\nThe above exception was the direct cause of the following exception:\n\n');
  } else if (exc.context !== null && !exc.suppressContext && !seen.has(exc.context)) {
    formatChain(out, exc.context, sources, seen);
    out.push('\nDuring handling of the above exception, another exception occurred:\n\n');
  }
  const tb = entriesOf(exc);
  if (tb.length > 0) {
    out.push('Traceback (most recent call last):\n');
    formatTraceback(out, tb, sources);
  }
  out.push(exceptionLine(exc) + '\n');
  const notes = exc.dict?.getStr('__notes__');
  if (notes !== undefined) {
    try {
      for (const note of abs.toArray(notes)) out.push(safeNote(note) + '\n');
    } catch (e) {
      if (!(e instanceof PyBaseException)) throw e;
      out.push(`<__notes__ repr() failed>\n`);
    }
  }
}

/** The full text CPython writes to stderr for an uncaught exception. */
export function formatException(exc: PyBaseException, source: SourceLookup | undefined): string {
  const out: string[] = [];
  formatChain(out, exc, new SourceCache(source), new Set());
  return out.join('');
}
