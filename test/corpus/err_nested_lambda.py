f = lambda x: g(x)
g = lambda y: 1 / y
def h():
    return f(0)
h()
