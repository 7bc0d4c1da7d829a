# complex: constructor forms and errors, repr, arithmetic, pow, comparisons, hashing, format.
cs = [0j, -0j, 1j, -1j, 1 + 2j, -1.5 - 0.5j, complex(0, -0.0), complex(-0.0, 0), complex(float('inf'), 1),
      complex(1, float('nan')), complex(1e300, -1e-300), 3 + 0j, complex(-0.0, -0.0)]
for c in cs:
    print(repr(c), str(c), c.real, c.imag, c.conjugate(), abs(c), hash(c) if c == c else 'nan', bool(c))
for s in ['1+2j', ' 1-2J ', '(3+4j)', '( 5j )', 'j', '-j', '+J', '1e3j', '1e-3-1e3j', 'inf+nanj', '-infj', '1',
          '1+', '1+2', '(1+2j', '1+2j)', '1 + 2j', '', '()', 'jj', '1e', '1_0+2_0j', '1__0j', 'nan', '\u20021j',
          '１+２j', '1+2jx', '+1.5-.5j', '.5j', '5.j']:
    try:
        print(repr(s), complex(s))
    except ValueError as e:
        print(repr(s), 'ValueError', e)
print(complex(), complex(1), complex(1, 2), complex(1j, 1j), complex(2j, 3), complex(real=1, imag=2), complex(imag=5))
print(complex(1.5, 0), complex(True, False), complex(2**53, 1), complex('1', ) if True else 0)
for args in [('1', 2), (1, '2'), (None,), ([],), ('1j', 0), (1, None), (object(),)]:
    try:
        print(complex(*args))
    except TypeError as e:
        print(args[0] if not isinstance(args[0], object) or isinstance(args[0], (str, int)) else type(args[0]).__name__, 'TypeError', e)
class C:
    def __complex__(self):
        return 3 + 4j
class Bad:
    def __complex__(self):
        return 5
class Fl:
    def __float__(self):
        return 1.25
class Ix:
    def __index__(self):
        return 9
print(complex(C()), complex(Fl()), complex(Fl(), Fl()), complex(Ix()), complex(1, Ix()))
try:
    complex(Bad())
except TypeError as e:
    print('TypeError', e)
a, b = 1 + 2j, 3 - 4j
print(a + b, a - b, a * b, a / b, -a, +a, a == b, a != b, a == 1 + 2j, 1 + 0j == 1, 1j == 1, (1 + 0j) == 1.0)
print(a + 1, 1 - a, 2 * a, a / 2, 1 / a, a ** 2, a ** 0, a ** -1, 2 ** a, a ** a, a ** 0.5, (-1) ** 0.5, 0j ** 0)
print(1j ** 2, 1j ** 3, (1 + 1j) ** 10, (2 + 0j) ** 100, 1j ** 1j, pow(1j, 2), (-8 + 0j) ** (1 / 3))
for bad in [lambda: a < b, lambda: a // b, lambda: a % b, lambda: divmod(a, b), lambda: a / 0, lambda: a / 0j,
            lambda: 0j ** -1, lambda: 0j ** 1j, lambda: pow(a, 2, 3), lambda: int(a), lambda: float(a), lambda: round(a),
            lambda: (1e200 + 1e200j) * (1e200 + 1e200j), lambda: complex(1e308, 1e308) ** 2, lambda: a + 'x', lambda: abs(complex(1e308, 1e308))]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
print(hash(1 + 0j) == hash(1), hash(2.5 + 0j) == hash(2.5), hash(1j), hash(-1j), hash(complex(1, 1)))
print(format(1 + 2j), format(1 + 2j, ''), format(1.5 - 2.25j, '.2f'), format(1 + 2j, '>20'), format(1j, 'e'), format(-1j, 'g'))
print(format(3 + 4j, '+.1f'), format(3 - 4j, '^20.3e'), format(1e20j, ''), format(1 + 1j, '.3'), format(complex(1, float('nan')), 'f'))
print(format(-0j, ''), format(complex(-0.0, -0.0), ''), format(1 + 2j, '_'), format(12345 + 6789j, ',.1f'), f'{2j:*<12}')
for bad in ['d', '=10', '010', 'c', '%', 's', '05.1f']:
    try:
        print(format(1 + 2j, bad))
    except ValueError as e:
        print(repr(bad), 'ValueError', e)
print(repr(complex(1e16, 1e-16)), repr(complex(0.1, 0.2)), str(complex(1e22, 1)), repr(1e300j * 1e300j))
print((1 + 2j).__getnewargs__(), complex.__add__(1j, 'x'), complex.__eq__(1j, 'x'), complex.__radd__(1j, 2), complex.__rsub__(1j, 2))
class MyC(complex):
    pass
m = MyC(1, 2)
print(type(m).__name__, m, repr(m), type(m + 1).__name__, complex(m), type(complex(m)).__name__)
