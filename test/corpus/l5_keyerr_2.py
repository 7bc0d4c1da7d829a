d = {1: 2}
del d[2]
