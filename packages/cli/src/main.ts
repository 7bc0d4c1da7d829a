// The `pyc-ts` command. Start-up cost matters (`pyc-ts run hello.py` should feel like `node`), so each
// command's module, and through it the compiler or the VM, is loaded only when used; and the plain
// `pyc-ts run FILE ...` needs no option parsing, so it does not even load commander.

import { ProcessOutput } from './output.js';
import { reportFailure } from './report.js';

const output = new ProcessOutput();

async function main(argv: string[]): Promise<number> {
  try {
    const [command, file, ...args] = argv.slice(2);
    if (command === 'run' && file !== undefined && !file.startsWith('-')) {
      const { runCommand } = await import('./commands/run.js');
      return await runCommand(file, args, output);
    }
    const { runCommandLine } = await import('./command_line.js');
    return await runCommandLine(argv, output);
  } catch (e) {
    return reportFailure(e, output.stderr, Boolean(process.env.PYC_TS_DEBUG));
  }
}

process.exitCode = await main(process.argv).finally(() => output.flush());
