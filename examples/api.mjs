// The programmatic API: compile and run Python from JavaScript (`node examples/api.mjs` after `npm ci`).
import { compile, disassemble, runSource } from '@pyc-ts/cli';

const program = `
def greet(name):
    return "hello, " + name

print(greet("world"))
print(10 / 0)
`;

// Output is captured; an uncaught exception (or a SyntaxError) comes back as data, never thrown.
const result = runSource(program, { filename: 'greet.py', argv: ['greet.py'] });
console.log(JSON.stringify(result.stdout)); // "hello, world\n"
console.log(result.exitCode); // 1
console.log(result.exception.type, '-', result.exception.message); // ZeroDivisionError - division by zero
process.stdout.write(result.stderr); // the traceback, as CPython prints it

// The same code object CPython 3.11 would build, and its disassembly.
process.stdout.write(disassemble(compile('x = 6 * 7\n', 'answer.py')));
