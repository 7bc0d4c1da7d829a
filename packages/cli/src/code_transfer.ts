// A code object across the deep-stack worker's thread boundary without recursion: its constants
// become a flat list of entries, each naming earlier entries by index, so neither thread's JS stack
// grows with the nesting. (marshal recurses, and stops at CPython's 2,000 levels, which a
// thousand nested functions reach.) Objects keep their identity: one shared object, one entry.
import {
  BytesConst, CodeObject, ComplexConst, Ellipsis, FloatConst, FrozensetConst, StrConst, TupleConst, type CodeFields, type PyConst,
} from '@pyc-ts/bytecode';

export type ConstEntry =
  | { value: null | boolean | bigint | string }
  | { strpoints: readonly number[] }
  | { float: number }
  | { complex: [number, number] }
  | { bytes: Uint8Array }
  | { ellipsis: true }
  | { tuple: number[] }
  | { frozenset: number[] }
  | { code: Omit<CodeFields, 'consts'> & { consts: number[] } };

function children(c: PyConst): readonly PyConst[] {
  if (c instanceof TupleConst) return c.items;
  if (c instanceof FrozensetConst) return c.added;
  if (c instanceof CodeObject) return c.consts;
  return [];
}

/** The entries of `root`, children before parents; `root` is the last. */
export function flattenConst(root: PyConst): ConstEntry[] {
  const entries: ConstEntry[] = [];
  // Objects by identity, primitives by value.
  const index = new Map<PyConst, number>();
  const ref = (c: PyConst) => index.get(c)!;
  const stack: { c: PyConst; expanded: boolean }[] = [{ c: root, expanded: false }];
  while (stack.length > 0) {
    const top = stack[stack.length - 1];
    const c = top.c;
    if (index.has(c)) {
      stack.pop();
      continue;
    }
    if (!top.expanded) {
      top.expanded = true;
      for (const child of children(c)) stack.push({ c: child, expanded: false });
      continue;
    }
    stack.pop();
    index.set(c, entries.length);
    if (c instanceof TupleConst) entries.push({ tuple: c.items.map(ref) });
    else if (c instanceof FrozensetConst) entries.push({ frozenset: c.added.map(ref) });
    else if (c instanceof CodeObject) entries.push({ code: { ...c, consts: c.consts.map(ref) } });
    else if (c instanceof StrConst) entries.push({ strpoints: c.codePoints });
    else if (c instanceof FloatConst) entries.push({ float: c.value });
    else if (c instanceof ComplexConst) entries.push({ complex: [c.real, c.imag] });
    else if (c instanceof BytesConst) entries.push({ bytes: c.bytes });
    else if (c === Ellipsis) entries.push({ ellipsis: true });
    else entries.push({ value: c as null | boolean | bigint | string });
  }
  return entries;
}

/** The constant flattenConst made `entries` from. */
export function unflattenConst(entries: ConstEntry[]): PyConst {
  const built: PyConst[] = [];
  for (const e of entries) {
    if ('tuple' in e) built.push(new TupleConst(e.tuple.map((i) => built[i])));
    else if ('frozenset' in e) built.push(new FrozensetConst(e.frozenset.map((i) => built[i])));
    else if ('code' in e) built.push(new CodeObject({ ...e.code, consts: e.code.consts.map((i) => built[i]) }));
    else if ('strpoints' in e) built.push(new StrConst(e.strpoints));
    else if ('float' in e) built.push(new FloatConst(e.float));
    else if ('complex' in e) built.push(new ComplexConst(e.complex[0], e.complex[1]));
    else if ('bytes' in e) built.push(new BytesConst(e.bytes));
    else if ('ellipsis' in e) built.push(Ellipsis);
    else built.push(e.value);
  }
  return built[built.length - 1];
}
