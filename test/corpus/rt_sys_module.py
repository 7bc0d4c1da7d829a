import sys
print(sys.version_info[:2], sys.version_info.major, sys.version_info.minor, sys.version_info.releaselevel, type(sys.version_info).__name__)
print(sys.version_info >= (3, 11), sys.version_info < (3, 12), len(sys.version_info), sys.version_info.serial)
print(sys.version.startswith("3.11"), sys.hexversion >> 16 == 0x30B, sys.implementation.name, sys.implementation.version[:2])
print(sys.flags.optimize, sys.flags.debug, sys.flags.inspect, type(sys.flags).__name__, sys.flags.dont_write_bytecode in (0, 1))
print(sys.maxsize == 2**63 - 1, sys.maxunicode, sys.byteorder, sys.float_info.max, sys.float_info.epsilon, sys.float_info.dig, sys.float_info.mant_dig)
print(sys.int_info.bits_per_digit, sys.int_info.sizeof_digit, sys.hash_info.width, sys.hash_info.modulus, sys.hash_info.inf, sys.hash_info.nan)
print(sys.getrecursionlimit())
sys.setrecursionlimit(500)
print(sys.getrecursionlimit())
for bad in [0, -1, "x", 1.5]:
    try:
        sys.setrecursionlimit(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
def depth(n):
    try:
        return depth(n + 1)
    except RecursionError:
        return n
d = depth(0)
print(400 < d < 500)
sys.setrecursionlimit(1000)
print(sys.getdefaultencoding(), sys.getfilesystemencoding())
print(type(sys.argv).__name__, type(sys.path).__name__, "sys" in sys.modules, "builtins" in sys.builtin_module_names)
print(sys.getsizeof(0), sys.getsizeof(1), sys.getsizeof(2**30), sys.getsizeof(""), sys.getsizeof("abc"), sys.getsizeof(()), sys.getsizeof((1, 2)))
print(sys.getsizeof([]), sys.getsizeof({}), sys.getsizeof(1.5), sys.getsizeof(True), sys.getsizeof(None), sys.getsizeof(b""), sys.getsizeof(b"ab"))
class S:
    def __sizeof__(self): return 100
print(sys.getsizeof(S()), sys.getsizeof(S(), 5))
class Neg:
    def __sizeof__(self): return -1
try:
    sys.getsizeof(Neg())
except ValueError as e:
    print(type(e).__name__, e)
class BadSize:
    def __sizeof__(self): return "x"
try:
    sys.getsizeof(BadSize())
except TypeError as e:
    print(type(e).__name__, e)
print(object().__sizeof__(), [].__sizeof__(), (1, 2).__sizeof__(), "".__sizeof__())
def frames():
    f = sys._getframe()
    print(f.f_code.co_name, f.f_back.f_code.co_name, f.f_lineno, type(f).__name__, f.f_globals is globals())
    print(sorted(f.f_locals), f.f_back.f_back)
    print(sys._getframe(1).f_code.co_name)
    try:
        sys._getframe(10)
    except ValueError as e:
        print(type(e).__name__, e)
    x = 5
    print(sorted(sys._getframe().f_locals), f.f_lasti > 0, f.f_trace)
frames()
print(sys.exc_info(), sys.exception())
try:
    raise ValueError("v")
except ValueError:
    try:
        raise KeyError("k")
    except KeyError:
        print(sys.exception().__class__.__name__, sys.exc_info()[1].__context__)
    print(repr(sys.exception()))
print(sys.exception())
def gen():
    try:
        raise TypeError("in gen")
    except TypeError:
        yield sys.exception()
        yield sys.exception()
g = gen()
print(repr(next(g)))
print(sys.exception())
print(repr(next(g)))
print(sys.intern("abc") == "abc", sys.getrefcount(object()) > 0, callable(sys.exit))
print(type(sys.stdout).__name__ in ("TextIOWrapper",), sys.stdout.write("written\n"))
sys.stdout.flush()
print(sys.float_repr_style, sys.api_version > 0, type(sys.platform).__name__)
try:
    sys.exit("message to stderr")
except SystemExit as e:
    print("SystemExit", e.code, e.args)
try:
    sys.exit()
except SystemExit as e:
    print("SystemExit", e.code)
try:
    sys.exit(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
sys.exit(3)
