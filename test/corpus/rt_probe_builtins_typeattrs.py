# Class attributes that type.__new__ and type's own descriptors treat specially, as CPython 3.11 does.
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


# A __dict__ or __weakref__ in the class body is kept: the instance getsets do not replace it.
class FakeDict:
    @property
    def __dict__(self):
        return {'fake': 1}


v = FakeDict()
v.x = 5
print(vars(v), v.__dict__, v.x)


class OwnWeakref:
    __weakref__ = 'mine'


print(OwnWeakref.__weakref__, OwnWeakref().__weakref__)

# Special attributes of a class can be replaced but not deleted; a builtin type's cannot be set.
X = type('X', (), {})
for name in ['__name__', '__qualname__', '__module__', '__doc__', '__bases__']:
    show(lambda: delattr(X, name))
show(lambda: X.__doc__)
show(lambda: setattr(X, '__name__', 'a\0b'))
show(lambda: setattr(X, '__qualname__', 3))
show(lambda: setattr(int, '__doc__', 'x'))
show(lambda: setattr(int, '__qualname__', 'x'))
show(lambda: type('A\0B', (), {}))
show(lambda: type('Y', (), {'__classcell__': 5}))
