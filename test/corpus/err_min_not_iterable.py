print(min(3, 4))
print(min(3))
