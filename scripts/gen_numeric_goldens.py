#!/usr/bin/env python3
"""Goldens for the VM's numeric library (packages/vm/src/numeric), from CPython 3.11.

Writes packages/vm/test/fixtures/numeric_goldens.json.gz (gzip, to keep the repository small): {group: [[op, [args...], result], ...]}.
Values are encoded as strings: "i<decimal>" int, "f<repr>" float, "s<text>" str,
"c<real repr>,<imag repr>" complex, "E<Type>: <message>" a raised exception;
a list encodes a tuple. Deterministic (fixed seed).

Usage: python3 scripts/gen_numeric_goldens.py
"""
import gzip
import json
import math
import os
import random
import struct
import sys

assert sys.version_info[:2] == (3, 11), 'run with CPython 3.11'

rng = random.Random(20261123)
OUT = os.path.join(os.path.dirname(__file__), '..', 'packages', 'vm', 'test', 'fixtures', 'numeric_goldens.json.gz')


def enc(v):
    if isinstance(v, bool):
        raise TypeError('bools are the caller\'s business')
    if isinstance(v, int):
        limit = sys.get_int_max_str_digits()
        sys.set_int_max_str_digits(0)  # encoding is not under test
        try:
            return 'i%d' % v
        finally:
            sys.set_int_max_str_digits(limit)
    if isinstance(v, float):
        return 'f' + repr(v)
    if isinstance(v, str):
        return 's' + v
    if isinstance(v, complex):
        return 'c%r,%r' % (v.real, v.imag)
    if isinstance(v, tuple):
        return [enc(x) for x in v]
    raise TypeError(type(v))


def run(f, *args):
    try:
        return enc(f(*args))
    except Exception as e:  # the message is part of the golden
        return 'E%s: %s' % (type(e).__name__, e)


groups = {}


def case(group, op, f, *args):
    groups.setdefault(group, []).append([op, [enc(a) for a in args], run(f, *args)])


# ---- operands ----

def big(bits):
    return rng.getrandbits(bits) * rng.choice((1, -1))


SMALL = [0, 1, -1, 2, -2, 3, 7, -7, 10, -10, 255, 256, -256, 1000, 12345, -98765]
EDGE = []
for e in (31, 32, 52, 53, 54, 63, 64, 65, 100):
    for d in (-1, 0, 1):
        EDGE += [2 ** e + d, -(2 ** e) - d]
EDGE += [2 ** 53 - 1, -(2 ** 53 - 1), 10 ** 15, 10 ** 16, 10 ** 30, -(10 ** 30)]
RANDOM = [big(rng.choice((8, 20, 31, 40, 52, 53, 60, 80, 200, 700))) for _ in range(120)]
INTS = SMALL + EDGE + RANDOM

FLOAT_EDGE = [0.0, -0.0, 1.0, -1.0, 0.5, -0.5, 1.5, 2.5, -2.5, 3.0, 0.1, -0.1, 1e-300, 5e-324, -5e-324,
              2.2250738585072014e-308, 1.7976931348623157e308, -1.7976931348623157e308, 1e16, 1e22, 1e23,
              123.456, -987.654321, 2.0 ** 53, 2.0 ** 53 + 2, 2.0 ** 63, 1e300, math.pi, -math.e,
              float('inf'), float('-inf'), float('nan'), 0.125, 0.375, 1.25, 2675.0 / 1000, 7.0, -3.0]


def rand_float():
    kind = rng.random()
    if kind < 0.4:
        return rng.uniform(-1000, 1000)
    if kind < 0.6:
        return rng.choice((1, -1)) * 10.0 ** rng.uniform(-320, 308)
    if kind < 0.8:
        return struct.unpack('<d', struct.pack('<Q', rng.getrandbits(64)))[0]
    return float(rng.randint(-10 ** 6, 10 ** 6)) / rng.choice((1, 2, 4, 8, 10, 100, 1000))


RAND_FLOATS = [rand_float() for _ in range(150)]
RAND_FLOATS = [x for x in RAND_FLOATS if not math.isnan(x)]
FLOATS = FLOAT_EDGE + RAND_FLOATS

# ---- int arithmetic ----

pairs = []
for _ in range(400):
    pairs.append((rng.choice(INTS), rng.choice(INTS)))
for a in SMALL:
    for b in SMALL:
        pairs.append((a, b))
for a, b in pairs:
    case('int', 'add', lambda x, y: x + y, a, b)
    case('int', 'sub', lambda x, y: x - y, a, b)
    case('int', 'mul', lambda x, y: x * y, a, b)
    case('int', 'floordiv', lambda x, y: x // y, a, b)
    case('int', 'mod', lambda x, y: x % y, a, b)
    case('int', 'divmod', divmod, a, b)
    case('int', 'truediv', lambda x, y: x / y, a, b)
    case('int', 'and', lambda x, y: x & y, a, b)
    case('int', 'or', lambda x, y: x | y, a, b)
    case('int', 'xor', lambda x, y: x ^ y, a, b)
    case('int', 'cmp', lambda x, y: (x > y) - (x < y), a, b)
for a in INTS:
    case('int', 'neg', lambda x: -x, a)
    case('int', 'invert', lambda x: ~x, a)
    case('int', 'abs', abs, a)
    case('int', 'float', float, a)
    case('int', 'hash', hash, a)
    case('int', 'hex', hex, a)
    case('int', 'oct', oct, a)
    case('int', 'bin', bin, a)
    case('int', 'str', str, a)
    for n in (0, 1, 3, 31, 32, 53, 64, 100, -1):
        case('int', 'lshift', lambda x, y: x << y, a, n)
        case('int', 'rshift', lambda x, y: x >> y, a, n)
    for n in (-3, -1, -20):
        case('int', 'round', round, a, n)
case('int', 'rshift', lambda x, y: x >> y, -5, 2 ** 70)
case('int', 'rshift', lambda x, y: x >> y, 5, 2 ** 70)
case('int', 'lshift', lambda x, y: x << y, 0, 2 ** 70)
case('int', 'round', round, 25, -1)
case('int', 'round', round, 35, -1)
case('int', 'round', round, -25, -1)
case('int', 'round', round, 10 ** 30 // 2, -30)
case('int', 'round', round, 123, 5)
case('int', 'str', str, 10 ** 4300)
case('int', 'str', str, 10 ** 4299)
case('int', 'str', str, -(10 ** 4299))
for a in SMALL + EDGE[:12] + RANDOM[:20]:
    for b in (0, 1, 2, 3, 5, 10, 17, 30, 64, -1, -2, -3):
        case('int', 'pow', lambda x, y: x ** y, a, b)
for a, b in [(3, 1000), (-7, 333), (2, 3000), (10, 400), (10, -400), (2, -1075), (2, -1074), (0, 0), (0, -1),
             (-1, 10 ** 20), (-1, 10 ** 20 + 1), (1, 10 ** 30), (0, 10 ** 30), (10 ** 400, -1), (-2, -3)]:
    case('int', 'pow', lambda x, y: x ** y, a, b)
for _ in range(80):
    a, b, m = rng.choice(INTS), rng.choice(INTS + [-1, -2, -5]), rng.choice(INTS)
    case('int', 'powmod', pow, a, b, m)
case('int', 'powmod', pow, 2, -1, 4)
case('int', 'powmod', pow, 3, -1, 7)
case('int', 'powmod', pow, 3, 5, 0)
case('int', 'powmod', pow, 3, 5, -7)
case('int', 'powmod', pow, 3, 5, 1)

# true division of big ints: correctly rounded, including underflow and overflow
for _ in range(200):
    a = big(rng.choice((60, 100, 500, 1100, 2000)))
    b = big(rng.choice((1, 30, 60, 100, 500, 1100, 2000))) or 1
    case('int', 'truediv', lambda x, y: x / y, a, b)
for a, b in [(2 ** 1024, 1), (2 ** 1024 - 1, 1), (2 ** 1024, 2), (1, 2 ** 1074), (1, 2 ** 1075), (3, 2 ** 1076),
             (1, 2 ** 2000), (-1, 2 ** 2000), (2 ** 1075 + 1, 2 ** 1076), (10 ** 400, 10 ** 399), (0, -(2 ** 80)),
             (2 ** 53 + 1, 1), (2 ** 54 + 2, 2 ** 54), ((2 ** 53 + 1) * 2 ** 100, 2 ** 100), (10 ** 500, 3)]:
    case('int', 'truediv', lambda x, y: x / y, a, b)
for e in range(1020, 1030):
    case('int', 'float', float, 2 ** e - 1)
    case('int', 'float', float, 2 ** e + 2 ** (e - 53))
    case('int', 'float', float, 2 ** e - 2 ** (e - 54))

# ---- floats ----

fpairs = [(rng.choice(FLOATS), rng.choice(FLOATS)) for _ in range(500)]
for a in FLOAT_EDGE:
    for b in FLOAT_EDGE:
        fpairs.append((a, b))
for a, b in fpairs:
    case('float', 'floordiv', lambda x, y: x // y, a, b)
    case('float', 'mod', lambda x, y: x % y, a, b)
    case('float', 'divmod', divmod, a, b)
    case('float', 'truediv', lambda x, y: x / y, a, b)
    case('float', 'pow', lambda x, y: x ** y, a, b)
for a, b in [(1.0000001, 1e300), (0.9999999, 1e300), (1.5, -1e20), (-1.5, 1e20), (-2.0, 1e5), (-2.0, 1e5 + 1),
             (2.0, -1075.0), (2.0, -1074.5), (10.0, 308.5), (10.0, -323.5), (1.0000000000000002, 2.0 ** 60)]:
    case('float', 'pow', lambda x, y: x ** y, a, b)
for a in FLOATS:
    for b in (2.0, 3.0, -1.0, 0.5, -2.0, 10.0, 0.0):
        case('float', 'pow', lambda x, y: x ** y, a, b)
    case('float', 'int', int, a)
    case('float', 'hash', hash, a) if not math.isnan(a) else None
    case('float', 'round0', round, a)
    case('float', 'repr', repr, a)
    for n in (0, 1, 2, 3, 5, -1, -2, 10, 17, 300, 330, -300, -320):
        case('float', 'round', round, a, n)
for a in [0.5, 1.5, 2.5, -0.5, -1.5, 2675e-3, 1.005, 0.125, 0.375, 5e-324, 1e22, 2.0 ** 52 + 0.5, 4503599627370497.0]:
    for n in (0, 1, 2, -1):
        case('float', 'round', round, a, n)
    case('float', 'round0', round, a)
for a in [1.5e308, 1.7976931348623157e308, -1.7e308]:
    case('float', 'round', round, a, -308)
    case('float', 'round', round, a, -307)

# int vs float comparisons
for _ in range(300):
    i = rng.choice(INTS)
    f = rng.choice(FLOATS + [float(i), float(i) * 2, float(rng.choice(EDGE))])
    case('float', 'cmpif', lambda x, y: 'nan' if math.isnan(y) else (x > y) - (x < y), i, f)
for i in [2 ** 53 + 1, 2 ** 54 + 1, -(2 ** 53 + 1), 2 ** 1024, -(2 ** 1024), 10 ** 400]:
    for f in [2.0 ** 53, 2.0 ** 54, -(2.0 ** 53), 1e308, float('inf'), float('-inf'), 0.5, float('nan')]:
        case('float', 'cmpif', lambda x, y: 'nan' if math.isnan(y) else (x > y) - (x < y), i, f)

# ---- parsing ----

INT_STRS = ['0', '-0', '+7', ' 42 ', '\t-17\n', '1_000', '1__0', '_1', '1_', '0x1f', '0X1F', '0o17', '0b101', '0b_101',
            '0_0', '00', '007', '0_7', '08', 'z', 'Z', '10', '123abc', '', '  ', '+', '-', '+-1', '1 2', '٣٤', '٣x',
            '\u20001\u3000', '\x1c5', '5\x85', 'ab', 'AB', '9' * 30, '-' + '7' * 40, '1' * 4300, '1' * 4301,
            '1' * 4301 + 'x', 'x' * 300, '0x', '0b2', '0o8', '1e5', '1.0', '\ufeff1', '１２']
for s in INT_STRS:
    for base in (0, 2, 8, 10, 16, 36):
        case('parse', 'int', int, s, base)
for base in (1, -1, 37, 3, 7, 20, 35):
    case('parse', 'int', int, 'zz10', base)
    case('parse', 'int', int, '10', base)
for _ in range(60):
    base = rng.randint(2, 36)
    n = big(rng.choice((10, 60, 200)))
    digits = []
    m = abs(n)
    while m:
        m, r = divmod(m, base)
        digits.append('0123456789abcdefghijklmnopqrstuvwxyz'[r])
    s = ('-' if n < 0 else '') + (''.join(reversed(digits)) or '0')
    case('parse', 'int', int, s, base)

FLOAT_STRS = ['1.5', '-1.5', ' 2.5e3 ', '1_0.5', '1._5', '1_e5', '1e_5', '1e5_', '.5', '5.', '.', 'e5', '+inf', '-Infinity',
              'nAn', '-nan', 'infinit', 'inf_', '0x10', ' 1e500 ', '1e-400', '٣.5', '1.5\x85', '', ' ', '1.5.5',
              '+-1', '1e', '1e+', '1e+5', '00012', '1_000_000.000_1', '0.1', '2.2250738585072011e-308',
              '4.9406564584124654e-324', '2.4703282292062327e-324', '2.4703282292062328e-324',
              '1.7976931348623158e308', '1.7976931348623159e308', '9007199254740993', '123456789012345678901234567890',
              'abc', 'in f', '1 ', '\x1c1', 'NaN', 'INF', '-0', '-0.0', '1E5']
for s in FLOAT_STRS:
    case('parse', 'float', float, s)
for x in RAND_FLOATS[:60]:
    case('parse', 'float', float, repr(x))
    case('parse', 'float', float, '%.20e' % x)

# ---- formatting ----

INT_SPECS = ['', 'd', '5', '<5', '>5', '^5', '=5', '*^9', '+', '-', ' ', '+d', ' 5', '05', '010,', '010_', ',', '_',
             'x', 'X', '#x', '#X', 'o', '#o', 'b', '#b', '_b', '#_b', '#010_x', '#012b', 'c', 'n', '+c', '#c', ',c',
             ',x', '_c', ',_', '_,', ',,', '__', 'q', 'dd', '.', '.x', '.2', '.2d', 'z', 'e', 'E', 'f', '.2f', 'g',
             'G', '%', '.1%', ',.2f', '020,.3f', '<010', '0=+8', '=+8', '\u2000<10', 'x<8x', '0>8', '99999999999999999999',
             '+#x', ' #o', '>+10,', '^+10_', '#_o', '0', '00', '020', ',d', '_d']
INT_FMT_VALUES = [0, 1, -1, 42, -42, 1234, -1234567, 65, 0x10ffff, 0x110000, 255, 2 ** 64, -(2 ** 70), 10 ** 30,
                  123456789]
for v in INT_FMT_VALUES:
    for spec in INT_SPECS:
        case('format', 'int', format, v, spec)

FLOAT_SPECS = ['', 'f', '.0f', '.1f', '.2f', '.3f', '.10f', '.20f', '.120f', 'e', '.0e', '.2e', '.15e', '.25e', 'E', 'g',
               '.0g', '.1g', '.2g', '.3g', '.10g', '.17g', '.25g', 'G', '#g', '#.3g', '#.0f', '#.0e', '%', '.2%', '.0%',
               '+', ' ', '+.3f', ' .3e', 'z.1f', 'z', 'z.0f', '10', '<12', '>12', '^12', '=12', '*^15.3f', '012', '015,.2f',
               '015_.2f', ',', ',.2f', '_.3f', '020,.3e', '.3', '.1', '.5', '#.3', '#', 'n', '.3n', 'F', '.2F', '.3E',
               '.3G', 'c', 'd', 'x', 'b', ',n', '0=+12.3f', 'z+.2f', '010', '#10.0f']
FLOAT_FMT_VALUES = [0.0, -0.0, 1.0, -1.0, 0.5, 1.5, 2.5, -2.5, 0.125, 0.375, 1e16, 1e22, 123456.789, -0.000123456,
                    1e-7, 5e-324, 1.7976931348623157e308, 2.0 ** 60, 0.1, 1 / 3, -2 / 3, 999.9999, 9.9999e-5,
                    1234567.0, 100.0, 1e100, -1e-100, float('inf'), float('-inf'), float('nan'), -0.004, 0.004]
for v in FLOAT_FMT_VALUES + RAND_FLOATS[:40]:
    for spec in FLOAT_SPECS:
        case('format', 'float', format, v, spec)
for v in [5e-324, 1.7976931348623157e308, 0.1, -2.5, 1 / 3]:
    for spec in ('.1100f', '.350e', '.400g', '#.400g'):
        case('format', 'float', format, v, spec)
for v in RAND_FLOATS:
    for spec in ('.17g', '.3e', '.6f', '', '.12g', '.1f', '.0e'):
        case('format', 'float', format, v, spec)

STR_SPECS = ['', 's', '5', '<5', '>5', '^5', '^6', '*^7', '.2', '10.3', '>10.3s', '=5', '+', '#', ',', 'd', 'z', '05',
             '\U0001F600^7', '.0', '0<5']
for v in ['', 'a', 'abc', 'hello world', '\U0001F600x', 'é']:
    for spec in STR_SPECS:
        case('format', 'str', format, v, spec)

# ---- printf-style conversions ----

def percent(v, typ, flags, width, prec):
    spec = '%' + flags + (str(width) if width >= 0 else '') + ('.%d' % prec if prec >= 0 else '') + typ
    return spec % v


PCT_FLAGS = ['', '-', '+', ' ', '#', '0', '-0', '+0', '#0', '# ', '-#']
for v in [0, 3, -42, 255, -(2 ** 70), 10 ** 20 + 7]:
    for typ in 'dixXo':
        for flags in PCT_FLAGS:
            for width, prec in [(-1, -1), (8, -1), (-1, 5), (12, 4), (2, -1), (30, -1)]:
                case('percent', 'int', percent, v, typ, flags, width, prec)
for v in [0.0, -0.0, 2.5, -42.125, 1e16, 1.5e-7, 123456.789, 1e300, float('inf'), float('-inf'), float('nan')]:
    for typ in 'eEfFgG':
        for flags in PCT_FLAGS:
            for width, prec in [(-1, -1), (10, -1), (-1, 0), (-1, 3), (14, 2), (-1, 17)]:
                case('percent', 'float', percent, v, typ, flags, width, prec)

# mtime=0 keeps the gzip bytes the same from run to run.
with gzip.GzipFile(OUT, 'wb', mtime=0) as fh:
    fh.write(json.dumps(groups, ensure_ascii=True, separators=(',', ':')).encode('ascii'))
    fh.write('\n')
print('wrote', OUT, {g: len(v) for g, v in groups.items()})
