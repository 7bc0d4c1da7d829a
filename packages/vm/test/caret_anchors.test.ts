// caretAnchors against what CPython 3.11's C traceback printer shows for each
// segment (goldens from scripts/gen_vm_caret_anchors.py).
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { caretAnchors } from '../src/interpreter/caret_anchors.js';

const goldens: { segment: string; anchors: null | 'none' | [number, number] }[] = JSON.parse(
  readFileSync(new URL('./caret_anchors.json', import.meta.url), 'utf8'),
);

describe('caret anchors', () => {
  for (const { segment, anchors } of goldens) {
    it(JSON.stringify(segment), () => {
      const got = caretAnchors(segment);
      const expected = Array.isArray(anchors) ? { leftEnd: anchors[0], rightStart: anchors[1] } : null;
      expect(got).toEqual(expected);
    });
  }
});
