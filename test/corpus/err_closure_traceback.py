def make(n):
    def inner(m):
        return n % m
    return inner

print(make(7)(3))
make(7)(0)
