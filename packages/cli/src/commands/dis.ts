// `pyc-ts dis [FILE]`: what `python3 -m dis FILE` prints; FILE may also be a .pyc.

import { disassemble, type CodeObject } from '@pyc-ts/bytecode';
import { CliExit } from '../cli_exit.js';
import { readInputFile, readStdin } from '../files.js';
import type { ProcessOutput } from '../output.js';
import { loadPyc } from '../run_pyc.js';

export async function disCommand(file: string | undefined, output: ProcessOutput): Promise<number> {
  output.stdout(disassemble(file?.endsWith('.pyc') ? pycCode(file) : await sourceCode(file)));
  return 0;
}

/** `python3 -m dis` compiles under the name it was given, or "<stdin>". The compiler is loaded only for this. */
async function sourceCode(file: string | undefined): Promise<CodeObject> {
  const source = file === undefined ? readStdin() : readInputFile(file);
  const [{ compileDeep }, { exitOnSyntaxError }] = await Promise.all([import('../deep_stack.js'), import('./syntax_exit.js')]);
  return exitOnSyntaxError(() => compileDeep(source, file ?? '<stdin>', 'exec'));
}

function pycCode(file: string): CodeObject {
  const code = loadPyc(readInputFile(file));
  if (typeof code === 'string') throw new CliExit(1, `RuntimeError: ${code}\n`);
  return code;
}
