def level1(a):
    def level2(b):
        def level3(c):
            return a * 100 + b * 10 + c
        return level3
    return level2

print(level1(1)(2)(3))

def accumulate(start):
    total = start
    def add(n):
        nonlocal total
        def inner():
            nonlocal total
            total += n
            return total
        return inner()
    return add

acc = accumulate(10)
print(acc(1), acc(2), acc(3))

def shared():
    value = 0
    def get():
        return value
    def put(v):
        nonlocal value
        value = v
        return get()
    return put

put = shared()
print(put(5), put(6))
