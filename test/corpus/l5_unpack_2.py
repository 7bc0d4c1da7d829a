def f():
    return 1, (2, 3), [4, 5, 6]
a, (b, c), [d, *e] = f()
print(a, b, c, d, e)
x = y = [0]
x += [1]
print(y)
*a, = "xyz"
print(a)
d = {"k": 1, "j": 2}
u, v = d
print(u, v)
(i, j), *rest = [(1, 2), (3, 4)]
print(i, j, rest)
