# float arithmetic: //, %, divmod signs, pow corner cases, round(), mixed int/float comparisons, errors.
pairs = [(7.5, 2), (-7.5, 2), (7.5, -2), (-7.5, -2), (1.0, 0.1), (0.0, 3.0), (-0.0, 3.0), (5.0, float('inf')),
         (-5.0, float('inf')), (float('inf'), 3.0), (1e300, 1e-300), (3, 0.5), (-1e-300, 1e300), (10, 3.0)]
for a, b in pairs:
    try:
        print(a, b, a // b, a % b, divmod(a, b), a / b)
    except (ZeroDivisionError, OverflowError) as e:
        print(a, b, type(e).__name__, e)
for a, b in [(1.0, 0.0), (1, 0.0), (0.0, 0), (float('nan'), 0.0)]:
    for op in ('/', '//', '%', 'divmod'):
        try:
            r = a / b if op == '/' else a // b if op == '//' else a % b if op == '%' else divmod(a, b)
            print(op, r)
        except ZeroDivisionError as e:
            print(op, 'ZeroDivisionError', e)
pw = [(2.0, 0.5), (-8.0, 1 / 3), (0.0, -1.0), (-0.0, -1.0), (0.0, -2.0), (-0.0, -3.0), (1.0, float('nan')),
      (float('nan'), 0.0), (-1.0, float('inf')), (0.5, float('-inf')), (2.0, float('-inf')), (float('inf'), -1.0),
      (float('-inf'), 3.0), (float('-inf'), 2.0), (float('-inf'), -3.0), (10.0, 400), (-2.0, 0.5), (1e300, 2),
      (2, 1024.0), (-1.0, 3e300), (0.0, 0.0), (-2.0, -1074.0), (2.0, -1080.0)]
for a, b in pw:
    try:
        print(a, b, a ** b)
    except (ZeroDivisionError, OverflowError, ValueError) as e:
        print(a, b, type(e).__name__, e)
print(pow(2.0, 3), pow(-2, 0.5), pow(4, -0.5), (-8) ** (1 / 3), 2 ** 0.5, 0.5 ** -2)
rounds = [0.5, 1.5, 2.5, -0.5, -2.5, 2.675, 0.125, 0.375, 1e300, -1e-300, 123.456, 5e-324, 1e16 + 2]
for v in rounds:
    print(v, round(v), round(v, 1), round(v, 2), round(v, -1), round(v, -2), round(v, 400), round(v, -400))
print(type(round(2.5)).__name__, type(round(2.5, 0)).__name__, round(2.5, None), round(-0.0, 1), round(0.0), round(-0.4))
for v in [float('inf'), float('-inf'), float('nan')]:
    print(round(v, 2), round(v, -2))
    try:
        round(v)
    except (ValueError, OverflowError) as e:
        print(type(e).__name__, e)
for nd in ['2', 2.0, 2**70, -2**70]:
    try:
        print(round(1.25, nd))
    except Exception as e:
        print(type(e).__name__, e)
class R:
    def __round__(self, n=None):
        return ('R', n)
print(round(R()), round(R(), 3), round(R(), None))
try:
    round(object())
except TypeError as e:
    print('TypeError', e)
try:
    round(1.5, 2, 3)
except TypeError as e:
    print('TypeError', e)
print(1 < 1.5, 2**60 < 2.0**60 + 1, 2**63 == 9.223372036854776e18, 2**63 + 1 == 9.223372036854776e18, -0.0 == 0)
print(10**308 * 10 > 1e308, -(10**309) < -1e308, 0.1 == 1 / 10, 0.1 + 0.2 == 0.3, 1e16 == 10**16, 1e23 == 10**23)
print(max(1, 1.0), max(1.0, 1), min(0.0, -0.0), min(-0.0, 0.0), sorted([3, 1.5, -2, 2.0, True]))
print(abs(-0.0), abs(float('-inf')), -(0.0), +(-0.0), 3.0 * -0.0, 1 / float('inf'), -1 / float('inf'))
print(divmod(-0.0, 1.0), divmod(0.0, -1.0), -0.0 // 1.0, 0.0 % -1.0, -1e-20 % 1.0, 1e-20 % -1.0, 5 % -0.0 if False else 'x')
print(float.__mod__(7.0, 2), float.__rmod__(2.0, 7), float.__rtruediv__(2.0, 1), float.__rfloordiv__(4.0, 9), float.__rpow__(2.0, 3))
print(float.__add__(1.5, 'x'), float.__lt__(1.0, 'x'), float.__eq__(1.0, 1), (1.5).__truediv__(0.5), (2.5).__divmod__(1))
try:
    (1.0).__truediv__(0)
except ZeroDivisionError as e:
    print('ZeroDivisionError', e)
for bad in [lambda: 1.0 + 'a', lambda: 'a' * 1.0, lambda: 1.0 < 'a', lambda: 1.0 & 1, lambda: [] * 2.0, lambda: pow(2.0, 2, 3),
            lambda: 2 ** 10000 * 1.0, lambda: 1e300 ** 2, lambda: float('inf') // 1, lambda: divmod(1e308, 1e-308)]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
total = 0.0
for i in range(1, 101):
    total += 1.0 / i
print(total, sum([0.1] * 10), sum([0.1] * 10) == 1.0, 1e16 + 1.0 - 1e16, (0.1).__round__(), (0.15).__round__(1))
