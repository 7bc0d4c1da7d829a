// The VM's codec registry (packages/vm/src/builtins/str_codecs.ts): each interpreter has its own error
// handlers, and a registered handler is called with the exception the codec made.
import { describe, expect, it } from 'vitest';
import { compile } from '@pyc-ts/compiler';
import { VirtualMachine } from '@pyc-ts/vm';

function interpreter() {
  const out = { stdout: '', stderr: '' };
  const vm = new VirtualMachine({ stdout: (s) => (out.stdout += s), stderr: (s) => (out.stderr += s) });
  const run = (source: string) => {
    out.stdout = '';
    out.stderr = '';
    vm.run(compile(new TextEncoder().encode(source), '<test>'), vm.newGlobals());
    return out;
  };
  return run;
}

describe('error handler registry', () => {
  it('belongs to its interpreter', () => {
    const one = interpreter();
    const two = interpreter();
    one("import _codecs\n_codecs.register_error('x', lambda e: ('?', e.end))\nprint('\\xe9'.encode('ascii', 'x'))");
    expect(one("print('\\xe9'.encode('ascii', 'x'))").stdout).toBe("b'?'\n");
    expect(two("try:\n  '\\xe9'.encode('ascii', 'x')\nexcept LookupError as e:\n  print(e)").stdout)
      .toBe("unknown error handler name 'x'\n");
  });

  it('keeps one function per built-in handler, which the codecs run without calling it', () => {
    const run = interpreter();
    const out = run([
      'import _codecs',
      "f = _codecs.lookup_error('replace')",
      "print(f is _codecs.lookup_error('replace'), f)",
      "_codecs.register_error('also', f)",
      "print('\\xe9\\u0100'.encode('cp1252', 'also'), b'\\x81'.decode('utf-16-le', 'also'))",
    ].join('\n'));
    expect(out.stderr).toBe('');
    expect(out.stdout).toBe("True <built-in function replace_errors>\nb'\\xe9?' \ufffd\n");
  });

  it('calls a Python handler with the UnicodeError the codec made, moved to each error (its args stay)', () => {
    const run = interpreter();
    const out = run([
      'import _codecs',
      'seen = []',
      'def h(e):',
      '    seen.append((type(e).__name__, e.args))',
      "    return ('<%d:%d>' % (e.start, e.end), e.end)",
      "_codecs.register_error('h', h)",
      "print('a\\xe9\\xe8b\\u0100'.encode('latin-1', 'h'), b'\\xffa\\xfe'.decode('utf-8', 'h'))",
      'print(seen)',
    ].join('\n'));
    expect(out.stderr).toBe('');
    expect(out.stdout).toBe(
      "b'a\\xe9\\xe8b<4:5>' <0:1>a<2:3>\n"
        + "[('UnicodeEncodeError', ('latin-1', 'aéèbĀ', 4, 5, 'ordinal not in range(256)')), "
        + "('UnicodeDecodeError', ('utf-8', b'\\xffa\\xfe', 0, 1, 'invalid start byte')), "
        + "('UnicodeDecodeError', ('utf-8', b'\\xffa\\xfe', 0, 1, 'invalid start byte'))]\n",
    );
  });
});
