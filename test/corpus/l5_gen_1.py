def countdown(n):
    while n > 0:
        yield n
        n -= 1
    return "done"
print(list(countdown(3)))
g = countdown(2)
print(next(g), next(g))
try:
    next(g)
except StopIteration as e:
    print("stop", e.value)
def chain(*its):
    for it in its:
        yield from it
print(list(chain([1], "ab", range(2))))
