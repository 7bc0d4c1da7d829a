// Lines of this process's standard input for input(), read synchronously (the VM runs synchronously) and only
// as far as asked, so a program sees its input as a terminal or a pipe delivers it.

import { readSync } from 'node:fs';

export class StdinLines {
  private pending = Buffer.alloc(0);
  private ended = false;

  /** The next line with its newline ('\r\n' read as '\n', as a text stream reads it), or null at end of input. */
  readonly readline = (): string | null => {
    for (;;) {
      const nl = this.pending.indexOf(10);
      if (nl >= 0) {
        const line = this.pending.subarray(0, nl > 0 && this.pending[nl - 1] === 13 ? nl - 1 : nl);
        this.pending = this.pending.subarray(nl + 1);
        return line.toString('utf8') + '\n';
      }
      if (this.ended || !this.fill()) {
        this.ended = true;
        if (this.pending.length === 0) return null;
        const last = this.pending.toString('utf8');
        this.pending = Buffer.alloc(0);
        return last;
      }
    }
  };

  /** Reads what is available; false at end of input (or when there is no stdin to read). */
  private fill(): boolean {
    const chunk = Buffer.alloc(1 << 16);
    for (;;) {
      try {
        const n = readSync(0, chunk, 0, chunk.length, null);
        if (n === 0) return false;
        this.pending = Buffer.concat([this.pending, chunk.subarray(0, n)]);
        return true;
      } catch (e) {
        const code = (e as NodeJS.ErrnoException).code;
        // A non-blocking stdin with nothing yet: wait a little and retry.
        if (code === 'EAGAIN') {
          Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 1);
          continue;
        }
        if (code === 'EOF' || code === 'EBADF') return false;
        throw e;
      }
    }
  }
}
