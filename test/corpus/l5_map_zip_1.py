names = ["a", "b", "c"]
ages = [1, 2, 3]
for n, a in zip(names, ages):
    print(n, a)
print(dict(zip(names, ages)))
pairs = list(zip(*[(1, "x"), (2, "y")]))
print(pairs)
print(list(map(str.upper, names)), list(map(len, ["", "ab"])))
print(list(enumerate(zip("ab", "cd"))))
