import sys
def g():
    x = yield 1
    print("got", x)
    try:
        y = yield 2
        print("got", y)
    except ValueError as e:
        print("caught", repr(e))
        yield "after-throw"
    finally:
        print("cleanup")
    return "done"
it = g()
print(type(it).__name__, it.__name__, it.__qualname__, it.gi_running, it.gi_frame is not None, it.gi_code.co_name, it.gi_yieldfrom, it.gi_suspended)
print(next(it), it.gi_frame.f_lineno, it.gi_suspended)
print(it.send("a"))
print(it.throw(ValueError("boom")))
try:
    next(it)
except StopIteration as e:
    print("stop", e.value, e.args)
print(it.gi_frame, it.gi_running, it.gi_suspended)
try:
    next(it)
except StopIteration as e:
    print("stop again", e.value)
it = g()
try:
    it.send(5)
except TypeError as e:
    print(type(e).__name__, e)
print(it.send(None))
it.close()
it.close()
print(it.gi_frame)
def h():
    try:
        yield 1
    except GeneratorExit:
        print("exit seen")
        yield 2
x = h(); next(x)
try:
    x.close()
except RuntimeError as e:
    print(type(e).__name__, e)
def stopper():
    yield 1
    raise StopIteration("inner")
try:
    list(stopper())
except RuntimeError as e:
    print(type(e).__name__, e, repr(e.__cause__))
def retval():
    yield 1
    return 42
def deleg():
    r = yield from retval()
    print("yield from result", r)
    r2 = yield from [10, 20]
    print("r2", r2)
    return r
d = deleg()
print(list(d))
d = deleg(); next(d)
print(d.gi_yieldfrom is not None, type(d.gi_yieldfrom).__name__)
def thrower():
    try:
        yield 1
    except KeyError:
        yield "handled in sub"
def outer():
    yield from thrower()
o = outer(); next(o)
print(o.throw(KeyError))
print(o.throw(KeyError, KeyError("x"), None) if False else "skip")
try:
    o.throw(IndexError("unhandled"))
except IndexError as e:
    print("propagated", e)
g2 = g()
try:
    g2.throw(ValueError)
except ValueError as e:
    print("throw before start", repr(e))
print(g2.gi_frame)
try:
    g()._x = 1
except AttributeError as e:
    print(type(e).__name__, e)
def selfref():
    yield me.__next__()
me = selfref()
try:
    next(me)
except ValueError as e:
    print(type(e).__name__, e)
gen = (i * i for i in range(3))
print(gen.__name__, gen.__qualname__, list(gen), list(gen))
def named(): yield
n = named()
n.__name__ = "renamed"
n.__qualname__ = "Q.renamed"
print(n.__name__, n.__qualname__, repr(n).split(" at ")[0])
try:
    n.__name__ = 5
except TypeError as e:
    print(type(e).__name__, e)
try:
    it = g(); next(it); it.throw(1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    it = g(); next(it); it.throw(ValueError, 5)
except ValueError as e:
    print("throw with value", repr(e))
try:
    it = g(); next(it); it.throw(ValueError(1), 5)
except TypeError as e:
    print(type(e).__name__, e)
def fin():
    try:
        yield 1
    finally:
        return "from finally"
f = fin(); next(f)
print(f.close())
def gen_with_return_in_try():
    try:
        yield 1
    finally:
        print("fin runs")
gw = gen_with_return_in_try()
for v in gw:
    print(v)
    break
gw.close()
print(sys.getrecursionlimit() > 0)
