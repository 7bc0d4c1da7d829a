// The import statement's machinery (Python/import.c: PyImport_ImportModuleLevelObject):
// resolving relative names, sys.modules, parents before children, fromlist.
// Modules come from sys.modules and the native module registry; finders on
// sys.meta_path (Python objects) are asked for the rest.

import { typeOf, type PyValue } from '../objects/object.js';
import { PyBaseException, exceptionType, isInstanceOfException, raise } from '../objects/errors.js';
import { strValueOrUndefined } from '../objects/boxed.js';
import { PyBuiltinFunction } from '../objects/descriptors.js';
import * as abs from '../objects/abstract.js';
import { PyDict } from '../builtins/dict.js';
import type { Interpreter } from '../interpreter/interpreter.js';
import { createNativeModule } from './registry.js';
import { PyModule } from '../builtins/module.js';

function moduleNotFound(name: string, message = `No module named '${name}'`): PyBaseException {
  const e = abs.call(exceptionType('ModuleNotFoundError'), [message], null) as PyBaseException;
  abs.setAttr(e, 'name', name);
  return e;
}

/** The package a relative import in a module with `globals` is relative to (resolve_name). */
function resolveName(name: string, globals: PyDict | null, level: number): string {
  if (globals === null) raise('KeyError', "'__name__' not in globals");
  let pkg = globals.getStr('__package__');
  const spec = globals.getStr('__spec__');
  if (pkg !== undefined && pkg !== null) {
    if (strValueOrUndefined(pkg) === undefined) raise('TypeError', 'package must be a string');
  } else if (spec !== undefined && spec !== null) {
    pkg = abs.getAttr(spec, 'parent');
    if (strValueOrUndefined(pkg) === undefined) raise('TypeError', '__spec__.parent must be a string');
  } else {
    const modName = globals.getStr('__name__');
    if (modName === undefined) raise('KeyError', "'__name__' not in globals");
    if (strValueOrUndefined(modName) === undefined) raise('TypeError', '__name__ must be a string');
    pkg = modName;
    if (globals.getStr('__path__') === undefined) {
      const dot = (pkg as string).lastIndexOf('.');
      pkg = dot < 0 ? '' : (pkg as string).slice(0, dot);
    }
  }
  let base = strValueOrUndefined(pkg)!;
  if (base === '') raise('ImportError', 'attempted relative import with no known parent package');
  for (let k = 1; k < level; k++) {
    const dot = base.lastIndexOf('.');
    if (dot < 0) raise('ImportError', 'attempted relative import beyond top-level package');
    base = base.slice(0, dot);
  }
  return name === '' ? base : `${base}.${name}`;
}

/** Finds and loads a module that is not in sys.modules yet, its parents first (_find_and_load). */
function findAndLoad(interp: Interpreter, name: string): PyValue {
  const dot = name.lastIndexOf('.');
  let parentPath: PyValue = null;
  if (dot >= 0) {
    const parent = name.slice(0, dot);
    const p = importAbsolute(interp, parent);
    const again = interp.modules.get(name);
    if (again !== undefined) return again;
    parentPath = abs.getAttrOrUndefined(p, '__path__');
    if (parentPath === undefined) {
      throw moduleNotFound(name, `No module named '${name}'; '${parent}' is not a package`);
    }
  }
  const native = createNativeModule(interp, name);
  if (native !== undefined) {
    interp.modules.set(name, native);
    if (dot >= 0) abs.setAttr(interp.modules.get(name.slice(0, dot)), name.slice(dot + 1), native);
    return native;
  }
  const spec = findSpec(interp, name, parentPath);
  if (spec !== undefined) {
    const found = loadFromSpec(interp, spec, name);
    if (dot >= 0) {
      const parent = interp.modules.get(name.slice(0, dot));
      if (parent !== undefined) abs.setAttr(parent, name.slice(dot + 1), found);
    }
    return found;
  }
  throw moduleNotFound(name);
}

/** Asks the finders on sys.meta_path for a module's spec (_find_spec). */
function findSpec(interp: Interpreter, name: string, path: PyValue): PyValue {
  const metaPath = abs.getAttrOrUndefined(interp.sysModule, 'meta_path');
  if (metaPath === undefined || metaPath === null) raise('ImportError', 'sys.meta_path is None, Python is likely shutting down');
  for (const finder of abs.toArray(metaPath)) {
    const find = abs.getAttrOrUndefined(finder, 'find_spec');
    if (find === undefined) continue;
    const spec = abs.call(find, [name, path, null]);
    if (spec !== null) return spec;
  }
  return undefined;
}

/** Makes and runs a module from its spec, registered in sys.modules while it runs (_load_unlocked). */
function loadFromSpec(interp: Interpreter, spec: PyValue, name: string): PyValue {
  const loader = abs.getAttrOrUndefined(spec, 'loader');
  if (loader === undefined || loader === null) throw moduleNotFound(name);
  const create = abs.getAttrOrUndefined(loader, 'create_module');
  let module = create === undefined ? null : abs.call1(create, spec);
  if (module === null) module = new PyModule(name);
  const set = (attr: string, v: PyValue) => {
    try {
      abs.setAttr(module, attr, v);
    } catch (e) {
      if (!isInstanceOfException(e, exceptionType('AttributeError'))) throw e;
    }
  };
  set('__spec__', spec);
  set('__loader__', loader);
  const parent = abs.getAttrOrUndefined(spec, 'parent');
  if (parent !== undefined) set('__package__', parent);
  const locations = abs.getAttrOrUndefined(spec, 'submodule_search_locations');
  if (locations !== undefined && locations !== null) set('__path__', locations);
  const hasLocation = abs.getAttrOrUndefined(spec, 'has_location');
  if (hasLocation !== undefined && abs.isTrue(hasLocation)) {
    set('__file__', abs.getAttr(spec, 'origin'));
    const cached = abs.getAttrOrUndefined(spec, 'cached');
    if (cached !== undefined && cached !== null) set('__cached__', cached);
  }
  interp.modules.set(name, module);
  abs.setAttr(spec, '_initializing', true);
  try {
    const exec = abs.getAttrOrUndefined(loader, 'exec_module');
    if (exec === undefined) raise('ImportError', `loader for ${name} has no exec_module()`);
    abs.call1(exec, module);
  } catch (e) {
    interp.modules.delete(name);
    throw e;
  } finally {
    abs.setAttr(spec, '_initializing', false);
  }
  const registered = interp.modules.get(name);
  if (registered === undefined) raise('KeyError', `module ${abs.repr(name)} not in sys.modules`);
  return registered;
}

/** import of an absolute name: sys.modules, else found and loaded. */
export function importAbsolute(interp: Interpreter, name: string): PyValue {
  const m = interp.modules.get(name);
  if (m === null) throw moduleNotFound(name, `import of ${name} halted; None in sys.modules`);
  if (m !== undefined) return m;
  return findAndLoad(interp, name);
}

/** `__import__(name, globals, locals, fromlist, level)`. */
export function importModuleLevel(interp: Interpreter, name: string, globals: PyDict | null, fromlist: PyValue, level: number): PyValue {
  if (level < 0) raise('ValueError', 'level must be >= 0');
  let absName: string;
  if (level > 0) absName = resolveName(name, globals, level);
  else {
    if (name === '') raise('ValueError', 'Empty module name');
    absName = name;
  }
  const module = importAbsolute(interp, absName);
  const hasFromlist = fromlist !== null && fromlist !== undefined && abs.isTrue(fromlist);
  if (!hasFromlist) {
    if (level === 0 || name !== '') {
      const first = name.indexOf('.');
      if (first < 0) return module;
      if (level === 0) return importAbsolute(interp, name.slice(0, first));
      // from a relative name: the package that the first component names.
      const cut = name.length - first;
      const top = absName.slice(0, absName.length - cut);
      const m = interp.modules.get(top);
      if (m === undefined) raise('KeyError', `${abs.repr(top)} not in sys.modules as expected`);
      return m;
    }
    return module;
  }
  if (abs.getAttrOrUndefined(module, '__path__') !== undefined) handleFromlist(interp, module, fromlist);
  return module;
}

/** Imports the submodules a fromlist names that the package does not have yet (_handle_fromlist). */
function handleFromlist(interp: Interpreter, module: PyValue, fromlist: PyValue): void {
  const pkgName = strValueOrUndefined(abs.getAttr(module, '__name__'))!;
  for (const item of abs.toArray(fromlist)) {
    const x = strValueOrUndefined(item);
    if (x === undefined) raise('TypeError', `Item in ${pkgName}.__all__ must be str, not ${typeOf(item).name}`);
    if (x === '*') {
      const all = abs.getAttrOrUndefined(module, '__all__');
      if (all !== undefined) handleFromlist(interp, module, all);
      continue;
    }
    if (abs.getAttrOrUndefined(module, x) !== undefined) continue;
    const sub = `${pkgName}.${x}`;
    try {
      importAbsolute(interp, sub);
    } catch (e) {
      // A missing submodule is left for IMPORT_FROM to report, as importlib does.
      if (isInstanceOfException(e, exceptionType('ModuleNotFoundError'))) {
        const missing = abs.getAttrOrUndefined(e, 'name');
        if (missing === sub && interp.modules.get(sub) === undefined) continue;
      }
      throw e;
    }
  }
}

/** Whether a value is the builtins module's own __import__ (IMPORT_NAME then skips calling it). */
export function isBuiltinImport(v: PyValue): boolean {
  return v instanceof PyBuiltinFunction && v.name === '__import__' && v.module === 'builtins';
}

