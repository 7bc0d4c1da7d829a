x = 1
del x
try:
    print(x)
except NameError as e:
    print("NameError:", e)
a, b = 1, 2
del a, b
L = [1, 2, 3, 4]
del L[1], L[-1]
print(L)
d = {"a": 1, "b": 2}
del d["a"]
print(d)
def f():
    y = 1
    del y
    try:
        return y
    except UnboundLocalError as e:
        return str(e)
print(f())
