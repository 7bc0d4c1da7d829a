count = 0
for i in range(3):
    for j in range(3):
        if j > i:
            break
        count += 1
print(count)
while count > 0:
    count -= 2
    if count == 1:
        break
else:
    print("while else", count)
print(count)
for x in []:
    print("empty")
else:
    print("empty else")
