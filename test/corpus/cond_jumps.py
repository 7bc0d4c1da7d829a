# Conditions the compiler turns into jumps: and/or/not chains, comparisons, constants.
def check(a, b, c):
    out = 0
    if a and b:
        out += 1
    if a or b:
        out += 2
    if not a:
        out += 4
    if not (a and b):
        out += 8
    if a and not b or c:
        out += 16
    if (a or b) and (b or c):
        out += 32
    if a < b < c:
        out += 64
    if not a < b:
        out += 128
    if (a if c else b):
        out += 256
    if a == b or b == c and a != c:
        out += 512
    return out

print(check(0, 0, 0), check(1, 0, 0), check(0, 1, 2), check(1, 2, 3), check(3, 3, 1))

def loop(n, m):
    i = 0
    while i < n and not i == m:
        i += 1
    while not i:
        i = -1
    return i

print(loop(10, 4), loop(3, 7), loop(0, 0))
x = 1 and 2 and 0 or 5
y = not (1 or 0)
print(x, y)
