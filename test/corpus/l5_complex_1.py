# complex arithmetic, construction, powers and errors, as complexobject.c computes them.
a = 1 + 2j
b = 3 - 4j
print(a + b, a - b, a * b, a / b, -a, +a, a == 1 + 2j, a != b, 2 * a, a + 1.5, 1 / 1j, 1j * 1j, (1e300 + 1e300j) * (1e300 + 1e300j))
print(a.real, a.imag, a.conjugate(), abs(3 + 4j), complex(1, 2), complex('1+2j'), hash(1 + 0j) == hash(1))
try:
    a / 0
except ZeroDivisionError as e:
    print(e)
try:
    a < b
except TypeError as e:
    print(e)
print(complex(), complex(2), complex(1.5, -2), complex('  (1-2.5j) '), complex('j'), complex('-J'), complex('1e3'), complex('inf+nanj'), complex(1j, 1j), complex(real=3, imag=4))
print((1 + 2j) ** 2, (1 + 2j) ** -1, 2 ** (1 + 1j), (1j) ** 0.5, (0j) ** 0, (2 + 0j) ** 100, 1j ** 200, (1 + 1j) == 1 + 1j, 1.0 == 1 + 0j, 2 == 2 + 0j, bool(0j), abs(-3 - 4j))
print((1e300 + 1e300j) * 2, (1 + 2j) / (3 + 4j), (1 + 2j) / 2, 4 / (1 + 1j), (-1 + 0j) ** 0.5)
for bad in (lambda: complex('1+'), lambda: complex('x'), lambda: complex([]), lambda: (0j) ** -1, lambda: (1e200 + 1e200j) ** 5, lambda: complex('1', 2)):
    try:
        print(bad())
    except (ValueError, TypeError, ZeroDivisionError, OverflowError) as e:
        print(type(e).__name__, e)
