def bad_default():
    return 1 // 0

print("defining")
def f(a=bad_default()):
    return a
print("not reached")
