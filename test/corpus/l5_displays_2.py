def f(*a, **k):
    return a, k
print(f(*[1, 2], *(3,), x=1, **{"y": 2}))
nested = [[1, 2], [3, [4, 5]]]
print(nested[1][1][0])
print({1: [1, 2], 2: (3,)})
s = {3, 1, 2, 1}
print(sorted(s), len(s))
print({(1, 2): "t", 3.5: "f"})
print([i for i in (*a,) ] if (a := [7, 8]) else None)
