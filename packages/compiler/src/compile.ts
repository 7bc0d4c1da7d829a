// The compiler driver, as CPython's compile(): parse, fold constants, build the
// symbol table, generate code for each scope and assemble it.
import type { CodeObject } from '@pyc-ts/bytecode';
import { parse } from './parser.js';
import { foldModule } from './fold.js';
import { Symtable } from './symtable.js';
import { Codegen } from './codegen.js';
import { CO_FUTURE_ANNOTATIONS, futureFeatures } from './future.js';
import { HostStackExhausted, PyRecursionError } from './limiterrors.js';
import { nestedDeeperThan } from './treedepth.js';

// CPython's constant folding and symbol table count one level per statement, expression and
// pattern below the module and stop past 3 x the recursion limit (1000), as `python3 FILE` runs
// them: with no Python frame below. The nodes between (arguments, keywords, comprehensions,
// with items, match cases, except handlers...) are visited without a level of their own.
const COMPILE_DEPTH_LIMIT = 3000;
const WITHOUT_LEVEL = new Set(['arguments', 'arg', 'keyword', 'alias', 'comprehension', 'withitem', 'match_case', 'ExceptHandler', 'TypeIgnore']);
const takesLevel = (type: string): boolean => !WITHOUT_LEVEL.has(type);
const TOO_DEEP = 'maximum recursion depth exceeded during compilation';

export function compile(source: string | Uint8Array, filename: string, mode: 'exec' | 'eval' | 'single' = 'exec'): CodeObject {
  const text = typeof source === 'string' ? source : new TextDecoder().decode(source);
  const mod = parse(source, filename, mode);
  if (nestedDeeperThan(mod, COMPILE_DEPTH_LIMIT, 0, takesLevel)) throw new PyRecursionError(TOO_DEEP);
  try {
    const future = futureFeatures(mod, filename, text);
    foldModule(mod, (future.flags & CO_FUTURE_ANNOTATIONS) !== 0);
    const st = new Symtable(mod, filename, text, future.flags);
    return new Codegen(st, filename, text, future).compileModule(mod);
  } catch (e) {
    // Ours recurse on the JS stack, which can run out before CPython's limit.
    if (e instanceof RangeError && /call stack/i.test(e.message)) throw new HostStackExhausted(TOO_DEEP);
    throw e;
  }
}
