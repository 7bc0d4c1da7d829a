for i in range(5):
    if i == 3:
        print("break at", i)
        break
else:
    print("no break")
for i in range(3):
    pass
else:
    print("else ran", i)
total = 0
for i in range(10):
    if i % 2:
        continue
    total += i
print(total)
