# format() of ints: every presentation type, alignment, sign, grouping, alternate forms and errors.
nums = [0, 1, -1, 42, -42, 255, 1234567, -1234567, 2**64, -(2**70) + 3, True]
specs = ['', 'd', 'b', 'o', 'x', 'X', 'n', 'c', 'e', 'E', 'f', 'F', 'g', 'G', '%', '#b', '#o', '#x', '#X',
         '+d', ' d', '-d', '08d', '+08d', '-08x', '#010x', '#010b', '<10', '>10', '^10', '=10', '*^11',
         '0=+10', ',', '_', ',d', '_x', '_b', '_o', '#_x', '015,', '015_', '.2f', '.0e', '10.3%', ',.2f',
         '+,', 'x<8', '\x00>5', '010', '^', '#', '+#x', '-#o', ' #b', '020_x', '015,d', '.3g', '.10g']
for n in nums:
    out = []
    for s in specs:
        try:
            out.append(format(n, s))
        except (ValueError, OverflowError) as e:
            out.append('!' + type(e).__name__ + ':' + str(e))
    print(n, out)
for bad in ['s', 'r', '.2d', '.2x', ',b', ',x', ',o', ',c', '_c', '_n', ',n', '+c', '#c', 'z', '=', 'xx', '10.2.2',
            '1' * 25, ',_', '_,', '.', '.e', '10.', '<=', 'ç']:
    try:
        print(repr(bad), format(7, bad))
    except (ValueError, OverflowError) as e:
        print(repr(bad), type(e).__name__, e)
for v in [-1, 0x110000, 65, 0x1F600, 2**40]:
    try:
        print(repr(format(v, 'c')), repr(format(v, '^5c')))
    except (ValueError, OverflowError) as e:
        print(type(e).__name__, e)
print(f'{12345:,}', f'{12345:_}', f'{-12345:010,}', f'{255:#x}', f'{255:{"#"}{"x"}}', f'{3:{4}d}')
print(f'{2**100:,}', f'{-2**100:_x}', f'{2**100:e}', f'{2**100:.3g}', f'{10**16:f}', f'{-10**20:%}')
print(hex(255), hex(-255), oct(8), oct(-8), bin(5), bin(-5), hex(2**80), bin(0), oct(0), hex(True))
for bad in [1.5, '1', None]:
    for f in (hex, oct, bin):
        try:
            f(bad)
        except TypeError as e:
            print(f.__name__, 'TypeError', e)
class Idx:
    def __index__(self):
        return 31
print(hex(Idx()), oct(Idx()), bin(Idx()), format(Idx(), '') if False else 'skip')
class MyInt(int):
    def __repr__(self):
        return 'MyInt!'
    def __str__(self):
        return 'MyInt str'
m = MyInt(5)
print(format(m), format(m, ''), format(m, 'd'), f'{m}', f'{m!r}', '%d' % m, '%s' % m, str(m), repr(m))
print(format(True), format(True, ''), format(True, 'd'), format(False, '>5'), f'{True:x}', f'{True!s:>6}')
print('%d %i %u %x %X %o %c' % (65, -3, 7, 255, 255, 8, 66), '%#x %#o %+d % d %05d %-5d|' % (255, 8, 3, 3, -42, 7))
print('%5.3d|%-+6d|%.0d|%x' % (7, 3, 0, -255), '%d' % 3.99, '%x' % True, '%c' % 'z', '%%d' % ())
for fmt, arg in [('%x', 3.5), ('%c', 1.5), ('%c', 'ab'), ('%d', '3'), ('%c', -1), ('%c', 0x110000), ('%o', 2.0), ('%d', None)]:
    try:
        print(fmt % arg)
    except (TypeError, ValueError, OverflowError) as e:
        print(fmt, type(e).__name__, e)
print(int.__format__(10, 'x'), (10).__format__('>4'), int.__format__(True, ''), int.__format__(True, 'd'))
try:
    int.__format__(10, 5)
except TypeError as e:
    print('TypeError', e)
print(format(10**30, ','), format(-10**30, '_d'), format(10**30, 'n'), format(12, '+n'), format(-1, '#b'))
print(str(10**50), repr(-10**50), ascii(10**5), '{:>{w}}'.format(-7, w=6), '{0:{1}{2}}'.format(42, '>', 8))
