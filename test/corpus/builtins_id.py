a = 10 ** 20
b = a
c = 10 ** 20 + 1
print(id(a) == id(b), id(a) == id(c))
f = lambda: 0
print(id(f) == id(f), id(print) == id(print))
print(type(id(a)))
