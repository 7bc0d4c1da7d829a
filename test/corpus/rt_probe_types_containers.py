# Container corners: extended-slice assignment errors, dict | dict of a subclass (a plain dict, as
# PyDict_Copy makes it), str/bytes join of non-iterables and of bad items.
def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, '!!', type(e).__name__, e)


def assigned(key, value):
    a = list(range(10))
    a[key] = value
    return a


for key in [slice(None, None, 2), slice(None, None, -1), slice(2, 5), slice(5, 2), slice(None, None, 1)]:
    for value in [5, None, [], 'ab', 'abcde', iter('xyzwv')]:
        show((key, value if not hasattr(value, '__next__') else 'iterator'), lambda: assigned(key, value))


class D(dict):
    pass


d = D(a=1)
print(type(d | {}).__name__, type({} | d).__name__, type(d.copy()).__name__, d | {'b': 2}, {'b': 2} | d)
d |= {'c': 3}
print(type(d).__name__, d)
show('dict | list', lambda: {} | [])
show('dict | pairs', lambda: {}.__or__([(1, 2)]))
for sep in ['-', b'-', bytearray(b'-')]:
    show((sep, 'int'), lambda: sep.join(1))
    show((sep, 'None'), lambda: sep.join(None))
    show((sep, 'generator'), lambda: sep.join(x for x in [sep, sep]))
    show((sep, 'mixed'), lambda: sep.join([sep, 'a', b'b']))
words = ['a', 'b']
print('-'.join(words), words, '-'.join({'k': 1, 'j': 2}), '-'.join(iter('xyz')))
