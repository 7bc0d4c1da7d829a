// `pyc-ts ast [-a] [-m MODE] [-i N] [--no-type-comments] [FILE]`: what `python3 -m ast ... FILE` prints.

import type { ParseMode } from '@pyc-ts/compiler';
import { astDumpDeep } from '../deep_stack.js';
import { readInputFile, readStdin } from '../files.js';
import type { ProcessOutput } from '../output.js';
import { exitOnSyntaxError } from './syntax_exit.js';

export interface AstOptions {
  mode: ParseMode;
  includeAttributes: boolean;
  indent: number;
  /** As `python3 -m ast`, type comments are read unless --no-type-comments. */
  typeComments: boolean;
}

export function astCommand(file: string | undefined, options: AstOptions, output: ProcessOutput): number {
  const source = file === undefined ? readStdin() : readInputFile(file);
  const { mode, includeAttributes, indent, typeComments } = options;
  const text = exitOnSyntaxError(() => astDumpDeep(source, file ?? '<stdin>', mode, { includeAttributes, indent, typeComments }));
  output.stdout(text + '\n');
  return 0;
}
