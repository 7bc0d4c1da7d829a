# int() from strings and bytes: bases, prefixes, underscores, whitespace and the errors.
cases = [
    ('0', 10), ('-0', 10), ('  42  ', 10), ('+7', 10), ('-_1', 10), ('1_000', 10), ('1__0', 10),
    ('_1', 10), ('1_', 10), ('0x1f', 16), ('0X1F', 0), ('0o17', 0), ('0b101', 0), ('0b', 0),
    ('017', 0), ('00', 0), ('0_0', 0), ('0x_ff', 0), ('0x_', 0), ('z', 36), ('Z', 36),
    ('10', 2), ('12', 2), ('777', 8), ('0o777', 8), ('0x10', 16), ('0b11', 2), ('0b11', 16),
    ('\t\n 12 \r\x0c', 10), ('١٢٣', 10), ('１２', 0), ('', 10), ('   ', 10), ('-', 10),
    ('+-1', 10), ('1.5', 10), ('1e5', 10), ('0x', 16), ('9' * 30, 10), ('-' + '7' * 25, 8),
    ('\u00a012\u2003', 10), ('12\x00', 10), ('abc', 37), ('1', 1), ('1', -1), ('1', 0),
]
for s, b in cases:
    try:
        print(repr(s), b, int(s, b))
    except (ValueError, TypeError) as e:
        print(repr(s), b, type(e).__name__, e)

for s in [b'12', b'  -3 ', bytearray(b'0x1A'), b'1_2', b'\xff', b'12a']:
    for base in (10, 0, 16):
        try:
            print(s, base, int(s, base))
        except ValueError as e:
            print(s, base, 'ValueError', e)

print(int(memoryview(b'123')))
for bad in [None, [], 1j, object()]:
    try:
        int(bad)
    except TypeError as e:
        print('TypeError', e)
for bad in [(12, 10), (1.5, 10), (None, 10)]:
    try:
        int(*bad)
    except TypeError as e:
        print('TypeError', e)
try:
    int('1', base=2**70)
except (ValueError, OverflowError) as e:
    print(type(e).__name__, e)
try:
    int('1', 2, 3)
except TypeError as e:
    print('TypeError', e)
try:
    int(x='1')
except TypeError as e:
    print('TypeError', e)
print(int(base=10, x='12') if False else int('12', base=10))
try:
    int(base=10)
except TypeError as e:
    print('TypeError', e)

class Idx:
    def __index__(self):
        return 16
print(int('ff', Idx()))

class Trunc:
    def __trunc__(self):
        return 7
print(int(Trunc()))

class IntLike:
    def __int__(self):
        return 3
print(int(IntLike()))

class BadInt:
    def __int__(self):
        return 'x'
try:
    int(BadInt())
except TypeError as e:
    print('TypeError', e)

class Sub(int):
    pass
v = Sub('0x10', 16)
print(type(v).__name__, v, int(v), type(int(v)).__name__)
print(int(True), int(False), int(-3.9), int(3.9), int(1e20), int(-0.0))
for f in [float('inf'), float('-inf'), float('nan')]:
    try:
        int(f)
    except (ValueError, OverflowError) as e:
        print(type(e).__name__, e)
long_bad = 'x' * 300
try:
    int(long_bad)
except ValueError as e:
    print('ValueError', str(e)[:60], len(str(e)))
print(int('  0b1_0_1  ', 0), int('0O7_7', 0), int('-0x_a', 0))
