print(7 // 2)
a = 1
b = 0
print(a / b)
