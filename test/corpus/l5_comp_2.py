fs = [lambda: i for i in range(3)]
print([f() for f in fs])
gs = [lambda i=i: i for i in range(3)]
print([g() for g in gs])
def make(n):
    return [lambda x: x + n + k for k in range(n)]
print([h(10) for h in make(3)])
def outer():
    base = 100
    return [base + v for v in range(3)]
print(outer())
y = 5
print([y * x for x in range(3)])
class C:
    vals = [1, 2, 3]
    doubled = [v * 2 for v in vals]
print(C.doubled)
