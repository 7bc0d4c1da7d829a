# Special methods of builtin types as attributes, with CPython's NotImplemented rules.
print((1).__add__(2), int.__add__(1, 2.0), float.__add__(1.0, 2), (1).__lt__(2.0), 'a'.__lt__(1))
print((5).__rsub__(1), 'a'.__rmul__(3), (2.0).__rpow__(3), True.__add__(True), (7).__floordiv__(2))
print([1].__eq__((1,)), [1].__eq__([1]), {1}.__or__([1]), {1}.__or__({2}), {'a': 1}.__or__({'b': 2}))
print([].__len__(), 'abc'.__len__(), [1, 2].__contains__(2), {1: 2}.__getitem__(1), 'abc'.__getitem__(1))
print((5).__invert__(), (-3).__abs__(), (2.5).__int__(), (3).__float__(), (0).__bool__(), (3).__index__())
print(str.upper('abc'), dict.get({1: 2}, 1), list.__len__([1, 2]), (3).__hash__(), 'x'.__hash__() == hash('x'))
print(object.__eq__(1, 1), object.__repr__(5)[:14], (1).__class__, type('a').__name__, (12).__format__('>5'))
print(int.__add__, list.append, list.__len__, str.upper)
print(type((1).__add__).__name__ if False else 'skip')
class Point:
    def __init__(self, x):
        self.x = x
    def __repr__(self):
        return 'Point(' + object.__repr__(self)[:15] + ')'
    def __eq__(self, other):
        return isinstance(other, Point) and self.x == other.x
    __hash__ = object.__hash__
print(repr(Point(1))[:21], Point(1) == Point(1), Point(1).__ne__(Point(2)))
class MyList(list):
    def __repr__(self):
        return 'MyList' + list.__repr__(self)
print(MyList([1, 2]), MyList([3]).__len__())
for call in (lambda: int.__add__('a', 1), lambda: str.upper(1), lambda: str.__len__(5), lambda: str.upper(), lambda: 'a'.__mul__('b')):
    try:
        call()
    except TypeError as e:
        print('TypeError:', e)
