
def f(n, m):
    t = 0
    for i in range(n):
        for j in range(m):
            if i == j:
                continue
            if i > j and j == 0:
                break
            t += i * j
        else:
            t -= 1
    while t > 100:
        t //= 2
        if t % 3 == 0:
            break
    return t if t else -t

def g(a, b, c):
    if a and (b or c):
        return 1
    elif not a or b and c:
        return 2
    x = a < b < c
    y = a is None
    z = a is not None
    if a is None:
        return y
    if b is not None:
        pass
    return x or y and z

def h(x):
    a, b = x, x + 1
    a, b, c = b, a, x
    return a, b, c

print(f(5, 4), g(1, 0, 1), h(3))
