// How deep a syntax tree nests, as CPython's recursive passes count it: one level per node (or per node of some kinds).
import { NODE_FIELDS } from './ast.js';

export type AnyNode = { _type: string; [k: string]: unknown };

export function isNode(value: unknown): value is AnyNode {
  return value !== null && typeof value === 'object' && typeof (value as AnyNode)._type === 'string';
}

/**
 * Whether some counted node lies deeper than `limit`, counting `root` as level `rootLevel` (walked
 * without recursion). `counted(type)` says which node types take a level (all, unless told).
 */
export function nestedDeeperThan(root: object, limit: number, rootLevel: number, counted: (type: string) => boolean = () => true): boolean {
  const stack: [unknown, number][] = [[root, rootLevel]];
  while (stack.length > 0) {
    const [value, level] = stack.pop()!;
    if (Array.isArray(value)) {
      for (const x of value) stack.push([x, level]);
    } else if (isNode(value)) {
      if (level > limit) return true;
      const next = counted(value._type) ? level + 1 : level;
      for (const f of NODE_FIELDS[value._type].fields) stack.push([value[f], next]);
    }
  }
  return false;
}
