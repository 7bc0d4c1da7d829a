d = {"a": 1, "b": 2, "c": 3}
for k in d:
    print(k, d[k])
for k, v in d.items():
    if v == 2:
        continue
    print(k, v)
for v in d.values():
    pass
else:
    print("last", v)
def gen(n):
    i = 0
    while i < n:
        yield i * i
        i += 1
for sq in gen(6):
    if sq > 10:
        print("big", sq)
        break
else:
    print("never")
