big = 10 ** 400
print(big // 10 ** 399)
print(float(big))
