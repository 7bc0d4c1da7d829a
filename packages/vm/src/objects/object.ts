// The object model's foundation: how Python values are represented, the type
// object with CPython's slot table, and the few type objects that every other
// module needs before its own types exist (object, type and the types of the
// JS primitives). Everything else about a builtin type lives in its own file
// under builtins/, which fills in the type declared here or defines a new one.
//
// Python values map onto JS values so that the common cases cost nothing:
//   int   -> number when a safe integer, else bigint (always normalised)
//   bool  -> boolean            None -> null        str -> string
//   float -> PyFloat (a box, so that 1 and 1.0 stay distinct)
//   everything else -> a PyObject carrying its Python type in `type`.
// Instances of subclasses of int and str are PyObjects holding the value
// (builtins/int.ts, builtins/str.ts). `undefined` is never a Python value: it
// marks NULL (empty stack slots, unbound locals, "no value" results).

/** Any Python value. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type PyValue = any;

/** A Python object that is not a JS primitive. */
export class PyObject {
  type: PyType;
  /** The instance __dict__, for instances of types whose instances have one (assigned by their tp_new). */
  declare dict?: import('../builtins/dict.js').PyDict;
  /** Storage of __slots__ members and of builtin struct members (member descriptors index it). */
  declare slots?: PyValue[];
  /** id(), assigned on first use. */
  declare id?: number;
  constructor(type: PyType) {
    this.type = type;
  }
}

// ---- slot signatures (CPython's typedefs in object.h) ----

export type UnaryFunc = (a: PyValue) => PyValue;
export type BinaryFunc = (a: PyValue, b: PyValue) => PyValue;
export type TernaryFunc = (a: PyValue, b: PyValue, c: PyValue) => PyValue;
/** nb_bool: truth value. */
export type Inquiry = (a: PyValue) => boolean;
/** sq_length, mp_length: a non-negative JS number. */
export type LenFunc = (a: PyValue) => number;
export type SsizeArgFunc = (a: PyValue, i: number) => PyValue;
/** sq_ass_item: `value` undefined deletes. */
export type SsizeObjArgProc = (a: PyValue, i: number, value: PyValue) => void;
/** mp_ass_subscript: `value` undefined deletes. */
export type ObjObjArgProc = (a: PyValue, key: PyValue, value: PyValue) => void;
export type ObjObjProc = (a: PyValue, b: PyValue) => boolean;
/** tp_repr, tp_str: a str (a JS string, or an instance of a str subclass). */
export type ReprFunc = (a: PyValue) => PyValue;
/** tp_hash: a Python int. */
export type HashFunc = (a: PyValue) => number | bigint;
export type RichCmpFunc = (a: PyValue, b: PyValue, op: number) => PyValue;
/** tp_getattro: raises AttributeError when the attribute is missing. */
export type GetAttroFunc = (obj: PyValue, name: string) => PyValue;
/** tp_setattro: `value` undefined deletes. */
export type SetAttroFunc = (obj: PyValue, name: string, value: PyValue) => void;
/**
 * The calling convention of every callable (CPython's vectorcall): the positional arguments are
 * argv[base .. base+nargs), then one value per name in kwnames. Implementations must not keep argv.
 */
export type VectorCall = (callable: PyValue, argv: PyValue[], base: number, nargs: number, kwnames: string[] | null) => PyValue;
/** tp_iternext: the next item, or undefined when exhausted (no StopIteration is made). */
export type IterNextFunc = (it: PyValue) => PyValue;
/** tp_descr_get: `obj` undefined for access through the class, `type` undefined when not given. */
export type DescrGetFunc = (descr: PyValue, obj: PyValue, type: PyValue) => PyValue;
/** tp_descr_set: `value` undefined deletes. */
export type DescrSetFunc = (descr: PyValue, obj: PyValue, value: PyValue) => void;
export type NewFunc = (type: PyType, argv: PyValue[], base: number, nargs: number, kwnames: string[] | null) => PyValue;
export type InitFunc = (self: PyValue, argv: PyValue[], base: number, nargs: number, kwnames: string[] | null) => void;

// ---- type flags (object.h) ----

export const TPFLAGS_HEAPTYPE = 1 << 9;
export const TPFLAGS_BASETYPE = 1 << 10;
export const TPFLAGS_METHOD_DESCRIPTOR = 1 << 17;
export const TPFLAGS_IS_ABSTRACT = 1 << 20;
export const TPFLAGS_MATCH_SELF = 1 << 22;
export const TPFLAGS_SEQUENCE = 1 << 5;
export const TPFLAGS_MAPPING = 1 << 6;
export const TPFLAGS_IMMUTABLETYPE = 1 << 8;
export const TPFLAGS_LONG_SUBCLASS = 1 << 24;
export const TPFLAGS_LIST_SUBCLASS = 1 << 25;
export const TPFLAGS_TUPLE_SUBCLASS = 1 << 26;
export const TPFLAGS_BYTES_SUBCLASS = 1 << 27;
export const TPFLAGS_UNICODE_SUBCLASS = 1 << 28;
export const TPFLAGS_DICT_SUBCLASS = 1 << 29;
export const TPFLAGS_BASE_EXC_SUBCLASS = 1 << 30;
export const TPFLAGS_TYPE_SUBCLASS = 1 << 31;
/** The flags a subclass inherits from its base (the *_SUBCLASS family, sequence/mapping, method descriptor not). */
export const TPFLAGS_INHERITED =
  TPFLAGS_LONG_SUBCLASS |
  TPFLAGS_LIST_SUBCLASS |
  TPFLAGS_TUPLE_SUBCLASS |
  TPFLAGS_BYTES_SUBCLASS |
  TPFLAGS_UNICODE_SUBCLASS |
  TPFLAGS_DICT_SUBCLASS |
  TPFLAGS_BASE_EXC_SUBCLASS |
  TPFLAGS_TYPE_SUBCLASS |
  TPFLAGS_SEQUENCE |
  TPFLAGS_MAPPING;

/** The metatype of types made without one: `type`, once it exists. */
let defaultMetatype: PyType | null = null;

/**
 * A Python type object. Builtin behaviour lives in the slots (CPython's tp_*, nb_*, sq_*, mp_*,
 * am_* function pointers): the abstract protocols (objects/abstract.ts) and the interpreter call
 * them, never test instanceof. A builtin type declares its slots (objects/typedef.ts); a class
 * statement's type gets slots that call its dunder methods (objects/slotdefs.ts).
 */
export class PyType extends PyObject {
  /** tp_name: what error messages show ('int', 'Foo', 'itertools.chain'); a heap type's __name__. */
  name: string;
  qualname: string;
  /** __module__ of a builtin type (the dotted prefix of its tp_name, else 'builtins'); heap types keep theirs in `attrs`. */
  moduleName: string;
  base: PyType | null;
  bases: PyType[];
  mro: PyType[];
  private readonly ownAttrs = new Map<string, PyValue>();
  /** A builtin type fills its dict when first asked for it (most types of a run are never looked into). */
  fillAttrs: (() => void) | null = null;
  /** The type's own attributes (its __dict__). */
  get attrs(): Map<string, PyValue> {
    const fill = this.fillAttrs;
    if (fill !== null) {
      this.fillAttrs = null;
      fill();
    }
    return this.ownAttrs;
  }
  flags = 0;
  /** tp_doc: the raw docstring (with a "name(sig)\n--\n\n" prefix when it has a text signature). */
  doc: string | null = null;
  /** Whether instances have a __dict__ (CPython's tp_dictoffset != 0). */
  hasDict = false;
  /** Whether instances accept weak references (tp_weaklistoffset != 0). */
  hasWeakref = false;
  /** __basicsize__, which __sizeof__ reports. */
  basicsize = 16;
  /** __itemsize__: nonzero for variable-size instances (int, tuple, bytes), which cannot have __slots__ members. */
  itemsize = 0;
  /** Whether instances carry a GC header (Py_TPFLAGS_HAVE_GC), which sys.getsizeof counts. */
  gc = false;
  /** Whether instances keep their __dict__ before the object (Py_TPFLAGS_MANAGED_DICT), two more words for sys.getsizeof. */
  managedDict = false;
  /** The number of __slots__ members its instances store in `slots` (this type's and its bases'). */
  slotCount = 0;
  /** The builtin base whose instance layout this type's instances have (CPython's solid_base). */
  solid: PyType;
  /** Subclasses, for invalidating their caches and slots when this type changes. */
  readonly subclassRefs: WeakRef<PyType>[] = [];
  /** Bumped when this type's attributes (or a base's) change: inline caches compare it. */
  version = 0;
  private readonly cache = new Map<string, PyValue>();

  // ---- the slot table ----
  tp_repr: ReprFunc | null = null;
  tp_str: ReprFunc | null = null;
  tp_hash: HashFunc | null = null;
  tp_richcompare: RichCmpFunc | null = null;
  tp_getattro: GetAttroFunc | null = null;
  tp_setattro: SetAttroFunc | null = null;
  tp_call: VectorCall | null = null;
  tp_iter: UnaryFunc | null = null;
  tp_iternext: IterNextFunc | null = null;
  tp_descr_get: DescrGetFunc | null = null;
  tp_descr_set: DescrSetFunc | null = null;
  tp_new: NewFunc | null = null;
  tp_init: InitFunc | null = null;
  /** Called with a fresh instance of a heap type (its solid base's state). */
  tp_finalize: ((self: PyValue) => void) | null = null;

  nb_add: BinaryFunc | null = null;
  nb_subtract: BinaryFunc | null = null;
  nb_multiply: BinaryFunc | null = null;
  nb_remainder: BinaryFunc | null = null;
  nb_divmod: BinaryFunc | null = null;
  nb_power: TernaryFunc | null = null;
  nb_negative: UnaryFunc | null = null;
  nb_positive: UnaryFunc | null = null;
  nb_absolute: UnaryFunc | null = null;
  nb_bool: Inquiry | null = null;
  nb_invert: UnaryFunc | null = null;
  nb_lshift: BinaryFunc | null = null;
  nb_rshift: BinaryFunc | null = null;
  nb_and: BinaryFunc | null = null;
  nb_xor: BinaryFunc | null = null;
  nb_or: BinaryFunc | null = null;
  nb_int: UnaryFunc | null = null;
  nb_float: UnaryFunc | null = null;
  nb_inplace_add: BinaryFunc | null = null;
  nb_inplace_subtract: BinaryFunc | null = null;
  nb_inplace_multiply: BinaryFunc | null = null;
  nb_inplace_remainder: BinaryFunc | null = null;
  nb_inplace_power: TernaryFunc | null = null;
  nb_inplace_lshift: BinaryFunc | null = null;
  nb_inplace_rshift: BinaryFunc | null = null;
  nb_inplace_and: BinaryFunc | null = null;
  nb_inplace_xor: BinaryFunc | null = null;
  nb_inplace_or: BinaryFunc | null = null;
  nb_floor_divide: BinaryFunc | null = null;
  nb_true_divide: BinaryFunc | null = null;
  nb_inplace_floor_divide: BinaryFunc | null = null;
  nb_inplace_true_divide: BinaryFunc | null = null;
  nb_index: UnaryFunc | null = null;
  nb_matrix_multiply: BinaryFunc | null = null;
  nb_inplace_matrix_multiply: BinaryFunc | null = null;

  sq_length: LenFunc | null = null;
  sq_concat: BinaryFunc | null = null;
  sq_repeat: SsizeArgFunc | null = null;
  sq_item: SsizeArgFunc | null = null;
  sq_ass_item: SsizeObjArgProc | null = null;
  sq_contains: ObjObjProc | null = null;
  sq_inplace_concat: BinaryFunc | null = null;
  sq_inplace_repeat: SsizeArgFunc | null = null;

  mp_length: LenFunc | null = null;
  mp_subscript: BinaryFunc | null = null;
  mp_ass_subscript: ObjObjArgProc | null = null;

  am_await: UnaryFunc | null = null;
  am_aiter: UnaryFunc | null = null;
  am_anext: UnaryFunc | null = null;

  constructor(name: string, base: PyType | null, metatype: PyType | null = null) {
    // The first type (type itself) is made before typeType exists, and fixed just after.
    super((metatype ?? defaultMetatype) as PyType);
    this.name = name;
    const dot = name.lastIndexOf('.');
    this.qualname = name.slice(dot + 1);
    this.moduleName = dot < 0 ? 'builtins' : name.slice(0, dot);
    this.base = base;
    this.bases = base ? [base] : [];
    this.mro = base ? [this, ...base.mro] : [this];
    this.solid = base ? base.solid : this;
  }

  isSubtypeOf(other: PyType): boolean {
    if (this === other) return true;
    const mro = this.mro;
    for (let i = 1; i < mro.length; i++) if (mro[i] === other) return true;
    return false;
  }

  /** Attribute lookup along the MRO, without descriptors (CPython's _PyType_Lookup); undefined if absent. */
  lookup(name: string): PyValue {
    let v = this.cache.get(name);
    if (v !== undefined || this.cache.has(name)) return v;
    const mro = this.mro;
    for (let i = 0; i < mro.length; i++) {
      v = mro[i].attrs.get(name);
      if (v !== undefined) break;
    }
    this.cache.set(name, v);
    return v;
  }

  /** Marks the attributes of this type changed, and so those its subclasses inherit (PyType_Modified). */
  modified(): void {
    this.cache.clear();
    this.version++;
    for (const sub of this.subclasses()) sub.modified();
  }

  /** Live subclasses (type.__subclasses__()). */
  subclasses(): PyType[] {
    const out: PyType[] = [];
    for (const r of this.subclassRefs) {
      const t = r.deref();
      if (t !== undefined) out.push(t);
    }
    return out;
  }

  /** The name as repr and tracebacks show it: qualified by the module unless builtin. */
  get displayName(): string {
    const m = this.moduleName;
    return m === 'builtins' ? this.qualname : `${m}.${this.qualname}`;
  }

  /** Whether this is a class made by a class statement or type(name, bases, ns). */
  get heap(): boolean {
    return (this.flags & TPFLAGS_HEAPTYPE) !== 0;
  }
}

// ---- the bootstrap types ----
// Their slots and methods are filled in by their own files (builtins/object.ts, builtins/type.ts, ...).

export const typeType: PyType = new PyType('type', null);
typeType.type = typeType;
defaultMetatype = typeType;
export const objectType = new PyType('object', null, typeType);
typeType.base = objectType;
typeType.bases = [objectType];
typeType.mro = [typeType, objectType];
typeType.solid = typeType;

/** A builtin type object whose definition (slots, methods) its own module fills in. */
export function bootstrapType(name: string, base: PyType = objectType): PyType {
  const t = new PyType(name, base, typeType);
  t.solid = t;
  return t;
}

export const intType = bootstrapType('int');
export const boolType = bootstrapType('bool', intType);
export const floatType = bootstrapType('float');
export const strType = bootstrapType('str');
export const noneType = bootstrapType('NoneType');
export const tupleType = bootstrapType('tuple');
export const listType = bootstrapType('list');
export const dictType = bootstrapType('dict');

/**
 * A float: a box, so that `1.0` stays apart from `1`. Instances of float subclasses carry their own type.
 * Floats are allocated more than any other object, and V8 constructs a derived class (a super() call)
 * markedly slower than a base class: so PyFloat is a base class whose prototype chain is linked to
 * PyObject's below, and `instanceof PyObject` holds for it all the same.
 */
export class PyFloat {
  type: PyType;
  declare dict?: PyObject['dict'];
  declare slots?: PyValue[];
  declare id?: number;
  constructor(
    readonly v: number,
    type: PyType = floatType,
  ) {
    this.type = type;
  }
}
Object.setPrototypeOf(PyFloat.prototype, PyObject.prototype);

/** The Python type of any value. */
export function typeOf(v: PyValue): PyType {
  switch (typeof v) {
    case 'object':
      return v === null ? noneType : (v as PyObject).type;
    case 'number':
    case 'bigint':
      return intType;
    case 'string':
      return strType;
    case 'boolean':
      return boolType;
    default:
      throw new TypeError(`not a Python value: ${String(v)}`);
  }
}

/** The name a type has in error messages: CPython's tp_name (the qualified name for heap types, dotted for some builtins). */
export function typeName(v: PyValue): string {
  return typeOf(v).name;
}
