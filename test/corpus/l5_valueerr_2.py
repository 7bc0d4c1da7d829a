L = [1, 2]
L.index(5)
