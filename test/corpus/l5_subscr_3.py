class Box:
    def __init__(self):
        self.data = {}
    def __getitem__(self, k):
        print("get", k)
        return self.data.get(k, 0)
    def __setitem__(self, k, v):
        print("set", k, v)
        self.data[k] = v
    def __delitem__(self, k):
        print("del", k)
        del self.data[k]
b = Box()
b["x"] = 1
b["x"] += 2
print(b["x"])
b[1, 3] = 4
del b["x"]
print(b.data)
