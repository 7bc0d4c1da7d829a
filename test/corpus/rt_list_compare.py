# list/tuple comparisons, recursive reprs, iteration while mutating, subclasses

def show(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)

print([1, 2] < [1, 3], [1, 2] < [1, 2, 0], [] < [0], [2] > [1, 9], [1, 2] == [1, 2], [1] != [1.0])
print([1, 2] <= [1, 2], [1, [2, 3]] < [1, [2, 4]], (1, 2) < (1, 2, 3), () == (), (1,) >= (1,))
print([1, 2] == (1, 2), [] == (), [1] == [True], [float('nan')] == [float('nan')])
nan = float('nan')
print([nan] == [nan], (nan,) == (nan,), [nan] < [nan], nan in [nan])
show('lt mixed', lambda: [1, 'a'] < [1, 2])
show('lt list tuple', lambda: [1] < (1,))
show('gt none', lambda: [None] > [None])
print([1, 'a'] == [1, 2], [None] == [None])

class Loud:
    def __init__(self, name):
        self.name = name
    def __eq__(self, other):
        print('  eq', self.name, getattr(other, 'name', other))
        return NotImplemented
    def __lt__(self, other):
        print('  lt', self.name, getattr(other, 'name', other))
        return True
    def __repr__(self):
        return self.name
print([Loud('a'), 1] < [Loud('b'), 2])
print([Loud('c')] == [Loud('d')])
x = Loud('x')
print([x] == [x], (x,) == (x,), x in [x], [x].count(x), [x].index(x))

# recursive containers
a = [1, 2]
a.append(a)
print(a, len(a), repr(a))
b = [a, [a]]
print(b)
t = (a,)
print(t)
d = {'k': a}
a.append(d)
print(a)
show('rec eq', lambda: a == a)
c = [1]
c.append(c)
e = [1]
e.append(e)
show('rec eq2', lambda: c == e)
print(str(a) == repr(a))
nested = []
for i in range(5):
    nested = [nested, i]
print(nested)

# iteration while mutating
lst = [1, 2, 3, 4]
for v in lst:
    if v == 2:
        lst.remove(v)
    print('saw', v)
print(lst)
lst = [0]
for v in lst:
    if v < 5:
        lst.append(v + 1)
print(lst)
it = iter([1, 2, 3])
print(next(it), list(it), list(it))
lst = [1, 2, 3]
it = iter(lst)
next(it)
lst.clear()
print(list(it))
lst.extend([7, 8])
print(list(it))
r = reversed(lst)
lst.append(9)
print(list(r))
lst = [1, 2, 3]
r = reversed(lst)
next(r)
del lst[:]
print(list(r), list(r))
print(iter([1, 2]).__length_hint__(), reversed([1, 2, 3]).__length_hint__())
it = iter([1, 2, 3])
next(it)
print(it.__length_hint__())

# list subclasses
class MyList(list):
    def __repr__(self):
        return 'MyList(' + super().__repr__() + ')'
m = MyList([3, 1, 2])
m.sort()
print(m, type(m + [4]).__name__, type(m * 2).__name__, type(m[:]).__name__, type(m.copy()).__name__)
print(m == [1, 2, 3], isinstance(m, list), len(m))
m += [5]
print(m, type(m).__name__)
class Counting(list):
    def __iter__(self):
        print('custom iter')
        return super().__iter__()
cl = Counting([1, 2])
print(list(cl), [*cl], sorted(cl), tuple(cl))
class WithInit(list):
    def __init__(self, *args):
        print('init', args)
        super().__init__(*args)
w = WithInit('ab')
print(w, WithInit.__mro__)
print(list.__name__, list.__qualname__, type(list.append), type([].append))
print([].__class__ is list, list.__base__, list.__doc__.splitlines()[0])
print(repr([1, 'a', 2.5, None, True, (1,), {1}, {'a': 1}, b'x']))
