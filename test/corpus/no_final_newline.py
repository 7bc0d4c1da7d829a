def last(x):
    return x + 1

print(last(41))