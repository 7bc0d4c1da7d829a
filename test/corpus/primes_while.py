def is_prime(n):
    if n < 2:
        return False
    d = 2
    while d * d <= n:
        if n % d == 0:
            return False
        d += 1
    return True

count = 0
n = 0
last = 0
while n < 2000:
    if is_prime(n):
        count += 1
        last = n
    n += 1
print(count, last)
print(is_prime(1000003), is_prime(1000001))
