# str.format / format_map field parsing as CPython 3.11's unicode_format.h does it: nested specs,
# conversions, brace matching inside specs, field names of decimal digits, and the error messages.
def show(template, *args, **kwargs):
    try:
        print(repr(template), '->', repr(template.format(*args, **kwargs)))
    except Exception as e:
        print(repr(template), '!!', type(e).__name__, e)


show('{0:{1}}', 3, '>5')
show('{0:{1}{2}}', 3, '>', 5)
show('{0:{1:{2}}}', 1, 2, 3)
show('{:{}{}}', 'x', '^', 7)
show('{0!r:^10}', 'x')
show('{!s:>4}', 1)
show('{0!r}', 'x')
show('{0!r}}', 'x')
show('{0!rr}', 1)
show('{0!}', 1)
show('{0!', 1)
show('{0!x}', 1)
show('{0[}', 1)
show('{0[0}', [1])
show('{0]}', 1)
show('{0.}', 1)
show('{0[]}', 1)
show('{0[0]x}', [1])
show('{0:}}', 1)
show('{0:{}', 1)
show('{0:{{}}}', 1)
show('{', 1)
show('}', 1)
show('{{}}')
show('{0{}', 1)
show('{-1}', 1)
show('{1000000000000000000000}', 1)
show('{\u0661}', 'a', 'b')
show('{0[\u0661]}', ['a', 'b'])
show('{0[1]}', {'1': 'str key', 1: 'int key'})
show('{0[-1]}', {'-1': 'str key'})
show('{a[x]}', a={'x': 5})
show('{a.real:+}', a=3)
show('{}{0}', 1, 2)
show('{0}{}', 1, 2)
show('{2}', 1)
for template in ['{a}', '{0}', '{}', '{a[0]}', '{a!r:>5}']:
    try:
        print(repr(template), repr(template.format_map({'a': 'xy'})))
    except Exception as e:
        print(repr(template), '!!', type(e).__name__, e)


class Missing(dict):
    def __missing__(self, key):
        return '<' + key + '>'


print('{name} {other}'.format_map(Missing(name='n')))
