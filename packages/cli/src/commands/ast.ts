// `pyc-ts ast [-a] [-m MODE] [-i N] [FILE]`: what `python3 -m ast ... FILE` prints.

import { astDumpDeep } from '../deep_stack.js';
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
  const text = exitOnSyntaxError(() => astDumpDeep(source, file ?? '<stdin>', options.mode, options.includeAttributes, options.indent));
  output.stdout(text + '\n');
  return 0;
}
