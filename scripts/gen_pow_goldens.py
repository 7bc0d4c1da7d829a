"""Regenerates packages/bytecode/test/fixtures/pow.txt.gz from CPython 3.11: float ** float
cases where CPython's C library pow (glibc here) must be matched bit for bit: exact ties
(m ** n needing 54 bits, half of which glibc rounds up), x ** 2 and x ** 0.5 near-ties,
bases near 1 with huge exponents, results at the overflow and subnormal edges, subnormal
bases, and random operands. Each line: x, y and x ** y as hex bit patterns (inf for an
OverflowError).
Run: python3 scripts/gen_pow_goldens.py
"""
import gzip
import os
import random
import struct
import sys

OUT = os.path.join(os.path.dirname(__file__), '..', 'packages', 'bytecode', 'test', 'fixtures', 'pow.txt.gz')


def bits(x):
    return struct.unpack('<Q', struct.pack('<d', x))[0]


def from_bits(b):
    return struct.unpack('<d', struct.pack('<Q', b))[0]


def cases(rng):
    ties = []
    for m in range(3, 3000, 2):
        for n in range(2, 40):
            v = m ** n
            if v.bit_length() > 54:
                break
            if v.bit_length() == 54:
                ties.append((float(m), float(n)))
    out = ties
    low = int(2 ** 26.5) + 1
    for _ in range(1500):
        m = rng.randrange(low, 2 ** 27) | 1
        out += [(float(m), 2.0), (float(m * m), 0.5), (float(m) * 2.0 ** rng.randrange(-40, 40), 2.0)]
    for _ in range(1500):
        out.append((rng.uniform(0.99, 1.01), rng.uniform(-1e6, 1e6)))
        out.append((rng.uniform(1.0001, 3), rng.uniform(600, 1100)))
        out.append((rng.uniform(0.3, 0.9999), rng.uniform(600, 4000)))
        out.append((rng.uniform(1, 2 ** 52) * 5e-324, rng.uniform(-1.2, 1.2)))
        x = from_bits(rng.getrandbits(63))
        y = from_bits(rng.getrandbits(64))
        if 0 < x < float('inf') and y == y and abs(y) != float('inf') and y != 0:
            out.append((x, y))
        out.append((rng.uniform(0, 4), rng.uniform(-60, 60)))
    return [(x, y) for x, y in out if x > 0 and x != 1 and y != 0]


def main():
    if sys.version_info[:2] != (3, 11):
        sys.exit('run with CPython 3.11')
    lines = []
    for x, y in cases(random.Random(2311)):
        try:
            r = x ** y
        except OverflowError:
            r = float('inf')
        lines.append('%x %x %x\n' % (bits(x), bits(y), bits(r)))
    with gzip.GzipFile(OUT, 'wb', mtime=0) as f:
        f.write(''.join(lines).encode())
    print(f'{len(lines)} cases')


if __name__ == '__main__':
    main()
