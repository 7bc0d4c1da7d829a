d = {}
d["a"] = 1
d["a"] += 10
d[1, 2] = "tuple key"
print(d, d[1, 2])
del d["a"]
print(d)
m = [[0] * 3 for _ in range(3)]
m[1][2] = 5
m[2][0] += 7
print(m)
i = 0
L = [1, 2, 3]
L[i] *= 4
L[-1] -= 1
print(L)
L[::2] = [9, 9]
print(L)
