// Printing an uncaught exception exactly as CPython 3.11 does for `python3 FILE`
// (Python/traceback.c and pythonrun.c): frames outermost first, source lines,
// caret lines, repeated-line collapsing, chained exceptions.

import { codePositions, type CodeObject, type Position } from '@pyc-ts/bytecode';
import { typeOf, type PyType, type PyValue } from '../objects/object.js';
import { PyBaseException, exceptionType, raise } from '../objects/errors.js';
import { intValueOrUndefined, strValueOrUndefined } from '../objects/boxed.js';
import * as abs from '../objects/abstract.js';
import { PyTraceback } from '../builtins/traceback.js';
import { exceptionField } from '../builtins/exceptions.js';
import { PyTuple } from '../builtins/tuple.js';
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

/** Where report lines go, and the state of printing one exception and its chain (exception_print_context). */
interface PrintContext {
  out: string[];
  sources: SourceCache;
  /** Exceptions printed or being printed, so a cycle in the chain ends. */
  seen: Set<PyValue>;
  /** The nesting level of the exception group being printed. */
  depth: number;
  /** Whether a group's closing line is still owed. */
  needClose: boolean;
}

const MAX_GROUP_WIDTH = 15;
const MAX_GROUP_DEPTH = 10;

/** EXC_INDENT and EXC_MARGIN: what each line of an exception inside a group starts with. */
function margin(ctx: PrintContext): string {
  return ctx.depth === 0 ? '' : ' '.repeat(2 * ctx.depth) + '| ';
}

function formatEntry(out: string[], entry: TracebackEntry, sources: SourceCache, prefix: string): void {
  const { code, lasti } = entry;
  const pos = positionAt(code, lasti);
  const lineno = pos?.lineno ?? -1;
  out.push(`${prefix}  File "${code.filename}", line ${lineno}, in ${code.name}\n`);
  if (lineno < 0) return;
  const line = sources.line(code.filename, lineno);
  if (line === null) return;
  let lead = 0;
  while (lead < line.length && (line[lead] === ' ' || line[lead] === '\t' || line[lead] === '\f')) lead++;
  out.push(prefix + ' '.repeat(INDENT) + line.slice(lead) + '\n');

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
  out.push(prefix + carets + '\n');
}

/** tb_printinternal: the entries, each line after `prefix` (a group's margin); repeats collapsed. */
function formatTraceback(out: string[], tb: TracebackEntry[], sources: SourceCache, prefix: string): void {
  // Outermost first, keeping at most the newest LIMIT.
  const entries = tb.slice(Math.max(0, tb.length - TRACEBACK_LIMIT));
  let lastFile: string | null = null;
  let lastLine = -1;
  let lastName: string | null = null;
  let cnt = 0;
  // CPython writes this line without the margin.
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
    if (cnt <= TB_RECURSIVE_CUTOFF) formatEntry(out, e, sources, prefix);
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

/** print_exception_suggestions: ". Did you mean: 'name'?", or nothing. */
function suggestionText(exc: PyBaseException): string {
  const hint = suggestion(exc);
  return hint === null ? '' : `. Did you mean: '${hint}'?`;
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

/** The type's name as reports show it: qualified by its module unless that is builtins or __main__. */
function reportedTypeName(t: PyType): string {
  let module: PyValue;
  try {
    module = abs.getAttr(t, '__module__');
  } catch (e) {
    if (!(e instanceof PyBaseException)) throw e;
    module = undefined;
  }
  const m = strValueOrUndefined(module);
  const prefix = m === undefined ? '<unknown>.' : m === 'builtins' || m === '__main__' ? '' : `${m}.`;
  return prefix + t.qualname;
}

/** The last line of an exception report: `TypeName: message`, with any "Did you mean" hint. */
export function exceptionLine(exc: PyBaseException): string {
  return messageLine(exc.type, exc) + suggestionText(exc);
}

/** print_exception_message: the type's name, then ': ' and str(value) unless that is empty. */
function messageLine(type: PyType, value: PyValue): string {
  const name = reportedTypeName(type);
  if (value === null) return name;
  let msg: string;
  try {
    msg = abs.str(value);
  } catch (e) {
    if (!(e instanceof PyBaseException)) throw e;
    return `${name}: <exception str() failed>`;
  }
  return msg === '' ? name : `${name}: ${msg}`;
}

/** A SyntaxError's location fields (parse_syntax_error), or null when they cannot be read. */
interface SyntaxLocation {
  message: PyValue;
  filename: PyValue;
  lineno: number;
  offset: number;
  endLineno: number;
  endOffset: number;
  text: PyValue;
}

/** PyLong_AsSsize_t: an int field as a number; anything else makes the location unreadable. */
function ssizeField(v: PyValue): number {
  const n = intValueOrUndefined(v);
  if (n === undefined) raise('TypeError', 'an integer is required');
  return Number(n);
}

function parseSyntaxError(err: PyBaseException): SyntaxLocation | null {
  try {
    const message = abs.getAttr(err, 'msg');
    let filename = abs.getAttr(err, 'filename');
    if (filename === null) filename = '<string>';
    const lineno = ssizeField(abs.getAttr(err, 'lineno'));
    const off = abs.getAttr(err, 'offset');
    const offset = off === null ? -1 : ssizeField(off);
    let endLineno = lineno;
    let endOffset = -1;
    // Only SyntaxError itself has end positions; its subclasses are reported at a single point.
    if (err.type === exceptionType('SyntaxError')) {
      const el = abs.getAttrOrUndefined(err, 'end_lineno');
      if (el !== undefined && el !== null) endLineno = ssizeField(el);
      const eo = abs.getAttrOrUndefined(err, 'end_offset');
      if (eo !== undefined && eo !== null) endOffset = ssizeField(eo);
    }
    const text = abs.getAttr(err, 'text');
    return { message, filename, lineno, offset, endLineno, endOffset, text };
  } catch (e) {
    if (!(e instanceof PyBaseException)) throw e;
    return null;
  }
}

/** print_error_text: the offending line and its carets, from UTF-8 offsets as CPython counts them. */
function errorText(out: string[], offset: number, endOffset: number, textObj: PyValue): void {
  const caretRepetitions = endOffset > 0 && endOffset > offset ? endOffset - offset : 1;
  let text = new TextEncoder().encode(abs.str(textObj));
  offset--;
  let i = 0;
  while (i < text.length && (text[i] === 0x20 || text[i] === 0x09 || text[i] === 0x0c)) {
    i++;
    offset--;
  }
  text = text.subarray(i);
  let len = text.length;
  if (len > 0 && text[len - 1] === 0x0a) len--;
  if (offset > len) offset = len;
  // Skip past newlines embedded in the text.
  for (;;) {
    const nl = text.indexOf(0x0a);
    if (nl < 0 || nl >= offset) break;
    text = text.subarray(nl + 1);
    len -= nl + 1;
    offset -= nl + 1;
  }
  const shown = new TextDecoder().decode(text);
  out.push('    ' + shown + (text[len] !== 0x0a ? '\n' : ''));
  if (offset < 0) return;
  out.push('    ' + ' '.repeat(offset) + '^'.repeat(caretRepetitions) + '\n');
}

/**
 * print_exception_file_and_line: a SyntaxError (anything with print_file_and_line) is reported at its
 * location, its message becoming the value printed. Returns the value to print.
 */
function fileAndLine(ctx: PrintContext, value: PyBaseException): PyValue {
  if (abs.getAttrOrUndefined(value, 'print_file_and_line') === undefined) return value;
  const loc = parseSyntaxError(value);
  if (loc === null) return value;
  ctx.out.push(`${margin(ctx)}  File "${abs.str(loc.filename)}", line ${loc.lineno}\n`);
  if (loc.text !== null) {
    const lineSize = new TextEncoder().encode(abs.str(loc.text)).length;
    let endOffset = loc.endOffset;
    // Only the first line of a multi-line location is shown, highlighted to its end.
    if (loc.endLineno > loc.lineno) endOffset = lineSize;
    if (endOffset > lineSize + 1) endOffset = lineSize + 1;
    errorText(ctx.out, loc.offset, endOffset, loc.text);
  }
  return loc.message;
}

/** print_exception_notes: each note's lines after the margin; a non-sequence __notes__ as its repr. */
function formatNotes(ctx: PrintContext, notes: PyValue): void {
  const out = ctx.out;
  if (typeOf(notes).sq_item === null) {
    let s: string;
    try {
      s = abs.repr(notes);
    } catch (e) {
      if (!(e instanceof PyBaseException)) throw e;
      s = '<__notes__ repr() failed>';
    }
    // CPython ends this line without a newline.
    out.push(margin(ctx) + s);
    return;
  }
  const count = abs.len(notes);
  for (let i = 0; i < count; i++) {
    const note = abs.sequenceGetItem(notes, i);
    let text: string | null;
    try {
      text = abs.str(note);
    } catch (e) {
      if (!(e instanceof PyBaseException)) throw e;
      text = null;
    }
    if (text === null) out.push('<note str() failed>');
    else for (const line of splitLinesKeepEnds(text)) out.push(margin(ctx) + line);
    out.push('\n');
  }
}

/** str.splitlines(keepends=True) for the line breaks a note is likely to have. */
function splitLinesKeepEnds(s: string): string[] {
  const lines = s.match(/[^\n\r\v\f\x1c\x1d\x1e\x85\u2028\u2029]*(\r\n|[\n\r\v\f\x1c\x1d\x1e\x85\u2028\u2029]|$)/g) ?? [];
  return lines.filter((l) => l !== '');
}

/** print_exception: the traceback, the exception line (a SyntaxError's location first), then the notes. */
function formatOne(ctx: PrintContext, exc: PyBaseException): void {
  const out = ctx.out;
  const tb = entriesOf(exc);
  if (tb.length > 0) {
    const isGroup = exc.type.isSubtypeOf(exceptionType('BaseExceptionGroup'));
    const headerMargin = isGroup && ctx.depth === 1 ? '+ ' : ctx.depth === 0 ? '' : '| ';
    const header = isGroup ? 'Exception Group Traceback (most recent call last):\n' : 'Traceback (most recent call last):\n';
    out.push(' '.repeat(2 * ctx.depth) + headerMargin + header);
    formatTraceback(out, tb, ctx.sources, margin(ctx));
  }
  // The type, and the notes, are the exception's even when a SyntaxError prints its message instead.
  const notes = abs.getAttrOrUndefined(exc, '__notes__');
  const value = fileAndLine(ctx, exc);
  out.push(margin(ctx) + messageLine(exc.type, value) + (value === exc ? suggestionText(exc) : '') + '\n');
  if (notes !== undefined) formatNotes(ctx, notes);
}

/** print_chained: the cause or context, then the sentence that links it to what follows. */
function formatChained(ctx: PrintContext, exc: PyBaseException, message: string): void {
  const needClose = ctx.needClose;
  formatRecursive(ctx, exc);
  ctx.needClose = needClose;
  const m = margin(ctx);
  ctx.out.push(`${m}\n${m}${message}${m}\n`);
}

/** print_exception_cause_and_context: the cause, or else the context unless suppressed, if not printed already. */
function formatCauseAndContext(ctx: PrintContext, exc: PyBaseException): void {
  ctx.seen.add(exc);
  if (exc.cause !== null) {
    if (!ctx.seen.has(exc.cause)) formatChained(ctx, exc.cause, 'The above exception was the direct cause of the following exception:\n');
    return;
  }
  if (exc.suppressContext) return;
  if (exc.context !== null && !ctx.seen.has(exc.context)) {
    formatChained(ctx, exc.context, 'During handling of the above exception, another exception occurred:\n');
  }
}

function formatRecursive(ctx: PrintContext, exc: PyBaseException): void {
  formatCauseAndContext(ctx, exc);
  if (exc.type.isSubtypeOf(exceptionType('BaseExceptionGroup'))) formatGroup(ctx, exc);
  else formatOne(ctx, exc);
}

/** print_exception_group: the group, then each of its exceptions in a numbered box. */
function formatGroup(ctx: PrintContext, group: PyBaseException): void {
  const out = ctx.out;
  if (ctx.depth > MAX_GROUP_DEPTH) {
    out.push(`${margin(ctx)}... (max_group_depth is ${MAX_GROUP_DEPTH})\n`);
    return;
  }
  if (ctx.depth === 0) ctx.depth++;
  formatOne(ctx, group);
  const excs = (exceptionField(group, 'BaseExceptionGroup.exceptions') as PyTuple).items;
  const n = excs.length <= MAX_GROUP_WIDTH ? excs.length : MAX_GROUP_WIDTH + 1;
  ctx.needClose = false;
  for (let i = 0; i < n; i++) {
    const last = i === n - 1;
    // The closing line may be written by a nested group's own last exception.
    if (last) ctx.needClose = true;
    const truncated = i >= MAX_GROUP_WIDTH;
    const label = truncated ? '...' : String(i + 1);
    out.push(`${' '.repeat(2 * ctx.depth)}${i === 0 ? '+-' : '  '}+---------------- ${label} ----------------\n`);
    ctx.depth++;
    if (!truncated) {
      formatRecursive(ctx, excs[i] as PyBaseException);
    } else {
      const remaining = excs.length - MAX_GROUP_WIDTH;
      out.push(`${margin(ctx)}and ${remaining} more exception${remaining > 1 ? 's' : ''}\n`);
    }
    if (last && ctx.needClose) {
      out.push(`${' '.repeat(2 * ctx.depth)}+------------------------------------\n`);
      ctx.needClose = false;
    }
    ctx.depth--;
  }
  if (ctx.depth === 1) ctx.depth--;
}

/** The full text CPython writes to stderr for an uncaught exception (_PyErr_Display). */
export function formatException(exc: PyBaseException, source: SourceLookup | undefined): string {
  const ctx: PrintContext = { out: [], sources: new SourceCache(source), seen: new Set(), depth: 0, needClose: false };
  formatRecursive(ctx, exc);
  return ctx.out.join('');
}
