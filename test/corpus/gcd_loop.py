def gcd2(a, b):
    if a < b:
        c = a
        a = b
        b = c
    while b != 0:
        c = a
        a = b
        b = c % b
    return a

print(gcd2(12, 15), gcd2(1071, 462), gcd2(17, 5), gcd2(0, 9), gcd2(2 ** 64, 6 ** 20))
