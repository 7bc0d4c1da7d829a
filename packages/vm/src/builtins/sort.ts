// list.sort and sorted(): CPython 3.11's timsort (Objects/listobject.c,
// listsort.txt) — natural runs extended to minrun by binary insertion,
// merged by the powersort strategy, with galloping merges. The same
// algorithm makes the same `<` comparisons in the same order, so programs
// whose __lt__ prints, counts or raises see what they see under CPython,
// and a sort stopped by an exception leaves the list as CPython leaves it.

import type { PyValue } from '../objects/object.js';
import { typeOf } from '../objects/object.js';
import { NotImplemented } from '../objects/singletons.js';
import * as abs from '../objects/abstract.js';
import { strCompare } from './str.js';

const MIN_GALLOP = 7;

type Less = (a: PyValue, b: PyValue) => boolean;

/** PyObject_RichCompareBool(a, b, Py_LT), with the exact int and str cases inline. */
function safeLess(a: PyValue, b: PyValue): boolean {
  if (typeof a === 'number' && typeof b === 'number') return a < b;
  if (typeof a === 'string' && typeof b === 'string') return strCompare(a, b) < 0;
  return abs.richCompareBool(a, b, abs.LT);
}

/**
 * The comparison listsort's pre-sort check picks: when every key has one type, that type's
 * tp_richcompare is called directly, falling back to the full protocol only for NotImplemented
 * (unsafe_object_compare).
 */
function chooseLess(keys: PyValue[]): Less {
  const t = typeOf(keys[0]);
  for (let i = 1; i < keys.length; i++) if (typeOf(keys[i]) !== t) return safeLess;
  const rc = t.tp_richcompare;
  if (rc === null || typeof keys[0] === 'number' || typeof keys[0] === 'string') return safeLess;
  return (a, b) => {
    const r = rc(a, b, abs.LT);
    if (r === NotImplemented) return abs.richCompareBool(a, b, abs.LT);
    return r === true || (r !== false && abs.isTrue(r));
  };
}

/** A pending run: where it starts, its length, and its powersort power. */
interface Run {
  base: number;
  len: number;
  power: number;
}

/** The state of one sort (MergeState): keys sorted in place, values (the list's items, with a key function) moved alongside. */
class MergeState {
  minGallop = MIN_GALLOP;
  readonly pending: Run[] = [];
  /** Scratch for merges. */
  tmpKeys: PyValue[] = [];
  tmpValues: PyValue[] = [];

  constructor(
    readonly keys: PyValue[],
    readonly values: PyValue[] | null,
    readonly lt: Less,
  ) {}

  reverse(lo: number, hi: number): void {
    reverseRange(this.keys, lo, hi);
    if (this.values !== null) reverseRange(this.values, lo, hi);
  }

  /** Sorts keys[lo:hi] by binary insertion, keys[lo:start] being sorted already (binarysort). */
  binarysort(lo: number, hi: number, start: number): void {
    const { keys, values, lt } = this;
    if (lo === start) start++;
    for (; start < hi; start++) {
      let l = lo;
      let r = start;
      const pivot = keys[r];
      do {
        const p = l + ((r - l) >> 1);
        if (lt(pivot, keys[p])) r = p;
        else l = p + 1;
      } while (l < r);
      for (let p = start; p > l; p--) keys[p] = keys[p - 1];
      keys[l] = pivot;
      if (values !== null) {
        const v = values[start];
        for (let p = start; p > l; p--) values[p] = values[p - 1];
        values[l] = v;
      }
    }
  }

  /** The length of the run at keys[lo:hi], and whether it is strictly descending (count_run). */
  countRun(lo: number, hi: number): [number, boolean] {
    const { keys, lt } = this;
    if (lo + 1 === hi) return [1, false];
    let n = 2;
    let p = lo + 1;
    if (lt(keys[p], keys[p - 1])) {
      for (p++; p < hi; p++, n++) if (!lt(keys[p], keys[p - 1])) break;
      return [n, true];
    }
    for (p++; p < hi; p++, n++) if (lt(keys[p], keys[p - 1])) break;
    return [n, false];
  }

  /** Where key belongs in a[base:base+n], left of any equal items (gallop_left). */
  gallopLeft(key: PyValue, a: PyValue[], base: number, n: number, hint: number): number {
    const lt = this.lt;
    let lastofs = 0;
    let ofs = 1;
    if (lt(a[base + hint], key)) {
      const maxofs = n - hint;
      while (ofs < maxofs) {
        if (lt(a[base + hint + ofs], key)) {
          lastofs = ofs;
          ofs = (ofs << 1) + 1;
        } else break;
      }
      if (ofs > maxofs) ofs = maxofs;
      lastofs += hint;
      ofs += hint;
    } else {
      const maxofs = hint + 1;
      while (ofs < maxofs) {
        if (lt(a[base + hint - ofs], key)) break;
        lastofs = ofs;
        ofs = (ofs << 1) + 1;
      }
      if (ofs > maxofs) ofs = maxofs;
      const k = lastofs;
      lastofs = hint - ofs;
      ofs = hint - k;
    }
    lastofs++;
    while (lastofs < ofs) {
      const m = lastofs + ((ofs - lastofs) >> 1);
      if (lt(a[base + m], key)) lastofs = m + 1;
      else ofs = m;
    }
    return ofs;
  }

  /** Where key belongs in a[base:base+n], right of any equal items (gallop_right). */
  gallopRight(key: PyValue, a: PyValue[], base: number, n: number, hint: number): number {
    const lt = this.lt;
    let lastofs = 0;
    let ofs = 1;
    if (lt(key, a[base + hint])) {
      const maxofs = hint + 1;
      while (ofs < maxofs) {
        if (lt(key, a[base + hint - ofs])) {
          lastofs = ofs;
          ofs = (ofs << 1) + 1;
        } else break;
      }
      if (ofs > maxofs) ofs = maxofs;
      const k = lastofs;
      lastofs = hint - ofs;
      ofs = hint - k;
    } else {
      const maxofs = n - hint;
      while (ofs < maxofs) {
        if (lt(key, a[base + hint + ofs])) break;
        lastofs = ofs;
        ofs = (ofs << 1) + 1;
      }
      if (ofs > maxofs) ofs = maxofs;
      lastofs += hint;
      ofs += hint;
    }
    lastofs++;
    while (lastofs < ofs) {
      const m = lastofs + ((ofs - lastofs) >> 1);
      if (lt(key, a[base + m])) ofs = m;
      else lastofs = m + 1;
    }
    return ofs;
  }

  /** Copies n items (keys and values) from one array position to another. */
  private move(toKeys: PyValue[], toValues: PyValue[] | null, to: number, fromKeys: PyValue[], fromValues: PyValue[] | null, from: number, n: number): void {
    if (to <= from || toKeys !== fromKeys) {
      for (let i = 0; i < n; i++) toKeys[to + i] = fromKeys[from + i];
      if (toValues !== null) for (let i = 0; i < n; i++) toValues[to + i] = fromValues![from + i];
    } else {
      for (let i = n - 1; i >= 0; i--) toKeys[to + i] = fromKeys[from + i];
      if (toValues !== null) for (let i = n - 1; i >= 0; i--) toValues[to + i] = fromValues![from + i];
    }
  }

  /** Merges the runs at pa (na items) and pb = pa + na (nb items), na <= nb, through a copy of the first (merge_lo). */
  mergeLo(pa: number, na: number, pb: number, nb: number): void {
    const { keys, values, lt } = this;
    const tk = this.tmpKeys;
    const tv = this.tmpValues;
    const tvals = values === null ? null : tv;
    this.move(tk, tvals, 0, keys, values, pa, na);
    let dest = pa;
    let a = 0; // into the copy of run A
    const put = (fromKeys: PyValue[], fromValues: PyValue[] | null, i: number) => {
      keys[dest] = fromKeys[i];
      if (values !== null) values[dest] = fromValues![i];
      dest++;
    };
    try {
      put(keys, values, pb++);
      nb--;
      if (nb === 0) return;
      if (na === 1) {
        this.copyB(dest, pb, nb, a);
        na = 0;
        return;
      }
      let minGallop = this.minGallop;
      for (;;) {
        let acount = 0;
        let bcount = 0;
        // One item at a time, until one run seems to win consistently.
        for (;;) {
          if (lt(keys[pb], tk[a])) {
            put(keys, values, pb++);
            bcount++;
            acount = 0;
            nb--;
            if (nb === 0) return;
            if (bcount >= minGallop) break;
          } else {
            put(tk, tvals, a++);
            acount++;
            bcount = 0;
            na--;
            if (na === 1) {
              this.copyB(dest, pb, nb, a);
              na = 0;
              return;
            }
            if (acount >= minGallop) break;
          }
        }
        // Galloping, until neither run wins consistently any more.
        minGallop++;
        do {
          minGallop -= minGallop > 1 ? 1 : 0;
          this.minGallop = minGallop;
          let k = this.gallopRight(keys[pb], tk, a, na, 0);
          acount = k;
          if (k) {
            this.move(keys, values, dest, tk, tvals, a, k);
            dest += k;
            a += k;
            na -= k;
            if (na === 1) {
              this.copyB(dest, pb, nb, a);
              na = 0;
              return;
            }
            // Impossible for a consistent comparison, but __lt__ can be anything.
            if (na === 0) return;
          }
          put(keys, values, pb++);
          nb--;
          if (nb === 0) return;
          k = this.gallopLeft(tk[a], keys, pb, nb, 0);
          bcount = k;
          if (k) {
            this.move(keys, values, dest, keys, values, pb, k);
            dest += k;
            pb += k;
            nb -= k;
            if (nb === 0) return;
          }
          put(tk, tvals, a++);
          na--;
          if (na === 1) {
            this.copyB(dest, pb, nb, a);
            na = 0;
            return;
          }
        } while (acount >= MIN_GALLOP || bcount >= MIN_GALLOP);
        minGallop++;
        this.minGallop = minGallop;
      }
    } finally {
      // What is left of A goes back in place, also when a comparison raised.
      if (na) this.move(keys, values, dest, tk, tvals, a, na);
    }
  }

  /** merge_lo's CopyB: the rest of B, then A's last item. */
  private copyB(dest: number, pb: number, nb: number, a: number): void {
    const { keys, values } = this;
    this.move(keys, values, dest, keys, values, pb, nb);
    keys[dest + nb] = this.tmpKeys[a];
    if (values !== null) values[dest + nb] = this.tmpValues[a];
  }

  /** Merges the runs at pa (na items) and pb = pa + na (nb items), na > nb, from the right through a copy of the second (merge_hi). */
  mergeHi(pa: number, na: number, pb: number, nb: number): void {
    const { keys, values, lt } = this;
    const tk = this.tmpKeys;
    const tv = this.tmpValues;
    const tvals = values === null ? null : tv;
    this.move(tk, tvals, 0, keys, values, pb, nb);
    let dest = pb + nb - 1;
    let b = nb - 1; // into the copy of run B
    let a = pa + na - 1;
    const put = (fromKeys: PyValue[], fromValues: PyValue[] | null, i: number) => {
      keys[dest] = fromKeys[i];
      if (values !== null) values[dest] = fromValues![i];
      dest--;
    };
    try {
      put(keys, values, a--);
      na--;
      if (na === 0) return;
      if (nb === 1) {
        this.copyA(dest, a, na);
        nb = 0;
        return;
      }
      let minGallop = this.minGallop;
      for (;;) {
        let acount = 0;
        let bcount = 0;
        for (;;) {
          if (lt(tk[b], keys[a])) {
            put(keys, values, a--);
            acount++;
            bcount = 0;
            na--;
            if (na === 0) return;
            if (acount >= minGallop) break;
          } else {
            put(tk, tvals, b--);
            bcount++;
            acount = 0;
            nb--;
            if (nb === 1) {
              this.copyA(dest, a, na);
              nb = 0;
              return;
            }
            if (bcount >= minGallop) break;
          }
        }
        minGallop++;
        do {
          minGallop -= minGallop > 1 ? 1 : 0;
          this.minGallop = minGallop;
          let k = this.gallopRight(tk[b], keys, pa, na, na - 1);
          k = na - k;
          acount = k;
          if (k) {
            dest -= k;
            a -= k;
            this.move(keys, values, dest + 1, keys, values, a + 1, k);
            na -= k;
            if (na === 0) return;
          }
          put(tk, tvals, b--);
          nb--;
          if (nb === 1) {
            this.copyA(dest, a, na);
            nb = 0;
            return;
          }
          k = this.gallopLeft(keys[a], tk, 0, nb, nb - 1);
          k = nb - k;
          bcount = k;
          if (k) {
            dest -= k;
            b -= k;
            this.move(keys, values, dest + 1, tk, tvals, b + 1, k);
            nb -= k;
            if (nb === 1) {
              this.copyA(dest, a, na);
              nb = 0;
              return;
            }
            if (nb === 0) return;
          }
          put(keys, values, a--);
          na--;
          if (na === 0) return;
        } while (acount >= MIN_GALLOP || bcount >= MIN_GALLOP);
        minGallop++;
        this.minGallop = minGallop;
      }
    } finally {
      // What is left of B goes back in place, also when a comparison raised.
      if (nb) this.move(keys, values, dest - (nb - 1), tk, tvals, 0, nb);
    }
  }

  /** merge_hi's CopyA: the rest of A moves right, then B's first item goes in front. */
  private copyA(dest: number, a: number, na: number): void {
    const { keys, values } = this;
    this.move(keys, values, dest + 1 - na, keys, values, a + 1 - na, na);
    keys[dest - na] = this.tmpKeys[0];
    if (values !== null) values[dest - na] = this.tmpValues[0];
  }

  /** Merges pending runs i and i+1 (merge_at). */
  mergeAt(i: number): void {
    const p = this.pending;
    let pa = p[i].base;
    let na = p[i].len;
    const pb = p[i + 1].base;
    let nb = p[i + 1].len;
    p[i].len = na + nb;
    if (i === p.length - 3) p[i + 1] = p[i + 2];
    p.pop();
    // Items of A before B's first are in place already, as are items of B after A's last.
    const k = this.gallopRight(this.keys[pb], this.keys, pa, na, 0);
    pa += k;
    na -= k;
    if (na === 0) return;
    nb = this.gallopLeft(this.keys[pa + na - 1], this.keys, pb, nb, nb - 1);
    if (nb <= 0) return;
    if (na <= nb) this.mergeLo(pa, na, pb, nb);
    else this.mergeHi(pa, na, pb, nb);
  }

  /** A new run of n2 items follows the last pending one: merge runs of greater power first (found_new_run). */
  foundNewRun(n2: number): void {
    const p = this.pending;
    if (p.length === 0) return;
    const top = p[p.length - 1];
    const power = powerloop(top.base, top.len, n2, this.keys.length);
    while (p.length > 1 && p[p.length - 2].power > power) this.mergeAt(p.length - 2);
    p[p.length - 1].power = power;
  }

  /** Merges every pending run (merge_force_collapse). */
  forceCollapse(): void {
    const p = this.pending;
    while (p.length > 1) {
      let n = p.length - 2;
      if (n > 0 && p[n - 1].len < p[n + 1].len) n--;
      this.mergeAt(n);
    }
  }
}

function reverseRange(a: PyValue[], lo: number, hi: number): void {
  for (hi--; lo < hi; lo++, hi--) {
    const t = a[lo];
    a[lo] = a[hi];
    a[hi] = t;
  }
}

/** The depth in the conceptual merge tree of the boundary between two adjacent runs (powerloop). */
function powerloop(s1: number, n1: number, n2: number, n: number): number {
  let result = 0;
  let a = 2 * s1 + n1;
  let b = a + n1 + n2;
  for (;;) {
    result++;
    if (a >= n) {
      a -= n;
      b -= n;
    } else if (b >= n) {
      break;
    }
    a *= 2;
    b *= 2;
  }
  return result;
}

/** Runs shorter than this are extended by binary insertion (merge_compute_minrun). */
function computeMinrun(n: number): number {
  let r = 0;
  while (n >= 64) {
    r |= n & 1;
    n = Math.floor(n / 2);
  }
  return n + r;
}

/**
 * Sorts items in place, stably, by key(item) if key is not None, descending if reverse.
 * If key raises, items are unchanged; if a comparison raises, they are left part-sorted as
 * CPython leaves them.
 */
export function listsort(items: PyValue[], key: PyValue, reverse: boolean): void {
  const n = items.length;
  let keys = items;
  let values: PyValue[] | null = null;
  if (key !== null) {
    keys = new Array(n);
    for (let i = 0; i < n; i++) keys[i] = abs.call1(key, items[i]);
    values = items;
  }
  if (n < 2) return;
  // Reversing before and after a stable sort keeps equal items in their original order.
  if (reverse) {
    if (values !== null) reverseRange(keys, 0, n);
    reverseRange(items, 0, n);
  }
  const ms = new MergeState(keys, values, chooseLess(keys));
  try {
    const minrun = computeMinrun(n);
    let lo = 0;
    let remaining = n;
    do {
      let [run, descending] = ms.countRun(lo, lo + remaining);
      if (descending) ms.reverse(lo, lo + run);
      if (run < minrun) {
        const force = remaining <= minrun ? remaining : minrun;
        ms.binarysort(lo, lo + force, lo + run);
        run = force;
      }
      ms.foundNewRun(run);
      ms.pending.push({ base: lo, len: run, power: 0 });
      lo += run;
      remaining -= run;
    } while (remaining);
    ms.forceCollapse();
  } finally {
    if (reverse) reverseRange(items, 0, n);
  }
}
