# The seed document's driver functions, called directly.
def my_add(a, b):
    return a + b

def gcd(a, b):
    if a<b:
        c = a
        a = b
        b = c

    while b != 0 :
        c = a
        a = b
        b = c % b
    return a

print(my_add(2, 3))
print(gcd(12, 15))

def x(a, b): return a+b
print(x(1,2))

print((lambda a, b: a+b)(2, 3))
