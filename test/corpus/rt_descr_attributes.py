# Attribute protocol: __getattr__, __getattribute__, __setattr__, __delattr__, __dir__, descriptors.
class GA:
    x = 1
    def __getattr__(self, name):
        if name.startswith("dyn_"):
            return name[4:]
        raise AttributeError(f"no {name}")
g = GA()
print(g.x, g.dyn_hello, getattr(g, "dyn_a"), hasattr(g, "zzz"), getattr(g, "zzz", "dflt"))
try:
    g.zzz
except AttributeError as e:
    print(type(e).__name__, e)

class GAB:
    def __getattribute__(self, name):
        if name == "secret":
            raise AttributeError("hidden")
        if name == "boom":
            raise KeyError("boom")
        return object.__getattribute__(self, name)
    def __getattr__(self, name):
        return "fallback:" + name
b = GAB()
b.real = 5
print(b.real, b.secret, b.other)
try:
    b.boom
except KeyError as e:
    print("KeyError", e)

class SA:
    def __setattr__(self, name, value):
        print("set", name, value)
        object.__setattr__(self, name, value * 2)
    def __delattr__(self, name):
        print("del", name)
        object.__delattr__(self, name)
s = SA()
s.a = 4
print(s.a, s.__dict__)
del s.a
try:
    del s.a
except AttributeError as e:
    print(type(e).__name__, e)
setattr(s, "b", 1)
delattr(s, "b")
print(vars(s))
try:
    object.__setattr__(1, "x", 1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    object.__setattr__(int, "x", 1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    setattr(s, 1, 2)
except TypeError as e:
    print(type(e).__name__, e)
try:
    getattr(s, 1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    getattr(s)
except TypeError as e:
    print(type(e).__name__, e)
try:
    delattr(s)
except TypeError as e:
    print(type(e).__name__, e)

class D:
    def __dir__(self):
        return ["b", "a", "c"]
print(dir(D()))
class D2:
    def __dir__(self):
        return 5
try:
    dir(D2())
except TypeError as e:
    print(type(e).__name__, e)
class P:
    cls_attr = 1
    def meth(self): pass
p = P()
p.inst = 2
print([n for n in dir(p) if not n.startswith("__")])
print("__class__" in dir(p), "__dict__" in dir(p), "mro" in dir(P), "mro" in dir(type))

# descriptors
class Data:
    def __get__(self, obj, owner=None):
        return ("Data.get", obj is None, owner.__name__)
    def __set__(self, obj, value):
        print("Data.set", value)
        obj.__dict__["d"] = value
    def __delete__(self, obj):
        print("Data.delete")
class NonData:
    def __get__(self, obj, owner=None):
        return "NonData.get"
class Owner:
    d = Data()
    n = NonData()
o = Owner()
print(o.d, Owner.d)
o.d = 5
print(o.d, o.__dict__)
del o.d
print(o.n)
o.n = "shadow"
print(o.n, Owner.n)
del o.n
print(o.n)
class SetOnly:
    def __set__(self, obj, value): print("SetOnly.set", value)
class O2:
    s = SetOnly()
o2 = O2()
print(type(o2.s).__name__)
o2.s = 1
o2.__dict__["s"] = "inst"
print(o2.s)
class GetOnlyDel:
    def __get__(self, obj, owner=None): return "g"
    def __delete__(self, obj): print("deleted")
class O3:
    x = GetOnlyDel()
o3 = O3()
try:
    o3.x = 1
except AttributeError as e:
    print(type(e).__name__, e)
del o3.x
# method binding
class M:
    def f(self, *a): return a
    @classmethod
    def c(cls, *a): return cls.__name__, a
    @staticmethod
    def s(*a): return a
m = M()
print(m.f(1), M.f(m, 2), m.c(3), M.c(4), m.s(5), M.s(6))
bm = m.f
print(bm.__self__ is m, bm.__func__ is M.f, bm.__name__, bm.__qualname__, bm == m.f, bm is m.f)
print(M.__dict__["c"].__func__.__name__, type(M.__dict__["s"]).__name__, M.__dict__["s"].__func__(7))
print(M.f.__get__(m)(8), M.__dict__["c"].__get__(None, M)(9), M.__dict__["s"].__get__(m)(10))
try:
    M.f()
except TypeError as e:
    print(type(e).__name__, e)
try:
    m.f.x = 1
except AttributeError as e:
    print(type(e).__name__, e)
M.f.attr = "fa"
print(m.f.attr)
class WithSlotsAndGetattr:
    __slots__ = ("a",)
    def __getattr__(self, n): return "ga:" + n
w = WithSlotsAndGetattr()
print(w.a, w.b)
class CallMe:
    def __call__(self, *a, **k): return ("called", a, sorted(k.items()))
print(CallMe()(1, x=2), callable(CallMe()), callable(CallMe), callable(1))
class NotCall: pass
try:
    NotCall()()
except TypeError as e:
    print(type(e).__name__, e)
class Inst:
    pass
i = Inst()
i.__call__ = lambda: "instance call"
try:
    i()
except TypeError as e:
    print(type(e).__name__, e)
i.__class__ = GA
print(type(i).__name__, i.dyn_zz)
try:
    i.__class__ = int
except TypeError as e:
    print(type(e).__name__, e)
try:
    (1).__class__ = bool
except TypeError as e:
    print(type(e).__name__, e)
try:
    i.__dict__ = 5
except TypeError as e:
    print(type(e).__name__, e)
i.__dict__ = {"q": 1}
print(i.q)
