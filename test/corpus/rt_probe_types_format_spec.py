# Format specs read widths and precisions of any script's decimal digits (formatter_unicode.c's
# get_integer), and a str refuses a sign with CPython's own message for ' '.
def show(value, spec):
    try:
        print(repr(value), repr(spec), '->', repr(format(value, spec)))
    except Exception as e:
        print(repr(value), repr(spec), '!!', type(e).__name__, e)


for value in ['ab', 5, -2.5, 1+2j, True]:
    for spec in ['\u0665', '\u0661\u0660', '.\u0662', '*^\u0667', '0\u0666', '\uff13,', '\U0001d7d8', '\u0665.\u0661f',
                 '99999999999999999999', '.99999999999999999999', ' ', '+', '-', 'z', '#', '=']:
        show(value, spec)
print('{:\u0663}|{:\u0663}|{:.\u0661}'.format(1, 'x', 'xyz'))
print(f'{7:\u0663}|{"é":\u0664}|{2.5:\u0665.\u0662f}')
