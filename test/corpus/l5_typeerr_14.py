f = lambda x, y: x
f(1, 2, 3)
