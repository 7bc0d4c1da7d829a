# Set algebra, in-place updates, pop and removal leave CPython's order.
a = set(range(100))
b = set(range(50, 150, 3))
print(a & b)
print(b - a)
print(a ^ b == b ^ a, len(a ^ b))
print(b | {1000, 2000, 3000})
x = {1, 2, 3, 4, 5, 6}
x.discard(3)
x.add(11)
x.add(19)
print(x)
y = x
x |= {40, 41}
print(x, y is x)
x &= {1, 2, 40, 100}
print(x)
x -= {1}
print(x)
x ^= {2, 7}
print(x, y is x)
p = {10, 20, 30, 40, 50}
print(p.pop(), p.pop(), p)
s2 = set()
for i in range(0, 200, 7):
    s2.add(i)
for i in range(0, 200, 14):
    s2.discard(i)
print(s2)
s2.clear()
s2.update([5, 3], (9,), {1: 'a'})
print(s2)
print(x.union([5, 6], (7,)), x.intersection([2, 7, 9]), x.difference([7]), x.symmetric_difference([7, 8]))
print(x.issubset([2, 7, 40, 1]), x.issuperset([7]), x.isdisjoint({99}))
f = frozenset({3, 2, 1})
print(f | {9}, {9} | f, f.copy() is f, frozenset(f) is f)
print(hash(frozenset({1, 2})) == hash(frozenset({2, 1})), hash(frozenset()))
print({1, 2} < {1, 2, 3}, {1, 2} <= {1, 2}, {1, 2} > {1}, {1, 2} >= {3}, {1} == frozenset({1}))
z = set(range(10))
z.difference_update(range(0, 10, 2), [1])
z.intersection_update({3, 5, 7, 9, 11}, range(6))
print(z)
w = {'k'}
w.symmetric_difference_update('key')
print(sorted(w))
print(hash('hello'), hash(b'hello'), hash((1, 'a', 2.5)), hash(''), hash(b''))
