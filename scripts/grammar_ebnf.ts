// The parser's grammar as data, and as readable EBNF. Shared by scripts/gen_grammar.ts (which writes
// grammar/python.ebnf and grammar/diagrams.html) and packages/compiler/test/grammar.test.ts (which fails
// when the committed files no longer match the parser). Run under tsx or vitest: it imports the
// compiler's TypeScript sources, so the output never depends on a stale build.
import { type ISerializedGast, type TokenType } from 'chevrotain';
import { grammarProductions } from '../packages/compiler/src/parser.js';
import { allTokenTypes, KEYWORDS, OPERATORS } from '../packages/compiler/src/tokens.js';

/** A serialized GAST node with the fields chevrotain puts on its concrete kinds. */
export interface GastNode extends ISerializedGast {
  name?: string;
  label?: string;
  pattern?: string;
  separator?: GastNode;
  definition?: GastNode[];
}

/** The Python parser's rules, serialized by chevrotain (getSerializedGastProductions), in definition order. */
export function parserGrammar(): GastNode[] {
  return foldInlinedBodies(grammarProductions() as GastNode[]);
}

/** Occurrence indices from here up mark a rule body the parser inlines (INLINE_* in parser.ts). */
const FIRST_INLINE_OCCURRENCE = 10;

/**
 * Where brackets nest, the parser inlines the bodies of expression, namedExpression and their kin
 * rather than invoke those rules (saving JS stack per level). Shows each inlined copy as a
 * reference to its rule again: a run of nodes that equals another rule's definition, occurrence
 * indices aside, and comes from an inlined body (indices FIRST_INLINE_OCCURRENCE and up).
 * Repeats until nothing changes, since bodies inline bodies (namedExpression holds expression).
 */
function foldInlinedBodies(rules: GastNode[]): GastNode[] {
  const shape = (nodes: GastNode[]) => JSON.stringify(nodes, (k, v) => (k === 'idx' ? undefined : v));
  const inlined = (n: GastNode): boolean =>
    ((n as { idx?: number }).idx ?? 0) >= FIRST_INLINE_OCCURRENCE || (n.definition ?? []).some(inlined);
  const fold = (defs: GastNode[], self: string, top: boolean): GastNode[] => {
    const out = defs.map((d) => (d.definition ? { ...d, definition: fold(d.definition, self, false) } : d));
    for (const r of rules) {
      const body = r.definition!;
      if (r.name === self && top) continue;
      const want = shape(body);
      for (let i = 0; i + body.length <= out.length; i++) {
        const run = out.slice(i, i + body.length);
        if (run.some(inlined) && shape(run) === want) out.splice(i, body.length, { type: 'NonTerminal', name: r.name, idx: 0 } as GastNode);
      }
    }
    return out;
  };
  for (let changed = true; changed;) {
    changed = false;
    rules = rules.map((r) => {
      const definition = fold(r.definition!, r.name!, true);
      if (shape(definition) !== shape(r.definition!)) changed = true;
      return { ...r, definition };
    });
  }
  return rules;
}

/** Token name -> source spelling, for keywords and operators (other terminals go by token name). */
export function tokenSpellings(): Map<string, string> {
  const spellings = new Map<string, string>();
  for (const table of [KEYWORDS, OPERATORS]) for (const [text, type] of table) spellings.set(type.name, text);
  return spellings;
}

/** Each token category (BINOP, ...) with the tokens it matches, in tokens.ts order. */
function tokenCategories(): Map<TokenType, TokenType[]> {
  const categories = new Map<TokenType, TokenType[]>();
  for (const t of allTokenTypes) {
    for (const c of t.CATEGORIES ?? []) {
      if (!categories.has(c)) categories.set(c, []);
      categories.get(c)!.push(t);
    }
  }
  return categories;
}

const WIDTH = 100;
const INDENT = '    ';

/** A terminal as EBNF shows it: 'if', '(' for fixed spellings, else the token name (NAME, NEWLINE...). */
function terminal(name: string, spellings: Map<string, string>): string {
  const text = spellings.get(name);
  return text === undefined ? name : `'${text}'`;
}

/** One production as a single line of EBNF; `nested` alternations get parentheses. */
function render(node: GastNode, spellings: Map<string, string>, nested: boolean): string {
  const seq = (defs: GastNode[] | undefined) => (defs ?? []).map((d) => render(d, spellings, true)).join(' ');
  // Brackets already group their contents, so an alternation directly inside needs no parentheses.
  const inner = (defs: GastNode[] | undefined) =>
    defs?.length === 1 ? render(defs[0], spellings, false) : seq(defs);
  switch (node.type) {
    case 'Terminal':
      return terminal(node.name!, spellings);
    case 'NonTerminal':
      return node.name!;
    case 'Alternative':
      return seq(node.definition) || '(* empty *)';
    case 'Alternation': {
      if (node.definition!.length === 1) return render(node.definition![0], spellings, nested);
      const alts = node.definition!.map((d) => render(d, spellings, false)).join(' | ');
      return nested ? `( ${alts} )` : alts;
    }
    case 'Option':
      return `[ ${inner(node.definition)} ]`;
    case 'Repetition':
      return `{ ${inner(node.definition)} }`;
    case 'RepetitionMandatory':
      return `{ ${inner(node.definition)} }+`;
    case 'RepetitionWithSeparator': {
      const body = seq(node.definition);
      return `[ ${body} { ${render(node.separator!, spellings, true)} ${body} } ]`;
    }
    case 'RepetitionMandatoryWithSeparator': {
      const body = seq(node.definition);
      return `${body} { ${render(node.separator!, spellings, true)} ${body} }`;
    }
    default:
      throw new Error(`internal error: unexpected GAST node ${node.type}`);
  }
}

/**
 * Wraps one line of EBNF at WIDTH. An overlong line breaks before the latest of its least-nested words
 * in its second half, so breaks fall between whole groups where possible. Literals never contain spaces.
 */
function wrap(text: string, first: string, rest: string): string[] {
  const words: { text: string; depth: number }[] = [];
  let depth = 0;
  for (const word of text.split(' ')) {
    words.push({ text: word, depth });
    if (/^[([{]$/.test(word)) depth++;
    else if (/^[)\]}]/.test(word)) depth--;
  }
  const lines: string[] = [];
  let lead = first;
  while (words.length > 0) {
    let n = 1;
    while (n < words.length && (lead + words.slice(0, n + 1).map((w) => w.text).join(' ')).length <= WIDTH) n++;
    if (n < words.length) {
      let cut = n;
      const width = (k: number) => (lead + words.slice(0, k).map((w) => w.text).join(' ')).length;
      for (let i = n - 1; i > 0 && width(i) >= WIDTH / 2; i--) if (words[i].depth < words[cut].depth) cut = i;
      n = cut;
    }
    lines.push(lead + words.splice(0, n).map((w) => w.text).join(' '));
    lead = rest;
  }
  return lines;
}

/** One rule: on one line if it fits, else one top-level alternative per line, each wrapped. */
function renderRule(name: string, body: GastNode[], spellings: Map<string, string>): string {
  const single = `${name} = ${body.map((d) => render(d, spellings, body.length > 1)).join(' ')} ;`;
  if (single.length <= WIDTH) return single;
  const alts = body.length === 1 && body[0].type === 'Alternation' ? body[0].definition! : [{ type: 'Alternative', definition: body } as GastNode];
  const lines = [`${name} =`];
  alts.forEach((alt, i) => {
    const lead = `${INDENT}${i === 0 ? '  ' : '| '}`;
    lines.push(...wrap(render(alt, spellings, false), lead, `${INDENT}    `));
  });
  lines.push(`${INDENT};`);
  return lines.join('\n');
}

const HEADER = `(* Python 3.11 grammar as recognised by the pyc-ts parser (packages/compiler/src/parser.ts).

   GENERATED from the chevrotain parser by scripts/gen_grammar.ts; do not edit. After changing the
   parser, run \`npm run grammar\` (the compiler's grammar test fails until you do).

   Notation: a b  sequence;  a | b  choice;  ( ... )  grouping;  [ ... ]  optional;  { ... }  zero
   or more;  { ... }+  one or more;  'if'  a keyword or operator as spelled;  NAME, NUMBER, STRING,
   NEWLINE, INDENT, DEDENT, ENDMARKER  tokens from the tokenizer;  TYPE_COMMENT  a \`# type:\` comment,
   a token only when type comments are asked for (ast.parse's type_comments).

   This is the parser's grammar, not CPython's PEG grammar: where Python needs unbounded lookahead
   the parser accepts a general form and checks it in its actions (assignment targets, soft
   keywords, invalid_* error rules), and gates on the next tokens are not shown. Operators are read
   as flat chains (disjunction, bitor: operands and operators in turn) and grouped afterwards by
   Python's precedence, lowest first: or, and, not, comparisons, |, ^, &, << >>, + -, * / // % @,
   unary + - ~, ** (right-associative), await. A 'not' starts an operand only first or after
   'and'/'or'. *)
`;

/** EBNF for chevrotain rules: a header, one block per rule, then the token categories the rules use. */
export function grammarToEbnf(rules: GastNode[], spellings: Map<string, string>, categories = new Map<TokenType, TokenType[]>()): string {
  const blocks = rules.map((r) => renderRule(r.name!, r.definition ?? [], spellings));
  const used = new Set<string>();
  const walk = (n: GastNode) => {
    if (n.type === 'Terminal') used.add(n.name!);
    n.definition?.forEach(walk);
    if (n.separator) walk(n.separator);
  };
  rules.forEach(walk);
  const classes = [...categories]
    .filter(([c]) => used.has(c.name))
    .map(([c, members]) => {
      const alts = members.map((m) => terminal(m.name, spellings)).join(' | ');
      return `${wrap(`${c.name} = ${alts}`, '', INDENT).join('\n')} ;`;
    });
  const tail = classes.length ? `\n\n(* Token categories: one terminal in the rules above matches any of these. *)\n\n${classes.join('\n\n')}` : '';
  return `${HEADER}\n${blocks.join('\n\n')}${tail}\n`;
}

/** grammar/python.ebnf as the parser now stands. */
export function pythonEbnf(rules: GastNode[] = parserGrammar()): string {
  return grammarToEbnf(rules, tokenSpellings(), tokenCategories());
}
