a, b = 1, 2
a, b = b, a
print(a, b)
(x, y), z = (1, 2), 3
print(x, y, z)
first, *rest = [1, 2, 3, 4]
print(first, rest)
*init, last = "hello"
print(init, last)
p, *mid, q = range(5)
print(p, mid, q)
[m, [n, *o]] = [1, [2, 3, 4]]
print(m, n, o)
for i, (c, d) in enumerate([("a", 1), ("b", 2)]):
    print(i, c, d)
k, = [42]
print(k)
