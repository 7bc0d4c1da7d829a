class CM:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print("enter", self.name)
        return self
    def __exit__(self, et, ev, tb):
        print("exit", self.name, et.__name__ if et else None)
        return et is KeyError
with CM("a") as c, CM("b"):
    print("body", c.name)
with CM("c"):
    raise KeyError("k")
print("after")
