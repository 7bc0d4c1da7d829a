import sys
def show(e):
    sys.__excepthook__(type(e), e, e.__traceback__)
def f(n):
    if n == 0:
        raise ValueError("deep")
    f(n - 1)
try:
    f(5)
except ValueError as e:
    show(e)
e = ExceptionGroup("many", [ValueError(i) for i in range(20)])
show(e)
def nest(d):
    if d == 0:
        return ValueError("leaf")
    return ExceptionGroup(f"d{d}", [nest(d - 1), TypeError(d)])
show(nest(12))
try:
    try:
        raise ExceptionGroup("g", [KeyError("a"), OSError(2, "x")])
    except* KeyError as eg:
        raise ValueError("in handler") from eg
except ValueError as e:
    show(e)
class BadStr(Exception):
    def __str__(self): raise RuntimeError
show(BadStr())
class Mod(Exception): pass
Mod.__module__ = "some.module"
show(Mod("m"))
Mod.__module__ = 5
show(Mod("m"))
e = ValueError("with notes")
e.add_note("first note")
e.add_note("second\nmultiline")
show(e)
eg = ExceptionGroup("noted", [e, TypeError("t")])
eg.add_note("group note")
show(eg)
show(SyntaxError("m"))
show(SyntaxError("m", ("f.py", 1, 3, "abc\n")))
show(SyntaxError("m", ("f.py", 1, 30, "abc\n", 1, 40)))
show(SyntaxError("m", ("f.py", 1, 0, "abc\n")))
show(SyntaxError("m", ("f.py", 2, 2, "line1\nline2\n", 3, 1)))
show(IndentationError("unexpected indent", ("f.py", 1, 5, "    x = 1\n", 1, 9)))
show(SyntaxError("m", (None, 7, None, None)))
show(SyntaxError(None, ("f.py", 7, 1, "x")))
show(SyntaxError("m", ("f.py", "notint", 1, "x")))
show(KeyError())
show(StopIteration(5))
show(KeyboardInterrupt())
e1 = ValueError("a"); e2 = TypeError("b")
e1.__context__ = e2; e2.__context__ = e1
show(e1)
e3 = ValueError("c")
e3.__cause__ = e3
show(e3)
e4 = ValueError("d"); e4.__cause__ = KeyError("cause"); e4.__context__ = TypeError("ctx")
show(e4)
e4.__suppress_context__ = False
e4.__cause__ = None
show(e4)
