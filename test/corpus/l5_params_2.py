def outer(n):
    def inner(m=n * 2, *, scale=n):
        return m * scale
    return inner
f = outer(3)
print(f(), f(1), f(1, scale=10))
def defaults(a=[]):
    a.append(len(a))
    return a
print(defaults(), defaults(), defaults([9]))
def kwdef(*, a=1, b=a if False else 2):
    return a + b
print(kwdef(), kwdef(b=10))
print(outer.__defaults__, f.__defaults__, f.__kwdefaults__)
