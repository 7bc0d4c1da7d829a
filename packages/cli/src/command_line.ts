// The command line of `pyc-ts`: its commands and options (commander), each command's module loaded when used.

import { existsSync, readFileSync } from 'node:fs';
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import type { AstOptions } from './commands/ast.js';
import type { ProcessOutput } from './output.js';

/** argparse's status for a bad command line, which `python3 -m ...` gives. */
const USAGE_ERROR = 2;

/** Runs the command `argv` names and gives its exit status; a bad command line gives a usage message, status 2. */
export async function runCommandLine(argv: string[], output: ProcessOutput): Promise<number> {
  let status = 0;
  try {
    await buildProgram(output, (s) => (status = s)).parseAsync(argv);
  } catch (e) {
    // Commander has printed the help, the version or the complaint already.
    if (e instanceof CommanderError) return e.exitCode === 0 ? 0 : USAGE_ERROR;
    throw e;
  }
  return status;
}

/** The CLI package's version, from its package.json above this module (built or bundled, at any depth). */
function cliVersion(): string {
  for (let dir = new URL('.', import.meta.url); ; ) {
    const candidate = new URL('package.json', dir);
    if (existsSync(candidate)) {
      const pkg = JSON.parse(readFileSync(candidate, 'utf8')) as { name?: string; version: string };
      if (pkg.name === '@pyc-ts/cli') return pkg.version;
    }
    const parent = new URL('..', dir);
    if (parent.href === dir.href) return 'unknown';
    dir = parent;
  }
}

function buildProgram(output: ProcessOutput, setStatus: (status: number) => void): Command {
  const program = new Command('pyc-ts')
    .description('A TypeScript toolchain for Python: CPython 3.11 bytecode compiler and VM')
    .version(cliVersion())
    .enablePositionalOptions()
    .exitOverride()
    .configureOutput({ writeOut: output.stdout, writeErr: output.stderr });

  program
    .command('run')
    .description('run a Python program (.py or .pyc), as python3 FILE [args...] would')
    .argument('<file>', 'the program')
    .argument('[args...]', "the rest of sys.argv (after the program's name)")
    .option('--max-allocation <items>', 'the most items (elements, characters, bytes) one allocation may make before MemoryError (default: 2**26)', parseCount)
    .option('--step-limit <n>', 'stop the program after N steps (backward jumps, calls, returns, handlers entered)', parseCount)
    .passThroughOptions()
    .action(async (file: string, args: string[], opts: { maxAllocation?: number; stepLimit?: number }) => {
      const { runCommand } = await import('./commands/run.js');
      setStatus(await runCommand(file, args, output, { maxAllocation: opts.maxAllocation, stepLimit: opts.stepLimit }));
    });

  program
    .command('compile')
    .description('compile a .py file to the .pyc CPython 3.11 writes (python3 -m py_compile FILE)')
    .argument('<file>', 'the source file')
    .option('-o, --output <pyc>', 'where to write it (default: <dir>/__pycache__/<name>.cpython-311.pyc)')
    .action(async (file: string, opts: { output?: string }) => {
      const { compileCommand } = await import('./commands/compile.js');
      setStatus(compileCommand(file, opts.output));
    });

  program
    .command('dis')
    .description('disassemble a .py or .pyc file, as python3 -m dis FILE prints it')
    .argument('[file]', 'the file (default: read source from stdin)')
    .action(async (file: string | undefined) => {
      const { disCommand } = await import('./commands/dis.js');
      setStatus(await disCommand(file, output));
    });

  program
    .command('ast')
    .description('print the syntax tree of a .py file, as python3 -m ast FILE prints it')
    .argument('[file]', 'the file to parse (default: read it from stdin)')
    .addOption(
      new Option('-m, --mode <mode>', 'what kind of code must be parsed').choices(['exec', 'single', 'eval', 'func_type']).default('exec'),
    )
    .option('--no-type-comments', "don't add information about type comments")
    .option('-a, --include-attributes', 'include attributes such as line numbers and column offsets', false)
    .option('-i, --indent <n>', 'indentation of nodes (number of spaces)', parseInteger, 3)
    .action(async (file: string | undefined, opts: AstOptions) => {
      const { astCommand } = await import('./commands/ast.js');
      setStatus(astCommand(file, opts, output));
    });

  return program;
}

/** A positive count (of items, of steps). */
function parseCount(value: string): number {
  const n = parseInteger(value);
  if (n <= 0) throw new InvalidArgumentError(`must be positive: '${value}'`);
  return n;
}

function parseInteger(value: string): number {
  if (!/^\s*[-+]?\d+\s*$/.test(value)) throw new InvalidArgumentError(`invalid int value: '${value}'`);
  return Number.parseInt(value, 10);
}
