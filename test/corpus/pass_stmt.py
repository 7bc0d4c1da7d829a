def empty():
    pass

pass
if True:
    pass
else:
    pass
i = 0
while i < 3:
    i += 1
    pass
print(empty(), i)
