add = lambda a, b: a + b
print(add(2, 3))
inc = lambda x, step=1: x + step
print(inc(5), inc(5, 10))
k = 3
scaled = lambda x, factor=k * 2: x * factor
k = 100
print(scaled(7))
const = lambda: "no args"
print(const())
nested = lambda x: lambda y: x * y
print(nested(6)(7))
print((lambda a, b: a + b)(2, 3))
