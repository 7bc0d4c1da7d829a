def f():
    raise ExceptionGroup("outer", [ValueError("v1"), ExceptionGroup("inner", [TypeError("t1"), KeyError("k")]), OSError(2, "nf")])
try:
    f()
except* ValueError as eg:
    print("caught", repr(eg))
except* TypeError as eg:
    print("caught", repr(eg))
    raise RuntimeError("from except*")
