g = {"x": 1}
exec("y = x + 1", g)
print(g["y"], "__builtins__" in g, sorted(k for k in g if k != "__builtins__"))
l = {}
exec("z = x * 10", g, l)
print(l, "z" in g)
print(eval("x + y", g), eval("a * 2", {"a": 21}), eval("b", {}, {"b": 3}))
print(eval("  1 + 2  "), eval("\t3"), eval(" \n4".strip()))
code = compile("q = 5\nprint('compiled', q)", "<mine>", "exec")
print(type(code).__name__, code.co_filename, code.co_name)
exec(code)
print(q)
e = compile("1 + 1", "<e>", "eval")
print(eval(e), e.co_name)
s = compile("print('single')", "<s>", "single")
exec(s)
s2 = compile("5 * 5", "<s>", "single")
exec(s2)
for src, mode in [("x = (", "exec"), ("1 +", "eval"), ("def f(:", "exec"), ("a = 1", "eval"), ("return 5", "exec"), ("x = 1\ny = 2", "single"), ("break", "exec"), ("  x = 1", "exec"), ("f(**a, *b)", "eval"), ("1 = 2", "exec"), ("del f()", "exec"), ("nonlocal q", "exec")]:
    try:
        compile(src, "<test>", mode)
        print("ok", src)
    except SyntaxError as err:
        print(type(err).__name__, err.msg, err.lineno, err.filename)
try:
    compile("x", "<t>", "bogus")
except ValueError as err:
    print(type(err).__name__, err)
try:
    compile(5, "<t>", "exec")
except TypeError as err:
    print(type(err).__name__, err)
try:
    compile("a\0b", "<t>", "exec")
except (SyntaxError, ValueError) as err:
    print(type(err).__name__, err)
try:
    eval(5)
except TypeError as err:
    print(type(err).__name__, err)
try:
    exec(5)
except TypeError as err:
    print(type(err).__name__, err)
try:
    eval("1", [])
except TypeError as err:
    print(type(err).__name__, err)
try:
    eval("1", {}, 5)
except TypeError as err:
    print(type(err).__name__, err)
try:
    exec("1", {}, 5)
except TypeError as err:
    print(type(err).__name__, err)
try:
    exec(compile("1", "<e>", "eval"), {})
    print("eval code via exec ok")
except TypeError as err:
    print(type(err).__name__, err)
def f():
    a = 1
    exec("a = 2; b = 3")
    print(a, "b" in locals())
    return eval("a")
print(f())
class M(dict):
    def __missing__(self, k): return "missing:" + k
    def __getitem__(self, k):
        return super().__getitem__(k)
print(eval("foo", {}, M()))
class Loc:
    def __getitem__(self, k):
        if k == "zz": return 42
        raise KeyError(k)
print(eval("zz", {}, Loc()))
try:
    eval("nope", {}, Loc())
except NameError as err:
    print(type(err).__name__, err)
ns = {}
exec("def fn(): return __name__", ns)
print(ns["fn"](), "__builtins__" in ns)
exec("import sys as _s; r = _s.version_info[0]", ns)
print(ns["r"])
print(eval("__builtins__ is not None"))
b = {"__builtins__": {"len": lambda x: "fake len"}}
print(eval("len([1])", b))
try:
    eval("print", {"__builtins__": {}})
except NameError as err:
    print(type(err).__name__, err)
exec("class K: pass", ns)
print(ns["K"].__module__, ns["K"].__qualname__)
print(eval(compile("x", "<f>", "eval"), {"x": "global"}, {"x": "local"}))
exec("global gg\ngg = 7", ns)
print(ns["gg"])
print(eval("[i for i in range(3)]"), eval("(lambda: x)()", {"x": 9}))
try:
    exec("raise ValueError('inside exec')")
except ValueError as err:
    print(type(err).__name__, err, err.__traceback__.tb_next.tb_frame.f_code.co_filename)
c = compile("a = 1", "file.py", "exec", dont_inherit=True)
print(c.co_filename, c.co_firstlineno)
try:
    compile("a = 1", "f", "exec", flags=0x100000)
except ValueError as err:
    print(type(err).__name__, err)
print(eval("1 if True else 2"), eval(b"3 + 4"), exec(b"pass"))
