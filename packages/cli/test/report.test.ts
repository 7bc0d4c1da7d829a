// How a failed command ends: user mistakes in their own words, pyc-ts's bugs as one line saying so.

import { describe, expect, it } from 'vitest';
import { CliExit } from '../src/cli_exit.js';
import { INTERNAL_ERROR, reportFailure } from '../src/report.js';

function report(e: unknown, debug = false) {
  let text = '';
  const status = reportFailure(e, (s) => (text += s), debug);
  return { text, status };
}

describe('reportFailure', () => {
  it("prints a user mistake's message as it is, with its status", () => {
    expect(report(new CliExit(2, "pyc-ts: can't open file 'x'\n"))).toEqual({ text: "pyc-ts: can't open file 'x'\n", status: 2 });
  });

  it('calls anything else an internal error, without a JavaScript stack', () => {
    const { text, status } = report(new TypeError('x is undefined'));
    expect(text).toBe(
      'pyc-ts: internal error: TypeError: x is undefined\n' +
        '(this is a bug in pyc-ts; set PYC_TS_DEBUG=1 to see where it happened)\n',
    );
    expect(status).toBe(INTERNAL_ERROR);
    expect(INTERNAL_ERROR).toBe(70);
  });

  it('shows the JavaScript stack when debugging', () => {
    const e = new RangeError('too deep');
    const { text, status } = report(e, true);
    expect(text).toBe(`pyc-ts: internal error: RangeError: too deep\n${e.stack}\n`);
    expect(status).toBe(70);
  });

  it('copes with a thrown non-Error', () => {
    expect(report('odd').text).toMatch(/^pyc-ts: internal error: odd\n/);
  });
});
