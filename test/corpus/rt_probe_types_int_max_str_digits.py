# sys.set_int_max_str_digits limits int <-> decimal str conversions (str, repr, int(), %d, format)
# and 0 lifts the limit; powers of two bases are never limited.
import sys


def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, '!!', type(e).__name__, e)


big = 10 ** 700
print(sys.get_int_max_str_digits(), sys.flags.int_max_str_digits, sys.int_info.default_max_str_digits)
show('set 100', lambda: sys.set_int_max_str_digits(100))
show('set -1', lambda: sys.set_int_max_str_digits(-1))
sys.set_int_max_str_digits(700)
print(sys.get_int_max_str_digits())
show('str 700 digits', lambda: len(str(big - 1)))
show('str 701 digits', lambda: len(str(big)))
show('repr negative 700 digits', lambda: len(repr(1 - big)))
show('repr negative 701 digits', lambda: len(repr(-big)))
show('%d', lambda: len('%d' % big))
show('format', lambda: len(format(big, ',')))
show('f-string', lambda: len(f'{big}'))
show('int 700 digits', lambda: int('9' * 700) == big - 1)
show('int 701 digits', lambda: int('1' + '0' * 700))
show('int base 7', lambda: int('1' * 701, 7) > 0)
show('int base 16', lambda: int('f' * 2000, 16) > 0)
show('hex', lambda: len(hex(big)))
show('bin', lambda: len(bin(big)))
sys.set_int_max_str_digits(maxdigits=0)
print(sys.get_int_max_str_digits())
show('str unlimited', lambda: len(str(10 ** 5000)))
show('int unlimited', lambda: int('7' * 5000) % 1000)
sys.set_int_max_str_digits(4300)
show('default again', lambda: len(str(10 ** 4300)))
