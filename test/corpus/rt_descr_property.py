class C:
    def __init__(self): self._x = 0
    @property
    def x(self):
        "the x property"
        return self._x
    @x.setter
    def x(self, v): self._x = v
    @x.deleter
    def x(self): print("deleting"); del self._x
    ro = property(lambda self: "ro")
    def _g(self): return "g"
    p2 = property(_g, doc="explicit doc")
c = C()
c.x = 5
print(c.x, C.x.__doc__, C.p2.__doc__, type(C.x).__name__)
del c.x
try:
    c.x
except AttributeError as e:
    print(type(e).__name__, e)
try:
    c.ro = 1
except AttributeError as e:
    print(type(e).__name__, e)
try:
    del c.ro
except AttributeError as e:
    print(type(e).__name__, e)
class N:
    p = property()
try:
    N().p
except AttributeError as e:
    print(type(e).__name__, e)
print(C.x.fget.__name__, C.x.fset.__name__, C.x.fdel.__name__, C.ro.fset, C.x.__isabstractmethod__)
p = property(None, None, None, "d")
print(p.__doc__, p.fget)
p3 = p.getter(len)
print(p3.__doc__, p3.fget)
class Sub(property):
    "subdoc"
sp = Sub(lambda s: 1)
print(sp.__doc__)
class Sub2(property): pass
sp2 = Sub2(lambda s: 1, doc="given")
print(sp2.__doc__)
def getter_with_doc(self):
    "getter doc"
sp3 = Sub2(getter_with_doc)
print(sp3.__doc__)
class Named:
    @property
    def val(self): return 1
print(type(Named.val.__set_name__).__name__, hasattr(property, "__set_name__"))
try:
    property(1, 2, 3, 4, 5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    property(fget=1)(1)
except TypeError as e:
    print(type(e).__name__, e)
class Q:
    @property
    def bad(self): raise AttributeError("inner")
    def __getattr__(self, n): return "ga " + n
print(Q().bad)
class RO:
    __slots__ = ()
    @property
    def val(self): return 3
print(RO().val)
try:
    RO().val = 1
except AttributeError as e:
    print(type(e).__name__, e)
# property with name in error messages (3.11 has no name)
class T:
    y = property(lambda s: 1)
try:
    T().y = 2
except AttributeError as e:
    print(e)
# classmethod / staticmethod
class K:
    @classmethod
    def cm(cls): return cls
    @staticmethod
    def sm(): return "sm"
    @classmethod
    @property
    def cp(cls): return "classprop " + cls.__name__
class KS(K): pass
print(K.cm().__name__, KS.cm().__name__, KS().cm().__name__, K.sm(), K().sm(), K.cp, KS.cp)
cm = classmethod(len)
print(cm.__func__ is len, cm.__wrapped__ is len, staticmethod(len).__wrapped__ is len)
sm = staticmethod(len)
print(sm("abc"), callable(sm))
def f(): "fdoc"
print(classmethod(f).__doc__, staticmethod(f).__doc__, classmethod(f).__name__, staticmethod(f).__qualname__)
try:
    classmethod()
except TypeError as e:
    print(type(e).__name__, e)
try:
    staticmethod(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
x = classmethod(f)
x.custom = 1
print(x.custom, x.__dict__)
print(repr(classmethod(len)).startswith("<classmethod("), repr(staticmethod(len)).startswith("<staticmethod("))
print(classmethod(f).__isabstractmethod__)
class A2:
    def m(self): pass
    m.__isabstractmethod__ = True
print(classmethod(A2.m).__isabstractmethod__, property(A2.m).__isabstractmethod__)
