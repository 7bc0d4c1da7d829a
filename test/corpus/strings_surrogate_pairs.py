# A high surrogate followed by a low one written as two escapes is two code points in Python,
# never the astral character a UTF-16 string would read them as. Every way a constant can hold
# such a str: a literal, folded + and *, implicit concatenation, f-string and %-format pieces,
# subscripts, tuples, frozensets, docstrings. The checks print what holds either way.


def smile():
    '\ud83d\ude00 is the docstring'
    return '\ud83d\ude00', '\U0001f600'


pair = '\ud83d\ude00'
high, low = chr(0xd83d), chr(0xde00)
print(pair == high + low, '\ud83d' + '\ude00' == pair, '\ud83d' '\ude00' == pair)
print(smile.__doc__ == pair + ' is the docstring', smile()[0] == pair)
print('\ude00\ud83d' * 2 == (low + high) * 2, 2 * '\ud83d\ude00' == pair + pair)
print('\ud83d\ude00'[0] == high, '\ud83d\ude00'[-1] == low)
empty = ''
print(f'\ud83d{empty}\ude00' == pair, f'\ud83d' f'\ude00{empty}' == pair, '\ud83d' f'\ude00' == pair)
print('\ud83d%s\ude00' % (empty,) == pair, '%s\ud83d\ude00' % (empty,) == pair)
print(high + low in ('\ud83d\ude00', 'x'), high + low in {'\ud83d\ude00', 'a', '\ud800\udc00'})
print(not '\ud83d\ude00', bool('\ud83d' + '\ude00'))
if '\ud83d\ude00':
    print('true')
match pair:
    case '\ud83d\ude00':
        print('matched')
