n = 27
steps = 0
while True:
    if n == 1:
        break
    if n % 2 == 0:
        n = n // 2
    else:
        n = 3 * n + 1
    steps += 1
print("collatz steps", steps)

def countdown(n):
    while n:
        n -= 1
    return n

print(countdown(1000))
while 0:
    print("never")
