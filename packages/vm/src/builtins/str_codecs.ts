// The runtime's side of Python/codecs.c: str.encode, bytes.decode, str(b, encoding), bytes(s,
// encoding) and the _codecs module run the codecs of ../codecs with CPython's exceptions; and the
// interpreter's error handler registry (codecs.register_error / lookup_error), whose built-in
// entries are builtin functions and whose Python handlers the codecs call.

import {
  BUILTIN_ERROR_HANDLERS,
  CodecError,
  HandlerPositionError,
  HandlerTypeError,
  UnknownEncoding,
  UnknownErrorHandler,
  codecFailureMessage,
  lookupCodec,
  viaCodecRegistry,
  type CodecInfo,
  type ErrorHandler,
  type HandlerResult,
} from '../codecs/index.js';
import { typeOf, type PyValue } from '../objects/object.js';
import { PyBaseException, newException, raise, type BuiltinErrorName } from '../objects/errors.js';
import { strValueOrUndefined } from '../objects/boxed.js';
import { badArgument, registerConverter, type ArgRef } from '../objects/clinic.js';
import { ssizeValue } from '../objects/converters.js';
import { makeFunction } from '../objects/typedef.js';
import { interp } from '../objects/state.js';
import * as abs from '../objects/abstract.js';
import { PyBytes, bytesType } from './bytes.js';
import { PyTuple } from './tuple.js';
import { hasSurrogates } from './codepoints.js';
import { baseExceptionInit, baseExceptionNew, codecErrorOf, moveUnicodeError, unicodeErrorOf } from './exceptions.js';

// ---- running a codec ----

/** The Python exception for a failure the codecs threw (a Python exception passes as it is). */
function pythonException(e: unknown): unknown {
  if (e instanceof CodecError) return unicodeErrorOf(e);
  if (e instanceof UnknownEncoding || e instanceof UnknownErrorHandler || e instanceof HandlerPositionError || e instanceof HandlerTypeError) {
    return newException(e.pythonType as BuiltinErrorName, e.message);
  }
  return e;
}

/**
 * wrap_codec_error (_PyErr_TrySetFromCause): an exception escaping a codec reached through the
 * registry becomes a new one of its type naming the codec, caused by it; unless its type may hold
 * more than args (its own __init__ or __new__) or it has more than one str argument or attributes.
 */
function wrapCodecFailure(operation: 'encoding' | 'decoding', encoding: string, e: unknown): unknown {
  if (!(e instanceof PyBaseException)) return e;
  const t = e.type;
  if (t.tp_init !== baseExceptionInit || t.tp_new !== baseExceptionNew) return e;
  const args = e.args.items;
  if (args.length > 1 || (args.length === 1 && typeof args[0] !== 'string')) return e;
  if (e.dict !== undefined && e.dict.size > 0) return e;
  const wrapper = newException(t, codecFailureMessage(operation, encoding, t.name, abs.str(e)));
  wrapper.cause = e;
  wrapper.suppressContext = true;
  return wrapper;
}

/**
 * Runs the codec `encoding` names, with the error handler `errors` names, its failures raised as
 * Python exceptions: wrapped when `viaRegistry` (see wrapCodecFailure), as PyCodec_Encode and
 * PyCodec_Decode do.
 */
export function runCodec<T>(
  operation: 'encoding' | 'decoding', encoding: string, viaRegistry: boolean, errors: string,
  run: (codec: CodecInfo, handler: ErrorHandler | undefined) => T,
): T {
  const codec = lookupCodec(encoding);
  if (codec === undefined) throw pythonException(new UnknownEncoding(encoding));
  // Like CPython's codecs, one call makes its UnicodeError once, at the first error a Python handler
  // sees, and moves it to each later error (make_encode_exception), raising it too.
  let exception: PyBaseException | undefined;
  const exceptionAt = (e: CodecError): PyBaseException => {
    if (exception === undefined) exception = unicodeErrorOf(e);
    else moveUnicodeError(exception, e);
    return exception;
  };
  try {
    return run(codec, registeredHandler(errors, exceptionAt));
  } catch (e) {
    const exc = e instanceof CodecError && exception !== undefined ? exceptionAt(e) : pythonException(e);
    throw viaRegistry ? wrapCodecFailure(operation, encoding, exc) : exc;
  }
}

/** `text` encoded as str.encode and bytes(str, encoding) do (PyUnicode_AsEncodedString). */
export function encodeText(text: string, encoding: string, errors: string): Uint8Array {
  return runCodec('encoding', encoding, viaCodecRegistry(encoding), errors, (c, handler) => c.encode(text, errors, handler));
}

/** `data` decoded as bytes.decode and str(bytes, encoding) do (PyUnicode_FromEncodedObject). */
export function decodeBytes(data: Uint8Array, encoding: string, errors: string): string {
  // Nothing to decode needs no codec: an unknown name is not looked up.
  if (data.length === 0) return '';
  return runCodec('decoding', encoding, viaCodecRegistry(encoding), errors, (c, handler) => c.decode(data, errors, handler, true).text);
}

// ---- C string arguments ----

/**
 * A str argument as a C string (Argument Clinic's `str` converter: encoding and errors names): it
 * must encode to UTF-8 and hold no NUL.
 */
export function cString(v: PyValue, arg: ArgRef, expected = 'str'): string {
  const s = strValueOrUndefined(v);
  if (s === undefined) badArgument(arg, expected, v);
  if (hasSurrogates(s)) encodeText(s, 'utf-8', 'strict');
  if (s.includes('\0')) raise('ValueError', 'embedded null character');
  return s;
}

/**
 * The arguments of bytes() and bytearray(): (source, encoding, errors), each undefined where not given; the
 * encoding and errors are C strings.
 */
export function sourceEncodingErrors(
  fname: string, argv: PyValue[], base: number, nargs: number, kwnames: string[] | null,
): [PyValue | undefined, string | undefined, string | undefined] {
  const nkw = kwnames === null ? 0 : kwnames.length;
  if (nargs + nkw > 3) raise('TypeError', `${fname}() takes at most 3 arguments (${nargs + nkw} given)`);
  const vals: PyValue[] = [undefined, undefined, undefined];
  for (let i = 0; i < nargs; i++) vals[i] = argv[base + i];
  for (let i = 0; i < nkw; i++) {
    const at = ['source', 'encoding', 'errors'].indexOf(kwnames![i]);
    if (at < 0) raise('TypeError', `'${kwnames![i]}' is an invalid keyword argument for ${fname}()`);
    vals[at] = argv[base + nargs + i];
  }
  const [source, encoding, errors] = vals;
  return [
    source,
    encoding === undefined ? undefined : cString(encoding, { fname, index: 2, name: 'encoding', keyword: true }),
    errors === undefined ? undefined : cString(errors, { fname, index: 3, name: 'errors', keyword: true }),
  ];
}

registerConverter('cstr', (v, arg) => cString(v, arg));
/** A C string or None (null), as `str(accept={str, NoneType})`. */
registerConverter('cstr_or_none', (v, arg) => (v === null ? null : cString(v, arg, 'str or None')));

// ---- error handlers ----

/** The Python function of each built-in handler, with the codec's handler it runs. */
const builtinHandlerFunctions = new WeakMap<PyValue, ErrorHandler>();

/** Implements the 'NAME' error handling ... (the docstrings of Python/codecs.c). */
const BUILTIN_HANDLER_FUNCTIONS: [name: string, fname: string, doc: string | null][] = [
  ['strict', 'strict_errors', "Implements the 'strict' error handling, which raises a UnicodeError on coding errors."],
  ['ignore', 'ignore_errors', "Implements the 'ignore' error handling, which ignores malformed data and continues."],
  ['replace', 'replace_errors', "Implements the 'replace' error handling, which replaces malformed data with a replacement marker."],
  [
    'xmlcharrefreplace', 'xmlcharrefreplace_errors',
    "Implements the 'xmlcharrefreplace' error handling, which replaces an unencodable character with the appropriate XML character reference.",
  ],
  [
    'backslashreplace', 'backslashreplace_errors',
    "Implements the 'backslashreplace' error handling, which replaces malformed data with a backslashed escape sequence.",
  ],
  [
    'namereplace', 'namereplace_errors',
    "Implements the 'namereplace' error handling, which replaces an unencodable character with a \\N{...} escape sequence.",
  ],
  ['surrogatepass', 'surrogatepass', null],
  ['surrogateescape', 'surrogateescape', null],
];

/** A built-in handler called from Python on a Unicode error: (replacement, position to resume at). */
function callBuiltinHandler(name: string, handler: ErrorHandler, exc: PyValue): PyTuple {
  if (name === 'strict') {
    if (!(exc instanceof PyBaseException)) raise('TypeError', 'codec must pass exception instance');
    throw exc;
  }
  const wrongType = (): never => raise('TypeError', `don't know how to handle ${typeOf(exc).name} in error callback`);
  const e = codecErrorOf(exc) ?? wrongType();
  let result: HandlerResult;
  try {
    result = handler(e);
  } catch (failure) {
    // A handler that cannot mend the error raises it (surrogateescape on other characters ...).
    if (failure === e) throw exc;
    // The built-in handlers' one TypeError: an exception of a kind they do not handle.
    if (failure instanceof HandlerTypeError) wrongType();
    throw failure;
  }
  const { replacement, resume } = result;
  return new PyTuple([typeof replacement === 'string' ? replacement : new PyBytes(replacement), resume]);
}

/** The registry of a new interpreter: the built-in handlers as builtin functions (_PyCodec_InitRegistry). */
function builtinRegistry(): Map<string, PyValue> {
  const registry = new Map<string, PyValue>();
  for (const [name, fname, doc] of BUILTIN_HANDLER_FUNCTIONS) {
    const handler = BUILTIN_ERROR_HANDLERS.get(name)!;
    const impl = (exc: PyValue): PyTuple => callBuiltinHandler(name, handler, exc);
    const f = makeFunction(`${fname}(exception, /)`, { impl, textSignature: false, doc }, '', undefined, null, null);
    builtinHandlerFunctions.set(f, handler);
    registry.set(name, f);
  }
  return registry;
}

function errorHandlers(): Map<string, PyValue> {
  const i = interp();
  return (i.codecErrorHandlers ??= builtinRegistry());
}

/** codecs.register_error. */
export function registerErrorHandler(name: string, handler: PyValue): void {
  if (typeOf(handler).tp_call === null) raise('TypeError', 'handler must be callable');
  errorHandlers().set(name, handler);
}

/** codecs.lookup_error. */
export function lookupErrorHandler(name: string): PyValue {
  const handler = errorHandlers().get(name);
  if (handler === undefined) throw pythonException(new UnknownErrorHandler(name));
  return handler;
}

/**
 * What the codecs call for the error handler `errors` names, when it is not the built-in one of
 * that name (or no handler: the codecs raise LookupError at the first error, as CPython looks then).
 * A Python handler gets the UnicodeError `exceptionAt` gives for the codec's error.
 */
function registeredHandler(errors: string, exceptionAt: (e: CodecError) => PyBaseException): ErrorHandler | undefined {
  const handler = interp().codecErrorHandlers?.get(errors);
  if (handler === undefined) return undefined;
  return builtinHandlerFunctions.get(handler) ?? ((e) => callPythonHandler(handler, e, exceptionAt(e)));
}

/**
 * A Python error handler's (replacement, position) for a codec error, checked as
 * unicode_encode_call_errorhandler and unicode_decode_call_errorhandler_writer check it.
 */
function callPythonHandler(handler: PyValue, e: CodecError, exception: PyBaseException): HandlerResult {
  const result = abs.call1(handler, exception);
  const message = e.kind === 'encode'
    ? 'encoding error handler must return (str/bytes, int) tuple'
    : 'decoding error handler must return (str, int) tuple';
  if (!(result instanceof PyTuple) || result.items.length !== 2) raise('TypeError', message);
  const [replacement, position] = result.items;
  // PyArg_ParseTuple with "On" (encoding: str or bytes checked after) or "Un" (decoding).
  const text = strValueOrUndefined(replacement);
  if (e.kind !== 'encode' && text === undefined) raise('TypeError', message);
  const resume = ssizeValue(position);
  if (text !== undefined) return { replacement: text, resume };
  if (replacement instanceof PyBytes && replacement.type.isSubtypeOf(bytesType)) return { replacement: replacement.bytes, resume };
  raise('TypeError', message);
}
