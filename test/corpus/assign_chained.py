a = b = 1
print(a, b)
x = y = z = 2 + 3
print(x, y, z)
a = b = c = "same"
print(a is b, b is c)
n = 10
n = n + 1
print(n)
