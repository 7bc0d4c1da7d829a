# dict views, their set operations, |, |=, __missing__, mutation during iteration, recursive repr

def show(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)

d = {'a': 1, 'b': 2, 'c': 3}
k, v, i = d.keys(), d.values(), d.items()
print(k, v, i, len(k), len(v), len(i))
d['d'] = 4
print(k, list(v), ('d', 4) in i, ('d', 5) in i, 'd' in k, 4 in v, ['d', 4] in i, ('d',) in i)
print(k & {'a', 'z'}, k | {'z'}, k - {'a'}, k ^ {'a', 'z'}, {'a', 'q'} & k, ['a', 'x'] - k.__class__.__mro__[0].__sub__(k, []) if False else 'skip')
print(sorted(k | ['x', 'y']), sorted(k & 'abc'), sorted(['a', 'x'] & k), sorted('ab' ^ k))
print(i & {('a', 1), ('b', 9)}, sorted(i | {('z', 0)}), sorted(i - {('a', 1)}))
print(k == {'a', 'b', 'c', 'd'}, k != {'a'}, k < {'a', 'b', 'c', 'd', 'e'}, k <= k, k > {'a'}, k >= {'a', 'z'})
print(k == ['a', 'b', 'c', 'd'], i == {('a', 1), ('b', 2), ('c', 3), ('d', 4)}, d.keys() == d.keys(), v == v, d.values() == d.values())
print(k.isdisjoint({'x'}), k.isdisjoint(['a']), i.isdisjoint([('a', 1)]), k.isdisjoint(iter('xyz')))
show('values and', lambda: v & v)
show('keys and int', lambda: k & 1)
show('keys or None', lambda: k | None)
show('items unhashable', lambda: {'a': []}.items() & {('a', 1)})
show("values hash", lambda: type(hash(v)).__name__)
show('keys hash', lambda: hash(k))
show('keys index', lambda: k[0])
print(type(k).__name__, type(v).__name__, type(i).__name__, type(iter(k)).__name__, type(iter(v)).__name__, type(iter(i)).__name__)
print(type(reversed(k)).__name__, type(reversed(v)).__name__, type(reversed(i)).__name__, list(reversed(i)))
print(k.mapping, k.mapping['a'], type(k.mapping).__name__)
show('mapping set', lambda: k.mapping.__setitem__('a', 0))
print(set(k), tuple(v), dict(i), list(zip(k, v)), sorted(i, key=lambda p: -p[1]))
# | and |=
x = {'a': 1, 'b': 2}
y = {'b': 20, 'c': 30}
print(x | y, y | x, x, y)
x |= y
print(x)
x |= [('z', 26)]
print(x)
show('or list', lambda: {} | [('a', 1)])
show('ior int', lambda: x.__ior__(1))
show('ror', lambda: [('a', 1)] | {})
print(x.__or__([]), dict.__ror__({}, {}) if hasattr(dict, '__ror__') else None)
# __missing__
class Counter(dict):
    def __missing__(self, key):
        return 0
c = Counter()
for ch in 'abracadabra':
    c[ch] += 1
print(c, c['zzz'], 'zzz' in c, c.get('zzz'), len(c))
class Default(dict):
    def __missing__(self, key):
        self[key] = [key]
        return self[key]
dd = Default()
dd['x'].append(1)
print(dd)
class Raising(dict):
    def __missing__(self, key):
        raise LookupError('custom ' + repr(key))
show('missing raise', lambda: Raising()['q'])
class NotDict:
    def __missing__(self, key):
        return 'never'
show('missing nondict', lambda: NotDict()['a'])
class MissingAttr(dict):
    pass
ma = MissingAttr()
ma.__missing__ = lambda key: 'instance attr'
show('missing instance', lambda: ma['k'])
# mutation during iteration
def mutate_add():
    dm = {1: 1, 2: 2}
    for key in dm:
        dm[key + 10] = 0
show('add during iter', mutate_add)
def mutate_del():
    dm = {1: 1, 2: 2}
    for key in dm:
        del dm[key]
show('del during iter', mutate_del)
def mutate_same_size():
    dm = {1: 1, 2: 2, 3: 3}
    for key in dm:
        del dm[key]
        dm[key + 100] = 0
show('keys changed', mutate_same_size)
def mutate_values():
    dm = {1: 1, 2: 2}
    for key in dm:
        dm[key] = 'new'
    return dm
show('value change ok', mutate_values)
def mutate_items():
    dm = {1: 1, 2: 2}
    for key, val in dm.items():
        dm.pop(key)
show('items pop', mutate_items)
def mutate_values_view():
    dm = {1: 1}
    for val in dm.values():
        dm.clear()
show('values clear', mutate_values_view)
def mutate_reversed():
    dm = {1: 1, 2: 2}
    for key in reversed(dm):
        dm[3] = 3
show('reversed add', mutate_reversed)
it = iter({1: 1, 2: 2, 3: 3})
print(it.__length_hint__(), next(it), it.__length_hint__(), list(it), it.__length_hint__())
# recursive reprs
r = {}
r['self'] = r
print(r)
r['list'] = [r]
print(r)
rk = {'k': 1}
rv = rk.values()
rk['v'] = rv
print(rk)
ri = {}
ri[1] = ri.items()
print(ri)
print(repr(k), str(i))
class ReprDict(dict):
    def __repr__(self):
        return 'RD' + super().__repr__()
print(ReprDict(a=1), [ReprDict()], {'in': ReprDict(z=0)})
