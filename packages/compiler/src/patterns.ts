// Structural pattern matching (PEP 634): the match statement and its patterns, as
// CPython 3.11's compile.c compiles them (compiler_match, compiler_pattern_*,
// pattern_helper_*). Every pattern routine consumes the subject on top of the stack
// and, when it fails, jumps to a fail_pop block that pops what is left. Captured
// values stay on the stack, under the pc.onTop items still in use, until the whole
// pattern has matched; only then are they stored, so a failed match binds nothing.
import * as op from '@pyc-ts/bytecode';
import { TupleConst, constEquals, reprConst, strRepr, type PyConst } from '@pyc-ts/bytecode';
import type * as ast from './ast.js';
import type { Codegen } from './codegen.js';
import { type BasicBlock, JUMP, POP_JUMP_IF_FALSE } from './unit.js';

/** BINARY_OP's argument for subtraction (NB_SUBTRACT). */
const NB_SUBTRACT = 10;

/** pattern_context. */
interface PatternContext {
  /** Names captured so far, in the order their values sit on the stack. */
  stores: string[];
  /** Whether an irrefutable pattern may stand here (else it makes later cases unreachable). */
  allowIrrefutable: boolean;
  /** failPop[i] pops i items, then falls through to failPop[i - 1]; failPop[0] is where a failed match goes. */
  failPop: BasicBlock[];
  /** Items above the captured values that must stay on top (and are popped on failure). */
  onTop: number;
}

const isWildcard = (p: ast.pattern): boolean => p._type === 'MatchAs' && p.pattern === null && p.name === null;
const isStarWildcard = (p: ast.pattern): boolean => p._type === 'MatchStar' && p.name === null;

/** compiler_match: the subject is copied for every case but the last, which consumes it. */
export function compileMatch(cg: Codegen, s: ast.Match): void {
  cg.visitExpr(s.subject);
  const end = cg.newBlock();
  const cases = s.cases.length;
  // A trailing `case _:` needs neither a copy of the subject nor a test.
  const hasDefault = cases > 1 && isWildcard(s.cases[cases - 1].pattern) ? 1 : 0;
  const pc: PatternContext = { stores: [], allowIrrefutable: false, failPop: [], onTop: 0 };
  for (let i = 0; i < cases - hasDefault; i++) {
    const m = s.cases[i];
    cg.setLoc(m.pattern);
    const last = i === cases - hasDefault - 1;
    if (!last) cg.addOp(op.COPY, 1);
    pc.stores = [];
    // Irrefutable cases must be either guarded, last, or both.
    pc.allowIrrefutable = m.guard !== null || i === cases - 1;
    pc.failPop = [];
    pc.onTop = 0;
    compilePattern(cg, m.pattern, pc);
    // A match: store the captured names (their values are on the stack).
    for (const name of pc.stores) cg.nameOp(name, 'Store');
    if (m.guard) {
      ensureFailPop(cg, pc, 0);
      cg.jumpIf(m.guard, pc.failPop[0], false);
    }
    if (!last) cg.addOp(op.POP_TOP); // the subject
    for (const b of m.body) cg.visitStmt(b);
    cg.unsetLoc();
    cg.addJump(JUMP, end);
    // The clean-up after a failed match belongs to the pattern's line, not the body's last.
    cg.setLoc(m.pattern);
    emitAndResetFailPop(cg, pc);
  }
  if (hasDefault) {
    const m = s.cases[cases - 1];
    cg.setLoc(m.pattern);
    // With only `case _:` the subject is done with; otherwise a NOP shows the line as covered.
    cg.addOp(cases === 1 ? op.POP_TOP : op.NOP);
    if (m.guard) cg.jumpIf(m.guard, end, false);
    for (const b of m.body) cg.visitStmt(b);
    cg.unsetLoc();
  }
  cg.useNextBlock(end);
}

/** compiler_pattern. */
function compilePattern(cg: Codegen, p: ast.pattern, pc: PatternContext): void {
  cg.setLoc(p);
  switch (p._type) {
    case 'MatchValue': return patternValue(cg, p, pc);
    case 'MatchSingleton': return patternSingleton(cg, p, pc);
    case 'MatchSequence': return patternSequence(cg, p, pc);
    case 'MatchMapping': return patternMapping(cg, p, pc);
    case 'MatchClass': return patternClass(cg, p, pc);
    case 'MatchStar': return storeName(cg, p.name, pc);
    case 'MatchAs': return patternAs(cg, p, pc);
    case 'MatchOr': return patternOr(cg, p, pc);
  }
}

/** compiler_pattern_subpattern: a pattern inside another may be irrefutable. */
function subpattern(cg: Codegen, p: ast.pattern, pc: PatternContext): void {
  const allowIrrefutable = pc.allowIrrefutable;
  pc.allowIrrefutable = true;
  compilePattern(cg, p, pc);
  pc.allowIrrefutable = allowIrrefutable;
}

/** ensure_fail_pop: fail_pop blocks for up to n items. */
function ensureFailPop(cg: Codegen, pc: PatternContext, n: number): void {
  while (pc.failPop.length < n + 1) pc.failPop.push(cg.newBlock());
}

/** jump_to_fail_pop: on failure pop the items on top and the values captured so far. */
function jumpToFailPop(cg: Codegen, pc: PatternContext, opcode: number): void {
  const pops = pc.onTop + pc.stores.length;
  ensureFailPop(cg, pc, pops);
  cg.addJump(opcode, pc.failPop[pops]);
}

/** emit_and_reset_fail_pop: the chain of POP_TOPs the failure jumps land in. */
function emitAndResetFailPop(cg: Codegen, pc: PatternContext): void {
  for (let i = pc.failPop.length - 1; i > 0; i--) {
    cg.useNextBlock(pc.failPop[i]);
    cg.addOp(op.POP_TOP);
  }
  if (pc.failPop.length > 0) cg.useNextBlock(pc.failPop[0]);
  pc.failPop = [];
}

/** pattern_helper_rotate: move the top of the stack `count - 1` places down, as 3.10's ROT_N did. */
function rotate(cg: Codegen, count: number): void {
  while (count > 1) cg.addOp(op.SWAP, count--);
}

/** pattern_helper_store_name: keep the captured value under the items still in use, or pop it for `_`. */
function storeName(cg: Codegen, name: string | null, pc: PatternContext): void {
  if (name === null) {
    cg.addOp(op.POP_TOP);
    return;
  }
  cg.forbiddenName(name, 'Store');
  if (pc.stores.includes(name)) duplicateStore(cg, name);
  rotate(cg, pc.onTop + pc.stores.length + 1);
  pc.stores.push(name);
}

function duplicateStore(cg: Codegen, name: string): never {
  cg.error(`multiple assignments to name ${strRepr(name)} in pattern`);
}

/** compiler_pattern_as: `p as name`, or a bare capture or wildcard. */
function patternAs(cg: Codegen, p: ast.MatchAs, pc: PatternContext): void {
  if (p.pattern === null) {
    if (!pc.allowIrrefutable) {
      if (p.name !== null) cg.error(`name capture ${strRepr(p.name)} makes remaining patterns unreachable`);
      cg.error('wildcard makes remaining patterns unreachable');
    }
    storeName(cg, p.name, pc);
    return;
  }
  // A copy of the subject to store if the pattern matches.
  pc.onTop++;
  cg.addOp(op.COPY, 1);
  compilePattern(cg, p.pattern, pc);
  pc.onTop--;
  storeName(cg, p.name, pc);
}

/** compiler_pattern_value: a literal or dotted name, compared with ==. */
function patternValue(cg: Codegen, p: ast.MatchValue, pc: PatternContext): void {
  const value = p.value;
  if (value._type !== 'Constant' && value._type !== 'Attribute') {
    cg.error('patterns may only match literals and attribute lookups');
  }
  cg.visitExpr(value);
  cg.addCompare('Eq');
  jumpToFailPop(cg, pc, POP_JUMP_IF_FALSE);
}

/** compiler_pattern_singleton: None, True and False, compared with `is`. */
function patternSingleton(cg: Codegen, p: ast.MatchSingleton, pc: PatternContext): void {
  cg.loadConst(p.value);
  cg.addCompare('Is');
  jumpToFailPop(cg, pc, POP_JUMP_IF_FALSE);
}

/** compiler_pattern_sequence: MATCH_SEQUENCE, a length check, then the items. */
function patternSequence(cg: Codegen, p: ast.MatchSequence, pc: PatternContext): void {
  const patterns = p.patterns;
  const size = patterns.length;
  let star = -1;
  let onlyWildcard = true;
  let starWildcard = false;
  patterns.forEach((sub, i) => {
    if (sub._type === 'MatchStar') {
      if (star >= 0) cg.error('multiple starred names in sequence pattern');
      starWildcard = isStarWildcard(sub);
      onlyWildcard &&= starWildcard;
      star = i;
      return;
    }
    onlyWildcard &&= isWildcard(sub);
  });
  // The subject stays on top during the sequence and length checks.
  pc.onTop++;
  cg.addOp(op.MATCH_SEQUENCE);
  jumpToFailPop(cg, pc, POP_JUMP_IF_FALSE);
  if (star < 0) {
    cg.addOp(op.GET_LEN);
    cg.loadConst(BigInt(size));
    cg.addCompare('Eq');
    jumpToFailPop(cg, pc, POP_JUMP_IF_FALSE);
  } else if (size > 1) {
    cg.addOp(op.GET_LEN);
    cg.loadConst(BigInt(size - 1));
    cg.addCompare('GtE');
    jumpToFailPop(cg, pc, POP_JUMP_IF_FALSE);
  }
  pc.onTop--;
  if (onlyWildcard) cg.addOp(op.POP_TOP); // [] / [_] / [_, *_] ...
  else if (starWildcard) sequenceSubscr(cg, patterns, star, pc);
  else sequenceUnpack(cg, patterns, pc);
}

/** pattern_helper_sequence_unpack: UNPACK_SEQUENCE or UNPACK_EX, then each item's pattern. */
function sequenceUnpack(cg: Codegen, patterns: ast.pattern[], pc: PatternContext): void {
  const n = patterns.length;
  const star = patterns.findIndex((sub) => sub._type === 'MatchStar');
  if (star >= 0) {
    if (star >= 1 << 8) cg.error('too many expressions in star-unpacking sequence pattern');
    cg.addOp(op.UNPACK_EX, star + ((n - star - 1) << 8));
  } else {
    cg.addOp(op.UNPACK_SEQUENCE, n);
  }
  // The unpacked items stay on top until their own pattern consumes them.
  pc.onTop += n;
  for (const sub of patterns) {
    pc.onTop--;
    subpattern(cg, sub, pc);
  }
}

/**
 * pattern_helper_sequence_subscr: with a starred wildcard ([first, *_, last]) the items are
 * fetched by index, counted from the end (len - i) after the star, as the subject may not
 * support negative indexes.
 */
function sequenceSubscr(cg: Codegen, patterns: ast.pattern[], star: number, pc: PatternContext): void {
  pc.onTop++; // the subject, to take items from
  const size = patterns.length;
  patterns.forEach((sub, i) => {
    if (isWildcard(sub) || i === star) return;
    cg.addOp(op.COPY, 1);
    if (i < star) {
      cg.loadConst(BigInt(i));
    } else {
      cg.addOp(op.GET_LEN);
      cg.loadConst(BigInt(size - i));
      cg.addOp(op.BINARY_OP, NB_SUBTRACT);
    }
    cg.addOp(op.BINARY_SUBSCR);
    subpattern(cg, sub, pc);
  });
  pc.onTop--;
  cg.addOp(op.POP_TOP);
}

/** compiler_pattern_mapping: MATCH_MAPPING, a length check, MATCH_KEYS, the values' patterns, **rest. */
function patternMapping(cg: Codegen, p: ast.MatchMapping, pc: PatternContext): void {
  const keys = p.keys;
  const size = keys.length;
  const rest = p.rest;
  // The subject stays on top during the mapping and length checks.
  pc.onTop++;
  cg.addOp(op.MATCH_MAPPING);
  jumpToFailPop(cg, pc, POP_JUMP_IF_FALSE);
  if (size === 0 && rest === null) {
    // `{}` matches any mapping.
    pc.onTop--;
    cg.addOp(op.POP_TOP);
    return;
  }
  if (size > 0) {
    cg.addOp(op.GET_LEN);
    cg.loadConst(BigInt(size));
    cg.addCompare('GtE');
    jumpToFailPop(cg, pc, POP_JUMP_IF_FALSE);
  }
  // The keys, literals or dotted names, into a tuple for MATCH_KEYS; literal keys must differ.
  const seen: PyConst[] = [];
  for (const key of keys) {
    if (key._type === 'Constant') {
      if (seen.some((v) => constEquals(v, key.value))) {
        cg.error(`mapping pattern checks duplicate key (${reprConst(key.value)})`);
      }
      seen.push(key.value);
    } else if (key._type !== 'Attribute') {
      cg.error('mapping pattern keys may only match literals and attribute lookups');
    }
    cg.visitExpr(key);
  }
  cg.addOp(op.BUILD_TUPLE, size);
  cg.addOp(op.MATCH_KEYS);
  // A tuple of keys and a tuple of values (or None) are now on top of the subject.
  pc.onTop += 2;
  cg.addOp(op.COPY, 1);
  cg.loadConst(null);
  cg.addCompare('IsNot');
  jumpToFailPop(cg, pc, POP_JUMP_IF_FALSE);
  cg.addOp(op.UNPACK_SEQUENCE, size);
  pc.onTop += size - 1;
  for (const sub of p.patterns) {
    pc.onTop--;
    subpattern(cg, sub, pc);
  }
  // A match: what follows consumes the tuple of keys and the subject.
  pc.onTop -= 2;
  if (rest !== null) {
    // rest = dict(subject), then del rest[key] for each key.
    cg.addOp(op.BUILD_MAP, 0); // [subject, keys, empty]
    cg.addOp(op.SWAP, 3); // [empty, keys, subject]
    cg.addOp(op.DICT_UPDATE, 2); // [copy, keys]
    cg.addOp(op.UNPACK_SEQUENCE, size); // [copy, keys...]
    for (let left = size; left > 0; left--) {
      cg.addOp(op.COPY, 1 + left); // [copy, keys..., copy]
      cg.addOp(op.SWAP, 2); // [copy, keys..., copy, key]
      cg.addOp(op.DELETE_SUBSCR); // [copy, keys...]
    }
    storeName(cg, rest, pc);
  } else {
    cg.addOp(op.POP_TOP); // the tuple of keys
    cg.addOp(op.POP_TOP); // the subject
  }
}

/** compiler_pattern_class: MATCH_CLASS gives the positional and keyword attributes as a tuple (or None). */
function patternClass(cg: Codegen, p: ast.MatchClass, pc: PatternContext): void {
  const nargs = p.patterns.length;
  const nattrs = p.kwd_attrs.length;
  if (nattrs) {
    validateKwdAttrs(cg, p.kwd_attrs, p.kwd_patterns);
    cg.setLoc(p);
  }
  cg.visitExpr(p.cls);
  cg.loadConst(new TupleConst(p.kwd_attrs));
  cg.addOp(op.MATCH_CLASS, nargs);
  cg.addOp(op.COPY, 1);
  cg.loadConst(null);
  cg.addCompare('IsNot');
  pc.onTop++; // the tuple of attributes
  jumpToFailPop(cg, pc, POP_JUMP_IF_FALSE);
  cg.addOp(op.UNPACK_SEQUENCE, nargs + nattrs);
  pc.onTop += nargs + nattrs - 1;
  [...p.patterns, ...p.kwd_patterns].forEach((sub) => {
    pc.onTop--;
    if (isWildcard(sub)) cg.addOp(op.POP_TOP);
    else subpattern(cg, sub, pc);
  });
}

/** validate_kwd_attrs: errors point at the sub-pattern, the parser gives the names no location. */
function validateKwdAttrs(cg: Codegen, attrs: string[], patterns: ast.pattern[]): void {
  attrs.forEach((attr, i) => {
    cg.setLoc(patterns[i]);
    cg.forbiddenName(attr, 'Store');
    for (let j = i + 1; j < attrs.length; j++) {
      if (attrs[j] === attr) {
        cg.setLoc(patterns[j]);
        cg.error(`attribute name repeated in class pattern: ${attr}`);
      }
    }
  });
}

/**
 * compiler_pattern_or: each alternative matches a copy of the subject. Every alternative must
 * bind the names the first one binds; where it captures them in another order the values are
 * rotated on the stack into the first one's order.
 */
function patternOr(cg: Codegen, p: ast.MatchOr, pc: PatternContext): void {
  const end = cg.newBlock();
  const size = p.patterns.length;
  const outer = { ...pc };
  let control: string[] = [];
  p.patterns.forEach((alt, i) => {
    cg.setLoc(alt);
    pc.stores = [];
    // An irrefutable alternative must be last, if it is allowed at all.
    pc.allowIrrefutable = i === size - 1 && outer.allowIrrefutable;
    pc.failPop = [];
    pc.onTop = 0;
    cg.addOp(op.COPY, 1);
    compilePattern(cg, alt, pc);
    const nstores = pc.stores.length;
    if (i === 0) {
      control = pc.stores;
    } else if (nstores !== control.length) {
      cg.error('alternative patterns bind different names');
    } else if (nstores) {
      for (let icontrol = nstores - 1; icontrol >= 0; icontrol--) {
        const istores = pc.stores.indexOf(control[icontrol]);
        if (istores < 0) cg.error('alternative patterns bind different names');
        if (icontrol !== istores) {
          // stores[:istores + 1] move to just before position icontrol; the stack likewise.
          const rotations = istores + 1;
          const rotated = pc.stores.splice(0, rotations);
          pc.stores.splice(icontrol - istores, 0, ...rotated);
          for (let r = 0; r < rotations; r++) rotate(cg, icontrol + 1);
        }
      }
    }
    cg.addJump(JUMP, end);
    emitAndResetFailPop(cg, pc);
  });
  Object.assign(pc, outer);
  // No alternative matched: pop the remaining copy of the subject and fail.
  cg.addOp(op.POP_TOP);
  jumpToFailPop(cg, pc, JUMP);
  cg.useNextBlock(end);
  // Move each capture under the copy of the subject, the items on top and the earlier captures.
  const nrots = control.length + 1 + pc.onTop + pc.stores.length;
  for (const name of control) {
    rotate(cg, nrots);
    if (pc.stores.includes(name)) duplicateStore(cg, name);
    pc.stores.push(name);
  }
  cg.addOp(op.POP_TOP); // the copy of the subject
}
