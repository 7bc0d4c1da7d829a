# The seed's subset: defs, lambdas, closures, while/if, arithmetic, comparisons.
def my_add(a, b):
    return a + b

def gcd(a, b):
    while b != 0:
        a, b = b, a % b
    return a

def make_counter(start):
    count = start
    def step(by=1):
        nonlocal count
        count = count + by
        return count
    return step

square = lambda x: x * x
counter = make_counter(10)
counter()
print(my_add(2, 3), gcd(1071, 462), square(-7), counter(5))
print(1 < 2 <= 2, 7 // 2, -7 % 3, 2 ** 10, 1.5 * 4, "ab" * 3)
