L = []
L.pop()
