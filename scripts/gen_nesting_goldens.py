"""Regenerates packages/compiler/test/fixtures/nesting.json from CPython 3.11.

For each way of nesting brackets (parentheses, displays, calls, subscripts, comprehensions...),
the deepest nesting CPython's compile() accepts, and what it raises one level deeper. The source
at depth n is prefix + open * n + middle + close * n.
Run: python3 scripts/gen_nesting_goldens.py
"""
import json
import os

OUT = os.path.join(os.path.dirname(__file__), '..', 'packages', 'compiler', 'test', 'fixtures', 'nesting.json')

KINDS = [
    ('parentheses', '', '(', '1', ')'),
    ('lists', '', '[', '', ']'),
    ('list elements', '', '[1, ', '', ']'),
    ('tuples', '', '(1, ', '', ')'),
    ('sets', '', '{', '1', '}'),
    ('dict values', '', '{1: ', '1', '}'),
    ('dict keys', '', '{(', '1', '): 1}'),
    ('calls', '', 'f(', '', ')'),
    ('second arguments', '', 'f(1, ', '', ')'),
    ('keyword arguments', '', 'f(a=', '1', ')'),
    ('starred arguments', '', 'f(*', 'a', ')'),
    ('method calls', '', 'a.b(', '', ')'),
    ('subscripts', '', 'a[', '1', ']'),
    ('slices', '', 'a[1:', '1', ']'),
    ('subscript tuples', '', 'a[1, ', '', ']'),
    ('generator expressions', '', '(x for x in ', 'y', ')'),
    ('list comprehensions', '', '[x for x in ', 'y', ']'),
    ('assignment expressions', '', '(a := ', '1', ')'),
    ('conditional expressions', '', '(1 if ', '1', ' else 2)'),
    ('not', '', '(not ', '1', ')'),
    ('yield', 'def f():\n    x = ', '(yield ', '1', ')'),
    ('f-string fields', 'f"{', '(', '1', ')}"'),
    ('mixed brackets', 'x = ', '[{(a, f(-', '1', '))}]'),
]


def source(prefix, open_, middle, close, n):
    if prefix.startswith('f"'):
        return prefix + open_ * n + middle + close[0] * n + close[1:] + '\n'
    return prefix + open_ * n + middle + close * n + '\n'


def outcome(src):
    try:
        compile(src, 'nested.py', 'exec')
        return None
    except (SyntaxError, MemoryError, RecursionError) as e:
        return f'{type(e).__name__}: {e.msg if isinstance(e, SyntaxError) else e}'.rstrip(': ')


def main():
    out = []
    for name, prefix, open_, middle, close in KINDS:
        lo, hi = 1, 400
        while lo < hi:
            mid = (lo + hi + 1) // 2
            if outcome(source(prefix, open_, middle, close, mid)) is None:
                lo = mid
            else:
                hi = mid - 1
        over = outcome(source(prefix, open_, middle, close, lo + 1))
        out.append({'name': name, 'prefix': prefix, 'open': open_, 'middle': middle, 'close': close, 'max': lo, 'over': over})
    with open(OUT, 'w') as f:
        json.dump(out, f, indent=1, ensure_ascii=False)
        f.write('\n')


main()
