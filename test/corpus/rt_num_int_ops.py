# int arithmetic and bit operations across the small/big boundary, with their errors.
big = 2 ** 100 + 12345
vals = [0, 1, -1, 7, -7, 2**31 - 1, -2**31, 2**53 + 1, -(2**53) - 3, 2**63, -2**64, big, -big]
for a in vals:
    print(a, -a, abs(a), ~a, a.bit_length(), a.bit_count(), bool(a), hash(a))
for a in vals[:8]:
    for b in (3, -3, 2**70 + 1, -(2**65)):
        print(a, b, a + b, a - b, a * b, a // b, a % b, divmod(a, b), a & b, a | b, a ^ b)
for a in (5, -5, big, -big):
    for s in (0, 1, 3, 31, 32, 33, 63, 64, 65, 100, 200):
        print(a, s, a << s, a >> s)
print((-1) >> 1000, 1 >> 1000, (-big) >> 10**20 if False else (-big) >> 1000)
for a, b in [(7, 2), (-7, 2), (7, -2), (-7, -2), (10**30, 7), (-(10**30), 7), (1, 3), (2**60, 2**61)]:
    print(a / b, a // b, a % b, pow(a, 2, 97) if a > 0 else pow(a, 3, 11))
print(pow(3, -1, 7), pow(-3, -1, 7), pow(2, 10, -7), pow(2, -2, 5), pow(0, 0, 1), pow(5, 0, 1))
print(2 ** -1, 2 ** -3, (-2) ** -3, 10 ** 20, (-3) ** 41, 0 ** 0)
for args in [(2, -1, 4), (0, -1, 5), (2, 3, 0), (2.0, 3, 5), (2, 3.0, 5), (2, 3, 5.0)]:
    try:
        print(pow(*args))
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
ops = [('1 // 0', lambda: 1 // 0), ('1 % 0', lambda: 1 % 0), ('divmod(1, 0)', lambda: divmod(1, 0)),
       ('1 / 0', lambda: 1 / 0), ('big // 0', lambda: big // 0), ('big % 0', lambda: big % 0),
       ('1 << -1', lambda: 1 << -1), ('1 >> -1', lambda: 1 >> -1), ('big << -1', lambda: big << -1),
       ('0 ** -1', lambda: 0 ** -1), ('1 << 2**100', lambda: 1 << 2**100), ("1 + '1'", lambda: 1 + '1'),
       ("'1' * big", lambda: '1' * big), ('1 & 1.0', lambda: 1 & 1.0), ('~1.5', lambda: ~1.5)]
for text, op in ops:
    try:
        print(text, op())
    except Exception as e:
        print(text, type(e).__name__, e)
print(10**18 / 3, 2**1000 / 2**999, (2**1100 + 1) // 2**1000, 2**53 + 1.0)
try:
    print(2**1100 / 3)
except OverflowError as e:
    print('OverflowError', e)
try:
    print(float(2**1024))
except OverflowError as e:
    print('OverflowError', e)
print(float(2**1024 - 2**971), float(2**1024 - 2**970 - 1))
print((10**40) / (10**20), 10**40 // 10**20 == 10**20, (2**64 - 1) / 2**64)
print(int.__add__(3, 4), int.__sub__(3, True), int.__mul__(3, 2.0), (3).__radd__(4), (3).__rtruediv__(6))
print((5).__rpow__(2), (5).__pow__(2, 3), (-7).__floordiv__(2), (7).__rmod__(3), int.__neg__(True))
print(True + True, True * 10, -True, ~True, ~False, True << 3, True & 3, True | False, True ^ True)
print(type(True & True).__name__, type(True | 0).__name__, type(True ^ False).__name__, type(~True).__name__)
print((12).conjugate(), (12).real, (12).imag, (12).numerator, (12).denominator, (-5).as_integer_ratio())
print(True.as_integer_ratio(), (3).__trunc__(), (3).__floor__(), (3).__ceil__(), (7).__index__())
print(int.bit_length(-2**64), (2**64 - 1).bit_count(), (-1).bit_count(), (0).bit_length())
print(sum(range(1000)) * 10**30 % 997, max(2**70, 3.0), min(-2**70, -1e30))
print(1 == 1.0, 2**53 + 1 == 2.0**53 + 1, 2**53 + 1 > 2.0**53, 10**400 > 1e308, -10**400 < float('-inf'))
print(10**400 < float('inf'), 10**400 == float('inf'), 3 < float('nan'), 3 != float('nan'))
print(hash(2**61 - 1), hash(2**61), hash(-2**61), hash(-1), hash(-2), hash(10**30), hash(-(10**30)))
