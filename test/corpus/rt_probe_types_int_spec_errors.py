# Which error an int's (or bool's) bad format spec raises: an unknown code first, then precision,
# then 'z' (format_obj, then format_long_internal); float codes take precision and 'z' from ints.
for value in [0, -7, 2**70, True]:
    for spec in ['.0s', '12.3s', 'z.0', 'z12,.3', 'z', 'zd', '.2d', '.2x', 'z.1f', 'z.2%', '.1e', '#.0s', 'zs', '.1q', 'q']:
        try:
            print(repr(value), repr(spec), repr(format(value, spec)))
        except ValueError as e:
            print(repr(value), repr(spec), 'ValueError', e)
