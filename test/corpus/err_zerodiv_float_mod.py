y = 0.0
print(5.5 % y)
