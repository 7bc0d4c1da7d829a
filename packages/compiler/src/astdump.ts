// ast.dump(): the same text as CPython 3.11's Lib/ast.py dump().
import { reprConst, strRepr, strReprCodePoints, type PyConst } from '@pyc-ts/bytecode';
import { NODE_FIELDS } from './ast.js';

export interface DumpOptions {
  includeAttributes?: boolean;
  /** Spaces per level (ast.dump's indent); undefined prints on one line. */
  indent?: number;
}

// Fields whose string values are singleton nodes (Load(), Add(), Eq() ...).
const SINGLETON_FIELDS = new Set(['ctx', 'op', 'ops']);
// Non-optional fields that may hold None (shown as `value=None` rather than omitted).
const NONE_SHOWN = new Set(['Constant.value', 'MatchSingleton.value']);

type AnyNode = { _type: string; [k: string]: unknown };

export function dumpAst(node: object, opts: DumpOptions = {}): string {
  const indent = opts.indent === undefined ? null : ' '.repeat(opts.indent);
  const attrs = opts.includeAttributes ?? false;

  const format = (value: unknown, level: number, field: string, owner: string): [string, boolean] => {
    let prefix = '';
    let sep = ', ';
    if (indent !== null) {
      level++;
      prefix = '\n' + indent.repeat(level);
      sep = ',\n' + indent.repeat(level);
    }
    if (Array.isArray(value)) {
      if (value.length === 0) return ['[]', true];
      return [`[${prefix}${value.map((x) => format(x, level, field, owner)[0]).join(sep)}]`, false];
    }
    if (value !== null && typeof value === 'object' && typeof (value as AnyNode)._type === 'string') {
      const n = value as AnyNode;
      const spec = NODE_FIELDS[n._type];
      const args: string[] = [];
      let allSimple = true;
      const add = (name: string) => {
        const v = n[name];
        if (v === undefined || (v === null && !NONE_SHOWN.has(`${n._type}.${name}`))) return;
        // A str constant a JS string cannot hold exactly carries its code points (fstring.ts).
        const points = name === 'value' ? (n as { codePoints?: number[] }).codePoints : undefined;
        const [s, simple] = points ? [strReprCodePoints(points), true] : format(v, level, name, n._type);
        allSimple &&= simple;
        args.push(`${name}=${s}`);
      };
      for (const f of spec.fields) add(f);
      if (attrs) for (const a of spec.attributes) add(a);
      if (allSimple && args.length <= 3) return [`${n._type}(${args.join(', ')})`, args.length === 0];
      return [`${n._type}(${prefix}${args.join(sep)})`, false];
    }
    if (typeof value === 'string' && SINGLETON_FIELDS.has(field)) return [`${value}()`, true];
    if (typeof value === 'number') return [String(value), true];
    if (owner === 'Constant' || owner === 'MatchSingleton') return [reprConst(value as PyConst), true];
    if (typeof value === 'string') return [strRepr(value), true];
    if (value === null) return ['None', true];
    return [reprConst(value as PyConst), true];
  };
  return format(node, 0, '', '')[0];
}
