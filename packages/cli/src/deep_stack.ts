// The parser takes CPython's 200 nested brackets, and long chains of unary operators, `**`,
// lambdas or conditional expressions, on Node's default stack; but other nesting CPython accepts
// can exhaust it (lambdas alternating with conditional expressions, lambdas in lambda defaults),
// and so can the compiler's recursive passes over such trees. The CLI then compiles once more on
// a worker thread with a large stack, waiting for it synchronously (Atomics.wait), so callers
// keep a synchronous compile.

import { MessageChannel, Worker, receiveMessageOnPort } from 'node:worker_threads';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { CodeObject } from '@pyc-ts/bytecode';
import { HostStackExhausted, ParserStackExhausted, PyMemoryError, PyRecursionError, PySyntaxError, compile, dumpAst, parse, type ParseMode } from '@pyc-ts/compiler';
import type { AstRequestOptions, DeepStackReply, DeepStackRequest } from './deep_stack_worker.js';
import { unflattenConst } from './code_transfer.js';

const WORKER = new URL('./deep_stack_worker.js', import.meta.url);

type Mode = 'exec' | 'eval' | 'single';

/** compile(), retried with a deep stack when the first attempt ran out of stack (in the parser or a later pass). */
export function compileDeep(source: string | Uint8Array, filename: string, mode: Mode): CodeObject {
  try {
    return compile(source, filename, mode);
  } catch (e) {
    if (!(e instanceof ParserStackExhausted || e instanceof HostStackExhausted) || !existsSync(fileURLToPath(WORKER))) throw e;
    const reply = onDeepStack({ kind: 'compile', source, filename, mode });
    if ('code' in reply) return unflattenConst(reply.code) as CodeObject;
    throw replyError(reply);
  }
}

/** dumpAst(parse(...)) for `pyc-ts ast`, retried with a deep stack like compileDeep. */
export function astDumpDeep(source: string | Uint8Array, filename: string, mode: ParseMode, options: AstRequestOptions): string {
  try {
    return dumpAst(parse(source, filename, mode, options), options);
  } catch (e) {
    if (!(e instanceof ParserStackExhausted) || !existsSync(fileURLToPath(WORKER))) throw e;
    const reply = onDeepStack({ kind: 'ast', source, filename, mode, options });
    if ('text' in reply) return reply.text;
    throw replyError(reply);
  }
}

/** The error the worker reported, to throw here. */
function replyError(reply: DeepStackReply): Error {
  if ('internal' in reply) return new Error(`internal error in the compile worker: ${reply.internal}`);
  if (!('error' in reply)) return new Error('the compile worker answered something else');
  const e = reply.error;
  if (e.type === 'RecursionError') return new PyRecursionError(e.msg);
  if (e.type === 'MemoryError') return new PyMemoryError();
  return new PySyntaxError(e.type, e.msg, e.filename, e.lineno, e.offset, e.text, e.endLineno, e.endOffset);
}

function onDeepStack(request: DeepStackRequest): DeepStackReply {
  const done = new Int32Array(new SharedArrayBuffer(4));
  const { port1, port2 } = new MessageChannel();
  const worker = new Worker(WORKER, {
    workerData: { request, port: port2, done },
    transferList: [port2],
    resourceLimits: { stackSizeMb: 256 },
  });
  try {
    // A minute is far beyond any compile; waiting forever would hang on a worker that died.
    if (Atomics.wait(done, 0, 0, 60_000) === 'timed-out') throw new Error('the deep-stack compile worker did not answer');
    const reply = receiveMessageOnPort(port1)?.message as DeepStackReply | undefined;
    if (reply === undefined) throw new Error('the deep-stack compile worker gave no answer');
    return reply;
  } finally {
    void worker.terminate();
    port1.close();
  }
}
