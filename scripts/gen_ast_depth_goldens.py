"""Regenerates packages/compiler/test/fixtures/ast_depth.json from CPython 3.11.

What `python3 -m ast [OPTIONS] FILE` does with trees nested about as deep as ast.dump's recursion
and ast.parse's conversion to Python objects allow: the source of each case is
prefix + open * outer + repeat * n + middle + close * outer (and a newline), and the outcome is "ok" or the last
line CPython prints (its RecursionError). Depths straddle each limit: n near 985 less 4 per
bracket level (the dump), and near 2976 (the conversion).
Run: python3 scripts/gen_ast_depth_goldens.py
"""
import json
import os
import subprocess
import sys
import tempfile

if sys.version_info[:2] != (3, 11):
    sys.exit("CPython 3.11 is the oracle; this is " + sys.version)

OUT = os.path.join(os.path.dirname(__file__), '..', 'packages', 'compiler', 'test', 'fixtures', 'ast_depth.json')

# name, prefix, open, repeat, middle, close
SHAPES = [
    ('unary minus', '', '', '-', '1', ''),
    ('unary minus on a str', '', '', '-', '"abc"', ''),
    ('not before a comparison', '', '', 'not ', 'a<b<c', ''),
    ('attributes', 'a', '', '.b', '', ''),
    ('sums', '', '', 'x+', 'x', ''),
    ('calls', 'f', '', '()', '', ''),
    ('subscripts', 'a', '', '[0]', '', ''),
    ('inside lists', '', '[', '-', '1', ']'),
    ('inside calls', '', 'f(', '-', 'x', ')'),
    ('inside dicts', '', '{1:', '-', 'x', '}'),
]
# Indentation changes no count, and unindented dumps of deep trees are far smaller to build in tests.
OPTIONS = [['-i', '0'], ['-a', '-i', '0']]


def source(prefix, open_, repeat, middle, close, outer, n):
    return prefix + open_ * outer + repeat * n + middle + close * outer + '\n'


def outcome(src, options):
    with tempfile.NamedTemporaryFile('w', suffix='.py', delete=False) as f:
        f.write(src)
    try:
        r = subprocess.run([sys.executable, '-m', 'ast', *options, f.name], capture_output=True, text=True)
    finally:
        os.unlink(f.name)
    return 'ok' if r.returncode == 0 else r.stderr.strip().splitlines()[-1]


def main():
    cases = []
    for name, prefix, open_, repeat, middle, close in SHAPES:
        for outer in ((0,) if not open_ else (20, 150)):
            edge = 985 - 4 * outer
            depths = list(range(edge - 1, edge + 4)) + ([2975, 2976, 2977, 2978] if not open_ else [])
            for n in depths:
                for options in OPTIONS:
                    src = source(prefix, open_, repeat, middle, close, outer, n)
                    cases.append({'name': name, 'prefix': prefix, 'open': open_, 'repeat': repeat, 'middle': middle, 'close': close,
                                  'outer': outer, 'n': n, 'options': options, 'outcome': outcome(src, options)})
    with open(OUT, 'w') as f:
        f.write('[\n' + ',\n'.join(json.dumps(c, ensure_ascii=False) for c in cases) + '\n]\n')


main()
