L = [3, 1, 2]
L.append(4)
L.extend((5, 6))
L.insert(1, 9)
L.remove(9)
print(L, L.index(2), L.count(1))
print(L.pop(), L.pop(1), L)
M = L.copy()
M.reverse()
print(M, L)
L.clear()
print(L, len(M))
L += [1]
L *= 3
print(L, [1, 2] + [3], [0] * 2, 2 in L, [1, 2] == [1, 2], [1, 2] < [1, 3])
