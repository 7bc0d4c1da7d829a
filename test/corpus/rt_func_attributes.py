def f(a, b=2, *args, c, d=4, **kw):
    "docstring of f"
    return a, b, args, c, d, kw
print(f.__name__, f.__qualname__, f.__doc__, f.__defaults__, f.__kwdefaults__, f.__module__)
co = f.__code__
print(co.co_argcount, co.co_posonlyargcount, co.co_kwonlyargcount, co.co_nlocals, co.co_varnames, co.co_name, co.co_qualname)
print(co.co_flags & 0x04 != 0, co.co_flags & 0x08 != 0, co.co_firstlineno, co.co_freevars, co.co_cellvars, co.co_filename.endswith(".py"))
def calls():
    tests = [
        lambda: f(), lambda: f(1), lambda: f(1, c=3, e=5), lambda: f(1, 2, 3, c=1, a=2),
        lambda: g(1, 2, 3), lambda: g(), lambda: g(1), lambda: g(b=1), lambda: h(1, 2), lambda: h(1, x=2),
        lambda: k(1, 2, 3), lambda: k(), lambda: po(a=1), lambda: po(1, b=2, a=3), lambda: kwo(1),
        lambda: kwo(), lambda: two_kwo(), lambda: f(1, **{"c": 1}, **{"c": 2}), lambda: f(*5),
        lambda: f(**5), lambda: f(**{1: 2}), lambda: g(1, 2, b=3), lambda: many(1),
        lambda: nodefault(), lambda: m.meth(), lambda: m.meth(1, 2), lambda: M.meth(), lambda: po2(),
        lambda: (lambda x: x)(), lambda: (lambda: 0)(1), lambda: f(1, 2, 3, c=3, d=4, kw=5, b=6),
    ]
    for t in tests:
        try:
            t()
        except TypeError as e:
            print(type(e).__name__, e)
def g(a, b): pass
def h(a): pass
def k(a, b=1): pass
def po(a, /, b): pass
def po2(a, b, /, c): pass
def kwo(*, a): pass
def two_kwo(*, a, b, c=1): pass
def many(a, b, c, d): pass
def nodefault(x, y, z): pass
class M:
    def meth(self, x): pass
m = M()
calls()
def outer():
    x = 1
    def inner():
        nonlocal x
        x += 1
        return x
    return inner
fn = outer()
print(fn(), fn(), fn.__closure__[0].cell_contents, fn.__code__.co_freevars, outer.__code__.co_cellvars)
fn.__closure__[0].cell_contents = 10
print(fn())
try:
    fn.__closure__ = None
except AttributeError as e:
    print(type(e).__name__, e)
def defaults(a=[]):
    a.append(1)
    return a
print(defaults(), defaults())
defaults.__defaults__ = ([9],)
print(defaults())
try:
    defaults.__defaults__ = 5
except TypeError as e:
    print(type(e).__name__, e)
defaults.__defaults__ = None
try:
    defaults()
except TypeError as e:
    print(type(e).__name__, e)
def kwd(*, a=1): return a
kwd.__kwdefaults__ = {"a": 5}
print(kwd())
kwd.__kwdefaults__ = None
try:
    kwd()
except TypeError as e:
    print(type(e).__name__, e)
f.attr = "x"
print(f.__dict__, f.attr)
try:
    f.__dict__ = None
except TypeError as e:
    print(type(e).__name__, e)
f.__name__ = "newname"
print(f.__name__, f.__qualname__)
try:
    f.__name__ = 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    f.__qualname__ = 1
except TypeError as e:
    print(type(e).__name__, e)
del f.__doc__
print(f.__doc__)
def ann(a: int, b: "str" = "x") -> list: pass
print(ann.__annotations__)
ann.__annotations__ = {"z": 1}
print(ann.__annotations__)
try:
    ann.__annotations__ = 5
except TypeError as e:
    print(type(e).__name__, e)
print(type(ann.__globals__).__name__, ann.__globals__ is globals(), ann.__builtins__ is __builtins__.__dict__ if hasattr(__builtins__, "__dict__") else type(ann.__builtins__).__name__)
def code_swap(): return 1
def code_swap2(): return 2
code_swap.__code__ = code_swap2.__code__
print(code_swap())
try:
    code_swap.__code__ = 5
except TypeError as e:
    print(type(e).__name__, e)
lam = lambda: 0
print(lam.__name__, lam.__qualname__)
def gen(): yield
print(gen.__code__.co_flags & 0x20 != 0)
print(f == f, f != g, hash(f) == hash(f))
try:
    f.__module__ = 5
    print(f.__module__)
except TypeError as e:
    print(e)
import sys
def recurse(n): return recurse(n + 1)
try:
    recurse(0)
except RecursionError as e:
    print(type(e).__name__, e)
print(callable(f), callable(f.__code__))
