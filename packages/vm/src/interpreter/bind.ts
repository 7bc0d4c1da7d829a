// Binding call arguments to a Python function's parameters, with CPython's
// error messages (Python/ceval.c: initialize_locals and friends).

import { CO_VARARGS, CO_VARKEYWORDS } from '@pyc-ts/bytecode';
import type { PyValue } from '../objects/object.js';
import { raise } from '../objects/errors.js';
import { PyDict } from '../builtins/dict.js';
import { EMPTY_TUPLE, PyTuple } from '../builtins/tuple.js';
import type { PyFunction } from '../builtins/function.js';

function quotedList(names: string[]): string {
  const q = names.map((n) => `'${n}'`);
  if (q.length === 1) return q[0];
  if (q.length === 2) return `${q[0]} and ${q[1]}`;
  return q.slice(0, -1).join(', ') + ', and ' + q[q.length - 1];
}

/**
 * Fills `dest` (the new frame's locals) from the positional arguments
 * `src[base .. base+nargs)` and, when `kwnames` is given, one value per name after them.
 */
export function bindArguments(
  fn: PyFunction,
  dest: PyValue[],
  src: PyValue[],
  base: number,
  nargs: number,
  kwnames: string[] | null,
): void {
  const code = fn.code;
  const argcount = code.argcount;
  const kwonly = code.kwonlyargcount;
  const names = code.localsplusnames;
  const nkw = kwnames ? kwnames.length : 0;
  const npos = nargs;
  const total = argcount + kwonly;
  const varargs: PyValue[] | null = code.flags & CO_VARARGS ? [] : null;
  let varkw: PyDict | null = null;
  if (code.flags & CO_VARKEYWORDS) {
    varkw = new PyDict();
    dest[varargs ? total + 1 : total] = varkw;
  }

  const n = Math.min(npos, argcount);
  for (let i = 0; i < n; i++) dest[i] = src[base + i];
  if (npos > argcount) {
    if (varargs) {
      for (let i = argcount; i < npos; i++) varargs.push(src[base + i]);
    } else {
      tooManyPositional(fn, npos, nkw > 0 ? kwnames! : []);
    }
  }
  if (varargs) dest[total] = varargs.length === 0 ? EMPTY_TUPLE : new PyTuple(varargs);

  // Keyword arguments.
  let posonlyAsKw: string[] | null = null;
  for (let k = 0; k < nkw; k++) {
    const name = kwnames![k];
    const value = src[base + npos + k];
    let idx = -1;
    for (let j = code.posonlyargcount; j < total; j++) {
      if (names[j] === name) {
        idx = j;
        break;
      }
    }
    if (idx < 0) {
      if (varkw) {
        varkw.setStr(name, value);
        continue;
      }
      if (names.slice(0, code.posonlyargcount).includes(name)) {
        (posonlyAsKw ??= []).push(name);
        continue;
      }
      raise('TypeError', `${fn.qualname}() got an unexpected keyword argument '${name}'`);
    }
    if (dest[idx] !== undefined) {
      raise('TypeError', `${fn.qualname}() got multiple values for argument '${name}'`);
    }
    dest[idx] = value;
  }
  if (posonlyAsKw) {
    raise(
      'TypeError',
      `${fn.qualname}() got some positional-only arguments passed as keyword arguments: '${posonlyAsKw.join(', ')}'`,
    );
  }

  // Defaults for missing positional parameters.
  if (npos < argcount) {
    const defaults = fn.defaults ?? [];
    const firstDefault = argcount - defaults.length;
    const missing: string[] = [];
    for (let i = npos; i < argcount; i++) {
      if (dest[i] !== undefined) continue;
      if (i >= firstDefault) dest[i] = defaults[i - firstDefault];
      else missing.push(names[i]);
    }
    if (missing.length) {
      const s = missing.length === 1 ? '' : 's';
      raise(
        'TypeError',
        `${fn.qualname}() missing ${missing.length} required positional argument${s}: ${quotedList(missing)}`,
      );
    }
  }
  // Keyword-only defaults.
  if (kwonly > 0) {
    const missing: string[] = [];
    for (let i = argcount; i < total; i++) {
      if (dest[i] !== undefined) continue;
      const d = fn.kwdefaults?.getStr(names[i]);
      if (d !== undefined) dest[i] = d;
      else missing.push(names[i]);
    }
    if (missing.length) {
      const s = missing.length === 1 ? '' : 's';
      raise(
        'TypeError',
        `${fn.qualname}() missing ${missing.length} required keyword-only argument${s}: ${quotedList(missing)}`,
      );
    }
  }
}

function tooManyPositional(fn: PyFunction, given: number, kwnames: string[]): never {
  const code = fn.code;
  const argcount = code.argcount;
  const ndefaults = fn.defaults ? fn.defaults.length : 0;
  const plural = (n: number) => (n === 1 ? '' : 's');
  let sig: string;
  if (ndefaults > 0) sig = `from ${argcount - ndefaults} to ${argcount} positional arguments`;
  else sig = `${argcount} positional argument${plural(argcount)}`;
  // Keyword-only arguments passed by keyword are mentioned, as CPython does.
  let kwonlyGiven = 0;
  const kwonlyNames = code.localsplusnames.slice(argcount, argcount + code.kwonlyargcount);
  for (const k of kwnames) if (kwonlyNames.includes(k)) kwonlyGiven++;
  let givenText = `${given} positional argument${plural(given)}`;
  if (kwonlyGiven > 0) {
    givenText += ` (and ${kwonlyGiven} keyword-only argument${plural(kwonlyGiven)})`;
    raise('TypeError', `${fn.qualname}() takes ${sig} but ${givenText} were given`);
  }
  raise('TypeError', `${fn.qualname}() takes ${sig} but ${given} ${given === 1 ? 'was' : 'were'} given`);
}
