def one(a, b=2):
    return a

print(one(1, 2, 3))
