// `pyc-ts ast [-a] [-m MODE] [-i N] [FILE]`: what `python3 -m ast ... FILE` prints.

import { dumpAst, parse } from '@pyc-ts/compiler';
import { readInputFile, readStdin } from '../files.js';
import type { ProcessOutput } from '../output.js';
import { exitOnSyntaxError } from './syntax_exit.js';

export interface AstOptions {
  mode: 'exec' | 'eval' | 'single';
  includeAttributes: boolean;
  indent: number;
}

export function astCommand(file: string | undefined, options: AstOptions, output: ProcessOutput): number {
  const source = file === undefined ? readStdin() : readInputFile(file);
  const tree = exitOnSyntaxError(() => parse(source, file ?? '<stdin>', options.mode));
  output.stdout(dumpAst(tree, { includeAttributes: options.includeAttributes, indent: options.indent }) + '\n');
  return 0;
}
