x = ((((((((((1 + 2) * 3) - 4) * 5) // 6) + 7) * 8) - 9) * 10) % 11)
print(x)
y = 1 + (2 + (3 + (4 + (5 + (6 + (7 + (8 + (9 + 10))))))))
print(y)
def f(a):
    return (((a)))
print(f(f(f(f(f(f(f(f(1)))))))))
z = (1 if (2 if 0 else 0) else (3 if 4 else 5))
print(z)
print(-(-(-(-(-1)))), not (not (not 0)))
w = 2 ** 2 ** 2 ** 2
print(w)
