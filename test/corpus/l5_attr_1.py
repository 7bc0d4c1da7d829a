class P:
    count = 0
    def __init__(self, x, y):
        self.x = x
        self.y = y
        P.count += 1
    def norm1(self):
        return abs(self.x) + abs(self.y)
    def move(self, dx, dy=0):
        self.x += dx
        self.y += dy
        return self
p = P(1, -2)
q = P(3, 4)
print(p.norm1(), q.norm1(), P.count)
p.move(1).move(2, dy=5)
print(p.x, p.y)
p.z = 9
print(p.z, hasattr(p, "z"), getattr(p, "w", "dflt"))
del p.z
print(hasattr(p, "z"))
setattr(q, "x", 42)
print(q.x)
