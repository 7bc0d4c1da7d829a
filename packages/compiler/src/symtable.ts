// The symbol table: which names each scope binds, uses and declares, and
// whether each is local, global, free or a cell. Mirrors CPython 3.11's
// Python/symtable.c: one pass over the AST records definitions and uses per
// block, then analyze_block resolves scopes from the module downwards.
import type * as ast from './ast.js';
import { PySyntaxError } from './syntaxerror.js';
import { CO_FUTURE_ANNOTATIONS } from './future.js';

// Symbol flags (symtable.h).
export const DEF_GLOBAL = 1;
export const DEF_LOCAL = 2;
export const DEF_PARAM = 4;
export const DEF_NONLOCAL = 8;
export const USE = 16;
export const DEF_FREE = 32;
export const DEF_FREE_CLASS = 64;
export const DEF_IMPORT = 128;
export const DEF_ANNOT = 256;
export const DEF_COMP_ITER = 512;
export const DEF_BOUND = DEF_LOCAL | DEF_PARAM | DEF_IMPORT;

// Scopes, stored in the flags above SCOPE_OFFSET.
export const LOCAL = 1;
export const GLOBAL_EXPLICIT = 2;
export const GLOBAL_IMPLICIT = 3;
export const FREE = 4;
export const CELL = 5;
const SCOPE_OFFSET = 11;

/** 'annotation': an annotation compiled as a string (AnnotationBlock), whose names bind and use nothing. */
export type BlockType = 'function' | 'class' | 'module' | 'annotation';

/** Where an error is reported: a node's location. */
export interface Span {
  lineno: number;
  col_offset: number;
  end_lineno: number;
  end_col_offset: number;
}

/** One scope (PySTEntryObject). */
export class SymtableEntry {
  symbols = new Map<string, number>();
  /** Parameters in order (ste_varnames). */
  varnames: string[] = [];
  children: SymtableEntry[] = [];
  /** global/nonlocal statements, by name: where to report errors about them. */
  directives = new Map<string, Span>();
  nested = false;
  free = false;
  childFree = false;
  generator = false;
  coroutine = false;
  varargs = false;
  varkeywords = false;
  returnsValue = false;
  needsClassClosure = false;
  /** A list/set/dict comprehension or generator expression scope: its kind, as CPython's messages name it. */
  comprehension: 'list comprehension' | 'set comprehension' | 'dict comprehension' | 'generator expression' | null = null;
  /** Visiting a comprehension's iteration target / iterable (ste_comp_iter_target, ste_comp_iter_expr). */
  compIterTarget = false;
  compIterExpr = 0;

  constructor(readonly name: string, readonly type: BlockType, readonly lineno: number, readonly colOffset: number) {}

  /** The resolved scope of a name (0 when unknown), as _PyST_GetScope. */
  scope(name: string): number {
    return ((this.symbols.get(name) ?? 0) >> SCOPE_OFFSET) & 15;
  }
}

export class Symtable {
  readonly top: SymtableEntry;
  private readonly blocks = new Map<object, SymtableEntry>();
  private stack: SymtableEntry[] = [];
  private cur!: SymtableEntry;
  /** The enclosing class's name, for mangling __private names (st_private). */
  private private: string | null = null;

  /** Annotations are compiled as strings (`from __future__ import annotations`). */
  private readonly stringAnnotations: boolean;

  constructor(mod: ast.mod, readonly filename: string, private readonly source: string, futureFlags = 0) {
    this.stringAnnotations = (futureFlags & CO_FUTURE_ANNOTATIONS) !== 0;
    this.top = this.enterBlock('top', 'module', mod, 0, 0);
    const m = mod as { _type: string; body: unknown };
    if (m._type === 'Expression') this.visitExpr(m.body as ast.expr);
    else for (const s of m.body as ast.stmt[]) this.visitStmt(s);
    this.exitBlock();
    analyzeBlock(this, this.top, null, new Set(), new Set());
  }

  /** The scope created for a FunctionDef, Lambda, ClassDef or module node. */
  lookup(node: object): SymtableEntry {
    const ste = this.blocks.get(node);
    if (ste === undefined) throw new Error('internal error: no symbol table entry for node');
    return ste;
  }

  error(msg: string, at: Span): never {
    syntaxError(msg, this.filename, this.source, at);
  }

  private enterBlock(name: string, type: BlockType, node: object, lineno: number, col: number): SymtableEntry {
    const prev = this.stack[this.stack.length - 1];
    const ste = new SymtableEntry(name, type, lineno, col);
    if (prev !== undefined && (prev.nested || prev.type === 'function')) ste.nested = true;
    if (prev !== undefined) ste.compIterExpr = prev.compIterExpr;
    this.stack.push(ste);
    this.cur = ste;
    // An annotation block is left out of the tree: it affects no scope (it only catches errors).
    if (type === 'annotation') return ste;
    if (prev !== undefined) prev.children.push(ste);
    this.blocks.set(node, ste);
    return ste;
  }

  private exitBlock(): void {
    this.stack.pop();
    this.cur = this.stack[this.stack.length - 1];
  }

  private addDef(rawName: string, flag: number, at: Span, ste = this.cur): void {
    const name = mangle(this.private, rawName);
    let val = ste.symbols.get(name) ?? 0;
    if ((flag & DEF_PARAM) && (val & DEF_PARAM)) {
      this.error(`duplicate argument '${name}' in function definition`, at);
    }
    val |= flag;
    if (ste.compIterTarget) {
      // An iteration variable: it may not also be a named expression's target.
      if (val & (DEF_GLOBAL | DEF_NONLOCAL)) {
        this.error(`comprehension inner loop cannot rebind assignment expression target '${name}'`, at);
      }
      val |= DEF_COMP_ITER;
    }
    ste.symbols.set(name, val);
    if (flag & DEF_PARAM) ste.varnames.push(name);
    else if (flag & DEF_GLOBAL) {
      // Also recorded as global in the module's table.
      const top = this.top.symbols.get(name) ?? 0;
      this.top.symbols.set(name, top | DEF_GLOBAL);
    }
  }

  private visitStmt(s: ast.stmt): void {
    switch (s._type) {
      case 'FunctionDef': case 'AsyncFunctionDef':
        this.addDef(s.name, DEF_LOCAL, s);
        this.visitDefaults(s.args);
        this.visitAnnotations(s.args, s.returns);
        for (const d of s.decorator_list) this.visitExpr(d);
        this.enterBlock(s.name, 'function', s, s.lineno, s.col_offset);
        if (s._type === 'AsyncFunctionDef') this.cur.coroutine = true;
        this.visitParams(s.args);
        for (const b of s.body) this.visitStmt(b);
        this.exitBlock();
        return;
      case 'ClassDef':
        this.addDef(s.name, DEF_LOCAL, s);
        for (const b of s.bases) this.visitExpr(b);
        for (const k of s.keywords) this.visitExpr(k.value);
        for (const d of s.decorator_list) this.visitExpr(d);
        this.enterBlock(s.name, 'class', s, s.lineno, s.col_offset);
        const outerPrivate = this.private;
        this.private = s.name;
        for (const b of s.body) this.visitStmt(b);
        this.private = outerPrivate;
        this.exitBlock();
        return;
      case 'Return':
        if (s.value) {
          this.visitExpr(s.value);
          this.cur.returnsValue = true;
        }
        return;
      case 'Global': case 'Nonlocal': {
        const isGlobal = s._type === 'Global';
        const word = isGlobal ? 'global' : 'nonlocal';
        for (const name of s.names) {
          const cur = this.cur.symbols.get(mangle(this.private, name)) ?? 0;
          if (cur & (DEF_PARAM | DEF_LOCAL | USE | DEF_ANNOT)) {
            let msg: string;
            if (cur & DEF_PARAM) msg = `name '${name}' is parameter and ${word}`;
            else if (cur & USE) msg = `name '${name}' is used prior to ${word} declaration`;
            else if (cur & DEF_ANNOT) msg = `annotated name '${name}' can't be ${word}`;
            else msg = `name '${name}' is assigned to before ${word} declaration`;
            this.error(msg, s);
          }
          this.addDef(name, isGlobal ? DEF_GLOBAL : DEF_NONLOCAL, s);
          if (!this.cur.directives.has(name)) this.cur.directives.set(name, s);
        }
        return;
      }
      case 'AnnAssign': {
        const target = s.target;
        if (target._type === 'Name') {
          const cur = this.cur.symbols.get(mangle(this.private, target.id)) ?? 0;
          if ((cur & (DEF_GLOBAL | DEF_NONLOCAL)) && this.cur !== this.top && s.simple) {
            this.error(`annotated name '${target.id}' can't be ${cur & DEF_GLOBAL ? 'global' : 'nonlocal'}`, s);
          }
          if (s.simple) this.addDef(target.id, DEF_ANNOT | DEF_LOCAL, target);
          else if (s.value) this.addDef(target.id, DEF_LOCAL, target);
        } else {
          this.visitExpr(target);
        }
        this.visitAnnotation(s.annotation);
        if (s.value) this.visitExpr(s.value);
        return;
      }
      case 'Import': case 'ImportFrom':
        for (const alias of s.names) this.visitAlias(alias);
        return;
      default:
        this.visitChildren(s);
    }
  }

  private visitExceptHandler(h: ast.ExceptHandler): void {
    if (h.type) this.visitExpr(h.type);
    if (h.name) this.addDef(h.name, DEF_LOCAL, h);
    for (const b of h.body) this.visitStmt(b);
  }

  /** symtable_visit_alias: `import a.b` binds a; `from m import *` only at module level. */
  private visitAlias(alias: ast.alias): void {
    const name = alias.asname ?? alias.name;
    if (name === '*') {
      if (this.cur.type !== 'module') this.error('import * only allowed at module level', alias);
      return;
    }
    const dot = name.indexOf('.');
    this.addDef(dot >= 0 ? name.slice(0, dot) : name, DEF_IMPORT, alias);
  }

  private visitDefaults(a: ast.arguments): void {
    for (const d of a.defaults) this.visitExpr(d);
    for (const d of a.kw_defaults) if (d) this.visitExpr(d);
  }

  /** symtable_visit_annotations: the parameters' annotations (in one block of their own), then the return's. */
  private visitAnnotations(a: ast.arguments, returns: ast.expr | null): void {
    const all = [...a.posonlyargs, ...a.args, ...(a.vararg ? [a.vararg] : []), ...a.kwonlyargs,
      ...(a.kwarg ? [a.kwarg] : [])];
    if (this.stringAnnotations) this.enterBlock('_annotation', 'annotation', a, 0, 0);
    for (const arg of all) if (arg.annotation) this.visitExpr(arg.annotation);
    if (this.stringAnnotations) this.exitBlock();
    if (returns) this.visitAnnotation(returns);
  }

  /** symtable_visit_annotation: a string annotation is visited only for its errors. */
  private visitAnnotation(annotation: ast.expr): void {
    if (this.stringAnnotations) this.enterBlock('_annotation', 'annotation', annotation, 0, 0);
    this.visitExpr(annotation);
    if (this.stringAnnotations) this.exitBlock();
  }

  /** symtable_raise_if_annotation_block: what a string annotation may not hold. */
  private refuseInAnnotation(what: string, e: ast.expr): void {
    if (this.cur.type === 'annotation') this.error(`'${what}' can not be used within an annotation`, e);
  }

  private visitParams(a: ast.arguments): void {
    for (const arg of [...a.posonlyargs, ...a.args, ...a.kwonlyargs]) this.addDef(arg.arg, DEF_PARAM, arg);
    if (a.vararg) {
      this.addDef(a.vararg.arg, DEF_PARAM, a.vararg);
      this.cur.varargs = true;
    }
    if (a.kwarg) {
      this.addDef(a.kwarg.arg, DEF_PARAM, a.kwarg);
      this.cur.varkeywords = true;
    }
  }

  visitExpr(e: ast.expr): void {
    switch (e._type) {
      case 'Name':
        this.addDef(e.id, e.ctx === 'Load' ? USE : DEF_LOCAL, e);
        // Implicit reference to __class__ for zero-argument super().
        if (e.ctx === 'Load' && this.cur.type === 'function' && e.id === 'super') this.addDef('__class__', USE, e);
        return;
      case 'Lambda':
        this.visitDefaults(e.args);
        this.enterBlock('lambda', 'function', e, e.lineno, e.col_offset);
        this.visitParams(e.args);
        this.visitExpr(e.body);
        this.exitBlock();
        return;
      case 'NamedExpr':
        this.refuseInAnnotation('named expression', e);
        if (this.cur.compIterExpr > 0) this.error('assignment expression cannot be used in a comprehension iterable expression', e);
        if (this.cur.comprehension) this.extendNamedExprScope(e.target as ast.Name);
        this.visitExpr(e.value);
        this.visitExpr(e.target);
        return;
      case 'Yield': case 'YieldFrom':
        this.refuseInAnnotation('yield expression', e);
        if (e.value) this.visitExpr(e.value);
        this.cur.generator = true;
        if (this.cur.comprehension) this.error(`'yield' inside ${this.cur.comprehension}`, e);
        return;
      case 'Await':
        this.refuseInAnnotation('await expression', e);
        this.visitExpr(e.value);
        this.cur.coroutine = true;
        return;
      case 'ListComp': case 'SetComp': case 'GeneratorExp':
        this.comprehension(e, e.generators, e.elt, null);
        return;
      case 'DictComp':
        this.comprehension(e, e.generators, e.key, e.value);
        return;
      default:
        this.visitChildren(e);
    }
  }

  /**
   * symtable_extend_namedexpr_scope: a := target in a comprehension binds in the nearest enclosing
   * function (a nonlocal of the comprehension) or module (a global); a class body is refused.
   */
  private extendNamedExprScope(target: ast.Name): void {
    const name = target.id;
    for (let i = this.stack.length - 1; i >= 0; i--) {
      const ste = this.stack[i];
      if (ste.comprehension) {
        if ((ste.symbols.get(name) ?? 0) & DEF_COMP_ITER) {
          this.error(`assignment expression cannot rebind comprehension iteration variable '${name}'`, target);
        }
        continue;
      }
      // An annotation block is passed over too (CPython's loop has no case for it).
      if (ste.type === 'annotation') continue;
      if (ste.type === 'function') {
        this.addDef(name, (ste.symbols.get(name) ?? 0) & DEF_GLOBAL ? DEF_GLOBAL : DEF_NONLOCAL, target);
        if (!this.cur.directives.has(name)) this.cur.directives.set(name, target);
        this.addDef(name, DEF_LOCAL, target, ste);
        return;
      }
      if (ste.type === 'module') {
        this.addDef(name, DEF_GLOBAL, target);
        if (!this.cur.directives.has(name)) this.cur.directives.set(name, target);
        this.addDef(name, DEF_GLOBAL, target, ste);
        return;
      }
      this.error('assignment expression within a comprehension cannot be used in a class body', target);
    }
  }

  /** symtable_handle_comprehension: the outermost iterable is evaluated outside, the rest in a new scope. */
  private comprehension(e: ast.expr, generators: ast.comprehension[], elt: ast.expr, value: ast.expr | null): void {
    const outermost = generators[0];
    this.cur.compIterExpr++;
    this.visitExpr(outermost.iter);
    this.cur.compIterExpr--;
    const names: Record<string, string> = { ListComp: 'listcomp', SetComp: 'setcomp', DictComp: 'dictcomp',
      GeneratorExp: 'genexpr' };
    const kinds = { ListComp: 'list comprehension', SetComp: 'set comprehension', DictComp: 'dict comprehension',
      GeneratorExp: 'generator expression' } as const;
    this.enterBlock(names[e._type], 'function', e, e.lineno, e.col_offset);
    this.cur.comprehension = kinds[e._type as keyof typeof kinds];
    if (outermost.is_async) this.cur.coroutine = true;
    this.addDef('.0', DEF_PARAM, e); // the outermost iterator, received as an argument
    this.visitIterTarget(outermost.target);
    for (const cond of outermost.ifs) this.visitExpr(cond);
    for (const gen of generators.slice(1)) {
      this.visitIterTarget(gen.target);
      this.cur.compIterExpr++;
      this.visitExpr(gen.iter);
      this.cur.compIterExpr--;
      for (const cond of gen.ifs) this.visitExpr(cond);
      if (gen.is_async) this.cur.coroutine = true;
    }
    if (value) this.visitExpr(value);
    this.visitExpr(elt);
    this.cur.generator = e._type === 'GeneratorExp';
    // An asynchronous list, set or dict comprehension is awaited where it stands.
    const awaited = this.cur.coroutine && !this.cur.generator;
    this.exitBlock();
    if (awaited) this.cur.coroutine = true;
  }

  private visitIterTarget(target: ast.expr): void {
    this.cur.compIterTarget = true;
    this.visitExpr(target);
    this.cur.compIterTarget = false;
  }

  /** symtable_visit_pattern: capture names are bound where they appear. */
  private visitPattern(p: ast.pattern): void {
    switch (p._type) {
      case 'MatchStar':
        if (p.name) this.addDef(p.name, DEF_LOCAL, p);
        return;
      case 'MatchMapping':
        for (const k of p.keys) this.visitExpr(k);
        for (const sub of p.patterns) this.visitPattern(sub);
        if (p.rest) this.addDef(p.rest, DEF_LOCAL, p);
        return;
      case 'MatchAs':
        if (p.pattern) this.visitPattern(p.pattern);
        if (p.name) this.addDef(p.name, DEF_LOCAL, p);
        return;
      default:
        this.visitChildren(p);
    }
  }

  /** Visit the expressions, statements and patterns under a node in field order. */
  private visitChildren(node: object): void {
    for (const [key, value] of Object.entries(node)) {
      if (key === '_type') continue;
      const items = Array.isArray(value) ? value : [value];
      for (const v of items) {
        if (v === null || typeof v !== 'object' || !('_type' in v)) continue;
        const child = v as { _type: string };
        if (child._type === 'keyword') this.visitExpr((child as ast.keyword).value);
        else if (child._type === 'ExceptHandler') this.visitExceptHandler(child as ast.ExceptHandler);
        else if (isStmt(child._type)) this.visitStmt(child as ast.stmt);
        else if (isPattern(child._type)) this.visitPattern(child as ast.pattern);
        else if (isExpr(child._type)) this.visitExpr(child as ast.expr);
        else this.visitChildren(child);
      }
    }
  }
}

const STMTS = new Set(['FunctionDef', 'AsyncFunctionDef', 'ClassDef', 'Return', 'Delete', 'Assign', 'AugAssign',
  'AnnAssign', 'For', 'AsyncFor', 'While', 'If', 'With', 'AsyncWith', 'Match', 'Raise', 'Try', 'TryStar', 'Assert',
  'Import', 'ImportFrom', 'Global', 'Nonlocal', 'Expr', 'Pass', 'Break', 'Continue']);
const NOT_EXPRS = new Set(['comprehension', 'arguments', 'arg', 'keyword', 'alias', 'withitem', 'match_case',
  'ExceptHandler', 'TypeIgnore']);

function isStmt(t: string): boolean {
  return STMTS.has(t);
}

function isPattern(t: string): boolean {
  return t.startsWith('Match') && !STMTS.has(t);
}

function isExpr(t: string): boolean {
  return !STMTS.has(t) && !NOT_EXPRS.has(t) && !t.startsWith('Match');
}

/** _Py_Mangle: `__x` inside class C is `_C__x` (not dunder names, dotted names or all-underscore classes). */
export function mangle(privateName: string | null, name: string): string {
  if (privateName === null || !name.startsWith('__') || name.endsWith('__') || name.includes('.')) return name;
  const stripped = privateName.replace(/^_+/, '');
  return stripped === '' ? name : `_${stripped}${name}`;
}

/** A SyntaxError at a node's span, with CPython's 1-based character offsets into the source line. */
export function syntaxError(msg: string, filename: string, source: string, at: Span): never {
  // CPython's compiler gives its errors UTF-8 byte columns, whatever the source was.
  const lines = source.split(/\r\n|\r|\n/);
  const text = lines[at.lineno - 1];
  throw new PySyntaxError('SyntaxError', msg, filename, at.lineno, at.col_offset + 1,
    text === undefined ? null : text + '\n', at.end_lineno, at.end_col_offset + 1);
}

// --- analysis (analyze_block and friends) ------------------------------------

function analyzeName(st: Symtable, ste: SymtableEntry, scopes: Map<string, number>, name: string, flags: number,
  bound: Set<string> | null, local: Set<string>, free: Set<string>, global: Set<string>): void {
  if (flags & DEF_GLOBAL) {
    if (flags & DEF_NONLOCAL) st.error(`name '${name}' is nonlocal and global`, directive(ste, name));
    scopes.set(name, GLOBAL_EXPLICIT);
    global.add(name);
    if (bound) bound.delete(name);
    return;
  }
  if (flags & DEF_NONLOCAL) {
    if (!bound) st.error('nonlocal declaration not allowed at module level', directive(ste, name));
    if (!bound.has(name)) st.error(`no binding for nonlocal '${name}' found`, directive(ste, name));
    scopes.set(name, FREE);
    ste.free = true;
    free.add(name);
    return;
  }
  if (flags & DEF_BOUND) {
    scopes.set(name, LOCAL);
    local.add(name);
    global.delete(name);
    return;
  }
  // Not bound here: free if an enclosing function binds it, else global.
  if (bound && bound.has(name)) {
    scopes.set(name, FREE);
    ste.free = true;
    free.add(name);
  } else if (global.has(name)) {
    scopes.set(name, GLOBAL_IMPLICIT);
  } else {
    if (ste.nested) ste.free = true;
    scopes.set(name, GLOBAL_IMPLICIT);
  }
}

function directive(ste: SymtableEntry, name: string): Span {
  const d = ste.directives.get(name);
  if (d === undefined) throw new Error(`internal error: no directive for '${name}'`);
  return d;
}

function analyzeBlock(st: Symtable, ste: SymtableEntry, bound: Set<string> | null, free: Set<string>,
  global: Set<string>): void {
  const local = new Set<string>();
  const scopes = new Map<string, number>();
  const newglobal = new Set<string>();
  const newfree = new Set<string>();
  const newbound = new Set<string>();

  // A class's names are not visible to its methods, so the class passes on what it was given.
  if (ste.type === 'class') {
    for (const n of global) newglobal.add(n);
    if (bound) for (const n of bound) newbound.add(n);
  }
  for (const [name, flags] of ste.symbols) analyzeName(st, ste, scopes, name, flags, bound, local, free, global);

  if (ste.type !== 'class') {
    if (ste.type === 'function') for (const n of local) newbound.add(n);
    if (bound) for (const n of bound) newbound.add(n);
    for (const n of global) newglobal.add(n);
  } else {
    newbound.add('__class__');
  }

  const allfree = new Set<string>();
  for (const child of ste.children) {
    const childFree = new Set(newfree);
    analyzeBlock(st, child, new Set(newbound), childFree, new Set(newglobal));
    for (const n of childFree) allfree.add(n);
    if (child.free || child.childFree) ste.childFree = true;
  }
  for (const n of allfree) newfree.add(n);

  if (ste.type === 'function') analyzeCells(scopes, newfree);
  else if (ste.type === 'class' && newfree.delete('__class__')) ste.needsClassClosure = true;

  updateSymbols(ste.symbols, scopes, bound, newfree, ste.type === 'class');
  for (const n of newfree) free.add(n);
}

/** Locals that a child uses freely become cells. */
function analyzeCells(scopes: Map<string, number>, free: Set<string>): void {
  for (const [name, scope] of scopes) {
    if (scope !== LOCAL || !free.has(name)) continue;
    scopes.set(name, CELL);
    free.delete(name);
  }
}

function updateSymbols(symbols: Map<string, number>, scopes: Map<string, number>, bound: Set<string> | null,
  free: Set<string>, classflag: boolean): void {
  for (const [name, flags] of symbols) symbols.set(name, flags | ((scopes.get(name) ?? 0) << SCOPE_OFFSET));
  // Free variables of children that pass through this scope.
  for (const name of free) {
    const v = symbols.get(name);
    if (v !== undefined) {
      if (classflag && (v & (DEF_BOUND | DEF_GLOBAL))) symbols.set(name, v | DEF_FREE_CLASS);
      continue;
    }
    if (bound && !bound.has(name)) continue;
    symbols.set(name, FREE << SCOPE_OFFSET);
  }
}

