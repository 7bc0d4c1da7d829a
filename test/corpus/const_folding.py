# Expressions CPython folds at compile time (ast_opt.c) and ones it must not.
a = 2 ** 10
b = 2 ** 1000
c = "ab" * 5
d = "x" * 5000
e = -(5)
f = not True
g = 1 + 2 * 3 - 4 // 2 % 3
h = ~0xFF
i = 1 / 0.5
j = 7 // 0.5
k = 1 << 70
l = 10 ** -2
m = "con" + "cat"
n = 2.0 ** 0.5
o = -0.0
p = 1 if 2 else 3
print(a, len(str(b)), c, len(d), e, f, g, h, i, j, k, l, m, n, o, p)
def divide_later():
    return 1 / 0 if False else 1 // 1
print(divide_later())
print(10 ** 20, 2 ** 63, 2 ** 64 + 1, (-2) ** 63)
print(3 - -3, +-+1, --1.5)
