# Errors of calls with * and ** arguments name the callee as CPython's _PyObject_FunctionStr does.
import sys
def f(**kw): pass
class C:
    def m(self, **kw): pass
    def __init__(self, **kw): pass
    @classmethod
    def cm(cls, **kw): pass
    @staticmethod
    def sm(**kw): pass
class Cl:
    def __call__(self, *a, **k): pass
for fn in [f, C().m, C.cm, C.sm, C, len, print, sys.exit, [].append, int.from_bytes, lambda **k: 0, Cl().__call__, dict, dict.fromkeys]:
    for args in [lambda: fn(**{1: 2}), lambda: fn(*1), lambda: fn(**1), lambda: fn(**{"a": 1}, **{"a": 2}), lambda: fn(a=1, **{"a": 1}),
                 lambda: fn(**{1: 2}, **{1: 3}), lambda: fn(*None), lambda: fn(**[])]:
        try:
            args()
        except TypeError as e:
            print(e)
def g(a, b): return a, b
print(g(*[1], **{"b": 2}), g(*(x for x in [1, 2])), g(**{"a": 1, "b": 2}))
class Mapping:
    def keys(self): return ["a", "b"]
    def __getitem__(self, k): return k.upper()
print(g(**Mapping()))
class BadKeys:
    def keys(self): return 5
try:
    g(**BadKeys())
except TypeError as e:
    print(e)
class RaisesInGetitem:
    def keys(self): return ["a"]
    def __getitem__(self, k): raise KeyError("missing inside")
try:
    g(**RaisesInGetitem())
except KeyError as e:
    print("KeyError", e)
class BadIter:
    def __iter__(self): raise ValueError("iter failed")
try:
    g(*BadIter())
except ValueError as e:
    print("ValueError", e)
