// The worker of deep_stack.ts: compiles on a thread with a large stack and posts
// back the code object (flattened, code_transfer.ts) or the error's fields.

import { workerData, type MessagePort } from 'node:worker_threads';
import { PyLimitError, PySyntaxError, compile, dumpAst, parse, type DumpOptions, type ParseMode, type ParseOptions } from '@pyc-ts/compiler';
import { flattenConst, type ConstEntry } from './code_transfer.js';

type Mode = 'exec' | 'eval' | 'single';

/** How `pyc-ts ast` parses and dumps. */
export type AstRequestOptions = ParseOptions & DumpOptions;

export type DeepStackRequest =
  | { kind: 'compile'; source: string | Uint8Array; filename: string; mode: Mode }
  | { kind: 'ast'; source: string | Uint8Array; filename: string; mode: ParseMode; options: AstRequestOptions };

export type DeepStackReply =
  | { code: ConstEntry[] }
  | { text: string }
  | { internal: string }
  | {
      error: {
        type: PySyntaxError['type'] | PyLimitError['type'];
        msg: string;
        filename: string;
        lineno: number;
        offset: number;
        text: string | null;
        endLineno: number;
        endOffset: number | null;
      };
    };

const { request, port, done } = workerData as { request: DeepStackRequest; port: MessagePort; done: Int32Array };

function answer(request: DeepStackRequest): DeepStackReply {
  try {
    if (request.kind === 'ast') {
      return { text: dumpAst(parse(request.source, request.filename, request.mode, request.options), request.options) };
    }
    return { code: flattenConst(compile(request.source, request.filename, request.mode)) };
  } catch (e) {
    if (e instanceof PySyntaxError) {
      const { type, msg, filename, lineno, offset, text, endLineno, endOffset } = e;
      return { error: { type, msg, filename, lineno, offset, text, endLineno, endOffset } };
    }
    if (e instanceof PyLimitError) {
      return { error: { type: e.type, msg: e.message, filename: request.filename, lineno: 0, offset: 0, text: null, endLineno: 0, endOffset: 0 } };
    }
    return { internal: e instanceof Error ? (e.stack ?? e.message) : String(e) };
  }
}

if (port !== undefined) {
  port.postMessage(answer(request));
  Atomics.store(done, 0, 1);
  Atomics.notify(done, 0);
}
