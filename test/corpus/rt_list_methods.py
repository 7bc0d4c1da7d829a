# list methods: append/extend/insert/pop/remove/index/count/reverse/clear/copy and their errors

def show(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)

a = [3, 1, 4, 1, 5, 9, 2, 6]
a.append(5)
print(a, len(a))
a.extend(range(3))
a.extend((7, 8))
a.extend("ab")
a.extend({10: 1, 11: 2})
print(a)
a.insert(0, 'first')
a.insert(-1, 'before-last')
a.insert(100, 'end')
a.insert(-100, 'start')
print(a)
print(a.pop(), a.pop(0), a.pop(-2), a.pop(3))
print(a)
show('pop big', lambda: a.pop(100))
show('pop neg', lambda: a.pop(-100))
show('pop empty', lambda: [].pop())
show('pop str', lambda: a.pop('x'))
show('pop float', lambda: a.pop(1.0))
show('pop huge', lambda: a.pop(2**100))
show('pop 2 args', lambda: a.pop(1, 2))
b = [1, 2, 3, 2, 1]
b.remove(2)
print(b)
show('remove missing', lambda: b.remove(42))
show('remove noarg', lambda: b.remove())
print(b.index(1), b.index(1, 1), b.index(3, -3), b.index(1, -1, 100))
show('index missing', lambda: b.index(7))
show('index range', lambda: b.index(3, 0, 1))
show('index str', lambda: ['a', 'b'].index('c'))
show('index startstr', lambda: b.index(1, 'a'))
show('index big', lambda: b.index(1, -2**100, 2**100))
show('index None', lambda: b.index(1, None))
print(b.count(1), b.count(9), [[1], [1], 1].count([1]))
c = list(range(10))
c.reverse()
print(c)
d = c.copy()
d.clear()
print(c, d)
show('append 2', lambda: c.append(1, 2))
show('append 0', lambda: c.append())
show('insert 1', lambda: c.insert(1))
show('insert float', lambda: c.insert(1.5, 2))
show('extend int', lambda: c.extend(5))
show('extend None', lambda: c.extend(None))
show('count 0', lambda: c.count())
show('copy arg', lambda: c.copy(1))

# nan and identity
nan = float('nan')
e = [nan, 1]
print(nan in e, e.count(nan), e.index(nan))
e.remove(nan)
print(e)

class Eq:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        print('eq', self.v, other)
        return self.v == other
x = [1, 2, 3]
print(Eq(2) in x)
print(x.index(Eq(3)))
print(x.count(Eq(1)))

# extend with a generator that mutates
f = [1, 2]
f.extend(i * 10 for i in f if len(f) < 6)
print(f)
g = [1, 2, 3]
g.extend(g)
print(g)
g += g
print(len(g))
g *= 0
print(g)
h = [1, 2]
h *= 3
print(h)
h *= -1
print(h)
show('imul float', lambda: h.__imul__(1.5))
show('mul str', lambda: [1] * 'a')
print([1, 2] * 2, 2 * [3], [] * 100, [0] * -5)
show('add tuple', lambda: [1] + (2,))
show('iadd int', lambda: h.__iadd__(3))
k = [1]
k += (2, 3)
k += 'xy'
print(k)
print(list(), list([1, 2]), list('abc'), list({'a': 1}), list(range(3)))
show('list 2args', lambda: list(1, 2))
show('list kw', lambda: list(x=1))
show('list int', lambda: list(5))
m = [1, 2, 3]
m.__init__([9])
print(m)
m.__init__()
print(m)
print(a.__len__(), a.__contains__(1), [1, 2].__getitem__(1), [1, 2].__getitem__(slice(0, 1)))
print(list.__hash__, type([].__iter__()).__name__, type(reversed([])).__name__)
show('hash', lambda: hash([]))
