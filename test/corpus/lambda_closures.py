def compose(f, g):
    return lambda x: f(g(x))

double = lambda x: x * 2
inc = lambda x: x + 1
print(compose(double, inc)(5), compose(inc, double)(5))

curry = lambda a: lambda b: lambda c: a + b + c
print(curry(1)(2)(3), curry("x")("y")("z"))

def make(n):
    return lambda m=n: m * n

print(make(3)(), make(3)(4))
y = 10
get_y = lambda: y
y = 20
print(get_y())
print((lambda: (lambda: "innermost")())())
