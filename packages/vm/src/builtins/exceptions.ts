// The builtin exceptions (Objects/exceptions.c): BaseException and its
// hierarchy, with the fields of OSError, SyntaxError, ImportError,
// StopIteration, SystemExit, the Unicode errors, NameError, AttributeError and
// the exception groups. Fields live in the instance's `slots` array; each
// type's members index it.

import { objectType, tupleType, typeOf, TPFLAGS_BASETYPE, TPFLAGS_HEAPTYPE, TPFLAGS_BASE_EXC_SUBCLASS, type PyType, type PyValue } from '../objects/object.js';
import { defineType, type GetSetDef, type MemberDef, type MethodDef } from '../objects/typedef.js';
import {
  PyBaseException,
  exceptionType,
  raise,
  newException,
  registerBuiltinException,
  type BuiltinErrorName,
} from '../objects/errors.js';
import { strValueOrUndefined, intValueOrUndefined } from '../objects/boxed.js';
import * as abs from '../objects/abstract.js';
import { ssizeValue } from '../objects/converters.js';
import { PyTuple, EMPTY_TUPLE } from './tuple.js';
import { PyList } from './list.js';
import { PyDict } from './dict.js';
import { bufferOf } from './bytes_methods.js';
import { PyBytes, bytesType } from './bytes.js';
import { strLen } from './codepoints.js';
import { CodecError, codecErrorMessage } from '../codecs/index.js';
import { genericAlias } from './genericalias.js';
import { PyTraceback } from './traceback.js';

export { PyBaseException };

// ---- BaseException ----

function excArgs(argv: PyValue[], base: number, nargs: number): PyTuple {
  return nargs === 0 ? EMPTY_TUPLE : new PyTuple(argv.slice(base, base + nargs));
}

/** BaseException.__new__: the instance with its args, and room for its type's fields. */
export function baseExceptionNew(type: PyType, argv: PyValue[], base: number, nargs: number): PyValue {
  const e = new PyBaseException(type, excArgs(argv, base, nargs));
  if (type.hasDict) e.dict = undefined;
  if (type.slotCount > 0) e.slots = new Array(type.slotCount).fill(undefined);
  return e;
}

function noKeywords(self: PyValue, kwnames: string[] | null): void {
  if (kwnames !== null && kwnames.length > 0) raise('TypeError', `${typeOf(self).name}() takes no keyword arguments`);
}

export function baseExceptionInit(self: PyValue, argv: PyValue[], base: number, nargs: number, kwnames: string[] | null): void {
  noKeywords(self, kwnames);
  (self as PyBaseException).args = excArgs(argv, base, nargs);
}

function exceptionStr(self: PyValue): string {
  const args = (self as PyBaseException).args.items;
  if (args.length === 0) return '';
  if (args.length === 1) return abs.str(args[0]);
  return abs.str((self as PyBaseException).args);
}

function exceptionRepr(self: PyValue): string {
  const e = self as PyBaseException;
  const name = typeOf(e).name;
  const args = e.args.items;
  if (args.length === 1) return `${name}(${abs.repr(args[0])})`;
  return name + abs.repr(e.args);
}

function exceptionInstance(v: PyValue, what: string): PyValue {
  if (v === undefined) raise('TypeError', `${what} may not be deleted`);
  if (v !== null && !(v instanceof PyBaseException)) raise('TypeError', `exception ${what === '__cause__' ? 'cause' : 'context'} must be None or derive from BaseException`);
  return v;
}

function addNote(self: PyBaseException, note: PyValue): PyValue {
  if (strValueOrUndefined(note) === undefined) raise('TypeError', `note must be a str, not '${typeOf(note).name}'`);
  const dict = (self.dict ??= new PyDict());
  let notes = dict.getStr('__notes__');
  if (notes === undefined) {
    notes = new PyList([]);
    dict.setStr('__notes__', notes);
  }
  if (!(notes instanceof PyList)) raise('TypeError', 'Cannot add note: __notes__ is not a list');
  notes.items.push(note);
  return null;
}

function setTraceback(self: PyBaseException, tb: PyValue): void {
  if (tb === undefined) raise('TypeError', '__traceback__ may not be deleted');
  if (tb !== null && !(tb instanceof PyTraceback)) raise('TypeError', '__traceback__ must be a traceback or None');
  self.traceback = tb;
}

const BaseException = defineType({
  name: 'BaseException',
  flags: TPFLAGS_BASETYPE | TPFLAGS_BASE_EXC_SUBCLASS,
  hasDict: true,
  slots: {
    tp_repr: exceptionRepr,
    tp_str: exceptionStr,
    tp_getattro: abs.genericGetAttr,
    tp_setattro: abs.genericSetAttr,
    tp_new: baseExceptionNew,
    tp_init: baseExceptionInit,
  },
  methods: {
    '__reduce__($self, /)': { impl: reduceException, textSignature: false },
    '__setstate__($self, state, /)': {
      impl: (self: PyBaseException, state: PyValue) => {
        if (state !== null) {
          if (!(state instanceof PyDict)) raise('TypeError', 'state is not a dictionary');
          for (const e of state.entries()) abs.setAttr(self, abs.attributeName(e.key), e.value);
        }
        return null;
      },
      textSignature: false,
    },
    'with_traceback($self, tb, /)': {
      impl: (self: PyBaseException, tb: PyValue) => {
        setTraceback(self, tb);
        return self;
      },
      textSignature: false,
    },
    'add_note($self, note, /)': { impl: addNote, textSignature: false },
  },
  members: {
    __suppress_context__: {
      get: (e: PyBaseException) => e.suppressContext,
      set: (e: PyBaseException, v: PyValue) => {
        if (v === undefined) raise('TypeError', "can't delete __suppress_context__ attribute");
        e.suppressContext = abs.isTrue(v);
      },
    },
  },
  getsets: {
    __dict__: {
      get: (e: PyBaseException) => (e.dict ??= new PyDict()),
      set: (e: PyBaseException, v: PyValue) => {
        if (v === undefined) raise('TypeError', '__dict__ may not be deleted');
        if (!(v instanceof PyDict)) raise('TypeError', '__dict__ must be a dictionary');
        e.dict = v;
      },
    },
    args: {
      get: (e: PyBaseException) => e.args,
      set: (e: PyBaseException, v: PyValue) => {
        if (v === undefined) raise('TypeError', 'args may not be deleted');
        e.args = v instanceof PyTuple && v.type.name === 'tuple' ? v : new PyTuple(abs.toArray(v));
      },
    },
    __traceback__: { get: (e: PyBaseException) => e.traceback, set: setTraceback },
    __context__: {
      get: (e: PyBaseException) => e.context,
      set: (e: PyBaseException, v: PyValue) => {
        e.context = exceptionInstance(v, '__context__');
      },
    },
    __cause__: {
      get: (e: PyBaseException) => e.cause,
      set: (e: PyBaseException, v: PyValue) => {
        e.cause = exceptionInstance(v, '__cause__');
        e.suppressContext = true;
      },
    },
  },
});

function reduceException(self: PyBaseException): PyTuple {
  const dict = self.dict !== undefined && self.dict.size > 0 ? self.dict : null;
  return dict === null ? new PyTuple([typeOf(self), self.args]) : new PyTuple([typeOf(self), self.args, dict]);
}

// ---- the hierarchy ----

interface ExceptionSpec {
  doc?: string | null;
  /** The names of this type's own fields, in `slots` after its base's. */
  fields?: string[];
  init?: (self: PyBaseException, argv: PyValue[], base: number, nargs: number, kwnames: string[] | null) => void;
  newSlot?: (type: PyType, argv: PyValue[], base: number, nargs: number, kwnames: string[] | null) => PyValue;
  str?: (self: PyBaseException) => string;
  methods?: Record<string, MethodDef>;
  classmethods?: Record<string, MethodDef>;
  /** Members that are not plain fields (their own get and set). */
  members?: Record<string, MemberDef>;
  getsets?: Record<string, GetSetDef>;
  /** Whether __init__/__new__ are the type's own (SimpleExtendsException) or inherited. */
  simple?: boolean;
}

/** The index of a named field in an exception's slots, by the type that declares it. */
const fieldIndex = new Map<string, number>();

function field(e: PyBaseException, key: string): PyValue {
  const v = e.slots?.[fieldIndex.get(key)!];
  return v === undefined ? null : v;
}

function setField(e: PyBaseException, key: string, v: PyValue): void {
  e.slots![fieldIndex.get(key)!] = v;
}

function define(name: string, base: PyType, spec: ExceptionSpec = {}): PyType {
  const members: Record<string, MemberDef> = {};
  const fields = spec.fields ?? [];
  const custom = spec.members ?? {};
  const first = base.slotCount;
  fields.forEach((f, i) => {
    const index = first + i;
    fieldIndex.set(`${name}.${f}`, index);
    members[f] = custom[f] ?? {
      get: (e: PyBaseException) => {
        const v = e.slots?.[index];
        return v === undefined ? null : v;
      },
      set: (e: PyBaseException, v: PyValue) => {
        e.slots![index] = v === undefined ? null : v;
      },
    };
  });
  const simple = spec.simple ?? (spec.init === undefined && spec.newSlot === undefined);
  const t = defineType({
    name,
    base,
    flags: TPFLAGS_BASETYPE,
    slots: {
      tp_new: spec.newSlot ?? (simple ? baseExceptionNew : null),
      tp_init: (spec.init as PyType['tp_init']) ?? (simple ? baseExceptionInit : null),
      tp_str: spec.str ?? null,
    },
    methods: spec.methods,
    classmethods: spec.classmethods,
    members,
    getsets: spec.getsets,
  });
  t.slotCount = first + fields.length;
  registerBuiltinException(t);
  return t;
}

registerBuiltinException(BaseException);
const Exception = define('Exception', BaseException);
define('GeneratorExit', BaseException);
define('KeyboardInterrupt', BaseException);
define('SystemExit', BaseException, {
  fields: ['code'],
  init: (self, argv, base, nargs, kwnames) => {
    baseExceptionInit(self, argv, base, nargs, kwnames);
    setField(self, 'SystemExit.code', nargs === 0 ? null : nargs === 1 ? argv[base] : self.args);
  },
});
const ArithmeticError = define('ArithmeticError', Exception);
define('FloatingPointError', ArithmeticError);
define('OverflowError', ArithmeticError);
define('ZeroDivisionError', ArithmeticError);
define('AssertionError', Exception);
define('AttributeError', Exception, {
  fields: ['name', 'obj'],
  str: exceptionStr,
  init: (self, argv, base, nargs, kwnames) => {
    self.args = new PyTuple(argv.slice(base, base + nargs));
    for (let i = 0; kwnames !== null && i < kwnames.length; i++) {
      const k = kwnames[i];
      if (k !== 'name' && k !== 'obj') raise('TypeError', `'${k}' is an invalid keyword argument for AttributeError()`);
      setField(self, `AttributeError.${k}`, argv[base + nargs + i]);
    }
  },
});
define('BufferError', Exception);
define('EOFError', Exception);
const ImportError = define('ImportError', Exception, {
  fields: ['msg', 'name', 'path'],
  init: (self, argv, base, nargs, kwnames) => {
    self.args = new PyTuple(argv.slice(base, base + nargs));
    for (let i = 0; kwnames !== null && i < kwnames.length; i++) {
      const k = kwnames[i];
      if (k !== 'name' && k !== 'path') raise('TypeError', `'${k}' is an invalid keyword argument for ImportError()`);
      setField(self, `ImportError.${k}`, argv[base + nargs + i]);
    }
    setField(self, 'ImportError.msg', nargs === 1 ? argv[base] : null);
  },
  str: (self) => {
    const msg = field(self, 'ImportError.msg');
    return msg !== null ? abs.str(msg) : exceptionStr(self);
  },
  methods: {
    '__reduce__($self, /)': {
      impl: (self: PyBaseException) => {
        const state = new PyDict();
        if (self.dict !== undefined) for (const e of self.dict.entries()) state.set(e.key, e.value);
        for (const k of ['name', 'path']) {
          const v = field(self, `ImportError.${k}`);
          if (v !== null) state.setStr(k, v);
        }
        return state.size > 0 ? new PyTuple([typeOf(self), self.args, state]) : new PyTuple([typeOf(self), self.args]);
      },
      textSignature: false,
    },
  },
});
define('ModuleNotFoundError', ImportError, { init: (self, argv, base, nargs, kwnames) => ImportError.tp_init!(self, argv, base, nargs, kwnames) });
const LookupError = define('LookupError', Exception);
define('IndexError', LookupError);
define('KeyError', LookupError, {
  init: baseExceptionInit,
  str: (self) => (self.args.items.length === 1 ? abs.repr(self.args.items[0]) : exceptionStr(self)),
});
define('MemoryError', Exception);
const NameError = define('NameError', Exception, {
  fields: ['name'],
  str: exceptionStr,
  init: (self, argv, base, nargs, kwnames) => {
    self.args = new PyTuple(argv.slice(base, base + nargs));
    for (let i = 0; kwnames !== null && i < kwnames.length; i++) {
      const k = kwnames[i];
      if (k !== 'name') raise('TypeError', `'${k}' is an invalid keyword argument for NameError()`);
      setField(self, 'NameError.name', argv[base + nargs + i]);
    }
  },
});
define('UnboundLocalError', NameError, { init: (self, argv, base, nargs, kwnames) => NameError.tp_init!(self, argv, base, nargs, kwnames) });

// OSError: errno and strerror from the arguments, and a subclass picked by errno.
const ERRNO_SUBCLASS: Record<number, string> = {
  11: 'BlockingIOError',
  114: 'BlockingIOError',
  115: 'BlockingIOError',
  10: 'ChildProcessError',
  32: 'BrokenPipeError',
  108: 'BrokenPipeError',
  103: 'ConnectionAbortedError',
  111: 'ConnectionRefusedError',
  104: 'ConnectionResetError',
  17: 'FileExistsError',
  2: 'FileNotFoundError',
  21: 'IsADirectoryError',
  20: 'NotADirectoryError',
  4: 'InterruptedError',
  13: 'PermissionError',
  1: 'PermissionError',
  3: 'ProcessLookupError',
  110: 'TimeoutError',
};

function osErrorNew(type: PyType, argv: PyValue[], base: number, nargs: number, kwnames: string[] | null): PyValue {
  let t = type;
  // Only an errno parsed from 2 to 5 arguments picks a subclass (oserror_parse_args).
  if (type === OSError && nargs >= 2 && nargs <= 5) {
    const errno = intValueOrUndefined(argv[base]);
    const sub = errno === undefined ? undefined : ERRNO_SUBCLASS[Number(errno)];
    if (sub !== undefined) t = exceptionType(sub);
  }
  const e = baseExceptionNew(t, argv, base, nargs) as PyBaseException;
  if (t.tp_init === OSError.tp_init || type.tp_init === OSError.tp_init) osErrorParse(e, argv, base, nargs, kwnames);
  return e;
}

function osErrorParse(self: PyBaseException, argv: PyValue[], base: number, nargs: number, kwnames: string[] | null): void {
  noKeywords(self, kwnames);
  for (const f of ['errno', 'strerror', 'filename', 'filename2', 'characters_written']) setField(self, `OSError.${f}`, undefined);
  self.slots![fieldIndex.get('OSError.characters_written')!] = undefined;
  if (nargs >= 2 && nargs <= 5) {
    setField(self, 'OSError.errno', argv[base]);
    setField(self, 'OSError.strerror', argv[base + 1]);
    if (nargs >= 3) {
      const filename = argv[base + 2];
      if (filename !== null) {
        if (typeOf(self).isSubtypeOf(exceptionType('BlockingIOError')) && abs.isIndex(filename)) {
          self.slots![fieldIndex.get('OSError.characters_written')!] = abs.index(filename);
        } else {
          setField(self, 'OSError.filename', filename);
          if (nargs >= 5) setField(self, 'OSError.filename2', argv[base + 4]);
          // With a filename, args keeps only errno and strerror.
          self.args = new PyTuple([argv[base], argv[base + 1]]);
        }
      }
    }
  }
}

const OSError = define('OSError', Exception, {
  fields: ['errno', 'strerror', 'filename', 'filename2', 'characters_written'],
  // characters_written reads as missing until set (BlockingIOError's count of bytes written).
  getsets: {
    characters_written: {
      get: (e: PyBaseException) => {
        const v = e.slots?.[fieldIndex.get('OSError.characters_written')!];
        if (v === undefined) raise('AttributeError', 'characters_written');
        return v;
      },
      set: (e: PyBaseException, v: PyValue) => {
        const index = fieldIndex.get('OSError.characters_written')!;
        if (v === undefined) {
          if (e.slots![index] === undefined) raise('AttributeError', 'characters_written');
          e.slots![index] = undefined;
        } else e.slots![index] = abs.index(v);
      },
    },
  },
  newSlot: osErrorNew,
  init: (self, _argv, _base, _nargs, kwnames) => noKeywords(self, kwnames),
  str: (self) => {
    const errno = field(self, 'OSError.errno');
    const strerror = field(self, 'OSError.strerror');
    const filename = field(self, 'OSError.filename');
    const filename2 = field(self, 'OSError.filename2');
    if (filename !== null) {
      if (filename2 !== null) return `[Errno ${abs.str(errno)}] ${abs.str(strerror)}: ${abs.repr(filename)} -> ${abs.repr(filename2)}`;
      return `[Errno ${abs.str(errno)}] ${abs.str(strerror)}: ${abs.repr(filename)}`;
    }
    if (errno !== null && strerror !== null) return `[Errno ${abs.str(errno)}] ${abs.str(strerror)}`;
    return exceptionStr(self);
  },
  methods: {
    '__reduce__($self, /)': {
      impl: (self: PyBaseException) => {
        let args = self.args;
        const filename = field(self, 'OSError.filename');
        if (args.items.length === 2 && filename !== null) {
          const f2 = field(self, 'OSError.filename2');
          args = new PyTuple(f2 !== null ? [...args.items, filename, null, f2] : [...args.items, filename]);
        }
        const dict = self.dict !== undefined && self.dict.size > 0 ? self.dict : null;
        return dict === null ? new PyTuple([typeOf(self), args]) : new PyTuple([typeOf(self), args, dict]);
      },
      textSignature: false,
    },
  },
});
const osSubclass = (name: string, base: PyType = OSError) => define(name, base, { newSlot: osErrorNew, init: OSError.tp_init as ExceptionSpec['init'] });
osSubclass('BlockingIOError');
osSubclass('ChildProcessError');
const ConnectionError = osSubclass('ConnectionError');
osSubclass('BrokenPipeError', ConnectionError);
osSubclass('ConnectionAbortedError', ConnectionError);
osSubclass('ConnectionRefusedError', ConnectionError);
osSubclass('ConnectionResetError', ConnectionError);
osSubclass('FileExistsError');
osSubclass('FileNotFoundError');
osSubclass('InterruptedError');
osSubclass('IsADirectoryError');
osSubclass('NotADirectoryError');
osSubclass('PermissionError');
osSubclass('ProcessLookupError');
osSubclass('TimeoutError');
for (const t of OSError.subclasses()) t.tp_new = osErrorNew;

define('ReferenceError', Exception);
const RuntimeError = define('RuntimeError', Exception);
define('NotImplementedError', RuntimeError);
define('RecursionError', RuntimeError);
define('StopAsyncIteration', Exception);
define('StopIteration', Exception, {
  fields: ['value'],
  init: (self, argv, base, nargs, kwnames) => {
    baseExceptionInit(self, argv, base, nargs, kwnames);
    setField(self, 'StopIteration.value', nargs > 0 ? argv[base] : null);
  },
});

const SyntaxError = define('SyntaxError', Exception, {
  fields: ['msg', 'filename', 'lineno', 'offset', 'text', 'end_lineno', 'end_offset', 'print_file_and_line'],
  init: (self, argv, base, nargs, kwnames) => {
    baseExceptionInit(self, argv, base, nargs, kwnames);
    if (nargs >= 1) setField(self, 'SyntaxError.msg', argv[base]);
    if (nargs === 2) {
      const info = abs.toArray(argv[base + 1]);
      if (info.length !== 4 && info.length !== 6) raise('IndexError', 'tuple index out of range');
      const names = ['filename', 'lineno', 'offset', 'text', 'end_lineno', 'end_offset'];
      info.forEach((v, i) => setField(self, `SyntaxError.${names[i]}`, v));
    }
  },
  str: (self) => {
    const msg = field(self, 'SyntaxError.msg');
    const filename = field(self, 'SyntaxError.filename');
    const lineno = field(self, 'SyntaxError.lineno');
    const text = abs.str(msg);
    const file = strValueOrUndefined(filename);
    const base = file === undefined ? undefined : file.slice(file.lastIndexOf('/') + 1);
    const line = intValueOrUndefined(lineno);
    if (base !== undefined && line !== undefined) return `${text} (${base}, line ${line})`;
    if (base !== undefined) return `${text} (${base})`;
    if (line !== undefined) return `${text} (line ${line})`;
    return text;
  },
});
const IndentationError = define('IndentationError', SyntaxError, { init: SyntaxError.tp_init as ExceptionSpec['init'] });
define('TabError', IndentationError, { init: SyntaxError.tp_init as ExceptionSpec['init'] });
define('SystemError', Exception);
define('TypeError', Exception);
const ValueError = define('ValueError', Exception);
const UnicodeError = define('UnicodeError', ValueError);

// UnicodeEncodeError, UnicodeDecodeError and UnicodeTranslateError each hold encoding, object,
// start, end and reason (PyUnicodeErrorObject): start and end are C integers (0 until set), the
// others objects that may be unset (NULL).
type UnicodeErrorKind = CodecError['kind'];
const UNICODE_ERRORS: Record<UnicodeErrorKind, string> = {
  encode: 'UnicodeEncodeError',
  decode: 'UnicodeDecodeError',
  translate: 'UnicodeTranslateError',
};

/** A T_PYSSIZET member: an int (not merely an index), which cannot be deleted. */
function ssizeMember(key: string): MemberDef {
  return {
    get: (e: PyBaseException) => e.slots?.[fieldIndex.get(key)!] ?? 0,
    set: (e: PyBaseException, v: PyValue) => {
      if (v === undefined) raise('TypeError', "can't delete numeric/char attribute");
      // PyLong_AsSsize_t: a failed conversion still stores its -1.
      setField(e, key, -1);
      const i = intValueOrUndefined(v);
      if (i === undefined) raise('TypeError', 'an integer is required');
      setField(e, key, ssizeValue(i));
    },
  };
}

/** A T_OBJECT member: None while unset; deleting unsets it. */
function objectMember(key: string): MemberDef {
  return {
    get: (e: PyBaseException) => e.slots?.[fieldIndex.get(key)!] ?? null,
    set: (e: PyBaseException, v: PyValue) => setField(e, key, v),
  };
}

/** UnicodeEncodeError_init & co: PyArg_ParseTuple with "UUnnU", "UOnnU" (object bytes-like, kept as bytes) or "UnnU". */
function unicodeErrorInit(kind: UnicodeErrorKind) {
  const name = UNICODE_ERRORS[kind];
  return (self: PyBaseException, argv: PyValue[], base: number, nargs: number, kwnames: string[] | null): void => {
    baseExceptionInit(self, argv, base, nargs, kwnames);
    for (const f of ['encoding', 'object', 'reason']) setField(self, `${name}.${f}`, undefined);
    const want = kind === 'translate' ? 4 : 5;
    if (nargs !== want) raise('TypeError', `function takes exactly ${want} arguments (${nargs} given)`);
    const values = argv.slice(base, base + nargs);
    if (kind === 'translate') values.unshift(undefined);
    const [encoding, object, start, end, reason] = values;
    // 'U': positions count from 1 in the call's own arguments.
    const needStr = (v: PyValue, position: number): void => {
      if (strValueOrUndefined(v) !== undefined) return;
      raise('TypeError', `argument ${position - (kind === 'translate' ? 1 : 0)} must be str, not ${v === null ? 'None' : typeOf(v).name}`);
    };
    if (kind !== 'translate') needStr(encoding, 1);
    if (kind !== 'decode') needStr(object, 2);
    setField(self, `${name}.start`, ssizeValue(start));
    setField(self, `${name}.end`, ssizeValue(end));
    needStr(reason, 5);
    let bytes = object;
    if (kind === 'decode' && !(object instanceof PyBytes && object.type.isSubtypeOf(bytesType))) {
      const data = bufferOf(object);
      if (data === undefined) raise('TypeError', `a bytes-like object is required, not '${typeOf(object).name}'`);
      bytes = new PyBytes(data.slice());
    }
    if (kind !== 'translate') setField(self, `${name}.encoding`, encoding);
    setField(self, `${name}.object`, bytes);
    setField(self, `${name}.reason`, reason);
  };
}

/** The str of a field as the messages show it ("<NULL>" when unset). */
function fieldText(e: PyBaseException, key: string): string {
  const v = e.slots![fieldIndex.get(key)!];
  return v === undefined ? '<NULL>' : abs.str(v);
}

/** The str being encoded or translated, or the bytes being decoded, as the error handlers read it. */
function unicodeErrorObject(e: PyBaseException, kind: UnicodeErrorKind): string | Uint8Array {
  const object = e.slots![fieldIndex.get(`${UNICODE_ERRORS[kind]}.object`)!];
  if (kind === 'decode') {
    if (!(object instanceof PyBytes && object.type.isSubtypeOf(bytesType))) raise('TypeError', 'object attribute must be bytes');
    return object.bytes;
  }
  const s = strValueOrUndefined(object);
  if (s === undefined) raise('TypeError', 'object attribute must be unicode');
  return s;
}

function unicodeErrorStr(kind: UnicodeErrorKind) {
  const name = UNICODE_ERRORS[kind];
  return (self: PyBaseException): string => {
    // Not initialized.
    if (self.slots![fieldIndex.get(`${name}.object`)!] === undefined) return '';
    const reason = fieldText(self, `${name}.reason`);
    const encoding = kind === 'translate' ? '' : fieldText(self, `${name}.encoding`);
    const object = unicodeErrorObject(self, kind);
    const start = Number(field(self, `${name}.start`) ?? 0);
    const end = Number(field(self, `${name}.end`) ?? 0);
    return codecErrorMessage(new CodecError(kind, encoding, object, start, end, reason));
  };
}

for (const kind of ['encode', 'decode', 'translate'] as const) {
  const name = UNICODE_ERRORS[kind];
  define(name, UnicodeError, {
    fields: ['encoding', 'object', 'start', 'end', 'reason'],
    members: {
      encoding: objectMember(`${name}.encoding`),
      object: objectMember(`${name}.object`),
      start: ssizeMember(`${name}.start`),
      end: ssizeMember(`${name}.end`),
      reason: objectMember(`${name}.reason`),
    },
    init: unicodeErrorInit(kind),
    newSlot: baseExceptionNew,
    str: unicodeErrorStr(kind),
  });
}

/** The UnicodeEncodeError or UnicodeDecodeError a codec reports (PyUnicodeEncodeError_Create & co). */
export function unicodeErrorOf(e: CodecError): PyBaseException {
  const object = typeof e.object === 'string' ? e.object : new PyBytes(e.object);
  return newException(UNICODE_ERRORS[e.kind] as BuiltinErrorName, e.encoding, object, e.start, e.end, e.reason);
}

/** Moves a codec's UnicodeError to its next error (PyUnicodeEncodeError_SetStart, _SetEnd, _SetReason). */
export function moveUnicodeError(exception: PyBaseException, e: CodecError): void {
  const name = UNICODE_ERRORS[e.kind];
  setField(exception, `${name}.start`, e.start);
  setField(exception, `${name}.end`, e.end);
  setField(exception, `${name}.reason`, e.reason);
}

/**
 * A Unicode error as the error handlers read it (PyUnicodeEncodeError_GetStart & co): the object of
 * the right type, start and end moved inside it; undefined for any other object.
 */
export function codecErrorOf(v: PyValue): CodecError | undefined {
  if (!(v instanceof PyBaseException)) return undefined;
  const kind = (['encode', 'decode', 'translate'] as const).find((k) => v.type.isSubtypeOf(exceptionType(UNICODE_ERRORS[k])));
  if (kind === undefined) return undefined;
  const name = UNICODE_ERRORS[kind];
  const object = unicodeErrorObject(v, kind);
  const size = typeof object === 'string' ? strLen(object) : object.length;
  let start = Number(field(v, `${name}.start`) ?? 0);
  let end = Number(field(v, `${name}.end`) ?? 0);
  if (start < 0) start = 0;
  if (start >= size) start = size - 1;
  if (end < 1) end = 1;
  if (end > size) end = size;
  const text = (key: string): string => strValueOrUndefined(field(v, `${name}.${key}`)) ?? '';
  return new CodecError(kind, kind === 'translate' ? '' : text('encoding'), object, start, end, text('reason'));
}

const Warning = define('Warning', Exception);
for (const w of [
  'BytesWarning',
  'DeprecationWarning',
  'EncodingWarning',
  'FutureWarning',
  'ImportWarning',
  'PendingDeprecationWarning',
  'ResourceWarning',
  'RuntimeWarning',
  'SyntaxWarning',
  'UnicodeWarning',
  'UserWarning',
]) {
  define(w, Warning);
}

// ---- exception groups ----

/** BaseExceptionGroup.__new__ (keywords are refused by __init__, once the class is settled). */
function egNew(type: PyType, argv: PyValue[], base: number, nargs: number): PyValue {
  if (nargs !== 2) raise('TypeError', `BaseExceptionGroup.__new__() takes exactly 2 arguments (${nargs} given)`);
  const message = argv[base];
  const excs = argv[base + 1];
  if (strValueOrUndefined(message) === undefined) raise('TypeError', `BaseExceptionGroup.__new__() argument 1 must be str, not ${typeOf(message).name}`);
  if (typeOf(excs).sq_item === null) raise('TypeError', 'second argument (exceptions) must be a sequence');
  const items = abs.toArray(excs);
  if (items.length === 0) raise('ValueError', 'second argument (exceptions) must be a non-empty sequence');
  let allExceptions = true;
  items.forEach((e, i) => {
    if (!(e instanceof PyBaseException)) raise('ValueError', `Item ${i} of second argument (exceptions) is not an exception`);
    if (!e.type.isSubtypeOf(Exception)) allExceptions = false;
  });
  let cls = type;
  if (cls === BaseExceptionGroup) {
    if (allExceptions) cls = ExceptionGroup;
  } else if (cls === ExceptionGroup) {
    if (!allExceptions) raise('TypeError', 'Cannot nest BaseExceptions in an ExceptionGroup');
  } else if (!allExceptions && cls.isSubtypeOf(Exception)) {
    raise('TypeError', `Cannot nest BaseExceptions in '${cls.name}'`);
  }
  const e = baseExceptionNew(cls, argv, base, nargs) as PyBaseException;
  setField(e, 'BaseExceptionGroup.message', message);
  setField(e, 'BaseExceptionGroup.exceptions', new PyTuple(items));
  return e;
}

/** What split() and subgroup() match against: a predicate, an exception type, or an exact tuple of them (get_matcher_type). */
function matcher(condition: PyValue): (e: PyBaseException) => boolean {
  if (typeOf(condition).tp_call !== null && !abs.isType(condition)) return (e) => abs.isTrue(abs.call1(condition, e));
  if (abs.isType(condition) && condition.isSubtypeOf(BaseException)) return (e) => typeOf(e).isSubtypeOf(condition);
  if (condition instanceof PyTuple && condition.type === tupleType && condition.items.every((c) => abs.isType(c) && c.isSubtypeOf(BaseException))) {
    return (e) => condition.items.some((c) => typeOf(e).isSubtypeOf(c));
  }
  raise('TypeError', 'expected a function, exception type or tuple of exception types');
}

/** A group of some of eg's exceptions: eg.derive(list), with eg's traceback, cause, context and a copy of its notes (exceptiongroup_subset). */
function deriveWithMetadata(eg: PyBaseException, excs: PyValue[]): PyBaseException {
  const derived = abs.call1(abs.getAttr(eg, 'derive'), new PyList(excs));
  if (!(derived instanceof PyBaseException) || !derived.type.isSubtypeOf(BaseExceptionGroup)) {
    raise('TypeError', 'derive must return an instance of BaseExceptionGroup');
  }
  if (eg.traceback !== null) derived.traceback = eg.traceback;
  derived.context = eg.context;
  // PyException_SetCause: setting the cause also suppresses the context.
  derived.cause = eg.cause;
  derived.suppressContext = true;
  const notes = abs.getAttrOrUndefined(eg, '__notes__');
  if (notes !== undefined && typeOf(notes).sq_item !== null) abs.setAttr(derived, '__notes__', new PyList(abs.toArray(notes)));
  return derived;
}

/** Splits a group by a matcher: [matching part, rest], each a group or null (exceptiongroup_split_recursive). */
export function splitGroup(e: PyBaseException, match: (e: PyBaseException) => boolean, wantRest: boolean): [PyBaseException | null, PyBaseException | null] {
  if (match(e)) return [e, null];
  if (!e.type.isSubtypeOf(BaseExceptionGroup)) return [null, wantRest ? e : null];
  const matched: PyValue[] = [];
  const rest: PyValue[] = [];
  for (const sub of (field(e, 'BaseExceptionGroup.exceptions') as PyTuple).items) {
    const [m, r] = splitGroup(sub, match, wantRest);
    if (m !== null) matched.push(m);
    if (r !== null) rest.push(r);
  }
  return [matched.length ? deriveWithMetadata(e, matched) : null, wantRest && rest.length ? deriveWithMetadata(e, rest) : null];
}

const BaseExceptionGroup = define('BaseExceptionGroup', BaseException, {
  fields: ['message', 'exceptions'],
  newSlot: egNew,
  init: (self, argv, base, nargs, kwnames) => {
    if (kwnames !== null && kwnames.length > 0) raise('TypeError', `${typeOf(self).name}() takes no keyword arguments`);
    self.args = excArgs(argv, base, nargs);
  },
  str: (self) => {
    const n = (field(self, 'BaseExceptionGroup.exceptions') as PyTuple).items.length;
    return `${abs.str(field(self, 'BaseExceptionGroup.message'))} (${n} sub-exception${n > 1 ? 's' : ''})`;
  },
  classmethods: {
    '__class_getitem__($type, item, /)': { impl: genericAlias, textSignature: false },
  },
  methods: {
    'derive($self, excs, /)': {
      impl: (self: PyBaseException, argv: PyValue[], base: number, nargs: number, kwnames: string[] | null) => {
        if (kwnames !== null && kwnames.length > 0) raise('TypeError', 'derive() takes no keyword arguments');
        if (nargs !== 1) raise('TypeError', `function takes exactly 1 argument (${nargs} given)`);
        return abs.call(BaseExceptionGroup, [field(self, 'BaseExceptionGroup.message'), argv[base]]);
      },
      style: 'raw',
      textSignature: false,
    },
    'split($self, matcher_value, /)': {
      impl: (self: PyBaseException, condition: PyValue) => {
        const [m, r] = splitGroup(self, matcher(condition), true);
        return new PyTuple([m, r]);
      },
      textSignature: false,
    },
    'subgroup($self, matcher_value, /)': {
      impl: (self: PyBaseException, condition: PyValue) => splitGroup(self, matcher(condition), false)[0],
      textSignature: false,
    },
  },
});
// CPython makes ExceptionGroup with PyErr_NewException: a heap type, its __module__ in its dict.
const ExceptionGroup = defineType({
  name: 'ExceptionGroup',
  base: BaseExceptionGroup,
  flags: TPFLAGS_BASETYPE,
  hasWeakref: true,
  getsets: { __weakref__: { get: () => null } },
  attrs: { __module__: 'builtins' },
});
ExceptionGroup.flags |= TPFLAGS_HEAPTYPE;
ExceptionGroup.bases = [BaseExceptionGroup, Exception];
ExceptionGroup.mro = [ExceptionGroup, BaseExceptionGroup, Exception, BaseException, objectType];
ExceptionGroup.slotCount = BaseExceptionGroup.slotCount;
Exception.subclassRefs.push(new WeakRef(ExceptionGroup));
registerBuiltinException(ExceptionGroup);

// ---- helpers for the runtime ----

/** An AttributeError carrying the attribute name and object, for "Did you mean" suggestions. */
export function attributeError(message: string, name: string, obj: PyValue): PyBaseException {
  const e = newException('AttributeError', message);
  setField(e, 'AttributeError.name', name);
  setField(e, 'AttributeError.obj', obj);
  return e;
}

/** A NameError carrying the name. */
export function nameError(message: string, name: string): PyBaseException {
  const e = newException('NameError', message);
  setField(e, 'NameError.name', name);
  return e;
}

/** NameError/AttributeError's name and AttributeError's obj (null when unset). */
export function exceptionField(e: PyBaseException, key: 'NameError.name' | 'AttributeError.name' | 'AttributeError.obj' | 'StopIteration.value' | 'SystemExit.code' | 'BaseExceptionGroup.exceptions' | 'BaseExceptionGroup.message'): PyValue {
  return field(e, key);
}


/** Whether a value is an exception type (a subclass of BaseException). */
export function isExceptionType(v: PyValue): v is PyType {
  return abs.isType(v) && v.isSubtypeOf(BaseException);
}

export { BaseException as baseExceptionType };
