def fact(n):
    r = 1
    while n > 1:
        r *= n
        n -= 1
    return r

print(fact(20))
print(fact(25))
print(fact(100))
print(fact(100) // fact(98))
print(fact(30) % 1000000007)
