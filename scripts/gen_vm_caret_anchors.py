"""Golden caret anchors for packages/vm/src/caret_anchors.ts.

CPython 3.11 prints `~~~^^^` anchors under an error's source segment when the
segment parses as a BinOp or Subscript (Python/traceback.c). To capture exactly
what the C implementation prints for an arbitrary segment, this runs a failing
code object whose every instruction is relabelled (co_linetable) to span the
whole segment, written as line 1 of a file, and renders the traceback with
sys.__excepthook__ (the C printer). Output: packages/vm/test/caret_anchors.json,
[{"segment": str, "anchors": null | [left_end, right_start]}] (character offsets
within the segment), or "none" where CPython prints no caret line at all.
"""
import io
import json
import os
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

SEGMENTS = [
    'a + b', 'a+b', 'a  //  b', 'a // b', 'a**b', '-a ** b', '-a + b', 'a + -b', '(a + b) * c', 'a * (b + c)',
    'x+(x)', '(x)+x', '(x) +(x)', '(x)//x', '((x))+x', '(x) // (x)', 'x//(x)', '( x )+ x', 'x  +  x',
    'a + b * c', 'a * b + c', 'a - b - c', 'a ** b ** c', 'a | b & c', 'a << 2', 'f(x) + g(y)',
    'd[1]', "d['a']['b']", 'd [ 1 ]', 'x [ 0 ] [ 5 ]', 'x[1:2]', 'x[a, b]', 'x[(1)]', 'x[ (0) ]', '(x)[0]', 'x[0 ]',
    'x[0,]', 'f(x)[0]', 'a.b[c]', 'a.b.c', 'f(x)', 'a < b', 'a and b', 'not a', 'x if y else z', 'lambda: 1',
    'a, b', '(a, b) + c', '"a" + b', 'a.b + c.d', 'a[1] + b[2]', 'a[b + c]', '~a', 'a @ b', 'a % b',
    'x = a + b', '  a + b', 'a +', '(a + b', "f'{x}' + y", 'a.b(c)[d]', '[1, 2][5]', '{1: 2}[3]', 'a[1][2][3]',
    '2 ** 1024 / 1', 'a+ b', 'a +b', '1 + 2 + x', '(a)[b]', 'not a + b', 'a if b else c + d', 'a/b/c',
    'x[y] * z[w]', "'a]' + x", 'x["]"]', 'é + x', 'x[é]',
]


def varint(v):
    out = bytearray()
    while v >= 64:
        out.append(0x40 | (v & 63))
        v >>= 6
    out.append(v)
    return out


def spanning_linetable(units, end_col):
    """A 3.11 location table giving every code unit the position (1, 1, 0, end_col)."""
    table = bytearray()
    while units > 0:
        n = min(units, 8)
        table.append(0x80 | (14 << 3) | (n - 1))  # PY_CODE_LOCATION_INFO_LONG
        table += varint(0)  # line delta (signed, zero)
        table += varint(0)  # end line delta
        table += varint(1)  # column + 1
        table += varint(end_col + 1)
        units -= n
    return bytes(table)


def anchors_for(segment, path):
    with open(path, 'w', encoding='utf-8') as f:
        f.write(segment + '\n')
    code = compile('1 / 0', path, 'exec')
    code = code.replace(co_linetable=spanning_linetable(len(code.co_code) // 2, len(segment.encode('utf-8'))))
    try:
        exec(code, {})
    except ZeroDivisionError as e:
        exc = e
    err = io.StringIO()
    saved, sys.stderr = sys.stderr, err
    try:
        # The printer reads exc.__traceback__: drop this function's own frame.
        exc = exc.with_traceback(exc.__traceback__.tb_next)
        sys.__excepthook__(type(exc), exc, exc.__traceback__)
    finally:
        sys.stderr = saved
    lines = err.getvalue().splitlines()
    # Traceback header, File line, source line, [caret line], exception line.
    if len(lines) < 5:
        return 'none'
    carets = lines[3]
    indent = len(segment) - len(segment.lstrip(' \t\f'))
    marks = carets[4:]
    start = len(marks) - len(marks.lstrip(' ')) + indent
    if '~' not in marks:
        return None
    first = marks.index('^') + indent
    last = marks.rindex('^') + indent + 1
    return [first - start, last - start]


def main():
    assert sys.version_info[:2] == (3, 11), 'goldens must come from CPython 3.11'
    out = []
    with tempfile.TemporaryDirectory() as tmp:
        path = os.path.join(tmp, 'segment.py')
        for seg in SEGMENTS:
            out.append({'segment': seg, 'anchors': anchors_for(seg, path)})
    with open(os.path.join(ROOT, 'packages', 'vm', 'test', 'caret_anchors.json'), 'w', encoding='utf-8') as f:
        json.dump(out, f, indent=1, ensure_ascii=False)
        f.write('\n')


if __name__ == '__main__':
    main()
