// How deep a syntax tree nests, as CPython's recursive passes count it: one level per node.
import { NODE_FIELDS } from './ast.js';

export type AnyNode = { _type: string; [k: string]: unknown };

export function isNode(value: unknown): value is AnyNode {
  return value !== null && typeof value === 'object' && typeof (value as AnyNode)._type === 'string';
}

/** Whether some node lies deeper than `limit`, counting `root` as level `rootLevel` (walked without recursion). */
export function nestedDeeperThan(root: object, limit: number, rootLevel: number): boolean {
  const stack: [unknown, number][] = [[root, rootLevel]];
  while (stack.length > 0) {
    const [value, level] = stack.pop()!;
    if (Array.isArray(value)) {
      for (const x of value) stack.push([x, level]);
    } else if (isNode(value)) {
      if (level > limit) return true;
      for (const f of NODE_FIELDS[value._type].fields) stack.push([value[f], level + 1]);
    }
  }
  return false;
}
