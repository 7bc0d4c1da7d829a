# Builtins and the object protocol where the VM once differed from CPython 3.11.
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


# Deleting an unset __slots__ member names only the member (PyMember_SetOne).
class Slotted:
    __slots__ = ('a',)


s = Slotted()
show(lambda: s.a)
show(lambda: delattr(s, 'a'))
s.a = 1
del s.a
show(lambda: delattr(s, 'a'))


# __index__ / __int__ returning a strict int subclass (bool too) work, with a DeprecationWarning.
class MyInt(int):
    pass


class IndexSub:
    def __index__(self):
        return MyInt(3)


class IntBool:
    def __int__(self):
        return True


show(lambda: range(IndexSub()))
show(lambda: [10, 20, 30, 40][IndexSub()])
show(lambda: int(IntBool()))


class IndexFloat:
    def __index__(self):
        return 1.5


show(lambda: bin(IndexFloat()))

# Slicing a range longer than sys.maxsize is exact, as slice.indices is.
big = range(10**30)
show(lambda: big[::2])
show(lambda: big[10**29:-5:7])
show(lambda: range(2**64)[2**63:])
show(lambda: range(-10**25, 10**25, 3)[::-1][:3])

# zip() has a single keyword-only parameter.
show(lambda: zip([1], x=1))
show(lambda: zip([1], strict=True, x=1))
show(lambda: list(zip([1], [2, 3], strict=True)))

# A static type's __doc__ is its tp_doc, even when its dict holds a __doc__ descriptor.
print(property.__doc__.splitlines()[0])
print(type.__doc__.splitlines()[0])
print(type(lambda: 0).__doc__.splitlines()[0])
print(type(len).__doc__)
print(type(len).__dict__['__doc__'] is type(len).__doc__)
print(type(property.__dict__['__doc__']).__name__)


# super() without arguments needs a positional parameter: *args is not one.
class Star:
    def m(*args):
        return super()

    def n(self, *args):
        return super().__repr__ is not None


show(lambda: Star().m())
show(lambda: Star().n())
