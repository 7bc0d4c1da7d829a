print(pow(2, -1))
print(pow(0, -1))
