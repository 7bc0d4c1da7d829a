# Sets print and iterate in CPython's hash-table order, not insertion order.
print({3, 1, 2}, {10, 2, 33, 8}, set(range(20, 0, -3)))
print({-1, -2, -3, 2**40, 2**70, -2**65})
print({(1, 2), (3, 4), (2, 1)}, {1.5, 2.5, -1}, {0.1, 0.25, 1e100, -0.0})
print({x * 7 % 13 for x in range(30)})
print(set('hello world'), set({'k1': 1, 'k2': 2, 'k3': 3}))
print({'apple', 'banana', 'cherry'}, {'é', 'ü', '€', '😀', 'abc'})
print(frozenset({5, 4}), set(), frozenset(), frozenset('abc'))
print(1 in {1, 2, 3}, 'x' in {'a', 'b', 'c', 'x'}, 2.0 in {2}, True in {1})
print({1, 1.0, True}, {True, 1, 1.0}, {0, False, 0.0, -0.0})
for item in {100, 1, 50, 7, 64}:
    print(item, end=' ')
print()
