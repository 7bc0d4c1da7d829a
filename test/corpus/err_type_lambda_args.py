f = lambda: 1
f(1)
