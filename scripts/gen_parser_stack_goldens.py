"""Regenerates packages/compiler/test/fixtures/parser_stack.json from CPython 3.11.

How long a right-nested chain CPython's parser takes before its stack limit (MAXSTACK) ends it
with MemoryError: for each chain, the shortest source prefix + link * n + leaf + close * n + suffix
that compile() rejects with MemoryError (n - 1 links compile, or fail otherwise). func_type input
(a signature type comment) is only parsed, as ast.parse parses it.
Run: python3 scripts/gen_parser_stack_goldens.py
"""
import ast
import json
import os
import sys

if sys.version_info[:2] != (3, 11):
    sys.exit("CPython 3.11 is the oracle; this is " + sys.version)

OUT = os.path.join(os.path.dirname(__file__), '..', 'packages', 'compiler', 'test', 'fixtures', 'parser_stack.json')

# name, link, leaf, close
CHAINS = [
    ('unary minus', '-', '1', ''),
    ('mixed signs', '-~+', '1', ''),
    ('not', 'not ', 'x', ''),
    ('powers', 'x ** ', 'x', ''),
    ('signed powers', 'x ** -', 'x', ''),
    ('lambdas', 'lambda: ', '1', ''),
    ('conditional expressions', '1 if 1 else ', '1', ''),
    ('lambdas in conditional expressions', 'lambda: 1 if 1 else ', '1', ''),
    ('lambda defaults', 'lambda x=', '1', ': 1'),
    ('lambda defaults after a parameter', 'lambda x, y=', '1', ': 1'),
    ('lambdas in lambda defaults', 'lambda x=lambda: ', '1', ': 1'),
    ('lambda defaults in conditional expressions', '1 if 1 else lambda x=', '1', ': 1'),
]
# name, mode, prefix, suffix
PLACES = [
    ('a module', 'exec', '', '\n'),
    ('eval', 'eval', '', ''),
    ('single', 'single', '', '\n'),
    ("a signature type comment's return type", 'func_type', '() -> ', ''),
]
# f-string fields take no lambda (its ':' would start the format spec).
FSTRING = ('an f-string field', 'exec', 'f"{', '}"\n')


def outcome(src, mode):
    try:
        compile(src, 'chain.py', mode, ast.PyCF_ONLY_AST if mode == 'func_type' else 0)
        return 'ok'
    except MemoryError:
        return 'MemoryError'
    except (SyntaxError, RecursionError) as e:
        return type(e).__name__


def first_memory_error(prefix, link, leaf, close, suffix, mode):
    source = lambda n: prefix + link * n + leaf + close * n + suffix
    lo, hi = 1, 8000
    assert outcome(source(hi), mode) == 'MemoryError'
    while lo + 1 < hi:
        mid = (lo + hi) // 2
        if outcome(source(mid), mode) == 'MemoryError':
            hi = mid
        else:
            lo = mid
    return hi, outcome(source(hi - 1), mode)


def main():
    cases = []
    for chain, link, leaf, close in CHAINS:
        places = PLACES + ([] if 'lambda' in link else [FSTRING])
        for place, mode, prefix, suffix in places:
            first, before = first_memory_error(prefix, link, leaf, close, suffix, mode)
            cases.append({'name': f'{chain} in {place}', 'mode': mode, 'prefix': prefix, 'link': link,
                          'leaf': leaf, 'close': close, 'suffix': suffix, 'first': first, 'before': before})
    with open(OUT, 'w') as f:
        json.dump(cases, f, indent=1)
        f.write('\n')
    print(f'wrote {len(cases)} cases to {os.path.relpath(OUT)}')


if __name__ == '__main__':
    main()
