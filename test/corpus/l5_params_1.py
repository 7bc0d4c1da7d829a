def f(a, b, /, c, *, d, e=5):
    return (a, b, c, d, e)
print(f(1, 2, 3, d=4))
print(f(1, 2, c=3, d=4, e=6))
def g(x, /, y=2, *rest, z=3, **kw):
    return x, y, rest, z, kw
print(g(1))
print(g(1, 9, 8, 7, z=0, w=1))
print(g(1, x=5))
h = lambda a, /, b=1, *c, d=2, **e: (a, b, c, d, e)
print(h(0), h(0, 1, 2, d=3, f=4))
k = lambda *, only: only * 2
print(k(only=21))
