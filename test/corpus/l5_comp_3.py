g = (x * 2 for x in range(4))
print(next(g), next(g), list(g), list(g))
m = {i: [j for j in range(i) if j % 2] for i in range(5)}
print(m)
print(any(x > 3 for x in [1, 5]), all(x > 3 for x in [4, 1]))
words = ["apple", "bob", "kayak", "zed"]
print([w for w in words if w == w[::-1]])
print(sorted({len(w) for w in words}))
print(dict((k, len(k)) for k in words))
print(max((len(w), w) for w in words))
