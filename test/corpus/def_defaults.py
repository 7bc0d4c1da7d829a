def f(a, b=2, c=3):
    return a * 100 + b * 10 + c

print(f(1))
print(f(1, 5))
print(f(1, 5, 7))

calls = 0
def next_default():
    global calls
    calls = calls + 1
    return calls * 10

def g(x=next_default(), y=next_default() + 1):
    return x + y

print(calls)
print(g(), g(), g(1))
print(calls)

base = 5
def h(v=base * 2 + 1):
    return v
base = 1000
print(h())
