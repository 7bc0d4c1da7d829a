# __class__ / __bases__ assignment checks layouts as CPython's compatible_for_assignment does;
# object.__init__ with arguments; str(), repr(), ascii() and format() keep a str subclass result.
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


def set_class(o, c):
    o.__class__ = c
    return type(o).__name__


class A: pass
class B: pass
class S1: __slots__ = ('x',)
class S2: __slots__ = ('y',)
class S3: __slots__ = ('x',)
class SD: __slots__ = ('x', '__dict__')
class SW: __slots__ = ('x', '__weakref__')
class Empty: __slots__ = ()
class S1a(S1): pass
class S1b(S1): pass
class S1c(S1): __slots__ = ('z',)
class SubA(A): pass
class L1(list): pass
class L2(list): pass
class LS(list): __slots__ = ()
class DS(dict): __slots__ = ()
class I1(int): pass
class I2(int): pass


pairs = [(A, B), (S1, S2), (S1, S3), (S1, SD), (S1, SW), (Empty, A), (A, Empty), (Empty, object),
         (S1a, S1b), (S1a, S1c), (S1, S1a), (A, SubA), (SubA, B), (L1, L2), (LS, DS), (I1, I2), (A, L1),
         (SD, A), (A, SD)]
for old, new in pairs:
    print(old.__name__, '->', new.__name__, end=': ')
    show(lambda: set_class(old(), new))
show(lambda: set_class(1, A))
show(lambda: set_class(A(), int))


class M1: pass
class M2(M1): pass
class Q: pass


show(lambda: setattr(M2, '__bases__', (Q,)))
show(lambda: M2.__bases__)
show(lambda: setattr(S1a, '__bases__', (S3,)))
show(lambda: setattr(S1a, '__bases__', (S2,)))
show(lambda: setattr(L1, '__bases__', (dict,)))
show(lambda: setattr(L1, '__bases__', (L2,)))


class WithNew:
    def __new__(cls, *args):
        return object.__new__(cls)


class WithInit:
    def __init__(self, *args):
        super().__init__(*args)


show(lambda: object.__init__(A(), 1))
show(lambda: A().__init__(x=1))
show(lambda: object.__init__(object(), 1))
show(lambda: object.__init__(WithNew(), 1))
show(lambda: WithInit(1))
show(lambda: A(1))
show(lambda: object.__new__(A, 1))
show(lambda: object.__new__(WithNew, 1))


class MyStr(str):
    pass


class R:
    def __repr__(self):
        return MyStr('r')


class S:
    def __str__(self):
        return MyStr('s')


class F:
    def __format__(self, spec):
        return MyStr('f' + spec)


class U:
    def __repr__(self):
        return MyStr('\xfc')


for f in [lambda: repr(R()), lambda: str(R()), lambda: str(S()), lambda: ascii(R()), lambda: ascii(U()),
          lambda: format(S()), lambda: format(F(), 'x'), lambda: str(MyStr('m')), lambda: format(MyStr('m')),
          lambda: MyStr(S()), lambda: repr(MyStr('q'))]:
    r = f()
    print(type(r).__name__, r)
