def make_adders():
    def adder_for(k):
        return lambda x: x + k
    a = adder_for(1)
    b = adder_for(10)
    c = adder_for(100)
    return a(b(c(0)))

print(make_adders())

def cell_arg(x):
    def get():
        return x
    x = x * 2
    return get()

print(cell_arg(21))

def counter_pair():
    n = 0
    def up():
        nonlocal n
        n += 1
        return n
    def down():
        nonlocal n
        n -= 1
        return n
    up()
    up()
    down()
    return up()

print(counter_pair())

def outer_default(v=10):
    def mid(w=v * 2):
        def inner(z=w + 1):
            return v + w + z
        return inner
    return mid

print(outer_default()()(), outer_default(1)()(), outer_default(1)(5)(0))
