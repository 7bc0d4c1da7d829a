// The hash table behind CPython 3.11's set and frozenset (Objects/setobject.c),
// reproduced slot for slot: iterating a Python set walks the table's slots, so
// printing {3, 1, 2} gives {1, 2, 3} only if insertion, probing, deletion and
// resizing all happen exactly as in CPython. The VM's sets and the compiler's
// frozenset constants both build on it; callers supply the keys' hashes and
// Python equality.

/** Slots probed linearly after the first before jumping (setobject.c's LINEAR_PROBES). */
const LINEAR_PROBES = 9;
const PERTURB_SHIFT = 5;
const MIN_SIZE = 8;

/** A deleted slot: it keeps probe chains intact but holds no key. */
const DUMMY: unique symbol = Symbol('dummy');

type Slot<K> = K | typeof DUMMY | undefined;

export class SetTable<K> {
  private slots: Slot<K>[] = new Array(MIN_SIZE).fill(undefined);
  private hashes: (number | bigint)[] = new Array(MIN_SIZE).fill(0);
  private mask = MIN_SIZE - 1;
  /** Active plus dummy slots. */
  private fill = 0;
  /** Active slots: the set's size. */
  used = 0;
  /** Where set.pop() resumes its search. */
  private finger = 0;

  /** `eq(stored, key)` is only asked for keys of equal hash that are not identical. */
  constructor(private readonly eq: (stored: K, key: K) => boolean) {}

  /** The slot holding a key equal to `key`, or -1. */
  find(key: K, hash: number | bigint): number {
    let i = lowBits(hash) & this.mask;
    let perturbLo = lowBits(hash);
    let perturbHi = highBits(hash);
    for (;;) {
      let probes = i + LINEAR_PROBES <= this.mask ? LINEAR_PROBES : 0;
      let j = i;
      do {
        const k = this.slots[j];
        if (k === undefined) return -1;
        if (k !== DUMMY && this.hashes[j] === hash && (k === key || this.eq(k, key))) return j;
        j++;
      } while (probes--);
      perturbLo = ((perturbLo >>> PERTURB_SHIFT) | (perturbHi << (32 - PERTURB_SHIFT))) >>> 0;
      perturbHi >>>= PERTURB_SHIFT;
      i = (i * 5 + 1 + perturbLo) & this.mask;
    }
  }

  has(key: K, hash: number | bigint): boolean {
    return this.find(key, hash) >= 0;
  }

  /** set_add_entry: adds `key` unless an equal key is present (the stored one stays); true if added. */
  add(key: K, hash: number | bigint): boolean {
    let i = lowBits(hash) & this.mask;
    let perturbLo = lowBits(hash);
    let perturbHi = highBits(hash);
    let freeSlot = -1;
    for (;;) {
      let probes = i + LINEAR_PROBES <= this.mask ? LINEAR_PROBES : 0;
      let j = i;
      do {
        const k = this.slots[j];
        if (k === undefined) {
          if (freeSlot >= 0) {
            this.store(freeSlot, key, hash);
            this.used++;
            return true;
          }
          this.store(j, key, hash);
          this.fill++;
          this.used++;
          if (this.fill * 5 >= this.mask * 3) this.resize(this.used > 50000 ? this.used * 2 : this.used * 4);
          return true;
        }
        if (k === DUMMY) freeSlot = j;
        else if (this.hashes[j] === hash && (k === key || this.eq(k, key))) return false;
        j++;
      } while (probes--);
      perturbLo = ((perturbLo >>> PERTURB_SHIFT) | (perturbHi << (32 - PERTURB_SHIFT))) >>> 0;
      perturbHi >>>= PERTURB_SHIFT;
      i = (i * 5 + 1 + perturbLo) & this.mask;
    }
  }

  /** Removes the key equal to `key`; true if there was one. */
  discard(key: K, hash: number | bigint): boolean {
    const j = this.find(key, hash);
    if (j < 0) return false;
    this.slots[j] = DUMMY;
    this.hashes[j] = -1;
    this.used--;
    return true;
  }

  /** set.pop(): the first active slot from the finger on. The table must not be empty. */
  pop(): K {
    let j = this.finger & this.mask;
    while (this.slots[j] === undefined || this.slots[j] === DUMMY) j = j === this.mask ? 0 : j + 1;
    const key = this.slots[j] as K;
    this.slots[j] = DUMMY;
    this.hashes[j] = -1;
    this.used--;
    this.finger = j + 1;
    return key;
  }

  clear(): void {
    this.slots = new Array(MIN_SIZE).fill(undefined);
    this.hashes = new Array(MIN_SIZE).fill(0);
    this.mask = MIN_SIZE - 1;
    this.fill = 0;
    this.used = 0;
  }

  /** Calls `f` on each key with its hash, in slot order (the order Python iterates a set). */
  forEach(f: (key: K, hash: number | bigint) => void): void {
    const { slots, hashes } = this;
    for (let j = 0; j < slots.length; j++) {
      const k = slots[j];
      if (k !== undefined && k !== DUMMY) f(k, hashes[j]);
    }
  }

  keys(): K[] {
    const out: K[] = [];
    for (const k of this.slots) if (k !== undefined && k !== DUMMY) out.push(k);
    return out;
  }

  /** set_merge: adds every key of `other`, presizing once as CPython does (the order depends on it). */
  merge(other: SetTable<K>): void {
    if (other === this || other.used === 0) return;
    if ((this.fill + other.used) * 5 >= this.mask * 3) this.resize((this.used + other.used) * 2);
    if (this.fill === 0 && this.mask === other.mask && other.fill === other.used) {
      // Same size, no dummies: the slots can be copied as they are.
      this.slots = other.slots.slice();
      this.hashes = other.hashes.slice();
      this.fill = other.fill;
      this.used = other.used;
      return;
    }
    if (this.fill === 0) {
      other.forEach((k, h) => this.insertClean(k, h));
      this.fill = this.used = other.used;
      return;
    }
    other.forEach((k, h) => this.add(k, h));
  }

  /** Presizing before adding `n` keys of a dict (set_update_internal's dict path). */
  reserve(n: number): void {
    if ((this.fill + n) * 5 >= this.mask * 3) this.resize((this.used + n) * 2);
  }

  /** After removals (set_difference_update_internal): drop the dummies when over a quarter of the table. */
  compactIfSparse(): void {
    if (this.fill - this.used > this.mask >>> 2) this.resize(this.used > 50000 ? this.used * 2 : this.used * 4);
  }

  /** set_swap_bodies: exchanges the two tables' contents. */
  swap(other: SetTable<K>): void {
    [this.slots, other.slots] = [other.slots, this.slots];
    [this.hashes, other.hashes] = [other.hashes, this.hashes];
    [this.mask, other.mask] = [other.mask, this.mask];
    [this.fill, other.fill] = [other.fill, this.fill];
    [this.used, other.used] = [other.used, this.used];
  }

  private store(j: number, key: K, hash: number | bigint): void {
    this.slots[j] = key;
    this.hashes[j] = hash;
  }

  /** set_table_resize: the smallest power of two above `minUsed`, keys reinserted in slot order. */
  private resize(minUsed: number): void {
    let size = MIN_SIZE;
    while (size <= minUsed) size *= 2;
    const oldSlots = this.slots;
    const oldHashes = this.hashes;
    if (size === MIN_SIZE && this.mask === MIN_SIZE - 1 && this.fill === this.used) return;
    this.slots = new Array(size).fill(undefined);
    this.hashes = new Array(size).fill(0);
    this.mask = size - 1;
    this.fill = this.used;
    for (let j = 0; j < oldSlots.length; j++) {
      const k = oldSlots[j];
      if (k !== undefined && k !== DUMMY) this.insertClean(k, oldHashes[j]);
    }
  }

  /** set_insert_clean: places a key known to be absent into a table without dummies. */
  private insertClean(key: K, hash: number | bigint): void {
    let i = lowBits(hash) & this.mask;
    let perturbLo = lowBits(hash);
    let perturbHi = highBits(hash);
    for (;;) {
      if (this.slots[i] === undefined) return this.store(i, key, hash);
      if (i + LINEAR_PROBES <= this.mask) {
        for (let j = i + 1; j <= i + LINEAR_PROBES; j++) {
          if (this.slots[j] === undefined) return this.store(j, key, hash);
        }
      }
      perturbLo = ((perturbLo >>> PERTURB_SHIFT) | (perturbHi << (32 - PERTURB_SHIFT))) >>> 0;
      perturbHi >>>= PERTURB_SHIFT;
      i = (i * 5 + 1 + perturbLo) & this.mask;
    }
  }
}

/** The low 32 bits of a hash as an unsigned number (CPython uses it as a size_t). */
function lowBits(hash: number | bigint): number {
  return typeof hash === 'number' ? hash >>> 0 : Number(BigInt.asUintN(32, hash));
}

function highBits(hash: number | bigint): number {
  return typeof hash === 'number' ? Math.floor(hash / 2 ** 32) >>> 0 : Number(BigInt.asUintN(32, hash >> 32n));
}
