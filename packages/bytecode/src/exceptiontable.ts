// The 3.11 exception table (Objects/exception_handling_notes.txt): entries of
// start, length, target and depth/lasti, each a big-endian 6-bit varint; the
// first byte of an entry carries bit 7.

/** One handler range, in code units as the table stores them (dis shows bytes: x2). */
export interface ExceptionTableEntry {
  start: number;
  end: number;
  target: number;
  depth: number;
  lasti: boolean;
}

const CONTINUATION = 0x40;
const ENTRY_START = 0x80;

/** assemble_emit_exception_table_item */
function writeItem(out: number[], value: number, msb: number): void {
  for (let shift = 24; shift > 0; shift -= 6) {
    if (value >= 1 << shift) {
      out.push(((value >> shift) & 0x3f) | CONTINUATION | msb);
      msb = 0;
    }
  }
  out.push((value & 0x3f) | msb);
}

/** Appends one entry to `out` (assemble_emit_exception_table_entry). */
export function writeExceptionTableEntry(out: number[], e: ExceptionTableEntry): void {
  writeItem(out, e.start, ENTRY_START);
  writeItem(out, e.end - e.start, 0);
  writeItem(out, e.target, 0);
  writeItem(out, (e.depth << 1) | (e.lasti ? 1 : 0), 0);
}

export function encodeExceptionTable(entries: readonly ExceptionTableEntry[]): Uint8Array {
  const out: number[] = [];
  for (const e of entries) writeExceptionTableEntry(out, e);
  return Uint8Array.from(out);
}

/** dis._parse_exception_table, in code units. */
export function decodeExceptionTable(table: Uint8Array): ExceptionTableEntry[] {
  let i = 0;
  const item = (): number => {
    let b = table[i++];
    let v = b & 0x3f;
    while (b & CONTINUATION) {
      b = table[i++];
      v = (v << 6) | (b & 0x3f);
    }
    return v;
  };
  const out: ExceptionTableEntry[] = [];
  while (i < table.length) {
    const start = item();
    const end = start + item();
    const target = item();
    const dl = item();
    out.push({ start, end, target, depth: dl >> 1, lasti: (dl & 1) === 1 });
  }
  return out;
}

/** The entry whose range covers the instruction at `offset` (code units): the first, as the interpreter looks. */
export function findExceptionHandler(entries: readonly ExceptionTableEntry[], offset: number): ExceptionTableEntry | null {
  for (const e of entries) if (e.start <= offset && offset < e.end) return e;
  return null;
}
