// Character properties and case mappings of CPython 3.11's Unicode database
// (Objects/unicodectype.c), from the tables scripts/gen_unicode_ctype.py reads
// out of CPython itself: str methods must agree with CPython on every code
// point, not with the JS engine's newer Unicode version. Tables are decoded on
// first use.

import * as db from '../generated/unicode_ctype.js';

/** A set of code points given as base-36 "gap.length" ranges. */
class RangeSet {
  private bounds: Uint32Array | null = null;
  /** Membership of the ASCII code points, for the common case. */
  private ascii = new Uint8Array(128);

  constructor(private readonly text: string) {}

  has(cp: number): boolean {
    const b = this.bounds ?? this.decode();
    if (cp < 128) return this.ascii[cp] === 1;
    // The last range starting at or before cp decides.
    let lo = 0;
    let hi = b.length / 2 - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (b[2 * mid] <= cp) lo = mid + 1;
      else hi = mid - 1;
    }
    return hi >= 0 && cp <= b[2 * hi + 1];
  }

  private decode(): Uint32Array {
    const parts = this.text === '' ? [] : this.text.split(',');
    const b = new Uint32Array(parts.length * 2);
    let prev = -1;
    parts.forEach((p, i) => {
      const [gap, len] = p.split('.').map((x) => parseInt(x, 36));
      const start = prev + 1 + gap;
      prev = start + len - 1;
      b[2 * i] = start;
      b[2 * i + 1] = prev;
      for (let c = start; c <= prev && c < 128; c++) this.ascii[c] = 1;
    });
    this.bounds = b;
    return b;
  }
}

/** A case mapping: the code points it lists, to what they become. */
class CaseMap {
  private map: Map<number, string> | null = null;

  constructor(private readonly text: string) {}

  /** What cp becomes, if the table lists it. */
  get(cp: number): string | undefined {
    return (this.map ??= this.decode()).get(cp);
  }

  private decode(): Map<number, string> {
    const map = new Map<number, string>();
    let prev = -1;
    for (const entry of this.text.split(',')) {
      const at = entry.search(/[:=]/);
      const cp = prev + 1 + parseInt(entry.slice(0, at), 36);
      const rest = entry.slice(at + 1);
      if (entry[at] === '=') {
        map.set(cp, String.fromCodePoint(...rest.split(' ').map((x) => parseInt(x, 36))));
        prev = cp;
        continue;
      }
      // "delta" or a run "delta*count*step".
      const [delta, count = 1, step = 1] = rest.split('*').map((x) => parseInt(x, 36));
      for (let k = 0; k < count; k++) map.set(cp + k * step, String.fromCodePoint(cp + k * step + delta));
      prev = cp + (count - 1) * step;
    }
    return map;
  }
}

const ALPHA = new RangeSet(db.ALPHA);
const DECIMAL = new RangeSet(db.DECIMAL);
const DIGIT = new RangeSet(db.DIGIT);
const NUMERIC = new RangeSet(db.NUMERIC);
const LOWER = new RangeSet(db.LOWER);
const UPPER = new RangeSet(db.UPPER);
const TITLE = new RangeSet(db.TITLE);
const CASED = new RangeSet(db.CASED);
const CASE_IGNORABLE = new RangeSet(db.CASE_IGNORABLE);
const XID_START = new RangeSet(db.XID_START);
const XID_CONTINUE = new RangeSet(db.XID_CONTINUE);
const LOWER_MAP = new CaseMap(db.LOWER_MAP);
const UPPER_MAP = new CaseMap(db.UPPER_MAP);
const TITLE_MAP = new CaseMap(db.TITLE_MAP);
const FOLD_MAP = new CaseMap(db.FOLD_MAP);

export const isAlpha = (cp: number): boolean => ALPHA.has(cp);
export const isDecimal = (cp: number): boolean => DECIMAL.has(cp);
/** Py_UNICODE_TODECIMAL for a decimal digit: the digits come in runs of ten, zero first, so count back to the run's start. */
export function decimalValue(cp: number): number {
  let n = 0;
  while (isDecimal(cp - 1 - n)) n++;
  return n % 10;
}
export const isDigit = (cp: number): boolean => DIGIT.has(cp);
export const isNumeric = (cp: number): boolean => NUMERIC.has(cp);
/** Py_UNICODE_ISALNUM. */
export const isAlnum = (cp: number): boolean => ALPHA.has(cp) || DECIMAL.has(cp) || DIGIT.has(cp) || NUMERIC.has(cp);
export const isLower = (cp: number): boolean => LOWER.has(cp);
export const isUpper = (cp: number): boolean => UPPER.has(cp);
export const isTitle = (cp: number): boolean => TITLE.has(cp);
export const isCased = (cp: number): boolean => CASED.has(cp);
export const isCaseIgnorable = (cp: number): boolean => CASE_IGNORABLE.has(cp);
export const isXidStart = (cp: number): boolean => XID_START.has(cp);
export const isXidContinue = (cp: number): boolean => XID_CONTINUE.has(cp);

/** The full case mappings (_PyUnicode_ToLowerFull and friends), without final-sigma context. */
export const toLowerFull = (cp: number): string => LOWER_MAP.get(cp) ?? String.fromCodePoint(cp);
export const toUpperFull = (cp: number): string => UPPER_MAP.get(cp) ?? String.fromCodePoint(cp);
/** Titlecase and case folding are stored where they differ from upper- and lowercase. */
export const toTitleFull = (cp: number): string => TITLE_MAP.get(cp) ?? toUpperFull(cp);
export const toFoldedFull = (cp: number): string => FOLD_MAP.get(cp) ?? toLowerFull(cp);
