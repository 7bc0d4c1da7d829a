// Python str semantics on JS strings: lengths and indices count code points,
// while JS counts UTF-16 units. Strings without surrogates take the direct path.

const SURROGATE = /[\uD800-\uDFFF]/;

export function hasSurrogates(s: string): boolean {
  return SURROGATE.test(s);
}

/** len(s). */
export function strLen(s: string): number {
  if (!hasSurrogates(s)) return s.length;
  let n = 0;
  for (const _ of s) n++;
  return n;
}

/** The code points of s as one-character strings. */
export function codePoints(s: string): string[] {
  return hasSurrogates(s) ? Array.from(s) : s.split('');
}

/** The code points of s as numbers. */
export function codePointValues(s: string): number[] {
  const out: number[] = [];
  for (const c of s) out.push(c.codePointAt(0)!);
  return out;
}

/** s[i] for a normalised index 0 <= i < len(s). */
export function strCharAt(s: string, i: number): string {
  if (!hasSurrogates(s)) return s[i];
  return Array.from(s)[i];
}

/** The UTF-16 offset of code point index i in s (i may be len(s)). */
export function unitOffset(s: string, i: number): number {
  if (!hasSurrogates(s)) return i;
  let units = 0;
  let n = 0;
  for (const ch of s) {
    if (n === i) return units;
    units += ch.length;
    n++;
  }
  return units;
}

/** The code point index of UTF-16 offset u in s. */
export function pointIndex(s: string, u: number): number {
  if (!hasSurrogates(s)) return u;
  return strLen(s.slice(0, u));
}

/** ord(c) for a one-code-point string. */
export function ordOf(c: string): number {
  return c.codePointAt(0)!;
}
