// Struct sequences (Objects/structseq.c): named tuples of the runtime such as
// sys.version_info and sys.float_info, tuple subclasses whose fields are
// also attributes.

import { tupleType, TPFLAGS_TUPLE_SUBCLASS, type PyType, type PyValue } from '../objects/object.js';
import { defineType, type MemberDef } from '../objects/typedef.js';
import { raise } from '../objects/errors.js';
import * as abs from '../objects/abstract.js';
import { PyTuple } from './tuple.js';
import { PyDict } from './dict.js';

export interface StructSeqSpec {
  /** The dotted name ('sys.version_info'). */
  name: string;
  /** The fields that are also tuple items, in order. */
  fields: string[];
  /** Fields that are attributes only (not in the tuple). */
  extraFields?: string[];
  doc?: string | null;
  /** Whether Python code may make instances (os.stat_result may; sys.flags may not). */
  constructible?: boolean;
}

/** A struct sequence type. Instances are PyTuples of this type with the extra fields in `slots`. */
export function defineStructSeq(spec: StructSeqSpec): PyType {
  const n = spec.fields.length;
  const extra = spec.extraFields ?? [];
  const members: Record<string, MemberDef> = {};
  spec.fields.forEach((f, i) => (members[f] = { get: (t: PyTuple) => t.items[i] }));
  extra.forEach((f, i) => (members[f] = { get: (t: PyTuple) => t.slots![i] ?? null }));
  const type: PyType = defineType({
    name: spec.name,
    base: tupleType,
    flags: TPFLAGS_TUPLE_SUBCLASS,
    doc: spec.doc,
    slots: {
      tp_repr: (self) => {
        const t = self as PyTuple;
        return `${type.name}(${spec.fields.map((f, i) => `${f}=${abs.repr(t.items[i])}`).join(', ')})`;
      },
      tp_new: spec.constructible
        ? (cls, argv, base, nargs, kwnames) => {
            if (kwnames !== null && kwnames.length > 0) raise('TypeError', `${cls.name}() takes no keyword arguments`);
            if (nargs !== 1) raise('TypeError', `${cls.name}() takes at most 1 argument (${nargs} given)`);
            const items = abs.toArray(argv[base]);
            if (items.length < n) raise('TypeError', `${cls.name}() takes an at least ${n}-sequence (${items.length}-sequence given)`);
            if (items.length > n + extra.length) raise('TypeError', `${cls.name}() takes an at most ${n + extra.length}-sequence (${items.length}-sequence given)`);
            return makeStructSeq(cls, items.slice(0, n), items.slice(n));
          }
        : null,
    },
    methods: {
      '__reduce__($self, /)': {
        impl: (t: PyTuple) => {
          const d = new PyDict();
          extra.forEach((f, i) => d.setStr(f, t.slots![i] ?? null));
          return new PyTuple([type, new PyTuple([new PyTuple(t.items.slice()), d])]);
        },
        textSignature: false,
      },
    },
    members,
    attrs: {
      n_sequence_fields: n,
      n_fields: n + extra.length,
      n_unnamed_fields: 0,
      __match_args__: new PyTuple(spec.fields.slice()),
    },
  });
  type.slotCount = extra.length;
  if (!spec.constructible) type.tp_new = null;
  return type;
}

/** An instance of a struct sequence type. */
export function makeStructSeq(type: PyType, items: PyValue[], extra: PyValue[] = []): PyTuple {
  const t = new PyTuple(items, type);
  if (type.slotCount > 0) t.slots = Array.from({ length: type.slotCount }, (_, i) => (i < extra.length ? extra[i] : null));
  return t;
}
