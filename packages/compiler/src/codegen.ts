// Code generation: AST to basic blocks of instructions, one CompilerUnit per
// code object. Mirrors the compiler_visit_* family of CPython 3.11's
// Python/compile.c: one function per node kind, a frame-block stack for loops,
// a unit stack for nested scopes, and compile.c's location bookkeeping
// (SET_LOC on each statement and expression, UNSET_LOC for artificial
// instructions). The assembler (assemble.ts) turns each unit into a CodeObject.
import * as op from '@pyc-ts/bytecode';
import { CO_ASYNC_GENERATOR, CO_COROUTINE, CO_NESTED, CO_NEWLOCALS, CO_OPTIMIZED, CO_VARARGS, CO_VARKEYWORDS, CO_GENERATOR, TupleConst,
  FrozensetConst, isStr, type CodeObject, type PyConst, type PyStr } from '@pyc-ts/bytecode';
import type * as ast from './ast.js';
import { isEndOfBasicBlock } from './instr.js';
import { BasicBlock, type CompilerUnit, type Instr, type ScopeType, JUMP, JUMP_NO_INTERRUPT, POP_BLOCK, POP_JUMP_IF_FALSE,
  POP_JUMP_IF_NONE, POP_JUMP_IF_NOT_NONE, POP_JUMP_IF_TRUE,
  SETUP_CLEANUP, SETUP_FINALLY, SETUP_WITH, constKey, newBlock } from './unit.js';
import { assemble } from './assemble.js';
import { compileMatch } from './patterns.js';
import { CO_FUTURE_ANNOTATIONS, type FutureFeatures } from './future.js';
import { unparseAnnotation } from './unparse.js';
import { setItems } from './fold.js';
import { CELL, DEF_FREE_CLASS, DEF_IMPORT, FREE, GLOBAL_EXPLICIT, GLOBAL_IMPLICIT, LOCAL, type Symtable, type SymtableEntry,
  mangle, syntaxError } from './symtable.js';

/** Above this many stack items, compile.c builds containers and calls incrementally. */
const STACK_USE_GUIDELINE = 30;

// BINARY_OP's argument (NB_* in Include/opcode.h); in-place forms add NB_INPLACE.
const NB: Record<ast.operator, number> = {
  Add: 0, BitAnd: 1, FloorDiv: 2, LShift: 3, MatMult: 4, Mult: 5, Mod: 6, BitOr: 7, Pow: 8, RShift: 9, Sub: 10,
  Div: 11, BitXor: 12,
};
const NB_INPLACE = 13;

const COMPARE_ARG: Partial<Record<ast.cmpop, number>> = { Lt: 0, LtE: 1, Eq: 2, NotEq: 3, Gt: 4, GtE: 5 };

type FBlockType = 'while' | 'for' | 'try_except' | 'finally_try' | 'finally_end' | 'exception_handler' |
  'handler_cleanup' | 'pop_value' | 'with' | 'async_with' | 'exception_group_handler' | 'async_comprehension_generator';

/** A frame block (struct fblockinfo): what break/continue/return must unwind. */
interface FBlock {
  type: FBlockType;
  block: BasicBlock | null;
  exit: BasicBlock | null;
  /** For handler_cleanup: the `as` name to clear. */
  datum?: string | null;
  /** For finally_try: the finally body, emitted again wherever control leaves the try. */
  finalbody?: ast.stmt[];
  /** For with and async_with: the statement, whose location the __exit__ call takes. */
  stmt?: ast.With | ast.AsyncWith;
}

/** A unit being compiled, with the codegen-only state compile.c keeps beside it. */
interface Unit {
  u: CompilerUnit;
  ste: SymtableEntry;
  cur: BasicBlock;
  fblocks: FBlock[];
  /** The last instruction ended its block; the next one starts a new block (u_need_new_implicit_block). */
  needNewBlock: boolean;
  /** The class whose name mangles __private names here (u_private). */
  privateName: string | null;
  // The location new instructions get (u_lineno, u_end_lineno, u_col_offset, u_end_col_offset).
  lineno: number;
  endLineno: number;
  colOffset: number;
  endColOffset: number;
}

type Located = { lineno: number; end_lineno?: number | null; col_offset: number; end_col_offset?: number | null };

export class Codegen {
  private stack: Unit[] = [];
  private c!: Unit;
  private interactive = false;

  /** Annotations are compiled as their text (`from __future__ import annotations`). */
  private readonly stringAnnotations: boolean;

  constructor(private readonly st: Symtable, private readonly filename: string, private readonly source: string,
    private readonly future: FutureFeatures = { flags: 0, lineno: -1 }) {
    this.stringAnnotations = (future.flags & CO_FUTURE_ANNOTATIONS) !== 0;
  }

  /** compiler_mod: the module's code object. */
  compileModule(mod: ast.mod): CodeObject {
    this.enterScope('<module>', 'module', mod, 1);
    let addNone = true;
    switch (mod._type) {
      case 'Module':
        this.body(mod.body);
        break;
      case 'Interactive':
        // compiler_mod: SETUP_ANNOTATIONS is on line 1, before any statement sets its own location.
        this.setLoc({ lineno: 1, end_lineno: 1, col_offset: 0, end_col_offset: 0 });
        if (findAnn(mod.body)) this.addOp(op.SETUP_ANNOTATIONS);
        this.interactive = true;
        for (const s of mod.body) this.visitStmt(s);
        break;
      case 'Expression':
        this.visitExpr(mod.body);
        addNone = false;
        break;
      default:
        throw new Error(`internal error: cannot compile a ${(mod as { _type: string })._type}`);
    }
    return this.finishScope(addNone);
  }

  // --- units, blocks and instructions ---------------------------------------

  private enterScope(name: string, scopeType: ScopeType, node: object, lineno: number): void {
    const ste = this.st.lookup(node);
    const entry = new BasicBlock();
    const u: CompilerUnit = {
      scopeType, name, qualname: name, consts: new Map(), names: new Map(),
      varnames: new Map(ste.varnames.map((n, i) => [n, i])),
      cellvars: new Map(), freevars: new Map(),
      argcount: 0, posonlyargcount: 0, kwonlyargcount: 0, firstlineno: lineno,
      blocks: entry, entry, flags: codeFlags(ste) | this.future.flags,
    };
    // Cell and free variables are numbered in sorted name order (dictbytype).
    const cells = [...ste.symbols.keys()].filter((n) => ste.scope(n) === CELL).sort();
    if (ste.needsClassClosure) cells.push('__class__');
    cells.forEach((n, i) => u.cellvars.set(n, i));
    const frees = [...ste.symbols.entries()]
      .filter(([n, flags]) => ste.scope(n) === FREE || (flags & DEF_FREE_CLASS) !== 0)
      .map(([n]) => n).sort();
    frees.forEach((n, i) => u.freevars.set(n, cells.length + i));

    const unit: Unit = { u, ste, cur: entry, fblocks: [], needNewBlock: false, privateName: this.c?.privateName ?? null, lineno, endLineno: lineno, colOffset: 0, endColOffset: 0 };
    if (this.c !== undefined) this.stack.push(this.c);
    this.c = unit;
    if (scopeType === 'module') unit.lineno = 0;
    else this.setQualname();
    this.addOp(op.RESUME, 0);
    if (scopeType === 'module') unit.lineno = -1;
  }

  private finishScope(addNone: boolean): CodeObject {
    const code = assemble(this.c.u, this.filename, addNone);
    const parent = this.stack.pop();
    if (parent !== undefined) this.c = parent;
    return code;
  }

  /** compiler_set_qualname: dotted path, with <locals> after function scopes. */
  private setQualname(): void {
    const u = this.c.u;
    const parent = this.stack.length > 1 ? this.stack[this.stack.length - 1] : undefined;
    let base: string | null = null;
    if (parent !== undefined) {
      let forceGlobal = false;
      if (u.scopeType === 'function' || u.scopeType === 'async_function' || u.scopeType === 'class') {
        if (parent.ste.scope(u.name) === GLOBAL_EXPLICIT) forceGlobal = true;
      }
      if (!forceGlobal) {
        const p = parent.u.scopeType;
        base = p === 'function' || p === 'async_function' || p === 'lambda'
          ? `${parent.u.qualname}.<locals>` : parent.u.qualname;
      }
    }
    u.qualname = base !== null ? `${base}.${u.name}` : u.name;
  }

  setLoc(n: Located): void {
    this.c.lineno = n.lineno;
    this.c.endLineno = n.end_lineno ?? n.lineno;
    this.c.colOffset = n.col_offset;
    this.c.endColOffset = n.end_col_offset ?? -1;
  }

  /** UNSET_LOC: the instruction is artificial and gets its line from its neighbours. */
  unsetLoc(): void {
    this.c.lineno = -1;
    this.c.endLineno = -1;
    this.c.colOffset = -1;
    this.c.endColOffset = -1;
  }

  /** The block new instructions go to. */
  private block(): BasicBlock {
    if (this.c.needNewBlock) this.nextBlock();
    return this.c.cur;
  }

  /**
   * Append an instruction to the current block. One that ends a block (a jump, return or raise)
   * makes the next instruction open a new block, but only if one follows: a body that ends in
   * `return` must end in that block, or the assembler would add a `return None`.
   */
  private emit(instr: Instr): void {
    this.block().instrs.push(instr);
    if (isEndOfBasicBlock(instr)) this.c.needNewBlock = true;
  }

  addOp(opcode: number, oparg = 0, target: BasicBlock | null = null): void {
    const c = this.c;
    this.emit({ opcode, oparg, target, except: null, lineno: c.lineno, endLineno: c.endLineno,
      colOffset: c.colOffset, endColOffset: c.endColOffset });
  }

  addJump(opcode: number, target: BasicBlock): void {
    this.addOp(opcode, 0, target);
  }

  /** ADDOP_JUMP_NOLINE: an artificial jump. */
  private addJumpNoLine(opcode: number, target: BasicBlock): void {
    this.emit({ opcode, oparg: 0, target, except: null, lineno: -1, endLineno: 0, colOffset: 0, endColOffset: 0 });
  }

  newBlock(): BasicBlock {
    return newBlock(this.c.u);
  }

  /** compiler_use_next_block: `b` follows the current block in layout. */
  useNextBlock(b: BasicBlock): void {
    this.c.needNewBlock = false;
    this.c.cur.next = b;
    this.c.cur = b;
  }

  /** NEXT_BLOCK: start a fresh block after a jump or exit. */
  private nextBlock(): void {
    this.useNextBlock(this.newBlock());
  }

  private addConst(value: PyConst): number {
    const u = this.c.u;
    const key = constKey(value);
    const found = u.consts.get(key);
    if (found !== undefined) return found.index;
    const index = u.consts.size;
    u.consts.set(key, { value, index });
    return index;
  }

  loadConst(value: PyConst): void {
    this.addOp(op.LOAD_CONST, this.addConst(value));
  }

  private addName(table: Map<string, number>, name: string): number {
    let i = table.get(name);
    if (i === undefined) {
      i = table.size;
      table.set(name, i);
    }
    return i;
  }

  /** ADDOP_NAME: attribute and imported names are mangled too. */
  private attrName(name: string): number {
    return this.addName(this.c.u.names, mangle(this.c.privateName, name));
  }

  /** compiler_error: a SyntaxError at the current location. */
  error(msg: string): never {
    const c = this.c;
    syntaxError(msg, this.filename, this.source, { lineno: c.lineno, col_offset: c.colOffset,
      end_lineno: c.endLineno, end_col_offset: c.endColOffset });
  }

  /** forbidden_name: __debug__ cannot be bound or deleted. */
  forbiddenName(name: string, ctx: ast.expr_context): void {
    if (name !== '__debug__') return;
    if (ctx === 'Store') this.error('cannot assign to __debug__');
    if (ctx === 'Del') this.error('cannot delete __debug__');
  }

  // --- statements -----------------------------------------------------------

  /** compiler_body: module docstring to __doc__, then the statements. */
  private body(stmts: ast.stmt[]): void {
    if (this.c.u.scopeType === 'module' && stmts.length) this.setLoc(stmts[0]);
    if (findAnn(stmts)) this.addOp(op.SETUP_ANNOTATIONS);
    if (stmts.length === 0) return;
    let i = 0;
    const doc = docstring(stmts);
    if (doc !== null) {
      i = 1;
      this.visitExpr((stmts[0] as ast.Expr).value);
      this.unsetLoc();
      this.nameOp('__doc__', 'Store');
    }
    for (; i < stmts.length; i++) this.visitStmt(stmts[i]);
  }

  visitStmt(s: ast.stmt): void {
    this.setLoc(s);
    switch (s._type) {
      case 'FunctionDef': case 'AsyncFunctionDef': return this.functionDef(s);
      case 'Return': return this.returnStmt(s);
      case 'Assign':
        this.visitExpr(s.value);
        s.targets.forEach((t, i) => {
          if (i < s.targets.length - 1) this.addOp(op.COPY, 1);
          this.visitExpr(t);
        });
        return;
      case 'AugAssign': return this.augAssign(s);
      case 'For': return this.forStmt(s);
      case 'While': return this.whileStmt(s);
      case 'If': return this.ifStmt(s);
      case 'Global': case 'Nonlocal': return;
      case 'Expr': return this.exprStmt(s.value);
      case 'Pass': return this.addOp(op.NOP);
      case 'Break': return this.breakStmt();
      case 'Continue': return this.continueStmt();
      case 'ClassDef': return this.classDef(s);
      case 'Delete':
        for (const t of s.targets) this.visitExpr(t);
        return;
      case 'AnnAssign': return this.annAssign(s);
      case 'AsyncFor': return this.asyncFor(s);
      case 'With': return this.withStmt(s, 0);
      case 'AsyncWith': return this.asyncWith(s, 0);
      case 'Match': return compileMatch(this, s);
      case 'Raise': return this.raiseStmt(s);
      case 'Try': return this.tryStmt(s);
      case 'TryStar': return this.tryStmt(s);
      case 'Assert': return this.assertStmt(s);
      case 'Import': return this.importStmt(s);
      case 'ImportFrom': return this.fromImport(s);
    }
  }

  private raiseStmt(s: ast.Raise): void {
    let n = 0;
    if (s.exc) {
      this.visitExpr(s.exc);
      n++;
      if (s.cause) {
        this.visitExpr(s.cause);
        n++;
      }
    }
    this.addOp(op.RAISE_VARARGS, n);
  }

  private assertStmt(s: ast.Assert): void {
    const end = this.newBlock();
    this.jumpIf(s.test, end, true);
    this.addOp(op.LOAD_ASSERTION_ERROR);
    if (s.msg) {
      this.visitExpr(s.msg);
      this.addOp(op.PRECALL, 0);
      this.addOp(op.CALL, 0);
    }
    this.addOp(op.RAISE_VARARGS, 1);
    this.useNextBlock(end);
  }

  private importStmt(s: ast.Import): void {
    for (const alias of s.names) {
      this.loadConst(0n);
      this.loadConst(null);
      this.addOp(op.IMPORT_NAME, this.attrName(alias.name));
      if (alias.asname) {
        this.importAs(alias.name, alias.asname);
      } else {
        const dot = alias.name.indexOf('.');
        this.nameOp(dot >= 0 ? alias.name.slice(0, dot) : alias.name, 'Store');
      }
    }
  }

  /** compiler_import_as: `import a.b.c as d` binds the innermost module. */
  private importAs(name: string, asname: string): void {
    const parts = name.split('.');
    if (parts.length > 1) {
      parts.slice(1).forEach((attr, i) => {
        this.addOp(op.IMPORT_FROM, this.addName(this.c.u.names, attr));
        if (i < parts.length - 2) {
          this.addOp(op.SWAP, 2);
          this.addOp(op.POP_TOP);
        }
      });
      this.nameOp(asname, 'Store');
      this.addOp(op.POP_TOP);
      return;
    }
    this.nameOp(asname, 'Store');
  }

  private fromImport(s: ast.ImportFrom): void {
    if (s.lineno > this.future.lineno && s.module === '__future__') {
      this.error('from __future__ imports must occur at the beginning of the file');
    }
    this.loadConst(BigInt(s.level ?? 0));
    this.loadConst(new TupleConst(s.names.map((a) => a.name)));
    this.addOp(op.IMPORT_NAME, this.attrName(s.module ?? ''));
    for (const [i, alias] of s.names.entries()) {
      if (i === 0 && alias.name.startsWith('*')) {
        this.addOp(op.IMPORT_STAR);
        return;
      }
      this.addOp(op.IMPORT_FROM, this.attrName(alias.name));
      this.nameOp(alias.asname ?? alias.name, 'Store');
    }
    this.addOp(op.POP_TOP); // the module itself
  }

  private exprStmt(value: ast.expr): void {
    if (this.interactive && this.stack.length === 0) {
      this.visitExpr(value);
      this.addOp(op.PRINT_EXPR);
      return;
    }
    if (value._type === 'Constant') {
      this.addOp(op.NOP); // a constant statement does nothing but keeps its line
      return;
    }
    this.visitExpr(value);
    this.unsetLoc();
    this.addOp(op.POP_TOP);
  }

  private functionDef(s: ast.FunctionDef | ast.AsyncFunctionDef): void {
    const args = s.args;
    this.checkDebugArgs(args);
    for (const d of s.decorator_list) this.visitExpr(d);
    const firstlineno = s.decorator_list.length ? s.decorator_list[0].lineno : s.lineno;
    let funcflags = this.defaultArguments(args);
    if (this.annotations(args, s.returns)) funcflags |= 0x04;
    this.enterScope(s.name, s._type === 'AsyncFunctionDef' ? 'async_function' : 'function', s, firstlineno);
    const doc = docstring(s.body);
    this.addConst(doc);
    this.c.u.argcount = args.args.length;
    this.c.u.posonlyargcount = args.posonlyargs.length;
    this.c.u.kwonlyargcount = args.kwonlyargs.length;
    for (let i = doc !== null ? 1 : 0; i < s.body.length; i++) this.visitStmt(s.body[i]);
    const code = this.finishScope(true);
    this.makeClosure(code, funcflags);
    this.applyDecorators(s.decorator_list);
    this.nameOp(s.name, 'Store');
  }

  /** compiler_check_debug_args: no parameter may be called __debug__. */
  private checkDebugArgs(args: ast.arguments): void {
    for (const a of [...args.posonlyargs, ...args.args, args.vararg, ...args.kwonlyargs, args.kwarg]) {
      if (a) this.forbiddenName(a.arg, 'Store');
    }
  }

  /** compiler_class: the body becomes a function that __build_class__ calls. */
  private classDef(s: ast.ClassDef): void {
    for (const d of s.decorator_list) this.visitExpr(d);
    const firstlineno = s.decorator_list.length ? s.decorator_list[0].lineno : s.lineno;
    this.enterScope(s.name, 'class', s, firstlineno);
    this.c.privateName = s.name;
    this.nameOp('__name__', 'Load');
    this.nameOp('__module__', 'Store');
    this.loadConst(this.c.u.qualname);
    this.nameOp('__qualname__', 'Store');
    this.body(s.body);
    this.unsetLoc(); // the rest is artificial
    if (this.c.ste.needsClassClosure) {
      this.addOp(op.LOAD_CLOSURE, this.c.u.cellvars.get('__class__') as number);
      this.addOp(op.COPY, 1);
      this.nameOp('__classcell__', 'Store');
    } else {
      this.loadConst(null);
    }
    this.addOp(op.RETURN_VALUE);
    const code = this.finishScope(true);
    this.addOp(op.PUSH_NULL);
    this.addOp(op.LOAD_BUILD_CLASS);
    this.makeClosure(code, 0);
    this.loadConst(s.name);
    this.callHelper(2, s.bases, s.keywords);
    this.applyDecorators(s.decorator_list);
    this.nameOp(s.name, 'Store');
  }


  /** compiler_apply_decorators: innermost first, each call located at its decorator. */
  private applyDecorators(decos: ast.expr[]): void {
    const saved = this.saveLoc();
    for (let i = decos.length - 1; i >= 0; i--) {
      this.setLoc(decos[i]);
      this.addOp(op.PRECALL, 0);
      this.addOp(op.CALL, 0);
    }
    this.restoreLoc(saved);
  }

  /** compiler_visit_annotations: push a (name, annotation, ...) tuple; false if there are none. */
  private annotations(args: ast.arguments, returns: ast.expr | null): boolean {
    let count = 0;
    const one = (name: string, annotation: ast.expr | null): void => {
      if (!annotation) return;
      this.loadConst(mangle(this.c.privateName, name));
      if (this.stringAnnotations) {
        this.loadConst(unparseAnnotation(annotation));
      } else if (annotation._type === 'Starred') {
        this.visitExpr(annotation.value);
        this.addOp(op.UNPACK_SEQUENCE, 1);
      } else {
        this.visitExpr(annotation);
      }
      count += 2;
    };
    for (const a of args.args) one(a.arg, a.annotation);
    for (const a of args.posonlyargs) one(a.arg, a.annotation);
    if (args.vararg) one(args.vararg.arg, args.vararg.annotation);
    for (const a of args.kwonlyargs) one(a.arg, a.annotation);
    if (args.kwarg) one(args.kwarg.arg, args.kwarg.annotation);
    one('return', returns);
    if (count) this.addOp(op.BUILD_TUPLE, count);
    return count > 0;
  }

  /** compiler_annassign: assign, then record the annotation of a simple name in module and class scopes. */
  private annAssign(s: ast.AnnAssign): void {
    const targ = s.target;
    if (s.value) {
      this.visitExpr(s.value);
      this.visitExpr(targ);
    }
    const moduleOrClass = this.c.u.scopeType === 'module' || this.c.u.scopeType === 'class';
    switch (targ._type) {
      case 'Name':
        this.forbiddenName(targ.id, 'Store');
        if (s.simple && moduleOrClass) {
          if (this.stringAnnotations) this.loadConst(unparseAnnotation(s.annotation));
          else this.visitExpr(s.annotation);
          this.addOp(op.LOAD_NAME, this.addName(this.c.u.names, '__annotations__'));
          this.loadConst(mangle(this.c.privateName, targ.id));
          this.addOp(op.STORE_SUBSCR);
        }
        break;
      case 'Attribute':
        this.forbiddenName(targ.attr, 'Store');
        if (!s.value) this.checkAnnExpr(targ.value);
        break;
      case 'Subscript':
        if (!s.value) {
          this.checkAnnExpr(targ.value);
          this.checkAnnSubscr(targ.slice);
        }
        break;
      default:
        this.error(`invalid node type (${targ._type}) for annotated assignment`);
    }
    // check_annotation: a string annotation of another target is not even made.
    if (!s.simple && moduleOrClass && !this.stringAnnotations) this.checkAnnExpr(s.annotation);
  }

  private checkAnnExpr(e: ast.expr): void {
    this.visitExpr(e);
    this.addOp(op.POP_TOP);
  }

  private checkAnnSubscr(e: ast.expr): void {
    if (e._type === 'Slice') {
      for (const part of [e.lower, e.upper, e.step]) if (part) this.checkAnnExpr(part);
    } else if (e._type === 'Tuple') {
      for (const elt of e.elts) this.checkAnnSubscr(elt);
    } else {
      this.checkAnnExpr(e);
    }
  }


  /** compiler_default_arguments: push the defaults tuple; returns MAKE_FUNCTION flags. */
  private defaultArguments(args: ast.arguments): number {
    let flags = 0;
    if (args.defaults.length > 0) {
      for (const d of args.defaults) this.visitExpr(d);
      this.addOp(op.BUILD_TUPLE, args.defaults.length);
      flags |= 0x01;
    }
    // compiler_visit_kwonlydefaults: a dict of the keyword-only defaults.
    const keys: string[] = [];
    args.kwonlyargs.forEach((arg, i) => {
      const d = args.kw_defaults[i];
      if (d) {
        keys.push(mangle(this.c.privateName, arg.arg));
        this.visitExpr(d);
      }
    });
    if (keys.length) {
      this.loadConst(new TupleConst(keys));
      this.addOp(op.BUILD_CONST_KEY_MAP, keys.length);
      flags |= 0x02;
    }
    return flags;
  }

  /** compiler_make_closure: LOAD_CLOSUREs for the code's free variables, then MAKE_FUNCTION. */
  private makeClosure(code: CodeObject, flags: number): void {
    const free = code.freevars;
    if (free.length) {
      for (const name of free) {
        const isCell = (this.c.u.scopeType === 'class' && name === '__class__') || this.c.ste.scope(name) === CELL;
        const arg = isCell ? this.c.u.cellvars.get(name) : this.c.u.freevars.get(name);
        if (arg === undefined) throw new Error(`internal error: no closure variable '${name}'`);
        this.addOp(op.LOAD_CLOSURE, arg);
      }
      flags |= 0x08;
      this.addOp(op.BUILD_TUPLE, free.length);
    }
    this.loadConst(code);
    this.addOp(op.MAKE_FUNCTION, flags);
  }

  private returnStmt(s: ast.Return): void {
    const value = s.value;
    const preserveTos = value !== null && value._type !== 'Constant';
    if (this.c.ste.type !== 'function') this.error("'return' outside function");
    if (value !== null && this.c.ste.coroutine && this.c.ste.generator) this.error("'return' with value in async generator");
    if (preserveTos) {
      this.visitExpr(value);
    } else if (value !== null) {
      this.setLoc(value); // an instruction carrying the returned value's line
      this.addOp(op.NOP);
    }
    if (value === null || value.lineno !== s.lineno) {
      this.setLoc(s);
      this.addOp(op.NOP);
    }
    this.unwindFblockStack(preserveTos, false);
    if (value === null) this.loadConst(null);
    else if (!preserveTos) this.loadConst((value as ast.Constant).value);
    this.addOp(op.RETURN_VALUE);
  }

  private breakStmt(): void {
    this.addOp(op.NOP);
    const loop = this.unwindFblockStack(false, true);
    if (loop === null) this.error("'break' outside loop");
    this.unwindFblock(loop, false);
    this.addJump(JUMP, loop.exit as BasicBlock);
  }

  private continueStmt(): void {
    this.addOp(op.NOP);
    const loop = this.unwindFblockStack(false, true);
    if (loop === null) this.error("'continue' not properly in loop");
    this.addJump(JUMP, loop.block as BasicBlock);
  }

  /** compiler_unwind_fblock_stack: emit the clean-up of every block up to (not including) a loop. */
  private unwindFblockStack(preserveTos: boolean, stopAtLoop: boolean): FBlock | null {
    const fblocks = this.c.fblocks;
    if (fblocks.length === 0) return null;
    const top = fblocks[fblocks.length - 1];
    if (top.type === 'exception_group_handler') {
      this.error("'break', 'continue' and 'return' cannot appear in an except* block");
    }
    if (stopAtLoop && (top.type === 'while' || top.type === 'for')) return top;
    fblocks.pop();
    this.unwindFblock(top, preserveTos);
    const loop = this.unwindFblockStack(preserveTos, stopAtLoop);
    fblocks.push(top);
    return loop;
  }

  private unwindFblock(f: FBlock, preserveTos: boolean): void {
    switch (f.type) {
      case 'for':
        // Pop the iterator.
        if (preserveTos) this.addOp(op.SWAP, 2);
        this.addOp(op.POP_TOP);
        return;
      case 'try_except':
        this.addOp(POP_BLOCK);
        return;
      case 'finally_try':
        this.addOp(POP_BLOCK); // located at the statement that leaves the try
        if (preserveTos) this.c.fblocks.push({ type: 'pop_value', block: null, exit: null });
        for (const b of f.finalbody ?? []) this.visitStmt(b);
        if (preserveTos) this.c.fblocks.pop();
        // The finally body appears to run after the leaving statement, which becomes artificial.
        this.unsetLoc();
        return;
      case 'finally_end':
        if (preserveTos) this.addOp(op.SWAP, 2);
        this.addOp(op.POP_TOP); // exc_value
        if (preserveTos) this.addOp(op.SWAP, 2);
        this.addOp(POP_BLOCK);
        this.addOp(op.POP_EXCEPT);
        return;
      case 'with':
      case 'async_with':
        this.setLoc(f.stmt as ast.With | ast.AsyncWith);
        this.addOp(POP_BLOCK);
        if (preserveTos) this.addOp(op.SWAP, 2);
        this.callExitWithNones();
        if (f.type === 'async_with') this.awaitTop(2);
        this.addOp(op.POP_TOP);
        this.unsetLoc(); // the exit appears to run after the statement that leaves the block
        return;
      case 'pop_value':
        if (preserveTos) this.addOp(op.SWAP, 2);
        this.addOp(op.POP_TOP);
        return;
      case 'handler_cleanup':
        if (f.datum) this.addOp(POP_BLOCK);
        if (preserveTos) this.addOp(op.SWAP, 2);
        this.addOp(POP_BLOCK);
        this.addOp(op.POP_EXCEPT);
        if (f.datum) this.clearName(f.datum);
        return;
      default:
        return;
    }
  }

  /** compiler_with: one context manager per nesting level. */
  private withStmt(s: ast.With, pos: number): void {
    const item = s.items[pos];
    const body = this.newBlock();
    const final = this.newBlock();
    const exit = this.newBlock();
    const cleanup = this.newBlock();
    this.visitExpr(item.context_expr);
    this.addOp(op.BEFORE_WITH);
    this.addJump(SETUP_WITH, final);
    this.useNextBlock(body);
    this.c.fblocks.push({ type: 'with', block: body, exit: final, stmt: s });
    if (item.optional_vars) this.visitExpr(item.optional_vars);
    else this.addOp(op.POP_TOP); // the result of __enter__()
    if (pos + 1 === s.items.length) for (const b of s.body) this.visitStmt(b);
    else this.withStmt(s, pos + 1);
    this.unsetLoc();
    this.addOp(POP_BLOCK);
    this.c.fblocks.pop();
    this.setLoc(s);
    this.callExitWithNones();
    this.addOp(op.POP_TOP);
    this.addJump(JUMP, exit);
    this.useNextBlock(final);
    this.addJump(SETUP_CLEANUP, cleanup);
    this.addOp(op.PUSH_EXC_INFO);
    this.addOp(op.WITH_EXCEPT_START);
    this.withExceptFinish(cleanup);
    this.useNextBlock(exit);
  }

  /**
   * compiler_async_with: __aenter__() and __aexit__() are awaited; otherwise as `with`.
   */
  private asyncWith(s: ast.AsyncWith, pos: number): void {
    if (this.c.u.scopeType !== 'async_function') this.error("'async with' outside async function");
    const item = s.items[pos];
    const body = this.newBlock();
    const final = this.newBlock();
    const exit = this.newBlock();
    const cleanup = this.newBlock();
    this.visitExpr(item.context_expr);
    this.addOp(op.BEFORE_ASYNC_WITH);
    this.awaitTop(1);
    this.addJump(SETUP_WITH, final);
    this.useNextBlock(body);
    this.c.fblocks.push({ type: 'async_with', block: body, exit: final, stmt: s });
    if (item.optional_vars) this.visitExpr(item.optional_vars);
    else this.addOp(op.POP_TOP); // the result of __aenter__()
    if (pos + 1 === s.items.length) for (const b of s.body) this.visitStmt(b);
    else this.asyncWith(s, pos + 1);
    this.c.fblocks.pop();
    this.addOp(POP_BLOCK);
    this.setLoc(s);
    this.callExitWithNones();
    this.awaitTop(2);
    this.addOp(op.POP_TOP);
    this.addJump(JUMP, exit);
    this.useNextBlock(final);
    this.addJump(SETUP_CLEANUP, cleanup);
    this.addOp(op.PUSH_EXC_INFO);
    this.addOp(op.WITH_EXCEPT_START);
    this.awaitTop(2);
    this.withExceptFinish(cleanup);
    this.useNextBlock(exit);
  }

  /** GET_AWAITABLE `where` and the SEND loop: await the value on top (`where` tells the VM what it awaits). */
  private awaitTop(where: number): void {
    this.addOp(op.GET_AWAITABLE, where);
    this.loadConst(null);
    this.addYieldFrom(true);
  }

  private callExitWithNones(): void {
    this.loadConst(null);
    this.loadConst(null);
    this.loadConst(null);
    this.addOp(op.PRECALL, 2);
    this.addOp(op.CALL, 2);
  }

  /** compiler_with_except_finish: re-raise unless __exit__ returned true. */
  private withExceptFinish(cleanup: BasicBlock): void {
    this.unsetLoc();
    const exit = this.newBlock();
    this.addJump(POP_JUMP_IF_TRUE, exit);
    this.addOp(op.RERAISE, 2);
    this.useNextBlock(cleanup);
    this.popExceptAndReraise();
    this.useNextBlock(exit);
    this.addOp(op.POP_TOP); // exc_value
    this.addOp(POP_BLOCK);
    this.addOp(op.POP_EXCEPT);
    this.addOp(op.POP_TOP);
    this.addOp(op.POP_TOP);
  }

  /** compiler_try and compiler_try_star. */
  private tryStmt(s: ast.Try | ast.TryStar): void {
    if (s.finalbody.length) this.tryFinally(s);
    else if (s._type === 'Try') this.tryExcept(s);
    else this.tryStarExcept(s);
  }

  /**
   * compiler_try_finally (and compiler_try_star_finally): the finally body is emitted for the
   * normal exit and for the exceptional one.
   */
  private tryFinally(s: ast.Try | ast.TryStar): void {
    const body = this.newBlock();
    const end = this.newBlock();
    const exit = this.newBlock();
    const cleanup = this.newBlock();
    this.addJump(SETUP_FINALLY, end);
    this.useNextBlock(body);
    this.c.fblocks.push({ type: 'finally_try', block: body, exit: end, finalbody: s.finalbody });
    if (!s.handlers.length) for (const b of s.body) this.visitStmt(b);
    else if (s._type === 'Try') this.tryExcept(s);
    else this.tryStarExcept(s);
    this.addNoLine(POP_BLOCK);
    this.c.fblocks.pop();
    for (const b of s.finalbody) this.visitStmt(b);
    this.addJumpNoLine(JUMP, exit);
    this.useNextBlock(end);
    this.unsetLoc();
    this.addJump(SETUP_CLEANUP, cleanup);
    this.addOp(op.PUSH_EXC_INFO);
    this.c.fblocks.push({ type: 'finally_end', block: end, exit: null });
    for (const b of s.finalbody) this.visitStmt(b);
    this.c.fblocks.pop();
    this.addOp(op.RERAISE, 0);
    this.useNextBlock(cleanup);
    this.popExceptAndReraise();
    this.useNextBlock(exit);
  }

  /** compiler_try_except. */
  private tryExcept(s: ast.Try): void {
    const body = this.newBlock();
    let except = this.newBlock();
    const end = this.newBlock();
    const cleanup = this.newBlock();
    this.addJump(SETUP_FINALLY, except);
    this.useNextBlock(body);
    this.c.fblocks.push({ type: 'try_except', block: body, exit: null });
    for (const b of s.body) this.visitStmt(b);
    this.c.fblocks.pop();
    this.addNoLine(POP_BLOCK);
    for (const b of s.orelse) this.visitStmt(b);
    this.addJumpNoLine(JUMP, end);
    const n = s.handlers.length;
    this.useNextBlock(except);
    this.unsetLoc();
    this.addJump(SETUP_CLEANUP, cleanup);
    this.addOp(op.PUSH_EXC_INFO);
    this.c.fblocks.push({ type: 'exception_handler', block: null, exit: null });
    s.handlers.forEach((handler, i) => {
      this.setLoc(handler);
      if (!handler.type && i < n - 1) this.error("default 'except:' must be last");
      except = this.newBlock();
      if (handler.type) {
        this.visitExpr(handler.type);
        this.addOp(op.CHECK_EXC_MATCH);
        this.addJump(POP_JUMP_IF_FALSE, except);
      }
      if (handler.name) {
        const cleanupEnd = this.newBlock();
        const cleanupBody = this.newBlock();
        this.nameOp(handler.name, 'Store');
        // The body runs as `try: body finally: name = None; del name`.
        this.addJump(SETUP_CLEANUP, cleanupEnd);
        this.useNextBlock(cleanupBody);
        this.c.fblocks.push({ type: 'handler_cleanup', block: cleanupBody, exit: null, datum: handler.name });
        for (const b of handler.body) this.visitStmt(b);
        this.c.fblocks.pop();
        this.unsetLoc();
        this.addOp(POP_BLOCK);
        this.addOp(POP_BLOCK);
        this.addOp(op.POP_EXCEPT);
        this.clearName(handler.name);
        this.addJump(JUMP, end);
        this.useNextBlock(cleanupEnd);
        this.unsetLoc();
        this.clearName(handler.name);
        this.addOp(op.RERAISE, 1);
      } else {
        const cleanupBody = this.newBlock();
        this.addOp(op.POP_TOP); // exc_value
        this.useNextBlock(cleanupBody);
        this.c.fblocks.push({ type: 'handler_cleanup', block: cleanupBody, exit: null, datum: null });
        for (const b of handler.body) this.visitStmt(b);
        this.c.fblocks.pop();
        this.unsetLoc();
        this.addOp(POP_BLOCK);
        this.addOp(op.POP_EXCEPT);
        this.addJump(JUMP, end);
      }
      this.useNextBlock(except);
    });
    this.unsetLoc();
    this.c.fblocks.pop();
    this.addOp(op.RERAISE, 0);
    this.useNextBlock(cleanup);
    this.popExceptAndReraise();
    this.useNextBlock(end);
  }

  /**
   * compiler_try_star_except: each handler takes the part of the exception group it matches
   * (CHECK_EG_MATCH) and leaves the rest to the next one; what the handlers raise and what none
   * matched are collected in a list, from which PREP_RERAISE_STAR makes the group to re-raise.
   */
  private tryStarExcept(s: ast.TryStar): void {
    const body = this.newBlock();
    let except = this.newBlock();
    const orelse = this.newBlock();
    const end = this.newBlock();
    const cleanup = this.newBlock();
    const reraiseStar = this.newBlock();
    this.addJump(SETUP_FINALLY, except);
    this.useNextBlock(body);
    this.c.fblocks.push({ type: 'try_except', block: body, exit: null });
    for (const b of s.body) this.visitStmt(b);
    this.c.fblocks.pop();
    this.addNoLine(POP_BLOCK);
    this.addJumpNoLine(JUMP, orelse);
    const n = s.handlers.length;
    this.useNextBlock(except);
    this.unsetLoc();
    this.addJump(SETUP_CLEANUP, cleanup);
    this.addOp(op.PUSH_EXC_INFO);
    this.c.fblocks.push({ type: 'exception_group_handler', block: null, exit: null });
    s.handlers.forEach((handler, i) => {
      this.setLoc(handler);
      except = this.newBlock();
      const exceptWithError = this.newBlock();
      const noMatch = this.newBlock();
      if (i === 0) {
        // [exc] -> [orig, list of exceptions raised in handlers, exc]
        this.addOp(op.COPY, 1);
        this.addOp(op.BUILD_LIST, 0);
        this.addOp(op.SWAP, 2);
      }
      if (handler.type) {
        this.visitExpr(handler.type);
        this.addOp(op.CHECK_EG_MATCH); // [orig, res, rest, match or None]
        this.addOp(op.COPY, 1);
        this.addJump(POP_JUMP_IF_NONE, noMatch);
      }
      const cleanupEnd = this.newBlock();
      const cleanupBody = this.newBlock();
      if (handler.name) this.nameOp(handler.name, 'Store');
      else this.addOp(op.POP_TOP); // the match
      // The body runs as `try: body finally: name = None; del name`.
      this.addJump(SETUP_CLEANUP, cleanupEnd);
      this.useNextBlock(cleanupBody);
      this.c.fblocks.push({ type: 'handler_cleanup', block: cleanupBody, exit: null, datum: handler.name });
      for (const b of handler.body) this.visitStmt(b);
      this.c.fblocks.pop();
      this.unsetLoc();
      this.addOp(POP_BLOCK);
      if (handler.name) this.clearName(handler.name);
      this.addJump(JUMP, except);
      // The body raised: add the exception to the list.
      this.useNextBlock(cleanupEnd);
      this.unsetLoc();
      if (handler.name) this.clearName(handler.name);
      this.addOp(op.LIST_APPEND, 3);
      this.addOp(op.POP_TOP); // lasti
      this.addJump(JUMP, exceptWithError);
      this.useNextBlock(except);
      this.addOp(op.NOP); // to hold a propagated location
      this.addJump(JUMP, exceptWithError);
      this.useNextBlock(noMatch);
      this.addOp(op.POP_TOP); // the match (None)
      this.useNextBlock(exceptWithError);
      if (i === n - 1) {
        // What no handler matched (or None) joins the list too.
        this.addOp(op.LIST_APPEND, 1);
        this.addJump(JUMP, reraiseStar);
      }
    });
    this.unsetLoc();
    this.c.fblocks.pop();
    const reraise = this.newBlock();
    this.useNextBlock(reraiseStar);
    this.addOp(op.PREP_RERAISE_STAR);
    this.addOp(op.COPY, 1);
    this.addJump(POP_JUMP_IF_NOT_NONE, reraise);
    // Nothing to re-raise.
    this.addOp(op.POP_TOP);
    this.addOp(POP_BLOCK);
    this.addOp(op.POP_EXCEPT);
    this.addJump(JUMP, end);
    this.useNextBlock(reraise);
    this.addOp(POP_BLOCK);
    this.addOp(op.SWAP, 2);
    this.addOp(op.POP_EXCEPT);
    this.addOp(op.RERAISE, 0);
    this.useNextBlock(cleanup);
    this.popExceptAndReraise();
    this.useNextBlock(orelse);
    for (const b of s.orelse) this.visitStmt(b);
    this.useNextBlock(end);
  }

  /** `name = None; del name` after an except handler that bound it. */
  private clearName(name: string): void {
    this.loadConst(null);
    this.nameOp(name, 'Store');
    this.nameOp(name, 'Del');
  }

  /** compiler_pop_except_and_reraise. */
  private popExceptAndReraise(): void {
    this.addOp(op.COPY, 3);
    this.addOp(op.POP_EXCEPT);
    this.addOp(op.RERAISE, 1);
  }

  /** ADDOP_NOLINE. */
  private addNoLine(opcode: number, oparg = 0): void {
    this.emit({ opcode, oparg, target: null, except: null, lineno: -1, endLineno: 0, colOffset: 0, endColOffset: 0 });
  }

  private ifStmt(s: ast.If): void {
    const end = this.newBlock();
    const next = s.orelse.length ? this.newBlock() : end;
    this.jumpIf(s.test, next, false);
    for (const b of s.body) this.visitStmt(b);
    if (s.orelse.length) {
      this.addJumpNoLine(JUMP, end);
      this.useNextBlock(next);
      for (const b of s.orelse) this.visitStmt(b);
    }
    this.useNextBlock(end);
  }

  private whileStmt(s: ast.While): void {
    const loop = this.newBlock();
    const body = this.newBlock();
    const anchor = this.newBlock();
    const end = this.newBlock();
    this.useNextBlock(loop);
    this.c.fblocks.push({ type: 'while', block: loop, exit: end });
    this.jumpIf(s.test, anchor, false);
    this.useNextBlock(body);
    for (const b of s.body) this.visitStmt(b);
    // The test is repeated at the bottom of the loop.
    this.setLoc(s);
    this.jumpIf(s.test, body, true);
    this.c.fblocks.pop();
    this.useNextBlock(anchor);
    for (const b of s.orelse) this.visitStmt(b);
    this.useNextBlock(end);
  }

  private forStmt(s: ast.For): void {
    const start = this.newBlock();
    const body = this.newBlock();
    const cleanup = this.newBlock();
    const end = this.newBlock();
    this.c.fblocks.push({ type: 'for', block: start, exit: end });
    this.visitExpr(s.iter);
    this.addOp(op.GET_ITER);
    this.useNextBlock(start);
    this.addJump(op.FOR_ITER, cleanup);
    this.useNextBlock(body);
    this.visitExpr(s.target);
    for (const b of s.body) this.visitStmt(b);
    this.unsetLoc();
    this.addJump(JUMP, start);
    this.useNextBlock(cleanup);
    this.c.fblocks.pop();
    for (const b of s.orelse) this.visitStmt(b);
    this.useNextBlock(end);
  }

  /**
   * compiler_async_for: each __anext__() is awaited under a handler, whose END_ASYNC_FOR ends
   * the loop at StopAsyncIteration (and re-raises anything else).
   */
  private asyncFor(s: ast.AsyncFor): void {
    if (this.c.u.scopeType !== 'async_function') this.error("'async for' outside async function");
    const start = this.newBlock();
    const except = this.newBlock();
    const end = this.newBlock();
    this.visitExpr(s.iter);
    this.addOp(op.GET_AITER);
    this.useNextBlock(start);
    this.c.fblocks.push({ type: 'for', block: start, exit: end });
    this.addJump(SETUP_FINALLY, except);
    this.addOp(op.GET_ANEXT);
    this.loadConst(null);
    this.addYieldFrom(true);
    this.addOp(POP_BLOCK);
    this.visitExpr(s.target);
    for (const b of s.body) this.visitStmt(b);
    this.unsetLoc();
    this.addJump(JUMP, start);
    this.c.fblocks.pop();
    this.useNextBlock(except);
    // END_ASYNC_FOR follows the `for`, not the body: it takes the iterable's line.
    this.setLoc(s.iter);
    this.addOp(op.END_ASYNC_FOR);
    for (const b of s.orelse) this.visitStmt(b);
    this.useNextBlock(end);
  }

  private augAssign(s: ast.AugAssign): void {
    const e = s.target;
    const saved = this.saveLoc();
    this.setLoc(e);
    switch (e._type) {
      case 'Attribute':
        this.visitExpr(e.value);
        this.addOp(op.COPY, 1);
        this.matchAttrStart(e);
        this.addOp(op.LOAD_ATTR, this.attrName(e.attr));
        break;
      case 'Subscript':
        this.visitExpr(e.value);
        this.visitExpr(e.slice);
        this.addOp(op.COPY, 2);
        this.addOp(op.COPY, 2);
        this.addOp(op.BINARY_SUBSCR);
        break;
      case 'Name':
        this.nameOp(e.id, 'Load');
        break;
      default:
        this.error(`invalid node type (${e._type}) for augmented assignment`);
    }
    this.restoreLoc(saved);
    this.visitExpr(s.value);
    this.addOp(op.BINARY_OP, NB[s.op] + NB_INPLACE);
    this.setLoc(e);
    switch (e._type) {
      case 'Attribute':
        this.matchAttrStart(e);
        this.addOp(op.SWAP, 2);
        this.addOp(op.STORE_ATTR, this.attrName(e.attr));
        break;
      case 'Subscript':
        this.addOp(op.SWAP, 3);
        this.addOp(op.SWAP, 2);
        this.addOp(op.STORE_SUBSCR);
        break;
      case 'Name':
        this.nameOp(e.id, 'Store');
        break;
    }
  }

  // --- expressions ----------------------------------------------------------

  private saveLoc(): [number, number, number, number] {
    const c = this.c;
    return [c.lineno, c.endLineno, c.colOffset, c.endColOffset];
  }

  private restoreLoc(l: [number, number, number, number]): void {
    [this.c.lineno, this.c.endLineno, this.c.colOffset, this.c.endColOffset] = l;
  }

  /** compiler_visit_expr: the expression's location, restored afterwards. */
  visitExpr(e: ast.expr): void {
    const saved = this.saveLoc();
    this.setLoc(e);
    this.visitExpr1(e);
    this.restoreLoc(saved);
  }

  private visitExpr1(e: ast.expr): void {
    switch (e._type) {
      case 'BoolOp': return this.boolOp(e);
      case 'BinOp':
        this.visitExpr(e.left);
        this.visitExpr(e.right);
        return this.addOp(op.BINARY_OP, NB[e.op]);
      case 'UnaryOp':
        this.visitExpr(e.operand);
        return this.addOp({ Invert: op.UNARY_INVERT, Not: op.UNARY_NOT, UAdd: op.UNARY_POSITIVE,
          USub: op.UNARY_NEGATIVE }[e.op]);
      case 'Lambda': return this.lambda(e);
      case 'IfExp': return this.ifExp(e);
      case 'Dict': return this.dict(e);
      case 'Set': return this.starunpack(e.elts, op.BUILD_SET, op.SET_ADD, op.SET_UPDATE, false);
      case 'Compare': return this.compare(e);
      case 'Call': return this.call(e);
      case 'Constant': return this.loadConst(e.value);
      case 'Attribute': return this.attribute(e);
      case 'Subscript': return this.subscript(e);
      case 'Name': return this.nameOp(e.id, e.ctx);
      case 'List':
        if (e.ctx === 'Store') return this.assignmentHelper(e.elts);
        if (e.ctx === 'Load') return this.starunpack(e.elts, op.BUILD_LIST, op.LIST_APPEND, op.LIST_EXTEND, false);
        for (const elt of e.elts) this.visitExpr(elt);
        return;
      case 'Tuple':
        if (e.ctx === 'Store') return this.assignmentHelper(e.elts);
        if (e.ctx === 'Load') return this.starunpack(e.elts, op.BUILD_LIST, op.LIST_APPEND, op.LIST_EXTEND, true);
        for (const elt of e.elts) this.visitExpr(elt);
        return;
      case 'Slice': return this.slice(e);
      case 'ListComp': case 'SetComp': case 'GeneratorExp':
        return this.comprehension(e, e.generators, e.elt, null);
      case 'DictComp':
        return this.comprehension(e, e.generators, e.key, e.value);
      case 'Await':
        if (this.c.ste.type !== 'function') this.error("'await' outside function");
        if (this.c.u.scopeType !== 'async_function' && this.c.u.scopeType !== 'comprehension') {
          this.error("'await' outside async function");
        }
        this.visitExpr(e.value);
        return this.awaitTop(0);
      case 'Yield':
        if (this.c.ste.type !== 'function') this.error("'yield' outside function");
        if (e.value) this.visitExpr(e.value);
        else this.loadConst(null);
        return this.addYield();
      case 'YieldFrom':
        if (this.c.ste.type !== 'function') this.error("'yield' outside function");
        if (this.c.u.scopeType === 'async_function') this.error("'yield from' inside async function");
        this.visitExpr(e.value);
        this.addOp(op.GET_YIELD_FROM_ITER);
        this.loadConst(null);
        return this.addYieldFrom(false);
      case 'JoinedStr': return this.joinedStr(e);
      case 'FormattedValue': return this.formattedValue(e);
      case 'NamedExpr':
        this.visitExpr(e.value);
        this.addOp(op.COPY, 1);
        return this.visitExpr(e.target);
      case 'Starred':
        if (e.ctx === 'Store') this.error('starred assignment target must be in a list or tuple');
        return this.error("can't use starred expression here");
    }
  }

  /** compiler_nameop: the load/store opcode that the name's scope calls for. */
  nameOp(rawName: string, ctx: ast.expr_context): void {
    this.forbiddenName(rawName, ctx);
    const c = this.c;
    const name = mangle(c.privateName, rawName);
    const scope = c.ste.scope(name);
    const isFunction = c.ste.type === 'function';
    let kind: 'deref' | 'fast' | 'global' | 'name' = 'name';
    let dict = c.u.names;
    switch (scope) {
      case FREE: dict = c.u.freevars; kind = 'deref'; break;
      case CELL: dict = c.u.cellvars; kind = 'deref'; break;
      case LOCAL: if (isFunction) kind = 'fast'; break;
      case GLOBAL_IMPLICIT: if (isFunction) kind = 'global'; break;
      case GLOBAL_EXPLICIT: kind = 'global'; break;
    }
    const pick = (load: number, store: number, del: number): number =>
      ctx === 'Load' ? load : ctx === 'Store' ? store : del;
    switch (kind) {
      case 'deref':
        return this.addOp(pick(c.ste.type === 'class' ? op.LOAD_CLASSDEREF : op.LOAD_DEREF, op.STORE_DEREF,
          op.DELETE_DEREF), this.addName(dict, name));
      case 'fast':
        return this.addOp(pick(op.LOAD_FAST, op.STORE_FAST, op.DELETE_FAST), this.addName(c.u.varnames, name));
      case 'global': {
        const opcode = pick(op.LOAD_GLOBAL, op.STORE_GLOBAL, op.DELETE_GLOBAL);
        const arg = this.addName(dict, name);
        return this.addOp(opcode, opcode === op.LOAD_GLOBAL ? arg << 1 : arg);
      }
      case 'name':
        return this.addOp(pick(op.LOAD_NAME, op.STORE_NAME, op.DELETE_NAME), this.addName(dict, name));
    }
  }

  private boolOp(e: ast.BoolOp): void {
    const jump = e.op === 'And' ? op.JUMP_IF_FALSE_OR_POP : op.JUMP_IF_TRUE_OR_POP;
    const end = this.newBlock();
    const n = e.values.length - 1;
    for (let i = 0; i < n; i++) {
      this.visitExpr(e.values[i]);
      this.addJump(jump, end);
      this.useNextBlock(this.newBlock());
    }
    this.visitExpr(e.values[n]);
    this.useNextBlock(end);
  }

  private ifExp(e: ast.IfExp): void {
    const end = this.newBlock();
    const next = this.newBlock();
    this.jumpIf(e.test, next, false);
    this.visitExpr(e.body);
    this.addJumpNoLine(JUMP, end);
    this.useNextBlock(next);
    this.visitExpr(e.orelse);
    this.useNextBlock(end);
  }

  addCompare(cmp: ast.cmpop): void {
    switch (cmp) {
      case 'Is': return this.addOp(op.IS_OP, 0);
      case 'IsNot': return this.addOp(op.IS_OP, 1);
      case 'In': return this.addOp(op.CONTAINS_OP, 0);
      case 'NotIn': return this.addOp(op.CONTAINS_OP, 1);
      default: return this.addOp(op.COMPARE_OP, COMPARE_ARG[cmp] as number);
    }
  }

  private compare(e: ast.Compare): void {
    this.visitExpr(e.left);
    const n = e.ops.length - 1;
    if (n === 0) {
      this.visitExpr(e.comparators[0]);
      this.addCompare(e.ops[0]);
      return;
    }
    const cleanup = this.newBlock();
    for (let i = 0; i < n; i++) {
      this.visitExpr(e.comparators[i]);
      this.addOp(op.SWAP, 2);
      this.addOp(op.COPY, 2);
      this.addCompare(e.ops[i]);
      this.addJump(op.JUMP_IF_FALSE_OR_POP, cleanup);
    }
    this.visitExpr(e.comparators[n]);
    this.addCompare(e.ops[n]);
    const end = this.newBlock();
    this.addJumpNoLine(JUMP, end);
    this.useNextBlock(cleanup);
    this.addOp(op.SWAP, 2);
    this.addOp(op.POP_TOP);
    this.useNextBlock(end);
  }

  /** compiler_jump_if: jump to `next` if `e` is `cond`, with the short-circuit shapes of 3.11. */
  jumpIf(e: ast.expr, next: BasicBlock, cond: boolean): void {
    switch (e._type) {
      case 'UnaryOp':
        if (e.op === 'Not') return this.jumpIf(e.operand, next, !cond);
        break;
      case 'BoolOp': {
        const n = e.values.length - 1;
        const cond2 = e.op === 'Or';
        const next2 = cond2 !== cond ? this.newBlock() : next;
        for (let i = 0; i < n; i++) this.jumpIf(e.values[i], next2, cond2);
        this.jumpIf(e.values[n], next, cond);
        if (next2 !== next) this.useNextBlock(next2);
        return;
      }
      case 'IfExp': {
        const end = this.newBlock();
        const next2 = this.newBlock();
        this.jumpIf(e.test, next2, false);
        this.jumpIf(e.body, next, cond);
        this.addJumpNoLine(JUMP, end);
        this.useNextBlock(next2);
        this.jumpIf(e.orelse, next, cond);
        this.useNextBlock(end);
        return;
      }
      case 'Compare': {
        // The jumps of a comparison, and what follows them, carry the comparison's location.
        this.setLoc(e);
        this.compareJump(e, next, cond);
        return;
      }
    }
    this.visitExpr(e);
    this.addJump(cond ? POP_JUMP_IF_TRUE : POP_JUMP_IF_FALSE, next);
  }

  /** The Compare case of compiler_jump_if; chains jump out early through a clean-up block. */
  private compareJump(e: ast.Compare, next: BasicBlock, cond: boolean): void {
    const n = e.ops.length - 1;
    if (n > 0) {
      const cleanup = this.newBlock();
      this.visitExpr(e.left);
      for (let i = 0; i < n; i++) {
        this.visitExpr(e.comparators[i]);
        this.addOp(op.SWAP, 2);
        this.addOp(op.COPY, 2);
        this.addCompare(e.ops[i]);
        this.addJump(POP_JUMP_IF_FALSE, cleanup);
      }
      this.visitExpr(e.comparators[n]);
      this.addCompare(e.ops[n]);
      this.addJump(cond ? POP_JUMP_IF_TRUE : POP_JUMP_IF_FALSE, next);
      const end = this.newBlock();
      this.addJumpNoLine(JUMP, end);
      this.useNextBlock(cleanup);
      this.addOp(op.POP_TOP);
      if (!cond) this.addJumpNoLine(JUMP, next);
      this.useNextBlock(end);
      return;
    }
    this.visitExpr(e);
    this.addJump(cond ? POP_JUMP_IF_TRUE : POP_JUMP_IF_FALSE, next);
  }

  private lambda(e: ast.Lambda): void {
    this.checkDebugArgs(e.args);
    const funcflags = this.defaultArguments(e.args);
    this.enterScope('<lambda>', 'lambda', e, e.lineno);
    this.addConst(null); // None first, so a lambda never has a docstring
    this.c.u.argcount = e.args.args.length;
    this.c.u.posonlyargcount = e.args.posonlyargs.length;
    this.c.u.kwonlyargcount = e.args.kwonlyargs.length;
    this.visitExpr(e.body);
    let code: CodeObject;
    if (this.c.ste.generator) {
      code = this.finishScope(false);
    } else {
      this.addOp(op.RETURN_VALUE);
      code = this.finishScope(true);
    }
    this.makeClosure(code, funcflags);
  }

  /** ADDOP_YIELD: async generators wrap the value they yield. */
  private addYield(): void {
    if (this.c.ste.generator && this.c.ste.coroutine) this.addOp(op.ASYNC_GEN_WRAP);
    this.addOp(op.YIELD_VALUE);
    this.addOp(op.RESUME, 1);
  }

  /** compiler_add_yield_from: SEND until the subiterator is exhausted. */
  private addYieldFrom(isAwait: boolean): void {
    const start = this.newBlock();
    const resume = this.newBlock();
    const exit = this.newBlock();
    this.useNextBlock(start);
    this.addJump(op.SEND, exit);
    this.useNextBlock(resume);
    this.addOp(op.YIELD_VALUE, 0);
    this.addOp(op.RESUME, isAwait ? 3 : 2);
    this.addJump(JUMP_NO_INTERRUPT, start);
    this.useNextBlock(exit);
  }

  /** compiler_comprehension: a nested function called with the outermost iterator. */
  private comprehension(e: ast.expr, generators: ast.comprehension[], elt: ast.expr, value: ast.expr | null): void {
    const outermost = generators[0];
    const names: Record<string, string> = { ListComp: '<listcomp>', SetComp: '<setcomp>', DictComp: '<dictcomp>',
      GeneratorExp: '<genexpr>' };
    const outerScope = this.c.u.scopeType;
    this.enterScope(names[e._type], 'comprehension', e, e.lineno);
    this.setLoc(e); // the comprehension's own instructions carry its location
    // With `async for` or `await` inside, a generator expression is an asynchronous generator and
    // any other comprehension a coroutine, awaited where it stands.
    const isAsync = this.c.ste.coroutine;
    if (isAsync && e._type !== 'GeneratorExp' && outerScope !== 'async_function' && outerScope !== 'comprehension') {
      this.error('asynchronous comprehension outside of an asynchronous function');
    }
    const build: Record<string, number> = { ListComp: op.BUILD_LIST, SetComp: op.BUILD_SET, DictComp: op.BUILD_MAP };
    if (e._type !== 'GeneratorExp') this.addOp(build[e._type], 0);
    this.comprehensionGenerator(e._type, generators, 0, 0, elt, value);
    if (e._type !== 'GeneratorExp') this.addOp(op.RETURN_VALUE);
    const code = this.finishScope(true);
    this.makeClosure(code, 0);
    this.visitExpr(outermost.iter);
    this.addOp(outermost.is_async ? op.GET_AITER : op.GET_ITER);
    this.addOp(op.PRECALL, 0);
    this.addOp(op.CALL, 0);
    if (isAsync && e._type !== 'GeneratorExp') this.awaitTop(0);
  }

  /** compiler_comprehension_generator: one `for` clause, synchronous or `async for`. */
  private comprehensionGenerator(type: string, generators: ast.comprehension[], index: number, depth: number,
    elt: ast.expr, value: ast.expr | null): void {
    if (generators[index].is_async) this.asyncComprehensionGenerator(type, generators, index, depth, elt, value);
    else this.syncComprehensionGenerator(type, generators, index, depth, elt, value);
  }

  /** The innermost clause's work: yield or add the element. */
  private comprehensionElement(type: string, depth: number, elt: ast.expr, value: ast.expr | null): void {
    this.visitExpr(elt);
    switch (type) {
      case 'GeneratorExp':
        this.addYield();
        this.addOp(op.POP_TOP);
        break;
      case 'ListComp': this.addOp(op.LIST_APPEND, depth + 1); break;
      case 'SetComp': this.addOp(op.SET_ADD, depth + 1); break;
      case 'DictComp':
        this.visitExpr(value as ast.expr);
        this.addOp(op.MAP_ADD, depth + 1);
        break;
    }
  }

  /** compiler_async_comprehension_generator: an `async for` clause, each __anext__() awaited as in `async for`. */
  private asyncComprehensionGenerator(type: string, generators: ast.comprehension[], index: number, depth: number,
    elt: ast.expr, value: ast.expr | null): void {
    const start = this.newBlock();
    const except = this.newBlock();
    const ifCleanup = this.newBlock();
    const gen = generators[index];
    if (index === 0) {
      this.c.u.argcount = 1; // the outermost iterator is the argument
      this.addOp(op.LOAD_FAST, 0);
    } else {
      this.visitExpr(gen.iter);
      this.addOp(op.GET_AITER);
    }
    this.useNextBlock(start);
    this.c.fblocks.push({ type: 'async_comprehension_generator', block: start, exit: null });
    this.addJump(SETUP_FINALLY, except);
    this.addOp(op.GET_ANEXT);
    this.loadConst(null);
    this.addYieldFrom(true);
    this.addOp(POP_BLOCK);
    this.visitExpr(gen.target);
    for (const cond of gen.ifs) this.jumpIf(cond, ifCleanup, false);
    depth++;
    if (index + 1 < generators.length) this.comprehensionGenerator(type, generators, index + 1, depth, elt, value);
    else this.comprehensionElement(type, depth, elt, value);
    this.useNextBlock(ifCleanup);
    this.addJump(JUMP, start);
    this.c.fblocks.pop();
    this.useNextBlock(except);
    this.addOp(op.END_ASYNC_FOR);
  }

  /** compiler_sync_comprehension_generator: one `for` clause and its `if`s. */
  private syncComprehensionGenerator(type: string, generators: ast.comprehension[], index: number, depth: number,
    elt: ast.expr, value: ast.expr | null): void {
    let start: BasicBlock | null = this.newBlock();
    const ifCleanup = this.newBlock();
    const anchor = this.newBlock();
    const gen = generators[index];
    if (index === 0) {
      this.c.u.argcount = 1;
      this.addOp(op.LOAD_FAST, 0);
    } else {
      // `for y in [expr]` just assigns expr.
      const iter = gen.iter;
      const elts = iter._type === 'List' || iter._type === 'Tuple' ? iter.elts : null;
      if (elts !== null && elts.length === 1 && elts[0]._type !== 'Starred') {
        this.visitExpr(elts[0]);
        start = null;
      } else {
        this.visitExpr(iter);
        this.addOp(op.GET_ITER);
      }
    }
    if (start !== null) {
      depth++;
      this.useNextBlock(start);
      this.addJump(op.FOR_ITER, anchor);
    }
    this.visitExpr(gen.target);
    for (const cond of gen.ifs) this.jumpIf(cond, ifCleanup, false);
    if (index + 1 < generators.length) this.comprehensionGenerator(type, generators, index + 1, depth, elt, value);
    else this.comprehensionElement(type, depth, elt, value);
    this.useNextBlock(ifCleanup);
    if (start !== null) {
      this.addJump(JUMP, start);
      this.useNextBlock(anchor);
    }
  }

  private call(e: ast.Call): void {
    this.validateKeywords(e.keywords);
    if (this.maybeMethodCall(e)) return;
    this.setLoc(e.func);
    this.addOp(op.PUSH_NULL);
    this.setLoc(e);
    this.visitExpr(e.func);
    this.callHelper(0, e.args, e.keywords);
  }

  /** maybe_optimize_method_call: obj.meth(...) as LOAD_METHOD + CALL. */
  private maybeMethodCall(e: ast.Call): boolean {
    const meth = e.func;
    if (meth._type !== 'Attribute' || meth.ctx !== 'Load' || this.isImportOriginated(meth.value)) return false;
    const nargs = e.args.length;
    const nkw = e.keywords.length;
    if (nargs + nkw + (nkw !== 0 ? 1 : 0) >= STACK_USE_GUIDELINE) return false;
    if (e.args.some((a) => a._type === 'Starred') || e.keywords.some((k) => k.arg === null)) return false;
    this.visitExpr(meth.value);
    this.setLoc(meth);
    this.matchAttrStart(meth);
    this.addOp(op.LOAD_METHOD, this.attrName(meth.attr));
    for (const a of e.args) this.visitExpr(a);
    if (nkw) this.keywordsHelper(e.keywords);
    this.setLoc(e);
    this.matchAttrStart(meth);
    this.addOp(op.PRECALL, nargs + nkw);
    this.addOp(op.CALL, nargs + nkw);
    return true;
  }

  /** is_import_originated: a name the module imports (module.func() is not a method call). */
  private isImportOriginated(e: ast.expr): boolean {
    return e._type === 'Name' && ((this.st.top.symbols.get(e.id) ?? 0) & DEF_IMPORT) !== 0;
  }

  /** update_start_location_to_match_attr: a multi-line attribute is located at its name. */
  private matchAttrStart(attr: ast.Attribute): void {
    if (this.c.lineno === attr.end_lineno) return;
    this.c.lineno = attr.end_lineno;
    const len = Array.from(attr.attr).length;
    if (len <= attr.end_col_offset) {
      this.c.colOffset = attr.end_col_offset - len;
    } else {
      this.c.colOffset = -1;
      this.c.endColOffset = -1;
    }
  }

  private callHelper(n: number, args: ast.expr[], keywords: ast.keyword[]): void {
    this.validateKeywords(keywords);
    if (args.length + keywords.length * 2 > STACK_USE_GUIDELINE ||
      args.some((a) => a._type === 'Starred') || keywords.some((k) => k.arg === null)) {
      this.callEx(n, args, keywords);
      return;
    }
    for (const a of args) this.visitExpr(a);
    if (keywords.length) this.keywordsHelper(keywords);
    this.addOp(op.PRECALL, n + args.length + keywords.length);
    this.addOp(op.CALL, n + args.length + keywords.length);
  }

  /** The ex_call path of compiler_call_helper: CALL_FUNCTION_EX with a tuple and maybe a dict. */
  private callEx(n: number, args: ast.expr[], keywords: ast.keyword[]): void {
    if (n === 0 && args.length === 1 && args[0]._type === 'Starred') this.visitExpr(args[0].value);
    else this.starunpack(args, op.BUILD_LIST, op.LIST_APPEND, op.LIST_EXTEND, true, n);
    if (keywords.length) {
      let haveDict = false;
      let nseen = 0;
      keywords.forEach((kw, i) => {
        if (kw.arg !== null) {
          nseen++;
          return;
        }
        if (nseen) {
          this.subkwargs(keywords.slice(i - nseen, i));
          if (haveDict) this.addOp(op.DICT_MERGE, 1);
          haveDict = true;
          nseen = 0;
        }
        if (!haveDict) {
          this.addOp(op.BUILD_MAP, 0);
          haveDict = true;
        }
        this.visitExpr(kw.value);
        this.addOp(op.DICT_MERGE, 1);
      });
      if (nseen) {
        this.subkwargs(keywords.slice(keywords.length - nseen));
        if (haveDict) this.addOp(op.DICT_MERGE, 1);
      }
    }
    this.addOp(op.CALL_FUNCTION_EX, keywords.length > 0 ? 1 : 0);
  }

  /** compiler_subkwargs: named keyword arguments as a map. */
  private subkwargs(kws: ast.keyword[]): void {
    const n = kws.length;
    const big = n * 2 > STACK_USE_GUIDELINE;
    if (n > 1 && !big) {
      for (const kw of kws) this.visitExpr(kw.value);
      this.loadConst(new TupleConst(kws.map((k) => k.arg as string)));
      this.addOp(op.BUILD_CONST_KEY_MAP, n);
      return;
    }
    if (big) this.addNoLine(op.BUILD_MAP);
    for (const kw of kws) {
      this.loadConst(kw.arg);
      this.visitExpr(kw.value);
      if (big) this.addNoLine(op.MAP_ADD, 1);
    }
    if (!big) this.addOp(op.BUILD_MAP, n);
  }

  private validateKeywords(keywords: ast.keyword[]): void {
    for (let i = 0; i < keywords.length; i++) {
      const name = keywords[i].arg;
      if (name === null) continue;
      this.forbiddenName(name, 'Store');
      for (let j = i + 1; j < keywords.length; j++) {
        if (keywords[j].arg === name) {
          this.setLoc(keywords[j]);
          this.error(`keyword argument repeated: ${name}`);
        }
      }
    }
  }

  /** Keyword values, then KW_NAMES with the tuple of their names. */
  private keywordsHelper(keywords: ast.keyword[]): void {
    for (const k of keywords) this.visitExpr(k.value);
    this.addOp(op.KW_NAMES, this.addConst(new TupleConst(keywords.map((k) => k.arg as string))));
  }

  private attribute(e: ast.Attribute): void {
    this.visitExpr(e.value);
    this.matchAttrStart(e);
    if (e.ctx === 'Store') this.forbiddenName(e.attr, 'Store');
    const arg = this.attrName(e.attr);
    this.addOp(e.ctx === 'Load' ? op.LOAD_ATTR : e.ctx === 'Store' ? op.STORE_ATTR : op.DELETE_ATTR, arg);
  }

  private subscript(e: ast.Subscript): void {
    this.visitExpr(e.value);
    this.visitExpr(e.slice);
    this.addOp(e.ctx === 'Load' ? op.BINARY_SUBSCR : e.ctx === 'Store' ? op.STORE_SUBSCR : op.DELETE_SUBSCR);
  }

  private slice(e: ast.Slice): void {
    let n = 2;
    if (e.lower) this.visitExpr(e.lower);
    else this.loadConst(null);
    if (e.upper) this.visitExpr(e.upper);
    else this.loadConst(null);
    if (e.step) {
      n++;
      this.visitExpr(e.step);
    }
    this.addOp(op.BUILD_SLICE, n);
  }

  /** starunpack_helper: build a list/tuple/set from items, some of them starred, after `pushed` items. */
  private starunpack(elts: ast.expr[], build: number, add: number, extend: number, tuple: boolean, pushed = 0): void {
    const n = elts.length;
    if (n > 2 && elts.every((e) => e._type === 'Constant')) {
      const items = elts.map((e) => (e as ast.Constant).value);
      if (tuple && !pushed) {
        this.loadConst(new TupleConst(items));
        return;
      }
      this.addOp(build, pushed);
      this.loadConst(add === op.SET_ADD ? new FrozensetConst(setItems(items)) : new TupleConst(items));
      this.addOp(extend, 1);
      if (tuple) this.addOp(op.LIST_TO_TUPLE);
      return;
    }
    const big = n + pushed > STACK_USE_GUIDELINE;
    if (!big && !elts.some((e) => e._type === 'Starred')) {
      for (const e of elts) this.visitExpr(e);
      this.addOp(tuple ? op.BUILD_TUPLE : build, n + pushed);
      return;
    }
    let built = false;
    if (big) {
      this.addOp(build, pushed);
      built = true;
    }
    elts.forEach((elt, i) => {
      if (elt._type === 'Starred') {
        if (!built) {
          this.addOp(build, i + pushed);
          built = true;
        }
        this.visitExpr(elt.value);
        this.addOp(extend, 1);
      } else {
        this.visitExpr(elt);
        if (built) this.addOp(add, 1);
      }
    });
    if (tuple) this.addOp(op.LIST_TO_TUPLE);
  }

  /** compiler_dict: runs of key/value pairs become maps, merged with the ** items. */
  private dict(e: ast.Dict): void {
    const n = e.values.length;
    let haveDict = false;
    let elements = 0;
    for (let i = 0; i < n; i++) {
      if (e.keys[i] === null) {
        if (elements) {
          this.subdict(e, i - elements, i);
          if (haveDict) this.addOp(op.DICT_UPDATE, 1);
          haveDict = true;
          elements = 0;
        }
        if (!haveDict) {
          this.addOp(op.BUILD_MAP, 0);
          haveDict = true;
        }
        this.visitExpr(e.values[i]);
        this.addOp(op.DICT_UPDATE, 1);
      } else if (elements * 2 > STACK_USE_GUIDELINE) {
        this.subdict(e, i - elements, i + 1);
        if (haveDict) this.addOp(op.DICT_UPDATE, 1);
        haveDict = true;
        elements = 0;
      } else {
        elements++;
      }
    }
    if (elements) {
      this.subdict(e, n - elements, n);
      if (haveDict) this.addOp(op.DICT_UPDATE, 1);
      haveDict = true;
    }
    if (!haveDict) this.addOp(op.BUILD_MAP, 0);
  }

  /** compiler_subdict: keys[begin:end] and their values as one map. */
  private subdict(e: ast.Dict, begin: number, end: number): void {
    const n = end - begin;
    const big = n * 2 > STACK_USE_GUIDELINE;
    const keys = e.keys.slice(begin, end) as ast.expr[];
    if (n > 1 && !big && keys.every((k) => k._type === 'Constant')) {
      for (let i = begin; i < end; i++) this.visitExpr(e.values[i]);
      this.loadConst(new TupleConst(keys.map((k) => (k as ast.Constant).value)));
      this.addOp(op.BUILD_CONST_KEY_MAP, n);
      return;
    }
    if (big) this.addOp(op.BUILD_MAP, 0);
    for (let i = begin; i < end; i++) {
      this.visitExpr(e.keys[i] as ast.expr);
      this.visitExpr(e.values[i]);
      if (big) this.addOp(op.MAP_ADD, 1);
    }
    if (!big) this.addOp(op.BUILD_MAP, n);
  }

  /** assignment_helper: unpack into targets. */
  private assignmentHelper(elts: ast.expr[]): void {
    const n = elts.length;
    let seenStar = false;
    elts.forEach((elt, i) => {
      if (elt._type !== 'Starred') return;
      if (seenStar) this.error('multiple starred expressions in assignment');
      if (i >= 1 << 8) this.error('too many expressions in star-unpacking assignment');
      this.addOp(op.UNPACK_EX, i + ((n - i - 1) << 8));
      seenStar = true;
    });
    if (!seenStar) this.addOp(op.UNPACK_SEQUENCE, n);
    for (const e of elts) this.visitExpr(e._type === 'Starred' ? e.value : e);
  }

  private joinedStr(e: ast.JoinedStr): void {
    if (e.values.length > STACK_USE_GUIDELINE) {
      this.loadConst('');
      this.addOp(op.LOAD_METHOD, this.addName(this.c.u.names, 'join'));
      this.addOp(op.BUILD_LIST, 0);
      for (const v of e.values) {
        this.visitExpr(v);
        this.addOp(op.LIST_APPEND, 1);
      }
      this.addOp(op.PRECALL, 1);
      this.addOp(op.CALL, 1);
      return;
    }
    for (const v of e.values) this.visitExpr(v);
    if (e.values.length !== 1) this.addOp(op.BUILD_STRING, e.values.length);
  }

  private formattedValue(e: ast.FormattedValue): void {
    this.visitExpr(e.value);
    // FVC_NONE, FVC_STR, FVC_REPR, FVC_ASCII; FVS_HAVE_SPEC.
    let oparg = ({ 115: 1, 114: 2, 97: 3 } as Record<number, number>)[e.conversion] ?? 0;
    if (e.format_spec) {
      this.visitExpr(e.format_spec);
      oparg |= 4;
    }
    this.addOp(op.FORMAT_VALUE, oparg);
  }
}

/** The docstring of a body: its first statement, if that is a string constant. */
function docstring(stmts: ast.stmt[]): PyStr | null {
  const s = stmts[0];
  if (s !== undefined && s._type === 'Expr' && s.value._type === 'Constant' && isStr(s.value.value)) {
    return s.value.value;
  }
  return null;
}

/** find_ann: whether a body (not counting nested scopes) has an annotated assignment. */
function findAnn(stmts: ast.stmt[]): boolean {
  return stmts.some((st) => {
    switch (st._type) {
      case 'AnnAssign': return true;
      case 'For': case 'AsyncFor': case 'While': case 'If':
        return findAnn(st.body) || findAnn(st.orelse);
      case 'With': case 'AsyncWith':
        return findAnn(st.body);
      case 'Try': case 'TryStar':
        return st.handlers.some((h) => findAnn(h.body)) || findAnn(st.body) || findAnn(st.finalbody) ||
          findAnn(st.orelse);
      case 'Match':
        return st.cases.some((m) => findAnn(m.body));
      default:
        return false;
    }
  });
}

/** compute_code_flags. */
function codeFlags(ste: SymtableEntry): number {
  let flags = 0;
  if (ste.type === 'function') {
    flags |= CO_NEWLOCALS | CO_OPTIMIZED;
    if (ste.nested) flags |= CO_NESTED;
    if (ste.generator && !ste.coroutine) flags |= CO_GENERATOR;
    if (!ste.generator && ste.coroutine) flags |= CO_COROUTINE;
    if (ste.generator && ste.coroutine) flags |= CO_ASYNC_GENERATOR;
    if (ste.varargs) flags |= CO_VARARGS;
    if (ste.varkeywords) flags |= CO_VARKEYWORDS;
  }
  return flags;
}
