// Argument parsing for builtin functions and methods, declared once per
// function as a signature (CPython's Argument Clinic): the same declaration
// gives the parser, its TypeError messages, and __text_signature__.
//
//   'split($self, /, sep=None, maxsplit: ssize = -1)'
//   'from_bytes($type, /, bytes, byteorder: str = "big", *, signed: bool = False)'
//   'print($module, /, *args, sep=" ", end="\n", file=None, flush: bool = False)'
//
// A parameter is `name[: converter][= default]`; `/` ends the positional-only
// parameters, `*` starts the keyword-only ones, `*args` and `**kwargs` collect
// the rest. A default of `<unrepresentable>` makes the parameter optional with
// no value (the implementation receives undefined). The first parameter may be
// `$self`, `$type` or `$module`: the bound object, not parsed.
//
// How the arguments are checked, and the words of the errors, follow the form
// CPython's clinic would generate for the signature (METH_NOARGS, METH_O,
// positional-only FASTCALL, or keywords), unless the declaration names another
// `style`: 'varargs' for PyArg_ParseTuple's messages, 'raw' for functions that
// check their arguments themselves.

import { raise, type BuiltinErrorName } from './errors.js';
import { PyFloat, typeOf, type PyValue } from './object.js';

/** Where an argument came from, for the converters' error messages. */
export interface ArgRef {
  /** The function's name as its messages show it ('split', 'from_bytes'). */
  readonly fname: string;
  /** 1-based position among the parsed parameters; 0 for a function's only parameter (errors say just "argument"). */
  index: number;
  readonly name: string;
  /** Whether the parameter can be given by keyword: then errors name it instead of numbering it. */
  readonly keyword: boolean;
}

/** Converts one argument to what the implementation takes, or raises TypeError (or ValueError, OverflowError). */
export type Converter = (v: PyValue, arg: ArgRef) => PyValue;

const converters = new Map<string, Converter>();

/** Makes a converter name usable in signatures. */
export function registerConverter(name: string, c: Converter): void {
  converters.set(name, c);
}

/** "f() argument 1 must be str, not int" (CPython's _PyArg_BadArgument). */
export function badArgument(arg: ArgRef, expected: string, v: PyValue): never {
  raise('TypeError', `${describe(arg)} must be ${expected}, not ${v === null ? 'None' : typeOf(v).name}`);
}

/** Raises with a message about an argument, prefixed as CPython's converters do ("f() argument 1 ..."). */
export function argumentError(type: BuiltinErrorName, arg: ArgRef, message: string): never {
  raise(type, `${describe(arg)} ${message}`);
}

/** "f() argument 'name'", "f() argument 2", or "f() argument" for a function's only parameter. */
function describe(arg: ArgRef): string {
  if (arg.keyword) return `${arg.fname}() argument '${arg.name}'`;
  return arg.index === 0 ? `${arg.fname}() argument` : `${arg.fname}() argument ${arg.index}`;
}

registerConverter('object', (v) => v);

const enum Kind {
  POSONLY,
  POS_OR_KW,
  KWONLY,
  VARARGS,
  VARKW,
}

interface Param {
  readonly name: string;
  readonly kind: Kind;
  readonly convert: Converter | null;
  /** The default when the argument is absent; undefined for a required parameter or `<unrepresentable>`. */
  readonly dflt: PyValue;
  readonly required: boolean;
  readonly ref: ArgRef;
}

export type Style = 'noargs' | 'o' | 'positional' | 'keywords' | 'varargs' | 'raw';

/** A parsed signature: the parameters, and how CPython would check them. */
export class Signature {
  readonly params: Param[];
  /** The bound first parameter ('$self', '$type', '$module') or null. */
  readonly bound: string | null;
  readonly style: Style;
  /** Parameters that can be given by position (before any *args or *). */
  readonly maxpos: number;
  readonly minpos: number;
  readonly posonly: number;
  /** The number of required keyword-only parameters. */
  readonly minkw: number;
  readonly varargs: boolean;
  readonly varkw: boolean;
  /** __text_signature__ ('($self, /, sep=None, maxsplit=-1)'), or null where CPython has none. */
  readonly textSignature: string | null;

  constructor(
    /** The bare name, as the messages show it. */
    readonly name: string,
    /** The name with its type ('str.upper'), for METH_NOARGS/METH_O messages and repr. */
    readonly qualname: string,
    text: string,
    style: Style | undefined,
    textSignature: boolean | string,
  ) {
    const parsed = parseParams(name, text);
    this.bound = parsed.bound;
    this.params = parsed.params;
    const kinds = this.params.map((p) => p.kind);
    this.varargs = kinds.includes(Kind.VARARGS);
    this.varkw = kinds.includes(Kind.VARKW);
    const positional = this.params.filter((p) => p.kind === Kind.POSONLY || p.kind === Kind.POS_OR_KW);
    this.maxpos = positional.length;
    this.minpos = positional.filter((p) => p.required).length;
    this.posonly = this.params.filter((p) => p.kind === Kind.POSONLY).length;
    this.minkw = this.params.filter((p) => p.kind === Kind.KWONLY && p.required).length;
    this.style = style ?? defaultStyle(this.params);
    this.textSignature = typeof textSignature === 'string' ? textSignature : textSignature ? parsed.textSignature : null;
  }
}

/** The form Argument Clinic picks for a signature. */
function defaultStyle(params: Param[]): Style {
  if (params.length === 0) return 'noargs';
  const allPosonly = params.every((p) => p.kind === Kind.POSONLY);
  if (allPosonly && params.length === 1 && params[0].required && params[0].convert === null) return 'o';
  if (allPosonly) return 'positional';
  return 'keywords';
}

function parseParams(fname: string, text: string): { bound: string | null; params: Param[]; textSignature: string } {
  const open = text.indexOf('(');
  if (open < 0 || !text.endsWith(')')) throw new Error(`bad signature: ${text}`);
  const parts = splitTopLevel(text.slice(open + 1, -1));
  let bound: string | null = null;
  const shown: string[] = [];
  const params: Param[] = [];
  const hasSlash = parts.some((p) => p.trim() === '/');
  let kind: Kind = hasSlash ? Kind.POSONLY : Kind.POS_OR_KW;
  for (const raw of parts) {
    const part = raw.trim();
    if (part === '') continue;
    if (part.startsWith('$')) {
      bound = part;
      shown.push(part);
      continue;
    }
    if (part === '/') {
      kind = Kind.POS_OR_KW;
      shown.push('/');
      continue;
    }
    if (part === '*') {
      kind = Kind.KWONLY;
      shown.push('*');
      continue;
    }
    const m = /^(\*\*|\*)?([A-Za-z_][A-Za-z_0-9]*)\s*(?::\s*([A-Za-z_][\w?]*))?\s*(?:=\s*(.*))?$/s.exec(part);
    if (m === null) throw new Error(`bad parameter '${part}' in ${text}`);
    const [, stars, name, conv, dfltText] = m;
    let pkind: Kind = kind;
    if (stars === '*') {
      pkind = Kind.VARARGS;
      kind = Kind.KWONLY;
    } else if (stars === '**') pkind = Kind.VARKW;
    // Converters are looked up on first use: types may be defined before every converter is registered.
    let convert: Converter | null = null;
    if (conv !== undefined && conv !== 'object') {
      convert = (v, ref) => {
        const c = converters.get(conv);
        if (c === undefined) throw new Error(`unknown converter '${conv}' in ${text}`);
        return c(v, ref);
      };
    }
    const required = dfltText === undefined && pkind !== Kind.VARARGS && pkind !== Kind.VARKW;
    const dflt = dfltText === undefined ? undefined : literalValue(dfltText.trim());
    const index = params.length + 1;
    const ref: ArgRef = { fname, index, name, keyword: pkind === Kind.POS_OR_KW || pkind === Kind.KWONLY };
    params.push({ name, kind: pkind, convert, dflt, required, ref });
    shown.push((stars ?? '') + name + (dfltText === undefined ? '' : '=' + dfltText.trim()));
  }
  if (params.length === 1 && params[0].kind === Kind.POSONLY) params[0].ref.index = 0;
  return { bound, params, textSignature: `(${shown.join(', ')})` };
}

/** Splits a parameter list at commas outside quotes and brackets. */
function splitTopLevel(s: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let quote = '';
  let start = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (quote) {
      if (c === '\\') i++;
      else if (c === quote) quote = '';
    } else if (c === "'" || c === '"') quote = c;
    else if (c === '(' || c === '[' || c === '{') depth++;
    else if (c === ')' || c === ']' || c === '}') depth--;
    else if (c === ',' && depth === 0) {
      out.push(s.slice(start, i));
      start = i + 1;
    }
  }
  out.push(s.slice(start));
  return out;
}

/** The value of a default as written in a signature: None, True, False, an int, a float, or a str literal. */
function literalValue(t: string): PyValue {
  if (t === '<unrepresentable>') return undefined;
  if (t === 'None') return null;
  if (t === 'sys.maxsize') return Number.MAX_SAFE_INTEGER;
  // An empty tuple default reaches the implementation as absent.
  if (t === '()') return undefined;
  if (t === 'True') return true;
  if (t === 'False') return false;
  if (/^-?\d+$/.test(t)) {
    const n = Number(t);
    return Number.isSafeInteger(n) ? n : BigInt(t);
  }
  if (/^-?(\d+\.\d*|\d+(\.\d*)?e-?\d+|inf|nan)$/.test(t)) return new PyFloat(Number(t.replace('inf', 'Infinity').replace('nan', 'NaN')));
  // A bytes default reaches the implementation as absent; it supplies the bytes itself.
  if (/^b['"]/.test(t)) return undefined;
  if (/^['"]/.test(t)) return JSON.parse('"' + t.slice(1, -1).replace(/"/g, '\\"').replace(/\\'/g, "'") + '"');
  throw new Error(`unsupported default ${t}`);
}

// ---- checking and converting a call's arguments ----

function plural(n: number): string {
  return n === 1 ? '' : 's';
}

/** The callable a body runs for, which names itself in METH_NOARGS and METH_O errors (_PyObject_FunctionStr). */
export interface Callee {
  functionStr(): string;
}

function calleeStr(sig: Signature, callee: Callee | undefined): string {
  return callee === undefined ? `${sig.qualname}()` : callee.functionStr();
}

function noKeywords(sig: Signature, kwnames: string[] | null, callee: Callee | undefined): void {
  if (kwnames !== null && kwnames.length > 0) raise('TypeError', `${calleeStr(sig, callee)} takes no keyword arguments`);
}

/** _PyArg_CheckPositional's messages. */
function checkPositional(sig: Signature, nargs: number): void {
  const { minpos, maxpos } = sig;
  if (nargs < minpos) {
    raise('TypeError', `${sig.name} expected ${minpos === maxpos ? '' : 'at least '}${minpos} argument${plural(minpos)}, got ${nargs}`);
  }
  if (nargs > maxpos && !sig.varargs) {
    raise('TypeError', `${sig.name} expected ${minpos === maxpos ? '' : 'at most '}${maxpos} argument${plural(maxpos)}, got ${nargs}`);
  }
}

/** PyArg_ParseTuple's count messages. */
function checkVarargs(sig: Signature, nargs: number): void {
  const { minpos: min, maxpos: max } = sig;
  if (nargs >= min && (nargs <= max || sig.varargs)) return;
  const bound = nargs < min ? min : max;
  const how = min === max ? 'exactly' : nargs < min ? 'at least' : 'at most';
  raise('TypeError', `${sig.name}() takes ${how} ${bound} argument${plural(bound)} (${nargs} given)`);
}

/** _PyArg_UnpackKeywords' checks, before the arguments are matched to parameters. */
function checkKeywordsCall(sig: Signature, nargs: number, nkw: number): void {
  const fn = `${sig.name}()`;
  const maxargs = sig.params.filter((p) => p.kind !== Kind.VARARGS && p.kind !== Kind.VARKW).length;
  if (!sig.varargs && !sig.varkw && nargs + nkw > maxargs) {
    raise('TypeError', `${fn} takes at most ${maxargs} ${nargs === 0 ? 'keyword ' : ''}argument${plural(maxargs)} (${nargs + nkw} given)`);
  }
  if (nargs > sig.maxpos && !sig.varargs) {
    if (sig.maxpos === 0) raise('TypeError', `${fn} takes no positional arguments`);
    raise(
      'TypeError',
      `${fn} takes ${sig.minpos < sig.maxpos ? 'at most' : 'exactly'} ${sig.maxpos} positional argument${plural(sig.maxpos)} (${nargs} given)`,
    );
  }
  const minposonly = Math.min(sig.posonly, sig.minpos);
  if (nargs < minposonly) {
    raise(
      'TypeError',
      `${fn} takes ${minposonly < sig.maxpos ? 'at least' : 'exactly'} ${minposonly} positional argument${plural(minposonly)} (${nargs} given)`,
    );
  }
}

/**
 * The converted arguments of a call, one per parameter in order: *args as a JS array, **kwargs as a
 * Map, absent optional parameters as their default (undefined for `<unrepresentable>`).
 */
export function parseArguments(sig: Signature, argv: PyValue[], base: number, nargs: number, kwnames: string[] | null, callee?: Callee): PyValue[] {
  const nkw = kwnames === null ? 0 : kwnames.length;
  switch (sig.style) {
    case 'noargs':
      noKeywords(sig, kwnames, callee);
      if (nargs !== 0) raise('TypeError', `${calleeStr(sig, callee)} takes no arguments (${nargs} given)`);
      return [];
    case 'o':
      noKeywords(sig, kwnames, callee);
      if (nargs !== 1) raise('TypeError', `${calleeStr(sig, callee)} takes exactly one argument (${nargs} given)`);
      return [argv[base]];
    case 'positional':
      noKeywords(sig, kwnames, callee);
      checkPositional(sig, nargs);
      return bindPositional(sig, argv, base, nargs);
    case 'varargs':
      noKeywords(sig, kwnames, callee);
      checkVarargs(sig, nargs);
      return bindPositional(sig, argv, base, nargs);
    case 'keywords':
      checkKeywordsCall(sig, nargs, nkw);
      return bindKeywords(sig, argv, base, nargs, kwnames);
    case 'raw':
      throw new Error('raw signatures are not parsed');
  }
}

function convert(p: Param, v: PyValue): PyValue {
  return p.convert === null ? v : p.convert(v, p.ref);
}

function bindPositional(sig: Signature, argv: PyValue[], base: number, nargs: number): PyValue[] {
  const params = sig.params;
  const out: PyValue[] = [];
  let i = 0;
  for (; i < params.length; i++) {
    const p = params[i];
    if (p.kind === Kind.VARARGS) {
      out.push(argv.slice(base + i, base + nargs));
      i++;
      break;
    }
    out.push(i < nargs ? convert(p, argv[base + i]) : p.dflt);
  }
  for (; i < params.length; i++) out.push(params[i].kind === Kind.VARKW ? new Map() : params[i].dflt);
  return out;
}

function bindKeywords(sig: Signature, argv: PyValue[], base: number, nargs: number, kwnames: string[] | null): PyValue[] {
  const params = sig.params;
  const fn = `${sig.name}()`;
  const slots: PyValue[] = new Array(params.length).fill(undefined);
  const given: boolean[] = new Array(params.length).fill(false);
  let varargsAt = -1;
  let varkwAt = -1;
  let pos = 0;
  for (let i = 0; i < params.length; i++) {
    const k = params[i].kind;
    if (k === Kind.VARARGS) varargsAt = i;
    else if (k === Kind.VARKW) varkwAt = i;
  }
  for (let i = 0; i < params.length && pos < nargs; i++) {
    const k = params[i].kind;
    if (k === Kind.VARARGS) {
      slots[i] = argv.slice(base + pos, base + nargs);
      given[i] = true;
      pos = nargs;
      break;
    }
    if (k !== Kind.POSONLY && k !== Kind.POS_OR_KW) break;
    slots[i] = argv[base + pos++];
    given[i] = true;
  }
  // As _PyArg_UnpackKeywords: a missing argument is reported before one given twice, and that before
  // an unknown keyword; the arguments are converted after all three checks.
  let extra: Map<string, PyValue> | null = varkwAt >= 0 ? new Map() : null;
  let twice = -1;
  let unknown: string | null = null;
  if (kwnames !== null) {
    for (let k = 0; k < kwnames.length; k++) {
      const name = kwnames[k];
      const value = argv[base + nargs + k];
      let at = -1;
      for (let i = 0; i < params.length; i++) {
        const p = params[i];
        if (p.name === name && (p.kind === Kind.POS_OR_KW || p.kind === Kind.KWONLY)) {
          at = i;
          break;
        }
      }
      if (at < 0) {
        if (extra !== null) extra.set(name, value);
        else unknown ??= name;
      } else if (given[at]) {
        if (twice < 0 || at < twice) twice = at;
      } else {
        slots[at] = value;
        given[at] = true;
      }
    }
  }
  for (let i = 0; i < params.length; i++) {
    const p = params[i];
    if (!given[i] && p.required) raise('TypeError', `${fn} missing required argument '${p.name}' (pos ${i + 1})`);
  }
  if (twice >= 0) raise('TypeError', `argument for ${fn} given by name ('${params[twice].name}') and position (${twice + 1})`);
  if (unknown !== null) raise('TypeError', `'${unknown}' is an invalid keyword argument for ${fn}`);
  for (let i = 0; i < params.length; i++) {
    const p = params[i];
    if (i === varargsAt) {
      if (!given[i]) slots[i] = [];
      continue;
    }
    if (i === varkwAt) {
      slots[i] = extra;
      continue;
    }
    slots[i] = given[i] ? convert(p, slots[i]) : p.dflt;
  }
  extra = null;
  return slots;
}

/** A builtin's implementation as the parser calls it: the bound object (if any), then one value per parameter. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Impl = (...args: any[]) => PyValue;

/** The vectorcall body of a builtin: parses argv and calls impl(bound?, ...values). */
export type BuiltinBody = (bound: PyValue, argv: PyValue[], base: number, nargs: number, kwnames: string[] | null, callee?: Callee) => PyValue;

/**
 * Compiles a signature and an implementation into the function a descriptor or builtin function
 * calls. Short signatures called without keywords skip the general parser.
 */
export function makeBody(sig: Signature, impl: Impl, passBound: boolean): BuiltinBody {
  if (sig.style === 'raw') {
    return passBound ? (bound, argv, base, nargs, kwnames) => impl(bound, argv, base, nargs, kwnames) : (_b, argv, base, nargs, kwnames) => impl(argv, base, nargs, kwnames);
  }
  const params = sig.params;
  if (sig.style === 'noargs') {
    return passBound
      ? (bound, _argv, _base, nargs, kwnames, callee) => {
          if (nargs !== 0 || kwnames !== null) parseArguments(sig, _argv, _base, nargs, kwnames, callee);
          return impl(bound);
        }
      : (_bound, _argv, _base, nargs, kwnames, callee) => {
          if (nargs !== 0 || kwnames !== null) parseArguments(sig, _argv, _base, nargs, kwnames, callee);
          return impl();
        };
  }
  const simple = !sig.varargs && !sig.varkw;
  if (simple && params.length === 1) {
    const p = params[0];
    const c = p.convert;
    return (bound, argv, base, nargs, kwnames, callee) => {
      if (kwnames === null && nargs === 1 && sig.maxpos === 1) {
        const v = c === null ? argv[base] : c(argv[base], p.ref);
        return passBound ? impl(bound, v) : impl(v);
      }
      const vals = parseArguments(sig, argv, base, nargs, kwnames, callee);
      return passBound ? impl(bound, ...vals) : impl(...vals);
    };
  }
  if (simple && params.length === 2) {
    const [p, q] = params;
    return (bound, argv, base, nargs, kwnames, callee) => {
      if (kwnames === null && nargs === 2 && sig.maxpos === 2) {
        const a = p.convert === null ? argv[base] : p.convert(argv[base], p.ref);
        const b = q.convert === null ? argv[base + 1] : q.convert(argv[base + 1], q.ref);
        return passBound ? impl(bound, a, b) : impl(a, b);
      }
      const vals = parseArguments(sig, argv, base, nargs, kwnames, callee);
      return passBound ? impl(bound, ...vals) : impl(...vals);
    };
  }
  return (bound, argv, base, nargs, kwnames, callee) => {
    const vals = parseArguments(sig, argv, base, nargs, kwnames, callee);
    return passBound ? impl(bound, ...vals) : impl(...vals);
  };
}
