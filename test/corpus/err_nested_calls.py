def level3(x):
    return 100 // x

def level2(x):
    y = x - 1
    return level3(y) + 1

def level1(x):
    print("level1", x)
    return level2(x) * 2

print(level1(5))
print(level1(1))
