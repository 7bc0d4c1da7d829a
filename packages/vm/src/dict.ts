// PyDict: a dict with Python's hashing/equality semantics and insertion order.
// Keys that Python considers equal (1, 1.0, True) share one canonical JS key, so
// a single JS Map keeps both lookup and order; str keys are their own canonical
// key (the fast path used by globals). Keys hashed by value that have no JS
// primitive form (tuples, ...) go through hash buckets and are stored under a
// per-entry token.

import { PyFloat, PyObject, PyTuple, PyType, dictType, objectType, typeType, type PyValue } from './objects.js';
import { pyEq, pyHash, hashedByIdentity } from './protocols.js';

export interface DictEntry {
  key: PyValue;
  value: PyValue;
}

/**
 * Bumped whenever a namespace dict (globals, builtins) gains or loses a key, so
 * LOAD_GLOBAL can cache the entry it found until the set of names changes.
 */
export let namespaceEpoch = 0;

export class PyDict extends PyObject {
  /** Whether key changes bump namespaceEpoch. */
  namespace = false;
  /** Canonical key -> entry, in insertion order. */
  readonly map = new Map<unknown, DictEntry>();
  /** hash -> entries for keys hashed by value without a primitive canonical key. */
  private buckets: Map<number | bigint, DictEntry[]> | null = null;

  constructor() {
    super(dictType);
  }

  get size(): number {
    return this.map.size;
  }

  /** The canonical key of a primitive-like key, or undefined when it needs a bucket. */
  private static primitiveKey(key: PyValue): unknown {
    switch (typeof key) {
      case 'string':
      case 'number':
      case 'bigint':
        return key;
      case 'boolean':
        return key ? 1 : 0;
      default:
        if (key === null) return null;
        if (key instanceof PyFloat) {
          const v = key.v;
          if (Number.isInteger(v)) return Number.isSafeInteger(v) ? v : BigInt(v);
          return v;
        }
        pyHash(key); // raises TypeError for unhashable keys
        return hashedByIdentity(key) ? key : undefined;
    }
  }

  private findBucketEntry(key: PyValue, create: boolean): DictEntry | undefined {
    const h = pyHash(key);
    this.buckets ??= new Map();
    let bucket = this.buckets.get(h);
    if (bucket) {
      for (const e of bucket) if (e.key === key || pyEq(e.key, key)) return e;
    }
    if (!create) return undefined;
    const entry: DictEntry = { key, value: undefined };
    if (!bucket) this.buckets.set(h, (bucket = []));
    bucket.push(entry);
    return entry;
  }

  get(key: PyValue): PyValue {
    const k = PyDict.primitiveKey(key);
    if (k !== undefined) return this.map.get(k)?.value;
    return this.findBucketEntry(key, false)?.value;
  }

  getStr(key: string): PyValue {
    return this.map.get(key)?.value;
  }

  set(key: PyValue, value: PyValue): void {
    const k = PyDict.primitiveKey(key);
    if (k !== undefined) {
      const e = this.map.get(k);
      if (e) e.value = value;
      else this.addEntry(k, { key, value });
      return;
    }
    const entry = this.findBucketEntry(key, true)!;
    if (entry.value === undefined) this.addEntry(entry, entry);
    entry.value = value;
  }

  setStr(key: string, value: PyValue): void {
    const e = this.map.get(key);
    if (e) e.value = value;
    else this.addEntry(key, { key, value });
  }

  /** The entry for a str key (what LOAD_GLOBAL caches). */
  entryStr(key: string): DictEntry | undefined {
    return this.map.get(key);
  }

  private addEntry(k: unknown, e: DictEntry): void {
    this.map.set(k, e);
    if (this.namespace) namespaceEpoch++;
  }

  /** Removes `key`; returns whether it was present. */
  delete(key: PyValue): boolean {
    if (this.namespace) namespaceEpoch++;
    const k = PyDict.primitiveKey(key);
    if (k !== undefined) return this.map.delete(k);
    const entry = this.findBucketEntry(key, false);
    if (!entry) return false;
    const bucket = this.buckets!.get(pyHash(key))!;
    bucket.splice(bucket.indexOf(entry), 1);
    return this.map.delete(entry);
  }

  has(key: PyValue): boolean {
    return this.get(key) !== undefined;
  }

  *entries(): IterableIterator<DictEntry> {
    yield* this.map.values();
  }

  keys(): PyValue[] {
    return Array.from(this.map.values(), (e) => e.key);
  }

  values(): PyValue[] {
    return Array.from(this.map.values(), (e) => e.value);
  }
}

export const dictViewTypes = {
  keys: new PyType('dict_keys', objectType, typeType),
  values: new PyType('dict_values', objectType, typeType),
  items: new PyType('dict_items', objectType, typeType),
};

/** dict.keys() / values() / items(): live views of a dict. */
export class PyDictView extends PyObject {
  constructor(
    readonly kind: 'keys' | 'values' | 'items',
    readonly dict: PyDict,
  ) {
    super(dictViewTypes[kind]);
  }

  /** The view's current items. */
  items(): PyValue[] {
    if (this.kind === 'keys') return this.dict.keys();
    if (this.kind === 'values') return this.dict.values();
    return Array.from(this.dict.entries(), (e) => new PyTuple([e.key, e.value]));
  }
}
