// The native modules: each is one file that declares its module with
// defineModule (its functions with their signatures, and what its init puts
// in the namespace). A module is made for an interpreter when first imported.

import { functionOf, functionTemplate, type FunctionTemplate, type MethodDef } from '../objects/typedef.js';
import { builtinDoc } from '../objects/docs.js';
import { PyModule } from '../builtins/module.js';
import type { Interpreter } from '../interpreter/interpreter.js';

export interface ModuleSpec {
  name: string;
  /** Functions, keyed by signature with `$module` ('len($module, obj, /)'). */
  functions?: Record<string, MethodDef>;
  /** Fills the new module's namespace (constants, types, state that belongs to the interpreter). */
  init?: (module: PyModule, interp: Interpreter) => void;
}

export interface ModuleDef {
  readonly spec: ModuleSpec;
  /** The functions, compiled on first use and shared by every interpreter's module. */
  templates: FunctionTemplate[] | null;
}

const registry = new Map<string, ModuleDef>();

/** Registers a native module. */
export function defineModule(spec: ModuleSpec): ModuleDef {
  const def: ModuleDef = { spec, templates: null };
  registry.set(spec.name, def);
  return def;
}

/** Whether a module of this name is native. */
export function isNativeModule(name: string): boolean {
  return registry.has(name);
}

/** The names of the native modules (sys.builtin_module_names). */
export function nativeModuleNames(): string[] {
  return [...registry.keys()].sort();
}

/** Makes the native module `name` for an interpreter, or undefined if there is none. */
export function createNativeModule(interp: Interpreter, name: string): PyModule | undefined {
  const def = registry.get(name);
  if (def === undefined) return undefined;
  const m = new PyModule(name);
  m.dict.setStr('__doc__', builtinDoc(`module:${name}`));
  // A top-level module's package is '' (importlib's _init_module_attrs sets spec.parent).
  m.dict.setStr('__package__', '');
  def.templates ??= Object.entries(def.spec.functions ?? {}).map(([text, fn]) =>
    functionTemplate(text, fn, '', `${name}.${text.slice(0, text.indexOf('('))}`, name === 'builtins' ? '' : `${name}.`),
  );
  for (const t of def.templates) m.dict.setStr(t.name, functionOf(t, m, name));
  interp.enter(() => def.spec.init?.(m, interp));
  return m;
}

