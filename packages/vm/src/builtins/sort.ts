// Sorting for list.sort and sorted(): stable, comparing with `<` only, as
// CPython's listsort does (so a type needs only __lt__ to be sortable).

import type { PyValue } from '../objects/object.js';
import * as abs from '../objects/abstract.js';
import { strCompare } from './str.js';

/** Whether a < b. */
function lessThan(a: PyValue, b: PyValue): boolean {
  if (typeof a === 'number' && typeof b === 'number') return a < b;
  if (typeof a === 'string' && typeof b === 'string') return strCompare(a, b) < 0;
  const r = abs.richCompare(a, b, abs.LT);
  return r === true || (r !== false && abs.isTrue(r));
}

/** A stable merge sort of `keys` (with `values` moved alongside), using only `<`. */
function mergeSort(keys: PyValue[], values: PyValue[] | null): void {
  const n = keys.length;
  // Runs of 16 by binary insertion, then merges of doubling width.
  const RUN = 16;
  for (let lo = 0; lo < n; lo += RUN) {
    const hi = Math.min(lo + RUN, n);
    for (let i = lo + 1; i < hi; i++) {
      const k = keys[i];
      const v = values === null ? undefined : values[i];
      let l = lo;
      let r = i;
      while (l < r) {
        const m = (l + r) >> 1;
        if (lessThan(k, keys[m])) r = m;
        else l = m + 1;
      }
      for (let j = i; j > l; j--) {
        keys[j] = keys[j - 1];
        if (values !== null) values[j] = values[j - 1];
      }
      keys[l] = k;
      if (values !== null) values[l] = v;
    }
  }
  if (n <= RUN) return;
  let srcK = keys;
  let srcV = values;
  let dstK: PyValue[] = new Array(n);
  let dstV: PyValue[] | null = values === null ? null : new Array(n);
  for (let width = RUN; width < n; width *= 2) {
    for (let lo = 0; lo < n; lo += 2 * width) {
      const mid = Math.min(lo + width, n);
      const hi = Math.min(lo + 2 * width, n);
      let i = lo;
      let j = mid;
      let k = lo;
      // Already in order: copy through without comparing every pair.
      if (mid < hi && !lessThan(srcK[mid], srcK[mid - 1])) {
        for (; k < hi; k++) {
          dstK[k] = srcK[k];
          if (dstV !== null) dstV[k] = srcV![k];
        }
        continue;
      }
      while (i < mid && j < hi) {
        if (lessThan(srcK[j], srcK[i])) {
          dstK[k] = srcK[j];
          if (dstV !== null) dstV[k] = srcV![j];
          j++;
        } else {
          dstK[k] = srcK[i];
          if (dstV !== null) dstV[k] = srcV![i];
          i++;
        }
        k++;
      }
      for (; i < mid; i++, k++) {
        dstK[k] = srcK[i];
        if (dstV !== null) dstV[k] = srcV![i];
      }
      for (; j < hi; j++, k++) {
        dstK[k] = srcK[j];
        if (dstV !== null) dstV[k] = srcV![j];
      }
    }
    [srcK, dstK] = [dstK, srcK];
    if (dstV !== null) [srcV, dstV] = [dstV, srcV!];
  }
  if (srcK !== keys) {
    for (let i = 0; i < n; i++) {
      keys[i] = srcK[i];
      if (values !== null) values[i] = srcV![i];
    }
  }
}

/** The items sorted (a new array), with an optional key function and CPython's stable reverse. */
export function sortItems(items: PyValue[], key: PyValue, reverse: boolean): PyValue[] {
  const values = items.slice();
  // Reversing before and after a stable sort keeps equal items in their original order.
  if (reverse) values.reverse();
  if (key === null) {
    mergeSort(values, null);
  } else {
    const keys = values.map((v) => abs.call1(key, v));
    mergeSort(keys, values);
  }
  if (reverse) values.reverse();
  return values;
}
