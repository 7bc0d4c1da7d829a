print(int(2.5))
print(int(1e400 - 1e400))
