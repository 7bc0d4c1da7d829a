def outer(n):
    def helper(m):
        return m * m
    def other(m):
        def deeper(k):
            return helper(k) + m
        return deeper(m + 1)
    total = 0
    i = 0
    while i < n:
        total += other(i)
        i += 1
    return total

print(outer(5))

def redefine():
    def f():
        return 1
    first = f()
    def f():
        return 2
    return first + f() * 10

print(redefine())

i = 0
while i < 3:
    def step(v=i):
        return v * v
    print(step())
    i += 1
