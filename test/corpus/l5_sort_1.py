data = [("b", 2), ("a", 2), ("c", 1), ("d", 3)]
print(sorted(data, key=lambda t: t[1]))
print(sorted(data, key=lambda t: t[1], reverse=True))
L = [5, 2, 8, 1]
L.sort()
print(L)
L.sort(reverse=True)
print(L)
words = ["bb", "a", "ccc", "dd"]
words.sort(key=len)
print(words)
print(sorted("hello"), sorted({3: 0, 1: 0}), sorted([3, 1, 2], key=lambda v: -v))
print(sorted([[2, 1], [1, 2], [1, 1]]))
