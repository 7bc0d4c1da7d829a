i = 0
while i < 5:
    i += 1
    if i == 2:
        continue
    print("i =", i)
else:
    print("finished without break")

j = 0
while j < 10:
    if j == 3:
        print("breaking at", j)
        break
    j += 1
else:
    print("not printed")

k = 0
while k < 0:
    k += 1
else:
    print("empty loop else", k)

def nested_loops():
    a = 0
    total = 0
    while a < 4:
        b = 0
        while b < 4:
            if b > a:
                break
            if (a + b) % 2:
                b += 1
                continue
            total += a * b
            b += 1
        else:
            total += 1000
        a += 1
    return total

print(nested_loops())
