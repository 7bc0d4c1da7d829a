def find(n, target):
    i = 0
    while i < n:
        j = 0
        while j < n:
            if i * j == target:
                return i * 100 + j
            j += 1
        i += 1
    else:
        return -1

def first_even(a, b, c):
    if a % 2 == 0:
        return a
    elif b % 2 == 0:
        return b
    elif c % 2 == 0:
        return c

print(find(10, 12), find(3, 50), first_even(1, 3, 4), first_even(1, 3, 5))
