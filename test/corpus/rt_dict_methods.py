# dict methods, errors, ordering and mixed keys

def show(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)

d = {'a': 1, 'b': 2}
d['c'] = 3
d['a'] = 10
print(d, len(d), list(d), list(d.keys()), list(d.values()), list(d.items()))
print(d.get('a'), d.get('zz'), d.get('zz', 0), d.setdefault('b', 99), d.setdefault('e'), d)
show('get noargs', lambda: d.get())
show('get 3 args', lambda: d.get(1, 2, 3))
show('setdefault kw', lambda: d.setdefault(key='a'))
print(d.pop('e'), d.pop('zz', 'dflt'), d)
show('pop missing', lambda: d.pop('zz'))
show('pop noargs', lambda: d.pop())
show('pop unhashable', lambda: d.pop([]))
show('getitem missing', lambda: d['nope'])
show('getitem tuple', lambda: d[(1, 2)])
show('getitem unhashable', lambda: d[[1]])
show('setitem unhashable', lambda: d.__setitem__({}, 1))
show('del missing', lambda: d.__delitem__('nope'))
show('contains unhashable', lambda: [] in d)
print(d.popitem(), d)
e = {}
show('popitem empty', lambda: e.popitem())
show('KeyError args', lambda: e['x'])
try:
    e[('a', 1)]
except KeyError as exc:
    print(repr(exc), exc.args)
try:
    e[None]
except KeyError as exc:
    print(repr(exc), str(exc))
d.update({'x': 1}, y=2)
d.update([('z', 3), ['w', 4]])
d.update(k=5)
d.update()
print(d)
show('update int', lambda: d.update(5))
show('update 2 args', lambda: d.update({}, {}))
show('update bad seq', lambda: d.update([(1, 2, 3)]))
show('update bad elem', lambda: d.update([1]))
show('update str elem', lambda: d.update(['ab', 'cde']))
print(d)
class KeysOnly:
    def keys(self):
        return ['p', 'q']
    def __getitem__(self, k):
        return k * 2
d.update(KeysOnly())
print(d, dict(KeysOnly()))
c = d.copy()
c['new'] = 1
print(len(c), len(d), c == d, type(c).__name__)
c.clear()
print(c, bool(c), bool(d))
# constructors
print(dict(), dict(a=1), dict([(1, 2)]), dict({1: 2}, b=3), dict(zip('abc', range(3))), dict([('a', 1), ('a', 2)]))
show('dict 2 pos', lambda: dict({}, {}))
show('dict int', lambda: dict(3))
show('dict bad pair', lambda: dict([(1,)]))
show('dict str pairs', lambda: dict(['ab', 'cd']))
# fromkeys
print(dict.fromkeys('abc'), dict.fromkeys(range(3), 0), dict.fromkeys([]), dict.fromkeys({'x': 1}, []))
fk = dict.fromkeys('ab', [])
fk['a'].append(1)
print(fk)
show('fromkeys noargs', lambda: dict.fromkeys())
show('fromkeys int', lambda: dict.fromkeys(1))
class MyDict(dict):
    pass
print(type(MyDict.fromkeys('ab')).__name__, MyDict.fromkeys('ab', 1))
# mixed numeric keys share a slot
m = {1: 'int'}
m[1.0] = 'float'
m[True] = 'bool'
print(m, {True: 1, 1: 2, 1.0: 3}, {0: 'a', False: 'b', 0.0: 'c', -0.0: 'd'})
print({1.5: 'x'}[1.5], m.get(1.0), 2**64 in {2**64: 1}, {2**64: 1}.get(float(2**64)), {-1: 'm'}[-1.0])
nan = float('nan')
nd = {nan: 1}
nd[nan] = 2
nd[float('nan')] = 3
print(len(nd), nd[nan])
print({'a': 1} == {'a': 1.0}, {'a': 1} == {'a': 1, 'b': 2}, {1: 'x'} == {1.0: 'x'}, {} == [])
show('dict lt', lambda: {} < {})
# ordering after deletes and reinserts
o = {}
for i in range(10):
    o[i] = i
for i in range(0, 10, 2):
    del o[i]
o[0] = 'back'
o[3] = 'same place'
print(o, list(reversed(o)), list(reversed(o.items())), list(reversed(o.values())))
print(d.__len__(), d.__contains__('x'), d.__getitem__('x'), 'x' in d.keys(), dict.__hash__)
show('hash', lambda: hash({}))
print(sorted(d), sorted(d.items())[:2], max(d), min(d))
print({**{'a': 1}, 'b': 2, **{'a': 3}}, {1: 1, **{}}, dict(**{'k': 'v'}))
show('non-str kwargs', lambda: dict(**{1: 2}))
def kw(**k):
    return k
show('kw dup', lambda: kw(**{'a': 1}, **{'a': 2}))
show('kw nonmap', lambda: kw(**[1]))
print(list({'b': 1, 'a': 2}), {'b': 1, 'a': 2}.keys())
print(repr({}), repr({1: {2: {}}}), str({'q': "it's"}), {(1, 2): frozenset([3])})
