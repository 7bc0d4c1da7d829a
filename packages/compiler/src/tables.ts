// Writers for the two side tables the assembler emits: the 3.11 location table
// (co_linetable, Objects/locations.md) and the exception table
// (Objects/exception_handling_notes.txt), as compile.c's assembler writes them.
import type { Instr } from './unit.js';

// Location entry kinds (PY_CODE_LOCATION_INFO_*).
const SHORT0 = 0;
const ONE_LINE0 = 10;
const NO_COLUMNS = 13;
const LONG = 14;
const NONE = 15;

function writeVarint(out: number[], val: number): void {
  while (val >= 64) {
    out.push(64 | (val & 63));
    val >>>= 6;
  }
  out.push(val);
}

function writeSignedVarint(out: number[], val: number): void {
  writeVarint(out, val < 0 ? ((-val) << 1) | 1 : val << 1);
}

/** Builds co_linetable one instruction at a time, tracking the current line. */
export class LocationTableWriter {
  private out: number[] = [];
  private lineno: number;

  constructor(firstlineno: number) {
    this.lineno = firstlineno;
  }

  /** Describe an instruction of `size` code units; entries cover at most 8 units. */
  emit(i: Instr, size: number): void {
    while (size > 8) {
      this.entry(i, 8);
      size -= 8;
    }
    this.entry(i, size);
  }

  bytes(): Uint8Array {
    return Uint8Array.from(this.out);
  }

  private start(code: number, length: number): void {
    this.out.push(0x80 | (code << 3) | (length - 1));
  }

  private entry(i: Instr, length: number): void {
    if (i.lineno < 0) {
      this.start(NONE, length);
      return;
    }
    const lineDelta = i.lineno - this.lineno;
    const column = i.colOffset;
    const endColumn = i.endColOffset;
    if (column < 0 || endColumn < 0) {
      if (i.endLineno === i.lineno || i.endLineno === -1) {
        this.start(NO_COLUMNS, length);
        writeSignedVarint(this.out, lineDelta);
        this.lineno = i.lineno;
        return;
      }
    } else if (i.endLineno === i.lineno) {
      if (lineDelta === 0 && column < 80 && endColumn - column < 16 && endColumn >= column) {
        this.start(SHORT0 + (column >> 3), length);
        this.out.push(((column & 7) << 4) | (endColumn - column));
        return;
      }
      if (lineDelta >= 0 && lineDelta < 3 && column < 128 && endColumn < 128) {
        this.start(ONE_LINE0 + lineDelta, length);
        this.out.push(column, endColumn);
        this.lineno = i.lineno;
        return;
      }
    }
    this.start(LONG, length);
    writeSignedVarint(this.out, lineDelta);
    writeVarint(this.out, i.endLineno - i.lineno);
    writeVarint(this.out, i.colOffset + 1);
    writeVarint(this.out, i.endColOffset + 1);
    this.lineno = i.lineno;
  }
}

// Exception table items are 6-bit big-endian groups; bit 6 marks "more follows",
// bit 7 marks the first item of an entry.
function writeExceptionItem(out: number[], value: number, msb: number): void {
  const CONTINUATION = 64;
  if (value >= 1 << 24) {
    out.push((value >> 24) | CONTINUATION | msb);
    msb = 0;
  }
  if (value >= 1 << 18) {
    out.push(((value >> 18) & 0x3f) | CONTINUATION | msb);
    msb = 0;
  }
  if (value >= 1 << 12) {
    out.push(((value >> 12) & 0x3f) | CONTINUATION | msb);
    msb = 0;
  }
  if (value >= 1 << 6) {
    out.push(((value >> 6) & 0x3f) | CONTINUATION | msb);
    msb = 0;
  }
  out.push((value & 0x3f) | msb);
}

/** One exception table entry: code units [start, end) go to `target` at stack `depth`. */
export function encodeExceptionTableEntry(out: number[], start: number, end: number, target: number,
  depth: number, lasti: boolean): void {
  writeExceptionItem(out, start, 0x80);
  writeExceptionItem(out, end - start, 0);
  writeExceptionItem(out, target, 0);
  writeExceptionItem(out, (depth << 1) | (lasti ? 1 : 0), 0);
}
