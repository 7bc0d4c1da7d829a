
def outer(a, b):
    c = a
    def mid(d):
        e = d + c
        def inner():
            nonlocal e
            e = e + b
            return a + e
        return inner
    return mid
print(outer(1, 2)(3)())
