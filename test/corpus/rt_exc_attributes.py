import sys
excs = [BaseException(), Exception("a"), ValueError("a", 2), KeyError("k"), KeyError(), KeyError(1, 2),
        OSError(2, "No such file"), OSError(2, "No such file", "f.txt"), OSError(2, "x", "a", None, "b"),
        OSError("just msg"), OSError(1, 2, 3, 4, 5, 6), FileNotFoundError(2, "nf", "p"),
        SyntaxError("msg", ("file.py", 3, 5, "bad line", 3, 8)), SyntaxError("m"), SyntaxError(),
        UnicodeDecodeError("utf-8", b"\xff", 0, 1, "invalid start byte"),
        UnicodeEncodeError("ascii", "\xe9", 0, 1, "ordinal not in range"),
        UnicodeTranslateError("\xe9", 0, 1, "cannot"), StopIteration(5), StopIteration(),
        SystemExit(3), SystemExit(), ImportError("m", name="n", path="p"), ModuleNotFoundError("mm"),
        AttributeError("a", name="n", obj=1), NameError("n", name="x"), BlockingIOError(11, "block", "f", 5),
        ExceptionGroup("eg", [ValueError(1), TypeError(2)]), StopAsyncIteration("s"), UnicodeError("u"),
        KeyboardInterrupt(), GeneratorExit(), RecursionError("r"), OverflowError(), ZeroDivisionError("z")]
for e in excs:
    print(type(e).__name__, repr(e), "|", str(e), "|", e.args)
for e in [OSError(2, "x"), OSError(13, "perm"), OSError(17, "exists"), OSError(11, "again"), OSError(4, "intr"),
          OSError(20, "notdir"), OSError(21, "isdir"), OSError(32, "pipe"), OSError(110, "timeout"), OSError(3, "srch"),
          OSError(111, "refused"), OSError(104, "reset"), OSError(103, "aborted"), OSError(10, "child"), OSError(999, "other")]:
    print(type(e).__name__, e.errno, e.strerror, e.filename)
e = OSError(2, "nf", "a.txt", None, "b.txt")
print(e.filename, e.filename2, str(e), e.args)
e = FileExistsError(17, "exists", "path")
print(type(e).__name__, e.errno, e.args)
e = BlockingIOError(11, "b", "f", 7)
print(e.characters_written)
e = OSError(1, "x")
try:
    e.characters_written
except AttributeError as ex:
    print(type(ex).__name__, ex)
s = SyntaxError("msg", ("file.py", 3, 5, "bad line", 3, 8))
print(s.msg, s.filename, s.lineno, s.offset, s.text, s.end_lineno, s.end_offset, s.print_file_and_line)
s2 = SyntaxError("m", ("f", 1, 2, "t"))
print(s2.end_lineno, s2.end_offset, str(s2))
print(str(SyntaxError("m", (None, 1, 2, "t"))), str(SyntaxError("m", ("dir/f.py", None, 2, "t"))))
try:
    SyntaxError("m", (1, 2))
except IndexError as ex:
    print(type(ex).__name__, ex)
u = UnicodeDecodeError("utf-8", b"ab\xff", 2, 3, "bad")
print(u.encoding, u.object, u.start, u.end, u.reason, str(u))
print(str(UnicodeDecodeError("utf-8", b"ab\xff\xfe", 2, 4, "bad")))
print(str(UnicodeEncodeError("ascii", "ab\u1234", 2, 3, "bad")), str(UnicodeEncodeError("ascii", "abc\U0001f600", 3, 4, "x")))
print(str(UnicodeTranslateError("\xff", 0, 1, "t")))
print(StopIteration(1, 2).value, StopIteration().value, SystemExit(1, 2).code, SystemExit().code)
ie = ImportError("msg", name="nm", path="pt")
print(ie.msg, ie.name, ie.path, repr(ie))
try:
    ImportError(bogus=1)
except TypeError as ex:
    print(type(ex).__name__, ex)
try:
    ValueError(x=1)
except TypeError as ex:
    print(type(ex).__name__, ex)
ae = AttributeError("m", name="n", obj=5)
print(ae.name, ae.obj)
print(KeyError("a\nb"), KeyError(""), repr(KeyError("x")), str(KeyError(("a", "b"))))
e = ValueError(1)
e.args = ("x", "y")
print(e, repr(e))
e.args = [3]
print(e.args)
e = Exception()
print(e.__cause__, e.__context__, e.__suppress_context__, e.__traceback__)
e.__cause__ = ValueError()
print(e.__suppress_context__)
try:
    e.__cause__ = 5
except TypeError as ex:
    print(type(ex).__name__, ex)
try:
    e.__context__ = "x"
except TypeError as ex:
    print(type(ex).__name__, ex)
e.add_note("note1")
e.add_note("note2")
print(e.__notes__)
try:
    e.add_note(5)
except TypeError as ex:
    print(type(ex).__name__, ex)
e.__notes__ = "notalist"
try:
    e.add_note("x")
except TypeError as ex:
    print(type(ex).__name__, ex)
try:
    raise ValueError("w")
except ValueError as ex:
    tb = ex.__traceback__
    print(type(tb).__name__, tb.tb_lineno, tb.tb_next, tb.tb_frame.f_code.co_name)
    ex2 = ValueError("other").with_traceback(tb)
    print(ex2.__traceback__ is tb)
try:
    Exception().with_traceback(5)
except TypeError as ex:
    print(type(ex).__name__, ex)
class MyErr(Exception):
    def __init__(self, a, b):
        super().__init__(a)
        self.b = b
me = MyErr(1, 2)
print(repr(me), str(me), me.args, me.b)
class MyErr2(Exception):
    def __str__(self): return "custom str"
print(repr(MyErr2("x")), str(MyErr2("x")))
class MyErr3(ValueError): pass
print(repr(MyErr3()), MyErr3.__mro__[1:3], MyErr3.__module__)
print(BaseException.__new__(ValueError, 1, 2).args)
e = Exception(1)
print(e.__reduce__(), e.__dict__)
e.foo = 1
print(e.__reduce__())
e.__setstate__({"bar": 2})
print(e.bar)
print(issubclass(FileNotFoundError, OSError), OSError is IOError, EnvironmentError is OSError)
print(sys.exc_info(), sys.exception())
try:
    raise KeyError("k")
except KeyError:
    t, v, tb = sys.exc_info()
    print(t.__name__, repr(v), type(tb).__name__, sys.exception() is v)
print(sys.exc_info())
