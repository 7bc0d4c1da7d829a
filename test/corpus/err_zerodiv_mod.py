def modulo(a, b):
    return a % b

print(modulo(10, 3))
print(modulo(10, 0))
