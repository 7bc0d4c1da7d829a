# tuple: construction, methods, hashing, operators and errors

def show(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)

t = (1, 2, 3, 2, 1)
print(t, len(t), t.count(2), t.count(9), t.index(2), t.index(2, 2), t.index(1, -1))
show('index missing', lambda: t.index(9))
show('index range', lambda: t.index(3, 0, 2))
show('index noargs', lambda: t.index())
show('count noargs', lambda: t.count())
show('index None', lambda: t.index(1, None))
print(tuple(), tuple([1, 2]), tuple('ab'), tuple(range(3)), tuple({'x': 1, 'y': 2}), tuple(x * 2 for x in 'ab'))
show('tuple 2 args', lambda: tuple(1, 2))
show('tuple kw', lambda: tuple(iterable=[1]))
show('tuple int', lambda: tuple(3))
e = ()
print(tuple() is e, tuple(t) is t, t[:] is t, t[::1] is t, t[5:] is e, t * 0 is e, e + e is e, t[1:1] is e)
print(t + (4,), t * 2, 2 * (0,), (1, 2) * 0, (1,) * -3, t[1:3], t[::-1], t[-1], t[::2])
show('add list', lambda: t + [1])
show('mul float', lambda: t * 2.0)
show('mul big', lambda: (1,) * (2**62))
show('idx', lambda: t[5])
show('idx str', lambda: t['a'])
show('assign', lambda: t.__setitem__(0, 1))
def assign():
    tt = (1, 2)
    tt[0] = 5
show('item assign', assign)
def delete():
    tt = (1, 2)
    del tt[0]
show('item del', delete)
show('append', lambda: t.append(1))
print(hash((1, 2)) == hash((1, 2)), hash((1, 2)) == hash((2, 1)), hash(()) == hash(()), hash((1,)) == hash((1.0,)))
print(hash((1, 2, 3)), hash(()), hash(((1, 2), (3, 4))), hash((True, False)), hash((-1,)), hash((1.5, 'x' == 'x')))
show('unhashable', lambda: hash((1, [2])))
show('unhashable dict', lambda: {(1, {}): 2})
print({(1, 2): 'a', (1.0, 2.0): 'b'}, (1, 2) in {(1, 2)}, ((1, 2),) in {((1, 2),)})
print(1 in t, 9 not in t, (1, 2) in ((1, 2), 3), [] in ((), []), t.__contains__(3))
print(repr((1,)), repr(()), repr((1, 'a', (2,), [3])), str((None, True)))
print((1, 2) < (1, 2, 3), (2,) > (1, 9), (1, 2) == (1, 2.0), ('a', 1) < ('a', 2), (1, (2, 3)) < (1, (2, 4)))
show('lt mixed', lambda: (1, 2) < (1, 'a'))
show('lt list', lambda: (1,) < [1])
print((1, 2) == [1, 2], (1,) != (1,), (0, float('nan')) == (0, float('nan')))

class Point(tuple):
    def __new__(cls, x, y):
        return super().__new__(cls, (x, y))
    @property
    def x(self):
        return self[0]
    def __repr__(self):
        return 'Point(%r, %r)' % self
p = Point(3, 4)
print(p, p.x, p[1], len(p), p + (5,), type(p + (5,)).__name__, type(p[:]).__name__, p == (3, 4), hash(p) == hash((3, 4)))
print(isinstance(p, tuple), tuple(p), type(tuple(p)).__name__, p.count(3), p.index(4))
class Tup(tuple):
    pass
tp = Tup([1, 2])
tp.attr = 5
print(tp, tp.attr, type(tp * 2).__name__, tp[::1] is tp, Tup() == ())
show('tuple new bad', lambda: tuple.__new__(list))
show('tuple new int', lambda: tuple.__new__(int, []))
print(tuple.__new__(Tup, 'xy'), type(tuple.__new__(Tup, 'xy')).__name__)
# unpacking
a, b, *c = (1, 2, 3, 4)
print(a, b, c)
*a, b = (1,)
print(a, b)
a, (b, c), d = 1, (2, 3), 4
print(a, b, c, d)
def unpack(seq, n):
    if n == 2:
        x, y = seq
        return x, y
    x, y, z = seq
    return x, y, z
show('too many', lambda: unpack((1, 2, 3), 2))
show('too few', lambda: unpack((1,), 2))
show('too few 3', lambda: unpack([1, 2], 3))
show('not iter', lambda: unpack(5, 2))
show('gen too many', lambda: unpack((i for i in range(5)), 2))
show('str', lambda: unpack('ab', 2))
show('dict', lambda: unpack({'k': 1, 'j': 2}, 2))
def star(seq):
    a, *b, c, d = seq
    return a, b, c, d
show('star ok', lambda: star(range(6)))
show('star few', lambda: star([1, 2]))
show('star few iter', lambda: star(iter([1, 2])))
show('star none', lambda: star(None))
print(tuple.__doc__.splitlines()[0], tuple.__hash__ is not None, t.__getnewargs__(), t.__class_getitem__(int))
print((1, 2).__len__(), (1, 2).__getitem__(0), (1, 2).__mul__(2), (1, 2).__rmul__(2), (1, 2).__add__((3,)))
print((1, 2).__eq__([1, 2]), (1, 2).__lt__(5), (1,).__add__([1]) if False else 'skip')
