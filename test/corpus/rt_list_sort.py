# list.sort and sorted(): stability, key, reverse, errors, mutation during sort

def show(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)

data = [(3, 'a'), (1, 'b'), (3, 'c'), (2, 'd'), (1, 'e'), (2, 'f'), (3, 'g')]
print(sorted(data, key=lambda p: p[0]))
print(sorted(data, key=lambda p: p[0], reverse=True))
print(sorted(data, reverse=True))
words = ['banana', 'Apple', 'cherry', 'apple', 'Banana', 'date']
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len, reverse=True))
# stability over many equal keys
big = [(i % 7, i) for i in range(100)]
s = sorted(big, key=lambda p: p[0])
print(all(s[i][1] < s[i + 1][1] for i in range(99) if s[i][0] == s[i + 1][0]))
r = sorted(big, key=lambda p: p[0], reverse=True)
print(r[:10])
# a larger pseudo-random sort checked against a simple insertion sort
seed = 12345
xs = []
for i in range(500):
    seed = (seed * 1103515245 + 12345) % 2**31
    xs.append(seed % 1000)
ys = sorted(xs)
print(ys[:10], ys[-5:], all(ys[i] <= ys[i + 1] for i in range(len(ys) - 1)))
zs = xs[:]
zs.sort(reverse=True)
print(zs[:5], zs == ys[::-1])
print(sorted([3.5, 1, True, -2, 0.5]), sorted([]), sorted('hello'), sorted({3: 1, 1: 2}))
print(sorted((x for x in [5, 3, 9])), sorted(range(5, 0, -1)))
print(sorted([[2, 1], [1, 2], [1], []]), sorted([(1, 'b'), (1, 'a')]))
show('mixed', lambda: sorted([1, 'a', 2]))
show('mixed2', lambda: sorted(['a', 1]))
show('none', lambda: sorted([None, None]))
show('complex', lambda: sorted([1j, 2j]))
show('dicts', lambda: sorted([{}, {}]))
show('key bad', lambda: sorted([1, 2], key=5))
show('key raises', lambda: sorted([1, 0], key=lambda x: 1 / x))
show('positional key', lambda: [1].sort(len))
show('sorted no args', lambda: sorted())
show('sorted 2 args', lambda: sorted([1], len))
show('sorted bad kw', lambda: sorted([1], cmp=len))
show('reverse str', lambda: sorted([2, 1], reverse='yes'))
show('reverse None', lambda: sorted([2, 1], reverse=None))
show('sort kw', lambda: [].sort(foo=1))
show('not iterable', lambda: sorted(3))
print(sorted([2, 1], key=None), sorted([2, 1], reverse=0))

class Lt:
    calls = 0
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        Lt.calls += 1
        return self.v < other.v
    def __repr__(self):
        return 'Lt(%r)' % self.v
print(sorted([Lt(3), Lt(1), Lt(2)]))
class Gt:
    def __init__(self, v):
        self.v = v
    def __gt__(self, other):
        return self.v > other.v
    def __repr__(self):
        return 'Gt(%r)' % self.v
print(sorted([Gt(3), Gt(1), Gt(2)]))
class NoCmp:
    pass
show('nocmp', lambda: sorted([NoCmp(), NoCmp()]))
print(sorted([NoCmp()]) != [])

# mutation during sort
m = [3, 2, 1]
def grab(x):
    m.append(x)
    return x
show('mutate', lambda: m.sort(key=grab))
print(m)
m2 = [5, 4, 3, 2, 1]
def clear_it(x):
    m2.clear()
    return x
show('clear', lambda: m2.sort(key=clear_it))
print(m2)
m3 = [1, 2, 3]
def peek(x):
    print('during', len(m3), m3)
    return -x
m3.sort(key=peek)
print(m3)
class Boom:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        if self.v == 2 or other.v == 2:
            raise ValueError('boom')
        return self.v < other.v
    def __repr__(self):
        return 'B%d' % self.v
bl = [Boom(3), Boom(1), Boom(2), Boom(0)]
show('raise', lambda: bl.sort())
print(sorted(bl, key=lambda b: b.v), len(bl))
n = [1, 2, 3]
print(n.sort(), n.reverse(), n)
# nan and -0.0
fl = sorted([3.0, float('nan'), 1.0, -0.0, 0.0, float('-inf')])
print(fl[0], len(fl))
print(sorted([0.0, -0.0, 0, False]), sorted([-0.0, 0.0]))
print(sorted(['b', 'a'], key=lambda s: (len(s), s)), sorted([b'b', b'a']), sorted([(2,), (1, 2)]))
print(min(data, key=lambda p: p[1]), max(words, key=len))
