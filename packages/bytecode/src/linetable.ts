// The 3.11 location table (Objects/locations.md): per-instruction source
// positions. The encoder reproduces compile.c's write_location_info_entry byte
// for byte; the decoders match co_positions() and co_lines().

import type { CodeObject } from './code.js';

/** A source location as compile.c keeps it: -1 means absent; lineno < 0 means "no location". */
export interface Location {
  lineno: number;
  endLineno: number;
  col: number;
  endCol: number;
}

/** One instruction's position as co_positions() yields it (null where absent). */
export interface Position {
  lineno: number | null;
  endLineno: number | null;
  col: number | null;
  endCol: number | null;
}

// Location entry codes (Include/internal/pycore_code.h _PyCodeLocationInfoKind).
const SHORT0 = 0;
const ONE_LINE0 = 10;
const NO_COLUMNS = 13;
const LONG = 14;
const NONE = 15;

/** Builds a location table the way compile.c's assembler does, one instruction at a time. */
export class LocationTableEncoder {
  private readonly out: number[] = [];
  private lineno: number;

  constructor(firstlineno: number) {
    this.lineno = firstlineno;
  }

  /** assemble_emit_location: an instruction of `size` code units (with its caches) at `loc`. */
  emit(size: number, loc: Location): void {
    for (; size > 8; size -= 8) this.entry(8, loc);
    this.entry(size, loc);
  }

  bytes(): Uint8Array {
    return Uint8Array.from(this.out);
  }

  private entry(length: number, loc: Location): void {
    if (loc.lineno < 0) {
      this.first(NONE, length);
      return;
    }
    const lineDelta = loc.lineno - this.lineno;
    const { col, endCol } = loc;
    if (col < 0 || endCol < 0) {
      if (loc.endLineno === loc.lineno || loc.endLineno === -1) {
        this.first(NO_COLUMNS, length);
        this.svarint(lineDelta);
        this.lineno = loc.lineno;
        return;
      }
    } else if (loc.endLineno === loc.lineno) {
      if (lineDelta === 0 && col < 80 && endCol - col < 16 && endCol >= col) {
        this.first(SHORT0 + (col >> 3), length);
        this.out.push(((col & 7) << 4) | (endCol - col));
        return;
      }
      if (lineDelta >= 0 && lineDelta < 3 && col < 128 && endCol < 128) {
        this.first(ONE_LINE0 + lineDelta, length);
        this.out.push(col, endCol);
        this.lineno = loc.lineno;
        return;
      }
    }
    this.first(LONG, length);
    this.svarint(lineDelta);
    this.varint(loc.endLineno - loc.lineno);
    this.varint(col + 1);
    this.varint(endCol + 1);
    this.lineno = loc.lineno;
  }

  private first(code: number, length: number): void {
    this.out.push(0x80 | (code << 3) | (length - 1));
  }

  private varint(v: number): void {
    while (v >= 64) {
      this.out.push(0x40 | (v & 0x3f));
      v >>>= 6;
    }
    this.out.push(v);
  }

  private svarint(v: number): void {
    this.varint(v < 0 ? ((-v) << 1) | 1 : v << 1);
  }
}

/** One table entry: `length` code units sharing a position; `line` is the running line (null for NONE). */
interface Entry {
  length: number;
  pos: Position;
}

function* entries(table: Uint8Array, firstlineno: number): Generator<Entry> {
  let i = 0;
  let line = firstlineno;
  const varint = (): number => {
    let b = table[i++];
    let v = b & 0x3f;
    for (let shift = 6; b & 0x40; shift += 6) {
      b = table[i++];
      v |= (b & 0x3f) << shift;
    }
    return v;
  };
  const svarint = (): number => {
    const u = varint();
    return u & 1 ? -(u >>> 1) : u >>> 1;
  };
  while (i < table.length) {
    const first = table[i++];
    const code = (first >> 3) & 15;
    const length = (first & 7) + 1;
    if (code === NONE) {
      yield { length, pos: { lineno: null, endLineno: null, col: null, endCol: null } };
    } else if (code === LONG) {
      line += svarint();
      const endLineno = line + varint();
      const col = varint() - 1;
      const endCol = varint() - 1;
      yield { length, pos: { lineno: line, endLineno, col: col < 0 ? null : col, endCol: endCol < 0 ? null : endCol } };
    } else if (code === NO_COLUMNS) {
      line += svarint();
      yield { length, pos: { lineno: line, endLineno: line, col: null, endCol: null } };
    } else if (code >= ONE_LINE0) {
      line += code - ONE_LINE0;
      const col = table[i++];
      const endCol = table[i++];
      yield { length, pos: { lineno: line, endLineno: line, col, endCol } };
    } else {
      const b = table[i++];
      const col = code * 8 + ((b >> 4) & 7);
      yield { length, pos: { lineno: line, endLineno: line, col, endCol: col + (b & 15) } };
    }
  }
}

/** co_positions(): one Position per code unit (CACHE entries included), indexed by code-unit offset. */
export function codePositions(code: CodeObject): Position[] {
  const out: Position[] = [];
  for (const { length, pos } of entries(code.linetable, code.firstlineno)) {
    for (let k = 0; k < length; k++) out.push(pos);
  }
  return out;
}

/** co_lines(): [start, end, line] address ranges in bytes, one per table entry, as 3.11 yields them. */
export function codeLines(code: CodeObject): [number, number, number | null][] {
  const out: [number, number, number | null][] = [];
  let start = 0;
  for (const { length, pos } of entries(code.linetable, code.firstlineno)) {
    out.push([start, start + 2 * length, pos.lineno]);
    start += 2 * length;
  }
  return out;
}

/** The line of the instruction at code-unit offset `index`, or null (PyCode_Addr2Line). */
export function lineForOffset(code: CodeObject, index: number): number | null {
  let start = 0;
  for (const { length, pos } of entries(code.linetable, code.firstlineno)) {
    if (index < start + length) return pos.lineno;
    start += length;
  }
  return null;
}

/** Decodes a table into (length, location) runs that LocationTableEncoder turns back into it. */
export function decodeLocationRuns(code: CodeObject): { size: number; loc: Location }[] {
  return [...entries(code.linetable, code.firstlineno)].map(({ length, pos }) => ({
    size: length,
    loc: {
      lineno: pos.lineno ?? -1,
      endLineno: pos.endLineno ?? -1,
      col: pos.col ?? -1,
      endCol: pos.endCol ?? -1,
    },
  }));
}
