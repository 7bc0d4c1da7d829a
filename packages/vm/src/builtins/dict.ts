// dict (Objects/dictobject.c): insertion-ordered, with Python's key equality.
//
// Keys that Python considers equal (1, 1.0, True) share one canonical JS key,
// so a JS Map finds them; str keys are their own canonical key (the fast path
// of namespaces). Objects hashed by identity are their own key. Other keys
// (tuples, ...) go through buckets by hash and Python equality. The entries
// are also kept in an array in insertion order, as CPython's compact dict
// keeps them, for iteration that survives changes, popitem and reversed().
// That array fills and is compacted exactly when CPython's entry array is
// (the same sizes, growth and resizes), so iterators that outlive changes to
// their dict see what CPython's see.

import {
  PyFloat,
  PyObject,
  dictType,
  typeOf,
  TPFLAGS_BASETYPE,
  TPFLAGS_DICT_SUBCLASS,
  TPFLAGS_MAPPING,
  TPFLAGS_MATCH_SELF,
  type PyType,
  type PyValue,
} from '../objects/object.js';
import { defineType } from '../objects/typedef.js';
import { exceptionType, isInstanceOfException, newException, raise } from '../objects/errors.js';
import { interp } from '../objects/state.js';
import { NotImplemented } from '../objects/singletons.js';
import { hashNotImplemented } from '../objects/slotdefs.js';
import { PyBoxed } from '../objects/boxed.js';
import * as abs from '../objects/abstract.js';
import { reprGuarded } from './sequence.js';
import { PyTuple } from './tuple.js';
import { PyList } from './list.js';
import { initInstanceExtras, objectHash, objectRichcompare } from './object.js';
import { genericAlias } from './genericalias.js';
import { checkAllocation } from './limits.js';
import { PySet, frozensetType, setFrom, setType } from './set.js';
import { mappingProxy } from './mappingproxy.js';

export interface DictEntry {
  key: PyValue;
  value: PyValue;
  /** Position in the entries array. */
  pos: number;
  /** The key's hash, for keys kept in buckets. */
  hash?: number | bigint;
}

/**
 * Bumped whenever a namespace dict (globals, builtins) gains or loses a key, so
 * LOAD_GLOBAL can cache the entry it found until the set of names changes.
 */
export let namespaceEpoch = 0;

export class PyDict extends PyObject {
  /** Whether key changes bump namespaceEpoch. */
  namespace = false;
  /** Canonical key -> entry. */
  private readonly map = new Map<unknown, DictEntry>();
  /** Entries in insertion order; deleted ones are null until the table is resized. */
  private entryList: (DictEntry | null)[] = [];
  /** hash -> entries, for keys with no canonical JS key. */
  private buckets: Map<number | bigint, DictEntry[]> | null = null;
  private live = 0;
  /** log2 of CPython's table size for this dict (dk_log2_size); 0 for the shared empty table. */
  private log2 = 0;
  /** Entries that can still be appended before the table is resized (dk_usable). */
  private usable = 0;
  /** Whether the table is CPython's str-only kind, which a resize leaves on the first other key (DK_IS_UNICODE). */
  private strKind = true;
  /** Bumped on every insertion or deletion of a key: iterators compare it. */
  version = 0;

  constructor(type: PyType = dictType) {
    super(type);
  }

  get size(): number {
    return this.live;
  }

  /** The canonical JS key of a key that has one (str, int, float, bool, None, identity-hashed objects); undefined otherwise. */
  private static canonical(key: PyValue): unknown {
    switch (typeof key) {
      case 'string':
      case 'number':
      case 'bigint':
        return key;
      case 'boolean':
        return key ? 1 : 0;
    }
    if (key === null) return null;
    const t = (key as PyObject).type;
    if (key instanceof PyFloat) {
      if (t.tp_hash !== floatHash) return undefined;
      const v = key.v;
      if (v !== v) return key; // NaN: equal only to itself
      if (Number.isInteger(v)) return Number.isSafeInteger(v) ? v : BigInt(v);
      return v;
    }
    if (key instanceof PyBoxed) return t.tp_hash === (typeof key.value === 'string' ? strHash : intHash) && t.tp_richcompare === (typeof key.value === 'string' ? strRichcompare : intRichcompare) ? key.value : undefined;
    if (t.tp_hash === objectHash && t.tp_richcompare === objectRichcompare) return key;
    return undefined;
  }

  private findBucket(key: PyValue, h: number | bigint): DictEntry | undefined {
    const bucket = this.buckets?.get(h);
    if (bucket === undefined) return undefined;
    for (let i = 0; i < bucket.length; i++) {
      const e = bucket[i];
      if (e.key === key || abs.eq(e.key, key)) return e;
    }
    return undefined;
  }

  /** The entry for a key, or undefined. Raises TypeError for an unhashable key. */
  entry(key: PyValue): DictEntry | undefined {
    const k = PyDict.canonical(key);
    if (k !== undefined) return this.map.get(k);
    return this.findBucket(key, abs.hash(key));
  }

  get(key: PyValue): PyValue {
    if (typeof key === 'string') return this.map.get(key)?.value;
    return this.entry(key)?.value;
  }

  getStr(key: string): PyValue {
    return this.map.get(key)?.value;
  }

  /** The entry for a str key (what LOAD_GLOBAL caches). */
  entryStr(key: string): DictEntry | undefined {
    return this.map.get(key);
  }

  has(key: PyValue): boolean {
    return this.entry(key) !== undefined;
  }

  set(key: PyValue, value: PyValue): void {
    if (typeof key === 'string') {
      this.setStr(key, value);
      return;
    }
    const k = PyDict.canonical(key);
    if (k !== undefined) {
      this.leaveStrKind();
      const e = this.map.get(k);
      if (e !== undefined) e.value = value;
      else this.map.set(k, this.append(key, value));
      return;
    }
    const h = abs.hash(key);
    this.leaveStrKind();
    const e = this.findBucket(key, h);
    if (e !== undefined) {
      e.value = value;
      return;
    }
    const entry = this.append(key, value);
    entry.hash = h;
    this.addToBucket(entry);
  }

  setStr(key: string, value: PyValue): void {
    const e = this.map.get(key);
    if (e !== undefined) e.value = value;
    else this.map.set(key, this.append(key, value));
  }

  /** insertdict: a str-only table becomes a general one, through a resize, when another key comes. */
  private leaveStrKind(): void {
    if (!this.strKind) return;
    if (this.log2 !== 0) this.resize(log2Size(this.live * 3));
    this.strKind = false;
  }

  private addToBucket(e: DictEntry): void {
    this.buckets ??= new Map();
    const bucket = this.buckets.get(e.hash!);
    if (bucket === undefined) this.buckets.set(e.hash!, [e]);
    else bucket.push(e);
  }

  private append(key: PyValue, value: PyValue): DictEntry {
    if (this.usable <= 0) {
      // The first key makes a table of 8 (insert_to_emptydict); a full one is resized (insertion_resize).
      if (this.log2 === 0) {
        this.log2 = MIN_LOG2;
        this.usable = usableFraction(1 << MIN_LOG2);
        this.strKind = typeof key === 'string';
      } else {
        this.resize(log2Size(this.live * 3));
      }
    }
    this.usable--;
    const e: DictEntry = { key, value, pos: this.entryList.length };
    this.entryList.push(e);
    this.live++;
    this.version++;
    if (this.namespace) namespaceEpoch++;
    return e;
  }

  /** Removes a key; returns its entry, or undefined if absent. */
  remove(key: PyValue): DictEntry | undefined {
    const k = PyDict.canonical(key);
    let e: DictEntry | undefined;
    if (k !== undefined) {
      e = this.map.get(k);
      if (e === undefined) return undefined;
      this.map.delete(k);
    } else {
      const h = abs.hash(key);
      e = this.findBucket(key, h);
      if (e === undefined) return undefined;
      const bucket = this.buckets!.get(h)!;
      bucket.splice(bucket.indexOf(e), 1);
      if (bucket.length === 0) this.buckets!.delete(h);
    }
    this.unlink(e);
    return e;
  }

  delete(key: PyValue): boolean {
    return this.remove(key) !== undefined;
  }

  private unlink(e: DictEntry): void {
    this.entryList[e.pos] = null;
    this.live--;
    this.version++;
    if (this.namespace) namespaceEpoch++;
  }

  /** Removes and returns the last entry, which frees its place in the entry array (dict.popitem); undefined when empty. */
  popLast(): DictEntry | undefined {
    const list = this.entryList;
    let i = list.length - 1;
    while (i >= 0 && list[i] === null) i--;
    if (i < 0) return undefined;
    const e = list[i]!;
    this.remove(e.key);
    list.length = i;
    return e;
  }

  /** A table of 2**log2 slots holding the live entries, compacted (dictresize). */
  private resize(log2: number): void {
    const out: DictEntry[] = [];
    for (const e of this.entryList) {
      if (e !== null) {
        e.pos = out.length;
        out.push(e);
      }
    }
    this.entryList = out;
    this.log2 = log2;
    this.usable = usableFraction(1 << log2) - this.live;
  }

  /** Sizes a new, empty dict's table for n items (dict_new_presized, as BUILD_MAP does). */
  presize(n: number, strKeys: boolean): void {
    if (n <= usableFraction(1 << MIN_LOG2)) return;
    this.resize(n > usableFraction(1 << MAX_PRESIZE_LOG2) ? MAX_PRESIZE_LOG2 : estimateLog2Size(n));
    this.strKind = strKeys;
  }

  /** Resizes the table for n entries at once (dictresize(estimate_log2_keysize(n))); a general table stays general. */
  resizeFor(n: number, strKeys: boolean): void {
    this.resize(estimateLog2Size(n));
    if (!strKeys) this.strKind = false;
  }

  /** Whether the table is of CPython's str-only kind. */
  get strKeysOnly(): boolean {
    return this.strKind;
  }

  /**
   * Makes this dict ready to take other's entries (dict_merge, before its loop): an empty dict takes
   * a copy of a compact table as it is, else the table grows at once when other's entries would
   * not fit. Returns whether the entries were copied.
   */
  prepareMerge(other: PyDict): boolean {
    if (this.live === 0 && other.live === other.entryList.length && (other.log2 === MIN_LOG2 || usableFraction(1 << (other.log2 - 1)) < other.live)) {
      this.cloneFrom(other);
      return true;
    }
    if (usableFraction(1 << this.log2) < other.live) this.resizeFor(this.live + other.live, other.strKind);
    return false;
  }

  /** This (empty) dict takes a copy of other's table, holes and all (clone_combined_dict_keys). */
  private cloneFrom(other: PyDict): void {
    this.entryList = [];
    for (const e of other.entryList) {
      if (e === null) {
        this.entryList.push(null);
        continue;
      }
      const copy: DictEntry = { key: e.key, value: e.value, pos: this.entryList.length };
      this.entryList.push(copy);
      if (e.hash === undefined) {
        this.map.set(PyDict.canonical(e.key), copy);
      } else {
        copy.hash = e.hash;
        this.addToBucket(copy);
      }
    }
    this.live = other.live;
    this.log2 = other.log2;
    this.usable = other.usable;
    this.strKind = other.strKind;
    this.version++;
    if (this.namespace) namespaceEpoch++;
  }

  clear(): void {
    if (this.live === 0) return;
    this.map.clear();
    this.buckets = null;
    this.entryList = [];
    this.live = 0;
    this.log2 = 0;
    this.usable = 0;
    this.strKind = true;
    this.version++;
    if (this.namespace) namespaceEpoch++;
  }

  /** The raw entry array (with holes): iterators walk it by position. */
  get rawEntries(): readonly (DictEntry | null)[] {
    return this.entryList;
  }

  *entries(): IterableIterator<DictEntry> {
    const list = this.entryList;
    for (let i = 0; i < list.length; i++) {
      const e = list[i];
      if (e !== null) yield e;
    }
  }

  keys(): PyValue[] {
    const out: PyValue[] = [];
    for (const e of this.entryList) if (e !== null) out.push(e.key);
    return out;
  }

  values(): PyValue[] {
    const out: PyValue[] = [];
    for (const e of this.entryList) if (e !== null) out.push(e.value);
    return out;
  }

  /** A shallow copy as an exact dict (PyDict_Copy): a mostly compact table is copied as it is. */
  copy(): PyDict {
    const d = new PyDict();
    if (this.live === 0) return d;
    if (this.live >= Math.floor((this.entryList.length * 2) / 3)) {
      d.cloneFrom(this);
      return d;
    }
    d.prepareMerge(this);
    for (const e of this.entryList) if (e !== null) d.set(e.key, e.value);
    return d;
  }
}

/** CPython's dict table sizes: 8 slots at least, two thirds of them usable (USABLE_FRACTION). */
const MIN_LOG2 = 3;
const MAX_PRESIZE_LOG2 = 17;

function usableFraction(size: number): number {
  return Math.floor((size * 2) / 3);
}

/** The log2 of a table for minsize slots, as 64-bit CPython computes it (calculate_log2_keysize: 16 for 1 to 7). */
function log2Size(minsize: number): number {
  return 32 - Math.clz32((((minsize | (1 << MIN_LOG2)) - 1) | ((1 << MIN_LOG2) - 1)) >>> 0);
}

/** The log2 of a table that holds n entries (estimate_log2_keysize). */
function estimateLog2Size(n: number): number {
  return log2Size(Math.floor((n * 3 + 1) / 2));
}

// Set by the types whose hashing the canonical keys rely on (float, int, str), once defined.
let floatHash: unknown = null;
let intHash: unknown = null;
let strHash: unknown = null;
let intRichcompare: unknown = null;
let strRichcompare: unknown = null;
/** Records the builtin hash and comparison slots whose keys may share canonical JS keys. */
export function setCanonicalSlots(f: unknown, i: unknown, s: unknown, ic: unknown, sc: unknown): void {
  floatHash = f;
  intHash = i;
  strHash = s;
  intRichcompare = ic;
  strRichcompare = sc;
}

/** A dict of n keys and values read from arrays at a start and step each, its table sized first (_PyDict_FromItems: BUILD_MAP). */
export function dictFromItems(keys: PyValue[], keyAt: number, keyStep: number, values: PyValue[], valueAt: number, valueStep: number, n: number): PyDict {
  const d = new PyDict();
  if (n > 5) {
    let strKeys = true;
    for (let i = 0; i < n && strKeys; i++) strKeys = typeof keys[keyAt + i * keyStep] === 'string';
    d.presize(n, strKeys);
  }
  for (let i = 0; i < n; i++) d.set(keys[keyAt + i * keyStep], values[valueAt + i * valueStep]);
  return d;
}

/** Whether v is a dict or an instance of a dict subclass. */
export function isDict(v: PyValue): v is PyDict {
  return v instanceof PyDict;
}

/** The KeyError for a missing key: its argument is the key itself. */
export function keyError(key: PyValue): PyValue {
  return newException('KeyError', key);
}

function dictRepr(self: PyValue): string {
  const d = self as PyDict;
  if (d.size === 0) return '{}';
  return reprGuarded(d, '{...}', () => {
    const parts: string[] = [];
    for (const e of d.entries()) parts.push(abs.repr(e.key) + ': ' + abs.repr(e.value));
    return '{' + parts.join(', ') + '}';
  });
}

/** dict == dict: same keys with equal values. */
export function dictEqual(a: PyDict, b: PyDict): boolean {
  if (a.size !== b.size) return false;
  for (const e of a.entries()) {
    const bv = b.get(e.key);
    if (bv === undefined) return false;
    if (!abs.eq(e.value, bv)) return false;
  }
  return true;
}

function dictRichcompare(self: PyValue, other: PyValue, op: number): PyValue {
  if (!(other instanceof PyDict) || (op !== abs.EQ && op !== abs.NE)) return NotImplemented;
  const eq = dictEqual(self as PyDict, other);
  return op === abs.EQ ? eq : !eq;
}

/** d[key]: a subclass's __missing__ answers for absent keys. */
function dictSubscript(self: PyValue, key: PyValue): PyValue {
  const d = self as PyDict;
  const v = d.get(key);
  if (v !== undefined) return v;
  if (d.type !== dictType) {
    const missing = d.type.lookup('__missing__');
    if (missing !== undefined) return abs.callSpecialFound(missing, d, [key]);
  }
  throw keyError(key);
}

function dictAssSubscript(self: PyValue, key: PyValue, value: PyValue): void {
  const d = self as PyDict;
  if (value === undefined) {
    if (!d.delete(key)) throw keyError(key);
  } else {
    d.set(key, value);
  }
}

/** dict.update(other) / dict(other): a mapping's keys(), or an iterable of pairs (dict_merge / dict_merge_from_seq2). */
export function dictUpdate(d: PyDict, other: PyValue): void {
  if (other instanceof PyDict) {
    if (other.type === dictType || typeOf(other).lookup('__iter__') === dictType.attrs.get('__iter__')) {
      if (other === d || other.size === 0) return;
      checkAllocation(d.size + other.size);
      if (d.prepareMerge(other)) return;
      for (const e of other.entries()) d.set(e.key, e.value);
      return;
    }
  }
  const keys = abs.getAttrOrUndefined(other, 'keys');
  if (keys !== undefined) {
    abs.forEach(abs.call0(keys), (k) => d.set(k, abs.getItem(other, k)));
    return;
  }
  let i = 0;
  abs.forEach(other, (item) => {
    let pair: PyValue[];
    try {
      pair = abs.toArray(item);
    } catch (e) {
      if (isInstanceOfException(e, exceptionType('TypeError'))) {
        raise('TypeError', `cannot convert dictionary update sequence element #${i} to a sequence`);
      }
      throw e;
    }
    if (pair.length !== 2) raise('ValueError', `dictionary update sequence element #${i} has length ${pair.length}; 2 is required`);
    d.set(pair[0], pair[1]);
    i++;
  });
}

function updateFromArgs(d: PyDict, fname: string, args: PyValue[], kwargs: Map<string, PyValue>): void {
  if (args.length > 1) raise('TypeError', `${fname} expected at most 1 argument, got ${args.length}`);
  if (args.length === 1) dictUpdate(d, args[0]);
  for (const [k, v] of kwargs) d.setStr(k, v);
}

function dictNew(type: PyType): PyValue {
  const d = new PyDict(type);
  return type === dictType ? d : initInstanceExtras(d, type);
}

function dictInit(self: PyValue, argv: PyValue[], base: number, nargs: number, kwnames: string[] | null): void {
  const kw = new Map<string, PyValue>();
  if (kwnames !== null) for (let i = 0; i < kwnames.length; i++) kw.set(kwnames[i], argv[base + nargs + i]);
  updateFromArgs(self as PyDict, 'dict', argv.slice(base, base + nargs), kw);
}

function dictPop(self: PyDict, key: PyValue, dflt: PyValue): PyValue {
  // _PyDict_Pop answers for an empty dict before hashing the key: {}.pop([], 1) is 1.
  const e = self.size === 0 ? undefined : self.remove(key);
  if (e !== undefined) return e.value;
  if (dflt !== undefined) return dflt;
  throw keyError(key);
}

function dictSetdefault(self: PyDict, key: PyValue, dflt: PyValue): PyValue {
  const v = self.get(key);
  if (v !== undefined) return v;
  self.set(key, dflt);
  return dflt;
}

function dictFromkeys(type: PyValue, iterable: PyValue, value: PyValue): PyValue {
  const d = abs.call0(type);
  if (d instanceof PyDict && d.type === dictType) {
    // An exact dict or set is taken in one go, with the table sized for it first.
    if (d.size === 0 && iterable instanceof PyDict && iterable.type === dictType) {
      d.resizeFor(iterable.size, iterable.strKeysOnly);
      for (const e of iterable.entries()) d.set(e.key, value);
      return d;
    }
    if (d.size === 0 && iterable instanceof PySet && (iterable.type === setType || iterable.type === frozensetType)) {
      d.resizeFor(iterable.size, false);
      for (const k of iterable.items()) d.set(k, value);
      return d;
    }
    abs.forEach(iterable, (k) => d.set(k, value));
  } else {
    abs.forEach(iterable, (k) => abs.setItem(d, k, value));
  }
  return d;
}

function dictOr(a: PyValue, b: PyValue): PyValue {
  if (!(a instanceof PyDict) || !(b instanceof PyDict)) return NotImplemented;
  // PyDict_Copy: a plain dict, whatever subclass the left operand is.
  const d = a.copy();
  dictUpdate(d, b);
  return d;
}

defineType(
  {
    name: 'dict',
    flags: TPFLAGS_BASETYPE | TPFLAGS_DICT_SUBCLASS | TPFLAGS_MAPPING | TPFLAGS_MATCH_SELF,
    slots: {
      tp_repr: dictRepr,
      tp_hash: hashNotImplemented,
      tp_richcompare: dictRichcompare,
      tp_iter: (self) => newDictIterator(self as PyDict, 'keys', false),
      tp_init: dictInit,
      tp_new: dictNew,
      nb_or: dictOr,
      nb_inplace_or: (a, b) => {
        dictUpdate(a as PyDict, b);
        return a;
      },
      sq_contains: (self, key) => (self as PyDict).has(key),
      mp_length: (self) => (self as PyDict).size,
      mp_subscript: dictSubscript,
      mp_ass_subscript: dictAssSubscript,
    },
    methods: {
      '__getitem__($self, key, /)': { impl: dictSubscript, textSignature: false },
      '__contains__($self, key, /)': (self: PyDict, key: PyValue) => self.has(key),
      '__sizeof__($self, /)': (self: PyDict) => 48 + 8 * self.size,
      'get($self, key, default=None, /)': (self: PyDict, key: PyValue, dflt: PyValue) => {
        const v = self.get(key);
        return v === undefined ? dflt : v;
      },
      'setdefault($self, key, default=None, /)': dictSetdefault,
      'pop($self, key, default=<unrepresentable>, /)': dictPop,
      'popitem($self, /)': (self: PyDict) => {
        const e = self.popLast();
        if (e === undefined) throw newException('KeyError', 'popitem(): dictionary is empty');
        return new PyTuple([e.key, e.value]);
      },
      'keys($self, /)': (self: PyDict) => new PyDictView(dictKeysType, self),
      'items($self, /)': (self: PyDict) => new PyDictView(dictItemsType, self),
      'values($self, /)': (self: PyDict) => new PyDictView(dictValuesType, self),
      'update($self, /, *args, **kwargs)': {
        impl: (self: PyDict, args: PyValue[], kwargs: Map<string, PyValue>) => {
          updateFromArgs(self, 'update', args, kwargs);
          return null;
        },
        textSignature: false,
      },
      'clear($self, /)': (self: PyDict) => {
        self.clear();
        return null;
      },
      'copy($self, /)': (self: PyDict) => self.copy(),
      '__reversed__($self, /)': (self: PyDict) => newDictIterator(self, 'keys', true),
    },
    classmethods: {
      'fromkeys($type, iterable, value=None, /)': dictFromkeys,
      '__class_getitem__($type, item, /)': { impl: genericAlias, textSignature: false },
    },
  },
  dictType,
);

// ---- views ----

/** dict.keys() / values() / items(): live views of a dict. */
export class PyDictView extends PyObject {
  constructor(
    type: PyType,
    /** The dict viewed. */
    readonly owner: PyDict,
  ) {
    super(type);
  }
}

type ViewKind = 'keys' | 'values' | 'items';

function viewKind(v: PyDictView): ViewKind {
  return v.type === dictKeysType ? 'keys' : v.type === dictValuesType ? 'values' : 'items';
}

/** The items a view shows, as runtime values. */
export function viewItems(v: PyDictView): PyValue[] {
  const kind = viewKind(v);
  if (kind === 'keys') return v.owner.keys();
  if (kind === 'values') return v.owner.values();
  return Array.from(v.owner.entries(), (e) => new PyTuple([e.key, e.value]));
}

function viewRepr(self: PyValue): string {
  const v = self as PyDictView;
  return reprGuarded(v, '...', () => `${v.type.name}([${viewItems(v).map(abs.repr).join(', ')}])`);
}

/** (key, value) in d.items(): the key's value compared, not hashed (dictitems_contains). */
function itemsContains(v: PyDictView, item: PyValue): boolean {
  if (!(item instanceof PyTuple) || item.items.length !== 2) return false;
  const found = v.owner.get(item.items[0]);
  return found !== undefined && abs.eq(found, item.items[1]);
}

function isSetLikeView(v: PyValue): v is PyDictView {
  return v instanceof PyDictView && v.type !== dictValuesType;
}

/** A new set of a view's (or, reflected, another operand's) items (dictviews_to_set). */
function viewToSet(v: PyValue): PySet {
  return setFrom(v instanceof PyDictView && v.type === dictKeysType && v.owner.type === dictType ? v.owner : v, setType);
}

/** view & other (_PyDictView_Intersect): other's items that the view contains, or set.intersection when other is a larger set. */
function viewAnd(a: PyValue, b: PyValue): PyValue {
  let self = isSetLikeView(a) ? a : (b as PyDictView);
  let other = self === a ? b : a;
  if (other instanceof PySet && other.type === setType && self.owner.size <= other.size) {
    return abs.call1(abs.getAttr(other, 'intersection'), self);
  }
  if (isSetLikeView(other) && other.owner.size > self.owner.size) [self, other] = [other, self];
  const result = new PySet(setType);
  const view = self;
  const contains = view.type === dictKeysType ? (k: PyValue) => view.owner.has(k) : (k: PyValue) => itemsContains(view, k);
  abs.forEach(other, (k) => {
    if (contains(k)) result.add(k);
  });
  return result;
}

/** view | other (dictviews_or): the left operand's items, then the right's. */
function viewOr(a: PyValue, b: PyValue): PyValue {
  const result = viewToSet(a);
  result.update(b);
  return result;
}

/** view - other (dictviews_sub). */
function viewSub(a: PyValue, b: PyValue): PyValue {
  const result = viewToSet(a);
  abs.call1(abs.getAttr(result, 'difference_update'), b);
  return result;
}

/** view ^ other (dictviews_xor); two items views compare values without hashing them (dictitems_xor). */
function viewXor(a: PyValue, b: PyValue): PyValue {
  if (a instanceof PyDictView && a.type === dictItemsType && b instanceof PyDictView && b.type === dictItemsType) {
    const rest = a.owner.copy();
    const result = new PySet(setType);
    for (const e of b.owner.entries()) {
      const mine = rest.get(e.key);
      if (mine !== undefined && abs.eq(mine, e.value)) rest.delete(e.key);
      else result.add(new PyTuple([e.key, e.value]));
    }
    result.update(new PyDictView(dictItemsType, rest));
    return result;
  }
  const result = viewToSet(a);
  abs.call1(abs.getAttr(result, 'symmetric_difference_update'), b);
  return result;
}

/** Whether every item of a is in b (all_contained_in). */
function allContainedIn(a: PyValue, b: PyValue): boolean {
  const it = abs.getIter(a);
  const next = typeOf(it).tp_iternext!;
  for (let x = next(it); x !== undefined; x = next(it)) if (!abs.contains(b, x)) return false;
  return true;
}

/** Comparisons of a keys or items view with a set or set-like view, by sizes and containment (dictview_richcompare). */
function viewRichcompare(a: PyValue, b: PyValue, op: number): PyValue {
  if (!(b instanceof PySet) && !isSetLikeView(b)) return NotImplemented;
  const la = abs.len(a);
  const lb = abs.len(b);
  switch (op) {
    case abs.EQ:
      return la === lb && allContainedIn(a, b);
    case abs.NE:
      return !(la === lb && allContainedIn(a, b));
    case abs.LT:
      return la < lb && allContainedIn(a, b);
    case abs.LE:
      return la <= lb && allContainedIn(a, b);
    case abs.GT:
      return la > lb && allContainedIn(b, a);
    default:
      return la >= lb && allContainedIn(b, a);
  }
}

/** view.isdisjoint(other): walks the smaller when other is a set or set-like view, else other (dictviews_isdisjoint). */
function viewIsdisjoint(self: PyDictView, other: PyValue): boolean {
  if (self === other) return self.owner.size === 0;
  let container: PyValue = self;
  let walked = other;
  if ((other instanceof PySet || isSetLikeView(other)) && abs.len(other) > self.owner.size) [container, walked] = [other, self];
  const it = abs.getIter(walked);
  const next = typeOf(it).tp_iternext!;
  for (let x = next(it); x !== undefined; x = next(it)) if (abs.contains(container, x)) return false;
  return true;
}

function viewType(name: string, kind: ViewKind): PyType {
  const setLike = kind !== 'values';
  return defineType({
    name,
    slots: {
      tp_repr: viewRepr,
      tp_iter: (self) => newDictIterator((self as PyDictView).owner, kind, false),
      tp_richcompare: setLike ? viewRichcompare : null,
      sq_length: (self) => (self as PyDictView).owner.size,
      // A values view has no __contains__: `in` iterates it.
      sq_contains: kind === 'keys' ? (self, item) => (self as PyDictView).owner.has(item) : kind === 'items' ? (self, item) => itemsContains(self as PyDictView, item) : null,
      nb_or: setLike ? viewOr : null,
      nb_and: setLike ? viewAnd : null,
      nb_subtract: setLike ? viewSub : null,
      nb_xor: setLike ? viewXor : null,
    },
    methods: {
      ...(setLike ? { 'isdisjoint($self, other, /)': viewIsdisjoint } : {}),
      '__reversed__($self, /)': (self: PyDictView) => newDictIterator(self.owner, kind, true),
    },
    getsets: {
      mapping: { get: (self: PyDictView) => mappingProxy(self.owner) },
    },
  });
}

export const dictKeysType = viewType('dict_keys', 'keys');
export const dictValuesType = viewType('dict_values', 'values');
export const dictItemsType = viewType('dict_items', 'items');

// ---- iterators ----

export class PyDictIterator extends PyObject {
  constructor(
    type: PyType,
    /** The dict iterated, or null once exhausted. */
    public source: PyDict | null,
    readonly kind: ViewKind,
    /** The next position in the dict's entry array (di_pos). */
    public pos: number,
    /** The dict's size when iteration began; -1 once it changed, so the error repeats (di_used). */
    public used: number,
    readonly reverse: boolean,
  ) {
    super(type);
  }
  /** Items still expected (di->len): for __length_hint__, and to notice keys that replaced others. */
  remaining = 0;
}

/** dictiter_iternext* and dictreviter_iternext: the next entry by position, checking the dict did not change size. */
function dictIterNext(v: PyValue): PyValue {
  const it = v as PyDictIterator;
  const d = it.source;
  if (d === null) return undefined;
  if (it.used !== d.size) {
    it.used = -1;
    raise('RuntimeError', 'dictionary changed size during iteration');
  }
  const list = d.rawEntries;
  let i = it.pos;
  let e: DictEntry | null | undefined;
  if (it.reverse) {
    // Positions past a compacted array read as holes.
    while (i >= 0 && (e = list[i]) == null) i--;
    if (i < 0) {
      it.source = null;
      return undefined;
    }
    it.pos = i - 1;
  } else {
    const n = list.length;
    while (i < n && (e = list[i]) === null) i++;
    if (i >= n) {
      it.source = null;
      return undefined;
    }
    // As many entries as the dict had were seen, yet here is another: keys were replaced.
    if (it.remaining === 0) {
      it.source = null;
      raise('RuntimeError', 'dictionary keys changed during iteration');
    }
    it.pos = i + 1;
  }
  it.remaining--;
  const entry = e!;
  if (it.kind === 'keys') return entry.key;
  if (it.kind === 'values') return entry.value;
  return new PyTuple([entry.key, entry.value]);
}

function dictIteratorType(name: string, reverse: boolean): PyType {
  return defineType({
    name,
    slots: {
      tp_getattro: reverse ? null : abs.genericGetAttr,
      tp_iter: (self) => self,
      tp_iternext: dictIterNext,
    },
    methods: {
      '__length_hint__($self, /)': (it: PyDictIterator) => (it.source !== null && it.used === it.source.size ? it.remaining : 0),
      '__reduce__($self, /)': (it: PyDictIterator) => {
        const rest: PyValue[] = [];
        const copy = new PyDictIterator(it.type, it.source, it.kind, it.pos, it.used, it.reverse);
        copy.remaining = it.remaining;
        for (let x = dictIterNext(copy); x !== undefined; x = dictIterNext(copy)) rest.push(x);
        return new PyTuple([interp().builtins.getStr('iter'), new PyTuple([new PyList(rest)])]);
      },
    },
  });
}

const iteratorTypes = {
  keys: dictIteratorType('dict_keyiterator', false),
  values: dictIteratorType('dict_valueiterator', false),
  items: dictIteratorType('dict_itemiterator', false),
};
const reverseIteratorTypes = {
  keys: dictIteratorType('dict_reversekeyiterator', true),
  values: dictIteratorType('dict_reversevalueiterator', true),
  items: dictIteratorType('dict_reverseitemiterator', true),
};

export function newDictIterator(d: PyDict, kind: ViewKind, reverse: boolean): PyDictIterator {
  const type = (reverse ? reverseIteratorTypes : iteratorTypes)[kind];
  const it = new PyDictIterator(type, d, kind, reverse ? d.rawEntries.length - 1 : 0, d.size, reverse);
  it.remaining = d.size;
  return it;
}
