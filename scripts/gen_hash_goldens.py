"""Regenerates packages/bytecode/test/fixtures/hashes.json from CPython 3.11.

hash() of constants of every hashable kind, and the iteration order of sets built
by adding items in a given order (the order of a set decides how Python prints
it). CPython runs with PYTHONHASHSEED=0, the str/bytes hash key pyc-ts uses.
Run: python3 scripts/gen_hash_goldens.py
"""
import json
import os
import random
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from dump_code import const_to_json  # noqa: E402

OUT = os.path.join(os.path.dirname(__file__), '..', 'packages', 'bytecode', 'test', 'fixtures', 'hashes.json')


def values(rng):
    out = [0, 1, -1, -2, 2**61 - 2, 2**61 - 1, 2**61, -2**61, 2**63, 10**30, -10**30, True, False,
           0.0, -0.0, 0.5, -1.5, 1e300, 1e-300, 5e-324, float('inf'), float('-inf'), 3.141592653589793, 2.0**60,
           1j, -2.5j, complex(1.5, -3), complex(0, 0), complex(-1, 0),
           '', 'a', 'ab', 'abcdefgh', 'abcdefghi', 'é', 'ÿ', 'Ā', '€', '\uffff', '\ud800', '😀', 'x😀y', 'hello world',
           b'', b'a', b'\x00\xff', b'abcdefghijklmnop',
           (), (1,), (1, 'a'), ((1, 2), (3, 4)), (1, 2.5, 'x', b'y'),
           frozenset(), frozenset({1}), frozenset({1, 2, 3}), frozenset({'a', 'b'}), frozenset({(1, 2)}),
           # a high surrogate followed by a low one as two code points (pyc-ts's StrConst)
           '\ud83d\ude00', 'x\ud800\udc00y', '\udbff\udfff' * 3, ('\ud83d\ude00', '\U0001f600'),
           frozenset({'\ud83d\ude00', '\U0001f600'})]
    for _ in range(60):
        out.append(rng.randrange(-2**70, 2**70))
        out.append(rng.uniform(-1e6, 1e6))
        out.append(''.join(chr(rng.choice([rng.randrange(32, 127), rng.randrange(128, 0x3000), rng.randrange(0x10000, 0x20000)]))
                           for _ in range(rng.randrange(1, 20))))
    return out


def sequences(rng):
    seqs = [[3, 1, 2], [10, 2, 33, 8], list(range(20, 0, -3)), list(range(100)), [8, 16, 24, 32, 40, 0, 9],
            ['apple', 'banana', 'cherry'], list('hello world'), [(1, 2), (3, 4), (2, 1)], [1, 1.0, True, 2, 2.0],
            ['\ud83d\ude00', '\U0001f600', '\ud800\udc00', 'a', '\ud83d', '\ude00\ud83d\ude00', '\ud800\udc00']]
    for _ in range(40):
        n = rng.randrange(1, 60)
        kind = rng.randrange(3)
        if kind == 0:
            seqs.append([rng.randrange(-1000, 1000) for _ in range(n)])
        elif kind == 1:
            seqs.append([rng.randrange(0, 64) * rng.choice([1, 8, 64, 2**32]) for _ in range(n)])
        else:
            seqs.append([''.join(rng.choice('abcdefgh') for _ in range(rng.randrange(1, 5))) for _ in range(n)])
    return seqs


def main():
    if sys.version_info[:2] != (3, 11) or os.environ.get('PYTHONHASHSEED') != '0':
        if sys.version_info[:2] == (3, 11):
            os.execve(sys.executable, [sys.executable, *sys.argv], dict(os.environ, PYTHONHASHSEED='0'))
        sys.exit('run with CPython 3.11')
    rng = random.Random(311)
    hashes = [[const_to_json(v), str(hash(v))] for v in values(rng)]
    orders = [[[const_to_json(v) for v in seq], [const_to_json(v) for v in set(seq)]] for seq in sequences(rng)]
    with open(OUT, 'w', encoding='utf-8') as f:
        json.dump({'hashes': hashes, 'setOrders': orders}, f, ensure_ascii=True)
        f.write('\n')
    print(f'{len(hashes)} hashes, {len(orders)} set orders')


if __name__ == '__main__':
    main()
