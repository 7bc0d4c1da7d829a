class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        print("prepare", mcls.__name__, name, bases, sorted(kw))
        return {"injected": 42}
    def __new__(mcls, name, bases, ns, **kw):
        print("new", name, sorted(k for k in ns if not k.startswith("__")), kw)
        return super().__new__(mcls, name, bases, ns)
    def __init__(cls, name, bases, ns, **kw):
        print("init", name)
        super().__init__(name, bases, ns)
    def __call__(cls, *a, **k):
        print("call", cls.__name__, a, k)
        return super().__call__(*a, **k)

class A(metaclass=Meta, flag=1):
    x = 1
    def f(self): return self.x
print(A.injected, A().f(), type(A).__name__)

class B(A):
    def __init__(self, v=0):
        self.v = v
b = B(5)
print(b.v, isinstance(b, A), type(B) is Meta)

class Base:
    subs = []
    def __init_subclass__(cls, tag=None, **kw):
        super().__init_subclass__(**kw)
        cls.tag = tag
        Base.subs.append(cls.__name__)
class C1(Base, tag="one"): pass
class C2(C1): pass
print(Base.subs, C1.tag, C2.tag)
try:
    class C3(Base, bogus=1): pass
except TypeError as e:
    print(type(e).__name__, e)

class Named:
    def __set_name__(self, owner, name):
        print("set_name", owner.__name__, name)
        self.name = name
class Holder:
    a = Named()
    b = Named()
print(Holder.a.name, Holder.b.name)

class S:
    __slots__ = ("a", "b")
s = S()
s.a = 1
try:
    s.c = 2
except AttributeError as e:
    print(type(e).__name__, e)
try:
    print(s.b)
except AttributeError as e:
    print(type(e).__name__, e)
print(hasattr(s, "__dict__"), S.a.__name__, type(S.a).__name__)
try:
    class Bad:
        __slots__ = ("x",)
        x = 1
except ValueError as e:
    print(type(e).__name__, e)
try:
    class Bad2:
        __slots__ = ("__dict__", "__dict__")
except TypeError as e:
    print(type(e).__name__, e)
try:
    class Bad3:
        __slots__ = (1,)
except TypeError as e:
    print(type(e).__name__, e)
try:
    class Bad4(int):
        __slots__ = ("x",)
except TypeError as e:
    print(type(e).__name__, e)

class X: pass
class Y(X): pass
try:
    class Z(X, Y): pass
except TypeError as e:
    print(type(e).__name__, e)
try:
    class Z2(X, X): pass
except TypeError as e:
    print(type(e).__name__, e)
print([c.__name__ for c in Y.__mro__])
T = type("T", (X,), {"k": 3, "__doc__": "doc of T"})
print(T.__name__, T.__qualname__, T.__doc__, T.k, T.__module__, T.__bases__)
try:
    type("T", X, {})
except TypeError as e:
    print(type(e).__name__, e)
try:
    type("T", (1,), {})
except TypeError as e:
    print(type(e).__name__, e)
try:
    type(1, (), {})
except TypeError as e:
    print(type(e).__name__, e)
try:
    type("a", ())
except TypeError as e:
    print(type(e).__name__, e)
class Outer:
    class Inner:
        def m(self): pass
print(Outer.Inner.__qualname__, Outer.Inner.m.__qualname__, Outer.Inner.__module__)
class Ann:
    a: int
    b: str = "x"
print(Ann.__annotations__)
class G:
    def __class_getitem__(cls, item):
        return (cls.__name__, item)
print(G[int], G[1, 2])
try:
    int.foo = 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    object().x = 1
except AttributeError as e:
    print(type(e).__name__, e)
try:
    class Q(metaclass=3): pass
except TypeError as e:
    print(type(e).__name__, e)
class M1(type): pass
class M2(type): pass
class P1(metaclass=M1): pass
class P2(metaclass=M2): pass
try:
    class P3(P1, P2): pass
except TypeError as e:
    print(type(e).__name__, e)
try:
    class NB(bool): pass
except TypeError as e:
    print(type(e).__name__, e)
print(X.__dict__["__module__"], "__dict__" in X.__dict__, "__weakref__" in X.__dict__, "__dict__" in Y.__dict__)
print(sorted(k for k in vars(Y)))
X.__name__ = "XX"
print(X.__name__, X.__qualname__, repr(X))
X.__qualname__ = "Q.XX"
print(repr(X))
try:
    X.__name__ = 5
except TypeError as e:
    print(type(e).__name__, e)
try:
    X.__bases__ = (int,)
except TypeError as e:
    print(type(e).__name__, e)
