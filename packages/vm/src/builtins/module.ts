// module (Objects/moduleobject.c): a namespace; its dict is the instance dict.

import { PyObject, TPFLAGS_BASETYPE, typeOf, type PyType, type PyValue } from '../objects/object.js';
import { defineType } from '../objects/typedef.js';
import { PyBaseException, raise } from '../objects/errors.js';
import { strValueOrUndefined } from '../objects/boxed.js';
import * as abs from '../objects/abstract.js';
import { attributeError } from './exceptions.js';
import { PyDict } from './dict.js';
import { PyList } from './list.js';
import { initInstanceExtras } from './object.js';

export class PyModule extends PyObject {
  declare dict: PyDict;
  constructor(name: string, dict: PyDict = new PyDict(), type: PyType = moduleType) {
    super(type);
    this.dict = dict;
    dict.namespace = true;
    if (dict.getStr('__name__') === undefined) {
      dict.setStr('__name__', name);
      dict.setStr('__doc__', null);
      dict.setStr('__package__', null);
      dict.setStr('__loader__', null);
      dict.setStr('__spec__', null);
    }
  }

  /** __name__, as the module's dict has it. */
  get name(): string {
    return strValueOrUndefined(this.dict.getStr('__name__')) ?? '?';
  }
}

/** module.__getattribute__: the dict, then the module's __getattr__ (PEP 562). */
function moduleGetAttr(obj: PyValue, name: string): PyValue {
  const v = abs.genericGetAttrOrUndefined(obj, name);
  if (v !== undefined) return v;
  const m = obj as PyModule;
  const getattr = m.dict.getStr('__getattr__');
  if (getattr !== undefined) return abs.call1(getattr, name);
  const modName = strValueOrUndefined(m.dict.getStr('__name__'));
  if (modName === undefined) throw attributeError(`module has no attribute '${name}'`, name, obj);
  const spec = m.dict.getStr('__spec__');
  if (spec !== undefined && spec !== null) {
    const initializing = abs.getAttrOrUndefined(spec, '_initializing');
    if (initializing !== undefined && abs.isTrue(initializing)) {
      throw attributeError(`partially initialized module '${modName}' has no attribute '${name}' (most likely due to a circular import)`, name, obj);
    }
  }
  throw attributeError(`module '${modName}' has no attribute '${name}'`, name, obj);
}

/** repr of a module: from its spec or file, as importlib's _module_repr gives it. */
function moduleRepr(obj: PyValue): string {
  const m = obj as PyModule;
  const name = strValueOrUndefined(m.dict.getStr('__name__')) ?? '?';
  const loader = m.dict.getStr('__loader__');
  if (loader !== undefined && loader !== null) {
    const repr = abs.getAttrOrUndefined(loader, 'module_repr');
    if (repr !== undefined) {
      try {
        return abs.str(abs.call1(repr, m));
      } catch (e) {
        // As importlib does, fall back to the spec or file.
        if (!(e instanceof PyBaseException)) throw e;
      }
    }
  }
  const spec = m.dict.getStr('__spec__');
  if (spec !== undefined && spec !== null) {
    const origin = abs.getAttrOrUndefined(spec, 'origin');
    const hasLocation = abs.getAttrOrUndefined(spec, 'has_location');
    if (origin !== undefined && origin !== null) {
      if (hasLocation !== undefined && abs.isTrue(hasLocation)) return `<module ${abs.repr(name)} from ${abs.repr(origin)}>`;
      return `<module ${abs.repr(name)} (${abs.str(origin)})>`;
    }
  }
  const file = m.dict.getStr('__file__');
  if (file !== undefined) return `<module ${abs.repr(name)} from ${abs.repr(file)}>`;
  if (loader !== undefined && loader !== null) return `<module ${abs.repr(name)} (${abs.repr(loader)})>`;
  return `<module ${abs.repr(name)}>`;
}

export const moduleType: PyType = defineType({
  name: 'module',
  flags: TPFLAGS_BASETYPE,
  hasDict: true,
  slots: {
    tp_repr: moduleRepr,
    tp_getattro: moduleGetAttr,
    tp_setattro: abs.genericSetAttr,
    tp_new: (type) => initInstanceExtras(new PyModule('?', new PyDict(), type), type),
    tp_init: (self, argv, base, nargs, kwnames) => {
      const names = ['name', 'doc'];
      const vals: PyValue[] = [undefined, null];
      for (let i = 0; i < nargs; i++) vals[i] = argv[base + i];
      for (let i = 0; kwnames !== null && i < kwnames.length; i++) {
        const at = names.indexOf(kwnames[i]);
        if (at < 0) raise('TypeError', `'${kwnames[i]}' is an invalid keyword argument for module()`);
        vals[at] = argv[base + nargs + i];
      }
      if (nargs > 2) raise('TypeError', `module() takes at most 2 arguments (${nargs} given)`);
      if (vals[0] === undefined) raise('TypeError', "module() missing required argument 'name' (pos 1)");
      if (strValueOrUndefined(vals[0]) === undefined) raise('TypeError', `module.__init__() argument 'name' must be str, not ${typeOf(vals[0]).name}`);
      const d = (self as PyModule).dict;
      d.setStr('__name__', vals[0]);
      d.setStr('__doc__', vals[1]);
      d.setStr('__package__', null);
      d.setStr('__loader__', null);
      d.setStr('__spec__', null);
    },
  },
  methods: {
    '__dir__($self, /)': {
      impl: (m: PyModule) => {
        const dir = m.dict.getStr('__dir__');
        if (dir !== undefined) return abs.call0(dir);
        return new PyList(m.dict.keys());
      },
      textSignature: false,
    },
  },
  members: {
    __dict__: { get: (m: PyModule) => m.dict },
  },
  getsets: {
    __annotations__: {
      get: (m: PyModule) => {
        let a = m.dict.getStr('__annotations__');
        if (a === undefined) {
          a = new PyDict();
          m.dict.setStr('__annotations__', a);
        }
        return a;
      },
      set: (m: PyModule, v: PyValue) => {
        if (v === undefined) {
          if (!m.dict.delete('__annotations__')) raise('AttributeError', '__annotations__');
        } else m.dict.setStr('__annotations__', v);
      },
    },
  },
});
