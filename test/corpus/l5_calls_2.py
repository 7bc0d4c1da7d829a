def g(*args, **kwargs):
    return len(args), sorted(kwargs)
print(g())
print(g(1, 2, x=3))
print(g(*"abc", **dict(p=1, q=2)))
print(max(3, 7, key=lambda v: -v))
print(sorted([3, 1, 2], reverse=True))
print(print("x", "y", sep="-", end="!\n"))
print(*[1, 2, 3], sep=", ")
