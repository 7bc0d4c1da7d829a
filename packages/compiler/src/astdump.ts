// ast.dump(): the same text as CPython 3.11's Lib/ast.py dump(), and the same RecursionError
// where `python3 -m ast` gives one for a deeply nested tree.
import { reprConst, strRepr, type PyConst } from '@pyc-ts/bytecode';
import { NODE_FIELDS } from './ast.js';
import { PyRecursionError } from './limiterrors.js';
import { isNode, nestedDeeperThan } from './treedepth.js';

export interface DumpOptions {
  includeAttributes?: boolean;
  /** Spaces per level (ast.dump's indent); undefined prints on one line. */
  indent?: number;
}

// Fields whose string values are singleton nodes (Load(), Add(), Eq() ...).
const SINGLETON_FIELDS = new Set(['ctx', 'op', 'ops']);
// Non-optional fields that may hold None (shown as `value=None` rather than omitted).
const NONE_SHOWN = new Set(['Constant.value', 'MatchSingleton.value']);

// CPython 3.11 counts Python frames and some C calls against one recursion limit (1000). Under
// `python3 -m ast`, 6 of them are taken before ast.dump's first _format frame (runpy, ast.main,
// dump), leaving 994; and ast.parse's conversion of the tree to Python objects allows 3000 node
// levels less 3 for each of the 7 frames below compile().
const DUMP_RECURSION_BUDGET = 994;
const AST_CONSTRUCTION_LIMIT = 3000 - 3 * 7;

const CALL = ' while calling a Python object';
const REPR = ' while getting the repr of an object';

/** Fails as CPython does when a step of ast.dump's recursion takes the `count`th unit of the budget. */
function spend(count: number, what: string): void {
  if (count > DUMP_RECURSION_BUDGET) throw new PyRecursionError(`maximum recursion depth exceeded${what}`);
}

/** repr(value) in a _format frame at `depth`: the call, then the repr. */
function formatScalar(repr: string, depth: number): [string, boolean] {
  spend(depth + 1, CALL);
  spend(depth + 2, REPR);
  return [repr, true];
}

/**
 * The text `python3 -m ast` prints for `node`, or its RecursionError. `depth` counts what CPython
 * counts in ast.dump: each _format frame, and in it the calls of C functions taking one argument
 * (repr(value), ', '.join(args)), the repr itself, and the generator that formats a list's items.
 */
export function dumpAst(node: object, opts: DumpOptions = {}): string {
  const indent = opts.indent === undefined ? null : ' '.repeat(opts.indent);
  const attrs = opts.includeAttributes ?? false;
  // ast.parse's conversion of the tree to Python objects comes first.
  if (nestedDeeperThan(node, AST_CONSTRUCTION_LIMIT, 1)) throw new PyRecursionError('maximum recursion depth exceeded during ast construction');

  const format = (value: unknown, level: number, field: string, owner: string, depth: number): [string, boolean] => {
    spend(depth, '');
    let prefix = '';
    let sep = ', ';
    if (indent !== null) {
      level++;
      prefix = '\n' + indent.repeat(level);
      sep = ',\n' + indent.repeat(level);
    }
    if (Array.isArray(value)) {
      if (value.length === 0) return ['[]', true];
      spend(depth + 1, ''); // creating the generator runs its frame up to the first yield
      spend(depth + 1, CALL); // sep.join(...), which runs the generator
      spend(depth + 2, '');
      return [`[${prefix}${value.map((x) => format(x, level, field, owner, depth + 3)[0]).join(sep)}]`, false];
    }
    if (isNode(value)) {
      const n = value;
      const spec = NODE_FIELDS[n._type];
      const args: string[] = [];
      let allSimple = true;
      const add = (name: string) => {
        const v = n[name];
        if (v === undefined || (v === null && !NONE_SHOWN.has(`${n._type}.${name}`))) return;
        const [s, simple] = format(v, level, name, n._type, depth + 1);
        allSimple &&= simple;
        args.push(`${name}=${s}`);
      };
      for (const f of spec.fields) add(f);
      if (attrs) for (const a of spec.attributes) add(a);
      spend(depth + 1, CALL); // ', '.join(args)
      if (allSimple && args.length <= 3) return [`${n._type}(${args.join(', ')})`, args.length === 0];
      return [`${n._type}(${prefix}${args.join(sep)})`, false];
    }
    // A singleton node (Load(), Add() ...) has no fields: only ', '.join([]) is counted.
    if (typeof value === 'string' && SINGLETON_FIELDS.has(field)) return (spend(depth + 1, CALL), [`${value}()`, true]);
    if (typeof value === 'number') return formatScalar(String(value), depth);
    if (owner === 'Constant' || owner === 'MatchSingleton') return formatScalar(reprConst(value as PyConst), depth);
    if (typeof value === 'string') return formatScalar(strRepr(value), depth);
    if (value === null) return formatScalar('None', depth);
    return formatScalar(reprConst(value as PyConst), depth);
  };
  return format(node, 0, '', '', 1)[0];
}
