class Acc:
    def __init__(self):
        self.n = 0
        self.items = []
a = Acc()
for i in range(4):
    a.n += i
    a.items += [i]
a.items[0] -= 10
print(a.n, a.items)
obj = {"k": [1, 2]}
obj["k"][1] **= 3
obj["k"] += [0]
print(obj)
s = "ab"
s *= 3
print(s)
