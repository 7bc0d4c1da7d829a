// Python str <-> JS string by code point, and the growable outputs the codecs write to.
// A lone surrogate is a lone UTF-16 unit of the JS string; an astral character is a pair.

const LONE_SURROGATE = /\p{Cs}/u; // with the u flag a paired surrogate is part of a code point

export function hasLoneSurrogate(s: string): boolean {
  return LONE_SURROGATE.test(s);
}

/** The code points of `s`. */
export function codePointsOf(s: string): Uint32Array {
  const out = new Uint32Array(s.length);
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        out[n++] = 0x10000 + ((c - 0xd800) << 10) + (d - 0xdc00);
        i++;
        continue;
      }
    }
    out[n++] = c;
  }
  return n === s.length ? out : out.subarray(0, n);
}

const CHUNK = 0x2000; // code units per String.fromCharCode call, well under engines' argument limits

/** A str built code point by code point. */
export class TextBuilder {
  private units: number[] = [];
  private done = '';

  push(cp: number): void {
    if (cp >= 0x10000) {
      cp -= 0x10000;
      this.units.push(0xd800 + (cp >> 10), 0xdc00 + (cp & 0x3ff));
    } else {
      this.units.push(cp);
    }
    if (this.units.length >= CHUNK) this.flush();
  }

  pushString(s: string): void {
    if (s.length < 64) {
      for (let i = 0; i < s.length; i++) this.units.push(s.charCodeAt(i));
      if (this.units.length >= CHUNK) this.flush();
      return;
    }
    this.flush();
    this.done += s;
  }

  toString(): string {
    this.flush();
    return this.done;
  }

  private flush(): void {
    if (this.units.length === 0) return;
    this.done += String.fromCharCode.apply(null, this.units);
    this.units = [];
  }
}

/** The str whose code points are bytes[start, end) (Latin-1). */
export function latin1Text(bytes: Uint8Array, start = 0, end = bytes.length): string {
  let s = '';
  for (let i = start; i < end; i += CHUNK) {
    s += String.fromCharCode.apply(null, bytes.subarray(i, Math.min(end, i + CHUNK)) as unknown as number[]);
  }
  return s;
}

/** A bytes object built byte by byte. */
export class ByteBuilder {
  private buffer: Uint8Array;
  length = 0;

  constructor(capacity = 16) {
    this.buffer = new Uint8Array(Math.max(capacity, 16));
  }

  push(b: number): void {
    if (this.length === this.buffer.length) this.grow(1);
    this.buffer[this.length++] = b;
  }

  pushBytes(bytes: Uint8Array): void {
    if (this.length + bytes.length > this.buffer.length) this.grow(bytes.length);
    this.buffer.set(bytes, this.length);
    this.length += bytes.length;
  }

  /** The bytes of an ASCII str. */
  pushAscii(s: string): void {
    if (this.length + s.length > this.buffer.length) this.grow(s.length);
    for (let i = 0; i < s.length; i++) this.buffer[this.length++] = s.charCodeAt(i);
  }

  result(): Uint8Array {
    return this.buffer.slice(0, this.length);
  }

  private grow(more: number): void {
    const next = new Uint8Array(Math.max(this.buffer.length * 2, this.length + more));
    next.set(this.buffer.subarray(0, this.length));
    this.buffer = next;
  }
}

export function isAscii(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) >= 0x80) return false;
  return true;
}

/** n in lower-case hex, zero-padded to `width` digits. */
export function hex(n: number, width: number): string {
  return n.toString(16).padStart(width, '0');
}
