// The sys module (Python/sysmodule.c), as CPython 3.11 on Linux shows it for
// what a program can observe; its state belongs to the interpreter.

import { PyFloat, typeOf, type PyValue } from '../objects/object.js';
import { exceptionType, isInstanceOfException, newException, raise } from '../objects/errors.js';
import { intValueOrUndefined } from '../objects/boxed.js';
import * as abs from '../objects/abstract.js';
import { PyDict } from '../builtins/dict.js';
import { PyTuple } from '../builtins/tuple.js';
import { PyList } from '../builtins/list.js';
import { PyBaseException } from '../objects/errors.js';
import { defineStructSeq, makeStructSeq } from '../builtins/structseq.js';
import { newNamespace } from '../builtins/namespace.js';
import { frameObject } from '../builtins/frame.js';
import { PyModule } from '../builtins/module.js';
import { defineModule, nativeModuleNames } from './registry.js';
import { interp as currentInterp } from '../objects/state.js';
import type { Interpreter } from '../interpreter/interpreter.js';

const i = currentInterp;

export const VERSION = '3.11.7 (main, Jan  1 2024, 00:00:00) [pyc-ts]';
const HEXVERSION = 0x030b07f0;

const versionInfoType = defineStructSeq({ name: 'sys.version_info', fields: ['major', 'minor', 'micro', 'releaselevel', 'serial'] });
const floatInfoType = defineStructSeq({
  name: 'sys.float_info',
  fields: ['max', 'max_exp', 'max_10_exp', 'min', 'min_exp', 'min_10_exp', 'dig', 'mant_dig', 'epsilon', 'radix', 'rounds'],
});
const intInfoType = defineStructSeq({ name: 'sys.int_info', fields: ['bits_per_digit', 'sizeof_digit', 'default_max_str_digits', 'str_digits_check_threshold'] });
const hashInfoType = defineStructSeq({
  name: 'sys.hash_info',
  fields: ['width', 'modulus', 'inf', 'nan', 'imag', 'algorithm', 'hash_bits', 'seed_bits', 'cutoff'],
});
const flagsType = defineStructSeq({
  name: 'sys.flags',
  fields: [
    'debug',
    'inspect',
    'interactive',
    'optimize',
    'dont_write_bytecode',
    'no_user_site',
    'no_site',
    'ignore_environment',
    'verbose',
    'bytes_warning',
    'quiet',
    'hash_randomization',
    'isolated',
    'dev_mode',
    'utf8_mode',
    'warn_default_encoding',
    'safe_path',
    'int_max_str_digits',
  ],
});
const threadInfoType = defineStructSeq({ name: 'sys.thread_info', fields: ['name', 'lock', 'version'] });
const asyncgenHooksType = defineStructSeq({ name: 'asyncgen_hooks', fields: ['firstiter', 'finalizer'] });

export const versionInfo = makeStructSeq(versionInfoType, [3, 11, 7, 'final', 0]);

/** sys.exc_info(): (type, value, traceback) of the exception being handled. */
function excInfo(): PyTuple {
  const e = i().excInfo;
  if (e === null) return new PyTuple([null, null, null]);
  return new PyTuple([typeOf(e), e, e.traceback]);
}

/** sys.getsizeof(obj[, default]): __sizeof__ plus what precedes the object (_PySys_GetSizeOf); the default replaces a TypeError. */
function getsizeof(obj: PyValue, dflt: PyValue): PyValue {
  try {
    return sizeOf(obj);
  } catch (e) {
    if (dflt !== undefined && isInstanceOfException(e, exceptionType('TypeError'))) return dflt;
    throw e;
  }
}

function sizeOf(obj: PyValue): number {
  const t = typeOf(obj);
  const method = t.lookup('__sizeof__');
  if (method === undefined) raise('TypeError', `Type ${t.name} doesn't define __sizeof__`);
  const r = abs.callSpecialFound(method, obj, []);
  const size = intValueOrUndefined(r);
  if (size === undefined) raise('TypeError', 'an integer is required');
  if (size < 0) raise('ValueError', '__sizeof__() should return >= 0');
  // _PyType_PreHeaderSize: the GC header, and a managed dict's two pointers.
  return Number(size) + (t.gc ? 16 : 0) + (t.managedDict ? 16 : 0);
}

function setrecursionlimit(limit: PyValue): PyValue {
  if (limit instanceof PyFloat) raise('TypeError', "'float' object cannot be interpreted as an integer");
  const n = abs.index(limit);
  if (n < 1) raise('ValueError', 'recursion limit must be greater or equal than 1');
  const interp = i();
  if (typeof n === 'bigint' || n > 2147483647) raise('OverflowError', 'Python int too large to convert to C int');
  if (n <= interp.depth) {
    raise('RecursionError', `cannot set the recursion limit to ${n} at the recursion depth ${interp.depth}: the limit is too low`);
  }
  interp.recursionLimit = n;
  return null;
}

function getframe(depth: number): PyValue {
  let f = i().currentFrame;
  for (let k = 0; k < depth && f !== null; k++) f = f.back;
  if (f === null) raise('ValueError', 'call stack is not deep enough');
  return frameObject(f);
}

/** A dict from the one thread's identifier to a value (sys._current_frames, sys._current_exceptions). */
function threadMap(v: PyValue): PyDict {
  const d = new PyDict();
  d.set(i().threadId, v);
  return d;
}

/** sys.displayhook: prints repr(value) and keeps it as builtins._. */
function displayhook(v: PyValue): PyValue {
  if (v === null) return null;
  const interp = i();
  interp.builtins.setStr('_', null);
  const stdout = abs.getAttrOrUndefined(interp.sysModule, 'stdout');
  if (stdout === undefined || stdout === null) raise('RuntimeError', 'lost sys.stdout');
  abs.call1(abs.getAttr(stdout, 'write'), abs.repr(v) + '\n');
  interp.builtins.setStr('_', v);
  return null;
}

/** sys.excepthook: prints the traceback to sys.stderr. */
function excepthook(type: PyValue, value: PyValue, tb: PyValue): PyValue {
  void type;
  void tb;
  i().printException(value);
  return null;
}

function intern(s: PyValue): PyValue {
  if (typeof s !== 'string') raise('TypeError', `intern() argument must be str, not ${typeOf(s).name}`);
  return s;
}

/** sys.copyright (also what site's copyright builtin shows). */
export const COPYRIGHT =
  'Copyright (c) 2001-2023 Python Software Foundation.\nAll Rights Reserved.\n\nCopyright (c) 2000 BeOpen.com.\nAll Rights Reserved.\n\nCopyright (c) 1995-2001 Corporation for National Research Initiatives.\nAll Rights Reserved.\n\nCopyright (c) 1991-1995 Stichting Mathematisch Centrum, Amsterdam.\nAll Rights Reserved.';

defineModule({
  name: 'sys',
  functions: {
    'exc_info($module, /)': excInfo,
    'exception($module, /)': () => i().excInfo ?? null,
    'exit($module, status=None, /)': (status: PyValue) => {
      throw newException('SystemExit', ...(status === null ? [] : [status]));
    },
    'getrecursionlimit($module, /)': () => i().recursionLimit,
    'setrecursionlimit($module, limit, /)': setrecursionlimit,
    'getsizeof(object, default=<unrepresentable>)': { impl: getsizeof, textSignature: false },
    'intern($module, string, /)': intern,
    '_getframe($module, depth: cint = 0, /)': getframe,
    'displayhook($module, object, /)': displayhook,
    'excepthook($module, exctype, value, traceback, /)': excepthook,
    'getdefaultencoding($module, /)': () => 'utf-8',
    'getfilesystemencoding($module, /)': () => 'utf-8',
    'getfilesystemencodeerrors($module, /)': () => 'surrogateescape',
    'get_int_max_str_digits($module, /)': () => i().intMaxStrDigits,
    'set_int_max_str_digits($module, /, maxdigits: cint)': (n: number) => {
      if (n !== 0 && n < 640) raise('ValueError', 'maxdigits must be 0 or larger than 640');
      i().intMaxStrDigits = n;
      return null;
    },
    'getrefcount($module, object, /)': () => 2,
    'getswitchinterval($module, /)': () => new PyFloat(i().switchInterval),
    'setswitchinterval($module, interval: double, /)': (x: number) => {
      if (x <= 0) raise('ValueError', 'switch interval must be strictly positive');
      i().switchInterval = x;
      return null;
    },
    'is_finalizing($module, /)': () => false,
    'gettrace($module, /)': () => i().traceFunction,
    'settrace($module, function, /)': (f: PyValue) => {
      i().traceFunction = f;
      return null;
    },
    'getprofile($module, /)': () => i().profileFunction,
    'setprofile($module, function, /)': (f: PyValue) => {
      i().profileFunction = f;
      return null;
    },
    'get_asyncgen_hooks($module, /)': () => makeStructSeq(asyncgenHooksType, [i().asyncgenFirstiter, i().asyncgenFinalizer]),
    'set_asyncgen_hooks($module, /, firstiter=<unrepresentable>, finalizer=<unrepresentable>)': {
      impl: (firstiter: PyValue, finalizer: PyValue) => {
        const interp = i();
        for (const [name, v] of [
          ['finalizer', finalizer],
          ['firstiter', firstiter],
        ]) {
          if (v !== undefined && v !== null && typeOf(v).tp_call === null) raise('TypeError', `callable ${name} expected, got ${typeOf(v).name}`);
        }
        if (firstiter !== undefined) interp.asyncgenFirstiter = firstiter;
        if (finalizer !== undefined) interp.asyncgenFinalizer = finalizer;
        return null;
      },
      textSignature: false,
    },
    'get_coroutine_origin_tracking_depth($module, /)': () => 0,
    'set_coroutine_origin_tracking_depth($module, /, depth: cint)': (d: number) => {
      if (d < 0) raise('ValueError', 'depth must be >= 0');
      return null;
    },
    'audit(event, /, *args)': { impl: () => null, style: 'positional', textSignature: false },
    'addaudithook($module, /, hook)': () => null,
    'call_tracing($module, func, args, /)': (f: PyValue, args: PyValue) => {
      if (!(args instanceof PyTuple)) raise('TypeError', `call_tracing() argument 2 must be tuple, not ${typeOf(args).name}`);
      return abs.call(f, args.items);
    },
    'breakpointhook(*args, **kws)': {
      impl: () => {
        i().writeStderr('breakpoint(): the pyc-ts VM has no debugger; continuing.\n');
        return null;
      },
      style: 'raw',
      textSignature: false,
    },
    'unraisablehook($module, unraisable, /)': (u: PyValue) => {
      const exc = abs.getAttrOrUndefined(u, 'exc_value');
      if (exc instanceof PyBaseException) i().printException(exc);
      return null;
    },
    '_clear_type_cache($module, /)': () => null,
    '_current_frames($module, /)': () => threadMap(i().currentFrame === null ? null : frameObject(i().currentFrame!)),
    '_current_exceptions($module, /)': () => threadMap(i().excInfo ?? null),
    '_getquickenedcount($module, /)': () => 0,
    '_debugmallocstats($module, /)': () => null,
    'getallocatedblocks($module, /)': () => 0,
    'getdlopenflags($module, /)': () => i().dlopenFlags,
    'setdlopenflags($module, flags: cint, /)': (flags: number) => {
      i().dlopenFlags = flags;
      return null;
    },
  },
  init(m: PyModule, interp: Interpreter) {
    const d = m.dict;
    const host = interp.host;
    const argv = host.argv ?? [''];
    d.setStr('argv', new PyList(argv.slice()));
    d.setStr('orig_argv', new PyList(['python3', ...argv]));
    d.setStr('modules', interp.modules);
    d.setStr('path', new PyList((host.path ?? []).slice()));
    d.setStr('meta_path', new PyList([]));
    d.setStr('path_hooks', new PyList([]));
    d.setStr('path_importer_cache', new PyDict());
    d.setStr('version', VERSION);
    d.setStr('version_info', versionInfo);
    d.setStr('hexversion', HEXVERSION);
    d.setStr('api_version', 1013);
    d.setStr(
      'implementation',
      newNamespace([
        ['name', 'cpython'],
        ['cache_tag', 'cpython-311'],
        ['version', versionInfo],
        ['hexversion', HEXVERSION],
        ['_multiarch', 'x86_64-linux-gnu'],
      ]),
    );
    d.setStr('platform', 'linux');
    d.setStr('byteorder', 'little');
    d.setStr('maxsize', 9223372036854775807n);
    d.setStr('maxunicode', 0x10ffff);
    d.setStr('float_repr_style', 'short');
    d.setStr(
      'float_info',
      makeStructSeq(floatInfoType, [
        new PyFloat(Number.MAX_VALUE),
        1024,
        308,
        new PyFloat(2.2250738585072014e-308),
        -1021,
        -307,
        15,
        53,
        new PyFloat(Number.EPSILON),
        2,
        1,
      ]),
    );
    d.setStr('int_info', makeStructSeq(intInfoType, [30, 4, 4300, 640]));
    d.setStr('hash_info', makeStructSeq(hashInfoType, [64, 2305843009213693951n, 314159, 0, 1000003, 'siphash13', 64, 128, 0]));
    d.setStr('flags', makeStructSeq(flagsType, [0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 1, 0, false, 0, 0, false, -1]));
    d.setStr('thread_info', makeStructSeq(threadInfoType, ['pthread', 'semaphore', 'NPTL 2.36']));
    d.setStr('builtin_module_names', new PyTuple(nativeModuleNames()));
    d.setStr('stdlib_module_names', frozenNames(host.stdlibModuleNames ?? []));
    d.setStr('copyright', COPYRIGHT);
    const prefix = host.prefix ?? '/usr/local';
    d.setStr('executable', host.executable ?? '');
    d.setStr('_base_executable', host.executable ?? '');
    d.setStr('prefix', prefix);
    d.setStr('base_prefix', prefix);
    d.setStr('exec_prefix', prefix);
    d.setStr('base_exec_prefix', prefix);
    d.setStr('platlibdir', 'lib');
    d.setStr('abiflags', '');
    d.setStr('pycache_prefix', null);
    d.setStr('dont_write_bytecode', false);
    d.setStr('warnoptions', new PyList([]));
    d.setStr('_xoptions', new PyDict());
    d.setStr('_git', new PyTuple(['CPython', '', '']));
    d.setStr('_framework', '');
    d.setStr('_stdlib_dir', host.stdlibDir ?? null);
    d.setStr('_home', null);
    const [stdin, stdout, stderr] = interp.standardStreams();
    for (const [name, v] of [
      ['stdin', stdin],
      ['stdout', stdout],
      ['stderr', stderr],
    ] as const) {
      d.setStr(name, v);
      d.setStr(`__${name}__`, v);
    }
    for (const name of ['displayhook', 'excepthook', 'breakpointhook', 'unraisablehook']) {
      d.setStr(`__${name}__`, d.getStr(name));
    }
  },
});

function frozenNames(names: string[]): PyValue {
  return abs.call1(i().builtins.getStr('frozenset'), new PyList(names));
}

