# format() of floats: presentation types, precision, alignment, grouping, alternate form, z, and errors.
vals = [0.0, -0.0, 1.0, -1.5, 3.14159265358979, 1234567.891, 1e-7, 1.5e300, 2.5, 0.125, 1e16, 123456789.0,
        float('inf'), float('-inf'), float('nan'), 5e-324, 0.1]
specs = ['', 'e', 'E', 'f', 'F', 'g', 'G', 'n', '%', '.0e', '.2e', '.0f', '.1f', '.3f', '.0g', '.1g', '.2g', '.10g',
         '.17g', '.0%', '.1%', '#.0f', '#.0e', '#g', '#.3g', '#', '+', ' ', '-', '+.2f', ' .2f', '10.2f', '<10',
         '>12.3e', '^12', '=+12.2f', '012.3f', '-012.2f', '*>10', ',', '_', ',.2f', '_.3f', '015,.2f', '.3', '.0',
         'z.1f', 'z', 'z.0f', '+z.2e', '.20f', '.30e', '.5', '#.5']
for v in vals:
    out = []
    for s in specs:
        try:
            out.append(format(v, s))
        except ValueError as e:
            out.append('!' + str(e))
    print(repr(v), out)
for bad in ['d', 'x', 'c', 's', 'b', ',n', '_n', '.', '=', 'ee', '#,.2z', ',_f', '1' * 20 + 'f', '.' + '1' * 20 + 'f']:
    try:
        print(repr(bad), format(1.5, bad))
    except ValueError as e:
        print(repr(bad), 'ValueError', e)
print(f'{1.5:.{3}f}', f'{-2.25:{"+"}.1f}', f'{1e100:.3}', f'{0.000012345:.2}', f'{12345.678:.2}', f'{99.99:.1f}')
print(f'{1e22:f}', f'{1e22:.0f}', f'{2**0.5:.50f}', f'{1/3:.60}', f'{0.5:.0f}', f'{1.5:.0f}', f'{2.5:.0f}')
print('%f %e %g %E %G %F' % (1.5, 1.5, 1.5, 1e-10, 1e-10, float('inf')), '%.3f|%10.2f|%-10.1f|%+f|% f' % (1.0, 2, 3, 4, 5))
print('%#.0f %#.0e %#g %#x' % (1.0, 2.0, 3.0, 10), '%.0g %.1g %g %g %g' % (0.5, 0.05, 1e-5, 1e-4, 123456789))
print('%010.3f|%-010.3f|%+010.3f|% 010.3f' % (-3.14159, 3.14159, 3.14159, 3.14159), '%5s|%-5r|' % (1.5, 2.5))
print('%.100f' % 1.0 == '1.' + '0' * 100, len('%.300f' % 1.0), '%.20e' % 0.1, '%.30g' % 0.1, '%r %s %a' % (0.1, 0.1, 0.1))
for fmt, arg in [('%f', '1'), ('%e', None), ('%g', []), ('%d', 1.5), ('%i', float('inf')), ('%d', float('nan'))]:
    try:
        print(fmt % arg)
    except (TypeError, ValueError, OverflowError) as e:
        print(fmt, type(e).__name__, e)
print('{:.2f} {:+.3e} {:>8.1%} {:_.1f} {:,}'.format(3.14159, 12345.6789, 0.256, 1234567.25, 1234567.125))
print(format(1.0, ''), format(1e16, ''), format(1e-5, ''), format(1e-4, ''), str(1e-5), format(1.0e21, '.0f'))
print(format(123.456, 'n'), format(1e20, 'n'), format(1.5, '.1n'), format(0.0001, '.2n'), format(float('nan'), '+'))
print(format(-0.0, 'z'), format(-0.0001, 'z.2f'), format(-0.0, 'z.0e'), format(-0.5, 'z.0f'), format(-1e-10, 'zg'))
class MyF(float):
    def __format__(self, spec):
        return 'MyF(' + spec + ')'
print(format(MyF(1), 'x'), f'{MyF(2):>5}', '{:.1f}'.format(MyF(3)), float.__format__(MyF(4), '.2f'))
class MyG(float):
    pass
print(format(MyG(1.5), ''), format(MyG(2.5), '.3f'), str(MyG(3.25)), repr(MyG(1e300)))
print(float.__format__(1.5, ''), float.__format__(2.0, 'g'), float.__repr__(1.1), float.__str__(2.2))
