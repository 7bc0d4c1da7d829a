#!/usr/bin/env python3
"""Goldens for the VM's math module (packages/vm/src/modules/math.ts), from CPython 3.11.

Writes packages/vm/test/fixtures/math_goldens.json.gz (gzip, to keep the repository small):

    {"code": hex of the marshalled harness module, "cases": [[expression, outcome], ...]}

The harness is a Python module, compiled here by CPython, that defines a few helper classes
(numbers through __float__ or __index__ only, float and int subclasses, objects with
__floor__/__ceil__/__trunc__, failing iterables) and evaluates every case expression in turn,
appending one outcome per case to the list R:

    ('v', value)       a float, int or bool, or a tuple of them
    ('o', 'type: repr') any other result
    ('e', 'Type: msg') an exception

The test runs the same code in the VM and compares R. Outcomes go into the JSON as
["f", repr] for a float, ["i", decimal] for an int, ["b", bool], ["t", [...]] for a tuple,
["o", text] and ["e", text]. Deterministic (fixed seed).

Usage: python3 scripts/gen_math_goldens.py
"""
import gzip
import json
import marshal
import math
import os
import random
import struct
import sys

assert sys.version_info[:2] == (3, 11), 'run with CPython 3.11'

rng = random.Random(20261207)
OUT = os.path.join(os.path.dirname(__file__), '..', 'packages', 'vm', 'test', 'fixtures', 'math_goldens.json.gz')

PRELUDE = '''\
import math
INF = float('inf')
NAN = float('nan')

class F:
    """A number through __float__ only."""
    def __init__(self, v): self.v = v
    def __float__(self): return self.v

class I:
    """A number through __index__ only."""
    def __init__(self, v): self.v = v
    def __index__(self): return self.v

class FI:
    """Both: floats are taken through __float__, integers through __index__."""
    def __float__(self): return 0.25
    def __index__(self): return 6

class FS(float):
    pass

class IS(int):
    pass

class Raiser:
    def __float__(self): raise ZeroDivisionError('from __float__')
    def __index__(self): raise KeyError('from __index__')

class Rounds:
    """Rounding through the special methods, whatever they return."""
    def __floor__(self): return 'floor'
    def __ceil__(self): return 'ceil'
    def __trunc__(self): return 'trunc'
    def __float__(self): return 9.75

class FloatRounds(float):
    def __floor__(self): return 'sub-floor'
    def __ceil__(self): return 'sub-ceil'
    def __trunc__(self): return 'sub-trunc'

class IntRounds(int):
    def __floor__(self): return -1
    def __trunc__(self): return -3

class FloatAttr:
    """__floor__ as an instance attribute: special methods are looked up on the type."""
    def __init__(self): self.__floor__ = lambda: 'instance'
    def __float__(self): return 1.5

class Mul:
    """Multiplication through __mul__/__rmul__, for prod."""
    def __init__(self, tag): self.tag = tag
    def __mul__(self, other): return ('mul', self.tag, other)
    def __rmul__(self, other): return ('rmul', other, self.tag)

def gen(*xs):
    yield from xs

def failing():
    yield 1.0
    yield 2.0
    raise RuntimeError('iteration failed')

class BadIter:
    def __iter__(self): raise ValueError('no iter')

def _enc(r):
    t = type(r)
    if t is float or t is int or t is bool:
        return r
    if t is tuple and all(type(x) in (float, int, bool) for x in r):
        return r
    return None

R = []
'''

RUNNER = '''
for _case in CASES:
    try:
        _r = _case()
        _v = _enc(_r)
        R.append(('v', _v) if _v is not None else ('o', type(_r).__name__ + ': ' + repr(_r)))
    except Exception as _e:
        R.append(('e', type(_e).__name__ + ': ' + str(_e)))
'''

cases = []


def case(expr):
    cases.append(expr)


def lit(x):
    """Python source for a float (or int) value."""
    if isinstance(x, float) and not math.isfinite(x):
        return 'NAN' if x != x else 'INF' if x > 0 else '-INF'
    return repr(x)


def bits_float():
    """A float with random bits: every exponent and sign, subnormals included; no NaN or infinity."""
    while True:
        x = struct.unpack('<d', struct.pack('<Q', rng.getrandbits(64)))[0]
        if math.isfinite(x):
            return x


# ---- operands ----

SPECIAL = [0.0, -0.0, math.inf, -math.inf, math.nan]
NORMAL = [
    1.0, -1.0, 0.5, -0.5, 2.0, -2.0, 3.0, 0.1, -0.1, 1e-300, -1e-300, 5e-324, -5e-324, 2.2250738585072014e-308,
    2.225073858507201e-308, 1e308, -1e308, 1.7976931348623157e+308, -1.7976931348623157e+308, 1e-08, 1e16, 1e22,
    709.0, 709.78, 710.0, -745.0, -745.2, -746.0, 1023.9, 1024.0, -1075.0, 0.9999999999999999, 1.0000000000000002,
    100.0, -100.0, 171.5, 172.0, -170.5, 1e-20, -1e-20, 2.5, -2.5, 31.0, 3.141592653589793, 1.5707963267948966,
    -1.5707963267948966, 6.283185307179586, 1e6, 1e15, 1e-5, 0.7853981633974483, 2 ** 60 + 0.0, 9007199254740993.0,
]
# Non-float arguments, as source: ints (small, big, bool), and objects through the protocols.
OBJECTS = [
    '0', '1', '-1', '2', '7', '-7', '10**20', '-10**20', '2**53+1', '10**400', '-10**400', 'True', 'False',
    'F(2.5)', 'F(-0.0)', 'F(INF)', 'I(3)', 'I(-4)', 'I(10**400)', 'FI()', 'FS(1.25)', 'IS(5)', 'Raiser()',
    'F(1)', 'I(2.5)', "'1.0'", 'None', '[]', '1j', 'Rounds()',
]
ALL1 = [lit(x) for x in SPECIAL + NORMAL] + OBJECTS


def rnd_uniform(lo, hi):
    return rng.uniform(lo, hi)


def rnd_log(lo_exp, hi_exp, signed=False):
    x = 2.0 ** rng.uniform(lo_exp, hi_exp) * (1 + rng.random())
    return -x if signed and rng.random() < 0.5 else x


# Where each float function of one argument is tried with random arguments.
RANDOM1 = {
    'sin': lambda: rnd_uniform(-10, 10), 'cos': lambda: rnd_uniform(-10, 10), 'tan': lambda: rnd_uniform(-10, 10),
    'asin': lambda: rnd_uniform(-1, 1), 'acos': lambda: rnd_uniform(-1, 1), 'atan': lambda: rnd_log(-30, 30, True),
    'sinh': lambda: rnd_uniform(-720, 720), 'cosh': lambda: rnd_uniform(-720, 720),
    'tanh': lambda: rnd_uniform(-20, 20), 'asinh': lambda: rnd_log(-30, 30, True),
    'acosh': lambda: 1 + rnd_log(-40, 20), 'atanh': lambda: rnd_uniform(-1, 1),
    'exp': lambda: rnd_uniform(-750, 720), 'exp2': lambda: rnd_uniform(-1080, 1030),
    'expm1': lambda: rnd_uniform(-40, 710), 'log': lambda: rnd_log(-1074, 1023),
    'log1p': lambda: rnd_uniform(-1, 10), 'log2': lambda: rnd_log(-1074, 1023), 'log10': lambda: rnd_log(-1074, 1023),
    'cbrt': lambda: rnd_log(-1074, 1023, True), 'sqrt': lambda: rnd_log(-1074, 1023),
    'erf': lambda: rnd_uniform(-6, 6), 'erfc': lambda: rnd_uniform(-6, 28),
    'gamma': lambda: rnd_uniform(-180, 180), 'lgamma': lambda: rnd_uniform(-200, 300),
    'fabs': lambda: bits_float(), 'degrees': lambda: bits_float(), 'radians': lambda: bits_float(),
    'ceil': lambda: rnd_log(-5, 70, True), 'floor': lambda: rnd_log(-5, 70, True),
    'trunc': lambda: rnd_log(-5, 70, True), 'frexp': lambda: bits_float(), 'modf': lambda: bits_float(),
    'ulp': lambda: bits_float(), 'isfinite': lambda: bits_float(), 'isinf': lambda: bits_float(),
    'isnan': lambda: bits_float(),
}
RANDOM_COUNT = 64

FLOAT1 = sorted(RANDOM1)
for fn in FLOAT1:
    for a in ALL1:
        case(f'math.{fn}({a})')
    for _ in range(RANDOM_COUNT):
        case(f'math.{fn}({lit(RANDOM1[fn]())})')
    case(f'math.{fn}()')
    case(f'math.{fn}(1.0, 2.0)')
    case(f'math.{fn}(x=1.0)')

# Near the places where the functions turn: poles, integers, domain edges.
for x in [-1.0, -2.0, -3.0, -171.0, -200.5, -1e-300, 1e-300, 0.5, 1.5, 2.0, 1e300, 2.5e305, -2.5e305, 171.62, 171.63,
          -180.5, -190.5, -0.5, 1e-21, -1e-21, 5e-324, -5e-324, 23.0, 24.0, 140.5, -140.5, 200.0, 200.5, -200.0]:
    case(f'math.gamma({lit(x)})')
    case(f'math.lgamma({lit(x)})')
for x in [1.0, -1.0, 1.0000000000000002, 0.9999999999999999, -0.9999999999999999]:
    for fn in ['atanh', 'acosh', 'asin', 'acos', 'log1p']:
        case(f'math.{fn}({lit(x)})')
for x in [30.0, 26.5, 27.3, 5.9, -5.9, 1.5, -1.5, 1.4999999999999998, 0.84375, 1.25, 2.857, 6.0, 1e-300, -27.0]:
    case(f'math.erf({lit(x)})')
    case(f'math.erfc({lit(x)})')
for x in [1e308, 1e200, 4.5e15, 2 ** 52 + 0.5, -(2 ** 52) - 0.5, 0.49999999999999994, -0.49999999999999994]:
    for fn in ['ceil', 'floor', 'trunc', 'modf']:
        case(f'math.{fn}({lit(x)})')

# Rounding through the special methods.
for fn in ['ceil', 'floor', 'trunc']:
    for a in ['FloatRounds(2.5)', 'IntRounds(7)', 'FloatAttr()', 'FS(-2.5)', 'IS(-9)', 'True', 'F(3.5)', 'I(4)',
              "'x'", '10**30', '-10**30']:
        case(f'math.{fn}({a})')

# ---- two float arguments ----

GRID2 = [lit(x) for x in SPECIAL] + [lit(x) for x in [1.0, -1.0, 0.5, -0.5, 2.0, -2.0, 3.0, -3.0, 1.5, 5e-324, -5e-324,
                                                        1e308, -1e308, 1e-300, 0.1, 1e16, 2.5]]
EXTRA2 = ['10**400', 'True', 'F(2.0)', 'I(3)', "'2'", 'None']
RANDOM2 = {
    'atan2': lambda: (rnd_log(-30, 30, True), rnd_log(-30, 30, True)),
    'copysign': lambda: (bits_float(), bits_float()),
    'fmod': lambda: (bits_float(), bits_float() if rng.random() < 0.5 else rnd_log(-20, 20, True)),
    'remainder': lambda: (bits_float(), bits_float() if rng.random() < 0.5 else rnd_log(-20, 20, True)),
    'pow': lambda: (rnd_log(-30, 30), rnd_uniform(-40, 40)),
    'nextafter': lambda: (bits_float(), bits_float()),
    'hypot': lambda: (rnd_log(-60, 60, True), rnd_log(-60, 60, True)),
    'ldexp': lambda: (bits_float(), rng.randint(-2200, 2200)),
}
for fn in sorted(RANDOM2):
    for a in GRID2:
        for b in GRID2:
            if fn == 'ldexp':
                continue
            case(f'math.{fn}({a}, {b})')
    for e in EXTRA2:
        case(f'math.{fn}({e}, 2.0)')
        case(f'math.{fn}(2.0, {e})')
    for _ in range(RANDOM_COUNT * 2):
        x, y = RANDOM2[fn]()
        case(f'math.{fn}({lit(x)}, {lit(y)})')
    case(f'math.{fn}(1.0)')
    case(f'math.{fn}(1.0, 2.0, 3.0)')
    case(f'math.{fn}(1.0, y=2.0)')

# pow: negative bases with integral exponents, exact powers, overflow and underflow.
for x in [-2.0, -0.5, -1.0, -3.0, -1e300, -1e-300, 10.0, 2.0, 0.0, -0.0]:
    for y in [3.0, -3.0, 2.0, -2.0, 0.5, 1e300, -1e300, 1075.0, -1075.0, 1e-300, 2.0 ** 53, 2.0 ** 53 + 2]:
        case(f'math.pow({lit(x)}, {lit(y)})')
for x in [10.0, 2.0, 3.0, 7.0, 1.1]:
    for y in range(-30, 31, 7):
        case(f'math.pow({lit(x)}, {lit(float(y))})')
for y in [0.5, -0.5, 1.5, 2.0, 3.0, 100.0, 1023.0, 1024.0, -1074.0, -1075.0, -1022.5, 0.1]:
    case(f'math.exp2({lit(y)})')
    case(f'math.pow(2.0, {lit(y)})')

# ldexp: every region of the exponent, rounding into subnormals, and what the exponent may be.
for x in [1.0, -1.0, 1.5, 0.75, 3 * 5e-324, 5e-324, 1.7976931348623157e+308, 0.0, -0.0, math.inf, -math.inf,
          math.nan, 2.2250738585072014e-308, 1.0000000000000002, 0.9999999999999999]:
    for i in ['0', '1', '-1', '1023', '1024', '-1022', '-1074', '-1075', '-1076', '-1000', '2000', '-2000',
              '2**31', '-2**31', '2**31-1', '-2**31-1', '10**30', '-10**30', 'True']:
        case(f'math.ldexp({lit(x)}, {i})')
for i in ['1.0', 'I(3)', "'3'", 'None', 'IS(3)']:
    case(f'math.ldexp(1.0, {i})')
case('math.ldexp(F(1.5), 2)')
case('math.ldexp(I(3), 2)')
case("math.ldexp('1', 2)")

# nextafter and ulp at the edges of the format.
for x in [0.0, -0.0, 5e-324, -5e-324, 2.2250738585072014e-308, 1.0, -1.0, 1.7976931348623157e+308,
          -1.7976931348623157e+308, math.inf, -math.inf, math.nan, 2.0 ** 1023, 2.0 ** -1022, 2.0 ** -1074 * 3]:
    for y in [0.0, -0.0, math.inf, -math.inf, math.nan, 1.0, -1.0]:
        case(f'math.nextafter({lit(x)}, {lit(y)})')
    case(f'math.ulp({lit(x)})')

# remainder: halfway cases go to the even multiple.
for x in [0.5, 1.5, 2.5, 3.5, -2.5, -3.5, 7.0, 6.0, 5e-324 * 3, 1e308, -1e308]:
    for y in [1.0, 2.0, -1.0, 5e-324 * 2, 1e-308, 3.0, 1e308]:
        case(f'math.remainder({lit(x)}, {lit(y)})')

# ---- hypot and dist ----

case('math.hypot()')
for args in [['3.0'], ['-3.0'], ['-0.0'], ['INF'], ['NAN'], ['3', '4'], ['3.0', '4.0'], ['3.0', '4.0', '12.0'],
             ['INF', 'NAN'], ['NAN', '-INF'], ['NAN', '1.0'], ['1e308', '1e308'], ['5e-324', '5e-324'],
             ['5e-324', '1e-323', '2e-323'], ['1e-310', '3e-310'], ['2.2250738585072014e-308', '5e-324'],
             ['0.0', '0.0'], ['-0.0', '0.0', '-0.0'], ['True', 'False'], ['F(3.0)', 'I(4)'], ['10**400', '1.0'],
             ["'3'", '4.0'], ['None'], ['1.0'] * 20, ['1e200', '1e-200', '1e100'], ['Raiser()'],
             ['FS(3.0)', 'IS(4)'], ['1e-320', '1e-320'], ['8.98846567431158e+307', '8.98846567431158e+307']]:
    case(f'math.hypot({", ".join(args)})')
case('math.hypot(x=1.0)')
for _ in range(RANDOM_COUNT * 2):
    n = rng.randint(2, 8)
    scale = rng.choice([0, 0, 30, 300, -300, -1060])
    xs = [rnd_log(scale - 40, scale + 40, True) if scale else rnd_uniform(-10, 10) for _ in range(n)]
    case(f'math.hypot({", ".join(lit(x) for x in xs)})')
for _ in range(RANDOM_COUNT):
    n = rng.randint(1, 6)
    p = [lit(rnd_uniform(-1e3, 1e3)) for _ in range(n)]
    q = [lit(rnd_uniform(-1e3, 1e3)) for _ in range(n)]
    case(f'math.dist(({", ".join(p)},), [{", ".join(q)}])')
for p, q in [('()', '()'), ('(1.0,)', '(4.0,)'), ('(1.0, 2.0)', '(1.0,)'), ('(1, 2)', '(4, 6)'),
             ('gen(1.0, 2.0)', 'iter([4.0, 6.0])'), ('(INF, 0.0)', '(NAN, 0.0)'), ('(NAN,)', '(1.0,)'),
             ('(1e308, -1e308)', '(-1e308, 1e308)'), ('(1.0, 2.0)', '3.0'), ('5', '(1.0,)'), ('(1.0,)', "('a',)"),
             ("'ab'", "'cd'"), ('(F(1.0), I(2))', '(3, 4.0)'), ('failing()', '(1.0, 2.0)'), ('(0.0,)', '(-0.0,)'),
             ('BadIter()', '()'), ('(5e-324, 0.0)', '(0.0, 5e-324)'), ('[1.0] * 20', '[2.0] * 20'),
             ('(10**400,)', '(1.0,)'), ('(True, False)', '(False, True)')]:
    case(f'math.dist({p}, {q})')
case('math.dist((1.0,))')
case('math.dist(p=(1.0,), q=(2.0,))')

# ---- fsum ----

FSUMS = [
    '[]', '[0.0]', '[-0.0]', '[-0.0, -0.0]', '[1e100, 1.0, -1e100, 1e-100, 1e50, -1.0, -1e50]', '[1e-16, 1, 1e16]',
    '[0.1] * 10', '[1.0, 1e100, 1.0, -1e100]', '[INF, 1.0]', '[INF, -INF]', '[-INF, INF, NAN]', '[NAN, 1.0]',
    '[INF, INF]', '[-INF, -INF, 1e308]', '[1e308, 1e308]', '[1e308, 1e308, -1e308]', '[1.7976931348623157e+308, 1e292]',
    '[2.0**53, -0.5, -2.0**-54]', '[2.0**53, 1.0, 2.0**-100]', '[1, 2, 3]', '[True, 2**60, 0.5]', '[10**400]',
    "['1.0']", '[None]', '1.0', 'gen(0.1, 0.2, 0.3)', 'failing()', 'range(10)', '[F(0.5), I(2), FS(0.25)]',
    '[Raiser()]', '(x * 0.1 for x in range(100))', '[5e-324, 5e-324, -1e-323]', '[1e16, 1.0, 1e-16]',
    '[-1e16, -1.0, -1e-16]', '[1.0, -2.0**-53, -2.0**-106]', "'abc'", 'BadIter()', '[1e308, -1e308, INF]',
    '[INF, -1e308, 1e308, 1e308]',
]
for s in FSUMS:
    case(f'math.fsum({s})')
for _ in range(RANDOM_COUNT):
    n = rng.randint(2, 40)
    xs = []
    for _ in range(n):
        e = rng.choice([0, 10, 50, 100, 300])
        x = rnd_log(-e - 20, e, True)
        xs.append(x)
        if rng.random() < 0.3:
            xs.append(-x * (1 + rng.choice([0, 2 ** -52, -2 ** -53])))
    rng.shuffle(xs)
    case(f'math.fsum([{", ".join(lit(x) for x in xs)}])')
case('math.fsum()')
case('math.fsum([1.0], [2.0])')

# ---- integer functions ----

INTS = ['0', '1', '2', '5', '20', '21', '33', '67', '68', '100', '128', '1000', '-1', '-10**20', '10**20', '2**63',
        '2**64', '10**30', '-2**63', '-2**63-1', 'True', 'False', 'I(10)', 'IS(12)', '5.0', 'FI()', "'5'", 'None', 'Raiser()',
        'I(2.0)', 'I(True)']
for a in INTS:
    case(f'math.factorial({a})')
    case(f'math.isqrt({a})')
    case(f'math.perm({a})')
for n in [0, 1, 2, 3, 4, 15, 16, 17, 24, 25, 2 ** 32 - 1, 2 ** 32, 2 ** 32 + 1, 2 ** 64 - 1, 2 ** 64, 2 ** 64 + 1,
          10 ** 50, 2 ** 200 + 1, (2 ** 100 + 1) ** 2, (2 ** 100 + 1) ** 2 - 1, 10 ** 300 - 1, 3 ** 500]:
    case(f'math.isqrt({n})')
for _ in range(60):
    case(f'math.isqrt({rng.getrandbits(rng.randint(1, 400))})')
for n in [0, 1, 2, 3, 12, 13, 19, 20, 21, 22, 25, 50, 127, 128, 129, 250, 300]:
    case(f'math.factorial({n})')

PAIRS = [(0, 0), (5, 0), (5, 2), (5, 5), (5, 6), (67, 33), (68, 34), (127, 64), (128, 64), (200, 100), (1000, 3),
         (1000, 997), (2 ** 32, 2), (2 ** 32, 3), (3329022, 3), (3329023, 3), (10 ** 20, 0), (10 ** 20, 1),
         (10 ** 20, 2), (10 ** 20, 5), (10 ** 20, 10 ** 20), (10 ** 20, 10 ** 20 - 1), (10 ** 20, 10 ** 20 + 1),
         (2 ** 63 - 1, 2), (2 ** 63, 3), (2 ** 64, 2 ** 64 - 2), (10 ** 30, 10 ** 25), (10 ** 30, 10 ** 30 - 3),
         (100, 150), (34, 17), (35, 17), (62, 31), (66, 33), (227, 10), (228, 10), (4294967296, 2), (50, 25),
         (2642246, 3), (2642247, 3), (65537, 4), (65538, 4), (20, 20), (21, 20), (30, 15)]
for n, k in PAIRS:
    case(f'math.comb({n}, {k})')
    case(f'math.perm({n}, {k})')
for n, k in [('-1', '2'), ('2', '-1'), ('-10**20', '1'), ('5', '-10**20'), ('5.0', '2'), ('5', '2.0'), ("'5'", '2'),
             ('True', 'True'), ('I(6)', 'I(2)'), ('IS(7)', 'False'), ('5', 'None'), ('None', '2'), ('2**64', '2**63'),
             ('10**40', '10**30'), ('Raiser()', '1'), ('1', 'Raiser()'), ('-1', "'x'")]:
    case(f'math.comb({n}, {k})')
    case(f'math.perm({n}, {k})')
case('math.comb(5)')
case('math.comb(5, 2, 1)')
case('math.perm()')
case('math.perm(5, 2, 1)')
case('math.perm(n=5)')
case('math.comb(n=5, k=2)')
case('math.factorial(n=5)')
case('math.factorial()')
case('math.isqrt()')

GCDS = ['', '0', '-7', '12, 18', '-12, 18', '0, 0', '0, -5', '2**100, 2**80 * 3', '10**40, 10**30 * 7, 35',
        'True, 2', 'I(12), IS(8)', '12, 18.0', "'a'", '3.0', '1, 2, 3, 4, 5', '6, 10, 15', '2**64 + 1, 2**64 - 1',
        '-2**70, 0', '12, None', '0, 0, 0', '7, Raiser()', '1, 2.5', '1, 0, 2.5', '0, 7, 2.5',
        '6, 0, 4', '-3', 'True', 'IS(-4)', 'I(-9)', '2**63, 2**62 * 3']
for a in GCDS:
    case(f'math.gcd({a})')
    case(f'math.lcm({a})')
case('math.gcd(a=1)')
case('math.lcm(a=1)')
for _ in range(40):
    a = rng.getrandbits(rng.randint(1, 150)) * rng.choice([1, -1])
    b = rng.getrandbits(rng.randint(1, 150)) * rng.choice([1, -1])
    c = rng.getrandbits(20)
    case(f'math.gcd({a}, {b})')
    case(f'math.lcm({a}, {b})')
    case(f'math.gcd({a * c}, {b * c}, {c})')
    case(f'math.lcm({a % 1000}, {b % 1000}, {c % 1000})')

# ---- prod ----

PRODS = ['[]', '[2, 3, 4]', '[2**40, 2**40]', '[2**62, 2]', '[-2**63, 1]', '[-2**63, -1]', '[2**31, 2**31, 2**31]',
         '[1.5, 2, 3]', '[2, 1.5, 3]', '[1e200, 1e200]', '[1e200, 1e200, 0.0]', '[2**70, 0.5]', '[0.5, 2**70]',
         '[True, True, 3]', "['ab', 3]", "[3, 'ab']", "['ab', 'cd']", '[[1], 2]', '[Mul(1), 2]', '[2, Mul(2)]',
         '[1j, 1j]', '[1, 2, 3.0, 4]', '[F(2.0)]', '5', 'gen(1, 2, 3)', 'failing()', 'range(1, 20)',
         'range(1, 30)', '[IS(3), IS(4)]', '[FS(1.5), 2.0]', '[INF, 0.0]', '[NAN, 1]', '[-1.0, 0.0]', '[10**30, 10**30]',
         '[2**63 - 1, 1]', '[-1, 2**63]', '[3.0, 2**70]', '[None]', '[]']
for p in PRODS:
    case(f'math.prod({p})')
for s in ['2', '2.5', "'ab'", '[1]', 'None', 'Mul(0)', '10**30', 'True', 'IS(2)', 'FS(2.0)', '1j']:
    case(f'math.prod([3, 4], start={s})')
    case(f'math.prod([1.5, 2], start={s})')
    if s != 'Mul(0)':  # its repr shows an address
        case(f'math.prod([], start={s})')
case('math.prod([], start=Mul(0)).tag')
case('math.prod()')
case('math.prod([1], 2)')
case('math.prod(iterable=[1])')
case('math.prod([1], begin=2)')

# ---- isclose ----

ISCLOSE = ['1.0, 1.0', '1.0, 1.0000000001', '1.0, 1.000000001', '1.0, 1.00000001', '0.0, 1e-10', '0.0, -0.0',
           'INF, INF', 'INF, -INF', '-INF, -INF', 'NAN, NAN', 'INF, 1e308', '1e308, INF', 'NAN, 1.0',
           '1, True', '10**20, 10**20 + 1', 'F(1.0), I(1)', '1.0, 1.1, rel_tol=0.1', '1.0, 1.1, rel_tol=0.09',
           '0.0, 1e-10, abs_tol=1e-10', '0.0, 1e-10, abs_tol=1e-11', '1.0, 2.0, rel_tol=-1', '1.0, 2.0, abs_tol=-0.0',
           '1.0, 2.0, abs_tol=-1e-300', '1.0, 2.0, rel_tol=INF', '1.0, 2.0, rel_tol=NAN', '1.0, 2.0, abs_tol=NAN',
           '1.0, 1.0, rel_tol=-1', '1.0, 2.0, rel_tol=1', "'a', 1.0", '1.0, None', '1.0', '1.0, 2.0, 3.0',
           'a=1.0, b=1.0', 'b=1.0, a=1.0', '1.0, b=1.0', '1.0, 1.0, tol=1', "1.0, 1.0, rel_tol='x'",
           '1.0, 1.0, rel_tol=10**400', '1e-300, 1.1e-300', '5e-324, -5e-324', '5e-324, -5e-324, abs_tol=1e-323',
           '1.0, a=1.0']
for a in ISCLOSE:
    case(f'math.isclose({a})')

# ---- logarithms of ints and with a base ----

LOGARGS = ['1', '2', '10', '100', '1000', '2**1000', '2**1023', '2**1024', '2**1024 - 1', '2**2000', '10**400',
           '3**1000', '(2**53 + 1) * 2**1100', '(2**54 - 1) * 2**1000', '0', '-1', '-10**400', 'True', 'False',
           'IS(8)', 'I(8)', 'I(0)', 'F(8.0)', 'FS(8.0)', '8.0', '0.0', '-0.0', '-1.0', 'INF', '-INF', 'NAN', "'8'",
           'None', '1e-320', '2**-1074', 'Raiser()']
for a in LOGARGS:
    for fn in ['log', 'log2', 'log10']:
        case(f'math.{fn}({a})')
for a in ['8', '2**1000', '10**400', '1.0', '100.0', '0.5', 'INF', 'NAN', '0', '1e-320']:
    for b in ['2', '10', '2.0', '10**400', '1', '1.0', '0.5', '0', '-2', 'INF', 'NAN', 'True', "'2'", 'math.e']:
        case(f'math.log({a}, {b})')
for _ in range(20):
    for fn in ['log', 'log2', 'log10']:
        case(f'math.{fn}({rng.getrandbits(rng.randint(900, 1500)) + 1})')
case('math.log()')
case('math.log(1, 2, 3)')
case('math.log(x=2)')

# ---- constants and the module itself ----

for name in ['pi', 'e', 'tau', 'inf', 'nan']:
    case(f'math.{name}')
case('math.__name__')
case('math.__doc__')
case('sorted(n for n in dir(math) if not n.startswith("_"))')
for fn in ['hypot', 'gcd', 'lcm', 'log', 'sin', 'isclose', 'prod', 'perm', 'fsum', 'ldexp', 'dist', 'ulp',
           'nextafter', 'frexp', 'remainder', 'gamma', 'erf']:
    case(f'math.{fn}.__text_signature__')


def main():
    limit = sys.get_int_max_str_digits()
    sys.set_int_max_str_digits(0)  # a few cases print huge ints
    try:
        source = PRELUDE + 'CASES = (\n' + ''.join(f'    lambda: {c},\n' for c in cases) + ')\n' + RUNNER
        code = compile(source, 'math_cases.py', 'exec')
        namespace = {'__name__': 'math_cases'}
        exec(code, namespace)
        results = namespace['R']
        assert len(results) == len(cases)
        out = {
            'code': marshal.dumps(code).hex(),
            'cases': [[c, encode(r)] for c, r in zip(cases, results)],
        }
    finally:
        sys.set_int_max_str_digits(limit)
    data = json.dumps(out, separators=(',', ':')).encode('ascii')
    with open(OUT, 'wb') as f:
        f.write(gzip.compress(data, compresslevel=9, mtime=0))  # no timestamp: the same cases give the same file
    print(f'{len(cases)} cases -> {os.path.normpath(OUT)}')


def encode(outcome):
    tag, value = outcome
    if tag != 'v':
        return [tag, value]
    return value_json(value)


def value_json(v):
    if type(v) is bool:
        return ['b', v]
    if type(v) is int:
        return ['i', str(v)]
    if type(v) is float:
        return ['f', repr(v)]
    return ['t', [value_json(x) for x in v]]


if __name__ == '__main__':
    main()
