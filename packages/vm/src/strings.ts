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

/** The code points of s as one-character strings (only needed when s has surrogates). */
export function codePoints(s: string): string[] {
  return Array.from(s);
}

/** s[i] for a normalised index 0 <= i < len(s). */
export function strCharAt(s: string, i: number): string {
  if (!hasSurrogates(s)) return s[i];
  return codePoints(s)[i];
}

/** ord(c) for a one-code-point string. */
export function ordOf(c: string): number {
  return c.codePointAt(0)!;
}
