def nothing():
    pass

def early(n):
    if n < 0:
        return "negative"
    return "non-negative"

def bare(n):
    if n:
        return
    return n

def deep(n):
    while True:
        if n > 10:
            return n
        n = n * 2

print(nothing())
print(early(-1), early(3))
print(bare(1), bare(0))
print(deep(1))
