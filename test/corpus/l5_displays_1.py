a = [1, 2]
b = (3, 4)
print([*a, *b, 5])
print((*a, 0, *b))
print({*a, *b})
print([*range(3), *"xy"])
d1 = {"x": 1}
d2 = {"y": 2, "x": 9}
print({**d1, **d2, "z": 3})
print({"w": 0, **d1})
t = 1,
print(t, ())
print([], {}, set())
