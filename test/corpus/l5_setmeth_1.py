s = {1, 2, 3}
s.add(4)
s.discard(10)
s.remove(1)
print(sorted(s))
t = {3, 4, 5}
print(sorted(s | t), sorted(s & t), sorted(s - t), sorted(s ^ t))
print(sorted(s.union([9])), sorted(s.intersection(t)), sorted(s.difference(t)), s.isdisjoint({0}))
print({1, 2} <= {1, 2, 3}, {1} < {1}, s.issubset(range(10)), {1, 2}.issuperset({2}))
fs = frozenset([1, 2])
print(sorted(fs | {7}), 1 in fs, len(fs), fs == {1, 2})
s.update([7, 8])
print(sorted(s), s.pop() in range(20))
