// grammar/ must match the parser: python.ebnf and diagrams.html are regenerated in memory and compared
// with the committed files, and the diagrams page must draw from local copies of chevrotain's scripts (no network).
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import vm from 'node:vm';
import { createToken, CstParser } from 'chevrotain';
import { describe, expect, test } from 'vitest';
import { grammarToEbnf, parserGrammar, pythonEbnf, type GastNode } from '../../../scripts/grammar_ebnf.js';
import { diagramsHtml, RAILROAD_FILES } from '../../../scripts/grammar_diagrams.js';

const grammarDir = new URL('../../../grammar/', import.meta.url);
const committed = (name: string) => readFileSync(new URL(name, grammarDir), 'utf8');

// grammar/railroad/ is chevrotain's own diagram code, copied in by `npm run grammar` and not committed;
// the page's references are checked against, and run from, the installed chevrotain package.
const chevrotainDiagrams = new URL('../../diagrams/', pathToFileURL(createRequire(import.meta.url).resolve('chevrotain')));
function railroadSource(ref: string): URL | undefined {
  const entry = RAILROAD_FILES.find(([, to]) => `railroad/${to}` === ref);
  return entry && new URL(entry[0], chevrotainDiagrams);
}
const STALE = 'is out of date with packages/compiler/src/parser.ts: run `npm run grammar` and commit grammar/';

const rules = parserGrammar();

describe('grammar/ is in step with the parser', () => {
  test('python.ebnf', () => {
    expect(pythonEbnf(rules), `grammar/python.ebnf ${STALE}`).toBe(committed('python.ebnf'));
  });

  test('diagrams.html', () => {
    expect(diagramsHtml(rules), `grammar/diagrams.html ${STALE}`).toBe(committed('diagrams.html'));
  });

  test('every rule has a block in python.ebnf', () => {
    const text = committed('python.ebnf');
    for (const r of rules) expect(text).toMatch(new RegExp(`^${r.name} =`, 'm'));
  });
});

describe('grammar/diagrams.html works offline', () => {
  const html = committed('diagrams.html');
  const scripts = [...html.matchAll(/<script src='([^']+)'>/g)].map((m) => m[1]);
  const styles = [...html.matchAll(/<link rel='stylesheet' href='([^']+)'>/g)].map((m) => m[1]);

  test('loads only the local copies of chevrotain\'s scripts that `npm run grammar` makes', () => {
    expect(scripts.length).toBe(4);
    expect(styles.length).toBe(1);
    for (const ref of [...scripts, ...styles]) {
      expect(ref).not.toMatch(/^[a-z]+:|^\/\//i);
      const source = railroadSource(ref);
      expect(source && existsSync(source), `${ref} is not one of chevrotain's diagram files`).toBe(true);
    }
  });

  test('its scripts draw one railroad diagram per rule', () => {
    // The page's classic scripts define globals on window; run them the same way in a bare context.
    const page: Record<string, any> = {};
    page.window = page;
    vm.createContext(page);
    for (const src of scripts) vm.runInContext(readFileSync(railroadSource(src)!, 'utf8'), page, { filename: src });
    const inline = html.match(/<script>([\s\S]*?)<\/script>/)![1];
    vm.runInContext(inline, page);
    const drawn: string = page.diagrams_builder.buildSyntaxDiagramsText(page.serializedGrammar);
    expect(drawn.match(/<svg class="railroad-diagram"/g)?.length).toBe(rules.length);
    expect(drawn).toContain(`<h2 class="diagramHeader">${rules[0].name}</h2>`);
    expect(drawn).toContain("'def'"); // keywords labelled by spelling, not as kw_def
  });
});

describe('grammarToEbnf', () => {
  // A toy parser using each chevrotain DSL construct once.
  const Id = createToken({ name: 'Id', pattern: /[a-z]+/ });
  const Comma = createToken({ name: 'Comma', pattern: /,/ });
  const Semi = createToken({ name: 'Semi', pattern: /;/ });
  const Kw = createToken({ name: 'kw_x', pattern: /x/ });
  class Toy extends CstParser {
    constructor() {
      super([Kw, Id, Comma, Semi]);
      this.performSelfAnalysis();
    }
    top = this.RULE('top', () => {
      this.OPTION(() => this.CONSUME(Kw));
      this.MANY(() => this.SUBRULE(this.item));
      this.AT_LEAST_ONE(() => this.CONSUME(Semi));
      this.MANY_SEP({ SEP: Comma, DEF: () => this.CONSUME2(Id) });
      this.AT_LEAST_ONE_SEP({ SEP: Semi, DEF: () => this.CONSUME3(Id) });
    });
    item = this.RULE('item', () => {
      this.OR([{ ALT: () => this.CONSUME(Id) }, { ALT: () => this.CONSUME2(Kw) }, { ALT: () => {} }]);
      this.OPTION2(() => this.OR2([{ ALT: () => this.CONSUME(Comma) }, { ALT: () => this.CONSUME4(Id) }]));
      this.MANY2(() => {
        this.CONSUME2(Comma);
        this.OR3([{ ALT: () => this.CONSUME5(Id) }, { ALT: () => this.CONSUME3(Kw) }]);
      });
    });
  }
  const toy = new Toy().getSerializedGastProductions() as GastNode[];
  const body = (text: string) => text.slice(text.indexOf('*)\n') + 3);

  test('renders each construct', () => {
    expect(body(grammarToEbnf(toy, new Map([['kw_x', 'x']])))).toBe(
      '\n' +
        "top = [ 'x' ] { item } { Semi }+ [ Id { Comma Id } ] Id { Semi Id } ;\n\n" +
        "item = ( Id | 'x' | (* empty *) ) [ Comma | Id ] { Comma ( Id | 'x' ) } ;\n",
    );
  });

  test('wraps long rules by alternative', () => {
    const long = Array.from({ length: 12 }, (_, i) => ({ type: 'NonTerminal', name: `alternative${i}` }));
    const rule = { type: 'Rule', name: 'r', definition: [{ type: 'Alternation', definition: long.map((n) => ({ type: 'Alternative', definition: [n] })) }] };
    const text = body(grammarToEbnf([rule as GastNode], new Map()));
    expect(text.split('\n').slice(1, 4)).toEqual(['r =', '      alternative0', '    | alternative1']);
    expect(text.trimEnd().endsWith('    ;')).toBe(true);
  });
});
