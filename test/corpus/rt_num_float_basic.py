# float: repr/str, constructor parsing, special values, hex/fromhex, is_integer, as_integer_ratio.
vals = [0.0, -0.0, 1.0, -1.5, 0.1, 1 / 3, 2.5e-308, 5e-324, 1.7976931348623157e308, 1e16, 1e15, 123456789012345678.0,
        1e-5, 0.0001, 1e22, 1e-7, float('inf'), float('-inf'), float('nan'), 9007199254740993.0, 0.1 + 0.2]
for v in vals:
    print(repr(v), str(v), v.is_integer(), v.hex(), hash(v) if v == v else 'nan')
for v in vals:
    try:
        print(v.as_integer_ratio())
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
for s in ['1.5', ' -2.5e3 ', '+inf', '-Infinity', 'nan', '-NaN', 'iNfInItY', '1_000.5', '1__0.0', '.5', '5.', '1e',
          '', ' ', '0x1p3', 'infinity1', '1,5', '١٫٥', '１.５', '\u20051.25\u3000', '1e400', '-1e400', '1e-400',
          '_1.0', '1.0_', '1_e5', '1e_5', '1e5_0', 'nan(1)', '++1', '0.0000000000000000000000001']:
    try:
        print(repr(s), float(s))
    except ValueError as e:
        print(repr(s), 'ValueError', e)
for b in [b'1.25', bytearray(b' 3 '), memoryview(b'-0.5'), b'x']:
    try:
        print(float(b))
    except ValueError as e:
        print('ValueError', e)
for bad in [None, [], 1j, 'a' * 60]:
    try:
        float(bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
class F:
    def __float__(self):
        return 2.5
class I:
    def __index__(self):
        return 7
class BadF:
    def __float__(self):
        return 1
print(float(F()), float(I()), float(True), float(2**60), float(-2**60 - 1))
try:
    float(BadF())
except TypeError as e:
    print('TypeError', e)
class FSub(float):
    pass
class RetSub:
    def __float__(self):
        return FSub(1.5)
x = float(RetSub())
print(type(x).__name__, x)
y = FSub('2.5')
print(type(y).__name__, y, repr(y), float(y), type(float(y)).__name__, y + 1, type(y + 1).__name__)
for h in ['0x1p0', '0x1.8p1', '-0x1p-1074', '0x1p-1075', '0x1.fffffffffffffp1023', '0x1p1024', 'inf', '-nan', '0X.8P+1',
          ' 0x10 ', '1', '0x1.000000000000080p0', '0x1.000000000000081p0', '0x0p0', '0xgp0', '0x1p', '0x.p1', '']:
    try:
        print(repr(h), float.fromhex(h))
    except (ValueError, OverflowError) as e:
        print(repr(h), type(e).__name__, e)
print((1.0).hex(), (-0.1).hex(), (5e-324).hex(), (2.0**-1022).hex(), float('inf').hex(), (0.0).hex(), (-0.0).hex())
print(float.fromhex((0.1).hex()) == 0.1, type(FSub.fromhex('0x1p1')).__name__, FSub.fromhex('0x1p1'))
print(3.0.is_integer(), 3.5.is_integer(), (-0.0).is_integer(), 1e300.is_integer())
print(float.__getformat__('double'), float.__getformat__('float'))
try:
    float.__getformat__('int')
except ValueError as e:
    print('ValueError', e)
print(1.5.real, 1.5.imag, (1.5).conjugate(), float.__trunc__(2.7), float.__floor__(-2.5), float.__ceil__(-2.5))
print(float.__int__(-3.99), float.__float__(1.25), (2.5).__getnewargs__(), float.__abs__(-0.0), float.__neg__(0.0))
print(0.1 * 3, 1e16 + 1, 2.0 ** 0.5, 10.0 ** 15, 10.0 ** 16, 123e-20, 1.0e+100, -1e-100, 1e21, 1e20)
print(str(1e16), str(12345678901234567.0), str(0.000123), str(1.23e-5), repr(100.0), repr(1e100 * 10))
print(1e308 * 10, -1e308 * 10, float('inf') - float('inf'), float('inf') * 0, 0.0 * -1, -0.0 + 0.0, -0.0 - 0.0)
print(float('nan') == float('nan'), float('nan') != float('nan'), float('inf') == float('inf'), [float('nan')] == [float('nan')])
n = float('nan')
print([n] == [n], n in [n], n is n, hash(n) == hash(n), 0.0 == -0.0, hash(0.0) == hash(-0.0), hash(1.5), hash(-1.5))
print(hash(float('inf')), hash(float('-inf')), hash(1e300), hash(2.0 ** 61), hash(1.0) == hash(1), hash(0.5) == hash(1 / 2))
