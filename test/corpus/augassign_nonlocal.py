def safe_outer():
    total = 1
    def inner(k):
        nonlocal total
        total += k
        total *= 2
        return total
    return inner

f = safe_outer()
print(f(1), f(2), f(3))
