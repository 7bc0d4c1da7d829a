# str.split/rsplit/splitlines/partition/rpartition: separators, maxsplit, whitespace kinds, errors.
texts = ['a b  c', '  a b c  ', 'a,b,,c,', ',', '', '   ', 'a\tb\nc\x0bd\x0ce\rf\x1cg\x1dh\x1ei\x1fj\x85k\xa0l\u2028m\u3000n',
         'one', 'a--b--c', '--', 'aaa']
for t in texts:
    print(repr(t), t.split(), t.rsplit(), t.split(None, 1), t.rsplit(None, 1), t.split(maxsplit=0), t.rsplit(maxsplit=0))
    for sep in [',', '--', 'a', ' ']:
        print('   ', repr(sep), t.split(sep), t.rsplit(sep), t.split(sep, 1), t.rsplit(sep, 1), t.split(sep, -5), t.split(sep, 0))
for bad in [lambda: 'a'.split(''), lambda: 'a'.rsplit(''), lambda: 'a'.split(1), lambda: 'a'.split(',', 'x'),
            lambda: 'a'.split(sep=',', maxsplit=2**70), lambda: 'a'.partition(''), lambda: 'a'.rpartition(''),
            lambda: 'a'.partition(None), lambda: 'a'.split(',', 1, 2), lambda: 'a'.split(x=1)]:
    try:
        print(bad())
    except (ValueError, TypeError, OverflowError) as e:
        print(type(e).__name__, e)
print('a b c'.split(sep=None, maxsplit=1), 'a,b,c'.rsplit(sep=',', maxsplit=1), 'x'.split(maxsplit=-1))
lines = ['', 'a', 'a\n', 'a\nb', 'a\r\nb\rc\n', '\n\n', 'a\x0bb\x0cc\x1cd\x1de\x1ef\x85g\u2028h\u2029i', '\r\r\n\n', 'no end\r']
for t in lines:
    print(repr(t), t.splitlines(), t.splitlines(True), t.splitlines(keepends=True) == t.splitlines(True))
try:
    'a'.splitlines(keepends='x')
except TypeError as e:
    print('TypeError', e)
print('a\nb'.splitlines(2), 'a\nb'.splitlines(0.0) if False else 'skip')
for t, sep in [('a=b=c', '='), ('abc', 'x'), ('', 'x'), ('x', 'x'), ('==', '='), ('key: value: more', ': ')]:
    print(repr(t), t.partition(sep), t.rpartition(sep))
class S(str):
    pass
parts = S('a,b').split(',')
print([type(p).__name__ for p in parts], [type(p).__name__ for p in S('a,b').partition(',')], [type(p).__name__ for p in S('ab').partition('x')])
print([type(p).__name__ for p in S('abc').split()], [type(p).__name__ for p in S('abc').splitlines()], type(S('a b').rsplit()[0]).__name__)
big = ' '.join(str(i) for i in range(50))
print(len(big.split()), big.split(' ', 3)[:4], big.rsplit(' ', 2)[-3:], len(big.split('1')))
print('𝔘𝔫𝔦 𝔠𝔬𝔡𝔢'.split(), 'a😀b😀c'.split('😀'), 'a😀b😀c'.rpartition('😀'), 'é e\u0301'.split())
