// `npm run grammar`: regenerates grammar/ from the chevrotain parser (packages/compiler/src/parser.ts):
//   grammar/python.ebnf    readable EBNF (scripts/grammar_ebnf.ts)
//   grammar/diagrams.html  railroad diagrams (chevrotain's createSyntaxDiagramsCode)
//   grammar/railroad/      the scripts and stylesheet that page loads, copied from the installed chevrotain
//                          so that it works offline (chevrotain's default loads them from unpkg.com)
// packages/compiler/test/grammar.test.ts fails while the committed files differ from what this writes.
import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { diagramsHtml, RAILROAD_FILES } from './grammar_diagrams.js';
import { parserGrammar, pythonEbnf } from './grammar_ebnf.js';

const grammarDir = new URL('../grammar/', import.meta.url);
const chevrotainDiagrams = new URL('../../diagrams/', import.meta.resolve('chevrotain'));

const rules = parserGrammar();
writeFileSync(new URL('python.ebnf', grammarDir), pythonEbnf(rules));
writeFileSync(new URL('diagrams.html', grammarDir), diagramsHtml(rules));
for (const [from, to] of RAILROAD_FILES) {
  const target = new URL(`railroad/${to}`, grammarDir);
  mkdirSync(new URL('.', target), { recursive: true });
  copyFileSync(new URL(from, chevrotainDiagrams), target);
}
console.log(`wrote ${fileURLToPath(grammarDir)}: python.ebnf, diagrams.html, railroad/ (${rules.length} rules)`);
