L = []
L.append(1)
L.extend([2, 3])
L.insert(0, 0)
print(L, L.pop(), L.pop(0), L)
s = " Hi There "
print(s.strip().lower().replace("hi", "yo"))
print("-".join(map(str, L)))
f = L.append
f(99)
print(L)
print((1).__add__(2), "ab".__len__())
