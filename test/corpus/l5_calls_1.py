def f(a, b=2, *args, c, d=4, **kw):
    print(a, b, args, c, d, sorted(kw.items()))
f(1, c=3)
f(1, 2, 3, 4, c=5, e=6)
f(*[1, 2], c=0, **{"d": 7, "z": 8})
f(a=1, c=2)
args = (10, 20, 30)
kw = {"c": 1, "x": 2}
f(*args, **kw)
f(0, *args, 5, **kw, y=3)
