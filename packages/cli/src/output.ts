// The process's stdout and stderr for a running program. Writes are buffered (a program printing in a loop
// must not cost a system call per print) and go straight to the file descriptors, so nothing is lost when the
// process exits. Writing to one stream first flushes the other, so the order in which a program wrote to them
// is the order seen on a terminal or a shared pipe.

import { writeSync } from 'node:fs';
import { isatty } from 'node:tty';

const FLUSH_AT = 1 << 16;

class BufferedFd {
  private chunks: string[] = [];
  private pending = 0;
  private closed = false;

  /** A line-buffered stream flushes at each newline, as CPython's streams do on a terminal. */
  constructor(
    private readonly fd: number,
    private readonly lineBuffered: boolean,
  ) {}

  write(s: string): void {
    if (s.length === 0) return;
    this.chunks.push(s);
    this.pending += s.length;
    if (this.pending >= FLUSH_AT || (this.lineBuffered && s.includes('\n'))) this.flush();
  }

  hasPending(): boolean {
    return this.pending > 0;
  }

  flush(): void {
    if (this.pending === 0) return;
    const data = Buffer.from(this.chunks.join(''), 'utf8');
    this.chunks = [];
    this.pending = 0;
    if (!this.closed) this.writeAll(data);
  }

  private writeAll(data: Uint8Array): void {
    let offset = 0;
    while (offset < data.length) {
      try {
        offset += writeSync(this.fd, data, offset, data.length - offset);
      } catch (e) {
        const code = (e as NodeJS.ErrnoException).code;
        // A non-blocking descriptor whose reader is slow: wait a little and retry.
        if (code === 'EAGAIN') {
          Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 1);
          continue;
        }
        // The reader went away (`pyc-ts run x.py | head`): drop the rest quietly.
        if (code === 'EPIPE') {
          this.closed = true;
          return;
        }
        throw e;
      }
    }
  }
}

/** stdout and stderr of this process, as sinks for the VM's host. */
export class ProcessOutput {
  private readonly out = new BufferedFd(1, isatty(1));
  private readonly err = new BufferedFd(2, true);

  readonly stdout = (s: string): void => {
    if (this.err.hasPending()) this.err.flush();
    this.out.write(s);
  };

  readonly stderr = (s: string): void => {
    if (this.out.hasPending()) this.out.flush();
    this.err.write(s);
  };

  flush(): void {
    this.out.flush();
    this.err.flush();
  }
}
